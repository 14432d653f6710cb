import { expect, test } from './fixtures';
import type { EditorPage } from './pages/EditorPage';

test('findings in the demo: underlined in the MT, explained on hover with the source term, fixed with one click', async ({
  page,
  editor,
  demoCopy,
}) => {
  await editor.goto(demoCopy.id);
  const row = editor.segment(8);
  const mark = row.locator('.segment-mt mark.finding', { hasText: 'trotoar ekspor' });
  await expect(mark).toHaveClass(/finding-major/);
  const popover = row.locator('.finding-popover');
  // (hovered again if the page moved under the pointer before the popover was read)
  await expect(async () => {
    await mark.hover();
    await expect(popover).toContainText('"trotoar ekspor" is a forbidden rendering of "export curbs"', { timeout: 2000 });
  }).toPass();
  await expect(row.locator('.segment-source mark.related')).toHaveText('export curbs');

  const before = Number((await row.getByTestId('finding-count').textContent())?.match(/\d+/)?.[0]);
  // focused, the mark holds its popover open whatever moves under the pointer meanwhile
  await mark.focus();
  await popover.getByRole('button', { name: 'Use “pembatasan ekspor”' }).click();
  await expect(editor.textarea(8)).toHaveValue(/didukung oleh pembatasan ekspor pada chip/);
  await expect(row.getByTestId('finding-count')).toHaveText(`${before - 1} findings`);
  await expect(row.locator('.finding-list')).not.toContainText('trotoar ekspor');
  // the MT keeps its finding: it is the MT as received
  await expect(row.locator('.segment-mt mark.finding', { hasText: 'trotoar ekspor' })).toBeVisible();

  // findings are recomputed live as the translator types
  await editor.textarea(8).press('End');
  await page.keyboard.type(' Trotoar itu mahal.');
  await expect(row.locator('.finding-list')).toContainText('"Trotoar" is a forbidden rendering of "curbs"');
  await expect(row.locator('.revision-backdrop mark.finding-major')).toHaveText(['Trotoar']);
});

/**
 * The demo's paragraph 8 opened, with the "Not an error" menu of its "trotoar ekspor" finding open;
 * and a way to type at the start of its working text.
 */
async function openedOnTheForbiddenTerm(editor: EditorPage) {
  const row = editor.segment(8);
  await editor.open(8);
  const item = row.locator('.finding-item', { hasText: '"trotoar ekspor" is a forbidden rendering' });
  await item.getByText('Not an error').click();
  const menu = item.locator('details.dismiss-menu');
  await expect(menu).toHaveAttribute('open', '');
  const mark = row.locator('.revision-backdrop mark.finding', { hasText: 'trotoar ekspor' });
  const textarea = editor.textarea(8);
  const typeAtStart = async (text: string) => {
    await textarea.focus();
    await textarea.press('Control+Home');
    await textarea.page().keyboard.type(text);
    await expect(textarea).toHaveValue(new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u'));
  };
  return { item, menu, mark, typeAtStart };
}

test('typing before a finding moves it but keeps its place in the list: a menu opened on it stays open', async ({ editor, demoCopy }) => {
  await editor.goto(demoCopy.id);
  const { item, menu, mark, typeAtStart } = await openedOnTheForbiddenTerm(editor);
  const startBefore = await mark.evaluate((element) => element.closest('p')?.textContent?.indexOf(element.textContent ?? '') ?? -1);

  // at the start of the text: every finding after the caret moves with each character
  await typeAtStart('Ya, ');
  await expect(mark).toBeVisible();
  expect(await mark.evaluate((element) => element.closest('p')?.textContent?.indexOf(element.textContent ?? '') ?? -1)).toBe(
    startBefore + 4,
  );
  // the same item, not a new one: what the person opened on it is as they left it
  await expect(menu).toHaveAttribute('open', '');
  await expect(item.getByRole('button', { name: 'Only in this paragraph' })).toBeVisible();
});

test("typed into before the document's glossary and facts arrive, the findings follow their words and a menu opened stays open", async ({
  page,
  editor,
  demoCopy,
}) => {
  // the document's findings (glossary, facts, dismissals) held back until the typing is done, as
  // on a slow server: the stored findings are all the row has to show meanwhile
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/documents/*/findings', async (route) => {
    await held;
    await route.continue();
  });
  await editor.goto(demoCopy.id);
  const { item, menu, mark, typeAtStart } = await openedOnTheForbiddenTerm(editor);
  await typeAtStart('Ya, ');
  await expect(mark).toBeVisible();
  await expect(menu).toHaveAttribute('open', '');
  // and when they arrive, the browser's own check takes over the same item, still open
  const arrived = page.waitForResponse((response) => /\/api\/documents\/\d+\/findings/.test(response.url()));
  release();
  await arrived;
  await expect(mark).toBeVisible();
  await expect(menu).toHaveAttribute('open', '');
  await expect(item.getByRole('button', { name: 'Only in this paragraph' })).toBeVisible();
});

test('a fix applied with its button or Ctrl+. is one step that Ctrl+Z undoes and Ctrl+Shift+Z redoes', async ({
  page,
  editor,
  demoCopy,
}) => {
  await editor.goto(demoCopy.id);
  const row = editor.segment(8);
  const textarea = editor.textarea(8);
  const mt = await textarea.inputValue();
  // typed first, so the undo history has a step before the fix
  await textarea.press('Control+End');
  await page.keyboard.type(' Ya.');
  const typed = `${mt} Ya.`;
  await expect(textarea).toHaveValue(typed);

  await row
    .locator('.finding-item', { hasText: '"trotoar ekspor" is a forbidden rendering' })
    .getByRole('button', { name: 'Use “pembatasan ekspor”' })
    .click();
  await expect(textarea).toHaveValue(typed.replace('trotoar ekspor', 'pembatasan ekspor'));
  await expect(textarea).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(textarea).toHaveValue(typed);
  await page.keyboard.press('Control+Shift+z');
  await expect(textarea).toHaveValue(typed.replace('trotoar ekspor', 'pembatasan ekspor'));
  await page.keyboard.press('Control+z');
  await expect(textarea).toHaveValue(typed);

  // Ctrl+. with the caret in the flagged words
  await textarea.evaluate((el: HTMLTextAreaElement) => {
    const at = el.value.indexOf('trotoar ekspor') + 2;
    el.setSelectionRange(at, at);
  });
  await page.keyboard.press('Control+.');
  await expect(textarea).toHaveValue(typed.replace('trotoar ekspor', 'pembatasan ekspor'));
  await page.keyboard.press('Control+z');
  await expect(textarea).toHaveValue(typed);
  // the step before the fix is still there to undo
  await page.keyboard.press('Control+z');
  await expect(textarea).not.toHaveValue(typed);
});

test('Ctrl+. applies the fix at the caret; the summary filters by rule; F8 jumps between findings', async ({ page, editor, demoCopy }) => {
  await editor.goto(demoCopy.id);
  const summary = page.locator('.findings-summary');
  await expect(summary).toContainText(/\d+ findings in \d+ of 24 segments/);

  await summary.locator('summary').click();
  // checks are named in words, in the interface's language (the id stays in the URL)
  await expect(summary.locator('button[data-rule="glossary.forbidden"]')).toHaveText('Forbidden glossary rendering');
  await summary.getByRole('button', { name: 'Repeated word' }).click();
  await expect(page).toHaveURL(/rule=repetition/);
  await expect(page.locator('.rule-chip')).toContainText('Only “Repeated word”');
  await expect(page.locator('.segment')).toHaveCount(1);
  await expect(page.locator('.segment').first()).toHaveAttribute('data-position', '10');

  const textarea = editor.textarea(10);
  const text = await textarea.inputValue();
  const at = text.indexOf('Model Proprietary Model Proprietary') + 3;
  await textarea.focus();
  await textarea.evaluate((el: HTMLTextAreaElement, caret) => el.setSelectionRange(caret, caret), at);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  // the finding under the caret is named without a pointer (keyboard users read it too)
  await expect(editor.segment(10).getByTestId('caret-finding')).toContainText('"Model Proprietary" is repeated.');
  await page.keyboard.press('Control+.');
  await expect(textarea).toHaveValue(/jalur monetisasi Model Proprietary GRATIS/);

  await page.getByRole('button', { name: 'Show all rules' }).click();
  await page.getByRole('combobox', { name: 'Findings' }).selectOption('with');
  await expect(page).toHaveURL(/findings=with/);
  await expect(page).not.toHaveURL(/rule=/);
  await expect(page.locator('.segment').first()).toHaveAttribute('data-position', '3');
  await expect(page.locator('.segment[data-position="1"]')).toHaveCount(0); // "Berita" is fine

  // from a fresh page, F8 starts at the first segment with findings
  await editor.goto(demoCopy.id, '?findings=with');
  await page.locator('h1').click();
  await page.keyboard.press('F8');
  await expect(editor.textarea(3)).toBeFocused();
  await page.keyboard.press('F8');
  await expect(editor.textarea(4)).toBeFocused();
  await page.keyboard.press('Shift+F8');
  await expect(editor.textarea(3)).toBeFocused();
});

test('the glossary page: add, edit and delete a term, and the editor checks it', async ({ page, createDocument }) => {
  const document = await createDocument({
    sourceLang: 'en',
    targetLang: 'de',
    segments: [{ source: 'Export curbs slowed progress.', mt: 'Exportbordsteine bremsten den Fortschritt.' }],
  });
  await page.goto('/glossary?source=en&target=de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
  const add = page.locator('section', { has: page.getByRole('heading', { name: 'Add a term' }) });
  await add.getByLabel('Term (source)').fill('export curbs');
  await add.getByLabel('Rendering', { exact: true }).fill('Exportbeschränkungen');
  await add.getByLabel('Forbidden renderings').fill('Exportbordsteine | Bordsteine');
  await add.getByRole('button', { name: 'Add term' }).click();
  const row = page.locator('tr[data-term="export curbs"]');
  await expect(row).toContainText('Exportbeschränkungen');
  await expect(row.locator('del.forbidden')).toHaveText(['Exportbordsteine', 'Bordsteine']);

  await page.goto(`/documents/${document.id}`);
  await expect(page.locator('.segment-mt mark.finding')).toHaveText('Exportbordsteine');

  await page.goto('/glossary?source=en&target=de');
  await row.getByRole('button', { name: 'Edit' }).click();
  const editing = page.locator('tr.is-editing');
  await editing.getByLabel('Rendering', { exact: true }).fill('Ausfuhrbeschränkungen');
  await editing.getByRole('button', { name: 'Save' }).click();
  await expect(row).toContainText('Ausfuhrbeschränkungen');

  await row.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this term?' });
  await expect(dialog).toContainText('“export curbs” will no longer be checked');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(row).toHaveCount(0);
  await page.goto(`/documents/${document.id}`);
  await expect(page.locator('.segment').first()).toBeVisible();
  await expect(page.locator('.segment-mt mark.finding')).toHaveCount(0);
});

test('the glossary page imports a file and reports a broken one by its line', async ({ page }) => {
  await page.goto('/glossary?source=en&target=fr');
  const files = page.locator('section', { has: page.getByRole('heading', { name: 'Files' }) });
  await files.getByLabel('Import a CSV or TBX file').setInputFiles({
    name: 'terms.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      "source,target,forbidden,note,do_not_translate\nexport curbs,restrictions à l'exportation,bordures,,no\nOpenAI,OpenAI,,,yes\n",
    ),
  });
  await files.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(files.getByRole('status')).toContainText('Imported: 2 added, 0 updated, 0 removed; 2 terms now.');
  await expect(page.locator('tr[data-term="OpenAI"]')).toContainText('keep');

  await files.getByLabel('Import a CSV or TBX file').setInputFiles({
    name: 'broken.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('source,target\nok,bien\n"never closed,x\n'),
  });
  await files.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(files.getByRole('alert')).toContainText('The file was not imported.');
  // the line and the problem in the message itself, in the reader's language
  await expect(files.getByRole('alert').locator('> span')).toHaveText('broken.csv, line 3: a quoted field is never closed');
  await page.locator('.language-switcher select').selectOption('id');
  // (the section's heading is in Indonesian now: the alert is found by itself)
  await expect(page.getByRole('alert').locator('> span')).toHaveText('broken.csv, baris 3: kolom berkutip tidak pernah ditutup');
  await page.locator('.language-switcher select').selectOption('en');
  await files.getByRole('alert').getByText('Details').click();
  await expect(files.getByRole('alert')).toContainText('broken.csv: line 3: a quoted field is never closed');
});

test('a finding on a hyphenated compound marks the whole compound in the source', async ({ editor, demoCopy }) => {
  await editor.goto(demoCopy.id);
  const row = editor.segment(3);
  const mark = row.locator('.segment-mt mark.finding', { hasText: 'open-source' });
  await expect(mark).toHaveCount(1);
  // (focused, not hovered: the page may still move under a pointer while findings arrive)
  await mark.focus();
  await expect(row.locator('.finding-popover')).toBeVisible();
  await expect(row.locator('.segment-source mark.related')).toHaveText('open-source');
});

test('findings that read alike say which words and which occurrence each is about', async ({ editor, demoCopy }) => {
  await editor.goto(demoCopy.id);
  await editor.open(8);
  const items = editor.segment(8).locator('.finding-item', { hasText: 'The glossary renders "China" as "Tiongkok".' });
  await expect(items).toHaveCount(2);
  await expect(items.getByTestId('finding-occurrence')).toHaveText(['(here: “Cina”, 1 of 2)', '(here: “China”, 2 of 2)']);
  // a finding that reads like no other says nothing more
  await expect(
    editor.segment(8).locator('.finding-item', { hasText: 'forbidden rendering' }).getByTestId('finding-occurrence'),
  ).toHaveCount(0);
});

test("a finding's popover that reaches over the next rows is drawn above them", async ({ editor, createDocument }) => {
  const charging = await createDocument({
    title: 'Charging bays',
    segments: [
      { source: 'Fast chargers are on the left.', mt: 'Pengisi cepat ada di sebelah kanan.' },
      { source: 'Slow chargers are at the back.', mt: 'Pengisi lambat ada di belakang.' },
      { source: 'Pay at the machine.', mt: 'Bayar di mesin.' },
    ],
  });
  await editor.goto(charging.id);
  const row = editor.segment(1);
  const mark = row.locator('.segment-mt mark.finding', { hasText: 'kanan' });
  const popover = row.locator('.finding-popover');
  await expect(async () => {
    await mark.hover();
    await expect(popover).toContainText('the opposite', { timeout: 2000 });
  }).toPass();
  // it reaches past its row, over the next: its last line is what the pointer finds there
  const box = await popover.evaluate((element) => {
    const { left, bottom } = element.getBoundingClientRect();
    return { left, bottom };
  });
  expect(box.bottom).toBeGreaterThan(await row.evaluate((element) => element.getBoundingClientRect().bottom));
  expect(await popover.evaluate((element, at) => element.contains(document.elementFromPoint(at.left + 12, at.bottom - 6)), box)).toBe(true);
});

test('a click on a word of the translation marks the source words it renders', async ({ editor, createDocument }) => {
  const document = await createDocument({
    title: 'Clinic notice',
    segments: [
      {
        source: 'The branch manager must give approval for the new paracetamol order before Friday.',
        mt: 'Manajer cabang harus memberikan persetujuan untuk pesanan parasetamol baru sebelum hari Jumat.',
      },
    ],
  });
  await editor.goto(document.id);
  const row = editor.segment(1);
  const related = row.locator('.segment-source mark.related');
  // in the working text: the caret on a word (moved with the keyboard, as a translator does)
  const value = await editor.textarea(1).inputValue();
  await editor.caretTo(1, value.indexOf('parasetamol') + 3);
  await expect(related).toHaveText('paracetamol');
  // in the machine translation: a click on a word
  await row.locator('.segment-mt .segment-text').click({ position: { x: 4, y: 8 } });
  await expect(related).toHaveText('manager');
});

test('the caret in a finding marks the source words the finding concerns, and a row left behind marks none', async ({
  editor,
  createDocument,
}) => {
  const document = await createDocument({
    title: 'Citizen bus',
    targetLang: 'de',
    segments: [
      { source: 'Children under six travel free.', mt: 'Kinder unter sechs Jahren zahlen den vollen Preis.' },
      { source: 'The bus runs on weekdays.', mt: 'Der Bus fährt werktags.' },
    ],
  });
  await editor.goto(document.id);
  const row = editor.segment(1);
  const related = row.locator('.segment-source mark.related');
  const value = await editor.textarea(1).inputValue();
  // the caret on "vollen", inside the finding "den vollen Preis" (free said as the full price)
  await editor.caretTo(1, value.indexOf('vollen') + 2);
  await expect(row.getByTestId('caret-finding')).toContainText('free');
  await expect(related).toHaveText('free');
  // on a word of no finding, the words it aligns to, as before
  await editor.caretTo(1, 3);
  await expect(related).toHaveText('Children');
  // another paragraph taken up: the first marks nothing any more
  await editor.textarea(2).focus();
  await expect(related).toHaveCount(0);
});

test('"Not an error": a finding dismissed for its paragraph leaves the text and the counts, shows in History and on the quality page, and comes back when restored', async ({
  page,
  editor,
  demoCopy,
}) => {
  await editor.goto(demoCopy.id);
  const row = editor.segment(8);
  await editor.open(8);
  const item = row.locator('.finding-item', { hasText: '"trotoar ekspor" is a forbidden rendering' });
  await expect(item).toHaveCount(1);
  const before = Number((await row.getByTestId('finding-count').textContent())?.match(/\d+/)?.[0]);

  await item.getByText('Not an error').click();
  await item.getByRole('button', { name: 'Only in this paragraph' }).click();
  await expect(row.getByTestId('finding-count')).toHaveText(`${before - 1} findings`);
  await expect(row.locator('.finding-list')).not.toContainText('trotoar ekspor');
  await expect(row.locator('.segment-mt mark.finding', { hasText: 'trotoar ekspor' })).toHaveCount(0);
  await expect(page.getByTestId('summary-dismissed')).toContainText('1 dismissed as not an error');
  const dismissed = row.getByTestId('dismissed-findings');
  await dismissed.locator('summary').click();
  await expect(dismissed).toContainText('"trotoar ekspor" is a forbidden rendering');
  await expect(dismissed).toContainText('dismissed here by');

  // kept by the server: after a reload, in History
  await page.reload();
  await editor.open(8);
  await expect(row.getByTestId('dismissed-findings')).toBeVisible();
  await row.getByRole('button', { name: 'History' }).click();
  await expect(row.getByTestId('history-dismissals')).toContainText(
    'dismissed a “Forbidden glossary rendering” finding here as not an error',
  );

  // the quality page counts it against its check
  await page.goto(`/documents/${demoCopy.id}/quality`);
  await expect(page.getByTestId('check-precision').locator('tr[data-rule="glossary.forbidden"] th')).toHaveText(
    'Forbidden glossary rendering',
  );
  await expect(page.getByTestId('check-precision').locator('tr[data-rule="glossary.forbidden"] td').nth(1)).toHaveText('1');

  await editor.goto(demoCopy.id);
  await editor.open(8);
  await row.getByTestId('dismissed-findings').locator('summary').click();
  await row.getByTestId('dismissed-findings').getByRole('button', { name: 'Restore' }).click();
  await expect(row.getByTestId('finding-count')).toHaveText(`${before} findings`);
  await expect(row.locator('.segment-mt mark.finding', { hasText: 'trotoar ekspor' })).toBeVisible();
  await expect(row.getByTestId('dismissed-findings')).toHaveCount(0);

  // the same from the machine translation's popover, opened with the focus: it stays while the
  // mark has the focus, wherever the pointer goes, and Escape closes it
  const mark = row.locator('.segment-mt mark.finding', { hasText: 'trotoar ekspor' });
  const popover = row.locator('.finding-popover');
  await mark.focus();
  await expect(popover).toContainText('"trotoar ekspor" is a forbidden rendering');
  await mark.hover();
  await page.mouse.move(1, 1);
  await page.waitForTimeout(600); // past the popover's grace after the pointer leaves: it must still be there
  await expect(popover).toContainText('"trotoar ekspor" is a forbidden rendering');
  await mark.press('Escape');
  await expect(popover).toHaveCount(0);
  await mark.blur();
  await mark.focus();
  await popover.getByRole('button', { name: 'Not an error here' }).click();
  await expect(row.locator('.segment-mt mark.finding', { hasText: 'trotoar ekspor' })).toHaveCount(0);
  await expect(row.getByTestId('finding-count')).toHaveText(`${before - 1} findings`);
});

/**
 * The translation memory in the editor: an approved paragraph is offered to a similar one with its
 * score and what differs; one click or Ctrl+1 uses it (one undoable step); Ctrl+K looks words up.
 * (Its own language pair, so no other test's approvals reach this memory.)
 */
import { approveText, expect, test } from './fixtures';

test('a paragraph like an approved one is offered its translation, used in one click or with Ctrl+1, and words are looked up with Ctrl+K', async ({
  page,
  request,
  createDocument,
}) => {
  const doc = await createDocument({
    targetLang: 'ms',
    segments: [
      { source: 'Keep the charger away from water and heat.', mt: 'Jauhkan pengecas dari air dan haba.' },
      { source: 'Keep the battery away from water and heat.', mt: 'Simpan bateri jauh dari air.' },
      { source: 'Nothing alike in this sentence at all.', mt: 'Tiada yang sama.' },
    ],
  });
  await approveText(request, doc.id, 1, 'Jauhkan pengecas daripada air dan haba.');

  await page.goto(`/documents/${doc.id}`);
  const second = page.locator('.segment').nth(1);
  const match = second.getByTestId('tm-match');
  await expect(match).toHaveCount(1);
  // one word of nine differs
  await expect(match.locator('.tm-score')).toHaveText('88%');
  await expect(match.locator('.tm-source del')).toHaveText('battery');
  await expect(match.locator('.tm-source ins')).toHaveText('charger');
  await expect(match.locator('.tm-target')).toHaveText('Jauhkan pengecas daripada air dan haba.');
  // the approved paragraph is not offered itself, and an unlike one nothing
  await expect(page.locator('.segment').nth(0).getByTestId('tm-match')).toHaveCount(0);
  await expect(page.locator('.segment').nth(2).getByTestId('tm-match')).toHaveCount(0);

  const editor = second.locator('textarea');
  await match.getByRole('button', { name: /Use/ }).click();
  await expect(editor).toHaveValue('Jauhkan pengecas daripada air dan haba.');
  await editor.press('Control+z');
  await expect(editor).toHaveValue('Simpan bateri jauh dari air.');
  await editor.press('Control+1');
  await expect(editor).toHaveValue('Jauhkan pengecas daripada air dan haba.');

  await editor.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Concordance' });
  await dialog.getByRole('searchbox').fill('pengecas');
  await expect(dialog.getByTestId('concordance-hit')).toHaveCount(1);
  await expect(dialog.getByTestId('concordance-hit').locator('mark')).toHaveText('pengecas');
  await dialog.getByRole('searchbox').fill('kettle');
  await expect(dialog.getByRole('status')).toHaveText('Nothing in the memory holds “kettle”.');
});

test('a match whose source differs in a number is adapted: the new number is marked, and Use puts the adapted text in', async ({
  page,
  request,
  createDocument,
}) => {
  const doc = await createDocument({
    targetLang: 'ms',
    segments: [
      { source: 'Charge the speaker for 2 hours before first use.', mt: 'Cas pembesar suara.' },
      { source: 'Charge the speaker for 3 hours before first use.', mt: 'Cas.' },
    ],
  });
  await approveText(request, doc.id, 1, 'Cas pembesar suara selama 2 jam sebelum penggunaan pertama.');
  await page.goto(`/documents/${doc.id}`);
  const match = page.locator('.segment').nth(1).getByTestId('tm-match');
  await expect(match.locator('.tm-adapted-tag')).toHaveText('1 value adapted');
  await expect(match.locator('.tm-target')).toHaveText('Cas pembesar suara selama 3 jam sebelum penggunaan pertama.');
  await expect(match.locator('ins.tm-adapted')).toHaveText('3');
  await expect(match.locator('ins.tm-adapted')).toHaveAttribute('title', 'the memory had “2”');
  await match.getByRole('button', { name: /Use/ }).click();
  await expect(page.locator('.segment').nth(1).locator('textarea')).toHaveValue(
    'Cas pembesar suara selama 3 jam sebelum penggunaan pertama.',
  );
});

test('an admin adds a TMX file to the memory from the glossary page and sees what it holds', async ({ page }) => {
  const tmx =
    '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" segtype="sentence" datatype="plaintext" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>' +
    '<tu><tuv xml:lang="en"><seg>Close the valve slowly.</seg></tuv><tuv xml:lang="sv"><seg>Stäng ventilen långsamt.</seg></tuv></tu>' +
    '<tu><tuv xml:lang="en"><seg>Open the valve fully.</seg></tuv><tuv xml:lang="sv"><seg>Öppna ventilen helt.</seg></tuv></tu>' +
    '</body></tmx>';
  await page.goto('/glossary?source=en&target=sv');
  const panel = page.locator('section[aria-labelledby="memory-panel"]');
  await expect(panel).toContainText('This language pair’s memory holds 0 translations.');
  await panel.getByLabel('Add a TMX file').setInputFiles({ name: 'valves.tmx', mimeType: 'application/xml', buffer: Buffer.from(tmx) });
  await panel.getByRole('button', { name: 'Import' }).click();
  await expect(panel.getByRole('status')).toHaveText('Imported: 2 translation units (English → Swedish).');
  await expect(panel).toContainText('This language pair’s memory holds 2 translations.');
  await expect(panel.getByRole('link', { name: 'Download as TMX' })).toHaveAttribute('href', '/api/tm/export?sourceLang=en&targetLang=sv');
});

test('the quality page analyses a document against the memory: paragraphs and words by best match', async ({
  page,
  request,
  createDocument,
}) => {
  const earlier = await createDocument({
    targetLang: 'ms',
    segments: [{ source: 'Fold the towel twice before storing it.', mt: 'Lipat tuala.' }],
  });
  await approveText(request, earlier.id, 1, 'Lipat tuala dua kali sebelum menyimpannya.');
  const doc = await createDocument({
    targetLang: 'ms',
    segments: [
      { source: 'Fold the towel twice before storing it.', mt: 'x' },
      { source: 'Hang the wet towel on the rail.', mt: 'x' },
      { source: 'Fold the towel twice before storing it.', mt: 'x' },
    ],
  });
  await page.goto(`/documents/${doc.id}/quality`);
  await page.getByRole('button', { name: 'Analyse', exact: true }).click();
  const table = page.getByTestId('memory-analysis');
  await expect(table.locator('tr[data-band="exact"] td').first()).toHaveText('1');
  await expect(table.locator('tr[data-band="repetition"] td').first()).toHaveText('1');
  await expect(table.locator('tr[data-band="new"] td').first()).toHaveText('1');
  await expect(table.locator('tr[data-band="exact"] td').nth(1)).toHaveText('7');
  // kept: after a reload the answer is there, with when it was made, and it can be made again
  await page.reload();
  await expect(table.locator('tr[data-band="exact"] td').first()).toHaveText('1');
  await expect(page.getByText(/^Made /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Analyse again' })).toBeEnabled();
});

import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EditorPage } from './pages/EditorPage';
import { readDocx } from '../../server/formats/docx';

const SAMPLE = path.resolve(import.meta.dirname, '../fixtures/xliff/own/markup-1.2.xlf');

/** Drops a file on an element the way a browser does: a drop event carrying a DataTransfer. */
async function dropFile(page: Page, selector: string, name: string, content: string) {
  const transfer = await page.evaluateHandle(
    ([fileName, text]) => {
      const data = new DataTransfer();
      data.items.add(new File([text], fileName, { type: 'application/xml' }));
      return data;
    },
    [name, content] as const,
  );
  await page.dispatchEvent(selector, 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer: transfer });
}

test('an XLIFF file dropped on the import dialog opens with its markup as chips, and exports back with the correction', async ({
  page,
}) => {
  const original = fs.readFileSync(SAMPLE, 'utf8');
  await page.goto('/');
  await page.getByRole('button', { name: 'Import file…' }).click();
  await expect(page.getByRole('dialog')).toContainText('Import an XLIFF or TMX file');
  await dropFile(page, '[data-testid="drop-zone"]', 'news.xlf', original);

  await page.waitForURL(/\/documents\/\d+$/);
  const editor = new EditorPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('news');
  // inline codes are chips, labelled by their ids; notes from the file sit under the source
  const mt = editor.segment(1).locator('.segment-mt');
  await expect(mt.locator('.ph-chip')).toHaveCount(3);
  await expect(mt.locator('.ph-chip').nth(0)).toHaveAttribute('data-label', '1');
  await expect(mt.locator('.ph-chip').nth(1)).toHaveAttribute('data-label', '/1');
  await expect(mt.locator('.ph-chip').nth(0)).toHaveAttribute('title', '<g id="1">');
  await expect(editor.segment(1).locator('.segment-notes')).toHaveText('Headline of the piece.');
  await expect(editor.segment(2).locator('.segment-source .segment-text .ph-chip').nth(1)).toHaveAttribute('data-label', '/1');

  // deleting a placeholder is flagged while typing (the same QA runs in the browser)
  const textarea = editor.textarea(1);
  const text = await textarea.inputValue();
  await textarea.fill(text.replace('\uE002', ''));
  await expect(editor.segment(1).locator('.finding-item[data-rule="placeholders.missing"]')).toContainText(
    'Inline codes of the source missing from the translation: 3.',
  );
  // a missing code comes back with Alt+I at the caret, or by clicking its chip in the source
  const at = text.indexOf('\uE002');
  await textarea.evaluate((element: HTMLTextAreaElement, caret) => element.setSelectionRange(caret, caret), at);
  // frames drawn late, as on a busy machine: what the page asks to do at the next frame waits
  await page.evaluate(() => {
    const held: FrameRequestCallback[] = [];
    const own = window.requestAnimationFrame.bind(window);
    Object.assign(window, { heldFrames: { held, own } });
    window.requestAnimationFrame = (callback) => held.push(callback);
  });
  await textarea.press('Alt+KeyI');
  await expect(textarea).toHaveValue(text);
  await textarea.fill(text.replace('\uE002', ''));
  await textarea.evaluate((element: HTMLTextAreaElement, caret) => element.setSelectionRange(caret, caret), at);
  // the late frame comes now: the caret placed since stays where it was put
  await page.evaluate(() => {
    const { held, own } = (window as unknown as { heldFrames: { held: FrameRequestCallback[]; own: typeof requestAnimationFrame } })
      .heldFrames;
    window.requestAnimationFrame = own;
    for (const callback of held.splice(0)) callback(performance.now());
  });
  await editor.segment(1).locator('.segment-source .segment-text .ph-chip[data-label="2"]').click();
  await expect(textarea).toHaveValue(text);
  await textarea.fill(text.replace('Trotoar', 'Pembatasan'));
  await expect(editor.segment(1).locator('.finding-item')).toHaveCount(0);
  await textarea.press('Control+Enter');
  await expect(editor.status(1)).toHaveText(/Draft/);
  // the inline diff shows the chips too
  await expect(editor.diff(1).locator('ins')).toHaveText(['Pembatasan']);
  await expect(editor.diff(1).locator('.ph-chip')).toHaveCount(3);

  await page.locator('.export-menu summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^XLIFF/ }).click()]);
  expect(download.suggestedFilename()).toBe('news.xlf');
  const exported = fs.readFileSync(await download.path(), 'utf8');
  expect(exported).toContain(
    '<target state="needs-review-translation">Pembatasan <g id="1">ekspor</g> memperlambat <x id="2"/>kemajuan.</target>',
  );
  // the rest of the file is the file that came in
  expect(exported.replace(/<target state="needs-review-translation">Pembatasan/, '<target state="needs-review-translation">Trotoar')).toBe(
    original,
  );
});

test('a file that cannot be imported says why and where, and nothing is added', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import file…' }).click();
  await page.locator('[data-testid="drop-zone"] input[type=file]').setInputFiles({
    name: 'bomb.xlf',
    mimeType: 'application/xml',
    buffer: Buffer.from('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaa">]>\n<xliff/>'),
  });
  const error = page.getByRole('dialog').getByRole('alert');
  await expect(error).toContainText('bomb.xlf was not imported');
  await expect(error).toContainText('line 2, column 1: a DOCTYPE is not allowed');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  // nothing named after the file (other tests add documents meanwhile: the count would not tell)
  const titles = ((await (await page.request.get('/api/documents')).json()) as { items: Array<{ title: string }> }).items.map(
    (d) => d.title,
  );
  expect(titles.filter((title) => /bomb/.test(title))).toEqual([]);
});

test('a source and its translation dropped as two text files become a document with aligned paragraphs', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New document' }).click();
  await page.getByRole('dialog').getByLabel('Title', { exact: true }).fill('Dropped pair');
  await page.getByLabel('Target language (e.g. id)').fill('id');
  // the translation has web-page boilerplate the source lacks: alignment, not position, pairs them
  await dropFile(page, '[data-testid="drop-source"]', 'source.md', 'Export curbs slowed progress in 2024.\n\nCompanies rely on users.\n');
  await dropFile(
    page,
    '[data-testid="drop-target"]',
    'target.md',
    'Kembali ke atas\n\nPembatasan ekspor memperlambat kemajuan pada 2024.\n\nPerusahaan mengandalkan pengguna.\n',
  );
  await expect(page.getByTestId('drop-source')).toContainText('source.md');
  await expect(page.getByTestId('drop-target')).toContainText('target.md');
  await page.getByRole('button', { name: 'Create document' }).click();

  await page.waitForURL(/\/documents\/\d+$/);
  const editor = new EditorPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dropped pair');
  await expect(editor.segment(1).locator('.no-source')).toBeVisible();
  await expect(editor.segment(1).locator('.segment-mt')).toContainText('Kembali ke atas');
  await expect(editor.segment(2).locator('.segment-source')).toContainText('Export curbs slowed progress in 2024.');
  await expect(editor.segment(2).locator('.segment-mt')).toContainText('Pembatasan ekspor memperlambat kemajuan pada 2024.');
  await expect(editor.segment(3).locator('.segment-mt')).toContainText('Perusahaan mengandalkan pengguna.');
});

test('a file of two language pairs makes two documents, listed with its warnings; each offers the whole file and the file’s own matches', async ({
  page,
}) => {
  const original = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/xliff/own/two-pairs-1.2.xlf'), 'utf8');
  await page.goto('/');
  await page.getByRole('button', { name: 'Import file…' }).click();
  await dropFile(page, '[data-testid="drop-zone"]', 'help.xlf', original);

  // the dialog stays open on what the file made
  const summary = page.getByTestId('import-summary');
  await expect(summary.getByRole('heading', { name: '2 documents, one per language pair' })).toBeVisible();
  await expect(summary.getByRole('listitem').filter({ has: page.getByRole('link') })).toHaveText([
    'help (en → id) en → id, 5 segments',
    'help (en → fr) en → fr, 2 segments',
  ]);
  await expect(summary).toContainText('From the file’s states: 1 submitted, 2 approved.');
  await expect(page.getByTestId('import-warnings')).toHaveText(/line 45: the segment id "footer\.html\/f1" is used again/);
  await summary.getByRole('link', { name: 'help (en → id)' }).click();
  await page.waitForURL(/\/documents\/\d+$/);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const editor = new EditorPage(page);
  // what the translator had confirmed in the file is here as theirs: submitted and approved by File import
  await expect(editor.status(2)).toHaveText(/Submitted/);
  await expect(editor.status(3)).toHaveText(/Approved/);
  // the file's candidate translation, chips and all, used in one click
  const match = editor.segment(1).getByTestId('tm-match');
  await expect(match).toContainText('87%');
  await expect(match).toContainText('in the file');
  await expect(match).toContainText('Shared TM');
  await expect(match.locator('.tm-target .ph-chip')).toHaveCount(2);
  await match.getByRole('button', { name: /Use/ }).click();
  await expect(editor.textarea(1)).toHaveValue('Buka halaman \uE000Akun\uE001.');

  // the export menu offers this document's file, and the whole file with both documents' work
  await page.locator('.export-menu summary').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'XLIFF, the whole file (2 language pairs)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('help.xlf');
  expect(fs.readFileSync(await download.path(), 'utf8')).toBe(original);
});

test('a file that names no target language is asked one, and imports with it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import file…' }).click();
  await dropFile(
    page,
    '[data-testid="drop-zone"]',
    'bare.xlf',
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f"><unit id="u"><segment><source>Good morning.</source><target>Selamat pagi.</target></segment></unit></file></xliff>',
  );
  await expect(page.getByRole('alert')).toHaveText('bare.xlf names no target language. Which language are its targets in?');
  await page.getByTestId('import-target-lang').fill('id');
  await page.getByRole('button', { name: 'Import with this language' }).click();
  await page.waitForURL(/\/documents\/\d+$/);
  // (the editor, not the list it came from: the heading is the document's)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('bare');
  await expect(page.locator('.document-langs, header, main').getByText('English → Indonesian', { exact: false }).first()).toBeVisible();
  await expect(new EditorPage(page).segment(1)).toContainText('Selamat pagi.');
});

test('a Word document and its machine translation become a document with chips, and the corrected .docx downloads', async ({ page }) => {
  const fixtures = path.resolve(import.meta.dirname, '../fixtures/docx');
  await page.goto('/');
  await page.getByRole('button', { name: 'New document' }).click();
  await page.getByRole('dialog').getByLabel('Title', { exact: true }).fill('Bank notice');
  await page.getByLabel('Target language (e.g. id)').fill('id');
  await page.locator('[data-testid="drop-source"] input[type=file]').setInputFiles(path.join(fixtures, 'notice.en.docx'));
  await page.locator('[data-testid="drop-target"] input[type=file]').setInputFiles(path.join(fixtures, 'notice.id.docx'));
  await page.getByRole('button', { name: 'Create document' }).click();

  await page.waitForURL(/\/documents\/\d+$/);
  const editor = new EditorPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bank notice');
  // bold runs and the footnote mark as chips, labelled by what they are
  const mt = editor.segment(2).locator('.segment-mt');
  await expect(mt.locator('.ph-chip')).toHaveCount(5);
  await expect(mt.locator('.ph-chip').nth(0)).toHaveAttribute('data-label', 'b');
  await expect(mt.locator('.ph-chip').nth(4)).toHaveAttribute('data-label', 'fn');
  await expect(editor.segment(9).locator('.segment-source')).toContainText('Customer notice: account changes');

  const textarea = editor.textarea(1);
  await textarea.fill('Perubahan rekening tabungan Anda');
  await textarea.press('Control+Enter');
  await expect(editor.status(1)).toHaveText(/Draft/);
  await page.locator('.export-menu summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^Word/ }).click()]);
  expect(download.suggestedFilename()).toBe('Bank-notice.docx');
  const blocks = readDocx(fs.readFileSync(await download.path()));
  expect(blocks.map((block) => block.text).slice(0, 2)).toEqual([
    'Perubahan rekening tabungan Anda',
    'Mulai \uE0001 Maret 2026\uE001, suku bunga rekening Anda menjadi \uE0022,5%\uE003 per tahun.\uE004',
  ]);
});

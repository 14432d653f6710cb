import { expect, test } from './fixtures';

test.describe('the demo as its translator sees it', () => {
  test.use({ role: 'translator' });

  test('correct "trotoar ekspor" in the demo, save with the keyboard, find it in the history after a reload', async ({ page, editor }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Why the future of AI may be open (and Chinese)' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why the future of AI may be open (and Chinese)');
    await expect(page.locator('.segment')).toHaveCount(24);

    // source, MT and revision side by side; the boilerplate paragraphs say they have no source
    await expect(editor.segment(8).locator('.segment-source')).toContainText('export curbs on NVIDIA chips');
    await expect(editor.segment(8).locator('.segment-mt')).toContainText('trotoar ekspor pada chip NVIDIA');
    for (const position of [20, 21, 22, 23, 24]) {
      await expect(editor.segment(position).locator('.no-source')).toContainText('No source');
    }
    await expect(editor.segment(19).locator('.no-source')).toHaveCount(0);

    await editor.replaceText(8, 'trotoar', 'pembatasan');
    await expect(editor.textarea(8)).toHaveValue(/didukung oleh pembatasan ekspor pada chip/);

    // the live diff strikes the MT word and marks the new one
    await expect(editor.diff(8).locator('del')).toHaveText(['trotoar']);
    await expect(editor.diff(8).locator('ins')).toHaveText(['pembatasan']);
    await expect(editor.segment(8).locator('.segment-state')).toHaveText('Unsaved changes');

    await editor.textarea(8).press('Control+Enter');
    await expect(editor.status(8)).toHaveText(/Draft/);
    await expect(editor.segment(8).locator('.segment-state')).toContainText('Saved by Tari (translator)');

    await page.reload();
    await expect(editor.textarea(8)).toHaveValue(/didukung oleh pembatasan ekspor pada chip/);
    await expect(editor.status(8)).toHaveText(/Draft/);
    await expect(editor.diff(8).locator('del')).toHaveText(['trotoar']);

    await editor.open(8);
    await editor.button(8, 'History').click();
    const history = editor.history(8);
    await expect(history.locator('.history-item')).toHaveCount(2); // revision 1 and the MT
    const revision = history.locator('.history-item').first();
    await expect(revision).toContainText('Revision 1');
    await expect(revision).toContainText('Tari (translator)');
    await expect(revision.locator('.chip')).toHaveText(/Draft/);
    await expect(history.locator('.history-compare')).toContainText('From Machine translation to Revision 1');
    await expect(history.locator('.history-compare del')).toHaveText(['trotoar']);
    await expect(history.locator('.history-compare ins')).toHaveText(['pembatasan']);

    // the document list shows the progress
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Documents' }).click();
    const card = page.locator('.document-card').filter({ hasText: 'Why the future of AI' });
    await expect(card.locator('.progress-draft')).toHaveAttribute('data-count', '1');
    await expect(card.locator('.progress-untouched')).toHaveAttribute('data-count', '23');
  });
});

test('switch the interface to Indonesian and Chinese; the choice survives a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Documents');
  await page.getByLabel('Interface language').selectOption('id');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dokumen');
  await expect(page.getByRole('button', { name: 'Dokumen baru' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  // language names and dates are formatted for Indonesian, not the browser's English
  await expect(page.locator('.document-card').first()).toContainText('Inggris → Indonesia');
  await expect(page.locator('.document-card').first()).toContainText(/dibuat \d{1,2} [A-Z][a-z]+ \d{4}/);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dokumen');

  await page.locator('.document-card a').first().click();
  await expect(page.locator('.segment-header')).toContainText('Terjemahan mesin');
  await expect(page.getByRole('combobox', { name: 'Status' })).toBeVisible();

  await page.getByLabel('Bahasa antarmuka').selectOption('zh-CN');
  await expect(page.locator('.segment-header')).toContainText('机器翻译');
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '文档' })).toBeVisible();
  await page.getByLabel('界面语言').selectOption('en');
  await expect(page.locator('.segment-header')).toContainText('Machine translation');
});

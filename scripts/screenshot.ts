/**
 * Regenerates the README's pictures: starts Tilik on a temporary database with the demo article;
 * the demo translator corrects paragraph 8 (docs/editor.png, the inline diff and findings) and
 * submits it with another correction; the demo editor opens the queue (docs/queue.png) and
 * approves paragraph 8; the reviewer compares MT with the approved text, records an error and
 * opens the quality page (docs/compare.png, docs/quality.png); translator and editor change the
 * same words of paragraph 3 at once (docs/merge.png); the admin imports an XLIFF file with inline
 * markup (docs/xliff.png), and a file of two language pairs, whose summary lists its documents,
 * states and warnings (docs/import.png); find and replace across the demo (docs/replace.png); translation memory
 * matches from an imported TMX file (docs/memory.png); the terms those corrections taught, proposed
 * on the glossary page (docs/learned.png); the editor on a phone, in Indonesian, with
 * its menu open (docs/phone.png).
 * Run with `npm run screenshot` after `npm run build`; an argument names another output folder.
 */
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../test/helpers/chromium';
import { DEMO_PASSWORD, ROOT, startServer } from '../test/helpers/server';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log('Usage: npm run screenshot [-- FOLDER]\n\nRegenerates the README pictures (after npm run build) in docs/, or in FOLDER.');
  process.exit(0);
}
const outDir = process.argv[2] ?? path.join(ROOT, 'docs');
const server = await startServer();
const browser = await chromium.launch(chromiumLaunchOptions());

async function pageAs(browser: Browser, username: string, height: number, width = 1440, language = 'en'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, locale: 'en-GB' });
  await context.addInitScript((code) => localStorage.setItem('tilik:language', code), language);
  const response = await context.request.post(`${server.url}/api/session`, { data: { username, password: DEMO_PASSWORD } });
  if (response.status() !== 200) throw new Error(`cannot sign in as ${username}: ${response.status()}`);
  return context.newPage();
}

/** Replaces a phrase in a paragraph's working text and saves (Ctrl+Enter) or submits (Ctrl+Shift+Enter). */
async function correct(page: Page, position: number, from: string, to: string, submit: boolean) {
  const editor = page.locator(`[data-position="${position}"] textarea`);
  await editor.waitFor();
  const text = await editor.inputValue();
  if (!text.includes(from)) throw new Error(`"${from}" is not in paragraph ${position}`);
  await editor.fill(text.replace(from, to));
  await editor.press(submit ? 'Control+Shift+Enter' : 'Control+Enter');
  await page.locator(`[data-position="${position}"] ${submit ? '.chip-submitted' : '.chip-draft'}`).waitFor();
}

try {
  const translator = await pageAs(browser, 'translator', 1500);
  await translator.goto(`${server.url}/documents/1`);
  await correct(translator, 8, 'trotoar ekspor', 'pembatasan ekspor', false);
  // the paragraphs about export restrictions: the corrected one and its neighbours in the search
  await translator.goto(`${server.url}/documents/1?q=chip`);
  await translator.locator('[data-position="8"] .segment-diff ins').waitFor();
  await translator.locator('[data-position="8"] textarea').focus();
  await translator.evaluate(() => window.scrollTo(0, 0));
  await translator.screenshot({ path: path.join(outDir, 'editor.png') });

  await translator.goto(`${server.url}/documents/1`);
  // the saved draft of paragraph 8 goes to the editor as it stands
  await translator.locator('[data-position="8"] textarea').press('Control+Shift+Enter');
  await translator.locator('[data-position="8"] .chip-submitted').waitFor();
  await correct(translator, 6, 'Perusahaan -perusahaan', 'Perusahaan-perusahaan', true);

  const editor = await pageAs(browser, 'editor', 1100);
  await editor.goto(`${server.url}/queue`);
  await editor.locator('.queue-card').nth(1).waitFor();
  await editor.screenshot({ path: path.join(outDir, 'queue.png') });
  await editor.locator('.queue-card', { hasText: 'pembatasan ekspor' }).getByRole('button', { name: 'Approve' }).click();
  await editor.locator('.queue-card', { hasText: 'pembatasan ekspor' }).waitFor({ state: 'detached' });

  const reviewer = await pageAs(browser, 'reviewer', 1000);
  await reviewer.goto(`${server.url}/documents/1/compare?from=mt&to=approved&view=side`);
  const row = reviewer.locator('[data-testid="compare-row"][data-position="8"]');
  await row.getByRole('button', { name: 'Record error' }).click();
  await row.getByLabel('Text with the error').fill('trotoar ekspor');
  await row.getByLabel('Version').selectOption({ label: 'Machine translation' });
  await row.getByLabel('Comment (optional)').fill('"curbs" read as the kerb of a street');
  await row.getByRole('button', { name: 'Record error' }).last().click();
  await reviewer.locator('[data-testid="quality-score"]', { hasNotText: ' 0 errors' }).waitFor();
  await reviewer.evaluate(() => window.scrollTo(0, 0));
  await reviewer.screenshot({ path: path.join(outDir, 'compare.png') });
  await reviewer.goto(`${server.url}/documents/1/quality`);
  await reviewer.locator('.annotation-item').waitFor();
  await reviewer.screenshot({ path: path.join(outDir, 'quality.png') });

  // both start from the same version of paragraph 3 and change its first words differently
  await translator.goto(`${server.url}/documents/1`);
  await editor.goto(`${server.url}/documents/1`);
  const third = (page: Page) => page.locator('[data-position="3"] textarea');
  await Promise.all([third(translator).waitFor(), third(editor).waitFor()]);
  const original = await third(translator).inputValue();
  const [firstWord = ''] = original.split(' ');
  await third(editor).fill(original.replace(firstWord, `${firstWord} (editor)`));
  await third(translator).fill(original.replace(firstWord, `${firstWord} (translator)`));
  await third(editor).press('Control+Enter');
  await editor.locator('[data-position="3"] .chip-draft').waitFor();
  await third(translator).press('Control+Enter');
  await translator.locator('[data-position="3"] [data-testid="merge"]').waitFor();
  await translator.locator('[data-position="3"]').scrollIntoViewIfNeeded();
  await translator.locator('[data-position="3"]').screenshot({ path: path.join(outDir, 'merge.png') });

  const admin = await pageAs(browser, 'admin', 760);
  await admin.goto(server.url);
  await admin.getByRole('button', { name: 'Import file…' }).click();
  await admin
    .locator('[data-testid="drop-zone"] input[type=file]')
    .setInputFiles(path.join(ROOT, 'test/fixtures/xliff/own/markup-1.2.xlf'));
  await admin.waitForURL(/\/documents\/\d+$/);
  await admin.locator('[data-position="2"] .ph-chip').first().waitFor();
  await admin.locator('.export-menu summary').click();
  await admin.screenshot({ path: path.join(outDir, 'xliff.png') });

  // a file of two language pairs, with its states and a warning: the dialog's summary
  await admin.goto(server.url);
  await admin.getByRole('button', { name: 'Import file…' }).click();
  await admin
    .locator('[data-testid="drop-zone"] input[type=file]')
    .setInputFiles(path.join(ROOT, 'test/fixtures/xliff/own/two-pairs-1.2.xlf'));
  await admin.getByTestId('import-summary').waitFor();
  await admin.getByRole('dialog').screenshot({ path: path.join(outDir, 'import.png') });

  // find and replace: the preview of a change across the document
  await translator.goto(`${server.url}/documents/1`);
  await translator.locator('[data-position="1"] textarea').waitFor();
  await translator.keyboard.press('Control+h');
  const replace = translator.getByRole('dialog', { name: 'Find and replace' });
  await replace.getByLabel('Find', { exact: true }).fill('Cina');
  await replace.getByLabel('Replace with').fill('Tiongkok');
  await replace.getByLabel('Whole words only').check();
  await replace.getByRole('button', { name: 'Preview' }).click();
  await replace.getByTestId('replace-preview').waitFor();
  await translator.screenshot({ path: path.join(outDir, 'replace.png') });

  // translation memory: an admin adds a TMX file of earlier work; a paragraph like one of its units
  // shows the matches under its source, and Ctrl+K looks a phrase up
  const tmx =
    '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" segtype="sentence" datatype="plaintext" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>' +
    '<tu><tuv xml:lang="en"><seg>Why the future of AI may be closed (and American)</seg></tuv><tuv xml:lang="id"><seg>Mengapa masa depan AI mungkin tertutup (dan Amerika)</seg></tuv></tu>' +
    '<tu><tuv xml:lang="en"><seg>Why the future of chips may be open (and Chinese)</seg></tuv><tuv xml:lang="id"><seg>Mengapa masa depan cip mungkin terbuka (dan Tiongkok)</seg></tuv></tu>' +
    '</body></tmx>';
  const adminRequest = (await pageAs(browser, 'admin', 900)).context().request;
  const csrf = (
    (await (await adminRequest.post(`${server.url}/api/session`, { data: { username: 'admin', password: DEMO_PASSWORD } })).json()) as {
      csrfToken: string;
    }
  ).csrfToken;
  await adminRequest.post(`${server.url}/api/tm/import`, {
    headers: { 'X-CSRF-Token': csrf },
    multipart: { file: { name: 'earlier-work.tmx', mimeType: 'application/xml', buffer: Buffer.from(tmx) } },
  });
  await translator.goto(`${server.url}/documents/1`);
  await translator.locator('[data-position="2"] [data-testid="tm-match"]').first().waitFor();
  await translator.locator('[data-position="2"]').screenshot({ path: path.join(outDir, 'memory.png') });

  // corrections an editor approved in a leaflet, proposed as learned terms on the glossary page
  // (the demo's own correction teaches nothing new: its glossary has the term already)
  const headers = { 'X-CSRF-Token': csrf };
  const leaflet = (await (
    await adminRequest.post(`${server.url}/api/documents`, {
      headers,
      data: {
        title: 'Clinic leaflet',
        sourceLang: 'en',
        targetLang: 'id',
        segments: [
          { source: 'Take one tablet after breakfast.', mt: 'Minum satu meja setelah sarapan.' },
          { source: 'Do not crush the tablet.', mt: 'Jangan menghancurkan meja.' },
          { source: 'Bring your insurance card to every visit.', mt: 'Bawa kartu jaminan Anda ke setiap kunjungan.' },
        ],
      },
    })
  ).json()) as { id: number };
  const leafletSegments = (
    (await (await adminRequest.get(`${server.url}/api/documents/${leaflet.id}/segments`)).json()) as { items: Array<{ id: number }> }
  ).items;
  const approvedTexts = [
    'Minum satu tablet setelah sarapan.',
    'Jangan menghancurkan tablet.',
    'Bawa kartu asuransi Anda ke setiap kunjungan.',
  ];
  for (const [k, text] of approvedTexts.entries()) {
    const saved = (await (
      await adminRequest.post(`${server.url}/api/segments/${leafletSegments[k]?.id}/revisions`, { headers, data: { text, baseVersion: 0 } })
    ).json()) as { revision: { id: number } };
    await adminRequest.post(`${server.url}/api/revisions/${saved.revision.id}/submit`, { headers });
    await adminRequest.post(`${server.url}/api/revisions/${saved.revision.id}/approve`, { headers });
  }
  const glossaryAdmin = await pageAs(browser, 'admin', 900, 1280);
  await glossaryAdmin.goto(`${server.url}/glossary?source=en&target=id`);
  await glossaryAdmin.locator('.proposal').first().waitFor();
  await glossaryAdmin.locator('section[aria-labelledby="proposals"]').screenshot({ path: path.join(outDir, 'learned.png') });

  // a phone, in Indonesian: one column per paragraph, the header folded into a menu
  const phone = await pageAs(browser, 'translator', 844, 390, 'id');
  await phone.goto(`${server.url}/documents/1`);
  await phone.locator('[data-position="2"] textarea').waitFor();
  await phone.locator('.menu-toggle').click();
  await phone.screenshot({ path: path.join(outDir, 'phone.png') });
  console.log(`wrote editor, queue, compare, quality, merge, xliff, import, replace, memory, learned and phone pictures to ${outDir}`);
} finally {
  await browser.close();
  await server.stop();
}

/**
 * Regenerates docs/editor.png for the README: starts Tilik on a temporary database with the demo
 * article, makes one correction so the inline diff shows, and photographs the editor.
 * Run with `npm run screenshot` after `npm run build`.
 */
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../test/helpers/chromium';
import { ROOT, startServer } from '../test/helpers/server';

const out = process.argv[2] ?? path.join(ROOT, 'docs/editor.png');
const server = await startServer();
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1500 }, deviceScaleFactor: 1 });
  await page.goto(`${server.url}/documents/1`);
  const editor = page.locator('[data-position="8"] textarea');
  await editor.waitFor();
  const text = await editor.inputValue();
  const index = text.indexOf('trotoar');
  if (index >= 0) {
    await editor.fill(text.replace('trotoar ekspor', 'pembatasan ekspor'));
    await editor.press('Control+Enter');
    await page.locator('[data-position="8"] .chip-draft').waitFor();
  }
  // the paragraphs about export restrictions: the corrected one and its neighbours in the search
  await page.goto(`${server.url}/documents/1?q=chip`);
  await page.locator('[data-position="8"] .segment-diff ins').waitFor();
  await page.locator('[data-position="8"] textarea').focus();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.stop();
}

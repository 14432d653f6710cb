/**
 * The editor in Chromium: time from navigation to an interactive demo editor (every segment's
 * text field rendered and enabled), and the delay between a keystroke in a 300-word segment and
 * the inline diff showing it. Uses the built client (run `npm run build` first).
 */
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../test/helpers/chromium';
import { DEMO_PASSWORD, signIn, startServer } from '../test/helpers/server';
import { readDemoDocument } from '../server/demo/seed';
import { fmt, median, paragraph, percentile, random } from './lib';

export interface EditorFigures {
  loadMs: number[];
  keystrokeMs: number[];
}

export async function benchEditor(): Promise<EditorFigures> {
  const server = await startServer();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    // load: a fresh browser context each time (cold cache), median of several
    const loadMs: number[] = [];
    const newContext = async (username: string) => {
      const context = await browser.newContext();
      const response = await context.request.post(`${server.url}/api/session`, { data: { username, password: DEMO_PASSWORD } });
      if (response.status() !== 200) throw new Error(`sign-in failed: ${response.status()}`);
      return context;
    };
    for (let run = 0; run < 7; run += 1) {
      const context = await newContext('translator');
      const page = await context.newPage();
      await page.goto(`${server.url}/documents/1`, { waitUntil: 'commit' });
      await page.waitForFunction(
        () => {
          const fields = document.querySelectorAll('textarea.segment-editor');
          return fields.length === 24 && [...fields].every((field) => !(field as HTMLTextAreaElement).disabled);
        },
        undefined,
        { polling: 'raf' },
      );
      loadMs.push(await page.evaluate(() => performance.now()));
      await context.close();
    }

    // keystroke: a 300-word segment, typing at the end of it
    const vocabulary = readDemoDocument()
      .segments.flatMap((s) => s.mt.split(/\s+/))
      .filter((w) => /\p{L}/u.test(w));
    const mt = paragraph(vocabulary, 300, random(7));
    const admin = await signIn(server.url, 'admin');
    const created = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
      body: JSON.stringify({ title: 'Long segment', sourceLang: 'en', targetLang: 'id', segments: [{ source: 'x', mt }] }),
    });
    const { id } = (await created.json()) as { id: number };
    const context = await newContext('admin');
    const page = await context.newPage();
    await page.goto(`${server.url}/documents/${id}`);
    const textarea = page.locator('textarea.segment-editor');
    await textarea.waitFor();
    await textarea.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' awal'); // the diff view now exists
    await page.locator('.segment-diff ins').first().waitFor();
    await page.evaluate(() => {
      const state = window as unknown as { __latencies: number[]; __pressed: number | null };
      state.__latencies = [];
      state.__pressed = null;
      window.addEventListener('keydown', () => (state.__pressed = performance.now()), true);
      const target = document.querySelector('.segment-diff') as Element;
      new MutationObserver(() => {
        if (state.__pressed === null || !document.querySelector('.segment-diff')) return;
        state.__latencies.push(performance.now() - state.__pressed);
        state.__pressed = null;
      }).observe(target, { subtree: true, childList: true, characterData: true });
    });
    for (const char of 'pembatasan ekspor yang baru') {
      await page.keyboard.type(char);
      await page.waitForTimeout(60);
    }
    const keystrokeMs = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
    await context.close();

    console.log('editor in Chromium');
    console.log(
      `  demo editor interactive after navigation: median ${fmt(median(loadMs), 0)} (runs: ${loadMs.map((ms) => ms.toFixed(0)).join(', ')} ms)`,
    );
    console.log(
      `  keystroke -> diff updated, 300-word segment: median ${fmt(median(keystrokeMs), 1)}, p95 ${fmt(percentile(keystrokeMs, 95), 1)} ` +
        `(${keystrokeMs.length} keystrokes)`,
    );
    return { loadMs, keystrokeMs };
  } finally {
    await browser.close();
    await server.stop();
  }
}

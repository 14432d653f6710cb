/**
 * The editor in Chromium: time from navigation to an interactive demo editor (every segment's
 * text field rendered and enabled), and the delay between a keystroke in a 300-word segment and
 * the inline diff showing it (at the end of a 300-word segment, and inside the demo paragraph with
 * the most findings), with what the renderer's main thread spends per keystroke. Uses the built
 * client (run `npm run build` first).
 */
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../test/helpers/chromium';
import { DEMO_PASSWORD, signIn, startServer } from '../test/helpers/server';
import { readDemoDocument } from '../server/demo/seed';
import { fmt, median, paragraph, percentile, random } from './lib';

export interface EditorFigures {
  loadMs: number[];
  keystrokeMs: number[];
}

interface Typing {
  /** keydown to the diff's DOM changed, per keystroke. */
  latencies: number[];
  /** The renderer's main thread per keystroke: all its tasks, script, style and layout (ms). */
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
}

/**
 * Types a phrase one character at a time (60 ms apart, as a fast typist) into the focused text
 * field of `row`: how long each keystroke took to reach the diff, and what the renderer's main
 * thread spent per keystroke meanwhile (Chromium's own counters, through CDP).
 */
async function typing(page: Page, row: string): Promise<Typing> {
  const phrase = ' pembatasan ekspor yang baru';
  // the first character makes the diff exist (the text now differs from the MT)
  await page.keyboard.type(phrase[0] as string);
  await page.locator(`${row} .segment-diff`).first().waitFor();
  await page.evaluate((selector) => {
    const state = window as unknown as { __latencies: number[]; __pressed: number | null };
    state.__latencies = [];
    state.__pressed = null;
    window.addEventListener('keydown', () => (state.__pressed = performance.now()), true);
    new MutationObserver(() => {
      if (state.__pressed === null) return;
      state.__latencies.push(performance.now() - state.__pressed);
      state.__pressed = null;
    }).observe(document.querySelector(`${selector} .segment-diff`) as Element, { subtree: true, childList: true, characterData: true });
  }, row);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => list.find((metric) => metric.name === name)?.value ?? 0;
    return { task: get('TaskDuration'), script: get('ScriptDuration'), layout: get('LayoutDuration') + get('RecalcStyleDuration') };
  };
  const before = await metrics();
  const typed = phrase.slice(1);
  for (const char of typed) {
    await page.keyboard.type(char);
    await page.waitForTimeout(60);
  }
  const after = await metrics();
  const latencies = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
  const per = (seconds: number) => (seconds * 1000) / typed.length;
  return {
    latencies,
    taskMs: per(after.task - before.task),
    scriptMs: per(after.script - before.script),
    layoutMs: per(after.layout - before.layout),
  };
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
    await page.keyboard.press('Control+End');
    const atEnd = await typing(page, '.segment');
    await context.close();

    // keystroke: the demo paragraph with the most findings, typing after its first word, so that
    // every finding after the caret moves with each character (its list and marks change)
    const demo = await (await newContext('admin')).newPage();
    await demo.goto(`${server.url}/documents/1`);
    await demo.locator('.segment .finding').first().waitFor();
    // (no function declared inside: tsx would name it with a helper the page lacks)
    const busiest = await demo.evaluate(() =>
      [...document.querySelectorAll('.segment')]
        .map((row) => ({ row, findings: row.querySelectorAll('.segment-mt .finding').length }))
        .reduce((best, next) => (next.findings > best.findings ? next : best))
        .row.getAttribute('data-position'),
    );
    const row = `.segment[data-position="${busiest}"]`;
    await demo.locator(`${row} textarea.segment-editor`).focus();
    await demo.keyboard.press('Control+Home');
    await demo.keyboard.press('Control+ArrowRight');
    const midParagraph = await typing(demo, row);
    await demo.context().close();

    const keystrokeMs = atEnd.latencies;
    console.log('editor in Chromium');
    console.log(
      `  demo editor interactive after navigation: median ${fmt(median(loadMs), 0)} (runs: ${loadMs.map((ms) => ms.toFixed(0)).join(', ')} ms)`,
    );
    const report = (label: string, { latencies, taskMs, scriptMs, layoutMs }: Typing) =>
      console.log(
        `  keystroke -> diff updated, ${label}: median ${fmt(median(latencies), 1)}, p95 ${fmt(percentile(latencies, 95), 1)} ` +
          `(${latencies.length} keystrokes); renderer main thread per keystroke ${fmt(taskMs, 1)} ` +
          `(script ${fmt(scriptMs, 1)}, style and layout ${fmt(layoutMs, 1)})`,
      );
    report('300-word segment, at its end', atEnd);
    report(`demo paragraph ${busiest ?? '?'} (most findings), after its first word`, midParagraph);
    return { loadMs, keystrokeMs };
  } finally {
    await browser.close();
    await server.stop();
  }
}

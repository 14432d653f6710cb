/**
 * `npm run bench -- large`: Tilik on documents of real size, on SQLite and on PostgreSQL (a
 * throwaway cluster with PostgreSQL's default, durable settings). Sizes come from
 * BENCH_LARGE_SIZES (default "100000,1000000"); the databases from BENCH_LARGE_DATABASES
 * (default "sqlite,postgres"). For each, on a real server:
 * - import of a generated XLIFF file through the API: time, the server's peak memory, progress seen;
 * - the first page of segments with their findings, and the document's summary (counts kept);
 * - background checking: segments checked per second (and, at 100,000, time until all are);
 * - the editor in Chromium: first rows with their findings, the page's JS heap at its highest
 *   while going end to end (jumps and scrolling), keystroke to diff deep in the document;
 * - 50 editors with the document open (live feeds, pages read) while 10 people save: save
 *   latency, and /api/health's meanwhile;
 * - compare, quality, export and a bulk revert of the saves.
 * Then the qa command on a 100,000-paragraph text pair: time and peak memory.
 * Everything runs on this one machine (2 cores), load generator and browser included.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../test/helpers/chromium';
import { startCluster, type Cluster } from '../test/helpers/postgres';
import { DEMO_PASSWORD, ROOT, signIn, startServer, type RunningServer, type SignedIn } from '../test/helpers/server';
import { writeTextPair, writeXliff } from './generate';
import { median, percentile } from './lib';

const SIZES = (process.env.BENCH_LARGE_SIZES ?? '100000,1000000').split(',').map(Number);
const DATABASES = (process.env.BENCH_LARGE_DATABASES ?? 'sqlite,postgres').split(',');
const CACHE = path.join(os.tmpdir(), 'tilik-bench');
const EDITORS = 50;
const WRITERS = 10;
const SAVES_EACH = 20;
/** Marks this run's saves, so that a run against a database that kept an earlier run's saves changes text too. */
const RUN = Date.now().toString(36);

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** A generated file, made once and kept between runs (a million segments take a while to write). */
async function cached(name: string, make: (file: string) => Promise<unknown>): Promise<string> {
  fs.mkdirSync(CACHE, { recursive: true });
  const file = path.join(CACHE, name);
  if (!fs.existsSync(file)) {
    await make(`${file}.part`);
    fs.renameSync(`${file}.part`, file);
  }
  return file;
}

/**
 * The resident memory of the server's process (the largest of its process group: tsx starts node
 * as a child), sampled until stopped; its highest.
 */
function memoryOf(pgid: number): { peak: () => number; now: () => number; reset: () => void; stop: () => void } {
  let peak = 0;
  const sample = (): number => {
    let total = 0;
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(fields[2]) !== pgid) continue;
        const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8');
        total = Math.max(total, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
      } catch {
        // gone meanwhile
      }
    }
    peak = Math.max(peak, total);
    return total;
  };
  sample();
  const timer = setInterval(sample, 100);
  return {
    peak: () => (sample(), peak),
    now: sample,
    reset: () => {
      peak = 0;
      sample();
    },
    stop: () => clearInterval(timer),
  };
}

interface Client {
  url: string;
  session: SignedIn;
  get: (path: string) => Promise<Answer>;
  send: (method: string, path: string, body: unknown) => Promise<Answer>;
}

/** An answer: its status, its text (the first 64 MB: a million-segment export is longer than a string may be), its length, its time. */
interface Answer {
  status: number;
  body: string;
  bytes: number;
  ms: number;
}

const KEPT_BYTES = 64 << 20;

function clientOf(url: string, session: SignedIn): Client {
  const call = async (method: string, route: string, body?: unknown) => {
    const start = performance.now();
    const response = await fetch(`${url}${route}`, {
      method,
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const kept: Uint8Array[] = [];
    let bytes = 0;
    for await (const chunk of response.body ?? []) {
      if (bytes < KEPT_BYTES) kept.push(chunk as Uint8Array);
      bytes += (chunk as Uint8Array).length;
    }
    return { status: response.status, body: Buffer.concat(kept).toString('utf8'), bytes, ms: performance.now() - start };
  };
  return { url, session, get: (route) => call('GET', route), send: (method, route, body) => call(method, route, body) };
}

/** Opens a live feed (as an editor's page does); closed by the function returned. */
function openFeed(url: string, session: SignedIn, documentId: number): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      `${url}/api/documents/${documentId}/live`,
      { headers: { cookie: session.cookie, accept: 'text/event-stream' } },
      (response) => {
        response.on('data', () => undefined);
        resolve(() => request.destroy());
      },
    );
    request.on('error', (error) => {
      if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(error);
    });
  });
}

/** A part of a multipart upload: a field's value, or a file streamed from disk. */
type Part = { name: string; value: string } | { name: string; file: string; type: string };

/**
 * Posts a multipart form as the browser does, files streamed from disk, and waits however long
 * the answer takes (fetch gives up on an answer after 5 minutes; a million segments on PostgreSQL
 * take longer).
 */
function postMultipart(client: Client, route: string, parts: readonly Part[]): Promise<{ status: number; body: string }> {
  const boundary = `tilik-bench-${Date.now()}`;
  const headOf = (part: Part) =>
    'file' in part
      ? `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${path.basename(part.file)}"\r\nContent-Type: ${part.type}\r\n\r\n`
      : `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}`;
  const tail = `\r\n--${boundary}--\r\n`;
  // each part but the first starts on a new line
  const length =
    parts.reduce(
      (sum, part, k) => sum + (k > 0 ? 2 : 0) + Buffer.byteLength(headOf(part)) + ('file' in part ? fs.statSync(part.file).size : 0),
      0,
    ) + Buffer.byteLength(tail);
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${client.url}${route}`,
      {
        method: 'POST',
        headers: {
          cookie: client.session.cookie,
          'x-csrf-token': client.session.csrfToken,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': length,
        },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    const send = (file: string) =>
      new Promise<void>((done, fail) => {
        const stream = fs.createReadStream(file);
        stream.on('error', fail);
        stream.on('end', () => done());
        stream.pipe(request, { end: false });
      });
    void (async () => {
      for (const [k, part] of parts.entries()) {
        request.write(`${k > 0 ? '\r\n' : ''}${headOf(part)}`);
        if ('file' in part) await send(part.file);
      }
      request.end(tail);
    })().catch(reject);
  });
}

/** Uploads a file as the import dialog does. */
function postFile(client: Client, file: string): Promise<{ status: number; body: string }> {
  return postMultipart(client, '/api/documents/import', [{ name: 'file', file, type: 'application/xml' }]);
}

/** Uploads a text pair as the new-document dialog does. */
function postTexts(client: Client, sourceFile: string, targetFile: string, title: string): Promise<{ status: number; body: string }> {
  return postMultipart(client, '/api/documents', [
    { name: 'title', value: title },
    { name: 'sourceLang', value: 'en' },
    { name: 'targetLang', value: 'id' },
    { name: 'source', file: sourceFile, type: 'text/plain' },
    { name: 'target', file: targetFile, type: 'text/plain' },
  ]);
}

const TEXT_SIZES = (process.env.BENCH_TEXT_SIZES ?? '100000,1000000').split(',').map(Number);

/**
 * `npm run bench -- textimport`: a generated text pair (BENCH_TEXT_SIZES paragraphs a side,
 * default 100,000 and 1,000,000) imported through the API on SQLite: time, the server's peak
 * memory, and the progress the documents list saw.
 */
export async function benchTextImport(): Promise<void> {
  console.log('text pairs imported through the API (SQLite)');
  for (const size of TEXT_SIZES) {
    fs.mkdirSync(CACHE, { recursive: true });
    const sourceFile = path.join(CACHE, `pair-${size}-v2.en.txt`);
    const targetFile = path.join(CACHE, `pair-${size}-v2.id.txt`);
    if (!fs.existsSync(sourceFile) || !fs.existsSync(targetFile)) await writeTextPair(sourceFile, targetFile, size);
    const server: RunningServer = await startServer({});
    const memory = memoryOf(server.process.pid as number);
    try {
      const admin = clientOf(server.url, await signIn(server.url, 'admin', DEMO_PASSWORD));
      memory.reset();
      const start = performance.now();
      const progress: number[] = [];
      let done = false;
      const watching = (async () => {
        while (!done) {
          await new Promise((resolve) => setTimeout(resolve, 1000));
          const items = JSON.parse((await admin.get('/api/documents/importing')).body).items as Array<{ progress: number }>;
          if (items[0]) progress.push(Math.round(items[0].progress * 100));
        }
      })();
      const response = await postTexts(admin, sourceFile, targetFile, `Pair of ${size}`);
      const took = performance.now() - start;
      done = true;
      await watching;
      if (response.status !== 201) throw new Error(`import failed: ${response.status} ${response.body.slice(0, 300)}`);
      const created = JSON.parse(response.body) as { segmentCount: number };
      const seen = [...new Set(progress)];
      const bytes = fs.statSync(sourceFile).size + fs.statSync(targetFile).size;
      console.log(
        `  ${size.toLocaleString('en')} paragraphs a side (${mb(bytes)} of text): ${created.segmentCount.toLocaleString('en')} segments in ${seconds(took)}, ` +
          `server peak ${mb(memory.peak())}; progress seen (${seen.length} values): ${seen.length > 8 ? [...seen.slice(0, 4), '…', ...seen.slice(-3)].join('% ') : seen.join('% ')}%`,
      );
    } finally {
      memory.stop();
      await server.stop();
    }
  }
}

async function importThroughApi(
  client: Client,
  file: string,
  memory: ReturnType<typeof memoryOf>,
): Promise<{ id: number; segments: number; ms: number; peak: number; progress: number[] }> {
  memory.reset();
  const start = performance.now();
  const progress: number[] = [];
  let done = false;
  const watching = (async () => {
    while (!done) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const items = JSON.parse((await client.get('/api/documents/importing')).body).items as Array<{ progress: number }>;
      if (items[0]) progress.push(items[0].progress);
    }
  })();
  const response = await postFile(client, file);
  const took = performance.now() - start;
  done = true;
  await watching;
  const body = response.body;
  if (response.status !== 201) throw new Error(`import failed: ${response.status} ${body.slice(0, 300)}`);
  const created = JSON.parse(body) as { id: number; segmentCount: number };
  return { id: created.id, segments: created.segmentCount, ms: took, peak: memory.peak(), progress };
}

interface Summary {
  summary: { pending: number; segmentsWithFindings: number; byRule: Record<string, unknown> };
}

async function pendingOf(client: Client, id: number): Promise<number> {
  return (JSON.parse((await client.get(`/api/documents/${id}/findings`)).body) as Summary).summary.pending;
}

/** The editor in Chromium: first rows with findings, heap going end to end, keystroke to diff deep down. */
async function editorFigures(url: string, id: number, size: number): Promise<string[]> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const response = await context.request.post(`${url}/api/session`, { data: { username: 'admin', password: DEMO_PASSWORD } });
    if (response.status() !== 200) throw new Error('sign-in failed');
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const heap = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
    };
    await page.goto(`${url}/documents/${id}`, { waitUntil: 'commit' });
    // first rows, each with its findings known (a count shown, or none to show)
    await page.locator('.segment[data-position="1"] textarea').waitFor({ timeout: 60_000 });
    const firstRows = await page.evaluate(() => performance.now());
    await page.locator('.findings-summary').waitFor({ timeout: 60_000 });
    const summaryAt = await page.evaluate(() => performance.now());
    let heapPeak = await heap();

    // end to end: jumps to twenty places, a screenful of scrolling at each, then the very end
    const goTo = page.locator('.jump input');
    const places = Array.from({ length: 20 }, (_, k) => Math.max(1, Math.round(((k + 1) * size) / 21)));
    let rowsInPage = 0;
    for (const position of places) {
      await goTo.fill(String(position));
      await goTo.press('Enter');
      await page.locator(`.segment[data-position="${position}"] textarea`).waitFor({ timeout: 60_000 });
      for (let step = 0; step < 10; step += 1) {
        await page.mouse.wheel(0, 800);
        await page.waitForTimeout(30);
      }
      rowsInPage = Math.max(rowsInPage, await page.locator('.segment').count());
      heapPeak = Math.max(heapPeak, await heap());
    }
    await goTo.fill(String(size));
    await goTo.press('Enter');
    await page.locator(`.segment[data-position="${size}"] textarea`).waitFor({ timeout: 60_000 });
    heapPeak = Math.max(heapPeak, await heap());
    await cdp.send('HeapProfiler.collectGarbage');
    const heapAfter = await heap();

    // keystroke to diff, in a segment deep in the document
    const deep = Math.round(size * 0.77);
    await goTo.fill(String(deep));
    await goTo.press('Enter');
    const textarea = page.locator(`.segment[data-position="${deep}"] textarea`);
    await textarea.waitFor();
    await textarea.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' awal');
    await page.locator(`.segment[data-position="${deep}"] .segment-diff ins`).first().waitFor();
    await page.evaluate((position) => {
      const state = window as unknown as { __latencies: number[]; __pressed: number | null };
      state.__latencies = [];
      state.__pressed = null;
      window.addEventListener('keydown', () => (state.__pressed = performance.now()), true);
      const target = document.querySelector(`.segment[data-position="${position}"] .segment-diff`) as Element;
      new MutationObserver(() => {
        if (state.__pressed === null) return;
        state.__latencies.push(performance.now() - state.__pressed);
        state.__pressed = null;
      }).observe(target, { subtree: true, childList: true, characterData: true });
    }, deep);
    for (const char of 'pembatasan ekspor yang baru') {
      await page.keyboard.type(char);
      await page.waitForTimeout(60);
    }
    const keystrokes = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
    return [
      `editor: first rows ${ms(firstRows)} after navigation, findings summary ${ms(summaryAt)}`,
      `editor: JS heap at most ${mb(heapPeak)} over 20 jumps with scrolling and the last row (${mb(heapAfter)} after GC); at most ${rowsInPage} rows in the page`,
      `editor: keystroke → diff at segment ${deep.toLocaleString('en')}: median ${keystrokes.length ? median(keystrokes).toFixed(1) : '-'} ms, p95 ${keystrokes.length ? percentile(keystrokes, 95).toFixed(1) : '-'} ms (${keystrokes.length} keystrokes)`,
    ];
  } finally {
    await browser.close();
  }
}

/** Saves by `writers` people, each `pause` ms apart, at spread-out places: their latencies. */
async function saving(
  clients: Client[],
  id: number,
  size: number,
  pause: number,
  tag: string,
): Promise<{ saves: number[]; failed: number }> {
  const saves: number[] = [];
  let failed = 0;
  await Promise.all(
    clients.map(async (client, writer) => {
      for (let k = 0; k < SAVES_EACH; k += 1) {
        const position = 1 + ((writer * 997 + k * 4_999 + tag.length * 31) % size);
        const page = JSON.parse((await client.get(`/api/documents/${id}/segments?after=${position - 1}&limit=1`)).body) as {
          items: Array<{ id: number; version: number; mt: string }>;
        };
        const segment = page.items[0];
        if (!segment) continue;
        const saved = await client.send('POST', `/api/segments/${segment.id}/revisions`, {
          text: `${segment.mt} (${tag} ${writer}.${k} ${RUN})`,
          baseVersion: segment.version,
        });
        if (saved.status === 201) saves.push(saved.ms);
        else failed += 1;
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }),
  );
  return { saves, failed };
}

/**
 * Saves alone (one person, nothing else open), then with 50 editors on the document: every one
 * with its live feed open, 40 of them reading a page of 100 segments every 3 s (scrolling), 10
 * saving once a second each (far more than people do); /api/health asked every 50 ms meanwhile.
 * Then the same with the readers asking every 400 ms (a stress: 100 pages a second).
 */
export async function underLoad(
  url: string,
  id: number,
  size: number,
  as = { username: 'admin', password: DEMO_PASSWORD },
): Promise<{ lines: string[]; adminId: number; since: string }> {
  const sessions: SignedIn[] = [];
  for (let k = 0; k < EDITORS; k += 1) sessions.push(await signIn(url, as.username, as.password));
  const clients = sessions.map((session) => clientOf(url, session));
  const since = new Date(Date.now() - 1000).toISOString();
  const alone = await saving(clients.slice(0, 1), id, size, 200, 'alone');

  const closers = await Promise.all(sessions.map((session) => openFeed(url, session, id)));
  // the feeds settle (each opening tells every other view who is there)
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const loaded = async (readEvery: number, tag: string) => {
    let running = true;
    const health: number[] = [];
    const reads: number[] = [];
    const healthLoop = (async () => {
      while (running) {
        const start = performance.now();
        await fetch(`${url}/api/health`);
        health.push(performance.now() - start);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    // the editors who are not saving read pages here and there, as scrolling does
    const readers = clients.slice(WRITERS).map(async (client, k) => {
      await new Promise((resolve) => setTimeout(resolve, (k * readEvery) / (EDITORS - WRITERS)));
      let n = 0;
      while (running) {
        const after = Math.floor(((k * 7919 + n * 104_729) % size) / 100) * 100;
        n += 1;
        reads.push((await client.get(`/api/documents/${id}/segments?after=${after}&limit=100`)).ms);
        await new Promise((resolve) => setTimeout(resolve, readEvery));
      }
    });
    const { saves, failed } = await saving(clients.slice(0, WRITERS), id, size, 1000, tag);
    running = false;
    await Promise.all([healthLoop, ...readers]);
    return (
      `save median ${ms(median(saves))}, p95 ${ms(percentile(saves, 95))} (${saves.length} saves${failed ? `, ${failed} FAILED` : ''}); ` +
      `page reads median ${ms(median(reads))}, p95 ${ms(percentile(reads, 95))} (${reads.length}); /api/health p95 ${ms(percentile(health, 95))}, max ${ms(Math.max(...health))}`
    );
  };
  const realistic = await loaded(3000, 'busy');
  const stress = await loaded(400, 'stress');
  for (const close of closers) close();
  const me = JSON.parse((await clients[0]?.get('/api/session'))?.body ?? '{}') as { user?: { id: number } };
  return {
    adminId: me.user?.id ?? 0,
    since,
    lines: [
      `saves, one person alone: median ${ms(median(alone.saves))}, p95 ${ms(percentile(alone.saves, 95))}`,
      `${EDITORS} editors open, ${WRITERS} saving once a second, ${EDITORS - WRITERS} reading a page every 3 s: ${realistic}`,
      `the same, reading a page every 400 ms (100 pages/s): ${stress}`,
    ],
  };
}

/** Beyond this, compare and quality are not asked for: they read the whole document into one thread (over 5 minutes and 2.8 GB at a million). */
const WHOLE_DOCUMENT_UP_TO = 100_000;

async function reviewFigures(
  client: Client,
  id: number,
  size: number,
  adminId: number,
  since: string,
  memory: ReturnType<typeof memoryOf>,
): Promise<string[]> {
  const skipped: Answer = { status: 0, body: `not asked for above ${WHOLE_DOCUMENT_UP_TO.toLocaleString('en')} segments`, bytes: 0, ms: 0 };
  // the export first: the others leave the job thread's memory grown, which would count as its
  memory.reset();
  const exportBase = memory.now();
  const exported = await client.get(`/api/documents/${id}/export?format=xliff`);
  const exportPeak = memory.peak();
  const compare = size <= WHOLE_DOCUMENT_UP_TO ? await client.get(`/api/documents/${id}/compare`) : skipped;
  const quality = size <= WHOLE_DOCUMENT_UP_TO ? await client.get(`/api/documents/${id}/quality`) : skipped;
  const preview = await client.send('POST', `/api/documents/${id}/revert/preview`, { userId: adminId, from: since });
  const plan = JSON.parse(preview.body) as { items?: Array<{ segmentId: number; version: number }> };
  const expect = (plan.items ?? []).map((item) => ({ segmentId: item.segmentId, version: item.version }));
  const revert = expect.length
    ? await client.send('POST', `/api/documents/${id}/revert`, { filter: { userId: adminId, from: since }, expect })
    : null;
  // find and replace: a word of about one paragraph in seven, and a regular expression that
  // matches nothing (every working text read and matched all the same); then one request's worth
  // of paragraphs replaced (the editor sends a longer list in pieces of this size)
  const find = { find: 'pasar', replace: 'pasaran', wholeWord: true };
  const findPreview = await client.send('POST', `/api/documents/${id}/replace/preview`, find);
  const findPlan = JSON.parse(findPreview.body) as { paragraphs?: number; items?: Array<{ segmentId: number; version: number }> };
  const regexPreview = await client.send('POST', `/api/documents/${id}/replace/preview`, {
    find: String.raw`(\d+) persenan`,
    replace: '$1%',
    regex: true,
  });
  const findExpect = (findPlan.items ?? []).slice(0, 20_000).map((item) => ({ segmentId: item.segmentId, version: item.version }));
  const replaced = findExpect.length ? await client.send('POST', `/api/documents/${id}/replace`, { ...find, expect: findExpect }) : null;
  // an answer other than 200 is reported with its message, not taken for a figure
  const said = (result: Answer | null, figure: string) =>
    !result
      ? '-'
      : result.status === 200
        ? figure
        : result.status === 0
          ? result.body
          : `${result.status} after ${ms(result.ms)} (${result.body.slice(0, 160)})`;
  return [
    `compare ${said(compare, `${ms(compare.ms)} (${mb(compare.bytes)})`)}, quality ${said(quality, ms(quality.ms))}, ` +
      `export XLIFF ${said(exported, `${ms(exported.ms)} (${mb(exported.bytes)}, server peak ${mb(exportPeak)}, ${mb(exportBase)} before it)`)}`,
    `bulk revert of the saves: preview ${said(preview, ms(preview.ms))}, revert of ${expect.length} segments ${said(revert, revert ? ms(revert.ms) : '-')}`,
    `find and replace: preview of a word in ${findPlan.paragraphs ?? '?'} paragraphs ${said(findPreview, ms(findPreview.ms))}, ` +
      `of a regular expression matching none ${said(regexPreview, ms(regexPreview.ms))}, ` +
      `replacing ${findExpect.length} paragraphs (one request) ${said(replaced, replaced ? ms(replaced.ms) : '-')}`,
  ];
}

async function runOne(database: string, size: number, cluster: Cluster | null): Promise<void> {
  const file = await cached(`generated-${size}-v2.xlf`, (out) => writeXliff(out, size));
  let env: Record<string, string> = {};
  if (database === 'postgres') {
    if (!cluster) throw new Error('no cluster');
    const name = `tilik_large_${size}`;
    const admin = new pg.Client({ connectionString: cluster.adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    env = { TILIK_DATABASE_URL: cluster.adminUrl.replace(/\/postgres$/, `/${name}`) };
  }
  const server: RunningServer = await startServer(env);
  const memory = memoryOf(server.process.pid as number);
  const label = `${database === 'postgres' ? 'PostgreSQL' : 'SQLite'}, ${size.toLocaleString('en')} segments`;
  console.log(label);
  // each figure is printed as soon as it is known (a run of a million segments is long)
  const lines = { push: (...added: string[]) => added.forEach((line) => console.log(`  ${line}`)) };
  try {
    const admin = clientOf(server.url, await signIn(server.url, 'admin', DEMO_PASSWORD));
    const imported = await importThroughApi(admin, file, memory);
    lines.push(
      `import of a ${mb(fs.statSync(file).size)} XLIFF through the API: ${seconds(imported.ms)}, server peak ${mb(imported.peak)}; ` +
        `progress seen: ${
          imported.progress.length
            ? imported.progress
                .map((p) => `${Math.round(p * 100)}%`)
                .filter((p, k, all) => all.indexOf(p) === k)
                .slice(0, 8)
                .join(' ')
            : '-'
        }`,
    );
    const id = imported.id;
    if (imported.segments !== size) throw new Error(`the document has ${imported.segments} segments, not ${size}`);
    const firstPage = await admin.get(`/api/documents/${id}/segments?limit=100`);
    const withCheck = (JSON.parse(firstPage.body) as { items: Array<{ check?: unknown }> }).items.filter((item) => item.check).length;
    const summary = await admin.get(`/api/documents/${id}/findings`);
    lines.push(
      `first page of 100 segments with their findings (${withCheck} checked) ${ms(firstPage.ms)}; findings summary ${ms(summary.ms)} (${(summary.bytes / 1024).toFixed(1)} KB)`,
    );

    // background checking: all of it at 100,000; a rate over 30 s beyond
    const before = await pendingOf(admin, id);
    const start = performance.now();
    let pending = before;
    const limit = size <= 100_000 ? 600_000 : 30_000;
    while (pending > 0 && performance.now() - start < limit) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      pending = await pendingOf(admin, id);
    }
    const took = performance.now() - start;
    const rate = ((before - pending) / took) * 1000;
    lines.push(
      pending === 0
        ? `background checking: all ${size.toLocaleString('en')} checked ${seconds(took)} after the import (${rate.toFixed(0)} segments/s)`
        : `background checking: ${rate.toFixed(0)} segments/s (${pending.toLocaleString('en')} still pending after ${seconds(took)})`,
    );

    lines.push(...(await editorFigures(server.url, id, size)));
    const load = await underLoad(server.url, id, size);
    lines.push(...load.lines);
    lines.push(...(await reviewFigures(admin, id, size, load.adminId, load.since, memory)));
  } finally {
    memory.stop();
    await server.stop();
  }
}

export async function benchLarge(): Promise<void> {
  console.log(
    `large documents: sizes ${SIZES.map((size) => size.toLocaleString('en')).join(', ')} on ${DATABASES.join(', ')} (generated files kept in ${CACHE})`,
  );
  const cluster = DATABASES.includes('postgres') ? await startCluster() : null;
  try {
    for (const database of DATABASES) {
      for (const size of SIZES) {
        await runOne(database, size, cluster);
      }
    }
  } finally {
    cluster?.stop();
  }

  await benchQaCommand();
}

/**
 * `npm run bench -- qacli`: the qa command (as `npm run qa` runs it) on a 100,000-paragraph text
 * pair, three times (its memory depends on when the collector runs): wall time and the peak
 * resident memory of its process, threads included.
 */
export async function benchQaCommand(): Promise<void> {
  fs.mkdirSync(CACHE, { recursive: true });
  const source = path.join(CACHE, 'pair-100000-v2.en.txt');
  const target = path.join(CACHE, 'pair-100000-v2.id.txt');
  if (!fs.existsSync(source) || !fs.existsSync(target)) await writeTextPair(source, target, 100_000);
  const out = path.join(CACHE, 'qa-100000.json');
  for (let run = 1; run <= 3; run += 1) {
    const start = performance.now();
    const json = fs.openSync(out, 'w');
    const done = spawnSync(
      '/usr/bin/time',
      [
        '-f',
        '%M',
        'npm',
        'run',
        '--silent',
        'qa',
        '--',
        '--source',
        source,
        '--target',
        target,
        '--source-lang',
        'en',
        '--target-lang',
        'id',
        '--json',
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', json, 'pipe'],
      },
    );
    fs.closeSync(json);
    const took = performance.now() - start;
    const peakKb = Number(done.stderr.trim().split('\n').at(-1));
    console.log(
      `qa command, 100,000 paragraphs, run ${run}: ${seconds(took)}, peak ${Math.round(peakKb / 1024)} MB (exit ${done.status}; ${mb(fs.existsSync(out) ? fs.statSync(out).size : 0)} of JSON)`,
    );
  }
}

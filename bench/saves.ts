/**
 * Revision saves per second over HTTP on loopback: Tilik's real route (validation, optimistic
 * concurrency check, revision insert, segment update, event, response) against the minimal
 * Express + better-sqlite3 baseline, same connections and duration, in the same run.
 * Each autocannon connection owns one segment and sends the version the last answer gave it, so
 * every request is a real, accepted save (no 409s inflate the figure).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { ROOT, freePort, signIn, startServer } from '../test/helpers/server';

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_SAVE_SECONDS ?? 10);

interface SaveFigures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
}

function summarize(result: autocannon.Result): SaveFigures {
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

/**
 * Drives `url` with POSTs. `next()` chooses the path and body of each request; `done(body)` sees
 * each answer. (autocannon resets a request's context on every loop, so the state lives here.)
 */
async function load(
  url: string,
  next: () => { path: string; body: string },
  done?: (status: number, body: string) => void,
  headers: Record<string, string> = {},
) {
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        setupRequest: (request) => ({ ...request, ...next() }),
        onResponse: (status, body) => done?.(status, body),
      },
    ],
  });
  return summarize(await instance);
}

export async function benchSaves(): Promise<{ tilik: SaveFigures; baseline: SaveFigures }> {
  // baseline first, in its own process
  const port = await freePort();
  const baselineProcess = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'bench/baseline-server.ts')], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => baselineProcess.stdout?.once('data', () => resolve()));
  let row = 0;
  const baseline = await load(`http://127.0.0.1:${port}`, () => {
    row += 1;
    return {
      path: `/rows/${(row % CONNECTIONS) + 1}`,
      body: JSON.stringify({ text: `Revisi ${row}: pembatasan ekspor pada chip.`, baseVersion: row }),
    };
  });
  baselineProcess.kill('SIGTERM');

  const server = await startServer();
  try {
    // signed in: every save pays for the session lookup, the CSRF check and the role check
    const { cookie, csrfToken } = await signIn(server.url, 'admin');
    const auth = { cookie, 'x-csrf-token': csrfToken };
    const created = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({
        title: 'Bench',
        sourceLang: 'en',
        targetLang: 'id',
        segments: Array.from({ length: CONNECTIONS * 2 }, (_, i) => ({ source: `Export curbs ${i}.`, mt: `Trotoar ekspor ${i}.` })),
      }),
    });
    const document = (await created.json()) as { id: number };
    const page = (await (await fetch(`${server.url}/api/documents/${document.id}/segments?limit=500`, { headers: auth })).json()) as {
      items: Array<{ id: number }>;
    };
    // a segment is lent to one request at a time and comes back with the version its answer gave
    const versions = new Map(page.items.map((segment) => [segment.id, 0]));
    const free = page.items.map((segment) => segment.id);
    let conflicts = 0;
    let saves = 0;
    const tilik = await load(
      server.url,
      () => {
        const id = free.shift() ?? page.items[0]!.id;
        saves += 1;
        const text = `Revisi ${saves}: pembatasan ekspor pada chip NVIDIA dan teknologi lain.`;
        return { path: `/api/segments/${id}/revisions`, body: JSON.stringify({ text, baseVersion: versions.get(id) }) };
      },
      (status, body) => {
        const answer = JSON.parse(body) as {
          segment?: { id: number; version: number };
          current?: { segment: { id: number; version: number } };
        };
        const segment = answer.segment ?? answer.current?.segment;
        if (status === 409) conflicts += 1;
        if (!segment) return;
        versions.set(segment.id, segment.version);
        free.push(segment.id);
      },
      auth,
    );
    if (conflicts > 0) console.log(`  (${conflicts} saves answered 409: the bench lost track of a version)`);
    const fmt = (name: string, f: SaveFigures) =>
      `  ${name.padEnd(34)} ${f.rps.toFixed(0).padStart(6)} saves/s  p50 ${f.p50} ms  p99 ${f.p99} ms  ` +
      `(${f.total} requests, ${f.non2xx} non-2xx, ${f.errors} errors)`;
    console.log(`revision saves over HTTP, ${CONNECTIONS} connections, ${DURATION_S} s each`);
    console.log(fmt('baseline Express + better-sqlite3', baseline));
    console.log(fmt('Tilik POST /api/segments/:id/revisions', tilik));
    console.log(`  ratio Tilik / baseline: ${(tilik.rps / baseline.rps).toFixed(2)} (target at least 0.50)`);
    return { tilik, baseline };
  } finally {
    await server.stop();
  }
}

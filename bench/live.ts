/**
 * Live updates: how long from a save's request to every open view of the document receiving the
 * change over server-sent events. WATCHERS views listen on one document while SAVES saves are
 * made one after another, a few per second, as people typing would; the figure is the time from
 * sending each save to each view's receipt of its event (target: within a second).
 */
import http from 'node:http';
import { percentile, median } from './lib';
import { signIn, startServer } from '../test/helpers/server';

const WATCHERS = 20;
const SAVES = 100;
const PAUSE_MS = 60;

interface Watcher {
  close: () => void;
}

/** Opens the live feed and calls `onChange(data)` for each change event. */
function watch(url: string, cookie: string, onChange: (data: { revisionId: number | null }) => void): Promise<Watcher> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { cookie, accept: 'text/event-stream' } }, (response) => {
      if (response.statusCode !== 200) reject(new Error(`live feed answered ${response.statusCode}`));
      response.setEncoding('utf8');
      let buffer = '';
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          if (lines.includes('event: change')) {
            const data = lines.find((line) => line.startsWith('data: '));
            if (data) onChange(JSON.parse(data.slice(6)) as { revisionId: number | null });
          }
          end = buffer.indexOf('\n\n');
        }
      });
      resolve({ close: () => request.destroy() });
    });
    request.on('error', (error) => {
      if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(error);
    });
  });
}

export async function benchLive(): Promise<void> {
  const server = await startServer();
  const watchers: Watcher[] = [];
  try {
    const { cookie, csrfToken } = await signIn(server.url, 'admin');
    const headers = { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken };
    const segments = (await (await fetch(`${server.url}/api/documents/1/segments?limit=1`, { headers })).json()) as {
      items: Array<{ id: number; version: number }>;
    };
    const segment = segments.items[0];
    if (!segment) throw new Error('the demo document has no segments');

    const sentAt = new Map<number, number>();
    const pending = new Map<number, number>(); // revision id → views still to receive it
    const latencies: number[] = [];
    let early = 0;
    const arrivals = new Map<number, number[]>(); // events that came before their save's answer
    const record = (revisionId: number, at: number) => {
      const start = sentAt.get(revisionId);
      if (start === undefined) {
        early += 1;
        arrivals.set(revisionId, [...(arrivals.get(revisionId) ?? []), at]);
        return;
      }
      latencies.push(at - start);
      pending.set(revisionId, (pending.get(revisionId) ?? WATCHERS) - 1);
    };
    for (let i = 0; i < WATCHERS; i += 1) {
      watchers.push(
        await watch(`${server.url}/api/documents/1/live`, cookie, (data) => {
          if (data.revisionId !== null) record(data.revisionId, performance.now());
        }),
      );
    }

    let version = segment.version;
    for (let i = 0; i < SAVES; i += 1) {
      const start = performance.now();
      const response = await fetch(`${server.url}/api/segments/${segment.id}/revisions`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ text: `Revisi ${i}: pembatasan ekspor pada chip.`, baseVersion: version }),
      });
      const saved = (await response.json()) as { revision: { id: number }; segment: { version: number } };
      version = saved.segment.version;
      sentAt.set(saved.revision.id, start);
      for (const at of arrivals.get(saved.revision.id) ?? []) latencies.push(at - start);
      arrivals.delete(saved.revision.id);
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    }
    // let the last events arrive
    const deadline = performance.now() + 3000;
    while (latencies.length < SAVES * WATCHERS && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));

    const missing = SAVES * WATCHERS - latencies.length;
    console.log(`live updates: ${SAVES} saves, ${WATCHERS} open views of the document, one save every ~${PAUSE_MS} ms`);
    console.log(
      `  save sent → event received: median ${median(latencies).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, ` +
        `max ${Math.max(...latencies).toFixed(0)} ms (target under 1000 ms)`,
    );
    console.log(
      `  ${latencies.length} of ${SAVES * WATCHERS} events received${missing > 0 ? `, ${missing} MISSING` : ''}; ${early} arrived before the save's answer`,
    );
  } finally {
    for (const watcher of watchers) watcher.close();
    await server.stop();
  }
}

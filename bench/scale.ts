/**
 * `npm run bench -- scale`: Tilik on several servers. For SQLite's single server and for one, two
 * and three servers on one PostgreSQL database (a throwaway cluster with PostgreSQL's default,
 * durable settings), in one run: saves per second with writers spread over the servers, and the
 * time from a save's request to its event in views open on every server (the same server and the
 * others apart). Everything runs on this one machine (2 cores), the load generator included, so
 * more servers share the same cores: the figures say what coordination costs, not what more
 * machines would add.
 */
import http from 'node:http';
import pg from 'pg';
import { startCluster } from '../test/helpers/postgres';
import { DEMO_PASSWORD, signIn, startServer, type RunningServer, type SignedIn } from '../test/helpers/server';
import { median, percentile } from './lib';

const WRITERS = 40;
const SAVE_SECONDS = Number(process.env.BENCH_SCALE_SECONDS ?? 8);
const VIEWS = 12;
const SAVES = 60;
const PAUSE_MS = 60;

interface Setup {
  name: string;
  servers: RunningServer[];
}

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

async function benchDocument(server: RunningServer, admin: SignedIn, count: number): Promise<Array<{ id: number; version: number }>> {
  const headers = { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };
  const document = await json<{ id: number }>(
    await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        title: 'Scale',
        sourceLang: 'en',
        targetLang: 'id',
        segments: Array.from({ length: count }, (_, i) => ({ source: `Export curbs ${i}.`, mt: `Trotoar ekspor ${i}.` })),
      }),
    }),
  );
  return (
    await json<{ items: Array<{ id: number; version: number }> }>(
      await fetch(`${server.url}/api/documents/${document.id}/segments?limit=500`, { headers }),
    )
  ).items;
}

/** Saves per second: each writer owns its segments and saves against the version it last got. */
async function savesPerSecond(
  setup: Setup,
  sessions: SignedIn[],
  segments: Array<{ id: number; version: number }>,
): Promise<{ rate: number; p50: number; p99: number; conflicts: number }> {
  const versions = new Map(segments.map((segment) => [segment.id, segment.version]));
  let saves = 0;
  let conflicts = 0;
  const latencies: number[] = [];
  const end = performance.now() + SAVE_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, writer) => {
      const server = setup.servers[writer % setup.servers.length] as RunningServer;
      const session = sessions[writer] as SignedIn;
      const own = segments.filter((_, k) => k % WRITERS === writer);
      let turn = 0;
      while (performance.now() < end) {
        const segment = own[turn % own.length] as { id: number };
        turn += 1;
        const start = performance.now();
        const response = await fetch(`${server.url}/api/segments/${segment.id}/revisions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrfToken },
          body: JSON.stringify({
            text: `Revisi ${turn} oleh penulis ${writer}: pembatasan ekspor pada chip.`,
            baseVersion: versions.get(segment.id),
          }),
        });
        const answer = await json<{ segment?: { version: number } }>(response);
        latencies.push(performance.now() - start);
        if (response.status === 201 && answer.segment) {
          versions.set(segment.id, answer.segment.version);
          saves += 1;
        } else conflicts += 1;
      }
    }),
  );
  return { rate: saves / SAVE_SECONDS, p50: median(latencies), p99: percentile(latencies, 99), conflicts };
}

/** Opens a live feed and reports each change's revision id with the time it arrived. */
function view(
  server: RunningServer,
  session: SignedIn,
  documentId: number,
  onChange: (revisionId: number, at: number) => void,
): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      `${server.url}/api/documents/${documentId}/live`,
      { headers: { cookie: session.cookie, accept: 'text/event-stream' } },
      (response) => {
        if (response.statusCode !== 200) reject(new Error(`live feed answered ${response.statusCode}`));
        response.setEncoding('utf8');
        let buffer = '';
        response.on('data', (chunk: string) => {
          buffer += chunk;
          for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
            const lines = buffer.slice(0, end).split('\n');
            buffer = buffer.slice(end + 2);
            const data = lines.find((line) => line.startsWith('data: '));
            if (lines.includes('event: change') && data) {
              const revisionId = (JSON.parse(data.slice(6)) as { revisionId: number | null }).revisionId;
              if (revisionId !== null) onChange(revisionId, performance.now());
            }
          }
        });
        resolve(() => request.destroy());
      },
    );
    request.on('error', (error) => {
      if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(error);
    });
  });
}

/** The time from a save's request to its event in every view, on the saving server and the others. */
async function saveToEvent(setup: Setup, sessions: SignedIn[], segment: { id: number; version: number }, documentId: number) {
  const arrivals = new Map<number, Array<{ server: number; at: number }>>();
  const closers: Array<() => void> = [];
  for (let k = 0; k < VIEWS; k += 1) {
    const server = k % setup.servers.length;
    closers.push(
      await view(setup.servers[server] as RunningServer, sessions[k] as SignedIn, documentId, (revisionId, at) =>
        arrivals.set(revisionId, [...(arrivals.get(revisionId) ?? []), { server, at }]),
      ),
    );
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  const same: number[] = [];
  const other: number[] = [];
  const sent: Array<{ revisionId: number; server: number; start: number }> = [];
  let version = segment.version;
  for (let i = 0; i < SAVES; i += 1) {
    const server = i % setup.servers.length;
    const session = sessions[i % sessions.length] as SignedIn;
    const start = performance.now();
    const response = await fetch(`${(setup.servers[server] as RunningServer).url}/api/segments/${segment.id}/revisions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrfToken },
      body: JSON.stringify({ text: `Langsung ${i}: pembatasan ekspor.`, baseVersion: version }),
    });
    const saved = await json<{ revision: { id: number }; segment: { version: number } }>(response);
    version = saved.segment.version;
    sent.push({ revisionId: saved.revision.id, server, start });
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  }
  const deadline = performance.now() + 3000;
  while (performance.now() < deadline && sent.some((s) => (arrivals.get(s.revisionId)?.length ?? 0) < VIEWS))
    await new Promise((resolve) => setTimeout(resolve, 20));
  let missing = 0;
  for (const save of sent) {
    const got = arrivals.get(save.revisionId) ?? [];
    missing += VIEWS - got.length;
    for (const arrival of got) (arrival.server === save.server ? same : other).push(arrival.at - save.start);
  }
  for (const close of closers) close();
  return { same, other, missing };
}

async function run(setup: Setup): Promise<string> {
  const first = setup.servers[0] as RunningServer;
  const admin = await signIn(first.url, 'admin', DEMO_PASSWORD);
  const segments = await benchDocument(first, admin, WRITERS * 3 + 1);
  const live = segments.pop() as { id: number; version: number };
  const documentId =
    (await json<{ items: Array<{ id: number }> }>(await fetch(`${first.url}/api/documents`, { headers: { cookie: admin.cookie } })))
      .items[0]?.id ?? 0;
  // one session per writer, each on the server it writes to (signed in one after the other)
  const sessions: SignedIn[] = [];
  for (let k = 0; k < WRITERS; k += 1)
    sessions.push(await signIn((setup.servers[k % setup.servers.length] as RunningServer).url, 'admin', DEMO_PASSWORD));
  const saves = await savesPerSecond(setup, sessions, segments);
  const events = await saveToEvent(setup, sessions, live, documentId);
  const fmt = (values: number[]) =>
    values.length === 0 ? '   -   ' : `${median(values).toFixed(0).padStart(3)} / ${percentile(values, 95).toFixed(0).padStart(3)} ms`;
  return (
    `${setup.name.padEnd(24)} ${saves.rate.toFixed(0).padStart(6)} saves/s (p50 ${saves.p50.toFixed(0)} ms, p99 ${saves.p99.toFixed(0)} ms${saves.conflicts ? `, ${saves.conflicts} conflicts` : ''})` +
    `   save → event, median / p95: same server ${fmt(events.same)}, other servers ${fmt(events.other)}${events.missing ? `, ${events.missing} MISSING` : ''}`
  );
}

export async function benchScale(): Promise<void> {
  console.log(
    `scale: ${WRITERS} writers for ${SAVE_SECONDS} s spread over the servers; then ${SAVES} saves seen by ${VIEWS} views spread over the servers`,
  );
  const lines: string[] = [];
  const sqlite = await startServer();
  try {
    lines.push(await run({ name: 'SQLite, 1 server', servers: [sqlite] }));
  } finally {
    await sqlite.stop();
  }
  const cluster = await startCluster();
  try {
    for (const count of [1, 2, 3]) {
      const name = `tilik_scale_${count}`;
      const admin = new pg.Client({ connectionString: cluster.adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = cluster.adminUrl.replace(/\/postgres$/, `/${name}`);
      const servers: RunningServer[] = [await startServer({ TILIK_DATABASE_URL: url })];
      for (let k = 1; k < count; k += 1) servers.push(await startServer({ TILIK_DATABASE_URL: url, TILIK_SEED_DEMO: '0' }));
      try {
        lines.push(await run({ name: `PostgreSQL, ${count} server${count > 1 ? 's' : ''}`, servers }));
      } finally {
        await Promise.all(servers.map((server) => server.stop()));
      }
    }
  } finally {
    cluster.stop();
  }
  for (const line of lines) console.log(`  ${line}`);
}

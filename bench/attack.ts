/**
 * `npm run bench -- attack`: an attack run against the real server on loopback, with figures:
 * fuzzed requests over HTTP (and how many got a 5xx), the time to refuse each hostile XML file and
 * what a health check waited meanwhile, the server's memory for a 6,000:1 text pair, 150 sign-ins
 * at once, and how long a live feed outlives the role it was opened with. Never passes or fails.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { readmeRoutes, RequestGenerator, type IdKind, type Who } from '../test/helpers/attack';
import { HOSTILE_XML } from '../test/helpers/hostileXml';
import { DEMO_PASSWORD, signIn, startServer, type RunningServer, type SignedIn } from '../test/helpers/server';
import { median, percentile } from './lib';

const REQUESTS = Number(process.env.ATTACK_REQUESTS ?? 10_500);

/** The node process serving (tsx starts it as its child). */
function serverPid(server: RunningServer): number {
  const children = spawnSync('ps', ['-o', 'pid=', '--ppid', String(server.process.pid)], { encoding: 'utf8' })
    .stdout.trim()
    .split(/\s+/);
  return Number(children.at(-1) ?? server.process.pid);
}

function memoryOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

async function call(url: string, who: SignedIn | null, method: string, path: string, body?: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(who ? { cookie: who.cookie, 'X-CSRF-Token': who.csrfToken } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

function multipart(fields: Record<string, string>, files: Record<string, { name: string; text: string }>): { body: Buffer; type: string } {
  const boundary = 'attack-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  for (const [name, file] of Object.entries(files)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${file.name}"\r\n\r\n`),
      Buffer.from(file.text),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` };
}

export async function benchAttack(): Promise<void> {
  console.log(`Attack run against a real server on loopback (${REQUESTS} fuzzed requests)`);
  const server = await startServer({ TILIK_TRUST_PROXY: 'loopback' });
  try {
    const pid = serverPid(server);
    const admin = await signIn(server.url, 'admin', DEMO_PASSWORD);
    const translator = await signIn(server.url, 'translator', DEMO_PASSWORD);

    // what the fuzzer aims at: the demo, a second document, revisions, an annotation, a term, people
    const ids: Record<IdKind, number[]> = {
      document: [],
      segment: [],
      revision: [],
      annotation: [],
      term: [],
      proposal: [],
      user: [],
      token: [],
    };
    for (let k = 0; k < 2; k += 1) {
      const created = await call(server.url, admin, 'POST', '/api/documents', {
        title: `Target ${k}`,
        sourceLang: 'en',
        targetLang: 'id',
        segments: [
          { source: 'Export curbs slowed progress.', mt: 'Trotoar ekspor memperlambat kemajuan.' },
          { source: 'The weather is nice.', mt: 'Cuacanya bagus.' },
        ],
      });
      const documentId = created.body.id as number;
      ids.document.push(documentId);
      const page = await call(server.url, admin, 'GET', `/api/documents/${documentId}/segments`);
      const segments = page.body.items as Array<{ id: number }>;
      ids.segment.push(...segments.map((segment) => segment.id));
      const saved = await call(server.url, admin, 'POST', `/api/segments/${segments[0]?.id}/revisions`, {
        text: 'Pembatasan ekspor.',
        baseVersion: 0,
      });
      ids.revision.push((saved.body.revision as { id: number }).id);
      const annotation = await call(server.url, admin, 'POST', `/api/segments/${segments[0]?.id}/annotations`, {
        revisionId: null,
        start: 0,
        end: 3,
        category: 'terminology',
        severity: 'minor',
      });
      ids.annotation.push(annotation.body.id as number);
    }
    const term = await call(server.url, admin, 'POST', '/api/glossary/terms', {
      sourceLang: 'en',
      targetLang: 'id',
      source: 'attack term',
      target: 'istilah',
    });
    ids.term.push(term.body.id as number);
    const users = (await call(server.url, admin, 'GET', '/api/users')).body.items as Array<{ id: number; username: string }>;
    ids.user.push(...users.filter((user) => user.username !== 'admin').map((user) => user.id));

    // 1. fuzzing over HTTP
    const generator = new RequestGenerator(Number(process.env.FUZZ_SEED ?? 20261130), ids);
    const sessions: Record<Who, SignedIn | null> = { admin, translator, anonymous: null };
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    const started = performance.now();
    for (let n = 0; n < REQUESTS; n += 1) {
      const next = generator.next();
      // each request from an address of its own, so that sign-in limits do not stop the run early
      const from = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
      // the sign-out route gets a session of its own (the fuzzer may have locked or reset that account: then none)
      const who =
        next.route.throwaway && next.who !== 'anonymous'
          ? await signIn(server.url, 'reviewer', DEMO_PASSWORD).catch(() => null)
          : sessions[next.who];
      const response = await fetch(`${server.url}${next.url}`, {
        method: next.method.toUpperCase(),
        headers: { ...next.headers, 'X-Forwarded-For': from, ...(who ? { cookie: who.cookie, 'X-CSRF-Token': who.csrfToken } : {}) },
        ...(next.body ? { body: new Uint8Array(next.body) } : {}),
      });
      await response.arrayBuffer();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status >= 500) failures.push(`${next.method.toUpperCase()} ${next.url.slice(0, 120)}: ${response.status}`);
      if (response.status === 401 && who && next.who !== 'anonymous' && next.route.path !== '/api/session') {
        // a sign-in sent with this session's cookie ends it (a login always starts a new one): sign in again
        sessions[next.who] = await signIn(server.url, next.who, DEMO_PASSWORD).catch(() => null);
        if (next.who === 'admin' && sessions.admin) Object.assign(admin, sessions.admin);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const byStatus = [...statuses]
      .sort((a, b) => a[0] - b[0])
      .map(([status, count]) => `${status}: ${count}`)
      .join(', ');
    console.log(
      `fuzz: ${REQUESTS} requests over ${readmeRoutes(fs.readFileSync('README.md', 'utf8')).length} routes in ${seconds.toFixed(1)} s; 5xx: ${failures.length}; by status ${byStatus}`,
    );
    for (const failure of failures.slice(0, 10)) console.log(`  5xx: ${failure}`);

    // 2. hostile XML: time to refuse, and what a health check waits meanwhile
    for (const [name, kind, content] of HOSTILE_XML) {
      const form = multipart(kind === 'tbx' ? { sourceLang: 'en', targetLang: 'id', mode: 'merge' } : {}, {
        file: { name: `hostile.${kind}`, text: content },
      });
      const path = kind === 'tbx' ? '/api/glossary/import' : '/api/documents/import';
      const waits: number[] = [];
      let done = false;
      const probing = (async () => {
        while (!done) {
          const t = performance.now();
          await (await fetch(`${server.url}/api/health`)).arrayBuffer();
          waits.push(performance.now() - t);
        }
      })();
      const t = performance.now();
      const response = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { cookie: admin.cookie, 'X-CSRF-Token': admin.csrfToken, 'Content-Type': form.type },
        body: new Uint8Array(form.body),
      });
      const answer = (await response.json()) as { error?: { message?: string } };
      const ms = performance.now() - t;
      done = true;
      await probing;
      console.log(
        `hostile XML: ${name.padEnd(46)} ${(content.length / 1024).toFixed(0).padStart(5)} KB -> ${response.status} in ${ms.toFixed(0).padStart(4)} ms; health meanwhile max ${Math.max(...waits).toFixed(0)} ms (${answer.error?.message?.slice(0, 70) ?? ''})`,
      );
    }

    // 3. the aligner on a 6,000:1 text pair
    const before = memoryOf(pid);
    const pair = multipart(
      { title: '6000 to 1', sourceLang: 'en', targetLang: 'id' },
      {
        source: { name: 'source.txt', text: Array.from({ length: 6000 }, (_, k) => `Line ${k}.`).join('\n\n') },
        target: { name: 'target.txt', text: 'x'.repeat(40_000) },
      },
    );
    const t = performance.now();
    const aligned = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { cookie: admin.cookie, 'X-CSRF-Token': admin.csrfToken, 'Content-Type': pair.type },
      body: new Uint8Array(pair.body),
    });
    const document = (await aligned.json()) as { segmentCount?: number };
    const after = memoryOf(pid);
    console.log(
      `aligner 6,000:1: ${aligned.status} (${document.segmentCount ?? '?'} segments) in ${(performance.now() - t).toFixed(0)} ms; server RSS ${before.rss.toFixed(0)} -> ${after.rss.toFixed(0)} MB, peak ${before.peak.toFixed(0)} -> ${after.peak.toFixed(0)} MB`,
    );

    // 4. sign-ins sent all at once
    const attempts = await Promise.all(
      Array.from({ length: 150 }, async () => {
        const response = await fetch(`${server.url}/api/session`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.7' },
          body: JSON.stringify({ username: 'editor', password: 'a wrong guess' }),
        });
        await response.arrayBuffer();
        return response.status;
      }),
    );
    const checked = attempts.filter((status) => status === 401).length;
    console.log(
      `sign-ins at once: 150 to one account -> ${checked} password checks, ${attempts.filter((status) => status === 429).length} refused with 429`,
    );

    // 5. a live feed after the role it was opened with is removed (someone the fuzzer never touched)
    const documentId = ids.document[0] as number;
    const watcher = await call(server.url, admin, 'POST', '/api/users', {
      username: 'watcher',
      role: null,
      password: 'kopi tubruk di teras',
    });
    const watcherId = (watcher.body.user as { id: number }).id;
    await call(server.url, admin, 'PUT', `/api/documents/${documentId}/members`, { userId: watcherId, role: 'translator' });
    const feed = await signIn(server.url, 'watcher', 'kopi tubruk di teras');
    const ends: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      const controller = new AbortController();
      const response = await fetch(`${server.url}/api/documents/${documentId}/live`, {
        headers: { cookie: feed.cookie },
        signal: controller.signal,
      });
      const reader = response.body?.getReader();
      if (!reader) break;
      await reader.read();
      const removedAt = performance.now();
      await call(server.url, admin, 'PUT', `/api/documents/${documentId}/members`, { userId: watcherId, role: null });
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) break;
      }
      ends.push(performance.now() - removedAt);
      await call(server.url, admin, 'PUT', `/api/documents/${documentId}/members`, { userId: watcherId, role: 'translator' });
    }
    console.log(
      `live feed after its role is removed: ended within median ${median(ends).toFixed(0)} ms, max ${percentile(ends, 100).toFixed(0)} ms (${ends.length} rounds)`,
    );
  } finally {
    await server.stop();
  }
}

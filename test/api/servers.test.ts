/**
 * Several servers on one PostgreSQL database, as behind a load balancer: two real server processes
 * started together on an empty database (the demo is made once), a save through one appears live
 * in a view open on the other, who has the document open is the same on both, and twenty writers
 * spread over both lose no acknowledged save.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Segment } from '../../shared/schemas';
import { createTestDatabase } from '../helpers/postgres';
import { DEMO_PASSWORD, signIn, startServer, type RunningServer, type SignedIn } from '../helpers/server';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let servers: RunningServer[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  servers = await Promise.all([startServer({ TILIK_DATABASE_URL: database.url }), startServer({ TILIK_DATABASE_URL: database.url })]);
}, 90_000);
afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await database.drop();
});

async function api<T>(
  server: RunningServer,
  who: SignedIn,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { cookie: who.cookie, 'X-CSRF-Token': who.csrfToken, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as T };
}

/** A live feed read as EventSource reads it, with a way to wait for what arrives. */
async function feed(server: RunningServer, who: SignedIn, documentId: number) {
  const controller = new AbortController();
  const response = await fetch(`${server.url}/api/documents/${documentId}/live`, {
    headers: { cookie: who.cookie },
    signal: controller.signal,
  });
  const reader = response.body?.getReader();
  if (!reader) throw new Error('no feed');
  const decoder = new TextDecoder();
  let text = '';
  return {
    until: async (pattern: RegExp) => {
      while (!pattern.test(text)) {
        const chunk = await reader.read();
        if (chunk.done) throw new Error(`feed ended before ${pattern}: ${text}`);
        text += decoder.decode(chunk.value, { stream: true });
      }
      return text;
    },
    close: () => controller.abort(),
  };
}

describe('two servers on one PostgreSQL database', () => {
  it('made the demo once, though both started on an empty database', async () => {
    const [first, second] = servers as [RunningServer, RunningServer];
    const admin = await signIn(second.url, 'admin', DEMO_PASSWORD);
    const fromFirst = await api<{ items: unknown[] }>(first, await signIn(first.url, 'admin', DEMO_PASSWORD), 'GET', '/api/documents');
    const fromSecond = await api<{ items: unknown[] }>(second, admin, 'GET', '/api/documents');
    expect(fromFirst.body.items).toHaveLength(1);
    expect(fromSecond.body.items).toEqual(fromFirst.body.items);
  });

  it('a save through one appears live in a view open on the other, and both know who is there', async () => {
    const [first, second] = servers as [RunningServer, RunningServer];
    const editor = await signIn(first.url, 'editor', DEMO_PASSWORD);
    const translator = await signIn(second.url, 'translator', DEMO_PASSWORD);
    const documentId = (await api<{ items: Array<{ id: number }> }>(first, editor, 'GET', '/api/documents')).body.items[0]?.id ?? 0;
    const onSecond = await feed(second, translator, documentId);
    await onSecond.until(/event: presence\ndata: \{"users":\[\{"id":\d+,"name":"Tari \(translator\)"\}\]\}/);
    const onFirst = await feed(first, editor, documentId);
    // the translator's view on the second server learns the editor opened it on the first
    await onSecond.until(/"name":"Edo \(editor\)"/);
    const segment = (await api<{ items: Segment[] }>(first, editor, 'GET', `/api/documents/${documentId}/segments?limit=1`)).body
      .items[0] as Segment;
    const saved = await api<{ revision: { id: number } }>(first, editor, 'POST', `/api/segments/${segment.id}/revisions`, {
      text: 'Disimpan di server pertama.',
      baseVersion: segment.version,
    });
    expect(saved.status).toBe(201);
    const text = await onSecond.until(/event: change\ndata: .*Disimpan di server pertama/);
    expect(text).toContain(`"revisionId":${saved.body.revision.id}`);
    onFirst.close();
    onSecond.close();
  });

  it('twenty writers spread over both servers, retrying on conflict, lose no acknowledged save', async () => {
    const [first, second] = servers as [RunningServer, RunningServer];
    const admin = await signIn(first.url, 'admin', DEMO_PASSWORD);
    const documentId = (await api<{ items: Array<{ id: number }> }>(first, admin, 'GET', '/api/documents')).body.items[0]?.id ?? 0;
    const segments = (await api<{ items: Segment[] }>(first, admin, 'GET', `/api/documents/${documentId}/segments?limit=5`)).body.items;
    // signed in one after the other: sign-ins at once would count against the account's limit
    const sessions: SignedIn[] = [];
    for (let k = 0; k < 20; k += 1) sessions.push(await signIn((k % 2 === 0 ? first : second).url, 'admin', DEMO_PASSWORD));
    const acknowledged: Array<{ segmentId: number; revisionId: number }> = [];
    await Promise.all(
      sessions.map(async (session, writer) => {
        const server = writer % 2 === 0 ? first : second;
        for (let n = 0; n < 5; n += 1) {
          const segment = segments[(writer + n) % segments.length] as Segment;
          for (let tries = 0; tries < 100; tries += 1) {
            const current = (await api<Segment>(server, session, 'GET', `/api/segments/${segment.id}`)).body;
            const saved = await api<{ revision: { id: number } }>(server, session, 'POST', `/api/segments/${segment.id}/revisions`, {
              text: `Penulis ${writer}, simpanan ${n}.`,
              baseVersion: current.version,
            });
            if (saved.status === 201) {
              acknowledged.push({ segmentId: segment.id, revisionId: saved.body.revision.id });
              break;
            }
            expect(saved.status).toBe(409);
          }
        }
      }),
    );
    expect(acknowledged).toHaveLength(100);
    for (const segment of segments) {
      const history = (
        await api<{ items: Array<{ id: number }> }>(second, admin, 'GET', `/api/segments/${segment.id}/revisions`)
      ).body.items.map((r) => r.id);
      for (const saved of acknowledged.filter((a) => a.segmentId === segment.id)) expect(history).toContain(saved.revisionId);
    }
  }, 120_000);
});

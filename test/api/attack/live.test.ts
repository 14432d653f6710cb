/**
 * A live feed lasts only as long as the access it was opened with: it ends, with a last event that
 * says why, when the person's role on the document is removed, they sign out, their account is
 * disabled, their password changes or the token it was opened with is revoked, on every server
 * process sharing the database; access is checked again before changes are sent (an answer of the
 * last seconds stands, never past its session's end); and a session cannot open feeds without end.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ACCESS_FRESH_MS, MAX_FEEDS_PER_SESSION } from '../../../server/live/hub';
import { hashToken, parseCookies, SESSION_COOKIE } from '../../../server/auth/sessions';
import type { Segment } from '../../../shared/schemas';
import { buildDocument, createHarness, listen, TEST_PASSWORD, type Harness } from '../../helpers/api';
import { DEMO_PASSWORD, signIn, startServer, type RunningServer, type SignedIn } from '../../helpers/server';

/** A live feed read as a browser's EventSource reads it. */
interface Feed {
  /** Waits for text matching the pattern; fails if the feed ends first. */
  next: (pattern: RegExp) => Promise<void>;
  /** Resolves with everything received when the server closes the feed. */
  closed: Promise<string>;
  received: () => string;
  abort: () => void;
}

async function openFeed(url: string, documentId: number, who: SignedIn | { bearer: string }): Promise<Feed> {
  const controller = new AbortController();
  const credentials: Record<string, string> = 'bearer' in who ? { authorization: `Bearer ${who.bearer}` } : { cookie: who.cookie };
  const response = await fetch(`${url}/api/documents/${documentId}/live`, {
    headers: { ...credentials, accept: 'text/event-stream' },
    signal: controller.signal,
  });
  if (response.status !== 200) throw new Error(`feed refused: ${response.status} ${await response.text()}`);
  const reader = response.body?.getReader();
  if (!reader) throw new Error('no body');
  const decoder = new TextDecoder();
  let text = '';
  let done = false;
  const waiters = new Set<() => void>();
  const closed = (async () => {
    try {
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) break;
        text += decoder.decode(chunk.value, { stream: true });
        for (const wake of waiters) wake();
      }
    } catch {
      // aborted by the test
    }
    done = true;
    for (const wake of waiters) wake();
    return text;
  })();
  const next = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (pattern.test(text)) {
          waiters.delete(check);
          resolve();
        } else if (done) {
          waiters.delete(check);
          reject(new Error(`feed ended before ${pattern}: ${text}`));
        }
      };
      waiters.add(check);
      check();
    });
  return { next, closed, received: () => text, abort: () => controller.abort() };
}

const ENDED = (reason: string) => new RegExp(`event: ended\\ndata: \\{"reason":"${reason}"\\}`);

describe('on one server', () => {
  let h: Harness;
  let url: string;
  let server: Awaited<ReturnType<typeof listen>>;
  let ahead = 0;
  beforeAll(async () => {
    h = await createHarness({ now: () => new Date(Date.now() + ahead) });
    server = await listen(h.app);
    url = server.url;
  });
  afterAll(async () => {
    await server.close();
    await h.close();
  });

  async function documentWithFeed() {
    const { document, segments } = await buildDocument(h.services);
    const translator = await signIn(url, 'translator', TEST_PASSWORD);
    const feed = await openFeed(url, document.id, translator);
    await feed.next(/event: presence/);
    return { document, segment: segments[0] as Segment, translator, feed };
  }

  async function saveAsEditor(segment: Segment, text: string) {
    const editor = await h.as('editor');
    const current = (await editor.get(`/api/segments/${segment.id}`)).body as Segment;
    expect((await editor.post(`/api/segments/${segment.id}/revisions`).send({ text, baseVersion: current.version })).status).toBe(201);
  }

  it('ends when their role on the document is removed, and sends nothing after', async () => {
    const { document, segment, feed } = await documentWithFeed();
    await saveAsEditor(segment, 'Sebelum dicabut.');
    await feed.next(/Sebelum dicabut/);
    expect((await h.api.put(`/api/documents/${document.id}/members`).send({ userId: h.users.translator.id, role: null })).status).toBe(200);
    const all = await feed.closed;
    expect(all).toMatch(ENDED('access_removed'));
    await saveAsEditor(segment, 'Sesudah dicabut: rahasia.');
    expect(all).not.toContain('rahasia');
  });

  it('ends when they sign out', async () => {
    const { feed, translator } = await documentWithFeed();
    const out = await fetch(`${url}/api/session`, {
      method: 'DELETE',
      headers: { cookie: translator.cookie, 'X-CSRF-Token': translator.csrfToken },
    });
    expect(out.status).toBe(204);
    expect(await feed.closed).toMatch(ENDED('signed_out'));
  });

  it('ends when their account is disabled', async () => {
    const { feed, segment } = await documentWithFeed();
    expect((await h.api.patch(`/api/users/${h.users.translator.id}`).send({ disabled: true })).status).toBe(200);
    const all = await feed.closed;
    expect(all).toMatch(ENDED('signed_out'));
    await saveAsEditor(segment, 'Setelah dinonaktifkan.');
    expect(all).not.toContain('Setelah dinonaktifkan');
    expect((await h.api.patch(`/api/users/${h.users.translator.id}`).send({ disabled: false })).status).toBe(200);
  });

  it('ends when their password is reset', async () => {
    const { feed } = await documentWithFeed();
    expect((await h.api.post(`/api/users/${h.users.translator.id}/password`).send({ password: TEST_PASSWORD })).status).toBe(200);
    expect(await feed.closed).toMatch(ENDED('signed_out'));
  });

  it('asks about access again within seconds, not before every change', async () => {
    const { segment, feed, translator } = await documentWithFeed();
    const sessionId = hashToken(parseCookies(translator.cookie)[SESSION_COOKIE] ?? '');
    const asked = vi.spyOn(h.services.people, 'session');
    const started = performance.now();
    try {
      for (let k = 1; k <= 4; k += 1) {
        await saveAsEditor(segment, `Perubahan ke-${k}.`);
        await feed.next(new RegExp(`Perubahan ke-${k}`));
      }
      const elapsed = performance.now() - started;
      const askedForFeed = asked.mock.calls.filter(([id]) => id === sessionId).length;
      // once per ACCESS_FRESH_MS at most, however slow the machine (four times when asked per change)
      expect(askedForFeed).toBeLessThanOrEqual(Math.ceil(elapsed / ACCESS_FRESH_MS) + 1);
      expect(askedForFeed).toBeLessThan(4);
    } finally {
      asked.mockRestore();
    }
  });

  it('ends when the API token it was opened with is revoked, and sends nothing after', async () => {
    const { document, segments } = await buildDocument(h.services);
    const translator = await signIn(url, 'translator', TEST_PASSWORD);
    const asTranslator = { cookie: translator.cookie, 'X-CSRF-Token': translator.csrfToken };
    const made = await fetch(`${url}/api/session/tokens`, {
      method: 'POST',
      headers: { ...asTranslator, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'feed reader' }),
    });
    expect(made.status).toBe(201);
    const { id, token } = (await made.json()) as { id: number; token: string };
    const feed = await openFeed(url, document.id, { bearer: token });
    await feed.next(/event: presence/);
    await saveAsEditor(segments[0] as Segment, 'Sebelum token dicabut.');
    await feed.next(/Sebelum token dicabut/);
    expect((await fetch(`${url}/api/session/tokens/${id}`, { method: 'DELETE', headers: asTranslator })).status).toBe(204);
    // ended by the revocation itself, with no change to send
    const all = await feed.closed;
    expect(all).toMatch(ENDED('signed_out'));
    await saveAsEditor(segments[0] as Segment, 'Sesudah token dicabut: rahasia.');
    expect(all).not.toContain('rahasia');
  });

  it('checks access again before each change: a session that lapsed meanwhile gets nothing more', async () => {
    const { segment, feed } = await documentWithFeed();
    // fifteen days later the session is past its lifetime; nothing in the log says so
    ahead += 15 * 24 * 60 * 60 * 1000;
    try {
      await saveAsEditor(segment, 'Kabar baru yang tidak boleh bocor.');
      const all = await feed.closed;
      expect(all).toMatch(ENDED('signed_out'));
      expect(all).not.toContain('tidak boleh bocor');
    } finally {
      ahead = 0;
    }
  });

  it(`allows ${MAX_FEEDS_PER_SESSION} feeds per session, and refuses more with 429`, async () => {
    const { document } = await buildDocument(h.services);
    const reviewer = await signIn(url, 'reviewer', TEST_PASSWORD);
    const feeds = await Promise.all(Array.from({ length: MAX_FEEDS_PER_SESSION }, () => openFeed(url, document.id, reviewer)));
    const refused = await fetch(`${url}/api/documents/${document.id}/live`, { headers: { cookie: reviewer.cookie } });
    expect(refused.status).toBe(429);
    expect((await refused.json()).error.code).toBe('too_many_streams');
    // another session of the same person is not affected
    const other = await signIn(url, 'reviewer', TEST_PASSWORD);
    const more = await openFeed(url, document.id, other);
    more.abort();
    for (const feed of feeds) feed.abort();
  });
});

describe('on two server processes sharing the database', () => {
  let dir: string;
  let servers: RunningServer[] = [];
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-live-'));
    const dbFile = path.join(dir, 'shared.db');
    servers = [await startServer({ TILIK_DB: dbFile }), await startServer({ TILIK_DB: dbFile, TILIK_SEED_DEMO: '0' })];
  }, 60_000);
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a role removed through one ends the feed open on the other', async () => {
    const [first, second] = servers as [RunningServer, RunningServer];
    const admin = await signIn(second.url, 'admin', DEMO_PASSWORD);
    const documents = (await (await fetch(`${second.url}/api/documents`, { headers: { cookie: admin.cookie } })).json()) as {
      items: Array<{ id: number }>;
    };
    const documentId = (documents.items[0] as { id: number }).id;
    const users = (await (await fetch(`${second.url}/api/users`, { headers: { cookie: admin.cookie } })).json()) as {
      items: Array<{ id: number; username: string }>;
    };
    const translatorId = users.items.find((user) => user.username === 'translator')?.id;
    const translator = await signIn(first.url, 'translator', DEMO_PASSWORD);
    const feed = await openFeed(first.url, documentId, translator);
    await feed.next(/event: presence/);
    const removed = await fetch(`${second.url}/api/documents/${documentId}/members`, {
      method: 'PUT',
      headers: { cookie: admin.cookie, 'X-CSRF-Token': admin.csrfToken, 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: translatorId, role: null }),
    });
    expect(removed.status).toBe(200);
    expect(await feed.closed).toMatch(ENDED('access_removed'));
  });

  it('signing out through one ends the feed open on the other', async () => {
    const [first, second] = servers as [RunningServer, RunningServer];
    const editor = await signIn(first.url, 'editor', DEMO_PASSWORD);
    const documents = (await (await fetch(`${first.url}/api/documents`, { headers: { cookie: editor.cookie } })).json()) as {
      items: Array<{ id: number }>;
    };
    const feed = await openFeed(first.url, (documents.items[0] as { id: number }).id, editor);
    await feed.next(/event: presence/);
    const out = await fetch(`${second.url}/api/session`, {
      method: 'DELETE',
      headers: { cookie: editor.cookie, 'X-CSRF-Token': editor.csrfToken },
    });
    expect(out.status).toBe(204);
    expect(await feed.closed).toMatch(ENDED('signed_out'));
  });
});

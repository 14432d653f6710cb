/**
 * API test harness: a real store per test file (SQLite in a temporary file; PostgreSQL, a fresh
 * database on the test cluster, when TILIK_TEST_DATABASE=postgres), the real app, one account per
 * role, clients signed in as each (cookie and CSRF token handled), and builders that create what a
 * test needs through the services.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import request from 'supertest';
import { hashPassword, type ScryptCost } from '../../server/auth/passwords';
import { createApp, type TilikApp } from '../../server/app';
import type { LoginLimits } from '../../server/auth/login';
import type { Limits } from '../../server/routes/deps';
import type { JobPools } from '../../server/jobs/runner';
import type { TaskRunner } from '../../server/workers/pool';
import { createServices, type Services } from '../../server/services';
import { openStore } from '../../server/store';
import { SYSTEM_USER_ID, type Store } from '../../server/store/types';
import { createTestDatabase } from './postgres';
import type { Role } from '../../shared/permissions';
import type { CreateDocumentBody, DocumentSummary, Segment, User } from '../../shared/schemas';

/** Cheap scrypt for tests (the product's default is 2^15): hashing must not dominate the suite. */
export const TEST_COST: ScryptCost = { N: 1024, r: 8, p: 1 };
export const TEST_PASSWORD = 'correct horse battery';

export interface Client {
  get: (url: string) => request.Test;
  post: (url: string) => request.Test;
  put: (url: string) => request.Test;
  patch: (url: string) => request.Test;
  delete: (url: string) => request.Test;
  csrfToken: string;
  user: User;
}

export interface Harness {
  store: Store;
  services: Services;
  app: TilikApp;
  logged: unknown[];
  users: Record<Role, User>;
  /** Signed in as admin: most tests do not care who acts. */
  api: Client;
  /** Signs in (a new session) as one of the accounts, or any username with the test password. */
  as: (who: Role | string) => Promise<Client>;
  close: () => Promise<void>;
}

export async function login(app: Express, username: string, password = TEST_PASSWORD): Promise<Client> {
  const agent = request.agent(app);
  const response = await agent.post('/api/session').send({ username, password });
  if (response.status !== 200) throw new Error(`login as ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
  const csrfToken = response.body.csrfToken as string;
  const withToken = (test: request.Test) => test.set('X-CSRF-Token', csrfToken);
  return {
    get: (url) => agent.get(url),
    post: (url) => withToken(agent.post(url)),
    put: (url) => withToken(agent.put(url)),
    patch: (url) => withToken(agent.patch(url)),
    delete: (url) => withToken(agent.delete(url)),
    csrfToken,
    user: response.body.user as User,
  };
}

export async function createHarness(
  options: {
    loginLimits?: LoginLimits;
    limits?: Partial<Limits>;
    livePollMs?: number;
    now?: () => Date;
    /** Which database (default: PostgreSQL when TILIK_TEST_DATABASE=postgres, else SQLite). */
    database?: 'sqlite' | 'postgres';
    /** The job threads (default: the process's). */
    jobPools?: JobPools;
    /** Check queued segments in the background (default true). */
    checkInBackground?: boolean;
    /** How long a reader waits for findings still to be made (default: as long as it takes, so tests see the server's however busy the machine). */
    readerWaitMs?: number;
    /** Where texts are checked (default: the process's checking thread). */
    checkWork?: () => TaskRunner;
  } = {},
): Promise<Harness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-api-'));
  const dialect = options.database ?? (process.env.TILIK_TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite');
  const database = dialect === 'postgres' ? await createTestDatabase() : null;
  const store = await openStore(database ? { databaseUrl: database.url } : { file: path.join(dir, 'test.db') });
  const logged: unknown[] = [];
  const services = createServices(store, options.now, {
    log: (_message, error) => logged.push(error),
    readerWaitMs: options.readerWaitMs ?? 600_000,
    ...(options.checkWork ? { checkWork: options.checkWork } : {}),
  });
  const app = createApp({
    services,
    passwordCost: TEST_COST,
    log: (_message, error) => logged.push(error),
    ...(options.loginLimits ? { loginLimits: options.loginLimits } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.livePollMs ? { livePollMs: options.livePollMs } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.jobPools ? { jobPools: options.jobPools } : {}),
    ...(options.checkInBackground === false ? { checkInBackground: false } : {}),
  });
  const passwordHash = await hashPassword(TEST_PASSWORD, TEST_COST);
  const users = {} as Record<Role, User>;
  for (const role of ['translator', 'editor', 'reviewer', 'admin'] as const) {
    const outcome = await services.people.createUser({ username: role, displayName: `Test ${role}`, role, passwordHash }, SYSTEM_USER_ID);
    if (outcome.kind !== 'done') throw new Error('could not create test users');
    users[role] = outcome.user;
  }
  const as = (who: Role | string) => login(app, who);
  return {
    store,
    services,
    app,
    logged,
    users,
    api: await as('admin'),
    as,
    close: async () => {
      await app.shutdown();
      await store.close();
      await database?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A document of three segments; the harness's translator is assigned to it. */
export async function buildDocument(
  services: Services,
  overrides: Partial<CreateDocumentBody> = {},
): Promise<{ document: DocumentSummary; segments: Segment[] }> {
  const document = await services.documents.create(
    {
      title: 'Contoh',
      sourceLang: 'en',
      targetLang: 'id',
      segments: [
        { source: 'Export curbs slowed progress.', mt: 'Trotoar ekspor memperlambat kemajuan.' },
        { source: 'The weather is nice.', mt: 'Cuacanya bagus.' },
        { source: '', mt: 'Back to top' },
      ],
      ...overrides,
    },
    SYSTEM_USER_ID,
  );
  const translator = await services.people.userByName('translator');
  if (translator) await services.people.setDocumentRole(document.id, translator.id, 'translator', SYSTEM_USER_ID);
  return { document, segments: await services.documents.segments(document.id) };
}

/** Saves, submits and approves a text for a segment as `client` (an editor or admin); throws naming the step that was refused. */
export async function approveText(client: Client, segment: Pick<Segment, 'id' | 'version'>, text: string): Promise<void> {
  const saved = await client.post(`/api/segments/${segment.id}/revisions`).send({ text, baseVersion: segment.version });
  if (saved.status !== 201) throw new Error(`saving segment ${segment.id}: ${saved.status} ${JSON.stringify(saved.body)}`);
  for (const action of ['submit', 'approve'] as const) {
    const answer = await client.post(`/api/revisions/${saved.body.revision.id}/${action}`);
    if (answer.status !== 200) throw new Error(`${action} of segment ${segment.id}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
}

/**
 * Every row of every table: compared before and after a refused request to prove nothing changed
 * (sessions and open feeds aside: using the API touches them).
 */
export async function snapshotDatabase(store: Store): Promise<Record<string, unknown[]>> {
  const dump = await store.dump();
  // sessions and presence move with every request; findings are computed in the background and
  // so are the documents' stamps, names and counts of segments waiting: none of it is what a request stored
  for (const table of [
    'sessions',
    'presence',
    'segment_checks',
    'check_queue',
    'segment_renderings',
    'document_finding_counts',
    'document_rendering_counts',
    'document_name_tops',
  ])
    delete dump[table];
  // the search index's own bookkeeping (SQLite's FTS5 shadow tables) moves with rows written and
  // taken back; what it indexes is compared in the segments
  for (const table of Object.keys(dump)) if (table.startsWith('segment_search_')) delete dump[table];
  // so is the event that says a background check changed segments' findings
  dump.events = (dump.events ?? []).filter((row) => (JSON.parse(row as string) as { type: string }).type !== 'document.rechecked');
  // a memory analysis runs in the background: who started it and when is what a request stored
  if (dump.memory_analyses)
    dump.memory_analyses = dump.memory_analyses.map((row) => {
      const { document_id, started_by, started_at } = JSON.parse(row as string) as Record<string, unknown>;
      return JSON.stringify({ document_id, started_by, started_at });
    });
  dump.documents = (dump.documents ?? []).map((row) => {
    const {
      checked_stamp: _stamp,
      names: _names,
      pending_checks: _pending,
      consistency_flagged: _flagged,
      consistency_only: _only,
      ...rest
    } = JSON.parse(row as string) as Record<string, unknown>;
    return JSON.stringify(rest);
  });
  return dump;
}

/** The app listening on a free loopback port, for clients that need a real socket (the live feed). */
export async function listen(app: Express): Promise<{ url: string; close: () => Promise<void> }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A GET's body as the bytes sent (a byte-order mark or a binary file included), with its response. */
export async function downloadBytes(client: Client, url: string): Promise<{ status: number; contentType: string; bytes: Buffer }> {
  const response = await client
    .get(url)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  return { status: response.status, contentType: String(response.headers['content-type'] ?? ''), bytes: response.body as Buffer };
}

/** Creates a document from a source file and its machine translation (multipart POST /api/documents), en → id. */
export function createFromFiles(
  client: Client,
  title: string,
  source: string | Uint8Array,
  target: string | Uint8Array,
  names: [string, string],
) {
  return client
    .post('/api/documents')
    .field('title', title)
    .field('sourceLang', 'en')
    .field('targetLang', 'id')
    .attach('source', Buffer.from(source), { filename: names[0], contentType: 'application/octet-stream' })
    .attach('target', Buffer.from(target), { filename: names[1], contentType: 'application/octet-stream' });
}

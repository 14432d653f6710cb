/**
 * Every route walked by every kind of person, with the status each must get: anonymous (401),
 * a translator assigned to the document, a translator who is not (404 for the document), an
 * editor, a reviewer and an admin. A table, so a route added without its checks shows up here.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/passwords';
import { routeDoc } from '../../server/openapi';
import { SYSTEM_USER_ID } from '../../server/store/types';
import { buildDocument, createHarness, TEST_COST, TEST_PASSWORD, type Client, type Harness } from '../helpers/api';

type Who = 'anonymous' | 'translator' | 'outsider' | 'editor' | 'reviewer' | 'admin';
const PEOPLE: Who[] = ['anonymous', 'translator', 'outsider', 'editor', 'reviewer', 'admin'];

interface Fixture {
  documentId: number;
  segmentId: number;
  segmentVersion: number;
  draftId: number;
  submittedId: number;
  /** A rejected revision (the admin's, on the first segment), for resubmitting. */
  rejectedId: number;
  termId: number;
  /** An open learned-term proposal of the pair en → id. */
  proposalId: number;
  userId: number;
  translatorId: number;
  annotationId: number;
  dismissalId: number;
  /** What a revert of the translator's revisions would touch: both their segments, at these versions. */
  revertExpect: Array<{ segmentId: number; version: number }>;
}

interface Route {
  name: string;
  /** Builds the request for one person on a fresh fixture. */
  send: (client: Client | request.Agent, f: Fixture) => request.Test;
  expect: Record<Who, number>;
}

const all = (status: number, overrides: Partial<Record<Who, number>> = {}): Record<Who, number> => ({
  anonymous: 401,
  translator: status,
  outsider: status,
  editor: status,
  reviewer: status,
  admin: status,
  ...overrides,
});

const TMX =
  '<tmx version="1.4"><header srclang="en" segtype="sentence" datatype="plaintext" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>' +
  '<body><tu><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="id"><seg>Halo</seg></tuv></tu></body></tmx>';

const ROUTES: Route[] = [
  { name: 'GET /api/documents', send: (c) => c.get('/api/documents'), expect: all(200) },
  {
    name: 'POST /api/documents',
    send: (c) => c.post('/api/documents').send({ title: 'T', sourceLang: 'en', targetLang: 'id', segments: [{ source: 'a', mt: 'b' }] }),
    expect: all(403, { admin: 201 }),
  },
  {
    name: 'POST /api/documents/import',
    send: (c) =>
      c.post('/api/documents/import').attach('file', Buffer.from(TMX), { filename: 'pairs.tmx', contentType: 'application/xml' }),
    expect: all(403, { admin: 201 }),
  },
  { name: 'GET /api/documents/:id', send: (c, f) => c.get(`/api/documents/${f.documentId}`), expect: all(200, { outsider: 404 }) },
  { name: 'GET /api/documents?archived=1', send: (c) => c.get('/api/documents?archived=1'), expect: all(403, { admin: 200 }) },
  {
    name: 'PATCH /api/documents/:id',
    send: (c, f) => c.patch(`/api/documents/${f.documentId}`).send({ deadline: '2026-12-31' }),
    expect: all(403, { outsider: 404, editor: 200, admin: 200 }),
  },
  {
    name: 'POST /api/documents/:id/archive',
    send: (c, f) => c.post(`/api/documents/${f.documentId}/archive`),
    expect: all(403, { outsider: 404, editor: 200, admin: 200 }),
  },
  {
    name: 'POST /api/documents/:id/restore',
    send: (c, f) => c.post(`/api/documents/${f.documentId}/restore`),
    expect: all(403, { outsider: 404, admin: 200 }),
  },
  {
    name: 'GET /api/documents/:id/export',
    send: (c, f) => c.get(`/api/documents/${f.documentId}/export?format=csv`),
    expect: all(200, { outsider: 404 }),
  },
  {
    name: 'GET /api/documents/:id/segments',
    send: (c, f) => c.get(`/api/documents/${f.documentId}/segments`),
    expect: all(200, { outsider: 404 }),
  },
  {
    name: 'GET /api/documents/:id/findings',
    send: (c, f) => c.get(`/api/documents/${f.documentId}/findings`),
    expect: all(200, { outsider: 404 }),
  },
  {
    name: 'GET /api/documents/:id/events',
    send: (c, f) => c.get(`/api/documents/${f.documentId}/events`),
    expect: all(403, { outsider: 404, editor: 200, admin: 200 }),
  },
  {
    name: 'GET /api/documents/:id/members',
    send: (c, f) => c.get(`/api/documents/${f.documentId}/members`),
    expect: all(403, { admin: 200 }),
  },
  {
    name: 'PUT /api/documents/:id/members',
    send: (c, f) => c.put(`/api/documents/${f.documentId}/members`).send({ userId: f.userId, role: 'reviewer' }),
    expect: all(403, { admin: 200 }),
  },
  { name: 'GET /api/segments/:id', send: (c, f) => c.get(`/api/segments/${f.segmentId}`), expect: all(200, { outsider: 404 }) },
  {
    name: 'GET /api/segments/:id/revisions',
    send: (c, f) => c.get(`/api/segments/${f.segmentId}/revisions`),
    expect: all(200, { outsider: 404 }),
  },
  {
    name: 'GET /api/segments/:id/matches',
    send: (c, f) => c.get(`/api/segments/${f.segmentId}/matches`),
    expect: all(200, { outsider: 404 }),
  },
  {
    name: 'POST /api/segments/:id/revisions',
    send: (c, f) => c.post(`/api/segments/${f.segmentId}/revisions`).send({ text: 'Teks baru.', baseVersion: f.segmentVersion }),
    expect: all(201, { outsider: 404, reviewer: 403 }),
  },
  { name: 'GET /api/revisions/:id', send: (c, f) => c.get(`/api/revisions/${f.draftId}`), expect: all(200, { outsider: 404 }) },
  {
    name: 'POST /api/revisions/:id/submit',
    send: (c, f) => c.post(`/api/revisions/${f.draftId}/submit`),
    expect: all(200, { outsider: 404, reviewer: 403 }),
  },
  {
    name: 'POST /api/revisions/:id/approve',
    send: (c, f) => c.post(`/api/revisions/${f.submittedId}/approve`),
    expect: all(403, { outsider: 404, editor: 200, admin: 200 }),
  },
  {
    name: 'POST /api/revisions/:id/reject',
    send: (c, f) => c.post(`/api/revisions/${f.submittedId}/reject`).send({ comment: 'Perbaiki.' }),
    expect: all(403, { outsider: 404, editor: 200, admin: 200 }),
  },
  {
    name: 'POST /api/revisions/:id/resubmit',
    send: (c, f) => c.post(`/api/revisions/${f.rejectedId}/resubmit`).send({ comment: 'Menurut glosarium.' }),
    expect: all(200, { outsider: 404, reviewer: 403 }),
  },
  {
    name: 'POST /api/documents/:id/replace/preview',
    send: (c, f) => c.post(`/api/documents/${f.documentId}/replace/preview`).send({ find: 'ekspor', replace: 'impor' }),
    expect: all(200, { outsider: 404, reviewer: 403 }),
  },
  {
    name: 'POST /api/documents/:id/replace',
    send: (c, f) =>
      c
        .post(`/api/documents/${f.documentId}/replace`)
        .send({ find: 'tidak ada di mana pun', replace: 'x', expect: [{ segmentId: f.segmentId, version: f.segmentVersion }] }),
    expect: all(200, { outsider: 404, reviewer: 403 }),
  },
  {
    name: 'POST /api/revisions/approve (bulk)',
    send: (c, f) => c.post('/api/revisions/approve').send({ revisionIds: [f.submittedId] }),
    expect: all(200),
  },
  { name: 'GET /api/queue', send: (c) => c.get('/api/queue'), expect: all(403, { editor: 200, admin: 200 }) },
  { name: 'GET /api/glossary/pairs', send: (c) => c.get('/api/glossary/pairs'), expect: all(200) },
  { name: 'GET /api/glossary/terms', send: (c) => c.get('/api/glossary/terms?sourceLang=en&targetLang=id'), expect: all(200) },
  {
    // the fixture's paragraph has no approved translation: whoever may save gets as far as that
    name: 'POST /api/segments/:id/propagate',
    send: (c, f) => c.post(`/api/segments/${f.segmentId}/propagate`),
    expect: all(409, { outsider: 404, reviewer: 403 }),
  },
  {
    name: 'GET /api/glossary/proposals',
    send: (c) => c.get('/api/glossary/proposals?sourceLang=en&targetLang=id'),
    expect: all(200),
  },
  {
    name: 'POST /api/glossary/proposals/:id/accept',
    send: (c, f) => c.post(`/api/glossary/proposals/${f.proposalId}/accept`).send({}),
    expect: all(403, { editor: 201, admin: 201 }),
  },
  {
    name: 'POST /api/glossary/proposals/:id/decline',
    send: (c, f) => c.post(`/api/glossary/proposals/${f.proposalId}/decline`),
    expect: all(403, { editor: 200, admin: 200 }),
  },
  { name: 'GET /api/glossary/export', send: (c) => c.get('/api/glossary/export?sourceLang=en&targetLang=id'), expect: all(200) },
  {
    name: 'POST /api/glossary/terms',
    send: (c) =>
      c.post('/api/glossary/terms').send({ sourceLang: 'en', targetLang: 'id', source: `term ${Math.random()}`, target: 'istilah' }),
    expect: all(403, { admin: 201 }),
  },
  {
    name: 'PUT /api/glossary/terms/:id',
    send: (c, f) => c.put(`/api/glossary/terms/${f.termId}`).send({ source: `term ${f.termId}`, target: 'istilah lain' }),
    expect: all(403, { admin: 200 }),
  },
  { name: 'DELETE /api/glossary/terms/:id', send: (c, f) => c.delete(`/api/glossary/terms/${f.termId}`), expect: all(403, { admin: 200 }) },
  {
    name: 'POST /api/glossary/import',
    send: (c) =>
      c
        .post('/api/glossary/import')
        .field({ sourceLang: 'en', targetLang: 'fr' })
        .attach('file', Buffer.from('source,target\nhello,bonjour\n'), 'g.csv'),
    expect: all(403, { admin: 200 }),
  },
  { name: 'GET /api/tm/pairs', send: (c) => c.get('/api/tm/pairs'), expect: all(200) },
  {
    name: 'GET /api/tm/concordance',
    send: (c) => c.get('/api/tm/concordance?q=hello&sourceLang=en&targetLang=id'),
    expect: all(200),
  },
  {
    name: 'POST /api/tm/import',
    send: (c) => c.post('/api/tm/import').attach('file', Buffer.from(TMX), { filename: 'memory.tmx', contentType: 'application/xml' }),
    expect: all(403, { admin: 200 }),
  },
  { name: 'GET /api/tm/export', send: (c) => c.get('/api/tm/export?sourceLang=en&targetLang=id'), expect: all(403, { admin: 200 }) },
  { name: 'GET /api/users', send: (c) => c.get('/api/users'), expect: all(403, { admin: 200 }) },
  {
    name: 'POST /api/users',
    send: (c) => c.post('/api/users').send({ username: `u${Math.floor(Math.random() * 1e9)}`, role: null, password: 'long enough' }),
    expect: all(403, { admin: 201 }),
  },
  {
    name: 'PATCH /api/users/:id',
    send: (c, f) => c.patch(`/api/users/${f.userId}`).send({ displayName: 'Renamed' }),
    expect: all(403, { admin: 200 }),
  },
  {
    name: 'POST /api/users/:id/password',
    send: (c, f) => c.post(`/api/users/${f.userId}/password`).send({}),
    expect: all(403, { admin: 200 }),
  },
  { name: 'GET /api/session', send: (c) => c.get('/api/session'), expect: all(200) },
  { name: 'GET /api/session/tokens', send: (c) => c.get('/api/session/tokens'), expect: all(200) },
  { name: 'POST /api/session/tokens', send: (c) => c.post('/api/session/tokens').send({ name: 'script' }), expect: all(201) },
  { name: 'DELETE /api/session/tokens/:id', send: (c) => c.delete('/api/session/tokens/999999'), expect: all(404) },
  { name: 'PUT /api/session/password', send: (c) => c.put('/api/session/password').send({}), expect: all(400) },
  { name: 'GET /api/documents/importing', send: (c) => c.get('/api/documents/importing'), expect: all(200) },
  {
    name: 'GET /api/documents/:id/findings/segments',
    send: (c, f) => c.get(`/api/documents/${f.documentId}/findings/segments`),
    expect: all(200, { outsider: 404 }),
  },
  { name: 'GET /api/openapi.json', send: (c) => c.get('/api/openapi.json'), expect: all(200, { anonymous: 200 }) },
  { name: 'GET /api/session/current', send: (c) => c.get('/api/session/current'), expect: all(200, { anonymous: 200 }) },
  {
    name: 'GET /api/documents/:id/compare',
    send: (c, f) => c.get(`/api/documents/${f.documentId}/compare?from=mt&to=current`),
    expect: all(200, { outsider: 404 }),
  },
  {
    name: 'GET /api/documents/:id/timeline',
    send: (c, f) => c.get(`/api/documents/${f.documentId}/timeline`),
    expect: all(200, { outsider: 404 }),
  },
  {
    name: 'GET /api/documents/:id/annotations',
    send: (c, f) => c.get(`/api/documents/${f.documentId}/annotations`),
    expect: all(200, { outsider: 404 }),
  },
  {
    name: 'GET /api/documents/:id/annotation-candidates',
    send: (c, f) => c.get(`/api/documents/${f.documentId}/annotation-candidates`),
    expect: all(403, { outsider: 404, editor: 200, reviewer: 200, admin: 200 }),
  },
  {
    name: 'GET /api/documents/:id/quality',
    send: (c, f) => c.get(`/api/documents/${f.documentId}/quality`),
    expect: all(200, { outsider: 404 }),
  },
  {
    name: 'GET /api/documents/:id/memory-analysis',
    send: (c, f) => c.get(`/api/documents/${f.documentId}/memory-analysis`),
    expect: all(200, { outsider: 404 }),
  },
  {
    name: 'POST /api/documents/:id/memory-analysis',
    send: (c, f) => c.post(`/api/documents/${f.documentId}/memory-analysis`),
    expect: all(202, { outsider: 404 }),
  },
  {
    name: 'GET /api/documents/:id/quality/export',
    send: (c, f) => c.get(`/api/documents/${f.documentId}/quality/export`),
    expect: all(200, { outsider: 404 }),
  },
  {
    name: 'PUT /api/documents/:id/quality/weights',
    send: (c, f) => c.put(`/api/documents/${f.documentId}/quality/weights`).send({ minor: 1, major: 10, critical: 100 }),
    expect: all(403, { outsider: 404, editor: 200, admin: 200 }),
  },
  {
    name: 'GET /api/documents/:id/comments',
    send: (c, f) => c.get(`/api/documents/${f.documentId}/comments`),
    expect: all(200, { outsider: 404 }),
  },
  {
    name: 'GET /api/documents/:id/effort',
    send: (c, f) => c.get(`/api/documents/${f.documentId}/effort`),
    expect: all(403, { outsider: 404, editor: 200, reviewer: 200, admin: 200 }),
  },
  {
    name: 'POST /api/documents/:id/revert/preview',
    send: (c, f) => c.post(`/api/documents/${f.documentId}/revert/preview`).send({ userId: f.translatorId }),
    expect: all(403, { outsider: 404, editor: 200, admin: 200 }),
  },
  {
    name: 'POST /api/documents/:id/revert',
    send: (c, f) => c.post(`/api/documents/${f.documentId}/revert`).send({ filter: { userId: f.translatorId }, expect: f.revertExpect }),
    expect: all(403, { outsider: 404, editor: 200, admin: 200 }),
  },
  {
    name: 'GET /api/segments/:id/comments',
    send: (c, f) => c.get(`/api/segments/${f.segmentId}/comments`),
    expect: all(200, { outsider: 404 }),
  },
  {
    name: 'POST /api/segments/:id/comments',
    send: (c, f) => c.post(`/api/segments/${f.segmentId}/comments`).send({ body: 'Apakah "trotoar" benar?' }),
    expect: all(201, { outsider: 404 }),
  },
  {
    name: 'POST /api/segments/:id/effort',
    // within the allowance: the session has just begun
    send: (c, f) => c.post(`/api/segments/${f.segmentId}/effort`).send({ ms: 1_000 }),
    expect: all(204, { outsider: 404, reviewer: 403 }),
  },
  {
    name: 'POST /api/segments/:id/annotations',
    send: (c, f) =>
      c
        .post(`/api/segments/${f.segmentId}/annotations`)
        .send({ revisionId: null, start: 0, end: 7, category: 'terminology', severity: 'major' }),
    expect: all(403, { outsider: 404, editor: 201, reviewer: 201, admin: 201 }),
  },
  {
    // the fixture's annotation is the admin's: editors and admins may withdraw anyone's, reviewers only their own
    name: 'DELETE /api/annotations/:id',
    send: (c, f) => c.delete(`/api/annotations/${f.annotationId}`),
    expect: all(403, { outsider: 404, editor: 204, admin: 204 }),
  },
  {
    name: 'GET /api/documents/:id/dismissals',
    send: (c, f) => c.get(`/api/documents/${f.documentId}/dismissals`),
    expect: all(200, { outsider: 404 }),
  },
  {
    name: 'POST /api/documents/:id/dismissals (a paragraph)',
    send: (c, f) =>
      c
        .post(`/api/documents/${f.documentId}/dismissals`)
        .send({ scope: 'segment', rule: 'glossary.forbidden', segmentId: f.segmentId, term: 'export curbs' }),
    expect: all(201, { outsider: 404 }),
  },
  {
    name: 'POST /api/documents/:id/dismissals (the document)',
    send: (c, f) =>
      c.post(`/api/documents/${f.documentId}/dismissals`).send({ scope: 'term', rule: 'glossary.forbidden', term: 'export curbs' }),
    expect: all(201, { outsider: 404, translator: 403 }),
  },
  {
    // the fixture's dismissal is document-wide (an admin's): not a translator's to restore
    name: 'DELETE /api/documents/:id/dismissals/:dismissalId',
    send: (c, f) => c.delete(`/api/documents/${f.documentId}/dismissals/${f.dismissalId}`),
    expect: all(200, { outsider: 404, translator: 403 }),
  },
];

let h: Harness;
const clients = new Map<Who, Client | request.Agent>();

beforeAll(async () => {
  h = await createHarness();
  const hash = await hashPassword(TEST_PASSWORD, TEST_COST);
  await h.services.people.createUser(
    { username: 'outsider', displayName: 'Unassigned translator', role: 'translator', passwordHash: hash },
    SYSTEM_USER_ID,
  );
  clients.set('anonymous', request.agent(h.app));
  for (const who of PEOPLE.filter((p) => p !== 'anonymous')) clients.set(who, await h.as(who));
});
afterAll(() => h.close());

/** A fresh document (translator assigned), a draft, a submitted revision, a term and a spare user. */
async function fixture(): Promise<Fixture> {
  const { document, segments } = await buildDocument(h.services);
  const [first, second, third] = segments;
  if (!first || !second || !third) throw new Error('fixture');
  const draft = await h.services.revisions.save({ segmentId: second.id, text: 'Draf.', baseVersion: 0, authorId: h.users.translator.id });
  const toSubmit = await h.services.revisions.save({
    segmentId: third.id,
    text: 'Diajukan.',
    baseVersion: 0,
    authorId: h.users.translator.id,
  });
  if (draft.kind !== 'created' || toSubmit.kind !== 'created') throw new Error('fixture');
  await h.services.revisions.transition({ revisionId: toSubmit.revision.id, action: 'submit', actorId: h.users.translator.id });
  const term = await h.services.glossary.create(
    { sourceLang: 'en', targetLang: 'id' },
    { source: `fixture ${document.id}`, target: 'x', forbidden: [], note: '', doNotTranslate: false, caseSensitive: false },
    SYSTEM_USER_ID,
  );
  if (term.kind !== 'done') throw new Error('fixture');
  const proposalId = await h.store.transaction((tx) =>
    tx.proposals.record(
      { sourceLang: 'en', targetLang: 'id' },
      {
        source: `learned ${document.id}`,
        sourceKey: `learned ${document.id}`,
        target: 'dipelajari',
        targetKey: 'dipelajari',
        forbidden: 'salah',
      },
      {
        documentId: document.id,
        segmentId: second.id,
        revisionId: draft.revision.id,
        source: second.source,
        mt: second.mt,
        approved: 'Draf.',
        approvedBy: h.users.admin.id,
        approvedAt: new Date().toISOString(),
      },
    ),
  );
  const spare = await h.services.people.createUser(
    { username: `spare${document.id}`, displayName: 'Spare', role: null, passwordHash: 'scrypt$1$1$1$x$y' },
    SYSTEM_USER_ID,
  );
  if (spare.kind !== 'done') throw new Error('fixture');
  const annotation = await h.services.review.createAnnotation({
    documentId: document.id,
    segmentId: first.id,
    revisionId: null,
    start: 0,
    end: 7,
    quote: 'Trotoar',
    category: 'terminology',
    severity: 'major',
    comment: '',
    origin: null,
    authorId: h.users.admin.id,
  });
  const dismissal = await h.services.checks.dismiss({
    documentId: document.id,
    scope: 'rule',
    rule: 'untranslated',
    segmentId: null,
    term: null,
    quote: '',
    actorId: h.users.admin.id,
  });
  const rejected = await h.services.revisions.save({
    segmentId: first.id,
    text: 'Abaikan.',
    baseVersion: first.version,
    authorId: h.users.admin.id,
  });
  if (rejected.kind !== 'created') throw new Error('fixture');
  await h.services.revisions.transition({ revisionId: rejected.revision.id, action: 'submit', actorId: h.users.admin.id });
  await h.services.revisions.transition({
    revisionId: rejected.revision.id,
    action: 'reject',
    actorId: h.users.admin.id,
    comment: 'Tidak.',
  });
  const versions = await Promise.all([second.id, third.id].map((id) => h.services.documents.segment(id)));
  const firstNow = await h.services.documents.segment(first.id);
  return {
    documentId: document.id,
    segmentId: first.id,
    segmentVersion: firstNow?.version ?? 0,
    draftId: draft.revision.id,
    submittedId: toSubmit.revision.id,
    rejectedId: rejected.revision.id,
    termId: term.term.id,
    proposalId,
    userId: spare.user.id,
    translatorId: h.users.translator.id,
    annotationId: annotation.id,
    dismissalId: dismissal.id,
    revertExpect: versions.map((segment) => ({ segmentId: segment?.id ?? 0, version: segment?.version ?? 0 })),
  };
}

describe('who may do what', () => {
  const cases = ROUTES.flatMap((route) => PEOPLE.map((who) => [route.name, who, route.expect[who], route] as const));
  // a request that may change what it acts on gets a fixture of its own; reads and refusals (which
  // change nothing, as the attack tests check) share one: building a fixture is most of a case's time
  let shared: Promise<Fixture> | undefined;
  it.each(cases)('%s as %s -> %i', async (_name, who, status, route) => {
    const f = status >= 400 || route.name.startsWith('GET ') ? await (shared ??= fixture()) : await fixture();
    const client = clients.get(who);
    if (!client) throw new Error(who);
    const response = await route.send(client, f);
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    // a JSON answer matches what the OpenAPI document says of the route
    const [method, path] = (/^([A-Z]+) ([^?( ]+)/.exec(route.name) ?? []).slice(1) as [string, string];
    const described = routeDoc(method, path);
    expect(described, `${route.name} has an entry in server/openapi.ts`).toBeDefined();
    if (status < 300 && described?.response && response.type === 'application/json') {
      const parsed = described.response.safeParse(response.body);
      expect(parsed.success, `${route.name}: ${parsed.error?.message ?? ''}`).toBe(true);
    }
    if (status >= 400) {
      expect(response.body.error.code).toBe(
        status === 401
          ? 'unauthenticated'
          : status === 403
            ? 'forbidden'
            : status === 400
              ? 'validation_failed'
              : status === 409
                ? 'invalid_transition'
                : 'not_found',
      );
    }
  });

  it('shows each person only the documents they may see, with the role they act with', async () => {
    const f = await fixture();
    const roleIn = async (who: Who) => {
      const list = (await (clients.get(who) as Client).get('/api/documents')).body.items as Array<{ id: number; role: string }>;
      return list.find((d) => d.id === f.documentId)?.role ?? null;
    };
    expect(await roleIn('translator')).toBe('translator');
    expect(await roleIn('outsider')).toBeNull();
    expect(await roleIn('editor')).toBe('editor');
    expect(await roleIn('reviewer')).toBe('reviewer');
    expect(await roleIn('admin')).toBe('admin');
  });

  it('lets a document role raise a global one (a translator made editor of one document)', async () => {
    const f = await fixture();
    const translator = clients.get('translator') as Client;
    expect((await translator.post(`/api/revisions/${f.submittedId}/approve`)).status).toBe(403);
    await h.api.put(`/api/documents/${f.documentId}/members`).send({ userId: h.users.translator.id, role: 'editor' });
    expect((await translator.post(`/api/revisions/${f.submittedId}/approve`)).status).toBe(200);
  });

  /**
   * A person's global role and their role on a document add up: on the document they may do what
   * either allows. Written out per role (not computed by the code under test), for every pair.
   */
  describe('two roles on one document add up to what either allows', () => {
    type Probe = { name: string; send: (c: Client, f: Fixture) => request.Test; ok: number };
    const PROBES: Probe[] = [
      { name: 'read', send: (c, f) => c.get(`/api/documents/${f.documentId}`), ok: 200 },
      {
        name: 'save',
        send: (c, f) => c.post(`/api/segments/${f.segmentId}/revisions`).send({ text: 'Teks.', baseVersion: f.segmentVersion }),
        ok: 201,
      },
      { name: 'submit', send: (c, f) => c.post(`/api/revisions/${f.draftId}/submit`), ok: 200 },
      { name: 'approve', send: (c, f) => c.post(`/api/revisions/${f.submittedId}/approve`), ok: 200 },
      { name: 'events', send: (c, f) => c.get(`/api/documents/${f.documentId}/events`), ok: 200 },
      {
        name: 'annotate',
        send: (c, f) =>
          c
            .post(`/api/segments/${f.segmentId}/annotations`)
            .send({ revisionId: null, start: 0, end: 7, category: 'terminology', severity: 'major' }),
        ok: 201,
      },
      { name: 'comment', send: (c, f) => c.post(`/api/segments/${f.segmentId}/comments`).send({ body: 'Catatan.' }), ok: 201 },
      {
        name: 'weights',
        send: (c, f) => c.put(`/api/documents/${f.documentId}/quality/weights`).send({ minor: 1, major: 5, critical: 10 }),
        ok: 200,
      },
      { name: 'effort', send: (c, f) => c.get(`/api/documents/${f.documentId}/effort`), ok: 200 },
      { name: 'revert', send: (c, f) => c.post(`/api/documents/${f.documentId}/revert/preview`).send({ userId: f.translatorId }), ok: 200 },
    ];
    const ALLOWED: Record<'translator' | 'editor' | 'reviewer' | 'admin', string[]> = {
      translator: ['read', 'save', 'submit', 'comment'],
      reviewer: ['read', 'annotate', 'comment', 'effort'],
      editor: ['read', 'save', 'submit', 'approve', 'events', 'annotate', 'comment', 'weights', 'effort', 'revert'],
      admin: ['read', 'save', 'submit', 'approve', 'events', 'annotate', 'comment', 'weights', 'effort', 'revert'],
    };
    const ROLE_OPTIONS = [null, 'translator', 'editor', 'reviewer', 'admin'] as const;
    const pairs = ROLE_OPTIONS.flatMap((global) => ROLE_OPTIONS.map((onDocument) => [global, onDocument] as const));
    it.each(pairs)('global %s, on the document %s', async (global, onDocument) => {
      const username = `pair-${global ?? 'none'}-${onDocument ?? 'none'}-${Math.floor(Math.random() * 1e9)}`;
      const created = await h.services.people.createUser(
        { username, displayName: username, role: global, passwordHash: await hashPassword(TEST_PASSWORD, TEST_COST) },
        SYSTEM_USER_ID,
      );
      if (created.kind !== 'done') throw new Error('user');
      const client = await h.as(username);
      // a global translator's role reaches only documents they are given; no role at all sees nothing
      const applying = [onDocument, global === 'translator' && onDocument === null ? null : global].filter((role) => role !== null);
      const allowed = new Set(applying.flatMap((role) => ALLOWED[role]));
      for (const probe of PROBES) {
        const f = await fixture();
        if (onDocument !== null) await h.services.people.setDocumentRole(f.documentId, created.user.id, onDocument, SYSTEM_USER_ID);
        const response = await probe.send(client, f);
        const expected = applying.length === 0 ? 404 : allowed.has(probe.name) ? probe.ok : 403;
        expect(response.status, `${probe.name}: ${JSON.stringify(response.body)}`).toBe(expected);
      }
      const listed = (await client.get('/api/documents')).body.items as Array<{ id: number; roles: string[] }>;
      expect(listed.every((document) => document.roles.length > 0)).toBe(true);
    });
  });

  it('reports, in a bulk approval, the revisions a role may not approve', async () => {
    const f = await fixture();
    const response = await (clients.get('translator') as Client).post('/api/revisions/approve').send({ revisionIds: [f.submittedId] });
    expect(response.body).toEqual({
      approved: [],
      failed: [expect.objectContaining({ id: f.submittedId, status: 403, code: 'forbidden' })],
    });
    const editor = await (clients.get('editor') as Client).post('/api/revisions/approve').send({ revisionIds: [f.submittedId, f.draftId] });
    expect(editor.body.approved).toHaveLength(1);
    expect(editor.body.failed).toEqual([expect.objectContaining({ id: f.draftId, status: 409, code: 'invalid_transition' })]);
  });

  it('records who decided, by user', async () => {
    const f = await fixture();
    const approved = await (clients.get('editor') as Client).post(`/api/revisions/${f.submittedId}/approve`);
    expect(approved.body.revision.decidedBy).toEqual({ id: h.users.editor.id, name: 'Test editor' });
    expect(approved.body.revision.author).toEqual({ id: h.users.translator.id, name: 'Test translator' });
  });
});

describe('the permission table', () => {
  it('has a row for every route of the app (read from its routers, not listed by hand)', async () => {
    const { appRoutes } = await import('../helpers/routes');
    const covered = new Set(ROUTES.map((route) => /^[A-Z]+ [^?( ]+/.exec(route.name)?.[0]));
    // open to everyone by design: the health check and signing in; and two this table cannot
    // walk with shared clients: signing out (it would end them; auth.test.ts covers it) and the
    // live feed, a stream that never ends (attack/live.test.ts checks who may open it)
    const open = new Set(['GET /api/health', 'POST /api/session', 'DELETE /api/session', 'GET /api/documents/:id/live']);
    const missing = appRoutes(h.app).filter((route) => !covered.has(route) && !open.has(route));
    expect(missing).toEqual([]);
  });
});

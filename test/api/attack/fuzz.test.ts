/**
 * A bounded, seeded fuzz pass over every route of the API (the README's table is the list, and a
 * route missing here fails the test): a few thousand requests with bodies, queries and ids
 * generated from the routes' own zod schemas and then bent, sent as an admin, a translator and
 * nobody. No answer may be a 5xx, nothing may be logged as a failure, and a refused request
 * (4xx) leaves every stored row as it was. FUZZ_SEED replays a run; FUZZ_REQUESTS sets its size;
 * FUZZ_STATS=1 prints what it reached.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BulkApproveBody } from '../../../server/routes/revisions';
import { EventsQuery, ExportQuery, ImportFields } from '../../../server/routes/documents';
import { LiveQuery } from '../../../server/routes/review';
import {
  ChangePasswordBody,
  CompareQuery,
  CreateAnnotationBody,
  CreateCommentBody,
  CreateDocumentBody,
  CreateDocumentFields,
  CreateGlossaryTermBody,
  CreateUserBody,
  GlossaryExportQuery,
  GlossaryImportFields,
  GlossaryListQuery,
  LoginBody,
  QualityExportQuery,
  QualityWeights,
  RecordEffortBody,
  RejectBody,
  ResetPasswordBody,
  RevertBody,
  RevertFilter,
  SaveRevisionBody,
  SegmentListQuery,
  SetDocumentRoleBody,
  TransitionBody,
  UpdateGlossaryTermBody,
  UpdateUserBody,
  type Segment,
} from '../../../shared/schemas';
import { buildDocument, createHarness, snapshotDatabase, TEST_PASSWORD, type Client, type Harness } from '../../helpers/api';
import { Fuzzer, jsonSchemaOf, seededRandom, type JsonSchema } from '../../helpers/fuzz';

type IdKind = 'document' | 'segment' | 'revision' | 'annotation' | 'term' | 'user';

interface Route {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** As the README writes it, ":id" for the id. */
  path: string;
  id?: IdKind;
  query?: z.ZodType;
  body?: z.ZodType;
  /** multipart/form-data with these text fields and files. */
  multipart?: { fields: z.ZodType; files: string[] };
  /** Never sent with a valid query: a valid one opens a stream that does not end. */
  streams?: boolean;
  /** Sent with a session of its own (it ends the session). */
  throwaway?: boolean;
}

const ROUTES: Route[] = [
  { method: 'get', path: '/api/health' },
  { method: 'post', path: '/api/session', body: LoginBody },
  { method: 'get', path: '/api/session' },
  { method: 'delete', path: '/api/session', throwaway: true },
  { method: 'put', path: '/api/session/password', body: ChangePasswordBody },
  { method: 'get', path: '/api/users' },
  { method: 'post', path: '/api/users', body: CreateUserBody },
  { method: 'patch', path: '/api/users/:id', id: 'user', body: UpdateUserBody },
  { method: 'post', path: '/api/users/:id/password', id: 'user', body: ResetPasswordBody },
  { method: 'get', path: '/api/documents/:id/members', id: 'document' },
  { method: 'put', path: '/api/documents/:id/members', id: 'document', body: SetDocumentRoleBody },
  { method: 'get', path: '/api/documents/:id/events', id: 'document', query: EventsQuery },
  { method: 'get', path: '/api/queue' },
  { method: 'post', path: '/api/revisions/approve', body: BulkApproveBody },
  { method: 'get', path: '/api/documents' },
  { method: 'post', path: '/api/documents', body: CreateDocumentBody },
  { method: 'post', path: '/api/documents', multipart: { fields: CreateDocumentFields, files: ['source', 'target'] } },
  { method: 'get', path: '/api/documents/:id', id: 'document' },
  { method: 'get', path: '/api/documents/:id/segments', id: 'document', query: SegmentListQuery },
  { method: 'get', path: '/api/segments/:id', id: 'segment' },
  { method: 'post', path: '/api/segments/:id/revisions', id: 'segment', body: SaveRevisionBody },
  { method: 'get', path: '/api/segments/:id/revisions', id: 'segment' },
  { method: 'get', path: '/api/revisions/:id', id: 'revision' },
  { method: 'post', path: '/api/revisions/:id/submit', id: 'revision', body: TransitionBody },
  { method: 'post', path: '/api/revisions/:id/approve', id: 'revision', body: TransitionBody },
  { method: 'post', path: '/api/revisions/:id/reject', id: 'revision', body: RejectBody },
  { method: 'get', path: '/api/documents/:id/findings', id: 'document' },
  { method: 'get', path: '/api/documents/:id/compare', id: 'document', query: CompareQuery },
  { method: 'get', path: '/api/documents/:id/timeline', id: 'document' },
  { method: 'get', path: '/api/documents/:id/annotations', id: 'document' },
  { method: 'post', path: '/api/segments/:id/annotations', id: 'segment', body: CreateAnnotationBody },
  { method: 'delete', path: '/api/annotations/:id', id: 'annotation' },
  { method: 'get', path: '/api/documents/:id/annotation-candidates', id: 'document' },
  { method: 'get', path: '/api/documents/:id/quality', id: 'document' },
  { method: 'get', path: '/api/documents/:id/quality/export', id: 'document', query: QualityExportQuery },
  { method: 'put', path: '/api/documents/:id/quality/weights', id: 'document', body: QualityWeights },
  { method: 'get', path: '/api/documents/:id/comments', id: 'document' },
  { method: 'get', path: '/api/segments/:id/comments', id: 'segment' },
  { method: 'post', path: '/api/segments/:id/comments', id: 'segment', body: CreateCommentBody },
  { method: 'post', path: '/api/segments/:id/effort', id: 'segment', body: RecordEffortBody },
  { method: 'get', path: '/api/documents/:id/effort', id: 'document' },
  { method: 'post', path: '/api/documents/:id/revert/preview', id: 'document', body: RevertFilter },
  { method: 'post', path: '/api/documents/:id/revert', id: 'document', body: RevertBody },
  { method: 'get', path: '/api/documents/:id/live', id: 'document', query: LiveQuery, streams: true },
  { method: 'post', path: '/api/documents/import', multipart: { fields: ImportFields, files: ['file'] } },
  { method: 'get', path: '/api/documents/:id/export', id: 'document', query: ExportQuery },
  { method: 'get', path: '/api/glossary/pairs' },
  { method: 'get', path: '/api/glossary/terms', query: GlossaryListQuery },
  { method: 'post', path: '/api/glossary/terms', body: CreateGlossaryTermBody },
  { method: 'put', path: '/api/glossary/terms/:id', id: 'term', body: UpdateGlossaryTermBody },
  { method: 'delete', path: '/api/glossary/terms/:id', id: 'term' },
  { method: 'post', path: '/api/glossary/import', multipart: { fields: GlossaryImportFields, files: ['file'] } },
  { method: 'get', path: '/api/glossary/export', query: GlossaryExportQuery },
];

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 3000);

/** Files an upload may carry: real ones, broken ones, hostile ones. */
const FILES = [
  'The export curbs slowed progress.\n\nThe weather is nice.',
  'Pembatasan ekspor memperlambat kemajuan.',
  '<?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="id" original="x"><body><trans-unit id="1"><source>Hi <g id="1">there</g></source><target>Hai</target></trans-unit></body></file></xliff>',
  '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Hi</seg></tuv><tuv xml:lang="id"><seg>Hai</seg></tuv></tu></body></tmx>',
  'source,target,forbidden\ncurb,pembatasan,trotoar\n',
  '<martif type="TBX"><text><body><termEntry><langSet xml:lang="en"><tig><term>curb</term></tig></langSet><langSet xml:lang="id"><tig><term>pembatasan</term></tig></langSet></termEntry></body></text></martif>',
  '<!DOCTYPE x [<!ENTITY a "aaaa">]><xliff version="1.2">&a;</xliff>',
  `<xliff version="1.2">${'<group>'.repeat(3000)}`,
  '\uFEFF\u0000\u0001binary?',
  '',
  'x,"unclosed\n',
];

describe('fuzzing every route', () => {
  let h: Harness;
  let clients: Record<'admin' | 'translator' | 'anonymous', Client | null>;
  const ids: Record<IdKind, number[]> = { document: [], segment: [], revision: [], annotation: [], term: [], user: [] };

  beforeAll(async () => {
    h = await createHarness({ loginLimits: { perAccount: 1_000_000, perAddress: 1_000_000, windowMs: 60_000 } });
    clients = { admin: h.api, translator: await h.as('translator'), anonymous: null };
    for (let k = 0; k < 2; k += 1) {
      const { document, segments } = await buildDocument(h.store);
      ids.document.push(document.id);
      for (const segment of segments) ids.segment.push(segment.id);
      const first = segments[0] as Segment;
      const saved = await h.api.post(`/api/segments/${first.id}/revisions`).send({ text: 'Pembatasan ekspor.', baseVersion: 0 });
      ids.revision.push(saved.body.revision.id);
      await h.api.post(`/api/revisions/${saved.body.revision.id}/submit`);
      const annotation = await h.api.post(`/api/segments/${first.id}/annotations`).send({ revisionId: null, start: 0, end: 3, category: 'terminology', severity: 'minor' });
      ids.annotation.push(annotation.body.id);
    }
    const term = await h.api.post('/api/glossary/terms').send({ sourceLang: 'en', targetLang: 'id', source: 'curb', target: 'pembatasan' });
    ids.term.push(term.body.id);
    // signs in and out for the sign-out route; never changed by the run
    await h.api.post('/api/users').send({ username: 'leaver', role: 'reviewer', password: TEST_PASSWORD });
    // the admin fuzzing is left out: resetting their own password would end the run's session
    ids.user.push(h.users.translator.id, h.users.editor.id, h.users.reviewer.id);
  });
  afterAll(() => h.close());

  it('the list covers every route of the README', () => {
    const readme = fs.readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## API in brief'), readme.indexOf('## ', readme.indexOf('## API in brief') + 5));
    const known = new Set(ROUTES.map((route) => `${route.method.toUpperCase()} ${route.path}`));
    const missing: string[] = [];
    for (const [, methods, route] of table.matchAll(/`((?:GET|POST|PUT|PATCH|DELETE)(?:`\/`(?:GET|POST|PUT|PATCH|DELETE))*) (\/api[^` ?]*)/g)) {
      for (const method of (methods as string).split('`/`')) {
        const key = `${method} ${route as string}`;
        if (!known.has(key)) missing.push(key);
      }
    }
    expect(missing).toEqual([]);
  });

  it(`answers ${REQUESTS} generated requests (seed ${SEED}) without a 5xx, and refused ones change nothing`, async () => {
    const random = seededRandom(SEED);
    const schemas = new Map<z.ZodType, JsonSchema>();
    const schemaOf = (schema: z.ZodType) => {
      let json = schemas.get(schema);
      if (!json) {
        json = jsonSchemaOf(schema);
        schemas.set(schema, json);
      }
      return json;
    };
    const fuzz: Fuzzer = new Fuzzer(random, {
      sourceLang: () => fuzz.pick(['en', 'id', 'en-GB', 'zh-CN', 'xx-invalid!', '']),
      targetLang: () => fuzz.pick(['id', 'en', 'fr', 'zh-Hans-CN']),
      revisionId: () => fuzz.pick([...ids.revision, 999_999, null]),
      revisionIds: () => [fuzz.pick(ids.revision), fuzz.pick([...ids.revision, 424_242])],
      userId: () => fuzz.pick([...ids.user, 1, 2, 999_999]),
      baseVersion: () => fuzz.int(0, 3),
      role: () => fuzz.pick(['translator', 'editor', 'reviewer', 'admin', null, 'root']),
      from: () => fuzz.pick(['mt', 'current', 'approved', '2026-01-01T00:00:00Z', 'yesterday']),
      to: () => fuzz.pick(['mt', 'current', 'approved', '2099-01-01T00:00:00Z']),
      username: () => fuzz.pick(['admin', 'translator', 'nobody', 'Budi.S', `user${fuzz.int(0, 99)}`]),
      password: () => fuzz.pick(['wrong password', 'kopi tubruk di teras', '12345678', 'x']),
      expect: () => ids.segment.slice(0, 2).map((segmentId) => ({ segmentId, version: fuzz.int(0, 3) })),
    });
    const failures: string[] = [];
    const tally = new Map<string, number>();
    let refused = 0;
    for (let n = 0; n < REQUESTS; n += 1) {
      const route = fuzz.pick(ROUTES);
      const who = fuzz.pick(['admin', 'admin', 'admin', 'translator', 'anonymous'] as const);
      const client = route.throwaway && who !== 'anonymous' ? await h.as('leaver') : clients[who];
      let url = route.path;
      if (route.id) {
        const id = fuzz.chance(0.8)
          ? String(fuzz.pick(ids[route.id]))
          : fuzz.pick(['0', '-1', '1.0', '01', '0x1', '1e3', '999999999', '99999999999999999999', '%00', '%C0%AE', 'abc', '..%2F..%2Fetc', ' 1']);
        url = url.replace(':id', id);
      }
      const query = route.query ? fuzz.query(schemaOf(route.query)) : fuzz.chance(0.05) ? fuzz.query(undefined) : '';
      if (route.streams && !/[^0-9=&a-z]/i.test(query) && /after=\d+$/.test(query)) continue;
      if (route.streams) url += `?after=${encodeURIComponent(fuzz.pick(['x', '-1', '1.5', '0x1', '1e2', '']))}`;
      else if (query) url += `?${query}`;

      const request = client ? client[route.method](url) : (await import('supertest')).default(h.app)[route.method](url);
      let sent;
      if (route.multipart) {
        const fields = fuzz.mutate(fuzz.value(schemaOf(route.multipart.fields))) as Record<string, unknown>;
        let form = request;
        if (typeof fields === 'object' && fields !== null && !Array.isArray(fields)) {
          for (const [key, value] of Object.entries(fields)) {
            const text = typeof value === 'string' ? value : JSON.stringify(value) ?? '';
            if (/[\ud800-\udfff]/.test(text) || text.length > 2000) continue;
            form = form.field(key, text);
          }
        }
        for (const file of route.multipart.files) {
          if (fuzz.chance(0.9)) form = form.attach(file, Buffer.from(fuzz.pick(FILES)), fuzz.pick(['a.txt', 'b.xlf', 'c.tmx', 'd.csv', 'e.tbx', 'f']));
        }
        sent = form;
      } else if (route.body) {
        const body = fuzz.chance(0.7) ? fuzz.mutate(fuzz.value(schemaOf(route.body))) : fuzz.value(schemaOf(route.body));
        if (fuzz.chance(0.05)) sent = request.set('Content-Type', 'application/json').send(fuzz.pick(['{', '[1,', '{"a":', 'null', '"x"', '\u0000', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`]));
        else if (fuzz.chance(0.03)) sent = request.set('Content-Type', 'text/plain').send(JSON.stringify(body) ?? '');
        else sent = request.set('Content-Type', 'application/json').send(JSON.stringify(body) ?? 'null');
      } else {
        sent = request;
      }
      const before = snapshotDatabase(h.store);
      const response = await sent;
      const key = `${route.method.toUpperCase()} ${route.path} ${response.status}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
      if (response.status >= 500) failures.push(`${route.method.toUpperCase()} ${url} as ${who}: ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
      if (response.status >= 400) {
        refused += 1;
        const after = snapshotDatabase(h.store);
        // a failed sign-in is counted (that is its purpose); nothing else may change
        delete before.sign_in_attempts;
        delete after.sign_in_attempts;
        if (JSON.stringify(after) !== JSON.stringify(before)) failures.push(`${route.method.toUpperCase()} ${url} as ${who}: refused with ${response.status} but changed the database`);
      }
      // someone (the translator) may have lost their session to a reset password: go on without one
      if (response.status === 401 && client && who !== 'anonymous' && route.path !== '/api/session') clients[who] = null;
    }
    // FUZZ_STATS=1 shows what the run reached: answers per route and status
    if (process.env.FUZZ_STATS) console.log([...tally].sort().map(([key, count]) => `${key}: ${count}`).join('\n'));
    expect(failures, `seed ${SEED}`).toEqual([]);
    expect(h.logged, `seed ${SEED}`).toEqual([]);
    // the run reached the handlers: most requests were refused, but not all
    expect(refused).toBeGreaterThan(REQUESTS / 3);
    expect(refused).toBeLessThan(REQUESTS);
  }, 600_000);
});

/**
 * The attacker's requests: every route of the API with the zod schemas it validates with, and a
 * seeded generator of requests against them (bodies, queries, ids and uploads generated from the
 * schemas and bent), as plain method, URL, headers and bytes, so that the fuzz test sends them
 * in-process and the attack benchmark over a real socket.
 */
import { z } from 'zod';
import { DismissalsQuery, EventsQuery, ExportQuery, FindingsPageQuery, ImportFields } from '../../server/routes/documents';
import { LiveQuery } from '../../server/routes/review';
import { BulkApproveBody } from '../../server/routes/revisions';
import {
  ChangePasswordBody,
  CompareQuery,
  CreateAnnotationBody,
  CreateCommentBody,
  CreateDismissalBody,
  CreateDocumentBody,
  CreateDocumentFields,
  CreateGlossaryTermBody,
  CreateUserBody,
  GlossaryExportQuery,
  ProposalListQuery,
  AcceptProposalBody,
  GlossaryImportFields,
  GlossaryListQuery,
  LoginBody,
  QualityExportQuery,
  QualityWeights,
  RecordEffortBody,
  RejectBody,
  ResubmitBody,
  CreateTokenBody,
  ReplacePreviewBody,
  ReplaceBody,
  UpdateDocumentBody,
  ResetPasswordBody,
  RevertBody,
  RevertFilter,
  SaveRevisionBody,
  SegmentListQuery,
  SetDocumentRoleBody,
  TransitionBody,
  UpdateGlossaryTermBody,
  UpdateUserBody,
  ConcordanceQuery,
  MatchesQuery,
  MemoryPairQuery,
} from '../../shared/schemas';
import { random } from '../../bench/lib';
import { Fuzzer, jsonSchemaOf, type JsonSchema } from './fuzz';

export type IdKind = 'document' | 'segment' | 'revision' | 'annotation' | 'term' | 'proposal' | 'user' | 'token';

export interface Route {
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

export const ROUTES: Route[] = [
  { method: 'get', path: '/api/health' },
  { method: 'post', path: '/api/session', body: LoginBody },
  { method: 'get', path: '/api/session' },
  { method: 'get', path: '/api/session/current' },
  { method: 'get', path: '/api/openapi.json' },
  { method: 'get', path: '/api/session/tokens' },
  { method: 'post', path: '/api/session/tokens', body: CreateTokenBody },
  { method: 'delete', path: '/api/session/tokens/:id', id: 'token' },
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
  { method: 'post', path: '/api/revisions/:id/resubmit', id: 'revision', body: ResubmitBody },
  { method: 'post', path: '/api/documents/:id/replace/preview', id: 'document', body: ReplacePreviewBody },
  { method: 'post', path: '/api/documents/:id/replace', id: 'document', body: ReplaceBody },
  { method: 'patch', path: '/api/documents/:id', id: 'document', body: UpdateDocumentBody },
  { method: 'post', path: '/api/documents/:id/archive', id: 'document' },
  { method: 'post', path: '/api/documents/:id/restore', id: 'document' },
  { method: 'get', path: '/api/documents/:id/findings', id: 'document' },
  { method: 'get', path: '/api/documents/:id/findings/segments', id: 'document', query: FindingsPageQuery },
  { method: 'get', path: '/api/documents/:id/dismissals', id: 'document', query: DismissalsQuery },
  { method: 'post', path: '/api/documents/:id/dismissals', id: 'document', body: CreateDismissalBody },
  { method: 'delete', path: '/api/documents/:id/dismissals/:dismissalId', id: 'document' },
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
  { method: 'get', path: '/api/documents/importing' },
  { method: 'get', path: '/api/documents/:id/export', id: 'document', query: ExportQuery },
  { method: 'get', path: '/api/glossary/pairs' },
  { method: 'get', path: '/api/glossary/terms', query: GlossaryListQuery },
  { method: 'post', path: '/api/glossary/terms', body: CreateGlossaryTermBody },
  { method: 'put', path: '/api/glossary/terms/:id', id: 'term', body: UpdateGlossaryTermBody },
  { method: 'delete', path: '/api/glossary/terms/:id', id: 'term' },
  { method: 'post', path: '/api/glossary/import', multipart: { fields: GlossaryImportFields, files: ['file'] } },
  { method: 'get', path: '/api/glossary/export', query: GlossaryExportQuery },
  { method: 'get', path: '/api/glossary/proposals', query: ProposalListQuery },
  { method: 'post', path: '/api/segments/:id/propagate', id: 'segment' },
  { method: 'get', path: '/api/documents/:id/memory-analysis', id: 'document' },
  { method: 'post', path: '/api/documents/:id/memory-analysis', id: 'document' },
  { method: 'post', path: '/api/glossary/proposals/:id/accept', id: 'proposal', body: AcceptProposalBody },
  { method: 'post', path: '/api/glossary/proposals/:id/decline', id: 'proposal' },
  { method: 'get', path: '/api/segments/:id/matches', id: 'segment', query: MatchesQuery },
  { method: 'get', path: '/api/tm/concordance', query: ConcordanceQuery },
  { method: 'get', path: '/api/tm/pairs' },
  { method: 'post', path: '/api/tm/import', multipart: { fields: z.object({}), files: ['file'] } },
  { method: 'get', path: '/api/tm/export', query: MemoryPairQuery },
];

/** Every "METHOD /path" the README's API table lists. */
export function readmeRoutes(readme: string): string[] {
  const start = readme.indexOf('## API in brief');
  const table = readme.slice(start, readme.indexOf('\n## ', start + 5));
  const out: string[] = [];
  for (const [, methods, route] of table.matchAll(
    /`((?:GET|POST|PUT|PATCH|DELETE)(?:`\/`(?:GET|POST|PUT|PATCH|DELETE))*) (\/api[^` ?]*)/g,
  )) {
    for (const method of (methods as string).split('`/`')) out.push(`${method} ${route as string}`);
  }
  return out;
}

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

/** Bodies that are not JSON, or JSON nested deeper than anything should recurse into. */
const RAW_BODIES = [
  '{',
  '[1,',
  '{"a":',
  'null',
  '"x"',
  '\u0000',
  `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
  `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
];

const BAD_IDS = [
  '0',
  '-1',
  '1.0',
  '01',
  '0x1',
  '1e3',
  '999999999',
  '99999999999999999999',
  '%00',
  '%C0%AE',
  'abc',
  '..%2F..%2Fetc',
  '%201',
];

export type Who = 'admin' | 'translator' | 'anonymous';

/** One request, ready to send by any client. */
export interface GeneratedRequest {
  route: Route;
  who: Who;
  method: Route['method'];
  url: string;
  headers: Record<string, string>;
  body: Buffer | undefined;
}

export class RequestGenerator {
  readonly fuzz: Fuzzer;
  private readonly schemas = new Map<z.ZodType, JsonSchema>();

  constructor(
    seed: number,
    private readonly ids: Record<IdKind, number[]>,
  ) {
    const fuzz: Fuzzer = new Fuzzer(random(seed), {
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
    this.fuzz = fuzz;
  }

  private schemaOf(schema: z.ZodType): JsonSchema {
    let json = this.schemas.get(schema);
    if (!json) {
      json = jsonSchemaOf(schema);
      this.schemas.set(schema, json);
    }
    return json;
  }

  private multipart(route: Route & { multipart: NonNullable<Route['multipart']> }): { body: Buffer; type: string } {
    const fuzz = this.fuzz;
    const boundary = `fuzz${fuzz.int(0, 1e9)}`;
    const parts: Buffer[] = [];
    const part = (name: string, value: Buffer, filename?: string) =>
      parts.push(
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ''}\r\n\r\n`),
        value,
        Buffer.from('\r\n'),
      );
    const fields = fuzz.mutate(fuzz.value(this.schemaOf(route.multipart.fields)));
    if (typeof fields === 'object' && fields !== null && !Array.isArray(fields)) {
      for (const [key, value] of Object.entries(fields)) {
        const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
        if (text.length <= 2000 && !/[\r\n"]/.test(key)) part(key, Buffer.from(text));
      }
    }
    for (const file of route.multipart.files) {
      if (fuzz.chance(0.9)) part(file, Buffer.from(fuzz.pick(FILES)), fuzz.pick(['a.txt', 'b.xlf', 'c.tmx', 'd.csv', 'e.tbx', 'f']));
    }
    parts.push(Buffer.from(fuzz.chance(0.95) ? `--${boundary}--\r\n` : `--${boundary}`));
    return { body: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` };
  }

  /** The next request of the run: a route, who sends it, and what. */
  next(): GeneratedRequest {
    const fuzz = this.fuzz;
    const route = fuzz.pick(ROUTES);
    const who = fuzz.pick(['admin', 'admin', 'admin', 'translator', 'anonymous'] as const);
    let url = route.path;
    if (route.id) url = url.replace(':id', fuzz.chance(0.8) ? String(fuzz.pick(this.ids[route.id])) : fuzz.pick(BAD_IDS));
    url = url.replace(':dismissalId', fuzz.chance(0.8) ? fuzz.pick(['1', '2', '3', '4']) : fuzz.pick(BAD_IDS));
    if (route.streams) {
      // a valid query would open a feed that never ends: only ever a refused one
      url += `?after=${encodeURIComponent(fuzz.pick(['x', '-1', '1.5', '0x1', '1e2', '', '01']))}`;
    } else {
      const query = route.query ? fuzz.query(this.schemaOf(route.query)) : fuzz.chance(0.05) ? fuzz.query(undefined) : '';
      if (query) url += `?${query}`;
    }
    const headers: Record<string, string> = {};
    let body: Buffer | undefined;
    if (route.multipart) {
      const form = this.multipart(route as Route & { multipart: NonNullable<Route['multipart']> });
      body = form.body;
      headers['Content-Type'] = form.type;
    } else if (route.body) {
      const value = fuzz.chance(0.7) ? fuzz.mutate(fuzz.value(this.schemaOf(route.body))) : fuzz.value(this.schemaOf(route.body));
      if (fuzz.chance(0.05)) {
        body = Buffer.from(fuzz.pick(RAW_BODIES));
        headers['Content-Type'] = 'application/json';
      } else {
        body = Buffer.from(JSON.stringify(value) ?? 'null');
        headers['Content-Type'] = fuzz.chance(0.03) ? 'text/plain' : 'application/json';
      }
    }
    return { route, who, method: route.method, url, headers, body };
  }
}

/**
 * The API described for other tools: every route with what it takes and what it answers, as an
 * OpenAPI 3.1 document generated from the same zod schemas the server validates with and the
 * browser reads with (`GET /api/openapi.json`). A test fails when the app answers a route this
 * table lacks, and when an answer does not match the schema given here.
 */
import { z } from 'zod';
import {
  ConcordanceList,
  ConcordanceQuery,
  MatchesQuery,
  MemoryImportResult,
  MemoryMatchList,
  MemoryPairQuery,
  ActivityList,
  AnnotationCandidateList,
  AnnotationList,
  ApiErrorBody,
  ApiTokenList,
  BulkApproveResult,
  ChangePasswordBody,
  CommentList,
  CompareQuery,
  CompareResult,
  CreateAnnotationBody,
  CreateCommentBody,
  CreatedApiToken,
  CreateDismissalBody,
  CreateDocumentBody,
  CreateGlossaryTermBody,
  CreateTokenBody,
  CreateUserBody,
  Dismissal,
  DismissalList,
  DocumentFindings,
  DocumentList,
  DocumentListQuery,
  DocumentMembers,
  DocumentSummary,
  EffortReport,
  ReplacePreviewBody,
  FindingsPage,
  GlossaryListQuery,
  GlossaryPairList,
  GlossaryTerm,
  GlossaryTermList,
  ProposalList,
  MemoryAnalysisStatus,
  PropagateResult,
  MemoryPairList,
  ProposalListQuery,
  AcceptProposalBody,
  AcceptedProposal,
  GlossaryProposal,
  Health,
  ImportingList,
  ImportResult,
  LoginBody,
  QualityReport,
  QualityWeights,
  QueueList,
  RecordEffortBody,
  RejectBody,
  ReplaceBody,
  ReplacePreview,
  ReplaceResult,
  ResetPasswordBody,
  ResubmitBody,
  RevertBody,
  RevertFilter,
  RevertPreview,
  RevertResult,
  RevisionList,
  RevisionResult,
  Revision,
  SaveRevisionBody,
  Segment,
  SegmentComment,
  SegmentListQuery,
  SegmentPage,
  SessionInfo,
  SetDocumentRoleBody,
  Timeline,
  TransitionBody,
  UpdateDocumentBody,
  UpdateGlossaryTermBody,
  UpdateUserBody,
  User,
  UserList,
  UserWithPassword,
} from '../shared/schemas';

export interface RouteDoc {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express style (`:id`). */
  path: string;
  summary: string;
  query?: z.ZodType;
  body?: z.ZodType;
  /** `multipart/form-data` instead of JSON. */
  multipart?: boolean;
  /** The answer on success (JSON), when it is one; its status (200 unless said). */
  response?: z.ZodType;
  status?: number;
  /** Not JSON: a file, a stream, or nothing. */
  produces?: string;
}

export const ROUTE_DOCS: RouteDoc[] = [
  { method: 'get', path: '/api/health', summary: 'Whether the server answers (no session needed)', response: Health },
  { method: 'get', path: '/api/openapi.json', summary: 'This document (no session needed)', produces: 'application/json' },
  {
    method: 'post',
    path: '/api/session',
    summary: 'Sign in: the session cookie and its CSRF token',
    body: LoginBody,
    response: SessionInfo,
  },
  { method: 'get', path: '/api/session', summary: 'The current session, or 401', response: SessionInfo },
  { method: 'get', path: '/api/session/current', summary: 'The current session, or null (never 401)', response: SessionInfo.nullable() },
  { method: 'delete', path: '/api/session', summary: 'Sign out', status: 204, produces: 'nothing' },
  {
    method: 'put',
    path: '/api/session/password',
    summary: 'Change your password (ends every session)',
    body: ChangePasswordBody,
    status: 204,
    produces: 'nothing',
  },
  { method: 'get', path: '/api/session/tokens', summary: 'Your personal API tokens', response: ApiTokenList },
  {
    method: 'post',
    path: '/api/session/tokens',
    summary: 'A new personal API token, shown once',
    body: CreateTokenBody,
    response: CreatedApiToken,
    status: 201,
  },
  { method: 'delete', path: '/api/session/tokens/:id', summary: 'Revoke one of your tokens', status: 204, produces: 'nothing' },
  {
    method: 'get',
    path: '/api/documents',
    summary: 'Documents you may see (the archive with archived=1, admins)',
    query: DocumentListQuery,
    response: DocumentList,
  },
  {
    method: 'post',
    path: '/api/documents',
    summary:
      'Create a document from segments (JSON), or (multipart: source, target) from a text pair, two Word documents, two HTML pages, or a Word document or page with its source as text',
    body: CreateDocumentBody,
    response: DocumentSummary,
    status: 201,
  },
  {
    method: 'post',
    path: '/api/documents/import',
    summary:
      'Import an XLIFF or TMX file (multipart: file; title, targetLang for a file naming none, states=false to leave its states out): a document per language pair, and the file warnings',
    multipart: true,
    response: ImportResult,
    status: 201,
  },
  { method: 'get', path: '/api/documents/importing', summary: 'Imports under way, with their progress', response: ImportingList },
  { method: 'get', path: '/api/documents/:id', summary: 'One document', response: DocumentSummary },
  {
    method: 'patch',
    path: '/api/documents/:id',
    summary: "A document's title, deadline and assignee",
    body: UpdateDocumentBody,
    response: DocumentSummary,
  },
  { method: 'post', path: '/api/documents/:id/archive', summary: 'Archive a document (hidden, never deleted)', response: DocumentSummary },
  { method: 'post', path: '/api/documents/:id/restore', summary: 'Bring a document back from the archive', response: DocumentSummary },
  {
    method: 'get',
    path: '/api/documents/:id/export',
    summary:
      'The document as a file (format=xliff|docx|html|md|tmx|csv|txt; xliff with set=true: the whole file, with the work of every document made from it)',
    produces: 'a file',
  },
  {
    method: 'get',
    path: '/api/documents/:id/segments',
    summary: 'Segments, paged and filtered',
    query: SegmentListQuery,
    response: SegmentPage,
  },
  { method: 'get', path: '/api/documents/:id/findings', summary: "The document's findings in numbers", response: DocumentFindings },
  { method: 'get', path: '/api/documents/:id/findings/segments', summary: 'Every finding, a page at a time', response: FindingsPage },
  { method: 'get', path: '/api/documents/:id/dismissals', summary: '"Not an error" on record', response: DismissalList },
  {
    method: 'post',
    path: '/api/documents/:id/dismissals',
    summary: 'Dismiss findings as not an error',
    body: CreateDismissalBody,
    response: Dismissal,
    status: 201,
  },
  { method: 'delete', path: '/api/documents/:id/dismissals/:dismissalId', summary: 'Restore dismissed findings', response: Dismissal },
  { method: 'get', path: '/api/documents/:id/events', summary: "The document's event log, newest first", response: ActivityList },
  { method: 'get', path: '/api/documents/:id/members', summary: 'Who holds a role on the document', response: DocumentMembers },
  {
    method: 'put',
    path: '/api/documents/:id/members',
    summary: "Give or take someone's role on the document",
    body: SetDocumentRoleBody,
    response: DocumentMembers,
  },
  {
    method: 'get',
    path: '/api/documents/:id/compare',
    summary: 'The document at two points',
    query: CompareQuery,
    response: CompareResult,
  },
  { method: 'get', path: '/api/documents/:id/timeline', summary: 'Moments the text changed', response: Timeline },
  { method: 'get', path: '/api/documents/:id/annotations', summary: 'Errors recorded (MQM)', response: AnnotationList },
  {
    method: 'get',
    path: '/api/documents/:id/annotation-candidates',
    summary: "Editors' corrections to score",
    response: AnnotationCandidateList,
  },
  { method: 'get', path: '/api/documents/:id/quality', summary: 'The MQM quality report', response: QualityReport },
  {
    method: 'get',
    path: '/api/documents/:id/memory-analysis',
    summary:
      "The document's memory analysis as it stands: running (how far), or its last answer (paragraphs and words by their best match)",
    response: MemoryAnalysisStatus,
  },
  {
    method: 'post',
    path: '/api/documents/:id/memory-analysis',
    summary: 'Starts the memory analysis in the background (202), unless one is running',
    status: 202,
    response: MemoryAnalysisStatus,
  },
  { method: 'get', path: '/api/documents/:id/quality/export', summary: 'The quality report as CSV', produces: 'text/csv' },
  {
    method: 'put',
    path: '/api/documents/:id/quality/weights',
    summary: 'Severity weights of the score',
    body: QualityWeights,
    response: QualityReport,
  },
  { method: 'get', path: '/api/documents/:id/comments', summary: "Every paragraph's comments", response: CommentList },
  { method: 'get', path: '/api/documents/:id/effort', summary: 'Editing effort per person and paragraph', response: EffortReport },
  {
    method: 'post',
    path: '/api/documents/:id/revert/preview',
    summary: 'What a bulk revert would do',
    body: RevertFilter,
    response: RevertPreview,
  },
  { method: 'post', path: '/api/documents/:id/revert', summary: 'A bulk revert, as previewed', body: RevertBody, response: RevertResult },
  {
    method: 'post',
    path: '/api/documents/:id/replace/preview',
    summary: 'Find and replace: every paragraph it would change',
    body: ReplacePreviewBody,
    response: ReplacePreview,
  },
  {
    method: 'post',
    path: '/api/documents/:id/replace',
    summary: 'Find and replace: one revision per paragraph',
    body: ReplaceBody,
    response: ReplaceResult,
  },
  { method: 'get', path: '/api/documents/:id/live', summary: 'The live feed (server-sent events)', produces: 'text/event-stream' },
  { method: 'get', path: '/api/segments/:id', summary: 'One segment', response: Segment },
  { method: 'get', path: '/api/segments/:id/revisions', summary: "A segment's revisions, oldest first", response: RevisionList },
  {
    method: 'post',
    path: '/api/segments/:id/propagate',
    summary: "The paragraph's approved translation saved into the document's other paragraphs with the same source",
    response: PropagateResult,
  },
  {
    method: 'get',
    path: '/api/segments/:id/matches',
    summary: "A paragraph's translation memory matches, best first (score 0–100, none under ?min, default 70)",
    query: MatchesQuery,
    response: MemoryMatchList,
  },
  {
    method: 'post',
    path: '/api/segments/:id/revisions',
    summary: 'Save a revision (409 when baseVersion is stale)',
    body: SaveRevisionBody,
    response: RevisionResult,
    status: 201,
  },
  { method: 'post', path: '/api/segments/:id/annotations', summary: 'Record an error (MQM)', body: CreateAnnotationBody, status: 201 },
  { method: 'get', path: '/api/segments/:id/comments', summary: "A paragraph's comments", response: CommentList },
  {
    method: 'post',
    path: '/api/segments/:id/comments',
    summary: 'Comment on a paragraph',
    body: CreateCommentBody,
    response: SegmentComment,
    status: 201,
  },
  {
    method: 'post',
    path: '/api/segments/:id/effort',
    summary: 'Report editing time',
    body: RecordEffortBody,
    status: 204,
    produces: 'nothing',
  },
  { method: 'delete', path: '/api/annotations/:id', summary: 'Withdraw a recorded error' },
  { method: 'get', path: '/api/revisions/:id', summary: 'One revision', response: Revision },
  { method: 'post', path: '/api/revisions/approve', summary: 'Approve many revisions, each on its own', response: BulkApproveResult },
  { method: 'post', path: '/api/revisions/:id/submit', summary: 'Submit a draft', body: TransitionBody, response: RevisionResult },
  {
    method: 'post',
    path: '/api/revisions/:id/approve',
    summary: 'Approve a submitted revision',
    body: TransitionBody,
    response: RevisionResult,
  },
  {
    method: 'post',
    path: '/api/revisions/:id/reject',
    summary: 'Reject a submitted revision, saying why',
    body: RejectBody,
    response: RevisionResult,
  },
  {
    method: 'post',
    path: '/api/revisions/:id/resubmit',
    summary: 'Resubmit a rejected text unchanged, with a reply',
    body: ResubmitBody,
    response: RevisionResult,
  },
  { method: 'get', path: '/api/glossary/pairs', summary: 'Language pairs with a glossary', response: GlossaryPairList },
  { method: 'get', path: '/api/glossary/terms', summary: "A pair's terms", query: GlossaryListQuery, response: GlossaryTermList },
  { method: 'post', path: '/api/glossary/terms', summary: 'Add a term', body: CreateGlossaryTermBody, response: GlossaryTerm, status: 201 },
  { method: 'put', path: '/api/glossary/terms/:id', summary: 'Change a term', body: UpdateGlossaryTermBody, response: GlossaryTerm },
  { method: 'delete', path: '/api/glossary/terms/:id', summary: 'Delete a term', response: GlossaryTerm },
  { method: 'post', path: '/api/glossary/import', summary: 'Import a CSV or TBX glossary (multipart)', multipart: true },
  {
    method: 'get',
    path: '/api/glossary/proposals',
    summary: 'Learned terms (proposals from approved corrections), most often made first',
    query: ProposalListQuery,
    response: ProposalList,
  },
  {
    method: 'post',
    path: '/api/glossary/proposals/:id/accept',
    summary: 'Accept a learned term (fields optionally edited): it becomes a glossary term',
    body: AcceptProposalBody,
    response: AcceptedProposal,
    status: 201,
  },
  { method: 'post', path: '/api/glossary/proposals/:id/decline', summary: 'Decline a learned term', response: GlossaryProposal },
  { method: 'get', path: '/api/glossary/export', summary: "A pair's glossary as CSV or TBX", produces: 'a file' },
  {
    method: 'get',
    path: '/api/tm/pairs',
    summary: 'The language pairs the translation memory holds, with their units',
    response: MemoryPairList,
  },
  {
    method: 'get',
    path: '/api/tm/concordance',
    summary: 'Translation memory units whose source or target holds a word or phrase',
    query: ConcordanceQuery,
    response: ConcordanceList,
  },
  {
    method: 'post',
    path: '/api/tm/import',
    summary: 'Add a TMX file to the translation memory (multipart, admins)',
    multipart: true,
    response: MemoryImportResult,
  },
  {
    method: 'get',
    path: '/api/tm/export',
    summary: "A pair's translation memory as TMX (admins)",
    query: MemoryPairQuery,
    produces: 'a file',
  },
  { method: 'get', path: '/api/users', summary: 'Accounts (admins)', response: UserList },
  {
    method: 'post',
    path: '/api/users',
    summary: 'Create an account (admins)',
    body: CreateUserBody,
    response: UserWithPassword,
    status: 201,
  },
  {
    method: 'patch',
    path: '/api/users/:id',
    summary: "Change an account's name, role or state (admins)",
    body: UpdateUserBody,
    response: User,
  },
  {
    method: 'post',
    path: '/api/users/:id/password',
    summary: 'Set a new password for an account (admins)',
    body: ResetPasswordBody,
    response: UserWithPassword,
  },
  { method: 'get', path: '/api/queue', summary: 'Submitted revisions waiting for a decision', response: QueueList },
];

/** `/api/documents/:id` → `/api/documents/{id}`, as OpenAPI writes paths. */
export const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

const schemaOf = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });

/** The OpenAPI 3.1 document of every route above. */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const error = {
    description: 'An error: a code the client words, a message for people reading logs',
    content: { 'application/json': { schema: schemaOf(ApiErrorBody, 'output') } },
  };
  for (const route of ROUTE_DOCS) {
    const parameters = [...route.path.matchAll(/:(\w+)/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'integer', minimum: 1 },
    }));
    if (route.query) {
      const query = schemaOf(route.query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, schema] of Object.entries(query.properties ?? {}))
        parameters.push({ name, in: 'query', required: (query.required ?? []).includes(name), schema } as never);
    }
    const success = route.response
      ? { description: route.summary, content: { 'application/json': { schema: schemaOf(route.response, 'output') } } }
      : { description: route.produces ? `${route.summary} (${route.produces})` : route.summary };
    (paths[openApiPath(route.path)] ??= {})[route.method] = {
      summary: route.summary,
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(route.body, 'input') } } } }
        : {}),
      ...(route.multipart ? { requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object' } } } } } : {}),
      responses: { [String(route.status ?? 200)]: success, default: error },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tilik',
      version: '1',
      description:
        'Reviewing machine translation. Sign in with POST /api/session (cookie and X-CSRF-Token), or send a personal API token as Authorization: Bearer.',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'tilik_session' }, token: { type: 'http', scheme: 'bearer' } },
    },
    security: [{ session: [] }, { token: [] }],
    paths,
  };
}

/** The entry of a route ("GET /api/documents/:id"), if the table has it. */
export function routeDoc(method: string, path: string): RouteDoc | undefined {
  return ROUTE_DOCS.find((route) => route.method === method.toLowerCase() && route.path === path);
}

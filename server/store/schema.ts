/**
 * The tables as Kysely sees them, one shape for SQLite and PostgreSQL: ids are numbers, times are
 * ISO 8601 strings in UTC (they sort as text), flags are 0 or 1, and JSON is kept as text. The
 * migrations of each database (migrations/) create exactly this.
 */
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Role } from '../../shared/permissions';
import type { RevisionState, SegmentStatus } from '../../shared/schemas';

/** An id the database assigns on insert. */
type Id = Generated<number>;

export interface UsersTable {
  id: Id;
  username: string;
  display_name: string;
  created_at: string;
  password_hash: string | null;
  role: Role | null;
  disabled: ColumnType<number, number | undefined, number>;
}

export interface DocumentsTable {
  id: Id;
  title: string;
  source_lang: string;
  target_lang: string;
  created_at: string;
  created_by: number;
  /** JSON {minor, major, critical}, or null for the defaults. */
  quality_weights: string | null;
  /** The names of the document's sources (JSON array), gathered once; null until then. */
  names: ColumnType<string | null, string | null | undefined, string | null>;
  /** The glossary stamp every segment has been queued for checking with. */
  checked_stamp: ColumnType<string | null, string | null | undefined, string | null>;
  /** 'importing' while an import writes it (it is hidden meanwhile), else null; and how far it has come. */
  import_state: ColumnType<string | null, string | null | undefined, string | null>;
  import_progress: ColumnType<number | null, number | null | undefined, number | null>;
  /** The project memory its approvals go to (and its lookups read besides the shared one); null: the shared memory. */
  memory: ColumnType<string | null, string | null | undefined, string | null>;
  /** Segments of the document in the check queue (kept as the queue moves). */
  pending_checks: ColumnType<number, number | undefined, number>;
  /** Renderings consistency flags in the document (kept as texts change). */
  consistency_flagged: ColumnType<number, number | undefined, number>;
  /** Segments whose only findings are consistency's (kept as texts change). */
  consistency_only: ColumnType<number, number | undefined, number>;
  /** Moves with every document-wide dismissal (of a term or a check): part of the stamp its checks are made with. */
  dismissal_version: ColumnType<number, number | undefined, number>;
  /** When and by whom it was archived (hidden from lists; never deleted), else null. */
  archived_at: ColumnType<string | null, string | null | undefined, string | null>;
  archived_by: ColumnType<number | null, number | null | undefined, number | null>;
  /** The day it is due (YYYY-MM-DD), and who is to do it; null when not set. */
  deadline: ColumnType<string | null, string | null | undefined, string | null>;
  assignee_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface DocumentStatusCountsTable {
  document_id: number;
  status: SegmentStatus;
  n: number;
}

/** A segment's findings as last computed (in a worker), and the renderings of names in it. */
export interface SegmentChecksTable {
  segment_id: number;
  document_id: number;
  /** The current revision whose text was checked (null: the segment had none, the MT stood). */
  revision_id: number | null;
  /** The glossary stamp the check used. */
  glossary_stamp: string;
  /** JSON Finding[] of the machine translation and of the current text (null: no revision); consistency's are not stored. */
  mt_findings: string;
  current_findings: string | null;
  /** JSON Rendering[] of the MT and of the current text. */
  mt_renderings: string;
  current_renderings: string | null;
  /** The rules of the findings of the text that stands (current, else MT), " a b ", for filtering. */
  rules: string;
  /** How many of the standing text's renderings are not their name's chosen one (consistency flags them). */
  flagged: ColumnType<number, number | undefined, number>;
}

/** Segments whose findings are to be computed (again); a server claims a batch until a time. */
export interface CheckQueueTable {
  segment_id: number;
  document_id: number;
  claimed_until: string | null;
}

/** Findings of the texts that stand, per rule (rule '': segments with any finding). */
export interface DocumentFindingCountsTable {
  document_id: number;
  rule: string;
  minor: ColumnType<number, number | undefined, number>;
  major: ColumnType<number, number | undefined, number>;
  critical: ColumnType<number, number | undefined, number>;
  segments: ColumnType<number, number | undefined, number>;
  /** Findings dismissed as not an error. */
  dismissed: ColumnType<number, number | undefined, number>;
}

/** A finding dismissed as not an error (withdrawn, never deleted). */
export interface FindingDismissalsTable {
  id: Id;
  document_id: number;
  segment_id: number | null;
  scope: 'segment' | 'term' | 'rule';
  rule: string;
  term: string | null;
  quote: ColumnType<string, string | undefined, string>;
  created_by: number;
  created_at: string;
  withdrawn_by: ColumnType<number | null, number | null | undefined, number | null>;
  withdrawn_at: ColumnType<string | null, string | null | undefined, string | null>;
}

/** How often a name is rendered one way in the text that stands of one segment. */
export interface SegmentRenderingsTable {
  document_id: number;
  name: string;
  rendering: string;
  segment_id: number;
  n: number;
}

/** Each name's chosen rendering in a document: the most used (see flaggedRenderings), its count, and the name's total. */
export interface DocumentNameTopsTable {
  document_id: number;
  name: string;
  rendering: string;
  n: number;
  total: number;
}

export interface DocumentRenderingCountsTable {
  document_id: number;
  name: string;
  rendering: string;
  n: number;
}

export interface SegmentsTable {
  id: Id;
  document_id: number;
  position: number;
  source: string;
  mt: string;
  current_revision_id: number | null;
  approved_revision_id: number | null;
  status: ColumnType<SegmentStatus, SegmentStatus | undefined, SegmentStatus>;
  version: ColumnType<number, number | undefined, number>;
  /** Where the segment came from in an imported file, and its codes, notes and state (JSON). */
  origin_key: string | null;
  origin: string | null;
  /** A key of the source (server/store/sourceKey.ts): repetitions within the document are found by it. */
  source_key: ColumnType<string | null, string | null | undefined, string | null>;
  /** How many other segments of the document have this source (counted when the import is whole: `countRepeats`). */
  repeats: ColumnType<number, number | undefined, number>;
}

export interface RevisionsTable {
  id: Id;
  segment_id: number;
  parent_revision_id: number | null;
  text: string;
  author_id: number;
  created_at: string;
  state: RevisionState;
  decided_by: number | null;
  decided_at: string | null;
  comment: string | null;
  submitted_at: string | null;
}

export interface EventsTable {
  id: Id;
  document_id: number | null;
  segment_id: number | null;
  revision_id: number | null;
  actor_id: number | null;
  type: string;
  /** JSON. */
  payload: string;
  created_at: string;
}

export interface GlossaryTermsTable {
  id: Id;
  source_lang: string;
  target_lang: string;
  source: string;
  /** The source folded (case, width, spacing): a term is unique by it within its pair. */
  source_key: string;
  target: string;
  /** JSON array of strings. */
  forbidden: string;
  note: string;
  do_not_translate: number;
  case_sensitive: number;
  created_at: string;
  updated_at: string;
  /** 'manual' (written or imported) or 'learned' (an accepted proposal). */
  origin: ColumnType<GlossaryOrigin, GlossaryOrigin | undefined, GlossaryOrigin>;
}

export type GlossaryOrigin = 'manual' | 'learned';

export interface GlossaryProposalsTable {
  id: Id;
  source_lang: string;
  target_lang: string;
  source: string;
  source_key: string;
  target: string;
  target_key: string;
  /** JSON array of the MT renderings the corrections replaced. */
  forbidden: string;
  occurrences: number;
  status: 'open' | 'accepted' | 'declined';
  term_id: number | null;
  decided_by: number | null;
  decided_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface GlossaryProposalEvidenceTable {
  id: Id;
  proposal_id: number;
  document_id: number;
  segment_id: number;
  revision_id: number;
  source: string;
  mt: string;
  approved: string;
  approved_by: number | null;
  approved_at: string;
}

export interface SessionsTable {
  /** The SHA-256 of the cookie's token. */
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface ApiTokensTable {
  id: Id;
  user_id: number;
  name: string;
  /** The SHA-256 of the token (shown once, never stored). */
  token_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: ColumnType<string | null, string | null | undefined, string | null>;
  revoked_at: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A translation memory unit (PostgreSQL also keeps the folded texts its trigram indexes serve). */
export interface TmUnitsTable {
  id: Id;
  source_lang: string;
  target_lang: string;
  source: string;
  target: string;
  unit_key: string;
  source_key: string;
  origin: string;
  document_id: number | null;
  segment_id: number | null;
  approved_by: number | null;
  approved_at: string;
  /** The project memory it belongs to; null: the shared memory of its pair. */
  memory: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface DocumentRolesTable {
  document_id: number;
  user_id: number;
  role: Role;
}

export interface AnnotationsTable {
  id: Id;
  document_id: number;
  segment_id: number;
  revision_id: number | null;
  span_start: number;
  span_end: number;
  quote: string;
  category: string;
  severity: 'minor' | 'major' | 'critical';
  comment: string;
  origin: string | null;
  author_id: number;
  created_at: string;
  removed_by: number | null;
  removed_at: string | null;
}

export interface CommentsTable {
  id: Id;
  document_id: number;
  segment_id: number;
  author_id: number;
  body: string;
  created_at: string;
}

export interface EffortTable {
  id: Id;
  document_id: number;
  segment_id: number;
  user_id: number;
  ms: number;
  recorded_at: string;
}

export interface DocumentFilesTable {
  document_id: number;
  name: string;
  format: string;
  /** Empty: the file is in document_file_chunks. */
  content: string;
  /** The document whose pieces hold the file (one file, several language pairs); null: its own. */
  file_of: number | null;
  /** 1: the file began with a byte-order mark, kept out of its text and written back on export. */
  byte_order_mark: Generated<number>;
}

/** An imported file, piece by piece in order. */
export interface DocumentFileChunksTable {
  document_id: number;
  seq: number;
  content: string;
}

export interface SignInAttemptsTable {
  id: Id;
  key: string;
  /** Milliseconds since the epoch. */
  at: number;
}

/** Who has a document open, on which server: live feeds, kept alive by a heartbeat. */
export interface PresenceTable {
  /** A random id per open feed. */
  id: string;
  server_id: string;
  document_id: number;
  user_id: number;
  user_name: string;
  session_id: string;
  /** Milliseconds since the epoch of the last heartbeat. */
  seen_at: number;
}

export interface SegmentSentencesTable {
  document_id: number;
  /** sourceKey of the sentence's text (server/store/sourceKey.ts). */
  sentence_key: string;
  segment_id: number;
}

/** A document's memory analysis: the one running, or the last one made (its answer as JSON). */
export interface MemoryAnalysesTable {
  document_id: number;
  state: 'running' | 'done' | 'failed';
  /** 0 to 1. */
  progress: number;
  result: string | null;
  error: string | null;
  started_by: number | null;
  started_at: string;
  /** When it last said how far it had come: a running one not heard from in long is taken as lost. */
  updated_at: string;
  finished_at: string | null;
}

export interface Database {
  memory_analyses: MemoryAnalysesTable;
  users: UsersTable;
  documents: DocumentsTable;
  segments: SegmentsTable;
  segment_sentences: SegmentSentencesTable;
  revisions: RevisionsTable;
  events: EventsTable;
  glossary_terms: GlossaryTermsTable;
  glossary_proposals: GlossaryProposalsTable;
  glossary_proposal_evidence: GlossaryProposalEvidenceTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  document_roles: DocumentRolesTable;
  annotations: AnnotationsTable;
  comments: CommentsTable;
  effort: EffortTable;
  document_files: DocumentFilesTable;
  document_file_chunks: DocumentFileChunksTable;
  sign_in_attempts: SignInAttemptsTable;
  presence: PresenceTable;
  document_status_counts: DocumentStatusCountsTable;
  segment_checks: SegmentChecksTable;
  check_queue: CheckQueueTable;
  segment_renderings: SegmentRenderingsTable;
  document_finding_counts: DocumentFindingCountsTable;
  document_rendering_counts: DocumentRenderingCountsTable;
  document_name_tops: DocumentNameTopsTable;
  finding_dismissals: FindingDismissalsTable;
  tm_units: TmUnitsTable;
}

export type UserRow = Selectable<UsersTable>;
export type DocumentRow = Selectable<DocumentsTable>;
export type RevisionRow = Selectable<RevisionsTable>;
export type EventRow = Selectable<EventsTable>;
export type GlossaryRow = Selectable<GlossaryTermsTable>;
export type SessionRow = Selectable<SessionsTable>;
export type AnnotationRow = Selectable<AnnotationsTable>;

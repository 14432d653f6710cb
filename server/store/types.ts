/**
 * The store's face and the domain's record types: the rest of the server reaches data only through
 * services, which reach it through the repositories a Store gives them.
 */
import type { GlossaryTerm, Revision, Segment, SegmentListQuery } from '../../shared/schemas';
import type { MqmCategory } from '../../shared/mqm';
import type { Role } from '../../shared/permissions';
import type { Annotation, UserRef } from '../../shared/schemas';
import type { User } from '../../shared/schemas';
import type { EventType } from '../../shared/events';
import type { RevisionAction } from '../../shared/workflow';
import type { InlineCode } from '../../shared/text/placeholders';
import type { DialectName } from './features';
import type { StoreConfig } from './index';
import type { CheckRepository } from './repositories/checks';
import type { MemoryRepository } from './repositories/memory';
import type { ProposalRepository } from './repositories/proposals';
import type { DocumentRepository } from './repositories/documents';
import type { GlossaryRepository } from './repositories/glossary';
import type { PeopleRepository } from './repositories/people';
import type { ReviewRepository } from './repositories/review';
import type { RevisionRepository } from './repositories/revisions';

export interface SaveRevisionInput {
  segmentId: number;
  text: string;
  baseVersion: number;
  authorId: number;
}

export type SaveRevisionOutcome =
  | { kind: 'created'; revision: Revision; segment: Segment }
  | { kind: 'unchanged'; revision: Revision; segment: Segment }
  | { kind: 'conflict'; segment: Segment }
  | { kind: 'not_found' };

export interface TransitionInput {
  revisionId: number;
  action: RevisionAction;
  actorId: number;
  comment?: string | undefined;
  baseVersion?: number | undefined;
}

export type TransitionOutcome =
  | { kind: 'done'; revision: Revision; segment: Segment }
  | { kind: 'not_found' }
  | { kind: 'conflict'; segment: Segment }
  | { kind: 'invalid'; revision: Revision; reason: 'superseded' | 'wrong_state'; allowedFrom: Revision['state'] };

export interface StoredEvent {
  id: number;
  documentId: number | null;
  segmentId: number | null;
  revisionId: number | null;
  actorId: number | null;
  type: EventType;
  payload: Record<string, unknown>;
  createdAt: string;
}

export type GlossaryWriteOutcome =
  { kind: 'done'; term: GlossaryTerm } | { kind: 'not_found' } | { kind: 'duplicate'; existing: GlossaryTerm };

/** What the store filters segments by: the API query's paging, status, text and findings. */
export interface SegmentListOptions extends Pick<SegmentListQuery, 'offset' | 'limit' | 'status'> {
  after?: number | undefined;
  before?: number | undefined;
  q?: string | undefined;
  findings?: SegmentListQuery['findings'] | undefined;
  rule?: string | undefined;
}

/** A user as the store keeps them: the public fields and the password hash. */
export interface UserRecord extends User {
  passwordHash: string | null;
}

export interface SessionRecord {
  id: string;
  userId: number;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

/** Who is asking, for the store's filters: their id and global role. */
export interface Viewer {
  id: number;
  role: Role | null;
}

/** A submitted revision waiting for a decision, with where it belongs. */
export interface QueueItem {
  revision: Revision;
  segment: Segment;
  document: { id: number; title: string; sourceLang: string; targetLang: string };
  submittedAt: string;
}

export type AccessKind = 'document' | 'segment' | 'revision' | 'annotation';

export interface AnnotationInput {
  documentId: number;
  segmentId: number;
  revisionId: number | null;
  start: number;
  end: number;
  quote: string;
  category: MqmCategory;
  severity: Annotation['severity'];
  comment: string;
  origin: string | null;
  authorId: number;
}

/** A revision as comparisons and reverts need it: text, author, times, state. */
export interface DocumentRevision {
  id: number;
  segmentId: number;
  parentRevisionId: number | null;
  text: string;
  author: UserRef;
  createdAt: string;
  state: Revision['state'];
  submittedAt: string | null;
  decidedAt: string | null;
}

export interface EffortInput {
  documentId: number;
  segmentId: number;
  userId: number;
  ms: number;
  /** When the reporting session began: no report counts time from before it. */
  since: string;
  allowanceMs: number;
}

export type EffortOutcome = { kind: 'recorded' } | { kind: 'too_much'; maxMs: number };

export interface EffortRow {
  segmentId: number;
  user: UserRef;
  ms: number;
}

export type AttemptReservation = { kind: 'reserved'; ids: number[] } | { kind: 'limited'; retryAfterMs: number };

export type RevertOutcome = { kind: 'done'; segments: Segment[] } | { kind: 'conflict'; segmentId: number; version: number };

/** The repositories, over one transaction or over single statements. */
export interface Repositories {
  /** Writers on these keys (a sign-in key, a person's segment) wait for each other until the transaction ends. */
  lock(keys: readonly string[]): Promise<void>;
  /**
   * The lock of one key until the transaction ends, only if no other writer holds it (PostgreSQL;
   * on SQLite the transaction holds the one write lock already): whether it was taken. Never waits.
   */
  tryLock(key: string): Promise<boolean>;
  documents: DocumentRepository;
  revisions: RevisionRepository;
  people: PeopleRepository;
  glossary: GlossaryRepository;
  review: ReviewRepository;
  checks: CheckRepository;
  memory: MemoryRepository;
  proposals: ProposalRepository;
}

/** Something changed in the database, said by PostgreSQL's NOTIFY as its transaction commits. */
export interface ChangeNotice {
  kind: 'event' | 'presence';
  documentId: number | null;
}

/**
 * The database, SQLite or PostgreSQL behind one face. Rules run in services, inside
 * `transaction(tx => ...)`, over the repositories it hands them; `read` serves single reads that
 * need no transaction. A service that must undo its work with an answer throws `Rollback`.
 */
export interface Store {
  readonly dialect: DialectName;
  /** How it was opened: another thread or process opens its own connection with it. */
  readonly config: StoreConfig;
  readonly read: Repositories;
  transaction<T>(work: (tx: Repositories) => Promise<T>, options?: { readOnly?: boolean }): Promise<T>;
  /** Calls the listener for every change committed by any server (PostgreSQL); never for SQLite. */
  onChange(listener: (notice: ChangeNotice) => void): () => void;
  /** Whether an error is a unique constraint refusing a duplicate (two writers adding one thing). */
  isUniqueViolation(error: unknown): boolean;
  /** Every row of every table, for tests and diagnostics. */
  dump(): Promise<Record<string, unknown[]>>;
  close(): Promise<void>;
}

/** Thrown inside a transaction to roll it back and answer `value` instead. */
export class Rollback<T> extends Error {
  constructor(readonly value: T) {
    super('rolled back');
    this.name = 'Rollback';
  }
}

/** The user that acts while accounts do not exist yet (single-user mode). */
export const LOCAL_USER_ID = 2;
/** The user that imports documents on the system's behalf (the demo article). */
export const SYSTEM_USER_ID = 1;

/** A file a document is imported from: kept whole, with where each segment came from. */
export interface ImportedFile {
  name: string;
  format: string;
  content: string;
  segments: Array<{
    key: string;
    codes: InlineCode[];
    notes: string[];
    state: string | null;
    /** A page (HTML): where the segment's text lies in the target page, to write it back; null: nowhere (a source block the page lacks). */
    html?: {
      start: number;
      end: number;
      attribute?: boolean;
      /** An attribute of an element inside a text: that element's code in the text's segment, and where the value lies in its markup. */
      within?: { key: string; at: number; length: number };
    } | null;
    /** A Word document: the part, where the paragraph content lies in it, the run its text is written in, and a text box copy's span. */
    docx?: { part: string; start: number; end: number; baseOpen: string; twin?: { start: number; end: number } } | null;
  }>;
}

export interface StoredFile {
  name: string;
  format: string;
  content: string;
  /** Segment id → its key in the file. */
  origins: Map<number, string>;
}

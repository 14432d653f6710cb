/**
 * The store interface: the only way the rest of the server touches data. Async from day one so a
 * PostgreSQL adapter can sit behind it; every method is atomic (one transaction).
 */
import type {
  CreateDocumentBody,
  DocumentSummary,
  GlossaryImportResult,
  GlossaryPair,
  GlossaryTerm,
  GlossaryTermInput,
  Revision,
  Segment,
  SegmentListQuery,
} from '../../shared/schemas';
import type { MqmCategory, SeverityWeights } from '../../shared/mqm';
import type { Role } from '../../shared/permissions';
import type { Annotation, SegmentComment, UserRef } from '../../shared/schemas';
import type { User } from '../../shared/schemas';
import type { RevisionAction } from '../../shared/workflow';
import type { InlineCode } from '../../shared/text/placeholders';

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
  type: string;
  payload: Record<string, unknown>;
  createdAt: string;
}

export type GlossaryWriteOutcome =
  | { kind: 'done'; term: GlossaryTerm }
  | { kind: 'not_found' }
  | { kind: 'duplicate'; existing: GlossaryTerm };

/** What the store filters segments by: the API query's paging, status and text, and ids. */
export interface SegmentListOptions extends Pick<SegmentListQuery, 'offset' | 'limit' | 'status'> {
  q?: string | undefined;
  /** Only these segments (the route works out which have findings). */
  ids?: readonly number[];
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

/** Reviewing: annotations, comments, editing time, quality weights, a document's revision history. */
export interface ReviewStore {
  /** Annotations in force (not withdrawn), oldest first. */
  listAnnotations(documentId: number): Promise<Annotation[]>;
  getAnnotation(id: number): Promise<(Annotation & { removed: boolean }) | undefined>;
  createAnnotation(input: AnnotationInput): Promise<Annotation>;
  /** Withdraws an annotation (it stays in the database); undefined if unknown or already withdrawn. */
  withdrawAnnotation(id: number, actorId: number): Promise<Annotation | undefined>;
  listComments(documentId: number, segmentId?: number): Promise<SegmentComment[]>;
  createComment(input: { documentId: number; segmentId: number; authorId: number; body: string }): Promise<SegmentComment>;
  /**
   * Records a report of editing time, unless it claims more than has passed since the person's
   * previous report for the segment (or since `since`, their session's start): see allowedEffort.
   */
  recordEffort(input: EffortInput): Promise<EffortOutcome>;
  /** Editing time summed per segment and person. */
  effortOf(documentId: number): Promise<EffortRow[]>;
  /** The document's MQM weights, or null for the defaults. */
  qualityWeights(documentId: number): Promise<SeverityWeights | null>;
  setQualityWeights(documentId: number, weights: SeverityWeights, actorId: number): Promise<void>;
  /** Every revision of the document's segments, oldest first. */
  revisionsOfDocument(documentId: number): Promise<DocumentRevision[]>;
}

export type AttemptReservation = { kind: 'reserved'; ids: number[] } | { kind: 'limited'; retryAfterMs: number };

export type RevertOutcome = { kind: 'done'; segments: Segment[] } | { kind: 'conflict'; segmentId: number; version: number };

export interface Store {
  readonly review: ReviewStore;
  /** True when no document has ever been stored (first start: import the demo). */
  isEmpty(): Promise<boolean>;
  /** Every document, or (with a viewer) those they may see, with the role they act with. */
  listDocuments(viewer?: Viewer): Promise<DocumentSummary[]>;
  getDocument(id: number, viewer?: Viewer): Promise<DocumentSummary | undefined>;
  /** Creates a document; an imported file is kept with it (for export) with each segment's origin. */
  createDocument(input: CreateDocumentBody, actorId: number, imported?: ImportedFile): Promise<DocumentSummary>;
  /** The file a document was imported from, and the origin key of each segment (by segment id). */
  documentFile(documentId: number): Promise<StoredFile | undefined>;
  /** The format of that file ("xliff-1.2", "xliff-2.0"), or null for a document not imported from one. */
  documentFileFormat(documentId: number): Promise<string | null>;
  listSegments(documentId: number, query: SegmentListOptions): Promise<{ items: Segment[]; total: number }>;
  /** Every segment of a document in order (for whole-document checks). */
  allSegments(documentId: number): Promise<Segment[]>;
  /** The id of the document's latest event: a cheap "has anything changed" stamp. */
  lastEventId(documentId: number): Promise<number>;
  /** The id of the latest event that changed a segment's text: findings only change with it. */
  lastSaveEventId(documentId: number): Promise<number>;
  getSegment(id: number): Promise<Segment | undefined>;
  saveRevision(input: SaveRevisionInput): Promise<SaveRevisionOutcome>;
  listRevisions(segmentId: number): Promise<Revision[] | undefined>;
  getRevision(id: number): Promise<Revision | undefined>;
  transitionRevision(input: TransitionInput): Promise<TransitionOutcome>;
  listEvents(documentId: number, afterId?: number): Promise<StoredEvent[]>;
  /** Events of these types after `afterId`, whatever their document (the live hub's access changes). */
  listEventsOfTypes(types: readonly string[], afterId: number): Promise<StoredEvent[]>;
  /** The id of the latest event of all. */
  lastEventIdOverall(): Promise<number>;
  listGlossaryPairs(): Promise<Array<GlossaryPair & { terms: number }>>;
  listGlossaryTerms(pair: GlossaryPair, q?: string): Promise<GlossaryTerm[]>;
  getGlossaryTerm(id: number): Promise<GlossaryTerm | undefined>;
  createGlossaryTerm(pair: GlossaryPair, input: GlossaryTermInput, actorId: number): Promise<GlossaryWriteOutcome>;
  updateGlossaryTerm(id: number, input: GlossaryTermInput, actorId: number): Promise<GlossaryWriteOutcome>;
  deleteGlossaryTerm(id: number, actorId: number): Promise<GlossaryTerm | undefined>;
  importGlossaryTerms(
    pair: GlossaryPair,
    terms: readonly GlossaryTermInput[],
    mode: 'merge' | 'replace',
    actorId: number,
  ): Promise<GlossaryImportResult>;
  /**
   * The terms that apply to documents in this pair (terms filed under the bare languages, "en"
   * and "id", apply to "en-GB" and "id-ID" too), and a stamp that changes whenever they do.
   */
  glossaryFor(sourceLang: string, targetLang: string): Promise<{ terms: GlossaryTerm[]; version: string }>;
  createUser(
    input: { username: string; displayName: string; role: Role | null; passwordHash: string },
    actorId: number,
  ): Promise<{ kind: 'done'; user: User } | { kind: 'duplicate' }>;
  getUser(id: number): Promise<UserRecord | undefined>;
  getUserByUsername(username: string): Promise<UserRecord | undefined>;
  /** People with an account (not the built-in system users). */
  listUsers(): Promise<User[]>;
  updateUser(
    id: number,
    changes: { displayName?: string | undefined; role?: Role | null | undefined; disabled?: boolean | undefined },
    actorId: number,
  ): Promise<User | undefined>;
  /** Sets a new password hash and ends every session of the user. */
  setPasswordHash(id: number, passwordHash: string, actorId: number): Promise<boolean>;
  /**
   * Counts one sign-in attempt under every key at once (all or none), unless a key already has its
   * limit of attempts since `now - windowMs`: then nothing is counted and the answer says when the
   * oldest of them leaves the window. Atomic, across server processes too.
   */
  reserveAttempts(keys: ReadonlyArray<{ key: string; limit: number }>, windowMs: number, now: number): Promise<AttemptReservation>;
  /** Takes back attempts that turned out well (a correct password is not a failure). */
  releaseAttempts(ids: readonly number[]): Promise<void>;
  /** Forgets every attempt under a key (an account's failures, once its owner signs in). */
  clearAttempts(key: string): Promise<void>;
  createSession(session: Omit<SessionRecord, 'revokedAt' | 'lastSeenAt'>): Promise<void>;
  getSession(id: string): Promise<SessionRecord | undefined>;
  touchSession(id: string, at: string): Promise<void>;
  /** Ends a session (an event "session.ended" says so, for live feeds on every process). */
  revokeSession(id: string, at: string): Promise<void>;
  revokeUserSessions(userId: number, at: string): Promise<void>;
  /**
   * The document a document, segment or revision id belongs to and the roles the viewer holds
   * there (global and per-document roles; empty when they may not see it): one cheap lookup for
   * the permission check of every request. Undefined when there is no such thing.
   */
  accessTo(kind: AccessKind, id: number, viewer: Viewer): Promise<{ documentId: number; roles: Role[] } | undefined>;
  /** The user's own role on a document (not counting their global role). */
  documentRole(userId: number, documentId: number): Promise<Role | null>;
  setDocumentRole(documentId: number, userId: number, role: Role | null, actorId: number): Promise<void>;
  listDocumentMembers(documentId: number): Promise<Array<{ user: User; role: Role }>>;
  /** Submitted revisions still current on their segment, newest submission first. */
  listQueue(documentIds: readonly number[] | 'all'): Promise<QueueItem[]>;
  /** Events of a document with the actor's name. */
  listEventsWithActors(
    documentId: number,
    limit: number,
  ): Promise<Array<StoredEvent & { actorName: string | null; position: number | null }>>;
  /**
   * Saves restored texts as new revisions in one transaction, each against the version the revert
   * was planned on: all or nothing.
   */
  revertSegments(
    documentId: number,
    items: ReadonlyArray<{ segmentId: number; baseVersion: number; text: string }>,
    actorId: number,
    filter: Record<string, unknown>,
  ): Promise<RevertOutcome>;
  close(): Promise<void>;
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
  segments: Array<{ key: string; codes: InlineCode[]; notes: string[]; state: string | null }>;
}

export interface StoredFile {
  name: string;
  format: string;
  content: string;
  /** Segment id → its key in the file. */
  origins: Map<number, string>;
}

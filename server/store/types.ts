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
import type { RevisionAction } from '../../shared/workflow';

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

export interface Store {
  /** True when no document has ever been stored (first start: import the demo). */
  isEmpty(): Promise<boolean>;
  listDocuments(): Promise<DocumentSummary[]>;
  getDocument(id: number): Promise<DocumentSummary | undefined>;
  createDocument(input: CreateDocumentBody, actorId: number): Promise<DocumentSummary>;
  listSegments(documentId: number, query: SegmentListOptions): Promise<{ items: Segment[]; total: number }>;
  /** Every segment of a document in order (for whole-document checks). */
  allSegments(documentId: number): Promise<Segment[]>;
  /** The id of the document's latest event: a cheap "has anything changed" stamp. */
  lastEventId(documentId: number): Promise<number>;
  getSegment(id: number): Promise<Segment | undefined>;
  saveRevision(input: SaveRevisionInput): Promise<SaveRevisionOutcome>;
  listRevisions(segmentId: number): Promise<Revision[] | undefined>;
  getRevision(id: number): Promise<Revision | undefined>;
  transitionRevision(input: TransitionInput): Promise<TransitionOutcome>;
  listEvents(documentId: number, afterId?: number): Promise<StoredEvent[]>;
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
  close(): Promise<void>;
}

/** The user that acts while accounts do not exist yet (single-user mode). */
export const LOCAL_USER_ID = 2;
/** The user that imports documents on the system's behalf (the demo article). */
export const SYSTEM_USER_ID = 1;

/**
 * The store interface: the only way the rest of the server touches data. Async from day one so a
 * PostgreSQL adapter can sit behind it; every method is atomic (one transaction).
 */
import type {
  CreateDocumentBody,
  DocumentSummary,
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

export interface Store {
  /** True when no document has ever been stored (first start: import the demo). */
  isEmpty(): Promise<boolean>;
  listDocuments(): Promise<DocumentSummary[]>;
  getDocument(id: number): Promise<DocumentSummary | undefined>;
  createDocument(input: CreateDocumentBody, actorId: number): Promise<DocumentSummary>;
  listSegments(documentId: number, query: SegmentListQuery): Promise<{ items: Segment[]; total: number }>;
  getSegment(id: number): Promise<Segment | undefined>;
  saveRevision(input: SaveRevisionInput): Promise<SaveRevisionOutcome>;
  listRevisions(segmentId: number): Promise<Revision[] | undefined>;
  getRevision(id: number): Promise<Revision | undefined>;
  transitionRevision(input: TransitionInput): Promise<TransitionOutcome>;
  listEvents(documentId: number, afterId?: number): Promise<StoredEvent[]>;
  close(): Promise<void>;
}

/** The user that acts while accounts do not exist yet (single-user mode). */
export const LOCAL_USER_ID = 2;
/** The user that imports documents on the system's behalf (the demo article). */
export const SYSTEM_USER_ID = 1;

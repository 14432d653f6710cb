/**
 * The reviewing side of the SQLite store: MQM annotations (withdrawn, never deleted), comments
 * (append-only), editing time, quality weights, and the full revision history of a document for
 * comparisons and bulk reverts. Shares the database and the event log with SqliteStore.
 */
import type Database from 'better-sqlite3';
import type { MqmCategory, SeverityWeights } from '../../../shared/mqm';
import type { Annotation, SegmentComment } from '../../../shared/schemas';
import { allowedEffort } from '../../../shared/effort';
import type { AnnotationInput, DocumentRevision, EffortInput, EffortOutcome, EffortRow, ReviewStore, StoredEvent } from '../types';

interface AnnotationRow {
  id: number;
  document_id: number;
  segment_id: number;
  revision_id: number | null;
  span_start: number;
  span_end: number;
  quote: string;
  category: MqmCategory;
  severity: Annotation['severity'];
  comment: string;
  origin: string | null;
  author_id: number;
  author_name: string;
  created_at: string;
  removed_at: string | null;
}

function toAnnotation(row: AnnotationRow): Annotation {
  return {
    id: row.id,
    documentId: row.document_id,
    segmentId: row.segment_id,
    revisionId: row.revision_id,
    start: row.span_start,
    end: row.span_end,
    quote: row.quote,
    category: row.category,
    severity: row.severity,
    comment: row.comment,
    origin: row.origin,
    author: { id: row.author_id, name: row.author_name },
    createdAt: row.created_at,
  };
}

interface CommentRow {
  id: number;
  segment_id: number;
  author_id: number;
  author_name: string;
  body: string;
  created_at: string;
}

function toComment(row: CommentRow): SegmentComment {
  return { id: row.id, segmentId: row.segment_id, author: { id: row.author_id, name: row.author_name }, body: row.body, createdAt: row.created_at };
}

const ANNOTATION_SELECT = `SELECT a.*, u.display_name AS author_name FROM annotations a JOIN users u ON u.id = a.author_id`;
const COMMENT_SELECT = `SELECT c.id, c.segment_id, c.author_id, u.display_name AS author_name, c.body, c.created_at
  FROM comments c JOIN users u ON u.id = c.author_id`;

export interface ReviewStoreDeps {
  db: Database.Database;
  timestamp: () => string;
  recordEvent: (event: Omit<StoredEvent, 'id' | 'createdAt'>) => void;
}

export class SqliteReviewStore implements ReviewStore {
  private readonly db: Database.Database;
  private readonly timestamp: () => string;
  private readonly recordEvent: ReviewStoreDeps['recordEvent'];
  private readonly statements;

  constructor({ db, timestamp, recordEvent }: ReviewStoreDeps) {
    this.db = db;
    this.timestamp = timestamp;
    this.recordEvent = recordEvent;
    this.statements = {
      annotations: db.prepare<[number], AnnotationRow>(`${ANNOTATION_SELECT} WHERE a.document_id = ? AND a.removed_at IS NULL ORDER BY a.id`),
      annotation: db.prepare<[number], AnnotationRow>(`${ANNOTATION_SELECT} WHERE a.id = ?`),
      insertAnnotation: db.prepare(
        `INSERT INTO annotations (document_id, segment_id, revision_id, span_start, span_end, quote, category, severity,
           comment, origin, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      withdrawAnnotation: db.prepare('UPDATE annotations SET removed_by = ?, removed_at = ? WHERE id = ? AND removed_at IS NULL'),
      commentsOfDocument: db.prepare<[number], CommentRow>(`${COMMENT_SELECT} WHERE c.document_id = ? ORDER BY c.id`),
      commentsOfSegment: db.prepare<[number], CommentRow>(`${COMMENT_SELECT} WHERE c.segment_id = ? ORDER BY c.id`),
      comment: db.prepare<[number], CommentRow>(`${COMMENT_SELECT} WHERE c.id = ?`),
      insertComment: db.prepare('INSERT INTO comments (document_id, segment_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?)'),
      lastEffort: db.prepare<[number, number], { recorded_at: string }>(
        'SELECT recorded_at FROM effort WHERE user_id = ? AND segment_id = ? ORDER BY id DESC LIMIT 1',
      ),
      insertEffort: db.prepare('INSERT INTO effort (document_id, segment_id, user_id, ms, recorded_at) VALUES (?, ?, ?, ?, ?)'),
      effort: db.prepare<[number], { segment_id: number; user_id: number; user_name: string; ms: number }>(
        `SELECT e.segment_id, e.user_id, u.display_name AS user_name, sum(e.ms) AS ms
         FROM effort e JOIN users u ON u.id = e.user_id WHERE e.document_id = ? GROUP BY e.segment_id, e.user_id`,
      ),
      weights: db.prepare<[number], { quality_weights: string | null }>('SELECT quality_weights FROM documents WHERE id = ?'),
      setWeights: db.prepare('UPDATE documents SET quality_weights = ? WHERE id = ?'),
      revisionsOfDocument: db.prepare<
        [number],
        {
          id: number;
          segment_id: number;
          parent_revision_id: number | null;
          text: string;
          author_id: number;
          author_name: string;
          created_at: string;
          state: DocumentRevision['state'];
          submitted_at: string | null;
          decided_at: string | null;
        }
      >(
        `SELECT r.id, r.segment_id, r.parent_revision_id, r.text, r.author_id, u.display_name AS author_name, r.created_at,
           r.state, r.submitted_at, r.decided_at
         FROM revisions r JOIN segments s ON s.id = r.segment_id JOIN users u ON u.id = r.author_id
         WHERE s.document_id = ? ORDER BY r.id`,
      ),
    };
  }

  async listAnnotations(documentId: number): Promise<Annotation[]> {
    return this.statements.annotations.all(documentId).map(toAnnotation);
  }

  async getAnnotation(id: number): Promise<(Annotation & { removed: boolean }) | undefined> {
    const row = this.statements.annotation.get(id);
    return row && { ...toAnnotation(row), removed: row.removed_at !== null };
  }

  async createAnnotation(input: AnnotationInput): Promise<Annotation> {
    const create = this.db.transaction(() => {
      const { lastInsertRowid } = this.statements.insertAnnotation.run(
        input.documentId,
        input.segmentId,
        input.revisionId,
        input.start,
        input.end,
        input.quote,
        input.category,
        input.severity,
        input.comment,
        input.origin,
        input.authorId,
        this.timestamp(),
      );
      const id = Number(lastInsertRowid);
      this.recordEvent({
        documentId: input.documentId,
        segmentId: input.segmentId,
        revisionId: input.revisionId,
        actorId: input.authorId,
        type: 'annotation.created',
        payload: { id, category: input.category, severity: input.severity },
      });
      const row = this.statements.annotation.get(id);
      if (!row) throw new Error(`annotation ${id} vanished`);
      return toAnnotation(row);
    });
    return create();
  }

  async withdrawAnnotation(id: number, actorId: number): Promise<Annotation | undefined> {
    const withdraw = this.db.transaction(() => {
      const row = this.statements.annotation.get(id);
      if (!row || row.removed_at !== null) return undefined;
      this.statements.withdrawAnnotation.run(actorId, this.timestamp(), id);
      this.recordEvent({
        documentId: row.document_id,
        segmentId: row.segment_id,
        revisionId: row.revision_id,
        actorId,
        type: 'annotation.removed',
        payload: { id },
      });
      return toAnnotation(row);
    });
    return withdraw();
  }

  async listComments(documentId: number, segmentId?: number): Promise<SegmentComment[]> {
    const rows = segmentId === undefined ? this.statements.commentsOfDocument.all(documentId) : this.statements.commentsOfSegment.all(segmentId);
    return rows.map(toComment);
  }

  async createComment(input: { documentId: number; segmentId: number; authorId: number; body: string }): Promise<SegmentComment> {
    const create = this.db.transaction(() => {
      const { lastInsertRowid } = this.statements.insertComment.run(input.documentId, input.segmentId, input.authorId, input.body, this.timestamp());
      const id = Number(lastInsertRowid);
      this.recordEvent({
        documentId: input.documentId,
        segmentId: input.segmentId,
        revisionId: null,
        actorId: input.authorId,
        type: 'comment.created',
        payload: { id },
      });
      const row = this.statements.comment.get(id);
      if (!row) throw new Error(`comment ${id} vanished`);
      return toComment(row);
    });
    return create();
  }

  async recordEffort(input: EffortInput): Promise<EffortOutcome> {
    // the check and the insert in one write transaction: reports sent at once see each other
    const record = this.db.transaction((): EffortOutcome => {
      const now = this.timestamp();
      const previous = this.statements.lastEffort.get(input.userId, input.segmentId)?.recorded_at ?? null;
      const maxMs = allowedEffort(input, previous, now);
      if (input.ms > maxMs) return { kind: 'too_much', maxMs };
      this.statements.insertEffort.run(input.documentId, input.segmentId, input.userId, input.ms, now);
      return { kind: 'recorded' };
    });
    return record.immediate();
  }

  async effortOf(documentId: number): Promise<EffortRow[]> {
    return this.statements.effort.all(documentId).map((row) => ({
      segmentId: row.segment_id,
      user: { id: row.user_id, name: row.user_name },
      ms: row.ms,
    }));
  }

  async qualityWeights(documentId: number): Promise<SeverityWeights | null> {
    const row = this.statements.weights.get(documentId);
    return row?.quality_weights ? (JSON.parse(row.quality_weights) as SeverityWeights) : null;
  }

  async setQualityWeights(documentId: number, weights: SeverityWeights, actorId: number): Promise<void> {
    const set = this.db.transaction(() => {
      this.statements.setWeights.run(JSON.stringify(weights), documentId);
      this.recordEvent({ documentId, segmentId: null, revisionId: null, actorId, type: 'document.weights_set', payload: { ...weights } });
    });
    set();
  }

  async revisionsOfDocument(documentId: number): Promise<DocumentRevision[]> {
    return this.statements.revisionsOfDocument.all(documentId).map((row) => ({
      id: row.id,
      segmentId: row.segment_id,
      parentRevisionId: row.parent_revision_id,
      text: row.text,
      author: { id: row.author_id, name: row.author_name },
      createdAt: row.created_at,
      state: row.state,
      submittedAt: row.submitted_at,
      decidedAt: row.decided_at,
    }));
  }
}

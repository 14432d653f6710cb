/**
 * What reviewers record: MQM annotations (withdrawn, never deleted), comments, editing time (no
 * more than has passed: see shared/effort), and the document's quality weights. Each write logs
 * its event in the same transaction.
 */
import type { SeverityWeights } from '../../shared/mqm';
import { allowedEffort } from '../../shared/effort';
import type { Annotation, SegmentComment } from '../../shared/schemas';
import type { AnnotationInput, EffortInput, EffortOutcome, EffortRow, Store } from '../store/types';

export class ReviewService {
  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
  ) {}

  private timestamp(): string {
    return this.now().toISOString();
  }

  /** Annotations in force (not withdrawn), oldest first. */
  async annotations(documentId: number): Promise<Annotation[]> {
    return this.store.read.review.annotations(documentId);
  }

  async annotation(id: number): Promise<(Annotation & { removed: boolean }) | undefined> {
    return this.store.read.review.annotation(id);
  }

  async createAnnotation(input: AnnotationInput): Promise<Annotation> {
    return this.store.transaction(async (tx) => {
      const at = this.timestamp();
      const id = await tx.review.insertAnnotation(input, at);
      await tx.revisions.appendEvent(
        {
          documentId: input.documentId,
          segmentId: input.segmentId,
          revisionId: input.revisionId,
          actorId: input.authorId,
          type: 'annotation.created',
          payload: { id, category: input.category, severity: input.severity },
        },
        at,
      );
      const { removed: _removed, ...annotation } = (await tx.review.annotation(id)) as Annotation & { removed: boolean };
      return annotation;
    });
  }

  /** Withdraws an annotation (it stays in the database); undefined if unknown or already withdrawn. */
  async withdrawAnnotation(id: number, actorId: number): Promise<Annotation | undefined> {
    return this.store.transaction(async (tx) => {
      const found = await tx.review.annotation(id);
      if (!found || found.removed) return undefined;
      const at = this.timestamp();
      if ((await tx.review.withdrawAnnotation(id, actorId, at)) === 0) return undefined;
      await tx.revisions.appendEvent(
        {
          documentId: found.documentId,
          segmentId: found.segmentId,
          revisionId: found.revisionId,
          actorId,
          type: 'annotation.removed',
          payload: { id },
        },
        at,
      );
      const { removed: _removed, ...annotation } = found;
      return annotation;
    });
  }

  async comments(documentId: number, segmentId?: number): Promise<SegmentComment[]> {
    return this.store.read.review.comments(segmentId === undefined ? { documentId } : { segmentId });
  }

  async createComment(input: { documentId: number; segmentId: number; authorId: number; body: string }): Promise<SegmentComment> {
    return this.store.transaction(async (tx) => {
      const at = this.timestamp();
      const id = await tx.review.insertComment(input, at);
      await tx.revisions.appendEvent(
        {
          documentId: input.documentId,
          segmentId: input.segmentId,
          revisionId: null,
          actorId: input.authorId,
          type: 'comment.created',
          payload: { id },
        },
        at,
      );
      return (await tx.review.comment(id)) as SegmentComment;
    });
  }

  /**
   * Records a report of editing time, unless it claims more than has passed since the person's
   * previous report for the segment (or since their session began). Checked and written under a
   * lock on the person and segment, so reports sent at once share the time.
   */
  async recordEffort(input: EffortInput): Promise<EffortOutcome> {
    return this.store.transaction(async (tx) => {
      await tx.lock([`effort:${input.userId}:${input.segmentId}`]);
      const now = this.timestamp();
      const maxMs = allowedEffort(input, await tx.review.lastEffort(input.userId, input.segmentId), now);
      if (input.ms > maxMs) return { kind: 'too_much', maxMs };
      await tx.review.insertEffort(input, now);
      return { kind: 'recorded' };
    });
  }

  /** Editing time summed per segment and person. */
  async effortOf(documentId: number): Promise<EffortRow[]> {
    return this.store.read.review.effortOf(documentId);
  }

  /** The document's MQM weights, or null for the defaults. */
  async qualityWeights(documentId: number): Promise<SeverityWeights | null> {
    const json = await this.store.read.documents.weights(documentId);
    return json ? (JSON.parse(json) as SeverityWeights) : null;
  }

  async setQualityWeights(documentId: number, weights: SeverityWeights, actorId: number): Promise<void> {
    await this.store.transaction(async (tx) => {
      await tx.documents.setWeights(documentId, JSON.stringify(weights));
      await tx.revisions.appendEvent(
        { documentId, segmentId: null, revisionId: null, actorId, type: 'document.weights_set', payload: { ...weights } },
        this.timestamp(),
      );
    });
  }
}

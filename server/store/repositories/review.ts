/**
 * What reviewers record: MQM annotations (withdrawn, never deleted), comments (append-only), and
 * editing time. Quality weights live on the document (documents.ts).
 */
import type { Kysely } from 'kysely';
import type { MqmCategory } from '../../../shared/mqm';
import type { Annotation, SegmentComment } from '../../../shared/schemas';
import type { Database } from '../schema';
import type { AnnotationInput, EffortRow } from '../types';

function annotationSelect(db: Kysely<Database>) {
  return db
    .selectFrom('annotations as a')
    .innerJoin('users as u', 'u.id', 'a.author_id')
    .selectAll('a')
    .select('u.display_name as author_name');
}

type AnnotationJoinedRow = Awaited<ReturnType<ReturnType<typeof annotationSelect>['executeTakeFirstOrThrow']>>;

function toAnnotation(row: AnnotationJoinedRow): Annotation {
  return {
    id: row.id,
    documentId: row.document_id,
    segmentId: row.segment_id,
    revisionId: row.revision_id,
    start: row.span_start,
    end: row.span_end,
    quote: row.quote,
    category: row.category as MqmCategory,
    severity: row.severity,
    comment: row.comment,
    origin: row.origin,
    author: { id: row.author_id, name: row.author_name },
    createdAt: row.created_at,
  };
}

function commentSelect(db: Kysely<Database>) {
  return db
    .selectFrom('comments as c')
    .innerJoin('users as u', 'u.id', 'c.author_id')
    .select(['c.id', 'c.segment_id', 'c.author_id', 'u.display_name as author_name', 'c.body', 'c.created_at']);
}

type CommentJoinedRow = Awaited<ReturnType<ReturnType<typeof commentSelect>['executeTakeFirstOrThrow']>>;

function toComment(row: CommentJoinedRow): SegmentComment {
  return {
    id: row.id,
    segmentId: row.segment_id,
    author: { id: row.author_id, name: row.author_name },
    body: row.body,
    createdAt: row.created_at,
  };
}

export class ReviewRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Annotations in force (not withdrawn), oldest first. */
  async annotations(documentId: number): Promise<Annotation[]> {
    const rows = await annotationSelect(this.db)
      .where('a.document_id', '=', documentId)
      .where('a.removed_at', 'is', null)
      .orderBy('a.id')
      .execute();
    return rows.map(toAnnotation);
  }

  async annotation(id: number): Promise<(Annotation & { removed: boolean }) | undefined> {
    const row = await annotationSelect(this.db).where('a.id', '=', id).executeTakeFirst();
    return row && { ...toAnnotation(row), removed: row.removed_at !== null };
  }

  async insertAnnotation(input: AnnotationInput, at: string): Promise<number> {
    const row = await this.db
      .insertInto('annotations')
      .values({
        document_id: input.documentId,
        segment_id: input.segmentId,
        revision_id: input.revisionId,
        span_start: input.start,
        span_end: input.end,
        quote: input.quote,
        category: input.category,
        severity: input.severity,
        comment: input.comment,
        origin: input.origin,
        author_id: input.authorId,
        created_at: at,
        removed_by: null,
        removed_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** Withdraws an annotation still in force; 0 when it was withdrawn already. */
  async withdrawAnnotation(id: number, by: number, at: string): Promise<number> {
    const result = await this.db
      .updateTable('annotations')
      .set({ removed_by: by, removed_at: at })
      .where('id', '=', id)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async comments(where: { documentId: number } | { segmentId: number }): Promise<SegmentComment[]> {
    const query =
      'segmentId' in where
        ? commentSelect(this.db).where('c.segment_id', '=', where.segmentId)
        : commentSelect(this.db).where('c.document_id', '=', where.documentId);
    return (await query.orderBy('c.id').execute()).map(toComment);
  }

  async comment(id: number): Promise<SegmentComment | undefined> {
    const row = await commentSelect(this.db).where('c.id', '=', id).executeTakeFirst();
    return row && toComment(row);
  }

  async insertComment(input: { documentId: number; segmentId: number; authorId: number; body: string }, at: string): Promise<number> {
    const row = await this.db
      .insertInto('comments')
      .values({ document_id: input.documentId, segment_id: input.segmentId, author_id: input.authorId, body: input.body, created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** When a person last reported editing time for a segment. */
  async lastEffort(userId: number, segmentId: number): Promise<string | null> {
    const row = await this.db
      .selectFrom('effort')
      .select('recorded_at')
      .where('user_id', '=', userId)
      .where('segment_id', '=', segmentId)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row?.recorded_at ?? null;
  }

  async insertEffort(input: { documentId: number; segmentId: number; userId: number; ms: number }, at: string): Promise<void> {
    await this.db
      .insertInto('effort')
      .values({ document_id: input.documentId, segment_id: input.segmentId, user_id: input.userId, ms: input.ms, recorded_at: at })
      .execute();
  }

  /** Editing time summed per segment and person. */
  async effortOf(documentId: number): Promise<EffortRow[]> {
    const rows = await this.db
      .selectFrom('effort as e')
      .innerJoin('users as u', 'u.id', 'e.user_id')
      .select(['e.segment_id', 'e.user_id', 'u.display_name as user_name', (eb) => eb.fn.sum<number>('e.ms').as('ms')])
      .where('e.document_id', '=', documentId)
      .groupBy(['e.segment_id', 'e.user_id', 'u.display_name'])
      .execute();
    return rows.map((row) => ({ segmentId: row.segment_id, user: { id: row.user_id, name: row.user_name }, ms: Number(row.ms) }));
  }
}

/**
 * Revisions and the event log. Revisions are inserted, and only their decision fields ever change
 * (the database refuses anything else); a decision or a submission is written only from the state
 * it was read in. Events are appended, never changed: they are the audit trail and the live feed.
 */
import { sql, type Kysely } from 'kysely';
import type { Revision, Segment } from '../../../shared/schemas';
import type { EventType } from '../../../shared/events';
import type { SqlFeatures } from '../features';
import { prepared } from '../prepared';
import type { Database, EventRow } from '../schema';
import type { DocumentRevision, QueueItem, StoredEvent } from '../types';
import { toSegment } from './documents';

function revisionSelect(db: Kysely<Database>) {
  return db
    .selectFrom('revisions as r')
    .innerJoin('users as au', 'au.id', 'r.author_id')
    .leftJoin('users as de', 'de.id', 'r.decided_by')
    .select([
      'r.id',
      'r.segment_id',
      'r.parent_revision_id',
      'r.text',
      'r.author_id',
      'au.display_name as author_name',
      'r.created_at',
      'r.state',
      'r.decided_by',
      'de.display_name as decider_name',
      'r.decided_at',
      'r.comment',
    ]);
}

type RevisionJoinedRow = Awaited<ReturnType<ReturnType<typeof revisionSelect>['executeTakeFirstOrThrow']>>;

function toRevision(row: RevisionJoinedRow): Revision {
  return {
    id: row.id,
    segmentId: row.segment_id,
    parentRevisionId: row.parent_revision_id,
    text: row.text,
    author: { id: row.author_id, name: row.author_name },
    createdAt: row.created_at,
    state: row.state,
    decidedBy: row.decided_by === null ? null : { id: row.decided_by, name: row.decider_name ?? '' },
    decidedAt: row.decided_at,
    comment: row.comment,
  };
}

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    id: row.id,
    documentId: row.document_id,
    segmentId: row.segment_id,
    revisionId: row.revision_id,
    actorId: row.actor_id,
    // (written only from the list: the type of appendEvent's argument sees to it)
    type: row.type as EventType,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    createdAt: row.created_at,
  };
}

/** The events after which a document's findings may differ (its texts changed). */
const TEXT_EVENTS = ['revision.saved', 'document.created'];

const revisionById = prepared((db, id: number) => revisionSelect(db).where('r.id', '=', id));
const insertRevision = prepared(
  (db, segmentId: number, parentRevisionId: number | null, text: string, authorId: number, createdAt: string) =>
    db
      .insertInto('revisions')
      .values({
        segment_id: segmentId,
        parent_revision_id: parentRevisionId,
        text,
        author_id: authorId,
        created_at: createdAt,
        state: 'draft',
        decided_by: null,
        decided_at: null,
        comment: null,
        submitted_at: null,
      })
      .returning('id'),
);
const insertEvent = prepared(
  (
    db,
    documentId: number | null,
    segmentId: number | null,
    revisionId: number | null,
    actorId: number | null,
    type: string,
    payload: string,
    createdAt: string,
  ) =>
    db
      .insertInto('events')
      .values({
        document_id: documentId,
        segment_id: segmentId,
        revision_id: revisionId,
        actor_id: actorId,
        type,
        payload,
        created_at: createdAt,
      })
      .returning('id'),
);

export class RevisionRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly features: SqlFeatures,
  ) {}

  async get(id: number): Promise<Revision | undefined> {
    const row = (await revisionById(this.db, this.features.name, id)).rows[0];
    return row && toRevision(row);
  }

  /** Every revision of a segment, oldest first. */
  async ofSegment(segmentId: number): Promise<Revision[]> {
    return (await revisionSelect(this.db).where('r.segment_id', '=', segmentId).orderBy('r.id').execute()).map(toRevision);
  }

  async insert(revision: {
    segmentId: number;
    parentRevisionId: number | null;
    text: string;
    authorId: number;
    createdAt: string;
  }): Promise<number> {
    const { rows } = await insertRevision(
      this.db,
      this.features.name,
      revision.segmentId,
      revision.parentRevisionId,
      revision.text,
      revision.authorId,
      revision.createdAt,
    );
    return (rows[0] as { id: number }).id;
  }

  /** Marks a revision submitted, from the state it was read in; 0 when it was not in that state. */
  async submit(id: number, from: Revision['state'], comment: string | null, at: string): Promise<number> {
    const result = await this.db
      .updateTable('revisions')
      .set((eb) => ({ state: 'submitted', submitted_at: at, comment: comment === null ? eb.ref('comment') : comment }))
      .where('id', '=', id)
      .where('state', '=', from)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Records a decision, from the state the revision was read in; 0 when it was not in that state. */
  async decide(
    id: number,
    from: Revision['state'],
    to: 'approved' | 'rejected',
    by: number,
    at: string,
    comment: string | null,
  ): Promise<number> {
    const result = await this.db
      .updateTable('revisions')
      .set({ state: to, decided_by: by, decided_at: at, comment })
      .where('id', '=', id)
      .where('state', '=', from)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Every revision of a document's segments, oldest first (comparisons, reverts, effort). */
  async ofDocument(documentId: number): Promise<DocumentRevision[]> {
    const rows = await this.db
      .selectFrom('revisions as r')
      .innerJoin('segments as s', 's.id', 'r.segment_id')
      .innerJoin('users as u', 'u.id', 'r.author_id')
      .select([
        'r.id',
        'r.segment_id',
        'r.parent_revision_id',
        'r.text',
        'r.author_id',
        'u.display_name as author_name',
        'r.created_at',
        'r.state',
        'r.submitted_at',
        'r.decided_at',
      ])
      .where('s.document_id', '=', documentId)
      .orderBy('r.id')
      .execute();
    return rows.map((row) => ({
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

  /** Submitted revisions still current on their segment, newest submission first. */
  async queue(documentIds: readonly number[] | 'all'): Promise<QueueItem[]> {
    let query = this.db
      .selectFrom('segments as s')
      .leftJoin('revisions as ap', 'ap.id', 's.approved_revision_id')
      .innerJoin('revisions as cur', 'cur.id', 's.current_revision_id')
      .innerJoin('users as cau', 'cau.id', 'cur.author_id')
      .leftJoin('users as cde', 'cde.id', 'cur.decided_by')
      .innerJoin('documents as d', 'd.id', 's.document_id')
      .leftJoin('users as asg', 'asg.id', 'd.assignee_id')
      .select([
        's.id',
        's.document_id',
        's.position',
        's.source',
        's.mt',
        's.current_revision_id',
        's.approved_revision_id',
        's.status',
        's.version',
        's.origin',
        'ap.text as approved_text',
        'cur.parent_revision_id as cur_parent_revision_id',
        'cur.text as cur_text',
        'cur.author_id as cur_author_id',
        'cau.display_name as cur_author_name',
        'cur.created_at as cur_created_at',
        'cur.state as cur_state',
        'cur.decided_by as cur_decided_by',
        'cde.display_name as cur_decider_name',
        'cur.decided_at as cur_decided_at',
        'cur.comment as cur_comment',
        'cur.submitted_at as cur_submitted_at',
        'd.title',
        'd.source_lang',
        'd.target_lang',
        'd.deadline',
        'd.assignee_id',
        'asg.display_name as assignee_name',
      ])
      .where('s.status', '=', 'submitted')
      // an archived document's work waits with it
      .where('d.archived_at', 'is', null)
      .where('cur.state', '=', 'submitted');
    if (documentIds !== 'all') query = query.where(this.features.inIds(sql.ref<number>('s.document_id'), documentIds));
    const rows = await query
      .orderBy((eb) => eb.fn.coalesce('cur.submitted_at', 'cur.created_at'), 'desc')
      .orderBy('cur.id', 'desc')
      .execute();
    return rows.map((row) => {
      const segment: Segment = toSegment(row);
      return {
        revision: segment.current as Revision,
        segment,
        document: {
          id: row.document_id,
          title: row.title,
          sourceLang: row.source_lang,
          targetLang: row.target_lang,
          deadline: row.deadline,
          assignee: row.assignee_id === null ? null : { id: row.assignee_id, name: row.assignee_name ?? '' },
        },
        submittedAt: row.cur_submitted_at ?? segment.current?.createdAt ?? '',
      };
    });
  }

  async appendEvent(event: Omit<StoredEvent, 'id' | 'createdAt'>, at: string): Promise<number> {
    const { rows } = await insertEvent(
      this.db,
      this.features.name,
      event.documentId,
      event.segmentId,
      event.revisionId,
      event.actorId,
      event.type,
      JSON.stringify(event.payload),
      at,
    );
    return (rows[0] as { id: number }).id;
  }

  /** A document's events after `afterId`, oldest first. */
  async events(documentId: number, afterId = 0): Promise<StoredEvent[]> {
    const rows = await this.db
      .selectFrom('events')
      .selectAll()
      .where('document_id', '=', documentId)
      .where('id', '>', afterId)
      .orderBy('id')
      .execute();
    return rows.map(toStoredEvent);
  }

  /** Events of these types after `afterId`, whatever their document. */
  async eventsOfTypes(types: readonly string[], afterId: number): Promise<StoredEvent[]> {
    const rows = await this.db
      .selectFrom('events')
      .selectAll()
      .where('type', 'in', [...types])
      .where('id', '>', afterId)
      .orderBy('id')
      .execute();
    return rows.map(toStoredEvent);
  }

  async lastEventId(documentId?: number): Promise<number> {
    let query = this.db.selectFrom('events').select((eb) => eb.fn.max('id').as('id'));
    if (documentId !== undefined) query = query.where('document_id', '=', documentId);
    return Number((await query.executeTakeFirst())?.id ?? 0);
  }

  /** The latest event that changed a document's texts: its findings change only with it. */
  async lastTextEventId(documentId: number): Promise<number> {
    const row = await this.db
      .selectFrom('events')
      .select('id')
      .where('document_id', '=', documentId)
      .where('type', 'in', TEXT_EVENTS)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row?.id ?? 0;
  }

  /** A document's latest events, newest first, with the actor's name and the segment's position. */
  async eventsWithActors(
    documentId: number,
    limit: number,
  ): Promise<Array<StoredEvent & { actorName: string | null; position: number | null }>> {
    const rows = await this.db
      .selectFrom('events as e')
      .leftJoin('users as u', 'u.id', 'e.actor_id')
      .leftJoin('segments as s', 's.id', 'e.segment_id')
      .selectAll('e')
      .select(['u.display_name as actor_name', 's.position'])
      .where('e.document_id', '=', documentId)
      .orderBy('e.id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ ...toStoredEvent(row), actorName: row.actor_name, position: row.position }));
  }
}

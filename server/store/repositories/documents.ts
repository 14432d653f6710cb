/**
 * Documents and their segments (and the file a document was imported from): rows in, rows out,
 * no rules. A segment is read with its current revision and approved text in one row; a segment
 * moves on only from the version it was read at (`advance`), so that a write made meanwhile, by
 * any process, is never overwritten.
 */
import type { XliffCandidate } from '../../formats/xliff';
import { sql, type Kysely } from 'kysely';
import {
  OPEN_STATUSES,
  type Revision,
  type Segment,
  type SegmentStatus,
  type SegmentTexts,
  type StatusCounts,
} from '../../../shared/schemas';
import type { SqlFeatures } from '../features';
import { sentenceKeys, sourceKey } from '../sourceKey';
import { prepared } from '../prepared';
import type { Database, DocumentRow } from '../schema';

export interface NewSegment {
  source: string;
  mt: string;
  originKey: string | null;
  /** JSON of the codes, notes and state of an imported segment. */
  origin: string | null;
}

export interface SegmentPageQuery {
  /** Segments after this position, or the last ones before that one (keyset paging), or */
  after?: number | undefined;
  before?: number | undefined;
  /** this many matching segments skipped (for jumping into a filtered list). */
  offset: number;
  limit: number;
  status: SegmentStatus | 'all' | 'open';
  /** Folded text to find in the source, the MT or the current revision. */
  folded?: string | undefined;
  /** Segments whose standing text has findings (of one rule, if given), or has none. */
  findings?: 'any' | 'with' | 'without' | undefined;
  rule?: string | undefined;
}

/** Characters per stored piece of an imported file. */
const FILE_CHUNK = 1 << 20;

/** Paragraph-and-sentence pairs asked about in one statement (two parameters each). */
const SENTENCE_PROBES = 500;

/** How many rows go into one INSERT (SQLite takes at most 32,766 parameters). */
const ROWS_PER_INSERT = 500;

/** Segments with their approved (`ap`) and current (`cur`) revisions joined. */
function withRevisions(db: Kysely<Database>) {
  return db
    .selectFrom('segments as s')
    .leftJoin('revisions as ap', 'ap.id', 's.approved_revision_id')
    .leftJoin('revisions as cur', 'cur.id', 's.current_revision_id');
}

function segmentSelect(db: Kysely<Database>) {
  return withRevisions(db).leftJoin('users as cau', 'cau.id', 'cur.author_id').leftJoin('users as cde', 'cde.id', 'cur.decided_by');
}

function withSegmentColumns<Q extends ReturnType<typeof segmentSelect>>(query: Q) {
  return query.select([
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
  ]);
}

type SegmentJoinedRow = Awaited<ReturnType<ReturnType<typeof withSegmentColumns>['executeTakeFirstOrThrow']>>;

/** The codes and notes of an imported segment, for the Segment payload (absent otherwise). */
function originOf(json: string | null): Pick<Segment, 'codes' | 'notes'> {
  if (json === null) return {};
  const origin = JSON.parse(json) as { codes?: Segment['codes']; notes?: string[] };
  return {
    ...(origin.codes && origin.codes.length > 0 ? { codes: origin.codes } : {}),
    ...(origin.notes && origin.notes.length > 0 ? { notes: origin.notes } : {}),
  };
}

export function toSegment(row: SegmentJoinedRow): Segment {
  const current: Revision | null =
    row.current_revision_id === null
      ? null
      : {
          id: row.current_revision_id,
          segmentId: row.id,
          parentRevisionId: row.cur_parent_revision_id,
          text: row.cur_text ?? '',
          author: { id: row.cur_author_id ?? 0, name: row.cur_author_name ?? '' },
          createdAt: row.cur_created_at ?? '',
          state: row.cur_state ?? 'draft',
          decidedBy: row.cur_decided_by === null ? null : { id: row.cur_decided_by, name: row.cur_decider_name ?? '' },
          decidedAt: row.cur_decided_at,
          comment: row.cur_comment,
        };
  return {
    id: row.id,
    documentId: row.document_id,
    position: row.position,
    source: row.source,
    mt: row.mt,
    status: row.status,
    version: row.version,
    current,
    approvedRevisionId: row.approved_revision_id,
    ...originOf(row.origin),
    approvedText: row.approved_text,
  };
}

/** What the search index holds for a segment: its texts folded (case, width), apart. */
export function foldForIndex(source: string, mt: string, current: string | null): string {
  const fold = (text: string) => text.normalize('NFKC').toLowerCase();
  return `${fold(source)}\u0001${fold(mt)}\u0001${current === null ? '' : fold(current)}`;
}

export function emptyCounts(): StatusCounts {
  return { untouched: 0, draft: 0, submitted: 0, approved: 0, rejected: 0 };
}

const segmentById = prepared((db, id: number) => withSegmentColumns(segmentSelect(db)).where('s.id', '=', id));
const advanceSaved = prepared((db, id: number, version: number, currentRevisionId: number, status: SegmentStatus) =>
  db
    .updateTable('segments')
    .set({ status, version: sql<number>`${version} + 1`, current_revision_id: currentRevisionId })
    .where('id', '=', id)
    .where('version', '=', version),
);

export class DocumentRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly features: SqlFeatures,
  ) {}

  async any(): Promise<boolean> {
    return (await this.db.selectFrom('documents').select('id').limit(1).executeTakeFirst()) !== undefined;
  }

  /** Every document, newest first (not those still being imported; archived ones only when asked). */
  async list(options: { archived?: boolean } = {}): Promise<DocumentRow[]> {
    return this.db
      .selectFrom('documents')
      .selectAll()
      .where('import_state', 'is', null)
      .where('archived_at', options.archived ? 'is not' : 'is', null)
      .orderBy('id', 'desc')
      .execute();
  }

  /** Changes a document's title, deadline or assignee (those given). */
  async update(
    id: number,
    changes: {
      title?: string | undefined;
      deadline?: string | null | undefined;
      assigneeId?: number | null | undefined;
      memory?: string | null | undefined;
    },
  ): Promise<void> {
    const set = {
      ...(changes.title === undefined ? {} : { title: changes.title }),
      ...(changes.deadline === undefined ? {} : { deadline: changes.deadline }),
      ...(changes.assigneeId === undefined ? {} : { assignee_id: changes.assigneeId }),
      ...(changes.memory === undefined ? {} : { memory: changes.memory }),
    };
    if (Object.keys(set).length > 0) await this.db.updateTable('documents').set(set).where('id', '=', id).execute();
  }

  /** Archives a document (by: who; null brings it back). */
  async setArchived(id: number, archived: { by: number; at: string } | null): Promise<void> {
    await this.db
      .updateTable('documents')
      .set({ archived_at: archived?.at ?? null, archived_by: archived?.by ?? null })
      .where('id', '=', id)
      .execute();
  }

  /** A document (not while it is being imported: it does not exist yet for anyone). */
  async get(id: number): Promise<DocumentRow | undefined> {
    return this.db.selectFrom('documents').selectAll().where('id', '=', id).where('import_state', 'is', null).executeTakeFirst();
  }

  /** A document being imported (or not), for the import that writes it. */
  async getImporting(id: number): Promise<DocumentRow | undefined> {
    return this.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Documents being imported, with how far each has come. */
  async importing(): Promise<DocumentRow[]> {
    return this.db.selectFrom('documents').selectAll().where('import_state', 'is not', null).orderBy('id', 'desc').execute();
  }

  async setImport(id: number, state: string | null, progress: number | null): Promise<void> {
    await this.db.updateTable('documents').set({ import_state: state, import_progress: progress }).where('id', '=', id).execute();
  }

  /**
   * Removes a document an import left unfinished, a batch of rows at a time (false while rows
   * remain): nothing but the import ever referred to it.
   */
  async deleteUnfinished(id: number, batch = 5000): Promise<boolean> {
    const row = await this.getImporting(id);
    if (!row || row.import_state === null) return true;
    const ids = (await this.db.selectFrom('segments').select('id').where('document_id', '=', id).limit(batch).execute()).map((r) => r.id);
    if (ids.length > 0) {
      const these = (column: string) => this.features.inIds(sql.ref<number>(column), ids);
      await this.features.unindexForSearch(this.db, ids);
      await this.db.deleteFrom('check_queue').where(these('segment_id')).execute();
      await this.db.deleteFrom('segment_checks').where(these('segment_id')).execute();
      await this.db.deleteFrom('segment_renderings').where(these('segment_id')).execute();
      await this.db.deleteFrom('segment_sentences').where(these('segment_id')).execute();
      await this.db.deleteFrom('segments').where(these('id')).execute();
      return false;
    }
    for (const table of [
      'document_file_chunks',
      'document_files',
      'document_status_counts',
      'document_finding_counts',
      'document_rendering_counts',
      'document_name_tops',
      'check_queue',
    ] as const) {
      await this.db.deleteFrom(table).where('document_id', '=', id).execute();
    }
    await this.db.deleteFrom('documents').where('id', '=', id).execute();
    return true;
  }

  /**
   * Counts, for each segment of a whole document, how many others have its source (`repeats`):
   * once, when its import is whole, as sources never change.
   */
  async countRepeats(documentId: number): Promise<void> {
    await sql`UPDATE segments SET repeats = c.n - 1
      FROM (SELECT source_key, count(*) AS n FROM segments WHERE document_id = ${documentId} GROUP BY source_key HAVING count(*) > 1) c
      WHERE segments.document_id = ${documentId} AND segments.source_key = c.source_key`.execute(this.db);
  }

  /** Segment counts per status, of one document or (without an id) of each: kept, not counted. */
  async counts(documentId?: number): Promise<Map<number, StatusCounts>> {
    let query = this.db.selectFrom('document_status_counts').select(['document_id', 'status', 'n']);
    if (documentId !== undefined) query = query.where('document_id', '=', documentId);
    const rows = await query.execute();
    const counts = new Map<number, StatusCounts>();
    for (const row of rows) {
      const entry = counts.get(row.document_id) ?? emptyCounts();
      entry[row.status] = Number(row.n);
      counts.set(row.document_id, entry);
    }
    return counts;
  }

  async insert(document: { title: string; sourceLang: string; targetLang: string; createdAt: string; createdBy: number }): Promise<number> {
    const row = await this.db
      .insertInto('documents')
      .values({
        title: document.title,
        source_lang: document.sourceLang,
        target_lang: document.targetLang,
        created_at: document.createdAt,
        created_by: document.createdBy,
        quality_weights: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** Moves a segment from one status to another in the kept counts (a new segment: from null). */
  async countStatus(documentId: number, from: SegmentStatus | null, to: SegmentStatus, n = 1): Promise<void> {
    if (from === to) return;
    if (from !== null) {
      await this.db
        .updateTable('document_status_counts')
        .set((eb) => ({ n: eb('n', '-', n) }))
        .where('document_id', '=', documentId)
        .where('status', '=', from)
        .execute();
    }
    await this.db
      .insertInto('document_status_counts')
      .values({ document_id: documentId, status: to, n })
      .onConflict((oc) => oc.columns(['document_id', 'status']).doUpdateSet((eb) => ({ n: eb('document_status_counts.n', '+', n) })))
      .execute();
  }

  /** What text search finds a segment by: its source, MT and current text, folded. */
  async indexForSearch(rows: ReadonlyArray<{ segmentId: number; documentId: number; folded: string }>): Promise<void> {
    await this.features.indexForSearch(this.db, rows);
  }

  /**
   * Adds segments at positions after `from` (1, 2, ... by default), in order, queued for checking
   * (an import queues them all when it is whole: `queue` false).
   */
  async insertSegments(documentId: number, segments: readonly NewSegment[], from = 0, queue = true): Promise<void> {
    for (let start = 0; start < segments.length; start += ROWS_PER_INSERT) {
      const rows = segments.slice(start, start + ROWS_PER_INSERT).map((segment, k) => ({
        document_id: documentId,
        position: from + start + k + 1,
        source: segment.source,
        mt: segment.mt,
        current_revision_id: null,
        approved_revision_id: null,
        origin_key: segment.originKey,
        origin: segment.origin,
        source_key: sourceKey(segment.source),
      }));
      const ids = await this.db.insertInto('segments').values(rows).returning('id').execute();
      const sentences = ids.flatMap((row, k) =>
        sentenceKeys((segments[start + k] as NewSegment).source).map((key) => ({
          document_id: documentId,
          sentence_key: key,
          segment_id: row.id,
        })),
      );
      for (let from = 0; from < sentences.length; from += ROWS_PER_INSERT)
        await this.db
          .insertInto('segment_sentences')
          .values(sentences.slice(from, from + ROWS_PER_INSERT))
          .execute();
      await this.features.indexForSearch(
        this.db,
        ids.map((row, k) => {
          const segment = segments[start + k] as NewSegment;
          return { segmentId: row.id, documentId, folded: foldForIndex(segment.source, segment.mt, null) };
        }),
      );
    }
    await this.countStatus(documentId, null, 'untouched', segments.length);
    if (!queue) return;
    // their findings are computed in the background (or when a page shows them first)
    const queued = await sql`INSERT INTO check_queue (segment_id, document_id, claimed_until)
      SELECT id, document_id, NULL FROM segments WHERE document_id = ${documentId} AND position > ${from} AND position <= ${from + segments.length}`.execute(
      this.db,
    );
    await this.db
      .updateTable('documents')
      .set((eb) => ({ pending_checks: eb('pending_checks', '+', Number(queued.numAffectedRows ?? 0)) }))
      .where('id', '=', documentId)
      .execute();
  }

  /** Keeps the file a document came from (its content in pieces, appended with appendFileChunk). */
  async insertFile(
    documentId: number,
    file: { name: string; format: string; content?: string; fileOf?: number; byteOrderMark?: boolean },
  ): Promise<void> {
    await this.db
      .insertInto('document_files')
      .values({
        document_id: documentId,
        name: file.name,
        format: file.format,
        content: '',
        file_of: file.fileOf ?? null,
        byte_order_mark: file.byteOrderMark ? 1 : 0,
      })
      .execute();
    if (file.content) {
      for (let seq = 0, at = 0; at < file.content.length; seq += 1, at += FILE_CHUNK) {
        await this.appendFileChunk(documentId, seq, file.content.slice(at, at + FILE_CHUNK));
      }
    }
  }

  async appendFileChunk(documentId: number, seq: number, content: string): Promise<void> {
    await this.db.insertInto('document_file_chunks').values({ document_id: documentId, seq, content }).execute();
  }

  /** The file a document came from, whole (for small files and files imported before they were kept in pieces). */
  async file(documentId: number): Promise<{ name: string; format: string; content: string } | undefined> {
    const file = await this.db
      .selectFrom('document_files')
      .select(['name', 'format', 'content'])
      .where('document_id', '=', documentId)
      .executeTakeFirst();
    if (!file) return undefined;
    let content = file.content;
    for await (const piece of this.fileChunks(documentId)) content += piece;
    return { ...file, content };
  }

  /** The document whose pieces hold this document's file (itself, or the first document of its file). */
  async fileHolder(documentId: number): Promise<number> {
    const row = await this.db.selectFrom('document_files').select('file_of').where('document_id', '=', documentId).executeTakeFirst();
    return row?.file_of ?? documentId;
  }

  /** The documents made from one file (several language pairs), the holder of the file first; imported ones only. */
  async fileSet(documentId: number): Promise<number[]> {
    const holder = await this.fileHolder(documentId);
    const rows = await this.db
      .selectFrom('document_files as f')
      .innerJoin('documents as d', 'd.id', 'f.document_id')
      .select('f.document_id')
      .where((eb) => eb.or([eb('f.document_id', '=', holder), eb('f.file_of', '=', holder)]))
      .where('d.import_state', 'is', null)
      .orderBy('f.document_id')
      .execute();
    return rows.map((row) => row.document_id);
  }

  /**
   * Makes the states a file gave its segments (positions from..to of the document) revisions of
   * their imported text by `authorId`: submitted, or approved (and then published). The segments
   * must be untouched (just imported). Answers the approved ones' ids.
   */
  async importStates(
    documentId: number,
    positions: { submitted: number[]; approved: number[] },
    authorId: number,
    at: string,
  ): Promise<Array<{ id: number; position: number }>> {
    const approved: Array<{ id: number; position: number }> = [];
    for (const status of ['submitted', 'approved'] as const) {
      const list = positions[status];
      for (let start = 0; start < list.length; start += ROWS_PER_INSERT * 4) {
        const chunk = list.slice(start, start + ROWS_PER_INSERT * 4);
        const these = this.features.inIds(sql.ref<number>('position'), chunk);
        const decided = status === 'approved';
        await sql`INSERT INTO revisions (segment_id, parent_revision_id, text, author_id, created_at, state, submitted_at, decided_by, decided_at, comment)
          SELECT id, NULL, mt, ${authorId}, ${at}, ${status}, ${at}, ${decided ? authorId : null}, ${decided ? at : null}, NULL
          FROM segments WHERE document_id = ${documentId} AND ${these} ORDER BY position`.execute(this.db);
        const latest = sql`(SELECT max(r.id) FROM revisions r WHERE r.segment_id = segments.id)`;
        await sql`UPDATE segments SET current_revision_id = ${latest},
            approved_revision_id = ${decided ? latest : sql`approved_revision_id`},
            status = ${status}, version = version + 1
          WHERE document_id = ${documentId} AND ${these}`.execute(this.db);
        await this.countStatus(documentId, 'untouched', status, chunk.length);
        if (decided)
          approved.push(
            ...(await this.db
              .selectFrom('segments')
              .select(['id', 'position'])
              .where('document_id', '=', documentId)
              .where(these)
              .execute()),
          );
      }
    }
    return approved;
  }

  /** The pieces of a document's file, in order, a few at a time. */
  async *fileChunks(documentId: number): AsyncGenerator<string> {
    documentId = await this.fileHolder(documentId);
    for (let after = -1; ;) {
      const rows = await this.db
        .selectFrom('document_file_chunks')
        .select(['seq', 'content'])
        .where('document_id', '=', documentId)
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(4)
        .execute();
      if (rows.length === 0) return;
      for (const row of rows) yield row.content;
      after = (rows.at(-1) as { seq: number }).seq;
    }
  }

  async fileName(documentId: number): Promise<string | null> {
    return (
      (await this.db.selectFrom('document_files').select('name').where('document_id', '=', documentId).executeTakeFirst())?.name ?? null
    );
  }

  /** Whether the document's file began with a byte-order mark. */
  async fileByteOrderMark(documentId: number): Promise<boolean> {
    const row = await this.db
      .selectFrom('document_files')
      .select('byte_order_mark')
      .where('document_id', '=', documentId)
      .executeTakeFirst();
    return Number(row?.byte_order_mark ?? 0) === 1;
  }

  async fileFormat(documentId: number): Promise<string | null> {
    return (
      (await this.db.selectFrom('document_files').select('format').where('document_id', '=', documentId).executeTakeFirst())?.format ?? null
    );
  }

  /** Segment id → its key in the imported file. */
  async origins(documentId: number): Promise<Map<number, string>> {
    const rows = await this.db
      .selectFrom('segments')
      .select(['id', 'origin_key'])
      .where('document_id', '=', documentId)
      .where('origin_key', 'is not', null)
      .orderBy('position')
      .execute();
    return new Map(rows.map((row) => [row.id, row.origin_key as string]));
  }

  /** The candidate translations a segment's file carried for it (kept from its import). */
  async candidatesOf(id: number): Promise<XliffCandidate[]> {
    const row = await this.db.selectFrom('segments').select('origin').where('id', '=', id).executeTakeFirst();
    if (!row?.origin) return [];
    return (JSON.parse(row.origin) as { candidates?: XliffCandidate[] }).candidates ?? [];
  }

  async segment(id: number): Promise<Segment | undefined> {
    const row = (await segmentById(this.db, this.features.name, id)).rows[0];
    return row && toSegment(row);
  }

  /** A page of a document's segments as exports need them, in order after a position. */
  async exportRows(documentId: number, after: number, limit: number) {
    return withRevisions(this.db)
      .select([
        's.id',
        's.position',
        's.source',
        's.mt',
        's.status',
        's.origin_key',
        's.origin',
        'ap.text as approved_text',
        'cur.text as current_text',
      ])
      .where('s.document_id', '=', documentId)
      .where('s.position', '>', after)
      .orderBy('s.position')
      .limit(limit)
      .execute();
  }

  /**
   * A page of a document's working texts (the current revision's, else the MT), in order after a
   * position, with the version each is at: what find and replace reads, a million rows at a time
   * in a few seconds (a page of whole segments costs four times as much).
   */
  async workingTexts(
    documentId: number,
    after: number,
    limit: number,
  ): Promise<Array<{ id: number; position: number; version: number; text: string }>> {
    const rows = await this.db
      .selectFrom('segments as s')
      .leftJoin('revisions as cur', 'cur.id', 's.current_revision_id')
      .select(['s.id', 's.position', 's.version', 's.mt', 'cur.text as current_text'])
      .where('s.document_id', '=', documentId)
      .where('s.position', '>', after)
      .orderBy('s.position')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ id: row.id, position: row.position, version: row.version, text: row.current_text ?? row.mt }));
  }

  /** These segments (any document), by id. */
  async byIds(ids: readonly number[]): Promise<Map<number, Segment>> {
    const out = new Map<number, Segment>();
    for (let start = 0; start < ids.length; start += ROWS_PER_INSERT) {
      const rows = await withSegmentColumns(segmentSelect(this.db))
        .where(this.features.inIds(sql.ref<number>('s.id'), ids.slice(start, start + ROWS_PER_INSERT)))
        .execute();
      for (const row of rows) out.set(row.id, toSegment(row));
    }
    return out;
  }

  /** The sources of the paragraphs before and after each of these segments (null at a document's edge). */
  async neighbourSources(ids: readonly number[]): Promise<Map<number, { previous: string | null; next: string | null }>> {
    const out = new Map<number, { previous: string | null; next: string | null }>();
    if (ids.length === 0) return out;
    const rows = await this.db
      .selectFrom('segments as s')
      .leftJoin('segments as p', (join) =>
        join.onRef('p.document_id', '=', 's.document_id').on('p.position', '=', sql<number>`s.position - 1`),
      )
      .leftJoin('segments as n', (join) =>
        join.onRef('n.document_id', '=', 's.document_id').on('n.position', '=', sql<number>`s.position + 1`),
      )
      .select(['s.id', 'p.source as previous', 'n.source as next'])
      .where(this.features.inIds(sql.ref<number>('s.id'), ids))
      .execute();
    for (const row of rows) out.set(row.id, { previous: row.previous ?? null, next: row.next ?? null });
    return out;
  }

  /**
   * The segments with `repeats` set where other segments of the document have the same source,
   * and `repeatedSentences` where some of its sentences stand in other paragraphs (as a sentence
   * or as a whole paragraph).
   */
  private async withRepeats(documentId: number, items: Segment[]): Promise<Segment[]> {
    const keyed = items.filter((item) => item.source.trim() !== '');
    if (keyed.length === 0) return items;
    const counted = await this.db
      .selectFrom('segments')
      .select(['id', 'repeats'])
      .where(
        this.features.inIds(
          sql.ref<number>('id'),
          keyed.map((item) => item.id),
        ),
      )
      .where('repeats', '>', 0)
      .execute();
    const sameSource = new Map(counted.map((row) => [row.id, Number(row.repeats)]));
    const byId = new Map(items.map((item) => [item.id, item]));
    const marked = new Map<number, Segment>();
    // a paragraph not repeated whole: its sentences (its whole trimmed text when it has one)
    const sentencesOf = new Map<number, string[]>();
    for (const item of keyed) {
      const repeats = sameSource.get(item.id) ?? 0;
      if (repeats > 0) marked.set(item.id, { ...item, repeats });
      else {
        const keys = sentenceKeys(item.source);
        sentencesOf.set(item.id, keys.length > 0 ? keys : [sourceKey(item.source.trim())]);
      }
    }
    // which of each paragraph's sentences stand in another paragraph, among the sentences of
    // paragraphs of two or more or as a whole paragraph: asked for all of a page's sentences at
    // once, each answered by the first other holder found (a sentence in ten thousand paragraphs
    // must not be counted to know it is repeated)
    const pairs = [...sentencesOf].flatMap(([id, sentences]) => [...new Set(sentences)].map((sentence) => ({ id, sentence })));
    const repeated = new Set<string>();
    for (let start = 0; start < pairs.length; start += SENTENCE_PROBES) {
      const batch = pairs.slice(start, start + SENTENCE_PROBES);
      const rows = await sql<{ id: number; sentence: string }>`WITH asked (id, sentence) AS (
          VALUES ${sql.join(batch.map((pair) => sql`(CAST(${pair.id} AS BIGINT), ${pair.sentence})`))}
        )
        SELECT asked.id, asked.sentence FROM asked
        WHERE EXISTS (SELECT 1 FROM segment_sentences ss
            WHERE ss.document_id = ${documentId} AND ss.sentence_key = asked.sentence AND ss.segment_id <> asked.id)
          OR EXISTS (SELECT 1 FROM segments s WHERE s.document_id = ${documentId} AND s.source_key = asked.sentence AND s.id <> asked.id)`.execute(
        this.db,
      );
      for (const row of rows.rows) repeated.add(`${Number(row.id)} ${row.sentence}`);
    }
    for (const [id, sentences] of sentencesOf) {
      const repeatedSentences = sentences.filter((sentence) => repeated.has(`${id} ${sentence}`)).length;
      const item = byId.get(id);
      if (item && repeatedSentences > 0) marked.set(id, { ...item, repeatedSentences });
    }
    return items.map((item) => marked.get(item.id) ?? item);
  }

  /** Ids, positions and sources of a document's segments from a position on (a lean reader for whole-document passes). */
  async sourcesFrom(documentId: number, after: number, limit: number): Promise<Array<{ id: number; position: number; source: string }>> {
    return this.db
      .selectFrom('segments')
      .select(['id', 'position', 'source'])
      .where('document_id', '=', documentId)
      .where('position', '>', after)
      .orderBy('position')
      .limit(limit)
      .execute();
  }

  /** The other segments of a document with exactly this source, in order. */
  async repetitionsOf(documentId: number, source: string, exceptId: number): Promise<Segment[]> {
    const rows = await withSegmentColumns(segmentSelect(this.db))
      .where('s.document_id', '=', documentId)
      .where('s.source_key', '=', sourceKey(source))
      .where('s.id', '<>', exceptId)
      .orderBy('s.position')
      .execute();
    return rows.map(toSegment).filter((segment) => segment.source === source);
  }

  /** Every segment of a document in order. */
  async segments(documentId: number): Promise<Segment[]> {
    const rows = await withSegmentColumns(segmentSelect(this.db)).where('s.document_id', '=', documentId).orderBy('s.position').execute();
    return rows.map(toSegment);
  }

  /**
   * A document's segments with their texts only (what compare, quality and the annotation
   * candidates read): the whole row with its people and origin took three times as long at 100,000.
   */
  async texts(documentId: number): Promise<SegmentTexts[]> {
    const rows = await withRevisions(this.db)
      .select([
        's.id',
        's.position',
        's.source',
        's.mt',
        's.current_revision_id',
        's.approved_revision_id',
        'ap.text as approved_text',
        'cur.text as cur_text',
      ])
      .where('s.document_id', '=', documentId)
      .orderBy('s.position')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      position: row.position,
      source: row.source,
      mt: row.mt,
      current: row.current_revision_id === null ? null : { id: row.current_revision_id, text: row.cur_text ?? '' },
      approvedRevisionId: row.approved_revision_id,
      approvedText: row.approved_text,
    }));
  }

  /**
   * One page of a document's segments, filtered; how many match in all, and where the page's first
   * segment stands among them. Totals come from kept counts where they can (no filter, status
   * alone, one rule alone); otherwise they are counted.
   */
  async page(documentId: number, query: SegmentPageQuery): Promise<{ items: Segment[]; total: number; offset: number }> {
    const { features } = this;
    const findings = query.findings ?? 'any';
    const rule = query.rule;
    let filtered = segmentSelect(this.db).where('s.document_id', '=', documentId);
    if (query.status === 'open') filtered = filtered.where('s.status', 'in', [...OPEN_STATUSES]);
    else if (query.status !== 'all') filtered = filtered.where('s.status', '=', query.status);
    if (query.folded) filtered = filtered.where(features.searchMatches(sql.ref<number>('s.id'), documentId, query.folded));
    const byFindings = findings !== 'any' || rule !== undefined;
    if (byFindings) {
      const flagged = sql<boolean>`chk.flagged > 0`;
      const rules = sql.ref<string>('chk.rules');
      filtered = filtered.innerJoin('segment_checks as chk', 'chk.segment_id', 's.id');
      if (rule === 'consistency') filtered = filtered.where(findings === 'without' ? sql<boolean>`NOT ${flagged}` : flagged);
      else if (rule !== undefined)
        filtered = filtered.where(sql<boolean>`${rules} ${sql.raw(findings === 'without' ? 'NOT LIKE' : 'LIKE')} ${`% ${rule} %`}`);
      else if (findings === 'with') filtered = filtered.where(sql<boolean>`(${rules} <> ' ' OR ${flagged})`);
      else filtered = filtered.where(sql<boolean>`(${rules} = ' ' AND NOT ${flagged})`);
    }
    const isFiltered = query.status !== 'all' || Boolean(query.folded) || byFindings;
    const countWhere = async (position?: { op: '<=' | '<'; value: number }) => {
      let counting = filtered;
      if (position) counting = counting.where('s.position', position.op, position.value);
      return Number((await counting.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    };

    let rows = withSegmentColumns(filtered);
    if (query.before !== undefined) rows = rows.where('s.position', '<', query.before).orderBy('s.position', 'desc').limit(query.limit);
    else if (query.after !== undefined) rows = rows.where('s.position', '>', query.after).orderBy('s.position').limit(query.limit);
    else rows = rows.orderBy('s.position').limit(query.limit).offset(query.offset);
    const items = await this.withRepeats(documentId, (await rows.execute()).map(toSegment));
    if (query.before !== undefined) items.reverse();

    // the total
    let total: number | undefined;
    const onlyRule = rule !== undefined && rule !== 'consistency' && findings !== 'without' && query.status === 'all' && !query.folded;
    if (!isFiltered || (query.status !== 'all' && !query.folded && !byFindings)) {
      const counts = (await this.counts(documentId)).get(documentId) ?? emptyCounts();
      total =
        query.status === 'all'
          ? Object.values(counts).reduce((a, b) => a + b, 0)
          : query.status === 'open'
            ? OPEN_STATUSES.reduce((sum, status) => sum + counts[status], 0)
            : counts[query.status];
    } else if (onlyRule) {
      const row = await this.db
        .selectFrom('document_finding_counts')
        .select('segments')
        .where('document_id', '=', documentId)
        .where('rule', '=', rule)
        .executeTakeFirst();
      total = Number(row?.segments ?? 0);
    } else {
      total = await countWhere();
    }

    // where the page starts among the matches (positions run 1, 2, ... without gaps)
    let offset = query.offset;
    if (query.after !== undefined) offset = isFiltered ? await countWhere({ op: '<=', value: query.after }) : Math.min(query.after, total);
    else if (query.before !== undefined) {
      const ahead = isFiltered ? await countWhere({ op: '<', value: query.before }) : Math.min(query.before - 1, total);
      offset = Math.max(0, ahead - items.length);
    }
    return { items, total, offset };
  }

  /**
   * Moves a segment on from `version` (to version + 1) with these changes; 0 when it is no longer
   * at that version (someone else's write came first).
   */
  async advance(
    id: number,
    version: number,
    changes: { currentRevisionId?: number; approvedRevisionId?: number; status: SegmentStatus },
  ): Promise<number> {
    if (changes.currentRevisionId !== undefined && changes.approvedRevisionId === undefined) {
      // the save's own update, on the hot path
      const saved = await advanceSaved(this.db, this.features.name, id, version, changes.currentRevisionId, changes.status);
      return Number(saved.numAffectedRows ?? 0);
    }
    const result = await this.db
      .updateTable('segments')
      .set({
        status: changes.status,
        version: version + 1,
        ...(changes.currentRevisionId === undefined ? {} : { current_revision_id: changes.currentRevisionId }),
        ...(changes.approvedRevisionId === undefined ? {} : { approved_revision_id: changes.approvedRevisionId }),
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async weights(documentId: number): Promise<string | null> {
    return (
      (await this.db.selectFrom('documents').select('quality_weights').where('id', '=', documentId).executeTakeFirst())?.quality_weights ??
      null
    );
  }

  async setWeights(documentId: number, json: string): Promise<void> {
    await this.db.updateTable('documents').set({ quality_weights: json }).where('id', '=', documentId).execute();
  }
}

/**
 * Documents: creating them (from aligned segments, or from an imported file), listing them with the roles a person holds, and their
 * segments page by page. Plain values in, plain values out: routes read requests, this decides.
 */
import { rolesOn, type Role } from '../../shared/permissions';
import {
  type CreateDocumentBody,
  type UpdateDocumentBody,
  type DocumentSummary,
  type ImportingList,
  type Segment,
  type SegmentTexts,
  type StatusCounts,
} from '../../shared/schemas';
import { alignParagraphs } from '../../shared/text/align';
import { splitParagraphs } from '../../shared/text/paragraphs';
import { badRequest } from '../errors';
import { pairLanguages } from './glossary';
import { emptyCounts } from '../store/repositories/documents';
import type { DocumentRow } from '../store/schema';
import type { ImportedFile, SegmentListOptions, Store, StoredFile, Viewer } from '../store/types';
import { checkStamp } from './checkStamp';

/**
 * Pairs source and target paragraphs with the paragraph aligner (lengths and anchors, not
 * position). A target paragraph without a source counterpart keeps an empty source (the editor
 * says "no source"), a source paragraph without translation an empty MT; merged or split
 * paragraphs become one segment whose two paragraphs are separated by a blank line.
 */
export function pairParagraphs(source: string, target: string): CreateDocumentBody['segments'] {
  const sourceParagraphs = splitParagraphs(source);
  const targetParagraphs = splitParagraphs(target);
  return alignParagraphs(sourceParagraphs, targetParagraphs).map((group) => ({
    source: group.source.map((i) => sourceParagraphs[i]).join('\n\n'),
    mt: group.target.map((i) => targetParagraphs[i]).join('\n\n'),
  }));
}

/** What a document list or page shows, with the roles the asking person holds there. */
function summarize(
  row: DocumentRow,
  counts: StatusCounts,
  roles: Role[] | null,
  names: ReadonlyMap<number, string> = new Map(),
): DocumentSummary {
  const segmentCount = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return {
    id: row.id,
    role: roles?.[0] ?? null,
    roles: roles ?? [],
    title: row.title,
    sourceLang: row.source_lang,
    targetLang: row.target_lang,
    createdAt: row.created_at,
    segmentCount,
    counts,
    archivedAt: row.archived_at,
    deadline: row.deadline,
    assignee: row.assignee_id === null ? null : { id: row.assignee_id, name: names.get(row.assignee_id) ?? '' },
    memory: row.memory,
  };
}

/** Case- and width-insensitive folding for search (the database folds the stored text the same way). */
export function foldForSearch(value: string): string {
  return value.normalize('NFKC').toLowerCase();
}

/** Documents and their segments: listing with the viewer's roles, creating, paging, the imported file. */
export class DocumentService {
  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
  ) {}

  /** True when no document has ever been stored (first start: import the demo). */
  async isEmpty(): Promise<boolean> {
    return !(await this.store.read.documents.any());
  }

  /** Every document, or (with a viewer) those they may see, with the roles they hold there. */
  async list(viewer?: Viewer, options: { archived?: boolean } = {}): Promise<DocumentSummary[]> {
    const read = this.store.read;
    const [rows, counts, own] = await Promise.all([
      read.documents.list(options),
      read.documents.counts(),
      viewer ? read.people.rolesOf(viewer.id) : null,
    ]);
    const names = await this.namesOf(rows);
    const out: DocumentSummary[] = [];
    for (const row of rows) {
      const roles = viewer ? rolesOn(viewer.role, own?.get(row.id) ?? null) : null;
      if (roles && roles.length === 0) continue;
      out.push(summarize(row, counts.get(row.id) ?? emptyCounts(), roles, names));
    }
    return out;
  }

  /** The names of the documents' assignees. */
  private async namesOf(rows: readonly DocumentRow[]): Promise<Map<number, string>> {
    const ids = new Set(rows.flatMap((row) => (row.assignee_id === null ? [] : [row.assignee_id])));
    const names = new Map<number, string>();
    for (const id of ids) {
      const user = await this.store.read.people.user(id);
      if (user) names.set(id, user.displayName);
    }
    return names;
  }

  /**
   * Changes a document's title, deadline or assignee, and logs what changed. The assignee must be
   * an account that is not disabled; undefined when there is no such document.
   */
  async update(id: number, changes: UpdateDocumentBody, actorId: number): Promise<DocumentSummary | undefined> {
    if (changes.assigneeId != null) {
      const user = await this.store.read.people.user(changes.assigneeId);
      if (!user || user.disabled) throw badRequest('assigneeId', `user ${changes.assigneeId} does not exist or is disabled`);
    }
    const done = await this.store.transaction(async (tx) => {
      const before = await tx.documents.get(id);
      if (!before) return false;
      await tx.documents.update(id, changes);
      await tx.revisions.appendEvent(
        {
          documentId: id,
          segmentId: null,
          revisionId: null,
          actorId,
          type: 'document.updated',
          payload: {
            before: { title: before.title, deadline: before.deadline, assigneeId: before.assignee_id, memory: before.memory },
            changes,
          },
        },
        this.now().toISOString(),
      );
      return true;
    });
    return done ? this.get(id) : undefined;
  }

  /** Archives a document (hidden from the lists, never deleted) or brings it back; undefined when there is no such document. */
  async setArchived(id: number, archived: boolean, actorId: number): Promise<DocumentSummary | undefined> {
    const done = await this.store.transaction(async (tx) => {
      if (!(await tx.documents.get(id))) return false;
      const at = this.now().toISOString();
      await tx.documents.setArchived(id, archived ? { by: actorId, at } : null);
      await tx.revisions.appendEvent(
        {
          documentId: id,
          segmentId: null,
          revisionId: null,
          actorId,
          type: archived ? 'document.archived' : 'document.restored',
          payload: {},
        },
        at,
      );
      return true;
    });
    return done ? this.get(id) : undefined;
  }

  /** Documents being imported (those the viewer created, or every one for an admin), with how far each has come. */
  async importing(viewer: Viewer): Promise<ImportingList['items']> {
    const rows = (await this.store.read.documents.importing()).filter((row) => row.created_by === viewer.id || viewer.role === 'admin');
    const items: ImportingList['items'] = [];
    for (const row of rows) {
      const counts = (await this.store.read.documents.counts(row.id)).get(row.id);
      items.push({
        id: row.id,
        title: row.title,
        progress: row.import_progress ?? 0,
        phase: row.import_state === 'queueing' ? 'queueing' : 'reading',
        segments: counts ? Object.values(counts).reduce((sum, n) => sum + n, 0) : 0,
      });
    }
    return items;
  }

  /** One document (as the viewer sees it: undefined when they may not). */
  async get(id: number, viewer?: Viewer): Promise<DocumentSummary | undefined> {
    const read = this.store.read;
    const row = await read.documents.get(id);
    if (!row) return undefined;
    let roles: Role[] | null = null;
    if (viewer) {
      roles = rolesOn(viewer.role, await read.people.roleOn(viewer.id, id));
      if (roles.length === 0) return undefined;
    }
    return summarize(row, (await read.documents.counts(id)).get(id) ?? emptyCounts(), roles, await this.namesOf([row]));
  }

  /**
   * Creates a document; an imported file is kept with it (for export) with each segment's origin.
   * `names`: the names its sources show, when gathered already (else the checking gathers them).
   */
  async create(input: CreateDocumentBody, actorId: number, imported?: ImportedFile, names?: readonly string[]): Promise<DocumentSummary> {
    return (await this.insert(input, actorId, imported, false, names)) as DocumentSummary;
  }

  /**
   * Creates the first document of all, or nothing when there is one already: several servers
   * starting at once on an empty database create the demo once.
   */
  async createFirst(input: CreateDocumentBody, actorId: number, names?: readonly string[]): Promise<DocumentSummary | undefined> {
    return this.insert(input, actorId, undefined, true, names);
  }

  private async insert(
    input: CreateDocumentBody,
    actorId: number,
    imported: ImportedFile | undefined,
    onlyFirst: boolean,
    names: readonly string[] | undefined,
  ): Promise<DocumentSummary | undefined> {
    if (imported && imported.segments.length !== input.segments.length) throw new Error('an imported file needs one origin per segment');
    const id = await this.store.transaction(async (tx) => {
      if (onlyFirst) {
        await tx.lock(['documents:first']);
        if (await tx.documents.any()) return undefined;
      }
      const createdAt = this.now().toISOString();
      const documentId = await tx.documents.insert({
        title: input.title,
        sourceLang: input.sourceLang,
        targetLang: input.targetLang,
        createdAt,
        createdBy: actorId,
      });
      await tx.documents.insertSegments(
        documentId,
        input.segments.map((segment, index) => {
          const origin = imported?.segments[index];
          return {
            source: segment.source,
            mt: segment.mt,
            originKey: origin?.key ?? null,
            origin: origin
              ? JSON.stringify({
                  codes: origin.codes,
                  notes: origin.notes,
                  state: origin.state,
                  ...(origin.html === undefined ? {} : { html: origin.html }),
                  ...(origin.docx === undefined ? {} : { docx: origin.docx }),
                })
              : null,
          };
        }),
      );
      await tx.documents.countRepeats(documentId);
      if (imported) await tx.documents.insertFile(documentId, { name: imported.name, format: imported.format, content: imported.content });
      // every segment is queued for checking with the glossary as it is now
      const pair = pairLanguages(input.sourceLang, input.targetLang);
      await tx.checks.setCheckedStamp(documentId, checkStamp(await tx.glossary.stampFor(pair.sources, pair.targets), 0));
      if (names) await tx.checks.setNames(documentId, names);
      await tx.revisions.appendEvent(
        {
          documentId,
          segmentId: null,
          revisionId: null,
          actorId,
          type: 'document.created',
          payload: imported
            ? { segments: input.segments.length, file: imported.name, format: imported.format }
            : { segments: input.segments.length },
        },
        createdAt,
      );
      return documentId;
    });
    if (id === undefined) return undefined;
    const created = await this.get(id);
    if (!created) throw new Error(`document ${id} vanished after creation`);
    return created;
  }

  /** The file a document was imported from, and the origin key of each segment (by segment id). */
  async file(documentId: number): Promise<StoredFile | undefined> {
    const [file, origins] = await Promise.all([this.store.read.documents.file(documentId), this.store.read.documents.origins(documentId)]);
    return file && { ...file, origins };
  }

  /** The format of that file ("xliff-1.2", "xliff-2.0"), or null for a document not imported from one. */
  /** The documents made from this one's file (one per language pair), those the viewer may read. */
  async fileSet(documentId: number, viewer: Viewer): Promise<Array<{ id: number; title: string; sourceLang: string; targetLang: string }>> {
    const ids = await this.store.read.documents.fileSet(documentId);
    if (ids.length < 2) return [];
    const out = [];
    for (const id of ids) {
      const document = await this.get(id, viewer);
      if (document) out.push({ id, title: document.title, sourceLang: document.sourceLang, targetLang: document.targetLang });
    }
    return out;
  }

  async fileFormat(documentId: number): Promise<string | null> {
    return this.store.read.documents.fileFormat(documentId);
  }

  async segment(id: number): Promise<Segment | undefined> {
    return this.store.read.documents.segment(id);
  }

  /** These segments, by id. */
  async byIds(ids: readonly number[]): Promise<Map<number, Segment>> {
    return this.store.read.documents.byIds(ids);
  }

  /** Every segment of a document in order (for whole-document checks). */
  async segments(documentId: number): Promise<Segment[]> {
    return this.store.read.documents.segments(documentId);
  }

  /** Every segment of a document in order, its texts only (for compare, quality and candidates). */
  async texts(documentId: number): Promise<SegmentTexts[]> {
    return this.store.read.documents.texts(documentId);
  }

  /** A page of segments, filtered by status, text and findings, with the total and where it starts. */
  async page(documentId: number, query: SegmentListOptions): Promise<{ items: Segment[]; total: number; offset: number }> {
    return this.store.transaction(
      (tx) =>
        tx.documents.page(documentId, {
          after: query.after,
          before: query.before,
          offset: query.offset,
          limit: query.limit,
          status: query.status,
          folded: query.q ? foldForSearch(query.q) : undefined,
          findings: query.findings,
          rule: query.rule,
        }),
      { readOnly: true },
    );
  }

  /** The id of the document's latest event: a cheap "has anything changed" stamp. */
  async lastEventId(documentId: number): Promise<number> {
    return this.store.read.revisions.lastEventId(documentId);
  }

  /** The id of the latest event that changed a segment's text: findings only change with it. */
  async lastTextEventId(documentId: number): Promise<number> {
    return this.store.read.revisions.lastTextEventId(documentId);
  }

  /** Events of a document with the actor's name, newest first. */
  async activity(documentId: number, limit: number) {
    return this.store.read.revisions.eventsWithActors(documentId, limit);
  }
}

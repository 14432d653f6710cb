/**
 * SQLite adapter of the store (better-sqlite3, WAL). The driver is synchronous, so every method
 * runs in one transaction and cannot interleave with another request; the async interface keeps
 * the door open for PostgreSQL.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type {
  CreateDocumentBody,
  DocumentSummary,
  GlossaryImportResult,
  GlossaryPair,
  GlossaryTerm,
  GlossaryTermInput,
  Revision,
  Segment,
  SegmentStatus,
  StatusCounts,
} from '../../../shared/schemas';
import { STATUS_AFTER_SAVE, planTransition } from '../../../shared/workflow';
import { rolesOn, type Role } from '../../../shared/permissions';
import type { User } from '../../../shared/schemas';
import type {
  ImportedFile,
  StoredFile,
  AccessKind,
  GlossaryWriteOutcome,
  QueueItem,
  SaveRevisionInput,
  SaveRevisionOutcome,
  SegmentListOptions,
  SessionRecord,
  Store,
  StoredEvent,
  TransitionInput,
  TransitionOutcome,
  UserRecord,
  Viewer,
  RevertOutcome,
  AttemptReservation,
} from '../types';
import { migrate } from './migrations';
import { SqliteReviewStore } from './reviewStore';

/** How hard a commit is pushed to disk: NORMAL survives a killed process, FULL also power loss. */
export type Durability = 'normal' | 'full';

export interface SqliteStoreOptions {
  /** File path, or ':memory:'. Parent folders are created. */
  file: string;
  durability?: Durability;
  now?: () => Date;
}

interface DocumentRow {
  id: number;
  title: string;
  source_lang: string;
  target_lang: string;
  created_at: string;
}

interface SegmentRow {
  id: number;
  document_id: number;
  position: number;
  source: string;
  mt: string;
  current_revision_id: number | null;
  approved_revision_id: number | null;
  status: SegmentStatus;
  version: number;
  approved_text: string | null;
  /** JSON {codes, notes, state} of an imported segment. */
  origin: string | null;
  // the current revision, joined in (all null when the segment has none)
  cur_parent_revision_id: number | null;
  cur_text: string | null;
  cur_author_id: number | null;
  cur_author_name: string | null;
  cur_created_at: string | null;
  cur_state: Revision['state'] | null;
  cur_decided_by: number | null;
  cur_decider_name: string | null;
  cur_decided_at: string | null;
  cur_comment: string | null;
}

interface RevisionRow {
  id: number;
  segment_id: number;
  parent_revision_id: number | null;
  text: string;
  author_id: number;
  author_name: string;
  created_at: string;
  state: Revision['state'];
  decided_by: number | null;
  decider_name: string | null;
  decided_at: string | null;
  comment: string | null;
}

interface EventRow {
  id: number;
  document_id: number | null;
  segment_id: number | null;
  revision_id: number | null;
  actor_id: number | null;
  type: string;
  payload: string;
  created_at: string;
}

const REVISION_COLUMNS = `
  r.id, r.segment_id, r.parent_revision_id, r.text, r.author_id, au.display_name AS author_name,
  r.created_at, r.state, r.decided_by, de.display_name AS decider_name, r.decided_at, r.comment`;
const REVISION_FROM = `
  revisions r
  JOIN users au ON au.id = r.author_id
  LEFT JOIN users de ON de.id = r.decided_by`;

// A segment with its approved text and its current revision in one row: one query per segment.
const SEGMENT_COLUMNS = `
  s.id, s.document_id, s.position, s.source, s.mt, s.current_revision_id, s.approved_revision_id,
  s.status, s.version, ap.text AS approved_text, s.origin,
  cur.parent_revision_id AS cur_parent_revision_id, cur.text AS cur_text, cur.author_id AS cur_author_id,
  cau.display_name AS cur_author_name, cur.created_at AS cur_created_at, cur.state AS cur_state,
  cur.decided_by AS cur_decided_by, cde.display_name AS cur_decider_name, cur.decided_at AS cur_decided_at,
  cur.comment AS cur_comment`;
const SEGMENT_FROM = `
  segments s
  LEFT JOIN revisions ap ON ap.id = s.approved_revision_id
  LEFT JOIN revisions cur ON cur.id = s.current_revision_id
  LEFT JOIN users cau ON cau.id = cur.author_id
  LEFT JOIN users cde ON cde.id = cur.decided_by`;

/** The codes and notes of an imported segment, for the Segment payload (absent otherwise). */
function originOf(json: string | null): Pick<Segment, 'codes' | 'notes'> {
  if (json === null) return {};
  const origin = JSON.parse(json) as { codes?: Segment['codes']; notes?: string[] };
  return {
    ...(origin.codes && origin.codes.length > 0 ? { codes: origin.codes } : {}),
    ...(origin.notes && origin.notes.length > 0 ? { notes: origin.notes } : {}),
  };
}

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role | null;
  disabled: number;
  password_hash: string | null;
}

function toUserRecord(row: UserRow): UserRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    disabled: row.disabled === 1,
    passwordHash: row.password_hash,
  };
}

function toUser(row: UserRow): User {
  const { passwordHash: _hash, ...user } = toUserRecord(row);
  return user;
}

interface SessionRow {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
}

interface GlossaryRow {
  id: number;
  source_lang: string;
  target_lang: string;
  source: string;
  target: string;
  forbidden: string;
  note: string;
  do_not_translate: number;
  case_sensitive: number;
  created_at: string;
  updated_at: string;
}

function toGlossaryTerm(row: GlossaryRow): GlossaryTerm {
  return {
    id: row.id,
    sourceLang: row.source_lang,
    targetLang: row.target_lang,
    source: row.source,
    target: row.target,
    forbidden: JSON.parse(row.forbidden) as string[],
    note: row.note,
    doNotTranslate: row.do_not_translate === 1,
    caseSensitive: row.case_sensitive === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The key a term is unique by within its pair: case and spacing do not make a new term. */
function termKey(source: string): string {
  return source.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function baseOf(lang: string): string {
  return lang.split('-')[0]?.toLowerCase() ?? lang;
}

function toRevision(row: RevisionRow): Revision {
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

function toStoredEvent(row: EventRow): StoredEvent {
  return {
    id: row.id,
    documentId: row.document_id,
    segmentId: row.segment_id,
    revisionId: row.revision_id,
    actorId: row.actor_id,
    type: row.type,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    createdAt: row.created_at,
  };
}

function emptyCounts(): StatusCounts {
  return { untouched: 0, draft: 0, submitted: 0, approved: 0, rejected: 0 };
}

/** Case- and width-insensitive folding for search, the same on every script SQLite's LIKE misses. */
function foldForSearch(value: string): string {
  return value.normalize('NFKC').toLowerCase();
}

class RevertConflict extends Error {
  constructor(
    readonly segmentId: number,
    readonly version: number,
  ) {
    super(`segment ${segmentId} moved on to version ${version}`);
  }
}

export class SqliteStore implements Store {
  readonly db: Database.Database;
  readonly review: SqliteReviewStore;
  private readonly now: () => Date;
  private readonly statements;

  constructor(options: SqliteStoreOptions) {
    if (options.file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(options.file)), { recursive: true });
    this.db = new Database(options.file);
    this.now = options.now ?? (() => new Date());
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.durability === 'full' ? 'FULL' : 'NORMAL'}`);
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.function('tilik_fold', { deterministic: true }, (value: unknown) =>
      typeof value === 'string' ? foldForSearch(value) : null,
    );
    migrate(this.db);
    this.statements = this.prepare();
    this.review = new SqliteReviewStore({ db: this.db, timestamp: () => this.timestamp(), recordEvent: (event) => this.recordEvent(event) });
  }

  private prepare() {
    const db = this.db;
    return {
      anyDocument: db.prepare('SELECT 1 FROM documents LIMIT 1'),
      userName: db.prepare<[number], { display_name: string }>('SELECT display_name FROM users WHERE id = ?'),
      documents: db.prepare<[], DocumentRow>(
        'SELECT id, title, source_lang, target_lang, created_at FROM documents ORDER BY id DESC',
      ),
      rolesOfUser: db.prepare<[number], { document_id: number; role: Role }>(
        'SELECT document_id, role FROM document_roles WHERE user_id = ?',
      ),
      documentOf: {
        document: db.prepare<[number], { document_id: number }>('SELECT id AS document_id FROM documents WHERE id = ?'),
        segment: db.prepare<[number], { document_id: number }>('SELECT document_id FROM segments WHERE id = ?'),
        revision: db.prepare<[number], { document_id: number }>(
          'SELECT s.document_id FROM revisions r JOIN segments s ON s.id = r.segment_id WHERE r.id = ?',
        ),
        annotation: db.prepare<[number], { document_id: number }>('SELECT document_id FROM annotations WHERE id = ?'),
      },
      roleOnDocument: db.prepare<[number, number], { role: Role }>(
        'SELECT role FROM document_roles WHERE user_id = ? AND document_id = ?',
      ),
      setRole: db.prepare(
        `INSERT INTO document_roles (document_id, user_id, role) VALUES (?, ?, ?)
         ON CONFLICT (document_id, user_id) DO UPDATE SET role = excluded.role`,
      ),
      removeRole: db.prepare('DELETE FROM document_roles WHERE document_id = ? AND user_id = ?'),
      members: db.prepare<[number], UserRow & { member_role: Role }>(
        `SELECT u.id, u.username, u.display_name, u.role, u.disabled, u.password_hash, dr.role AS member_role
         FROM document_roles dr JOIN users u ON u.id = dr.user_id WHERE dr.document_id = ? ORDER BY u.username`,
      ),
      userById: db.prepare<[number], UserRow>('SELECT id, username, display_name, role, disabled, password_hash FROM users WHERE id = ?'),
      userByName: db.prepare<[string], UserRow>(
        'SELECT id, username, display_name, role, disabled, password_hash FROM users WHERE username = ?',
      ),
      users: db.prepare<[], UserRow>(
        'SELECT id, username, display_name, role, disabled, password_hash FROM users WHERE password_hash IS NOT NULL ORDER BY username',
      ),
      insertUser: db.prepare(
        'INSERT INTO users (username, display_name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)',
      ),
      setPassword: db.prepare('UPDATE users SET password_hash = ? WHERE id = ?'),
      insertSession: db.prepare(
        'INSERT INTO sessions (id, user_id, csrf_token, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      session: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?'),
      touchSession: db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id = ?'),
      attemptsOf: db.prepare<[string, number], { at: number }>('SELECT at FROM sign_in_attempts WHERE key = ? AND at > ? ORDER BY at'),
      insertAttempt: db.prepare('INSERT INTO sign_in_attempts (key, at) VALUES (?, ?)'),
      deleteAttempt: db.prepare('DELETE FROM sign_in_attempts WHERE id = ?'),
      clearAttempts: db.prepare('DELETE FROM sign_in_attempts WHERE key = ?'),
      sweepAttempts: db.prepare('DELETE FROM sign_in_attempts WHERE at < ?'),
      revokeSession: db.prepare('UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
      revokeUserSessions: db.prepare('UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL'),
      eventsWithActors: db.prepare<[number, number], EventRow & { actor_name: string | null; position: number | null }>(
        `SELECT e.*, u.display_name AS actor_name, s.position FROM events e
         LEFT JOIN users u ON u.id = e.actor_id LEFT JOIN segments s ON s.id = e.segment_id
         WHERE e.document_id = ? ORDER BY e.id DESC LIMIT ?`,
      ),
      document: db.prepare<[number], DocumentRow>(
        'SELECT id, title, source_lang, target_lang, created_at FROM documents WHERE id = ?',
      ),
      allCounts: db.prepare<[], { document_id: number; status: SegmentStatus; n: number }>(
        'SELECT document_id, status, count(*) AS n FROM segments GROUP BY document_id, status',
      ),
      documentCounts: db.prepare<[number], { status: SegmentStatus; n: number }>(
        'SELECT status, count(*) AS n FROM segments WHERE document_id = ? GROUP BY status',
      ),
      insertDocument: db.prepare(
        'INSERT INTO documents (title, source_lang, target_lang, created_at, created_by) VALUES (?, ?, ?, ?, ?)',
      ),
      insertSegment: db.prepare(
        'INSERT INTO segments (document_id, position, source, mt, origin_key, origin) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      insertDocumentFile: db.prepare('INSERT INTO document_files (document_id, name, format, content) VALUES (?, ?, ?, ?)'),
      documentFileFormat: db.prepare<[number], { format: string }>('SELECT format FROM document_files WHERE document_id = ?'),
      documentFile: db.prepare<[number], { name: string; format: string; content: string }>(
        'SELECT name, format, content FROM document_files WHERE document_id = ?',
      ),
      segmentOrigins: db.prepare<[number], { id: number; origin_key: string | null; origin: string | null }>(
        'SELECT id, origin_key, origin FROM segments WHERE document_id = ? ORDER BY position',
      ),
      segment: db.prepare<[number], SegmentRow>(`SELECT ${SEGMENT_COLUMNS} FROM ${SEGMENT_FROM} WHERE s.id = ?`),
      revision: db.prepare<[number], RevisionRow>(`SELECT ${REVISION_COLUMNS} FROM ${REVISION_FROM} WHERE r.id = ?`),
      revisionsOfSegment: db.prepare<[number], RevisionRow>(
        `SELECT ${REVISION_COLUMNS} FROM ${REVISION_FROM} WHERE r.segment_id = ? ORDER BY r.id`,
      ),
      insertRevision: db.prepare(
        `INSERT INTO revisions (segment_id, parent_revision_id, text, author_id, created_at, state)
         VALUES (?, ?, ?, ?, ?, 'draft')`,
      ),
      setSegmentAfterSave: db.prepare(
        'UPDATE segments SET current_revision_id = ?, status = ?, version = version + 1 WHERE id = ?',
      ),
      setSegmentStatus: db.prepare(
        `UPDATE segments SET status = ?, version = version + 1,
           approved_revision_id = CASE WHEN ? THEN ? ELSE approved_revision_id END
         WHERE id = ?`,
      ),
      decideRevision: db.prepare(
        'UPDATE revisions SET state = ?, decided_by = ?, decided_at = ?, comment = ? WHERE id = ?',
      ),
      submitRevision: db.prepare('UPDATE revisions SET state = ?, comment = coalesce(?, comment), submitted_at = ? WHERE id = ?'),
      insertEvent: db.prepare(
        `INSERT INTO events (document_id, segment_id, revision_id, actor_id, type, payload, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      events: db.prepare<[number, number], EventRow>(
        'SELECT * FROM events WHERE document_id = ? AND id > ? ORDER BY id',
      ),
      lastEvent: db.prepare<[number], { id: number | null }>('SELECT max(id) AS id FROM events WHERE document_id = ?'),
      lastEventOverall: db.prepare<[], { id: number | null }>('SELECT max(id) AS id FROM events'),
      lastSave: db.prepare<[number], { id: number | null }>(
        "SELECT id FROM events WHERE document_id = ? AND type IN ('revision.saved', 'document.created') ORDER BY id DESC LIMIT 1",
      ),
      allSegments: db.prepare<[number], SegmentRow>(`SELECT ${SEGMENT_COLUMNS} FROM ${SEGMENT_FROM} WHERE s.document_id = ? ORDER BY s.position`),
      glossaryPairs: db.prepare<[], { source_lang: string; target_lang: string; terms: number }>(
        'SELECT source_lang, target_lang, count(*) AS terms FROM glossary_terms GROUP BY source_lang, target_lang ORDER BY source_lang, target_lang',
      ),
      glossaryTerms: db.prepare<[string, string], GlossaryRow>(
        'SELECT * FROM glossary_terms WHERE source_lang = ? AND target_lang = ? ORDER BY source_key',
      ),
      glossaryTerm: db.prepare<[number], GlossaryRow>('SELECT * FROM glossary_terms WHERE id = ?'),
      glossaryTermByKey: db.prepare<[string, string, string], GlossaryRow>(
        'SELECT * FROM glossary_terms WHERE source_lang = ? AND target_lang = ? AND source_key = ?',
      ),
      insertGlossaryTerm: db.prepare(
        `INSERT INTO glossary_terms (source_lang, target_lang, source, source_key, target, forbidden, note,
           do_not_translate, case_sensitive, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      updateGlossaryTerm: db.prepare(
        `UPDATE glossary_terms SET source = ?, source_key = ?, target = ?, forbidden = ?, note = ?,
           do_not_translate = ?, case_sensitive = ?, updated_at = ? WHERE id = ?`,
      ),
      deleteGlossaryTerm: db.prepare('DELETE FROM glossary_terms WHERE id = ?'),
      glossaryForPair: db.prepare<[string, string, string, string], GlossaryRow>(
        'SELECT * FROM glossary_terms WHERE source_lang IN (?, ?) AND target_lang IN (?, ?) ORDER BY id',
      ),
      glossaryStamp: db.prepare<[string, string, string, string], { n: number; updated: string | null; maxId: number | null }>(
        `SELECT count(*) AS n, max(updated_at) AS updated, max(id) AS maxId FROM glossary_terms
         WHERE source_lang IN (?, ?) AND target_lang IN (?, ?)`,
      ),
    };
  }

  private timestamp(): string {
    return this.now().toISOString();
  }

  private countsOf(documentId: number): StatusCounts {
    const counts = emptyCounts();
    for (const row of this.statements.documentCounts.all(documentId)) counts[row.status] = row.n;
    return counts;
  }

  private summarize(row: DocumentRow, counts: StatusCounts): DocumentSummary {
    const segmentCount = Object.values(counts).reduce((sum, n) => sum + n, 0);
    return {
      id: row.id,
      role: null,
      roles: [],
      title: row.title,
      sourceLang: row.source_lang,
      targetLang: row.target_lang,
      createdAt: row.created_at,
      segmentCount,
      counts,
    };
  }

  private loadSegment(id: number): Segment | undefined {
    const row = this.statements.segment.get(id);
    return row && this.toSegment(row);
  }

  private toSegment(row: SegmentRow): Segment {
    const currentRevision: Revision | null =
      row.current_revision_id === null
        ? null
        : toRevision({
            id: row.current_revision_id,
            segment_id: row.id,
            parent_revision_id: row.cur_parent_revision_id,
            text: row.cur_text ?? '',
            author_id: row.cur_author_id ?? 0,
            author_name: row.cur_author_name ?? '',
            created_at: row.cur_created_at ?? '',
            state: row.cur_state ?? 'draft',
            decided_by: row.cur_decided_by,
            decider_name: row.cur_decider_name,
            decided_at: row.cur_decided_at,
            comment: row.cur_comment,
          });
    return {
      id: row.id,
      documentId: row.document_id,
      position: row.position,
      source: row.source,
      mt: row.mt,
      status: row.status,
      version: row.version,
      current: currentRevision,
      approvedRevisionId: row.approved_revision_id,
      ...originOf(row.origin),
      approvedText: row.approved_text,
    };
  }

  private recordEvent(event: Omit<StoredEvent, 'id' | 'createdAt'>): void {
    this.statements.insertEvent.run(
      event.documentId,
      event.segmentId,
      event.revisionId,
      event.actorId,
      event.type,
      JSON.stringify(event.payload),
      this.timestamp(),
    );
  }

  async isEmpty(): Promise<boolean> {
    return this.statements.anyDocument.get() === undefined;
  }

  /** The roles a viewer holds on each document (null when no viewer: every document, no roles). */
  private rolesFor(viewer: Viewer | undefined): ((documentId: number) => Role[] | 'no-viewer') {
    if (!viewer) return () => 'no-viewer';
    const own = new Map(this.statements.rolesOfUser.all(viewer.id).map((row) => [row.document_id, row.role]));
    return (documentId) => rolesOn(viewer.role, own.get(documentId) ?? null);
  }

  async listDocuments(viewer?: Viewer): Promise<DocumentSummary[]> {
    const roleOf = this.rolesFor(viewer);
    const counts = new Map<number, StatusCounts>();
    for (const row of this.statements.allCounts.all()) {
      let entry = counts.get(row.document_id);
      if (!entry) {
        entry = emptyCounts();
        counts.set(row.document_id, entry);
      }
      entry[row.status] = row.n;
    }
    const out: DocumentSummary[] = [];
    for (const row of this.statements.documents.all()) {
      const roles = roleOf(row.id);
      if (roles !== 'no-viewer' && roles.length === 0) continue;
      const summary = this.summarize(row, counts.get(row.id) ?? emptyCounts());
      out.push(roles === 'no-viewer' ? summary : { ...summary, role: roles[0] ?? null, roles });
    }
    return out;
  }

  async getDocument(id: number, viewer?: Viewer): Promise<DocumentSummary | undefined> {
    const row = this.statements.document.get(id);
    if (!row) return undefined;
    if (!viewer) return this.summarize(row, this.countsOf(id));
    const roles = rolesOn(viewer.role, this.statements.roleOnDocument.get(viewer.id, id)?.role ?? null);
    if (roles.length === 0) return undefined;
    return { ...this.summarize(row, this.countsOf(id)), role: roles[0] ?? null, roles };
  }

  async createDocument(input: CreateDocumentBody, actorId: number, imported?: ImportedFile): Promise<DocumentSummary> {
    if (imported && imported.segments.length !== input.segments.length) throw new Error('an imported file needs one origin per segment');
    const create = this.db.transaction(() => {
      const createdAt = this.timestamp();
      const { lastInsertRowid } = this.statements.insertDocument.run(
        input.title,
        input.sourceLang,
        input.targetLang,
        createdAt,
        actorId,
      );
      const documentId = Number(lastInsertRowid);
      input.segments.forEach((segment, index) => {
        const origin = imported?.segments[index];
        this.statements.insertSegment.run(
          documentId,
          index + 1,
          segment.source,
          segment.mt,
          origin?.key ?? null,
          origin ? JSON.stringify({ codes: origin.codes, notes: origin.notes, state: origin.state }) : null,
        );
      });
      if (imported) this.statements.insertDocumentFile.run(documentId, imported.name, imported.format, imported.content);
      this.recordEvent({
        documentId,
        segmentId: null,
        revisionId: null,
        actorId,
        type: 'document.created',
        payload: imported ? { segments: input.segments.length, file: imported.name, format: imported.format } : { segments: input.segments.length },
      });
      return documentId;
    });
    const id = create();
    const created = await this.getDocument(id);
    if (!created) throw new Error(`document ${id} vanished after creation`);
    return created;
  }

  async documentFileFormat(documentId: number): Promise<string | null> {
    return this.statements.documentFileFormat.get(documentId)?.format ?? null;
  }

  async documentFile(documentId: number): Promise<StoredFile | undefined> {
    const row = this.statements.documentFile.get(documentId);
    if (!row) return undefined;
    const origins = this.statements.segmentOrigins.all(documentId);
    return { ...row, origins: new Map(origins.filter((origin) => origin.origin_key !== null).map((origin) => [origin.id, origin.origin_key as string])) };
  }

  async listSegments(documentId: number, query: SegmentListOptions): Promise<{ items: Segment[]; total: number }> {
    const where = ['s.document_id = ?'];
    const params: unknown[] = [documentId];
    if (query.ids) {
      where.push('s.id IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(query.ids));
    }
    if (query.status !== 'all') {
      where.push('s.status = ?');
      params.push(query.status);
    }
    if (query.q) {
      const needle = foldForSearch(query.q);
      where.push(`(instr(tilik_fold(s.source), ?) > 0 OR instr(tilik_fold(s.mt), ?) > 0
        OR instr(tilik_fold(cur.text), ?) > 0)`);
      params.push(needle, needle, needle);
    }
    const from = `${SEGMENT_FROM} WHERE ${where.join(' AND ')}`;
    const read = this.db.transaction(() => {
      const { n } = this.db.prepare(`SELECT count(*) AS n FROM ${from}`).get(...params) as { n: number };
      const rows = this.db
        .prepare(`SELECT ${SEGMENT_COLUMNS} FROM ${from} ORDER BY s.position LIMIT ? OFFSET ?`)
        .all(...params, query.limit, query.offset) as SegmentRow[];
      return { total: n, items: rows.map((row) => this.toSegment(row)) };
    });
    return read();
  }

  async allSegments(documentId: number): Promise<Segment[]> {
    return this.statements.allSegments.all(documentId).map((row) => this.toSegment(row));
  }

  async lastSaveEventId(documentId: number): Promise<number> {
    return this.statements.lastSave.get(documentId)?.id ?? 0;
  }

  async lastEventId(documentId: number): Promise<number> {
    return this.statements.lastEvent.get(documentId)?.id ?? 0;
  }

  async getSegment(id: number): Promise<Segment | undefined> {
    return this.loadSegment(id);
  }

  async saveRevision(input: SaveRevisionInput): Promise<SaveRevisionOutcome> {
    const save = this.db.transaction((): SaveRevisionOutcome => {
      const segment = this.loadSegment(input.segmentId);
      if (!segment) return { kind: 'not_found' };
      if (segment.version !== input.baseVersion) return { kind: 'conflict', segment };
      if (segment.current && segment.current.text === input.text) {
        return { kind: 'unchanged', revision: segment.current, segment };
      }
      const createdAt = this.timestamp();
      const parentRevisionId = segment.current?.id ?? null;
      const { lastInsertRowid } = this.statements.insertRevision.run(
        segment.id,
        parentRevisionId,
        input.text,
        input.authorId,
        createdAt,
      );
      const revisionId = Number(lastInsertRowid);
      const version = segment.version + 1;
      this.statements.setSegmentAfterSave.run(revisionId, STATUS_AFTER_SAVE, segment.id);
      this.recordEvent({
        documentId: segment.documentId,
        segmentId: segment.id,
        revisionId,
        actorId: input.authorId,
        type: 'revision.saved',
        payload: { version },
      });
      // built from what was just written rather than read back: this is the hot path
      const revision: Revision = {
        id: revisionId,
        segmentId: segment.id,
        parentRevisionId,
        text: input.text,
        author: { id: input.authorId, name: this.statements.userName.get(input.authorId)?.display_name ?? '' },
        createdAt,
        state: 'draft',
        decidedBy: null,
        decidedAt: null,
        comment: null,
      };
      return { kind: 'created', revision, segment: { ...segment, version, status: STATUS_AFTER_SAVE, current: revision } };
    });
    return save();
  }

  async listRevisions(segmentId: number): Promise<Revision[] | undefined> {
    const read = this.db.transaction(() => {
      if (!this.statements.segment.get(segmentId)) return undefined;
      return this.statements.revisionsOfSegment.all(segmentId).map(toRevision);
    });
    return read();
  }

  async getRevision(id: number): Promise<Revision | undefined> {
    const row = this.statements.revision.get(id);
    return row && toRevision(row);
  }

  async transitionRevision(input: TransitionInput): Promise<TransitionOutcome> {
    const transition = this.db.transaction((): TransitionOutcome => {
      const row = this.statements.revision.get(input.revisionId);
      if (!row) return { kind: 'not_found' };
      const revision = toRevision(row);
      const segment = this.loadSegment(revision.segmentId);
      if (!segment) return { kind: 'not_found' };
      if (input.baseVersion !== undefined && input.baseVersion !== segment.version) return { kind: 'conflict', segment };
      const plan = planTransition({
        action: input.action,
        state: revision.state,
        isCurrent: segment.current?.id === revision.id,
      });
      if (!plan.ok) return { kind: 'invalid', revision, reason: plan.reason, allowedFrom: plan.allowedFrom };
      const comment = input.comment && input.comment.length > 0 ? input.comment : null;
      if (input.action === 'submit') {
        this.statements.submitRevision.run(plan.revisionState, comment, this.timestamp(), revision.id);
      } else {
        this.statements.decideRevision.run(plan.revisionState, input.actorId, this.timestamp(), comment, revision.id);
      }
      this.statements.setSegmentStatus.run(plan.segmentStatus, plan.publishes ? 1 : 0, revision.id, segment.id);
      this.recordEvent({
        documentId: segment.documentId,
        segmentId: segment.id,
        revisionId: revision.id,
        actorId: input.actorId,
        type: `revision.${plan.revisionState}`,
        payload: comment === null ? { version: segment.version + 1 } : { version: segment.version + 1, comment },
      });
      const updated = this.loadSegment(segment.id);
      const updatedRevision = this.statements.revision.get(revision.id);
      if (!updated || !updatedRevision) throw new Error(`revision ${revision.id} vanished during ${input.action}`);
      return { kind: 'done', revision: toRevision(updatedRevision), segment: updated };
    });
    return transition();
  }

  async listEventsOfTypes(types: readonly string[], afterId: number): Promise<StoredEvent[]> {
    const rows = this.db
      .prepare<[number, string], EventRow>('SELECT * FROM events WHERE id > ? AND type IN (SELECT value FROM json_each(?)) ORDER BY id')
      .all(afterId, JSON.stringify(types));
    return rows.map(toStoredEvent);
  }

  async lastEventIdOverall(): Promise<number> {
    return this.statements.lastEventOverall.get()?.id ?? 0;
  }

  async listEvents(documentId: number, afterId = 0): Promise<StoredEvent[]> {
    return this.statements.events.all(documentId, afterId).map(toStoredEvent);
  }

  async listGlossaryPairs(): Promise<Array<GlossaryPair & { terms: number }>> {
    return this.statements.glossaryPairs.all().map((row) => ({ sourceLang: row.source_lang, targetLang: row.target_lang, terms: row.terms }));
  }

  async listGlossaryTerms(pair: GlossaryPair, q?: string): Promise<GlossaryTerm[]> {
    const terms = this.statements.glossaryTerms.all(pair.sourceLang, pair.targetLang).map(toGlossaryTerm);
    if (!q) return terms;
    const needle = foldForSearch(q);
    return terms.filter((term) =>
      [term.source, term.target, term.note, ...term.forbidden].some((value) => foldForSearch(value).includes(needle)),
    );
  }

  async getGlossaryTerm(id: number): Promise<GlossaryTerm | undefined> {
    const row = this.statements.glossaryTerm.get(id);
    return row && toGlossaryTerm(row);
  }

  private glossaryEvent(type: string, actorId: number, payload: Record<string, unknown>): void {
    this.recordEvent({ documentId: null, segmentId: null, revisionId: null, actorId, type, payload });
  }

  private writeTerm(pair: GlossaryPair, input: GlossaryTermInput, existingId: number | null): number {
    const now = this.timestamp();
    const values = [
      input.source,
      termKey(input.source),
      input.target,
      JSON.stringify(input.forbidden),
      input.note,
      input.doNotTranslate ? 1 : 0,
      input.caseSensitive ? 1 : 0,
    ] as const;
    if (existingId !== null) {
      this.statements.updateGlossaryTerm.run(...values, now, existingId);
      return existingId;
    }
    const [source, key, ...rest] = values;
    const { lastInsertRowid } = this.statements.insertGlossaryTerm.run(pair.sourceLang, pair.targetLang, source, key, ...rest, now, now);
    return Number(lastInsertRowid);
  }

  async createGlossaryTerm(pair: GlossaryPair, input: GlossaryTermInput, actorId: number): Promise<GlossaryWriteOutcome> {
    const create = this.db.transaction((): GlossaryWriteOutcome => {
      const existing = this.statements.glossaryTermByKey.get(pair.sourceLang, pair.targetLang, termKey(input.source));
      if (existing) return { kind: 'duplicate', existing: toGlossaryTerm(existing) };
      const id = this.writeTerm(pair, input, null);
      this.glossaryEvent('glossary.term.created', actorId, { id, ...pair, source: input.source });
      return { kind: 'done', term: toGlossaryTerm(this.statements.glossaryTerm.get(id) as GlossaryRow) };
    });
    return create();
  }

  async updateGlossaryTerm(id: number, input: GlossaryTermInput, actorId: number): Promise<GlossaryWriteOutcome> {
    const update = this.db.transaction((): GlossaryWriteOutcome => {
      const current = this.statements.glossaryTerm.get(id);
      if (!current) return { kind: 'not_found' };
      const clash = this.statements.glossaryTermByKey.get(current.source_lang, current.target_lang, termKey(input.source));
      if (clash && clash.id !== id) return { kind: 'duplicate', existing: toGlossaryTerm(clash) };
      this.writeTerm({ sourceLang: current.source_lang, targetLang: current.target_lang }, input, id);
      this.glossaryEvent('glossary.term.updated', actorId, { id, before: toGlossaryTerm(current) });
      return { kind: 'done', term: toGlossaryTerm(this.statements.glossaryTerm.get(id) as GlossaryRow) };
    });
    return update();
  }

  async deleteGlossaryTerm(id: number, actorId: number): Promise<GlossaryTerm | undefined> {
    const remove = this.db.transaction(() => {
      const current = this.statements.glossaryTerm.get(id);
      if (!current) return undefined;
      this.statements.deleteGlossaryTerm.run(id);
      // the event keeps the whole term: a deletion can always be looked up and undone
      this.glossaryEvent('glossary.term.deleted', actorId, { id, term: toGlossaryTerm(current) });
      return toGlossaryTerm(current);
    });
    return remove();
  }

  async importGlossaryTerms(
    pair: GlossaryPair,
    terms: readonly GlossaryTermInput[],
    mode: 'merge' | 'replace',
    actorId: number,
  ): Promise<GlossaryImportResult> {
    const run = this.db.transaction((): GlossaryImportResult => {
      let added = 0;
      let updated = 0;
      let removed = 0;
      const keep = new Set<number>();
      for (const term of terms) {
        const existing = this.statements.glossaryTermByKey.get(pair.sourceLang, pair.targetLang, termKey(term.source));
        keep.add(this.writeTerm(pair, term, existing?.id ?? null));
        if (existing) updated += 1;
        else added += 1;
      }
      if (mode === 'replace') {
        for (const row of this.statements.glossaryTerms.all(pair.sourceLang, pair.targetLang)) {
          if (keep.has(row.id)) continue;
          this.statements.deleteGlossaryTerm.run(row.id);
          removed += 1;
        }
      }
      const total = this.statements.glossaryTerms.all(pair.sourceLang, pair.targetLang).length;
      this.glossaryEvent('glossary.imported', actorId, { ...pair, mode, added, updated, removed });
      return { added, updated, removed, total };
    });
    return run();
  }

  async glossaryFor(sourceLang: string, targetLang: string): Promise<{ terms: GlossaryTerm[]; version: string }> {
    const params = [sourceLang, baseOf(sourceLang), targetLang, baseOf(targetLang)] as const;
    const read = this.db.transaction(() => {
      const stamp = this.statements.glossaryStamp.get(...params);
      // a term filed under the exact tags wins over the same term under the bare languages
      const byKey = new Map<string, GlossaryTerm>();
      for (const row of this.statements.glossaryForPair.all(...params)) {
        const key = termKey(row.source);
        const exact = row.source_lang === sourceLang && row.target_lang === targetLang;
        if (!byKey.has(key) || exact) byKey.set(key, toGlossaryTerm(row));
      }
      return { terms: [...byKey.values()], version: `${stamp?.n ?? 0}:${stamp?.maxId ?? 0}:${stamp?.updated ?? ''}` };
    });
    return read();
  }

  async createUser(
    input: { username: string; displayName: string; role: Role | null; passwordHash: string },
    actorId: number,
  ): Promise<{ kind: 'done'; user: User } | { kind: 'duplicate' }> {
    const create = this.db.transaction(() => {
      if (this.statements.userByName.get(input.username)) return { kind: 'duplicate' as const };
      const { lastInsertRowid } = this.statements.insertUser.run(
        input.username,
        input.displayName,
        input.role,
        input.passwordHash,
        this.timestamp(),
      );
      const id = Number(lastInsertRowid);
      this.recordEvent({ documentId: null, segmentId: null, revisionId: null, actorId, type: 'user.created', payload: { id, username: input.username, role: input.role } });
      return { kind: 'done' as const, user: toUser(this.statements.userById.get(id) as UserRow) };
    });
    return create();
  }

  async getUser(id: number): Promise<UserRecord | undefined> {
    const row = this.statements.userById.get(id);
    return row && toUserRecord(row);
  }

  async getUserByUsername(username: string): Promise<UserRecord | undefined> {
    const row = this.statements.userByName.get(username);
    return row && toUserRecord(row);
  }

  async listUsers(): Promise<User[]> {
    return this.statements.users.all().map(toUser);
  }

  async updateUser(
    id: number,
    changes: { displayName?: string | undefined; role?: Role | null | undefined; disabled?: boolean | undefined },
    actorId: number,
  ): Promise<User | undefined> {
    const update = this.db.transaction(() => {
      const before = this.statements.userById.get(id);
      if (!before) return undefined;
      const sets: string[] = [];
      const values: unknown[] = [];
      if (changes.displayName !== undefined) {
        sets.push('display_name = ?');
        values.push(changes.displayName);
      }
      if (changes.role !== undefined) {
        sets.push('role = ?');
        values.push(changes.role);
      }
      if (changes.disabled !== undefined) {
        sets.push('disabled = ?');
        values.push(changes.disabled ? 1 : 0);
        if (changes.disabled) this.statements.revokeUserSessions.run(this.timestamp(), id);
      }
      this.db.prepare(`UPDATE users SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
      this.recordEvent({ documentId: null, segmentId: null, revisionId: null, actorId, type: 'user.updated', payload: { id, before: toUser(before), changes } });
      return toUser(this.statements.userById.get(id) as UserRow);
    });
    return update();
  }

  async setPasswordHash(id: number, passwordHash: string, actorId: number): Promise<boolean> {
    const set = this.db.transaction(() => {
      if (!this.statements.userById.get(id)) return false;
      this.statements.setPassword.run(passwordHash, id);
      this.statements.revokeUserSessions.run(this.timestamp(), id);
      this.recordEvent({ documentId: null, segmentId: null, revisionId: null, actorId, type: 'user.password_set', payload: { id } });
      return true;
    });
    return set();
  }

  private attemptsSince = 0;

  async reserveAttempts(keys: ReadonlyArray<{ key: string; limit: number }>, windowMs: number, now: number): Promise<AttemptReservation> {
    const since = now - windowMs;
    // IMMEDIATE: the count and the insert hold the write lock together, so two processes cannot
    // both see room for one more attempt
    const reserve = this.db.transaction((): AttemptReservation => {
      let retryAfterMs = 0;
      for (const { key, limit } of keys) {
        const rows = this.statements.attemptsOf.all(key, since);
        if (rows.length >= limit) {
          const oldest = rows[rows.length - limit]?.at ?? now;
          retryAfterMs = Math.max(retryAfterMs, oldest + windowMs - now, 1);
        }
      }
      if (retryAfterMs > 0) return { kind: 'limited', retryAfterMs };
      const ids = keys.map(({ key }) => Number(this.statements.insertAttempt.run(key, now).lastInsertRowid));
      // attempts older than any window are of no use: sweep them now and then
      this.attemptsSince += 1;
      if (this.attemptsSince >= 1000) {
        this.attemptsSince = 0;
        this.statements.sweepAttempts.run(now - 24 * 60 * 60 * 1000);
      }
      return { kind: 'reserved', ids };
    });
    return reserve.immediate();
  }

  async releaseAttempts(ids: readonly number[]): Promise<void> {
    const release = this.db.transaction(() => {
      for (const id of ids) this.statements.deleteAttempt.run(id);
    });
    release();
  }

  async clearAttempts(key: string): Promise<void> {
    this.statements.clearAttempts.run(key);
  }

  async createSession(session: Omit<SessionRecord, 'revokedAt' | 'lastSeenAt'>): Promise<void> {
    this.statements.insertSession.run(session.id, session.userId, session.csrfToken, session.createdAt, session.createdAt, session.expiresAt);
  }

  async getSession(id: string): Promise<SessionRecord | undefined> {
    const row = this.statements.session.get(id);
    return (
      row && {
        id: row.id,
        userId: row.user_id,
        csrfToken: row.csrf_token,
        createdAt: row.created_at,
        lastSeenAt: row.last_seen_at,
        expiresAt: row.expires_at,
        revokedAt: row.revoked_at,
      }
    );
  }

  async touchSession(id: string, at: string): Promise<void> {
    this.statements.touchSession.run(at, id);
  }

  async revokeSession(id: string, at: string): Promise<void> {
    const revoke = this.db.transaction(() => {
      const session = this.statements.session.get(id);
      if (!session || session.revoked_at !== null) return;
      this.statements.revokeSession.run(at, id);
      // in the log, so that live feeds on every server process end with the session
      this.recordEvent({ documentId: null, segmentId: null, revisionId: null, actorId: session.user_id, type: 'session.ended', payload: { userId: session.user_id } });
    });
    revoke();
  }

  async revokeUserSessions(userId: number, at: string): Promise<void> {
    this.statements.revokeUserSessions.run(at, userId);
  }

  async accessTo(kind: AccessKind, id: number, viewer: Viewer): Promise<{ documentId: number; roles: Role[] } | undefined> {
    const row = this.statements.documentOf[kind].get(id);
    if (!row) return undefined;
    const own = this.statements.roleOnDocument.get(viewer.id, row.document_id)?.role ?? null;
    return { documentId: row.document_id, roles: rolesOn(viewer.role, own) };
  }

  async documentRole(userId: number, documentId: number): Promise<Role | null> {
    return this.statements.roleOnDocument.get(userId, documentId)?.role ?? null;
  }

  async setDocumentRole(documentId: number, userId: number, role: Role | null, actorId: number): Promise<void> {
    const set = this.db.transaction(() => {
      const before = this.statements.roleOnDocument.get(userId, documentId)?.role ?? null;
      if (role === null) this.statements.removeRole.run(documentId, userId);
      else this.statements.setRole.run(documentId, userId, role);
      this.recordEvent({ documentId, segmentId: null, revisionId: null, actorId, type: 'document.role_set', payload: { userId, before, role } });
    });
    set();
  }

  async listDocumentMembers(documentId: number): Promise<Array<{ user: User; role: Role }>> {
    return this.statements.members.all(documentId).map((row) => ({ user: toUser(row), role: row.member_role }));
  }

  async listQueue(documentIds: readonly number[] | 'all'): Promise<QueueItem[]> {
    const filter = documentIds === 'all' ? '' : 'AND s.document_id IN (SELECT value FROM json_each(?))';
    const read = this.db.transaction(() => {
      const rows = this.db
        .prepare(
          `SELECT ${SEGMENT_COLUMNS}, d.title, d.source_lang, d.target_lang, cur.submitted_at
           FROM ${SEGMENT_FROM} JOIN documents d ON d.id = s.document_id
           WHERE s.status = 'submitted' AND cur.state = 'submitted' ${filter}
           ORDER BY coalesce(cur.submitted_at, cur.created_at) DESC, cur.id DESC`,
        )
        .all(...(documentIds === 'all' ? [] : [JSON.stringify(documentIds)])) as Array<
        SegmentRow & { title: string; source_lang: string; target_lang: string; submitted_at: string | null }
      >;
      return rows.map((row) => {
        const segment = this.toSegment(row);
        return {
          revision: segment.current as Revision,
          segment,
          document: { id: row.document_id, title: row.title, sourceLang: row.source_lang, targetLang: row.target_lang },
          submittedAt: row.submitted_at ?? segment.current?.createdAt ?? '',
        };
      });
    });
    return read();
  }

  async listEventsWithActors(documentId: number, limit: number): Promise<Array<StoredEvent & { actorName: string | null; position: number | null }>> {
    return this.statements.eventsWithActors.all(documentId, limit).map((row) => ({
      id: row.id,
      documentId: row.document_id,
      segmentId: row.segment_id,
      revisionId: row.revision_id,
      actorId: row.actor_id,
      type: row.type,
      payload: JSON.parse(row.payload) as Record<string, unknown>,
      createdAt: row.created_at,
      actorName: row.actor_name,
      position: row.position,
    }));
  }

  async revertSegments(
    documentId: number,
    items: ReadonlyArray<{ segmentId: number; baseVersion: number; text: string }>,
    actorId: number,
    filter: Record<string, unknown>,
  ): Promise<RevertOutcome> {
    const revert = this.db.transaction((): RevertOutcome => {
      const segments: Segment[] = [];
      for (const item of items) {
        const segment = this.loadSegment(item.segmentId);
        if (!segment || segment.documentId !== documentId || segment.version !== item.baseVersion) {
          // throwing rolls the whole transaction back: nothing of a half revert stays
          throw new RevertConflict(item.segmentId, segment?.version ?? -1);
        }
        const createdAt = this.timestamp();
        const { lastInsertRowid } = this.statements.insertRevision.run(segment.id, segment.current?.id ?? null, item.text, actorId, createdAt);
        const revisionId = Number(lastInsertRowid);
        this.statements.setSegmentAfterSave.run(revisionId, STATUS_AFTER_SAVE, segment.id);
        this.recordEvent({
          documentId,
          segmentId: segment.id,
          revisionId,
          actorId,
          type: 'revision.saved',
          payload: { version: segment.version + 1, revert: true },
        });
        const updated = this.loadSegment(segment.id);
        if (updated) segments.push(updated);
      }
      this.recordEvent({ documentId, segmentId: null, revisionId: null, actorId, type: 'document.reverted', payload: { ...filter, segments: items.length } });
      return { kind: 'done', segments };
    });
    try {
      return revert();
    } catch (error) {
      if (error instanceof RevertConflict) return { kind: 'conflict', segmentId: error.segmentId, version: error.version };
      throw error;
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

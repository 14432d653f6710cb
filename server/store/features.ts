/**
 * The few things SQLite and PostgreSQL say differently, in one place: folding text for search,
 * testing membership in a long list of ids, serialising writers on a key, and recognising a
 * unique-constraint violation. Everything else is the same Kysely query on both.
 */
import { sql, type Expression, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from './schema';

export type DialectName = 'sqlite' | 'postgres';

export interface SqlFeatures {
  readonly name: DialectName;
  /** The text folded for search: compatibility-normalised (NFKC) and lower case. */
  fold(expression: Expression<string | null>): RawBuilder<string | null>;
  /** Whether the text holds the needle. */
  contains(haystack: Expression<string | null>, needle: string): RawBuilder<boolean>;
  /** `expression IN ids`, for any number of ids (no limit on parameters). */
  inIds(expression: Expression<number | null>, ids: readonly number[]): RawBuilder<boolean>;
  /** Writers on these keys wait for each other until the end of the transaction. */
  lockKeys(db: Kysely<Database>, keys: readonly string[]): Promise<void>;
  /** The lock of `key` until the end of the transaction, if no other transaction holds it: whether it was taken (never waits). */
  tryLockKey(db: Kysely<Database>, key: string): Promise<boolean>;
  /** Whether an error is a unique constraint refusing a duplicate. */
  isUniqueViolation(error: unknown): boolean;
  /** Sets what the search index holds for these segments (their folded texts). */
  indexForSearch(db: Kysely<Database>, rows: ReadonlyArray<{ segmentId: number; documentId: number; folded: string }>): Promise<void>;
  /** Drops these segments from the search index. */
  unindexForSearch(db: Kysely<Database>, segmentIds: readonly number[]): Promise<void>;
  /** `expression` (a segment id) is of a segment of the document whose folded texts hold `needle`. */
  searchMatches(expression: Expression<number>, documentId: number, needle: string): RawBuilder<boolean>;
  /** After a claiming subquery's LIMIT: rows another transaction holds are passed over (PostgreSQL). */
  readonly skipLocked: RawBuilder<unknown>;
  /** Text ordered by code point (as JavaScript's code point comparison), whatever the database's collation. */
  inCodePointOrder(expression: Expression<string>): RawBuilder<string>;
  /** Gathers a table's statistics now, after it grew at once (PostgreSQL plans by them; SQLite keeps none here). */
  analyze(db: Kysely<Database>, table: 'check_queue' | 'segments'): Promise<void>;
}

/** Rows per statement when indexing for search. */
const SEARCH_BATCH = 200;

/** A phrase for FTS5: the needle in double quotes, its own quotes doubled. */
function fts5Phrase(needle: string): string {
  return `"${needle.replace(/"/g, '""')}"`;
}

/** A LIKE pattern that finds the needle anywhere, its own wildcards escaped. */
function likeAnywhere(needle: string): string {
  return `%${needle.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

export const SQLITE_FEATURES: SqlFeatures = {
  name: 'sqlite',
  // tilik_fold is registered on the connection (String.prototype.normalize, toLowerCase)
  fold: (expression) => sql<string | null>`tilik_fold(${expression})`,
  contains: (haystack, needle) => sql<boolean>`instr(${haystack}, ${needle}) > 0`,
  inIds: (expression, ids) => sql<boolean>`${expression} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
  // a writing transaction begins IMMEDIATE and holds SQLite's one write lock already
  lockKeys: async () => undefined,
  tryLockKey: async () => true,
  isUniqueViolation: (error) => typeof error === 'object' && error !== null && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE',
  indexForSearch: async (db, rows) => {
    // a contentless FTS5 table: a row is replaced by deleting it and inserting it again
    for (let start = 0; start < rows.length; start += SEARCH_BATCH) {
      const batch = rows.slice(start, start + SEARCH_BATCH);
      await sql`DELETE FROM segment_search WHERE rowid IN (SELECT value FROM json_each(${JSON.stringify(batch.map((row) => row.segmentId))}))`.execute(
        db,
      );
      await sql`INSERT INTO segment_search (rowid, folded) VALUES ${sql.join(batch.map((row) => sql`(${row.segmentId}, ${row.folded})`))}`.execute(
        db,
      );
    }
  },
  unindexForSearch: async (db, segmentIds) => {
    for (let start = 0; start < segmentIds.length; start += SEARCH_BATCH) {
      await sql`DELETE FROM segment_search WHERE rowid IN (SELECT value FROM json_each(${JSON.stringify(segmentIds.slice(start, start + SEARCH_BATCH))}))`.execute(
        db,
      );
    }
  },
  // three characters or more: the trigram index; fewer: every segment of the document is read
  searchMatches: (expression, documentId, needle) =>
    [...needle].length >= 3
      ? sql<boolean>`${expression} IN (SELECT rowid FROM segment_search WHERE segment_search MATCH ${fts5Phrase(needle)})`
      : sql<boolean>`${expression} IN (SELECT s2.id FROM segments s2 LEFT JOIN revisions c2 ON c2.id = s2.current_revision_id
          WHERE s2.document_id = ${documentId} AND (instr(tilik_fold(s2.source), ${needle}) > 0 OR instr(tilik_fold(s2.mt), ${needle}) > 0 OR instr(tilik_fold(c2.text), ${needle}) > 0))`,
  // one writer at a time: nothing to pass over
  skipLocked: sql``,
  // BINARY compares UTF-8 bytes, which is code point order
  inCodePointOrder: (expression) => sql<string>`${expression}`,
  analyze: async () => undefined,
};

export const POSTGRES_FEATURES: SqlFeatures = {
  name: 'postgres',
  fold: (expression) => sql<string | null>`lower(normalize(${expression}, NFKC))`,
  contains: (haystack, needle) => sql<boolean>`strpos(${haystack}, ${needle}) > 0`,
  inIds: (expression, ids) => sql<boolean>`${expression} = ANY(${sql.val([...ids])}::bigint[])`,
  lockKeys: async (db, keys) => {
    // in a fixed order, so that two transactions never wait for each other in a circle
    for (const key of [...new Set(keys)].sort()) await sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(db);
  },
  tryLockKey: async (db, key) => {
    const { rows } = await sql<{ taken: boolean }>`SELECT pg_try_advisory_xact_lock(hashtextextended(${key}, 0)) AS taken`.execute(db);
    return rows[0]?.taken === true;
  },
  isUniqueViolation: (error) => typeof error === 'object' && error !== null && 'code' in error && error.code === '23505',
  indexForSearch: async (db, rows) => {
    for (let start = 0; start < rows.length; start += SEARCH_BATCH) {
      const batch = rows.slice(start, start + SEARCH_BATCH);
      await sql`INSERT INTO segment_search (segment_id, document_id, folded) VALUES ${sql.join(batch.map((row) => sql`(${row.segmentId}, ${row.documentId}, ${row.folded})`))}
        ON CONFLICT (segment_id) DO UPDATE SET folded = excluded.folded`.execute(db);
    }
  },
  unindexForSearch: async (db, segmentIds) => {
    await sql`DELETE FROM segment_search WHERE segment_id = ANY(${sql.val([...segmentIds])}::bigint[])`.execute(db);
  },
  // pg_trgm serves LIKE from its index for three characters or more, and reads the rows otherwise
  searchMatches: (expression, documentId, needle) =>
    sql<boolean>`${expression} IN (SELECT segment_id FROM segment_search WHERE document_id = ${documentId} AND folded LIKE ${likeAnywhere(needle)})`,
  skipLocked: sql`FOR UPDATE SKIP LOCKED`,
  inCodePointOrder: (expression) => sql<string>`${expression} COLLATE "C"`,
  // autovacuum comes by within a minute or so; the first claims and pages come at once
  analyze: async (db, table) => {
    await sql`ANALYZE ${sql.table(table)}`.execute(db);
  },
};

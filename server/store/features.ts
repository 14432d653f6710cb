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
  /** Whether an error is a unique constraint refusing a duplicate. */
  isUniqueViolation(error: unknown): boolean;
}

export const SQLITE_FEATURES: SqlFeatures = {
  name: 'sqlite',
  // tilik_fold is registered on the connection (String.prototype.normalize, toLowerCase)
  fold: (expression) => sql<string | null>`tilik_fold(${expression})`,
  contains: (haystack, needle) => sql<boolean>`instr(${haystack}, ${needle}) > 0`,
  inIds: (expression, ids) => sql<boolean>`${expression} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
  // a writing transaction begins IMMEDIATE and holds SQLite's one write lock already
  lockKeys: async () => undefined,
  isUniqueViolation: (error) => typeof error === 'object' && error !== null && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE',
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
  isUniqueViolation: (error) => typeof error === 'object' && error !== null && 'code' in error && error.code === '23505',
};

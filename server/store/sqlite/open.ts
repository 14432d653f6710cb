/**
 * The embedded database: one SQLite file through better-sqlite3, in WAL mode, migrated on opening.
 * With `synchronous=NORMAL` a committed save survives a killed process; `FULL` also survives power
 * loss (about 8× fewer commits a second here), a setting (TILIK_DURABILITY).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely } from 'kysely';
import type { Database as Tables } from '../schema';
import { TilikSqliteDialect } from './driver';
import { migrate } from './migrations';
import { sentenceKeys, sourceKey } from '../sourceKey';
import { indexWords } from '../repositories/memory';

/** How hard a commit is pushed to disk: NORMAL survives a killed process, FULL also power loss. */
export type Durability = 'normal' | 'full';

/** Case- and width-insensitive folding for search, the same on every script SQLite's LIKE misses. */
function fold(value: unknown): string | null {
  return typeof value === 'string' ? value.normalize('NFKC').toLowerCase() : null;
}

export function openSqlite(options: { file: string; durability: Durability }): { db: Kysely<Tables>; close: () => Promise<void> } {
  if (options.file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(options.file)), { recursive: true });
  const sqlite = new Database(options.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${options.durability === 'full' ? 'FULL' : 'NORMAL'}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.function('tilik_fold', { deterministic: true }, fold);
  sqlite.function('tilik_source_key', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? sourceKey(value) : null));
  sqlite.function('tilik_sentence_keys', { deterministic: true }, (value: unknown) =>
    JSON.stringify(typeof value === 'string' ? sentenceKeys(value) : []),
  );
  // a memory unit's words as its word index holds them (the migration that rebuilds that index)
  sqlite.function('tilik_index_words', { deterministic: true }, (source: unknown, lang: unknown) =>
    typeof source === 'string' && typeof lang === 'string' ? indexWords(source, lang).join(' ') : '',
  );
  try {
    migrate(sqlite);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = new Kysely<Tables>({ dialect: new TilikSqliteDialect(sqlite) });
  return {
    db,
    close: async () => {
      await db.destroy();
      // Kysely destroys only a driver it has used: close the file in any case
      if (sqlite.open) sqlite.close();
    },
  };
}

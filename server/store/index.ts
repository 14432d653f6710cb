/**
 * openStore: the one way the server and every command line open the database. SQLite (a file,
 * the embedded default) or PostgreSQL (a `postgres://` URL, for several servers on one database),
 * with the same repositories over the same Kysely queries. Migrations run on opening.
 *
 * Transactions: work runs inside `transaction`; PostgreSQL runs it under READ COMMITTED, where the
 * version-checked writes of the repositories keep it correct, and a transaction the database gave
 * up on (a deadlock, a serialisation failure) is run again, up to three times. Inside a
 * transaction, use only its repositories: a `read`, or another transaction, from within one would
 * wait for it on SQLite's single connection.
 */
import { sql, type Kysely } from 'kysely';
import { POSTGRES_FEATURES, SQLITE_FEATURES, type SqlFeatures } from './features';
import { openPostgres } from './postgres/open';
import { CheckRepository } from './repositories/checks';
import { MemoryRepository } from './repositories/memory';
import { ProposalRepository } from './repositories/proposals';
import { DocumentRepository } from './repositories/documents';
import { GlossaryRepository } from './repositories/glossary';
import { PeopleRepository } from './repositories/people';
import { ReviewRepository } from './repositories/review';
import { RevisionRepository } from './repositories/revisions';
import type { Database } from './schema';
import { openSqlite, type Durability } from './sqlite/open';
import { Rollback, type ChangeNotice, type Repositories, type Store } from './types';

export type { Durability } from './sqlite/open';

export interface StoreConfig {
  /** `postgres://…` selects PostgreSQL; otherwise SQLite in `file`. */
  databaseUrl?: string | undefined;
  /** The SQLite file, or ':memory:'. */
  file?: string;
  durability?: Durability;
}

function repositoriesOn(db: Kysely<Database>, features: SqlFeatures): Repositories {
  return {
    lock: (keys) => features.lockKeys(db, keys),
    tryLock: (key) => features.tryLockKey(db, key),
    documents: new DocumentRepository(db, features),
    revisions: new RevisionRepository(db, features),
    people: new PeopleRepository(db, features),
    glossary: new GlossaryRepository(db, features),
    review: new ReviewRepository(db),
    checks: new CheckRepository(db, features),
    memory: new MemoryRepository(db, features),
    proposals: new ProposalRepository(db, features),
  };
}

/** PostgreSQL's codes for a transaction worth running again: serialisation failure, deadlock. */
const RETRYABLE = new Set(['40001', '40P01']);

function isRetryable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && RETRYABLE.has(String(error.code));
}

class KyselyStore implements Store {
  readonly read: Repositories;

  constructor(
    readonly config: StoreConfig,
    private readonly db: Kysely<Database>,
    private readonly features: SqlFeatures,
    private readonly listen: (listener: (notice: ChangeNotice) => void) => () => void,
    private readonly closing: () => Promise<void>,
  ) {
    this.read = repositoriesOn(db, features);
  }

  get dialect() {
    return this.features.name;
  }

  async transaction<T>(work: (tx: Repositories) => Promise<T>, options: { readOnly?: boolean } = {}): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        let builder = this.db.transaction();
        if (options.readOnly) builder = builder.setAccessMode('read only');
        return await builder.execute((trx) => work(repositoriesOn(trx, this.features)));
      } catch (error) {
        if (error instanceof Rollback) return error.value as T;
        if (attempt < 3 && isRetryable(error)) continue;
        throw error;
      }
    }
  }

  isUniqueViolation(error: unknown): boolean {
    return this.features.isUniqueViolation(error);
  }

  onChange(listener: (notice: ChangeNotice) => void): () => void {
    return this.listen(listener);
  }

  /** The tables a dump reads, found once (the schema is migrated before a store is made). */
  private dumpTables: Promise<string[]> | undefined;

  async dump(): Promise<Record<string, unknown[]>> {
    // (asking the catalogue each time took half of a dump of a small database: the attack tests
    // dump it around each of thousands of requests)
    this.dumpTables ??= this.db.introspection.getTables().then((found) =>
      found
        .map((table) => table.name)
        .filter((name) => name !== 'schema_migrations')
        .sort(),
    );
    const tables = await this.dumpTables;
    const out: Record<string, unknown[]> = {};
    for (const table of tables) {
      const { rows } = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)}`.execute(this.db);
      out[table] = rows
        .map((row) => JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? Number(value) : value)))
        .sort();
    }
    return out;
  }

  async close(): Promise<void> {
    await this.closing();
  }
}

/** Opens (and migrates) the database the configuration names. */
export async function openStore(config: StoreConfig): Promise<Store> {
  if (config.databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(config.databaseUrl)) {
      throw new Error('TILIK_DATABASE_URL must be a postgres:// URL (leave it unset for the embedded SQLite database)');
    }
    const postgres = await openPostgres(config.databaseUrl);
    return new KyselyStore(config, postgres.db, POSTGRES_FEATURES, postgres.listen, postgres.close);
  }
  const sqlite = openSqlite({ file: config.file ?? ':memory:', durability: config.durability ?? 'normal' });
  return new KyselyStore(config, sqlite.db, SQLITE_FEATURES, () => () => undefined, sqlite.close);
}

/**
 * API test harness: a real SQLite store in a temporary file per test file, the real app, and
 * builders that create what a test needs through the store.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import { createApp } from '../../server/app';
import { SqliteStore } from '../../server/store/sqlite/sqliteStore';
import { LOCAL_USER_ID } from '../../server/store/types';
import type { CreateDocumentBody, DocumentSummary, Segment } from '../../shared/schemas';

export interface Harness {
  store: SqliteStore;
  app: Express;
  dbFile: string;
  logged: unknown[];
  close: () => Promise<void>;
}

export function createHarness(): Harness {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-api-'));
  const dbFile = path.join(dir, 'test.db');
  const store = new SqliteStore({ file: dbFile });
  const logged: unknown[] = [];
  const app = createApp({ store, log: (_message, error) => logged.push(error) });
  return {
    store,
    app,
    dbFile,
    logged,
    close: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function buildDocument(
  store: SqliteStore,
  overrides: Partial<CreateDocumentBody> = {},
): Promise<{ document: DocumentSummary; segments: Segment[] }> {
  const document = await store.createDocument(
    {
      title: 'Contoh',
      sourceLang: 'en',
      targetLang: 'id',
      segments: [
        { source: 'Export curbs slowed progress.', mt: 'Trotoar ekspor memperlambat kemajuan.' },
        { source: 'The weather is nice.', mt: 'Cuacanya bagus.' },
        { source: '', mt: 'Back to top' },
      ],
      ...overrides,
    },
    LOCAL_USER_ID,
  );
  const { items } = await store.listSegments(document.id, { offset: 0, limit: 500, status: 'all' });
  return { document, segments: items };
}

/** Every row of every table: compared before and after a refused request to prove nothing changed. */
export function snapshotDatabase(store: SqliteStore): Record<string, unknown[]> {
  const tables = store.db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all();
  return Object.fromEntries(tables.map(({ name }) => [name, store.db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}

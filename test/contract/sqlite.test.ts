/**
 * The store contract on SQLite (a file per run), and what is SQLite's own: the file and its
 * folders are created, it is in WAL mode, and every migration is recorded once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../server/store';
import { MIGRATIONS } from '../../server/store/sqlite/migrations';
import { describeStoreContract } from './storeContract';

function tempFile(): { file: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-contract-'));
  return { dir, file: path.join(dir, 'nested', 'folder', 'tilik.db') };
}

describeStoreContract('SQLite', 'sqlite', async () => {
  const { dir, file } = tempFile();
  return {
    config: { file },
    raw: async (sql) => {
      const db = new Database(file);
      try {
        db.exec(sql);
      } finally {
        db.close();
      }
    },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
});

describe('SQLite files', () => {
  it('creates the file and its folders, in WAL mode, with every migration recorded once', async () => {
    const { dir, file } = tempFile();
    try {
      await (await openStore({ file })).close();
      await (await openStore({ file, durability: 'full' })).close();
      expect(fs.existsSync(file)).toBe(true);
      const db = new Database(file, { readonly: true });
      try {
        expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
        expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual(
          MIGRATIONS.map((m) => m.version),
        );
      } finally {
        db.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

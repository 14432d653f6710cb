import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { readDemoDocument, seedDemoIfEmpty } from '../../server/demo/seed';
import { MIGRATIONS } from '../../server/store/sqlite/migrations';
import { SqliteStore } from '../../server/store/sqlite/sqliteStore';
import { LOCAL_USER_ID } from '../../server/store/types';

const dirs: string[] = [];
function tempDb(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-store-'));
  dirs.push(dir);
  return path.join(dir, 'nested', 'folder', 'tilik.db');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('SqliteStore', () => {
  it('creates the file and its folders, in WAL mode, with every migration recorded', async () => {
    const file = tempDb();
    const store = new SqliteStore({ file });
    expect(fs.existsSync(file)).toBe(true);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    const versions = store.db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
    await store.close();
  });

  it('sets synchronous to NORMAL by default and FULL on request', async () => {
    const normal = new SqliteStore({ file: tempDb() });
    expect(normal.db.pragma('synchronous', { simple: true })).toBe(1);
    await normal.close();
    const full = new SqliteStore({ file: tempDb(), durability: 'full' });
    expect(full.db.pragma('synchronous', { simple: true })).toBe(2);
    await full.close();
  });

  it('keeps everything across a reopen and applies no migration twice', async () => {
    const file = tempDb();
    const first = new SqliteStore({ file });
    const document = await first.createDocument(
      { title: 'Tetap', sourceLang: 'en', targetLang: 'id', segments: [{ source: 'a', mt: 'b' }] },
      LOCAL_USER_ID,
    );
    const [segment] = (await first.listSegments(document.id, { offset: 0, limit: 10, status: 'all' })).items;
    await first.saveRevision({ segmentId: segment!.id, text: 'c', baseVersion: 0, authorId: LOCAL_USER_ID });
    await first.close();

    const second = new SqliteStore({ file });
    expect((await second.getSegment(segment!.id))?.current?.text).toBe('c');
    expect(second.db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.length);
    await second.close();
  });

  it('refuses a database written by a newer Tilik instead of corrupting it', async () => {
    const file = tempDb();
    await new SqliteStore({ file }).close();
    const raw = new Database(file);
    raw.prepare("INSERT INTO schema_migrations VALUES (999, 'from the future', '2030-01-01')").run();
    raw.close();
    expect(() => new SqliteStore({ file })).toThrow(/schema version 999/);
  });

  it('never forgets: revisions and events cannot be deleted or rewritten', async () => {
    const store = new SqliteStore({ file: tempDb() });
    const document = await store.createDocument(
      { title: 'Arsip', sourceLang: 'en', targetLang: 'id', segments: [{ source: 'a', mt: 'b' }] },
      LOCAL_USER_ID,
    );
    const [segment] = (await store.listSegments(document.id, { offset: 0, limit: 10, status: 'all' })).items;
    const saved = await store.saveRevision({ segmentId: segment!.id, text: 'asli', baseVersion: 0, authorId: LOCAL_USER_ID });
    if (saved.kind !== 'created') throw new Error('not saved');
    expect(() => store.db.prepare('DELETE FROM revisions').run()).toThrow(/append-only/);
    expect(() => store.db.prepare("UPDATE revisions SET text = 'palsu'").run()).toThrow(/never change/);
    expect(() => store.db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
    expect(() => store.db.prepare("UPDATE events SET type = 'x'").run()).toThrow(/append-only/);
    expect((await store.getRevision(saved.revision.id))?.text).toBe('asli');
    await store.close();
  });
});

describe('the demo article', () => {
  it('has 24 segments, the last five without source', () => {
    const demo = readDemoDocument();
    expect(demo.segments).toHaveLength(24);
    expect(demo.segments.slice(19).every((s) => s.source === '')).toBe(true);
    expect(demo.segments.slice(0, 19).every((s) => s.source !== '' && s.mt !== '')).toBe(true);
    expect(demo).toMatchObject({ sourceLang: 'en', targetLang: 'id' });
  });

  it('is imported on the first start only', async () => {
    const store = new SqliteStore({ file: tempDb() });
    const seed = await seedDemoIfEmpty(store, { cost: { N: 1024, r: 8, p: 1 } });
    const seeded = seed?.document;
    expect(seeded?.segmentCount).toBe(24);
    expect(seed?.generated).toBe(true);
    expect(seed?.password).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
    expect(await seedDemoIfEmpty(store)).toBeUndefined();
    // the demo accounts, one per role; the translator is assigned the demo article
    expect((await store.listUsers()).map((u) => [u.username, u.role])).toEqual([
      ['admin', 'admin'],
      ['editor', 'editor'],
      ['reviewer', 'reviewer'],
      ['translator', 'translator'],
    ]);
    const translator = await store.getUserByUsername('translator');
    expect(await store.documentRole(translator?.id ?? 0, seeded?.id ?? 0)).toBe('translator');
    expect((await store.listDocuments()).length).toBe(1);
    const page = await store.listSegments(seeded!.id, { offset: 0, limit: 100, status: 'all' });
    expect(page.items.find((s) => s.position === 8)?.mt).toContain('trotoar ekspor');
    expect(page.items.filter((s) => s.source === '').map((s) => s.position)).toEqual([20, 21, 22, 23, 24]);
    await store.close();
  });
});

/**
 * The memory's word index as databases made before it are opened: on PostgreSQL (migrations 14
 * and 15) every unit's words, their counts and each unit's length; on SQLite (migration 20) the
 * FTS5 index rebuilt without word positions. Lookups find the units stored before as they find new
 * ones, added one by one or many at once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createServices } from '../../server/services';
import { openStore } from '../../server/store';
import { createTestDatabase } from '../helpers/postgres';
import { UNDO_FROM_CONSISTENCY_COUNTS } from '../helpers/migrations';

const PAIR = { sourceLang: 'en', targetLang: 'id' };

/** A unit as a TMX file stored it before the migration under test. */
const olderUnit = (source: string, target: string) => ({
  ...PAIR,
  source,
  target,
  origin: 'older.tmx',
  documentId: null,
  segmentId: null,
  approvedBy: null,
  approvedAt: '2026-01-01T00:00:00.000Z',
});

describe('the memory word index of a database made before it', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('on PostgreSQL, is built for the units stored before it, which lookups then find by their rarest words', async () => {
    const database = await createTestDatabase();
    cleanups.push(database.drop);
    const units = [
      ['Tighten the hose clamp with a flat screwdriver.', 'Kencangkan klem selang dengan obeng pipih.'],
      ['Drain the radiator before you replace the thermostat.', 'Kuras radiator sebelum Anda mengganti termostat.'],
      ['Check the coolant level every morning.', 'Periksa tingkat cairan pendingin setiap pagi.'],
    ] as const;
    const first = await openStore({ databaseUrl: database.url });
    await first.transaction(async (tx) => {
      for (const [source, target] of units) await tx.memory.add(olderUnit(source, target));
    });
    await first.close();

    // as a database before migrations 14 and 15 was: no word index
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(
        `DROP TABLE tm_unit_words; DROP TABLE tm_word_counts; DELETE FROM schema_migrations WHERE version IN (14, 15); ${UNDO_FROM_CONSISTENCY_COUNTS}`,
      );
    } finally {
      await client.end();
    }

    const store = await openStore({ databaseUrl: database.url });
    cleanups.push(() => store.close());
    // every unit's words, and how many units hold each
    const check = new pg.Client({ connectionString: database.url });
    await check.connect();
    try {
      const { rows } = await check.query<{ word: string; units: number }>(
        "SELECT word, units FROM tm_word_counts WHERE source_lang = 'en' AND word IN ('the', 'radiator') ORDER BY word",
      );
      expect(rows).toEqual([
        { word: 'radiator', units: 1 },
        { word: 'the', units: 3 },
      ]);
      expect(Number((await check.query('SELECT count(DISTINCT unit_id) AS n FROM tm_unit_words')).rows[0].n)).toBe(3);
      // each posting knows its unit's number of words (migration 15), which ties are ranked by
      const lengths = await check.query<{ words: number; postings: string }>(
        'SELECT min(unit_words) AS words, count(*) AS postings FROM tm_unit_words GROUP BY unit_id HAVING min(unit_words) = max(unit_words) ORDER BY unit_id',
      );
      expect(lengths.rows.map((row) => [row.words, Number(row.postings)])).toEqual([
        [8, 8],
        [7, 7], // "the" twice
        [6, 6],
      ]);
    } finally {
      await check.end();
    }
    const services = createServices(store);
    const matches = await services.memory.matchesFor(PAIR, 'Drain the radiator before you replace the water pump.');
    expect(matches[0]).toMatchObject({ source: units[1][0], target: units[1][1] });
    expect(matches[0]!.score).toBeGreaterThanOrEqual(70);
    // a unit added now is found the same way
    await store.transaction((tx) =>
      tx.memory.add({
        ...PAIR,
        source: 'Bleed the brakes after you replace the master cylinder.',
        target: 'Buang angin rem setelah Anda mengganti master silinder.',
        origin: 'newer.tmx',
        documentId: null,
        segmentId: null,
        approvedBy: null,
        approvedAt: '2026-02-01T00:00:00.000Z',
      }),
    );
    const newer = await services.memory.matchesFor(PAIR, 'Bleed the brakes after you replace the brake master cylinder.');
    expect(newer[0]?.origin).toBe('newer.tmx');
    // many at once (a TMX file): the same unit twice is one unit (its last approval), one already stored keeps its id
    const unit = (source: string, approvedAt: string) => ({
      ...PAIR,
      source,
      target: `(${source})`,
      origin: 'bulk.tmx',
      documentId: null,
      segmentId: null,
      approvedBy: null,
      approvedAt,
    });
    const before = await services.memory.matchesFor(PAIR, units[0][0]);
    const ids = await store.transaction((tx) =>
      tx.memory.addMany([
        unit('Replace the cabin air filter every spring.', '2026-03-01T00:00:00.000Z'),
        unit('Replace the cabin air filter every spring.', '2026-03-02T00:00:00.000Z'),
        { ...unit(units[0][0], '2026-03-03T00:00:00.000Z'), target: units[0][1] },
      ]),
    );
    expect(ids[0]).toBe(ids[1]);
    const bulk = await services.memory.matchesFor(PAIR, 'Replace the cabin air filter every autumn.');
    expect(bulk).toHaveLength(1);
    expect(bulk[0]).toMatchObject({ origin: 'bulk.tmx', approvedAt: '2026-03-02T00:00:00.000Z' });
    const after = await services.memory.matchesFor(PAIR, units[0][0]);
    expect(after).toHaveLength(before.length);
    expect(after[0]).toMatchObject({ score: 100, origin: 'bulk.tmx', approvedAt: '2026-03-03T00:00:00.000Z' });
    // and a sentence of none of their rare words finds nothing
    expect(await services.memory.matchesFor(PAIR, 'Fold the towel twice before storing it.')).toEqual([]);
  });

  it('on SQLite, is rebuilt without word positions for the units stored before (migration 20), which lookups then find', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-words-'));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'tilik.db');
    const first = await openStore({ file });
    await first.transaction((tx) =>
      tx.memory.add(olderUnit('Drain the radiator before you replace the thermostat.', 'Kuras radiator sebelum Anda mengganti termostat.')),
    );
    await first.close();
    // as a database before migration 20 was: the word index with positions (here emptied, so that
    // only the rebuild can find the unit)
    const raw = new Database(file);
    raw.exec(`DROP TABLE tm_words;
      CREATE VIRTUAL TABLE tm_words USING fts5(words, tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1);
      DELETE FROM schema_migrations WHERE version = 20;
      ${UNDO_FROM_CONSISTENCY_COUNTS}`);
    raw.close();

    const store = await openStore({ file });
    cleanups.push(() => store.close());
    const check = new Database(file, { readonly: true });
    try {
      expect((check.prepare("SELECT sql FROM sqlite_master WHERE name = 'tm_words'").get() as { sql: string }).sql).toContain(
        'detail = none',
      );
    } finally {
      check.close();
    }
    const matches = await createServices(store).memory.matchesFor(PAIR, 'Drain the radiator before you replace the water pump.');
    expect(matches.map((match) => match.origin)).toEqual(['older.tmx']);
  });
});

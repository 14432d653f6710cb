/**
 * The translation memory: approved translations per language pair, one unit per distinct
 * translation (its latest approval kept). Candidates for a match are found through a word index
 * (SQLite's FTS5; on PostgreSQL a table of each unit's words) by the source's rarest words, and
 * concordance hits through a trigram index (SQLite's FTS5 trigram tokenizer, PostgreSQL's
 * pg_trgm), never a scan.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import { matchWords } from '../../../shared/memory/fuzzy';
import type { SqlFeatures } from '../features';
import type { Database, MemoryAnalysesTable } from '../schema';

export interface MemoryPair {
  sourceLang: string;
  targetLang: string;
  /**
   * A project's memory (null or absent: the pair's shared memory). A lookup from a project reads
   * its memory and the shared one; a lookup from elsewhere reads the shared one only.
   */
  memory?: string | null;
}

/** The units a lookup may see: the shared memory, and the project's when it has one. */
const lookupScope = (memory: string | null | undefined) =>
  memory ? sql`(u.memory IS NULL OR u.memory = ${memory})` : sql`u.memory IS NULL`;
/** One memory exactly (export, counts). */
const exactScope = (memory: string | null | undefined) => (memory ? sql`u.memory = ${memory}` : sql`u.memory IS NULL`);

export interface NewMemoryUnit extends MemoryPair {
  source: string;
  target: string;
  origin: string;
  documentId: number | null;
  segmentId: number | null;
  approvedBy: number | null;
  approvedAt: string;
}

export interface MemoryUnit extends MemoryPair {
  id: number;
  source: string;
  target: string;
  origin: string;
  documentId: number | null;
  segmentId: number | null;
  approvedBy: { id: number; name: string } | null;
  approvedAt: string;
}

/** A language tag as stored and compared: canonical (`zh-CN`, `en`), whatever case it came in. */
export function canonicalTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag;
  }
}

/** Folded as the index holds it: width and case. */
export const foldForMemory = (text: string): string => text.normalize('NFKC').toLowerCase();

/** The key an exact match is found by: a hash of the source as it is. */
const sourceKeyOf = (source: string) => createHash('sha256').update(source).digest('hex');

/** The words a source is looked up by, and how many units hold each word of it the memory knows (rarest first). */
interface ChosenWords {
  known: Array<{ word: string; units: number }>;
  chosen: string[];
  withinBudget: boolean;
}

/** Units of one source read at most for its exact matches (as many translations of one text are few). */
const EXACT_READ = 1000;
/**
 * Words of a source looked up per match (the rarest of them). Measured at a million units on 395
 * near-copies with one to four words changed: six find 362 originals (SQLite) and 361 (PostgreSQL),
 * four 360 and 360, in three quarters of the time (every word more brings more units to rank).
 */
const RAREST_WORDS = 4;
/**
 * Units the words looked up may hold between them (ranking more than this costs more than a lookup
 * may). Measured at a million units (`npm run bench -- tm`): 8,000 found 96 of 100 near-copies and
 * pre-matched 10,000 segments in 38 s; 5,000 finds 94 in 28 s; 3,000, 91 in 22 s.
 */
const POSTINGS_BUDGET = 5000;
/**
 * Units read at most for one word, the newest: only a text of common words only (over the budget:
 * units holding two of its three rarest) has words that hold more. Reading every unit that holds
 * a word a tenth of the memory holds took up to 170 ms a lookup at a million units (PostgreSQL);
 * with this bound the slowest lookups take 15 ms, and as many near-copies are found (94 of 100).
 */
const WORD_POSTINGS = POSTINGS_BUDGET;

/**
 * A source's words as the word index holds them: split as the word diff splits text (so Chinese
 * and Thai have words), folded, and cut at anything but letters, marks and digits (as the index's
 * own tokenizer cuts).
 */
export function indexWords(source: string, lang: string): string[] {
  return matchWords(source, lang, true).flatMap((word) => word.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean));
}

/** An FTS5 phrase: the text in double quotes, its own quotes doubled. */
const phrase = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** LIKE's wildcards in a needle, escaped. */
const likeAnywhere = (needle: string) => `%${needle.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

type UnitRow = {
  id: number | bigint;
  source_lang: string;
  target_lang: string;
  source: string;
  target: string;
  origin: string;
  document_id: number | bigint | null;
  segment_id: number | bigint | null;
  approved_by: number | bigint | null;
  approved_at: string;
  approver_name: string | null;
};

function toUnit(row: UnitRow): MemoryUnit {
  return {
    id: Number(row.id),
    sourceLang: row.source_lang,
    targetLang: row.target_lang,
    source: row.source,
    target: row.target,
    origin: row.origin,
    documentId: row.document_id === null ? null : Number(row.document_id),
    segmentId: row.segment_id === null ? null : Number(row.segment_id),
    approvedBy: row.approved_by === null ? null : { id: Number(row.approved_by), name: row.approver_name ?? '' },
    approvedAt: row.approved_at,
  };
}

const UNIT_COLUMNS = sql`u.id, u.source_lang, u.target_lang, u.source, u.target, u.origin, u.document_id, u.segment_id, u.approved_by, u.approved_at,
  p.display_name AS approver_name`;

/** A unit as stored: its canonical pair, its keys (one unit per translation and memory; a shared unit keeps the key it always had), and its approval. */
function unitRow(unit: NewMemoryUnit) {
  const sourceLang = canonicalTag(unit.sourceLang);
  const targetLang = canonicalTag(unit.targetLang);
  const memory = unit.memory ?? null;
  const key = createHash('sha256')
    .update(
      JSON.stringify(
        memory === null ? [sourceLang, targetLang, unit.source, unit.target] : [sourceLang, targetLang, unit.source, unit.target, memory],
      ),
    )
    .digest('hex');
  return {
    sourceLang,
    targetLang,
    memory,
    source: unit.source,
    target: unit.target,
    key,
    sourceKey: sourceKeyOf(unit.source),
    values: {
      origin: unit.origin,
      document_id: unit.documentId,
      segment_id: unit.segmentId,
      approved_by: unit.approvedBy,
      approved_at: unit.approvedAt,
    },
  };
}

export class MemoryRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly features: SqlFeatures,
  ) {}

  /**
   * After many units were added at once (a TMX file, a file's approved states): PostgreSQL's
   * planner counts them now rather than when autovacuum next does (with the counts of an empty
   * table it walks the whole pair for a lookup: 27 ms instead of 3 at 20,000 units). SQLite needs
   * nothing: its lookups go through the word index whatever the counts.
   */
  async refreshStatistics(): Promise<void> {
    if (this.features.name === 'postgres') await sql`ANALYZE tm_units, tm_unit_words, tm_word_counts`.execute(this.db);
  }

  /** A document's memory analysis: running, or the last one made; undefined when none was ever asked for. */
  async analysisOf(documentId: number): Promise<Selectable<MemoryAnalysesTable> | undefined> {
    return this.db.selectFrom('memory_analyses').selectAll().where('document_id', '=', documentId).executeTakeFirst();
  }

  /**
   * Starts a document's analysis (the last one's answer let go), unless one is running and was
   * heard from at `aliveSince` or later; whether it started. Run in a transaction that holds the
   * document's analysis lock.
   */
  async beginAnalysis(documentId: number, by: number, at: string, aliveSince: string): Promise<boolean> {
    const current = await this.analysisOf(documentId);
    if (current?.state === 'running' && current.updated_at >= aliveSince) return false;
    const row = {
      state: 'running' as const,
      progress: 0,
      result: null,
      error: null,
      started_by: by,
      started_at: at,
      updated_at: at,
      finished_at: null,
    };
    await this.db
      .insertInto('memory_analyses')
      .values({ document_id: documentId, ...row })
      .onConflict((oc) => oc.column('document_id').doUpdateSet(row))
      .execute();
    return true;
  }

  /** How far the running analysis begun at `startedAt` has come. */
  async analysisProgress(documentId: number, startedAt: string, progress: number, at: string): Promise<void> {
    await this.db
      .updateTable('memory_analyses')
      .set({ progress, updated_at: at })
      .where('document_id', '=', documentId)
      .where('started_at', '=', startedAt)
      .where('state', '=', 'running')
      .execute();
  }

  /** The end of the analysis begun at `startedAt`: its answer (JSON), or what went wrong. */
  async endAnalysis(documentId: number, startedAt: string, outcome: { result: string } | { error: string }, at: string): Promise<void> {
    await this.db
      .updateTable('memory_analyses')
      .set({
        state: 'result' in outcome ? 'done' : 'failed',
        progress: 'result' in outcome ? 1 : 0,
        result: 'result' in outcome ? outcome.result : null,
        error: 'error' in outcome ? outcome.error : null,
        updated_at: at,
        finished_at: at,
      })
      .where('document_id', '=', documentId)
      .where('started_at', '=', startedAt)
      .execute();
  }

  /** Adds a translation, or (the same pair and texts again) records its newest approval; its id. */
  async add(unit: NewMemoryUnit): Promise<number> {
    if (this.features.name === 'postgres') return (await this.addOnPostgres([unit]))[0] as number;
    const { sourceLang, targetLang, memory, key, sourceKey, values } = unitRow(unit);
    const existing = await this.db.selectFrom('tm_units').select('id').where('unit_key', '=', key).executeTakeFirst();
    if (existing) {
      await this.db.updateTable('tm_units').set(values).where('id', '=', existing.id).execute();
      return existing.id;
    }
    const inserted = await this.db
      .insertInto('tm_units')
      .values({
        source_lang: sourceLang,
        target_lang: targetLang,
        source: unit.source,
        target: unit.target,
        unit_key: key,
        source_key: sourceKey,
        memory,
        ...values,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sql`INSERT INTO tm_search (rowid, source, target) VALUES (${inserted.id}, ${foldForMemory(unit.source)}, ${foldForMemory(unit.target)})`.execute(
      this.db,
    );
    const words = indexWords(unit.source, sourceLang);
    await sql`INSERT INTO tm_words (rowid, words) VALUES (${inserted.id}, ${words.join(' ')})`.execute(this.db);
    await sql`INSERT INTO tm_word_counts (source_lang, word, units)
      SELECT ${sourceLang}, value, 1 FROM json_each(${JSON.stringify([...new Set(words)])}) WHERE true
      ON CONFLICT (source_lang, word) DO UPDATE SET units = units + 1`.execute(this.db);
    return inserted.id;
  }

  /** Adds many translations at once (a TMX file), as add does each: their ids, in their order. */
  async addMany(units: readonly NewMemoryUnit[]): Promise<number[]> {
    if (this.features.name === 'postgres') return this.addOnPostgres(units);
    const ids: number[] = [];
    for (const unit of units) ids.push(await this.add(unit));
    return ids;
  }

  /** PostgreSQL: the units in one statement (the same one twice: its last approval), then the new ones' words. */
  private async addOnPostgres(units: readonly NewMemoryUnit[]): Promise<number[]> {
    const rows = units.map(unitRow);
    // a statement may touch a row once: the same unit twice in one call is its last approval
    const distinct = [...new Map(rows.map((row) => [row.key, row])).values()];
    const column = <T>(pick: (row: (typeof rows)[number]) => T) => distinct.map(pick);
    const { rows: stored } = await sql<{ id: string; unit_key: string; inserted: boolean }>`INSERT INTO tm_units
        (source_lang, target_lang, source, target, unit_key, source_key, origin, document_id, segment_id, approved_by, approved_at, source_folded, target_folded, memory)
      SELECT * FROM unnest(${column((row) => row.sourceLang)}::text[], ${column((row) => row.targetLang)}::text[],
        ${column((row) => row.source)}::text[], ${column((row) => row.target)}::text[], ${column((row) => row.key)}::text[],
        ${column((row) => row.sourceKey)}::text[], ${column((row) => row.values.origin)}::text[],
        ${column((row) => row.values.document_id)}::bigint[], ${column((row) => row.values.segment_id)}::bigint[],
        ${column((row) => row.values.approved_by)}::bigint[], ${column((row) => row.values.approved_at)}::text[],
        ${column((row) => foldForMemory(row.source))}::text[], ${column((row) => foldForMemory(row.target))}::text[],
        ${column((row) => row.memory)}::text[])
      ON CONFLICT (unit_key) DO UPDATE SET origin = excluded.origin, document_id = excluded.document_id,
        segment_id = excluded.segment_id, approved_by = excluded.approved_by, approved_at = excluded.approved_at
      RETURNING id, unit_key, (xmax = 0) AS inserted`.execute(this.db);
    const idOf = new Map(stored.map((row) => [row.unit_key, Number(row.id)]));
    // the new units' words into the word index, and the words' counts (in one order, so that two
    // writers never wait on each other in a circle)
    const byKey = new Map(distinct.map((row) => [row.key, row]));
    const postings = { units: [] as number[], languages: [] as string[], words: [] as string[], lengths: [] as number[] };
    const counts = new Map<string, { language: string; word: string; units: number }>();
    for (const row of stored) {
      if (!row.inserted) continue;
      const unit = byKey.get(row.unit_key) as (typeof rows)[number];
      const words = new Set(indexWords(unit.source, unit.sourceLang));
      for (const word of words) {
        postings.units.push(Number(row.id));
        postings.languages.push(unit.sourceLang);
        postings.words.push(word);
        postings.lengths.push(Math.min(words.size, 32767));
        const at = `${unit.sourceLang}\u0000${word}`;
        const count = counts.get(at);
        if (count) count.units += 1;
        else counts.set(at, { language: unit.sourceLang, word, units: 1 });
      }
    }
    if (postings.words.length > 0) {
      await sql`INSERT INTO tm_unit_words (unit_id, source_lang, word, unit_words)
        SELECT * FROM unnest(${postings.units}::bigint[], ${postings.languages}::text[], ${postings.words}::text[], ${postings.lengths}::smallint[])`.execute(
        this.db,
      );
      const sorted = [...counts.values()].sort((a, b) => (a.language + a.word < b.language + b.word ? -1 : 1));
      await sql`INSERT INTO tm_word_counts (source_lang, word, units)
        SELECT * FROM unnest(${sorted.map((c) => c.language)}::text[], ${sorted.map((c) => c.word)}::text[], ${sorted.map((c) => c.units)}::int[])
        ON CONFLICT (source_lang, word) DO UPDATE SET units = tm_word_counts.units + excluded.units`.execute(this.db);
    }
    return rows.map((row) => idOf.get(row.key) as number);
  }

  /**
   * Units whose source shares the most of `source`'s words (up to `limit`), best first by the
   * index's own ranking: the candidates a match is then scored among.
   */
  async candidates(pair: MemoryPair, source: string, limit: number): Promise<MemoryUnit[]> {
    const sourceLang = canonicalTag(pair.sourceLang);
    const targetLang = canonicalTag(pair.targetLang);
    const memory = pair.memory ?? null;
    // the same source first, found by its hash (an index may rank it anywhere among common words),
    // newest first (sorted here: asked to, a planner with stale counts may walk the pair's units by
    // id instead of the hash's index)
    const first = (units: MemoryUnit[]) => units.filter((unit) => unit.source === source).sort((a, b) => b.id - a.id);
    if (this.features.name === 'postgres') {
      // (a unit of the same source may be among the ranked ones too, as a row of its own)
      const units = [
        ...new Map(
          (await this.lookupOnPostgres(sourceLang, targetLang, memory, source, limit)).map((row) => [Number(row.id), toUnit(row)]),
        ).values(),
      ];
      const exact = first(units).slice(0, limit);
      return [...exact, ...units.filter((unit) => !exact.includes(unit))].slice(0, limit);
    }
    const words = await this.rarestWords(sourceLang, source);
    const exact = first(
      (
        await sql<UnitRow>`SELECT ${UNIT_COLUMNS} FROM tm_units u LEFT JOIN users p ON p.id = u.approved_by
          WHERE u.source_lang = ${sourceLang} AND u.target_lang = ${targetLang} AND u.source_key = ${sourceKeyOf(source)} AND ${lookupScope(memory)}
          LIMIT ${sql.lit(EXACT_READ)}`.execute(this.db)
      ).rows.map(toUnit),
    ).slice(0, limit);
    const fuzzy = words ? await this.similarOnSqlite(sourceLang, targetLang, memory, words, limit) : [];
    const seen = new Set(exact.map((unit) => unit.id));
    return [...exact, ...fuzzy.filter((unit) => !seen.has(unit.id))].slice(0, limit);
  }

  /**
   * SQLite: the words a source is looked up by: the rarest of its words (a unit that shares 70 % of the
   * words shares some of any few of them), counted as units enter (common words would make every
   * unit a candidate), while the units holding them stay few enough to rank; null when the memory
   * knows none of them.
   */
  private async rarestWords(sourceLang: string, source: string): Promise<ChosenWords | null> {
    const terms = [...new Set(indexWords(source, sourceLang))];
    if (terms.length === 0) return null;
    const counts = await sql<{ word: string; units: number }>`SELECT word, units FROM tm_word_counts
      WHERE source_lang = ${sourceLang} AND word IN (SELECT value FROM json_each(${JSON.stringify(terms)}))`.execute(this.db);
    const known = counts.rows.map((row) => ({ word: row.word, units: Number(row.units) })).sort((a, b) => a.units - b.units);
    if (known.length === 0) return null;
    // a unit is found by any of the chosen words; a text of common words only (over the budget)
    // is looked up by two of its three rarest together
    const chosen: string[] = [];
    let postings = 0;
    for (const { word, units } of known.slice(0, RAREST_WORDS)) {
      if (chosen.length > 0 && postings + units > POSTINGS_BUDGET) break;
      chosen.push(word);
      postings += units;
    }
    return { known, chosen, withinBudget: postings <= POSTINGS_BUDGET };
  }

  /**
   * PostgreSQL, in one statement (a lookup is three steps, and a memory analysis makes thousands):
   * the source's words the memory knows, counted; the rarest chosen as rarestWords chooses them
   * (up to RAREST_WORDS while their units stay within POSTINGS_BUDGET; over it, units holding two
   * of the three rarest); the units holding them ranked, a word weighing as an inverse document
   * frequency (log(K / units), as in FTS5's ranking, in thousandths: whole numbers, so that units
   * holding the same words tie exactly), and units that tie by how near their number of words is
   * to the source's; the best `limit` of this pair and memory read, after the units of the same
   * source (by its hash).
   */
  private async lookupOnPostgres(
    sourceLang: string,
    targetLang: string,
    memory: string | null,
    source: string,
    limit: number,
  ): Promise<UnitRow[]> {
    const terms = [...new Set(indexWords(source, sourceLang))];
    const { rows } = await sql<UnitRow>`WITH known AS (
        SELECT word, units, row_number() OVER (ORDER BY units, word) AS k, sum(units) OVER (ORDER BY units, word) AS running
        FROM tm_word_counts WHERE source_lang = ${sourceLang} AND word = ANY(${terms}::text[])
      ), plan AS (
        SELECT coalesce(min(units) FILTER (WHERE k = 1), 0) <= ${POSTINGS_BUDGET} AS within, max(units) AS most FROM known
      ), chosen AS (
        SELECT known.word, round(1000 * ln((10 * plan.most + 10)::float8 / known.units))::int AS weight FROM known, plan
        WHERE CASE WHEN plan.within THEN known.k <= ${RAREST_WORDS} AND (known.k = 1 OR known.running <= ${POSTINGS_BUDGET}) ELSE known.k <= 3 END
      ), ranked AS (
        SELECT w.unit_id, sum(c.weight) AS score, abs(min(w.unit_words) - ${terms.length}) AS distance
        FROM chosen c CROSS JOIN LATERAL (
          SELECT unit_id, unit_words FROM tm_unit_words WHERE source_lang = ${sourceLang} AND word = c.word
          ORDER BY unit_id DESC LIMIT ${sql.lit(WORD_POSTINGS)}
        ) w
        GROUP BY w.unit_id
        HAVING count(*) >= (SELECT CASE WHEN plan.within THEN 1 ELSE least(2, (SELECT count(*) FROM chosen)) END FROM plan)
        ORDER BY score DESC, distance, w.unit_id DESC LIMIT ${sql.lit(limit * 4)}
      )
      (SELECT ${UNIT_COLUMNS} FROM tm_units u LEFT JOIN users p ON p.id = u.approved_by
        WHERE u.source_lang = ${sourceLang} AND u.target_lang = ${targetLang} AND u.source_key = ${sourceKeyOf(source)} AND ${lookupScope(memory)}
        LIMIT ${sql.lit(EXACT_READ)})
      UNION ALL
      (SELECT ${UNIT_COLUMNS} FROM ranked r JOIN tm_units u ON u.id = r.unit_id LEFT JOIN users p ON p.id = u.approved_by
        WHERE u.target_lang = ${targetLang} AND ${lookupScope(memory)}
        ORDER BY r.score DESC, r.distance, r.unit_id DESC LIMIT ${sql.lit(limit)})`.execute(this.db);
    return rows;
  }

  /** SQLite: the units holding the chosen words, by FTS5's ranking (over the budget, two of the three rarest together). */
  private async similarOnSqlite(
    sourceLang: string,
    targetLang: string,
    memory: string | null,
    { known, chosen, withinBudget }: ChosenWords,
    limit: number,
  ): Promise<MemoryUnit[]> {
    // (in pairs, so that a unit missing one of the three, a word changed, is still found)
    const [a, b, c] = known.slice(0, 3).map((row) => phrase(row.word));
    const match = withinBudget
      ? chosen.map(phrase).join(' OR ')
      : c
        ? `(${a} AND ${b}) OR (${a} AND ${c}) OR (${b} AND ${c})`
        : [a, b].filter(Boolean).join(' AND ');
    const { rows } = await sql<UnitRow>`SELECT ${UNIT_COLUMNS}
      FROM (SELECT rowid, rank FROM tm_words WHERE tm_words MATCH ${match} ORDER BY rank LIMIT ${sql.lit(limit * 4)}) m
      JOIN tm_units u ON u.id = m.rowid LEFT JOIN users p ON p.id = u.approved_by
      WHERE u.source_lang = ${sourceLang} AND u.target_lang = ${targetLang} AND ${lookupScope(memory)}
      ORDER BY m.rank LIMIT ${sql.lit(limit)}`.execute(this.db);
    return rows.map(toUnit);
  }

  /** Units whose source or target holds `needle` (folded), newest first. */
  async concordance(pair: MemoryPair, needle: string, limit: number): Promise<MemoryUnit[]> {
    const sourceLang = canonicalTag(pair.sourceLang);
    const targetLang = canonicalTag(pair.targetLang);
    const folded = foldForMemory(needle.trim());
    if (folded === '') return [];
    if (this.features.name === 'postgres') {
      const like = likeAnywhere(folded);
      const { rows } = await sql<UnitRow>`SELECT ${UNIT_COLUMNS} FROM tm_units u LEFT JOIN users p ON p.id = u.approved_by
        WHERE u.source_lang = ${sourceLang} AND u.target_lang = ${targetLang} AND ${lookupScope(pair.memory)}
          AND (u.source_folded LIKE ${like} OR u.target_folded LIKE ${like})
        ORDER BY u.id DESC LIMIT ${limit}`.execute(this.db);
      return rows.map(toUnit);
    }
    if ([...folded].length < 3) {
      // shorter than a trigram: the pair's units are read (a short needle is rare, and limited)
      const like = likeAnywhere(folded);
      const { rows } = await sql<UnitRow>`SELECT ${UNIT_COLUMNS} FROM tm_units u LEFT JOIN users p ON p.id = u.approved_by
        WHERE u.source_lang = ${sourceLang} AND u.target_lang = ${targetLang} AND ${lookupScope(pair.memory)}
          AND (lower(u.source) LIKE ${like} ESCAPE '\\' OR lower(u.target) LIKE ${like} ESCAPE '\\')
        ORDER BY u.id DESC LIMIT ${limit}`.execute(this.db);
      return rows.map(toUnit);
    }
    const { rows } = await sql<UnitRow>`SELECT ${UNIT_COLUMNS}
      FROM tm_units u LEFT JOIN users p ON p.id = u.approved_by
      WHERE u.id IN (SELECT rowid FROM tm_search WHERE tm_search MATCH ${phrase(folded)})
        AND u.source_lang = ${sourceLang} AND u.target_lang = ${targetLang} AND ${lookupScope(pair.memory)}
      ORDER BY u.id DESC LIMIT ${limit}`.execute(this.db);
    return rows.map(toUnit);
  }

  /** A page of a pair's units in the order they entered (for export). */
  async page(pair: MemoryPair, after: number, limit: number): Promise<MemoryUnit[]> {
    const { rows } = await sql<UnitRow>`SELECT ${UNIT_COLUMNS} FROM tm_units u LEFT JOIN users p ON p.id = u.approved_by
      WHERE u.source_lang = ${canonicalTag(pair.sourceLang)} AND u.target_lang = ${canonicalTag(pair.targetLang)} AND ${exactScope(pair.memory)} AND u.id > ${after}
      ORDER BY u.id LIMIT ${limit}`.execute(this.db);
    return rows.map(toUnit);
  }

  /** The language pairs the memory holds, with their numbers of units. */
  async pairs(): Promise<Array<MemoryPair & { memory: string | null; units: number }>> {
    const rows = await this.db
      .selectFrom('tm_units')
      .select(['source_lang', 'target_lang', 'memory', (eb) => eb.fn.countAll<number>().as('units')])
      .groupBy(['source_lang', 'target_lang', 'memory'])
      .orderBy('source_lang')
      .orderBy('target_lang')
      .orderBy('memory')
      .execute();
    return rows.map((row) => ({ sourceLang: row.source_lang, targetLang: row.target_lang, memory: row.memory, units: Number(row.units) }));
  }
}

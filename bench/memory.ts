/**
 * `npm run bench -- tm`: the translation memory at size. A memory of BENCH_TM_UNITS units
 * (default 1,000,000) is generated once into a SQLite database (kept in /tmp/tilik-bench): sentences
 * of 6 to 18 words drawn from a 30,000-word vocabulary with Zipf's frequencies (as real text has:
 * a few words everywhere, most rare), each with its "translation". Then, through the service the
 * editor's requests use:
 * - one paragraph's lookup: p50 and p95 over 300 sources (a third near-copies of stored units with
 *   a word or two changed, a third exact, a third new), and how many found a match of 70 % or more;
 * - pre-matching a 10,000-segment document: its memory analysis (every source's best match, by
 *   band), the lookups shared between two job threads as the API does.
 * BENCH_TM_DATABASE=postgres: the same on PostgreSQL (pg_trgm), a throwaway cluster with its
 * default durability, the memory generated into it each run (nothing cached); or, with
 * BENCH_TM_DATABASE_URL, an existing database, the memory generated into it when it holds none
 * (to measure a change without four minutes of generating each time).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createServices } from '../server/services';
import { matchScore } from '../shared/memory/fuzzy';
import { openStore } from '../server/store';
import { SYSTEM_USER_ID } from '../server/store/types';
import { JobRunner } from '../server/jobs/runner';
import { WorkerPool } from '../server/workers/pool';
import { MemoryAnalysis, mergeAnalyses } from '../shared/schemas';
import { startCluster } from '../test/helpers/postgres';
import type { StoreConfig } from '../server/store';
import { percentile, random } from './lib';

const UNITS = Number(process.env.BENCH_TM_UNITS ?? 1_000_000);
const CACHE = path.join(process.env.BENCH_CACHE ?? '/tmp/tilik-bench');
const PAIR = { sourceLang: 'en', targetLang: 'id' };

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'su', 'ta', 'ri', 'po', 'de', 'va', 'ul', 'an', 'er', 'is', 'or', 'en', 'ba', 'ge', 'hu', 'fi'];

/** 30,000 distinct made-up words, short ones first (the common words of a language are short). */
function vocabulary(): string[] {
  const next = random(7);
  const words = new Set<string>();
  while (words.size < 30_000) {
    const length = 1 + Math.floor(next() * 5);
    let word = '';
    for (let k = 0; k < length; k += 1) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    words.add(word);
  }
  return [...words].sort((a, b) => a.length - b.length);
}

/** A sampler of word ranks with Zipf's law (s = 1.07): rank 1 about a tenth of all words. */
function zipf(count: number, next: () => number): () => number {
  const weights = Array.from({ length: count }, (_, k) => 1 / (k + 1) ** 1.07);
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) cumulative.push((total += weight));
  return () => {
    const target = next() * total;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] as number) < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

export function sentences(seed: number) {
  const words = vocabulary();
  const next = random(seed);
  const rank = zipf(words.length, next);
  const sentence = () => {
    const length = 6 + Math.floor(next() * 13);
    const out: string[] = [];
    for (let k = 0; k < length; k += 1) out.push(words[rank()] as string);
    const text = out.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const translate = (source: string) =>
    source
      .split(' ')
      .map((word) => [...word].reverse().join(''))
      .join(' ');
  const nearCopy = (source: string) => {
    const out = source.slice(0, -1).split(' ');
    const changes = 1 + Math.floor(next() * 2);
    for (let k = 0; k < changes; k += 1) out[Math.floor(next() * out.length)] = words[rank()] as string;
    return `${out.join(' ')}.`;
  };
  return { sentence, translate, nearCopy };
}

/** Fills a store with UNITS generated units, 10,000 per transaction. */
async function generateUnits(config: StoreConfig): Promise<void> {
  const store = await openStore(config);
  const { sentence, translate } = sentences(2026);
  const at = new Date('2026-01-01T00:00:00Z').toISOString();
  for (let done = 0; done < UNITS;) {
    const batch = Math.min(10_000, UNITS - done);
    await store.transaction(async (tx) => {
      // as a TMX import adds them
      const units = Array.from({ length: batch }, () => sentence()).map((source) => ({
        ...PAIR,
        source,
        target: translate(source),
        origin: 'generated.tmx',
        documentId: null,
        segmentId: null,
        approvedBy: null,
        approvedAt: at,
      }));
      for (let from = 0; from < units.length; from += 5000) await tx.memory.addMany(units.slice(from, from + 5000));
    });
    done += batch;
    if (done % 100_000 === 0) process.stdout.write(`  generated ${done.toLocaleString('en')} units\n`);
  }
  // as a TMX import ends
  await store.transaction((tx) => tx.memory.refreshStatistics());
  await store.close();
}

/** How many units a store's memory holds (a database given to reuse may hold them already). */
async function unitsIn(config: StoreConfig): Promise<number> {
  const store = await openStore(config);
  try {
    return (await store.read.memory.pairs()).reduce((sum, pair) => sum + pair.units, 0);
  } finally {
    await store.close();
  }
}

/** The SQLite memory, generated once and kept in the cache. */
async function memoryDatabase(): Promise<string> {
  fs.mkdirSync(CACHE, { recursive: true });
  const file = path.join(CACHE, `tm-${UNITS}-v2.db`);
  if (fs.existsSync(file)) return file;
  const started = performance.now();
  await generateUnits({ file: `${file}.part` });
  fs.renameSync(`${file}.part`, file);
  console.log(
    `  (generated in ${((performance.now() - started) / 1000).toFixed(0)} s, ${(fs.statSync(file).size / 2 ** 20).toFixed(0)} MB)`,
  );
  return file;
}

export async function benchMemory(): Promise<void> {
  const postgres = process.env.BENCH_TM_DATABASE === 'postgres';
  console.log(
    `Translation memory of ${UNITS.toLocaleString('en')} units (${postgres ? 'PostgreSQL: a word index table' : 'SQLite: an FTS5 word index'})`,
  );
  let config: StoreConfig;
  let cluster: Awaited<ReturnType<typeof startCluster>> | null = null;
  if (postgres) {
    const given = process.env.BENCH_TM_DATABASE_URL;
    if (!given) cluster = await startCluster();
    config = { databaseUrl: given ?? (cluster as Awaited<ReturnType<typeof startCluster>>).adminUrl };
    if (!given || (await unitsIn(config)) === 0) {
      const started = performance.now();
      await generateUnits(config);
      console.log(`  (generated in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  } else config = { file: await memoryDatabase() };
  const store = await openStore(config);
  const services = createServices(store);
  try {
    // sources to look up: near-copies and exact copies of stored units (regenerated: same seed), and new sentences
    const stored = sentences(2026);
    const kept: string[] = [];
    for (let k = 0; k < 3000; k += 1) kept.push(stored.sentence());
    const fresh = sentences(99);
    const queries: Array<{ kind: string; source: string }> = [];
    for (let k = 0; k < 100; k += 1) {
      const source = kept[k * 29] as string;
      queries.push({ kind: 'near', source: stored.nearCopy(source) }, { kind: 'exact', source }, { kind: 'new', source: fresh.sentence() });
    }
    for (const { source } of queries.slice(0, 20)) await services.memory.matchesFor(PAIR, source); // warm up
    const times: number[] = [];
    const found: Record<string, number> = { near: 0, exact: 0, new: 0 };
    // a near-copy of a short sentence with two words changed scores under 70 against its original: not a miss
    const nearAbove = queries.filter(
      (query, k) => query.kind === 'near' && matchScore(kept[Math.floor(k / 3) * 29] as string, query.source, 'en') >= 70,
    ).length;
    for (const { kind, source } of queries) {
      const start = performance.now();
      const matches = await services.memory.matchesFor(PAIR, source);
      times.push(performance.now() - start);
      if (matches.length > 0) found[kind] = (found[kind] ?? 0) + 1;
    }
    console.log(
      `  one paragraph's lookup: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, ` +
        `max ${Math.max(...times).toFixed(1)} ms (${queries.length} lookups); a match of 70 % or more for ` +
        `${found.exact}/100 exact copies, ${found.near}/100 near-copies (${nearAbove} of which score 70 or more against their original), ${found.new}/100 new sentences`,
    );
    // pre-matching: a 10,000-segment document (a third near-copies of stored units, the rest new)
    // analysed by best match, as POST /api/documents/:id/memory-analysis does: its lookups shared
    // between the two job threads
    const title = 'bench: pre-matching';
    let documentId = (await services.documents.list()).find((d) => d.title === title)?.id;
    if (documentId === undefined) {
      const segments = [];
      for (let k = 0; k < 10_000; k += 1)
        segments.push({ source: k % 3 === 0 ? stored.nearCopy(kept[k % kept.length] as string) : fresh.sentence(), mt: 'x' });
      documentId = (
        await services.documents.create({ title, sourceLang: PAIR.sourceLang, targetLang: PAIR.targetLang, segments }, SYSTEM_USER_ID)
      ).id;
    }
    const pools = { whole: new WorkerPool({ size: 2 }), streaming: new WorkerPool({ size: 1 }), reads: new WorkerPool({ size: 1 }) };
    const jobs = new JobRunner(services, pools);
    const start = performance.now();
    const parts = await Promise.all([0, 1].map((part) => jobs.run('memoryAnalysis', { documentId: documentId as number, part, parts: 2 })));
    const analysis = mergeAnalyses(parts.map((part) => MemoryAnalysis.parse(JSON.parse(part))));
    const matched = analysis.bands
      .filter((band) => !['new', 'repetition'].includes(band.band))
      .reduce((sum, band) => sum + band.segments, 0);
    console.log(
      `  pre-matching a 10,000-segment document (its memory analysis, two job threads): ${((performance.now() - start) / 1000).toFixed(1)} s ` +
        `(${matched.toLocaleString('en')} segments with a match; ${analysis.bands.map((band) => `${band.band} ${band.segments}`).join(', ')})`,
    );
    await Promise.all([pools.whole.close(), pools.streaming.close(), pools.reads.close()]);
  } finally {
    await store.close();
    cluster?.stop();
  }
}

/**
 * Translation memory: every approved revision enters the memory of its language pair (see
 * RevisionService.transition); TMX files add to it; a paragraph's matches are scored by words
 * (shared/memory/fuzzy.ts) among candidates the trigram index finds; concordance finds a word or
 * phrase in sources and targets; a pair's memory goes out as TMX, written as it is read.
 */
import {
  ANALYSIS_BANDS,
  type AnalysisBand,
  type ConcordanceList,
  MemoryAnalysis,
  type MemoryAnalysisStatus,
  type MemoryImportResult,
  type MemoryMatch,
  type Segment,
} from '../../shared/schemas';
import { countWords } from '../../shared/text/tokenize';
import { adaptMatch } from '../../shared/memory/adapt';
import { DEFAULT_MATCH_THRESHOLD, matchScore, matchScorer } from '../../shared/memory/fuzzy';
import { escapeXml } from '../formats/xml';
import type { MemoryPair } from '../store/repositories/memory';
import { canonicalTag } from '../store/repositories/memory';
import type { Repositories, Store } from '../store/types';
import { readTmxUnits } from './files';

/** Candidates scored per lookup: the index's best, of which the best by words are offered. */
const CANDIDATES = 40;
/** Matches offered per paragraph. */
const OFFERED = 5;
/** How long a running analysis may go unheard from before it is taken as lost (its server stopped). */
const ANALYSIS_SILENCE_MS = 2 * 60 * 1000;
/** Units of a TMX file added per statement. */
const IMPORT_CHUNK = 5000;
/** Paragraphs read per page by the analysis. */
const ANALYSIS_BATCH = 2000;
/** Units read per page on export. */
const BATCH = 500;

export class MemoryService {
  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
  ) {}

  /** Puts an approved translation into its pair's memory, inside the approval's transaction. */
  static async remember(
    tx: Repositories,
    unit: { segmentId: number; documentId: number; source: string; target: string; approvedBy: number; approvedAt: string },
  ): Promise<void> {
    if (unit.source.trim() === '' || unit.target.trim() === '') return;
    const document = await tx.documents.get(unit.documentId);
    if (!document) return;
    await tx.memory.add({
      sourceLang: document.source_lang,
      targetLang: document.target_lang,
      memory: document.memory,
      source: unit.source,
      target: unit.target,
      origin: document.title,
      documentId: unit.documentId,
      segmentId: unit.segmentId,
      approvedBy: unit.approvedBy,
      approvedAt: unit.approvedAt,
    });
  }

  /** A source text's matches in a pair's memory, best first, none under `min`; never the paragraph's own. */
  async matchesFor(pair: MemoryPair, source: string, options: { min?: number; exceptSegment?: number } = {}): Promise<MemoryMatch[]> {
    return (await this.ranked(pair, source, options)).map(({ match }) => match);
  }

  private async ranked(
    pair: MemoryPair,
    source: string,
    options: { min?: number; exceptSegment?: number; adapt?: boolean },
  ): Promise<Array<{ match: MemoryMatch; segmentId: number | null }>> {
    if (source.trim() === '') return [];
    const min = options.min ?? DEFAULT_MATCH_THRESHOLD;
    const lang = canonicalTag(pair.sourceLang);
    const candidates = await this.store.read.memory.candidates(pair, source, CANDIDATES);
    const score = matchScorer(source, lang, min);
    return candidates
      .filter((unit) => options.exceptSegment === undefined || unit.segmentId !== options.exceptSegment)
      .map((unit) => ({ unit, score: score(unit.source) }))
      .filter(({ score }) => score >= min)
      .sort((a, b) => b.score - a.score || b.unit.approvedAt.localeCompare(a.unit.approvedAt))
      .slice(0, OFFERED)
      .map(({ unit, score }) => {
        // (an analysis wants the score only: the adaptation's diffs are not made for it)
        const adapted = options.adapt === false ? null : adaptMatch(unit, source, pair.sourceLang, pair.targetLang);
        const match: MemoryMatch = {
          score,
          source: unit.source,
          target: unit.target,
          origin: unit.origin,
          approvedBy: unit.approvedBy?.name ?? null,
          approvedAt: unit.approvedAt,
          ...(adapted ? { adapted } : {}),
        };
        return { match, segmentId: unit.segmentId };
      });
  }

  /**
   * A segment's matches (its document's pair), or undefined when there is no such segment. An exact
   * match approved for a paragraph with the same paragraphs before and after it as this one is in
   * context (`context: true`) and comes first.
   */
  async matches(segmentId: number, min?: number): Promise<MemoryMatch[] | undefined> {
    const segment = await this.store.read.documents.segment(segmentId);
    if (!segment) return undefined;
    const document = await this.store.read.documents.get(segment.documentId);
    if (!document) return undefined;
    const fromMemory = await this.memoryMatches(segment, document, min);
    const fromFile = await this.fileCandidates(segment, document.source_lang, document.title);
    if (fromFile.length === 0) return fromMemory;
    // the file's candidates among the memory's, by score (the memory's first at the same score)
    return [...fromMemory, ...fromFile].sort((a, b) => Number(b.context ?? false) - Number(a.context ?? false) || b.score - a.score);
  }

  /**
   * The candidate translations the segment's file carried for it (XLIFF alt-trans, mtc:match),
   * as matches: scored as the file scored them, else by their source against this one.
   */
  private async fileCandidates(segment: Segment, sourceLang: string, title: string): Promise<MemoryMatch[]> {
    const candidates = await this.store.read.documents.candidatesOf(segment.id);
    const lang = canonicalTag(sourceLang);
    return candidates.map((candidate) => {
      const score = Math.round(candidate.score ?? (candidate.source === null ? 0 : matchScore(candidate.source, segment.source, lang)));
      return {
        score,
        source: candidate.source ?? segment.source,
        target: candidate.target,
        origin: candidate.origin ?? title,
        approvedBy: null,
        approvedAt: '',
        file: { origin: candidate.origin, score: candidate.score, type: candidate.type },
      };
    });
  }

  private async memoryMatches(
    segment: Segment,
    document: { source_lang: string; target_lang: string; memory: string | null },
    min: number | undefined,
  ): Promise<MemoryMatch[]> {
    const segmentId = segment.id;
    const ranked = await this.ranked(
      { sourceLang: document.source_lang, targetLang: document.target_lang, memory: document.memory },
      segment.source,
      {
        ...(min === undefined ? {} : { min }),
        exceptSegment: segmentId,
      },
    );
    const exact = ranked
      .filter(({ match, segmentId: from }) => match.score === 100 && from !== null)
      .map(({ segmentId: from }) => from as number);
    if (exact.length === 0) return ranked.map(({ match }) => match);
    const neighbours = await this.store.read.documents.neighbourSources([segmentId, ...exact]);
    const here = neighbours.get(segmentId);
    const inContext = (from: number | null) => {
      const there = from === null ? undefined : neighbours.get(from);
      return here !== undefined && there !== undefined && there.previous === here.previous && there.next === here.next;
    };
    const matches = ranked.map(({ match, segmentId: from }) =>
      match.score === 100 && inContext(from) ? { ...match, context: true } : match,
    );
    // in context first, then as ranked
    return [...matches.filter((match) => match.context), ...matches.filter((match) => !match.context)];
  }

  /**
   * One part of a document's memory analysis (`part` of `parts`, for threads that share the work):
   * each source's first occurrence is looked up (those whose order falls to this part), later ones
   * are repetitions (counted by part 0). A paragraph's own approved translation is not its match.
   */
  async analyse(documentId: number, part = 0, parts = 1, onProgress?: (share: number) => void): Promise<MemoryAnalysis> {
    const document = await this.store.read.documents.get(documentId);
    if (!document) throw new Error(`document ${documentId} does not exist`);
    const pair = { sourceLang: document.source_lang, targetLang: document.target_lang, memory: document.memory };
    const tally = new Map<AnalysisBand, { segments: number; words: number }>(
      ANALYSIS_BANDS.map((band) => [band, { segments: 0, words: 0 }]),
    );
    const count = (band: AnalysisBand, words: number) => {
      const entry = tally.get(band) as { segments: number; words: number };
      entry.segments += 1;
      entry.words += words;
    };
    const seen = new Set<string>();
    let previous: string | null = null;
    let unique = 0;
    let totalSegments = 0;
    let totalWords = 0;
    const rows = (after: number) => this.store.read.documents.sourcesFrom(documentId, after, ANALYSIS_BATCH);
    const counts = (await this.store.read.documents.counts(documentId)).get(documentId);
    const total = Math.max(1, counts ? Object.values(counts).reduce((sum, n) => sum + n, 0) : 1);
    for (let page = await rows(0); page.length > 0;) {
      const next = rows((page[page.length - 1] as { position: number }).position);
      for (const [k, row] of page.entries()) {
        const following = page[k + 1]?.source ?? null;
        const words = countWords(row.source, pair.sourceLang);
        const mine = part === 0;
        if (mine) {
          totalSegments += 1;
          totalWords += words;
        }
        if (row.source.trim() === '') {
          if (mine) count('new', words);
        } else if (seen.has(row.source)) {
          if (mine) count('repetition', words);
        } else {
          seen.add(row.source);
          if (unique++ % parts === part) {
            const ranked = await this.ranked(pair, row.source, { exceptSegment: row.id, adapt: false });
            const best = ranked[0];
            let band: AnalysisBand = 'new';
            if (best && best.match.score === 100) {
              // in context: the same paragraphs before and after (the last of a page asks for its next)
              const after = following ?? (await this.store.read.documents.sourcesFrom(documentId, row.position, 1))[0]?.source ?? null;
              const exact = ranked
                .filter(({ match, segmentId }) => match.score === 100 && segmentId !== null)
                .map(({ segmentId }) => segmentId as number);
              const there = await this.store.read.documents.neighbourSources(exact);
              band = [...there.values()].some((n) => n.previous === previous && n.next === after) ? 'context' : 'exact';
            } else if (best)
              band = best.match.score >= 95 ? '95-99' : best.match.score >= 85 ? '85-94' : best.match.score >= 75 ? '75-84' : '70-74';
            count(band, words);
          }
        }
        previous = row.source;
        // how far it has come, now and then (by position: the paragraphs before it are done)
        if (onProgress && row.position % 100 === 0) onProgress(Math.min(1, row.position / total));
      }
      page = await next;
    }
    return {
      segments: totalSegments,
      words: totalWords,
      bands: ANALYSIS_BANDS.map((band) => ({ band, ...(tally.get(band) as { segments: number; words: number }) })),
    };
  }

  /** A document's memory analysis as it stands (see MemoryAnalysisStatus). */
  async analysisStatus(documentId: number): Promise<MemoryAnalysisStatus> {
    const row = await this.store.read.memory.analysisOf(documentId);
    if (!row) return { state: 'none', progress: 0, startedAt: null, finishedAt: null, analysis: null, error: null, detail: null };
    const lost = row.state === 'running' && row.updated_at < this.aliveSince();
    return {
      state: lost ? 'failed' : row.state,
      progress: row.progress,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      analysis: row.state === 'done' && row.result ? MemoryAnalysis.parse(JSON.parse(row.result)) : null,
      error: lost ? 'lost' : row.state === 'failed' ? 'failed' : null,
      detail: lost ? null : row.error,
    };
  }

  /**
   * Starts a document's memory analysis in the background, unless one is running: `run` does the
   * work (on job threads), telling how far it has come; its answer is kept for whoever asks next.
   * The status as it then stands.
   */
  async startAnalysis(
    documentId: number,
    actorId: number,
    run: (onProgress: (share: number) => void) => Promise<MemoryAnalysis>,
  ): Promise<MemoryAnalysisStatus> {
    const startedAt = this.now().toISOString();
    const started = await this.store.transaction(async (tx) => {
      await tx.lock([`memory-analysis:${documentId}`]);
      return tx.memory.beginAnalysis(documentId, actorId, startedAt, this.aliveSince());
    });
    if (started) void this.runAnalysis(documentId, startedAt, run);
    return this.analysisStatus(documentId);
  }

  /** A running analysis not heard from since this time is taken as lost. */
  private aliveSince(): string {
    return new Date(this.now().getTime() - ANALYSIS_SILENCE_MS).toISOString();
  }

  private async runAnalysis(
    documentId: number,
    startedAt: string,
    run: (onProgress: (share: number) => void) => Promise<MemoryAnalysis>,
  ): Promise<void> {
    // progress written a step at a time (and at least every so often, so it is known to be alive)
    let told = { share: 0, at: Date.now() };
    let writing: Promise<void> = Promise.resolve();
    const onProgress = (share: number) => {
      if (share - told.share < 0.01 && Date.now() - told.at < ANALYSIS_SILENCE_MS / 4) return;
      told = { share, at: Date.now() };
      writing = writing
        .then(() => this.store.transaction((tx) => tx.memory.analysisProgress(documentId, startedAt, share, this.now().toISOString())))
        .catch(() => undefined);
    };
    let outcome: { result: string } | { error: string };
    try {
      outcome = { result: JSON.stringify(await run(onProgress)) };
    } catch (error) {
      outcome = { error: error instanceof Error ? error.message : String(error) };
    }
    await writing;
    try {
      await this.store.transaction((tx) => tx.memory.endAnalysis(documentId, startedAt, outcome, this.now().toISOString()));
    } catch (error) {
      // the store closed meanwhile (the server stopping): the analysis is taken as lost when next asked for
      console.error(`[tilik] the memory analysis of document ${documentId} could not be kept: ${(error as Error).message}`);
    }
  }

  async concordance(pair: MemoryPair, q: string, limit = 50): Promise<ConcordanceList> {
    const units = await this.store.read.memory.concordance(pair, q, limit);
    return { items: units.map((unit) => ({ source: unit.source, target: unit.target, origin: unit.origin })) };
  }

  /**
   * Adds a TMX file's units (those with text on both sides) to the memory, in one transaction.
   * Nobody here approved them: they are shown as imported from the file, when.
   */
  async importTmx(name: string, text: string, memory: string | null = null): Promise<MemoryImportResult> {
    const { sourceLang, targetLang, units } = readTmxUnits(text);
    const kept = units.filter((unit) => unit.source !== '' && unit.target !== '');
    const at = this.now().toISOString();
    await this.store.transaction(async (tx) => {
      // (PostgreSQL takes a chunk in a statement or two: a unit at a time, a million took half an hour)
      for (let from = 0; from < kept.length; from += IMPORT_CHUNK) {
        await tx.memory.addMany(
          kept.slice(from, from + IMPORT_CHUNK).map((unit) => ({
            sourceLang,
            targetLang,
            memory,
            source: unit.source,
            target: unit.target,
            origin: name,
            documentId: null,
            segmentId: null,
            approvedBy: null,
            approvedAt: at,
          })),
        );
      }
    });
    await this.store.transaction((tx) => tx.memory.refreshStatistics());
    return { sourceLang: canonicalTag(sourceLang), targetLang: canonicalTag(targetLang), memory, units: kept.length };
  }

  /** A pair's memory as TMX 1.4, a page of units at a time through `emit`. */
  async exportTmx(pair: MemoryPair, emit: (piece: string) => Promise<void>): Promise<number> {
    const sourceLang = canonicalTag(pair.sourceLang);
    const targetLang = canonicalTag(pair.targetLang);
    await emit(
      '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n' +
        `  <header creationtool="Tilik" creationtoolversion="0.1.0" segtype="paragraph" o-tmf="Tilik" adminlang="en" srclang="${escapeXml(sourceLang)}" datatype="plaintext"/>\n` +
        '  <body>\n',
    );
    let count = 0;
    for (let after = 0; ;) {
      const units = await this.store.read.memory.page({ sourceLang, targetLang, memory: pair.memory ?? null }, after, BATCH);
      if (units.length === 0) break;
      let piece = '';
      for (const unit of units) {
        const date = unit.approvedAt.replace(/[-:]/g, '').replace(/\.\d+/, '');
        piece +=
          `    <tu changedate="${escapeXml(date)}"${unit.approvedBy ? ` changeid="${escapeXml(unit.approvedBy.name)}"` : ''}>\n` +
          `      <prop type="x-origin">${escapeXml(unit.origin)}</prop>\n` +
          `      <tuv xml:lang="${escapeXml(sourceLang)}"><seg>${escapeXml(unit.source)}</seg></tuv>\n` +
          `      <tuv xml:lang="${escapeXml(targetLang)}"><seg>${escapeXml(unit.target)}</seg></tuv>\n` +
          '    </tu>\n';
      }
      await emit(piece);
      count += units.length;
      after = (units.at(-1) as (typeof units)[number]).id;
    }
    await emit('  </body>\n</tmx>\n');
    return count;
  }
}

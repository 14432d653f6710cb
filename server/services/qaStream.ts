/**
 * The command line's QA of two long texts, in time and memory that suit a hundred thousand
 * paragraphs and more: the same report as checkTexts (qaTexts.ts), byte for byte, made differently.
 *
 * - The texts are read in pieces into paragraph stores (paragraphStore.ts): UTF-8 in shared
 *   memory that every thread reads without a copy.
 * - The paragraphs' anchors are worked out on this thread and the workers together.
 * - The alignment runs on this thread and hands over its groups as they settle; each batch of
 *   settled units goes to a worker (as four numbers a unit: where its paragraphs are) to be
 *   checked while the alignment goes on. Once aligned, this thread checks batches too.
 * - A checked batch comes back as its findings' JSON, which goes to a temporary file at once, and
 *   a few numbers per finding (where it sorts): memory grows with the count of findings, not with
 *   their text nor with the analyses.
 * - Consistency is settled at the end, from the names and renderings each check reported, and the
 *   report is read back from the file in order.
 */
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  checkUnknowingNames,
  compareFindings,
  compileGlossary,
  consistencyFromRenderings,
  contextFromCounts,
  formatMessage,
  isFlaggedRendering,
  QA_MESSAGES_EN,
  RULE_IDS,
  SENTENCE_MARK,
  sentenceKeysIn,
  SEVERITIES,
  watchedNames,
  type CompiledGlossary,
  type DocumentContext,
  type Finding,
  type QaTerm,
  type Rendering,
  type RuleId,
  type Severity,
} from '../../shared/qa';
import { hashKey, RepeatCounter } from '../../shared/qa/repeats';
import { acronymsIn } from '../../shared/qa/documentAcronyms';
import { alignedLength, alignMeasuresInSteps, anchorIdsOf, anchorTable, joinAnchorTables, type AnchorTable } from '../../shared/text/align';
import { missingParagraph, sourceOffsets } from './qaTexts';
import { paragraphAt, paragraphCount, paragraphsAt, paragraphStoreOf, type ParagraphStore } from './paragraphStore';
import type { TaskRunner } from '../workers/pool';
import { collectGarbage, collectGarbageAbove } from '../workers/heap';

const SEPARATOR = '\n\n';

/**
 * The heap (with the buffers it holds) above which a checking thread collects its garbage, looked
 * at every GARBAGE_EVERY units. Left to itself V8 let each thread's heap grow to 250 MB of mostly
 * garbage on a 100,000-paragraph pair (720 MB for the process); with this ceiling the same run
 * peaks at 500–540 MB, in the same time, with the same output (see workers/heap.ts). A ceiling of
 * 96 MB saved little more and took a third longer: what a thread keeps live is near it.
 */
const HEAP_CEILING = 128 * 2 ** 20;
const GARBAGE_EVERY = 50;

/** A unit is four numbers: its first source paragraph and how many, its first target paragraph and how many. */
const UNIT_FIELDS = 4;

/** A finding is nine numbers (its JSON lies in the batch's bytes, one after another). */
const E_UNIT = 0; // the unit, counted within its batch
const E_START = 1; // where it lies in the unit's target (paragraphs joined by SEPARATOR)
const E_END = 2;
const E_RULE = 3; // index in RULE_IDS
const E_SEVERITY = 4; // index in SEVERITIES
const E_SEGMENT = 5; // 1-based target paragraph it is reported on
const E_PARAGRAPH_START = 6; // where it lies in that paragraph
const E_PARAGRAPH_END = 7;
const E_BYTES = 8; // length of its JSON in bytes
const ENTRY_FIELDS = 9;

/** A rendering of a name is eight numbers; names and texts index the batch's strings. */
const R_UNIT = 0;
const R_NAME = 1;
const R_TEXT = 2;
const R_START = 3;
const R_END = 4;
const R_SOURCE_START = 5;
const R_SOURCE_END = 6;
const R_COVERED = 7; // 1: inside a glossary finding, counted but never reported
const RENDERING_FIELDS = 8;

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

const RULE_INDEX = new Map<RuleId, number>(RULE_IDS.map((id, k) => [id, k]));
const SEVERITY_INDEX = new Map<Severity, number>(SEVERITIES.map((severity, k) => [severity, k]));

export interface StoredUnits {
  source: ParagraphStore;
  target: ParagraphStore;
  /** UNIT_FIELDS numbers per unit. */
  units: Int32Array;
  /** The hashes of the sentences the source has more than once (shared): consistency watches only those. */
  repeated: Float64Array;
}

/** A batch of units checked: what the report needs of it, in numbers and bytes. */
export interface CheckedBatch {
  /** The findings' JSON, one after another. */
  json: Uint8Array;
  /** ENTRY_FIELDS numbers per finding, in the report's order within each unit. */
  entries: Int32Array;
  /** RENDERING_FIELDS numbers per rendering of a name. */
  renderings: Int32Array;
  /** The names and rendered texts the renderings point at. */
  strings: string[];
  /** The names the batch's sources show, each once. */
  names: string[];
}

/** A growable array of 32-bit integers. */
class IntList {
  private data = new Int32Array(256);
  length = 0;
  push(...values: number[]): void {
    if (this.length + values.length > this.data.length) {
      const more = new Int32Array(Math.max(this.data.length * 2, this.length + values.length));
      more.set(this.data);
      this.data = more;
    }
    for (const value of values) this.data[this.length++] = value;
  }
  /** The values (from..to), in a buffer of their own (moved, not copied, between threads). */
  take(from = 0, to = this.length): Int32Array {
    return this.data.slice(from, to);
  }
}

interface Unit {
  source: string;
  target: string;
  /** 0-based target paragraphs, their lengths, and the 1-based source paragraph (or null). */
  first: number;
  lengths: number[];
  sourceSegment: number | null;
  /** The length of its first source paragraph (what sourceStart and sourceEnd count in). */
  sourceLength: number;
}

function unitAt(stores: { source: ParagraphStore; target: ParagraphStore }, units: Int32Array, k: number): Unit {
  const base = k * UNIT_FIELDS;
  const sourceFirst = units[base] as number;
  const sourceCount = units[base + 1] as number;
  const first = units[base + 2] as number;
  const count = units[base + 3] as number;
  return {
    source: sourceCount === 0 ? '' : paragraphsAt(stores.source, sourceFirst, sourceCount, SEPARATOR),
    target: paragraphsAt(stores.target, first, count, SEPARATOR),
    first,
    lengths: Array.from({ length: count }, (_, i) => stores.target.lengths[first + i] as number),
    sourceSegment: sourceCount > 0 ? sourceFirst + 1 : null,
    sourceLength: sourceCount > 0 ? (stores.source.lengths[sourceFirst] as number) : 0,
  };
}

/** A unit's finding as the report has it: on the target paragraph it starts in, cut at its end. */
function placed(finding: Finding, unit: Unit): { segment: number; start: number; end: number; json: string } {
  let offset = 0;
  let k = 0;
  // the paragraph the finding starts in (a span running past it is cut at its end)
  while (k < unit.lengths.length - 1 && finding.start > offset + (unit.lengths[k] as number)) {
    offset += (unit.lengths[k] as number) + SEPARATOR.length;
    k += 1;
  }
  const length = unit.lengths[k] as number;
  const start = Math.max(0, finding.start - offset);
  const end = Math.min(length, Math.max(start, finding.end - offset));
  const segment = unit.first + k + 1;
  return {
    segment,
    start,
    end,
    json: JSON.stringify({
      segment,
      sourceSegment: unit.sourceSegment,
      rule: finding.rule,
      severity: finding.severity,
      start,
      end,
      text: unit.target.slice(offset + start, offset + end),
      message: formatMessage(QA_MESSAGES_EN[finding.rule], finding.params),
      suggestion: finding.suggestion,
      ...sourceOffsets(finding, unit.sourceLength),
    }),
  };
}

function isGlossary(finding: Finding): boolean {
  return (finding.rule === 'glossary.forbidden' || finding.rule === 'glossary.missing') && finding.end > finding.start;
}

type CheckOptions = { sourceLang: string; targetLang: string; glossary: CompiledGlossary; document: DocumentContext };

/** Checks a batch of units (see CheckedBatch), pausing after every `pause` units. */
function* checkingSteps(input: StoredUnits, options: CheckOptions, pause: number): Generator<void, CheckedBatch, void> {
  const json: string[] = [];
  const entries = new IntList();
  const renderings = new IntList();
  const strings = new Map<string, number>();
  const intern = (text: string) => {
    let id = strings.get(text);
    if (id === undefined) {
      id = strings.size;
      strings.set(text, id);
    }
    return id;
  };
  const names = new Set<string>();
  // of the sentences, only those the whole text repeats (any other has one rendering, never flagged)
  const repeated = new Set(input.repeated);
  // (a sentence met again in the batch is not hashed again)
  const known = new Map<string, boolean>();
  const watchedSentence = (name: string) => {
    if (!name.startsWith(SENTENCE_MARK)) return true;
    let watched = known.get(name);
    if (watched === undefined) {
      watched = repeated.size > 0 && repeated.has(hashKey(name));
      if (known.size > 50_000) known.clear();
      known.set(name, watched);
    }
    return watched;
  };
  const count = input.units.length / UNIT_FIELDS;
  for (let k = 0; k < count; k += 1) {
    const unit = unitAt(input, input.units, k);
    const check = checkUnknowingNames({ source: unit.source, target: unit.target }, options);
    for (const finding of check.findings) {
      const at = placed(finding, unit);
      json.push(at.json);
      entries.push(
        k,
        finding.start,
        finding.end,
        RULE_INDEX.get(finding.rule) as number,
        SEVERITY_INDEX.get(finding.severity) as number,
        at.segment,
        at.start,
        at.end,
        Buffer.byteLength(at.json, 'utf8'),
      );
    }
    const glossary = check.findings.filter(isGlossary);
    for (const rendering of check.renderings) {
      if (!watchedSentence(rendering.name)) continue;
      const covered = glossary.some((other) => other.start <= rendering.start && rendering.end <= other.end);
      renderings.push(
        k,
        intern(rendering.name),
        intern(rendering.text),
        rendering.start,
        rendering.end,
        rendering.sourceStart,
        rendering.sourceEnd,
        covered ? 1 : 0,
      );
    }
    for (const name of check.names) if (watchedSentence(name)) names.add(name);
    if ((k + 1) % pause === 0) yield;
    if ((k + 1) % GARBAGE_EVERY === 0) collectGarbageAbove(HEAP_CEILING);
  }
  return {
    json: Buffer.from(json.join(''), 'utf8'),
    entries: entries.take(),
    renderings: renderings.take(),
    strings: [...strings.keys()],
    names: [...names],
  };
}

/** Checks a batch of units at once (on a worker thread): see CheckedBatch. */
export function checkStoredUnits(input: StoredUnits, options: CheckOptions): CheckedBatch {
  const steps = checkingSteps(input, options, Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same on this thread, a few units at a time: the workers' answers are heard between, and
 * each gets its next batch at once rather than waiting for this thread's whole batch.
 */
async function checkStoredUnitsHere(input: StoredUnits, options: CheckOptions): Promise<CheckedBatch> {
  const steps = checkingSteps(input, options, 50);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTurn();
  }
}

/** Anchors of a range of a store's paragraphs: paragraph k's are values[offsets[k]..offsets[k + 1]]. */
/** The hashes of the sentences of a range of stored source paragraphs (counted over the whole text to find repeats). */
/** The acronyms of a text's paragraphs, each once. */
export function storedAcronyms(store: ParagraphStore): string[] {
  const found = new Set<string>();
  const total = paragraphCount(store);
  for (let k = 0; k < total; k += 1) for (const acronym of acronymsIn(paragraphAt(store, k))) found.add(acronym);
  return [...found].sort();
}

export function storedSentenceHashes(input: { store: ParagraphStore; from: number; to: number }): Float64Array {
  const hashes: number[] = [];
  for (let k = input.from; k < input.to; k += 1) for (const key of sentenceKeysIn(paragraphAt(input.store, k))) hashes.push(hashKey(key));
  return Float64Array.from(hashes);
}

export function storedAnchors(input: { store: ParagraphStore; from: number; to: number }): AnchorTable {
  const lists: Int32Array[] = [];
  for (let k = input.from; k < input.to; k += 1) lists.push(anchorIdsOf(paragraphAt(input.store, k)));
  return anchorTable(lists);
}

export interface StreamedReport {
  segments: number;
  sourceSegments: number;
  /** How many findings of each severity (for a summary line before the findings). */
  counts: Record<Severity, number>;
  /**
   * The findings in the report's order, each as its JSON in UTF-8 (a view that is only good until
   * the next one is asked for; once: the report is read from a file it then lets go of).
   */
  findings: () => Generator<Uint8Array>;
}

export interface StreamInput {
  /** The texts, or paragraph stores read from their files already. */
  source: string | ParagraphStore;
  target: string | ParagraphStore;
  sourceLang: string;
  targetLang: string;
  glossary?: readonly QaTerm[];
}

/** Units per batch: small enough that the workers start early, big enough that sending costs little. */
const BATCH = 1000;
/** Paragraphs per piece of the anchors' work. */
const ANCHOR_PIECE = 5000;

/** A batch's place in the spool file, and its numbers. */
interface SpooledBatch {
  position: number;
  bytes: number;
  entries: Int32Array;
  renderings: Int32Array;
  strings: string[];
}

/** A consistency finding as the report is written from it: where it goes, and its JSON. */
interface ConsistencyEntry {
  start: number;
  end: number;
  rule: RuleId;
  severity: Severity;
  segment: number;
  paragraphStart: number;
  paragraphEnd: number;
  json: Uint8Array;
}

/**
 * Checks two texts as described above; `work` runs tasks on `workers` threads (as many as there
 * are cores besides this one). `checked` is called once every batch is checked: the command line
 * stops its threads there, so that their heaps are given back before the report's own peak.
 */
export async function checkTextsStreaming(
  input: StreamInput,
  work: TaskRunner,
  workers: number,
  checked?: () => Promise<void>,
): Promise<StreamedReport> {
  // TILIK_QA_TRACE=1: how long each phase took, on standard error
  const started = performance.now();
  let lap = started;
  const trace = (phase: string) => {
    if (process.env.TILIK_QA_TRACE !== '1') return;
    const now = performance.now();
    const memory = process.memoryUsage();
    const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
    // (the most the process has held so far, where Linux tells)
    let peak = '';
    try {
      const kb = /^VmHWM:\s+(\d+)/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1];
      if (kb) peak = `, at most ${mb(Number(kb) * 1024)} MB so far`;
    } catch {
      // another system
    }
    process.stderr.write(
      `[qa] ${phase}: ${((now - lap) / 1000).toFixed(2)} s (${((now - started) / 1000).toFixed(2)} s in all, ${mb(memory.rss)} MB${peak}; ` +
        `this thread's heap ${mb(memory.heapUsed)} MB, buffers ${mb(memory.arrayBuffers)} MB)\n`,
    );
    lap = now;
  };
  const source = typeof input.source === 'string' ? await paragraphStoreOf(input.source) : input.source;
  const target = typeof input.target === 'string' ? await paragraphStoreOf(input.target) : input.target;
  const stores = { source, target };
  const glossaryTerms = [...(input.glossary ?? [])];
  const glossary = compileGlossary(glossaryTerms, input.sourceLang, input.targetLang);
  // the acronyms the source has anywhere: a translation may use one in any paragraph
  const acronyms = storedAcronyms(source);
  const options = { sourceLang: input.sourceLang, targetLang: input.targetLang, glossary, document: { renderings: {}, acronyms } };
  trace('texts read');

  // anchors: pieces of either text, taken by the workers and this thread alike
  const pieces: Array<{
    store: ParagraphStore;
    from: number;
    to: number;
    side: 'source' | 'target';
    table?: AnchorTable;
    hashes?: Float64Array;
  }> = [];
  for (const side of ['source', 'target'] as const) {
    const total = paragraphCount(stores[side]);
    for (let from = 0; from < total; from += ANCHOR_PIECE)
      pieces.push({ store: stores[side], from, to: Math.min(total, from + ANCHOR_PIECE), side });
  }
  let nextPiece = 0;
  const remote = async () => {
    for (let piece = pieces[nextPiece++]; piece; piece = pieces[nextPiece++]) {
      const range = { store: piece.store, from: piece.from, to: piece.to };
      piece.table = await work.run('storedAnchors', range);
      if (piece.side === 'source') piece.hashes = await work.run('storedSentenceHashes', range);
    }
  };
  const here = async () => {
    for (let piece = pieces[nextPiece++]; piece; piece = pieces[nextPiece++]) {
      piece.table = storedAnchors(piece);
      if (piece.side === 'source') piece.hashes = storedSentenceHashes(piece);
      await nextTurn();
    }
  };
  await Promise.all([here(), ...Array.from({ length: workers }, remote)]);
  // the sentences the source has more than once, for every batch to watch (in shared memory)
  const counter = new RepeatCounter();
  for (const piece of pieces) {
    for (const hash of piece.hashes ?? []) counter.addHash(hash);
    delete piece.hashes;
  }
  const repeatedHashes = counter.repeatedHashes();
  const repeated = new Float64Array(new SharedArrayBuffer(Math.max(8, repeatedHashes.byteLength)), 0, repeatedHashes.length);
  repeated.set(repeatedHashes);
  trace('anchors');

  // the spool: a file nobody else sees (unlinked at once; the open descriptor keeps it)
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-qa-'));
  const spoolPath = path.join(directory, 'findings');
  const spool = fs.openSync(spoolPath, 'w+');
  fs.rmSync(directory, { recursive: true, force: true });
  let spooled = 0;
  const batches: SpooledBatch[] = [];
  const names = new Set<string>();
  const keep = (b: number, checked: CheckedBatch) => {
    const json = Buffer.from(checked.json.buffer, checked.json.byteOffset, checked.json.byteLength);
    if (json.length > 0) fs.writeSync(spool, json, 0, json.length, spooled);
    batches[b] = {
      position: spooled,
      bytes: json.length,
      entries: checked.entries,
      renderings: checked.renderings,
      strings: checked.strings,
    };
    spooled += json.length;
    for (const name of checked.names) names.add(name);
  };

  const units = new IntList();
  let unitCount = 0;
  // a source paragraph without translation is reported on the target paragraph before the gap
  // (or, at the very start, the one after it): worked out as the groups settle
  const gaps = new Map<number, string[]>();
  const leadingGaps: number[] = [];
  let lastTarget: number | undefined;
  const gapFinding = (anchor: number, sourceIndex: number, after: boolean) => {
    const list = gaps.get(anchor + 1) ?? [];
    const at = after ? (target.lengths[anchor] as number) : 0;
    list.push(JSON.stringify(missingParagraph(anchor, sourceIndex, at, after, source.lengths[sourceIndex] as number)));
    gaps.set(anchor + 1, list);
  };
  const queue: Array<{ index: number; units: Int32Array }> = [];
  let batchFrom = 0;
  let busy = 0;
  const running = new Set<Promise<void>>();
  const request = { sourceLang: input.sourceLang, targetLang: input.targetLang, glossary: { key: 'qa', terms: glossaryTerms }, acronyms };
  // two batches in hand per worker: one to start on while this thread, busy aligning or checking,
  // has yet to hear that the other is done
  const pump = () => {
    while (busy < 2 * workers && queue.length > 0) {
      const batch = queue.shift() as (typeof queue)[number];
      busy += 1;
      const job = work
        .run('checkStoredUnits', { ...request, source, target, units: batch.units, repeated })
        .then((answer) => {
          if ('missing' in answer) throw new Error(`the checking thread lacks the ${answer.missing}`);
          keep(batch.index, answer);
        })
        .finally(() => {
          busy -= 1;
          running.delete(job);
          pump();
        });
      // (its failure is awaited below; should this thread fail first, the batches still in the
      // workers' hands fail as the pool closes, and that must not hide this thread's own error)
      job.catch(() => undefined);
      running.add(job);
    }
  };
  const close = () => {
    if (unitCount === batchFrom) return;
    queue.push({ index: batchFrom / BATCH, units: units.take(batchFrom * UNIT_FIELDS, unitCount * UNIT_FIELDS) });
    batchFrom = unitCount;
    pump();
  };

  const tablesOf = (side: 'source' | 'target') => pieces.filter((piece) => piece.side === side).map((piece) => piece.table as AnchorTable);
  // (the lengths as the aligner weighs them: digits aside, see alignedLength)
  const weighed = (store: ParagraphStore) =>
    Float64Array.from({ length: store.lengths.length }, (_, k) => alignedLength(paragraphAt(store, k)));
  const sourceMeasures = { lengths: weighed(source), anchors: joinAnchorTables(tablesOf('source')) };
  const targetMeasures = { lengths: weighed(target), anchors: joinAnchorTables(tablesOf('target')) };
  // the pieces' tables are joined: let them go before the alignment's peak
  for (const piece of pieces) delete piece.table;
  await alignMeasuresInSteps(sourceMeasures, targetMeasures, (settled) => {
    for (const group of settled) {
      if (group.target.length === 0) {
        for (const sourceIndex of group.source) {
          if (lastTarget === undefined) leadingGaps.push(sourceIndex);
          else gapFinding(lastTarget, sourceIndex, true);
        }
        continue;
      }
      if (lastTarget === undefined) for (const sourceIndex of leadingGaps) gapFinding(group.target[0] as number, sourceIndex, false);
      lastTarget = group.target.at(-1);
      units.push(group.source[0] ?? 0, group.source.length, group.target[0] as number, group.target.length);
      unitCount += 1;
      if (unitCount - batchFrom >= BATCH) close();
    }
  });
  close();
  trace(`aligned (${unitCount} units; ${batches.filter(Boolean).length} batches of ${Math.ceil(unitCount / BATCH)} checked meanwhile)`);
  const unitTable = units.take();
  // aligned: this thread checks the batches no worker has taken yet
  while (queue.length > 0) {
    const batch = queue.pop() as (typeof queue)[number];
    keep(batch.index, await checkStoredUnitsHere({ source, target, units: batch.units, repeated }, options));
  }
  while (running.size > 0) await Promise.all(running);
  await checked?.();
  // (what checking left on this thread's heap is garbage now)
  collectGarbage();
  trace('checked');

  // consistency: the document's names, and how each is rendered across the text
  const watched = watchedNames(names, glossary);
  const counts = new Map<string, Map<string, number>>();
  for (const batch of batches) {
    for (let r = 0; r < batch.renderings.length; r += RENDERING_FIELDS) {
      const name = batch.strings[batch.renderings[r + R_NAME] as number] as string;
      if (!watched.has(name)) continue;
      const text = batch.strings[batch.renderings[r + R_TEXT] as number] as string;
      let byText = counts.get(name);
      if (!byText) counts.set(name, (byText = new Map()));
      byText.set(text, (byText.get(text) ?? 0) + 1);
    }
  }
  const context = contextFromCounts(counts);
  // the units whose renderings the rest of the document renders otherwise, with those findings
  // (what the output needs of each: its order and its JSON, not the finding itself, which its JSON
  // repeats; a generated 100,000-paragraph pair has 54,000 units with such findings)
  const consistency = new Map<number, ConsistencyEntry[]>();
  batches.forEach((batch, b) => {
    // the units with a rendering the document renders otherwise, and their renderings
    const flagged = new Set<number>();
    for (let r = 0; r < batch.renderings.length; r += RENDERING_FIELDS) {
      const name = batch.strings[batch.renderings[r + R_NAME] as number] as string;
      const text = batch.strings[batch.renderings[r + R_TEXT] as number] as string;
      if (batch.renderings[r + R_COVERED] === 0 && watched.has(name) && isFlaggedRendering(context.renderings[name], text))
        flagged.add(batch.renderings[r + R_UNIT] as number);
    }
    const byUnit = new Map<number, Rendering[]>();
    for (let r = 0; r < batch.renderings.length; r += RENDERING_FIELDS) {
      if (!flagged.has(batch.renderings[r + R_UNIT] as number)) continue;
      const name = batch.strings[batch.renderings[r + R_NAME] as number] as string;
      const text = batch.strings[batch.renderings[r + R_TEXT] as number] as string;
      if (!watched.has(name) || batch.renderings[r + R_COVERED] === 1) continue;
      const unit = b * BATCH + (batch.renderings[r + R_UNIT] as number);
      const list = byUnit.get(unit) ?? [];
      list.push({
        name,
        text,
        start: batch.renderings[r + R_START] as number,
        end: batch.renderings[r + R_END] as number,
        sourceStart: batch.renderings[r + R_SOURCE_START] as number,
        sourceEnd: batch.renderings[r + R_SOURCE_END] as number,
      });
      byUnit.set(unit, list);
    }
    for (const [u, renderings] of byUnit) {
      const unit = unitAt(stores, unitTable, u);
      const found = consistencyFromRenderings(unit.target, unit.source, renderings, context, []);
      if (found.length > 0)
        consistency.set(
          u,
          found.map((finding) => {
            const { segment, start, end, json } = placed(finding, unit);
            return {
              start: finding.start,
              end: finding.end,
              rule: finding.rule,
              severity: finding.severity,
              segment,
              paragraphStart: start,
              paragraphEnd: end,
              json: Buffer.from(json, 'utf8'),
            };
          }),
        );
    }
    batch.renderings = new Int32Array(0);
    batch.strings = [];
  });

  trace(`consistency (${consistency.size} units with findings)`);
  const severities: Record<Severity, number> = { critical: 0, major: 0, minor: 0 };
  for (const batch of batches)
    for (let e = 0; e < batch.entries.length; e += ENTRY_FIELDS)
      severities[SEVERITIES[batch.entries[e + E_SEVERITY] as number] as Severity] += 1;
  for (const list of consistency.values()) for (const { severity } of list) severities[severity] += 1;
  for (const list of gaps.values()) severities.major += list.length;

  return {
    segments: paragraphCount(target),
    sourceSegments: paragraphCount(source),
    counts: severities,
    findings: function* () {
      try {
        for (let b = 0; b < batches.length; b += 1) {
          const batch = batches[b] as SpooledBatch;
          const bytes = Buffer.alloc(batch.bytes);
          if (batch.bytes > 0) fs.readSync(spool, bytes, 0, batch.bytes, batch.position);
          let e = 0;
          let at = 0;
          const unitsHere = Math.min(BATCH, unitCount - b * BATCH);
          for (let k = 0; k < unitsHere; k += 1) {
            const u = b * BATCH + k;
            // the unit's findings in the engine's order, its consistency findings merged in
            const here: Array<{
              start: number;
              end: number;
              rule: RuleId;
              segment: number;
              paragraphStart: number;
              paragraphEnd: number;
              json: Uint8Array;
            }> = [];
            for (; e < batch.entries.length && batch.entries[e + E_UNIT] === k; e += ENTRY_FIELDS) {
              const size = batch.entries[e + E_BYTES] as number;
              here.push({
                start: batch.entries[e + E_START] as number,
                end: batch.entries[e + E_END] as number,
                rule: RULE_IDS[batch.entries[e + E_RULE] as number] as RuleId,
                segment: batch.entries[e + E_SEGMENT] as number,
                paragraphStart: batch.entries[e + E_PARAGRAPH_START] as number,
                paragraphEnd: batch.entries[e + E_PARAGRAPH_END] as number,
                json: bytes.subarray(at, at + size),
              });
              at += size;
            }
            const extra = consistency.get(u);
            if (extra) {
              here.push(...extra);
              here.sort((x, y) => compareFindings(x as unknown as Finding, y as unknown as Finding));
            }
            const first = unitTable[u * UNIT_FIELDS + 2] as number;
            const count = unitTable[u * UNIT_FIELDS + 3] as number;
            for (let segment = first + 1; segment <= first + count; segment += 1) {
              // the paragraph's findings by position; where positions tie, as they came, and a
              // missing source paragraph after the unit's own findings
              const ordered = here
                .filter((entry) => entry.segment === segment)
                .map((entry) => ({ start: entry.paragraphStart, end: entry.paragraphEnd, kind: 0, json: entry.json }));
              for (const json of gaps.get(segment) ?? []) {
                const { start, end } = JSON.parse(json) as { start: number; end: number };
                ordered.push({ start, end, kind: 1, json: Buffer.from(json, 'utf8') });
              }
              ordered.sort((x, y) => x.start - y.start || x.end - y.end || x.kind - y.kind);
              for (const item of ordered) yield item.json;
            }
          }
        }
      } finally {
        fs.closeSync(spool);
      }
    },
  };
}

/**
 * Paragraph alignment of a source text and its translation, never by position alone: a dynamic
 * programme in the manner of Gale and Church (1993) over paragraph lengths, with anchors (numbers
 * and names that a translation keeps) pulling the right paragraphs together. It copes with
 * paragraphs added to the translation (boilerplate), dropped from it, merged (2 -> 1) and split
 * (1 -> 2).
 *
 * Memory grows with the texts, never their product: only a band of cells is computed, one byte of
 * back pointer each (costs are kept for three rows), and when the band near the diagonal would be
 * larger than a budget linear in the paragraph counts, the texts are aligned coarse first (pairs of
 * paragraphs as one, recursively) and refined in a narrow band around that path.
 */
import { murmur32 } from './hash';
import { tokenize } from './tokenize';

/** One step of the alignment: indexes of source and target paragraphs (each 0, 1 or 2 long). */
export interface AlignedGroup {
  source: number[];
  target: number[];
}

type Move = readonly [number, number];

// Prior probabilities of each move, after Gale and Church's counts, made kinder to insertions
// and deletions because machine translation of web pages picks up boilerplate.
const MOVES: ReadonlyArray<{ move: Move; prior: number }> = [
  { move: [1, 1], prior: 0.89 },
  { move: [1, 0], prior: 0.015 },
  { move: [0, 1], prior: 0.015 },
  { move: [2, 1], prior: 0.03 },
  { move: [1, 2], prior: 0.03 },
];

// the same, unpacked for the inner loop (array destructuring there costs an iterator per step)
const MOVE_DI = Int8Array.from(MOVES.map(({ move }) => move[0]));
const MOVE_DJ = Int8Array.from(MOVES.map(({ move }) => move[1]));
const MOVE_COST = Float64Array.from(MOVES.map(({ prior }) => -Math.log(prior)));

/** Variance of the length ratio per character (Gale and Church measured 6.8). */
const VARIANCE = 6.8;
const ANCHOR_WEIGHT = 4;

/** Whether a word has a digit 0–9 (what /\d/ tests), without a regular expression. */
function hasAsciiDigit(word: string): boolean {
  for (let k = 0; k < word.length; k += 1) {
    const code = word.charCodeAt(k);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/**
 * What a translation tends to carry over: numbers, names, and cognates (long words sharing their
 * first four letters, as "strategic" and "strategis" do; Simard, Foster and Isabelle 1992).
 */
export function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  for (const token of tokenize(text)) {
    if (token.kind !== 'word') continue;
    const lower = token.text.toLowerCase();
    // (an ordinary lower-case word of fewer than six letters, most words, anchors nothing: no test run on it)
    if (lower === token.text && lower.length < 6 && !hasAsciiDigit(lower)) continue;
    const hasDigit = /\d/.test(token.text);
    if (lower !== token.text || hasDigit) {
      // not an ordinary lower-case word: a number, a code, a name
      const word = token.text.replace(/['’]s$/u, '');
      if (hasDigit) anchors.add(word.replace(/[.,]/g, ''));
      else if (/\p{Lu}.*\p{Lu}|\p{Ll}\p{Lu}/u.test(word) || (/^\p{Lu}\p{Ll}{2,}/u.test(word) && token.start > 0)) anchors.add(word);
    }
    if (lower.length >= 6 && !hasDigit) anchors.add(`~${lower.slice(0, 4)}`);
  }
  return anchors;
}

/**
 * Anchors as sorted integers (32-bit hashes of their text): intersections become a merge of two
 * arrays of small integers, and the anchors of paragraphs can be worked out anywhere (on other
 * threads) and compared here without a shared table. Two different anchors hash alike about once
 * in four billion pairs; the alignment only ever weighs anchors of paragraphs near each other, so
 * such a coincidence moves a score slightly, once in a very long while.
 */
type AnchorIds = Int32Array;

/**
 * Every paragraph's anchor ids in one buffer: paragraph k's are values[offsets[k]..offsets[k + 1]],
 * sorted, each once (a typed array per paragraph would cost more memory than its few numbers).
 */
export interface AnchorTable {
  values: Int32Array;
  offsets: Int32Array;
}

/** Lists of ids (one per paragraph) as one table. */
export function anchorTable(lists: readonly AnchorIds[]): AnchorTable {
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((list, k) => (offsets[k + 1] = (offsets[k] as number) + list.length));
  const values = new Int32Array(offsets[lists.length] as number);
  lists.forEach((list, k) => values.set(list, offsets[k] as number));
  return { values, offsets };
}

/** Tables of consecutive runs of paragraphs (worked out apart) as one. */
export function joinAnchorTables(tables: readonly AnchorTable[]): AnchorTable {
  const count = tables.reduce((sum, table) => sum + table.offsets.length - 1, 0);
  const values = new Int32Array(tables.reduce((sum, table) => sum + table.values.length, 0));
  const offsets = new Int32Array(count + 1);
  let k = 0;
  let at = 0;
  for (const table of tables) {
    values.set(table.values, at);
    for (let p = 1; p < table.offsets.length; p += 1) offsets[++k] = at + (table.offsets[p] as number);
    at += table.values.length;
  }
  return { values, offsets };
}

/**
 * Hashes renumbered in order of first appearance (then sorted per paragraph), in place: the
 * anchors of nearby paragraphs get nearby numbers, so most intersections end after a few steps.
 */
function densely(tables: readonly AnchorTable[]): void {
  // an open-address table of numbers (a Map of a long text's millions of anchors takes ~100 MB)
  let keys = new Int32Array(1 << 16);
  let ids = new Int32Array(1 << 16).fill(-1);
  let size = 0;
  const slotOf = (hash: number, table: Int32Array, taken: Int32Array) => {
    const mask = table.length - 1;
    let slot = (Math.imul(hash, 0x9e3779b1) >>> 0) & mask;
    while ((taken[slot] as number) >= 0 && table[slot] !== hash) slot = (slot + 1) & mask;
    return slot;
  };
  for (const { values, offsets } of tables) {
    const out = values;
    for (let k = 0; k < values.length; k += 1) {
      const hash = values[k] as number;
      let slot = slotOf(hash, keys, ids);
      if ((ids[slot] as number) < 0) {
        if ((size + 1) * 2 > keys.length) {
          const oldKeys = keys;
          const oldIds = ids;
          keys = new Int32Array(oldKeys.length * 2);
          ids = new Int32Array(oldIds.length * 2).fill(-1);
          for (let old = 0; old < oldKeys.length; old += 1) {
            if ((oldIds[old] as number) < 0) continue;
            const moved = slotOf(oldKeys[old] as number, keys, ids);
            keys[moved] = oldKeys[old] as number;
            ids[moved] = oldIds[old] as number;
          }
          slot = slotOf(hash, keys, ids);
        }
        keys[slot] = hash;
        ids[slot] = size;
        size += 1;
      }
      out[k] = ids[slot] as number;
    }
    for (let p = 0; p + 1 < offsets.length; p += 1) out.subarray(offsets[p], offsets[p + 1]).sort();
  }
}

/**
 * The most anchors a paragraph keeps. Two neighbouring paragraphs are told apart by far fewer; a
 * million paragraphs' anchors are what the aligner holds in memory (four bytes each).
 */
const MAX_ANCHORS = 16;

/** Hashes sorted, each once. */
function sortedUnique(hashes: Int32Array): Int32Array {
  const sorted = hashes.sort();
  let k = 0;
  for (let i = 0; i < sorted.length; i += 1) if (i === 0 || sorted[i] !== sorted[k - 1]) sorted[k++] = sorted[i] as number;
  return sorted.subarray(0, k);
}

/**
 * A paragraph's anchors as the aligner compares them: sorted, each once. A paragraph with more
 * than MAX_ANCHORS keeps its numbers and names first, then cognates; within each kind the ones
 * with the smallest hashes (a bottom-k sketch, as MinHash keeps): the same rule on both sides, so
 * an anchor both paragraphs have is kept by both or by neither, and what they share still measures
 * how alike they are.
 */
export function anchorIdsOf(text: string): AnchorIds {
  const anchors = [...anchorsOf(text)];
  if (anchors.length <= MAX_ANCHORS) return sortedUnique(Int32Array.from(anchors, (anchor) => murmur32(anchor)));
  const strong = sortedUnique(
    Int32Array.from(
      anchors.filter((anchor) => !anchor.startsWith('~')),
      (anchor) => murmur32(anchor),
    ),
  );
  const cognates = sortedUnique(
    Int32Array.from(
      anchors.filter((anchor) => anchor.startsWith('~')),
      (anchor) => murmur32(anchor),
    ),
  );
  const kept = new Int32Array(MAX_ANCHORS);
  const strongKept = Math.min(strong.length, MAX_ANCHORS);
  kept.set(strong.subarray(0, strongKept));
  kept.set(cognates.subarray(0, MAX_ANCHORS - strongKept), strongKept);
  return sortedUnique(kept.subarray(0, strongKept + Math.min(cognates.length, MAX_ANCHORS - strongKept)));
}

/** How many ids a[x..xEnd] and b[y..yEnd] (sorted runs) have in common. */
function sharedCount(a: Int32Array, x: number, xEnd: number, b: Int32Array, y: number, yEnd: number): number {
  let shared = 0;
  while (x < xEnd && y < yEnd) {
    const u = a[x] as number;
    const v = b[y] as number;
    if (u === v) {
      shared += 1;
      x += 1;
      y += 1;
    } else if (u < v) x += 1;
    else y += 1;
  }
  return shared;
}

/** The union of sorted runs a[x..xEnd] and b[y..yEnd], written sorted into out from k: where it ends. */
function mergeInto(a: Int32Array, x: number, xEnd: number, b: Int32Array, y: number, yEnd: number, out: Int32Array, k: number): number {
  while (x < xEnd || y < yEnd) {
    if (y >= yEnd || (x < xEnd && (a[x] as number) <= (b[y] as number))) {
      const u = a[x] as number;
      out[k++] = u;
      x += 1;
      if (y < yEnd && b[y] === u) y += 1;
    } else {
      out[k++] = b[y] as number;
      y += 1;
    }
  }
  return k;
}

/** A table whose entry k is the union of paragraphs first(k) and last(k) of `table` (the same, or next to each other). */
function unions(table: AnchorTable, count: number, first: (k: number) => number, last: (k: number) => number): AnchorTable {
  const { values, offsets } = table;
  let bound = 0;
  for (let k = 0; k < count; k += 1) bound += (offsets[last(k) + 1] as number) - (offsets[first(k)] as number);
  const out = new Int32Array(bound);
  const outOffsets = new Int32Array(count + 1);
  let at = 0;
  for (let k = 0; k < count; k += 1) {
    const a = first(k);
    const b = last(k);
    const second = b === a ? (offsets[a + 1] as number) : (offsets[b] as number);
    at = mergeInto(values, offsets[a] as number, offsets[a + 1] as number, values, second, offsets[b + 1] as number, out, at);
    outOffsets[k + 1] = at;
  }
  return { values: out, offsets: outOffsets };
}

/**
 * A merge or split is only plausible when each of the doubled side's paragraphs shares something
 * with the other side; a part sharing nothing is more likely an addition (or an omission). Takes
 * how many anchors each part shares with the whole, and the whole's anchor count.
 */
function partPenalty(firstShared: number, secondShared: number, wholeCount: number): number {
  const a = firstShared > 0;
  const b = secondShared > 0;
  // one part shares and the other does not; or a rich paragraph shares with neither part
  return a !== b || (!a && wholeCount >= 3) ? 3 : 0;
}

/** -log of the two-tailed normal probability of a deviation this large (Abramowitz-Stegun). */
function lengthCost(sourceLength: number, targetLength: number, ratio: number): number {
  if (sourceLength === 0 && targetLength === 0) return 0;
  const mean = (sourceLength + targetLength / ratio) / 2;
  const z = Math.abs((targetLength - sourceLength * ratio) / Math.sqrt(VARIANCE * Math.max(mean, 1)));
  const t = 1 / (1 + 0.2316419 * z);
  const tail = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const p = 2 * (1 - (1 - (Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI)) * tail));
  return -Math.log(Math.max(p, 1e-12));
}

/** The anchors' word on a pairing, from how many they share and how many each side has. */
function anchorCost(shared: number, sourceCount: number, targetCount: number): number {
  if (sourceCount === 0 || targetCount === 0) return 0;
  const jaccard = shared / (sourceCount + targetCount - shared);
  // shared anchors are strong evidence; two anchor-rich paragraphs sharing none are suspicious
  return jaccard > 0 ? -ANCHOR_WEIGHT * jaccard : Math.min(sourceCount, targetCount) >= 2 ? ANCHOR_WEIGHT / 2 : 0;
}

/** One side of the alignment as the dynamic programme sees it: paragraph lengths and anchors. */
interface Side {
  lengths: Float64Array;
  anchors: AnchorTable;
}

/** The band of cells the programme computes: target positions low[i]..high[i] for each source position i. */
interface Band {
  low: Int32Array;
  high: Int32Array;
}

/** Cells a band may hold before the alignment goes coarse first: memory grows with the texts. */
const MIN_CELLS = 2_000_000;
const CELLS_PER_PARAGRAPH = 100;
const SLACK = 30;

function cellsOf(band: Band): number {
  let cells = 0;
  for (let i = 0; i < band.low.length; i += 1) cells += (band.high[i] as number) - (band.low[i] as number) + 1;
  return cells;
}

/**
 * The band of Gale and Church: cells near the line from (0, 0) to (n, m), wide enough for every
 * paragraph one side has in excess plus slack. Each row reaches the next row's start, so a path
 * always exists.
 */
function diagonalBand(n: number, m: number): Band {
  const width = SLACK + Math.abs(n - m);
  const low = new Int32Array(n + 1);
  const high = new Int32Array(n + 1);
  for (let i = 0; i <= n; i += 1) {
    const here = n === 0 ? 0 : (i * m) / n;
    const next = n === 0 || i === n ? m : ((i + 1) * m) / n;
    low[i] = Math.max(0, Math.floor(here) - width);
    high[i] = Math.min(m, Math.ceil(next) + width);
  }
  return { low, high };
}

/** Two consecutive paragraphs as one: the coarse side of a side twice as long. */
function coarsen(side: Side): Side {
  const total = side.lengths.length;
  const count = Math.ceil(total / 2);
  const lengths = new Float64Array(count);
  for (let k = 0; k < count; k += 1) lengths[k] = (side.lengths[2 * k] as number) + (side.lengths[2 * k + 1] ?? 0);
  return {
    lengths,
    anchors: unions(
      side.anchors,
      count,
      (k) => 2 * k,
      (k) => Math.min(total - 1, 2 * k + 1),
    ),
  };
}

/**
 * The band at twice the resolution of a coarse alignment: every fine cell the coarse path passes
 * through, widened by the slack, so the fine programme can move each boundary by up to that many
 * paragraphs (the coarse-to-fine scheme of FastDTW).
 */
function projectedBand(coarse: readonly AlignedGroup[], n: number, m: number): Band {
  const low = new Int32Array(n + 1).fill(m);
  const high = new Int32Array(n + 1).fill(0);
  let ci = 0;
  let cj = 0;
  const cover = (fromI: number, toI: number, fromJ: number, toJ: number) => {
    const rowFrom = Math.max(0, Math.min(n, fromI) - 1);
    const rowTo = Math.min(n, toI + 1);
    const colFrom = Math.max(0, Math.min(m, fromJ) - SLACK);
    const colTo = Math.min(m, toJ + SLACK);
    for (let i = rowFrom; i <= rowTo; i += 1) {
      if (colFrom < (low[i] as number)) low[i] = colFrom;
      if (colTo > (high[i] as number)) high[i] = colTo;
    }
  };
  cover(0, 0, 0, 0);
  for (const group of coarse) {
    const ni = ci + group.source.length;
    const nj = cj + group.target.length;
    cover(2 * ci, 2 * ni, 2 * cj, 2 * nj);
    ci = ni;
    cj = nj;
  }
  cover(n, n, m, m);
  return { low, high };
}

/** Rows between looks at whether the start of the path is settled. */
const SETTLE_ROWS = 2000;
/** Rows of back pointers per block (see solveSteps). */
const BACK_BLOCK_ROWS = 1024;
/** Rows between pauses (where the caller may do other work: a few milliseconds' worth). */
const PAUSE_ROWS = 250;
/** How far back a look traces the paths to see where they meet. */
const SETTLE_WINDOW = 8000;
/** Groups handed over at a time. */
const HAND_OVER = 4096;

/**
 * The dynamic programme over one band: the cheapest sequence of moves from (0, 0) to (n, m). As
 * a generator it pauses every PAUSE_ROWS rows; with `onSettled`, every SETTLE_ROWS rows it hands
 * over the groups that are settled already: where the paths back from every cell of the last two rows have met,
 * whatever comes later passes through that cell, so the alignment up to it is final.
 */
function* solveSteps(
  source: Side,
  target: Side,
  ratio: number,
  { low, high }: Band,
  onSettled?: (groups: AlignedGroup[]) => void,
): Generator<void, AlignedGroup[], void> {
  const n = source.lengths.length;
  const m = target.lengths.length;
  // each paragraph's anchors, and those of two consecutive paragraphs (for merges and splits)
  const { values: sourceIds, offsets: sourceAt } = source.anchors;
  const { values: targetIds, offsets: targetAt } = target.anchors;
  // (a source pair is needed once per row: merged there, into this)
  let sourcePairIds = new Int32Array(64);
  // target paragraphs j - 2 and j - 1 together, for the targets a block of rows reaches (worked
  // out a block at a time: for a whole long text they would take as much as its anchors)
  let targetPairIds: Int32Array = new Int32Array(0);
  let targetPairAt: Int32Array = new Int32Array(0);
  let targetPairFrom = 0;
  const pairsFor = (i: number) => {
    const last = Math.min(n, i + BACK_BLOCK_ROWS - 1);
    let from = Infinity;
    let to = -1;
    for (let r = i; r <= last; r += 1) {
      from = Math.min(from, low[r] as number);
      to = Math.max(to, high[r] as number);
    }
    // entry j - 1 for every j of these rows (paragraphs j - 2 and j - 1)
    targetPairFrom = Math.max(0, from - 1);
    const count = Math.max(0, Math.min(m - 1, to - 1) - targetPairFrom + 1);
    ({ values: targetPairIds, offsets: targetPairAt } = unions(
      target.anchors,
      count,
      (k) => Math.max(0, targetPairFrom + k - 1),
      (k) => targetPairFrom + k,
    ));
  };
  // back pointers for every cell of the band, row after row, in blocks of rows (a block the
  // settled path has passed is let go: a long text's pointers would take hundreds of megabytes),
  // two to a byte (the move's index + 1 in four bits; 0: none); costs only for the last three rows
  const rowStart = new Int32Array(n + 2);
  let widest = 0;
  for (let i = 0; i <= n; i += 1) {
    const width = (high[i] as number) - (low[i] as number) + 1;
    rowStart[i + 1] = (rowStart[i] as number) + width;
    widest = Math.max(widest, width);
  }
  const blocks: Array<Uint8Array | undefined> = [];
  const blockOf = (i: number): Uint8Array => {
    const b = Math.floor(i / BACK_BLOCK_ROWS);
    let block = blocks[b];
    if (!block) {
      const first = b * BACK_BLOCK_ROWS;
      const last = Math.min(n, first + BACK_BLOCK_ROWS - 1);
      block = new Uint8Array(((rowStart[last + 1] as number) - (rowStart[first] as number) + 1) >> 1);
      blocks[b] = block;
    }
    return block;
  };
  /** Where row i's pointers start in its block. */
  const blockStart = (i: number) => (rowStart[i] as number) - (rowStart[Math.floor(i / BACK_BLOCK_ROWS) * BACK_BLOCK_ROWS] as number);
  const rows = [new Float64Array(widest), new Float64Array(widest), new Float64Array(widest)];
  // anchors shared by source paragraph i - 1 and target paragraph j - 1, for this row and the one
  // above: a merge or split asks about the same pairs as its neighbours' one-to-one moves
  let shared = new Int32Array(widest);
  let sharedAbove = new Int32Array(widest);
  // (source paragraph i - 1 and target paragraph j - 1; i, j >= 1)
  const one = (i: number, j: number) =>
    sharedCount(sourceIds, sourceAt[i - 1] as number, sourceAt[i] as number, targetIds, targetAt[j - 1] as number, targetAt[j] as number);
  // prefix sums: the length of any run of paragraphs in O(1)
  const prefixSums = (lengths: Float64Array) => {
    const sums = new Float64Array(lengths.length + 1);
    for (let k = 0; k < lengths.length; k += 1) sums[k + 1] = (sums[k] as number) + (lengths[k] as number);
    return sums;
  };
  const sourceSums = prefixSums(source.lengths);
  const targetSums = prefixSums(target.lengths);
  // where the settled part of the path ends so far
  let settledI = 0;
  let settledJ = 0;
  for (let i = 0; i <= n; i += 1) {
    const from = low[i] as number;
    const to = high[i] as number;
    const row = rows[i % 3] as Float64Array;
    if (i % BACK_BLOCK_ROWS === 0) pairsFor(i);
    const back = blockOf(i);
    const start = blockStart(i);
    // the two rows above, read directly in the inner loop
    const row1 = rows[(i + 2) % 3] as Float64Array;
    const from1 = i >= 1 ? (low[i - 1] as number) : 1;
    const to1 = i >= 1 ? (high[i - 1] as number) : 0;
    const row2 = rows[(i + 1) % 3] as Float64Array;
    const from2 = i >= 2 ? (low[i - 2] as number) : 1;
    const to2 = i >= 2 ? (high[i - 2] as number) : 0;
    [shared, sharedAbove] = [sharedAbove, shared];
    // what the moves ending in row i need of the source side, once per row
    const sourceOneFrom = i >= 1 ? (sourceAt[i - 1] as number) : 0;
    const sourceOneTo = i >= 1 ? (sourceAt[i] as number) : 0;
    // source paragraphs i - 2 and i - 1 together: sourcePairIds[0..sourceTwoTo]
    let sourceTwoTo = 0;
    if (i >= 2) {
      const twoFrom = sourceAt[i - 2] as number;
      if (sourceOneTo - twoFrom > sourcePairIds.length) sourcePairIds = new Int32Array(2 * (sourceOneTo - twoFrom));
      sourceTwoTo = mergeInto(sourceIds, twoFrom, sourceOneFrom, sourceIds, sourceOneFrom, sourceOneTo, sourcePairIds, 0);
    }
    const ls1 = i >= 1 ? (sourceSums[i] as number) - (sourceSums[i - 1] as number) : 0;
    const ls2 = i >= 2 ? (sourceSums[i] as number) - (sourceSums[i - 2] as number) : 0;
    const dropSource = (MOVE_COST[1] as number) + Math.log1p(ls1 / 200);
    for (let j = from; j <= to; j += 1) {
      if (i === 0 && j === 0) {
        row[0] = 0;
        continue;
      }
      const here = i > 0 && j > 0 ? one(i, j) : 0;
      shared[j - from] = here;
      const targetOneFrom = j >= 1 ? (targetAt[j - 1] as number) : 0;
      const targetOneTo = j >= 1 ? (targetAt[j] as number) : 0;
      const lt1 = j >= 1 ? (targetSums[j] as number) - (targetSums[j - 1] as number) : 0;
      let best = Infinity;
      let bestMove = -1;
      // the moves in MOVES order, each only when the cell it comes from is in the band; a move
      // whose cost cannot beat the best so far (anchors take off at most ANCHOR_WEIGHT) is skipped
      // 1-1
      if (i >= 1 && j >= 1 && j - 1 >= from1 && j - 1 <= to1) {
        const previous = row1[j - 1 - from1] as number;
        if (previous !== Infinity) {
          best =
            previous +
            (MOVE_COST[0] as number) +
            lengthCost(ls1, lt1, ratio) +
            anchorCost(here, sourceOneTo - sourceOneFrom, targetOneTo - targetOneFrom);
          bestMove = 0;
        }
      }
      // 1-0: a source paragraph with no counterpart
      if (i >= 1 && j >= from1 && j <= to1) {
        const cost = (row1[j - from1] as number) + dropSource;
        if (cost < best) {
          best = cost;
          bestMove = 1;
        }
      }
      // 0-1: a target paragraph with no counterpart
      if (j >= 1 && j - 1 >= from) {
        const cost = (row[j - 1 - from] as number) + (MOVE_COST[2] as number) + Math.log1p(lt1 / ratio / 200);
        if (cost < best) {
          best = cost;
          bestMove = 2;
        }
      }
      // 2-1: two source paragraphs merged into one
      if (i >= 2 && j >= 1 && j - 1 >= from2 && j - 1 <= to2) {
        const previous = (row2[j - 1 - from2] as number) + (MOVE_COST[3] as number);
        if (previous - ANCHOR_WEIGHT < best) {
          // source i - 2 with target j - 1: the one-to-one question of the cell above
          const above = j >= from1 && j <= to1 ? (sharedAbove[j - from1] as number) : one(i - 1, j);
          const cost =
            previous +
            lengthCost(ls2, lt1, ratio) +
            anchorCost(
              sharedCount(sourcePairIds, 0, sourceTwoTo, targetIds, targetOneFrom, targetOneTo),
              sourceTwoTo,
              targetOneTo - targetOneFrom,
            ) +
            partPenalty(above, here, targetOneTo - targetOneFrom);
          if (cost < best) {
            best = cost;
            bestMove = 3;
          }
        }
      }
      // 1-2: one source paragraph split in two
      if (i >= 1 && j >= 2 && j - 2 >= from1 && j - 2 <= to1) {
        const previous = (row1[j - 2 - from1] as number) + (MOVE_COST[4] as number);
        if (previous - ANCHOR_WEIGHT < best) {
          const targetTwoFrom = targetPairAt[j - 1 - targetPairFrom] as number;
          const targetTwoTo = targetPairAt[j - targetPairFrom] as number;
          const lt2 = (targetSums[j] as number) - (targetSums[j - 2] as number);
          // source i - 1 with target j - 2: the one-to-one question of the cell to the left
          const left = j - 1 >= from ? (shared[j - 1 - from] as number) : one(i, j - 1);
          const cost =
            previous +
            lengthCost(ls1, lt2, ratio) +
            anchorCost(
              sharedCount(sourceIds, sourceOneFrom, sourceOneTo, targetPairIds, targetTwoFrom, targetTwoTo),
              sourceOneTo - sourceOneFrom,
              targetTwoTo - targetTwoFrom,
            ) +
            partPenalty(left, here, sourceOneTo - sourceOneFrom);
          if (cost < best) {
            best = cost;
            bestMove = 4;
          }
        }
      }
      row[j - from] = best;
      const cell = start + j - from;
      back[cell >> 1] = (back[cell >> 1] as number) | ((bestMove + 1) << ((cell & 1) << 2));
    }
    if (i > 0 && i % PAUSE_ROWS === 0 && i < n) {
      if (onSettled && i % SETTLE_ROWS === 0) settle(i);
      yield;
    }
  }

  /** The move that reached a cell (-1: none, or outside the band). */
  function moveAt(i: number, j: number): number {
    if (j < (low[i] as number) || j > (high[i] as number)) return -1;
    const block = blocks[Math.floor(i / BACK_BLOCK_ROWS)];
    if (!block) throw new Error(`alignment: row ${i} was let go before it was settled`);
    const cell = blockStart(i) + j - (low[i] as number);
    return (((block[cell >> 1] as number) >> ((cell & 1) << 2)) & 15) - 1;
  }

  /**
   * The moves from cell (fromI, fromJ) to (toI, toJ), first to last: a byte each (a path that
   * never settled early is a million moves long, and as group objects it took 100 MB).
   */
  function movesBetween(toI: number, toJ: number, fromI: number, fromJ: number): Int8Array {
    const moves = new Int8Array(toI - fromI + (toJ - fromJ));
    let k = moves.length;
    let i = toI;
    let j = toJ;
    while (i > fromI || j > fromJ) {
      const index = moveAt(i, j);
      if (index < 0) throw new Error(`alignment failed at ${i}:${j}`);
      moves[--k] = index;
      i -= MOVE_DI[index] as number;
      j -= MOVE_DJ[index] as number;
    }
    return moves.subarray(k);
  }

  /** The groups of moves[first..last), the first of which leaves cell `at` (moved along to where the last arrives). */
  function groupsOf(moves: Int8Array, first: number, last: number, at: { i: number; j: number }): AlignedGroup[] {
    const groups: AlignedGroup[] = [];
    for (let k = first; k < last; k += 1) {
      const di = MOVE_DI[moves[k] as number] as number;
      const dj = MOVE_DJ[moves[k] as number] as number;
      const { i, j } = at;
      groups.push({ source: Array.from({ length: di }, (_, d) => i + d), target: Array.from({ length: dj }, (_, d) => j + d) });
      at.i += di;
      at.j += dj;
    }
    return groups;
  }

  /** The groups of `moves` (leaving cell `at`), handed over a chunk at a time. */
  function handOver(moves: Int8Array, at: { i: number; j: number }, hand: (groups: AlignedGroup[]) => void): void {
    for (let first = 0; first < moves.length; first += HAND_OVER)
      hand(groupsOf(moves, first, Math.min(moves.length, first + HAND_OVER), at));
  }

  function settle(i: number): void {
    const key = (ci: number, cj: number) => ci * (m + 1) + cj;
    const limit = Math.max(settledI, i - SETTLE_WINDOW);
    // every reachable cell of the last two rows: any path going further leaves from one of them
    const starts: Array<[number, number]> = [];
    for (const r of [i, i - 1]) for (let j = low[r] as number; j <= (high[r] as number); j += 1) if (moveAt(r, j) >= 0) starts.push([r, j]);
    const first = starts[0];
    if (!first) return;
    // the first path back, cell by cell
    const path: number[] = [];
    const where = new Map<number, number>();
    let [ci, cj] = first;
    for (;;) {
      where.set(key(ci, cj), path.length);
      path.push(key(ci, cj));
      if (ci < limit || (ci === settledI && cj === settledJ)) break;
      const index = moveAt(ci, cj);
      if (index < 0) return;
      ci -= MOVE_DI[index] as number;
      cj -= MOVE_DJ[index] as number;
    }
    // every other path back joins it somewhere; the latest cell on all of them is the one
    // furthest back among the places they join
    let meet = 0;
    for (const [si, sj] of starts) {
      let ti = si;
      let tj = sj;
      for (;;) {
        const at = where.get(key(ti, tj));
        if (at !== undefined) {
          meet = Math.max(meet, at);
          break;
        }
        if (ti < limit) return; // not joined within the window: nothing settled yet
        const index = moveAt(ti, tj);
        if (index < 0) return;
        ti -= MOVE_DI[index] as number;
        tj -= MOVE_DJ[index] as number;
      }
    }
    const cell = path[meet] as number;
    const mi = Math.floor(cell / (m + 1));
    const mj = cell - mi * (m + 1);
    if (mi < settledI || (mi === settledI && mj <= settledJ)) return;
    const moves = movesBetween(mi, mj, settledI, settledJ);
    const at = { i: settledI, j: settledJ };
    settledI = mi;
    settledJ = mj;
    // no path back goes below the settled cell again: the blocks wholly before it go
    for (let b = 0; (b + 1) * BACK_BLOCK_ROWS <= settledI; b += 1) blocks[b] = undefined;
    if (onSettled) handOver(moves, at, onSettled);
  }

  const rest = movesBetween(n, m, settledI, settledJ);
  // the pointers are read: let them go before the groups are made (a path that never settled
  // early keeps every row's, tens of megabytes for a long text)
  blocks.length = 0;
  const at = { i: settledI, j: settledJ };
  if (onSettled) {
    handOver(rest, at, onSettled);
    return [];
  }
  return groupsOf(rest, 0, rest.length, at);
}

/** Lets the event loop run (at once where there is setImmediate, as in Node; else after a timer). */
const nextTurn = (resolve: () => void) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0));

/** The programme run to its end on this thread. */
function solve(source: Side, target: Side, ratio: number, band: Band): AlignedGroup[] {
  const steps = solveSteps(source, target, ratio, band);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** What an alignment cost: the most cells computed in one pass, and how many passes went coarse. */
export interface AlignStats {
  cells: number;
  levels: number;
}

/**
 * Aligns at full resolution when the band fits the budget; otherwise aligns the texts with
 * consecutive paragraphs paired up first (recursively), then refines around that path.
 */
function bandFor(source: Side, target: Side, ratio: number, budget: number, stats: AlignStats, level: number): Band {
  const n = source.lengths.length;
  const m = target.lengths.length;
  let band = diagonalBand(n, m);
  if (cellsOf(band) > budget && (n > 1 || m > 1)) {
    const coarse = alignSides(coarsen(source), coarsen(target), ratio, budget, stats, level + 1);
    band = projectedBand(coarse, n, m);
  }
  stats.cells = Math.max(stats.cells, cellsOf(band));
  stats.levels = Math.max(stats.levels, level);
  return band;
}

function alignSides(source: Side, target: Side, ratio: number, budget: number, stats: AlignStats, level: number): AlignedGroup[] {
  return solve(source, target, ratio, bandFor(source, target, ratio, budget, stats, level));
}

interface Prepared {
  source: Side;
  target: Side;
  ratio: number;
  budget: number;
}

/** What the aligner needs of a side: each paragraph's length (UTF-16 code units) and anchors. */
export interface SideMeasures {
  lengths: Float64Array;
  /** Each paragraph's anchorIdsOf, as one table (the alignment renumbers it in place). */
  anchors: AnchorTable;
}

function prepare(source: SideMeasures, target: SideMeasures): Prepared {
  const n = source.lengths.length;
  const m = target.lengths.length;
  const totalSource = source.lengths.reduce((a, b) => a + b, 0);
  const totalTarget = target.lengths.reduce((a, b) => a + b, 0);
  const ratio = totalSource > 0 && totalTarget > 0 ? totalTarget / totalSource : 1;
  const budget = Math.max(MIN_CELLS, CELLS_PER_PARAGRAPH * (n + m + 1));
  densely([source.anchors, target.anchors]);
  return { source, target, ratio, budget };
}

function measure(texts: readonly string[], anchors: readonly Int32Array[] | undefined): SideMeasures {
  return { lengths: Float64Array.from(texts, alignedLength), anchors: anchorTable(anchors ?? texts.map(anchorIdsOf)) };
}

/**
 * A paragraph's length as the alignment weighs it, in about the letters an English text would
 * take: its characters, but none for its digits 0–9, which a translation copies as they are
 * whatever the ratio of the two languages' lengths, and three for a Chinese or Japanese character
 * (two for kana and Hangul), which say about as much as three English letters. So what a Chinese
 * paragraph copies (figures, an e-mail address, a product's name) weighs what it weighs in its
 * English counterpart: scaled by the whole text's ratio as if it were Chinese, a paragraph of
 * dates and amounts ("自2027年6月1日起至2028年5月31日止") or one with an address looked far too long
 * for its English paragraph and was left unpaired.
 */
export function alignedLength(text: string): number {
  let length = 0;
  for (let k = 0; k < text.length; k += 1) {
    const code = text.charCodeAt(k);
    if (code < 0x3040) length += code >= 48 && code <= 57 ? 0 : 1;
    else if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)) length += 3;
    else if (code <= 0x30ff || (code >= 0xac00 && code <= 0xd7af)) length += 2;
    else length += 1;
  }
  return length;
}

/**
 * Aligns paragraphs; the groups cover every paragraph of both sides exactly once, in order.
 * `anchors`: each paragraph's anchors (anchorIdsOf), when worked out already (in parallel, say).
 */
export function alignParagraphs(
  source: readonly string[],
  target: readonly string[],
  stats: AlignStats = { cells: 0, levels: 0 },
  anchors?: { source: readonly Int32Array[]; target: readonly Int32Array[] },
): AlignedGroup[] {
  const prepared = prepare(measure(source, anchors?.source), measure(target, anchors?.target));
  return alignSides(prepared.source, prepared.target, prepared.ratio, prepared.budget, stats, 0);
}

/**
 * The same alignment from the paragraphs' measures alone (the texts may be elsewhere: on disk, in
 * a buffer other threads read), handed over in order as its groups become final (long before the
 * end on a long text), pausing now and then so that this thread can do other work meanwhile (send
 * the settled part to be checked, say). The groups handed over are exactly alignParagraphs's.
 */
export async function alignMeasuresInSteps(
  source: SideMeasures,
  target: SideMeasures,
  onSettled: (groups: AlignedGroup[]) => void,
  stats: AlignStats = { cells: 0, levels: 0 },
): Promise<void> {
  const prepared = prepare(source, target);
  const band = bandFor(prepared.source, prepared.target, prepared.ratio, prepared.budget, stats, 0);
  const steps = solveSteps(prepared.source, prepared.target, prepared.ratio, band, onSettled);
  while (!steps.next().done) await new Promise<void>(nextTurn);
}

/** alignMeasuresInSteps on paragraphs in hand. */
export async function alignParagraphsInSteps(
  source: readonly string[],
  target: readonly string[],
  onSettled: (groups: AlignedGroup[]) => void,
  anchors?: { source: readonly Int32Array[]; target: readonly Int32Array[] },
  stats: AlignStats = { cells: 0, levels: 0 },
): Promise<void> {
  await alignMeasuresInSteps(measure(source, anchors?.source), measure(target, anchors?.target), onSettled, stats);
}

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
const MOVE_COUNT = MOVES.length;
const MOVE_DI = Int8Array.from(MOVES.map(({ move }) => move[0]));
const MOVE_DJ = Int8Array.from(MOVES.map(({ move }) => move[1]));
const MOVE_COST = Float64Array.from(MOVES.map(({ prior }) => -Math.log(prior)));

/** Variance of the length ratio per character (Gale and Church measured 6.8). */
const VARIANCE = 6.8;
const ANCHOR_WEIGHT = 4;

/**
 * What a translation tends to carry over: numbers, names, and cognates (long words sharing their
 * first four letters, as "strategic" and "strategis" do; Simard, Foster and Isabelle 1992).
 */
export function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  for (const token of tokenize(text)) {
    if (token.kind !== 'word') continue;
    const lower = token.text.toLowerCase();
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

/** Anchors as sorted integer ids: intersections become a merge of two arrays, with no hashing. */
type AnchorIds = Int32Array;

function toIds(sets: ReadonlyArray<ReadonlySet<string>>): AnchorIds[] {
  const ids = new Map<string, number>();
  return sets.map((set) =>
    Int32Array.from([...set].map((anchor) => {
      let id = ids.get(anchor);
      if (id === undefined) {
        id = ids.size;
        ids.set(anchor, id);
      }
      return id;
    })).sort(),
  );
}

function sharedCount(a: AnchorIds, b: AnchorIds): number {
  let shared = 0;
  let x = 0;
  let y = 0;
  while (x < a.length && y < b.length) {
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

function mergeIds(a: AnchorIds, b: AnchorIds): AnchorIds {
  return Int32Array.from(new Set([...a, ...b])).sort();
}

/**
 * A merge or split is only plausible when each of the doubled side's paragraphs shares something
 * with the other side; a part sharing nothing is more likely an addition (or an omission).
 */
function partPenalty(first: AnchorIds, second: AnchorIds, whole: AnchorIds): number {
  const a = sharedCount(first, whole) > 0;
  const b = sharedCount(second, whole) > 0;
  // one part shares and the other does not; or a rich paragraph shares with neither part
  return a !== b || (!a && whole.length >= 3) ? 3 : 0;
}

/** -log of the two-tailed normal probability of a deviation this large (Abramowitz-Stegun). */
function lengthCost(sourceLength: number, targetLength: number, ratio: number): number {
  if (sourceLength === 0 && targetLength === 0) return 0;
  const mean = (sourceLength + targetLength / ratio) / 2;
  const z = Math.abs((targetLength - sourceLength * ratio) / Math.sqrt(VARIANCE * Math.max(mean, 1)));
  const t = 1 / (1 + 0.2316419 * z);
  const tail = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const p = 2 * (1 - (1 - Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI) * tail));
  return -Math.log(Math.max(p, 1e-12));
}

function anchorCost(source: AnchorIds, target: AnchorIds): number {
  if (source.length === 0 || target.length === 0) return 0;
  const shared = sharedCount(source, target);
  const jaccard = shared / (source.length + target.length - shared);
  // shared anchors are strong evidence; two anchor-rich paragraphs sharing none are suspicious
  return jaccard > 0 ? -ANCHOR_WEIGHT * jaccard : Math.min(source.length, target.length) >= 2 ? ANCHOR_WEIGHT / 2 : 0;
}

/** One side of the alignment as the dynamic programme sees it: paragraph lengths and anchors. */
interface Side {
  lengths: Float64Array;
  anchors: AnchorIds[];
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
  const count = Math.ceil(side.lengths.length / 2);
  const lengths = new Float64Array(count);
  const anchors: AnchorIds[] = [];
  for (let k = 0; k < count; k += 1) {
    const first = side.anchors[2 * k] as AnchorIds;
    const second = side.anchors[2 * k + 1];
    lengths[k] = (side.lengths[2 * k] as number) + (side.lengths[2 * k + 1] ?? 0);
    anchors.push(second ? mergeIds(first, second) : first);
  }
  return { lengths, anchors };
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

/** The dynamic programme over one band: the cheapest sequence of moves from (0, 0) to (n, m). */
function solve(source: Side, target: Side, ratio: number, { low, high }: Band): AlignedGroup[] {
  const n = source.lengths.length;
  const m = target.lengths.length;
  const none = new Int32Array(0);
  // anchors of two consecutive paragraphs (for merges and splits), computed once per position
  const pairs = (ids: AnchorIds[]) => ids.map((set, k) => (k === 0 ? set : mergeIds(ids[k - 1] as AnchorIds, set)));
  const sourcePairs = pairs(source.anchors);
  const targetPairs = pairs(target.anchors);
  // back pointers for every cell of the band, row after row; costs only for the last three rows
  const rowStart = new Int32Array(n + 2);
  let widest = 0;
  for (let i = 0; i <= n; i += 1) {
    const width = (high[i] as number) - (low[i] as number) + 1;
    rowStart[i + 1] = (rowStart[i] as number) + width;
    widest = Math.max(widest, width);
  }
  const back = new Int8Array(rowStart[n + 1] as number).fill(-1);
  const rows = [new Float64Array(widest), new Float64Array(widest), new Float64Array(widest)];
  // prefix sums: the length of any run of paragraphs in O(1)
  const prefixSums = (lengths: Float64Array) => {
    const sums = new Float64Array(lengths.length + 1);
    for (let k = 0; k < lengths.length; k += 1) sums[k + 1] = (sums[k] as number) + (lengths[k] as number);
    return sums;
  };
  const sourceSums = prefixSums(source.lengths);
  const targetSums = prefixSums(target.lengths);
  for (let i = 0; i <= n; i += 1) {
    const from = low[i] as number;
    const to = high[i] as number;
    const row = rows[i % 3] as Float64Array;
    const start = rowStart[i] as number;
    // the two rows above, read directly in the inner loop
    const row1 = rows[(i + 2) % 3] as Float64Array;
    const from1 = i >= 1 ? (low[i - 1] as number) : 1;
    const to1 = i >= 1 ? (high[i - 1] as number) : 0;
    const row2 = rows[(i + 1) % 3] as Float64Array;
    const from2 = i >= 2 ? (low[i - 2] as number) : 1;
    const to2 = i >= 2 ? (high[i - 2] as number) : 0;
    for (let j = from; j <= to; j += 1) {
      if (i === 0 && j === 0) {
        row[0] = 0;
        continue;
      }
      let best = Infinity;
      let bestMove = -1;
      for (let index = 0; index < MOVE_COUNT; index += 1) {
        const di = MOVE_DI[index] as number;
        const dj = MOVE_DJ[index] as number;
        if (i < di || j < dj) continue;
        const pj = j - dj;
        let previous: number;
        if (di === 0) previous = pj >= from ? (row[pj - from] as number) : Infinity;
        else if (di === 1) previous = pj >= from1 && pj <= to1 ? (row1[pj - from1] as number) : Infinity;
        else previous = pj >= from2 && pj <= to2 ? (row2[pj - from2] as number) : Infinity;
        if (previous === Infinity) continue;
        const ls = (sourceSums[i] as number) - (sourceSums[i - di] as number);
        const lt = (targetSums[j] as number) - (targetSums[j - dj] as number);
        let step = MOVE_COST[index] as number;
        if (di > 0 && dj > 0) {
          step += lengthCost(ls, lt, ratio);
          const anchorsS = di === 1 ? source.anchors[i - 1] : sourcePairs[i - 1];
          const anchorsT = dj === 1 ? target.anchors[j - 1] : targetPairs[j - 1];
          step += anchorCost(anchorsS ?? none, anchorsT ?? none);
          if (di === 2) step += partPenalty(source.anchors[i - 2] ?? none, source.anchors[i - 1] ?? none, anchorsT ?? none);
          if (dj === 2) step += partPenalty(target.anchors[j - 2] ?? none, target.anchors[j - 1] ?? none, anchorsS ?? none);
        } else {
          // a paragraph with no counterpart: its length (in units of a typical paragraph) counts too
          const length = di > 0 ? ls : lt / ratio;
          step += Math.log1p(length / 200);
        }
        if (previous + step < best) {
          best = previous + step;
          bestMove = index;
        }
      }
      row[j - from] = best;
      back[start + j - from] = bestMove;
    }
  }

  const groups: AlignedGroup[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const index = j < (low[i] as number) || j > (high[i] as number) ? -1 : (back[(rowStart[i] as number) + j - (low[i] as number)] as number);
    if (index < 0) throw new Error(`alignment failed at ${i}:${j}`);
    const [di, dj] = (MOVES[index] as { move: Move }).move;
    groups.push({
      source: Array.from({ length: di }, (_, k) => i - di + k),
      target: Array.from({ length: dj }, (_, k) => j - dj + k),
    });
    i -= di;
    j -= dj;
  }
  return groups.reverse();
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
function alignSides(source: Side, target: Side, ratio: number, budget: number, stats: AlignStats, level: number): AlignedGroup[] {
  const n = source.lengths.length;
  const m = target.lengths.length;
  let band = diagonalBand(n, m);
  if (cellsOf(band) > budget && (n > 1 || m > 1)) {
    const coarse = alignSides(coarsen(source), coarsen(target), ratio, budget, stats, level + 1);
    band = projectedBand(coarse, n, m);
  }
  stats.cells = Math.max(stats.cells, cellsOf(band));
  stats.levels = Math.max(stats.levels, level);
  return solve(source, target, ratio, band);
}

/** Aligns paragraphs; the groups cover every paragraph of both sides exactly once, in order. */
export function alignParagraphs(source: readonly string[], target: readonly string[], stats: AlignStats = { cells: 0, levels: 0 }): AlignedGroup[] {
  const n = source.length;
  const m = target.length;
  const sourceLengths = Float64Array.from(source, (p) => p.length);
  const targetLengths = Float64Array.from(target, (p) => p.length);
  const totalSource = sourceLengths.reduce((a, b) => a + b, 0);
  const totalTarget = targetLengths.reduce((a, b) => a + b, 0);
  const ratio = totalSource > 0 && totalTarget > 0 ? totalTarget / totalSource : 1;
  const allIds = toIds([...source.map(anchorsOf), ...target.map(anchorsOf)]);
  const budget = Math.max(MIN_CELLS, CELLS_PER_PARAGRAPH * (n + m + 1));
  return alignSides(
    { lengths: sourceLengths, anchors: allIds.slice(0, n) },
    { lengths: targetLengths, anchors: allIds.slice(n) },
    ratio,
    budget,
    stats,
    0,
  );
}

/**
 * Paragraph alignment of a source text and its translation, never by position alone: a dynamic
 * programme in the manner of Gale and Church (1993) over paragraph lengths, with anchors (numbers
 * and names that a translation keeps) pulling the right paragraphs together. It copes with
 * paragraphs added to the translation (boilerplate), dropped from it, merged (2 -> 1) and split
 * (1 -> 2).
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

/** Aligns paragraphs; the groups cover every paragraph of both sides exactly once, in order. */
export function alignParagraphs(source: readonly string[], target: readonly string[]): AlignedGroup[] {
  const n = source.length;
  const m = target.length;
  const sourceLengths = source.map((p) => p.length);
  const targetLengths = target.map((p) => p.length);
  const totalSource = sourceLengths.reduce((a, b) => a + b, 0);
  const totalTarget = targetLengths.reduce((a, b) => a + b, 0);
  const ratio = totalSource > 0 && totalTarget > 0 ? totalTarget / totalSource : 1;
  const allIds = toIds([...source.map(anchorsOf), ...target.map(anchorsOf)]);
  const sourceAnchors = allIds.slice(0, n);
  const targetAnchors = allIds.slice(n);
  // anchors of two consecutive paragraphs (for merges and splits), computed once per position
  const pairs = (ids: AnchorIds[]) => ids.map((set, k) => (k === 0 ? set : mergeIds(ids[k - 1] as AnchorIds, set)));
  const sourcePairs = pairs(sourceAnchors);
  const targetPairs = pairs(targetAnchors);
  const none = new Int32Array(0);

  // Only cells near the diagonal are computed: a band wide enough for every paragraph the longer
  // side has in excess plus slack, so long documents cost time and memory linear in their length.
  const width = 30 + Math.abs(n - m);
  const lows = Int32Array.from({ length: n + 1 }, (_, i) => Math.max(0, Math.round((i * m) / Math.max(n, 1)) - width));
  const lowJ = (i: number) => lows[i] as number;
  // prefix sums: the length of any run of paragraphs in O(1)
  const prefixSums = (lengths: number[]) => {
    const sums = new Float64Array(lengths.length + 1);
    lengths.forEach((length, k) => (sums[k + 1] = (sums[k] as number) + length));
    return sums;
  };
  const sourceSums = prefixSums(sourceLengths);
  const targetSums = prefixSums(targetLengths);
  const cost = Array.from({ length: n + 1 }, () => new Float64Array(2 * width + 1).fill(Infinity));
  const back = Array.from({ length: n + 1 }, () => new Int8Array(2 * width + 1).fill(-1));
  const getCost = (i: number, j: number) => {
    const k = j - lowJ(i);
    return k < 0 || k > 2 * width ? Infinity : ((cost[i] as Float64Array)[k] as number);
  };
  (cost[0] as Float64Array)[0 - lowJ(0)] = 0;
  for (let i = 0; i <= n; i += 1) {
    const from = lowJ(i);
    const to = Math.min(m, from + 2 * width);
    for (let j = from; j <= to; j += 1) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestMove = -1;
      for (let index = 0; index < MOVE_COUNT; index += 1) {
        const di = MOVE_DI[index] as number;
        const dj = MOVE_DJ[index] as number;
        if (i < di || j < dj) continue;
        const previous = getCost(i - di, j - dj);
        if (previous === Infinity) continue;
        const ls = (sourceSums[i] as number) - (sourceSums[i - di] as number);
        const lt = (targetSums[j] as number) - (targetSums[j - dj] as number);
        let step = MOVE_COST[index] as number;
        if (di > 0 && dj > 0) {
          step += lengthCost(ls, lt, ratio);
          const anchorsS = di === 1 ? sourceAnchors[i - 1] : sourcePairs[i - 1];
          const anchorsT = dj === 1 ? targetAnchors[j - 1] : targetPairs[j - 1];
          step += anchorCost(anchorsS ?? none, anchorsT ?? none);
          if (di === 2) step += partPenalty(sourceAnchors[i - 2] ?? none, sourceAnchors[i - 1] ?? none, anchorsT ?? none);
          if (dj === 2) step += partPenalty(targetAnchors[j - 2] ?? none, targetAnchors[j - 1] ?? none, anchorsS ?? none);
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
      (cost[i] as Float64Array)[j - from] = best;
      (back[i] as Int8Array)[j - from] = bestMove;
    }
  }

  const groups: AlignedGroup[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const index = (back[i] as Int8Array)[j - lowJ(i)] as number;
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

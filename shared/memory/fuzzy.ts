/**
 * How alike two source texts are, as translation memories score a match: by words (tokenized as
 * the word diff tokenizes, so Chinese and Thai are words too), 100 for the same text, less for each
 * word inserted, deleted or replaced, and a point off for a difference of case, spacing or
 * punctuation alone. Pure: the server ranks candidates with it, the client could too.
 */
import { tokenize } from '../text/tokenize';

/** The threshold under which a match is not offered, as the industry's tools default to. */
export const DEFAULT_MATCH_THRESHOLD = 70;

/**
 * The words (and punctuation, unless `wordsOnly`) of a text, folded (width, case), without spaces:
 * what a match is scored on.
 */
export function matchWords(text: string, lang?: string, wordsOnly = false): string[] {
  const { all, words } = matchTokens(text, lang);
  return wordsOnly ? words : all;
}

/** A text's words and punctuation, and its words alone, folded, from one pass of the tokenizer. */
function matchTokens(text: string, lang?: string): { all: string[]; words: string[] } {
  const all: string[] = [];
  const words: string[] = [];
  for (const token of tokenize(text.normalize('NFKC'), lang)) {
    if (token.kind === 'space') continue;
    const folded = token.text.toLowerCase();
    all.push(folded);
    if (token.kind === 'word') words.push(folded);
  }
  return { all, words };
}

/** The fewest words inserted, deleted or replaced to turn `a` into `b` (Levenshtein, two rows). */
export function wordDistance(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    const word = a[i - 1];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] as number) + (word === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}

/**
 * The match score of a memory's source against this source, 0–100: 100 only for the same text;
 * 99 when only case, spacing or punctuation differ; else the share of words that need no edit.
 */
export function matchScore(memorySource: string, source: string, lang?: string): number {
  return matchScorer(source, lang)(memorySource);
}

/**
 * matchScore against one source, its words split once for the many candidates it is scored
 * against. With `min`, a candidate that cannot reach it (told by the numbers of words, before any
 * edit distance is worked out) scores 0.
 */
export function matchScorer(source: string, lang?: string, min = 0): (memorySource: string) => number {
  const b = matchTokens(source, lang);
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((word, k) => word === y[k]);
  return (memorySource) => {
    if (memorySource === source) return 100;
    const a = matchTokens(memorySource, lang);
    const longest = Math.max(a.all.length, b.all.length);
    if (longest === 0) return 0;
    if (same(a.words, b.words)) return 99;
    // every word one text has more than the other is an edit at least
    if (min > 0 && Math.floor((100 * (longest - Math.abs(a.all.length - b.all.length))) / longest) < min) return 0;
    const distance = wordDistance(a.all, b.all);
    if (distance === 0) return 99;
    return Math.max(0, Math.min(98, Math.floor((100 * (longest - distance)) / longest)));
  };
}

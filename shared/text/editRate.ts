/**
 * Edit rate: how much of a text was changed to get another, the way HTER is computed: the
 * word-level edit distance (insertions, deletions and substitutions of tokens) divided by the
 * number of tokens of the longer text. Tokens are words and punctuation marks, as TER tokenizes;
 * whitespace does not count. Unlike TER, a moved phrase counts as deleted and inserted (no shifts).
 */
import { tokenizeWith } from './tokenize';

export interface EditRate {
  /** Token edits (insertions + deletions + substitutions) from the first text to the second. */
  edits: number;
  /** Tokens of the longer text: the denominator. */
  length: number;
  /** edits / length, 0 when both texts are empty. Between 0 and 1. */
  rate: number;
}

const ids = new Map<string, number>();

/** Tokens as small integers (the same text gets the same id in both texts). */
function tokenIds(text: string, lang: string | undefined): Int32Array {
  const tokens = tokenizeWith(text, lang, (token) => token, false);
  const out = new Int32Array(tokens.length);
  tokens.forEach((token, index) => {
    let id = ids.get(token);
    if (id === undefined) {
      // the table is a cache, not a registry: clear it before it grows without bound
      if (ids.size > 200_000) ids.clear();
      id = ids.size + 1;
      ids.set(token, id);
    }
    out[index] = id;
  });
  return out;
}

const none = () => 0;

/** How many tokens a text has (all an unchanged text's rate needs: no ids, no distance). */
function tokenCount(text: string, lang: string | undefined): number {
  return tokenizeWith(text, lang, none, false).length;
}

/** Levenshtein distance over token ids, with one row of memory and the common ends trimmed first. */
function distance(a: Int32Array, b: Int32Array): number {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const n = endA - start;
  const m = endB - start;
  if (n === 0) return m;
  if (m === 0) return n;
  const row = new Int32Array(m + 1);
  for (let j = 0; j <= m; j += 1) row[j] = j;
  for (let i = 1; i <= n; i += 1) {
    let diagonal = row[0] as number;
    row[0] = i;
    const ai = a[start + i - 1];
    for (let j = 1; j <= m; j += 1) {
      const above = row[j] as number;
      const cost = ai === b[start + j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[m] as number;
}

/** The edit rate from `from` to `to` (for post-editing effort: machine translation to final text). */
export function editRate(from: string, to: string, lang?: string): EditRate {
  if (from === to) {
    const length = from === '' ? 0 : tokenCount(from, lang);
    return { edits: 0, length, rate: 0 };
  }
  const a = tokenIds(from, lang);
  const b = tokenIds(to, lang);
  const length = Math.max(a.length, b.length);
  const edits = distance(a, b);
  return { edits, length, rate: length === 0 ? 0 : edits / length };
}

/** The edit rate of a whole document: total edits over total length, so long segments weigh more. */
export function combineEditRates(rates: Iterable<EditRate>): EditRate {
  let edits = 0;
  let length = 0;
  for (const rate of rates) {
    edits += rate.edits;
    length += rate.length;
  }
  return { edits, length, rate: length === 0 ? 0 : edits / length };
}

/**
 * Corrections that teach the checker: when an approved text replaced words of the machine
 * translation, find the source words those MT words rendered and propose a rule "source term →
 * the approved rendering, the MT's rendering forbidden".
 *
 * The replaced words come from the word diff of MT and approved text (short replacements only: a
 * rewritten sentence teaches no term). They are aligned to the source within the aligned sentence
 * pair by anchors (words both texts share: numbers, names, loanwords, cognates; the glossary's
 * terms where given): the source span is the run of unanchored source words whose place, read
 * between the anchors on either side, best matches the replaced words' place, with a pull toward a
 * span next to the anchor the replaced words stand next to (noun and modifier swap places between
 * languages). An MT word left untranslated and replaced is aligned to itself. Nothing here knows a
 * language's words: function words are recognised only as short lower-case words.
 */
import { diffWords } from '../text/diff';
import { tokenize } from '../text/tokenize';
import { editDistance } from './similarity';
import { sentencesOf } from './sentences';

/** A corrected paragraph: its source, the machine translation and the approved text. */
export interface Correction {
  source: string;
  mt: string;
  approved: string;
  sourceLang?: string;
  targetLang?: string;
  /** Known terms (the glossary): their words are anchors, never proposed again. */
  terms?: ReadonlyArray<{ source: string; target: string }>;
}

export interface TextSpan {
  start: number;
  end: number;
}

/** One learned term: what the source says, how the editor rendered it, how the MT had it. */
export interface LearnedTerm {
  source: string;
  target: string;
  forbidden: string;
  sourceSpan: TextSpan;
  mtSpan: TextSpan;
  approvedSpan: TextSpan;
}

/** Longest term, in words on either side, that a replacement may teach. */
export const MAX_TERM_WORDS = 4;

interface Word {
  text: string;
  folded: string;
  start: number;
  end: number;
}

const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase();

function wordsIn(text: string, lang: string | undefined, from = 0, to = text.length): Word[] {
  return tokenize(text.slice(from, to), lang)
    .filter((token) => token.kind === 'word')
    .map((token) => ({ text: token.text, folded: fold(token.text), start: token.start + from, end: token.end + from }));
}

const hasDigit = (word: Word) => /\p{Nd}/u.test(word.text);
/** A short lower-case word: in the languages that have such words, mostly articles and prepositions. */
const isMinor = (word: Word) =>
  word.text === word.folded &&
  /^\p{L}{1,3}$/u.test(word.text) &&
  !/[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u.test(word.text);

/** The words without short lower-case words at either end (unless nothing else is left). */
function trimMinor(words: readonly Word[]): Word[] {
  let from = 0;
  let to = words.length;
  while (from < to && isMinor(words[from] as Word)) from += 1;
  while (to > from && isMinor(words[to - 1] as Word)) to -= 1;
  return from === to ? [...words] : words.slice(from, to);
}

/** Dice's coefficient of two words' letter pairs (0 to 1). */
function bigramLikeness(a: string, b: string): number {
  const pairs = (word: string) => Array.from({ length: Math.max(0, word.length - 1) }, (_, k) => word.slice(k, k + 2));
  const left = pairs(a);
  const right = pairs(b);
  if (left.length === 0 || right.length === 0) return 0;
  const pool = [...right];
  let shared = 0;
  for (const pair of left) {
    const at = pool.indexOf(pair);
    if (at >= 0) {
      shared += 1;
      pool.splice(at, 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** Whether two words are the same word in both texts: a name, a number, a loanword, a cognate. */
function sameWord(a: Word, b: Word): boolean {
  if (a.folded === b.folded) return a.folded.length >= 3 || hasDigit(a) || a.text !== a.folded;
  const longest = Math.max(a.folded.length, b.folded.length);
  if (Math.min(a.folded.length, b.folded.length) < 5 || hasDigit(a) || hasDigit(b)) return false;
  const limit = Math.floor(longest * 0.3);
  return editDistance(a.folded, b.folded, limit) <= limit;
}

/** The replacements of a diff: runs of changed words with both sides non-empty. */
function replacements(mt: string, approved: string, lang: string | undefined): Array<{ mt: TextSpan; approved: TextSpan }> {
  const out: Array<{ mt: TextSpan; approved: TextSpan }> = [];
  let run: { mt: TextSpan; approved: TextSpan } | null = null;
  const close = () => {
    if (run) out.push(run);
    run = null;
  };
  for (const part of diffWords(mt, approved, lang === undefined ? {} : { lang })) {
    if (part.op === 'equal') {
      // spaces between two changed words keep the run going
      if (run && part.text.trim() === '') continue;
      close();
      continue;
    }
    if (!run) run = { mt: { start: part.aStart, end: part.aEnd }, approved: { start: part.bStart, end: part.bEnd } };
    else {
      run.mt.end = Math.max(run.mt.end, part.aEnd);
      run.approved.end = Math.max(run.approved.end, part.bEnd);
    }
  }
  close();
  return out;
}

/** Indexes of the words of `words` that fall within the span. */
function indexesWithin(words: readonly Word[], span: TextSpan): number[] {
  const out: number[] = [];
  words.forEach((word, index) => {
    if (word.start >= span.start && word.end <= span.end) out.push(index);
  });
  return out;
}

/** Where a word sequence occurs in a word list (folded), as start indexes. */
function occurrences(words: readonly Word[], phrase: readonly string[]): number[] {
  const out: number[] = [];
  if (phrase.length === 0) return out;
  for (let i = 0; i + phrase.length <= words.length; i += 1) {
    if (phrase.every((folded, k) => words[i + k]?.folded === folded)) out.push(i);
  }
  return out;
}

/**
 * Anchors between a source sentence and an MT sentence: pairs of word indexes, each word in at
 * most one pair, nearest in relative position first. MT words in `skip` (the replaced ones) take no part.
 */
function anchorsOf(
  source: readonly Word[],
  mt: readonly Word[],
  skip: ReadonlySet<number>,
  terms: Correction['terms'],
  sourceLang: string | undefined,
  targetLang: string | undefined,
): Array<[number, number]> {
  const pairs: Array<{ i: number; j: number; cost: number }> = [];
  const n = Math.max(1, source.length);
  const m = Math.max(1, mt.length);
  source.forEach((s, i) => {
    mt.forEach((t, j) => {
      if (skip.has(j)) return;
      const cost = Math.abs(i / n - j / m);
      if (sameWord(s, t)) pairs.push({ i, j, cost });
      // a loanword respelled ("climate", "iklim"): a weaker anchor, taken after the others and only nearby
      else if (
        cost < 0.25 &&
        !isMinor(s) &&
        !isMinor(t) &&
        Math.min(s.folded.length, t.folded.length) >= 4 &&
        bigramLikeness(s.folded, t.folded) >= 0.4
      )
        pairs.push({ i, j, cost: cost + 1 });
    });
  });
  // a known term and its rendering: every word of each on its first word of the other
  for (const term of terms ?? []) {
    const sourceWords = wordsIn(term.source, sourceLang).map((word) => word.folded);
    const targetWords = wordsIn(term.target, targetLang).map((word) => word.folded);
    for (const i of occurrences(source, sourceWords)) {
      for (const j of occurrences(mt, targetWords)) {
        if (targetWords.some((_, k) => skip.has(j + k))) continue;
        sourceWords.forEach((_, a) => targetWords.forEach((_, b) => pairs.push({ i: i + a, j: j + b, cost: Math.abs(i / n - j / m) })));
      }
    }
  }
  pairs.sort((a, b) => a.cost - b.cost);
  const usedSource = new Set<number>();
  const usedMt = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const { i, j } of pairs) {
    if (usedSource.has(i) || usedMt.has(j)) continue;
    usedSource.add(i);
    usedMt.add(j);
    out.push([i, j]);
  }
  return out.sort((a, b) => a[1] - b[1]);
}

/** Source words [from, to) an MT run renders; with an unchanged MT word beside the run that belongs to the term. */
interface Aligned {
  from: number;
  to: number;
  mtNeighbour: number | null;
}

/** The source words an MT word run [a, b) most likely renders, as a run of source word indexes. */
function alignRun(
  sourceText: string,
  source: readonly Word[],
  mt: readonly Word[],
  a: number,
  b: number,
  anchors: ReadonlyArray<[number, number]>,
): Aligned | null {
  const n = source.length;
  const m = mt.length;
  if (n === 0 || m === 0) return null;
  // an MT word left as it stood in the source and then replaced: it renders itself
  const replaced = mt.slice(a, b).map((word) => word.folded);
  const [untranslated] = occurrences(source, replaced);
  if (untranslated !== undefined) return { from: untranslated, to: untranslated + replaced.length, mtNeighbour: null };

  const anchoredSource = new Set(anchors.map(([i]) => i));
  const center = (a + b - 1) / 2;
  const left = [...anchors].reverse().find(([, j]) => j < a);
  const right = anchors.find(([, j]) => j >= b);
  const scale = n / m;
  let expected: number;
  if (left && right && right[1] !== left[1]) expected = left[0] + ((right[0] - left[0]) * (center - left[1])) / (right[1] - left[1]);
  else if (left) expected = left[0] + (center - left[1]) * scale;
  else if (right) expected = right[0] - (right[1] - center) * scale;
  else expected = center * scale;
  // an anchor next to the replaced words (or past one or two short words, "couverture de batterie"):
  // the term is likely next to its source; the pull weakens with every short word between
  const gap = (from: number, to: number, words: readonly Word[]) => (words.slice(from, to).every(isMinor) ? to - from : Infinity);
  // the MT place of a source word, read the other way between the anchors
  const mtPlace = (i: number): number => {
    const before = [...anchors].filter(([s]) => s <= i).sort((x, y) => y[0] - x[0])[0];
    const after = [...anchors].filter(([s]) => s > i).sort((x, y) => x[0] - y[0])[0];
    if (before && after) return before[1] + ((after[1] - before[1]) * (i - before[0])) / (after[0] - before[0]);
    if (before) return before[1] + (i - before[0]) / scale;
    if (after) return after[1] - (after[0] - i) / scale;
    return i / scale;
  };
  // the place read between anchors on both sides is worth more than one extrapolated past one anchor
  const trust = left && right ? 4 : left || right ? 2 : 1;
  const neighbours = anchors.flatMap(([i, j]) => {
    const between = j < a ? gap(j + 1, a, mt) : gap(b, j, mt);
    return between <= 2 ? [{ i, between }] : [];
  });

  let best: { p: number; q: number; cost: number } | null = null;
  const single = new Map<number, number>();
  const length = b - a;
  for (let p = 0; p < n; p += 1) {
    for (let q = p + 1; q <= Math.min(n, p + Math.min(MAX_TERM_WORDS, length + 1)); q += 1) {
      const span = source.slice(p, q);
      if (span.some((word, k) => anchoredSource.has(p + k) || hasDigit(word))) break;
      // a term does not run across punctuation that ends a clause
      if (q - p > 1 && /[,;:()[\]]/u.test(sourceText.slice((source[q - 2] as Word).end, (source[q - 1] as Word).start))) break;
      if (span.every(isMinor)) continue;
      let cost = (Math.abs((p + q - 1) / 2 - expected) / Math.max(1, n)) * trust + 0.6 * Math.abs(q - p - length);
      // a word whose place maps outside the replaced words is more likely rendered by an MT word that stayed
      for (let i = p; i < q; i += 1) {
        const at = mtPlace(i);
        if (at < a - 0.5 || at > b - 0.5) cost += 0.5;
      }
      if (isMinor(span[0] as Word)) cost += 0.8;
      if (isMinor(span[span.length - 1] as Word)) cost += 0.8;
      let pull = 0;
      for (const { i, between } of neighbours) {
        // next to it in the source: a short word between there mostly belongs to the anchor ("the battery")
        if (i === p - 1 || i === q) pull = Math.max(pull, 1.5 / (1 + between));
      }
      cost -= pull;
      if (q - p === 1) single.set(p, cost);
      if (!best || cost < best.cost) best = { p, q, cost };
    }
  }
  if (!best) return null;
  // One word replaced beside a word that stayed, which is spelled like one of two neighbouring source
  // words ("X ekspor" for "export Y": a loanword respelled, too unlike to be an anchor). Which of the
  // two renders which is then unknown without a dictionary: the phrase is the term, on both sides
  // (narrower, but right either way).
  if (best.q - best.p === 1) {
    const anchoredMt = new Set(anchors.map(([, j]) => j));
    const content = (word: Word | undefined, index: number, anchored: ReadonlySet<number>) =>
      word !== undefined && !isMinor(word) && !hasDigit(word) && !anchored.has(index);
    let phrase: { other: number; side: number; likeness: number } | null = null;
    for (const other of [best.p - 1, best.p + 1]) {
      if (!content(source[other], other, anchoredSource) || (single.get(other) ?? Infinity) > best.cost + 1) continue;
      for (const side of [a - 1, b]) {
        if (!content(mt[side], side, anchoredMt)) continue;
        const beside = (mt[side] as Word).folded;
        const likeness = Math.max(
          bigramLikeness((source[other] as Word).folded, beside),
          bigramLikeness((source[best.p] as Word).folded, beside),
        );
        if (likeness >= 0.35 && (!phrase || likeness > phrase.likeness)) phrase = { other, side, likeness };
      }
    }
    if (phrase) return { from: Math.min(best.p, phrase.other), to: Math.max(best.p, phrase.other) + 1, mtNeighbour: phrase.side };
  }
  return { from: best.p, to: best.q, mtNeighbour: null };
}

/**
 * The editor's new words spelled like source words ("Montage" → "Installation" for
 * "installation"): the term is those source words, wherever they stand. Only when every new word
 * has its source word, in a row, and none of them renders another MT word already.
 */
function spelledLike(source: readonly Word[], added: readonly Word[], anchors: ReadonlyArray<[number, number]>): Aligned | null {
  const anchored = new Set(anchors.map(([i]) => i));
  const found: number[] = [];
  for (const word of added) {
    const matches = source
      .map((candidate, i) => (!anchored.has(i) && !isMinor(word) && sameWord(candidate, word) ? i : -1))
      .filter((i) => i >= 0);
    if (matches.length !== 1) return null;
    found.push(matches[0] as number);
  }
  const from = Math.min(...found);
  const to = Math.max(...found) + 1;
  return to - from === found.length ? { from, to, mtNeighbour: null } : null;
}

/** The sentence of `text` holding `offset` when both texts have as many sentences, else the whole text. */
function sentencePair(source: string, mt: string, offset: number): { source: TextSpan; mt: TextSpan } {
  const sourceSentences = sentencesOf(source);
  const mtSentences = sentencesOf(mt);
  if (sourceSentences.length === mtSentences.length && sourceSentences.length > 1) {
    const index = mtSentences.findIndex((sentence, k) => offset < (mtSentences[k + 1]?.start ?? Infinity) && offset >= sentence.start);
    const s = sourceSentences[index];
    const t = mtSentences[index];
    if (s && t) return { source: { start: s.start, end: s.end }, mt: { start: t.start, end: t.end } };
  }
  return { source: { start: 0, end: source.length }, mt: { start: 0, end: mt.length } };
}

const slice = (text: string, words: readonly Word[]): { text: string; span: TextSpan } => {
  const start = (words[0] as Word).start;
  const end = (words[words.length - 1] as Word).end;
  return { text: text.slice(start, end), span: { start, end } };
};

/** The terms a correction teaches, in the order they stand in the approved text. */
export function learnFromCorrection(correction: Correction): LearnedTerm[] {
  const { source, mt, approved, sourceLang, targetLang } = correction;
  if (mt === approved || source.trim() === '' || mt.trim() === '' || approved.trim() === '') return [];
  const out: LearnedTerm[] = [];
  const known = new Set((correction.terms ?? []).map((term) => fold(term.source).replace(/\s+/gu, ' ').trim()));
  for (const replacement of replacements(mt, approved, targetLang)) {
    // an article or preposition changed along with the term ("la couverture" → "le couvercle") is agreement, not the term
    const removed = trimMinor(wordsIn(mt, targetLang, replacement.mt.start, replacement.mt.end));
    const added = trimMinor(wordsIn(approved, targetLang, replacement.approved.start, replacement.approved.end));
    if (removed.length === 0 || added.length === 0 || removed.length > MAX_TERM_WORDS || added.length > MAX_TERM_WORDS) continue;
    // numbers, and changes of case or spelling alone, are other rules' business
    if ([...removed, ...added].some(hasDigit)) continue;
    const forbidden = slice(mt, removed);
    const target = slice(approved, added);
    if (fold(forbidden.text) === fold(target.text)) continue;
    if (removed.every(isMinor) || added.every(isMinor)) continue;

    const pair = sentencePair(source, mt, forbidden.span.start);
    const sourceWords = wordsIn(source, sourceLang, pair.source.start, pair.source.end);
    const mtWords = wordsIn(mt, targetLang, pair.mt.start, pair.mt.end);
    const run = indexesWithin(mtWords, forbidden.span);
    if (run.length === 0) continue;
    const a = run[0] as number;
    const b = (run[run.length - 1] as number) + 1;
    const anchors = anchorsOf(sourceWords, mtWords, new Set(run), correction.terms, sourceLang, targetLang);
    const aligned = spelledLike(sourceWords, added, anchors) ?? alignRun(source, sourceWords, mtWords, a, b, anchors);
    if (!aligned) continue;
    const term = slice(source, sourceWords.slice(aligned.from, aligned.to));
    if (known.has(fold(term.text).replace(/\s+/gu, ' ').trim())) continue;
    let mtSpan = forbidden.span;
    let approvedSpan = target.span;
    const neighbour = aligned.mtNeighbour === null ? undefined : mtWords[aligned.mtNeighbour];
    // the unchanged word beside the run, on both sides (the text between is the same in both)
    if (neighbour && neighbour.start >= mtSpan.end) {
      approvedSpan = { start: approvedSpan.start, end: approvedSpan.end + (neighbour.end - mtSpan.end) };
      mtSpan = { start: mtSpan.start, end: neighbour.end };
    } else if (neighbour) {
      approvedSpan = { start: approvedSpan.start - (mtSpan.start - neighbour.start), end: approvedSpan.end };
      mtSpan = { start: neighbour.start, end: mtSpan.end };
    }
    out.push({
      source: term.text,
      target: approved.slice(approvedSpan.start, approvedSpan.end),
      forbidden: mt.slice(mtSpan.start, mtSpan.end),
      sourceSpan: term.span,
      mtSpan,
      approvedSpan,
    });
  }
  return out;
}

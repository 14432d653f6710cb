/**
 * Where the translation probably renders a span of the source, when the words themselves do not
 * say (a literal translated as words, a term rendered another way): between the nearest anchors
 * the two texts share (literals, numbers and names written alike), at the same relative place, on
 * the word nearest it. A guess from the text's own landmarks, good enough to put a finding on the
 * words a reviewer has to look at rather than at the start of the paragraph.
 */
import type { Analysis, Item } from './analyze';
import { baseLanguage } from '../text/language';
import { insideLiteral } from '../text/literals';
import { spelledNumbersIn } from '../text/spelled';
import { editDistance } from './similarity';

interface Anchor {
  source: number;
  target: number;
  sourceEnd: number;
  targetEnd: number;
}

/** Words that say the same in both texts: digits, capitals inside a sentence, literals. */
function isLandmark(item: Item, analysis: Analysis): boolean {
  if (item.kind !== 'word') return false;
  if (/\p{N}/u.test(item.text)) return true;
  if (item.text !== item.lower && !item.isSentenceStart) return true;
  return insideLiteral(analysis.literals, item.start, item.end);
}

const PUNCTUATION_CLASSES: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['.', '!', '?', '。', '！', '？']),
  new Set([',', '，', '、']),
  new Set([';', '；']),
  new Set([':', '：']),
];

/** Anchors worked out once per pair of analyses (a paragraph's findings ask for places many times). */
const anchorCache = new WeakMap<Analysis, WeakMap<Analysis, Anchor[]>>();

function anchorsOf(source: Analysis, target: Analysis): Anchor[] {
  let byTarget = anchorCache.get(source);
  if (!byTarget) anchorCache.set(source, (byTarget = new WeakMap()));
  let anchors = byTarget.get(target);
  if (!anchors) byTarget.set(target, (anchors = findAnchors(source, target)));
  return anchors;
}

function findAnchors(source: Analysis, target: Analysis): Anchor[] {
  const once = (analysis: Analysis) => {
    const counts = new Map<string, Item[]>();
    for (const item of analysis.items) {
      if (!isLandmark(item, analysis)) continue;
      const list = counts.get(item.text) ?? [];
      list.push(item);
      counts.set(item.text, list);
    }
    return counts;
  };
  const inSource = once(source);
  const inTarget = once(target);
  const pairs: Anchor[] = [];
  for (const [text, items] of inSource) {
    const others = inTarget.get(text);
    if (items.length !== 1 || others?.length !== 1) continue;
    const [a] = items as [Item];
    const [b] = others as [Item];
    pairs.push({ source: a.start, sourceEnd: a.end, target: b.start, targetEnd: b.end });
  }
  for (const literal of source.literals) {
    const at = target.text.indexOf(literal.text);
    if (at >= 0 && target.text.indexOf(literal.text, at + 1) < 0)
      pairs.push({ source: literal.start, sourceEnd: literal.end, target: at, targetEnd: at + literal.text.length });
  }
  // numbers spelled out, each once in both texts ("eight weeks" → "ocho semanas"); not "one",
  // which is mostly an article; not in a text written without spaces, whose clauses are often in
  // another order ("two years but does not cover filters" → "两年内…，包括滤网")
  const spelledOnce = (analysis: Analysis) => {
    const byValue = new Map<number, Array<{ start: number; end: number }>>();
    for (const hit of spelledNumbersIn(analysis.text, analysis.lang)) {
      if (hit.value >= 2) byValue.set(hit.value, [...(byValue.get(hit.value) ?? []), hit]);
    }
    return byValue;
  };
  const spelledInSource: Map<number, Array<{ start: number; end: number }>> = source.unspaced || target.unspaced
    ? new Map()
    : spelledOnce(source);
  if (spelledInSource.size > 0) {
    const spelledInTarget = spelledOnce(target);
    for (const [value, hits] of spelledInSource) {
      const others = spelledInTarget.get(value);
      if (hits.length !== 1 || others?.length !== 1) continue;
      const [a] = hits as [{ start: number; end: number }];
      const [b] = others as [{ start: number; end: number }];
      pairs.push({ source: a.start, sourceEnd: a.end, target: b.start, targetEnd: b.end });
    }
  }
  // punctuation that ends a sentence or a clause, when each text has as much of it: the first
  // comma with the first, and so on ("the syringe provided, not a spoon" → "spuit yang disediakan, bukan sendok")
  for (const marks of PUNCTUATION_CLASSES) {
    const inSource = source.items.filter((item) => item.kind !== 'word' && marks.has(item.text));
    const inTarget = target.items.filter((item) => item.kind !== 'word' && marks.has(item.text));
    if (inSource.length === 0 || inSource.length !== inTarget.length) continue;
    inSource.forEach((item, k) => {
      const other = inTarget[k] as Item;
      pairs.push({ source: item.start, sourceEnd: item.end, target: other.start, targetEnd: other.end });
    });
  }
  pairs.sort((x, y) => x.source - y.source);
  // the anchors in the same order on both sides (one that crosses another is dropped)
  const kept: Anchor[] = [{ source: 0, sourceEnd: 0, target: 0, targetEnd: 0 }];
  for (const pair of pairs) {
    const last = kept[kept.length - 1] as Anchor;
    if (pair.source >= last.sourceEnd && pair.target >= last.targetEnd) kept.push(pair);
  }
  kept.push({ source: source.text.length, sourceEnd: source.text.length, target: target.text.length, targetEnd: target.text.length });
  return kept;
}

/**
 * The word of `words` spelled most nearly like `word` (a cognate: a third of its letters changed
 * at most, the first one kept), for words of five letters or more; none when two are as near.
 */
function cognateOf(word: string, words: readonly Item[]): Item | null {
  if (word.length < 5) return null;
  const most = Math.floor(word.length / 3);
  let best: Item | null = null;
  let bestDistance = Infinity;
  let tied = false;
  for (const item of words) {
    if (item.lower.length < 5 || item.lower[0] !== word[0] || Math.abs(item.lower.length - word.length) > most) continue;
    const distance = editDistance(word, item.lower, most + 1);
    if (distance > most) continue;
    if (distance < bestDistance) {
      best = item;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance) tied = true;
  }
  return tied ? null : best;
}

/**
 * A language's words of three letters or more that are grammar, not content ("dan", "yang",
 * "the"): where these are known, a short word that is not one may render a content word ("api",
 * fire; "air", water), else only words of four letters or more count as content.
 */
const GRAMMAR_WORDS: Record<string, ReadonlySet<string>> = {
  id: new Set(
    'dan|ini|itu|yang|dari|pada|untuk|atau|dengan|akan|oleh|saat|juga|agar|bagi|para|tak|pun|lah|nya|per|tiap|jika|bila'.split('|'),
  ),
  en: new Set('the|and|for|but|are|was|has|had|its|his|her|our|you|not|nor|any|all|can|may|who|how|why|off|out|per|via'.split('|')),
};
GRAMMAR_WORDS.ms = GRAMMAR_WORDS.id as ReadonlySet<string>;

/**
 * Words of a language that a translation mostly leaves unsaid (articles, do-support, the copula
 * and "be" of the passive, "of", the infinitive's "to"): counting them would put every place after
 * them too far into a translation that has no words for them.
 */
const UNSAID: Record<string, ReadonlySet<string>> = {
  en: new Set(['the', 'a', 'an', 'do', 'does', 'did', 'be', 'is', 'are', 'of', 'to']),
};

/**
 * Where source offset `start` falls in the translation between two anchors: at the same share of
 * the words between them, counting the source's words a translation mostly leaves unsaid as none.
 */
function placeBetween(source: Analysis, target: Analysis, before: Anchor, after: Anchor, start: number): number {
  const from = before.targetEnd;
  const to = after.target;
  const unsaid = UNSAID[baseLanguage(source.lang)];
  const sourceGap = after.source - before.sourceEnd;
  const byLetters = from + (sourceGap > 0 ? ((start - before.sourceEnd) / sourceGap) * (to - from) : 0);
  if (!unsaid || source.unspaced || target.unspaced) return byLetters;
  let said = 0;
  let saidBefore = 0;
  for (const item of source.items) {
    if (item.kind !== 'word' || item.start < before.sourceEnd || item.end > after.source || unsaid.has(item.lower)) continue;
    said += 1;
    if (item.end <= start) saidBefore += 1;
  }
  const targetWords = target.items.filter((item) => item.kind === 'word' && item.start >= from && item.end <= to);
  if (said === 0 || targetWords.length === 0) return byLetters;
  const at = targetWords[Math.min(targetWords.length - 1, Math.floor((saidBefore / said) * targetWords.length))] as Item;
  return (at.start + byLetters) / 2;
}

/**
 * The target words that probably render source[start, end): as many words as the source span
 * has, from the one nearest its place. Null when no plain word lies between the anchors around it.
 */
export function locateInTarget(source: Analysis, target: Analysis, start: number, end: number): { start: number; end: number } | null {
  const anchors = anchorsOf(source, target);
  let before = anchors[0] as Anchor;
  let after = anchors[anchors.length - 1] as Anchor;
  for (const anchor of anchors) {
    if (anchor.sourceEnd <= start && anchor.source >= before.source) before = anchor;
    if (anchor.source >= end && anchor.source < after.source) after = anchor;
  }
  const from = before.targetEnd;
  const to = after.target;
  const place = placeBetween(source, target, before, after, start);
  // the words between, save the anchors themselves and literals (a capital alone does not make an
  // anchor: German writes every noun so)
  const anchored = (item: Item) =>
    anchors.some((anchor) => anchor.target <= item.start && item.end <= anchor.targetEnd && anchor.targetEnd > anchor.target);
  const words = target.items.filter(
    (item) =>
      item.kind === 'word' &&
      item.start >= from &&
      item.end <= to &&
      !anchored(item) &&
      !insideLiteral(target.literals, item.start, item.end),
  );
  if (words.length === 0) return null;
  // a word spelled nearly alike renders it ("essential" → "esensial"), wherever it stands between the anchors
  const spanned = source.items.filter((item) => item.kind === 'word' && item.start >= start && item.end <= end);
  if (spanned.length === 1) {
    const cognate = cognateOf((spanned[0] as Item).lower, words);
    if (cognate) return { start: cognate.start, end: cognate.end };
  }
  // short words are mostly the language's grammar ("the", "or", "di"): a content word is likelier
  const grammar = GRAMMAR_WORDS[baseLanguage(target.lang)];
  const content = words.filter((item) => (grammar ? item.text.length >= 3 && !grammar.has(item.lower) : item.text.length >= 4));
  if (content.length > 0 && content.length < words.length) words.splice(0, words.length, ...content);
  let nearest = 0;
  let distance = Infinity;
  words.forEach((word, k) => {
    const d = place < word.start ? word.start - place : place > word.end ? place - word.end : 0;
    if (d < distance) {
      distance = d;
      nearest = k;
    }
  });
  const wanted = Math.max(1, source.items.filter((item) => item.kind === 'word' && item.start >= start && item.end <= end).length);
  const first = words[nearest] as Item;
  const last = words[Math.min(words.length - 1, nearest + wanted - 1)] as Item;
  return { start: first.start, end: last.end };
}

/**
 * The source words a word of the translation renders, for the word at `offset` of the target (as
 * a reviewer clicks it): the same word when the source has it exactly once (a name, a number, a
 * literal), else the words at its place among the landmarks (locateInTarget, the other way round).
 */
export function sourceOfTargetWord(source: Analysis, target: Analysis, offset: number): { start: number; end: number } | null {
  const word = target.items.find((item) => item.kind === 'word' && item.start <= offset && offset <= item.end);
  if (!word || source.text === '') return null;
  const same = source.items.filter((item) => item.kind === 'word' && item.text === word.text);
  if (same.length === 1) {
    const [only] = same as [Item];
    return { start: only.start, end: only.end };
  }
  const place = locateInTarget(target, source, word.start, word.end);
  // a cognate ("parasetamol", "paracetamol": the same first four letters) beats a guess by place
  if (word.lower.length >= 5) {
    const prefix = word.lower.slice(0, 4);
    const cognates = source.items.filter((item) => item.kind === 'word' && item.lower.length >= 5 && item.lower.startsWith(prefix));
    if (cognates.length > 0) {
      const near = place ? place.start : (word.start / Math.max(1, target.text.length)) * source.text.length;
      const best = cognates.reduce((a, b) => (Math.abs(b.start - near) < Math.abs(a.start - near) ? b : a));
      return { start: best.start, end: best.end };
    }
  }
  return place;
}

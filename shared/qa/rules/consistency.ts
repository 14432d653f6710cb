/**
 * Consistency: one source name rendered in several ways across a document ("China" as China,
 * Cina and Tiongkok). Names are gathered from the whole document first; in each paragraph whose
 * source has the name, the target's rendering is the name itself or a respelling of it. When a
 * document uses more than one, the most frequent is the one to keep (the source's own spelling
 * on a tie) and the others are flagged. Names the glossary covers are the glossary's business.
 *
 * Repeated sentences the same way, without a glossary: a source sentence (of four words or more)
 * that the document has more than once is "named" by its text (SENTENCE_MARK and the sentence;
 * the document's list of names holds a reference to its hash instead, SENTENCE_REF_MARK), and
 * rendered by the target sentence it is paired with (sentence by sentence when both
 * paragraphs have as many, the whole translation when the source paragraph is that one sentence).
 * "Click Save to keep your changes." translated two ways is flagged where the minority stands.
 */
import { EMPTY_GLOSSARY } from '../glossary';
import { extractNames, nameKey } from '../names';
import { isSpellingVariant } from '../similarity';
import { finding, spanOf, type DocumentContext, type NameRendering, type Rule } from '../context';
import type { CompiledGlossary } from '../glossary';
import type { Finding } from '../types';
import type { Analysis } from '../analyze';
import { sentencesOfCached as sentencesOf } from '../sentences';
import { hashKey } from '../../text/hash';
import { isAcronymName } from '../documentAcronyms';

/** What starts the "name" of a repeated sentence (no name starts with it). */
export const SENTENCE_MARK = '¶ ';
/**
 * What starts the reference a document's names hold for a repeated sentence: its key's hash (a
 * document keeps these, not the sentences' text; renderings are still named by the text).
 */
export const SENTENCE_REF_MARK = '¶#';

/** The reference to a repeated sentence, from its key's hash. */
export function sentenceRefOfHash(hash: number): string {
  return SENTENCE_REF_MARK + hash.toString(36);
}

/** The reference to a repeated sentence, from its key. */
export function sentenceRef(key: string): string {
  return sentenceRefOfHash(hashKey(key));
}

/** Whether one of a document's names stands for a repeated sentence (by its text or its hash). */
export function isSentenceName(name: string): boolean {
  return name.startsWith(SENTENCE_MARK) || name.startsWith(SENTENCE_REF_MARK);
}
/** Words a sentence needs to be compared as a repeated sentence ("Yes." may fairly be said two ways). */
const SENTENCE_WORDS = 4;

const SPACING_RE = /\s\s|[\t\n\r\f\v\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;

/** A sentence's text as compared: spacing collapsed. */
function sentenceText(text: string): string {
  return SPACING_RE.test(text) ? text.replace(/\s+/gu, ' ').trim() : text.trim();
}

interface SentencePair {
  key: string;
  text: string;
  start: number;
  end: number;
  sourceStart: number;
  sourceEnd: number;
}

/** Words as counted for SENTENCE_WORDS: runs of letters and digits, each character of a script written without spaces. */
const WORD_RE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[\p{L}\p{M}\p{N}]+/gu;

function wordsIn(text: string): number {
  let words = 0;
  WORD_RE.lastIndex = 0;
  while (words < SENTENCE_WORDS && WORD_RE.test(text)) words += 1;
  return words;
}

interface SourceSentences {
  /** Every sentence of the paragraph. */
  spans: Array<{ start: number; end: number }>;
  /** Those long enough to compare, with their keys. */
  keyed: Array<{ key: string; start: number; end: number; index: number }>;
}

const sentenceKeysCache = new Map<string, SourceSentences>();
const analysedSentences = new WeakMap<Analysis, SourceSentences>();
const pairsCache = new WeakMap<Analysis, { source: Analysis; pairs: SentencePair[] }>();

/**
 * A source paragraph's sentences, and those long enough to compare as keys (SENTENCE_MARK and
 * the sentence): from its text alone, so that any thread finds the same keys (the last few kept).
 */
function sourceSentences(text: string, analysis?: Analysis): SourceSentences {
  // an analysis keeps its own (a document's analyses are all alive while it is checked)
  let sentences = analysis ? analysedSentences.get(analysis) : sentenceKeysCache.get(text);
  if (!sentences) {
    const spans = sentencesOf(text);
    const keyed: SourceSentences['keyed'] = [];
    spans.forEach((span, index) => {
      const sentence = text.slice(span.start, span.end);
      if (wordsIn(sentence) >= SENTENCE_WORDS)
        keyed.push({ key: SENTENCE_MARK + sentenceText(sentence), start: span.start, end: span.end, index });
    });
    sentences = { spans, keyed };
    if (analysis) analysedSentences.set(analysis, sentences);
    else {
      if (sentenceKeysCache.size >= 512) sentenceKeysCache.clear();
      sentenceKeysCache.set(text, sentences);
    }
  }
  return sentences;
}

/** The keys of a source paragraph's sentences (repeated ones are a document's "names"). */
export function sentenceKeysIn(source: Analysis | string): string[] {
  return (typeof source === 'string' ? sourceSentences(source) : sourceSentences(source.text, source)).keyed.map(
    (sentence) => sentence.key,
  );
}

/** Each source sentence long enough to compare with the target sentence that renders it. */
function sentencePairs(source: Analysis, target: Analysis): SentencePair[] {
  const cached = pairsCache.get(target);
  if (cached?.source === source) return cached.pairs;
  const pairs = pairSentences(source, target);
  pairsCache.set(target, { source, pairs });
  return pairs;
}

function pairSentences(source: Analysis, target: Analysis): SentencePair[] {
  const { spans: sourceSpans, keyed } = sourceSentences(source.text, source);
  if (keyed.length === 0 || target.text.trim() === '') return [];
  const targetSpans = sourceSpans.length === 1 ? [{ start: 0, end: target.text.length }] : sentencesOf(target.text);
  if (targetSpans.length !== sourceSpans.length) return [];
  const out: SentencePair[] = [];
  for (const sentence of keyed) {
    const span = targetSpans[sentence.index];
    if (!span) continue;
    // the target sentence without the spaces around it
    const raw = target.text.slice(span.start, span.end);
    const start = span.start + (raw.length - raw.trimStart().length);
    const end = span.end - (raw.length - raw.trimEnd().length);
    if (end <= start) continue;
    out.push({
      key: sentence.key,
      text: sentenceText(target.text.slice(start, end)),
      start,
      end,
      sourceStart: sentence.start,
      sourceEnd: sentence.end,
    });
  }
  return out;
}

/** The name a finding shows: a repeated sentence without its mark. */
function shownName(name: string): string {
  return name.startsWith(SENTENCE_MARK) ? name.slice(SENTENCE_MARK.length) : name;
}

interface Word {
  start: number;
  end: number;
  text: string;
  /** The text in lower case (compared with every name of the document). */
  lower: string;
}

const capitalisedCache = new WeakMap<Analysis, Word[]>();

/** The target's words that start with a capital, possessive removed: where renderings of names are. */
function capitalisedWords(target: Analysis): Word[] {
  let words = capitalisedCache.get(target);
  if (!words) {
    words = [];
    for (const item of target.items) {
      if (item.kind !== 'word' || item.text[0] === item.lower[0]) continue;
      const bare = item.text.replace(/['’]s?$/u, '');
      words.push({ start: item.start, end: item.start + bare.length, text: bare, lower: bare.toLowerCase() });
    }
    capitalisedCache.set(target, words);
  }
  return words;
}

/** Words of `target` that render `name`: the name itself or a respelling (capitalised as names are). */
function renderingsIn(target: Analysis, name: string): Word[] {
  const lower = name.toLowerCase();
  return capitalisedWords(target).filter((word) => word.lower === lower || isSpellingVariant(name, word.text));
}

function coveredByGlossary(glossary: CompiledGlossary, name: string): boolean {
  const key = nameKey(name);
  return glossary.terms.some((term) => nameKey(term.term.source) === key);
}

/** Whether the source mentions `name` as a word (at a sentence start too, where shape says nothing). */
function mentions(source: Analysis, name: string): NameSpan | null {
  for (const item of source.items) {
    if (item.kind !== 'word' || !item.text.startsWith(name)) continue;
    const rest = item.text.slice(name.length);
    if (rest === '' || /^['’]s?$/u.test(rest)) return { start: item.start, end: item.start + name.length };
  }
  return null;
}

interface NameSpan {
  start: number;
  end: number;
}

/**
 * The names a source paragraph shows by their shape: capitalised and mixed-case names that start
 * with a capital ("iPhone" keeps its shape anyway). A document's names are those of all its
 * sources (sources never change, so this is gathered once per document).
 */
export function namesShownIn(source: Analysis): string[] {
  const names: string[] = [];
  for (const name of extractNames(source)) {
    if ((name.kind !== 'capitalised' && name.kind !== 'mixed') || name.text[0] === name.text[0]?.toLowerCase()) continue;
    names.push(name.text);
  }
  return names;
}

/** A document's names that consistency watches: those the glossary does not already cover (never its acronyms). */
export function watchedNames(names: Iterable<string>, glossary: CompiledGlossary = EMPTY_GLOSSARY): Set<string> {
  const out = new Set<string>();
  for (const name of names) if (isSentenceName(name) || (!isAcronymName(name) && !coveredByGlossary(glossary, name))) out.add(name);
  return out;
}

/** The sentences that stand more than once among these keys (each key once per sentence met). */
export function repeatedSentences(keys: Iterable<string>): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) repeated.add(key);
    else seen.add(key);
  }
  return [...repeated];
}

/** One rendering of a watched name in a target paragraph whose source mentions the name. */
export interface Rendering {
  name: string;
  text: string;
  start: number;
  end: number;
  /** Where the source mentions the name. */
  sourceStart: number;
  sourceEnd: number;
}

/**
 * The renderings of watched names in one pair: what the document's running counts are made of.
 * With 'any', of every word of the source that has a capital (the document's names not being
 * known yet; those that are not names are left out later).
 */
export function renderingsOfPair(source: Analysis | null, target: Analysis, names: ReadonlySet<string> | 'any'): Rendering[] {
  if (!source || target.text === '' || (names !== 'any' && names.size === 0)) return [];
  // the known names this source mentions (one pass over its capitalised words)
  const mentioned = new Set<string>();
  for (const item of source.items) {
    if (item.kind !== 'word' || item.text === item.lower) continue;
    const bare = item.text.replace(/['’]s?$/u, '');
    if (names === 'any' || names.has(bare)) mentioned.add(bare);
  }
  const out: Rendering[] = [];
  for (const name of mentioned) {
    const mention = mentions(source, name);
    if (!mention) continue;
    for (const found of renderingsIn(target, name)) {
      out.push({ name, text: found.text, start: found.start, end: found.end, sourceStart: mention.start, sourceEnd: mention.end });
    }
  }
  // repeated sentences (with 'any': every sentence long enough, the repeated ones not being known yet)
  if (names === 'any' || hasSentences(names)) {
    for (const pair of sentencePairs(source, target)) {
      if (names === 'any' || names.has(pair.key) || names.has(sentenceRef(pair.key)))
        out.push({
          name: pair.key,
          text: pair.text,
          start: pair.start,
          end: pair.end,
          sourceStart: pair.sourceStart,
          sourceEnd: pair.sourceEnd,
        });
    }
  }
  return out;
}

const sentenceSets = new WeakMap<ReadonlySet<string>, boolean>();
/** Whether a set of watched names holds repeated sentences (worked out once per set). */
function hasSentences(names: ReadonlySet<string>): boolean {
  let has = sentenceSets.get(names);
  if (has === undefined) {
    has = false;
    for (const name of names) {
      if (isSentenceName(name)) {
        has = true;
        break;
      }
    }
    sentenceSets.set(names, has);
  }
  return has;
}

const otherSets = new WeakMap<NameRendering, ReadonlySet<string>>();

/** Whether a rendering is one the document's facts flag (a set per name: a repeated sentence may have dozens). */
export function isFlaggedRendering(facts: NameRendering | undefined, text: string): boolean {
  if (!facts) return false;
  if (facts.others.length < 8) return facts.others.includes(text);
  let set = otherSets.get(facts);
  if (!set) {
    set = new Set(facts.others);
    otherSets.set(facts, set);
  }
  return set.has(text);
}

/** Compares two strings by code point (what databases' byte order of UTF-8 gives too). */
export function byCodePoint(a: string, b: string): number {
  // by UTF-16 code units up to the first that differ (no arrays: a repeated sentence rendered a
  // thousand ways is sorted with this, and spreading each string made that most of a page's time)
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // a surrogate starts (or ends) a code point above every code point a single unit holds
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    return xs === ys ? x - y : xs ? 1 : -1;
  }
  return a.length - b.length;
}

/**
 * The document-wide facts from running counts of renderings (name → rendering → how often): for
 * each name rendered in more than one way, the most frequent rendering is the one to keep (the
 * name's own spelling on a tie) and the others are flagged.
 */
export function contextFromCounts(counts: ReadonlyMap<string, ReadonlyMap<string, number>>): DocumentContext {
  const renderings: Record<string, NameRendering> = {};
  for (const [name, byRendering] of counts) {
    const present = [...byRendering.entries()].filter(([, n]) => n > 0);
    if (present.length < 2) continue;
    const ranked = present.sort((a, b) => b[1] - a[1] || (a[0] === name ? -1 : b[0] === name ? 1 : byCodePoint(a[0], b[0])));
    const chosen = ranked[0]?.[0] ?? name;
    renderings[name] = { chosen, others: ranked.slice(1).map(([text]) => text) };
  }
  return { renderings };
}

/**
 * Gathers, over the whole document, how each source name is rendered: names are recognised by
 * their shape anywhere in the document, then counted wherever the source mentions them.
 */
export function gatherRenderings(
  pairs: ReadonlyArray<{ source: Analysis | null; target: Analysis }>,
  glossary: CompiledGlossary = EMPTY_GLOSSARY,
): DocumentContext {
  const shown: string[] = [];
  const sentences: string[] = [];
  for (const { source } of pairs) {
    if (!source) continue;
    shown.push(...namesShownIn(source));
    sentences.push(...sentenceKeysIn(source));
  }
  const names = watchedNames([...shown, ...repeatedSentences(sentences)], glossary);
  const counts = new Map<string, Map<string, number>>();
  for (const { source, target } of pairs) {
    for (const rendering of renderingsOfPair(source, target, names)) {
      let byRendering = counts.get(rendering.name);
      if (!byRendering) {
        byRendering = new Map();
        counts.set(rendering.name, byRendering);
      }
      byRendering.set(rendering.text, (byRendering.get(rendering.text) ?? 0) + 1);
    }
  }
  return contextFromCounts(counts);
}

/**
 * The consistency findings of a paragraph from its renderings and the document's facts, as the
 * rule would find them, without analysing the texts again; a finding the glossary's findings of
 * the paragraph already cover is left out (as the engine's tidying does).
 */
export function consistencyFromRenderings(
  target: string,
  source: string,
  renderings: readonly Rendering[],
  context: DocumentContext,
  others: readonly Finding[],
): Finding[] {
  const out: Finding[] = [];
  for (const rendering of renderings) {
    const facts = context.renderings[rendering.name];
    if (!facts || !isFlaggedRendering(facts, rendering.text)) continue;
    // one word flagged once, as the engine's tidying keeps it (two names may both match it)
    if (out.some((finding) => finding.start === rendering.start && finding.end === rendering.end)) continue;
    const covered = others.some(
      (other) =>
        (other.rule === 'glossary.forbidden' || other.rule === 'glossary.missing') &&
        other.start <= rendering.start &&
        rendering.end <= other.end &&
        other.end > other.start,
    );
    if (covered) continue;
    out.push({
      rule: 'consistency',
      severity: 'minor',
      start: rendering.start,
      end: rendering.end,
      text: target.slice(rendering.start, rendering.end),
      source: { start: rendering.sourceStart, end: rendering.sourceEnd, text: source.slice(rendering.sourceStart, rendering.sourceEnd) },
      params: { name: shownName(rendering.name), found: rendering.text, expected: facts.chosen },
      suggestion: facts.chosen,
    });
  }
  return out;
}

const entriesCache = new WeakMap<DocumentContext, { names: Array<[string, NameRendering]>; hasSentences: boolean }>();

/** A document's facts split once: the names (each paragraph looks for every one), and whether there are sentences. */
function entriesOf(document: DocumentContext): { names: Array<[string, NameRendering]>; hasSentences: boolean } {
  let entries = entriesCache.get(document);
  if (!entries) {
    const all = Object.entries(document.renderings);
    entries = {
      names: all.filter(([name]) => !name.startsWith(SENTENCE_MARK)),
      hasSentences: all.some(([name]) => name.startsWith(SENTENCE_MARK)),
    };
    entriesCache.set(document, entries);
  }
  return entries;
}

export const consistencyRule: Rule = {
  name: 'consistency',
  ids: ['consistency'],
  check(context) {
    const source = context.source;
    if (!source) return [];
    const out: Finding[] = [];
    const { names, hasSentences } = entriesOf(context.document);
    // repeated sentences: this paragraph's, looked up (a document may have thousands)
    if (hasSentences) {
      for (const pair of sentencePairs(source, context.target)) {
        const rendering = context.document.renderings[pair.key];
        if (!rendering || !isFlaggedRendering(rendering, pair.text)) continue;
        out.push(
          finding(context, 'consistency', 'minor', pair.start, pair.end, {
            source: spanOf(source.text, pair.sourceStart, pair.sourceEnd),
            params: { name: shownName(pair.key), found: pair.text, expected: rendering.chosen },
            suggestion: rendering.chosen,
          }),
        );
      }
    }
    for (const [name, rendering] of names) {
      const mention = source.text.includes(name) ? mentions(source, name) : null;
      if (!mention) continue;
      for (const found of renderingsIn(context.target, name)) {
        if (!isFlaggedRendering(rendering, found.text)) continue;
        out.push(
          finding(context, 'consistency', 'minor', found.start, found.end, {
            source: spanOf(source.text, mention.start, mention.end),
            params: { name, found: found.text, expected: rendering.chosen },
            suggestion: rendering.chosen,
          }),
        );
      }
    }
    return out;
  },
};

/**
 * Acronyms and brackets. An acronym in the target that the source does not explain ("UE", the
 * European Union, where the source only had "(eu)") is an addition. The source explains it when
 * it has the same acronym, or an acronym of its own that the target leaves out, which is then
 * most likely its translation ("US" -> "AS"); a glossary rendering or an expansion in the target
 * in any letter case ("Organisasi Kesehatan Dunia (WHO)", "badan usaha milik negara (BUMN)") explains it
 * too, and acronyms the world has borrowed as words (PIN, ATM, PDF) need no explaining. A bracket whose content changed its
 * nature between source and target, a bracketed word part becoming an acronym, is critical. The
 * source's acronym given up for one made of the words that explain it in the source ("identity
 * card (KTP)" → "kartu identitas (ID)": the source's own acronym, most often the target language's,
 * replaced by one coined from the source language's words) is a finding too, with the source's
 * acronym as the fix.
 */
import { candidateTerms } from '../glossary';
import { isCurrencyCode } from '../../text/currency';
import { finding, spanOf, type Rule, type RuleContext } from '../context';
import type { Analysis, Item } from '../analyze';
import type { Finding, Span } from '../types';

const ACRONYM_RE = /^\p{Lu}{2,6}$/u;

/** An acronym: two to six capitals (cheap tests first: most words have a lower-case letter). */
const isAcronym = (item: Item) =>
  item.kind === 'word' &&
  item.text.length >= 2 &&
  item.text.length <= 6 &&
  item.text !== item.lower &&
  item.text === item.text.toUpperCase() &&
  ACRONYM_RE.test(item.text);

const acronyms = (analysis: Analysis): Item[] => analysis.items.filter(isAcronym);

/**
 * Acronyms the world's languages have borrowed as words: a translation may use them where the
 * source spells the thing out ("personal identification number" → "PIN").
 */
const BORROWED = new Set([
  'PIN',
  'ATM',
  'PDF',
  'URL',
  'GPS',
  'USB',
  'SMS',
  'PC',
  'TV',
  'CD',
  'DVD',
  'HIV',
  'AIDS',
  'DNA',
  'RNA',
  'CEO',
  'CFO',
  'IT',
  'AI',
  'API',
  'HTML',
  'CSS',
  'JPG',
  'JPEG',
  'PNG',
  'GIF',
  'SIM',
  'QR',
  'OTP',
  'LED',
  'LCD',
  'UV',
  'CCTV',
  'VIP',
  'FAQ',
  'OK',
  'PR',
  'HR',
  'IQ',
  'SUV',
  'MRI',
  'ICU',
  'VPN',
  'IP',
  'WIFI',
  'NFC',
  'RAM',
  'CPU',
  'GPU',
  'SSD',
  'HD',
  'KM',
]);

/**
 * Whether the words right before `index` spell the acronym's letters, in any letter case:
 * "Organisasi Kesehatan Dunia (WHO)", "badan usaha milik negara (BUMN)".
 */
function expandedBefore(analysis: Analysis, index: number, acronym: string): boolean {
  const capitals: string[] = [];
  const all: string[] = [];
  for (let i = index - 1; i >= 0 && all.length < acronym.length + 4; i -= 1) {
    const item = analysis.items[i] as Item;
    if (item.text === '(' || item.text === '-') continue;
    if (item.kind !== 'word') break;
    const initial = (item.text[0] ?? '').toUpperCase();
    all.unshift(initial);
    if (/^\p{Lu}/u.test(item.text)) capitals.unshift(initial);
  }
  return capitals.join('').endsWith(acronym) || all.join('').endsWith(acronym);
}

interface Bracket {
  span: Span;
  content: string;
  /** Glued to a word on either side: "(un)intended", "word(s)". */
  affixed: boolean;
}

function brackets(analysis: Analysis): Bracket[] {
  const out: Bracket[] = [];
  const text = analysis.text;
  for (const match of text.matchAll(/\(([^()]{1,80})\)/gu)) {
    const start = match.index;
    const end = start + match[0].length;
    const affixed = /[\p{L}\p{N}]/u.test(text[start - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '');
    out.push({ span: spanOf(text, start, end), content: match[1] ?? '', affixed });
  }
  return out;
}

/** The source bracket at the most similar relative position. */
function counterpart(source: Analysis, target: Analysis, bracket: Bracket, sourceBrackets: Bracket[]): Bracket | undefined {
  const at = bracket.span.start / Math.max(1, target.text.length);
  let best: Bracket | undefined;
  for (const candidate of sourceBrackets) {
    const distance = Math.abs(candidate.span.start / Math.max(1, source.text.length) - at);
    if (distance < 0.25 && (!best || distance < Math.abs(best.span.start / source.text.length - at))) best = candidate;
  }
  return best;
}

/**
 * The initials of the source's runs of capitalised words ("World Health Organization" → "WHO";
 * small joining words such as "of" and "and" are passed over): a target acronym among them is the
 * source's name, abbreviated.
 */
function sourceInitials(source: Analysis): string[] {
  const runs: string[] = [];
  let run = '';
  for (const item of source.items) {
    if (item.kind !== 'word') {
      if (item.text !== '-') {
        if (run.length >= 2) runs.push(run);
        run = '';
      }
      continue;
    }
    if (/^\p{Lu}/u.test(item.text)) run += item.text[0] as string;
    else if (!(run && item.text.length <= 3)) {
      if (run.length >= 2) runs.push(run);
      run = '';
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/**
 * Whether an acronym spells the initials of as many consecutive words of a text, whatever their
 * case, passing over small joining words; every word spelled has three letters or more.
 */
function spelledByWords(analysis: Analysis, acronym: string): boolean {
  const letters = acronym.toLowerCase();
  const words = analysis.items.filter((item) => item.kind === 'word' && !JOINING.has(item.lower));
  for (let k = 0; k + letters.length <= words.length; k += 1) {
    let all = true;
    for (let i = 0; i < letters.length && all; i += 1) {
      const word = words[k + i] as Item;
      all = word.lower.length >= 3 && word.lower[0] === letters[i];
    }
    if (all) return true;
  }
  return false;
}

/** Small words an acronym passes over ("Ministry of Health" → "MH", "Documento Nacional de Identidad" → "DNI"). */
const JOINING = new Set([
  'of',
  'and',
  'for',
  'the',
  'to',
  'in',
  'on',
  '&',
  'de',
  'del',
  'la',
  'le',
  'les',
  'des',
  'du',
  'et',
  'y',
  'von',
  'der',
  'und',
  'dan',
  'untuk',
  'dari',
]);

/**
 * Whether `acronym` is made of the leading letters of consecutive `words` (each word giving one
 * letter or more, small joining words none): "IC" and "ID" of "identity card", "WHO" of "World
 * Health Organization".
 */
function madeOf(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.toLowerCase();
  const from = (at: number, word: number): boolean => {
    if (at === letters.length) return true;
    const current = words[word]?.toLowerCase();
    if (current === undefined) return false;
    if (JOINING.has(current) && from(at, word + 1)) return true;
    for (let taken = 1; taken <= current.length && at + taken <= letters.length; taken += 1) {
      if (current[taken - 1] !== letters[at + taken - 1]) break;
      if (from(at + taken, word + 1)) return true;
    }
    return false;
  };
  return words.some((_, start) => from(0, start));
}

/**
 * The source's bracketed acronyms with the words right before each bracket, which explain it
 * ("identity card (KTP)"): at most a few more words than the acronym has letters.
 */
function explainedAcronyms(source: Analysis): Array<{ acronym: string; words: string[] }> {
  const out: Array<{ acronym: string; words: string[] }> = [];
  const items = source.items;
  for (let index = 1; index < items.length - 1; index += 1) {
    const item = items[index] as Item;
    if (items[index - 1]?.text !== '(' || items[index + 1]?.text !== ')' || !isAcronym(item)) continue;
    const words: string[] = [];
    for (let before = index - 2; before >= 0 && words.length < item.text.length + 3; before -= 1) {
      const word = items[before] as Item;
      if (word.text === '-') continue;
      if (word.kind !== 'word') break;
      words.unshift(word.text);
    }
    if (words.length > 0) out.push({ acronym: item.text, words });
  }
  return out;
}

/**
 * Target acronyms in brackets made of the source's words that explain one of its own acronyms,
 * which the target leaves out: the source's acronym replaced by an abbreviation of its
 * source-language expansion.
 */
function replacedAcronyms(context: RuleContext, source: Analysis, candidates: Item[]): Array<{ item: Item; acronym: string }> {
  const explained = explainedAcronyms(source).filter(({ acronym }) => !context.target.text.includes(acronym));
  if (explained.length === 0) return [];
  const out: Array<{ item: Item; acronym: string }> = [];
  const items = context.target.items;
  for (const item of candidates) {
    // where an acronym is explained, in brackets after its words, as the source's stands
    const at = items.indexOf(item);
    if (items[at - 1]?.text !== '(' || items[at + 1]?.text !== ')') continue;
    const replaced = explained.find(({ acronym, words }) => acronym !== item.text && madeOf(item.text, words));
    if (replaced) out.push({ item, acronym: replaced.acronym });
  }
  return out;
}

interface Unexplained {
  /** Acronyms nothing in the source explains. */
  unexplained: Item[];
  /** Acronyms made of the words that explain a source acronym the target leaves out. */
  replaced: Array<{ item: Item; acronym: string }>;
}

function unexplained(context: RuleContext, source: Analysis): Unexplained {
  const targetAcronyms = acronyms(context.target);
  if (targetAcronyms.length === 0) return { unexplained: [], replaced: [] };
  const sourceText = source.text;
  const sourceAcronyms = new Set(acronyms(source).map((item) => item.text));
  const targetSet = new Set(targetAcronyms.map((item) => item.text));
  const glossaryRenderings = new Set(
    candidateTerms(context.glossary, source).flatMap((term) => (term.term.target ? [term.term.target] : [])),
  );
  // source acronyms the target leaves out: each can explain one target acronym (its translation)
  const spare = [...sourceAcronyms].filter((acronym) => !targetSet.has(acronym));
  const left: Item[] = [];
  const seen = new Set<string>();
  let initials: string[] | undefined;
  for (const item of targetAcronyms) {
    if (seen.has(item.text)) continue;
    seen.add(item.text);
    // currency codes (USD, IDR) are written for symbols ("$2.50" → "2,50 USD")
    if (sourceText.includes(item.text) || glossaryRenderings.has(item.text) || BORROWED.has(item.text) || isCurrencyCode(item.text))
      continue;
    initials ??= sourceInitials(source);
    if (initials.some((run) => run.includes(item.text))) continue;
    // the initials of words of the source in any case ("air conditioner" → "AC", "human resources"
    // → "HR"), unless the source has an acronym of its own the translation left out ("tax number
    // (NPWP)" → "(TN)" is replaced)
    if (spare.length === 0 && spelledByWords(source, item.text)) continue;
    const index = context.target.items.indexOf(item);
    if (expandedBefore(context.target, index, item.text)) continue;
    left.push(item);
  }
  const replaced = replacedAcronyms(context, source, left);
  for (const { acronym } of replaced) if (spare.includes(acronym)) spare.splice(spare.indexOf(acronym), 1);
  // pair the leftovers with spare source acronyms: same length first, then in order
  const result: Item[] = [];
  const unpaired: Item[] = [];
  for (const item of left) {
    if (replaced.some((entry) => entry.item === item)) continue;
    const sameLength = spare.findIndex((acronym) => acronym.length === item.text.length);
    if (sameLength >= 0) spare.splice(sameLength, 1);
    else unpaired.push(item);
  }
  for (const item of unpaired) {
    if (spare.length > 0) spare.shift();
    else result.push(item);
  }
  return { unexplained: result.sort((a, b) => a.start - b.start), replaced };
}

export const acronymsRule: Rule = {
  name: 'acronyms',
  ids: ['acronym.unexplained', 'acronym.replaced', 'brackets.changed'],
  check(context) {
    const source = context.source;
    if (!source) return [];
    const out: Finding[] = [];
    const sourceBrackets = brackets(source);
    const targetBrackets = brackets(context.target);
    const { unexplained: left, replaced } = unexplained(context, source);
    for (const { item, acronym } of replaced)
      out.push(
        finding(context, 'acronym.replaced', 'major', item.start, item.end, {
          source: spanOfAcronym(source, acronym),
          params: { acronym, found: item.text },
          suggestion: acronym,
        }),
      );
    for (const item of left) {
      const inBracket = targetBrackets.find((b) => b.span.start < item.start && item.end < b.span.end && b.content.trim() === item.text);
      const related = inBracket ? counterpart(source, context.target, inBracket, sourceBrackets) : undefined;
      if (inBracket && related && !ACRONYM_RE.test(related.content.trim())) {
        out.push(
          finding(context, 'brackets.changed', 'critical', inBracket.span.start, inBracket.span.end, {
            source: related.span,
            params: { found: inBracket.span.text, source: related.span.text, acronym: item.text },
          }),
        );
        continue;
      }
      out.push(
        finding(context, 'acronym.unexplained', 'major', item.start, item.end, {
          params: { acronym: item.text },
        }),
      );
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

/** Where the source's acronym stands (its first occurrence as a word). */
function spanOfAcronym(source: Analysis, acronym: string): Span | null {
  const item = source.items.find((candidate) => candidate.kind === 'word' && candidate.text === acronym);
  return item ? spanOf(source.text, item.start, item.end) : null;
}

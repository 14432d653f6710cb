/**
 * Acronyms and brackets. An acronym in the target that the source does not explain ("UE", the
 * European Union, where the source only had "(eu)") is an addition. The source explains it when
 * it has the same acronym, or an acronym of its own that the target leaves out, which is then
 * most likely its translation ("US" -> "AS"); a glossary rendering or an expansion in the target
 * in any letter case ("Organisasi Kesehatan Dunia (WHO)", "badan usaha milik negara (BUMN)") explains it
 * too, and acronyms the world has borrowed as words (PIN, ATM, PDF) need no explaining. A bracket whose content changed its
 * nature between source and target, a bracketed word part becoming an acronym, is critical.
 */
import { candidateTerms } from '../glossary';
import { isCurrencyCode } from '../../text/currency';
import { finding, spanOf, type Rule, type RuleContext } from '../context';
import type { Analysis, Item } from '../analyze';
import type { Finding, Span } from '../types';

const ACRONYM_RE = /^\p{Lu}{2,6}$/u;

function acronyms(analysis: Analysis): Item[] {
  // cheap tests first: most words have a lower-case letter
  return analysis.items.filter(
    (item) =>
      item.kind === 'word' &&
      item.text.length >= 2 &&
      item.text.length <= 6 &&
      item.text !== item.lower &&
      item.text === item.text.toUpperCase() &&
      ACRONYM_RE.test(item.text),
  );
}

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

function unexplained(context: RuleContext, source: Analysis): Item[] {
  const targetAcronyms = acronyms(context.target);
  if (targetAcronyms.length === 0) return [];
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
    const index = context.target.items.indexOf(item);
    if (expandedBefore(context.target, index, item.text)) continue;
    left.push(item);
  }
  // pair the leftovers with spare source acronyms: same length first, then in order
  const result: Item[] = [];
  const unpaired: Item[] = [];
  for (const item of left) {
    const sameLength = spare.findIndex((acronym) => acronym.length === item.text.length);
    if (sameLength >= 0) spare.splice(sameLength, 1);
    else unpaired.push(item);
  }
  for (const item of unpaired) {
    if (spare.length > 0) spare.shift();
    else result.push(item);
  }
  return result.sort((a, b) => a.start - b.start);
}

export const acronymsRule: Rule = {
  name: 'acronyms',
  ids: ['acronym.unexplained', 'brackets.changed'],
  check(context) {
    const source = context.source;
    if (!source) return [];
    const out: Finding[] = [];
    const sourceBrackets = brackets(source);
    const targetBrackets = brackets(context.target);
    for (const item of unexplained(context, source)) {
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
    return out;
  },
};

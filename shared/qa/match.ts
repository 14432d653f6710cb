/**
 * Finding a phrase (a glossary term, a rendering, a name) in an analysed text. Phrases are
 * compared item by item, ignoring whitespace, so "(un)intended" and "export curbs" match however
 * they are spaced; words compare by their forms in the requested mode, symbols exactly. In texts
 * written without spaces the phrase is looked for as a substring, since word segmenters split
 * terms unpredictably.
 */
import { analyze, normalizeLower, type Analysis, type FormMode } from './analyze';

export interface Pattern {
  raw: string;
  lang: string;
  analysis: Analysis;
  caseSensitive: boolean;
  /** Per mode, per item: substrings a matching word must contain (computed on first use). */
  cores: Partial<Record<FormMode, ReadonlyArray<readonly string[]>>>;
}

export interface Match {
  start: number;
  end: number;
  /** Index of the first and last matched item in the text's analysis (-1 for substring matches). */
  first: number;
  last: number;
}

export function compilePattern(raw: string, lang: string, caseSensitive = false): Pattern {
  return { raw: raw.trim(), lang, analysis: analyze(raw.trim(), lang), caseSensitive, cores: {} };
}

function substringMatches(text: Analysis, pattern: Pattern): Match[] {
  const haystack = pattern.caseSensitive ? text.text : normalizeLower(text.text);
  const needle = pattern.caseSensitive ? pattern.raw : normalizeLower(pattern.raw);
  const matches: Match[] = [];
  if (needle === '' || haystack.length !== text.text.length) return matches;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    matches.push({ start: at, end: at + needle.length, first: -1, last: -1 });
  }
  return matches;
}

/**
 * Letters every word sharing a form with the pattern's word must contain: each form without its
 * first letter (nasal sound changes replace it) and last (English restores an "e" or "y").
 * Checking them is a substring test, far cheaper than computing the word's forms.
 */
function coresOf(pattern: Pattern, mode: FormMode): ReadonlyArray<readonly string[]> {
  const cached = pattern.cores[mode];
  if (cached) return cached;
  const list = pattern.analysis.items.map((_, index) => {
    const forms = pattern.analysis.forms(index, mode);
    return forms.some((form) => form.length < 4) ? [''] : [...new Set(forms.map((form) => form.slice(1, -1)))];
  });
  pattern.cores[mode] = list;
  return list;
}

function itemMatches(
  text: Analysis,
  textIndex: number,
  pattern: Pattern,
  patternIndex: number,
  mode: FormMode,
  cores: ReadonlyArray<readonly string[]>,
): boolean {
  const item = text.items[textIndex];
  const wanted = pattern.analysis.items[patternIndex];
  if (!item || !wanted) return false;
  if (pattern.caseSensitive) return item.text === wanted.text;
  if (item.lower === wanted.lower) return true;
  if (item.kind !== 'word' || wanted.kind !== 'word' || mode === 'exact') return false;
  if (!(cores[patternIndex] ?? ['']).some((core) => item.lower.includes(core))) return false;
  const forms = text.forms(textIndex, mode);
  return pattern.analysis.forms(patternIndex, mode).some((form) => forms.includes(form));
}

/** Every occurrence of `pattern` in `text`, in order, not overlapping. */
export function findPattern(text: Analysis, pattern: Pattern, mode: FormMode): Match[] {
  const wanted = pattern.analysis.items;
  if (wanted.length === 0) return [];
  if (text.unspaced || pattern.analysis.unspaced) return substringMatches(text, pattern);
  const cores = mode === 'exact' ? [] : coresOf(pattern, mode);
  const matches: Match[] = [];
  let lastEnd = -1;
  const count = text.items.length - wanted.length + 1;
  for (let start = 0; start < count; start += 1) {
    if (start <= lastEnd) continue;
    let ok = true;
    for (let k = 0; k < wanted.length && ok; k += 1) ok = itemMatches(text, start + k, pattern, k, mode, cores);
    if (!ok) continue;
    const last = start + wanted.length - 1;
    const firstItem = text.items[start];
    const lastItem = text.items[last];
    if (!firstItem || !lastItem) continue;
    matches.push({ start: firstItem.start, end: lastItem.end, first: start, last });
    lastEnd = last;
  }
  return matches;
}

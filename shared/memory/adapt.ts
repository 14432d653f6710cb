/**
 * A memory match adapted to this paragraph: where the memory's source and this source differ only
 * in a number, a placeholder, an inline code or a name, and the memory's translation holds that
 * value exactly once, it is replaced there by this source's (a number by value, written the target
 * language's way; the rest as written). Anything ambiguous (the value twice in the translation, a
 * different count of numbers) is left alone: the translator sees the match as it was.
 */
import { diffWords } from '../text/diff';
import { findNumbers, separatorsFor, type NumberOccurrence } from '../text/numbers';
import { PLACEHOLDER_FIRST, PLACEHOLDER_LAST } from '../text/placeholders';

export interface AdaptedChange {
  /** Where the replacement stands in the adapted text. */
  start: number;
  end: number;
  /** What the memory's translation had there. */
  from: string;
  to: string;
}

export interface Adaptation {
  text: string;
  changes: AdaptedChange[];
}

interface Replacement {
  start: number;
  end: number;
  to: string;
}

/** A number's value written as the target language writes it, with as many decimals as the source gave. */
function formatFor(value: number, sourceText: string, targetText: string, targetLang: string, sourceLang: string): string {
  const { decimal: sourceDecimal } = separatorsFor(sourceLang);
  const { group } = separatorsFor(targetLang);
  const decimals = sourceText.includes(sourceDecimal) ? (sourceText.split(sourceDecimal).at(-1)?.replace(/\D/g, '').length ?? 0) : 0;
  // grouped as the translation grouped the number it replaces (or as the source did)
  const grouped = targetText.includes(group) || /^\d{1,3}(?:[^\d]\d{3})+(?:\D|$)/.test(sourceText);
  try {
    return new Intl.NumberFormat(targetLang, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: grouped,
    }).format(value);
  } catch {
    return sourceText;
  }
}

const valueOf = (occurrence: NumberOccurrence) => occurrence.scaled ?? occurrence.value;

/** Numbers that differ in place: the memory's source and this source have as many numbers, in order. */
function numberReplacements(
  memorySource: string,
  memoryTarget: string,
  source: string,
  sourceLang: string,
  targetLang: string,
): Replacement[] {
  const before = findNumbers(memorySource, sourceLang);
  const after = findNumbers(source, sourceLang);
  if (before.length !== after.length) return [];
  const inTarget = findNumbers(memoryTarget, targetLang);
  const out: Replacement[] = [];
  before.forEach((was, index) => {
    const now = after[index] as NumberOccurrence;
    const from = valueOf(was);
    const to = valueOf(now);
    if (from === null || to === null || from === to) return;
    // unambiguous: the value once in the memory's source and once in its translation
    if (before.filter((other) => valueOf(other) === from).length !== 1) return;
    const hits = inTarget.filter((other) => valueOf(other) === from);
    if (hits.length !== 1) return;
    const hit = hits[0] as NumberOccurrence;
    // a scale word stays as the translation wrote it ("6 juta" for "6 million"): the figure changes
    const figure = was.scaled !== null && now.scaled !== null && was.scale === now.scale ? (now.value ?? to) : to;
    const figureWas = hit.scaled !== null ? (hit.value ?? from) : from;
    const numberText = hit.text.match(/^[^\s]*\d/u)?.[0] ?? hit.text;
    const written = formatFor(figure, now.text, numberText, targetLang, sourceLang);
    if (figureWas === figure) return;
    out.push({ start: hit.start, end: hit.start + numberText.length, to: written });
  });
  return out;
}

const PLACEHOLDER_RE = /^(?:\{[^{}]+\}|\{\{[^{}]+\}\}|\$\{[^{}]+\}|%\d*\$?[sdif@]|%\([^)]+\)[sd]|<[^<>]+>)$/u;

/** Text a translation copies as it is: placeholders, inline codes, codes with digits, names. */
function isCopied(text: string): boolean {
  if (text.length === 0 || /\s/u.test(text)) return false;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= PLACEHOLDER_FIRST && code <= PLACEHOLDER_LAST) return true;
  }
  if (PLACEHOLDER_RE.test(text)) return true;
  // a code: letters and digits glued ("H800", "v2", "A4")
  if (/[\p{L}_]\d|\d[\p{L}_]/u.test(text)) return true;
  // a name (the caller leaves out a capital at the sentence's start)
  return /^\p{Lu}/u.test(text);
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) out.push(at);
  return out;
}

const PLACEHOLDERS_RE = /\{\{[^{}\s]+\}\}|\$\{[^{}\s]+\}|\{[^{}]+\}|%\d+\$[sdif]|%\([^)\s]+\)[sd]|%[sdif@]|<\/?[A-Za-z][^<>]*>/gu;

/** Placeholders that differ in place: both sources have as many, in order. */
function placeholderReplacements(memorySource: string, memoryTarget: string, source: string): Replacement[] {
  const before = [...memorySource.matchAll(PLACEHOLDERS_RE)].map((match) => match[0]);
  const after = [...source.matchAll(PLACEHOLDERS_RE)].map((match) => match[0]);
  if (before.length !== after.length) return [];
  const out: Replacement[] = [];
  before.forEach((from, index) => {
    const to = after[index] as string;
    if (from === to || before.filter((other) => other === from).length !== 1) return;
    const hits = occurrences(memoryTarget, from);
    if (hits.length === 1) out.push({ start: hits[0] as number, end: (hits[0] as number) + from.length, to });
  });
  return out;
}

/** Copied text that differs between the two sources, replaced where the translation has it once. */
function literalReplacements(memorySource: string, memoryTarget: string, source: string, sourceLang: string): Replacement[] {
  const out: Replacement[] = [];
  const parts = diffWords(memorySource, source, { lang: sourceLang });
  for (let k = 0; k + 1 < parts.length; k += 1) {
    const removed = parts[k];
    const added = parts[k + 1];
    if (removed?.op !== 'delete' || added?.op !== 'insert') continue;
    const from = removed.text.trim();
    const to = added.text.trim();
    // a capital at the sentence's start is no name
    if (removed.aStart === 0 && !/[\d{}%<$]/u.test(from)) continue;
    if (!isCopied(from) || !isCopied(to) || /^\d+(?:[.,]\d+)*$/u.test(from)) continue;
    if (occurrences(memorySource, from).length !== 1) continue;
    const hits = occurrences(memoryTarget, from);
    if (hits.length !== 1) continue;
    out.push({ start: hits[0] as number, end: (hits[0] as number) + from.length, to });
  }
  return out;
}

/** The memory's translation adapted to this source, or null when nothing is (or can be) adapted. */
export function adaptMatch(
  match: { source: string; target: string },
  source: string,
  sourceLang: string,
  targetLang: string,
): Adaptation | null {
  if (match.source === source) return null;
  const replacements = [
    ...numberReplacements(match.source, match.target, source, sourceLang, targetLang),
    ...placeholderReplacements(match.source, match.target, source),
    ...literalReplacements(match.source, match.target, source, sourceLang),
  ].sort((a, b) => a.start - b.start);
  // two replacements of one place: neither is sure
  const chosen = replacements.filter(
    (replacement, k) => !replacements.some((other, j) => j !== k && other.start < replacement.end && replacement.start < other.end),
  );
  if (chosen.length === 0) return null;
  let text = '';
  let from = 0;
  const changes: AdaptedChange[] = [];
  for (const replacement of chosen) {
    text += match.target.slice(from, replacement.start);
    changes.push({
      start: text.length,
      end: text.length + replacement.to.length,
      from: match.target.slice(replacement.start, replacement.end),
      to: replacement.to,
    });
    text += replacement.to;
    from = replacement.end;
  }
  text += match.target.slice(from);
  return { text, changes };
}

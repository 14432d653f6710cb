/**
 * Numbers and money. Every number of the source must come back with the same value, read with
 * each language's own separators (in Indonesian "2,5" is two and a half and "2.5" is written the
 * English way); scale words count ("6 million" = "6 juta" = "6.000.000"). Money must follow the
 * target language's layout of symbol and amount ("$6" in Indonesian, "6 $" in French), as its
 * CLDR data has it.
 */
import { findNumbers, separatorsFor, type NumberOccurrence } from '../../text/numbers';
import { insideLiteral } from '../../text/literals';
import { finding, spanOf, type Rule, type RuleContext } from '../context';
import type { Finding } from '../types';

function same(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && Math.abs(a - b) <= Math.abs(a) * 1e-9;
}

function matches(source: NumberOccurrence, target: { value: number | null; scaled: number | null }): boolean {
  return (
    same(source.value, target.value) ||
    same(source.scaled, target.scaled) ||
    same(source.scaled, target.value) ||
    same(source.value, target.scaled)
  );
}

const formatters = new Map<string, Intl.NumberFormat>();

/** A value written the target language's way (grouping only from five digits, as style guides ask). */
function format(value: number, lang: string): string {
  const key = `${lang}:${value >= 10_000}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(lang, { maximumFractionDigits: 20, useGrouping: value >= 10_000 });
    } catch {
      formatter = new Intl.NumberFormat('en', { maximumFractionDigits: 20, useGrouping: value >= 10_000 });
    }
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

const CURRENCY = String.raw`(?:US\$|[A-Z]{1,2}\$|Rp|RM|[$€£¥₹₩₽₺₫₪฿])`;
const AMOUNT = String.raw`\d(?:[\d.,]*\d)?`;
const BEFORE_RE = new RegExp(`(${CURRENCY})([ \\u00a0\\u202f]?)(${AMOUNT})`, 'gu');
const AFTER_RE = new RegExp(`(${AMOUNT})([ \\u00a0\\u202f]?)(${CURRENCY})(?![\\p{L}\\p{N}])`, 'gu');

interface Layout {
  before: boolean;
  spaced: boolean;
}

const layouts = new Map<string, Layout>();

/** Where the target language puts the currency symbol, and whether a space separates it. */
export function currencyLayout(lang: string): Layout {
  let layout = layouts.get(lang);
  if (!layout) {
    let parts: Intl.NumberFormatPart[];
    try {
      parts = new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD' }).formatToParts(6);
    } catch {
      parts = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).formatToParts(6);
    }
    const currency = parts.findIndex((part) => part.type === 'currency');
    const integer = parts.findIndex((part) => part.type === 'integer');
    const between = parts.slice(Math.min(currency, integer) + 1, Math.max(currency, integer));
    layout = { before: currency < integer, spaced: between.some((part) => /\s/u.test(part.value)) };
    layouts.set(lang, layout);
  }
  return layout;
}

const ANY_CURRENCY_RE = new RegExp(CURRENCY, 'u');

function checkCurrency(context: RuleContext, out: Finding[]): void {
  const text = context.target.text;
  if (!ANY_CURRENCY_RE.test(text)) return;
  const expected = currencyLayout(context.targetLang);
  const space = '\u00a0';
  const report = (start: number, end: number, symbol: string, amount: string) => {
    const suggestion = expected.before
      ? `${symbol}${expected.spaced ? space : ''}${amount}`
      : `${amount}${expected.spaced ? space : ''}${symbol}`;
    out.push(
      finding(context, 'numbers.currency', 'minor', start, end, {
        params: { found: text.slice(start, end), expected: suggestion },
        suggestion,
      }),
    );
  };
  for (const match of text.matchAll(BEFORE_RE)) {
    const [whole, symbol = '', gap = '', amount = ''] = match;
    if (!expected.before || (gap !== '') !== expected.spaced) report(match.index, match.index + whole.length, symbol, amount);
  }
  for (const match of text.matchAll(AFTER_RE)) {
    const [whole, amount = '', gap = '', symbol = ''] = match;
    // "6 $" reads as symbol-after only where the language puts it there or it is glued
    if (expected.before && gap !== '') continue;
    if (expected.before || (gap !== '') !== expected.spaced) report(match.index, match.index + whole.length, symbol, amount);
  }
}

export const numbersRule: Rule = {
  name: 'numbers',
  ids: ['numbers.missing', 'numbers.changed', 'numbers.format', 'numbers.currency'],
  check(context) {
    const out: Finding[] = [];
    checkCurrency(context, out);
    const source = context.source;
    if (!source) return out;
    // numbers inside versions, addresses, placeholders and code are the literals rule's
    const sourceNumbers = findNumbers(source.text, context.sourceLang).filter((n) => n.value !== null && !insideLiteral(source.literals, n.start, n.end));
    const targetNumbers = findNumbers(context.target.text, context.targetLang).filter((n) => !insideLiteral(context.target.literals, n.start, n.end));
    const usedSource = new Set<number>();
    const unmatchedTarget: NumberOccurrence[] = [];
    const sameSeparators =
      JSON.stringify(separatorsFor(context.sourceLang)) === JSON.stringify(separatorsFor(context.targetLang));

    for (const target of targetNumbers) {
      const index = sourceNumbers.findIndex((s, i) => !usedSource.has(i) && matches(s, target));
      if (index >= 0) {
        usedSource.add(index);
        continue;
      }
      // written with the source language's separators instead of the target's?
      if (!sameSeparators) {
        const value = findNumbers(target.text, context.sourceLang)[0]?.value ?? null;
        const alt = { value, scaled: value !== null && target.scale !== null ? value * target.scale : null };
        const altIndex = value === null ? -1 : sourceNumbers.findIndex((s, i) => !usedSource.has(i) && matches(s, alt));
        if (altIndex >= 0) {
          usedSource.add(altIndex);
          const written = format(sourceNumbers[altIndex]?.value ?? 0, context.targetLang);
          out.push(
            finding(context, 'numbers.format', 'minor', target.start, target.end, {
              source: spanOf(source.text, sourceNumbers[altIndex]?.start ?? 0, sourceNumbers[altIndex]?.end ?? 0),
              params: { found: target.text, expected: written },
              suggestion: written,
            }),
          );
          continue;
        }
      }
      unmatchedTarget.push(target);
    }

    const missing = sourceNumbers.filter((_, i) => !usedSource.has(i));
    for (const sourceNumber of missing) {
      const changed = unmatchedTarget.shift();
      const sourceSpan = spanOf(source.text, sourceNumber.start, sourceNumber.end);
      const expected = format(sourceNumber.value ?? 0, context.targetLang);
      if (changed) {
        out.push(
          finding(context, 'numbers.changed', 'major', changed.start, changed.end, {
            source: sourceSpan,
            params: { found: changed.text, expected, source: sourceNumber.text },
            suggestion: expected,
          }),
        );
      } else {
        out.push(
          finding(context, 'numbers.missing', 'major', 0, 0, {
            source: sourceSpan,
            params: { source: sourceNumber.text, expected },
          }),
        );
      }
    }
    return out;
  },
};

/**
 * Numbers and money. Every number of the source must come back with the same value, read with
 * each language's own separators (in Indonesian "2,5" is two and a half and "2.5" is written the
 * English way); scale words count ("6 million" = "6 juta" = "6.000.000"). Money must follow the
 * target language's layout of symbol and amount ("$6" in Indonesian, "6 $" in French), as its
 * CLDR data has it. Times of day are compared as times ("9 p.m." is "21.00"), and the months and
 * weekdays the source names must be the ones the translation names (text/datetime.ts), and a
 * number kept must keep its unit ("20 seconds" is not "20 menit"; text/units.ts). Numbers spelled
 * out count too (text/spelled.ts): a figure the translation spells is not missing ("5 years" →
 * "lima tahun"), and a quantity the source spells ("five years") keeps its value and its unit.
 */
import { findNumbers, separatorsFor, writtenAsOrdinal, type NumberOccurrence } from '../../text/numbers';
import { insideLiteral, repunctuated } from '../../text/literals';
import { compiled, escapeRegExp } from '../../text/regexp';
import { formatTime, isDateName, nameIn, namedDatesIn, timesIn, type NamedDate, type TimeOfDay } from '../../text/datetime';
import { phonesIn, samePhone, type PhoneNumber } from '../../text/phones';
import {
  countWordsIn,
  ordinalPeriodsIn,
  periodAfter,
  perPeriod,
  spelledWithUnit,
  unitAfter,
  unitName,
  withUnit,
  type UnitAt,
} from '../../text/units';
import { spelledAs, spelledNumbersIn, type SpelledNumber } from '../../text/spelled';
import { ordinalSpelled, ordinalsIn, type SpelledOrdinal } from '../../text/ordinals';
import { currencyAround, currencyNamedAfter, sameCurrency } from '../../text/currency';
import { baseLanguage, finding, spanOf, type Rule, type RuleContext } from '../context';
import { locateInTarget } from '../locate';
import { pairedSentences, sentencesOfCached, splitAtSemicolons, type Sentence } from '../sentences';
import { cognateKey } from '../../text/cognate';
import { exactSpansIn, negationsIn, oppositesIn } from './meaning';
import type { Analysis } from '../analyze';
import type { Finding } from '../types';

function same(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && Math.abs(a - b) <= Math.abs(a) * 1e-9;
}

/**
 * "15.000" with one separator and three digits after it is fifteen thousand as often as fifteen,
 * whatever the language (an English text quoting rupiah, a German one quoting dollars): the
 * grouped reading, when the text allows it.
 */
function groupedValue(text: string): number | null {
  return GROUPED_RE.test(text) ? Number(text.replace(/[.,'’ \u00a0\u202f\u2009]/gu, '')) : null;
}
/** Digits grouped by threes with one kind of separator, a space too ("116 117", a number a language that groups with dots cannot read). */
const GROUPED_RE = /^\d{1,3}(?:([.,'’ \u00a0\u202f\u2009])\d{3})(?:\1\d{3})*$/u;

function matches(source: NumberOccurrence, target: { value: number | null; scaled: number | null; text?: string }): boolean {
  // both with a scale word: the scales count ("100 million" is not "100 miliar")
  if (source.scaled !== null && target.scaled !== null) return same(source.scaled, target.scaled);
  // (a number grouped with spaces that the translation's language cannot read, "116 117" in German:
  // by its digits; one grouped with the source's dots or commas is the format check's)
  const targetValue = target.value ?? (target.text !== undefined && /\s/u.test(target.text) ? groupedValue(target.text) : null);
  if (same(groupedValue(source.text), targetValue)) return true;
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

/**
 * Telephone numbers, compared as their digits (the international and the national way of writing
 * one are the same number): one of the source's written with other digits is changed; one the
 * translation lacks is missing.
 */
function checkPhones(
  context: RuleContext,
  sourcePhones: readonly PhoneNumber[],
  targetPhones: readonly PhoneNumber[],
  out: Finding[],
): void {
  const source = context.source;
  if (!source || sourcePhones.length === 0) return;
  const used = new Set<number>();
  const unmatched: PhoneNumber[] = [];
  for (const phone of sourcePhones) {
    const k = targetPhones.findIndex((other, i) => !used.has(i) && samePhone(phone, other));
    if (k >= 0) used.add(k);
    else unmatched.push(phone);
  }
  const spare = targetPhones.filter((_, i) => !used.has(i));
  for (const phone of unmatched) {
    const changed = spare.shift();
    // the digits may stand in the translation in another layout that is not read as a phone number
    if (!changed && context.target.text.replace(/\D/gu, '').includes(phone.digits.replace(/^0/u, ''))) continue;
    const sourceSpan = spanOf(source.text, phone.start, phone.end);
    out.push(
      changed
        ? finding(context, 'numbers.changed', 'major', changed.start, changed.end, {
            source: sourceSpan,
            params: { found: changed.text, expected: phone.text, source: phone.text },
            suggestion: phone.text,
          })
        : finding(context, 'numbers.missing', 'major', 0, 0, { source: sourceSpan, params: { source: phone.text, expected: phone.text } }),
    );
  }
}

/**
 * For each target number, the source number of the same value it renders (-1 when none): pairs
 * of equal numbers taken nearest first by their relative place in each text.
 */
function pairByPlace(
  sources: readonly NumberOccurrence[],
  targets: readonly NumberOccurrence[],
  sourceLength: number,
  targetLength: number,
): number[] {
  const pairedWith = targets.map(() => -1);
  const candidates: Array<{ target: number; source: number; distance: number }> = [];
  for (const [t, target] of targets.entries()) {
    for (const [i, source] of sources.entries()) {
      if (matches(source, target))
        candidates.push({
          target: t,
          source: i,
          distance: Math.abs(source.start / Math.max(1, sourceLength) - target.start / Math.max(1, targetLength)),
        });
    }
  }
  // (stable: among equal distances, the earlier ones first, as reading goes)
  candidates.sort((a, b) => a.distance - b.distance);
  const usedSources = new Set<number>();
  for (const candidate of candidates) {
    if (pairedWith[candidate.target] !== -1 || usedSources.has(candidate.source)) continue;
    pairedWith[candidate.target] = candidate.source;
    usedSources.add(candidate.source);
  }
  return pairedWith;
}

/** The currency written beside a number ("Rp5.000", "€ 30", "10 yuan", "100元"), if any. */
function currencyOf(text: string, number: { start: number; end: number }, lang: string) {
  return currencyAround(text, number.start, number.end) ?? currencyNamedAfter(text, number.end, lang);
}

/** Takes out of `numbers` the one whose relative place in its text is nearest `place` (0–1). */
function takeNearest(numbers: NumberOccurrence[], place: number, length: number): NumberOccurrence | undefined {
  let best = -1;
  let distance = Infinity;
  for (const [k, number] of numbers.entries()) {
    const d = Math.abs(number.start / Math.max(1, length) - place);
    if (d < distance) {
      distance = d;
      best = k;
    }
  }
  return best < 0 ? undefined : numbers.splice(best, 1)[0];
}

/** Whether two times of day may be the same (a 12-hour time without a.m. or p.m. is either half of the day). */
function sameTime(a: TimeOfDay, b: TimeOfDay): boolean {
  return a.minutes === b.minutes || a.minutes === b.alternative || a.alternative === b.minutes;
}

/** Times of day: each of the source's at the same time in the translation; a different one is changed. */
function checkTimes(context: RuleContext, sourceTimes: readonly TimeOfDay[], targetTimes: readonly TimeOfDay[], out: Finding[]): void {
  const source = context.source;
  if (!source || sourceTimes.length === 0 || targetTimes.length === 0) return;
  const used = new Set<number>();
  const unmatched: TimeOfDay[] = [];
  for (const time of sourceTimes) {
    const k = targetTimes.findIndex((other, i) => !used.has(i) && sameTime(other, time));
    if (k >= 0) used.add(k);
    else unmatched.push(time);
  }
  const spare = targetTimes.filter((_, i) => !used.has(i));
  for (const time of unmatched) {
    const changed = spare.shift();
    if (!changed) break;
    const expected = formatTime(time.minutes, context.targetLang);
    out.push(
      finding(context, 'numbers.changed', 'major', changed.start, changed.end, {
        source: spanOf(source.text, time.start, time.end),
        params: { found: changed.text, expected, source: time.text },
        suggestion: expected,
      }),
    );
  }
}

/**
 * Two times of day that changed places ("the support act at 7:30 p.m., the main act at 9 p.m." →
 * "band pembuka pukul 21.00, band utama pukul 19.30"): the source's two are the translation's two
 * in the other order, and these read alike where they stand (the same word before or after both),
 * so that nothing but their order tells which is which, as with figures (see checkSwapped).
 */
function checkTimesSwapped(
  context: RuleContext,
  sourceTimes: readonly TimeOfDay[],
  targetTimes: readonly TimeOfDay[],
  out: Finding[],
): void {
  const source = context.source;
  if (!source || sourceTimes.length !== 2 || targetTimes.length !== 2) return;
  if (FREE_ORDER.has(baseLanguage(context.sourceLang)) || FREE_ORDER.has(baseLanguage(context.targetLang))) return;
  const [firstSaid, secondSaid] = sourceTimes as [TimeOfDay, TimeOfDay];
  const [first, second] = targetTimes as [TimeOfDay, TimeOfDay];
  if (sameTime(firstSaid, secondSaid) || sameTime(firstSaid, first) || sameTime(secondSaid, second)) return;
  if (!sameTime(firstSaid, second) || !sameTime(secondSaid, first)) return;
  const [near, far] = [neighbours(context.target.text, first), neighbours(context.target.text, second)];
  if (!((near.before !== null && near.before === far.before) || (near.after !== null && near.after === far.after))) return;
  out.push(
    finding(context, 'numbers.swapped', 'major', first.start, first.end, {
      source: spanOf(source.text, firstSaid.start, firstSaid.end),
      params: { first: first.text, second: second.text },
    }),
  );
}

/** Months and weekdays: a name in the translation that the source does not have, where the source names another. */
function checkNamedDates(context: RuleContext, out: Finding[]): void {
  const source = context.source;
  if (!source) return;
  const inSource = namedDatesIn(source.text, context.sourceLang, source.unspaced ? undefined : source.items);
  if (inSource.length === 0) return;
  const inTarget = namedDatesIn(context.target.text, context.targetLang, context.target.unspaced ? undefined : context.target.items);
  for (const kind of ['month', 'weekday'] as const) {
    const sourceOnes = inSource.filter((date) => date.kind === kind);
    const targetOnes = inTarget.filter((date) => date.kind === kind);
    // each name of the source paired with one of the same month or day of the translation, as
    // many times as it stands ("3 February … 28 February" → "3 Februari … 28 Januari": one February short)
    const paired = new Set<number>();
    const missing = sourceOnes.filter((date) => {
      const match = targetOnes.findIndex((other, k) => !paired.has(k) && other.index === date.index);
      if (match < 0) return true;
      paired.add(match);
      return false;
    });
    const extra = targetOnes.filter((_, k) => !paired.has(k));
    // a month of a date rendered as a word that is no month at all ("5 May" → "5 Mungkin", the
    // modal): the date's day kept, a capitalised word beside it where the month stood
    if (kind === 'month' && extra.length === 0 && !context.target.unspaced)
      for (const wanted of missing) {
        // (an English month is written with its capital: "under 14 may climb" names no May)
        if (baseLanguage(context.sourceLang) === 'en' && !/^\p{Lu}/u.test(wanted.text)) continue;
        const word = monthWordLost(source.text, wanted, context.target.text, context.targetLang);
        if (!word) continue;
        const expected = nameIn(context.targetLang, 'month', wanted.index);
        const fix = expected.charAt(0).toUpperCase() + expected.slice(1);
        out.push(
          finding(context, 'numbers.changed', 'major', word.start, word.end, {
            source: spanOf(source.text, wanted.start, wanted.end),
            params: { found: word.text, expected: fix, source: wanted.text },
            suggestion: fix,
          }),
        );
      }
    extra.forEach((date, k) => {
      const wanted = missing[k];
      if (!wanted) return;
      const expected = nameIn(context.targetLang, kind, wanted.index);
      // in the letter case the translation wrote it, or with its number ("7月")
      const fix = /^\p{N}/u.test(date.text)
        ? `${wanted.index + 1}${date.text.replace(/^\p{N}+/u, '')}`
        : date.text.charAt(0) === date.text.charAt(0).toUpperCase()
          ? expected.charAt(0).toUpperCase() + expected.slice(1)
          : expected.toLowerCase();
      out.push(
        finding(context, 'numbers.changed', 'major', date.start, date.end, {
          source: spanOf(source.text, wanted.start, wanted.end),
          params: { found: date.text, expected: fix, source: wanted.text },
          suggestion: fix,
        }),
      );
    });
  }
}

/**
 * A period counted by an ordinal whose unit changed ("during the first month" → "durante la primera
 * semana"): a period of the translation of a unit none of the source's is, where one of the
 * source's has none of its unit in the translation. On the period's name; no fix offered (the
 * ordinal may have to agree with the right name: "el primer mes").
 */
function checkOrdinalPeriods(context: RuleContext, out: Finding[]): void {
  const source = context.source;
  if (!source) return;
  const inSource = ordinalPeriodsIn(source.text, context.sourceLang);
  if (inSource.length === 0) return;
  const inTarget = ordinalPeriodsIn(context.target.text, context.targetLang);
  const missing = inSource.filter((period) => !inTarget.some((other) => other.unit === period.unit));
  const extra = inTarget.filter((period) => !inSource.some((other) => other.unit === period.unit));
  extra.forEach((period, k) => {
    const wanted = missing[k];
    if (!wanted) return;
    out.push(
      finding(context, 'numbers.changed', 'major', period.start, period.end, {
        source: spanOf(source.text, wanted.phrase.start, wanted.phrase.end),
        params: {
          found: context.target.text.slice(period.start, period.end),
          expected: unitName(1, wanted.unit, context.targetLang),
          source: source.text.slice(wanted.phrase.start, wanted.phrase.end),
        },
      }),
    );
  });
}

/**
 * An ordinal changed ("in the third trimester" → "pada trimester pertama", "am ersten Tag" for "on
 * the third day"): an ordinal of the translation's that the source says neither as an ordinal nor
 * as a figure, where one of the source's is missing from the translation in the same way; the
 * k-th of the one beside the k-th of the other. An ordinal said without its counterpart ("First,
 * remove the cap" → "Lepaskan dulu tutupnya") changed nothing. On the translation's ordinal, with
 * the source's spelled the target language's way as the fix where it has one way ("ketiga").
 */
function checkOrdinals(
  context: RuleContext,
  sourceNumbers: readonly NumberOccurrence[],
  targetNumbers: readonly NumberOccurrence[],
  out: Finding[],
): void {
  const source = context.source;
  if (!source) return;
  const said = ordinalsIn(source.text, context.sourceLang);
  // (a "last" of one side stands for an ordinal of the other: "the third working day" → "am
  // letzten Werktag", "the last day" → "le troisième jour")
  const [sourceLasts, targetLasts] = [lastsIn(source.text, context.sourceLang), lastsIn(context.target.text, context.targetLang)];
  if (said.length === 0 && sourceLasts.length === 0) return;
  // (and the translation's figures written as ordinals, "hari ke-1")
  const found = [
    ...ordinalsIn(context.target.text, context.targetLang),
    ...targetNumbers
      .filter((number) => writtenAsOrdinal(context.target.text, number, context.targetLang))
      .map((number) => ({ ...number, value: number.value ?? Number.NaN, figure: true })),
  ];
  const figures = (numbers: readonly NumberOccurrence[]) => new Set(numbers.map((number) => number.value));
  const [sourceFigures, targetFigures] = [figures(sourceNumbers), figures(targetNumbers)];
  const missing = said.filter((ordinal) => !found.some((other) => other.value === ordinal.value) && !targetFigures.has(ordinal.value));
  const extra = found.filter((ordinal) => !said.some((other) => other.value === ordinal.value) && !sourceFigures.has(ordinal.value));
  // (one ordinal lost where a "last" the source has not stands, or the other way round; not a
  // first, which the pair of first and last reports: "the first day" → "le dernier jour")
  const [lost] = missing;
  const [turned] = extra;
  // (of several, the one where the ordinal stands in its text, by the share of the text before it)
  const nearest = <T extends { start: number }>(list: readonly T[], at: number, from: string, to: string): T =>
    list.reduce((best, each) =>
      Math.abs(each.start / to.length - at / from.length) < Math.abs(best.start / to.length - at / from.length) ? each : best,
    );
  if (missing.length === 1 && extra.length === 0 && lost && lost.value > 1 && targetLasts.length === sourceLasts.length + 1) {
    const last = nearest(targetLasts, lost.start, source.text, context.target.text);
    out.push(
      finding(context, 'numbers.changed', 'major', last.start, last.end, {
        source: spanOf(source.text, lost.start, lost.end),
        params: { found: last.text, source: lost.text },
      }),
    );
    return;
  }
  if (extra.length === 1 && missing.length === 0 && turned && turned.value > 1 && sourceLasts.length === targetLasts.length + 1) {
    const last = nearest(sourceLasts, turned.start, context.target.text, source.text);
    out.push(
      finding(context, 'numbers.changed', 'major', turned.start, turned.end, {
        source: spanOf(source.text, last.start, last.end),
        params: { found: turned.text, source: last.text },
      }),
    );
    return;
  }
  if (found.length === 0) return;
  extra.forEach((ordinal, k) => {
    const wanted = missing[k];
    if (!wanted || out.some((each) => each.start < ordinal.end && ordinal.start < each.end)) return;
    // (a figure by a figure: "ke-1" → "ke-3")
    const spelled = 'figure' in ordinal ? String(wanted.value) : ordinalSpelled(wanted.value, context.targetLang);
    const fix = spelled && /^\p{Lu}/u.test(ordinal.text) ? spelled.charAt(0).toUpperCase() + spelled.slice(1) : spelled;
    out.push(
      finding(context, 'numbers.changed', 'major', ordinal.start, ordinal.end, {
        source: spanOf(source.text, wanted.start, wanted.end),
        params: { found: ordinal.text, source: wanted.text, ...(fix ? { expected: fix } : {}) },
        ...(fix ? { suggestion: fix } : {}),
      }),
    );
  });
}

/** A word of "last" in an order, by language ("last", "letzten", "dernier", "último", "terakhir", "最后"). */
const LAST_WORD: Readonly<Record<string, RegExp>> = {
  // (after a determiner: "lasts up to three years" is no order)
  en: /(?<=(?<![\p{L}])(?:the|its|their|your|our|his|her|each|every|this|that)\s+)(?:last|final)(?![\p{L}])/giu,
  de: /(?<![\p{L}])letzt(?:e|er|en|es|em)(?![\p{L}])/giu,
  fr: /(?<![\p{L}])derni(?:er|ère|ers|ères)(?![\p{L}])/giu,
  es: /(?<![\p{L}])últim(?:o|a|os|as)(?![\p{L}])/giu,
  id: /(?<![\p{L}])terakhir(?![\p{L}])/giu,
  zh: /最后|最末/gu,
};

/** Where a text says "last" (see LAST_WORD), in its order. */
function lastsIn(text: string, lang: string): Array<{ start: number; end: number; text: string }> {
  const pattern = LAST_WORD[baseLanguage(lang)];
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
}

/**
 * The months written with their figure ("3月")/**
 * The months written with their figure ("3月") of a text without spaces that the other text names
 * too, in either language's way: source's and translation's (their figures are the dates' to check).
 */
function numberedMonthsOf(context: RuleContext): [NamedDate[], NamedDate[]] {
  const source = context.source;
  if (!source || !(source.unspaced || context.target.unspaced)) return [[], []];
  const monthsOf = (analysis: Analysis, lang: string) =>
    namedDatesIn(analysis.text, lang, analysis.unspaced ? undefined : analysis.items).filter((date) => date.kind === 'month');
  const [inSource, inTarget] = [monthsOf(source, context.sourceLang), monthsOf(context.target, context.targetLang)];
  const numbered = (dates: NamedDate[], others: NamedDate[]) =>
    dates.filter((date) => /^\p{N}/u.test(date.text) && others.some((other) => other.index === date.index));
  return [numbered(inSource, inTarget), numbered(inTarget, inSource)];
}

/**
 * Where a translation put a word that is no month or weekday in place of a source's month beside
 * its day ("5 May" → "5 Mungkin", "May 5" → "Mungkin 5"): the capitalised word beside the same day
 * number, else null.
 */
function monthWordLost(
  source: string,
  month: { start: number; end: number },
  target: string,
  targetLang: string,
): { start: number; end: number; text: string } | null {
  const day =
    /(?<![\p{N}.,])(\p{N}{1,2})(?:st|nd|rd|th)?\.?\s+$/u.exec(source.slice(Math.max(0, month.start - 8), month.start))?.[1] ??
    /^\s+(\p{N}{1,2})(?![\p{N}])/u.exec(source.slice(month.end, month.end + 5))?.[1];
  if (!day) return null;
  const after = compiled(`(?<![\\p{N}.,])${day}\\.?[ \\u00a0]+(\\p{Lu}\\p{Ll}+)(?![\\p{L}])`, 'u').exec(target);
  if (after?.[1] && !isDateName(after[1], targetLang)) {
    const start = after.index + after[0].length - after[1].length;
    return { start, end: start + after[1].length, text: after[1] };
  }
  const before = compiled(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)[ \\u00a0]+${day}(?![\\p{N}]|[.,:]\\p{N})`, 'u').exec(target);
  if (before?.[1] && !isDateName(before[1], targetLang))
    return { start: before.index, end: before.index + before[1].length, text: before[1] };
  return null;
}

/**
 * The words of a currency's hundredth after an amount, per language ("50 cents", "10 Cent", "20
 * centimes", "5 céntimos", "50 sen"); Chinese "分" and "角" are also minutes and corners, left out.
 */
const MINOR_UNIT: Readonly<Record<string, RegExp>> = {
  en: /^[ \u00a0]?(?:cents?|pence|penny|pennies)(?![\p{L}])/iu,
  de: /^[ \u00a0]?(?:Cents?|Rappen|Pfennig|ct)(?![\p{L}])/u,
  fr: /^[ \u00a0]?(?:centimes?|cts?)(?![\p{L}])/iu,
  es: /^[ \u00a0]?(?:céntimos?|centimos?|centavos?|ctms?)(?![\p{L}])/iu,
  id: /^[ \u00a0]?sen(?![\p{L}])/iu,
};

/** The word of a currency's hundredth right after an amount ending at `end`, if any. */
function minorUnitAfter(text: string, end: number, lang: string): { start: number; end: number } | null {
  const unit = MINOR_UNIT[baseLanguage(lang)]?.exec(text.slice(end, end + 12));
  return unit ? { start: end + unit[0].length - unit[0].trimStart().length, end: end + unit[0].length } : null;
}

/**
 * Amounts in a currency's hundredths, valued in its whole units too ("50 cents" is 0.50, as "0,50
 * €" says it): the scale of a hundredth, where no scale word is said.
 */
function inMinorUnits(numbers: NumberOccurrence[], text: string, lang: string): NumberOccurrence[] {
  return numbers.map((number) =>
    number.value !== null && number.scaled === null && minorUnitAfter(text, number.end, lang)
      ? { ...number, scale: 0.01, scaled: number.value / 100 }
      : number,
  );
}

/**
 * An amount of hundredths said as whole units, or whole units as hundredths, with the same figure
 * ("10 cents per minute" → "10 Euro pro Minute"): on the translation's amount and its unit. The
 * same amount said the other way ("50 cents" → "0,50 €") is no change.
 */
function checkMinorUnit(context: RuleContext, sourceNumber: NumberOccurrence, target: NumberOccurrence, out: Finding[]): boolean {
  const source = context.source;
  if (!source) return false;
  const sourceMinor = minorUnitAfter(source.text, sourceNumber.end, context.sourceLang);
  const targetMinor = minorUnitAfter(context.target.text, target.end, context.targetLang);
  if (!sourceMinor && !targetMinor) return false;
  if (sourceMinor && targetMinor) return true;
  const major = sourceMinor
    ? currencyOf(context.target.text, target, context.targetLang)
    : currencyOf(source.text, sourceNumber, context.sourceLang);
  if (!major || !same(sourceNumber.value, target.value)) return true;
  out.push(amountChanged(context, sourceNumber, sourceMinor ?? major, target, targetMinor ?? major));
  return true;
}

/** An amount changed in its unit or currency: on the translation's figure with its unit, against the source's. */
function amountChanged(
  context: RuleContext,
  sourceNumber: NumberOccurrence,
  sourceUnit: { start: number; end: number },
  target: NumberOccurrence,
  targetUnit: { start: number; end: number },
): Finding {
  const source = context.source as Analysis;
  const from = Math.min(targetUnit.start, target.start);
  const to = Math.max(targetUnit.end, target.end);
  const sourceFrom = Math.min(sourceUnit.start, sourceNumber.start);
  const sourceTo = Math.max(sourceUnit.end, sourceNumber.end);
  return finding(context, 'numbers.changed', 'major', from, to, {
    source: spanOf(source.text, sourceFrom, sourceTo),
    params: {
      source: source.text.slice(sourceFrom, sourceTo),
      found: context.target.text.slice(from, to),
      expected: source.text.slice(sourceFrom, sourceTo),
    },
  });
}

/** An amount kept in another currency ("US$2.50" → "Rp2,50"): on the translation's amount. */
function checkCurrencyOf(context: RuleContext, sourceNumber: NumberOccurrence, target: NumberOccurrence, out: Finding[]): void {
  const source = context.source;
  if (!source) return;
  if (checkMinorUnit(context, sourceNumber, target, out)) return;
  const wanted = currencyAround(source.text, sourceNumber.start, sourceNumber.end);
  if (!wanted) return;
  const found = currencyAround(context.target.text, target.start, target.end);
  if (!found || sameCurrency(wanted, found)) return;
  out.push(amountChanged(context, sourceNumber, wanted, target, found));
}

/** A number spelled out, as the numbers found in figures are. */
const spelledFound = new WeakMap<Analysis, readonly SpelledNumber[]>();

/** The numbers a text spells out (see spelledNumbersIn), found once per analysis: several checks read them. */
function spelledOf(analysis: Analysis): readonly SpelledNumber[] {
  let found = spelledFound.get(analysis);
  if (!found) spelledFound.set(analysis, (found = spelledNumbersIn(analysis.text, analysis.lang)));
  return found;
}

function occurrenceOf(spelled: SpelledNumber): NumberOccurrence & { spelled: true } {
  return { start: spelled.start, end: spelled.end, text: spelled.text, value: spelled.value, scale: null, scaled: null, spelled: true };
}

/** A number kept with its unit changed ("20 seconds" → "20 menit"): on the target's unit. */
function checkUnit(
  context: RuleContext,
  sourceNumber: NumberOccurrence,
  target: NumberOccurrence & { spelled?: true; unit?: string },
  out: Finding[],
  said?: UnitAt,
): void {
  const source = context.source;
  // (a count the translation says in one word, "sekali", "zweimal", is a number of times: what
  // follows it is no unit of its, "dua minggu sekali dari bulan Juni")
  if (target.unit === 'times' && (said?.unit === 'times' || said === undefined)) return;
  // (grouped thousands the source's language does not read: "Rp6.500.000" in English)
  const value = sourceNumber.value ?? groupedValue(sourceNumber.text);
  if (!source || value === null) return;
  // (a count said in one word, "twice", says its unit itself)
  const wanted = said ?? unitAfter(source.text, sourceNumber.end, context.sourceLang);
  if (!wanted) {
    // a count of something per a period ("5 marks per day" → "5 nilai per minggu")
    const counted = (text: string, end: number) => /^[ \u00a0]+\p{L}+/u.exec(text.slice(end, end + 32))?.[0].length ?? -1;
    const sourceWord = counted(source.text, sourceNumber.end);
    const targetWord = counted(context.target.text, target.end);
    if (sourceWord > 0 && targetWord > 0) {
      checkPeriod(context, sourceNumber.end + sourceWord, target.end + targetWord, out);
    }
    return;
  }
  const found = unitAfter(context.target.text, target.end, context.targetLang, wanted.unit);
  if (!found) return;
  if (found.unit === wanted.unit) {
    checkPeriod(context, wanted.end, found.end, out);
    return;
  }
  // (a rate the source counts per its period alone, the translation naming what it counts before
  // the same period, or the other way round: "beyond 20 per week" → "di atas 20 jam per minggu")
  if (
    (periodAfter(context.target.text, found.end, context.targetLang)?.unit === wanted.unit &&
      PER_ALONE.test(source.text.slice(sourceNumber.end, wanted.start))) ||
    (periodAfter(source.text, wanted.end, context.sourceLang)?.unit === found.unit &&
      PER_ALONE.test(context.target.text.slice(target.end, found.start)))
  )
    return;
  // a number the translation spells out keeps its words ("lima bulan" → "lima tahun"); a rate
  // keeps its figure and its "per" ("Rp6.500.000 per minggu" → "Rp6.500.000 per bulan")
  const between = context.target.text.slice(target.end, found.start);
  const expected = target.spelled
    ? spelledWithUnit(target.text, value, wanted.unit, context.targetLang)
    : /\p{L}/u.test(between)
      ? `${context.target.text.slice(target.start, found.start)}${unitName(value, wanted.unit, context.targetLang)}`
      : withUnit(value, wanted.unit, context.targetLang);
  // (the unit may stand before the figure: "a day or two")
  const [saidStart, saidEnd] = [Math.min(sourceNumber.start, wanted.start), Math.max(sourceNumber.end, wanted.end)];
  out.push(
    finding(context, 'numbers.changed', 'major', target.start, found.end, {
      source: spanOf(source.text, saidStart, saidEnd),
      params: {
        source: source.text.slice(saidStart, saidEnd),
        found: context.target.text.slice(target.start, found.end),
        expected,
      },
      suggestion: expected,
    }),
  );
}

/** What stands between a figure and the period it is counted per, with no unit of its own ("20 per week", "20 pro Woche", "20 每周"). */
const PER_ALONE = /^[\s\u00a0]*(?:per|pro|par|por|je|a|an|al|a la|每)[\s\u00a0]*$/iu;

/**
 * The period a quantity is counted per, changed ("two days a week" → "dua hari sebulan"): on the
 * translation's, with each text's quantity ending where its period may follow.
 */
function checkPeriod(context: RuleContext, sourceEnd: number, targetEnd: number, out: Finding[]): void {
  const source = context.source;
  if (!source) return;
  const per = periodAfter(source.text, sourceEnd, context.sourceLang);
  const said = per && periodAfter(context.target.text, targetEnd, context.targetLang);
  if (!per || !said || said.unit === per.unit) return;
  const expected = perPeriod(per.unit, context.targetLang);
  out.push(
    finding(context, 'numbers.changed', 'major', said.start, said.end, {
      source: spanOf(source.text, per.start, per.end),
      params: { source: source.text.slice(per.start, per.end), found: context.target.text.slice(said.start, said.end), expected },
      suggestion: expected,
    }),
  );
}

/**
 * Quantities the source spells out ("five years", "tiga hari"): the same value in the translation,
 * in figures or words, must have the same unit ("lima bulan" is five months); where the value is
 * nowhere, one number with the source's unit and another value is a changed number. The
 * translation's numbers this takes are taken from `unmatchedTarget` (or marked in `usedSpelled`).
 */
/** The part a spelled count counts in a fraction ("three quarters", "two thirds"). */
const FRACTION_AFTER = /^[\s\u00a0-]+(?:quarters?|thirds?|fifths?|tenths?|halves)(?![\p{L}])/iu;

/** "A day or two": the unit of a count said after "a" or "one" and its unit, before an "or" (English). */
const ONE_UNIT_OR = /(?:^|[\s\u00a0])(?:a|an|one)([\s\u00a0]+\p{L}+)[\s\u00a0]+or[\s\u00a0]+$/iu;

/** The unit a spelled number takes from "a day or" before it ("a day or two later": two days), or null. */
function unitOfOneOr(text: string, start: number, lang: string): UnitAt | null {
  if (baseLanguage(lang) !== 'en') return null;
  const from = Math.max(0, start - 32);
  const match = ONE_UNIT_OR.exec(text.slice(from, start));
  if (!match?.[1]) return null;
  return unitAfter(text, from + match.index + match[0].indexOf(match[1]), lang);
}

function checkSpelledQuantities(
  context: RuleContext,
  unmatchedTarget: NumberOccurrence[],
  takeSpelled: (sourceNumber: NumberOccurrence, unit?: string) => (NumberOccurrence & { spelled: true }) | null,
  spelledTarget: ReadonlyArray<NumberOccurrence & { spelled: true }>,
  usedSpelled: Set<number>,
  out: Finding[],
  kept: Array<{ said: NumberOccurrence; found: NumberOccurrence }>,
): void {
  const source = context.source;
  if (!source) return;
  // numbers spelled with their unit after them, and counts said in one word ("twice": two times)
  const quantities = [
    ...spelledOf(source).map((spelled) => ({
      spelled,
      wanted: unitAfter(source.text, spelled.end, context.sourceLang) ?? unitOfOneOr(source.text, spelled.start, context.sourceLang),
    })),
    ...countWordsIn(source.text, context.sourceLang).map((spelled) => ({
      spelled,
      wanted: { unit: 'times', start: spelled.start, end: spelled.end } as UnitAt,
    })),
  ];
  // (those found first, each where its value is: "two hours and one hour" → "drei Stunden und eine
  // Stunde" leaves "drei Stunden" the one changed; counts of times before the rest, which may take
  // any number of their value: "twice … for two minutes" → "两次 … 三分钟" changed the minutes)
  const unfound: typeof quantities = [];
  const timesFirst = [...quantities].sort((a, b) => Number(b.wanted?.unit === 'times') - Number(a.wanted?.unit === 'times'));
  for (const { spelled, wanted } of timesFirst) {
    if (insideLiteral(source.literals, spelled.start, spelled.end)) continue;
    if (!wanted) {
      // a number word alone ("one of them") says too little; one of two or more is kept where the
      // translation spells its value, to tell a unit gone to it ("four doses over two weeks" →
      // "dua dosis selama empat minggu")
      const same = spelled.value >= 2 ? spelledTarget.find((t) => t.value === spelled.value) : undefined;
      if (same) kept.push({ said: occurrenceOf(spelled), found: same });
      continue;
    }
    const quantity = occurrenceOf(spelled);
    const only = wanted.unit === 'times' ? 'times' : undefined;
    // (one of its own unit first, where the translation has several of the value: "twice … for two
    // minutes" → "两次 … 两分钟")
    const ofUnit = unmatchedTarget.findIndex((t) => matches(quantity, t) && targetUnit(context, t) === wanted.unit);
    const figure =
      ofUnit >= 0
        ? ofUnit
        : unmatchedTarget.findIndex((t) => matches(quantity, t) && (only === undefined || targetUnit(context, t) === only));
    if (figure >= 0) {
      const found = unmatchedTarget.splice(figure, 1)[0] as NumberOccurrence;
      kept.push({ said: quantity, found });
      checkUnit(context, quantity, found, out, wanted);
      continue;
    }
    // (a "one" with a unit is taken by a number of that unit where the translation has one: "una
    // fianza de dos meses" has the article "una", no month of "one month's rent")
    const unitOfOne =
      only === undefined &&
      quantity.value === 1 &&
      [...unmatchedTarget, ...spelledTarget.filter((_, i) => !usedSpelled.has(i))].some((t) => targetUnit(context, t) === wanted.unit)
        ? wanted.unit
        : undefined;
    const inWords = takeSpelled(quantity, wanted.unit) ?? takeSpelled(quantity, only ?? unitOfOne);
    if (inWords) {
      kept.push({ said: quantity, found: inWords });
      checkUnit(context, quantity, inWords, out, wanted);
      continue;
    }
    unfound.push({ spelled, wanted });
  }
  for (const { spelled, wanted } of unfound) {
    if (!wanted) continue;
    // the value is nowhere: one number with this unit is the one changed (else, with none, the one
    // number of a span of time where the source's is one too: "two hours" → "veinte minutos")
    const left = [...unmatchedTarget, ...spelledTarget.filter((_, i) => !usedSpelled.has(i))];
    let withWantedUnit = left.filter((t) => targetUnit(context, t) === wanted.unit);
    if (withWantedUnit.length === 0 && SPANS_OF_TIME.has(wanted.unit)) {
      const spans = left.filter((t) => SPANS_OF_TIME.has(targetUnit(context, t) ?? ''));
      // (not the same span said in another unit, within a few per cent: "two hours" is "120 minutos",
      // "one month" is "30 días")
      const seconds = (value: number | null, unit: string) => (value ?? Number.NaN) * (SPANS_OF_TIME.get(unit) ?? Number.NaN);
      const only = spans[0];
      if (spans.length === 1 && only) {
        const [said, found] = [seconds(spelled.value, wanted.unit), seconds(only.value, targetUnit(context, only) ?? '')];
        if (!(Math.abs(said - found) <= said * 0.05)) withWantedUnit = spans;
      }
    }
    // (of several, not a spelled "one", which is also the article: "eine Stunde", "une heure")
    const candidates =
      withWantedUnit.length > 1
        ? withWantedUnit.filter((t) => !(spelledTarget.includes(t as NumberOccurrence & { spelled: true }) && t.value === 1))
        : withWantedUnit;
    const changed = candidates.length === 1 ? (candidates[0] as NumberOccurrence & { spelled?: true; unit?: string }) : null;
    if (!changed) {
      if (left.length === 0) oneSpanSaidAsAnother(context, spelled, wanted, out);
      continue;
    }
    const unitEnd = changed.unit ? changed.end : (unitAfter(context.target.text, changed.end, context.targetLang) as { end: number }).end;
    // in words where the translation wrote words ("tiga tahun" → "lima tahun")
    const words = changed.spelled ? spelledAs(spelled.value, context.targetLang) : null;
    const expected = words
      ? spelledWithUnit(words, spelled.value, wanted.unit, context.targetLang)
      : withUnit(spelled.value, wanted.unit, context.targetLang);
    const index = unmatchedTarget.indexOf(changed);
    if (index >= 0) unmatchedTarget.splice(index, 1);
    else usedSpelled.add(spelledTarget.indexOf(changed as NumberOccurrence & { spelled: true }));
    out.push(
      finding(context, 'numbers.changed', 'major', changed.start, unitEnd, {
        source: spanOf(source.text, spelled.start, wanted.end),
        params: {
          source: source.text.slice(spelled.start, wanted.end),
          found: context.target.text.slice(changed.start, unitEnd),
          expected,
        },
        suggestion: expected,
      }),
    );
  }
  // a number word without a unit ("two doses" → "tiga dosis"): only where it is the source's one
  // such number of two or more, its value is nowhere in the translation, and the translation
  // spells one other number (one word of several meanings, "one", is never compared)
  const alone = quantities.filter(
    ({ spelled, wanted }) =>
      !wanted &&
      // (not the count of a fraction: "three quarters of an hour" → "eine Dreiviertelstunde")
      !FRACTION_AFTER.test(source.text.slice(spelled.end, spelled.end + 12)) &&
      (spelled.value >= 2 || countingOne(source.text, spelled, context.sourceLang)) &&
      !insideLiteral(source.literals, spelled.start, spelled.end),
  );
  if (alone.length >= 2) {
    checkSpelledCounts(
      context,
      alone.map(({ spelled }) => spelled),
      spelledTarget,
      usedSpelled,
      out,
    );
    return;
  }
  const said = alone.length === 1 ? (alone[0] as (typeof alone)[number]).spelled : null;
  // (a counting "one" is not kept by a word for one that is also the article: "valid for one
  // season" → "Une carte … valable deux saisons", the "Une" of "A card")
  const keeps = (t: NumberOccurrence) => t.value === said?.value && !(said.value === 1 && ONE_IS_THE_ARTICLE.test(t.text));
  if (!said || unmatchedTarget.some((t) => t.value === said.value) || spelledTarget.some(keeps)) return;
  // (an Indonesian "satu" is the number one, the language having no article: "two pens" → "satu pena")
  const free = spelledTarget
    .map((t, i) => ({ t, i }))
    .filter(
      ({ t, i }) =>
        !usedSpelled.has(i) &&
        ((t.value ?? 0) >= 2 ||
          (t.value === 1 &&
            ONE_IS_A_NUMBER[baseLanguage(context.targetLang)]?.test(t.text) &&
            !ONE_OF_BEFORE.test(context.target.text.slice(Math.max(0, t.start - 8), t.start)) &&
            !ONE_OF_AFTER.test(context.target.text.slice(t.end, t.end + 12)))),
    );
  // (or, with no other number, a word for one that is also the article where the source's count
  // lands, or right beside: "receives two remote controls" → "recibe un mando a distancia")
  if (free.length === 0 && said.value >= 2) {
    const place = locateInTarget(source, context.target, said.start, said.end);
    const near = place
      ? spelledTarget
          .map((t, i) => ({ t, i }))
          .filter(
            ({ t, i }) =>
              !usedSpelled.has(i) &&
              t.value === 1 &&
              ONE_IS_THE_ARTICLE.test(t.text) &&
              t.end >= place.start - 1 &&
              t.start <= place.end + 1,
          )
      : [];
    if (near.length === 1) free.push(near[0] as (typeof near)[number]);
  }
  if (free.length !== 1) return;
  const { t: changed, i } = free[0] as (typeof free)[number];
  usedSpelled.add(i);
  out.push(countChanged(context, said, changed));
}

/** Words for "one" that are the number, never an article (Indonesian has none: "sebuah" and "seorang" say "a"). */
const ONE_IS_A_NUMBER: Partial<Record<string, RegExp>> = { id: /^satu$/iu, ms: /^satu$/iu };
/**
 * Words for "one" that are also the indefinite article (French, German, Spanish, Italian, Portuguese,
 * Dutch), and the Chinese "一" before its measure word, which says "a" as often ("一门课程").
 */
const ONE_IS_THE_ARTICLE = /^(?:une?|ein(?:e[mnrs]?)?|uno?|una|um|uma|een|一)$/iu;
/** Around an Indonesian "satu" that says "one of", "the only", "one by one", "each other": no count ("salah satu dari dua cabang"). */
const ONE_OF_BEFORE = /(?:^|[^\p{L}])salah[\s\u00a0]+$/iu;
const ONE_OF_AFTER = /^(?:-satunya|[\s\u00a0]+(?:per[\s\u00a0]+satu|sama[\s\u00a0]+lain|dari))/iu;

/** The finding of a count the source spells ("two doses") that the translation spells as another ("tiga dosis"). */
function countChanged(context: RuleContext, said: SpelledNumber, changed: NumberOccurrence): Finding {
  const expected = spelledAs(said.value, context.targetLang) ?? format(said.value, context.targetLang);
  return finding(context, 'numbers.changed', 'major', changed.start, changed.end, {
    source: spanOf(context.source?.text ?? '', said.start, said.end),
    params: { source: said.text, found: changed.text, expected },
    suggestion: expected,
  });
}

/**
 * One span of time said as a span of another length with no number at all ("within one month of the
 * last session" → "dans la semaine suivant la dernière séance"): where the translation has no
 * number left, names no span of the source's unit and one of another unit, which the source names
 * nowhere.
 */
function oneSpanSaidAsAnother(context: RuleContext, spelled: SpelledNumber, wanted: UnitAt, out: Finding[]): void {
  const source = context.source;
  if (!source || spelled.value !== 1 || !SPANS_OF_TIME.has(wanted.unit)) return;
  const found = spansOfTimeIn(context.target);
  if (found.some((at) => at.unit === wanted.unit)) return;
  const others = found.filter((at, k) => found.findIndex((each) => each.start === at.start) === k);
  if (others.length !== 1) return;
  const other = others[0] as UnitAt;
  // (nor one said with a number, which the numbers' checks read: "einen Monat" for "one week")
  const before = context.target.text.slice(Math.max(0, other.start - 8), other.start);
  if (/(?:\p{N}|(?<![\p{L}])(?:one|an?|une?|ein\p{L}*|uno?|una|satu|se))[\s\u00a0-]*$/iu.test(before)) return;
  if (spansOfTimeIn(source).some((at) => at.unit === other.unit)) return;
  out.push(spanChanged(context, { start: spelled.start, end: wanted.end }, other, withUnit(1, wanted.unit, context.targetLang)));
}

/** The spans of time a text names, each word read as a unit where it is one ("semaine", "hours"), found once per analysis. */
const spansFound = new WeakMap<Analysis, UnitAt[]>();
function spansOfTimeIn(analysis: Analysis): UnitAt[] {
  let found = spansFound.get(analysis);
  if (!found) {
    found = analysis.items
      .filter((item) => item.kind === 'word')
      .map((item) => unitAfter(analysis.text, item.start, analysis.lang))
      .filter((at): at is UnitAt => at !== null && SPANS_OF_TIME.has(at.unit));
    spansFound.set(analysis, found);
  }
  return found;
}

/** The finding of a span of time the source says (`said`) that the translation says as another (`found`). */
function spanChanged(
  context: RuleContext,
  said: { start: number; end: number },
  found: { start: number; end: number },
  expected: string,
): Finding {
  const source = context.source?.text ?? '';
  return finding(context, 'numbers.changed', 'major', found.start, found.end, {
    source: spanOf(source, said.start, said.end),
    params: { source: source.slice(said.start, said.end), found: context.target.text.slice(found.start, found.end), expected },
    suggestion: expected,
  });
}

/** Words of a few or several, before a span of time ("a few hours", "einige Wochen", "beberapa hari"). */
const FEW: Readonly<Record<string, RegExp>> = {
  en: /(?<![\p{L}])(?:a few|several|few|a couple of)[\s\u00a0]+/giu,
  id: /(?<![\p{L}])(?:beberapa|sekian)[\s\u00a0]+/giu,
  de: /(?<![\p{L}])(?:einige|einigen|einiger|wenige|wenigen|mehrere|mehreren|ein paar)[\s\u00a0]+/giu,
  fr: /(?<![\p{L}])(?:quelques|plusieurs)[\s\u00a0]+/giu,
  es: /(?<![\p{L}])(?:unos|unas|varios|varias|pocos|pocas|algunos|algunas)[\s\u00a0]+/giu,
};

/**
 * An English span of time said with no count, as a few of it ("within minutes", "for hours"): the
 * word before the unit, which unitAfter then reads.
 */
const SPAN_UNCOUNTED_EN =
  /(?<![\p{L}])(?:within|for|in|over|after)[\s\u00a0]+(?=(?:seconds|minutes|hours|days|weeks|months|years)(?![\p{L}]))/giu;

/**
 * A few of one span of time said as a few of another ("within a few hours" → "erst nach einigen
 * Wochen"): the source's one span after a word of a few, the translation's one after its own, of
 * another unit, the translation saying the source's unit fewer times and its own more; several in
 * their order.
 */
function fewSpanSaidAsAnother(context: RuleContext, out: Finding[]): void {
  const source = context.source;
  const [saidFew, foundFew] = [FEW[baseLanguage(context.sourceLang)], FEW[baseLanguage(context.targetLang)]];
  if (!source || !saidFew || !foundFew || source.unspaced || context.target.unspaced) return;
  // (each with where its word of a few begins: "a few hours")
  const fewSpans = (analysis: typeof source, few: RegExp) =>
    [...analysis.text.matchAll(few)].flatMap((match) => {
      const at = unitAfter(analysis.text, match.index + match[0].length, analysis.lang);
      return at && SPANS_OF_TIME.has(at.unit) ? [{ ...at, from: match.index }] : [];
    });
  // (or, in English, none: "within minutes" is within a few minutes)
  const uncounted = baseLanguage(context.sourceLang) === 'en' ? SPAN_UNCOUNTED_EN : null;
  // (most sources say no "a few": nothing to read)
  if (source.text.search(saidFew) < 0 && !(uncounted && source.text.search(uncounted) >= 0)) return;
  const said = [...fewSpans(source, saidFew), ...(uncounted ? fewSpans(source, uncounted) : [])];
  const found = fewSpans(context.target, foundFew);
  // (several, each with the translation's in their order: "within minutes … for several days" →
  // "dalam beberapa jam … selama beberapa minggu")
  if (said.length === 0 || said.length !== found.length) return;
  said.sort((a, b) => a.from - b.from);
  said.forEach((wanted, k) => {
    const other = found[k] as UnitAt & { from: number };
    if (wanted.unit === other.unit) return;
    // (the translation says the source's unit fewer times and the other more: "within 24 hours"
    // kept beside it does not say "within minutes")
    const times = (analysis: typeof source, unit: string) => spansOfTimeIn(analysis).filter((at) => at.unit === unit).length;
    if (times(context.target, wanted.unit) >= times(source, wanted.unit) || times(context.target, other.unit) <= times(source, other.unit))
      return;
    if (out.some((each) => each.start < other.end && other.from < each.end)) return;
    out.push(
      spanChanged(
        context,
        { start: wanted.from, end: wanted.end },
        { start: other.from, end: other.end },
        unitName(2, wanted.unit, context.targetLang),
      ),
    );
  });
}

/** An "every" right before a figure ("every 7 days", "setiap 12 bulan", "alle 14 Tage", "每隔12个月"). */
const EVERY_BEFORE = /(?:\bevery|\beach|\bsetiap|\btiap|\balle|\btous les|\btoutes les|\bcada|每隔?)\s*$/iu;

/** Units of a span of time, one of which a quantity may be rendered in with its value changed too. */
const SPANS_OF_TIME: ReadonlyMap<string, number> = new Map([
  ['second', 1],
  ['minute', 60],
  ['hour', 3600],
  ['day', 86_400],
  ['week', 604_800],
  ['month', 2_629_800],
  ['year', 31_557_600],
]);

/**
 * Several number words without a unit ("one tent and one car" → "两顶帐篷和一辆车"): where the
 * translation spells as many numbers as the source, all the same values but one, that one changed.
 */
function checkSpelledCounts(
  context: RuleContext,
  said: ReadonlyArray<SpelledNumber>,
  spelledTarget: ReadonlyArray<NumberOccurrence & { spelled: true }>,
  usedSpelled: Set<number>,
  out: Finding[],
): void {
  let free = spelledTarget.map((t, i) => ({ t, i })).filter(({ i }) => !usedSpelled.has(i));
  // (less the articles that spell "one", where that leaves as many: "A ten-lesson card … for one
  // season" → "Une carte de dix cours … deux saisons")
  // (first the article of a figure, which counts nothing: "un 20 % de descuento")
  const text = context.target.text;
  if (free.length > said.length)
    free = free.filter(({ t }) => !(t.value === 1 && ONE_IS_THE_ARTICLE.test(t.text) && FIGURE_AHEAD.test(text.slice(t.end, t.end + 4))));
  if (free.length > said.length) free = free.filter(({ t }) => !(t.value === 1 && ONE_IS_THE_ARTICLE.test(t.text)));
  if (free.length !== said.length) return;
  const left = [...free];
  const unsaid: SpelledNumber[] = [];
  for (const each of said) {
    const k = left.findIndex(({ t }) => t.value === each.value);
    if (k >= 0) left.splice(k, 1);
    else unsaid.push(each);
  }
  // (one changed, or two, each paired in its order: "between five and fifteen" → "zwischen fünfzig
  // und sechzig")
  if (unsaid.length === 0 || unsaid.length > 2 || left.length !== unsaid.length) return;
  left.forEach(({ t: changed, i }, k) => {
    usedSpelled.add(i);
    out.push(countChanged(context, unsaid[k] as SpelledNumber, changed));
  });
}

/** A figure right ahead ("un 20 %"). */
const FIGURE_AHEAD = /^[\s\u00a0]*\p{N}/u;

/**
 * An English "one" that counts the thing after it ("Bring one recent photo"), not the pronoun or
 * the "some" it also is ("one of them", "no one", "one another", "the one", "one day").
 */
function countingOne(text: string, spelled: { value: number; start: number; end: number }, lang: string): boolean {
  if (spelled.value !== 1 || baseLanguage(lang) !== 'en' || text.slice(spelled.start, spelled.end).toLowerCase() !== 'one') return false;
  const before = /(\p{L}+)[\s\u00a0]*$/u.exec(text.slice(Math.max(0, spelled.start - 24), spelled.start))?.[1]?.toLowerCase();
  const after = /^[\s\u00a0]+(\p{L}+)/u.exec(text.slice(spelled.end, spelled.end + 24))?.[1]?.toLowerCase();
  if (!after || ONE_NOT_BEFORE.has(after)) return false;
  if (before === undefined) return true;
  // ("only one person may jump" counts; "the only one who" does not)
  if (before === 'only')
    return !/(?:^|[^\p{L}])(?:the|an?|my|your|his|her|its|our|their)[\s\u00a0]+only[\s\u00a0]*$/iu.test(
      text.slice(Math.max(0, spelled.start - 30), spelled.start),
    );
  return !ONE_NOT_AFTER.has(before);
}

/** Words after which "one" is no count ("no one", "the one", "any one"). */
const ONE_NOT_AFTER: ReadonlySet<string> = new Set([
  'no',
  'the',
  'this',
  'that',
  'which',
  'any',
  'every',
  'each',
  'some',
  'someone',
  'anyone',
  'last',
  'next',
  'only',
  'little',
  'new',
  'old',
]);
/** Words before which "one" is no count ("one of them", "one another", "one day"). */
const ONE_NOT_BEFORE: ReadonlySet<string> = new Set([
  'of',
  'another',
  'and',
  'or',
  'day',
  'time',
  'way',
  'thing',
  'is',
  'was',
  'will',
  'can',
  'may',
  'must',
  'should',
  'who',
  'that',
  'which',
  'to',
  'in',
  'at',
  'by',
  'for',
  'with',
  'on',
]);

const ROUND_THE_CLOCK_RE =
  /(?<![\p{N}.,])24 ?[/x×] ?7(?: ?[/x×] ?365)?(?![\p{N}])|(?<=(?<![\p{N}.,])24 ?(?:heures|h) ?(?:sur ?|\/ ?))24(?![\p{N}])|(?<=(?<![\p{N}.,])7 ?jours ?(?:sur ?|\/ ?))7(?![\p{N}])/gu;

/**
 * "24/7" (and "24x7", "24/7/365"): a way of saying "always", not two numbers ("siaga 24 jam" renders
 * it); and the second number of the French "24 heures sur 24", "7 jours sur 7", which say "a day" and "a week".
 */
function roundTheClock(text: string): Array<{ start: number; end: number }> {
  if (!text.includes('24') && !text.includes('7')) return [];
  return [...text.matchAll(ROUND_THE_CLOCK_RE)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/**
 * Words that say "24 hours a day" with no figure ("rund um die Uhr", "jour et nuit", "全天候"), by
 * language; and the source's "24 hours (a day)" they render.
 */
const AROUND_THE_CLOCK: Record<string, RegExp> = {
  de: /rund um die uhr|durchgehend geöffnet|tag und nacht/iu,
  fr: /jour et nuit|en permanence|sans interruption/iu,
  es: /día y noche|a toda hora|a todas horas|sin interrupción/iu,
  id: /sepanjang waktu|siang dan malam|siang malam|nonstop/iu,
  zh: /全天候|全天|昼夜|日夜/u,
};
const TWENTY_FOUR_HOURS_RE = /(?<![\p{N}.,])24(?= ?-?(?:hours?|hrs?|h)\b)/giu;
/** "24 hours" in any language, as a translation may say "24/7" for it ("siaga 24 jam" → "available 24/7"). */
const TWENTY_FOUR_HOURS_ANY_RE = /(?<![\p{N}.,])24(?= ?-?(?:hours?|hrs?|h|jam|stunden|std|heures|horas|小时|個小時|个小时)(?![\p{L}]))/giu;

/**
 * The source's "24" of "24 hours (a day)" where the translation says it with words (see
 * AROUND_THE_CLOCK), or with a "24/7" of its own.
 */
function aroundTheClockSaid(source: string, target: string, targetLang: string): Array<{ start: number; end: number }> {
  if (!source.includes('24')) return [];
  if (roundTheClock(target).length > 0)
    return [...source.matchAll(TWENTY_FOUR_HOURS_ANY_RE)].map((match) => ({ start: match.index, end: match.index + 2 }));
  const words = AROUND_THE_CLOCK[baseLanguage(targetLang)];
  if (!words || !words.test(target)) return [];
  return [...source.matchAll(TWENTY_FOUR_HOURS_RE)].map((match) => ({ start: match.index, end: match.index + 2 }));
}

const inside = (spans: readonly { start: number; end: number }[], start: number, end: number) =>
  spans.some((span) => span.start <= start && end <= span.end);

/** The unit the translation writes after one of its numbers, if any. */
function targetUnit(context: RuleContext, number: { end: number; unit?: string }): string | undefined {
  // (a count said in one word, "dreimal", is a number of times)
  return number.unit ?? unitAfter(context.target.text, number.end, context.targetLang)?.unit;
}

/**
 * Words after which a number with a dot is a label, its digits a name ("Room 3.12", "Section
 * 4.2", "Ruang 3.12", "Pasal 4.2"): rooms, parts of a text, steps and the like.
 */
const LABELS: Record<string, RegExp> = {
  en: /(?:^|[^\p{L}])(?:rooms?|rm|halls?|gates?|platforms?|sections?|chapters?|articles?|clauses?|paragraphs?|figures?|fig|tables?|steps?|levels?|floors?|units?|blocks?|buildings?|items?|questions?|exercises?|lectures?|lessons?|modules?|parts?|pages?|pp?|lots?|§)\.?\s*$/iu,
  id: /(?:^|[^\p{L}])(?:ruang|ruangan|kamar|aula|gerbang|peron|bagian|bab|pasal|ayat|klausul|paragraf|gambar|tabel|langkah|tingkat|lantai|unit|blok|gedung|butir|soal|latihan|kuliah|pelajaran|modul|halaman|hlm|kavling|§)\.?\s*$/iu,
};
LABELS.ms = LABELS.id as RegExp;

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const DISCOUNT_RE = /(?<![\p{N}一二两三四五六七八九])([1-9](?:\.\d)?|[一二两三四五六七八九]{1,2})\s?折/gu;

/** The discounts a Chinese text says by the tenths paid ("五折" is 50% off, "七五折" 25% off), as percentages off. */
function discountsIn(text: string, lang: string): number[] {
  if (baseLanguage(lang) !== 'zh' || !text.includes('折')) return [];
  const out: number[] = [];
  DISCOUNT_RE.lastIndex = 0;
  for (let match = DISCOUNT_RE.exec(text); match; match = DISCOUNT_RE.exec(text)) {
    const said = match[1] as string;
    const tenths = /^\d/u.test(said)
      ? Number(said)
      : [...said].reduce((value, char, k) => value + (CHINESE_DIGITS[char] ?? 0) / 10 ** k, 0);
    out.push(Math.round((100 - tenths * 10) * 100) / 100);
  }
  return out;
}

/** Words that say a thing costs nothing, by language. */
const FREE_WORDS: Record<string, RegExp> = {
  en: /(?<!\p{L})(?:free|complimentary|no charge)(?!\p{L})/giu,
  id: /(?<!\p{L})(?:gratis|cuma-cuma|tanpa biaya|bebas biaya)(?!\p{L})/giu,
  de: /(?<!\p{L})(?:kostenlos|kostenlose|kostenfrei|gebührenfrei|gratis)(?!\p{L})/giu,
  fr: /(?<!\p{L})(?:gratuit|gratuite|gratuits|gratuites|gratuitement)(?!\p{L})/giu,
  es: /(?<!\p{L})(?:gratis|gratuito|gratuita|gratuitos|gratuitas)(?!\p{L})/giu,
  zh: /免费/gu,
};

/**
 * The translation's one word of "free", where the source has none (null otherwise): in the
 * sentence that renders the amount's, when both texts have as many sentences ("changes cost
 * Rp25.000" after "can be changed free of charge"), else in the whole text.
 */
function freeWordOf(context: RuleContext, at: number): { start: number; end: number } | null {
  const said = FREE_WORDS[baseLanguage(context.targetLang)];
  const inSource = FREE_WORDS[baseLanguage(context.sourceLang)];
  if (!said || !inSource || !context.source) return null;
  const sourceSentences = sentencesOfCached(context.source.text);
  const targetSentences = sentencesOfCached(context.target.text);
  const k = sourceSentences.length === targetSentences.length ? sourceSentences.findIndex((s) => s.start <= at && at < s.end) : -1;
  const sourceSpan = sourceSentences[k] ?? { start: 0, end: context.source.text.length };
  const targetSpan = targetSentences[k] ?? { start: 0, end: context.target.text.length };
  inSource.lastIndex = 0;
  if (inSource.test(context.source.text.slice(sourceSpan.start, sourceSpan.end))) return null;
  const found = [...context.target.text.slice(targetSpan.start, targetSpan.end).matchAll(said)];
  return found.length === 1 && found[0]
    ? { start: targetSpan.start + found[0].index, end: targetSpan.start + found[0].index + found[0][0].length }
    : null;
}

/** The name right before a number ("CloudKeep" of "CloudKeep 5.2"): a word with a capital after its first letter, letters and digits mixed, or parts joined by hyphens. */
function nameBefore(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 40), start);
  // (or a name of parts joined by hyphens or underscores: "tilde-cli 3.0")
  const match = /(?<![\p{L}\p{N}])(\p{L}+\p{Lu}[\p{L}\p{N}]*|\p{Lu}+\p{N}+\p{L}*|\p{L}[\p{L}\p{N}]*(?:[-_][\p{L}\p{N}]+)+)[ \u00a0]$/u.exec(
    before,
  );
  if (match) return match[1] as string;
  // a capitalised word inside a sentence ("Catatan rilis Vaultly 4.2"), or opening the text
  // ("Thermia 3.2: catatan rilis"): a name too, when the source has it before the same number
  const inSentence = /[\p{L}\p{N},][ \u00a0]+(\p{Lu}\p{Ll}+)[ \u00a0]$/u.exec(before)?.[1];
  if (inSentence) return inSentence;
  return start === before.length ? (/^(\p{Lu}\p{Ll}+)[ \u00a0]$/u.exec(before)?.[1] ?? null) : null;
}

/**
 * Whether the number at `start` stands behind `name`, right after it or after one more word of
 * the name ("Vaultly 4.2 release notes", "Thermia app 3.2").
 */
function afterName(text: string, start: number, name: string): boolean {
  return compiled(String.raw`(?:^|[^\p{L}\p{N}])${escapeRegExp(name)}(?:[ \u00a0]+[\p{L}]+)?[ \u00a0]$`, 'u').test(
    text.slice(Math.max(0, start - name.length - 40), start),
  );
}

/** Whether a number at `start` of a text follows a label word of its language. */
function labelled(text: string, start: number, lang: string): boolean {
  return LABELS[baseLanguage(lang)]?.test(text.slice(Math.max(0, start - 16), start)) ?? false;
}

/** Words that say a figure is below zero ("minus 5", "零下5度"; not "moins", "menos", which are "au moins 4", "al menos 16" too). */
// (the Chinese ones glued to what stands before them: "低于零下10 °C")
const MINUS_WORDS = /(?:(?:^|[^\p{L}])(?:minus|negatif)|負|负|零下)[\s\u00a0]*$/iu;

/** Whether a figure is negative: a minus sign glued before it (not a hyphen between two figures, "2020-2021"), or a word for minus. */
function isNegative(text: string, number: NumberOccurrence): boolean {
  const before = text.slice(Math.max(0, number.start - 12), number.start);
  if (/(?:^|[\s([:=≈~])[-−–]$/u.test(before) || (number.start === 1 && /^[-−]/u.test(text))) return true;
  return MINUS_WORDS.test(before);
}

/** A figure with its minus sign, when one is glued before it. */
function signed(text: string, number: NumberOccurrence): { start: number; text: string } {
  const start =
    number.start > 0 && /[-−–]/u.test(text[number.start - 1] ?? '') && isNegative(text, number) ? number.start - 1 : number.start;
  return { start, text: text.slice(start, number.end) };
}

/** A figure kept but for its sign ("level -1" rendered "niveau 1", "-5 °C" as "5 °C"). */
function checkSign(context: RuleContext, sourceNumber: NumberOccurrence, target: NumberOccurrence, out: Finding[]): void {
  const source = context.source;
  const negative = source ? isNegative(source.text, sourceNumber) : false;
  if (!source || negative === isNegative(context.target.text, target)) return;
  // (a dash before the figure on both sides is one sign spaced otherwise, "GPT-4" as "GPT -4": the spacing rule's)
  const dashed = (text: string, number: NumberOccurrence) => /[-−–]$/u.test(text.slice(0, number.start));
  if (dashed(source.text, sourceNumber) && dashed(context.target.text, target)) return;
  const said = signed(source.text, sourceNumber);
  const found = signed(context.target.text, target);
  out.push(
    finding(context, 'numbers.changed', 'major', found.start, target.end, {
      source: spanOf(source.text, said.start, sourceNumber.end),
      params: { found: found.text, expected: negative ? `-${target.text}` : target.text, source: said.text },
    }),
  );
}

/** Languages whose word order moves figures around a sentence too freely to read an exchange from their order. */
const FREE_ORDER = new Set(['zh', 'ja', 'ko']);

/** The word or sign right after a figure, and the word right before it ("10 menit", "lantai 2", "11%"). */
function neighbours(text: string, number: { start: number; end: number }): { before: string | null; after: string | null } {
  const after = /^[\s\u00a0]?([%°‰]|\p{L}+)/u.exec(text.slice(number.end, number.end + 24))?.[1]?.toLowerCase() ?? null;
  const before = /(\p{L}+)[\s\u00a0]*$/u.exec(text.slice(Math.max(0, number.start - 24), number.start))?.[1]?.toLowerCase() ?? null;
  return { before, after };
}

/** Whether two words are one word in two languages' spelling or number ("timers", "timer"; "Sekunden", "seconds" not): one starts with the other, four letters at least. */
function cognate(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

/** A figure joined to another by a hyphen, a slash, a dot or a colon: part of a range, a date, a score. */
function joinedToAnother(text: string, number: NumberOccurrence): boolean {
  return (
    /[-–/.:]\s?\p{N}/u.test(text.slice(number.end, number.end + 3)) ||
    /\p{N}\s?[-–/.:]$/u.test(text.slice(Math.max(0, number.start - 3), number.start))
  );
}

/**
 * Two figures that changed places ("6 minutes … 10 minutes" rendered "10 menit … 6 menit"): every
 * number of the source is in the translation and nothing else, in the source's order but for two
 * that stand in each other's place, and those two read alike where they stand in the translation
 * (the same unit or word after them, or the same word before), so that nothing but their order
 * tells which is which. Figures said in another order for the language's sake ("Room 3 is on
 * floor 2" → "Di lantai 2 terdapat kamar 3") read differently, and are not an exchange.
 */
function checkSwapped(
  context: RuleContext,
  sourceNumbers: readonly NumberOccurrence[],
  targetNumbers: readonly NumberOccurrence[],
  pairedWith: readonly number[],
  out: Finding[],
): void {
  const source = context.source;
  if (!source || sourceNumbers.length < 2 || targetNumbers.length !== sourceNumbers.length || pairedWith.some((index) => index < 0)) return;
  if (FREE_ORDER.has(baseLanguage(context.sourceLang)) || FREE_ORDER.has(baseLanguage(context.targetLang))) return;
  // the places where the translation's order leaves the source's
  const moved = pairedWith.flatMap((index, k) => (index === k ? [] : [k]));
  if (moved.length !== 2) return;
  const [first, second] = moved as [number, number];
  if (pairedWith[first] !== second || pairedWith[second] !== first) return;
  const a = targetNumbers[first] as NumberOccurrence;
  const b = targetNumbers[second] as NumberOccurrence;
  const [sourceA, sourceB] = [sourceNumbers[second] as NumberOccurrence, sourceNumbers[first] as NumberOccurrence];
  if (same(a.value, b.value)) return;
  const text = context.target.text;
  if ([a, b].some((number) => joinedToAnother(text, number))) return;
  if ([sourceA, sourceB].some((number) => joinedToAnother(source.text, number))) return;
  const [near, far] = [neighbours(text, a), neighbours(text, b)];
  // (the same word after both in the singular or the plural: "1 part … 2 parts" → "2 parts … 1 part")
  const alike =
    (near.after !== null && (near.after === far.after || cognate(near.after, far.after))) ||
    (near.before !== null && near.before === far.before);
  // or the word beside the first keeps the source's word beside the figure whose place it took,
  // and not the one beside the figure whose value it has ("up to 10 timers, up from 3" → "hingga
  // 3 timer …, dari sebelumnya 10": "timer" is the ten's word)
  const placed = sourceNumbers[first] as NumberOccurrence;
  const [ownPlace, ownValue] = [neighbours(source.text, placed), neighbours(source.text, sourceA)];
  const keptPlace =
    (cognate(near.after, ownPlace.after) && !cognate(near.after, ownValue.after)) ||
    (cognate(near.before, ownPlace.before) && !cognate(near.before, ownValue.before));
  if (!alike && !keptPlace) return;
  // (not where each of the two stayed with its side of a pair, the clauses said the other way round:
  // "2 tablets before breakfast and 1 after dinner" → "Setelah makan malam minum 1 tablet, dan 2
  // tablet sebelum sarapan")
  if (
    figuresBySide(context, sourceNumbers, targetNumbers).some(
      (each) => each.kept && [a, b].includes(each.marked) && [a, b].includes(each.other),
    )
  )
    return;
  out.push(
    finding(context, 'numbers.swapped', 'major', a.start, a.end, {
      source: spanOf(source.text, sourceNumbers[first]?.start ?? 0, sourceNumbers[first]?.end ?? 0),
      params: { first: a.text, second: b.text },
    }),
  );
}

/**
 * Two numbers spelled out that changed places, as two figures do (see checkSwapped): "three days
 * for women and seven days for men" → "siete días en las mujeres y tres días en los hombres".
 */
function checkSpelledSwapped(context: RuleContext, out: Finding[]): void {
  const source = context.source;
  if (!source || out.some((each) => each.rule === 'numbers.swapped')) return;
  const sourceSpelled = spelledOf(source).map(occurrenceOf);
  if (sourceSpelled.length < 2) return;
  const targetSpelled = spelledOf(context.target).map(occurrenceOf);
  if (targetSpelled.length !== sourceSpelled.length) return;
  const pairedWith = pairByPlace(sourceSpelled, targetSpelled, source.text.length, context.target.text.length);
  checkSwapped(context, sourceSpelled, targetSpelled, pairedWith, out);
}

/** Where a sentence's clauses meet: punctuation inside it, or a word that joins two. */
const CLAUSE_JOINT =
  /[,;:，；：、]|(?<![\p{L}])(?:and|or|while|whereas|but|dan|atau|sedangkan|sementara|tetapi|und|oder|während|aber|et|ou|mais|tandis que|alors que|y|o|pero|mientras que)(?![\p{L}])|而|和|或|但/giu;

/** A sentence's clauses (see CLAUSE_JOINT). */
function clausesOf(text: string, span: Sentence): Sentence[] {
  const out: Sentence[] = [];
  let start = span.start;
  for (const match of text.slice(span.start, span.end).matchAll(CLAUSE_JOINT)) {
    out.push({ start, end: span.start + match.index });
    start = span.start + match.index + match[0].length;
  }
  out.push({ start, end: span.end });
  return out;
}

/**
 * Which figure goes with which side of a pair of opposites, per pair of sentences, where that is
 * plain: a sentence says each side once, in a clause of its own with one figure, and its
 * translation too, with the same two figures ("120 yuan for small dogs and 180 yuan for large
 * dogs" → "小型犬每晚180元，大型犬每晚120元"). `kept` when each figure stayed with its side,
 * whatever order the clauses take; else the translation's first of the two figures, the other, and
 * the source's figure of the side the first went to.
 */
function figuresBySide(
  context: RuleContext,
  sourceNumbers: readonly NumberOccurrence[],
  targetNumbers: readonly NumberOccurrence[],
): Array<{ kept: boolean; marked: NumberOccurrence; other: NumberOccurrence; said: NumberOccurrence }> {
  const source = context.source;
  if (!source || sourceNumbers.length < 2 || targetNumbers.length < 2) return [];
  const pairsInSource = oppositesIn(source);
  const sentences = pairedSentences(source.text, context.target.text);
  const pairsInTarget = oppositesIn(context.target);
  const within = <T extends { start: number; end: number }>(list: readonly T[], span: Sentence) =>
    list.filter((each) => each.start >= span.start && each.end <= span.end);
  const value = (number: NumberOccurrence) => number.value ?? Number.NaN;
  const out: Array<{ kept: boolean; marked: NumberOccurrence; other: NumberOccurrence; said: NumberOccurrence }> = [];
  for (const [k, sourceSentence] of sentences.source.entries()) {
    const targetSentence = sentences.target[k] as Sentence;
    const said = within(sourceNumbers, sourceSentence);
    const found = within(targetNumbers, targetSentence);
    if (said.length !== 2 || found.length !== 2) continue;
    const [first, second] = said as [NumberOccurrence, NumberOccurrence];
    if (same(value(first), value(second))) continue;
    // the same two figures, in whatever order
    const at = (number: NumberOccurrence) => found.findIndex((each) => same(value(each), value(number)));
    const [firstAt, secondAt] = [at(first), at(second)];
    if (firstAt < 0 || secondAt < 0 || firstAt === secondAt) continue;
    const sourceClauses = clausesOf(source.text, sourceSentence);
    const targetClauses = clausesOf(context.target.text, targetSentence);
    // the clause a figure or a word stands in
    const clauseOf = (clauses: readonly Sentence[], cue: { start: number }) =>
      clauses.findIndex((clause) => cue.start >= clause.start && cue.start < clause.end);
    const before = out.length;
    for (const [name, [sourceA, sourceB]] of pairsInSource) {
      const [targetA, targetB] = pairsInTarget.get(name) ?? [[], []];
      const sides = [
        within(sourceA, sourceSentence),
        within(sourceB, sourceSentence),
        within(targetA, targetSentence),
        within(targetB, targetSentence),
      ];
      if (sides.some((side) => side.length !== 1)) continue;
      const [a, b, foundA, foundB] = sides.map((side) => side[0]) as [Cue, Cue, Cue, Cue];
      // each side in a clause of its own, with one of the two figures
      const sourcePlaces = [
        clauseOf(sourceClauses, a),
        clauseOf(sourceClauses, b),
        clauseOf(sourceClauses, first),
        clauseOf(sourceClauses, second),
      ];
      const targetPlaces = [
        clauseOf(targetClauses, foundA),
        clauseOf(targetClauses, foundB),
        clauseOf(targetClauses, found[firstAt] as NumberOccurrence),
        clauseOf(targetClauses, found[secondAt] as NumberOccurrence),
      ];
      const bound = ([sideA, sideB, one, other]: readonly number[]) =>
        sideA !== sideB && one !== other && ((sideA === one && sideB === other) || (sideA === other && sideB === one))
          ? sideA === one
          : null;
      const [saidBound, foundBound] = [bound(sourcePlaces), bound(targetPlaces)];
      if (saidBound === null || foundBound === null) continue;
      const [marked, other] = found as [NumberOccurrence, NumberOccurrence];
      const onSideA = clauseOf(targetClauses, marked) === targetPlaces[0];
      out.push({ kept: saidBound === foundBound, marked, other, said: onSideA === saidBound ? first : second });
      break;
    }
    if (out.length > before) continue;
    // or a negation's side: one clause negated, the other not, each with one of the two figures
    // ("only 2.4 GHz networks, not 5 GHz" → "仅支持5 GHz …，不支持2.4 GHz")
    const negatedAt = (analysis: Analysis, clauses: readonly Sentence[], sentence: Sentence, figures: readonly NumberOccurrence[]) => {
      const negated = new Set(negationsIn(analysis, sentence).map((cue) => clauseOf(clauses, cue)));
      if (negated.size !== 1) return -1;
      const places = figures.map((figure) => clauseOf(clauses, figure));
      if (places[0] === places[1]) return -1;
      return places.findIndex((place) => negated.has(place));
    };
    const targetFigures = [found[firstAt], found[secondAt]] as NumberOccurrence[];
    const saidNegated = negatedAt(source, sourceClauses, sourceSentence, [first, second]);
    const foundNegated = saidNegated < 0 ? -1 : negatedAt(context.target, targetClauses, targetSentence, targetFigures);
    if (foundNegated < 0) continue;
    const [marked, other] = found as [NumberOccurrence, NumberOccurrence];
    // (the source's figure of the side the translation's first went to)
    const markedNegated = marked === targetFigures[foundNegated];
    const ofSide = markedNegated === (saidNegated === 0) ? first : second;
    out.push({ kept: saidNegated === foundNegated, marked, other, said: ofSide });
  }
  return out;
}

/** Two figures gone each to the other side of a pair of opposites (see figuresBySide), marked on the translation's first. */
function checkSwappedBetweenSides(
  context: RuleContext,
  sourceNumbers: readonly NumberOccurrence[],
  targetNumbers: readonly NumberOccurrence[],
  out: Finding[],
): void {
  const source = context.source;
  if (!source || out.some((each) => each.rule === 'numbers.swapped')) return;
  const swapped = figuresBySide(context, sourceNumbers, targetNumbers).find((each) => !each.kept);
  if (!swapped) return;
  out.push(
    finding(context, 'numbers.swapped', 'major', swapped.marked.start, swapped.marked.end, {
      source: spanOf(source.text, swapped.said.start, swapped.said.end),
      params: { first: swapped.marked.text, second: swapped.other.text },
    }),
  );
}

type Cue = { start: number; end: number; text: string };

/** A figure or a word a translation keeps (a name, a drug, a product), with what it is and which sentence it stands in. */
interface Kept {
  key: string;
  start: number;
  end: number;
  text: string;
  sentence: number;
}

/** Figures (by their digits), acronyms and names with a capital inside ("iOS"), and words of six letters or more (by their spelling across languages) of a text's sentences. */
function keptIn(analysis: Analysis, sentences: readonly Sentence[]): Kept[] {
  const out: Kept[] = [];
  // (the sentence of each place, with a pointer that moves forward only: places come in order)
  const sentenceOf = () => {
    let k = 0;
    return (at: number) => {
      while (k < sentences.length && at >= (sentences[k] as Sentence).end) k += 1;
      const span = sentences[k];
      return span && at >= span.start ? k : -1;
    };
  };
  const figureSentence = sentenceOf();
  for (const match of analysis.text.matchAll(/\p{Nd}+/gu))
    out.push({
      key: `n:${match[0]}`,
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      sentence: figureSentence(match.index),
    });
  if (!analysis.unspaced) {
    const wordSentence = sentenceOf();
    for (const item of analysis.items) {
      if (item.kind !== 'word') continue;
      const text = item.text;
      // (a short word only as an acronym or a name with a capital inside: "EU", "iOS")
      if (text.length < 6 && !/^\p{Lu}{2,}$/u.test(text) && !/\p{Ll}\p{Lu}/u.test(text)) continue;
      if (/\p{N}/u.test(text)) continue;
      out.push({ key: `w:${cognateKey(text)}`, start: item.start, end: item.end, text, sentence: wordSentence(item.start) });
    }
  }
  return out;
}

/**
 * Two figures or two words kept as they are that changed sentences ("Do not feed it for 12 hours
 * … Water is allowed until 2 hours before" → "2小时内请勿喂食 … 12小时之前可以喝水"; "You can
 * take paracetamol … Avoid ibuprofen" → "Anda dapat minum ibuprofen … Hindari parasetamol"): where
 * the source's and the translation's sentences pair one to one, each said once in either text, each
 * in the sentence of the other. Marked on the one that came into the earlier sentence. Unlike a
 * figure's order inside a sentence, a sentence's figures stay in it whatever the language.
 */
function checkSwappedAcrossSentences(context: RuleContext, out: Finding[]): void {
  const source = context.source;
  if (!source) return;
  const sentences = pairedSentences(source.text, context.target.text);
  // (and the parts of sentences split at semicolons where both split into as many: "10 GB …; 2 TB"
  // → "2 TB …；10 GB")
  const [sourceParts, targetParts] = splitAtSemicolons(source.text, context.target.text, sentences.source, sentences.target);
  const paired = { source: sourceParts, target: targetParts };
  if (paired.source.length < 2) return;
  const once = (list: readonly Kept[]) => {
    const count = new Map<string, number>();
    for (const each of list) count.set(each.key, (count.get(each.key) ?? 0) + 1);
    return new Map(list.filter((each) => count.get(each.key) === 1).map((each) => [each.key, each]));
  };
  const inSource = once(keptIn(source, paired.source));
  const inTarget = once(keptIn(context.target, paired.target));
  const moved: Array<{ said: Kept; found: Kept }> = [];
  for (const [key, said] of inSource) {
    const found = inTarget.get(key);
    if (found && said.sentence >= 0 && found.sentence >= 0 && found.sentence !== said.sentence) moved.push({ said, found });
  }
  for (const [k, one] of moved.entries())
    for (const other of moved.slice(k + 1)) {
      if (one.said.sentence !== other.found.sentence || other.said.sentence !== one.found.sentence) continue;
      if (one.said.key.startsWith('n:') !== other.said.key.startsWith('n:')) continue;
      // (on the one that came into the earlier sentence)
      const [came, went] = one.found.sentence < other.found.sentence ? [one, other] : [other, one];
      if (out.some((each) => each.rule === 'numbers.swapped')) return;
      out.push(
        finding(context, 'numbers.swapped', 'major', came.found.start, came.found.end, {
          source: spanOf(source.text, went.said.start, went.said.end),
          params: { first: came.found.text, second: went.found.text },
        }),
      );
      return;
    }
}

/** An age said of a person before or after its figure ("aged 18", "18 or over", "over 18", "18 years or older"). */
const AGED =
  /(?:aged|age|ages|over|under|from)\s+18\b|\b18\s*(?:\+|or\s+(?:over|older|above)|and\s+(?:over|older|above)|years?\s+(?:of\s+age|old|or\s+older))/iu;

/** Words of being of age, the age of majority, per language. */
const OF_AGE: Readonly<Record<string, RegExp>> = {
  en: /\b(?:of\s+(?:legal\s+)?age|legal\s+age|age\s+of\s+majority)\b/iu,
  de: /volljährig/iu,
  fr: /(?<![\p{L}])(?:majeur|majeure|majeurs|majeures|majorité)(?![\p{L}])/iu,
  es: /mayor(?:es)?\s+de\s+edad|mayoría\s+de\s+edad/iu,
  zh: /成年/u,
};

export const numbersRule: Rule = {
  name: 'numbers',
  ids: ['numbers.missing', 'numbers.changed', 'numbers.format', 'numbers.currency', 'numbers.swapped'],
  check(context) {
    const out: Finding[] = [];
    checkCurrency(context, out);
    const source = context.source;
    if (!source) return out;
    const sourceTimes = timesIn(source.text, context.sourceLang);
    // (where the source has times, the translation's "16.00" is one too, but never a label's "Ruang 12.30")
    const targetTimes = timesIn(context.target.text, context.targetLang, sourceTimes.length > 0).filter(
      (time) => !labelled(context.target.text, time.start, context.targetLang),
    );
    checkTimes(context, sourceTimes, targetTimes, out);
    checkTimesSwapped(context, sourceTimes, targetTimes, out);
    checkNamedDates(context, out);
    checkOrdinalPeriods(context, out);
    const sourcePhones = phonesIn(source.text).filter((phone) => !insideLiteral(source.literals, phone.start, phone.end));
    const targetPhones =
      sourcePhones.length === 0
        ? []
        : phonesIn(context.target.text).filter((phone) => !insideLiteral(context.target.literals, phone.start, phone.end));
    checkPhones(context, sourcePhones, targetPhones, out);
    // the figure of a month written with it ("3月") is the dates' where the other text names that
    // month ("3月12日" → "12 March")
    const [sourceMonths, targetMonths] = numberedMonthsOf(context);
    // numbers inside versions, addresses, placeholders and code are the literals rule's; inside
    // times of day, the times'
    const sourceNumbers = inMinorUnits(findNumbers(source.text, context.sourceLang), source.text, context.sourceLang).filter(
      (n) =>
        // (one the language cannot read may be grouped thousands: "Rp1.250.000" in English)
        (n.value !== null || groupedValue(n.text) !== null) &&
        !insideLiteral(source.literals, n.start, n.end) &&
        !inside(sourceTimes, n.start, n.end) &&
        !inside(sourcePhones, n.start, n.end) &&
        !inside(sourceMonths, n.start, n.end) &&
        !inside(roundTheClock(source.text), n.start, n.end) &&
        !inside(aroundTheClockSaid(source.text, context.target.text, context.targetLang), n.start, n.end),
    );
    // a version of the source written as a decimal ("3,8,1", "17,2") is the literals rule's too
    const versions = source.literals.map((literal) => repunctuated(context.target.text, literal)).filter((span) => span !== null);
    const targetNumbers = inMinorUnits(
      findNumbers(context.target.text, context.targetLang),
      context.target.text,
      context.targetLang,
    ).filter(
      (n) =>
        !insideLiteral(context.target.literals, n.start, n.end) &&
        !inside(versions, n.start, n.end) &&
        // (where the source has no time, the translation's hour is its number: "at 9" → "9点", "um 9 Uhr")
        !(sourceTimes.length > 0 && inside(targetTimes, n.start, n.end)) &&
        !inside(targetPhones, n.start, n.end) &&
        !inside(targetMonths, n.start, n.end) &&
        !inside(roundTheClock(context.target.text), n.start, n.end),
    );
    const usedSource = new Set<number>();
    const unmatchedTarget: NumberOccurrence[] = [];
    const sameSeparators = JSON.stringify(separatorsFor(context.sourceLang)) === JSON.stringify(separatorsFor(context.targetLang));

    // equal numbers paired by where they stand: of "20% … the remaining 80%" rendered "80% … sisa
    // 80%", the second 80 is the source's and the first the changed one
    const pairedWith = pairByPlace(sourceNumbers, targetNumbers, source.text.length, context.target.text.length);
    for (const index of pairedWith) if (index >= 0) usedSource.add(index);
    checkSwapped(context, sourceNumbers, targetNumbers, pairedWith, out);
    checkSpelledSwapped(context, out);
    checkSwappedAcrossSentences(context, out);
    checkSwappedBetweenSides(context, sourceNumbers, targetNumbers, out);
    checkOrdinals(context, sourceNumbers, targetNumbers, out);
    // the source's numbers and the translation's that say them, for a unit gone to another figure
    const kept: Array<{ said: NumberOccurrence; found: NumberOccurrence }> = [];
    for (const [k, target] of targetNumbers.entries()) {
      const index = pairedWith[k] ?? -1;
      if (index >= 0) {
        kept.push({ said: sourceNumbers[index] as NumberOccurrence, found: target });
        checkUnit(context, sourceNumbers[index] as NumberOccurrence, target, out);
        checkCurrencyOf(context, sourceNumbers[index] as NumberOccurrence, target, out);
        checkSign(context, sourceNumbers[index] as NumberOccurrence, target, out);
        continue;
      }
      // a label's number ("Room 3.12", "Pasal 4.2") is a name, copied as it stands, not a decimal
      const label = labelled(context.target.text, target.start, context.targetLang)
        ? sourceNumbers.findIndex(
            (s, i) => !usedSource.has(i) && s.text === target.text && labelled(source.text, s.start, context.sourceLang),
          )
        : -1;
      if (label >= 0) {
        usedSource.add(label);
        continue;
      }
      // a number behind the same name on both sides ("CloudKeep 5.2", a product's version) is the
      // name's, copied as it stands
      const name = nameBefore(context.target.text, target.start);
      const named =
        name === null
          ? -1
          : sourceNumbers.findIndex((s, i) => !usedSource.has(i) && s.text === target.text && afterName(source.text, s.start, name));
      if (named >= 0) {
        usedSource.add(named);
        continue;
      }
      // a time on the hour where the source says the hour alone ("at 9" → "pukul 09.00", "um 9.00 Uhr")
      const time = sourceTimes.length === 0 ? targetTimes.find((t) => t.start <= target.start && target.end <= t.end) : undefined;
      const hour =
        time && time.minutes % 60 === 0
          ? sourceNumbers.findIndex(
              (s, i) => !usedSource.has(i) && (s.value === time.minutes / 60 || s.value === (time.alternative ?? -60) / 60),
            )
          : -1;
      if (hour >= 0) {
        usedSource.add(hour);
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

    // the numbers the translation spells out, for figures it wrote in words and quantities the
    // source spells
    // (and the counts it says in one word: "dreimal" for "four times" is a number changed)
    const spelledTarget: Array<NumberOccurrence & { spelled: true; unit?: string }> = [
      ...spelledOf(context.target).map(occurrenceOf),
      ...countWordsIn(context.target.text, context.targetLang).map((count) => ({ ...occurrenceOf(count), unit: 'times' })),
    ].filter((n) => !insideLiteral(context.target.literals, n.start, n.end));
    const usedSpelled = new Set<number>();
    const takeSpelled = (sourceNumber: NumberOccurrence, unit?: string, fits?: (spelled: NumberOccurrence) => boolean) => {
      // (a count of times is a number of times: "once" is not the "satu" of "satu tablet")
      const k = spelledTarget.findIndex(
        (t, i) =>
          !usedSpelled.has(i) &&
          matches(sourceNumber, t) &&
          (unit === undefined || targetUnit(context, t) === unit) &&
          (fits === undefined || fits(t)),
      );
      if (k < 0) return null;
      usedSpelled.add(k);
      return spelledTarget[k] as NumberOccurrence & { spelled: true };
    };
    checkSpelledQuantities(context, unmatchedTarget, takeSpelled, spelledTarget, usedSpelled, out, kept);
    if (unmatchedTarget.length === 0) fewSpanSaidAsAnother(context, out);

    // a figure written as an ordinal that the translation spells out ("the 3rd day" → "hari ketiga")
    let spelledOrdinals: SpelledOrdinal[] | undefined;
    for (const [i, said] of sourceNumbers.entries()) {
      if (usedSource.has(i) || !writtenAsOrdinal(source.text, said, context.sourceLang)) continue;
      spelledOrdinals ??= ordinalsIn(context.target.text, context.targetLang);
      const k = spelledOrdinals.findIndex((ordinal) => ordinal.value === said.value);
      if (k < 0) continue;
      usedSource.add(i);
      spelledOrdinals.splice(k, 1);
    }
    const missing = sourceNumbers.filter((_, i) => !usedSource.has(i));
    const discounts = missing.length > 0 ? discountsIn(context.target.text, context.targetLang) : [];
    // times of the translation on the hour that render none of the source's times: an hour the
    // source says alone beside one it says as a time ("opens at 9 and closes at 5 p.m." →
    // "buka pukul 09.00 dan tutup pukul 17.00")
    const spareHours =
      sourceTimes.length > 0 && missing.length > 0
        ? targetTimes.filter(
            (time) =>
              time.minutes % 60 === 0 &&
              !sourceTimes.some((said) => [said.minutes, said.alternative].includes(time.minutes) || said.minutes === time.alternative),
          )
        : [];
    const spansTaken = new Set<number>();
    for (const sourceNumber of missing) {
      const hour = spareHours.findIndex(
        (time) => sourceNumber.value !== null && [time.minutes, time.alternative ?? -60].includes(sourceNumber.value * 60),
      );
      if (
        hour >= 0 &&
        /\b(?:at|from|until|till|to|by|before|after)\s+$/iu.test(source.text.slice(Math.max(0, sourceNumber.start - 8), sourceNumber.start))
      ) {
        spareHours.splice(hour, 1);
        continue;
      }
      // a discount said the Chinese way, by what is paid ("50% off" is "五折", "20% off" "八折")
      const percent = sourceNumber.value ?? -1;
      // (and the percentage written out: "a 20 percent discount", "20 per cent off")
      if (
        /^\s?(?:%|per\s?cent(?![\p{L}])|percent(?![\p{L}]))/iu.test(source.text.slice(sourceNumber.end)) &&
        discounts.some((off) => same(off, percent))
      )
        continue;
      // the translation's amounts of the source amount's currency, left unmatched
      const currency = currencyOf(source.text, sourceNumber, context.sourceLang);
      const sameAmounts = currency
        ? unmatchedTarget.filter((number) => {
            const other = currencyOf(context.target.text, number, context.targetLang);
            return other !== null && sameCurrency(currency, other);
          })
        : [];
      // a figure the translation spells out ("5 years" → "lima tahun") is there; an amount that the
      // translation has in figures with its currency is that one, changed ("a €1 coin" → "une pièce
      // de 2 €": the "une" is an article), else spelled it may be ("$1" → "un dólar")
      const spelled = takeSpelled(
        sourceNumber,
        undefined,
        sameAmounts.length > 0 ? (word) => currencyOf(context.target.text, word, context.targetLang) !== null : undefined,
      );
      if (spelled) {
        kept.push({ said: sourceNumber, found: spelled });
        checkUnit(context, sourceNumber, spelled, out);
        continue;
      }
      // a span of time the translation says in another unit, in words ("within 7 days" → "dalam
      // seminggu", "every 12 months" → "setiap tahun", "24 hours" → "一天")
      // (a period, "every week", only for the source's own period, "every 7 days"; and none where the
      // translation has a span of its own in figures left over: "24 hours a day" → "12 horas al día"
      // changed the hours)
      const spanUnit = unitAfter(source.text, sourceNumber.end, context.sourceLang)?.unit;
      const spanSeconds = spanUnit && sourceNumber.value !== null ? sourceNumber.value * (SPANS_OF_TIME.get(spanUnit) ?? Number.NaN) : NaN;
      if (spanSeconds > 0 && !unmatchedTarget.some((t) => SPANS_OF_TIME.has(targetUnit(context, t) ?? ''))) {
        const every = EVERY_BEFORE.test(source.text.slice(Math.max(0, sourceNumber.start - 12), sourceNumber.start));
        const spans = exactSpansIn(context.target, every).filter((span) => !spansTaken.has(span.start));
        const same = spans.find((span) => Math.abs(span.seconds - spanSeconds) <= spanSeconds * 0.05);
        if (same) {
          spansTaken.add(same.start);
          continue;
        }
      }
      // the translation's unmatched number nearest where the source's stands; of an amount, among
      // the translation's amounts of its currency first ("one point for every 10 yuan" → "每消费100元
      // 可获得1积分" changed the 10 yuan, not the point)
      const place = sourceNumber.start / Math.max(1, source.text.length);
      const nearestAmount = takeNearest(sameAmounts, place, context.target.text.length);
      if (nearestAmount) unmatchedTarget.splice(unmatchedTarget.indexOf(nearestAmount), 1);
      const changed = nearestAmount ?? takeNearest(unmatchedTarget, place, context.target.text.length);
      // with its scale word ("100 million"), when it has one
      const scaleWord = sourceNumber.scale === null ? null : /^[ \u00a0-]?\p{L}+/u.exec(source.text.slice(sourceNumber.end));
      const sourceSpan = spanOf(source.text, sourceNumber.start, sourceNumber.end + (scaleWord?.[0].length ?? 0));
      // the value to offer: with its scale ("100 million" as 100.000.000, replacing "100 miliar"),
      // and "12.500" read as twelve thousand five hundred where the translation's number is that big
      const grouped = groupedValue(sourceNumber.text);
      const value = sourceNumber.scaled ?? (grouped !== null && (changed?.value ?? 0) >= 1000 ? grouped : null) ?? sourceNumber.value ?? 0;
      const expected = format(value, context.targetLang);
      if (changed) {
        const targetScale = changed.scale === null ? null : /^[ \u00a0-]?\p{L}+/u.exec(context.target.text.slice(changed.end));
        const end = changed.end + (targetScale?.[0].length ?? 0);
        out.push(
          finding(context, 'numbers.changed', 'major', changed.start, end, {
            source: sourceSpan,
            params: { found: context.target.text.slice(changed.start, end), expected, source: sourceSpan.text },
            suggestion: expected,
          }),
        );
      } else {
        // an age of majority said as being of age ("customers aged 18 or over" → "clientes mayores
        // de edad", "volljährige Kunden", "成年顾客"): there, not lost
        if (sourceNumber.value === 18 && AGED.test(source.text.slice(Math.max(0, sourceNumber.start - 12), sourceNumber.end + 16))) {
          const ofAge = OF_AGE[baseLanguage(context.targetLang)];
          if (ofAge?.test(context.target.text)) continue;
        }
        // an amount rendered as "free" ("Paper bills cost Rp5,000 extra" → "Tagihan kertas gratis"):
        // on that word, when it is the translation's only one and the source says nothing is free
        // (an amount: a currency beside it, as a symbol, a code or a name, "10 yuan")
        const amount =
          currencyAround(source.text, sourceNumber.start, sourceNumber.end) ??
          currencyNamedAfter(source.text, sourceNumber.end, context.sourceLang);
        const free = amount ? freeWordOf(context, sourceNumber.start) : null;
        // else on the words where the number would stand, as near as the landmarks tell ("it works
        // with 110 and 230 volts" → "nur mit 230 Volt"), and 0–0 only where none tells
        const place = free ?? locateInTarget(source, context.target, sourceNumber.start, sourceNumber.end);
        out.push(
          finding(context, 'numbers.missing', 'major', place?.start ?? 0, place?.end ?? 0, {
            source: sourceSpan,
            params: { source: sourceNumber.text, expected },
          }),
        );
      }
    }
    checkUnitMoved(context, kept, out);
    return out;
  },
};

/** Whether two figures are the dimensions of one size: "10 by 15", "10 m x 15", "10 mètres sur 15", "10 mal 15". */
function dimensions(text: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return DIMENSIONS_BETWEEN.test(text.slice(first.end, second.start));
}

/** What joins two dimensions, a unit of the first before it maybe ("by", "x", "×", "sur", "mal", "por", "kali", "乘"). */
const DIMENSIONS_BETWEEN = /^[\s\u00a0]*(?:\p{L}{1,12}\.?[\s\u00a0]*)?(?:by|x|×|sur|mal|por|kali|乘)[\s\u00a0]*$/iu;

/**
 * A unit gone from its figure to another ("four doses over two weeks" → "dua dosis selama empat
 * minggu", "4 doses over 2 weeks" → "2 dosis selama 4 minggu"): a figure kept whose source says a
 * unit after it and whose translation says none, where another figure kept has that unit in the
 * translation and had none of it in the source. On the first, with the word after it.
 */
function checkUnitMoved(
  context: RuleContext,
  kept: ReadonlyArray<{ said: NumberOccurrence; found: NumberOccurrence }>,
  out: Finding[],
): void {
  const source = context.source;
  if (!source || kept.length < 2 || out.some((each) => each.rule === 'numbers.swapped')) return;
  const unitsOf = kept.map(({ said, found }) => ({
    said: unitAfter(source.text, said.end, context.sourceLang)?.unit,
    found: unitAfter(context.target.text, found.end, context.targetLang)?.unit,
  }));
  for (const [k, { said, found }] of kept.entries()) {
    const units = unitsOf[k] as (typeof unitsOf)[number];
    if (!units.said || units.said === 'times' || units.found) continue;
    // (nor a word for one that is also the article, which says no unit: "A medical certificate …
    // one year" kept by "Un certificat", whose year is the elided "d'un an")
    if (found.value === 1 && ONE_IS_THE_ARTICLE.test(found.text)) continue;
    const other = kept.findIndex(
      (each, j) => j !== k && unitsOf[j]?.found === units.said && unitsOf[j]?.said !== units.said && each.said.value !== said.value,
    );
    if (other < 0) continue;
    const word = /^[ \u00a0]*\p{L}+/u.exec(context.target.text.slice(found.end, found.end + 32));
    if (!word) continue;
    const moved = kept[other] as (typeof kept)[number];
    // (nor two dimensions of one size, which one unit serves, said after either: "10 mètres sur 15"
    // is "10 by 15 metres")
    if (dimensions(source.text, said, moved.said) || dimensions(context.target.text, found, moved.found)) continue;
    const movedUnit = unitAfter(context.target.text, moved.found.end, context.targetLang) as UnitAt;
    const end = found.end + word[0].length;
    // (not where another finding stands already, on either: a unit changed, a number changed)
    if (out.some((each) => (each.start < end && found.start < each.end) || (each.start < movedUnit.end && moved.found.start < each.end)))
      continue;
    out.push(
      finding(context, 'numbers.swapped', 'major', found.start, end, {
        source: spanOf(source.text, said.start, said.end),
        params: {
          first: context.target.text.slice(found.start, end),
          second: context.target.text.slice(moved.found.start, movedUnit.end),
        },
      }),
    );
    return;
  }
}

/**
 * Numbers as a reader of a given language reads them: "2.5" is two and a half in English and
 * an error in Indonesian, "2,5" the reverse, "1.000" a thousand in German. Separators come from
 * the language's own conventions (Intl, i.e. CLDR), so any language is covered. Digits glued to
 * letters belong to names and codes ("GPT-4", "H800", "Qwen3") and are not numbers here; scale
 * words and abbreviations ("6 million", "500bn", "6 juta", "600万") give a second, scaled value.
 */

import { baseLanguage } from './language';

export interface NumberOccurrence {
  start: number;
  end: number;
  text: string;
  /** The value read with the text's own conventions; null if they do not allow this spelling. */
  value: number | null;
  /** The factor of a scale word that follows ("million" = 1e6), when there is one. */
  scale: number | null;
  /** The value times that factor. */
  scaled: number | null;
}

interface Separators {
  group: string;
  decimal: string;
}

const separatorCache = new Map<string, Separators>();

export function separatorsFor(lang: string): Separators {
  let separators = separatorCache.get(lang);
  if (!separators) {
    let parts: Intl.NumberFormatPart[];
    try {
      parts = new Intl.NumberFormat(lang).formatToParts(1234567.5);
    } catch {
      parts = new Intl.NumberFormat('en').formatToParts(1234567.5);
    }
    separators = {
      group: parts.find((part) => part.type === 'group')?.value ?? ',',
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    };
    separatorCache.set(lang, separators);
  }
  return separators;
}

const SPACE_GROUPS = new Set([' ', '\u00a0', '\u202f', '\u2009']);

/** Reads digits and separators the way `lang` writes numbers; null when `lang` cannot mean it. */
export function parseNumber(raw: string, lang: string): number | null {
  const { group, decimal } = separatorsFor(lang);
  const isGroup = (ch: string) => ch === group || (SPACE_GROUPS.has(group) && SPACE_GROUPS.has(ch)) || (group === '’' && ch === "'");
  let integer = '';
  let fraction: string | null = null;
  const groups: string[] = [''];
  for (const ch of raw) {
    if (ch >= '0' && ch <= '9') {
      if (fraction !== null) fraction += ch;
      else groups[groups.length - 1] += ch;
    } else if (ch === decimal && fraction === null) {
      fraction = '';
    } else if (isGroup(ch) && fraction === null) {
      groups.push('');
    } else {
      return null;
    }
  }
  if (groups.length > 1) {
    const [head, ...rest] = groups;
    if (!head || head.length > 3 || rest.some((part) => part.length !== 3 && part.length !== 2)) return null;
    if (rest.some((part) => part.length === 2) && !/^(?:hi|en-IN|mr|bn|gu|ta|te)/.test(lang)) return null;
  }
  integer = groups.join('');
  if (integer === '' || fraction === '') return null;
  return Number(fraction === null ? integer : `${integer}.${fraction}`);
}

const SCALES: Record<string, Array<[RegExp, number]>> = {
  en: [
    [/^(?:thousand|k)\b/i, 1e3],
    [/^(?:million|mn|m)\b/i, 1e6],
    [/^(?:billion|bn|b)\b/i, 1e9],
    [/^(?:trillion|tn)\b/i, 1e12],
  ],
  id: [
    [/^(?:ribu|rb)\b/i, 1e3],
    [/^(?:juta|jt)\b/i, 1e6],
    [/^(?:miliar|milyar)\b/i, 1e9],
    [/^triliun\b/i, 1e12],
  ],
  de: [
    [/^tausend\b/i, 1e3],
    [/^(?:millionen|million|mio\.?)/i, 1e6],
    [/^(?:milliarden|milliarde|mrd\.?)/i, 1e9],
    [/^(?:billionen|billion)\b/i, 1e12],
  ],
  fr: [
    [/^mille\b/i, 1e3],
    [/^millions?\b/i, 1e6],
    [/^milliards?\b/i, 1e9],
    [/^billions?\b/i, 1e12],
  ],
  es: [
    [/^mil millones\b/i, 1e9],
    [/^mil\b/i, 1e3],
    [/^(?:millones|millón)\b/i, 1e6],
    [/^(?:billones|billón)\b/i, 1e12],
  ],
  zh: [
    [/^千/, 1e3],
    [/^万/, 1e4],
    [/^百万/, 1e6],
    [/^亿/, 1e8],
  ],
  ja: [
    [/^千/, 1e3],
    [/^万/, 1e4],
    [/^億/, 1e8],
  ],
};
SCALES.ms = SCALES.id as Array<[RegExp, number]>;

function scaleAfter(text: string, end: number, lang: string): number | null {
  const scales = SCALES[lang.split('-')[0]?.toLowerCase() ?? ''];
  if (!scales) return null;
  const rest = text.slice(end, end + 24).replace(/^[ \u00a0\u202f-]?/, '');
  for (const [pattern, factor] of scales) if (pattern.test(rest)) return factor;
  return null;
}

/** Digits grouped by threes with spaces ("585 230 540", "12 500"). */
const SPACED_THOUSANDS_RE = /^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+$/u;

const CANDIDATE_RE = /\d(?:[\d.,'’ \u00a0\u202f\u2009]?\d)*/g;
const LETTER_RE = /\p{L}/u;
/** A letter that glues a number into a code or a name: not one of a script written without spaces (费用是25美元, 3月5日, 5개). */
export const GLUING_LETTER = String.raw`(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}])\p{L}`;
const GLUE_RE = new RegExp(GLUING_LETTER, 'u');
const CURRENCY_PREFIX_RE = /(?:^|[^\p{L}])(?:Rp|RM|Rs|USD|IDR|EUR|SGD|MYR)$/u;
const UNIT_SUFFIX_RE = /^(?:k|m|mn|bn|b|tn|km|kg|cm|mm|nm|g|gb|mb|tb|kb|ghz|mhz|hz|kw|mw|gw|ms|s|h|x|st|nd|rd|th)\b/i;

/** Words a language writes before a number, with a hyphen, to make it an ordinal ("ke-5"). */
const ORDINAL_PREFIX_RE: Record<string, RegExp> = { id: /(?<!\p{L})ke-$/iu, ms: /(?<!\p{L})ke-$/iu };

function ordinalBefore(text: string, start: number, lang: string): boolean {
  return ORDINAL_PREFIX_RE[baseLanguage(lang)]?.test(text.slice(Math.max(0, start - 4), start)) ?? false;
}

/** Endings a language glues to a number to make it an ordinal ("1er septembre", "2e étage", "1.º", "3ª planta"). */
const ORDINAL_SUFFIX_RE: Record<string, RegExp> = {
  fr: /^(?:er|re|ère|e|ème|nd|nde)(?!\p{L})/u,
  es: /^\.?(?:º|ª|o|a)(?!\p{L})/u,
};

function ordinalAfter(after: string, lang: string): boolean {
  return ORDINAL_SUFFIX_RE[baseLanguage(lang)]?.test(after) ?? false;
}

/**
 * A day of the month a language writes as a figure where English says an ordinal ("avant le 5 de
 * chaque mois", "el 5 de cada mes", "tanggal 5", "am 5. jedes Monats", "每月5日": "the fifth of each
 * month"): the words before the figure, or after it.
 */
const DAY_OF_MONTH: Record<string, { before?: RegExp; after?: RegExp }> = {
  fr: { after: /^[\s\u00a0]+(?:de[\s\u00a0]+chaque|du)[\s\u00a0]+mois(?!\p{L})/iu },
  es: { after: /^[\s\u00a0]+(?:de[\s\u00a0]+cada[\s\u00a0]+mes|del[\s\u00a0]+mes)(?!\p{L})/iu },
  id: { before: /(?:^|[^\p{L}])tanggal[\s\u00a0]+$/iu },
  de: { after: /^\.[\s\u00a0]+(?:jedes|eines|des)[\s\u00a0]+Monats(?!\p{L})/iu },
  zh: { before: /每月$/u, after: /^[日号]/u },
};

function dayOfMonth(text: string, number: { start: number; end: number }, lang: string): boolean {
  const day = DAY_OF_MONTH[baseLanguage(lang)];
  const figure = text.slice(number.start, number.end);
  if (!day || !/^(?:[1-9]|[12]\d|3[01])$/u.test(figure)) return false;
  return (
    (day.before?.test(text.slice(Math.max(0, number.start - 12), number.start)) ?? false) ||
    (day.after?.test(text.slice(number.end, number.end + 24)) ?? false)
  );
}

/** Whether a figure of `text` is written as an ordinal ("3rd", "ke-3", "3e", "3.º", "le 5 de chaque mois"). */
export function writtenAsOrdinal(text: string, number: { start: number; end: number }, lang: string): boolean {
  const after = text.slice(number.end, number.end + 4);
  return (
    ordinalBefore(text, number.start, lang) ||
    ordinalAfter(after, lang) ||
    (baseLanguage(lang) === 'en' && /^(?:st|nd|rd|th)(?!\p{L})/u.test(after)) ||
    dayOfMonth(text, number, lang)
  );
}

/** A letter of a script written without spaces between words (Chinese, Japanese). */
const UNSPACED_LETTER_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Every number in `text`. `lang` decides separators; glued digits of names are skipped.
 */
export function findNumbers(text: string, lang: string): NumberOccurrence[] {
  const out: NumberOccurrence[] = [];
  CANDIDATE_RE.lastIndex = 0;
  // a space is only a separator inside a number when the language groups digits with spaces;
  // elsewhere "1500 123" is two numbers, while "585 230 540", grouped as thousands are, stays one
  // (a translation into a language that groups so reads it as one)
  const spaced = !SPACE_GROUPS.has(separatorsFor(lang).group);
  const candidates: Array<{ raw: string; start: number }> = [];
  for (const match of text.matchAll(CANDIDATE_RE)) {
    if (!spaced || !/[ \u00a0\u202f\u2009]/.test(match[0]) || SPACED_THOUSANDS_RE.test(match[0])) {
      candidates.push({ raw: match[0], start: match.index });
      continue;
    }
    let offset = match.index;
    for (const piece of match[0].split(/([ \u00a0\u202f\u2009])/)) {
      if (/\d/.test(piece)) candidates.push({ raw: piece, start: offset });
      offset += piece.length;
    }
  }
  for (const { raw, start } of candidates) {
    const end = start + raw.length;
    const before = text.slice(Math.max(0, start - 2), start);
    const after = text.slice(end);
    // glued to letters, a code or a name (H800, R1), unless the letters are a currency (Rp15.000)
    if (GLUE_RE.test(before.slice(-1)) && !CURRENCY_PREFIX_RE.test(text.slice(Math.max(0, start - 4), start))) continue;
    // GPT-4, Grok-1 (but an ordinal is a number: "hari ke-5", the 5th day; and after a Chinese or
    // Japanese character it is a minus sign, those scripts glue words to figures: "在-20 °C")
    if (
      before.endsWith('-') &&
      LETTER_RE.test(before.slice(0, 1)) &&
      !UNSPACED_LETTER_RE.test(before.slice(0, 1)) &&
      !ordinalBefore(text, start, lang)
    )
      continue;
    if (GLUE_RE.test(after.slice(0, 1)) && !UNIT_SUFFIX_RE.test(after) && !ordinalAfter(after, lang)) continue; // 4K, 3D, Qwen3b
    const value = parseNumber(raw, lang);
    const scale = scaleAfter(text, end, lang);
    out.push({ start, end, text: raw, value, scale, scaled: value !== null && scale !== null ? value * scale : null });
  }
  return out;
}

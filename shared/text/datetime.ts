/**
 * Times of day and the names of months and weekdays, read the way each language writes them, so
 * that "9 p.m." and "21.00" are the same time and "March" and "Mei" are not the same month. Month
 * and weekday names come from CLDR through Intl (the runtime's ICU data), in every language it
 * has, in the forms a date uses ("mai" and "maja" in Polish); nothing is hand-listed but the few
 * words that mark a time of day.
 */

import { baseLanguage as base } from './language';
import { escapeRegExp } from './regexp';

export interface TimeOfDay {
  start: number;
  end: number;
  /** As said: a range's first end with the part of the day it shares ("8 a.m." of "between 8 and 9 a.m."), which its span lacks. */
  text: string;
  /** Minutes since midnight; a 12-hour time without a.m. or p.m. could also be `alternative`. */
  minutes: number;
  alternative: number | null;
}

export interface NamedDate {
  start: number;
  end: number;
  text: string;
  kind: 'month' | 'weekday';
  /** 0 to 11 for months, 0 (Sunday) to 6 for weekdays. */
  index: number;
}

// words before or after a time that say it is one (the 24-hour clock with a dot is otherwise a number)
const TIME_BEFORE: Record<string, string> = {
  id: '(?:pukul|jam|pkl\\.?)',
  es: '(?:las|la)',
  ms: '(?:pukul|jam)',
  nl: '(?:om)',
};
// words after an hour that say which part of the day it is in ("jam 8 malam" is 20.00), each
// with how it turns the hour into the 24-hour clock's
const DAY_PERIODS: Record<string, ReadonlyArray<readonly [string, (hour: number) => number]>> = {
  id: [
    ['pagi', (hour) => hour % 12],
    ['dini\\s+hari', (hour) => hour % 12],
    ['siang', (hour) => (hour < 10 ? hour + 12 : hour)],
    ['sore', (hour) => (hour < 12 ? hour + 12 : hour)],
    ['petang', (hour) => (hour < 12 ? hour + 12 : hour)],
    ['malam', (hour) => (hour === 12 ? 0 : hour <= 4 ? hour : hour < 12 ? hour + 12 : hour)],
  ],
};
DAY_PERIODS.ms = DAY_PERIODS.id as ReadonlyArray<readonly [string, (hour: number) => number]>;
// "a las 9 de la noche" is 21.00, "las 8 de la mañana" 08.00
DAY_PERIODS.es = [
  ['de\\s+la\\s+mañana', (hour) => hour % 12],
  ['de\\s+la\\s+madrugada', (hour) => hour % 12],
  ['del\\s+mediodía', (hour) => (hour < 10 ? hour + 12 : hour)],
  ['de\\s+la\\s+tarde', (hour) => (hour < 12 ? hour + 12 : hour)],
  ['de\\s+la\\s+noche', (hour) => (hour === 12 ? 0 : hour <= 4 ? hour : hour < 12 ? hour + 12 : hour)],
];

// "um 10 Uhr abends" is 22.00, "um 7 Uhr morgens" 07.00 (said after "Uhr")
DAY_PERIODS.de = [
  ['morgens|früh|vormittags', (hour) => hour % 12],
  ['mittags', (hour) => (hour < 10 ? hour + 12 : hour)],
  ['nachmittags|abends', (hour) => (hour < 12 ? hour + 12 : hour)],
  ['nachts', (hour) => (hour === 12 ? 0 : hour <= 4 ? hour : hour < 12 ? hour + 12 : hour)],
];

/**
 * Chinese and Japanese say the part of the day before the hour ("下午3点", "午後3時"), and mark the
 * hour with a word ("点", "时", "時") and the minutes with another ("30分") or "半" (half past).
 */
const HOUR_FIRST_PERIODS: Record<string, ReadonlyArray<readonly [string, (hour: number) => number]>> = {
  zh: [
    ['凌晨|清晨|早上|早晨|上午|早间', (hour) => (hour === 12 ? 12 : hour % 12)],
    ['中午|正午', (hour) => (hour >= 11 ? hour : hour + 12)],
    ['下午|午后|傍晚', (hour) => (hour < 12 ? hour + 12 : hour)],
    ['晚上|夜间|夜里|晚间|夜晚|深夜|半夜|午夜', (hour) => (hour === 12 ? 0 : hour <= 4 ? hour : hour < 12 ? hour + 12 : hour)],
  ],
  ja: [
    ['午前|朝', (hour) => hour % 12],
    ['正午', (hour) => (hour >= 11 ? hour : hour + 12)],
    ['午後|夕方', (hour) => (hour < 12 ? hour + 12 : hour)],
    ['夜|深夜', (hour) => (hour === 12 ? 0 : hour <= 4 ? hour : hour < 12 ? hour + 12 : hour)],
  ],
};
const HOUR_FIRST_RE = /^(\D*?)\s?(\d{1,2})(?:\s?[点點时時](?:\s?(\d{1,2})\s?分|(半))?|:(\d{2}))/u;

const periodTestCache = new Map<string, ReadonlyArray<readonly [RegExp, (hour: number) => number]>>();

/** A language's parts of the day as expressions made once (not one per time read). */
function periodTests(
  table: Record<string, ReadonlyArray<readonly [string, (hour: number) => number]>>,
  key: string,
  pattern: (words: string) => string,
): ReadonlyArray<readonly [RegExp, (hour: number) => number]> {
  const cacheKey = `${table === DAY_PERIODS ? 'after' : 'before'} ${key}`;
  let tests = periodTestCache.get(cacheKey);
  if (!tests) {
    tests = (table[key] ?? []).map(([words, toClock]) => [new RegExp(pattern(words), 'u'), toClock] as const);
    periodTestCache.set(cacheKey, tests);
  }
  return tests;
}

/** A Chinese or Japanese time ("下午3点半", "晚上9:30", "10点"): a bare hour may be either half of the day. */
function hourFirstValue(text: string, key: string): { minutes: number; alternative: number | null } | null {
  const match = HOUR_FIRST_RE.exec(text);
  if (!match) return null;
  const hour = Number(match[2]);
  const minutes = match[4] ? 30 : Number(match[3] ?? match[5] ?? 0);
  if (hour > 24 || minutes > 59) return null;
  const period = match[1] ?? '';
  if (period) {
    for (const [words, toClock] of periodTests(HOUR_FIRST_PERIODS, key, (words) => `^(?:${words})$`)) {
      if (words.test(period)) return hour <= 12 ? { minutes: toClock(hour) * 60 + minutes, alternative: null } : null;
    }
  }
  const either = hour >= 1 && hour <= 12 && !/^0/u.test(match[2] ?? '') && match[5] === undefined;
  return { minutes: (hour % 24) * 60 + minutes, alternative: either ? ((hour % 12) + 12) * 60 + minutes : null };
}

function dayPeriodPattern(key: string): string | null {
  const periods = DAY_PERIODS[key];
  return periods ? `(?:${periods.map(([word]) => word).join('|')})` : null;
}

const TIME_AFTER: Record<string, string> = {
  id: '(?:WIB|WITA|WIT)',
  de: '(?:Uhr)',
  nl: '(?:uur)',
};
// what joins the two ends of a range of times, or two times ("antara pukul 08.00 dan 16.00")
const RANGE = "(?:\\s*(?:-|–|—|to|until|till|and|hingga|sampai(?:\\s+dengan)?|s\\.d\\.|s/d|dan|bis|und|à|a|al|au|jusqu'à|et|y|tot|en)\\s*)";

const cache = new Map<string, RegExp>();

/** The second end of a range after a time ("… hingga 21.00"), and the first before one ("8 und …"). */
const SECOND_END_RE = new RegExp(`^${RANGE}([01]?\\d|2[0-3])[.:]([0-5]\\d)(?![\\p{N}]|[.,]\\p{N})`, 'u');
// (Spanish says the hour's article again: "entre las 8 y las 9 de la mañana")
const FIRST_END_RE = new RegExp(`(?<![\\p{N}.,:])([01]?\\d|2[0-3])(?:[.:]([0-5]\\d))?${RANGE}(?:las?\\s+)?$`, 'u');
/** The words for a part of the day said after an hour ("9 de la noche", "10 malam"). */
const DAY_PARTS =
  'mañana|madrugada|mediodía|tarde|noche|pagi|siang|sore|petang|malam|morgens|früh|vormittags|mittags|nachmittags|abends|nachts';
/** The a.m. or p.m. after an hour ("11 a.m.", "9 PM"). */
const MERIDIEM = String.raw`[ap]\.?\s?m\.?|[AP]M`;
/** A time that ends with the part of the day it is in ("9 de la noche", "10 malam"), which a range's first end shares. */
const PERIOD_END_RE = new RegExp(`(?:${DAY_PARTS})$`, 'u');
/** A time that ends in a.m. or p.m. ("11 a.m."), which a range's first end shares ("from 7 to 11 a.m."). */
const MERIDIEM_END_RE = new RegExp(`(?:${MERIDIEM})$`, 'u');
/** What a range's first end shares with the time that ends it: its meridiem or its part of the day (" p.m.", " de la noche"). */
const SHARED_END_RE = new RegExp(String.raw`\s?(?:${MERIDIEM})$|\s+(?:de\s+la\s+)?(?:${DAY_PARTS})$`, 'u');
/** A word after a time that says it is one ("Uhr"), by the word's pattern. */
const MARKED_RES = new Map<string, RegExp>();

/** Languages whose 24-hour clock is written with a dot ("16.00"), a number's look unless a word says it is a time. */
const DOT_CLOCK = new Set(['id', 'ms']);

function timePattern(lang: string, bare = false): RegExp {
  const key = base(lang);
  const cacheKey = bare ? `${key} bare` : key;
  let pattern = cache.get(cacheKey);
  if (!pattern) {
    const clock = '(?<![\\p{N}.,:])([01]?\\d|2[0-3])(?:([:.])([0-5]\\d))?';
    const meridiem = '\\s?(a\\.\\s?m\\.|p\\.\\s?m\\.|am\\b|pm\\b|AM\\b|PM\\b|a\\.m\\b|p\\.m\\b)';
    const before = TIME_BEFORE[key];
    const after = TIME_AFTER[key];
    const alternatives = [
      `${clock}${meridiem}`, // 9 p.m., 7:30 am
      '(?<![\\p{N}.,:])([01]?\\d|2[0-3]):([0-5]\\d)(?![\\p{N}]|[.,:]\\p{N})', // 21:00
      '(?<![\\p{N}.,:])24:00(?![\\p{N}]|[.,:]\\p{N})', // 24:00, midnight at a day's end
    ];
    if (key === 'en') alternatives.push('(?<![\\p{N}.,:])12(?::00)?\\s(?:noon|midday|midnight)(?![\\p{L}])'); // 12 noon
    // (and noon or midnight said alone: "from 10 a.m. to midnight")
    if (key === 'en') alternatives.push('(?<!\\p{L})(?<!\\p{N}\\s)(?:midnight|noon|midday)(?![\\p{L}-])');
    if (key === 'fr') alternatives.push('(?<![\\p{N}.,:])([01]?\\d|2[0-3])\\s?h\\s?([0-5]\\d)?(?![\\p{L}\\p{N}])'); // 21 h, 21h30
    const hourFirst = HOUR_FIRST_PERIODS[key];
    if (hourFirst) {
      // 下午3点, 下午3点半, 上午9点30分, 晚上9:30, 10点 (not 第3点, the third point)
      const periodWords = hourFirst.map(([words]) => words).join('|');
      alternatives.splice(
        0,
        0,
        `(?:${periodWords})\\s?(?<![\\p{N}.,:])([01]?\\d|2[0-4])(?:\\s?[点點时時](?:\\s?[0-5]?\\d\\s?分|半)?|:[0-5]\\d)(?![\\p{N}])`,
        '(?<![\\p{N}.,:第])([01]?\\d|2[0-4])\\s?[点點时時](?:\\s?[0-5]?\\d\\s?分|半)?(?![\\p{N}])',
      );
    }
    const periods = dayPeriodPattern(key);
    // "jam 8 malam", "pukul 7.30 pagi": an hour and the part of the day it is in
    if (before && periods) alternatives.push(`(?<=${before}\\s)([01]?\\d|2[0-3])(?:[.:]([0-5]\\d))?\\s+${periods}(?![\\p{L}])`);
    if (before) alternatives.push(`(?<=${before}\\s)(?:([01]?\\d|2[0-3])[.:]([0-5]\\d)|24[.:]00)(?![\\p{N}]|[.,]\\p{N})`);
    // "10 Uhr abends": the hour, its word, and the part of the day after both
    if (after && periods) alternatives.push(`([01]?\\d|2[0-3])(?:[.:]([0-5]\\d))?\\s?${after}\\s+${periods}(?![\\p{L}])`);
    if (after) alternatives.push(`([01]?\\d|2[0-3])(?:[.:]([0-5]\\d))?(?=\\s?${after}\\b)`);
    if (DOT_CLOCK.has(key)) alternatives.push('(?<![\\p{N}.,:])0\\d\\.[0-5]\\d(?![\\p{N}]|[.,]\\p{N})'); // 07.00: a leading zero is a time
    // "16.00" with no word that says so: a time where the other side has times to compare with
    if (bare && DOT_CLOCK.has(key)) alternatives.push('(?<![\\p{N}.,:\\p{Sc}])(1\\d|2[0-3])\\.([0-5]\\d)(?![\\p{N}]|[.,]\\p{N}|\\s?%)');
    pattern = new RegExp(alternatives.map((alternative) => `(?:${alternative})`).join('|'), 'gu');
    cache.set(cacheKey, pattern);
  }
  return pattern;
}

const clocks = new Map<string, boolean>();

/** Whether a language's clock runs to 12 (its times without a.m./p.m. may be either half of the day). */
function twelveHour(lang: string): boolean {
  const key = base(lang);
  let twelve = clocks.get(key);
  if (twelve === undefined) {
    try {
      twelve = new Intl.DateTimeFormat(key, { hour: 'numeric' }).resolvedOptions().hourCycle?.startsWith('h1') ?? false;
    } catch {
      twelve = false;
    }
    clocks.set(key, twelve);
  }
  return twelve;
}

/** The word after an hour that says it is a time, at the start of what follows the hour (" Uhr"). */
function timeWordOf(after: string): RegExp {
  let pattern = MARKED_RES.get(after);
  if (!pattern) MARKED_RES.set(after, (pattern = new RegExp(`^\\s?${after}(?![\\p{L}])`, 'u')));
  return pattern;
}

/** Hours and minutes of a time as written ("9 p.m.", "07.00", "21h30"). */
function valueOf(text: string, lang: string): { minutes: number; alternative: number | null } | null {
  const key = base(lang);
  if (/^(?:noon|midday)$/u.test(text)) return { minutes: 12 * 60, alternative: null };
  if (text === 'midnight' || /^24[:.]00$/u.test(text)) return { minutes: 0, alternative: null };
  if (HOUR_FIRST_PERIODS[key] && /[点點时時分半]|^\D/u.test(text)) return hourFirstValue(text, key);
  const match = /(\d{1,2})(?:\s?[:.h]\s?(\d{2}))?/u.exec(text);
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  // (past the word that says it is a time: "10 Uhr abends" is read as "10 abends")
  const after = TIME_AFTER[key];
  const rest = after ? text.slice(match[0].length).replace(timeWordOf(after), '') : text.slice(match[0].length);
  for (const [word, toClock] of periodTests(DAY_PERIODS, key, (word) => `^\\s+${word}$`)) {
    if (word.test(rest) && hours <= 12) return { minutes: toClock(hours) * 60 + minutes, alternative: null };
  }
  if (/^\s(?:noon|midday)$/u.test(rest)) return { minutes: 12 * 60, alternative: null };
  if (/^\s(?:midnight)$/u.test(rest)) return { minutes: 0, alternative: null };
  const meridiem = /([ap])\.?\s?m\b|([AP])M\b/iu.exec(rest);
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    const pm = (meridiem[1] ?? meridiem[2] ?? '').toLowerCase() === 'p';
    hours = (hours % 12) + (pm ? 12 : 0);
    return { minutes: hours * 60 + minutes, alternative: null };
  }
  // "9:30" on a 12-hour clock may be morning or evening ("09:30" may not)
  const either = twelveHour(lang) && hours >= 1 && hours <= 12 && !/^0/u.test(match[1] ?? '');
  return { minutes: hours * 60 + minutes, alternative: either ? ((hours % 12) + 12) * 60 + minutes : null };
}

/** What every time of day has somewhere: a digit next to a separator, a meridiem or an hour word. */
const MAYBE_TIME_RE =
  /\d[:.]\d|\d\s?[点點时時]|(?<!\p{L})(?:noon|midday|midnight)(?!\p{L})|\d\s?(?:[ap]\.?\s?m|[AP]M|h|Uhr|uur|WI)|\d\s+(?:pagi|dini|siang|sore|petang|malam|del?\s)/u;

/**
 * The times of day in a text, with ranges' second ends ("07.00 hingga 21.00"). `bare`: also the
 * 24-hour clock with a dot and nothing that says it is a time ("Buka 10.00–16.00"), for a text
 * whose counterpart has times (alone, "16.00" may be a number written the English way).
 */
export function timesIn(text: string, lang: string, bare = false): TimeOfDay[] {
  const out: TimeOfDay[] = [];
  if (!MAYBE_TIME_RE.test(text)) return out;
  const pattern = timePattern(lang, bare);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0] === '') {
      pattern.lastIndex += 1;
      continue;
    }
    const value = valueOf(match[0], lang);
    if (!value) continue;
    out.push({ start: match.index, end: match.index + match[0].length, text: match[0], ...value });
  }
  // the second end of a range is a time like the first ("pukul 07.00 hingga 21.00")
  for (const time of [...out]) {
    const rest = SECOND_END_RE.exec(text.slice(time.end));
    if (!rest) continue;
    const start = time.end + rest[0].search(/\d/u);
    const end = time.end + rest[0].length;
    if (out.some((other) => other.start < end && start < other.end)) continue;
    const value = valueOf(text.slice(start, end), lang);
    if (value) out.push({ start, end, text: text.slice(start, end), ...value });
  }
  // and the first end of a range whose second end a word after it says is a time ("zwischen 8 und
  // 12 Uhr", "8–12 Uhr") or a meridiem after it ("from 7 to 11 a.m."): the word is said once, for both
  const after = TIME_AFTER[base(lang)];
  const marked = after ? timeWordOf(after) : undefined;
  for (const time of [...out]) {
    if (!MERIDIEM_END_RE.test(time.text) && !PERIOD_END_RE.test(time.text) && !marked?.test(text.slice(time.end, time.end + 6))) continue;
    const from = Math.max(0, time.start - 24);
    const range = FIRST_END_RE.exec(text.slice(from, time.start));
    if (!range) continue;
    const start = from + range.index;
    const end = start + range[0].search(/(?<=\d)(?!\d|[.:]\d)/u);
    if (out.some((other) => other.start < end && start < other.end)) continue;
    // read with the part of the day the second end says ("between 6 and 7 p.m." is 18:00 to 19:00),
    // unless that puts it after the second end ("between 11 and 1 p.m." starts before noon)
    const shared = SHARED_END_RE.exec(time.text)?.[0];
    const withIt = shared ? valueOf(`${text.slice(start, end)}${shared}`, lang) : null;
    const sharing = withIt !== null && withIt.minutes <= time.minutes;
    const value = sharing ? withIt : valueOf(text.slice(start, end), lang);
    // (said with what it shares, "8 de la noche", where it is read with it)
    if (value) out.push({ start, end, text: `${text.slice(start, end)}${sharing ? shared : ''}`, ...value });
  }
  return out.sort((a, b) => a.start - b.start);
}

const names = new Map<string, Map<string, { kind: 'month' | 'weekday'; index: number }>>();
const namePatterns = new Map<string, RegExp>();

/** Languages written without spaces between words, whose month and weekday names may be of two characters ("三月", "周日"). */
const UNSPACED = new Set(['zh', 'ja']);
/** A month written with its number, in Chinese and Japanese ("7月"; not "7个月", seven months). */
const NUMBERED_MONTH_RE = /(?<![\p{N}.,])(1[0-2]|0?[1-9])\s?月/gu;

/** One expression finding any of a language's month and weekday names (faster than looking up every word). */
function namePattern(lang: string): RegExp {
  const key = base(lang);
  let pattern = namePatterns.get(key);
  if (!pattern) {
    const alternatives = [...namesOf(key).keys()].sort((a, b) => b.length - a.length).map((name) => escapeRegExp(name));
    // (in a language written without spaces, a name stands right against the words around it: "8月周日施工")
    const [before, after] = UNSPACED.has(key) ? ['', ''] : ['(?<![\\p{L}\\p{M}])', '(?![\\p{L}\\p{M}])'];
    pattern = alternatives.length > 0 ? new RegExp(`${before}(?:${alternatives.join('|')})${after}`, 'giu') : /(?!)/gu;
    namePatterns.set(key, pattern);
  }
  return pattern;
}

/** Month and weekday names of a language (lower-cased), from CLDR through Intl. */
function namesOf(lang: string): Map<string, { kind: 'month' | 'weekday'; index: number }> {
  const key = base(lang);
  let map = names.get(key);
  if (!map) {
    map = new Map();
    let locale = key;
    try {
      Intl.DateTimeFormat.supportedLocalesOf([key]);
    } catch {
      locale = 'en';
    }
    const add = (name: string, kind: 'month' | 'weekday', index: number) => {
      const lower = name.toLowerCase().replace(/\.$/u, '');
      // a name must be a word of its own (three letters at least, two in Chinese and Japanese; no digits)
      if (lower.length >= (UNSPACED.has(key) ? 2 : 3) && /^\p{L}[\p{L}\p{M}'’ -]*$/u.test(lower)) map?.set(lower, { kind, index });
    };
    for (let month = 0; month < 12; month += 1) {
      const date = new Date(Date.UTC(2026, month, 15, 12));
      add(new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(date), 'month', month);
      // the form a date uses (genitive in Slavic languages)
      const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' })
        .formatToParts(date)
        .find((part) => part.type === 'month');
      if (inDate) add(inDate.value, 'month', month);
    }
    for (let day = 0; day < 7; day += 1) {
      // 2026-11-01 was a Sunday
      const name = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 10, 1 + day, 12)));
      add(name, 'weekday', day);
      // Chinese says a weekday short as often ("周日")
      if (key === 'zh')
        add(
          new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 10, 1 + day, 12))),
          'weekday',
          day,
        );
      // English says a weekday that recurs in the plural ("open on Saturdays"), German as an adverb
      // ("montags"), Spanish and French in the plural too ("los sábados", "les samedis"; "lunes" is both)
      if (key === 'en' || key === 'de' || ((key === 'es' || key === 'fr') && !name.endsWith('s'))) add(`${name}s`, 'weekday', day);
      // and German in the plural ("an vier Samstagen", "die Sonntage")
      if (key === 'de') for (const ending of ['e', 'en']) add(`${name}${ending}`, 'weekday', day);
    }
    names.set(key, map);
  }
  return map;
}

/**
 * Names that are also ordinary words ("May" the verb, "March", "Minggu" the week, "Montage" the
 * fitting): they count as dates only next to a number ("1 May", "May 2026").
 */
const AMBIGUOUS = new Set(['may', 'march', 'minggu', 'mars', 'août', 'so', 'sun', 'sat', 'montage', 'montagen']);

/** The word a language puts before a weekday's name ("hari Minggu" is Sunday, "minggu" a week). */
const DAY_WORDS: Record<string, RegExp> = { id: /\bhari\s+$/iu, ms: /\bhari\s+$/iu };

/**
 * Whether a name that is also an ordinary word names a date where it stands: a month next to a
 * number ("1 May", "May 2026"); a weekday before a date ("Minggu, 25 Juli"), after the word for
 * "day" ("hari Minggu") or with its capital after a word written small ("setiap Minggu pagi"),
 * never after a number ("3 minggu" is three weeks).
 */
function namesDate(text: string, start: number, end: number, kind: 'month' | 'weekday', lang: string): boolean {
  if (/^,?\s*\p{N}/u.test(text.slice(end, end + 5))) return true;
  // an English month written with its capital inside a sentence ("your bill for March"; the verb
  // and the modal are written small there)
  if (
    kind === 'month' &&
    base(lang) === 'en' &&
    /^\p{Lu}/u.test(text.charAt(start)) &&
    /[\p{L}\p{N},;]\s+$/u.test(text.slice(Math.max(0, start - 3), start))
  )
    return true;
  if (kind === 'month') return /\p{N}\s*$/u.test(text.slice(Math.max(0, start - 4), start));
  // (an Indonesian or Malay "Minggu" written with its capital inside a sentence, where the week is
  // written small: "setiap Minggu pagi", every Sunday morning)
  if (DAY_WORDS[base(lang)] && /^\p{Lu}/u.test(text.charAt(start)) && /\p{Ll}\s+$/u.test(text.slice(Math.max(0, start - 3), start)))
    return true;
  return DAY_WORDS[base(lang)]?.test(text.slice(Math.max(0, start - 6), start)) ?? false;
}

/** A word of a text already split into words: its lower-cased form and where it is. */
export interface WordAt {
  kind: string;
  lower: string;
  start: number;
  end: number;
}

/**
 * The month and weekday names in a text; `words`, when the text is split into words already (as
 * the QA engine's analysis is), are looked up instead of searching the text.
 */
const GERMAN_DAY_PART_RE =
  /^(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?:morgen|vormittag|mittag|nachmittag|abend|nacht)s?$/u;

/** A German compound that begins with a weekday, with or without its "s": "Sonntagsgottesdienst", "Samstagmarkt". */
const GERMAN_DAY_COMPOUND_RE = /^(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s?\p{L}{4,}$/u;

export function namedDatesIn(text: string, lang: string, words?: readonly WordAt[]): NamedDate[] {
  const known = namesOf(lang);
  if (known.size === 0) return [];
  const out: NamedDate[] = [];
  const candidates: Array<{ lower: string; start: number; end: number }> = [];
  if (words) {
    const german = base(lang) === 'de';
    for (const word of words) {
      if (word.kind !== 'word') continue;
      if (known.has(word.lower)) candidates.push(word);
      else if (german) {
        // (a weekday and a part of its day in one German word: "Donnerstagnachmittag", "Sonntagabend";
        // and the weekday a compound begins with: "vor dem Samstagsgottesdienst")
        const day = (GERMAN_DAY_PART_RE.exec(word.lower) ?? GERMAN_DAY_COMPOUND_RE.exec(word.lower))?.[1];
        if (day && known.has(day)) candidates.push({ lower: day, start: word.start, end: word.start + day.length });
      }
    }
  } else {
    const pattern = namePattern(lang);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text))
      candidates.push({ lower: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length });
  }
  for (const { lower, start, end } of candidates) {
    const found = known.get(lower);
    if (!found) continue;
    if (AMBIGUOUS.has(lower) && !namesDate(text, start, end, found.kind, lang)) continue;
    out.push({ start, end, text: text.slice(start, end), ...found });
  }
  if (UNSPACED.has(base(lang)) && text.includes('月')) {
    NUMBERED_MONTH_RE.lastIndex = 0;
    for (let match = NUMBERED_MONTH_RE.exec(text); match; match = NUMBERED_MONTH_RE.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!out.some((other) => other.start < end && start < other.end))
        out.push({ start, end, text: match[0], kind: 'month', index: Number(match[1]) - 1 });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** Whether a word is one of a language's month or weekday names (any letter case). */
export function isDateName(word: string, lang: string): boolean {
  return namesOf(lang).has(word.toLowerCase().replace(/\.$/u, ''));
}

/** A month or weekday's name in a language (for the fix a finding offers). */
export function nameIn(lang: string, kind: 'month' | 'weekday', index: number): string {
  let locale = base(lang);
  try {
    Intl.DateTimeFormat.supportedLocalesOf([locale]);
  } catch {
    locale = 'en';
  }
  const date = kind === 'month' ? new Date(Date.UTC(2026, index, 15, 12)) : new Date(Date.UTC(2026, 10, 1 + index, 12));
  const name = new Intl.DateTimeFormat(
    locale,
    kind === 'month' ? { month: 'long', timeZone: 'UTC' } : { weekday: 'long', timeZone: 'UTC' },
  ).format(date);
  return name;
}

/** A time written the target language's way: "21.00" in Indonesian, "21:00" elsewhere. */
export function formatTime(minutes: number, lang: string): string {
  const hours = String(Math.floor(minutes / 60)).padStart(2, '0');
  const rest = String(minutes % 60).padStart(2, '0');
  const key = base(lang);
  return key === 'id' || key === 'ms' ? `${hours}.${rest}` : `${hours}:${rest}`;
}

/**
 * Units written after a number ("20 seconds", "20 detik", "5 km", "3 Stunden", "38,5 °C", "5 mg"),
 * recognised through the names CLDR gives each unit in each language (Intl's unit formatting, long
 * and short, singular and plural), so that a number kept with its unit changed ("20 seconds" →
 * "20 menit", "5 mg" → "5 g", "10 km" → "10 mil") is seen. Units Intl does not name (milligrams,
 * watts) are read by their SI symbols, which are the same in every language.
 */

import { baseLanguage as base } from './language';
import unitNames from './unitNames.json';

/** Units a text may name after a number (Intl's sanctioned units of time, length, mass and volume). */
const UNITS = [
  'millisecond',
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'year',
  'millimeter',
  'centimeter',
  'meter',
  'kilometer',
  'inch',
  'foot',
  'yard',
  'mile',
  'gram',
  'kilogram',
  'ounce',
  'pound',
  'milliliter',
  'liter',
  'gallon',
  'fluid-ounce',
  'hectare',
  'acre',
  'celsius',
  'fahrenheit',
  'kilobyte',
  'megabyte',
  'gigabyte',
  'terabyte',
] as const;

/**
 * Units of kitchens and pharmacies Intl does not name ("2 teaspoons" is not "2 sendok makan"), and
 * nights ("two nights" is not "dua minggu"), named as CLDR names them in each language of unitNames.json (made by scripts/unitNames.ts).
 */
const CLDR_UNITS = ['teaspoon', 'tablespoon', 'dessert-spoon', 'cup', 'pinch', 'pint', 'quart', 'night'] as const;
const CLDR_NAMES = unitNames as Record<
  string,
  Partial<Record<(typeof CLDR_UNITS)[number] | 'si:mg' | 'si:µg', { names: string[]; pattern: string }>>
>;

/**
 * How many times something is done ("three times a day" is not "dua kali sehari"): a count
 * neither Intl nor CLDR names as a unit, in the languages whose cues the checker has.
 */
const TIMES: Record<string, { names: readonly string[]; pattern: string }> = {
  en: { names: ['times'], pattern: '{0} times' },
  id: { names: ['kali'], pattern: '{0} kali' },
  ms: { names: ['kali'], pattern: '{0} kali' },
  de: { names: ['mal'], pattern: '{0}-mal' },
  fr: { names: ['fois'], pattern: '{0} fois' },
  es: { names: ['veces'], pattern: '{0} veces' },
  pt: { names: ['vezes'], pattern: '{0} vezes' },
  it: { names: ['volte'], pattern: '{0} volte' },
  nl: { names: ['keer', 'maal'], pattern: '{0} keer' },
  zh: { names: ['次'], pattern: '{0}次' },
};

/**
 * Names a language writes that Intl's CLDR data lacks for it (Indonesian's "pon", the pound,
 * where CLDR writes "pound"; "hektar" beside CLDR's "hektare").
 */
const OTHER_NAMES: Record<string, Record<string, Unit>> = {
  // ("mcg", the pharmacist's microgram, beside CLDR's "µg")
  en: { mcg: 'si:µg' },
  id: { pon: 'pound', hektar: 'hectare', mcg: 'si:µg' },
  // the dative plurals a German figure takes after a preposition ("nach 4 Tagen", "vor 3 Jahren"), which CLDR's names leave out
  de: { tagen: 'day', monaten: 'month', jahren: 'year' },
  // (the year and the day as a span lived through, "la première année", "trois journées", beside CLDR's "an" and "jour")
  fr: { année: 'year', années: 'year', journée: 'day', journées: 'day' },
  ms: { paun: 'pound', hektar: 'hectare' },
  // an age in years ("three years old" → "三岁", "5周岁"), which CLDR's "年" leaves out
  zh: { 岁: 'year', 周岁: 'year', 歲: 'year', 週歲: 'year' },
};

/** Words that are a count of times on their own ("twice" is "dua kali"), by language. */
const COUNT_WORDS: Record<string, ReadonlyMap<string, number>> = {
  en: new Map([
    ['once', 1],
    ['twice', 2],
    ['thrice', 3],
  ]),
  de: new Map([
    ['einmal', 1],
    ['zweimal', 2],
    ['dreimal', 3],
  ]),
  // ("sekali" is also "very" after a word, "baik sekali": a count only where a count is looked for)
  id: new Map([['sekali', 1]]),
  nl: new Map([
    ['eenmaal', 1],
    ['tweemaal', 2],
    ['driemaal', 3],
  ]),
};

const COUNT_WORD_RES = new Map<string, RegExp>();

/**
 * A count of one time said in two words before a period ("una vez al día"): not "una vez que",
 * "una vez terminada" (once, when).
 */
const ONCE_PER: Record<string, RegExp> = {
  es: /(?<![\p{L}])una vez(?=\s+(?:al|a la|por|cada)(?![\p{L}]))/giu,
};

/** The counts of times a text says in one word ("twice"), or Spanish "una vez" before a period, with where each stands. */
export function countWordsIn(text: string, lang: string): Array<{ value: number; text: string; start: number; end: number }> {
  const key = base(lang);
  const once = ONCE_PER[key];
  if (once)
    return [...text.matchAll(once)].map((match) => ({ value: 1, text: match[0], start: match.index, end: match.index + match[0].length }));
  const words = COUNT_WORDS[key];
  if (!words) return [];
  const out: Array<{ value: number; text: string; start: number; end: number }> = [];
  // (most texts have none of them: one search for any, before a walk over every word)
  let any = COUNT_WORD_RES.get(key);
  if (!any) COUNT_WORD_RES.set(key, (any = new RegExp([...words.keys()].join('|'), 'iu')));
  if (!any.test(text)) return out;
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const value = words.get(match[0].toLowerCase());
    if (value !== undefined) out.push({ value, text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return out;
}

/** One of Intl's units, one of CLDR's it does not name, a count of times, or an SI unit, as `si:` and its symbol ("si:mg"). */
export type Unit = (typeof UNITS)[number] | (typeof CLDR_UNITS)[number] | 'times' | `si:${string}`;

/** Names of units that are also everyday words ("5 in the box"): never read as units. */
const NOT_UNITS = new Set(['in']);

/** SI symbols: a prefix and a base unit, written the same in every language. */
const SI_RE = /^(?<prefix>[nµμumckMGT]?)(?<base>g|L|l|Wh|W|Hz|B|J|V|A|Pa|mol|m|s)$/u;

/** The unit an SI symbol stands for: Intl's when it names it ("km"), else the symbol ("si:mg"). */
function siUnit(symbol: string): Unit | null {
  const match = SI_RE.exec(symbol);
  // a letter alone names too many things ("5 m" is five million, "5 s" a plural), but grams,
  // litres, volts and watts (capitals, as a label's "230 V" and "600 W")
  if (!match?.groups || (symbol.length < 2 && !/^[gLlVW]$/u.test(symbol))) return null;
  const prefix = match.groups.prefix === 'μ' || match.groups.prefix === 'u' ? 'µ' : (match.groups.prefix ?? '');
  const base = match.groups.base === 'l' ? 'L' : (match.groups.base ?? '');
  if (prefix === '' && base === 'g') return 'gram';
  if (prefix === '' && base === 'L') return 'liter';
  const known = lexiconOf('en').get(`${prefix}${base}`.toLowerCase());
  return known ?? `si:${prefix}${base}`;
}

/** The locales whose spellings of unit names a language's texts use ("metres" and "meters"). */
const REGIONAL_SPELLINGS: Record<string, readonly string[]> = { en: ['en', 'en-GB'] };

const lexicons = new Map<string, Map<string, Unit>>();

/** A language's unit names (lower-cased, without a closing dot) and the unit each names. */
function lexiconOf(lang: string): Map<string, Unit> {
  const key = base(lang);
  let lexicon = lexicons.get(key);
  if (!lexicon) {
    const found = new Map<string, Set<Unit>>();
    for (const unit of UNITS) {
      for (const unitDisplay of ['long', 'short'] as const) {
        for (const [locale, value] of (REGIONAL_SPELLINGS[key] ?? [key]).flatMap((locale) => [1, 2, 5].map((n) => [locale, n] as const))) {
          let parts: Intl.NumberFormatPart[];
          try {
            parts = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay }).formatToParts(value);
          } catch {
            continue;
          }
          const name = parts
            .filter((part) => part.type === 'unit')
            .map((part) => part.value)
            .join('')
            .toLowerCase()
            .replace(/\.$/u, '');
          // a letter alone ("m", "h", "j") names too many things, but a Chinese or Japanese character is a word ("天", "周", "克")
          if ((name.length < 2 && !SPACELESS_RE.test(name)) || NOT_UNITS.has(name)) continue;
          const units = found.get(name) ?? new Set<Unit>();
          units.add(unit);
          found.set(name, units);
        }
      }
    }
    for (const name of TIMES[key]?.names ?? []) found.set(name, new Set<Unit>(['times']));
    for (const [name, unit] of Object.entries(OTHER_NAMES[key] ?? {})) found.set(name, new Set<Unit>([unit]));
    // miles an hour, "mph" in a text of any language, read as its miles (as "km/h" is read as its
    // kilometres): "60 km/h" rendered "60 mph" changed the unit
    found.set('mph', new Set<Unit>(['mile']));
    for (const [unit, entry] of Object.entries(CLDR_NAMES[key] ?? {})) {
      // (a language written without spaces has the name only in its pattern, glued to the figure:
      // "{0}毫克", "{0}微克")
      const glued = entry && entry.names.length === 0 ? /^\{0\}(\S+)$/u.exec(entry.pattern)?.[1] : undefined;
      for (const name of entry?.names.length ? entry.names : glued && SPACELESS_RE.test(glued) ? [glued] : []) {
        if (NOT_UNITS.has(name)) continue;
        const units = found.get(name) ?? new Set<Unit>();
        units.add(unit as Unit);
        found.set(name, units);
      }
    }
    lexicon = new Map();
    // a name that stands for two units says nothing
    for (const [name, units] of found) if (units.size === 1) lexicon.set(name, [...units][0] as Unit);
    lexicons.set(key, lexicon);
  }
  return lexicon;
}

export interface UnitAt {
  unit: Unit;
  start: number;
  end: number;
}

/** Words of a rate between a figure and its unit, in the languages that write them so. */
const RATE_WORDS = new Set(['per', 'pro', 'par', 'por']);

const UNIT_AFTER_RE = /^\)?(?:[ \u00a0\u202f]|-(?=\p{L}))?(°?\p{L}+)(?:([ \u00a0])(\p{L}+))?(\.?)/u;
const SPACELESS_RE = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+$/u;

/** Lengths a metre written "m" may stand beside (said in the source, "m" after the figure is a metre, not a million). */
const LENGTHS = new Set<Unit>(['millimeter', 'centimeter', 'meter', 'kilometer', 'inch', 'foot', 'yard', 'mile']);

/**
 * The unit named right after position `end` of `text` (a number's end), if any. `besides`: the
 * unit the source says there, which may settle what a letter alone means ("1 cm" rendered "1 m":
 * beside a length, "m" is a metre).
 */
export function unitAfter(text: string, end: number, lang: string, besides?: Unit): UnitAt | null {
  const named = unitNamedAfter(text, end, lang);
  if (named || !besides || !LENGTHS.has(besides)) return named;
  const metre = /^[ \u00a0]?m(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 3));
  return metre ? { unit: 'meter', start: end + metre[0].length - 1, end: end + metre[0].length } : null;
}

function unitNamedAfter(text: string, end: number, lang: string): UnitAt | null {
  // "three (3) years": the unit may follow the bracket that holds the figure
  const match = UNIT_AFTER_RE.exec(text.slice(end, end + 32));
  if (!match?.[1]) return null;
  const lexicon = lexiconOf(lang);
  const first = match[1];
  const start = end + match[0].indexOf(first);
  // two words ("degrees Celsius", "derajat Celsius"), else one, else the start of a run of
  // characters of a script written without spaces ("5英里远")
  if (match[3]) {
    const two = `${first}${match[2] ?? ' '}${match[3]}`;
    const unit = lexicon.get(two.toLowerCase().replace(/\u00a0/gu, ' '));
    if (unit) return { unit, start, end: start + two.length };
  }
  const unit = lexicon.get(first.toLowerCase()) ?? siUnit(first) ?? perTime(first, text, start + first.length, lexicon);
  if (unit) return { unit, start, end: start + first.length };
  // a word that says what kind ("7 business days", "3 consecutive months") or a rate ("Rp99.000
  // per month", "pro Monat"), then a unit's full name
  // (a rate's unit may be a symbol of two letters: "Rp5,000 per km")
  if (
    match[3] &&
    match[2] === ' ' &&
    ((/^\p{Ll}{3,}$/u.test(first) && /^\p{L}{3,}$/u.test(match[3])) || (RATE_WORDS.has(first) && /^\p{L}{2,}$/u.test(match[3])))
  ) {
    const named = lexicon.get(match[3].toLowerCase());
    if (named) {
      const second = start + first.length + 1;
      return { unit: named, start: second, end: second + match[3].length };
    }
  }
  if (SPACELESS_RE.test(first)) {
    for (let length = Math.min(4, first.length - 1); length >= 1; length -= 1) {
      const prefixUnit = lexicon.get(first.slice(0, length));
      if (prefixUnit) return { unit: prefixUnit, start, end: start + length };
    }
  }
  return null;
}

/** Symbols of time after a slash that the lexicon leaves out, a letter alone ("km/h", "m/s"). */
const TIME_SYMBOLS = new Set(['h', 's']);

/**
 * A length of one letter that a rate's slash and unit of time make sure of ("70 m/jam", "5 m/s"):
 * alone, "5 m" may be five million. The length unit, which then compares with the source's ("70
 * km/h" rendered "70 m/jam" changed kilometres into metres).
 */
function perTime(symbol: string, text: string, end: number, lexicon: Map<string, Unit>): Unit | null {
  if (symbol !== 'm') return null;
  const per = /^\/(\p{L}+)(?!\p{L})/u.exec(text.slice(end, end + 12))?.[1]?.toLowerCase();
  if (!per) return null;
  const time = lexicon.get(per);
  return TIME_SYMBOLS.has(per) || time === 'second' || time === 'minute' || time === 'hour' ? 'meter' : null;
}

/** Units of time a rate is counted in ("two days a week", "dua hari seminggu"). */
const PERIODS = new Set<Unit>(['hour', 'day', 'week', 'month', 'year']);

/** How each language says "per" before a period, and Indonesian's and Malay's "se-" glued to it. */
const PERIOD_RE: Record<string, RegExp> = {
  en: /^[ \u00a0]+(?:a|an|per|each|every)[ \u00a0]+(\p{L}+)/u,
  id: /^[ \u00a0]+(?:(?:per|setiap|tiap|dalam)[ \u00a0]+)?se(\p{L}{3,})|^[ \u00a0]+(?:per|setiap|tiap)[ \u00a0]+(\p{L}+)/u,
  ms: /^[ \u00a0]+(?:(?:per|setiap|tiap|dalam)[ \u00a0]+)?se(\p{L}{3,})|^[ \u00a0]+(?:per|setiap|tiap)[ \u00a0]+(\p{L}+)/u,
  de: /^[ \u00a0]+(?:pro|je|in der|im)[ \u00a0]+(\p{L}+)/u,
  fr: /^[ \u00a0]+(?:par|chaque)[ \u00a0]+(\p{L}+)/u,
  es: /^[ \u00a0]+(?:por|a la|al|cada)[ \u00a0]+(\p{L}+)/u,
};

/** The same after a "per" of something else: "per lane per hour", "pro Person und Nacht", "par personne et par nuit". */
const PERIOD_AFTER_OTHER_RE: Record<string, RegExp> = {
  en: /^[ \u00a0]+per[ \u00a0]+\p{L}+[ \u00a0]+(?:a|an|per)[ \u00a0]+(\p{L}+)/u,
  id: /^[ \u00a0]+per[ \u00a0]+\p{L}+[ \u00a0]+(?:per|setiap|tiap)[ \u00a0]+(\p{L}+)/u,
  ms: /^[ \u00a0]+per[ \u00a0]+\p{L}+[ \u00a0]+(?:per|setiap|tiap)[ \u00a0]+(\p{L}+)/u,
  de: /^[ \u00a0]+(?:pro|je)[ \u00a0]+\p{L}+[ \u00a0]+(?:und|pro|je)[ \u00a0]+(\p{L}+)/u,
  fr: /^[ \u00a0]+par[ \u00a0]+\p{L}+[ \u00a0]+(?:et[ \u00a0]+)?par[ \u00a0]+(\p{L}+)/u,
  es: /^[ \u00a0]+por[ \u00a0]+\p{L}+[ \u00a0]+(?:y|por)[ \u00a0]+(\p{L}+)/u,
};

/**
 * The period a quantity is counted per, right after its unit ("two days a week": week; "dua hari
 * sebulan": month), or after a "per" of something else ("25 euros per lane per hour": hour), in the
 * languages PERIOD_RE knows.
 */
export function periodAfter(text: string, end: number, lang: string): UnitAt | null {
  const key = base(lang);
  const pattern = PERIOD_RE[key];
  if (!pattern) return null;
  const after = text.slice(end, end + 48);
  for (const each of [pattern, PERIOD_AFTER_OTHER_RE[key]]) {
    const match = each?.exec(after);
    const name = match?.[1] ?? match?.[2];
    if (!match || !name) continue;
    const unit = lexiconOf(lang).get(name.toLowerCase());
    if (!unit || !PERIODS.has(unit)) continue;
    return { unit, start: end + match[0].length - match[0].trimStart().length, end: end + match[0].length };
  }
  return null;
}

/**
 * Ordinals a period is counted by ("the first month", "la primera semana"), per language: before the
 * period's name, or after it in Indonesian and Malay ("bulan pertama"). First, second, third and
 * last only: the ones said of a period of a plan or a treatment.
 */
const ORDINAL_BEFORE: Record<string, RegExp> = {
  en: /(?<![\p{L}\p{N}])(?:first|second|third|last|final)(?![\p{L}\p{N}])/giu,
  de: /(?<![\p{L}\p{N}])(?:erste|ersten|erster|erstes|zweite|zweiten|zweiter|dritte|dritten|dritter|letzte|letzten|letzter|letztes)(?![\p{L}\p{N}])/giu,
  fr: /(?<![\p{L}\p{N}])(?:premier|première|premiers|premières|deuxième|deuxièmes|second|seconde|troisième|dernier|dernière|derniers|dernières)(?![\p{L}\p{N}])/giu,
  es: /(?<![\p{L}\p{N}])(?:primer|primera|primeros|primeras|segundo|segunda|tercer|tercera|último|última|últimos|últimas)(?![\p{L}\p{N}])/giu,
  zh: /(?:第[一二三]个?|头一个?|首个?|最后一个?)/gu,
};
const ORDINAL_AFTER: Record<string, RegExp> = {
  id: /(?<!\p{L})(\p{L}+)[ \u00a0]+(?:pertama|kedua|ketiga|terakhir)(?![\p{L}\p{N}])/giu,
  ms: /(?<!\p{L})(\p{L}+)[ \u00a0]+(?:pertama|kedua|ketiga|terakhir)(?![\p{L}\p{N}])/giu,
};
/** The periods ordinals count (not hours or minutes: "last-minute" is "de última hora"). */
const ORDINAL_PERIODS = new Set<Unit>(['day', 'week', 'month', 'year']);

/** The periods a text counts by an ordinal ("during the first month": month), on their names, with the whole phrase's place. */
export function ordinalPeriodsIn(text: string, lang: string): Array<UnitAt & { phrase: { start: number; end: number } }> {
  const key = base(lang);
  const out: Array<UnitAt & { phrase: { start: number; end: number } }> = [];
  const before = ORDINAL_BEFORE[key];
  if (before) {
    before.lastIndex = 0;
    for (let match = before.exec(text); match; match = before.exec(text)) {
      const unit = unitAfter(text, match.index + match[0].length, lang);
      // (the name right after the ordinal, and no other word of a compound: "first-class" is none)
      if (unit && ORDINAL_PERIODS.has(unit.unit) && unit.start <= match.index + match[0].length + 1)
        out.push({ ...unit, phrase: { start: match.index, end: unit.end } });
    }
  }
  const after = ORDINAL_AFTER[key];
  if (after) {
    after.lastIndex = 0;
    for (let match = after.exec(text); match; match = after.exec(text)) {
      const name = match[1] as string;
      const unit = lexiconOf(lang).get(name.toLowerCase());
      if (unit && ORDINAL_PERIODS.has(unit))
        out.push({
          unit,
          start: match.index,
          end: match.index + name.length,
          phrase: { start: match.index, end: match.index + match[0].length },
        });
    }
  }
  return out;
}

/** "Per period" written the language's way ("seminggu", "a week"). */
export function perPeriod(unit: Unit, lang: string): string {
  const name = unitName(1, unit, lang);
  const key = base(lang);
  return key === 'id' || key === 'ms'
    ? `se${name}`
    : key === 'en'
      ? `a ${name}`
      : `${/^(?:de)$/u.test(key) ? 'pro' : key === 'fr' ? 'par' : 'por'} ${name}`;
}

/** A value with its unit, written the language's way ("20 detik", "5 mg"). */
export function withUnit(value: number, unit: Unit, lang: string): string {
  if (unit.startsWith('si:')) return `${new Intl.NumberFormat(base(lang)).format(value)} ${unit.slice(3)}`;
  if (unit === 'times')
    return (TIMES[base(lang)] ?? (TIMES.en as { pattern: string })).pattern.replace('{0}', new Intl.NumberFormat(base(lang)).format(value));
  if ((CLDR_UNITS as readonly string[]).includes(unit)) {
    const pattern = (CLDR_NAMES[base(lang)] ?? CLDR_NAMES.en)?.[unit as (typeof CLDR_UNITS)[number]]?.pattern ?? `{0} ${unit}`;
    return pattern.replace('{0}', new Intl.NumberFormat(base(lang)).format(value));
  }
  try {
    return new Intl.NumberFormat(base(lang), {
      style: 'unit',
      unit,
      unitDisplay: unit === 'celsius' || unit === 'fahrenheit' ? 'short' : 'long',
    }).format(value);
  } catch {
    return new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  }
}

/** A unit's name as the language writes it after `value` ("bulan", "months", "km"). */
export function unitName(value: number, unit: Unit, lang: string): string {
  const digits = new Intl.NumberFormat(base(lang)).format(value);
  return withUnit(value, unit, lang).replace(digits, '').trim();
}

/** A spelled-out number with a unit, written the language's way ("lima tahun", "五年"). */
export function spelledWithUnit(spelled: string, value: number, unit: Unit, lang: string): string {
  const written = withUnit(value, unit, lang);
  const digits = new Intl.NumberFormat(base(lang)).format(value);
  // the figure Intl wrote, replaced by the words (its unit and spacing as Intl has them)
  return written.includes(digits) ? written.replace(digits, spelled) : written;
}

/**
 * Units written after a number ("20 seconds", "20 detik", "5 km", "3 Stunden"), recognised through
 * the names CLDR gives each unit in each language (Intl's unit formatting, long and short, singular
 * and plural), so that a number kept with its unit changed ("20 seconds" → "20 menit") is seen.
 */

/** Units a text may name after a number (Intl's sanctioned units of time, length, mass and volume). */
const UNITS = [
  'second', 'minute', 'hour', 'day', 'week', 'month', 'year',
  'millimeter', 'centimeter', 'meter', 'kilometer', 'gram', 'kilogram', 'milliliter', 'liter',
] as const;

export type Unit = (typeof UNITS)[number];

const lexicons = new Map<string, Map<string, Unit>>();

const base = (lang: string) => lang.toLowerCase().split(/[-_]/)[0] ?? lang;

/** A language's unit names (lower-cased, without a closing dot) and the unit each names. */
function lexiconOf(lang: string): Map<string, Unit> {
  const key = base(lang);
  let lexicon = lexicons.get(key);
  if (!lexicon) {
    const found = new Map<string, Set<Unit>>();
    for (const unit of UNITS) {
      for (const unitDisplay of ['long', 'short'] as const) {
        for (const value of [1, 2, 5]) {
          let parts: Intl.NumberFormatPart[];
          try {
            parts = new Intl.NumberFormat(key, { style: 'unit', unit, unitDisplay }).formatToParts(value);
          } catch {
            continue;
          }
          const name = parts.filter((part) => part.type === 'unit').map((part) => part.value).join('').toLowerCase().replace(/\.$/u, '');
          // a letter or two alone ("m", "h", "j") names too many things
          if (name.length < 2 || /^\p{L}$/u.test(name)) continue;
          const units = found.get(name) ?? new Set<Unit>();
          units.add(unit);
          found.set(name, units);
        }
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

/** The unit named right after position `end` of `text` (a number's end), if any. */
export function unitAfter(text: string, end: number, lang: string): UnitAt | null {
  // "three (3) years": the unit may follow the bracket that holds the figure
  const match = /^\)?[ \u00a0\u202f]?(\p{L}+\.?)/u.exec(text.slice(end, end + 24));
  if (!match?.[1]) return null;
  const word = match[1];
  const unit = lexiconOf(lang).get(word.toLowerCase().replace(/\.$/u, ''));
  if (!unit) return null;
  const start = end + match[0].length - word.length;
  return { unit, start, end: start + word.replace(/\.$/u, '').length };
}

/** A value with its unit, written the language's way ("20 detik"). */
export function withUnit(value: number, unit: Unit, lang: string): string {
  try {
    return new Intl.NumberFormat(base(lang), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  } catch {
    return new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  }
}

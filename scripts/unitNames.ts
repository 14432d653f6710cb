/**
 * `npx tsx scripts/unitNames.ts`: writes shared/text/unitNames.json, the names CLDR gives the units
 * of kitchens and pharmacies that Intl's unit formatting does not know (teaspoons, tablespoons,
 * cups, pinches, pints, quarts; milligrams and micrograms, by name; nights), in each language the table covers: long and short names,
 * singular and plural, and the pattern that writes a value with each ("{0} sendok teh"). Read from
 * the cldr-units-full package. The file is generated, never edited: test/unit/unitNames.test.ts
 * checks that it is what this script makes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const UNITS_DIR = path.join(path.dirname(require.resolve('cldr-units-full/package.json')), 'main');
export const OUT = path.join(import.meta.dirname, '../shared/text/unitNames.json');

/** CLDR's unit keys, and the name the checker gives each. */
const KEYS: ReadonlyArray<readonly [string, string]> = [
  ['volume-teaspoon', 'teaspoon'],
  ['volume-tablespoon', 'tablespoon'],
  ['volume-dessert-spoon', 'dessert-spoon'],
  ['volume-cup', 'cup'],
  ['volume-pinch', 'pinch'],
  ['volume-pint', 'pint'],
  ['volume-quart', 'quart'],
  // (named as their SI symbols are read, "5 mg", so that "5 milligrams" is the same unit)
  ['mass-milligram', 'si:mg'],
  ['mass-microgram', 'si:µg'],
  // (nights, as stays and rentals are counted: "two nights" is no "dua minggu")
  ['duration-night', 'night'],
];

/** The languages the table covers (a table of every locale would be large, and the browser loads it too). */
const LANGUAGES = ['en', 'id', 'ms', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'pl', 'ru', 'tr', 'vi', 'zh', 'ja', 'ko'];

interface UnitEntry {
  /** Names (lower-cased, no closing dot) that say the unit after a number. */
  names: string[];
  /** How a value is written with it, "{0}" standing for the value (the plural form). */
  pattern: string;
}

type Table = Record<string, Record<string, UnitEntry>>;

function namesOf(entry: Record<string, string>): string[] {
  const names = new Set<string>();
  for (const [field, value] of Object.entries(entry)) {
    if (field === 'displayName' || field === 'gender' || field === 'perUnitPattern') continue;
    const name = value
      .replace('{0}', '')
      .replace(/[\u00a0\u202f]/gu, ' ')
      .trim()
      .toLowerCase()
      .replace(/\.$/u, '');
    // one or two letters name too many things ("pt", "dr", "tl")
    if (name.length >= 3) names.add(name);
  }
  return [...names].sort();
}

export function table(): Table {
  const out: Table = {};
  for (const lang of LANGUAGES) {
    const file = path.join(UNITS_DIR, lang, 'units.json');
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      main: Record<string, { units: Record<'long' | 'short', Record<string, Record<string, string>>> }>;
    };
    const units = data.main[lang]?.units;
    if (!units) continue;
    const entries: Record<string, UnitEntry> = {};
    for (const [key, unit] of KEYS) {
      const long = units.long[key];
      const short = units.short[key];
      if (!long) continue;
      const names = [...new Set([...namesOf(long), ...(short ? namesOf(short) : [])])].sort();
      const pattern = (long['unitPattern-count-other'] ?? long['unitPattern-count-one'] ?? '').replace(/[\u00a0\u202f]/gu, ' ');
      entries[unit] = { names, pattern };
    }
    out[lang] = entries;
  }
  return out;
}

export function render(): string {
  return `${JSON.stringify(table(), null, 1)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  fs.writeFileSync(OUT, render());
  console.log(`wrote ${OUT} (${fs.statSync(OUT).size} bytes)`);
}

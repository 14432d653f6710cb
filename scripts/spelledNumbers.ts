/**
 * `npx tsx scripts/spelledNumbers.ts`: writes shared/text/spelledNumbers.json, the words every
 * language spells the numbers 1 to 20 and the tens to 100 with (what a text spells out before a
 * unit; compounds such as "twenty-five" would make the table five times larger, and the browser
 * loads it too), from CLDR's rule-based number formatting (the
 * cldr-rbnf package): each public cardinal rule set ("%spellout-cardinal", its masculine, feminine
 * and neuter forms, "%spellout-numbering") evaluated for each number; and
 * shared/text/spelledOrdinals.json, the ordinals 1st to 12th ("first", "ketiga", "dritten", "第三")
 * from each public ordinal rule set. The files are generated, never edited:
 * test/unit/spelledNumbers.test.ts checks that they are what this script makes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { SPELLED } from '../shared/text/spelled';

const require = createRequire(import.meta.url);
const RBNF_DIR = path.join(path.dirname(require.resolve('cldr-rbnf/package.json')), 'rbnf');
export const OUT = path.join(import.meta.dirname, '../shared/text/spelledNumbers.json');
/** The ordinals' table ("first", "ketiga", "dritten", "第三"), made the same way from the ordinal rule sets. */
export const ORDINALS_OUT = path.join(import.meta.dirname, '../shared/text/spelledOrdinals.json');

type RuleSet = Array<[string, string]>;
type RuleSets = Record<string, RuleSet>;

/** The rule of `set` for `value` (the one with the greatest base not above it) and its divisor. */
function ruleFor(set: RuleSet, value: number): { body: string; divisor: number } | null {
  let chosen: { body: string; divisor: number } | null = null;
  let chosenBase = -1;
  for (const [descriptor, body] of set) {
    const match = /^(\d+)(?:\/(\d+))?$/.exec(descriptor);
    if (!match) continue; // "-x", "x.x", "Inf", "NaN": never asked here
    const base = Number(match[1]);
    const radix = match[2] ? Number(match[2]) : 10;
    if (base > value || base < chosenBase) continue;
    let exponent = base === 0 ? 0 : Math.floor(Math.log(base) / Math.log(radix) + 1e-9);
    // ICU: a rule whose base is not a multiple of its divisor's next power keeps that exponent
    if (base > 0 && Math.pow(radix, exponent + 1) <= base) exponent += 1;
    chosen = { body, divisor: Math.pow(radix, exponent) };
    chosenBase = base;
  }
  return chosen;
}

/** `value` spelled by rule set `name` of `sets`; null where the rules say something not handled here. */
export function spell(sets: RuleSets, name: string, value: number, depth = 0): string | null {
  const set = sets[name];
  if (!set || depth > 20) return null;
  const rule = ruleFor(set, value);
  if (!rule) return null;
  const quotient = Math.floor(value / rule.divisor);
  const remainder = value % rule.divisor;
  let body = rule.body.replace(/;$/, '').replace(/^'/, '');
  // an optional part is said only when there is a remainder to say
  body = body.replace(/\[([^\]]*)\]/g, (_, inner: string) => (remainder === 0 ? '' : inner));
  let failed = false;
  const sub = (ruleSet: string, of: number) => {
    if (ruleSet.startsWith('#') || ruleSet.startsWith('0')) return String(of);
    const spelled = spell(sets, ruleSet === '' ? name : ruleSet, of, depth + 1);
    if (spelled === null) failed = true;
    return spelled ?? '';
  };
  body = body
    .replace(/←(%*[\w-]*|[#0,.]*)←/g, (_, set: string) => sub(set, quotient))
    .replace(/→(%*[\w-]*|[#0,.]*)→/g, (_, set: string) => sub(set, remainder))
    .replace(/=(%*[\w-]*|[#0,.]*)=/g, (_, set: string) => sub(set, value));
  return failed ? null : body.replace(/\u00ad/g, '');
}

/**
 * Every language's spellings: language → entry k the spellings of SPELLED[k], in lower case, each
 * once, joined by "|" ("" where CLDR has none).
 */
export function spellings(): Record<string, string[]> {
  return tableOf(SPELLED, (name) => /^%spellout-(cardinal(-(masculine|feminine|neuter|common))?|numbering)$/.test(name));
}

/** The ordinals spelled: 1st to 12th (a text says "the third month", seldom "the twentieth"), from every public ordinal rule set. */
export const ORDINALS = Array.from({ length: 12 }, (_, k) => k + 1);

/** Every language's ordinals: language → entry k the spellings of ORDINALS[k], as `spellings` gives cardinals. */
export function ordinalSpellings(): Record<string, string[]> {
  return tableOf(ORDINALS, (name) => /^%spellout-ordinal(-[a-z]+)*$/.test(name));
}

function tableOf(numbers: readonly number[], wanted: (ruleSet: string) => boolean): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const file of fs
    .readdirSync(RBNF_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const lang = file.slice(0, -'.json'.length);
    const data = JSON.parse(fs.readFileSync(path.join(RBNF_DIR, file), 'utf8')) as { rbnf: { rbnf: { SpelloutRules?: RuleSets } } };
    const sets = data.rbnf.rbnf.SpelloutRules;
    if (!sets) continue;
    const names = Object.keys(sets).filter(wanted);
    const values: string[] = [];
    for (const value of numbers) {
      const words = new Set<string>();
      for (const name of names) {
        const spelled = spell(sets, name, value)?.trim().toLocaleLowerCase(lang);
        if (spelled && !/\d/.test(spelled)) words.add(spelled);
      }
      values.push([...words].sort().join('|'));
    }
    if (values.some(Boolean)) out[lang] = values;
  }
  return out;
}

export function render(): string {
  return `${JSON.stringify(spellings())}\n`;
}

export function renderOrdinals(): string {
  return `${JSON.stringify(ordinalSpellings())}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  for (const [file, text] of [
    [OUT, render()],
    [ORDINALS_OUT, renderOrdinals()],
  ] as const) {
    fs.writeFileSync(file, text);
    console.log(`wrote ${file} (${fs.statSync(file).size} bytes)`);
  }
}

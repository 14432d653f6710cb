/**
 * `npx tsx scripts/spelledNumbers.ts`: writes shared/text/spelledNumbers.json, the words every
 * language spells the numbers 1 to 20 and the tens to 100 with (what a text spells out before a
 * unit; compounds such as "twenty-five" would make the table five times larger, and the browser
 * loads it too), from CLDR's rule-based number formatting (the
 * cldr-rbnf package): each public cardinal rule set ("%spellout-cardinal", its masculine, feminine
 * and neuter forms, "%spellout-numbering") evaluated for each number. The file is generated, never
 * edited: test/unit/spelledNumbers.test.ts checks that it is what this script makes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { SPELLED } from '../shared/text/spelled';

const require = createRequire(import.meta.url);
const RBNF_DIR = path.join(path.dirname(require.resolve('cldr-rbnf/package.json')), 'rbnf');
export const OUT = path.join(import.meta.dirname, '../shared/text/spelledNumbers.json');

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
  const out: Record<string, string[]> = {};
  for (const file of fs
    .readdirSync(RBNF_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const lang = file.slice(0, -'.json'.length);
    const data = JSON.parse(fs.readFileSync(path.join(RBNF_DIR, file), 'utf8')) as { rbnf: { rbnf: { SpelloutRules?: RuleSets } } };
    const sets = data.rbnf.rbnf.SpelloutRules;
    if (!sets) continue;
    const names = Object.keys(sets).filter((name) => /^%spellout-(cardinal(-(masculine|feminine|neuter|common))?|numbering)$/.test(name));
    const values: string[] = [];
    for (const value of SPELLED) {
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

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  fs.writeFileSync(OUT, render());
  console.log(`wrote ${OUT} (${fs.statSync(OUT).size} bytes)`);
}

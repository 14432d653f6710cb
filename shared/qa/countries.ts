/**
 * Countries and territories named in a text, by their names in its language as CLDR has them
 * (through Intl.DisplayNames: "Singapore" and "Singapura", "United States" and "Amerika Serikat",
 * "US" and "AS"), each with its region code: so that a country rendered as another ("the laws of
 * Singapore" → "hukum Malaysia") can be told from one rendered by its own name in the other
 * language. Names are matched as written, capitals and all ("Turki", never "turki"), word by word.
 */
import type { Analysis, Item } from './analyze';
import { baseLanguage } from './context';

export interface CountryMention {
  start: number;
  end: number;
  text: string;
  /** ISO 3166 region code ("SG"). */
  code: string;
}

interface CountryIndex {
  /** The names by their first word: each name's words and its code. */
  byFirst: ReadonlyMap<string, ReadonlyArray<{ words: readonly string[]; code: string }>>;
}

const indexes = new Map<string, CountryIndex | null>();
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Codes CLDR names that are no country: the United Nations ("PBB"), the EU, the eurozone, pseudo-regions. */
const NOT_COUNTRIES = new Set(['UN', 'EU', 'EZ', 'QO', 'XA', 'XB', 'ZZ']);

/** Words of a name as the analysis splits them ("Bosnia & Herzegovina" keeps "&" out). */
const wordsOf = (name: string) => name.split(/[\s\u00a0]+/u).filter(Boolean);

function indexFor(lang: string): CountryIndex | null {
  const key = baseLanguage(lang);
  if (indexes.has(key)) return indexes.get(key) ?? null;
  let index: CountryIndex | null = null;
  try {
    const names = (style: 'long' | 'short') => new Intl.DisplayNames([key], { type: 'region', style, fallback: 'none' });
    const [long, short] = [names('long'), names('short')];
    // (a language CLDR lacks falls back to another: English names in an Indonesian text are not Indonesian's)
    if (new Intl.DisplayNames([key], { type: 'region' }).resolvedOptions().locale.split('-')[0] !== key) throw new Error(key);
    const byFirst = new Map<string, Array<{ words: readonly string[]; code: string }>>();
    for (const a of LETTERS)
      for (const b of LETTERS) {
        const code = a + b;
        for (const name of new Set([long.of(code), short.of(code)])) {
          // (a name with no capital, a digit or a bracket is no name to look for; one that is the
          // code itself is, where CLDR has it so: "US")
          if (!name || NOT_COUNTRIES.has(code) || !/^\p{Lu}/u.test(name) || /\p{N}/u.test(name) || /[()]/u.test(name)) continue;
          const words = wordsOf(name);
          const list = byFirst.get(words[0] as string) ?? [];
          list.push({ words, code });
          byFirst.set(words[0] as string, list);
        }
      }
    // the longest name first at each word ("Korea Selatan" before a "Korea")
    for (const list of byFirst.values()) list.sort((x, y) => y.words.length - x.words.length);
    index = { byFirst };
  } catch {
    index = null;
  }
  indexes.set(key, index);
  return index;
}

const found = new WeakMap<Analysis, CountryMention[]>();

/** A hyphen glued to the word before it. */
const glued = (item: Item | undefined) => item !== undefined && item.text === '-' && !item.spaceBefore;

/**
 * Two-character Chinese names that stand for their country inside any text: those ending in 国 ("美国",
 * "法国") and these; the others ("加纳", Ghana, is in "增加纳税"; "马里", Mali, in "马里奥") only as
 * part of a longer text's longer names.
 */
const SHORT_CHINESE_NAMES = new Set([
  '日本',
  '越南',
  '印度',
  '缅甸',
  '老挝',
  '瑞典',
  '瑞士',
  '挪威',
  '芬兰',
  '荷兰',
  '丹麦',
  '希腊',
  '埃及',
  '香港',
  '澳门',
  '台湾',
]);

const unspacedIndexes = new Map<string, { pattern: RegExp; codes: ReadonlyMap<string, string> } | null>();

/** For a language written without spaces (Chinese), every country's names as one expression, the longest first, and their codes. */
function unspacedIndexFor(lang: string): { pattern: RegExp; codes: ReadonlyMap<string, string> } | null {
  const key = baseLanguage(lang);
  if (unspacedIndexes.has(key)) return unspacedIndexes.get(key) ?? null;
  let index: { pattern: RegExp; codes: ReadonlyMap<string, string> } | null = null;
  try {
    if (new Intl.DisplayNames([key], { type: 'region' }).resolvedOptions().locale.split('-')[0] !== key) throw new Error(key);
    const codes = new Map<string, string>();
    for (const style of ['long', 'short'] as const) {
      const names = new Intl.DisplayNames([key], { type: 'region', style, fallback: 'none' });
      for (const a of LETTERS)
        for (const b of LETTERS) {
          const code = a + b;
          const name = names.of(code);
          if (!name || NOT_COUNTRIES.has(code) || /[\p{N}()\p{Script=Latin}]/u.test(name) || codes.has(name)) continue;
          if (name.length >= 3 || name.endsWith('国') || SHORT_CHINESE_NAMES.has(name)) codes.set(name, code);
        }
    }
    const names = [...codes.keys()].sort((x, y) => y.length - x.length);
    if (names.length > 0) index = { pattern: new RegExp(names.join('|'), 'gu'), codes };
  } catch {
    index = null;
  }
  unspacedIndexes.set(key, index);
  return index;
}

/** The countries a text names, in order. */
export function countriesIn(analysis: Analysis): CountryMention[] {
  const cached = found.get(analysis);
  if (cached) return cached;
  const out: CountryMention[] = [];
  // (a text without spaces, Chinese, searched for the names as text)
  const unspaced = analysis.unspaced ? unspacedIndexFor(analysis.lang) : null;
  if (unspaced) {
    unspaced.pattern.lastIndex = 0;
    for (let match = unspaced.pattern.exec(analysis.text); match; match = unspaced.pattern.exec(analysis.text)) {
      const code = unspaced.codes.get(match[0]);
      if (code) out.push({ start: match.index, end: match.index + match[0].length, text: match[0], code });
    }
    found.set(analysis, out);
    return out;
  }
  const index = analysis.unspaced ? null : indexFor(analysis.lang);
  const items = analysis.items;
  // (one walk, nothing allocated for the words that begin no name: nearly all of them)
  for (let i = 0; index && i < items.length; i += 1) {
    const item = items[i] as Item;
    // (names begin with a capital: most words are looked up no further)
    if (item.kind !== 'word' || item.text === item.lower) continue;
    const candidates = index.byFirst.get(item.text);
    if (!candidates) continue;
    for (const name of candidates) {
      // the name's words one after another, anything but words between them skipped
      let j = i;
      let matched = 0;
      for (; j < items.length && matched < name.words.length; j += 1) {
        const next = items[j] as Item;
        if (next.kind !== 'word') continue;
        if (next.text !== name.words[matched]) break;
        matched += 1;
      }
      if (matched < name.words.length) continue;
      const last = j - 1;
      // (part of a longer name glued by a hyphen is not this one: "Guinea" of "Guinea-Bissau")
      if ((glued(items[last + 1]) && items[last + 2]?.spaceBefore === false) || (glued(items[i - 1]) && !item.spaceBefore)) break;
      const end = (items[last] as Item).end;
      out.push({ start: item.start, end, text: analysis.text.slice(item.start, end), code: name.code });
      i = last;
      break;
    }
  }
  found.set(analysis, out);
  return out;
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** A country's name in a language, as CLDR has it ("Singapura"). */
export function countryName(code: string, lang: string): string | null {
  const key = baseLanguage(lang);
  let names = displayNames.get(key);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([key], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    displayNames.set(key, names);
  }
  return names?.of(code) ?? null;
}

/**
 * A country of the source rendered as another in the translation: the translation names a country
 * more often than the source, and the source one more often than the translation (a country added
 * or dropped beside the same ones is not this). The first such pair, in order.
 */
export function countryChanged(source: Analysis, target: Analysis): { said: CountryMention; found: CountryMention } | null {
  const inSource = countriesIn(source);
  if (inSource.length === 0) return null;
  const inTarget = countriesIn(target);
  if (inTarget.length === 0) return null;
  const count = (list: readonly CountryMention[], code: string) => list.filter((mention) => mention.code === code).length;
  const said = inSource.find((mention) => count(inSource, mention.code) > count(inTarget, mention.code));
  const extra = inTarget.find((mention) => count(inTarget, mention.code) > count(inSource, mention.code));
  return said && extra ? { said, found: extra } : null;
}

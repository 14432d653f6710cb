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
  /** Said by its adjective ("French", "belges"), not its name. */
  adjective?: true;
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

/** A region code as CLDR's aliases have it now ("DD" → "DE", "UK" → "GB"); the code itself when it has none. */
function canonicalRegion(code: string): string {
  try {
    return Intl.getCanonicalLocales(`und-${code}`)[0]?.slice(4) ?? code;
  } catch {
    return code;
  }
}

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
        // (a deprecated code is its successor's, as CLDR's aliases say: "DD" is "DE", "UK" is "GB")
        const code = canonicalRegion(a + b);
        if (code !== a + b) continue;
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

/**
 * Countries said by their adjective ("French courts" → "les tribunaux belges", "Indonesian law" →
 * "hukum Singapura"), which CLDR does not give: the common ones, in the languages that say a
 * country so (Indonesian and Chinese say its name: "hukum Indonesia", "法国法院"). English's are
 * matched as written, with their capital (and Indonesian's short names); the others' whatever their case ("droit français",
 * "deutsches Recht", "Schweizer Recht"). A language's adjective is its country's here ("in French"
 * → "en français" says France on both sides alike).
 */
const DEMONYMS: Readonly<Record<string, ReadonlyMap<string, string>>> = {
  en: demonyms({
    FR: 'French',
    BE: 'Belgian',
    DE: 'German',
    ES: 'Spanish',
    ID: 'Indonesian',
    SG: 'Singaporean',
    MY: 'Malaysian',
    NL: 'Dutch',
    GB: 'British|English',
    US: 'American',
    CN: 'Chinese',
    JP: 'Japanese',
    AU: 'Australian',
    CH: 'Swiss',
    AT: 'Austrian',
    IT: 'Italian',
    CA: 'Canadian',
    IN: 'Indian',
    TH: 'Thai',
    PT: 'Portuguese',
    KR: 'Korean|South Korean',
    BR: 'Brazilian',
    MX: 'Mexican',
  }),
  // (and Indonesian's short names CLDR does not give: "Cina" for "Tiongkok", "Inggris" for
  // "Inggris Raya", "Amerika" for "Amerika Serikat")
  id: demonyms({ CN: 'Cina|China', GB: 'Inggris', US: 'Amerika' }),
  fr: demonyms({
    FR: 'français|française|françaises',
    BE: 'belge|belges',
    DE: 'allemand|allemande|allemands|allemandes',
    ES: 'espagnol|espagnole|espagnols|espagnoles',
    ID: 'indonésien|indonésienne|indonésiens|indonésiennes',
    SG: 'singapourien|singapourienne|singapouriens|singapouriennes',
    MY: 'malaisien|malaisienne|malaisiens|malaisiennes',
    NL: 'néerlandais|néerlandaise|néerlandaises',
    GB: 'britannique|britanniques|anglais|anglaise|anglaises',
    US: 'américain|américaine|américains|américaines',
    CN: 'chinois|chinoise|chinoises',
    JP: 'japonais|japonaise|japonaises',
    AU: 'australien|australienne|australiens|australiennes',
    CH: 'suisse|suisses',
    AT: 'autrichien|autrichienne|autrichiens|autrichiennes',
    IT: 'italien|italienne|italiens|italiennes',
    CA: 'canadien|canadienne|canadiens|canadiennes',
    IN: 'indien|indienne|indiens|indiennes',
    TH: 'thaïlandais|thaïlandaise|thaïlandaises',
    PT: 'portugais|portugaise|portugaises',
    KR: 'coréen|coréenne|coréens|coréennes|sud-coréen|sud-coréenne',
    BR: 'brésilien|brésilienne|brésiliens|brésiliennes',
    MX: 'mexicain|mexicaine|mexicains|mexicaines',
  }),
  es: demonyms({
    FR: 'francés|francesa|franceses|francesas',
    BE: 'belga|belgas',
    DE: 'alemán|alemana|alemanes|alemanas',
    ES: 'español|española|españoles|españolas',
    ID: 'indonesio|indonesia|indonesios|indonesias',
    SG: 'singapurense|singapurenses',
    MY: 'malasio|malasia|malasios|malasias',
    NL: 'neerlandés|neerlandesa|neerlandeses|neerlandesas|holandés|holandesa|holandeses|holandesas',
    GB: 'británico|británica|británicos|británicas|inglés|inglesa|ingleses|inglesas',
    US: 'estadounidense|estadounidenses',
    CN: 'chino|china|chinos|chinas',
    JP: 'japonés|japonesa|japoneses|japonesas',
    AU: 'australiano|australiana|australianos|australianas',
    CH: 'suizo|suiza|suizos|suizas',
    AT: 'austriaco|austriaca|austriacos|austriacas|austríaco|austríaca|austríacos|austríacas',
    IT: 'italiano|italiana|italianos|italianas',
    CA: 'canadiense|canadienses',
    IN: 'indio|india|indios|indias',
    TH: 'tailandés|tailandesa|tailandeses|tailandesas',
    PT: 'portugués|portuguesa|portugueses|portuguesas',
    KR: 'coreano|coreana|coreanos|coreanas|surcoreano|surcoreana',
    BR: 'brasileño|brasileña|brasileños|brasileñas',
    MX: 'mexicano|mexicana|mexicanos|mexicanas',
  }),
  de: demonyms(
    Object.fromEntries(
      Object.entries({
        FR: 'französisch',
        BE: 'belgisch',
        DE: 'deutsch',
        ES: 'spanisch',
        ID: 'indonesisch',
        SG: 'singapurisch',
        MY: 'malaysisch',
        NL: 'niederländisch|holländisch',
        GB: 'britisch|englisch',
        US: 'amerikanisch|us-amerikanisch',
        CN: 'chinesisch',
        JP: 'japanisch',
        AU: 'australisch',
        CH: 'schweizerisch',
        AT: 'österreichisch',
        IT: 'italienisch',
        CA: 'kanadisch',
        IN: 'indisch',
        TH: 'thailändisch',
        PT: 'portugiesisch',
        KR: 'koreanisch|südkoreanisch',
        BR: 'brasilianisch',
        MX: 'mexikanisch',
      }).map(([code, stems]) => [
        code,
        stems
          .split('|')
          .flatMap((stem) => ['', 'e', 'en', 'er', 'es', 'em'].map((ending) => stem + ending))
          .concat(code === 'CH' ? ['schweizer'] : [])
          .join('|'),
      ]),
    ),
  ),
};

/** A table of adjectives by their country from adjectives joined with "|" for each country. */
function demonyms(byCode: Record<string, string>): ReadonlyMap<string, string> {
  return new Map(Object.entries(byCode).flatMap(([code, words]) => words.split('|').map((word) => [word, code] as const)));
}

/** An English word without its possessive ("China's" → "China", "Wales'" → "Wales"). */
const bare = (text: string) => text.replace(/['’]s?$/u, '');

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
          const code = canonicalRegion(a + b);
          if (code !== a + b) continue;
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
  const demonymsOf = DEMONYMS[baseLanguage(analysis.lang)];
  // (English's and Indonesian's with their capital; the others' whatever their case)
  const shortNames = baseLanguage(analysis.lang) === 'id';
  const possessive = baseLanguage(analysis.lang) === 'en';
  const byCase = baseLanguage(analysis.lang) === 'en' || shortNames;
  const items = analysis.items;
  // (one walk, nothing allocated for the words that begin no name: nearly all of them)
  for (let i = 0; index && i < items.length; i += 1) {
    const item = items[i] as Item;
    if (item.kind !== 'word') continue;
    // (names begin with a capital, and English's and Indonesian's adjectives: most words are looked up no further)
    const capital = item.text !== item.lower;
    if (!capital && (byCase || !demonymsOf)) continue;
    const said = out.length;
    const candidates = capital ? index.byFirst.get(possessive && /['’]s?$/u.test(item.text) ? bare(item.text) : item.text) : undefined;
    for (const name of candidates ?? []) {
      // the name's words one after another, anything but words between them skipped (the last
      // one in English with its possessive: "China's")
      let j = i;
      let matched = 0;
      for (; j < items.length && matched < name.words.length; j += 1) {
        const next = items[j] as Item;
        if (next.kind !== 'word') continue;
        const word = possessive && matched === name.words.length - 1 ? bare(next.text) : next.text;
        if (word !== name.words[matched]) break;
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
    if (out.length > said || !demonymsOf) continue;
    // else a country's adjective, or a short name (not the first word of a longer one, "Amerika Latin")
    const demonym = demonymsOf.get(byCase ? item.text : item.lower);
    const next = items[i + 1];
    if (!demonym || glued(next) || glued(items[i - 1])) continue;
    if (shortNames && next?.kind === 'word' && next.text !== next.lower && next.spaceBefore) continue;
    out.push({ start: item.start, end: item.end, text: item.text, code: demonym, ...(shortNames ? {} : { adjective: true as const }) });
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

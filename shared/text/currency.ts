/**
 * The currency written next to an amount ("US$2.50", "Rp5.000", "€ 30", "30 EUR"), as the ISO
 * codes it may stand for: "$" alone is any of several dollars, "¥" yen or yuan. Two amounts are in
 * the same currency when their sets meet.
 */

const SYMBOLS: Record<string, readonly string[]> = {
  US$: ['USD'],
  A$: ['AUD'],
  AU$: ['AUD'],
  C$: ['CAD'],
  CA$: ['CAD'],
  S$: ['SGD'],
  HK$: ['HKD'],
  NZ$: ['NZD'],
  NT$: ['TWD'],
  R$: ['BRL'],
  $: ['USD', 'AUD', 'CAD', 'SGD', 'HKD', 'NZD', 'TWD', 'MXN', 'BRL', 'ARS', 'CLP', 'COP'],
  Rp: ['IDR'],
  RM: ['MYR'],
  '€': ['EUR'],
  '£': ['GBP'],
  '¥': ['JPY', 'CNY'],
  '₹': ['INR'],
  '₩': ['KRW'],
  '₽': ['RUB'],
  '₺': ['TRY'],
  '₫': ['VND'],
  '₪': ['ILS'],
  '฿': ['THB'],
};

let isoCodes: Set<string> | undefined;

/** ISO 4217 codes the runtime knows (CLDR's list, through Intl). */
export function isCurrencyCode(code: string): boolean {
  if (!isoCodes) {
    try {
      isoCodes = new Set((Intl as unknown as { supportedValuesOf: (key: string) => string[] }).supportedValuesOf('currency'));
    } catch {
      isoCodes = new Set(['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'IDR', 'MYR', 'SGD', 'AUD', 'INR']);
    }
  }
  return isoCodes.has(code);
}

const BEFORE_RE = /(US\$|AU\$|CA\$|HK\$|NZ\$|NT\$|[ACSR]\$|Rp|RM|[A-Z]{3}|[$€£¥₹₩₽₺₫₪฿])[ \u00a0\u202f]?$/u;
const AFTER_RE = /^[ \u00a0\u202f]?([A-Z]{3}(?![\p{L}])|[$€£¥₹₩₽₺₫₪฿])/u;

export interface CurrencyAt {
  start: number;
  end: number;
  codes: readonly string[];
}

/** Dollars of every kind "$" may be. */
const DOLLARS = SYMBOLS.$ as readonly string[];

/**
 * Chinese and Japanese name the currency after the amount, glued to it ("25美元", "2欧元", "500円"):
 * the names CLDR gives every currency in Chinese (simplified and traditional) and Japanese, and the
 * everyday ones it does not ("元" and "块" for a yuan or any dollar of Hong Kong or Taiwan).
 */
const OTHER_NAMES: Record<string, readonly string[]> = {
  元: ['CNY', 'TWD', 'HKD'],
  块: ['CNY', 'TWD', 'HKD'],
  圆: ['CNY', 'TWD', 'HKD', 'JPY'],
  美金: ['USD'],
  澳元: ['AUD'],
  加元: ['CAD'],
  纽元: ['NZD'],
  印尼盾: ['IDR'],
  日圆: ['JPY'],
  韩币: ['KRW'],
  ドル: DOLLARS,
};
const NAME_SCRIPT_RE = /^[ \u00a0]?([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]{1,8})/u;
let names: Map<string, readonly string[]> | undefined;
let longestName = 0;

/** Every currency code Intl knows (none where Intl cannot list them). */
function currencyCodes(): readonly string[] {
  try {
    return (Intl as unknown as { supportedValuesOf: (key: string) => string[] }).supportedValuesOf('currency');
  } catch {
    return [];
  }
}

/** CLDR's name of each currency in a locale, for an amount of `count` ("美元", "euros", "US dollars"), with its code. */
function cldrCurrencyNames(locale: string, count: number): Array<[name: string, code: string]> {
  const out: Array<[string, string]> = [];
  for (const code of currencyCodes()) {
    try {
      const name = new Intl.NumberFormat(locale, { style: 'currency', currency: code, currencyDisplay: 'name' })
        .formatToParts(count)
        .filter((part) => part.type === 'currency')
        .map((part) => part.value)
        .join('');
      out.push([name, code]);
    } catch {
      continue;
    }
  }
  return out;
}

/** Names and the codes each may stand for, as a table of lists. */
function byName(entries: ReadonlyArray<readonly [name: string, code: string]>): Map<string, readonly string[]> {
  const found = new Map<string, Set<string>>();
  for (const [name, code] of entries) {
    const set = found.get(name) ?? new Set<string>();
    set.add(code);
    found.set(name, set);
  }
  return new Map([...found].map(([name, set]) => [name, [...set]]));
}

function currencyNames(): Map<string, readonly string[]> {
  if (names) return names;
  names = byName([
    ...['zh', 'zh-Hant', 'ja'].flatMap((locale) =>
      cldrCurrencyNames(locale, 2).filter(([name]) => /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]+$/u.test(name)),
    ),
    ...Object.entries(OTHER_NAMES).flatMap(([name, codes]) => codes.map((code) => [name, code] as const)),
  ]);
  longestName = Math.max(...[...names.keys()].map((name) => name.length));
  return names;
}

/** The currency a Chinese or Japanese name after an amount says ("美元" in "25美元"), the longest name that fits. */
function namedAfter(text: string, end: number): CurrencyAt | null {
  const run = NAME_SCRIPT_RE.exec(text.slice(end, end + 9));
  if (!run?.[1]) return null;
  const table = currencyNames();
  const offset = end + run[0].length - run[1].length;
  for (let length = Math.min(longestName, run[1].length); length >= 1; length -= 1) {
    const codes = table.get(run[1].slice(0, length));
    if (codes) return { start: offset, end: offset + length, codes };
  }
  return null;
}

const wordNames = new Map<string, ReadonlyMap<string, readonly string[]>>();

/**
 * A language's currency names as words (its CLDR names, one and many, and their last words:
 * "Chinese yuan" and "yuan", "euros", "US dollars" and "dollars"), lower-cased: the names a
 * language that spaces its words writes after an amount ("10 yuan").
 */
function currencyWordNames(lang: string): ReadonlyMap<string, readonly string[]> {
  const key = lang.toLowerCase().split(/[-_]/)[0] ?? lang;
  let table = wordNames.get(key);
  if (!table) {
    const named = [1, 2]
      .flatMap((count) => cldrCurrencyNames(key, count))
      .map(([name, code]) => [name.toLowerCase(), code] as const)
      .filter(([name]) => /^\p{L}[\p{L} ]*$/u.test(name));
    // the whole name and its last word ("US dollars", "dollars")
    table = byName(named.flatMap(([name, code]) => [[name, code] as const, [name.split(' ').at(-1) as string, code] as const]));
    wordNames.set(key, table);
  }
  return table;
}

/** The currency a word after the amount ending at `end` names in a language written with spaces ("10 yuan", "5 euros"), if any. */
export function currencyNamedAfter(text: string, end: number, lang: string): CurrencyAt | null {
  const words = /^[ \u00a0]+(\p{L}+)(?:[ \u00a0]+(\p{L}+))?/u.exec(text.slice(end, end + 40));
  if (!words?.[1]) return null;
  const table = currencyWordNames(lang);
  const start = end + words[0].indexOf(words[1]);
  const two = words[2] ? `${words[1]} ${words[2]}`.toLowerCase() : null;
  if (two && table.has(two)) return { start, end: end + words[0].length, codes: table.get(two) as readonly string[] };
  const codes = table.get(words[1].toLowerCase());
  return codes ? { start, end: start + words[1].length, codes } : null;
}

/** The currency written right before or after the amount at text[start, end), if any. */
export function currencyAround(text: string, start: number, end: number): CurrencyAt | null {
  const before = BEFORE_RE.exec(text.slice(Math.max(0, start - 6), start));
  if (before?.[1]) {
    const written = before[1];
    const codes = SYMBOLS[written] ?? (isCurrencyCode(written) ? [written] : null);
    // glued to a letter on its left ("DRp5") it is part of another word
    const at = start - before[0].length;
    if (codes && !/\p{L}/u.test(text.charAt(at - 1))) return { start: at, end: at + written.length, codes };
  }
  const after = AFTER_RE.exec(text.slice(end, end + 6));
  if (after?.[1]) {
    const written = after[1];
    const codes = SYMBOLS[written] ?? (isCurrencyCode(written) ? [written] : null);
    if (codes) return { start: end + after[0].length - written.length, end: end + after[0].length, codes };
  }
  return namedAfter(text, end);
}

/** Whether two written currencies can be the same one. */
export function sameCurrency(a: CurrencyAt, b: CurrencyAt): boolean {
  return a.codes.some((code) => b.codes.includes(code));
}

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
  return null;
}

/** Whether two written currencies can be the same one. */
export function sameCurrency(a: CurrencyAt, b: CurrencyAt): boolean {
  return a.codes.some((code) => b.codes.includes(code));
}

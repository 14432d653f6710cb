/**
 * Telephone numbers: groups of digits joined by spaces, dashes or dots, often with a "+" and a
 * country code or an area code in brackets ("+62 21 555 0123", "(021) 555-0123", "1-800-555-0199").
 * They are neither one number (their groups are not thousands) nor several: a phone number is
 * compared as its digits, the same number written the international or the national way
 * ("+62 21 …" and "021 …") being the same.
 */

import { GLUING_LETTER } from './numbers';

export interface PhoneNumber {
  start: number;
  end: number;
  text: string;
  /** Its digits only. */
  digits: string;
}

// (digits glued to a letter of a script written without spaces are free: "致电0800 123 456")
const SEPARATOR = '[ .\\u00a0-]';
const PHONE_RE = new RegExp(
  String.raw`(?<!${GLUING_LETTER}|[\p{N}.,+])(\+\d{1,3}${SEPARATOR}?)?(\(\d{1,5}\)${SEPARATOR}?)?\d{1,5}(?:${SEPARATOR}\d{2,8}){0,5}(?![\p{N}]|[.,]\d)`,
  'gu',
);
const MAYBE_RE = /\d[ .\u00a0-]\d|\+\d|\(\d/u;
const YEAR_RE = /^(?:1[89]|20)\d\d$/u;

/** Whether groups of digits are a date (2024-05-01, 01.05.2024) or a range of years (2019-2020). */
function isDateLike(groups: readonly string[]): boolean {
  if (groups.length === 2) return groups.every((group) => YEAR_RE.test(group));
  if (groups.length !== 3) return false;
  const [a = '', b = '', c = ''] = groups;
  return (YEAR_RE.test(a) && b.length <= 2 && c.length <= 2) || (a.length <= 2 && b.length <= 2 && YEAR_RE.test(c));
}

/** Whether groups of digits are one number grouped by thousands (12 500 000, 1.234.567). */
function isGroupedNumber(groups: readonly string[]): boolean {
  return groups.length > 1 && (groups[0] ?? '').length <= 3 && groups.slice(1).every((group) => group.length === 3);
}

/** Every telephone number in a text. */
export function phonesIn(text: string): PhoneNumber[] {
  const out: PhoneNumber[] = [];
  if (!MAYBE_RE.test(text)) return out;
  PHONE_RE.lastIndex = 0;
  for (const match of text.matchAll(PHONE_RE)) {
    const raw = match[0].replace(/[ .\u00a0-]+$/u, '');
    const digits = raw.replace(/\D/gu, '');
    if (digits.length < 7 || digits.length > 15) continue;
    const prefixed = match[1] !== undefined || match[2] !== undefined;
    const groups = raw.replace(/^\+\d{1,3}[ .\u00a0-]?|^\(\d{1,5}\)[ .\u00a0-]?/u, '').split(/[ .\u00a0-]/u);
    if (!prefixed) {
      if (groups.length < 2 || isDateLike(groups) || isGroupedNumber(groups)) continue;
      // one joint: a local number with a dash ("555-0199"), or an area code with its trunk 0 ("021 5550123")
      if (groups.length === 2 && !/^\d{3}-\d{4}$/u.test(raw) && !/^0\d{1,4}[ .\u00a0-]\d{6,8}$/u.test(raw)) continue;
      // dots join versions and decimals more often than phone numbers
      if (/\d\.\d/u.test(raw) && groups.length < 3) continue;
    }
    out.push({ start: match.index, end: match.index + raw.length, text: raw, digits });
  }
  return out;
}

/**
 * Whether two phone numbers are the same: the same digits, or one written with a country code
 * ("+62 21 5550123") and the other nationally, with or without its trunk "0" ("021 5550123").
 */
export function samePhone(a: PhoneNumber, b: PhoneNumber): boolean {
  if (a.digits === b.digits) return true;
  const [longer, shorter] = a.digits.length >= b.digits.length ? [a.digits, b.digits] : [b.digits, a.digits];
  const national = shorter.replace(/^0/u, '');
  if (national.length < 6) return false;
  const prefix = longer.length - national.length;
  return prefix >= 1 && prefix <= 3 && longer.endsWith(national);
}

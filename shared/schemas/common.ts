import { z } from 'zod';

// In a browser, zod would compile its parsers with `new Function`, which the page's content
// security policy forbids (every page would report the probe as a violation): parse without
// compiling there. This runs before any schema is made, since every schema module imports this one.
if (typeof document !== 'undefined') z.config({ jitless: true });

/**
 * A whole number as it arrives in a URL (path or query), accepted only in its canonical decimal
 * form: "0x10", "+2", "2e0", " 2", "02" and "2.0" are refused rather than read as some other
 * number, so one resource has exactly one address.
 */
export function decimalParam(what: string, min = 0) {
  const error = `must be ${what} written in decimal digits (such as ${Math.max(min, 1) === 1 ? '42' : String(min)})`;
  return z
    .string({ error })
    .regex(/^(0|[1-9][0-9]{0,15})$/, { error })
    .transform(Number)
    .refine((value) => value <= Number.MAX_SAFE_INTEGER, { error: 'is too large' })
    .refine((value) => value >= min, { error: min === 1 ? 'must be a positive integer' : `must be ${min} or more` });
}

/** A positive integer id as it arrives in a URL path segment. */
export const idParam = decimalParam('a positive integer', 1);

/** An id in a JSON body: a number, never a string. */
export const idBody = z
  .number({ error: 'must be an id (a positive whole number)' })
  .int({ error: 'must be a positive whole number' })
  .positive({ error: 'must be a positive whole number' })
  .max(Number.MAX_SAFE_INTEGER, { error: 'is too large' });

export const IdParams = z.object({ id: idParam });
export type IdParams = z.infer<typeof IdParams>;

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** A BCP 47 language tag such as `en`, `id` or `zh-Hans-CN`, stored in its canonical casing. */
export const LanguageTag = z
  .string({ error: 'must be a BCP 47 language tag such as "en" or "zh-CN"' })
  .trim()
  .min(2, { error: 'must be a BCP 47 language tag such as "en" or "zh-CN"' })
  .max(35, { error: 'is too long for a language tag' })
  .refine(isLanguageTag, { error: 'must be a BCP 47 language tag such as "en" or "zh-CN"' })
  .transform((value) => Intl.getCanonicalLocales(value)[0] ?? value);

const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text a person typed or a file carried: well-formed Unicode, without NUL characters. */
export function text(maxLength: number) {
  return z
    .string({ error: 'must be a string' })
    .max(maxLength, { error: `must be at most ${maxLength} characters` })
    .refine((value) => !LONE_SURROGATE_RE.test(value), { error: 'contains an unpaired surrogate (invalid Unicode)' })
    .refine((value) => !value.includes('\u0000'), { error: 'contains a NUL character' });
}

/** Longest paragraph we accept: a generous page of text. */
export const MAX_SEGMENT_LENGTH = 100_000;

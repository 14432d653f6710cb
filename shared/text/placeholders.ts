/**
 * Inline markup of imported files (XLIFF's <g>, <x/>, <pc>, <ph>…) lives in a segment's text as
 * placeholders: one character each from Unicode's Private Use Area, so that a placeholder is
 * always a single UTF-16 unit that an edit can move or delete but never break in half. What each
 * one stands for (its markup, whether it opens or closes a pair) is kept beside the segment.
 */

export const PLACEHOLDER_FIRST = 0xe000;
export const PLACEHOLDER_LAST = 0xf8ff;

export type CodeKind = 'open' | 'close' | 'standalone';

/** What a placeholder stands for in the file. */
export interface InlineCode {
  /** The placeholder character. */
  char: string;
  /** Identity across source and target: element family, id and role ("g:1:open", "x:2"). */
  key: string;
  kind: CodeKind;
  /** The markup as written in the source and in the target (null where that side lacks it). */
  source: string | null;
  target: string | null;
  /** A short label for the chip ("1", "/1", "br"). */
  label: string;
}

export function isPlaceholder(char: string): boolean {
  const code = char.charCodeAt(0);
  return char.length === 1 && code >= PLACEHOLDER_FIRST && code <= PLACEHOLDER_LAST;
}

export function placeholderChar(index: number): string {
  const code = PLACEHOLDER_FIRST + index;
  if (code > PLACEHOLDER_LAST) throw new RangeError('more than 6,400 inline codes in one segment');
  return String.fromCharCode(code);
}

const PLACEHOLDERS = /[\uE000-\uF8FF]/g;
const ANY_PLACEHOLDER = /[\uE000-\uF8FF]/;

/** The placeholders of a text in order, with their offsets. */
export function placeholdersIn(text: string): Array<{ char: string; index: number }> {
  if (!ANY_PLACEHOLDER.test(text)) return [];
  return [...text.matchAll(PLACEHOLDERS)].map((match) => ({ char: match[0], index: match.index }));
}

/** The text without its placeholders (what a reader sees, codes left out). */
export function withoutPlaceholders(text: string): string {
  return text.replace(PLACEHOLDERS, '');
}

export function hasPlaceholders(text: string): boolean {
  return ANY_PLACEHOLDER.test(text);
}

/** A text cut into plain runs and placeholders, for rendering chips. */
export function splitPlaceholders(text: string): Array<{ text: string; isPlaceholder: boolean }> {
  const parts: Array<{ text: string; isPlaceholder: boolean }> = [];
  let last = 0;
  for (const { char, index } of placeholdersIn(text)) {
    if (index > last) parts.push({ text: text.slice(last, index), isPlaceholder: false });
    parts.push({ text: char, isPlaceholder: true });
    last = index + 1;
  }
  if (last < text.length) parts.push({ text: text.slice(last), isPlaceholder: false });
  return parts;
}

/**
 * Looks for a name however it was re-spaced, re-hyphenated or re-cased: the target is reduced to
 * its letters and digits (lower-cased), with spaces and hyphens dropped and every other symbol a
 * hard break, and the name's key is searched in that. Matches must start and end on word
 * boundaries of the original text.
 */
import type { Analysis } from './analyze';
import { nameKey } from './names';

interface Compact {
  text: string;
  /** Original offset of each compact code unit (of the character it comes from). */
  offsets: Uint32Array;
}

const cache = new WeakMap<Analysis, Compact>();
const KEEP_RE = /[\p{L}\p{N}]/u;
const SKIP_RE = /[\s\-‐]/u;
/** What any other symbol becomes: a hard break no name's key holds. */
const BREAK = 0;

/** UTF-16 code units as a string, in pieces (an argument list has a limit). */
function fromCodes(codes: Uint16Array, length: number): string {
  let text = '';
  for (let at = 0; at < length; at += 8192) text += String.fromCharCode(...codes.subarray(at, Math.min(length, at + 8192)));
  return text;
}

function compact(analysis: Analysis): Compact {
  let result = cache.get(analysis);
  if (result) return result;
  const source = analysis.text;
  // lower-casing can lengthen a character (İ -> i̇): room for twice the text is more than enough
  const offsets = new Uint32Array(source.length * 2 + 1);
  const codes = new Uint16Array(source.length * 2 + 1);
  let n = 0;
  for (let i = 0; i < source.length;) {
    const code = source.charCodeAt(i);
    if (code < 128) {
      // ASCII without the regular expressions: letters and digits kept, space and hyphen skipped
      if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122)) {
        codes[n] = code;
        offsets[n++] = i;
      } else if (code >= 65 && code <= 90) {
        codes[n] = code + 32;
        offsets[n++] = i;
      } else if (code !== 32 && code !== 45 && code !== 9 && code !== 10 && code !== 13) {
        codes[n] = BREAK;
        offsets[n++] = i;
      }
      i += 1;
      continue;
    }
    const codePoint = source.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(codePoint);
    if (KEEP_RE.test(ch)) {
      // one entry per UTF-16 unit of the lower-cased character, so indexes into `text` line up
      const lower = ch.toLowerCase();
      for (let k = 0; k < lower.length; k += 1) {
        codes[n] = lower.charCodeAt(k);
        offsets[n++] = i;
      }
    } else if (!SKIP_RE.test(ch)) {
      codes[n] = BREAK;
      offsets[n++] = i;
    }
    i += ch.length;
  }
  result = { text: fromCodes(codes, n), offsets };
  cache.set(analysis, result);
  return result;
}

const WORD_CHAR_RE = /[\p{L}\p{N}]/u;

/** Spans of `analysis` that spell `name` with other casing, spacing or hyphenation (or exactly). */
export function findNameVariants(analysis: Analysis, name: string): Array<{ start: number; end: number; text: string }> {
  const key = nameKey(name);
  if (key.length < 2) return [];
  const { text, offsets } = compact(analysis);
  const out: Array<{ start: number; end: number; text: string }> = [];
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
    const start = offsets[at] as number;
    const lastStart = offsets[at + key.length - 1] as number;
    const lastCode = analysis.text.charCodeAt(lastStart);
    const end = lastStart + (lastCode >= 0xd800 && lastCode <= 0xdbff ? 2 : 1);
    const before = analysis.text.slice(Math.max(0, start - 1), start);
    const after = analysis.text.slice(end, end + 1);
    if (WORD_CHAR_RE.test(before) || WORD_CHAR_RE.test(after)) continue;
    const spelled = analysis.text.slice(start, end);
    // only spaces and hyphens may have been added inside, never more than one run per gap
    if (/\s{2,}|-{2,}/.test(spelled)) continue;
    out.push({ start, end, text: spelled });
  }
  return out;
}

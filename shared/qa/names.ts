/**
 * Names in a text, found by their shape rather than a list: mixed case inside a word ("OpenAI",
 * "YouTube"), letters with digits ("H800", "Qwen3", and with a hyphen "GPT-4"), acronyms ("NVIDIA",
 * "LLM") and capitalised words inside a sentence ("Alibaba"). A trailing possessive is not part of
 * the name ("DeepSeek's" -> "DeepSeek").
 */
import type { Analysis, Item } from './analyze';

export type NameKind = 'mixed' | 'code' | 'acronym' | 'capitalised';

export interface NameOccurrence {
  text: string;
  start: number;
  end: number;
  kind: NameKind;
}

const MIXED_RE = /^\p{L}*\p{Ll}\p{Lu}/u;
const HAS_DIGIT_RE = /\p{N}/u;
const HAS_LETTER_RE = /\p{L}/u;
const ACRONYM_RE = /^\p{Lu}{2,}$/u;
const CAPITALISED_RE = /^\p{Lu}\p{Ll}/u;
const POSSESSIVE_RE = /['’]s?$/u;

function stripPossessive(item: Item): { text: string; end: number } {
  const match = POSSESSIVE_RE.exec(item.text);
  if (!match || item.text.length - match[0].length < 2) return { text: item.text, end: item.end };
  return { text: item.text.slice(0, match.index), end: item.end - match[0].length };
}

const ASCII_DIGIT_RE = /\d/;

function kindOf(word: string, isSentenceStart: boolean): NameKind | null {
  const hasDigit = ASCII_DIGIT_RE.test(word) || (/[^ -~]/.test(word) && HAS_DIGIT_RE.test(word));
  if (!hasDigit && word === word.toLowerCase()) return null; // the common case: an ordinary word
  if (hasDigit && HAS_LETTER_RE.test(word)) return 'code';
  if (ACRONYM_RE.test(word)) return 'acronym';
  if (MIXED_RE.test(word)) return 'mixed';
  if (!isSentenceStart && CAPITALISED_RE.test(word) && word.length >= 3) return 'capitalised';
  return null;
}

const namesCache = new WeakMap<Analysis, NameOccurrence[]>();

/** Names in `analysis`, in order; "GPT-4" style codes are one name spanning the hyphen. */
export function extractNames(analysis: Analysis): NameOccurrence[] {
  const cached = namesCache.get(analysis);
  if (cached) return cached;
  const names: NameOccurrence[] = [];
  namesCache.set(analysis, names);
  const items = analysis.items;
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i] as Item;
    if (item.kind !== 'word') continue;
    // a code across a glued hyphen: GPT-4, Grok-1, Llama-3
    const hyphen = items[i + 1];
    const tail = items[i + 2];
    if (
      hyphen?.text === '-' &&
      !hyphen.spaceBefore &&
      tail?.kind === 'word' &&
      !tail.spaceBefore &&
      (HAS_DIGIT_RE.test(tail.text) || HAS_DIGIT_RE.test(item.text)) &&
      HAS_LETTER_RE.test(item.text)
    ) {
      const { end } = stripPossessive(tail);
      names.push({ text: analysis.text.slice(item.start, end), start: item.start, end, kind: 'code' });
      i += 2;
      continue;
    }
    const { text, end } = stripPossessive(item);
    const kind = kindOf(text, item.isSentenceStart);
    if (kind) names.push({ text, start: item.start, end, kind });
  }
  return names;
}

/** The name reduced to letters and digits, lower-cased: "GPT -4", "gpt-4" and "GPT4" agree. */
const keyCache = new Map<string, string>();

export function nameKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    if (keyCache.size > 20_000) keyCache.clear();
    key = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    keyCache.set(text, key);
  }
  return key;
}

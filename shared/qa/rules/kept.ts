/**
 * Words a translation copies as they are, whatever its language: figures, and names (a capital at a
 * word's start outside a sentence's start, or one inside it: "iOS", "McAfee"). Rules that tell
 * which of two places a clause or a value went compare where these stand in the source and in the
 * translation (contrast.ts, a negation moved across a "but" and a value's swap in meaning.ts).
 */
import type { Analysis, Item } from '../analyze';
import type { Sentence } from '../sentences';

/** What a word a translation keeps is: a figure (it has a digit, "2" too), a name of two letters or more, or neither. */
export function keptKind(item: Item): 'figure' | 'name' | null {
  if (item.kind !== 'word') return null;
  if (/\p{N}/u.test(item.text)) return 'figure';
  if ((item.text.length >= 2 && /^\p{Lu}/u.test(item.text) && !item.isSentenceStart) || /\p{Ll}\p{Lu}/u.test(item.text)) return 'name';
  return null;
}

/** The words of a span that a translation keeps as they are, in their order. */
export function keptWordsIn(analysis: Analysis, span: Sentence): Item[] {
  return analysis.items.filter((item) => item.start >= span.start && item.end <= span.end && keptKind(item) !== null);
}

/**
 * Word forms per language. Languages without a model of their own fall back to comparing words
 * as they are (lower-cased), which is exact rather than clever: a glossary term then matches its
 * written form only.
 */
import { english } from './english';
import { indonesian } from './indonesian';
import type { Morphology } from './types';

export type { Morphology } from './types';

const identity: Morphology = {
  suffixOnly: true,
  inflections: (word) => [word],
  roots: (word) => [word],
};

const MEMO_LIMIT = 50_000;

/**
 * Remembers each word's forms: a document repeats its vocabulary, so most lookups are hits
 * (the memo is dropped when it grows past a bound, never unbounded).
 */
function memoize(morphology: Morphology): Morphology {
  const inflections = new Map<string, readonly string[]>();
  const roots = new Map<string, readonly string[]>();
  const remember = (memo: Map<string, readonly string[]>, word: string, compute: (w: string) => readonly string[]) => {
    let forms = memo.get(word);
    if (!forms) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      forms = compute(word);
      memo.set(word, forms);
    }
    return forms;
  };
  return {
    suffixOnly: morphology.suffixOnly,
    inflections: (word) => remember(inflections, word, morphology.inflections),
    roots: (word) => remember(roots, word, morphology.roots),
  };
}

const BY_LANGUAGE: Record<string, Morphology> = {
  en: memoize(english),
  id: memoize(indonesian),
};
BY_LANGUAGE.ms = BY_LANGUAGE.id as Morphology;

/** The morphology for a BCP 47 tag, by its language subtag ("id-ID" -> Indonesian). */
export function morphologyFor(lang: string): Morphology {
  const base = lang.split('-')[0]?.toLowerCase() ?? '';
  return BY_LANGUAGE[base] ?? identity;
}

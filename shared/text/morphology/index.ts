/**
 * Word forms per language. English and Indonesian have models of their own (Indonesian affixes
 * and sound changes; English measured better with its own rules than with Porter's). Most other
 * European languages use the Snowball stemmers (@orama/stemmers): a word and its stem, so that a
 * glossary term matches "Vertrag", "Vertrages", "Verträge". The rest compare words as they are
 * (lower-cased): exact rather than clever.
 */
import { stemmer as bulgarian } from '@orama/stemmers/bulgarian';
import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as greek } from '@orama/stemmers/greek';
import { stemmer as hungarian } from '@orama/stemmers/hungarian';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as norwegian } from '@orama/stemmers/norwegian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as romanian } from '@orama/stemmers/romanian';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { stemmer as turkish } from '@orama/stemmers/turkish';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';
import { english } from './english';
import { indonesian } from './indonesian';
import type { Morphology } from './types';

export type { Morphology } from './types';

const identity: Morphology = {
  suffixOnly: true,
  inflections: (word) => [word],
  roots: (word) => [word],
};

/** A word and its Snowball stem: two words match when their stems do. */
function stemmed(stem: (word: string) => string): Morphology {
  const forms = (word: string) => {
    const root = stem(word);
    return root && root !== word ? [word, root] : [word];
  };
  // a stem may change letters inside the word (German umlauts): not only ever a prefix of it
  return { suffixOnly: false, inflections: forms, roots: forms };
}

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
const STEMMERS: Record<string, (word: string) => string> = {
  bg: bulgarian,
  da: danish,
  nl: dutch,
  fi: finnish,
  fr: french,
  de: german,
  el: greek,
  hu: hungarian,
  it: italian,
  nb: norwegian,
  nn: norwegian,
  no: norwegian,
  pt: portuguese,
  ro: romanian,
  ru: russian,
  es: spanish,
  sv: swedish,
  tr: turkish,
  uk: ukrainian,
};
for (const [lang, stem] of Object.entries(STEMMERS)) BY_LANGUAGE[lang] = memoize(stemmed(stem));

/** The morphology for a BCP 47 tag, by its language subtag ("id-ID" -> Indonesian). */
export function morphologyFor(lang: string): Morphology {
  const base = lang.split('-')[0]?.toLowerCase() ?? '';
  return BY_LANGUAGE[base] ?? identity;
}

/** What the QA rules need to know about a language's word forms. */
export interface Morphology {
  /**
   * True when forms only ever lose letters at the end (English): a form then starts like the word,
   * which lets callers rule words out by their first letters before asking for forms.
   */
  suffixOnly: boolean;
  /**
   * The word (lower-cased) with its inflection removed, every plausible reading, the word itself
   * included: plural, possessive, clitics. Derivation is kept ("pembatasan" stays a noun).
   */
  inflections(word: string): readonly string[];
  /**
   * Candidate roots: inflection and derivation removed (affixes, with the sound changes they
   * cause). Used where a lenient match is right, e.g. a forbidden rendering in any form.
   */
  roots(word: string): readonly string[];
}

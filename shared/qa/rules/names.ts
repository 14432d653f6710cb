/**
 * Names and do-not-translate terms. A glossary term marked do-not-translate must appear in the
 * target exactly as written. Without a glossary, names found in the source by their shape (mixed
 * case, letters with digits, capitalised words inside a sentence) must not come back re-cased,
 * re-spaced or re-hyphenated: "Openai" for "OpenAI", "GPT -4" for "GPT-4". A code of the source
 * (letters with digits: an error code, a model) gone from the translation, where a code of the
 * same shape with other digits stands ("E12" for "E21", "H8000" is another shape), was changed. A
 * country rendered as another, by the names CLDR gives it in both languages, was changed too.
 */
import { findNameVariants } from '../compact';
import { candidateTerms, sourceMatches } from '../glossary';
import { countryChanged, countryName } from '../countries';
import { extractNames, nameKey, type NameOccurrence } from '../names';
import { currencyAround } from '../../text/currency';
import { finding, spanOf, type Rule, type RuleContext } from '../context';
import { compiled, escapeRegExp } from '../../text/regexp';
import { locateInTarget } from '../locate';
import type { Finding } from '../types';

const ALL_LOWER_RE = /^[^\p{Lu}]*$/u;
/** A litre's symbol with a prefix ("mL", "dL", "µL"). */
const LITRES_RE = /^[mcdµμ]L$/u;

/** A code's letters and punctuation with its digits as '#' ("E21" and "E12" are "E##"), digits of any form read as ASCII. */
function codeShape(code: string): string {
  return code.normalize('NFKC').replace(/\p{N}/gu, '#');
}

/**
 * Letters with digits that are an amount or a measure, not a code: a currency glued to a figure
 * ("Rp750" of "Rp750.000", "USD50"), or a figure first ("5kg", "24h", "2nd"): the number checks
 * compare those.
 */
function isMeasure(code: string): boolean {
  if (/^\p{N}/u.test(code)) return true;
  const digit = code.search(/\p{N}/u);
  return digit > 0 && currencyAround(code, digit, code.length) !== null;
}

const ASCII_NAME_RE = /^[\x20-\x7e]+$/u;
/** The long s and the kelvin sign, which a case-insensitive expression reads as "s" and "k". */
const FOLDS_TO_ASCII_RE = /[\u017f\u212a]/u;
const LETTER_BEFORE_RE = /[\p{L}\p{N}]$/u;
const LETTER_AFTER_RE = /^[\p{L}\p{N}]/u;

/** The same code, whatever form its digits take ("CO₂" is "CO2"). */
function sameCode(a: string, b: string): boolean {
  return a === b || a.normalize('NFKC') === b.normalize('NFKC');
}

export const namesRule: Rule = {
  name: 'names',
  ids: ['names.dnt', 'names.dnt-missing', 'names.variant', 'names.changed'],
  check(context) {
    const source = context.source;
    if (!source) return [];
    const out: Finding[] = [];
    const handled = new Set<string>();

    for (const term of candidateTerms(context.glossary, source)) {
      const key = nameKey(term.term.source);
      const matches = sourceMatches(term, source);
      if (matches.length === 0) continue;
      handled.add(key);
      if (!term.term.doNotTranslate) continue;
      const sourceSpan = spanOf(source.text, matches[0]?.start ?? 0, matches[0]?.end ?? 0);
      const variants = findNameVariants(context.target, term.term.source);
      for (const variant of variants) {
        if (variant.text === term.term.source) continue;
        out.push(
          finding(context, 'names.dnt', 'major', variant.start, variant.end, {
            source: sourceSpan,
            params: { term: term.term.source, found: variant.text },
            suggestion: term.term.source,
          }),
        );
      }
      if (variants.length === 0) {
        // on the words at its place among the landmarks both texts share (0-0 only when there are none)
        const place = locateInTarget(source, context.target, sourceSpan.start, sourceSpan.end);
        out.push(
          finding(context, 'names.dnt-missing', 'major', place?.start ?? 0, place?.end ?? 0, {
            source: sourceSpan,
            // where to look, not words sure enough to replace
            params: { term: term.term.source },
          }),
        );
      }
    }

    let targetCodes: NameOccurrence[] | undefined;
    const takenCodes = new Set<number>();
    for (const name of context.sourceNames) {
      const key = nameKey(name.text);
      if (handled.has(key)) continue;
      handled.add(key);
      const variants = findNameVariants(context.target, name.text);
      if (variants.length === 0 && name.kind === 'code' && !isMeasure(name.text)) {
        targetCodes ??= extractNames(context.target).filter(
          (other) =>
            other.kind === 'code' && !isMeasure(other.text) && !context.sourceNames.some((mine) => sameCode(mine.text, other.text)),
        );
        const changed = targetCodes.find((other) => !takenCodes.has(other.start) && codeShape(other.text) === codeShape(name.text));
        if (changed) {
          takenCodes.add(changed.start);
          out.push(
            finding(context, 'literals.changed', 'major', changed.start, changed.end, {
              source: spanOf(source.text, name.start, name.end),
              params: { expected: name.text, found: changed.text },
              suggestion: name.text,
            }),
          );
        }
      }
      for (const variant of variants) {
        if (variant.text === name.text) continue;
        // an acronym or a plain capitalised word in lower case is more often an ordinary word
        if ((name.kind === 'acronym' || name.kind === 'capitalised') && ALL_LOWER_RE.test(variant.text)) continue;
        // (a figure and its unit spaced or not, as languages write them: "5GB" is "5 GB")
        if (name.kind === 'code' && isMeasure(name.text) && variant.text.replace(/[\s\u00a0\u202f]/gu, '') === name.text) continue;
        // (the litre's symbol is "L" or "l", as languages and labs write it: "mg/dL" is "mg/dl")
        if (LITRES_RE.test(name.text) && variant.text === name.text.replace(/L$/u, 'l')) continue;
        out.push(
          finding(context, 'names.variant', 'minor', variant.start, variant.end, {
            source: spanOf(source.text, name.start, name.end),
            params: { name: name.text, found: variant.text },
            suggestion: name.text,
          }),
        );
      }
    }
    // a country rendered as another ("the laws of Singapore" → "hukum Malaysia"), by the names
    // both languages give it in CLDR: "Singapura" renders "Singapore"
    const country = countryChanged(source, context.target);
    if (country) {
      // (the country's name in place of a name; an adjective's form depends on its noun: none offered)
      const expected = country.found.adjective ? null : countryName(country.said.code, context.targetLang);
      out.push(
        finding(context, 'names.changed', 'major', country.found.start, country.found.end, {
          source: spanOf(source.text, country.said.start, country.said.end),
          params: { source: country.said.text, found: country.found.text },
          suggestion: expected,
        }),
      );
    }
    // a person's name after a title translated as a word ("Mr. Hope" → "Tuan Harapan"): a name is
    // kept as it is written in any language written in the Latin alphabet
    if (!context.target.unspaced) out.push(...personsRenamed(context, source));
    if (!country && !context.target.unspaced) {
      const replaced = productReplaced(source, context.target);
      if (replaced)
        out.push(
          finding(context, 'names.changed', 'major', replaced.found.start, replaced.found.end, {
            source: spanOf(source.text, replaced.said.start, replaced.said.end),
            params: { source: replaced.said.text, found: replaced.found.text },
            suggestion: replaced.said.text,
          }),
        );
    }
    return out;
  },
};

/** Whether a word stands in a text, whatever its case, not inside another word. */
function hasWord(text: string, word: string): boolean {
  // (most names are there or not at all, which a plain search tells without an expression: an
  // ASCII name matches, whatever the case, only ASCII letters and the two signs that fold to them)
  if (ASCII_NAME_RE.test(word) && !FOLDS_TO_ASCII_RE.test(text)) {
    const lowerText = text.toLowerCase();
    const lowerWord = word.toLowerCase();
    let at = lowerText.indexOf(lowerWord);
    if (at < 0) return false;
    if (lowerText.length === text.length) {
      for (; at >= 0; at = lowerText.indexOf(lowerWord, at + 1))
        if (
          !LETTER_BEFORE_RE.test(text.slice(Math.max(0, at - 2), at)) &&
          !LETTER_AFTER_RE.test(text.slice(at + word.length, at + word.length + 2))
        )
          return true;
      return false;
    }
  }
  return compiled(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/**
 * A product's name put in place of another ("on Android" → "di iOS"): the source has one name
 * the translation does not, and the translation one name of a product's shape (mixed case: "iOS",
 * "macOS", "iPad") the source does not. A capitalised word alone may be a translated name or
 * label ("Settings" → "Pengaturan", "English" → "Inggris"), so only that shape counts on the
 * translation's side; nor a code ("R1", "H800"), which may be one the source says elsewhere in its
 * document. Both one only, or nothing is said.
 */
function productReplaced(
  source: NonNullable<RuleContext['source']>,
  target: RuleContext['target'],
): { said: NameOccurrence; found: NameOccurrence } | null {
  const missing = extractNames(source).filter(
    (name) => (name.kind === 'mixed' || name.kind === 'capitalised') && !hasWord(target.text, name.text),
  );
  if (missing.length !== 1) return null;
  const added = extractNames(target).filter((name) => name.kind === 'mixed' && !hasWord(source.text, name.text));
  const [said] = missing;
  const [found] = added;
  return said && found && added.length === 1 ? { said, found } : null;
}

/** A title before a person's name, and the capitalised words of the name after it. */
const PERSON_RE = /(?<![\p{L}])(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof)\.?[ \u00a0]+(\p{Lu}[\p{Ll}'’-]+(?:[ \u00a0]+\p{Lu}[\p{Ll}'’-]+)?)/gu;
/** Words after a title that are a function, not a name ("Mr. President", "Madam Speaker"). */
const NOT_A_NAME =
  /^(?:President|Chairman|Chairwoman|Chair|Speaker|Mayor|Secretary|Ambassador|Minister|Justice|Director|Manager|Principal|Chief|Governor|Officer|Right|Nobody)$/u;

/** Persons named after a title in the source whose last name the translation does not have: on where the name lands. */
function personsRenamed(context: RuleContext, source: NonNullable<RuleContext['source']>): Finding[] {
  const out: Finding[] = [];
  if (!/(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof)\b/u.test(source.text)) return out;
  const target = context.target.text;
  PERSON_RE.lastIndex = 0;
  for (let match = PERSON_RE.exec(source.text); match; match = PERSON_RE.exec(source.text)) {
    const name = match[1] as string;
    const words = name.split(/[ \u00a0]+/u).filter((word) => !NOT_A_NAME.test(word));
    const last = words.at(-1);
    if (!last || last.length < 2) continue;
    const kept = compiled(`(?<![\\p{L}])${escapeRegExp(last.replace(/['’]s$/u, ''))}`, 'iu');
    if (kept.test(target)) continue;
    const start = match.index + match[0].length - name.length;
    const located = locateInTarget(source, context.target, start, start + name.length);
    if (!located || located.end <= located.start) continue;
    // the capitalised words that stand where it lands, a title's rendering among them ("Tuan Harapan")
    const run = /^\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){0,2}/u.exec(target.slice(located.start));
    const place = { start: located.start, end: run ? located.start + run[0].length : located.end };
    out.push(
      finding(context, 'names.changed', 'major', place.start, place.end, {
        source: spanOf(source.text, start, start + name.length),
        params: { source: name, found: target.slice(place.start, place.end) },
        suggestion: name,
      }),
    );
  }
  return out;
}

/**
 * Indonesian (and Malay) word forms without a dictionary. Inflection is the particles (-lah, -kah,
 * -tah, -pun) and the possessive clitics (-ku, -mu, -nya): "pembatasannya" is "pembatasan".
 * Roots also remove derivational suffixes (-kan, -an, -i) and prefixes (di-, ke-, se-, ter-,
 * ber-, per-, meN-, peN-) with the nasal's sound changes undone ("mengendarai" -> "kendara",
 * "memakai" -> "pakai"). Without a dictionary every plausible reading is returned; matching asks
 * whether two words share one, which is what glossary checks need.
 */
import type { Morphology } from './types';

const PARTICLES = ['lah', 'kah', 'tah', 'pun'];
const POSSESSIVES = ['nya', 'ku', 'mu'];
const DERIVATIONAL = ['kan', 'an', 'i'];
const MIN_ROOT = 3;
const VOWEL = /[aeiou]/;

function stripSuffixes(word: string, suffixes: readonly string[], minRest: number): string[] {
  const out: string[] = [];
  for (const suffix of suffixes) {
    if (word.endsWith(suffix) && word.length - suffix.length >= minRest) out.push(word.slice(0, -suffix.length));
  }
  return out;
}

function inflections(word: string): string[] {
  const out = new Set<string>([word]);
  for (const withoutParticle of [word, ...stripSuffixes(word, PARTICLES, 3)]) {
    out.add(withoutParticle);
    for (const withoutPossessive of stripSuffixes(withoutParticle, POSSESSIVES, 3)) out.add(withoutPossessive);
  }
  return [...out];
}

/** The stems a prefix of the meN-/peN- family can leave, undoing nasal assimilation. */
function nasalStems(rest: string, nasal: string): string[] {
  const first = rest[0] ?? '';
  const isVowel = VOWEL.test(first);
  switch (nasal) {
    case 'm': // mem-/pem-: before b, p (lost), f, v
      return isVowel ? [`p${rest}`, rest] : /[bfv]/.test(first) ? [rest] : [];
    case 'n': // men-/pen-: before c, d, j, t (lost), z
      return isVowel ? [`t${rest}`, rest] : /[cdjz]/.test(first) ? [rest] : [];
    case 'ng': // meng-/peng-: before vowels (k lost), g, h, kh
      return isVowel ? [`k${rest}`, rest] : /[gh]/.test(first) ? [rest] : [];
    case 'ny': // meny-/peny-: s lost
      return isVowel ? [`s${rest}`] : [];
    case 'nge': // menge-/penge-: one-syllable roots
      return [rest];
    default: // me-/pe-: before l, m, n, r, w, y (ny- and ng- are the nasal cases above)
      return /[lmrwy]/.test(first) || (first === 'n' && !/^n[gy]/.test(rest)) ? [rest] : [];
  }
}

function stripPrefix(word: string): string[] {
  const out: string[] = [];
  const keep = (candidate: string) => {
    // a nasal followed by its stop never starts an Indonesian root ("mbatas" is a misreading)
    if (candidate.length >= MIN_ROOT && VOWEL.test(candidate) && !/^(?:mb|mp|nd|nt|nc|nj)/.test(candidate)) out.push(candidate);
  };
  for (const simple of ['di', 'ke', 'se']) if (word.startsWith(simple)) keep(word.slice(simple.length));
  for (const prefix of ['ter', 'ber', 'per']) {
    if (word.startsWith(prefix)) keep(word.slice(prefix.length));
  }
  if (/^be[^r]/.test(word) || word.startsWith('bel')) keep(word.slice(2)); // bekerja, belajar
  if (/^te[^r]/.test(word)) keep(word.slice(2)); // telanjur
  for (const head of ['me', 'pe']) {
    if (!word.startsWith(head)) continue;
    const tail = word.slice(2);
    // "menge-" and "meng-" both fit "mengendarai": try every reading, the stems filter themselves
    for (const nasal of ['nge', 'ng', 'ny', 'm', 'n', '']) {
      if (tail.startsWith(nasal)) for (const stem of nasalStems(tail.slice(nasal.length), nasal)) keep(stem);
    }
  }
  return out;
}

function roots(word: string): string[] {
  const out = new Set<string>();
  const visit = (form: string, depth: number) => {
    if (out.has(form) || form.length < MIN_ROOT) return;
    out.add(form);
    if (depth >= 3) return;
    for (const stem of stripSuffixes(form, DERIVATIONAL, form.endsWith('i') ? 5 : 4)) visit(stem, depth + 1);
    for (const stem of stripPrefix(form)) visit(stem, depth + 1);
  };
  for (const form of inflections(word)) visit(form, 0);
  if (out.size === 0) out.add(word);
  return [...out];
}

export const indonesian: Morphology = { suffixOnly: false, inflections, roots };

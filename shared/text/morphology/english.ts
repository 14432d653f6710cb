/**
 * English word forms, enough to match glossary terms across inflection ("curb", "curbs",
 * "curbed", "curbing", "DeepSeek's"): a conservative suffix stripper in the spirit of Porter's
 * step 1, returning every candidate rather than guessing one.
 */
import type { Morphology } from './types';

const VOWEL = /[aeiouy]/;

function addVerbStems(out: Set<string>, stem: string): void {
  if (stem.length < 2 || !VOWEL.test(stem)) return;
  out.add(stem);
  out.add(`${stem}e`); // "driv-ing" -> "drive"
  const last = stem.at(-1) ?? '';
  if (stem.length >= 3 && last === stem.at(-2) && !/[aeiouls]/.test(last)) out.add(stem.slice(0, -1)); // "stopp-ed"
  if (last === 'i') out.add(`${stem.slice(0, -1)}y`); // "appli-ed" -> "apply"
}

function inflections(word: string): string[] {
  const out = new Set<string>([word]);
  let base = word.replace(/['’]s$|s['’]$|['’]$/u, (match) => (match.startsWith('s') ? 's' : ''));
  out.add(base);
  if (base.length > 3 && base.endsWith('ies')) out.add(`${base.slice(0, -3)}y`);
  if (base.length > 3 && /(?:ss|x|z|ch|sh|o)es$/.test(base)) out.add(base.slice(0, -2));
  if (base.length > 3 && base.endsWith('s') && !/(?:ss|us|is)$/.test(base)) out.add(base.slice(0, -1));
  if (base.length > 4 && base.endsWith('ed')) addVerbStems(out, base.slice(0, -2));
  if (base.length > 5 && base.endsWith('ing')) addVerbStems(out, base.slice(0, -3));
  if (base.length > 4 && base.endsWith('er')) out.add(base.slice(0, -2));
  if (base.length > 5 && base.endsWith('est')) out.add(base.slice(0, -3));
  base = '';
  return [...out];
}

export const english: Morphology = {
  suffixOnly: true,
  inflections,
  roots: inflections,
};

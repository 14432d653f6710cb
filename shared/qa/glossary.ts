/**
 * A glossary compiled for one language pair: each term's source, preferred rendering and
 * forbidden renderings analysed once, and an index from the forms of each term's first word to
 * the term, so a segment only tries the terms whose first word it contains.
 */
import type { Analysis } from './analyze';
import { compilePattern, findPattern, type Match, type Pattern } from './match';
import type { QaTerm } from './types';

export interface CompiledTerm {
  term: QaTerm;
  source: Pattern;
  target: Pattern | null;
  forbidden: Pattern[];
}

export interface CompiledGlossary {
  sourceLang: string;
  targetLang: string;
  terms: CompiledTerm[];
  /** First-word inflection forms -> indexes into `terms`. */
  byFirstForm: Map<string, number[]>;
  /** Terms that cannot be indexed by word (scripts without spaces): always tried. */
  unindexed: number[];
  /** First three letters of every indexed form: words starting otherwise need no forms. */
  prefixes: Set<string>;
}

export function compileGlossary(terms: readonly QaTerm[], sourceLang: string, targetLang: string): CompiledGlossary {
  const compiled: CompiledTerm[] = [];
  const byFirstForm = new Map<string, number[]>();
  const unindexed: number[] = [];
  const prefixes = new Set<string>();
  for (const term of terms) {
    if (term.source.trim() === '') continue;
    const index = compiled.length;
    const source = compilePattern(term.source, sourceLang, term.caseSensitive);
    compiled.push({
      term,
      source,
      target: term.target.trim() === '' ? null : compilePattern(term.target, targetLang, term.caseSensitive),
      forbidden: term.forbidden.filter((f) => f.trim() !== '').map((f) => compilePattern(f, targetLang, term.caseSensitive)),
    });
    const first = source.analysis.items[0];
    if (source.analysis.unspaced || !first) {
      unindexed.push(index);
      continue;
    }
    for (const form of source.analysis.forms(0, first.kind === 'word' && !term.caseSensitive ? 'inflection' : 'exact')) {
      const list = byFirstForm.get(form);
      if (list) list.push(index);
      else byFirstForm.set(form, [index]);
      prefixes.add(form.slice(0, 3));
    }
  }
  return { sourceLang, targetLang, terms: compiled, byFirstForm, unindexed, prefixes };
}

export const EMPTY_GLOSSARY: CompiledGlossary = compileGlossary([], 'und', 'und');

const candidateCache = new WeakMap<Analysis, { glossary: CompiledGlossary; terms: CompiledTerm[] }>();
const sourceMatchCache = new WeakMap<Analysis, Map<CompiledTerm, Match[]>>();

/** The terms that may occur in `source`: those whose first word (in some form) it contains. */
export function candidateTerms(glossary: CompiledGlossary, source: Analysis): CompiledTerm[] {
  if (glossary.terms.length === 0) return [];
  const cached = candidateCache.get(source);
  if (cached?.glossary === glossary) return cached.terms;
  const terms = computeCandidates(glossary, source);
  candidateCache.set(source, { glossary, terms });
  return terms;
}

/** Where a term occurs in a source text (across inflection); several rules ask, it is found once. */
export function sourceMatches(term: CompiledTerm, source: Analysis): Match[] {
  let byTerm = sourceMatchCache.get(source);
  if (!byTerm) {
    byTerm = new Map();
    sourceMatchCache.set(source, byTerm);
  }
  let matches = byTerm.get(term);
  if (!matches) {
    matches = findPattern(source, term.source, 'inflection');
    byTerm.set(term, matches);
  }
  return matches;
}

function computeCandidates(glossary: CompiledGlossary, source: Analysis): CompiledTerm[] {
  if (source.unspaced) return glossary.terms;
  const picked = new Set<number>(glossary.unindexed);
  for (let i = 0; i < source.items.length; i += 1) {
    const item = source.items[i];
    if (!item) continue;
    if (source.suffixOnly && !glossary.prefixes.has(item.lower.slice(0, 3))) continue;
    const forms = item.kind === 'word' ? source.forms(i, 'inflection') : [item.lower];
    for (const form of forms) for (const index of glossary.byFirstForm.get(form) ?? []) picked.add(index);
  }
  return [...picked].sort((a, b) => a - b).map((index) => glossary.terms[index] as CompiledTerm);
}

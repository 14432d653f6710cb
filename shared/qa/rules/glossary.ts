/**
 * Glossary: where the source has a term, a forbidden rendering in the target is an error, and so
 * is the absence of the preferred one. Source terms match across inflection ("curbs" for "curb"),
 * forbidden renderings across the target language's morphology down to the root ("dikendarai"
 * for "mengendarai"), preferred renderings across inflection ("pembatasannya" is "pembatasan").
 */
import { candidateTerms, sourceMatches, type CompiledTerm } from '../glossary';
import { findPattern, type Match } from '../match';
import { isSpellingVariant } from '../similarity';
import { finding, spanOf, type Rule, type RuleContext } from '../context';
import { locateInTarget } from '../locate';
import type { Finding, Span } from '../types';

/** The source occurrence nearest (by relative position) to a target span. */
export function nearestSource(context: RuleContext, matches: readonly Match[], targetStart: number): Span | null {
  const source = context.source;
  if (!source || matches.length === 0) return null;
  const relative = targetStart / Math.max(1, context.target.text.length);
  let best = matches[0] as Match;
  for (const match of matches) {
    if (Math.abs(match.start / source.text.length - relative) < Math.abs(best.start / source.text.length - relative)) best = match;
  }
  return spanOf(source.text, best.start, best.end);
}

/** Keeps a clitic the forbidden word carried ("mobilnya" -> "kendaraannya"). */
function adaptSuggestion(preferred: string, found: string, forbidden: string): string {
  return withClitic(withCapital(preferred, found), found, forbidden);
}

/** The rendering capitalised as the words it replaces are (at a sentence's start, in a title). */
function withCapital(preferred: string, found: string): string {
  const first = found.charAt(0);
  const capitalised = first !== first.toLowerCase() && found !== found.toUpperCase();
  const initial = preferred.charAt(0);
  if (!capitalised || initial !== initial.toLowerCase() || initial === initial.toUpperCase()) return preferred;
  return `${initial.toUpperCase()}${preferred.slice(1)}`;
}

function withClitic(preferred: string, found: string, forbidden: string): string {
  const lastFound = found.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  const lastForbidden = forbidden.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (lastFound.startsWith(lastForbidden) && lastFound.length > lastForbidden.length) {
    const clitic = lastFound.slice(lastForbidden.length);
    if (/^(?:nya|ku|mu|lah|kah|pun)$/.test(clitic)) return `${preferred}${clitic}`;
  }
  return preferred;
}

function overlaps(a: { start: number; end: number }, list: readonly { start: number; end: number }[]): boolean {
  return list.some((b) => a.start < b.end && b.start < a.end);
}

/** Where the target probably renders a one-word term otherwise: the word kept, or respelled. */
function renderingCandidates(context: RuleContext, term: CompiledTerm): Span[] {
  const words = term.source.analysis.items.filter((item) => item.kind === 'word');
  if (words.length !== 1) return [];
  const name = words[0]?.text ?? '';
  const lower = name.toLowerCase();
  const out: Span[] = [];
  for (const item of context.target.items) {
    // same first letter and a similar length, or it cannot be the term respelled
    if (item.kind !== 'word' || item.lower[0] !== lower[0] || Math.abs(item.text.length - name.length) > 4) continue;
    const bare = item.text.replace(/['’]s?$/u, '');
    if (bare.toLowerCase() === name.toLowerCase() || isSpellingVariant(name, bare)) {
      out.push(spanOf(context.target.text, item.start, item.start + bare.length));
    }
  }
  return out;
}

function checkTerm(context: RuleContext, term: CompiledTerm, out: Finding[]): void {
  const source = context.source;
  if (!source) return;
  const inSource = sourceMatches(term, source);
  if (inSource.length === 0) return;
  const preferred = term.target ? findPattern(context.target, term.target, 'inflection') : [];

  const forbiddenHits: Match[] = [];
  for (const pattern of term.forbidden) {
    for (const hit of findPattern(context.target, pattern, 'root')) {
      if (overlaps(hit, preferred)) continue; // the preferred rendering shares a root with it
      forbiddenHits.push(hit);
      const found = context.target.text.slice(hit.start, hit.end);
      out.push(
        finding(context, 'glossary.forbidden', 'major', hit.start, hit.end, {
          source: nearestSource(context, inSource, hit.start),
          params: { term: term.term.source, found, expected: term.term.target },
          suggestion: term.term.target ? adaptSuggestion(term.term.target, found, pattern.raw) : null,
        }),
      );
    }
  }

  if (!term.target || preferred.length >= inSource.length || forbiddenHits.length > 0) return;
  const candidates = renderingCandidates(context, term).filter((span) => !overlaps(span, preferred));
  for (const candidate of candidates) {
    out.push(
      finding(context, 'glossary.missing', 'minor', candidate.start, candidate.end, {
        source: nearestSource(context, inSource, candidate.start),
        params: { term: term.term.source, found: candidate.text, expected: term.term.target },
        suggestion: term.term.target,
      }),
    );
  }
  if (candidates.length === 0 && preferred.length === 0) {
    const first = inSource[0];
    // on the words at the term's place among the landmarks both texts share; at 0-0 only when
    // there are none
    const place = first ? locateInTarget(source, context.target, first.start, first.end) : null;
    const found = place ? context.target.text.slice(place.start, place.end) : '';
    out.push(
      finding(context, 'glossary.missing', 'minor', place?.start ?? 0, place?.end ?? 0, {
        source: spanOf(source.text, first?.start ?? 0, first?.end ?? 0),
        // a place worked out from landmarks is where to look, not words sure enough to replace
        params: { term: term.term.source, found, expected: term.term.target },
      }),
    );
  }
}

export const glossaryRule: Rule = {
  name: 'glossary',
  ids: ['glossary.forbidden', 'glossary.missing'],
  check(context) {
    if (!context.source) return [];
    const out: Finding[] = [];
    for (const term of candidateTerms(context.glossary, context.source)) {
      if (!term.term.doNotTranslate) checkTerm(context, term, out);
    }
    return out;
  },
};

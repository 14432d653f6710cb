/**
 * Consistency: one source name rendered in several ways across a document ("China" as China,
 * Cina and Tiongkok). Names are gathered from the whole document first; in each paragraph whose
 * source has the name, the target's rendering is the name itself or a respelling of it. When a
 * document uses more than one, the most frequent is the one to keep (the source's own spelling
 * on a tie) and the others are flagged. Names the glossary covers are the glossary's business.
 */
import { EMPTY_GLOSSARY } from '../glossary';
import { extractNames, nameKey } from '../names';
import { isSpellingVariant } from '../similarity';
import { finding, spanOf, type DocumentContext, type NameRendering, type Rule } from '../context';
import type { CompiledGlossary } from '../glossary';
import type { Finding } from '../types';
import type { Analysis } from '../analyze';

interface Word {
  start: number;
  end: number;
  text: string;
}

const capitalisedCache = new WeakMap<Analysis, Word[]>();

/** The target's words that start with a capital, possessive removed: where renderings of names are. */
function capitalisedWords(target: Analysis): Word[] {
  let words = capitalisedCache.get(target);
  if (!words) {
    words = [];
    for (const item of target.items) {
      if (item.kind !== 'word' || item.text[0] === item.lower[0]) continue;
      const bare = item.text.replace(/['’]s?$/u, '');
      words.push({ start: item.start, end: item.start + bare.length, text: bare });
    }
    capitalisedCache.set(target, words);
  }
  return words;
}

/** Words of `target` that render `name`: the name itself or a respelling (capitalised as names are). */
function renderingsIn(target: Analysis, name: string): Word[] {
  const lower = name.toLowerCase();
  return capitalisedWords(target).filter((word) => word.text.toLowerCase() === lower || isSpellingVariant(name, word.text));
}

function coveredByGlossary(glossary: CompiledGlossary, name: string): boolean {
  const key = nameKey(name);
  return glossary.terms.some((term) => nameKey(term.term.source) === key);
}

/** Whether the source mentions `name` as a word (at a sentence start too, where shape says nothing). */
function mentions(source: Analysis, name: string): NameSpan | null {
  for (const item of source.items) {
    if (item.kind !== 'word' || !item.text.startsWith(name)) continue;
    const rest = item.text.slice(name.length);
    if (rest === '' || /^['’]s?$/u.test(rest)) return { start: item.start, end: item.start + name.length };
  }
  return null;
}

interface NameSpan {
  start: number;
  end: number;
}

/**
 * Gathers, over the whole document, how each source name is rendered: names are recognised by
 * their shape anywhere in the document, then counted wherever the source mentions them.
 */
export function gatherRenderings(
  pairs: ReadonlyArray<{ source: Analysis | null; target: Analysis }>,
  glossary: CompiledGlossary = EMPTY_GLOSSARY,
): DocumentContext {
  const names = new Set<string>();
  for (const { source } of pairs) {
    if (!source) continue;
    for (const name of extractNames(source)) {
      // capitalised and mixed-case names that start with a capital ("iPhone" keeps its shape anyway)
      if ((name.kind !== 'capitalised' && name.kind !== 'mixed') || name.text[0] === name.text[0]?.toLowerCase()) continue;
      if (!coveredByGlossary(glossary, name.text)) names.add(name.text);
    }
  }
  const counts = new Map<string, Map<string, number>>();
  for (const { source, target } of pairs) {
    if (!source || target.text === '') continue;
    // the known names this source mentions (one pass over its capitalised words)
    const mentioned = new Set<string>();
    for (const item of source.items) {
      if (item.kind !== 'word' || item.text === item.lower) continue;
      const bare = item.text.replace(/['’]s?$/u, '');
      if (names.has(bare)) mentioned.add(bare);
    }
    for (const name of mentioned) {
      let byRendering = counts.get(name);
      if (!byRendering) {
        byRendering = new Map();
        counts.set(name, byRendering);
      }
      for (const rendering of renderingsIn(target, name)) {
        byRendering.set(rendering.text, (byRendering.get(rendering.text) ?? 0) + 1);
      }
    }
  }
  const renderings: Record<string, NameRendering> = {};
  for (const [name, byRendering] of counts) {
    if (byRendering.size < 2) continue;
    const ranked = [...byRendering.entries()].sort((a, b) => b[1] - a[1] || (a[0] === name ? -1 : b[0] === name ? 1 : 0));
    const chosen = ranked[0]?.[0] ?? name;
    renderings[name] = { chosen, others: ranked.slice(1).map(([text]) => text) };
  }
  return { renderings };
}

export const consistencyRule: Rule = {
  name: 'consistency',
  ids: ['consistency'],
  check(context) {
    const source = context.source;
    if (!source) return [];
    const out: Finding[] = [];
    for (const [name, rendering] of Object.entries(context.document.renderings)) {
      const mention = source.text.includes(name) ? mentions(source, name) : null;
      if (!mention) continue;
      for (const found of renderingsIn(context.target, name)) {
        if (!rendering.others.includes(found.text)) continue;
        out.push(
          finding(context, 'consistency', 'minor', found.start, found.end, {
            source: spanOf(source.text, mention.start, mention.end),
            params: { name, found: found.text, expected: rendering.chosen },
            suggestion: rendering.chosen,
          }),
        );
      }
    }
    return out;
  },
};

/** Regular expressions made from text at run time: escaped, and compiled once. */

const ESCAPE_RE = /[.*+?^${}()|[\]\\]/g;

/** `text` as a regular expression that matches it literally (only syntax characters escaped: under the u flag any other escape is an error). */
export const escapeRegExp = (text: string) => text.replace(ESCAPE_RE, '\\$&');

/** Most expressions kept; past this the cache starts again (a document's names and figures repeat, its count of them is bounded only by its length). */
const KEPT = 4096;
const compiledOnce = new Map<string, RegExp>();

/**
 * The expression `new RegExp(source, flags)`, compiled once and then shared. Compiling is the cost
 * of a pattern built per call (a name, a figure): checking a long document built the same ones
 * over and over. Stateless flags only: a shared expression with `g` or `y` would carry one
 * caller's lastIndex into another's search.
 */
export function compiled(source: string, flags = ''): RegExp {
  if (flags.includes('g') || flags.includes('y')) throw new Error(`compiled(): the flags "${flags}" keep state between searches`);
  const key = `${flags}/${source}`;
  let expression = compiledOnce.get(key);
  if (!expression) {
    if (compiledOnce.size >= KEPT) compiledOnce.clear();
    expression = new RegExp(source, flags);
    compiledOnce.set(key, expression);
  }
  return expression;
}

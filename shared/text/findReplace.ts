/**
 * Find and replace in working texts: what to look for (a literal or a regular expression, with
 * match case and whole word), compiled once, and applied to a text. Used by the server (on a
 * thread of its own, where a runaway expression can be stopped) and by the browser (to show the
 * change as a diff).
 */
import { escapeRegExp } from './regexp';

export interface FindSpec {
  find: string;
  replace: string;
  matchCase: boolean;
  wholeWord: boolean;
  regex: boolean;
}

/** A find that cannot be compiled: the message says why, for the `find` field. */
export class FindError extends Error {}

/** Scripts written without spaces between words (Chinese, Japanese, Thai…). */
const UNSPACED = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}`;
/**
 * A word character for "whole word": letters, digits and marks of any script, and the
 * underscore, except those of scripts without spaces, which have no word edges to look for (a
 * Chinese word is matched where it stands, and "NVIDIA" in Chinese text by its Latin edges).
 */
const WORD = String.raw`(?:(?![${UNSPACED}])[\p{L}\p{N}\p{M}_])`;

/** The expression a find looks for (global, Unicode). */
export function compileFind(spec: Pick<FindSpec, 'find' | 'matchCase' | 'wholeWord' | 'regex'>): RegExp {
  if (spec.find === '') throw new FindError('must not be empty');
  let source = spec.regex ? spec.find : escapeRegExp(spec.find);
  if (spec.wholeWord) source = `(?<!${WORD})(?:${source})(?!${WORD})`;
  let expression: RegExp;
  try {
    expression = new RegExp(source, spec.matchCase ? 'gu' : 'giu');
  } catch (error) {
    throw new FindError(
      `is not a valid regular expression: ${error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error)}`,
    );
  }
  // an expression that matches the empty string would "replace" between every two characters
  if (expression.test('')) throw new FindError('matches empty text; it must match at least one character');
  expression.lastIndex = 0;
  return expression;
}

export interface Replaced {
  text: string;
  /** How many times the find matched. */
  count: number;
}

/**
 * `text` with every match replaced. A literal find's replacement is taken as it is; a regular
 * expression's may name its groups ($1, $<name>, $& for the whole match, $$ for a dollar sign).
 */
export function replaceAll(text: string, expression: RegExp, spec: Pick<FindSpec, 'replace' | 'regex'>): Replaced {
  let count = 0;
  expression.lastIndex = 0;
  const replaced = spec.regex
    ? text.replace(expression, (...args: unknown[]) => {
        count += 1;
        return expandReplacement(spec.replace, args);
      })
    : text.replace(expression, () => {
        count += 1;
        return spec.replace;
      });
  return { text: replaced, count };
}

/** A replacement's $-references filled in from one match's arguments (as String.prototype.replace passes them). */
function expandReplacement(template: string, args: unknown[]): string {
  const hasGroups = typeof args.at(-1) === 'object' && args.at(-1) !== null;
  const groups = (hasGroups ? args.at(-1) : undefined) as Record<string, string | undefined> | undefined;
  const captures = args.slice(0, hasGroups ? -3 : -2) as Array<string | undefined>;
  return template.replace(/\$(\$|&|<([^>]+)>|(\d{1,2}))/g, (whole, what: string, name: string | undefined, digits: string | undefined) => {
    if (what === '$') return '$';
    if (what === '&') return captures[0] ?? '';
    if (name !== undefined) return groups?.[name] ?? '';
    const index = Number(digits);
    return index > 0 && index < captures.length ? (captures[index] ?? '') : whole;
  });
}

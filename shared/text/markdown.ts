/**
 * Markdown's structure as inline codes, so that a paragraph's markup survives review the way an
 * XLIFF file's does: block markers at the start of a line (`#` headings, `>` quotes, `-`/`*`/`+`
 * and `1.` list items), code spans and images (code whole), links (`[` and `](url)` around the
 * link text, the text translatable) and strong emphasis (`**`). Source and target are tokenized
 * alike and each code's markup kept per side (a link's URL may differ between them).
 */
import { placeholderChar, type CodeKind, type InlineCode } from './placeholders';

const TOKEN =
  /(?<mark>(?:^|(?<=\n))[ \t]*(?:#{1,6}|>|[-*+]|\d{1,9}[.)])[ \t]+)|(?<code>`[^`\n]+`)|(?<image>!\[[^\]\n]*\]\([^)\n]*\))|(?<open>\[)(?=[^\]\n]*\]\([^)\n]+\))|(?<close>\]\([^)\n]+\))|(?<strong>\*\*)/g;

interface Token {
  key: string;
  kind: CodeKind;
  markup: string;
  label: string;
}

/** A side's text with each piece of markup marked (\uFFFF + its index), and the pieces. */
function tokenize(text: string): { text: string; tokens: Token[] } {
  const tokens: Token[] = [];
  const counters = new Map<string, number>();
  const next = (name: string) => {
    const seen = (counters.get(name) ?? 0) + 1;
    counters.set(name, seen);
    return seen;
  };
  // strong emphasis pairs up in order: an odd one left over stays text
  const strongCount = [...text.matchAll(/\*\*/g)].length;
  let strongSeen = 0;
  let linkDepth: number[] = [];
  const out = text.replace(/\uFFFF/g, '').replace(TOKEN, (whole, ...args) => {
    const groups = args.at(-1) as Record<string, string | undefined>;
    let token: Token | null = null;
    if (groups.mark !== undefined) token = { key: `mark:${next('mark')}`, kind: 'standalone', markup: whole, label: whole.trim() };
    else if (groups.code !== undefined) token = { key: `code:${next('code')}`, kind: 'standalone', markup: whole, label: 'code' };
    else if (groups.image !== undefined) token = { key: `img:${next('img')}`, kind: 'standalone', markup: whole, label: 'img' };
    else if (groups.open !== undefined) {
      const n = next('link');
      linkDepth = [...linkDepth, n];
      token = { key: `link:${n}:open`, kind: 'open', markup: whole, label: 'link' };
    } else if (groups.close !== undefined) {
      const n = linkDepth.pop();
      if (n === undefined) return whole;
      token = { key: `link:${n}:close`, kind: 'close', markup: whole, label: '/link' };
    } else if (groups.strong !== undefined) {
      strongSeen += 1;
      if (strongSeen > strongCount - (strongCount % 2)) return whole;
      const n = Math.ceil(strongSeen / 2);
      const opening = strongSeen % 2 === 1;
      token = {
        key: `strong:${n}:${opening ? 'open' : 'close'}`,
        kind: opening ? 'open' : 'close',
        markup: whole,
        label: opening ? 'b' : '/b',
      };
    }
    if (!token) return whole;
    tokens.push(token);
    return `\uFFFF${tokens.length - 1}\uFFFE`;
  });
  return { text: out, tokens };
}

/**
 * A source paragraph and its translation with their Markdown as shared placeholders (one per key,
 * the source's first), or null when neither has any markup.
 */
export function markdownCodes(source: string, mt: string): { source: string; mt: string; codes: InlineCode[] } | null {
  const sides = { source: tokenize(source), target: tokenize(mt) };
  if (sides.source.tokens.length + sides.target.tokens.length === 0) return null;
  const byKey = new Map<string, InlineCode>();
  const place = (side: 'source' | 'target') => {
    const { text, tokens } = sides[side];
    return text.replace(/\uFFFF(\d+)\uFFFE/g, (_, index: string) => {
      const token = tokens[Number(index)] as Token;
      let code = byKey.get(token.key);
      if (!code) {
        code = { char: placeholderChar(byKey.size), key: token.key, kind: token.kind, source: null, target: null, label: token.label };
        byKey.set(token.key, code);
      }
      code[side] ??= token.markup;
      return code.char;
    });
  };
  const placedSource = place('source');
  const placedTarget = place('target');
  return { source: placedSource, mt: placedTarget, codes: [...byKey.values()] };
}

/** A text with its placeholders written back as the markup they stand for (the target's, else the source's). */
export function markdownOf(text: string, codes: readonly InlineCode[]): string {
  const byChar = new Map(codes.map((code) => [code.char, code]));
  return Array.from(text, (char) => {
    const code = byChar.get(char);
    return code ? (code.target ?? code.source ?? '') : char;
  }).join('');
}

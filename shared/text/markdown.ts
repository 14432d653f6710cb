/**
 * Markdown's structure as inline codes, so that a paragraph's markup survives review the way an
 * XLIFF file's does: block markers at the start of a line (`#` headings, `>` quotes, `-`/`*`/`+`
 * and `1.` list items), code spans, images, autolinks (`<https://…>`) and link reference
 * definitions (`[id]: url`) whole, links (`[` and `](url)`, `][id]` or `][]` around the link text,
 * the text translatable), strong emphasis (`**`, `__`) and emphasis (`*`, `_`: a pair that opens
 * before a non-space and closes after one, `_` never inside a word, as CommonMark flanks them).
 * Source and target are tokenized alike and each code's markup kept per side (a link's URL may
 * differ between them).
 */
import { placeholderChar, type CodeKind, type InlineCode } from './placeholders';

const TOKEN =
  /(?<definition>(?:^|(?<=\n))[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*(?=\n|$))|(?<mark>(?:^|(?<=\n))[ \t]*(?:#{1,6}|>|[-*+]|\d{1,9}[.)])[ \t]+)|(?<code>`[^`\n]+`)|(?<image>!\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\]))|(?<autolink><(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]+|[^\s<>@]+@[^\s<>@]+)>)|(?<open>\[)(?=[^\]\n]*\](?:\([^)\n]+\)|\[[^\]\n]*\]))|(?<close>\](?:\([^)\n]+\)|\[[^\]\n]*\]))|(?<strong>\*\*|__)|(?<em>[\uFFF0\uFFF1\uFFF2\uFFF3])/g;

/**
 * Emphasis pairs (`*a*`, `_a_`), found before the other markup and their delimiters marked (open
 * and close, star and underscore): a pair opens before a non-space and closes after one, never
 * next to another of its delimiter (that is strong emphasis), and `_` never inside a word (so
 * `snake_case_name` stays text); code spans are left as they are.
 */
const EMPHASIS =
  /`[^`\n]+`|(?<![*\\])\*(?![\s*])([^*\n`]*?[^\s*\\])\*(?!\*)|(?<![\p{L}\p{N}_\\])_(?![\s_])([^_\n`]*?[^\s_\\])_(?![\p{L}\p{N}_])/gu;
const EM_MARKS = { '\uFFF0': '*', '\uFFF1': '*', '\uFFF2': '_', '\uFFF3': '_' } as const;
const restore = (text: string) => text.replace(/[\uFFF0-\uFFF3]/g, (mark) => EM_MARKS[mark as keyof typeof EM_MARKS]);

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
  // strong emphasis pairs up in order, each delimiter with its own kind: an odd one left over stays text
  const strongCount = { '**': [...text.matchAll(/\*\*/g)].length, __: [...text.matchAll(/__/g)].length };
  const strongSeen = { '**': 0, __: 0 };
  let linkDepth: number[] = [];
  let emphasis = 0;
  const emOpen: number[] = [];
  const marked = text.replace(/[\uFFFF\uFFF0-\uFFF3]/g, '').replace(EMPHASIS, (whole: string, star?: string, under?: string) => {
    if (star !== undefined) return `\uFFF0${star}\uFFF1`;
    if (under !== undefined) return `\uFFF2${under}\uFFF3`;
    return whole;
  });
  const out = marked.replace(TOKEN, (whole, ...args) => {
    const groups = args.at(-1) as Record<string, string | undefined>;
    let token: Token | null = null;
    if (groups.definition !== undefined) token = { key: `ref:${next('ref')}`, kind: 'standalone', markup: whole, label: 'ref' };
    else if (groups.mark !== undefined) token = { key: `mark:${next('mark')}`, kind: 'standalone', markup: whole, label: whole.trim() };
    else if (groups.autolink !== undefined) token = { key: `url:${next('url')}`, kind: 'standalone', markup: whole, label: 'url' };
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
      const delimiter = whole as '**' | '__';
      strongSeen[delimiter] += 1;
      const seen = strongSeen[delimiter];
      if (seen > strongCount[delimiter] - (strongCount[delimiter] % 2)) return whole;
      const n = Math.ceil(seen / 2);
      const opening = seen % 2 === 1;
      const name = delimiter === '**' ? 'strong' : 'strong_';
      token = {
        key: `${name}:${n}:${opening ? 'open' : 'close'}`,
        kind: opening ? 'open' : 'close',
        markup: whole,
        label: opening ? 'b' : '/b',
      };
    } else if (groups.em !== undefined) {
      const mark = EM_MARKS[whole as keyof typeof EM_MARKS];
      const opening = whole === '\uFFF0' || whole === '\uFFF2';
      if (opening) emOpen.push((emphasis += 1));
      const n = opening ? emphasis : emOpen.pop();
      token = { key: `em:${n}:${opening ? 'open' : 'close'}`, kind: opening ? 'open' : 'close', markup: mark, label: opening ? 'i' : '/i' };
    }
    if (!token) return restore(whole);
    // an emphasis mark found inside other markup (a URL's underscores) is that markup's own character
    if (groups.em === undefined) token.markup = restore(token.markup);
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

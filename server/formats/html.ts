/**
 * HTML pages, read as a browser would (parse5, the WHATWG parsing algorithm) and written back by
 * splicing: each run of text between block boundaries is a block to translate, its inline elements
 * (links, emphasis, spans, line breaks, images) codes as XLIFF's are, and export replaces only the
 * inner text of the blocks that changed, so that everything else of the page (its head, scripts,
 * styles, attributes, comments, layout) is written back exactly. Scripts, styles, templates,
 * navigation (`<nav>`, `role="navigation"`) and anything marked `translate="no"` or `notranslate`
 * are not text to translate.
 */
import iconv from 'iconv-lite';
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';
import { placeholderChar, type CodeKind, type InlineCode } from '../../shared/text/placeholders';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** A span of the page's text: [start, end) in UTF-16 units. */
export interface HtmlSpan {
  start: number;
  end: number;
}

/** A block of a page: its text (inline elements as placeholders), its codes, and where its content lies. */
export interface HtmlBlock {
  text: string;
  /** The codes of the block, each with the markup it stands for (`source`: this page's markup). */
  codes: Array<{ key: string; kind: CodeKind; markup: string; label: string }>;
  span: HtmlSpan;
  /** Inside <pre> (or white-space kept): whitespace is content. */
  preserve: boolean;
  /** The nearest block element it is in ("p", "h2", "li", "td", ...), for a note; an attribute's element and name ("img@alt"). */
  element: string;
  /** Pairs with the other page's blocks of the same flow only (an attribute inside a text: its own). */
  flow?: string;
  /**
   * An attribute of an element inside a text: the code of that element in the text's block (its
   * key), and where the value lies in the code's markup, so that a text written anew carries it.
   */
  within?: { key: string; at: number; length: number };
}

export class HtmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HtmlError';
  }
}

/** Elements whose content is inline text: they become codes inside a block. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'button',
  'bdi',
  'bdo',
  'br',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'img',
  'ins',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'wbr',
]);
/** Inline elements that are code whole, their content included (not text to translate). */
const WHOLE = new Set([
  'code',
  'kbd',
  'samp',
  'var',
  'math',
  'svg',
  'input',
  'select',
  'textarea',
  'object',
  'iframe',
  'video',
  'audio',
  'canvas',
]);
/** Elements without an end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is never text to translate. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'nav', 'head', 'iframe', 'object', 'svg', 'math']);

const isElement = (node: Node): node is Element => 'tagName' in node;
const isText = (node: Node): node is DefaultTreeAdapterTypes.TextNode => node.nodeName === '#text';

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** Not text to translate: a skipped element, navigation, or marked so. */
function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.tagName)) return true;
  if (attribute(element, 'role') === 'navigation' || attribute(element, 'translate') === 'no') return true;
  return (attribute(element, 'class') ?? '').split(/\s+/).includes('notranslate');
}

/** Attributes of an element inside a text that are text to translate (a link's or an abbreviation's title, an image's alt). */
const INLINE_ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder'];

const isInline = (node: Node): boolean => isText(node) || (isElement(node) && (INLINE.has(node.tagName) || WHOLE.has(node.tagName)));

/**
 * The blocks of a page, in document order, and the <title>'s. Throws HtmlError for what parse5
 * cannot give positions for (it never refuses HTML: browsers read anything).
 */
export function readHtml(html: string): HtmlBlock[] {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const blocks: HtmlBlock[] = [];

  let inlineAttributes = 0;
  const visit = (parent: ParentNode, preserve: boolean, blockName: string) => {
    let run: Node[] = [];
    const flush = () => {
      const made = blockOf(run, html, preserve, blockName);
      if (made) {
        blocks.push(made.block);
        // the attributes to translate of the elements inside the text: blocks of their own, each its own flow
        for (const [element, key] of made.keys) {
          for (const name of INLINE_ATTRIBUTES) {
            const location = element.sourceCodeLocation;
            if (!location) continue;
            pushAttribute(element, name, (block) => ({
              ...block,
              flow: `attribute:${inlineAttributes++}`,
              within: { key, at: block.span.start - location.startOffset, length: block.span.end - block.span.start },
            }));
          }
        }
      }
      // an image with no text around it (a figure, a banner): its alt text is a block of its own
      else for (const node of run) if (isElement(node) && node.tagName === 'img') pushAttribute(node, 'alt');
      run = [];
    };
    for (const child of parent.childNodes) {
      if (isInline(child)) {
        run.push(child);
        continue;
      }
      flush();
      if (!isElement(child)) continue; // comments, doctype
      if (child.tagName === 'title') {
        const made = blockOf(child.childNodes, html, false, 'title');
        if (made) blocks.push(made.block);
        continue;
      }
      if (isSkipped(child)) continue;
      visit(child, preserve || child.tagName === 'pre', child.tagName);
    }
    flush();
  };
  /** An attribute's value as a block (text only: an attribute holds no markup), where its value lies. */
  const pushAttribute = (element: Element, name: string, as: (block: HtmlBlock) => HtmlBlock = (block) => block) => {
    const value = attribute(element, name);
    const location = element.sourceCodeLocation?.attrs?.[name];
    if (!value?.trim() || !location) return;
    const written = html.slice(location.startOffset, location.endOffset);
    const equals = written.indexOf('=');
    if (equals < 0) return;
    let start = location.startOffset + equals + 1;
    let end = location.endOffset;
    while (/\s/.test(html[start] as string)) start += 1;
    if (html[start] === '"' || html[start] === "'") {
      start += 1;
      end -= 1;
    }
    blocks.push(
      as({
        text: value
          .replace(/[\uE000-\uF8FF]/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
        codes: [],
        span: { start, end },
        preserve: false,
        element: `${element.tagName}@${name}`,
      }),
    );
  };
  // the title and the description are in the head, which is otherwise skipped
  const htmlElement = document.childNodes.find(isElement);
  const head = htmlElement?.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'head');
  const title = head?.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'title');
  if (title) {
    const made = blockOf(title.childNodes, html, false, 'title');
    if (made) blocks.push(made.block);
  }
  for (const meta of head?.childNodes.filter((node): node is Element => isElement(node) && node.tagName === 'meta') ?? []) {
    const name = (attribute(meta, 'name') ?? attribute(meta, 'property') ?? '').toLowerCase();
    if (['description', 'og:title', 'og:description', 'twitter:title', 'twitter:description', 'keywords'].includes(name))
      pushAttribute(meta, 'content');
  }
  visit(document, false, 'body');
  return blocks;
}

/**
 * A run of inline nodes as a block (null when it has no text): its text, codes, and span (whitespace
 * at its ends left out); and the key of the code (the opening or only one) of each element that
 * is a code of its own in it, not within another's markup.
 */
function blockOf(
  nodes: readonly Node[],
  html: string,
  preserve: boolean,
  element: string,
): { block: HtmlBlock; keys: Map<Element, string> } | null {
  if (nodes.length === 0) return null;
  let text = '';
  const codes: HtmlBlock['codes'] = [];
  const keys = new Map<Element, string>();
  const counters = new Map<string, number>();
  let hasText = false;
  const keyOf = (name: string) => {
    const seen = (counters.get(name) ?? 0) + 1;
    counters.set(name, seen);
    return `${name}:${seen}`;
  };
  const code = (key: string, kind: CodeKind, markup: string, label: string) => {
    text += placeholderChar(codes.length);
    codes.push({ key, kind, markup, label });
  };
  const walk = (node: Node) => {
    if (isText(node)) {
      if (node.value.trim() !== '') hasText = true;
      // a private-use character in the page (an icon font's glyph) is a code of its own, kept as it is
      for (const part of node.value.split(/([\uE000-\uF8FF])/)) {
        if (/^[\uE000-\uF8FF]$/.test(part)) code(keyOf('glyph'), 'standalone', part, 'glyph');
        else text += part;
      }
      return;
    }
    if (!isElement(node)) return;
    const location = node.sourceCodeLocation;
    if (!location) return;
    const key = keyOf(node.tagName);
    // a void element, code, or an inline element not to translate: one code, content and all
    if (VOID.has(node.tagName) || WHOLE.has(node.tagName) || isSkipped(node) || !location.startTag || !location.endTag) {
      code(key, 'standalone', html.slice(location.startOffset, location.endOffset), node.tagName);
      if (!isSkipped(node)) keys.set(node, key);
      return;
    }
    code(`${key}:open`, 'open', html.slice(location.startTag.startOffset, location.startTag.endOffset), node.tagName);
    keys.set(node, `${key}:open`);
    for (const child of node.childNodes) walk(child);
    code(`${key}:close`, 'close', html.slice(location.endTag.startOffset, location.endTag.endOffset), `/${node.tagName}`);
  };
  for (const node of nodes) walk(node);
  if (!hasText) return null;
  const first = nodes[0]?.sourceCodeLocation;
  const last = nodes.at(-1)?.sourceCodeLocation;
  if (!first || !last) throw new HtmlError('the page could not be read with the positions of its text');
  let start = first.startOffset;
  let end = last.endOffset;
  if (!preserve) {
    // whitespace at the ends of the run (in its first and last text) stays in the page, outside the block
    while (start < end && /[ \t\r\n\f]/.test(html[start] as string)) start += 1;
    while (end > start && /[ \t\r\n\f]/.test(html[end - 1] as string)) end -= 1;
    text = text.slice(leadingSpace(text), text.length - trailingSpace(text)).replace(/[ \t\r\n\f]+/g, ' ');
  }
  return { block: { text, codes, span: { start, end }, preserve, element }, keys };
}

function leadingSpace(text: string): number {
  return text.length - text.replace(/^[ \t\r\n\f]+/, '').length;
}
function trailingSpace(text: string): number {
  return text.length - text.replace(/[ \t\r\n\f]+$/, '').length;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00a0': '&nbsp;' };

const ATTRIBUTE_ESCAPES: Record<string, string> = { ...HTML_ESCAPES, '"': '&quot;', "'": '&#39;' };

/**
 * A block's new content: text escaped for HTML (for an attribute's value, its quotes too),
 * placeholders back to the page's markup.
 */
export function blockHtml(text: string, codes: readonly InlineCode[], inAttribute = false): string {
  const byChar = new Map(codes.map((code) => [code.char, code]));
  const escapes = inAttribute ? ATTRIBUTE_ESCAPES : HTML_ESCAPES;
  let out = '';
  for (const char of Array.from(text)) {
    const code = byChar.get(char);
    if (code) out += code.target ?? code.source ?? '';
    else out += escapes[char] ?? char;
  }
  return out;
}

/** A block's codes as a segment keeps them (the page's markup as `target`: the page written back is the target page). */
export function inlineCodesOf(block: HtmlBlock, side: 'source' | 'target'): InlineCode[] {
  return block.codes.map((code, index) => ({
    char: placeholderChar(index),
    key: code.key,
    kind: code.kind,
    source: side === 'source' ? code.markup : null,
    target: side === 'target' ? code.markup : null,
    label: code.label,
  }));
}

/** `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">`, where the value stands. */
const META_CHARSET_RE = /<meta\s[^>]*?(?:charset\s*=\s*["']?|content\s*=\s*["'][^"']*?charset\s*=\s*)([A-Za-z0-9_:.+-]+)/i;

/**
 * A page's text from its bytes, as a browser decodes it: a byte-order mark first, else the encoding
 * a `<meta>` declares in the first 1,024 bytes (its label read as the WHATWG Encoding standard
 * reads it, so "iso-8859-1" is windows-1252; decoded by iconv-lite, as Node's own decoder reads
 * windows-1252 as Latin-1), else UTF-8. A page decoded from another encoding has its declaration
 * made UTF-8, as it is written back in UTF-8. Throws HtmlError naming the encoding it could not read.
 */
export function decodePage(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xef && bytes[1] === 0xbb)) {
    const label = bytes[0] === 0xff ? 'utf-16le' : bytes[0] === 0xfe ? 'utf-16be' : 'utf-8';
    try {
      return new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      throw new HtmlError(`is not valid ${label.toUpperCase()} text, though it begins with that encoding's byte-order mark`);
    }
  }
  // the prescan reads ASCII: any encoding a page may declare keeps ASCII where it is
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  const declared = META_CHARSET_RE.exec(head)?.[1];
  let encoding = 'utf-8';
  if (declared) {
    try {
      encoding = new TextDecoder(declared).encoding;
    } catch {
      throw new HtmlError(`declares the encoding "${declared.slice(0, 40)}", which Tilik cannot read: save it as UTF-8`);
    }
    // a page cannot declare UTF-16 in itself (the standard reads such a page as UTF-8)
    if (encoding.startsWith('utf-16')) encoding = 'utf-8';
    if (encoding !== 'utf-8' && !iconv.encodingExists(encoding))
      throw new HtmlError(`declares the encoding "${declared.slice(0, 40)}", which Tilik cannot read: save it as UTF-8`);
  }
  if (encoding === 'utf-8') {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new HtmlError(
        declared
          ? 'is not valid UTF-8 text, the encoding it declares'
          : 'is not valid UTF-8 text and declares no other encoding (a <meta charset> in its head)',
      );
    }
  }
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  // a byte sequence the encoding has no character for (the decoder puts U+FFFD there)
  if (text.includes('\uFFFD')) throw new HtmlError(`is not valid ${encoding} text, the encoding it declares`);
  // written back in UTF-8: the declaration says so
  return text.replace(META_CHARSET_RE, (meta, value: string) => meta.slice(0, meta.length - value.length) + 'utf-8');
}

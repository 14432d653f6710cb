/**
 * Word documents (.docx): the archive opened with fflate (every entry checked before it is
 * inflated: no paths out of the archive, no entry or whole larger than the limits, no bomb-like
 * compression ratio), each paragraph of the body, tables, text boxes, headers, footers, footnotes,
 * endnotes and comments a block to translate, and the file written back by splicing: a changed
 * paragraph's runs are written anew from its text (its formatting, links, tabs, breaks, images,
 * fields, content controls and bookmarks kept as codes that carry their own XML), every other byte
 * of the part as it came, every other part of the archive as it came.
 *
 * A text box is a flow of its own (its paragraphs pair with the other file's same text box, not
 * with the body around it), and lies inside a paragraph of the body: when that paragraph is
 * written anew too, the box's new paragraphs are put into the code that carries the box. Word
 * writes a text box twice (the drawing, and a VML copy for older readers in `mc:Fallback`): the
 * copy's paragraphs are not blocks, but a copy that is the same as the drawing's is written with it.
 *
 * Tracked changes are read as accepted (insertions and moves to are text, deletions and moves from
 * are not); a paragraph written anew keeps none of them.
 *
 * Inside a block the text stands in the context of a "base" run (the paragraph's first text run's
 * properties): a run formatted otherwise is a pair of codes that close the base run and open one
 * with its own properties, and back; anything else (a tab, a picture, a field) closes the base run,
 * writes its own XML, and opens the base run again. So any text the translator writes, with the
 * codes in any order the placeholder check allows, is valid WordprocessingML.
 */
import { unzipSync, zipSync, strFromU8, strToU8, type Unzipped } from 'fflate';
import type { CodeKind, InlineCode } from '../../shared/text/placeholders';
import { escapeXml, XmlStream } from './xml';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export class DocxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocxError';
  }
}

/** What an archive may hold: beyond these it is refused before anything is inflated. */
export const DOCX_LIMITS = {
  entries: 2000,
  /** Bytes of one entry, inflated. */
  entryBytes: 256 * 1024 * 1024,
  /** Bytes of all entries, inflated. */
  totalBytes: 512 * 1024 * 1024,
  /** Inflated bytes per compressed byte of an entry over 1 MB (text compresses 5 to 20 times; bombs, thousands). */
  ratio: 200,
};

export interface DocxBlock {
  /** The archive entry it is in ("word/document.xml", "word/footnotes.xml", ...). */
  part: string;
  /** The text it pairs within: the part, or one text box in it ("word/document.xml#box2"). */
  flow: string;
  text: string;
  codes: Array<{ key: string; kind: CodeKind; markup: string; label: string }>;
  /** Where the paragraph's content (after its properties) lies in the part's text. */
  span: { start: number; end: number };
  /** The same content in the text box's copy for older readers, written with it. */
  twin?: { start: number; end: number };
  /** The run the block's text is written in: `<w:r>` with the base properties and an open `<w:t>`. */
  baseOpen: string;
}

/** Closes the text and run a block's text stands in. */
const T_CLOSE = '</w:t></w:r>';

/** The parts whose paragraphs are text to translate, in reading order. */
function translatableParts(names: readonly string[]): string[] {
  const headersFooters = names.filter((name) => /^word\/(header|footer)\d*\.xml$/.test(name)).sort();
  return ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml', 'word/comments.xml', ...headersFooters].filter((name) =>
    names.includes(name),
  );
}

/** Opens an archive, refusing what is not a Word document or not safe to inflate; its entries in their order. */
export function openDocx(bytes: Uint8Array): Unzipped {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new DocxError('is not a .docx file (not a zip archive)');
  let count = 0;
  let total = 0;
  let entries: Unzipped;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        count += 1;
        if (count > DOCX_LIMITS.entries) throw new DocxError(`holds more than ${DOCX_LIMITS.entries} entries`);
        const name = file.name;
        if (name.startsWith('/') || name.startsWith('\\') || /(^|[\\/])\.\.([\\/]|$)/.test(name) || /^[A-Za-z]:/.test(name))
          throw new DocxError(`has an entry with a path out of the archive ("${name.slice(0, 100)}")`);
        if (file.originalSize > DOCX_LIMITS.entryBytes)
          throw new DocxError(
            `has an entry ("${name.slice(0, 100)}") of ${file.originalSize} bytes inflated, over the limit of ${DOCX_LIMITS.entryBytes}`,
          );
        if (file.originalSize > 1024 * 1024 && file.originalSize > file.size * DOCX_LIMITS.ratio)
          throw new DocxError(
            `has an entry ("${name.slice(0, 100)}") compressed ${Math.round(file.originalSize / Math.max(1, file.size))} to 1: refused as a zip bomb`,
          );
        total += file.originalSize;
        if (total > DOCX_LIMITS.totalBytes) throw new DocxError(`inflates to more than ${DOCX_LIMITS.totalBytes} bytes`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof DocxError) throw error;
    throw new DocxError(`is not a .docx file Tilik can open (${(error as Error).message})`);
  }
  // what an entry says of its size is checked again against what it inflated to
  for (const [name, data] of Object.entries(entries)) {
    if (data.length > DOCX_LIMITS.entryBytes) throw new DocxError(`has an entry ("${name.slice(0, 100)}") larger than it says`);
  }
  const types = entries['[Content_Types].xml'];
  if (!types || !entries['word/document.xml'] || !strFromU8(types).includes('wordprocessingml.document'))
    throw new DocxError('is not a Word document (.docx): it has no word/document.xml');
  return entries;
}

/** A part's XML as text (UTF-8, its byte-order mark dropped). */
function partText(data: Uint8Array): string {
  return strFromU8(data).replace(/^\uFEFF/, '');
}

/**
 * The blocks of a Word document, part by part (and, into `parts` when given, the text of each part
 * they are in). Throws DocxError naming what is wrong.
 */
export function readDocx(bytes: Uint8Array, parts?: Map<string, string>): DocxBlock[] {
  const entries = openDocx(bytes);
  const blocks: DocxBlock[] = [];
  for (const part of translatableParts(Object.keys(entries))) {
    const xml = partText(entries[part] as Uint8Array);
    // the inflated bytes are not needed once read as text
    delete entries[part];
    parts?.set(part, xml);
    for (const span of paragraphSpans(xml, part)) {
      const block = blockOf(xml.slice(span.start, span.end), { start: span.start, end: span.end }, part);
      if (!block) continue;
      block.flow = span.box === null ? part : `${part}#box${span.box}`;
      if (span.twin) block.twin = span.twin;
      blocks.push(block);
    }
  }
  return blocks;
}

/** A paragraph's content in a part, and the text box it is in (null: the part's own flow). */
interface ParagraphSpan {
  start: number;
  end: number;
  box: number | null;
  twin?: { start: number; end: number };
}

/** A paragraph of a text box: its span, whether it is a block, and its whole XML (to tell whether the copy's is the same). */
interface BoxParagraph {
  span: ParagraphSpan;
  counted: boolean;
  whole: string;
}

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/**
 * The content of each paragraph of a part (after its properties, before its end tag), the part
 * read whole by the XML reader first (well-formed, no DOCTYPE, the same limits as XLIFF), in the
 * order they start: a text box's paragraphs after the paragraph that holds the box. The paragraphs
 * of a text box's copy in `mc:Fallback` are not spans: each is the twin of the drawing's paragraph
 * at its place when the two are written the same.
 */
function paragraphSpans(xml: string, part: string): ParagraphSpan[] {
  const spans: ParagraphSpan[] = [];
  let depth = 0;
  let boxes = 0;
  /** Open paragraphs (with where their content starts) and text boxes, innermost last. */
  const open: Array<
    | { kind: 'p'; start: number; whole: number; depth: number }
    | { kind: 'box'; id: number | null; depth: number; paragraphs: BoxParagraph[] }
  > = [];
  /** Alternate contents open: the text boxes of their choice and of their fallback. */
  const alternates: Array<{ depth: number; choice: BoxParagraph[][]; fallback: BoxParagraph[][] }> = [];
  let fallbackDepth = -1;
  let skipUntil = -1;
  const box = () => {
    for (let k = open.length - 1; k >= 0; k -= 1) {
      const item = open[k];
      if (item?.kind === 'box') return item;
    }
    return null;
  };
  const stream = new XmlStream((cursor) => ({
    opentag: (tag) => {
      depth += 1;
      if (skipUntil >= 0) return;
      if (tag.uri === MC) {
        if (tag.local === 'AlternateContent') alternates.push({ depth, choice: [], fallback: [] });
        else if (tag.local === 'Fallback' && fallbackDepth < 0) fallbackDepth = depth;
        return;
      }
      if (tag.uri !== W) return;
      if (tag.local === 'del' || tag.local === 'moveFrom') {
        skipUntil = depth;
        return;
      }
      if (tag.local === 'txbxContent') {
        const item = { kind: 'box' as const, id: fallbackDepth >= 0 ? null : ++boxes, depth, paragraphs: [] };
        open.push(item);
        const alternate = alternates.at(-1);
        if (alternate) (fallbackDepth >= 0 ? alternate.fallback : alternate.choice).push(item.paragraphs);
        return;
      }
      if (tag.local === 'p') {
        const whole = cursor.lastIndexOf('<', cursor.position - 1);
        open.push({ kind: 'p', start: cursor.position, whole, depth });
      }
    },
    closetag: (tag) => {
      const closing = depth;
      depth -= 1;
      if (skipUntil >= 0) {
        if (closing === skipUntil) skipUntil = -1;
        return;
      }
      if (tag.uri === MC) {
        if (tag.local === 'Fallback' && closing === fallbackDepth) fallbackDepth = -1;
        if (tag.local === 'AlternateContent' && alternates.at(-1)?.depth === closing) {
          const alternate = alternates.pop();
          // the copy's paragraphs twin the drawing's, box by box, where they are written the same
          alternate?.choice.forEach((paragraphs, k) => {
            const copy = alternate.fallback[k];
            if (!copy || copy.length !== paragraphs.length) return;
            paragraphs.forEach((paragraph, n) => {
              const twin = copy[n];
              if (paragraph.counted && twin && twin.whole === paragraph.whole)
                paragraph.span.twin = { start: twin.span.start, end: twin.span.end };
            });
          });
        }
        return;
      }
      if (tag.uri !== W) return;
      const top = open.at(-1);
      if (tag.local === 'txbxContent' && top?.kind === 'box' && top.depth === closing) {
        open.pop();
        return;
      }
      if (top?.kind !== 'p' || top.depth > closing) {
        // the properties end where the content starts
        if (top?.kind === 'p' && closing === top.depth + 1 && tag.local === 'pPr') top.start = cursor.position;
        return;
      }
      if (tag.local !== 'p' || top.depth !== closing) return;
      open.pop();
      if (tag.isSelfClosing) return;
      const end = cursor.lastIndexOf('</', cursor.position - 1);
      const inBox = box();
      const span: ParagraphSpan = { start: top.start, end, box: inBox ? inBox.id : null };
      // a paragraph of a copy, or of a box within a paragraph of a box (kept whole in its code), is no block
      const inParagraph = open.some((item) => item.kind === 'p');
      const nestedBox = open.filter((item) => item.kind === 'box').length > 1;
      const counted = !(inBox && inBox.id === null) && !(inParagraph && !inBox) && !nestedBox;
      if (inBox) inBox.paragraphs.push({ span, counted, whole: xml.slice(top.whole, cursor.position) });
      if (counted) spans.push(span);
    },
  }));
  try {
    stream.write(xml);
    stream.close();
  } catch (error) {
    throw new DocxError(`has a part (${part}) that is not well-formed XML: ${(error as Error).message}`);
  }
  // in reading order: a paragraph before the boxes it holds
  return spans.sort((a, b) => a.start - b.start);
}

/** An element of a paragraph's content, as written: its name, start tag, children, and where it lies. */
interface Node {
  name: string;
  startTag: string;
  start: number;
  end: number;
  children: Array<Node | string>;
}

const TOKEN = /<(\/?)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[^>]*?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|[^<]+/g;

/** A paragraph's content as a tree (the part was read as well-formed XML already: a tokenizer is enough). */
function treeOf(content: string): Node {
  const root: Node = { name: '#root', startTag: '', start: 0, end: content.length, children: [] };
  const stack: Node[] = [root];
  for (const match of content.matchAll(TOKEN)) {
    const at = match.index;
    const token = match[0];
    const parent = stack.at(-1) as Node;
    if (token.startsWith('<!--') || token.startsWith('<?')) continue;
    if (!token.startsWith('<')) {
      parent.children.push(decodeEntities(token));
      continue;
    }
    const name = `${match[2] ?? ''}${match[3] ?? ''}`;
    if (match[1] === '/') {
      const node = stack.pop() as Node;
      node.end = at + token.length;
      continue;
    }
    const node: Node = { name, startTag: token, start: at, end: at + token.length, children: [] };
    parent.children.push(node);
    if (match[4] !== '/') stack.push(node);
  }
  return root;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity === 'amp') return '&';
    if (entity === 'lt') return '<';
    if (entity === 'gt') return '>';
    if (entity === 'quot') return '"';
    if (entity === 'apos') return "'";
    return String.fromCodePoint(entity.startsWith('#x') ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10));
  });
}

const elementsOf = (node: Node): Node[] => node.children.filter((child): child is Node => typeof child !== 'string');
const textOf = (node: Node): string => node.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');

/** Run content that is a code of its own (not text). */
const RUN_CODES: Record<string, string> = {
  'w:tab': 'tab',
  'w:br': 'br',
  'w:cr': 'br',
  'w:drawing': 'img',
  'w:pict': 'img',
  'w:object': 'obj',
  'w:sym': 'sym',
  'w:footnoteReference': 'fn',
  'w:footnoteRef': 'fn',
  'w:endnoteRef': 'fn',
  'w:endnoteReference': 'fn',
  'w:commentReference': 'cm',
  'mc:AlternateContent': 'img',
  'w:noBreakHyphen': '-',
  'w:softHyphen': '-',
  'w:ptab': 'tab',
};

/** A short label for a run's properties (what the chip says). */
function formatLabel(rPr: string): string {
  const parts: string[] = [];
  if (/<w:b(\s|\/|>)(?![^>]*w:val="(0|false)")/.test(rPr)) parts.push('b');
  if (/<w:i(\s|\/|>)(?![^>]*w:val="(0|false)")/.test(rPr)) parts.push('i');
  if (/<w:u\s(?![^>]*w:val="none")/.test(rPr)) parts.push('u');
  if (/<w:vertAlign[^>]*w:val="superscript"/.test(rPr)) parts.push('sup');
  if (/<w:vertAlign[^>]*w:val="subscript"/.test(rPr)) parts.push('sub');
  return parts.join('') || 'fmt';
}

/** A paragraph as a block, or null when it has no text. */
function blockOf(content: string, span: { start: number; end: number }, part: string): DocxBlock | null {
  const root = treeOf(content);
  const runsOf = (node: Node): Node[] =>
    elementsOf(node).flatMap((child) =>
      child.name === 'w:r'
        ? [child]
        : ['w:hyperlink', 'w:ins', 'w:moveTo', 'w:smartTag', 'w:customXml', 'w:sdt', 'w:sdtContent'].includes(child.name)
          ? runsOf(child)
          : [],
    );
  const rPrOf = (run: Node): string => {
    const rPr = elementsOf(run).find((child) => child.name === 'w:rPr');
    return rPr ? content.slice(rPr.start, rPr.end) : '';
  };
  const firstText = runsOf(root).find((run) => elementsOf(run).some((child) => child.name === 'w:t' && textOf(child) !== ''));
  if (!firstText) return null;
  const base = rPrOf(firstText);
  const open = (rPr: string) => `<w:r>${rPr}<w:t xml:space="preserve">`;

  let text = '';
  const codes: DocxBlock['codes'] = [];
  const counters = new Map<string, number>();
  const keyOf = (label: string) => {
    const seen = (counters.get(label) ?? 0) + 1;
    counters.set(label, seen);
    return `${label}:${seen}`;
  };
  const PUA = 0xe000;
  const code = (key: string, kind: CodeKind, markup: string, label: string) => {
    text += String.fromCharCode(PUA + codes.length);
    codes.push({ key, kind, markup, label });
  };
  /** Anything written whole: the base run closed, its XML, the context's run opened again. */
  const standalone = (label: string, xml: string, context: string) =>
    code(keyOf(label), 'standalone', T_CLOSE + xml + open(context), label);

  /** The children of a paragraph, or of a hyperlink, in a context whose text runs have `context`'s properties. */
  const walk = (node: Node, context: string) => {
    // the formatted run group open, if any (kept in an object: the closures below change it)
    const state: { formatted: { rPr: string; key: string } | null } = { formatted: null };
    const endFormat = () => {
      const formatted = state.formatted;
      if (!formatted) return;
      code(`${formatted.key}:close`, 'close', T_CLOSE + open(context), `/${formatLabel(formatted.rPr)}`);
      state.formatted = null;
    };
    let field: { start: number; depth: number } | null = null;
    for (const child of node.children) {
      if (typeof child === 'string') continue; // whitespace between elements
      if (field) {
        // a complex field, from its begin to its end: one code (its result is not text to translate)
        const chars = elementsOf(child)
          .filter((item) => item.name === 'w:fldChar')
          .map((item) => /w:fldCharType="(\w+)"/.exec(item.startTag)?.[1]);
        for (const type of chars) field.depth += type === 'begin' ? 1 : type === 'end' ? -1 : 0;
        if (field.depth === 0) {
          endFormat();
          standalone('field', content.slice(field.start, child.end), context);
          field = null;
        }
        continue;
      }
      switch (child.name) {
        case 'w:r': {
          const items = elementsOf(child);
          const fieldStart = items.find((item) => item.name === 'w:fldChar' && /w:fldCharType="begin"/.test(item.startTag));
          if (fieldStart) {
            field = { start: child.start, depth: 1 };
            const ends = items.filter((item) => item.name === 'w:fldChar' && /w:fldCharType="end"/.test(item.startTag)).length;
            field.depth -= ends;
            if (field.depth === 0) {
              endFormat();
              standalone('field', content.slice(child.start, child.end), context);
              field = null;
            }
            continue;
          }
          const rPr = rPrOf(child);
          for (const item of items) {
            if (item.name === 'w:rPr' || item.name === 'w:lastRenderedPageBreak') continue;
            if (item.name === 'w:t') {
              const value = textOf(item).replace(/[\uE000-\uF8FF]/g, '');
              if (value === '') continue;
              if (rPr !== context && state.formatted?.rPr !== rPr) {
                endFormat();
                const key = keyOf(formatLabel(rPr));
                code(`${key}:open`, 'open', T_CLOSE + open(rPr), formatLabel(rPr));
                state.formatted = { rPr, key };
              } else if (rPr === context) endFormat();
              text += value;
              continue;
            }
            const label = content.slice(item.start, item.end).includes('txbxContent') ? 'box' : (RUN_CODES[item.name] ?? 'obj');
            endFormat();
            standalone(label, `<w:r>${rPr}${content.slice(item.start, item.end)}</w:r>`, context);
          }
          continue;
        }
        case 'w:hyperlink': {
          endFormat();
          const runs = runsOf(child);
          const linkText = runs.find((run) => elementsOf(run).some((item) => item.name === 'w:t'));
          const inner = linkText ? rPrOf(linkText) : context;
          const key = keyOf('link');
          code(`${key}:open`, 'open', T_CLOSE + child.startTag + open(inner), 'link');
          walk(child, inner);
          code(`${key}:close`, 'close', T_CLOSE + '</w:hyperlink>' + open(context), '/link');
          continue;
        }
        case 'w:ins':
        case 'w:moveTo':
        case 'w:smartTag':
        case 'w:customXml':
          // a tracked insertion or move, or a tag around runs: its runs are the paragraph's (the wrapper goes when the paragraph is rewritten)
          walk(child, context);
          continue;
        case 'w:proofErr':
        case 'w:del':
        case 'w:moveFrom':
        case 'w:pPr':
          continue;
        case 'w:sdt': {
          // a content control around runs: a pair of codes (its properties in the opening one), its text the paragraph's
          const inner = elementsOf(child).find((item) => item.name === 'w:sdtContent');
          endFormat();
          if (!inner || !runsOf(inner).some((run) => elementsOf(run).some((item) => item.name === 'w:t'))) {
            standalone('ctl', content.slice(child.start, child.end), context);
            continue;
          }
          const key = keyOf('ctl');
          code(`${key}:open`, 'open', T_CLOSE + content.slice(child.start, inner.start + inner.startTag.length) + open(context), 'ctl');
          walk(inner, context);
          code(
            `${key}:close`,
            'close',
            T_CLOSE + content.slice(content.lastIndexOf('</', inner.end - 1), child.end) + open(context),
            '/ctl',
          );
          continue;
        }
        default:
          // bookmarks, comment ranges, simple fields, equations: kept whole
          endFormat();
          standalone(
            child.name === 'w:fldSimple'
              ? 'field'
              : child.name.startsWith('w:bookmark')
                ? 'bm'
                : child.name.startsWith('w:commentRange')
                  ? 'cm'
                  : 'obj',
            content.slice(child.start, child.end),
            context,
          );
      }
    }
    endFormat();
  };
  walk(root, base);
  if (!/[^\uE000-\uF8FF\s]/.test(text)) return null;
  return { part, flow: part, text, codes, span, baseOpen: open(base) };
}

/** A block's new content: its base run around the text (XML-escaped), codes back to their XML. */
export function blockXml(text: string, codes: readonly InlineCode[], baseOpen: string): string {
  const byChar = new Map(codes.map((code) => [code.char, code]));
  let out = baseOpen;
  for (const char of Array.from(text)) {
    const code = byChar.get(char);
    // characters XML 1.0 cannot hold are dropped
    // eslint-disable-next-line no-control-regex -- these control characters are what is being removed
    out += code ? (code.target ?? code.source ?? '') : escapeXml(char).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
  }
  return out + T_CLOSE;
}

/** A change to one part of the archive: [start, end) of its text replaced. */
export interface DocxSplice {
  part: string;
  start: number;
  end: number;
  text: string;
}

/**
 * The archive with the splices made in their parts (each part's in order); every other entry as it
 * came. A splice within another (a text box's paragraph in the paragraph that holds the box, both
 * written anew) is made in the other's new text, where the code that carries the box holds its
 * paragraph as it was.
 */
export function writeDocx(original: Uint8Array, splices: readonly DocxSplice[]): Uint8Array {
  if (splices.length === 0) return original;
  const entries = openDocx(original);
  const byPart = new Map<string, DocxSplice[]>();
  for (const splice of splices) {
    const list = byPart.get(splice.part);
    if (list) list.push(splice);
    else byPart.set(splice.part, [splice]);
  }
  for (const [part, list] of byPart) {
    const data = entries[part];
    if (!data) continue;
    const xml = partText(data);
    const outer: Array<DocxSplice & { within: number }> = [];
    for (const splice of [...list].sort((a, b) => a.start - b.start || b.end - a.end)) {
      const last = outer.at(-1);
      if (!last || splice.start >= last.end) {
        outer.push({ ...splice, within: 0 });
        continue;
      }
      if (splice.end > last.end) continue; // overlapping without being inside: not made
      const was = xml.slice(splice.start, splice.end);
      const at = last.text.indexOf(was, last.within);
      if (at < 0) continue; // the code that held it is gone from the new text
      last.text = last.text.slice(0, at) + splice.text + last.text.slice(at + was.length);
      last.within = at + splice.text.length;
    }
    let out = '';
    let at = 0;
    for (const splice of outer) {
      out += xml.slice(at, splice.start) + splice.text;
      at = splice.end;
    }
    entries[part] = strToU8(out + xml.slice(at));
  }
  return zipSync(entries, { level: 6 });
}

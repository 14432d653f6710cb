/**
 * Word documents (.docx): the archive opened with fflate (every entry checked before it is
 * inflated: no paths out of the archive, no entry or whole larger than the limits, no bomb-like
 * compression ratio), each paragraph of the body, tables, headers, footers, footnotes and endnotes
 * a block to translate, and the file written back by splicing: a changed paragraph's runs are
 * written anew from its text (its formatting, links, tabs, breaks, images, fields and bookmarks
 * kept as codes that carry their own XML), every other byte of the part as it came, every other
 * part of the archive as it came.
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
  text: string;
  codes: Array<{ key: string; kind: CodeKind; markup: string; label: string }>;
  /** Where the paragraph's content (after its properties) lies in the part's text. */
  span: { start: number; end: number };
  /** The run the block's text is written in: `<w:r>` with the base properties and an open `<w:t>`. */
  baseOpen: string;
}

/** Closes the text and run a block's text stands in. */
const T_CLOSE = '</w:t></w:r>';

/** The parts whose paragraphs are text to translate, in reading order. */
function translatableParts(names: readonly string[]): string[] {
  const headersFooters = names.filter((name) => /^word\/(header|footer)\d*\.xml$/.test(name)).sort();
  return ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml', ...headersFooters].filter((name) => names.includes(name));
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

/** The text of each part whose paragraphs are translated. */
export function docxParts(bytes: Uint8Array): Map<string, string> {
  const entries = openDocx(bytes);
  return new Map(translatableParts(Object.keys(entries)).map((part) => [part, partText(entries[part] as Uint8Array)]));
}

/** The blocks of a Word document, part by part. Throws DocxError naming what is wrong. */
export function readDocx(bytes: Uint8Array): DocxBlock[] {
  const entries = openDocx(bytes);
  const blocks: DocxBlock[] = [];
  for (const part of translatableParts(Object.keys(entries))) {
    const xml = partText(entries[part] as Uint8Array);
    for (const span of paragraphSpans(xml, part)) {
      const block = blockOf(xml.slice(span.start, span.end), span, part);
      if (block) blocks.push(block);
    }
  }
  return blocks;
}

/**
 * The content of each paragraph of a part (after its properties, before its end tag), the part
 * read whole by the XML reader first (well-formed, no DOCTYPE, the same limits as XLIFF). Text
 * boxes are not entered: their paragraphs stay inside the code of the run that holds them.
 */
function paragraphSpans(xml: string, part: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let depth = 0;
  let current: { start: number; depth: number } | null = null;
  let skipUntil = -1;
  const stream = new XmlStream((cursor) => ({
    opentag: (tag) => {
      depth += 1;
      if (skipUntil >= 0) return;
      if (tag.uri !== W) return;
      if (tag.local === 'txbxContent' || tag.local === 'del') {
        skipUntil = depth;
        return;
      }
      if (tag.local === 'p' && current === null) current = { start: cursor.position, depth };
    },
    closetag: (tag) => {
      const closing = depth;
      depth -= 1;
      if (skipUntil >= 0) {
        if (closing === skipUntil) skipUntil = -1;
        return;
      }
      if (current && closing === current.depth && tag.uri === W && tag.local === 'p') {
        const end = tag.isSelfClosing ? cursor.position : cursor.lastIndexOf('</', cursor.position - 1);
        if (!tag.isSelfClosing) spans.push({ start: current.start, end });
        current = null;
      }
      if (current && closing === current.depth + 1 && tag.uri === W && tag.local === 'pPr') current.start = cursor.position;
    },
  }));
  try {
    stream.write(xml);
    stream.close();
  } catch (error) {
    throw new DocxError(`has a part (${part}) that is not well-formed XML: ${(error as Error).message}`);
  }
  return spans;
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
        : ['w:hyperlink', 'w:ins', 'w:smartTag', 'w:customXml', 'w:sdt', 'w:sdtContent'].includes(child.name)
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
            const label = RUN_CODES[item.name] ?? 'obj';
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
        case 'w:smartTag':
        case 'w:customXml':
          // a tracked insertion or a tag around runs: its runs are the paragraph's (the wrapper goes when the paragraph is rewritten)
          walk(child, context);
          continue;
        case 'w:proofErr':
        case 'w:del':
        case 'w:pPr':
          continue;
        default:
          // bookmarks, comment ranges, simple fields, content controls, equations: kept whole
          endFormat();
          standalone(
            child.name === 'w:fldSimple' ? 'field' : child.name.startsWith('w:bookmark') ? 'bm' : 'obj',
            content.slice(child.start, child.end),
            context,
          );
      }
    }
    endFormat();
  };
  walk(root, base);
  if (!/[^\uE000-\uF8FF\s]/.test(text)) return null;
  return { part, text, codes, span, baseOpen: open(base) };
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

/** The archive with the splices made in their parts (each part's in order); every other entry as it came. */
export function writeDocx(original: Uint8Array, splices: readonly DocxSplice[]): Uint8Array {
  if (splices.length === 0) return original;
  const entries = openDocx(original);
  const byPart = new Map<string, DocxSplice[]>();
  for (const splice of splices) byPart.set(splice.part, [...(byPart.get(splice.part) ?? []), splice]);
  for (const [part, list] of byPart) {
    const data = entries[part];
    if (!data) continue;
    const xml = partText(data);
    let out = '';
    let at = 0;
    for (const splice of [...list].sort((a, b) => a.start - b.start)) {
      if (splice.start < at) continue;
      out += xml.slice(at, splice.start) + splice.text;
      at = splice.end;
    }
    entries[part] = strToU8(out + xml.slice(at));
  }
  return zipSync(entries, { level: 6 });
}

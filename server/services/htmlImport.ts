/**
 * A document from an HTML page and its machine translation: each page's blocks (formats/html.ts)
 * paired (block by block when the two pages have as many, else aligned as text pairs are), the
 * target page kept to be written back with the corrected text. Blocks the aligner joins (two
 * paragraphs translated as one, say) become one segment, the markup between them a code, so the
 * page's structure comes back as long as the code stays.
 */
import fs from 'node:fs';
import { CreateDocumentBody, type CreateDocumentFields, type DocumentSummary } from '../../shared/schemas';
import { namesOfSource } from '../../shared/qa';
import { countSentences, RepeatCounter } from '../../shared/qa/repeats';
import { alignParagraphs, type AlignedGroup } from '../../shared/text/align';
import { placeholderChar, withoutPlaceholders, type InlineCode } from '../../shared/text/placeholders';
import { badRequest } from '../errors';
import { readHtml, type HtmlBlock } from '../formats/html';
import type { ImportedFile } from '../store/types';
import { parseOrThrow } from '../validation';
import type { Services } from '.';
import { decodeText } from '../middleware/multipart';
import { importTexts, type TextImportInput } from './textImport';

/** Mark a code's key in a side's text while the two sides' placeholders are made (noncharacters: never in a page's text that matters). */
const OPEN = '\uFFFE';
const CLOSE = '\uFFFF';
const KEY_RE = /\uFFFE([^\uFFFF]+)\uFFFF/g;

/** Whether a text is an HTML page (a doctype or an <html> element at its start), by its content, not its name. */
export function looksLikeHtml(text: string): boolean {
  const head = text
    .slice(0, 2048)
    .replace(/^\uFEFF/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trimStart()
    .toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

/** The pairs of blocks: by position when the pages have as many, else aligned by length and anchors. */
function pairBlocks(source: readonly HtmlBlock[], target: readonly HtmlBlock[]): AlignedGroup[] {
  if (source.length === target.length) return source.map((_, index) => ({ source: [index], target: [index] }));
  return alignParagraphs(
    source.map((block) => withoutPlaceholders(block.text)),
    target.map((block) => withoutPlaceholders(block.text)),
  );
}

/**
 * One side of a segment: the text of its blocks (joined by the page's markup between them, as a
 * code), each code's markup by key (keys told apart by the block's place in the group).
 */
function sideOf(
  blocks: readonly HtmlBlock[],
  page: string,
): { text: string; codes: Map<string, { kind: InlineCode['kind']; markup: string; label: string }>; order: string[] } {
  const codes = new Map<string, { kind: InlineCode['kind']; markup: string; label: string }>();
  const order: string[] = [];
  let text = '';
  blocks.forEach((block, k) => {
    if (k > 0) {
      const previous = blocks[k - 1] as HtmlBlock;
      const key = `between:${k}`;
      codes.set(key, { kind: 'standalone', markup: page.slice(previous.span.end, block.span.start), label: '¶' });
      order.push(key);
      text += ` ${OPEN}${key}${CLOSE} `;
    }
    text += block.text.replace(/[\uFFFE\uFFFF]/g, '').replace(/[\uE000-\uF8FF]/g, (char) => {
      const code = block.codes[char.charCodeAt(0) - 0xe000];
      if (!code) return '';
      const key = `${k}/${code.key}`;
      codes.set(key, { kind: code.kind, markup: code.markup, label: code.label });
      order.push(key);
      return `${OPEN}${key}${CLOSE}`;
    });
  });
  return { text, codes, order };
}

/** Imports a page and its machine translation (their texts) as a document; the target page is kept for export. */
export async function importHtmlPair(
  services: Services,
  input: { fields: CreateDocumentFields; sourceText: string; targetText: string; targetName: string; actorId: number },
): Promise<DocumentSummary> {
  const source = readHtml(input.sourceText);
  const target = readHtml(input.targetText);
  if (source.length === 0) throw badRequest('source', 'has no text to translate (no block of text outside scripts, styles and navigation)');
  const groups = pairBlocks(source, target);
  const segments: CreateDocumentBody['segments'] = [];
  const origins: ImportedFile['segments'] = [];
  for (const group of groups) {
    const sourceBlocks = group.source.map((index) => source[index] as HtmlBlock);
    const targetBlocks = group.target.map((index) => target[index] as HtmlBlock);
    const src = sideOf(sourceBlocks, input.sourceText);
    const tgt = sideOf(targetBlocks, input.targetText);
    // one placeholder per key, shared by both sides: the source's first, then the target's own
    const byKey = new Map<string, InlineCode>();
    for (const [side, key] of [...src.order.map((key) => ['source', key] as const), ...tgt.order.map((key) => ['target', key] as const)]) {
      const code = (side === 'source' ? src.codes : tgt.codes).get(key);
      if (!code) continue;
      let inline = byKey.get(key);
      if (!inline) {
        inline = { char: placeholderChar(byKey.size), key, kind: code.kind, source: null, target: null, label: code.label };
        byKey.set(key, inline);
      }
      inline[side] ??= code.markup;
    }
    // (the markup between two joined blocks stands with a space on each side)
    const place = (text: string) => text.replace(KEY_RE, (_, key: string) => byKey.get(key)?.char ?? '');
    segments.push({ source: place(src.text).trim(), mt: place(tgt.text).trim() });
    const first = targetBlocks[0];
    const last = targetBlocks.at(-1);
    origins.push({
      key: `${group.source.join('+')}:${group.target.join('+')}`,
      codes: [...byKey.values()],
      notes: [],
      state: null,
      html: first && last ? { start: first.span.start, end: last.span.end } : null,
    });
  }
  const body = parseOrThrow(CreateDocumentBody, { ...input.fields, segments }, 'file');
  const names = new Set<string>();
  const sentences = new RepeatCounter();
  for (const segment of body.segments) {
    for (const name of namesOfSource(segment.source, body.sourceLang)) names.add(name);
    countSentences(sentences, segment.source);
  }
  return services.documents.create(
    body,
    input.actorId,
    { name: input.targetName, format: 'html', content: input.targetText, segments: origins },
    [...names, ...sentences.repeated()],
  );
}

/** Pages of HTML read whole at most this long (a page, not a book: longer ones are refused, naming the limit). */
const MAX_PAGE_BYTES = 64 * 1024 * 1024;

/** A file's text for a page import: read whole (UTF-8, or UTF-16 with a byte-order mark). */
function pageText(path: string, field: 'source' | 'target'): string {
  if (fs.statSync(path).size > MAX_PAGE_BYTES) throw badRequest(field, `is an HTML page over ${MAX_PAGE_BYTES / 1024 / 1024} MB`);
  try {
    return decodeText(fs.readFileSync(path));
  } catch {
    throw badRequest(field, 'is not valid UTF-8 text (nor UTF-16 with a byte-order mark)');
  }
}

/** The first characters of a file, to tell an HTML page from a plain text. */
function headOf(path: string): string {
  const handle = fs.openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const read = fs.readSync(handle, buffer, 0, buffer.length, 0);
    const bytes = buffer.subarray(0, read);
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
    return new TextDecoder('utf-8').decode(bytes);
  } finally {
    fs.closeSync(handle);
  }
}

/**
 * A source file and its machine translation on disk: two HTML pages become a page document
 * (written back as the target page), two texts an aligned text document (textImport.ts).
 */
export async function importPair(
  services: Services,
  input: TextImportInput & { targetName?: string | undefined },
): Promise<DocumentSummary> {
  const sourceIsPage = looksLikeHtml(headOf(input.sourcePath));
  const targetIsPage = looksLikeHtml(headOf(input.targetPath));
  if (sourceIsPage !== targetIsPage) {
    throw badRequest(
      sourceIsPage ? 'target' : 'source',
      `is ${sourceIsPage ? 'plain text' : 'an HTML page'} while the ${sourceIsPage ? 'source' : 'target'} is ${sourceIsPage ? 'an HTML page' : 'plain text'}: send two pages or two texts`,
    );
  }
  if (!sourceIsPage) return importTexts(services, input);
  input.onProgress?.(0.1);
  const document = await importHtmlPair(services, {
    fields: input.fields,
    sourceText: pageText(input.sourcePath, 'source'),
    targetText: pageText(input.targetPath, 'target'),
    targetName: input.targetName ?? `${input.fields.title}.html`,
    actorId: input.actorId,
  });
  input.onProgress?.(1);
  return document;
}

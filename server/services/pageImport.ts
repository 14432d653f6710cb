/**
 * A document from a page (HTML) or a Word document (.docx) and its machine translation: each
 * side's blocks (formats/html.ts, formats/docx.ts) paired, block by block when the two sides have
 * as many (part by part for Word), else aligned as text pairs are; the target file is kept to be
 * written back with the corrected text. Blocks the aligner joins (two paragraphs translated as
 * one, say) become one segment, the markup between them a code, so the file's structure comes
 * back as long as the code stays.
 */
import fs from 'node:fs';
import type { CreateDocumentBody } from '../../shared/schemas';
import { CreateDocumentFields, MAX_SEGMENTS_PER_DOCUMENT, type DocumentSummary } from '../../shared/schemas';
import { namesOfSource } from '../../shared/qa';
import { countSentences, RepeatCounter } from '../../shared/qa/repeats';
import { alignParagraphs, type AlignedGroup } from '../../shared/text/align';
import { splitParagraphs } from '../../shared/text/paragraphs';
import { placeholderChar, withoutPlaceholders, type CodeKind, type InlineCode } from '../../shared/text/placeholders';
import { badRequest } from '../errors';
import { DocxError, readDocx, type DocxBlock } from '../formats/docx';
import { decodePage, HtmlError, readHtml, type HtmlBlock } from '../formats/html';
import type { ImportedFile } from '../store/types';
import { parseOrThrow } from '../validation';
import type { Services } from '.';
import { decodeText } from '../middleware/multipart';
import { checkText, importTexts, type TextImportInput } from './textImport';
import { collectGarbageAbove } from '../workers/heap';
import { discardImport, queueEverySegment, showImported } from './hiddenImport';
import type { NewSegment } from '../store/repositories/documents';

/** A block of either kind, as pairing needs it. */
interface Block {
  text: string;
  codes: ReadonlyArray<{ key: string; kind: CodeKind; markup: string; label: string }>;
  span: { start: number; end: number };
  /** Blocks pair within their part only (a Word document's body, its footnotes, a header)... */
  part: string;
  /** ...or within their flow where a part has several (a text box in a Word document's body). */
  flow?: string;
  /** Whitespace is content (a page's <pre>): kept at the ends too. */
  preserve?: boolean;
}

const flowOf = (block: Block): string => block.flow ?? block.part;

/** The part of a source given as plain text (its paragraphs pair with the target's blocks in reading order). */
const SOURCE_TEXT = '*text*';

/**
 * Groups whose target blocks lie in different flows (a body paragraph and a footnote, or a text
 * box) cannot be one segment: each flow's blocks become their own, the source staying with the first.
 */
function splitAcrossParts(groups: AlignedGroup[], target: readonly Block[]): AlignedGroup[] {
  return groups.flatMap((group) => {
    const flows = [...new Set(group.target.map((index) => flowOf(target[index] as Block)))];
    if (flows.length < 2) return [group];
    return flows.map((flow, k) => ({
      source: k === 0 ? group.source : [],
      target: group.target.filter((index) => flowOf(target[index] as Block) === flow),
    }));
  });
}

/** Marks a code's key in a side's text while the two sides' placeholders are made (noncharacters: never text that matters). */
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

/** The pairs of blocks of one part: by position when the sides have as many, else aligned by length and anchors. */
function pairBlocks(source: readonly Block[], target: readonly Block[]): AlignedGroup[] {
  if (source.length === target.length) return source.map((_, index) => ({ source: [index], target: [index] }));
  return alignParagraphs(
    source.map((block) => withoutPlaceholders(block.text)),
    target.map((block) => withoutPlaceholders(block.text)),
  );
}

type SideCodes = Map<string, { kind: CodeKind; markup: string; label: string }>;

/**
 * One side of a segment: the text of its blocks (joined by the markup between them, as a code),
 * each code's markup by key (keys told apart by the block's place in the group).
 */
function sideOf(
  blocks: readonly Block[],
  between: (previous: Block, next: Block) => string,
): { text: string; codes: SideCodes; order: string[] } {
  const codes: SideCodes = new Map();
  const order: string[] = [];
  let text = '';
  blocks.forEach((block, k) => {
    const previous = blocks[k - 1];
    if (previous) {
      const key = `between:${k}`;
      codes.set(key, { kind: 'standalone', markup: between(previous, block), label: '¶' });
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

interface Paired {
  segments: CreateDocumentBody['segments'];
  origins: ImportedFile['segments'];
}

/**
 * The segments of two sides' blocks, part by part: each group's texts with placeholders shared by
 * key (the source's codes first, then the target's own), and where its text lies in the target.
 */
function pairSides<B extends Block>(
  source: readonly B[],
  target: readonly B[],
  between: { source: (previous: B, next: B) => string; target: (previous: B, next: B) => string },
  where: (first: B, last: B) => Record<string, unknown>,
): Paired {
  const out: Paired = { segments: [], origins: [] };
  /** Where each segment's first target block stands in the target's reading order (a segment without one: after the one before it). */
  const places: number[] = [];
  const readingPlace = new Map<Block, number>(target.map((block, index) => [block, index]));
  // a source given as plain text (one part) pairs with the target's blocks in reading order
  const oneSourcePart = source.every((block) => block.part === SOURCE_TEXT);
  // each side's blocks by flow, in one pass (a page has a flow per attribute inside its texts: tens of thousands)
  const byFlow = (blocks: readonly B[]) => {
    const flows = new Map<string, B[]>();
    for (const block of blocks) {
      const flow = oneSourcePart ? SOURCE_TEXT : flowOf(block);
      const list = flows.get(flow);
      if (list) list.push(block);
      else flows.set(flow, [block]);
    }
    return flows;
  };
  const sourceFlows = byFlow(source);
  const targetFlows = byFlow(target);
  const flows = oneSourcePart ? [SOURCE_TEXT] : [...new Set([...sourceFlows.keys(), ...targetFlows.keys()])];
  for (const flow of flows) {
    const sourceBlocks = sourceFlows.get(flow) ?? [];
    const targetBlocks = targetFlows.get(flow) ?? [];
    for (const group of splitAcrossParts(pairBlocks(sourceBlocks, targetBlocks), targetBlocks)) {
      const sides = {
        source: group.source.map((index) => sourceBlocks[index] as B),
        target: group.target.map((index) => targetBlocks[index] as B),
      };
      const src = sideOf(sides.source, between.source as (previous: Block, next: Block) => string);
      const tgt = sideOf(sides.target, between.target as (previous: Block, next: Block) => string);
      const byKey = new Map<string, InlineCode>();
      for (const [side, key] of [
        ...src.order.map((key) => ['source', key] as const),
        ...tgt.order.map((key) => ['target', key] as const),
      ]) {
        const code = (side === 'source' ? src.codes : tgt.codes).get(key);
        if (!code) continue;
        let inline = byKey.get(key);
        if (!inline) {
          inline = { char: placeholderChar(byKey.size), key, kind: code.kind, source: null, target: null, label: code.label };
          byKey.set(key, inline);
        }
        inline[side] ??= code.markup;
      }
      const place = (text: string) => text.replace(KEY_RE, (_, key: string) => byKey.get(key)?.char ?? '');
      const ends = (text: string, blocks: readonly Block[]) =>
        blocks.length > 0 && blocks.every((block) => block.preserve) ? text : text.trim();
      out.segments.push({ source: ends(place(src.text), sides.source), mt: ends(place(tgt.text), sides.target) });
      const first = sides.target[0];
      const last = sides.target.at(-1);
      places.push(first ? (readingPlace.get(first) ?? 0) : (places.at(-1) ?? -1) + 0.5);
      out.origins.push({
        key: `${flow}:${group.source.join('+')}:${group.target.join('+')}`,
        codes: [...byKey.values()],
        notes: [],
        state: null,
        ...(first && last ? where(first, last) : { html: null }),
      });
    }
  }
  // flows pair apart (a text box after the body), but their segments are listed as the target reads
  const order = places.map((_, index) => index).sort((a, b) => (places[a] as number) - (places[b] as number) || a - b);
  return {
    segments: order.map((index) => out.segments[index] as Paired['segments'][number]),
    origins: order.map((index) => out.origins[index] as Paired['origins'][number]),
  };
}

/** Segments stored per transaction. */
const BATCH = 2000;
/** The heap held above which the import collects its garbage between batches (workers/heap.ts). */
const HEAP_CEILING = 128 * 1024 * 1024;
const RELEASED: Paired['origins'][number] = { key: '', codes: [], notes: [], state: null };

/**
 * Stores paired segments as a document, with the target file kept for export: hidden, a batch per
 * transaction (each batch's origins written as JSON only then), shown once whole (hiddenImport.ts).
 */
async function store(
  services: Services,
  fields: CreateDocumentFields,
  paired: Paired,
  file: { name: string; format: string; content: string },
  { actorId, onProgress }: { actorId: number; onProgress?: ((share: number) => void) | undefined },
): Promise<DocumentSummary> {
  const { title, sourceLang, targetLang } = parseOrThrow(CreateDocumentFields, fields, 'file');
  const count = paired.segments.length;
  if (count === 0) throw badRequest('target', 'has no text to translate');
  if (count > MAX_SEGMENTS_PER_DOCUMENT)
    throw badRequest('target', `pairs into ${count} segments; a document holds at most ${MAX_SEGMENTS_PER_DOCUMENT}`);
  paired.segments.forEach((segment, index) => {
    checkText(segment.source, 'source', index + 1);
    checkText(segment.mt, 'target', index + 1);
  });
  const { store } = services;
  onProgress?.(0.3);
  const at = () => new Date().toISOString();
  const id = await store.transaction(async (tx) => {
    const created = await tx.documents.insert({ title, sourceLang, targetLang, createdAt: at(), createdBy: actorId });
    await tx.documents.setImport(created, 'importing', 0);
    await tx.documents.insertFile(created, file);
    return created;
  });
  try {
    const names = new Set<string>();
    const sentences = new RepeatCounter();
    for (let from = 0; from < count; from += BATCH) {
      const batch: NewSegment[] = [];
      for (let index = from; index < Math.min(count, from + BATCH); index += 1) {
        const segment = paired.segments[index] as Paired['segments'][number];
        const origin = paired.origins[index] as Paired['origins'][number];
        // let go once stored (the codes hold pieces of the file's XML)
        paired.origins[index] = RELEASED;
        for (const name of namesOfSource(segment.source, sourceLang)) names.add(name);
        countSentences(sentences, segment.source);
        const { key, codes, notes, state, html, docx } = origin;
        batch.push({
          source: segment.source,
          mt: segment.mt,
          originKey: key,
          origin: JSON.stringify({ codes, notes, state, ...(html === undefined ? {} : { html }), ...(docx === undefined ? {} : { docx }) }),
        });
      }
      await store.transaction(async (tx) => {
        await tx.documents.insertSegments(id, batch, from, false);
        await tx.documents.setImport(id, 'importing', (0.9 * (from + batch.length)) / count);
      });
      // read and paired by now: storing is the rest of the way
      onProgress?.(0.3 + (0.65 * (from + batch.length)) / count);
      collectGarbageAbove(HEAP_CEILING);
    }
    await queueEverySegment(store, id, count);
    onProgress?.(0.98);
    await store.transaction((tx) =>
      showImported(
        tx,
        { id, sourceLang, targetLang, names: [...names, ...sentences.repeatedRefs()], actorId, at: at() },
        { segments: count, file: file.name, format: file.format },
      ),
    );
  } catch (error) {
    await discardImport(store, id);
    throw error;
  }
  const created = await services.documents.get(id);
  if (!created) throw new Error(`document ${id} vanished after its import`);
  return created;
}

/** What every page or Word import is told: the document's fields, the target file's name, who imports, and where to say how far it has come. */
interface PageInput {
  fields: CreateDocumentFields;
  targetName: string;
  actorId: number;
  onProgress?: ((share: number) => void) | undefined;
}

/**
 * Where a segment's text lies in the target page: its blocks' span, whether it is an attribute's
 * value, and for an attribute of an element inside a text, where it lies in that text's code.
 */
function htmlPlace(first: Block & Partial<Pick<HtmlBlock, 'element' | 'within'>>, last: Block) {
  return {
    start: first.span.start,
    end: last.span.end,
    ...(first.element?.includes('@') ? { attribute: true } : {}),
    ...(first === last && first.within ? { within: first.within } : {}),
  };
}

/** Imports a page and its machine translation (their texts) as a document; the target page is kept for export. */
export async function importHtmlPair(
  services: Services,
  input: PageInput & { sourceText: string; targetText: string },
): Promise<DocumentSummary> {
  // read and paired in a function of its own: each page's tree, then its blocks, let go as soon as done with
  const paired = ((): Paired => {
    const withPart = (blocks: HtmlBlock[]): Array<HtmlBlock & { part: string }> => blocks.map((block) => ({ ...block, part: 'page' }));
    const source = withPart(readHtml(input.sourceText));
    collectGarbageAbove(HEAP_CEILING);
    const target = withPart(readHtml(input.targetText));
    collectGarbageAbove(HEAP_CEILING);
    if (source.length === 0)
      throw badRequest('source', 'has no text to translate (no block of text outside scripts, styles and navigation)');
    if (target.length === 0) throw badRequest('target', 'has no text (no block of text outside scripts, styles and navigation)');
    return pairSides(
      source,
      target,
      {
        source: (previous, next) => input.sourceText.slice(previous.span.end, next.span.start),
        target: (previous, next) => input.targetText.slice(previous.span.end, next.span.start),
      },
      (first, last) => ({ html: htmlPlace(first, last) }),
    );
  })();
  return store(services, input.fields, paired, { name: input.targetName, format: 'html', content: input.targetText }, input);
}

/** A Word document's blocks, its faults said as a 400 on the field it came in. */
function readDocxAs(bytes: Uint8Array, field: 'source' | 'target', parts?: Map<string, string>): DocxBlock[] {
  try {
    return readDocx(bytes, parts);
  } catch (error) {
    if (error instanceof DocxError) throw badRequest(field, error.message);
    throw error;
  }
}

/** Two paragraphs of the target joined: the first's run and paragraph closed, the XML between, the next's base run. */
const joinDocxBlocks = (parts: ReadonlyMap<string, string>) => (previous: Block, next: Block) =>
  `</w:t></w:r>${(parts.get(next.part) ?? '').slice(previous.span.end, next.span.start)}${(next as Block & { baseOpen?: string }).baseOpen ?? ''}`;

/** Where a segment's text lies in the target .docx: its part, its blocks' span, the base run, and a text box copy's twin span. */
function docxPlace(first: DocxBlock, last: DocxBlock) {
  return {
    part: first.part,
    start: first.span.start,
    end: last.span.end,
    baseOpen: first.baseOpen,
    ...(first === last && first.twin ? { twin: first.twin } : {}),
  };
}

/** Imports a Word document and its machine translation as a document; the target .docx is kept (base64) for export. */
export async function importDocxPair(
  services: Services,
  input: PageInput & { source: Uint8Array; target: Uint8Array },
): Promise<DocumentSummary> {
  // read and paired in a function of its own: the blocks are let go before the segments are stored
  const paired = ((): Paired => {
    const parts = new Map<string, string>();
    const source = readDocxAs(input.source, 'source');
    collectGarbageAbove(HEAP_CEILING);
    const target = readDocxAs(input.target, 'target', parts);
    collectGarbageAbove(HEAP_CEILING);
    if (source.length === 0) throw badRequest('source', 'has no text to translate (no paragraph with text)');
    if (target.length === 0) throw badRequest('target', 'has no text (no paragraph with text)');
    return pairSides<DocxBlock>(source, target, { source: () => '', target: joinDocxBlocks(parts) }, (first, last) => ({
      docx: docxPlace(first, last),
    }));
  })();
  return store(
    services,
    input.fields,
    paired,
    { name: input.targetName, format: 'docx', content: Buffer.from(input.target).toString('base64') },
    input,
  );
}

/**
 * A Word document or a page that is the machine translation, and its source as plain text
 * (paragraphs separated by blank lines): the text's paragraphs aligned with the file's blocks in
 * reading order; the file written back as with a pair.
 */
export async function importWithTextSource(
  services: Services,
  input: PageInput & { sourceText: string; target: Buffer; kind: 'docx' | 'html' },
): Promise<DocumentSummary> {
  const source: Block[] = splitParagraphs(input.sourceText).map((text) => ({
    text: text.replace(/[\uE000-\uF8FF]/g, ''),
    codes: [],
    span: { start: 0, end: 0 },
    part: SOURCE_TEXT,
  }));
  if (source.length === 0) throw badRequest('source', 'holds no paragraphs');
  if (input.kind === 'html') {
    let page: string;
    try {
      page = decodePage(input.target);
    } catch (error) {
      if (error instanceof HtmlError) throw badRequest('target', error.message);
      throw error;
    }
    const target = readHtml(page).map((block) => ({ ...block, part: 'page' }));
    if (target.length === 0) throw badRequest('target', 'has no text (no block of text outside scripts, styles and navigation)');
    const paired = pairSides(
      source,
      target,
      { source: () => '', target: (previous, next) => page.slice(previous.span.end, next.span.start) },
      (first, last) => ({ html: htmlPlace(first, last) }),
    );
    return store(services, input.fields, transferCodes(paired), { name: input.targetName, format: 'html', content: page }, input);
  }
  const parts = new Map<string, string>();
  const target = readDocxAs(input.target, 'target', parts);
  if (target.length === 0) throw badRequest('target', 'has no text (no paragraph with text)');
  const paired = pairSides<Block & { baseOpen?: string }>(
    source,
    target,
    { source: () => '', target: joinDocxBlocks(parts) },
    (first, last) => ({
      docx: docxPlace(first as DocxBlock, last as DocxBlock),
    }),
  );
  return store(
    services,
    input.fields,
    transferCodes(paired),
    { name: input.targetName, format: 'docx', content: input.target.toString('base64') },
    input,
  );
}

/**
 * A source given as plain text has none of the file's codes: each code of the translation is put
 * into the source where it stands in proportion (at the nearest word boundary, the order kept), so
 * that the source shows the file's structure and the placeholder check has the codes on both sides.
 */
function transferCodes(paired: Paired): Paired {
  const segments = paired.segments.map((segment, index) => {
    const kinds = new Map((paired.origins[index]?.codes ?? []).map((code) => [code.char, code.kind]));
    const codes = [...segment.mt.matchAll(/[\uE000-\uF8FF]/g)];
    if (codes.length === 0 || /[\uE000-\uF8FF]/.test(segment.source)) return segment;
    const mtLength = Math.max(1, segment.mt.length);
    let source = segment.source;
    let shift = 0;
    let floor = 0;
    for (const match of codes) {
      const wanted = Math.round(((match.index ?? 0) / mtLength) * segment.source.length);
      // the nearest word boundary at or after where it falls, never before the previous code
      let at = Math.max(floor, wanted);
      const text = segment.source;
      while (at > floor && at < text.length && /\S/.test(text[at - 1] as string) && /\S/.test(text[at] as string)) at -= 1;
      // an opening code goes before the word after the space, a closing one after the word before it
      if (kinds.get(match[0]) === 'open') while (at < text.length && /\s/.test(text[at] as string)) at += 1;
      else if (kinds.get(match[0]) === 'close') while (at > floor && /\s/.test(text[at - 1] as string)) at -= 1;
      source = source.slice(0, at + shift) + match[0] + source.slice(at + shift);
      shift += 1;
      floor = at;
    }
    return { source, mt: segment.mt };
  });
  return { ...paired, segments };
}

/** Pages and Word documents are read whole, up to this size each (a longer one is refused, naming the limit). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

function readWhole(path: string, field: 'source' | 'target'): Buffer {
  const size = fs.statSync(path).size;
  if (size > MAX_FILE_BYTES)
    throw badRequest(field, `is over ${MAX_FILE_BYTES / 1024 / 1024} MB, the limit for an HTML page or a Word document`);
  return fs.readFileSync(path);
}

/** A file's text: a page in the encoding it declares (decodePage), a plain text in UTF-8 or UTF-16 with a byte-order mark. */
function fileText(path: string, field: 'source' | 'target', kind: 'html' | 'text'): string {
  const bytes = readWhole(path, field);
  try {
    return kind === 'html' ? decodePage(bytes) : decodeText(bytes);
  } catch (error) {
    if (error instanceof HtmlError) throw badRequest(field, error.message);
    throw badRequest(field, 'is not valid UTF-8 text (nor UTF-16 with a byte-order mark)');
  }
}

/** What a file is, by its first bytes: a zip archive (a Word document), an HTML page, or text. */
export function kindOf(path: string): 'docx' | 'html' | 'text' {
  const handle = fs.openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const bytes = buffer.subarray(0, fs.readSync(handle, buffer, 0, buffer.length, 0));
    if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'docx';
    const head =
      bytes[0] === 0xff && bytes[1] === 0xfe
        ? new TextDecoder('utf-16le').decode(bytes.subarray(2))
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? new TextDecoder('utf-16be').decode(bytes.subarray(2))
          : new TextDecoder('utf-8').decode(bytes);
    return looksLikeHtml(head) ? 'html' : 'text';
  } finally {
    fs.closeSync(handle);
  }
}

/** A Markdown file, by its name. */
export function isMarkdownName(name: string | undefined): boolean {
  return name !== undefined && /\.(md|markdown)$/i.test(name);
}

const KIND_NAMES = { docx: 'a Word document', html: 'an HTML page', text: 'plain text' } as const;

/**
 * A source file and its machine translation on disk: two Word documents or two HTML pages become
 * a document written back as the target file; two texts an aligned text document (textImport.ts).
 */
export async function importPair(
  services: Services,
  input: TextImportInput & { targetName?: string | undefined },
): Promise<DocumentSummary> {
  const sourceKind = kindOf(input.sourcePath);
  const targetKind = kindOf(input.targetPath);
  // the machine translation as a Word document or a page, its source given as plain text
  if (sourceKind === 'text' && targetKind !== 'text') {
    input.onProgress?.(0.1);
    const document = await importWithTextSource(services, {
      fields: input.fields,
      sourceText: fileText(input.sourcePath, 'source', 'text'),
      target: readWhole(input.targetPath, 'target'),
      kind: targetKind,
      targetName: input.targetName ?? `${input.fields.title}.${targetKind}`,
      actorId: input.actorId,
      onProgress: input.onProgress,
    });
    input.onProgress?.(1);
    return document;
  }
  if (sourceKind !== targetKind) {
    throw badRequest('target', `is ${KIND_NAMES[targetKind]} while the source is ${KIND_NAMES[sourceKind]}: send two files of one kind`);
  }
  if (sourceKind === 'text') return importTexts(services, { ...input, markdown: input.markdown ?? isMarkdownName(input.targetName) });
  input.onProgress?.(0.1);
  const targetName = input.targetName ?? `${input.fields.title}.${sourceKind}`;
  const document =
    sourceKind === 'html'
      ? await importHtmlPair(services, {
          fields: input.fields,
          sourceText: fileText(input.sourcePath, 'source', 'html'),
          targetText: fileText(input.targetPath, 'target', 'html'),
          targetName,
          actorId: input.actorId,
          onProgress: input.onProgress,
        })
      : await importDocxPair(services, {
          fields: input.fields,
          source: readWhole(input.sourcePath, 'source'),
          target: readWhole(input.targetPath, 'target'),
          targetName,
          actorId: input.actorId,
          onProgress: input.onProgress,
        });
  input.onProgress?.(1);
  return document;
}

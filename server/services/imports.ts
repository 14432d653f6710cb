/**
 * Importing a file of any size: read piece by piece from disk, parsed as it is read, stored a
 * batch of segments at a time, each batch its own short transaction (so saves elsewhere never
 * wait long), with the file itself kept in pieces for export. The document stays hidden until it
 * is whole; a file that turns out unreadable halfway leaves nothing behind. Memory holds a piece
 * of the file and a batch of segments, whatever the file's length.
 */
import fs from 'node:fs';
import { CreateDocumentBody, MAX_SEGMENT_LENGTH, MAX_SEGMENTS_PER_DOCUMENT, type DocumentSummary } from '../../shared/schemas';
import { namesOfSource } from '../../shared/qa';
import { countSentences, RepeatCounter } from '../../shared/qa/repeats';
import { badRequest } from '../errors';
import { xliffReader, XliffError, type XliffSegment } from '../formats/xliff';
import type { NewSegment } from '../store/repositories/documents';
import { parseImport, sniffFormat, titleFrom } from './files';
import { pairLanguages } from './glossary';
import type { Services } from '.';
import { checkStamp } from './checkStamp';

/** Segments stored per transaction. */
const BATCH = 2000;
/** Bytes read from the file at a time. */
const READ_SIZE = 1 << 20;
/** Characters of the file held before they are stored even without segments. */
const PIECES_HELD = 8 << 20;
/** Segments queued for checking per transaction once the document is whole. */
const QUEUE_CHUNK = 20_000;

export interface ImportOptions {
  /** The file's name (as uploaded): the title comes from it unless one is given. */
  name: string;
  title?: string | undefined;
  actorId: number;
  /** Told how far the import has come (0 to 1), now and then. */
  onProgress?: (share: number) => void;
}

// eslint-disable-next-line no-control-regex -- what text() refuses: NUL, and surrogates without their pair
const BAD_TEXT_RE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The same rules as a document created through the API: no NUL, no lone surrogate, not too long. */
function checkText(value: string, what: string, position: number): void {
  if (value.length > MAX_SEGMENT_LENGTH)
    throw badRequest('file', `segment ${position}: the ${what} is longer than ${MAX_SEGMENT_LENGTH} characters`);
  if (BAD_TEXT_RE.test(value)) throw badRequest('file', `segment ${position}: the ${what} contains a NUL character or invalid Unicode`);
}

/** The encoding a file's first bytes say (a byte-order mark; XML's declaration for other 8-bit ones). */
function encodingOf(head: Buffer): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const text = head.toString('latin1', 0, Math.min(200, head.length));
  const declared = /^(?:\uFEFF|ï»¿)?<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(text)?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    throw badRequest(
      'file',
      `is not an XLIFF file Tilik can read: line 1, column 1: the file declares the encoding "${declared}"; Tilik reads XLIFF in UTF-8 or UTF-16`,
    );
  }
  return 'utf-8';
}

/** The file's text, piece by piece (the byte-order mark dropped), and how much of it was read. */
async function* textOf(path: string, onShare: (share: number) => void): AsyncGenerator<string> {
  const size = fs.statSync(path).size;
  const handle = await fs.promises.open(path, 'r');
  try {
    const buffer = Buffer.alloc(READ_SIZE);
    let decoder: TextDecoder | undefined;
    let read = 0;
    let first = true;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, READ_SIZE, null);
      if (bytesRead === 0) break;
      const bytes = buffer.subarray(0, bytesRead);
      decoder ??= new TextDecoder(encodingOf(bytes), { fatal: true, ignoreBOM: false });
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: true });
      } catch {
        throw badRequest('file', 'is not an XLIFF file Tilik can read: the file is not valid UTF-8');
      }
      if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
      read += bytesRead;
      onShare(size === 0 ? 1 : read / size);
      if (text) yield text;
    }
    if (decoder) {
      try {
        const rest = decoder.decode();
        if (rest) yield rest;
      } catch {
        throw badRequest('file', 'is not an XLIFF file Tilik can read: the file is not valid UTF-8');
      }
    }
  } finally {
    await handle.close();
  }
}

/** The first bytes of a file, to tell its kind. */
function headOf(path: string): Buffer {
  const handle = fs.openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const read = fs.readSync(handle, buffer, 0, 4096, 0);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(handle);
  }
}

function headText(head: Buffer): string {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head.subarray(2));
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head.subarray(2));
  return new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/, '');
}

/** Whether the file is read a piece at a time (XLIFF), so that its import holds little at once (TMX is read whole). */
export function isStreamedImport(path: string): boolean {
  return sniffFormat(headText(headOf(path))) === 'xliff';
}

/**
 * Imports an XLIFF or TMX file from disk (see the top of this file). XLIFF streams; TMX is read
 * whole (it is a translation memory, not a document to review, and rarely large).
 */
export async function importFile(services: Services, path: string, options: ImportOptions): Promise<DocumentSummary> {
  const format = sniffFormat(headText(headOf(path)));
  if (format === 'xliff') return importXliff(services, path, options);
  const bytes = fs.readFileSync(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw badRequest('file', 'is not valid UTF-8 text');
  }
  const parsed = parseImport(options.name, text, { title: options.title });
  const names = new Set<string>();
  const sentences = new RepeatCounter();
  for (const segment of parsed.input.segments) {
    for (const name of namesOfSource(segment.source, parsed.input.sourceLang)) names.add(name);
    countSentences(sentences, segment.source);
  }
  return services.documents.create(parsed.input, options.actorId, parsed.imported, [...names, ...sentences.repeated()]);
}

/** The origin kept with an imported XLIFF segment: its key, codes, notes, state, and where export writes. */
function originOf(segment: XliffSegment): NewSegment['origin'] {
  return JSON.stringify({
    codes: segment.codes,
    notes: segment.notes,
    state: segment.state,
    xliff: {
      targetContent: segment.targetContent,
      stateTag: segment.stateTag,
      stateTagText: segment.stateTagText,
      targetSelfClosing: segment.targetSelfClosing,
      targetSelfClosingText: segment.targetSelfClosingText,
      insertAt: segment.insertAt,
      mid: segment.mid,
    },
  });
}

async function importXliff(services: Services, path: string, options: ImportOptions): Promise<DocumentSummary> {
  const { store } = services;
  const now = () => new Date().toISOString();
  let documentId: number | null = null;
  let stored = 0;
  let seq = 0;
  let share = 0;
  let pending: XliffSegment[] = [];
  let pieces: string[] = [];
  let piecesLength = 0;
  const names = new Set<string>();
  const sentences = new RepeatCounter();
  let sourceLang = '';

  const reader = xliffReader((segments) => {
    for (const segment of segments) pending.push(segment);
  });

  /** Stores what was read so far: the document (first time), the pieces of the file, a batch of segments. */
  const flush = async (all: boolean) => {
    const header = reader.header;
    if (documentId === null) {
      if (pending.length === 0 && !all) return;
      if (!header.sourceLang || !header.targetLang) return;
      const title = titleFrom(options.name, options.title);
      documentId = await store.transaction(async (tx) => {
        const id = await tx.documents.insert({
          title,
          sourceLang: header.sourceLang as string,
          targetLang: header.targetLang as string,
          createdAt: now(),
          createdBy: options.actorId,
        });
        await tx.documents.setImport(id, 'importing', 0);
        await tx.documents.insertFile(id, { name: options.name, format: `xliff-${header.version ?? '2.0'}` });
        return id;
      });
      sourceLang = header.sourceLang;
    }
    const id = documentId;
    while (pending.length >= BATCH || (all && (pending.length > 0 || pieces.length > 0))) {
      const batch = pending.slice(0, BATCH);
      pending = pending.slice(batch.length);
      const segments = batch.map((segment, k) => {
        const position = stored + k + 1;
        checkText(segment.source, 'source', position);
        checkText(segment.target ?? '', 'target', position);
        for (const name of namesOfSource(segment.source, sourceLang)) names.add(name);
        countSentences(sentences, segment.source);
        return { source: segment.source, mt: segment.target ?? '', originKey: segment.key, origin: originOf(segment) };
      });
      if (stored + segments.length > MAX_SEGMENTS_PER_DOCUMENT)
        throw badRequest('file', `holds more than ${MAX_SEGMENTS_PER_DOCUMENT} segments, the limit`);
      const file = pieces;
      pieces = [];
      piecesLength = 0;
      const from = stored;
      await store.transaction(async (tx) => {
        for (const piece of file) await tx.documents.appendFileChunk(id, seq++, piece);
        if (segments.length > 0) await tx.documents.insertSegments(id, segments, from, false);
        await tx.documents.setImport(id, 'importing', share);
      });
      stored += segments.length;
      if (batch.length === 0) break;
    }
  };

  const flushPieces = async () => {
    const id = documentId as number;
    const file = pieces;
    pieces = [];
    piecesLength = 0;
    await store.transaction(async (tx) => {
      for (const piece of file) await tx.documents.appendFileChunk(id, seq++, piece);
      await tx.documents.setImport(id, 'importing', share);
    });
  };

  try {
    for await (const text of textOf(path, (read) => (share = read))) {
      reader.write(text);
      pieces.push(text);
      piecesLength += text.length;
      // a batch of segments, or (a file that is mostly not text) enough of the file, is stored
      if (pending.length >= BATCH) await flush(false);
      else if (piecesLength > PIECES_HELD && documentId !== null) await flushPieces();
      options.onProgress?.(share * 0.95);
    }
    const header = reader.close();
    const input = CreateDocumentBody.pick({ sourceLang: true, targetLang: true }).safeParse({
      sourceLang: header.sourceLang,
      targetLang: header.targetLang,
    });
    if (!input.success)
      throw badRequest('file', `does not name its languages as BCP 47 tags ("${header.sourceLang}" → "${header.targetLang}")`);
    await flush(true);
    if (documentId === null) throw badRequest('file', 'is not an XLIFF file Tilik can read: the file has no translatable segment');
    const id: number = documentId;
    // whole: every segment queued for checking, the names kept, and then the document is there
    for (let from = 1; from <= stored; from += QUEUE_CHUNK) {
      await store.transaction((tx) => tx.checks.enqueuePositions(id, from, from + QUEUE_CHUNK - 1));
      options.onProgress?.(0.95 + (0.05 * from) / stored);
    }
    await store.transaction(async (tx) => {
      const pair = pairLanguages(header.sourceLang, header.targetLang);
      await tx.checks.setCheckedStamp(id, checkStamp(await tx.glossary.stampFor(pair.sources, pair.targets), 0));
      // its names, and its repeated sentences: what consistency watches
      await tx.checks.setNames(id, [...names, ...sentences.repeated()].sort());
      await tx.documents.setImport(id, null, null);
      await tx.revisions.appendEvent(
        {
          documentId: id,
          segmentId: null,
          revisionId: null,
          actorId: options.actorId,
          type: 'document.created',
          payload: { segments: stored, file: options.name, format: `xliff-${header.version}` },
        },
        now(),
      );
    });
    options.onProgress?.(1);
    const created = await services.documents.get(id);
    if (!created) throw new Error(`document ${id} vanished after its import`);
    return created;
  } catch (error) {
    if (documentId !== null) {
      const id: number = documentId;
      // nothing of an unfinished import stays
      while (!(await store.transaction((tx) => tx.documents.deleteUnfinished(id)))) {
        // a batch of rows at a time
      }
    }
    if (error instanceof XliffError) throw badRequest('file', `is not an XLIFF file Tilik can read: ${error.message}`);
    throw error;
  }
}

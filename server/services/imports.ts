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
import { importedStatus, xliffReader, XliffError, type ImportedStatus, type LanguagePair, type XliffSegment } from '../formats/xliff';
import type { NewSegment } from '../store/repositories/documents';
import { parseImport, sniffFormat, titleFrom } from './files';
import type { Services } from '.';
import { discardImport, queueEverySegment, showImported } from './hiddenImport';
import { decodeText } from '../middleware/multipart';
import { collectGarbageAbove } from '../workers/heap';
import { SYSTEM_USER_ID } from '../store/types';

/** Segments stored per transaction. */
const BATCH = 2000;
/** Bytes read from the file at a time. */
const READ_SIZE = 1 << 20;
/** Characters of the file held before they are stored even without segments. */
const PIECES_HELD = 8 << 20;
/** Segments queued for checking per transaction once the document is whole. */
/** The heap held above which an import collects its garbage between batches (see workers/heap.ts). */
const HEAP_CEILING = 128 * 1024 * 1024;

/** What an import is doing: reading the file (checking and storing its segments as they come), then queueing them for the checks. */
export type ImportPhase = 'reading' | 'queueing';

export interface ImportOptions {
  /** The file's name (as uploaded): the title comes from it unless one is given. */
  name: string;
  title?: string | undefined;
  actorId: number;
  /** The target language of an XLIFF file that names none (a file that names one keeps its own). */
  targetLang?: string | undefined;
  /** Whether the file's own states become revisions (submitted, approved); default true. */
  states?: boolean | undefined;
  /** Told how far the import has come (0 to 1), now and then. */
  onProgress?: (share: number) => void;
  /** Told when the import moves on from reading (reading, checking and storing the segments) to queueing them for the checks. */
  onPhase?: (phase: ImportPhase, segments: number) => void;
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
async function* textOf(
  path: string,
  onShare: (share: number) => void,
  onByteOrderMark: () => void = () => undefined,
): AsyncGenerator<string> {
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
      // (the decoder drops a byte-order mark; whether there was one is told)
      if (first && ((bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || encodingOf(bytes) !== 'utf-8')) onByteOrderMark();
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
export async function importFile(services: Services, path: string, options: ImportOptions): Promise<XliffImportResult> {
  const format = sniffFormat(headText(headOf(path)));
  if (format === 'xliff') return importXliff(services, path, options);
  const bytes = fs.readFileSync(path);
  let text: string;
  try {
    text = decodeText(bytes);
  } catch {
    throw badRequest('file', 'is not valid UTF-8 text (nor UTF-16 with a byte-order mark)');
  }
  const parsed = parseImport(options.name, text, { title: options.title });
  const names = new Set<string>();
  const sentences = new RepeatCounter();
  for (const segment of parsed.input.segments) {
    for (const name of namesOfSource(segment.source, parsed.input.sourceLang)) names.add(name);
    countSentences(sentences, segment.source);
  }
  const document = await services.documents.create(parsed.input, options.actorId, parsed.imported, [...names, ...sentences.repeatedRefs()]);
  return { documents: [document], warnings: [], warningCount: 0, states: { submitted: 0, approved: 0 } };
}

/** Candidate translations kept per segment (the file's best first, as it gives them). */
const CANDIDATES_KEPT = 5;

/** The origin kept with an imported XLIFF segment: its key, codes, notes, state, candidates, and where export writes. */
function originOf(segment: XliffSegment, imported: ImportedStatus | null): NewSegment['origin'] {
  return JSON.stringify({
    codes: segment.codes,
    notes: segment.notes,
    state: segment.state,
    ...(segment.confirmation ? { confirmation: segment.confirmation } : {}),
    ...(imported ? { imported } : {}),
    ...(segment.candidates.length > 0 ? { candidates: segment.candidates.slice(0, CANDIDATES_KEPT) } : {}),
    xliff: {
      targetContent: segment.targetContent,
      stateTag: segment.stateTag,
      stateTagText: segment.stateTagText,
      targetSelfClosing: segment.targetSelfClosing,
      targetSelfClosingText: segment.targetSelfClosingText,
      insertAt: segment.insertAt,
      mid: segment.mid,
      ...(segment.confirmationTag ? { confirmationTag: segment.confirmationTag, confirmationTagText: segment.confirmationTagText } : {}),
    },
  });
}

/** The documents an XLIFF import made (one per language pair), and what it found wrong with the file. */
export interface XliffImportResult {
  documents: DocumentSummary[];
  warnings: string[];
  warningCount: number;
  /** Segments that came in submitted or approved, from the file's own states. */
  states: { submitted: number; approved: number };
}

/** One language pair of the file being imported: its document, and what is gathered for it. */
interface PairImport {
  pair: LanguagePair;
  documentId: number;
  stored: number;
  pending: XliffSegment[];
  names: Set<string>;
  sentences: RepeatCounter;
}

/** The user the file's own states are recorded by (made by a migration; its name cannot be a person's). */
export const IMPORT_USERNAME = '@import';

async function importXliff(services: Services, path: string, options: ImportOptions): Promise<XliffImportResult> {
  const { store } = services;
  const now = () => new Date().toISOString();
  const useStates = options.states !== false;
  const importUser = useStates ? ((await store.read.people.userByName(IMPORT_USERNAME))?.id ?? SYSTEM_USER_ID) : SYSTEM_USER_ID;
  const imports: PairImport[] = [];
  let holder: number | null = null;
  let seq = 0;
  let share = 0;
  let pieces: string[] = [];
  let piecesLength = 0;
  let total = 0;
  const counted = { submitted: 0, approved: 0 };
  let format = 'xliff-2.0';
  let byteOrderMark = false;

  const reader = xliffReader(
    (segments) => {
      for (const segment of segments) pendingFor(segment).pending.push(segment);
    },
    { targetLang: options.targetLang },
  );
  // segments wait in their pair's list until its document exists (made in flush, not in the reader's callback)
  const waiting: XliffSegment[] = [];
  const pendingFor = (segment: XliffSegment): { pending: XliffSegment[] } => {
    const found = imports.find((entry) => entry.pair.sourceLang === segment.sourceLang && entry.pair.targetLang === segment.targetLang);
    return found ?? { pending: waiting };
  };

  /** A document for each pair met so far that has none (the first one keeps the file). */
  const open = async () => {
    while (waiting.length > 0) {
      const first = waiting[0] as XliffSegment;
      const pair = { sourceLang: first.sourceLang, targetLang: first.targetLang };
      const input = CreateDocumentBody.pick({ sourceLang: true, targetLang: true }).safeParse(pair);
      if (!input.success)
        throw badRequest('file', `does not name its languages as BCP 47 tags ("${pair.sourceLang}" → "${pair.targetLang}")`);
      format = `xliff-${reader.header.version ?? '2.0'}`;
      const fileOf = holder;
      const id = await store.transaction(async (tx) => {
        const id = await tx.documents.insert({
          title: titleFrom(options.name, options.title),
          sourceLang: pair.sourceLang,
          targetLang: pair.targetLang,
          createdAt: now(),
          createdBy: options.actorId,
        });
        await tx.documents.setImport(id, 'reading', share);
        await tx.documents.insertFile(id, { name: options.name, format, byteOrderMark, ...(fileOf === null ? {} : { fileOf }) });
        return id;
      });
      holder ??= id;
      const entry: PairImport = { pair, documentId: id, stored: 0, pending: [], names: new Set(), sentences: new RepeatCounter() };
      imports.push(entry);
      // what waited and is of this pair moves to it; the rest waits for its own document
      const rest = waiting.filter((segment) => {
        if (segment.sourceLang === pair.sourceLang && segment.targetLang === pair.targetLang) {
          entry.pending.push(segment);
          return false;
        }
        return true;
      });
      waiting.length = 0;
      waiting.push(...rest);
    }
  };

  /** Stores a batch of one pair's segments (with the file's pieces read so far). */
  const store1 = async (entry: PairImport, batch: XliffSegment[]) => {
    const id = entry.documentId;
    const states = { submitted: [] as number[], approved: [] as number[] };
    const segments = batch.map((segment, k) => {
      const position = entry.stored + k + 1;
      checkText(segment.source, 'source', total + k + 1);
      checkText(segment.target ?? '', 'target', total + k + 1);
      for (const name of namesOfSource(segment.source, entry.pair.sourceLang)) entry.names.add(name);
      countSentences(entry.sentences, segment.source);
      const imported = useStates ? importedStatus(segment) : null;
      if (imported) states[imported].push(position);
      return { source: segment.source, mt: segment.target ?? '', originKey: segment.key, origin: originOf(segment, imported) };
    });
    if (entry.stored + segments.length > MAX_SEGMENTS_PER_DOCUMENT)
      throw badRequest('file', `holds more than ${MAX_SEGMENTS_PER_DOCUMENT} segments, the limit`);
    const file = pieces;
    pieces = [];
    piecesLength = 0;
    const from = entry.stored;
    const at = now();
    await store.transaction(async (tx) => {
      for (const piece of file) await tx.documents.appendFileChunk(holder as number, seq++, piece);
      if (segments.length > 0) await tx.documents.insertSegments(id, segments, from, false);
      if (states.submitted.length + states.approved.length > 0) {
        const approved = await tx.documents.importStates(id, states, importUser, at);
        // an approved translation enters its pair's memory, as an approval in the editor does
        for (const { id: segmentId, position } of approved) {
          const segment = segments[position - from - 1];
          if (!segment) continue;
          if (segment.source.trim() === '' || segment.mt.trim() === '') continue;
          await tx.memory.add({
            sourceLang: entry.pair.sourceLang,
            targetLang: entry.pair.targetLang,
            memory: null,
            source: segment.source,
            target: segment.mt,
            origin: options.name,
            documentId: id,
            segmentId,
            approvedBy: importUser,
            approvedAt: at,
          });
        }
      }
      await tx.documents.setImport(id, 'reading', share);
    });
    counted.submitted += states.submitted.length;
    counted.approved += states.approved.length;
    entry.stored += segments.length;
    total += segments.length;
    collectGarbageAbove(HEAP_CEILING);
  };

  /** Stores what was read so far: each pair's full batches (all: everything), and the file's pieces. */
  const flush = async (all: boolean) => {
    await open();
    for (const entry of imports) {
      while (entry.pending.length >= BATCH || (all && entry.pending.length > 0)) {
        const batch = entry.pending.slice(0, BATCH);
        entry.pending = entry.pending.slice(batch.length);
        await store1(entry, batch);
      }
    }
    if (holder !== null && (all || piecesLength > PIECES_HELD) && pieces.length > 0) {
      const file = pieces;
      pieces = [];
      piecesLength = 0;
      await store.transaction(async (tx) => {
        for (const piece of file) await tx.documents.appendFileChunk(holder as number, seq++, piece);
        await tx.documents.setImport(holder as number, 'reading', share);
      });
    }
  };
  const pendingCount = () => waiting.length + imports.reduce((sum, entry) => sum + entry.pending.length, 0);

  try {
    for await (const text of textOf(
      path,
      (read) => (share = read),
      () => (byteOrderMark = true),
    )) {
      reader.write(text);
      pieces.push(text);
      piecesLength += text.length;
      // a batch of segments, or (a file that is mostly not text) enough of the file, is stored
      if (pendingCount() >= BATCH || (piecesLength > PIECES_HELD && holder !== null)) await flush(false);
      options.onProgress?.(share * 0.95);
    }
    const header = reader.close();
    await flush(true);
    if (holder === null || imports.length === 0)
      throw badRequest('file', 'is not an XLIFF file Tilik can read: the file has no translatable segment');
    // whole: every segment queued for checking, the names kept, and then the documents are there, together
    let queued = 0;
    options.onPhase?.('queueing', total);
    for (const entry of imports) {
      const before = queued;
      await queueEverySegment(store, entry.documentId, entry.stored, async (tx, done) => {
        queued = before + done;
        await tx.documents.setImport(entry.documentId, 'queueing', 0.95 + (0.05 * queued) / total);
        options.onProgress?.(0.95 + (0.05 * queued) / total);
      });
    }
    const several = imports.length > 1;
    await store.transaction(async (tx) => {
      for (const entry of imports) {
        const id = entry.documentId;
        // one file, several pairs: each document is named after the file and its pair
        if (several)
          await tx.documents.update(id, {
            title: `${titleFrom(options.name, options.title)} (${entry.pair.sourceLang} → ${entry.pair.targetLang})`.slice(0, 200),
          });
        await showImported(
          tx,
          { id, ...entry.pair, names: [...entry.names, ...entry.sentences.repeatedRefs()], actorId: options.actorId, at: now() },
          {
            segments: entry.stored,
            file: options.name,
            format,
            ...(several ? { pairs: imports.length } : {}),
            ...(header.warningCount > 0 ? { warnings: header.warnings, warningCount: header.warningCount } : {}),
          },
        );
      }
    });
    // the file's approved translations went into the memory
    if (counted.approved > 0) await store.transaction((tx) => tx.memory.refreshStatistics());
    options.onProgress?.(1);
    const documents: DocumentSummary[] = [];
    for (const entry of imports) {
      const created = await services.documents.get(entry.documentId);
      if (!created) throw new Error(`document ${entry.documentId} vanished after its import`);
      documents.push(created);
    }
    return { documents, warnings: header.warnings, warningCount: header.warningCount, states: counted };
  } catch (error) {
    // nothing of an unfinished import stays (the documents that share the file before the one that holds it)
    for (const entry of [...imports].reverse()) await discardImport(store, entry.documentId);
    if (error instanceof XliffError) {
      if (error.missing === 'targetLang') throw badRequest('targetLang', `is needed: ${error.message}`);
      throw badRequest('file', `is not an XLIFF file Tilik can read: ${error.message}`);
    }
    throw error;
  }
}

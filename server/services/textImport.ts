/**
 * A document from a source text and its machine translation, of any length: each file is read
 * piece by piece from disk and split into paragraphs (as splitParagraphs splits a text in hand),
 * each paragraph written to a temporary file while only what the aligner needs stays in memory
 * (its length and its anchors); the aligner pairs them (alignMeasuresInSteps, the same groups as
 * alignParagraphs); the segments are then read back from the temporary files in order and stored
 * a batch at a time, each batch its own short transaction, the document hidden until it is whole
 * (as an XLIFF import: see imports.ts). A million paragraphs a side take tens of megabytes here,
 * never the texts' hundreds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_SEGMENT_LENGTH, MAX_SEGMENTS_PER_DOCUMENT, type CreateDocumentFields, type DocumentSummary } from '../../shared/schemas';
import { namesOfSource } from '../../shared/qa';
import { countSentences, RepeatCounter } from '../../shared/qa/repeats';
import { alignedLength, alignMeasuresInSteps, anchorIdsOf, type AnchorTable } from '../../shared/text/align';
import { badRequest } from '../errors';
import { markdownCodes } from '../../shared/text/markdown';
import { forEachParagraph } from './paragraphStore';
import type { NewSegment } from '../store/repositories/documents';
import type { Services } from '.';
import { discardImport, queueEverySegment, showImported } from './hiddenImport';
import { collectGarbage, collectGarbageAbove } from '../workers/heap';

/** Segments stored per transaction. */
const BATCH = 2000;
/** Bytes read from a file, and written to a temporary one, at a time. */
const IO_SIZE = 1 << 20;
/** The heap at which garbage is collected between batches (see workers/heap.ts). */
const HEAP_CEILING = 128 * 1024 * 1024;

// eslint-disable-next-line no-control-regex -- what text() refuses: NUL, and surrogates without their pair
const BAD_TEXT_RE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The typed arrays a growing list may be. */
type NumberArray = Int32Array | Float64Array;

/** The most bytes one list may take (a reservation of address space: only pages written take memory). */
const LIST_RESERVE = 2 ** 32;
/** Bytes added to a list's buffer at a time. */
const LIST_STEP = 1 << 22;

/**
 * A long list of numbers in one resizable buffer: it grows in place, the memory for its pages
 * taken as they are written, so nothing is ever copied (a doubling array holds the old copy and
 * the new one at once, then leaves the old as garbage: for a million paragraphs' anchors, tens of
 * millions of numbers, that was 100 MB more at the read's peak). `done` gives a view of exactly
 * the numbers pushed.
 */
class GrowingList<T extends NumberArray> {
  private readonly buffer = new ArrayBuffer(0, { maxByteLength: LIST_RESERVE });
  private data: T;
  length = 0;

  constructor(private readonly kind: { new (buffer: ArrayBuffer, offset?: number, length?: number): T; BYTES_PER_ELEMENT: number }) {
    this.data = new kind(this.buffer);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      this.buffer.resize(Math.min(LIST_RESERVE, this.buffer.byteLength + LIST_STEP));
      this.data = new this.kind(this.buffer);
      if (this.length === this.data.length) throw new Error('a list of numbers outgrew its reservation');
    }
    this.data[this.length++] = value;
  }

  /** The numbers pushed (the buffer trimmed to them; no copy). */
  done(): T {
    this.buffer.resize(this.length * this.kind.BYTES_PER_ELEMENT);
    return new this.kind(this.buffer, 0, this.length);
  }
}

/** One side's paragraphs: in a temporary file (UTF-8, one after another), with their measures here. */
interface DiskParagraphs {
  fd: number;
  /** Paragraph k is bytes offsets[k] to offsets[k + 1] of the file. */
  offsets: Float64Array;
  /** Paragraph k's length as the aligner weighs it (alignedLength), and its anchors (let go once aligned). */
  lengths: Float64Array;
  anchors: AnchorTable;
}

/**
 * Reads a text file's paragraphs into a temporary file (already unlinked: the descriptor keeps it
 * until closed), measuring each as it goes. `field` names the upload in errors.
 */
async function readToDisk(
  file: string,
  directory: string,
  field: 'source' | 'target',
  onRead: (bytes: number) => Promise<void>,
): Promise<DiskParagraphs> {
  const spool = path.join(directory, field);
  const fd = fs.openSync(spool, 'w+');
  fs.rmSync(spool, { force: true });
  const offsets = new GrowingList(Float64Array);
  const lengths = new GrowingList(Float64Array);
  const anchorOffsets = new GrowingList(Int32Array);
  const anchorValues = new GrowingList(Int32Array);
  offsets.push(0);
  anchorOffsets.push(0);
  const buffer = Buffer.alloc(IO_SIZE);
  let held = 0;
  let written = 0;
  const flush = () => {
    if (held > 0) fs.writeSync(fd, buffer, 0, held, written);
    written += held;
    held = 0;
  };
  try {
    // one buffer read into again and again (each piece is decoded before the next is read): a
    // stream's new megabyte per piece left tens of megabytes in the allocator between collections
    async function* pieces(): AsyncGenerator<Uint8Array> {
      const input = await fs.promises.open(file, 'r');
      try {
        const piece = Buffer.allocUnsafe(IO_SIZE);
        for (;;) {
          const { bytesRead } = await input.read(piece, 0, IO_SIZE, null);
          if (bytesRead === 0) return;
          yield piece.subarray(0, bytesRead);
          await onRead(bytesRead);
        }
      } finally {
        await input.close();
      }
    }
    await forEachParagraph(pieces(), (paragraph) => {
      if (offsets.length > MAX_SEGMENTS_PER_DOCUMENT)
        throw badRequest(
          field,
          `holds more than ${MAX_SEGMENTS_PER_DOCUMENT} paragraphs; a document holds at most ${MAX_SEGMENTS_PER_DOCUMENT}`,
        );
      const size = Buffer.byteLength(paragraph, 'utf8');
      if (held + size > buffer.length) flush();
      if (size > buffer.length) {
        fs.writeSync(fd, paragraph, written, 'utf8');
        written += size;
      } else held += buffer.write(paragraph, held, 'utf8');
      offsets.push(written + held);
      lengths.push(alignedLength(paragraph));
      for (const id of anchorIdsOf(paragraph)) anchorValues.push(id);
      anchorOffsets.push(anchorValues.length);
    });
    flush();
  } catch (error) {
    fs.closeSync(fd);
    if ((error as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') throw badRequest(field, 'is not valid UTF-8 text');
    throw error;
  }
  return { fd, offsets: offsets.done(), lengths: lengths.done(), anchors: { values: anchorValues.done(), offsets: anchorOffsets.done() } };
}

/** Paragraphs first..first + count - 1 of a side, joined by a blank line (a merged or split paragraph). */
function paragraphsOf(side: DiskParagraphs, first: number, count: number): string {
  if (count === 0) return '';
  const start = side.offsets[first] as number;
  const end = side.offsets[first + count] as number;
  const bytes = Buffer.alloc(end - start);
  fs.readSync(side.fd, bytes, 0, bytes.length, start);
  if (count === 1) return bytes.toString('utf8');
  const parts: string[] = [];
  for (let k = first; k < first + count; k += 1)
    parts.push(bytes.toString('utf8', (side.offsets[k] as number) - start, (side.offsets[k + 1] as number) - start));
  return parts.join('\n\n');
}

/** The same rules as a document created through the API: no NUL, no lone surrogate, not too long. */
export function checkText(value: string, field: 'source' | 'target', position: number): void {
  if (value.length > MAX_SEGMENT_LENGTH)
    throw badRequest(field, `segment ${position}: the text is longer than ${MAX_SEGMENT_LENGTH} characters`);
  if (BAD_TEXT_RE.test(value)) throw badRequest(field, `segment ${position}: the text contains a NUL character or invalid Unicode`);
}

export interface TextImportInput {
  sourcePath: string;
  targetPath: string;
  fields: CreateDocumentFields;
  actorId: number;
  /** Told how far the import has come (0 to 1), now and then. */
  onProgress?: (share: number) => void;
  /** Markdown files (by their names): headings, list markers, links, code spans, images and bold as codes, exported as Markdown. */
  markdown?: boolean | undefined;
  /** The target file's name, kept with a Markdown document (its export is named after it). */
  targetName?: string | undefined;
}

/** Imports a text pair from disk as described above; the new document. */
export async function importTexts(services: Services, input: TextImportInput): Promise<DocumentSummary> {
  const { store } = services;
  // TILIK_IMPORT_TRACE=1: each phase's time and this process's memory then, on standard error
  const began = performance.now();
  const trace = (phase: string) => {
    if (process.env.TILIK_IMPORT_TRACE !== '1') return;
    const memory = process.memoryUsage();
    // straight to the file (a job thread's own stderr is handed to the main thread later, and lost
    // when the thread is stopped the moment its import is done)
    fs.writeSync(
      2,
      `[import] ${phase}: ${((performance.now() - began) / 1000).toFixed(1)} s, rss ${(memory.rss / 2 ** 20).toFixed(0)} MB, heap ${(memory.heapUsed / 2 ** 20).toFixed(0)} MB, buffers ${(memory.arrayBuffers / 2 ** 20).toFixed(0)} MB\n`,
    );
  };
  const languages = input.fields;
  const totalBytes = fs.statSync(input.sourcePath).size + fs.statSync(input.targetPath).size || 1;
  const now = () => new Date().toISOString();
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-texts-'));
  const sides: DiskParagraphs[] = [];
  let documentId: number | null = null;
  // how far it has come, told to the caller and (a step at a time) to the document's row, which
  // the documents list shows while the document itself stays hidden
  let shown = 0;
  let writing: Promise<void> = Promise.resolve();
  const progress = (share: number) => {
    const at = Math.min(1, share);
    input.onProgress?.(at);
    const id = documentId;
    if (id === null || at - shown < 0.01) return;
    shown = at;
    writing = writing.then(() => store.transaction((tx) => tx.documents.setImport(id, 'importing', at)));
  };
  let readBytes = 0;
  const onRead = async (bytes: number) => {
    readBytes += bytes;
    progress((0.4 * readBytes) / totalBytes);
    await writing;
  };
  try {
    documentId = await store.transaction(async (tx) => {
      const created = await tx.documents.insert({
        title: languages.title,
        sourceLang: languages.sourceLang,
        targetLang: languages.targetLang,
        createdAt: now(),
        createdBy: input.actorId,
      });
      await tx.documents.setImport(created, 'importing', 0);
      // a Markdown document remembers it is one: its export writes the markup back
      if (input.markdown) await tx.documents.insertFile(created, { name: input.targetName ?? `${languages.title}.md`, format: 'markdown' });
      return created;
    });
    const id: number = documentId;
    const source = await readToDisk(input.sourcePath, directory, 'source', onRead);
    sides.push(source);
    collectGarbage();
    const target = await readToDisk(input.targetPath, directory, 'target', onRead);
    sides.push(target);
    collectGarbage();
    fs.rmSync(directory, { recursive: true, force: true });
    trace(
      `read (${source.lengths.length} and ${target.lengths.length} paragraphs, ${source.anchors.values.length + target.anchors.values.length} anchors)`,
    );
    const sourceCount = source.lengths.length;
    const targetCount = target.lengths.length;
    // an empty side is a file sent by mistake, not a document to review
    if (sourceCount === 0) throw badRequest('source', 'is empty: it holds no paragraphs');
    if (targetCount === 0) throw badRequest('target', 'is empty: it holds no paragraphs (the machine translation is missing)');

    // aligned: each segment as four numbers (first source paragraph, how many, first target, how many)
    const units = new GrowingList(Int32Array);
    let settledSource = 0;
    await alignMeasuresInSteps(
      { lengths: source.lengths, anchors: source.anchors },
      { lengths: target.lengths, anchors: target.anchors },
      (groups) => {
        for (const group of groups) {
          units.push(group.source[0] ?? 0);
          units.push(group.source.length);
          units.push(group.target[0] ?? 0);
          units.push(group.target.length);
          settledSource += group.source.length + group.target.length;
        }
        progress(0.4 + (0.2 * settledSource) / (sourceCount + targetCount));
        // the programme's garbage (its settled rows) goes as it comes, not all at the end
        collectGarbageAbove(HEAP_CEILING);
      },
    );
    await writing;
    trace('aligned');
    // what only the aligner needed goes before the segments are stored
    for (const side of sides) {
      side.lengths = new Float64Array(0);
      side.anchors = { values: new Int32Array(0), offsets: new Int32Array(0) };
    }
    // given back now, with the aligner's garbage, not when the heap next fills (the peak was here)
    collectGarbage();
    const table = units.done();
    const segmentCount = table.length / 4;
    if (segmentCount > MAX_SEGMENTS_PER_DOCUMENT)
      throw badRequest('target', `aligns into ${segmentCount} segments; a document holds at most ${MAX_SEGMENTS_PER_DOCUMENT}`);

    const names = new Set<string>();
    const sentences = new RepeatCounter();
    for (let from = 0; from < segmentCount; from += BATCH) {
      const segments: NewSegment[] = [];
      for (let u = from; u < Math.min(segmentCount, from + BATCH); u += 1) {
        const at = 4 * u;
        const sourceText = paragraphsOf(source, table[at] as number, table[at + 1] as number);
        const mt = paragraphsOf(target, table[at + 2] as number, table[at + 3] as number);
        checkText(sourceText, 'source', u + 1);
        checkText(mt, 'target', u + 1);
        for (const name of namesOfSource(sourceText, languages.sourceLang)) names.add(name);
        countSentences(sentences, sourceText);
        const coded = input.markdown ? markdownCodes(sourceText, mt) : null;
        segments.push(
          coded
            ? {
                source: coded.source,
                mt: coded.mt,
                originKey: null,
                origin: JSON.stringify({ codes: coded.codes, notes: [], state: null }),
              }
            : { source: sourceText, mt, originKey: null, origin: null },
        );
      }
      const share = 0.6 + (0.35 * (from + segments.length)) / segmentCount;
      await store.transaction(async (tx) => {
        await tx.documents.insertSegments(id, segments, from, false);
        await tx.documents.setImport(id, 'importing', share);
      });
      shown = share;
      input.onProgress?.(share);
      collectGarbageAbove(HEAP_CEILING);
    }
    trace('stored');
    // whole: every segment queued for checking, the names kept, and then the document is there
    await queueEverySegment(store, id, segmentCount, async (_, queued) => progress(0.95 + (0.05 * queued) / segmentCount));
    trace('queued');
    await writing;
    await store.transaction((tx) =>
      showImported(
        tx,
        { id, ...languages, names: [...names, ...sentences.repeatedRefs()], actorId: input.actorId, at: now() },
        { segments: segmentCount },
      ),
    );
    trace('shown');
    input.onProgress?.(1);
    const created = await services.documents.get(id);
    if (!created) throw new Error(`document ${id} vanished after its import`);
    return created;
  } catch (error) {
    await writing.catch(() => undefined);
    if (documentId !== null) {
      // nothing of an unfinished import stays
      await discardImport(store, documentId);
    }
    throw error;
  } finally {
    for (const side of sides) fs.closeSync(side.fd);
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

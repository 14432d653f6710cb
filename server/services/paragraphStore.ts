/**
 * A long text's paragraphs kept as UTF-8 in one shared buffer: half the memory of the same text
 * as a JavaScript string (two bytes a character once a single curly quote appears), and readable
 * from every worker thread without a copy (a SharedArrayBuffer is shared, never cloned, when sent).
 *
 * The text is read in pieces and split as splitParagraphs splits it (blocks separated by blank
 * lines, trimmed, empty ones dropped), so the whole file is never one string.
 */
import { Buffer } from 'node:buffer';
import { normalizeNewlines, splitParagraphs } from '../../shared/text/paragraphs';

export interface ParagraphStore {
  /** The paragraphs' UTF-8, one after another. */
  bytes: SharedArrayBuffer;
  /** Paragraph k is bytes offsets[k] to offsets[k + 1] (shared too). */
  offsets: Float64Array<SharedArrayBuffer>;
  /** Paragraph k's length in UTF-16 code units: what positions in it count (shared too). */
  lengths: Int32Array<SharedArrayBuffer>;
}

export function paragraphCount(store: ParagraphStore): number {
  return store.lengths.length;
}

export function paragraphAt(store: ParagraphStore, index: number): string {
  const start = store.offsets[index] as number;
  return Buffer.from(store.bytes, start, (store.offsets[index + 1] as number) - start).toString('utf8');
}

/** The paragraphs from `first`, `count` of them, joined by `separator`. */
export function paragraphsAt(store: ParagraphStore, first: number, count: number, separator: string): string {
  if (count === 1) return paragraphAt(store, first);
  const parts: string[] = [];
  for (let k = first; k < first + count; k += 1) parts.push(paragraphAt(store, k));
  return parts.join(separator);
}

/** Where a blank-line separator starts, searching from `from`: the last one (-1: none). */
const SEPARATOR_RE = /\n[ \t\f\v\u00a0]*\n\s*/g;
function lastSeparator(text: string, from: number): number {
  SEPARATOR_RE.lastIndex = from;
  let last = -1;
  for (let match = SEPARATOR_RE.exec(text); match; match = SEPARATOR_RE.exec(text)) last = match.index;
  return last;
}

/** Sharing typed arrays' contents: copied once into shared memory. */
function shared<T extends Float64Array<SharedArrayBuffer> | Int32Array<SharedArrayBuffer>>(
  make: (buffer: SharedArrayBuffer, length: number) => T,
  from: Float64Array | Int32Array,
  length: number,
): T {
  const out = make(new SharedArrayBuffer(Math.max(1, length) * from.BYTES_PER_ELEMENT), length);
  out.set(from.subarray(0, length));
  return out;
}

/**
 * A text's paragraphs, from its bytes given piece by piece, each handed to `onParagraph` in order
 * as soon as it is known to be complete: split as splitParagraphs splits the whole text, without
 * the whole text ever being one string. Throws a TypeError with code
 * ERR_ENCODING_INVALID_ENCODED_DATA when the bytes are not UTF-8.
 */
export async function forEachParagraph(
  pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  onParagraph: (paragraph: string) => void,
): Promise<void> {
  const add = (text: string) => {
    for (const paragraph of splitParagraphs(text)) onParagraph(paragraph);
  };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // the text since the last blank line seen: the paragraph(s) not yet known to be complete
  let carry = '';
  const take = (piece: string, last: boolean) => {
    let pending = carry + piece;
    // a CR at the end may be half of a CRLF
    const held = !last && pending.endsWith('\r') ? '\r' : '';
    if (held) pending = pending.slice(0, -1);
    pending = normalizeNewlines(pending);
    if (last) {
      add(pending);
      carry = '';
      return;
    }
    // paragraphs end at a blank line; cutting where one starts splits the text as a whole would
    const from = Math.max(0, carry.lastIndexOf('\n'));
    const cut = lastSeparator(pending, from);
    if (cut > 0) {
      add(pending.slice(0, cut));
      carry = pending.slice(cut) + held;
    } else carry = pending + held;
  };
  for await (const piece of pieces) take(decoder.decode(piece, { stream: true }), false);
  take(decoder.decode(), true);
}

/**
 * Reads a text's paragraphs from its bytes, given piece by piece. `capacity` is how many bytes
 * the text has at most (its file's size): the paragraphs never take more. Throws a TypeError with
 * code ERR_ENCODING_INVALID_ENCODED_DATA when the bytes are not UTF-8.
 */
export async function readParagraphStore(
  pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  capacity: number,
): Promise<ParagraphStore> {
  const bytes = new SharedArrayBuffer(Math.max(1, capacity));
  const out = Buffer.from(bytes);
  let offsets = new Float64Array(1024);
  let lengths = new Int32Array(1024);
  let count = 0;
  let used = 0;
  await forEachParagraph(pieces, (paragraph) => {
    if (count + 1 >= offsets.length) {
      const more = new Float64Array(offsets.length * 2);
      more.set(offsets);
      offsets = more;
      const longer = new Int32Array(lengths.length * 2);
      longer.set(lengths);
      lengths = longer;
    }
    const size = Buffer.byteLength(paragraph, 'utf8');
    if (used + size > out.length) throw new Error(`the text is longer than its ${capacity} bytes (did the file change while it was read?)`);
    out.write(paragraph, used, 'utf8');
    lengths[count] = paragraph.length;
    count += 1;
    used += size;
    offsets[count] = used;
  });
  return {
    bytes,
    offsets: shared((b, n) => new Float64Array(b, 0, n), offsets, count + 1),
    lengths: shared((b, n) => new Int32Array(b, 0, n), lengths, count),
  };
}

/** A text in hand, as a store (for tests and short texts). */
export function paragraphStoreOf(text: string): Promise<ParagraphStore> {
  const bytes = Buffer.from(text, 'utf8');
  const pieces: Uint8Array[] = [];
  // in pieces, as a file is read, so that tests cover the joins
  for (let start = 0; start < bytes.length; start += 1 << 16) pieces.push(bytes.subarray(start, start + (1 << 16)));
  return readParagraphStore(pieces, bytes.length);
}

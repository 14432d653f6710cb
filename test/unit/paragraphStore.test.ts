/**
 * A long text read in pieces into shared memory must split into exactly the paragraphs
 * splitParagraphs finds in the whole, wherever the pieces happen to end.
 */
import { describe, expect, it } from 'vitest';
import { paragraphAt, paragraphCount, paragraphsAt, readParagraphStore } from '../../server/services/paragraphStore';
import { splitParagraphs } from '../../shared/text/paragraphs';

/** A small deterministic generator (tests must not depend on luck). */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PARTS = ['Kata', ' ', 'ümlaut', '漢字', '😀', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n \u00a0\t\n', '  ', '\u2028', 'x', '\uFEFF'];

function textOf(next: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += PARTS[Math.floor(next() * PARTS.length)];
  return text;
}

async function read(text: string, pieceSize: number) {
  const bytes = Buffer.from(text, 'utf8');
  const pieces: Uint8Array[] = [];
  for (let start = 0; start < bytes.length; start += pieceSize) pieces.push(bytes.subarray(start, start + pieceSize));
  const store = await readParagraphStore(pieces, bytes.length);
  return Array.from({ length: paragraphCount(store) }, (_, k) => paragraphAt(store, k));
}

describe('readParagraphStore', () => {
  it('splits as splitParagraphs does, with pieces ending anywhere (mid-character, mid-CRLF, mid-blank-line)', async () => {
    const next = random(7);
    for (let round = 0; round < 60; round += 1) {
      const text = textOf(next, 50 + Math.floor(next() * 400));
      const pieceSize = 1 + Math.floor(next() * 9);
      expect(await read(text, pieceSize), `round ${round}, pieces of ${pieceSize}`).toEqual(splitParagraphs(text));
    }
  });

  it('keeps each paragraph’s length in UTF-16 code units, and joins runs of paragraphs', async () => {
    const text = '\uFEFFFirst “quoted” 😀\r\n\r\nSecond\n\n\n   \nThird';
    const bytes = Buffer.from(text, 'utf8');
    const store = await readParagraphStore([bytes.subarray(0, 5), bytes.subarray(5)], bytes.length);
    expect(Array.from(store.lengths)).toEqual(splitParagraphs(text).map((p) => p.length));
    expect(paragraphsAt(store, 1, 2, '\n\n')).toBe('Second\n\nThird');
    expect(store.bytes).toBeInstanceOf(SharedArrayBuffer);
  });

  it('refuses bytes that are not UTF-8', async () => {
    await expect(readParagraphStore([Buffer.from('café', 'latin1')], 4)).rejects.toMatchObject({
      code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
    });
  });
});

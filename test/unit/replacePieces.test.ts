import { describe, expect, it } from 'vitest';
import { replaceInPieces } from '../../client/features/editor/api/mutations';

describe('a replacement of more paragraphs than one request may name', () => {
  it('is sent in pieces of the largest size, in order, its answers added up and its progress told', async () => {
    const expectList = Array.from({ length: 45 }, (_, k) => ({ segmentId: k + 1, version: 0 }));
    const sent: number[][] = [];
    const progress: Array<[number, number]> = [];
    const result = await replaceInPieces(
      expectList,
      20,
      async (piece) => {
        sent.push(piece.map((item) => item.segmentId));
        // the first paragraph of each piece was changed meanwhile
        const [first, ...rest] = piece;
        return {
          replaced: rest.map((item) => item.segmentId),
          skipped: [{ segmentId: first!.segmentId, reason: 'changed' }],
          matches: rest.length * 2,
        };
      },
      ({ done, total }) => progress.push([done, total]),
    );
    expect(sent.map((piece) => [piece[0], piece.at(-1), piece.length])).toEqual([
      [1, 20, 20],
      [21, 40, 20],
      [41, 45, 5],
    ]);
    expect(progress).toEqual([
      [0, 45],
      [20, 45],
      [40, 45],
      [45, 45],
    ]);
    expect(result.replaced).toHaveLength(42);
    expect(result.skipped.map((item) => item.segmentId)).toEqual([1, 21, 41]);
    expect(result.matches).toBe(84);
  });

  it('stops at the first piece the server refuses, the pieces before it kept', async () => {
    const sent: number[] = [];
    await expect(
      replaceInPieces(
        [1, 2, 3, 4, 5],
        2,
        async (piece) => {
          sent.push(...piece);
          if (piece.includes(3)) throw new Error('refused');
          return { replaced: piece, skipped: [], matches: piece.length };
        },
        () => undefined,
      ),
    ).rejects.toThrow('refused');
    expect(sent).toEqual([1, 2, 3, 4]);
  });
});

import { describe, expect, it } from 'vitest';
import { previewInPieces, replaceInPieces } from '../../client/features/editor/api/mutations';
import type { ReplacePreview } from '../../shared/schemas';

describe('a replacement of more paragraphs than one request may name', () => {
  it('is sent in pieces of the largest size, in order, its answers added up and its progress told', async () => {
    const expectList = Array.from({ length: 45 }, (_, k) => ({ segmentId: k + 1, version: 0 }));
    const sent: number[][] = [];
    const places: Array<{ part: number; parts: number }> = [];
    const progress: Array<[number, number]> = [];
    const result = await replaceInPieces(
      expectList,
      20,
      async (piece, place) => {
        sent.push(piece.map((item) => item.segmentId));
        places.push(place);
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
    expect(places).toEqual([
      { part: 1, parts: 3 },
      { part: 2, parts: 3 },
      { part: 3, parts: 3 },
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

describe('a preview of a document longer than one request reads', () => {
  const item = (position: number) => ({
    segmentId: 100 + position,
    position,
    version: 0,
    count: 2,
    before: `b${position}`,
    after: `a${position}`,
  });

  it('asks for piece after piece from where the last one stopped, joins them, and keeps the texts of the first 500 only', async () => {
    // a document of 1,200 paragraphs in which every second one matches
    const asked: Array<[number, number]> = [];
    const progress: Array<[number, number]> = [];
    const preview = await previewInPieces(
      400,
      1200,
      async ({ after, limit }) => {
        asked.push([after, limit]);
        const items = [];
        for (let position = after + 2; position <= Math.min(1200, after + limit); position += 2) items.push(item(position));
        const end = Math.min(1200, after + limit);
        return {
          items,
          paragraphs: items.length,
          matches: items.length * 2,
          shown: items.length,
          next: end < 1200 ? end : null,
        } satisfies ReplacePreview;
      },
      ({ done, total }) => progress.push([done, total]),
    );
    expect(asked).toEqual([
      [0, 400],
      [400, 400],
      [800, 400],
    ]);
    expect(progress).toEqual([
      [0, 1200],
      [400, 1200],
      [800, 1200],
      [1200, 1200],
    ]);
    expect(preview).toMatchObject({ paragraphs: 600, matches: 1200, shown: 500, next: null });
    expect(preview.items.map((found) => found.position)).toEqual(Array.from({ length: 600 }, (_, k) => 2 * (k + 1)));
    expect(preview.items[499]).toMatchObject({ position: 1000, before: 'b1000', after: 'a1000' });
    expect(preview.items[500]).toMatchObject({ position: 1002, before: null, after: null });
  });

  it('stops at the first piece that fails, asking for nothing after it', async () => {
    const asked: number[] = [];
    await expect(
      previewInPieces(
        10,
        50,
        async ({ after }) => {
          asked.push(after);
          if (after === 20) throw new Error('too_slow');
          return { items: [], paragraphs: 0, matches: 0, shown: 0, next: after + 10 };
        },
        () => undefined,
      ),
    ).rejects.toThrow('too_slow');
    expect(asked).toEqual([0, 10, 20]);
  });
});

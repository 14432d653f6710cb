import { describe, expect, it } from 'vitest';
import { movedTop, type MovedCount, type NameTop } from '../../server/store/repositories/nameTops';

/** The top as ranking every rendering says it (what the store's query does): most used, the name's own spelling, code point order. */
function rankedTop(name: string, counts: ReadonlyMap<string, number>): NameTop | null {
  const present = [...counts].filter(([, n]) => n > 0);
  if (present.length === 0) return null;
  const total = present.reduce((sum, [, n]) => sum + n, 0);
  const codePoints = (text: string) => [...text].map((c) => c.codePointAt(0) as number);
  present.sort(([a, an], [b, bn]) => {
    if (an !== bn) return bn - an;
    if (a === name || b === name) return a === name ? -1 : 1;
    const x = codePoints(a);
    const y = codePoints(b);
    for (let i = 0; i < Math.min(x.length, y.length); i += 1) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
    return x.length - y.length;
  });
  const [rendering, n] = present[0] as [string, number];
  return { rendering, n, total };
}

/** A small deterministic generator (mulberry32), so that a failure can be run again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("a name's chosen rendering after counts move", () => {
  const name = 'Jakarta';

  it('agrees with ranking every rendering whenever it answers, and ranks only when the top lost uses to a close race', () => {
    const renderings = ['Jakarta', 'Djakarta', 'jakarta', 'Jakarta Raya', 'Ĵakarta', '𝐉akarta', 'Batavia'];
    const next = random(20261204);
    let answered = 0;
    let ranked = 0;
    for (let round = 0; round < 5000; round += 1) {
      const counts = new Map<string, number>();
      for (const rendering of renderings) if (next() < 0.6) counts.set(rendering, Math.floor(next() * 4));
      const was = rankedTop(name, counts) ?? undefined;
      const moved = new Map<string, MovedCount>();
      for (const rendering of renderings) {
        if (next() < 0.6) continue;
        const n = counts.get(rendering) ?? 0;
        const delta = Math.max(-n, Math.floor(next() * 5) - 2);
        if (delta === 0) continue;
        counts.set(rendering, n + delta);
        moved.set(rendering, { n: n + delta, delta });
      }
      const top = movedTop(name, was, moved);
      if (top === 'rank') {
        ranked += 1;
        // only a top that lost uses, without a strict majority left, asks for the whole list
        const own = was && moved.get(was.rendering);
        expect(own && own.delta < 0).toBe(true);
        continue;
      }
      answered += 1;
      expect(top).toEqual(rankedTop(name, counts));
    }
    // both ways were taken, and most moves need no ranking
    expect(ranked).toBeGreaterThan(100);
    expect(answered).toBeGreaterThan(ranked);
  });

  it('keeps a top that lost a use but still holds a strict majority, and ranks again one that did not', () => {
    const was = { rendering: 'Djakarta', n: 5, total: 8 };
    expect(movedTop(name, was, new Map([['Djakarta', { n: 4, delta: -1 }]]))).toEqual({ rendering: 'Djakarta', n: 4, total: 7 });
    expect(movedTop(name, was, new Map([['Djakarta', { n: 3, delta: -2 }]]))).toBe('rank');
  });

  it("breaks a tie for the name's own spelling, then by code point", () => {
    const was = { rendering: 'Djakarta', n: 2, total: 2 };
    expect(movedTop(name, was, new Map([['Jakarta', { n: 2, delta: 2 }]]))).toEqual({ rendering: 'Jakarta', n: 2, total: 4 });
    expect(movedTop(name, was, new Map([['Batavia', { n: 2, delta: 2 }]]))).toEqual({ rendering: 'Batavia', n: 2, total: 4 });
    expect(movedTop(name, was, new Map([['jakarta', { n: 2, delta: 2 }]]))).toEqual({ rendering: 'Djakarta', n: 2, total: 4 });
  });

  it('has none when the last rendering goes, and takes the first ones of a name new to the document', () => {
    expect(movedTop(name, { rendering: 'Jakarta', n: 1, total: 1 }, new Map([['Jakarta', { n: 0, delta: -1 }]]))).toBeNull();
    expect(
      movedTop(
        name,
        undefined,
        new Map([
          ['Djakarta', { n: 1, delta: 1 }],
          ['Batavia', { n: 2, delta: 2 }],
        ]),
      ),
    ).toEqual({ rendering: 'Batavia', n: 2, total: 3 });
  });
});

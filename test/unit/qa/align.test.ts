import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignParagraphs, type AlignedGroup } from '../../../shared/text/align';
import { splitParagraphs } from '../../../shared/text/paragraphs';

const demoDir = path.resolve(import.meta.dirname, '../../../server/demo/seed-article');
const source = splitParagraphs(fs.readFileSync(path.join(demoDir, 'source.en.txt'), 'utf8'));
const target = splitParagraphs(fs.readFileSync(path.join(demoDir, 'target.id.txt'), 'utf8'));

/** "s:t" per group, 1-based, "+" for merged paragraphs and "-" for none. */
function show(groups: AlignedGroup[]): string[] {
  const side = (indexes: number[]) => indexes.map((i) => i + 1).join('+') || '-';
  return groups.map((group) => `${side(group.source)}:${side(group.target)}`);
}

const oneToOne = (from: number, to: number, shift = 0) =>
  Array.from({ length: to - from + 1 }, (_, k) => `${from + k}:${from + k + shift}`);

describe('alignParagraphs', () => {
  it('finds the five boilerplate paragraphs at the end of the demo translation', () => {
    expect(show(alignParagraphs(source, target))).toEqual([...oneToOne(1, 19), '-:20', '-:21', '-:22', '-:23', '-:24']);
  });

  it('copes with a paragraph missing from the translation', () => {
    const withoutSix = target.slice(0, 19).filter((_, i) => i !== 5);
    expect(show(alignParagraphs(source, withoutSix))).toEqual([...oneToOne(1, 5), '6:-', ...oneToOne(7, 19, -1)]);
  });

  it('copes with boilerplate at the start, not only at the end', () => {
    const extra = ['Bagikan artikel ini ke Facebook, X dan WhatsApp', 'Baca juga: berita terpopuler hari ini'];
    expect(show(alignParagraphs(source, [...extra, ...target.slice(0, 19)]))).toEqual(['-:1', '-:2', ...oneToOne(1, 19, 2)]);
  });

  it('copes with two paragraphs merged into one', () => {
    const merged = [...target.slice(0, 2), `${target[2]} ${target[3]}`, ...target.slice(4, 19)];
    expect(show(alignParagraphs(source, merged))).toEqual(['1:1', '2:2', '3+4:3', ...oneToOne(5, 19, -1)]);
  });

  it('copes with a paragraph split in two', () => {
    const fifth = target[4] as string;
    const cut = fifth.indexOf('. ') + 1;
    const split = [...target.slice(0, 4), fifth.slice(0, cut), fifth.slice(cut + 1), ...target.slice(5, 19)];
    expect(show(alignParagraphs(source, split))).toEqual([...oneToOne(1, 4), '5:5+6', ...oneToOne(6, 19, 1)]);
  });

  it('covers every paragraph exactly once, in order, on long documents', () => {
    const AD = 'Berlangganan sekarang dan dapatkan akses tanpa batas ke semua artikel kami';
    const longSource = Array.from({ length: 40 }, () => source).flat();
    const longTarget = Array.from({ length: 40 }, (_, k) => (k % 7 === 3 ? [...target.slice(0, 19), AD] : target.slice(0, 19))).flat();
    const groups = alignParagraphs(longSource, longTarget);
    expect(groups.flatMap((g) => g.source)).toEqual(longSource.map((_, i) => i));
    expect(groups.flatMap((g) => g.target)).toEqual(longTarget.map((_, i) => i));
    const extras = groups.filter((g) => g.source.length === 0).map((g) => longTarget[g.target[0] as number]);
    expect(extras).toEqual(Array(6).fill(AD));
  });

  it('aligns empty sides', () => {
    expect(alignParagraphs([], [])).toEqual([]);
    expect(show(alignParagraphs(['Only source.'], []))).toEqual(['1:-']);
    expect(show(alignParagraphs([], ['Hanya target.']))).toEqual(['-:1']);
  });
});

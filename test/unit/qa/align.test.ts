import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignParagraphs, alignParagraphsInSteps, type AlignedGroup } from '../../../shared/text/align';
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

  it('pairs a Chinese paragraph of dates and amounts, or with an address, with its English one, as a translation copies those', () => {
    // (a loan contract, all dates and amounts; a notice ending in a telephone number and an address)
    const evalDir = path.resolve(import.meta.dirname, '../../fixtures/qa-eval');
    for (const name of ['jiekuan-zh', 'mixed-zh']) {
      const read = (file: string) => splitParagraphs(fs.readFileSync(path.join(evalDir, name, file), 'utf8'));
      const [english, chinese] = [read('source.en.txt'), read('correct.zh.txt')];
      expect(chinese).toHaveLength(english.length);
      expect(show(alignParagraphs(chinese, english))).toEqual(oneToOne(1, english.length));
      expect(show(alignParagraphs(english, chinese))).toEqual(oneToOne(1, english.length));
    }
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

describe('alignParagraphs on texts of very different sizes', () => {
  const paragraph = (k: number, lang: 'en' | 'id') =>
    `${lang === 'en' ? 'The committee met on' : 'Komite bertemu pada'} ${(k % 28) + 1} March ${1990 + (k % 30)} to discuss item ${k} with Director Wibowo${k % 3 ? '' : lang === 'en' ? ', at length, about the budget' : ', panjang lebar, tentang anggaran'}.`;

  it('6,000 short source paragraphs against one long target: cells linear in the texts, not their product', () => {
    const stats = { cells: 0, levels: 0 };
    const groups = alignParagraphs(
      Array.from({ length: 6000 }, (_, k) => `Line ${k}.`),
      ['x'.repeat(40_000)],
      stats,
    );
    expect(groups.flatMap((g) => g.source)).toHaveLength(6000);
    expect(groups.flatMap((g) => g.target)).toEqual([0]);
    expect(stats.cells).toBeLessThanOrEqual(4 * 6001);
  });

  it('4,000 boilerplate paragraphs before 8,000 real ones: goes coarse first, stays within its budget, and still aligns every paragraph', () => {
    const n = 8_000;
    const source = Array.from({ length: n }, (_, k) => paragraph(k, 'en'));
    const target = [...Array.from({ length: n / 2 }, (_, k) => `Menu ${k}`), ...Array.from({ length: n }, (_, k) => paragraph(k, 'id'))];
    const stats = { cells: 0, levels: 0 };
    const groups = alignParagraphs(source, target, stats);
    expect(stats.levels).toBeGreaterThan(0);
    // the budget: 100 cells per paragraph of both texts
    expect(stats.cells).toBeLessThanOrEqual(100 * (source.length + target.length + 1));
    const right = groups.filter((g) => g.source.length === 1 && g.target.length === 1 && g.target[0] === (g.source[0] as number) + n / 2);
    expect(right).toHaveLength(n);
  }, 120_000);
});

/** The groups alignParagraphsInSteps hands over, and how many it handed over each time. */
async function inSteps(source: string[], target: string[]) {
  const batches: number[] = [];
  const streamed: Array<{ source: number[]; target: number[] }> = [];
  await alignParagraphsInSteps(source, target, (groups) => {
    batches.push(groups.length);
    streamed.push(...groups);
  });
  return { batches, streamed };
}

describe('alignParagraphsInSteps', () => {
  const paragraph = (k: number, lang: 'en' | 'id') =>
    `${lang === 'en' ? 'The board met on' : 'Dewan bertemu pada'} ${(k % 28) + 1} May ${1980 + (k % 40)} about case ${k}${k % 4 ? '' : lang === 'en' ? ' and the Jakarta office' : ' dan kantor Jakarta'}.`;

  it('hands over, as they settle, exactly the groups alignParagraphs finds (boilerplate, drops, merges, splits)', async () => {
    const n = 9000;
    const source = Array.from({ length: n }, (_, k) => paragraph(k, 'en'));
    const target: string[] = [];
    for (let k = 0; k < n; k += 1) {
      if (k % 1500 === 10) target.push(...Array.from({ length: 12 }, (_, x) => `Iklan ${k}-${x}`));
      if (k % 701 === 3) continue; // dropped from the translation
      if (k % 907 === 5) {
        target.push(`${paragraph(k, 'id')} ${paragraph(k + 1, 'id')}`); // two merged
        k += 1;
        continue;
      }
      target.push(paragraph(k, 'id'));
    }
    const { batches, streamed } = await inSteps(source, target);
    expect(streamed).toEqual(alignParagraphs(source, target));
    // settled in several handovers, most of it long before the end
    expect(batches.length).toBeGreaterThan(2);
    expect(batches.at(-1) as number).toBeLessThan(streamed.length / 2);
  });

  it('hands a path that never settles early over in bounded batches (periodic text: an offset by one period is nearly as good as none)', async () => {
    // 18 paragraphs over and over, about one word in twenty changed (seeded), as a long
    // boilerplate-heavy text is: the paths from the band's edges run a period apart for thousands
    // of rows, so nothing settles until the end
    const period = 18;
    const n = 12_000;
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const en = [
      'The committee reviewed the budget for 2024 and approved it.',
      'Prices rose by 3.5 percent in March, said Bank Indonesia.',
      'Exports to China fell sharply after the new rules.',
      'The minister, Sri Mulyani, spoke in Jakarta on Monday.',
      'Analysts expect growth of about five percent next year.',
    ];
    const id = [
      'Komite meninjau anggaran untuk 2024 dan menyetujuinya.',
      'Harga naik 3,5 persen pada bulan Maret, kata Bank Indonesia.',
      'Ekspor ke China turun tajam setelah aturan baru.',
      'Menteri, Sri Mulyani, berbicara di Jakarta pada hari Senin.',
      'Analis memperkirakan pertumbuhan sekitar lima persen tahun depan.',
    ];
    const words = ['alpha', 'beta', 'gamma', 'delta', 'Omega', 'Kappa', 'sigma', '42', 'Lima'];
    const vary = (text: string) =>
      text
        .split(' ')
        .map((word) => (random() < 0.05 ? (words[Math.floor(random() * words.length)] as string) : word))
        .join(' ');
    const paragraph = (texts: string[], k: number) =>
      vary(`${texts[(k % period) % 5]}${k % period >= 5 ? ` ${texts[(k % period) % 3]}` : ''}`);
    const source = Array.from({ length: n }, (_, k) => paragraph(en, k));
    const target = Array.from({ length: n }, (_, k) => paragraph(id, k));
    const { batches, streamed } = await inSteps(source, target);
    expect(streamed).toEqual(alignParagraphs(source, target));
    expect(streamed).toHaveLength(n);
    expect(Math.max(...batches)).toBeLessThanOrEqual(4096);
  });
});

import { describe, expect, it } from 'vitest';
import { countDiffWords, diffWords, type DiffPart } from '../../shared/text/diff';

/** Rebuilds both texts from the parts: the diff must cover them exactly and in order. */
function reconstruct(parts: DiffPart[]): { a: string; b: string } {
  let a = '';
  let b = '';
  for (const part of parts) {
    if (part.op !== 'insert') a += part.text;
    if (part.op !== 'delete') b += part.text;
  }
  return { a, b };
}

function graphemeBoundaries(text: string): Set<number> {
  const boundaries = new Set<number>([text.length]);
  for (const { index } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)) boundaries.add(index);
  return boundaries;
}

function expectOffsetsConsistent(a: string, b: string, parts: DiffPart[]) {
  expect(reconstruct(parts)).toEqual({ a, b });
  const aBounds = graphemeBoundaries(a);
  const bBounds = graphemeBoundaries(b);
  for (const part of parts) {
    if (part.op !== 'insert') expect(a.slice(part.aStart, part.aEnd)).toBe(part.text);
    if (part.op !== 'delete') expect(b.slice(part.bStart, part.bEnd)).toBe(part.text);
    for (const offset of [part.aStart, part.aEnd]) expect(aBounds.has(offset), `a offset ${offset} splits a grapheme`).toBe(true);
    for (const offset of [part.bStart, part.bEnd]) expect(bBounds.has(offset), `b offset ${offset} splits a grapheme`).toBe(true);
  }
}

const ops = (parts: DiffPart[]) => parts.map((part) => [part.op, part.text]);

describe('diffWords', () => {
  it('replaces whole words in Indonesian, not characters', () => {
    const a = 'didukung oleh trotoar ekspor pada chip NVIDIA';
    const b = 'didukung oleh pembatasan ekspor pada chip NVIDIA';
    const parts = diffWords(a, b, { lang: 'id' });
    expect(ops(parts)).toEqual([
      ['equal', 'didukung oleh '],
      ['delete', 'trotoar'],
      ['insert', 'pembatasan'],
      ['equal', ' ekspor pada chip NVIDIA'],
    ]);
    expectOffsetsConsistent(a, b, parts);
  });

  it('shows a removed space inside a hyphenated reduplication as its own edit', () => {
    const a = 'Perusahaan -perusahaan Cina';
    const b = 'Perusahaan-perusahaan Cina';
    const parts = diffWords(a, b);
    expect(ops(parts)).toEqual([
      ['equal', 'Perusahaan'],
      ['delete', ' '],
      ['equal', '-perusahaan Cina'],
    ]);
    expect(parts[1]).toMatchObject({ aStart: 10, aEnd: 11, bStart: 10, bEnd: 10 });
  });

  it('keeps a case change as a whole-word replacement (no "-ai +AI" splinters)', () => {
    const parts = diffWords('GPT-4 Openai', 'GPT-4 OpenAI');
    expect(ops(parts)).toEqual([
      ['equal', 'GPT-4 '],
      ['delete', 'Openai'],
      ['insert', 'OpenAI'],
    ]);
  });

  it('segments Chinese written without spaces into words', () => {
    const a = '我们发布了新的人工智能模型。';
    const b = '我们发布了强大的人工智能模型。';
    const parts = diffWords(a, b, { lang: 'zh-CN' });
    expectOffsetsConsistent(a, b, parts);
    const deleted = parts
      .filter((part) => part.op === 'delete')
      .map((part) => part.text)
      .join('');
    const inserted = parts
      .filter((part) => part.op === 'insert')
      .map((part) => part.text)
      .join('');
    // ICU segments 新的 as one word but 强大 | 的 as two: the edit is whole words either way
    expect(deleted).toBe('新的');
    expect(inserted).toBe('强大的');
    expect(parts[0]).toMatchObject({ op: 'equal', text: '我们发布了' });
    expect(parts.at(-1)).toMatchObject({ op: 'equal', text: '人工智能模型。' });
  });

  it('handles Japanese and Thai through the segmenter too', () => {
    for (const [a, b, lang] of [
      ['これは新しいモデルです', 'これは古いモデルです', 'ja'],
      ['ฉันชอบกินข้าว', 'ฉันชอบกินขนม', 'th'],
    ] as const) {
      const parts = diffWords(a, b, { lang });
      expectOffsetsConsistent(a, b, parts);
      expect(parts.some((part) => part.op === 'equal' && part.text.length >= 2)).toBe(true);
    }
  });

  it('never splits emoji, skin tones, ZWJ sequences, flags or keycaps', () => {
    const cases: Array<[string, string]> = [
      ['Tim 👨‍👩‍👧 senang 👍🏽', 'Tim 👨‍👩‍👦 senang 👍🏿'],
      ['Bendera 🇮🇩 dan 🇨🇳', 'Bendera 🇮🇩 dan 🇺🇸'],
      ['Tekan 1️⃣ lalu #️⃣', 'Tekan 2️⃣ lalu #️⃣'],
      ['emoji 😀😃', 'emoji 😃😀'],
      ['🏴󠁧󠁢󠁳󠁣󠁴󠁿 Scotland', '🏴󠁧󠁢󠁷󠁬󠁳󠁿 Scotland'],
    ];
    for (const [a, b] of cases) expectOffsetsConsistent(a, b, diffWords(a, b));
  });

  it('keeps combining marks with their base letter', () => {
    // decomposed "é" (e + U+0301) and Vietnamese stacked marks
    const a = 'cafe\u0301 tie\u0302\u0301ng Vie\u0323\u0302t';
    const b = 'cafe\u0301 tiếng Việt hay';
    const parts = diffWords(a, b);
    expectOffsetsConsistent(a, b, parts);
    expect(parts[0]).toMatchObject({ op: 'equal', text: 'cafe\u0301 ' });
    // Devanagari with vowel signs and virama
    const hindi = diffWords('नमस्ते दुनिया', 'नमस्ते संसार', { lang: 'hi' });
    expect(ops(hindi)).toEqual([
      ['equal', 'नमस्ते '],
      ['delete', 'दुनिया'],
      ['insert', 'संसार'],
    ]);
  });

  it('returns one equal part for identical texts and nothing for two empty ones', () => {
    expect(diffWords('sama saja', 'sama saja')).toEqual([{ op: 'equal', text: 'sama saja', aStart: 0, aEnd: 9, bStart: 0, bEnd: 9 }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('treats an empty side as a whole insertion or deletion', () => {
    expect(diffWords('', 'Berita baru')).toEqual([{ op: 'insert', text: 'Berita baru', aStart: 0, aEnd: 0, bStart: 0, bEnd: 11 }]);
    expect(diffWords('Source link', '')).toEqual([{ op: 'delete', text: 'Source link', aStart: 0, aEnd: 11, bStart: 0, bEnd: 0 }]);
  });

  it('covers both texts exactly on longer paragraphs with many edits', () => {
    const a =
      'Dominasi awal AS tumbuh pada keuntungan bertahap, didukung oleh trotoar ekspor pada chip NVIDIA dan teknologi lain yang memperlambat kemajuan Cina.';
    const b =
      'Dominasi awal AS tumbuh dari keuntungan kecil yang bertahap, ditopang oleh pembatasan ekspor chip NVIDIA dan teknologi lain yang memperlambat kemajuan Tiongkok.';
    const parts = diffWords(a, b, { lang: 'id' });
    expectOffsetsConsistent(a, b, parts);
    expect(countDiffWords(parts)).toEqual({ inserted: 6, deleted: 5 });
  });

  it('stays exact (if coarser) when there are more distinct tokens than encoding codes', () => {
    const words = Array.from({ length: 60_000 }, (_, i) => `w${i}`);
    const a = words.join(' ');
    const b = `${words.slice(0, 100).join(' ')} baru ${words.slice(100).join(' ')}`;
    const parts = diffWords(a, b);
    const rebuilt = reconstruct(parts);
    expect(rebuilt.a === a && rebuilt.b === b).toBe(true);
    // the unchanged start is still recognised as equal
    expect(parts[0]?.op).toBe('equal');
    expect(parts[0]?.text.startsWith('w0 w1 w2')).toBe(true);
  });
});

describe('diffWords on random text (property)', () => {
  // seeded, so a failure reproduces; the pieces are the hard cases of Unicode text
  const pieces = [
    'kata',
    'Kata',
    'pembatasan',
    'ekspor',
    ' ',
    ' ',
    '  ',
    '\n',
    '-',
    ',',
    '.',
    '“',
    '”',
    "'",
    '’s',
    'e\u0301',
    'tie\u0302\u0301ng',
    'नमस्ते',
    '👍🏽',
    '👨‍👩‍👧',
    '🇮🇩',
    '1️⃣',
    '😀',
    '人工智能',
    '模型',
    '的',
    'です',
    'モデル',
    'ภาษาไทย',
    '𝒜𝒷𝒸',
    '\u200b',
    'GPT-4',
    '$6',
  ];
  let state = 20261128;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = () => pieces[Math.floor(next() * pieces.length)] as string;
  const edit = (source: string[]) =>
    source.flatMap((piece) => {
      const roll = next();
      if (roll < 0.1) return [];
      if (roll < 0.2) return [pick()];
      if (roll < 0.3) return [piece, pick()];
      return [piece];
    });

  it('covers both texts exactly and never splits a grapheme, on 300 random pairs', () => {
    for (let run = 0; run < 300; run += 1) {
      const pieceList = Array.from({ length: 1 + Math.floor(next() * 40) }, pick);
      const a = pieceList.join('');
      const b = edit(pieceList).join('');
      const lang = ['id', 'zh', 'ja', 'th', undefined][run % 5];
      expectOffsetsConsistent(a, b, diffWords(a, b, lang === undefined ? {} : { lang }));
    }
  });
});

describe('whitespace at the edges of a change (DiffView.splitEdges)', () => {
  it('stands apart from the words, each piece with its own offsets', async () => {
    const { splitEdges } = await import('../../client/components/DiffView');
    const parts = diffWords('Biayanya $ 6 juta.', 'Biayanya $6  juta.');
    const pieces = splitEdges(parts);
    // whatever the diff grouped, no changed piece mixes whitespace with words
    for (const piece of pieces) if (piece.op !== 'equal') expect(/^\s+$/u.test(piece.text) || !/^\s|\s$/u.test(piece.text)).toBe(true);
    // and the pieces still spell both texts, at their offsets
    const from = pieces.filter((p) => p.op !== 'insert');
    const to = pieces.filter((p) => p.op !== 'delete');
    expect(from.map((p) => p.text).join('')).toBe('Biayanya $ 6 juta.');
    expect(to.map((p) => p.text).join('')).toBe('Biayanya $6  juta.');
    for (const p of pieces) {
      if (p.op === 'delete') expect('Biayanya $ 6 juta.'.slice(p.aStart, p.aEnd)).toBe(p.text);
      if (p.op === 'insert') expect('Biayanya $6  juta.'.slice(p.bStart, p.bEnd)).toBe(p.text);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { FocusClock } from '../../shared/effort';
import { DEFAULT_WEIGHTS, categoryOfRule, scoreQuality, sourceWordCount, suggestCategory } from '../../shared/mqm';
import { combineEditRates, editRate } from '../../shared/text/editRate';
import { mergeThreeWay, resolveHunks } from '../../shared/text/merge';

describe('three-way merge', () => {
  const base = 'Dominasi awal AS didukung oleh trotoar ekspor pada chip NVIDIA.';

  it('applies edits to different words from both sides', () => {
    const mine = 'Dominasi awal AS didukung oleh pembatasan ekspor pada chip NVIDIA.';
    const theirs = 'Dominasi awal Amerika Serikat didukung oleh trotoar ekspor pada chip NVIDIA.';
    expect(mergeThreeWay(base, mine, theirs, { lang: 'id' })).toEqual({
      kind: 'clean',
      text: 'Dominasi awal Amerika Serikat didukung oleh pembatasan ekspor pada chip NVIDIA.',
    });
  });

  it('applies an insertion and a deletion in separate places', () => {
    const mine = 'Dominasi awal AS didukung oleh trotoar ekspor pada chip NVIDIA dan lainnya.';
    const theirs = 'Dominasi AS didukung oleh trotoar ekspor pada chip NVIDIA.';
    expect(mergeThreeWay(base, mine, theirs, { lang: 'id' })).toEqual({
      kind: 'clean',
      text: 'Dominasi AS didukung oleh trotoar ekspor pada chip NVIDIA dan lainnya.',
    });
  });

  it('takes the same correction made on both sides once', () => {
    const both = 'Dominasi awal AS didukung oleh pembatasan ekspor pada chip NVIDIA.';
    const mine = 'Dominasi awal AS didukung oleh pembatasan ekspor pada chip NVIDIA!';
    expect(mergeThreeWay(base, both, both)).toEqual({ kind: 'clean', text: both });
    // the shared correction plus one of mine elsewhere
    expect(mergeThreeWay(base, mine, both)).toEqual({ kind: 'clean', text: mine });
  });

  it('returns a conflict when both sides change the same words differently, with everything else kept', () => {
    const mine = 'Dominasi awal AS didukung oleh pembatasan ekspor pada chip NVIDIA.';
    const theirs = 'Dominasi awal AS didukung oleh larangan ekspor pada chip NVIDIA.';
    const result = mergeThreeWay(base, mine, theirs, { lang: 'id' });
    expect(result.kind).toBe('conflict');
    if (result.kind !== 'conflict') return;
    const conflicts = result.hunks.filter((hunk) => hunk.kind === 'conflict');
    expect(conflicts).toEqual([{ kind: 'conflict', base: 'trotoar', mine: 'pembatasan', theirs: 'larangan' }]);
    expect(resolveHunks(result.hunks, () => 'mine')).toBe(mine);
    expect(resolveHunks(result.hunks, () => 'theirs')).toBe(theirs);
  });

  it('resolves each conflict on its own and keeps clean edits around them', () => {
    const mine = 'Dominasi awal AS didukung oleh pembatasan ekspor pada cip NVIDIA.';
    const theirs = 'Kekuasaan awal AS didukung oleh larangan ekspor pada chip Nvidia.';
    const result = mergeThreeWay(base, mine, theirs, { lang: 'id' });
    expect(result.kind).toBe('conflict');
    if (result.kind !== 'conflict') return;
    // "Kekuasaan" (theirs only) and "cip" (mine only) merge; "trotoar" and "chip NVIDIA" conflict
    const text = resolveHunks(result.hunks, (index) => (index === 0 ? 'mine' : 'theirs'));
    expect(text.startsWith('Kekuasaan awal AS didukung oleh pembatasan ekspor')).toBe(true);
  });

  it('treats two different insertions at the same point as a conflict', () => {
    const result = mergeThreeWay('a b', 'a x b', 'a y b');
    expect(result.kind).toBe('conflict');
  });

  it('works on Chinese written without spaces', () => {
    const zhBase = '美国的出口限制减缓了中国的进步。';
    const mine = '美国的出口管制减缓了中国的进步。';
    const theirs = '美国的出口限制减缓了中国的发展。';
    expect(mergeThreeWay(zhBase, mine, theirs, { lang: 'zh' })).toEqual({ kind: 'clean', text: '美国的出口管制减缓了中国的发展。' });
  });

  it('returns the other side when one side did not change the base', () => {
    expect(mergeThreeWay('a', 'a', 'b')).toEqual({ kind: 'clean', text: 'b' });
    expect(mergeThreeWay('a', 'b', 'a')).toEqual({ kind: 'clean', text: 'b' });
  });
});

describe('edit rate', () => {
  it('is zero for identical texts and one for entirely different ones', () => {
    expect(editRate('sama saja', 'sama saja')).toEqual({ edits: 0, length: 2, rate: 0 });
    expect(editRate('satu dua', 'tiga empat')).toEqual({ edits: 2, length: 2, rate: 1 });
    expect(editRate('', '')).toEqual({ edits: 0, length: 0, rate: 0 });
  });

  it('counts word edits over the longer text, punctuation as tokens, whitespace not at all', () => {
    // one substitution among 8 tokens (7 words and the full stop)
    expect(
      editRate(
        'Trotoar ekspor memperlambat kemajuan Cina pada tahun lalu.',
        'Pembatasan ekspor memperlambat kemajuan Cina pada tahun lalu.',
      ),
    ).toEqual({
      edits: 1,
      length: 9,
      rate: 1 / 9,
    });
    expect(editRate('a  b', 'a b').rate).toBe(0);
    // an insertion of two tokens into four: the longer text has six
    expect(editRate('a b c d', 'a b x y c d')).toEqual({ edits: 2, length: 6, rate: 2 / 6 });
    // GPT -4 to GPT-4: the same tokens, only spacing changed
    expect(editRate('GPT -4', 'GPT-4').rate).toBe(0);
  });

  it('counts Chinese words found by the segmenter', () => {
    const rate = editRate('美国的出口限制减缓了中国的进步。', '美国的出口管制减缓了中国的进步。', 'zh');
    expect(rate.edits).toBe(1);
    expect(rate.length).toBeGreaterThan(5);
  });

  it('weighs a document by its segments’ lengths', () => {
    expect(combineEditRates([editRate('a b c d', 'a b c x'), editRate('p q', 'p q')])).toEqual({ edits: 1, length: 6, rate: 1 / 6 });
  });
});

describe('MQM score', () => {
  const segments = [
    { segmentId: 1, sourceWords: 400 },
    { segmentId: 2, sourceWords: 600 },
    { segmentId: 3, sourceWords: 0 },
  ];

  it('weighs errors by severity, per 1,000 source words', () => {
    const score = scoreQuality(segments, [
      { segmentId: 1, category: 'terminology', severity: 'major' },
      { segmentId: 1, category: 'fluency/punctuation', severity: 'minor' },
      { segmentId: 2, category: 'accuracy/mistranslation', severity: 'critical' },
    ]);
    expect(score.sourceWords).toBe(1000);
    expect(score.penalty).toBe(5 + 1 + 25);
    expect(score.perThousand).toBe(31);
    expect(score.byCategory.terminology).toEqual({ errors: 1, penalty: 5 });
    expect(score.bySeverity.critical).toEqual({ errors: 1, penalty: 25 });
    expect(score.segments[0]).toMatchObject({ segmentId: 1, penalty: 6, perThousand: 15 });
    expect(score.segments[1]).toMatchObject({ segmentId: 2, penalty: 25, perThousand: (25 * 1000) / 600 });
    expect(score.segments[2]?.perThousand).toBeNull();
  });

  it('takes other weights and ignores errors on unknown segments', () => {
    const score = scoreQuality(
      segments,
      [
        { segmentId: 1, category: 'style', severity: 'major' },
        { segmentId: 99, category: 'style', severity: 'critical' },
      ],
      { minor: 0.5, major: 10, critical: 100 },
    );
    expect(score.penalty).toBe(10);
    expect(score.errors).toBe(1);
    expect(DEFAULT_WEIGHTS).toEqual({ minor: 1, major: 5, critical: 25 });
  });

  it('counts source words without punctuation', () => {
    expect(sourceWordCount('The export curbs (un)intended, 2.5 times – really!')).toBe(7);
    expect(sourceWordCount('美国的出口限制减缓了中国的进步。', 'zh')).toBeGreaterThan(5);
  });

  it('maps QA findings and corrections to categories', () => {
    expect(categoryOfRule('glossary.forbidden')).toBe('terminology');
    expect(categoryOfRule('numbers.currency')).toBe('locale-convention');
    expect(categoryOfRule('spacing.hyphen')).toBe('fluency/punctuation');
    expect(categoryOfRule('alignment.missing')).toBe('accuracy/omission');
    expect(suggestCategory('trotoar', 'pembatasan')).toBe('accuracy/mistranslation');
    expect(suggestCategory('pembatsan', 'pembatasan')).toBe('fluency/spelling');
    expect(suggestCategory('GPT -4', 'GPT-4')).toBe('fluency/punctuation');
    expect(suggestCategory('Openai', 'OpenAI')).toBe('fluency/spelling');
    expect(suggestCategory('', 'juga')).toBe('accuracy/omission');
    expect(suggestCategory('Model Proprietary', '')).toBe('accuracy/addition');
  });
});

describe('focus clock', () => {
  it('sums active time over visits and leaves out idle gaps', () => {
    const clock = new FocusClock(60_000);
    clock.mark(0); // focus
    clock.mark(5_000); // typing
    clock.mark(20_000);
    clock.mark(200_000); // back after a long break: the 180 s gap does not count
    clock.stop(210_000); // blur
    expect(clock.take()).toBe(5_000 + 15_000 + 10_000);
    expect(clock.take()).toBe(0);
    clock.stop(500_000); // not running: nothing
    clock.mark(600_000);
    clock.stop(630_000);
    expect(clock.take()).toBe(30_000);
    expect(clock.isRunning).toBe(false);
  });
});

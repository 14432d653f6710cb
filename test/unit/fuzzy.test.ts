import { describe, expect, it } from 'vitest';
import { matchScore, matchScorer, matchWords, wordDistance } from '../../shared/memory/fuzzy';

describe('translation memory match scores', () => {
  it('is 100 for the same text only, 99 when only case, spacing or punctuation differ', () => {
    expect(matchScore('Press the red button twice.', 'Press the red button twice.')).toBe(100);
    expect(matchScore('Press the red button twice.', 'press the red  button twice!')).toBe(99);
  });

  it('counts words inserted, deleted or replaced against the longer text', () => {
    // one word of ten replaced
    expect(matchScore('The clinic opens at nine on every working day now', 'The clinic opens at ten on every working day now')).toBe(90);
    // two of eight words missing
    expect(matchScore('Store the vials in a cold dry place', 'Store the vials in a place')).toBe(75);
    expect(matchScore('Completely different words here', 'Nothing shared at all today')).toBe(0);
  });

  it('scores Chinese by its words, not by whole sentences without spaces', () => {
    const words = matchWords('请按红色按钮两次', 'zh');
    expect(words.length).toBeGreaterThan(2);
    const score = matchScore('请按红色按钮两次', '请按蓝色按钮两次', 'zh');
    expect(score).toBeGreaterThan(50);
    expect(score).toBeLessThan(100);
  });

  it('measures word edits', () => {
    expect(wordDistance(['a', 'b', 'c'], ['a', 'x', 'c', 'd'])).toBe(2);
    expect(wordDistance([], ['a'])).toBe(1);
  });

  it('a scorer with a threshold skips only candidates under it, and scores the rest as matchScore does', () => {
    const source = 'Store the vials in a cold, dry place away from light.';
    const candidates = [
      source,
      'store the vials in a cold dry place away from light',
      'Store the vials in a cold, dry place away from light!!! (see above) — now.',
      'Store the vials in a cold place away from light.',
      'Store the vials in a cold, dry place.',
      'Store the vials.',
      'Keep the tablets in a cold, dry place away from direct light and children.',
      'Store vials cold.',
      '',
    ];
    const scorer = matchScorer(source, 'en', 70);
    for (const candidate of candidates) {
      const score = matchScore(candidate, source, 'en');
      if (score >= 70) expect(scorer(candidate), candidate).toBe(score);
      else expect(scorer(candidate), candidate).toBeLessThan(70);
    }
    // punctuation only: 99 however many marks differ
    expect(scorer(candidates[2] as string)).toBeLessThan(99);
    expect(scorer(candidates[1] as string)).toBe(99);
    // a short candidate is skipped by its length, before any distance: 0
    expect(scorer('Store the vials.')).toBe(0);
  });
});

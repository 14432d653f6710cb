import { describe, expect, it } from 'vitest';
import { matchScore, matchWords, wordDistance } from '../../shared/memory/fuzzy';

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
});

import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/qa';
import { followEdit } from '../../client/features/qa/hooks/useLiveFindings';

const finding = (start: number, end: number, text: string): Finding =>
  ({ rule: 'glossary.forbidden', severity: 'major', start, end, text, params: {}, suggestion: null }) as unknown as Finding;

describe('stored findings carried over an edit before the live check can run', () => {
  const before = 'Pemerintah menerapkan trotoar ekspor pada chip.';
  const stored = [finding(22, 36, 'trotoar ekspor'), finding(0, 0, '')];

  it('moves each finding to where its words now stand, and keeps one that names no words', () => {
    const after = `Ya, ${before}`;
    const followed = followEdit(stored, before, after);
    expect(followed.map((each) => [each.start, each.end])).toEqual([
      [26, 40],
      [0, 0],
    ]);
    expect(after.slice(26, 40)).toBe('trotoar ekspor');
  });

  it('keeps a finding in place when the edit is after it, and drops one whose words are gone', () => {
    expect(followEdit(stored, before, `${before} Lagi.`)[0]).toBe(stored[0]);
    expect(followEdit(stored, before, 'Pemerintah menerapkan pembatasan ekspor pada chip.').map((each) => each.end)).toEqual([0]);
  });

  it('takes the occurrence nearest the old place when the words stand twice', () => {
    const twice = 'trotoar ekspor dan trotoar ekspor';
    const at = followEdit([finding(19, 33, 'trotoar ekspor')], twice, `Ya, ${twice}`);
    expect(at.map((each) => each.start)).toEqual([23]);
  });
});

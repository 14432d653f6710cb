import { describe, expect, it } from 'vitest';
import { afterConflict, afterSave } from '../../client/features/editor/saveProtocol';

describe('the save protocol', () => {
  it('after a 409, saves again only when the server still holds the text the draft started from, and only once', () => {
    expect(afterConflict({ base: 'Teks lama.', theirs: 'Teks lama.', retried: false })).toBe('retry');
    expect(afterConflict({ base: 'Teks lama.', theirs: 'Teks lama.', retried: true })).toBe('merge');
    expect(afterConflict({ base: 'Teks lama.', theirs: 'Teks mereka.', retried: false })).toBe('merge');
    // a draft kept by an older version has no base: the person chooses
    expect(afterConflict({ base: undefined, theirs: 'Teks lama.', retried: false })).toBe('merge');
  });

  it('after a save, keeps text typed while it was in flight', () => {
    expect(afterSave({ latestText: 'Dikirim.', sentText: 'Dikirim.' })).toBe('clear');
    expect(afterSave({ latestText: undefined, sentText: 'Dikirim.' })).toBe('clear');
    expect(afterSave({ latestText: 'Dikirim, lalu diketik lagi.', sentText: 'Dikirim.' })).toBe('keep-newer');
  });
});

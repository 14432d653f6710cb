import { describe, expect, it } from 'vitest';
import { segmentCommand, type KeyPress } from '../../client/features/editor/hooks/segmentShortcuts';

const press = (key: string, code: string, mods: Partial<Omit<KeyPress, 'key' | 'code'>> = {}): KeyPress => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe("the working text's keys", () => {
  it('maps each documented shortcut to its command, Cmd standing for Ctrl', () => {
    expect(segmentCommand(press('.', 'Period', { ctrlKey: true }))).toBe('applyFix');
    expect(segmentCommand(press('.', 'Period', { metaKey: true }))).toBe('applyFix');
    expect(segmentCommand(press('Enter', 'Enter', { ctrlKey: true }))).toBe('confirm');
    expect(segmentCommand(press('Enter', 'Enter', { ctrlKey: true, shiftKey: true }))).toBe('submit');
    expect(segmentCommand(press('ArrowDown', 'ArrowDown', { altKey: true }))).toBe('next');
    expect(segmentCommand(press('ArrowUp', 'ArrowUp', { altKey: true }))).toBe('previous');
  });

  it("reads Alt+I and Alt+H by the key's place, whatever the layout types there", () => {
    // on a Mac, Alt+I types a dead key and Alt+H "˙"; on AZERTY the keys' places are the same
    expect(segmentCommand(press('Dead', 'KeyI', { altKey: true }))).toBe('insertCode');
    expect(segmentCommand(press('˙', 'KeyH', { altKey: true }))).toBe('history');
  });

  it('leaves typing alone: plain keys, Enter, Shift+Enter, Ctrl+Z and unknown chords', () => {
    for (const key of [
      press('a', 'KeyA'),
      press('Enter', 'Enter'),
      press('Enter', 'Enter', { shiftKey: true }),
      press('z', 'KeyZ', { ctrlKey: true }),
      press('ArrowDown', 'ArrowDown'),
      press('i', 'KeyI'),
      press('h', 'KeyH', { ctrlKey: true }),
    ]) {
      expect(segmentCommand(key), JSON.stringify(key)).toBeNull();
    }
  });
});

/**
 * The keys of a paragraph's working text, as one table: which command a key press means (a pure
 * function, unit-tested), and the hook that carries it out with the row's handlers.
 */
import type { KeyboardEvent } from 'react';

export type SegmentCommand =
  'applyFix' | 'insertCode' | 'confirm' | 'submit' | 'next' | 'previous' | 'history' | 'match1' | 'match2' | 'match3';

export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * Ctrl+. applies the fix at the caret; Alt+I inserts the next missing inline code; Ctrl+Enter
 * confirms (saves, and may move on); Ctrl+Shift+Enter submits; Alt+↓ / Alt+↑ go to the next or
 * previous paragraph; Alt+H opens the history; Ctrl+1, 2, 3 use the translation memory's first,
 * second or third match. (Cmd stands for Ctrl on a Mac.) Alt+I and Alt+H
 * are read by the key's place (`code`), so they work whatever the keyboard layout types there.
 */
export function segmentCommand(press: KeyPress): SegmentCommand | null {
  const mod = press.ctrlKey || press.metaKey;
  if (mod && press.key === '.') return 'applyFix';
  if (mod && press.key === 'Enter') return press.shiftKey ? 'submit' : 'confirm';
  if (mod && !press.altKey && !press.shiftKey && (press.key === '1' || press.key === '2' || press.key === '3')) return `match${press.key}`;
  if (press.altKey && press.code === 'KeyI') return 'insertCode';
  if (press.altKey && press.key === 'ArrowDown') return 'next';
  if (press.altKey && press.key === 'ArrowUp') return 'previous';
  if (press.altKey && press.code === 'KeyH') return 'history';
  return null;
}

/** What each command does in this row; a command left out (not allowed here) lets the key through. */
export type SegmentCommandHandlers = Partial<Record<SegmentCommand, (event: KeyboardEvent<HTMLTextAreaElement>) => void>>;

/** The working text's onKeyDown: a known key runs its command and does nothing else. */
export function useSegmentShortcuts(handlers: SegmentCommandHandlers) {
  return (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const command = segmentCommand(event);
    const handler = command ? handlers[command] : undefined;
    if (!command || !handler) return;
    event.preventDefault();
    handler(event);
  };
}

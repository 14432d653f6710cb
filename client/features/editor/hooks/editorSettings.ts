/**
 * The editor's settings a person chooses once, kept in this browser: whether Ctrl+Enter moves on
 * to the next paragraph that needs work after saving (on), or stays (as before).
 */
import { useCallback, useSyncExternalStore } from 'react';

const CONFIRM_MOVES_ON = 'tilik:editor:confirmMovesOn';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return localStorage.getItem(CONFIRM_MOVES_ON) !== 'false';
  } catch {
    return true;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether Ctrl+Enter moves on after saving, and the way to change it. */
export function useConfirmMovesOn(): [boolean, (value: boolean) => void] {
  const value = useSyncExternalStore(subscribe, read);
  const set = useCallback((next: boolean) => {
    try {
      localStorage.setItem(CONFIRM_MOVES_ON, String(next));
    } catch {
      // storage disabled: the choice lasts as long as the page
    }
    for (const listener of listeners) listener();
  }, []);
  return [value, set];
}

/**
 * The editor's settings a person chooses once, kept in this browser:
 * - whether Ctrl+Enter moves on to the next paragraph that needs work after saving (on), or stays;
 * - whether every paragraph shows its finding list and buttons (off: only the paragraph being
 *   worked on does, and the others are as tall as their text, so more of them fit on the screen).
 */
import { useCallback, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A yes/no setting stored under `key`, `fallback` until the person chooses. */
function useStoredSwitch(key: string, fallback: boolean): [boolean, (value: boolean) => void] {
  const read = useCallback(() => {
    try {
      const stored = localStorage.getItem(key);
      return stored === null ? fallback : stored === 'true';
    } catch {
      return fallback;
    }
  }, [key, fallback]);
  const value = useSyncExternalStore(subscribe, read);
  const set = useCallback(
    (next: boolean) => {
      try {
        localStorage.setItem(key, String(next));
      } catch {
        // storage disabled: the choice lasts as long as the page
      }
      for (const listener of listeners) listener();
    },
    [key],
  );
  return [value, set];
}

/** Whether Ctrl+Enter moves on after saving, and the way to change it. */
export function useConfirmMovesOn(): [boolean, (value: boolean) => void] {
  return useStoredSwitch('tilik:editor:confirmMovesOn', true);
}

/** Whether every paragraph shows its findings list and buttons, and the way to change it. */
export function useEveryRowOpen(): [boolean, (value: boolean) => void] {
  return useStoredSwitch('tilik:editor:everyRowOpen', false);
}

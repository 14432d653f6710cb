/**
 * An event handler whose identity never changes but which always runs the latest render's code:
 * what a memoised child needs so that a parent's re-render (a keystroke in a paragraph) does not
 * re-render it for a callback that only looks different. For handlers only: it must not be called
 * during render (it would see the previous render's values).
 */
import { useCallback, useLayoutEffect, useRef } from 'react';

export function useStableHandler<Args extends unknown[], Result>(handler: (...args: Args) => Result): (...args: Args) => Result {
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}

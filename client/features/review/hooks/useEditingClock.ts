/**
 * Measures the time spent editing one segment: focus time in its editor without idle gaps (see
 * shared/effort), reported to the server every half minute while the person works, when the editor
 * loses focus, and when the page is hidden or closed.
 */
import { useEffect, type RefObject } from 'react';
import { FocusClock } from '../../../../shared/effort';
import { reportEffort } from '../api/review';

const REPORT_EVERY_MS = 30_000;
/** Shorter bursts are noise (tabbing through), not editing. */
const MIN_REPORT_MS = 1000;

export function useEditingClock(editor: RefObject<HTMLTextAreaElement | null>, segmentId: number, enabled: boolean): void {
  useEffect(() => {
    const element = editor.current;
    if (!enabled || !element) return undefined;
    const clock = new FocusClock();
    let pending = 0;
    const flush = () => {
      pending += clock.take();
      if (pending >= MIN_REPORT_MS) {
        reportEffort(segmentId, Math.round(pending));
        pending = 0;
      }
    };
    const mark = () => clock.mark(performance.now());
    const stop = () => {
      clock.stop(performance.now());
      flush();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') stop();
    };
    // what was gathered so far goes out now and then (time since the last key counts at the next one)
    const timer = setInterval(flush, REPORT_EVERY_MS);
    const events = ['focus', 'keydown', 'input', 'pointerdown', 'select'] as const;
    for (const type of events) element.addEventListener(type, mark);
    element.addEventListener('blur', stop);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', stop);
    return () => {
      stop();
      clearInterval(timer);
      for (const type of events) element.removeEventListener(type, mark);
      element.removeEventListener('blur', stop);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', stop);
    };
  }, [editor, segmentId, enabled]);
}

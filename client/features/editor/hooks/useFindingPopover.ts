/**
 * The finding in focus in a row (pointed at or focused in the machine translation or the working
 * text) and where its popover stands: under the mark, inside the row.
 *
 * A popover opened from the machine translation stays while anything holds it: the pointer on its
 * mark or on the popover itself, or the keyboard focus on its mark. Only when nothing holds it does
 * it close, after a moment's grace so the pointer can travel from the mark into the popover. So a
 * popover opened with the keyboard (F8, a click) outlasts the pointer wandering or the page
 * scrolling under it, and Escape closes it at once (content on hover or focus, WCAG 1.4.13).
 */
import { useMemo, useRef, useState, type RefObject } from 'react';
import type { Finding } from '../../../../shared/qa';
import type { Trigger } from '../../qa';

export interface ActiveFinding {
  finding: Finding;
  where: 'mt' | 'work';
  top: number;
  left: number;
}

const GRACE_MS = 250;

interface Held {
  finding: Finding;
  element: HTMLElement | undefined;
}

export function useFindingPopover(rowRef: RefObject<HTMLElement | null>) {
  const [active, setActive] = useState<ActiveFinding | null>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // what holds the machine translation's popover open: the mark under the pointer (or the popover
  // itself, `true`), and the mark with the focus
  const held = useRef<{ pointer: Held | true | null; focus: Held | null }>({ pointer: null, focus: null });

  // the same functions for the row's whole life: the cells they are passed to skip re-rendering
  const handlers = useMemo(() => {
    const place = (finding: Finding, where: ActiveFinding['where'], element?: HTMLElement) => {
      const row = rowRef.current?.getBoundingClientRect();
      const mark = element?.isConnected ? element.getBoundingClientRect() : undefined;
      setActive({
        finding,
        where,
        top: row && mark ? mark.bottom - row.top + 4 : 0,
        left: row && mark ? Math.max(0, mark.left - row.left) : 0,
      });
    };

    const closeLater = () => {
      clearTimeout(closeTimer.current);
      closeTimer.current = setTimeout(() => setActive(null), GRACE_MS);
    };

    /** A mark of the machine translation was pointed at or focused: its finding shows under it. */
    const hold = (finding: Finding, element: HTMLElement, via: Trigger) => {
      clearTimeout(closeTimer.current);
      held.current[via] = { finding, element };
      place(finding, 'mt', element);
    };

    /** The pointer or the focus left a mark (or the pointer left the popover). */
    const release = (via: Trigger) => {
      held.current[via] = null;
      const { pointer, focus } = held.current;
      if (pointer) return;
      if (focus) {
        // the pointer wandered off; the focused mark's finding is the one to show again
        clearTimeout(closeTimer.current);
        place(focus.finding, 'mt', focus.element);
        return;
      }
      closeLater();
    };

    /** A finding of the working text was focused (null: left): its source words are marked. */
    const show = (finding: Finding | null, where: ActiveFinding['where']) => {
      clearTimeout(closeTimer.current);
      if (finding) place(finding, where);
      else closeLater();
    };

    return {
      hold,
      release,
      show,
      /** The pointer reached the popover: it stays until the pointer leaves it. */
      keep: () => {
        clearTimeout(closeTimer.current);
        held.current.pointer = true;
      },
      close: () => {
        clearTimeout(closeTimer.current);
        held.current = { pointer: null, focus: null };
        setActive(null);
      },
    };
  }, [rowRef]);

  return { active, ...handlers };
}

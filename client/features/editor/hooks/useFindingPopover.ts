/**
 * The finding in focus in a row (pointed at or focused in the machine translation or the working
 * text) and where its popover stands: under the mark, inside the row. Leaving a mark closes it
 * after a moment's grace, so the pointer can travel into the popover to press its button.
 */
import { useRef, useState, type RefObject } from 'react';
import type { Finding } from '../../../../shared/qa';

export interface ActiveFinding {
  finding: Finding;
  where: 'mt' | 'work';
  top: number;
  left: number;
}

const GRACE_MS = 250;

export function useFindingPopover(rowRef: RefObject<HTMLElement | null>) {
  const [active, setActive] = useState<ActiveFinding | null>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /** Shows `finding` under `element` (a mark of the row), or with null starts closing. */
  const show = (finding: Finding | null, where: ActiveFinding['where'], element?: HTMLElement) => {
    clearTimeout(closeTimer.current);
    if (!finding) {
      closeTimer.current = setTimeout(() => setActive(null), GRACE_MS);
      return;
    }
    const row = rowRef.current?.getBoundingClientRect();
    const mark = element?.getBoundingClientRect();
    setActive({
      finding,
      where,
      top: row && mark ? mark.bottom - row.top + 4 : 0,
      left: row && mark ? Math.max(0, mark.left - row.left) : 0,
    });
  };

  return {
    active,
    show,
    /** The pointer reached the popover: it stays. */
    keep: () => clearTimeout(closeTimer.current),
    close: () => setActive(null),
  };
}

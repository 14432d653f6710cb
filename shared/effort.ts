/**
 * Time spent editing a segment: focus time in the editor, summed over visits, without idle time.
 * The clock runs while the segment's editor has focus; every sign of work (a key, a click, a
 * selection) marks the person as active. A gap between two marks counts in full when it is shorter
 * than the idle threshold (reading and thinking are work) and not at all when it is longer (the
 * person left). Pure, so the browser keeps it and the tests check it with made-up clocks.
 */

/** Longer than this without a key, click or selection: the person is not working on the segment. */
export const IDLE_AFTER_MS = 60_000;

export class FocusClock {
  private last: number | null = null;
  private pending = 0;

  constructor(private readonly idleMs = IDLE_AFTER_MS) {}

  /** Focus arrived, or a key, click or selection: the person is working at `now` (ms). */
  mark(now: number): void {
    if (this.last !== null) {
      const gap = now - this.last;
      if (gap > 0 && gap <= this.idleMs) this.pending += gap;
    }
    this.last = now;
  }

  /** Focus left (or the page is hidden): the time up to `now` counts unless idle; the clock stops. */
  stop(now: number): void {
    if (this.last === null) return;
    this.mark(now);
    this.last = null;
  }

  get isRunning(): boolean {
    return this.last !== null;
  }

  /** The active time gathered since the last take, to be sent to the server; resets it. */
  take(): number {
    const ms = this.pending;
    this.pending = 0;
    return ms;
  }
}

/**
 * Slack for a report of editing time over the wall-clock time since the previous one: a client
 * carries up to a second of unreported time, and a report travels for a while.
 */
export const EFFORT_ALLOWANCE_MS = 5_000;

/**
 * The most editing time one report may claim: no more than has passed since the person's previous
 * report for that segment, or since their session began (nobody edits a segment in two places at
 * once), plus the allowance. Times are ISO strings; `previous` is null before the first report.
 */
export function allowedEffort(input: { since: string; allowanceMs: number }, previous: string | null, now: string): number {
  const from = Math.max(Date.parse(input.since), previous === null ? -Infinity : Date.parse(previous));
  return Math.max(0, Date.parse(now) - from) + input.allowanceMs;
}

/**
 * A name's chosen rendering (consistency's "top": the most used; on a tie the name's own
 * spelling, then code point order) worked out from what it was and the renderings whose counts
 * just moved, without reading every rendering of the name: a sentence repeated ten thousand times
 * may have hundreds, and ranking them all again under the document's checks lock took most of the
 * time a page's checks were stored in on PostgreSQL (30 of 45 ms), while every save of the
 * document waited for that lock.
 */
import { byCodePoint } from '../../../shared/qa/rules/consistency';

export interface NameTop {
  rendering: string;
  n: number;
  /** How many renderings of the name the document has in all. */
  total: number;
}

export interface MovedCount {
  /** The rendering's count now. */
  n: number;
  /** By how much it moved. */
  delta: number;
}

/** Whether rendering a (used `an` times) ranks before rendering b (used `bn` times) as the name's choice. */
export function ranksBefore(name: string, a: string, an: number, b: string, bn: number): boolean {
  if (an !== bn) return an > bn;
  if (a === name || b === name) return a === name && b !== name;
  return byCodePoint(a, b) < 0;
}

/**
 * The name's top now: `null` when it has no rendering left, `'rank'` when only ranking every
 * rendering can say (the top lost uses, and the others together might now match it; an
 * unchanged rendering may lead). `moved` holds every rendering whose count moved.
 */
export function movedTop(name: string, was: NameTop | undefined, moved: ReadonlyMap<string, MovedCount>): NameTop | null | 'rank' {
  let total = was?.total ?? 0;
  for (const count of moved.values()) total += count.delta;
  if (total <= 0) return null;
  let best: { rendering: string; n: number } | undefined;
  if (was) {
    const own = moved.get(was.rendering);
    const n = own ? own.n : was.n;
    // the renderings that did not move had at most the top's uses before, and lost its tie-break:
    // they still rank below it unless it lost uses; then only a strict majority is sure to lead
    if (own && own.delta < 0 && n * 2 <= total) return 'rank';
    if (n > 0) best = { rendering: was.rendering, n };
  }
  // with no top before, the name had no renderings: those that moved are all it has
  for (const [rendering, count] of moved)
    if (count.n > 0 && (!best || ranksBefore(name, rendering, count.n, best.rendering, best.n))) best = { rendering, n: count.n };
  return best ? { ...best, total } : 'rank';
}

/**
 * Three-way merge of two edits of one text, for saves that crossed: `base` is the text both people
 * started from, `mine` what this person made of it, `theirs` what was saved meanwhile.
 *
 * Both edits are word diffs against the base (diff-match-patch over token-encoded strings, see
 * ./diff), read as changes to ranges of the base. Changes to separate places are both applied (the
 * patch from base to mine applied to theirs); the same change made on both sides is applied once;
 * changes that touch the same words of the base, or insert different text at the same point, are a
 * conflict, returned as hunks the person chooses between. Working on words rather than characters
 * means a merge never interleaves the letters of two different corrections.
 */
import { diffWords, type DiffOptions } from './diff';

/** A change to the base: replace base[start, end) with `text` (an insertion has start === end). */
interface Change {
  start: number;
  end: number;
  text: string;
  side: 'mine' | 'theirs';
}

export type MergeHunk = { kind: 'stable'; text: string } | { kind: 'conflict'; base: string; mine: string; theirs: string };

export type MergeResult = { kind: 'clean'; text: string } | { kind: 'conflict'; hunks: MergeHunk[] };

function changesOf(base: string, edited: string, side: Change['side'], options: DiffOptions): Change[] {
  const changes: Change[] = [];
  let open: Change | null = null;
  for (const part of diffWords(base, edited, options)) {
    if (part.op === 'equal') {
      if (open) changes.push(open);
      open = null;
      continue;
    }
    open ??= { start: part.aStart, end: part.aStart, text: '', side };
    if (part.op === 'delete') open.end = part.aEnd;
    else open.text += part.text;
  }
  if (open) changes.push(open);
  return changes;
}

function overlaps(a: Change, b: Change): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start; // two insertions at one point
  return a.start < b.end && b.start < a.end;
}

function same(a: Change, b: Change): boolean {
  return a.start === b.start && a.end === b.end && a.text === b.text;
}

/** Applies changes (sorted, within [from, to) of the base, not overlapping) to that slice of the base. */
function applyChanges(base: string, from: number, to: number, changes: readonly Change[]): string {
  let out = '';
  let at = from;
  for (const change of changes) {
    out += base.slice(at, change.start) + change.text;
    at = change.end;
  }
  return out + base.slice(at, to);
}

export function mergeThreeWay(base: string, mine: string, theirs: string, options: DiffOptions = {}): MergeResult {
  if (mine === theirs || theirs === base) return { kind: 'clean', text: mine };
  if (mine === base) return { kind: 'clean', text: theirs };

  const all = [...changesOf(base, mine, 'mine', options), ...changesOf(base, theirs, 'theirs', options)].sort(
    (a, b) => a.start - b.start || a.end - b.end || (a.side === 'mine' ? -1 : 1),
  );

  // group changes that overlap (transitively): each group is applied whole or is a conflict
  const groups: Change[][] = [];
  for (const change of all) {
    const group = groups[groups.length - 1];
    if (group && group.some((other) => overlaps(other, change))) group.push(change);
    else groups.push([change]);
  }

  const hunks: MergeHunk[] = [];
  let stable = '';
  let at = 0;
  let conflicted = false;
  for (const group of groups) {
    const start = Math.min(...group.map((change) => change.start));
    const end = Math.max(...group.map((change) => change.end));
    stable += base.slice(at, start);
    at = end;
    const mineChanges = group.filter((change) => change.side === 'mine');
    const theirChanges = group.filter((change) => change.side === 'theirs');
    const agree =
      mineChanges.length === 0 ||
      theirChanges.length === 0 ||
      (mineChanges.length === theirChanges.length && mineChanges.every((change, index) => same(change, theirChanges[index] as Change)));
    if (agree) {
      stable += applyChanges(base, start, end, mineChanges.length > 0 ? mineChanges : theirChanges);
      continue;
    }
    conflicted = true;
    if (stable) hunks.push({ kind: 'stable', text: stable });
    stable = '';
    hunks.push({
      kind: 'conflict',
      base: base.slice(start, end),
      mine: applyChanges(base, start, end, mineChanges),
      theirs: applyChanges(base, start, end, theirChanges),
    });
  }
  stable += base.slice(at);
  if (!conflicted) return { kind: 'clean', text: stable };
  if (stable) hunks.push({ kind: 'stable', text: stable });
  return { kind: 'conflict', hunks };
}

/** The text a person settles on: each conflict resolved by `choose` (index among the conflicts). */
export function resolveHunks(hunks: readonly MergeHunk[], choose: (conflictIndex: number) => 'mine' | 'theirs'): string {
  let index = 0;
  return hunks
    .map((hunk) => {
      if (hunk.kind === 'stable') return hunk.text;
      const choice = choose(index);
      index += 1;
      return hunk[choice];
    })
    .join('');
}

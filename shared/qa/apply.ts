/**
 * Applying a finding's suggestion to a text that may have moved on since the finding was made:
 * at the finding's own span when the text there is still the same, else at the occurrence of the
 * flagged text nearest to where it was; null when it is gone (already fixed).
 */
import { placeholdersIn } from '../text/placeholders';
import type { Finding } from './types';

/** The edit a finding's suggestion makes: replace text[start..end] with `insert`. */
export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

/** The edit that applies a finding's suggestion to `text` (see above); null when there is none to make. */
export function suggestionEdit(text: string, finding: Pick<Finding, 'start' | 'end' | 'text' | 'suggestion'>): TextEdit | null {
  if (finding.suggestion === null) return null;
  let start = finding.start;
  if (text.slice(finding.start, finding.end) !== finding.text) {
    if (finding.text === '') return null;
    let best = -1;
    for (let at = text.indexOf(finding.text); at >= 0; at = text.indexOf(finding.text, at + 1)) {
      if (best < 0 || Math.abs(at - finding.start) < Math.abs(best - finding.start)) best = at;
    }
    if (best < 0) return null;
    start = best;
  }
  return { start, end: start + finding.text.length, insert: keepPlaceholders(finding.text, finding.suggestion) };
}

/** `text` with a finding's suggestion applied; null when it cannot be (see above). */
export function applySuggestion(text: string, finding: Pick<Finding, 'start' | 'end' | 'text' | 'suggestion'>): string | null {
  const edit = suggestionEdit(text, finding);
  return edit === null ? null : text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
}

/**
 * A replacement never drops the inline codes of the text it replaces: a code the suggestion lacks
 * goes before the same word of the suggestion as it stood before in the replaced text ("mobil
 * <g>listrik" fixed to "kendaraan listrik" gives "kendaraan <g>listrik").
 */
function keepPlaceholders(replaced: string, suggestion: string): string {
  const words = (text: string) => [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => match.index);
  const starts = words(suggestion);
  const inserts: Array<{ at: number; char: string }> = [];
  for (const { char, index } of placeholdersIn(replaced)) {
    if (suggestion.includes(char)) continue;
    const wordsBefore = words(replaced.slice(0, index)).length;
    inserts.push({ at: starts[wordsBefore] ?? suggestion.length, char });
  }
  let out = suggestion;
  for (const { at, char } of inserts.reverse()) out = out.slice(0, at) + char + out.slice(at);
  return out;
}

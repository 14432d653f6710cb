/**
 * Applying a finding's suggestion to a text that may have moved on since the finding was made:
 * at the finding's own span when the text there is still the same, else at the occurrence of the
 * flagged text nearest to where it was; null when it is gone (already fixed).
 */
import type { Finding } from './types';

export function applySuggestion(text: string, finding: Pick<Finding, 'start' | 'end' | 'text' | 'suggestion'>): string | null {
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
  return text.slice(0, start) + finding.suggestion + text.slice(start + finding.text.length);
}

/**
 * "Not an error": a reviewer's word that a finding is a false alarm, for one paragraph, for one
 * term in the whole document, or for a whole check in the document. A dismissal does not delete
 * the finding: the finding stays, marked with who dismissed it and when, so the editor can show it
 * apart (and restore it), and the document's counts keep dismissed findings beside the others
 * (per rule: the check's precision as the team judged it).
 *
 * A finding is matched by its rule and its term: the glossary or name term it concerns, else the
 * source words it points at, else its target words, folded (case, width, spacing), so the same
 * false alarm is recognised in every paragraph and after the text around it changes.
 */
import type { RuleId } from './rules/ids';
import type { Finding } from './types';

export const DISMISSAL_SCOPES = ['segment', 'term', 'rule'] as const;
export type DismissalScope = (typeof DISMISSAL_SCOPES)[number];

/** A dismissal in force, as the checker applies it. */
export interface ActiveDismissal {
  id: number;
  scope: DismissalScope;
  rule: RuleId;
  /** The paragraph it is for (scope 'segment'), else null. */
  segmentId: number | null;
  /** The folded term (scopes 'segment' and 'term'), else null. */
  term: string | null;
  by: string;
  at: string;
}

/** What a dismissed finding carries. */
export interface FindingDismissal {
  id: number;
  scope: DismissalScope;
  by: string;
  at: string;
}

/** A term as dismissals compare it: NFKC, lower case, spacing collapsed. */
export function foldTerm(term: string): string {
  return term.normalize('NFKC').toLocaleLowerCase('und').replace(/\s+/gu, ' ').trim();
}

/** The term a finding concerns, folded: the term it names, else its source words, else its target words. */
export function findingTerm(finding: Pick<Finding, 'params' | 'source' | 'text'>): string {
  const named = finding.params.term ?? finding.params.name;
  if (typeof named === 'string' && named.trim() !== '') return foldTerm(named);
  if (finding.source && finding.source.text.trim() !== '') return foldTerm(finding.source.text);
  return foldTerm(finding.text);
}

/** Dismissals in force, looked up by rule, term and paragraph. */
export class DismissalIndex {
  private readonly byRule = new Map<string, ActiveDismissal>();
  private readonly byTerm = new Map<string, ActiveDismissal>();
  private readonly bySegment = new Map<string, ActiveDismissal>();
  readonly size: number;

  constructor(dismissals: readonly ActiveDismissal[]) {
    // the oldest of several that match is the one shown (sorted by id)
    for (const dismissal of [...dismissals].sort((a, b) => b.id - a.id)) {
      if (dismissal.scope === 'rule') this.byRule.set(dismissal.rule, dismissal);
      else if (dismissal.scope === 'term') this.byTerm.set(`${dismissal.rule}\u0000${dismissal.term ?? ''}`, dismissal);
      else this.bySegment.set(`${dismissal.segmentId ?? 0}\u0000${dismissal.rule}\u0000${dismissal.term ?? ''}`, dismissal);
    }
    this.size = dismissals.length;
  }

  /** The dismissal that covers a finding of a paragraph, if any (the widest first). */
  match(finding: Finding, segmentId: number | null): ActiveDismissal | undefined {
    if (this.size === 0) return undefined;
    const rule = this.byRule.get(finding.rule);
    if (rule) return rule;
    const term = findingTerm(finding);
    return (
      this.byTerm.get(`${finding.rule}\u0000${term}`) ??
      (segmentId === null ? undefined : this.bySegment.get(`${segmentId}\u0000${finding.rule}\u0000${term}`))
    );
  }

  /** Whether a check is switched off for the document. */
  ruleOff(rule: string): ActiveDismissal | undefined {
    return this.byRule.get(rule);
  }
}

export const NO_DISMISSALS = new DismissalIndex([]);

/**
 * The findings with the dismissals that cover them marked, and marks of dismissals no longer in
 * force taken off (unless `keepMarks`: a browser whose list of dismissals may be older than the
 * server's marks keeps them). The same array when nothing changes.
 */
export function markDismissed(
  findings: readonly Finding[],
  segmentId: number | null,
  index: DismissalIndex,
  keepMarks = false,
): readonly Finding[] {
  let out: Finding[] | undefined;
  for (let i = 0; i < findings.length; i += 1) {
    const finding = findings[i] as Finding;
    if (index.size === 0 && (keepMarks || !finding.dismissed)) continue;
    const match = index.match(finding, segmentId);
    const mark = finding.dismissed;
    let next = finding;
    if (match) {
      if (!mark || mark.id !== match.id) next = { ...finding, dismissed: { id: match.id, scope: match.scope, by: match.by, at: match.at } };
    } else if (mark && !keepMarks) {
      const { dismissed: _gone, ...rest } = finding;
      next = rest;
    }
    if (next !== finding) {
      out ??= findings.slice();
      out[i] = next;
    }
  }
  return out ?? findings;
}

/** The findings that stand (not dismissed). */
export function standing(findings: readonly Finding[]): readonly Finding[] {
  return findings.some((finding) => finding.dismissed) ? findings.filter((finding) => !finding.dismissed) : findings;
}

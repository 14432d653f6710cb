/**
 * The QA engine's vocabulary. A finding points at a span of the target text in UTF-16 code units
 * (the way JavaScript indexes strings), says which rule found it and how bad it is, and carries
 * parameters from which each reader's language words the message: the engine produces codes and
 * parameters, never prose.
 */
import type { FindingDismissal } from './dismissals';
import type { RuleId } from './rules';

export type Severity = 'minor' | 'major' | 'critical';

export const SEVERITIES: readonly Severity[] = ['critical', 'major', 'minor'];

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Finding extends Span {
  rule: RuleId;
  severity: Severity;
  /** The related span of the source text, when there is one. */
  source: Span | null;
  /** Values the message is built from (`{term}`, `{expected}`...). */
  params: Record<string, string | number>;
  /** Text to put in place of the span, when the engine knows a fix. */
  suggestion: string | null;
  /** Marked "not an error" by a reviewer (the finding is kept, shown apart, counted as dismissed). */
  dismissed?: FindingDismissal;
}

/** A glossary entry as the engine sees it. */
export interface QaTerm {
  source: string;
  target: string;
  forbidden: readonly string[];
  doNotTranslate: boolean;
  caseSensitive: boolean;
  note?: string;
}

/** One aligned unit: a source paragraph (empty when there is none) and its translation. */
export interface SegmentPair {
  source: string;
  target: string;
}

import { z } from 'zod';
import { RULE_IDS } from '../qa/rules/ids';

export const Severity = z.enum(['minor', 'major', 'critical']);
export const RuleIdSchema = z.enum(RULE_IDS);

const Span = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

export const FindingSchema = Span.extend({
  rule: RuleIdSchema,
  severity: Severity,
  source: Span.nullable(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  suggestion: z.string().nullable(),
});

export const QaTermSchema = z.object({
  source: z.string(),
  target: z.string(),
  forbidden: z.array(z.string()).readonly(),
  doNotTranslate: z.boolean(),
  caseSensitive: z.boolean(),
  note: z.string().optional(),
});

export const SegmentFindings = z.object({
  segmentId: z.number().int(),
  position: z.number().int(),
  /** Findings in the machine translation as received. */
  mt: z.array(FindingSchema),
  /** Findings in the current revision; null when there is none (the MT is the current text). */
  current: z.array(FindingSchema).nullable(),
});
export type SegmentFindings = z.infer<typeof SegmentFindings>;

const SeverityCounts = z.object({ minor: z.number().int(), major: z.number().int(), critical: z.number().int() });
export type SeverityCounts = z.infer<typeof SeverityCounts>;

/** Everything the editor needs to show findings and recompute them live while the translator types. */
export const DocumentFindings = z.object({
  documentId: z.number().int(),
  /** Only segments with at least one finding (in the MT or the current text). */
  segments: z.array(SegmentFindings),
  summary: z.object({
    /** Counted on the current text of each segment. */
    byRule: z.record(z.string(), SeverityCounts),
    bySeverity: SeverityCounts,
    segmentsWithFindings: z.number().int(),
  }),
  /** The glossary that applies, and document-wide facts, for checking in the browser. */
  glossary: z.array(QaTermSchema),
  context: z.object({
    renderings: z.record(z.string(), z.object({ chosen: z.string(), others: z.array(z.string()).readonly() })),
  }),
});
export type DocumentFindings = z.infer<typeof DocumentFindings>;

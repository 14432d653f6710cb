import { z } from 'zod';
import { DISMISSAL_SCOPES } from '../qa/dismissals';
import { idBody } from './common';
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
  dismissed: z.object({ id: z.number().int(), scope: z.enum(DISMISSAL_SCOPES), by: z.string(), at: z.string() }).optional(),
});

export const DismissalScopeSchema = z.enum(DISMISSAL_SCOPES, { error: `must be one of ${DISMISSAL_SCOPES.join(', ')}` });

export const ActiveDismissalSchema = z.object({
  id: z.number().int(),
  scope: DismissalScopeSchema,
  rule: RuleIdSchema,
  segmentId: z.number().int().nullable(),
  term: z.string().nullable(),
  by: z.string(),
  at: z.string(),
});

const UserRefSchema = z.object({ id: z.number().int(), name: z.string() });

/** A dismissal as History and the API show it (withdrawn ones too). */
export const Dismissal = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  scope: DismissalScopeSchema,
  rule: RuleIdSchema,
  segmentId: z.number().int().nullable(),
  position: z.number().int().nullable(),
  term: z.string().nullable(),
  quote: z.string(),
  by: UserRefSchema,
  at: z.string(),
  withdrawn: z.object({ by: UserRefSchema, at: z.string() }).nullable(),
});
export type Dismissal = z.infer<typeof Dismissal>;

export const DismissalList = z.object({ items: z.array(Dismissal) });

/** POST /api/documents/:id/dismissals */
export const CreateDismissalBody = z
  .object({
    scope: DismissalScopeSchema,
    rule: z.enum(RULE_IDS, { error: `must be one of the checks: ${RULE_IDS.join(', ')}` }),
    segmentId: idBody.nullable().optional(),
    term: z.string({ error: 'must be text' }).max(500, { error: 'must be at most 500 characters' }).nullable().optional(),
    quote: z.string({ error: 'must be text' }).max(1000, { error: 'must be at most 1000 characters' }).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.scope === 'segment' && (body.segmentId === undefined || body.segmentId === null)) {
      ctx.addIssue({ code: 'custom', path: ['segmentId'], message: 'is required to dismiss a finding in one paragraph' });
    }
    if (body.scope !== 'rule' && (body.term === undefined || body.term === null || body.term.trim() === '')) {
      ctx.addIssue({
        code: 'custom',
        path: ['term'],
        message: `is required to dismiss a finding for ${body.scope === 'segment' ? 'a paragraph' : 'a term'}`,
      });
    }
  });
export type CreateDismissalBody = z.infer<typeof CreateDismissalBody>;

export const QaTermSchema = z.object({
  source: z.string(),
  target: z.string(),
  forbidden: z.array(z.string()).readonly(),
  doNotTranslate: z.boolean(),
  caseSensitive: z.boolean(),
  note: z.string().optional(),
});

/** How a document renders names and repeated sentences (those rendered more than one way). */
export const DocumentContextSchema = z.object({
  renderings: z.record(z.string(), z.object({ chosen: z.string(), others: z.array(z.string()).readonly() })),
  /** The acronyms the document's sources show (a translation may use one in any paragraph). */
  acronyms: z.array(z.string()).readonly().optional(),
});

/** A segment's findings as the server last computed them (for its current text). */
export const SegmentCheck = z.object({
  /** Findings in the machine translation as received. */
  mt: z.array(FindingSchema),
  /** Findings in the current revision; null when there is none (the MT is the current text). */
  current: z.array(FindingSchema).nullable(),
  /**
   * How the document renders the repeated sentences of this segment's source (when some are
   * rendered more than one way): with the document's names (in its findings), what the browser
   * checks a new text of this segment against as someone types. A document of a million
   * paragraphs repeats a hundred thousand sentences: they come with their segments, not all at once.
   */
  context: DocumentContextSchema.optional(),
});
export type SegmentCheck = z.infer<typeof SegmentCheck>;

export const SegmentFindings = SegmentCheck.extend({
  segmentId: z.number().int(),
  position: z.number().int(),
});
export type SegmentFindings = z.infer<typeof SegmentFindings>;

const SeverityCounts = z.object({ minor: z.number().int(), major: z.number().int(), critical: z.number().int() });
export type SeverityCounts = z.infer<typeof SeverityCounts>;

/** A document's findings in numbers, from counts the server keeps as texts change. */
export const FindingsSummary = z.object({
  /** Counted on the text that stands in each segment (current revision, else MT). */
  byRule: z.record(z.string(), SeverityCounts),
  bySeverity: SeverityCounts,
  segmentsWithFindings: z.number().int(),
  /** Segments whose findings are still being computed (after an import or a glossary change). */
  pending: z.number().int(),
  /** Findings dismissed as not an error, per rule (not counted above). */
  dismissedByRule: z.record(z.string(), z.number().int()),
});
export type FindingsSummary = z.infer<typeof FindingsSummary>;

/**
 * What the editor needs besides each page's findings: the summary, and the glossary and
 * document-wide facts for checking in the browser while the translator types (how names are
 * rendered: repeated sentences' renderings come with each segment's check).
 */
export const DocumentFindings = z.object({
  documentId: z.number().int(),
  summary: FindingsSummary,
  glossary: z.array(QaTermSchema),
  context: DocumentContextSchema,
  /** The dismissals in force, for checking in the browser as the server does. */
  dismissals: z.array(ActiveDismissalSchema),
});
export type DocumentFindings = z.infer<typeof DocumentFindings>;

/** Every finding of a document, page by page in segment order (segments with findings only). */
export const FindingsPage = z.object({
  items: z.array(SegmentFindings),
  /** The position to ask `after` for the next page; null at the end. */
  next: z.number().int().nullable(),
  pending: z.number().int(),
});
export type FindingsPage = z.infer<typeof FindingsPage>;

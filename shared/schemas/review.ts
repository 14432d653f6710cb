/**
 * Reviewing together: comparisons of versions, MQM annotations and the quality score, comments,
 * editing effort, bulk revert, and the live feed of a document.
 */
import { z } from 'zod';
import { MQM_CATEGORIES } from '../mqm';
import { idBody, text } from './common';
import { Segment, StatusCounts } from './documents';
import { FindingsSummary, Severity } from './qa';
import { UserRef } from './revisions';

export const MqmCategorySchema = z.enum(MQM_CATEGORIES, { error: `must be one of ${MQM_CATEGORIES.join(', ')}` });

const offset = z
  .number({ error: 'must be an offset (a whole number)' })
  .int({ error: 'must be a whole number' })
  .min(0, { error: 'must not be negative' });

/** A reviewer's MQM judgement on a span of one version: the machine translation or a revision. */
export const Annotation = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  segmentId: z.number().int(),
  /** The revision judged, or null for the machine translation. */
  revisionId: z.number().int().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  /** The judged text (the span of that version), kept so the annotation reads on its own. */
  quote: z.string(),
  category: MqmCategorySchema,
  severity: Severity,
  comment: z.string(),
  /** Where it came from: null (by hand), "finding:<rule>" or "edit:<revision id>". */
  origin: z.string().nullable(),
  author: UserRef,
  createdAt: z.string(),
});
export type Annotation = z.infer<typeof Annotation>;
export const AnnotationList = z.object({ items: z.array(Annotation) });

export const CreateAnnotationBody = z
  .object({
    revisionId: z.number({ error: 'must be a revision id, or null for the machine translation' }).int().positive().nullable(),
    start: offset,
    end: offset,
    category: MqmCategorySchema,
    severity: z.enum(['minor', 'major', 'critical'], { error: 'must be minor, major or critical' }),
    comment: text(2000).trim().default(''),
    origin: z
      .string()
      .regex(/^(finding:[a-z.-]+|edit:\d+)$/, { error: 'must be "finding:<rule>" or "edit:<revision id>"' })
      .nullable()
      .default(null),
  })
  .refine((body) => body.end > body.start, { error: 'must come after start (an annotation covers at least one character)', path: ['end'] });
export type CreateAnnotationBody = z.infer<typeof CreateAnnotationBody>;

/** An editor's correction of someone's submitted text, offered to the reviewer as an annotation. */
export const AnnotationCandidate = z.object({
  segmentId: z.number().int(),
  position: z.number().int(),
  /** The submitted revision the correction was made to: the one the annotation would judge. */
  revisionId: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  /** What the editor took out ('' when they only added) and what they put in ('' when they only cut). */
  removed: z.string(),
  replacement: z.string(),
  category: MqmCategorySchema,
  editor: UserRef,
  fixedInRevisionId: z.number().int(),
});
export type AnnotationCandidate = z.infer<typeof AnnotationCandidate>;
export const AnnotationCandidateList = z.object({ items: z.array(AnnotationCandidate) });

export const SegmentComment = z.object({
  id: z.number().int(),
  segmentId: z.number().int(),
  author: UserRef,
  body: z.string(),
  createdAt: z.string(),
});
export type SegmentComment = z.infer<typeof SegmentComment>;
export const CommentList = z.object({ items: z.array(SegmentComment) });
export const CreateCommentBody = z.object({
  body: text(5000).trim().min(1, { error: 'must not be empty' }),
});

const weight = z
  .number({ error: 'must be a number of penalty points' })
  .min(0, { error: 'must not be negative' })
  .max(1000, { error: 'must be at most 1000' });
export const QualityWeights = z.object({ minor: weight, major: weight, critical: weight });
export type QualityWeights = z.infer<typeof QualityWeights>;

const Tally = z.object({ errors: z.number().int(), penalty: z.number() });

export const QualityReport = z.object({
  weights: QualityWeights,
  sourceWords: z.number().int(),
  errors: z.number().int(),
  penalty: z.number(),
  perThousand: z.number(),
  byCategory: z.record(MqmCategorySchema, Tally),
  bySeverity: z.record(Severity, Tally),
  /** Errors on the machine translation and on revisions, apart. */
  byVersion: z.object({ mt: Tally, revisions: Tally }),
  /** Findings of terms learned from corrections, and what became of them (applied, dismissed, still open). */
  learned: z.object({ findings: z.number().int(), applied: z.number().int(), dismissed: z.number().int(), open: z.number().int() }),
  segments: z.array(
    z.object({
      segmentId: z.number().int(),
      position: z.number().int(),
      sourceWords: z.number().int(),
      errors: z.number().int(),
      penalty: z.number(),
      perThousand: z.number().nullable(),
    }),
  ),
});
export type QualityReport = z.infer<typeof QualityReport>;

export const QualityExportQuery = z.object({
  table: z.enum(['errors', 'segments'], { error: 'must be "errors" or "segments"' }).default('errors'),
});

/** A point to compare at: the MT, the current or the approved text, or the text as it was at a time. */
export const ComparePoint = z
  .string({ error: 'must be mt, current, approved or a date-time' })
  .refine((value) => ['mt', 'current', 'approved'].includes(value) || !Number.isNaN(Date.parse(value)), {
    error: 'must be mt, current, approved or a date-time such as 2026-11-28T10:00:00Z',
  });

const flag = z
  .enum(['0', '1', 'true', 'false'], { error: 'must be 0 or 1' })
  .default('0')
  .transform((value) => value === '1' || value === 'true');

export const CompareQuery = z.object({
  from: ComparePoint.default('mt'),
  to: ComparePoint.default('current'),
  /** Unchanged segments too (by default only the changed ones are listed). */
  all: flag,
});
export type CompareQuery = z.infer<typeof CompareQuery>;

const EditRateSchema = z.object({ edits: z.number().int(), length: z.number().int(), rate: z.number() });

export const CompareResult = z.object({
  from: z.string(),
  to: z.string(),
  summary: z.object({
    segments: z.number().int(),
    changed: z.number().int(),
    /** Paragraphs not compared because a side is the approved text and they were never approved. */
    notApproved: z.number().int(),
    insertedWords: z.number().int(),
    deletedWords: z.number().int(),
    editRate: EditRateSchema,
  }),
  /** The edit rate of every segment in order, for the chart. */
  rates: z.array(z.object({ segmentId: z.number().int(), position: z.number().int(), rate: z.number(), notApproved: z.boolean() })),
  items: z.array(
    z.object({
      segmentId: z.number().int(),
      position: z.number().int(),
      source: z.string(),
      from: z.string(),
      to: z.string(),
      /** The revisions compared (null: the machine translation), for annotating either side. */
      fromRevisionId: z.number().int().nullable(),
      toRevisionId: z.number().int().nullable(),
      changed: z.boolean(),
      /** Which side has no text because it was never approved (its text is then ''), or null. */
      notApproved: z.enum(['from', 'to', 'both']).nullable(),
      insertedWords: z.number().int(),
      deletedWords: z.number().int(),
      editRate: EditRateSchema,
    }),
  ),
});
export type CompareResult = z.infer<typeof CompareResult>;

/** Moments a document's text changed, to compare "as it was then". */
export const Timeline = z.object({
  items: z.array(
    z.object({
      at: z.string(),
      type: z.string(),
      actor: UserRef.nullable(),
      position: z.number().int().nullable(),
    }),
  ),
});

export const RecordEffortBody = z.object({
  ms: z
    .number({ error: 'must be milliseconds of editing (a whole number)' })
    .int({ error: 'must be a whole number' })
    .positive({ error: 'must be positive' })
    .max(3_600_000, { error: 'must be at most an hour per report' }),
});

export const EffortReport = z.object({
  document: z.object({ editRate: EditRateSchema, approvedSegments: z.number().int(), ms: z.number().int() }),
  segments: z.array(
    z.object({
      segmentId: z.number().int(),
      position: z.number().int(),
      /** MT to approved text; null until a revision is approved. */
      editRate: EditRateSchema.nullable(),
      ms: z.number().int(),
    }),
  ),
  people: z.array(
    z.object({
      user: UserRef,
      ms: z.number().int(),
      segments: z.number().int(),
      revisions: z.number().int(),
      /** MT to approved text over the segments whose approved revision this person wrote. */
      editRate: EditRateSchema.nullable(),
    }),
  ),
});
export type EffortReport = z.infer<typeof EffortReport>;

const isoDate = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), { error: 'must be a date-time such as 2026-11-28T10:00:00Z' });

/** Which revisions a bulk revert undoes: one person's, those of a time range, or both at once. */
export const RevertFilter = z
  .object({
    userId: idBody.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .refine((filter) => filter.userId !== undefined || filter.from !== undefined || filter.to !== undefined, {
    error: 'name a person (userId) or a time range (from, to)',
    path: ['userId'],
  });
export type RevertFilter = z.infer<typeof RevertFilter>;

export const RevertPlanItem = z.object({
  segmentId: z.number().int(),
  position: z.number().int(),
  version: z.number().int(),
  currentText: z.string(),
  restoreText: z.string(),
  /** The revisions undone. */
  revisions: z.number().int(),
});
export const RevertPreview = z.object({
  items: z.array(RevertPlanItem),
  /** Segments with matching revisions that cannot be reverted, and why. */
  skipped: z.array(
    z.object({ segmentId: z.number().int(), position: z.number().int(), reason: z.enum(['changed_since', 'already_restored']) }),
  ),
});
export type RevertPreview = z.infer<typeof RevertPreview>;

export const RevertBody = z.object({
  filter: RevertFilter,
  /** The versions the preview showed: a segment that moved on since makes the revert a 409. */
  expect: z
    .array(z.object({ segmentId: z.number().int().positive(), version: z.number().int().min(0) }), {
      error: 'must list the previewed segments and versions',
    })
    .min(1, { error: 'must list at least one segment' })
    .max(100_000),
});
export const RevertResult = z.object({ reverted: z.number().int(), segments: z.array(Segment) });

/** What the live feed of a document sends. */
export const LiveChange = z.object({
  id: z.number().int(),
  type: z.string(),
  segmentId: z.number().int().nullable(),
  revisionId: z.number().int().nullable(),
  actor: UserRef.nullable(),
  createdAt: z.string(),
  payload: z.record(z.string(), z.unknown()),
  /** The segment as it stands after the change (with its findings), when the change was to a segment. */
  segment: Segment.nullable(),
  /** The segments whose findings a check made again changed (`document.rechecked`), as they now stand. */
  segments: z.array(Segment).optional(),
  /**
   * On the last change of a batch that touched segments: the document's progress and findings in
   * numbers as they now stand (so a view updates them without asking for the document again).
   */
  document: z.object({ counts: StatusCounts, findings: FindingsSummary }).optional(),
});
export type LiveChange = z.infer<typeof LiveChange>;
export const LivePresence = z.object({ users: z.array(UserRef) });
export type LivePresence = z.infer<typeof LivePresence>;
/** The last event of a feed that ended because access did: the session is over, or the document is no longer theirs. */
export const LiveEnded = z.object({ reason: z.enum(['signed_out', 'access_removed']) });
export type LiveEnded = z.infer<typeof LiveEnded>;

/** Find and replace in the working texts of a document (see shared/text/findReplace.ts). */
export const FindBody = z.object({
  find: text(1000).min(1, { error: 'must not be empty' }),
  replace: text(10_000).default(''),
  matchCase: z.boolean({ error: 'must be true or false' }).default(false),
  wholeWord: z.boolean({ error: 'must be true or false' }).default(false),
  regex: z.boolean({ error: 'must be true or false' }).default(false),
});
export type FindBody = z.infer<typeof FindBody>;

/**
 * A preview may be asked for a piece of the document at a time: the paragraphs after position
 * `after`, at most `limit` of them read (a million-paragraph document is then twenty requests of
 * about a second, each saying how far it got); without `limit`, the whole document at once.
 */
export const ReplacePreviewBody = FindBody.extend({
  after: z.number({ error: 'must be a paragraph position' }).int().nonnegative().default(0),
  limit: z.number({ error: 'must be a number of paragraphs' }).int().min(1).max(1_000_000).optional(),
});
export type ReplacePreviewBody = z.infer<typeof ReplacePreviewBody>;

/** Paragraphs the editor asks one preview request to read. */
export const REPLACE_PREVIEW_PIECE = 50_000;

/** Every paragraph a find and replace would change; the texts of the first ones, to show. */
export const ReplacePreview = z.object({
  items: z.array(
    z.object({
      segmentId: z.number().int(),
      position: z.number().int(),
      /** The version the change was worked out on (sent back to replace). */
      version: z.number().int(),
      /** How many times the find matched in the paragraph. */
      count: z.number().int(),
      /** The working text before and after (null beyond the first `shown` paragraphs). */
      before: z.string().nullable(),
      after: z.string().nullable(),
    }),
  ),
  paragraphs: z.number().int(),
  matches: z.number().int(),
  shown: z.number().int(),
  /** The position to ask for the next piece after (`after`), or null: the document's end was reached. */
  next: z.number().int().nullable(),
});
export type ReplacePreview = z.infer<typeof ReplacePreview>;

/** Paragraphs one replacement request may name. */
export const REPLACE_MAX_PARAGRAPHS = 20_000;
/**
 * Paragraphs the editor sends per replacement request: a few seconds each, so that a change to
 * tens of thousands of paragraphs shows how far it has got.
 */
export const REPLACE_PIECE = 2_000;

export const ReplaceBody = FindBody.extend({
  /**
   * When one replacement is sent in several requests: an id the same on each (`operation`), and
   * which of how many this one is (`part` of `parts`). The log's event of each request carries
   * them, and the activity list says "part 3 of 8".
   */
  operation: z
    .string({ error: 'must be a text' })
    .regex(/^[A-Za-z0-9_-]{1,64}$/u, { error: 'must be 1 to 64 letters, digits, "-" or "_"' })
    .optional(),
  part: z.number({ error: 'must be a number' }).int().min(1).max(10_000).optional(),
  parts: z.number({ error: 'must be a number' }).int().min(1).max(10_000).optional(),
  expect: z
    .array(z.object({ segmentId: idBody, version: z.number({ error: 'must be a version number' }).int().nonnegative() }), {
      error: 'must list the paragraphs of the preview',
    })
    .min(1, { error: 'must name at least one paragraph' })
    .max(REPLACE_MAX_PARAGRAPHS, { error: `can name at most ${REPLACE_MAX_PARAGRAPHS} paragraphs at once` }),
}).refine((body) => (body.part === undefined) === (body.parts === undefined) && (body.part ?? 0) <= (body.parts ?? 0), {
  error: 'part and parts come together, part at most parts',
  path: ['part'],
});
export type ReplaceBody = z.infer<typeof ReplaceBody>;

export const ReplaceResult = z.object({
  /** The paragraphs changed, each with a new revision. */
  replaced: z.array(z.number().int()),
  /** Paragraphs of the preview left alone: changed since (or deleted), or the find no longer matches. */
  skipped: z.array(z.object({ segmentId: z.number().int(), reason: z.enum(['changed', 'no_match']) })),
  matches: z.number().int(),
});
export type ReplaceResult = z.infer<typeof ReplaceResult>;

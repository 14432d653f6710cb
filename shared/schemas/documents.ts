import { z } from 'zod';
import { decimalParam, LanguageTag, MAX_SEGMENT_LENGTH, text } from './common';
import { RuleIdSchema, SegmentCheck } from './qa';
import { RoleSchema } from './users';
import { Revision, SegmentStatus } from './revisions';
import { MemoryName } from './memory';

/** A document holds at most this many segments (imports stream, in bounded memory, however long). */
export const MAX_SEGMENTS_PER_DOCUMENT = 2_000_000;

/** Segment counts per workflow status: what a document's progress bar draws. */
export const StatusCounts = z.object({
  untouched: z.number().int(),
  draft: z.number().int(),
  submitted: z.number().int(),
  approved: z.number().int(),
  rejected: z.number().int(),
});
export type StatusCounts = z.infer<typeof StatusCounts>;

export const DocumentSummary = z.object({
  id: z.number().int(),
  /** The strongest role the asking user holds on this document (for showing it). */
  role: RoleSchema.nullable().default(null),
  /** Every role they hold there, strongest first: they may do what any of them allows. */
  roles: z.array(RoleSchema).default([]),
  title: z.string(),
  sourceLang: z.string(),
  targetLang: z.string(),
  createdAt: z.string(),
  segmentCount: z.number().int(),
  counts: StatusCounts,
  /** On a single document: the id of its latest event, where a live feed starts. */
  lastEventId: z.number().int().optional(),
  /** One document: the format of the file it was imported from ("xliff-2.0"), or null. */
  fileFormat: z.string().nullable().optional(),
  /**
   * One document made from a file with several language pairs: every document made from that file
   * (this one too) that the asker may read, in the file's order. Absent for a file of one pair.
   */
  fileSet: z.array(z.object({ id: z.number().int(), title: z.string(), sourceLang: z.string(), targetLang: z.string() })).optional(),
  /** When it was archived (hidden from the list, never deleted), else null. */
  archivedAt: z.string().nullable().default(null),
  /** The day it is due (YYYY-MM-DD), and who is to do it. */
  deadline: z.string().nullable().default(null),
  assignee: z.object({ id: z.number().int(), name: z.string() }).nullable().default(null),
  /** The project memory its approvals go to (its lookups read it and the shared one); null: the shared memory. */
  memory: z.string().nullable().default(null),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

/**
 * What importing a file made: the first document (its fields, as before), every document (a file
 * with several language pairs makes one per pair), what the file does against the standard that
 * could be read safely (the first 50 warnings, and how many in all), and the segments the file's
 * own states brought in submitted or approved.
 */
export const ImportResult = DocumentSummary.extend({
  documents: z.array(DocumentSummary),
  warnings: z.array(z.string()),
  warningCount: z.number().int(),
  states: z.object({ submitted: z.number().int(), approved: z.number().int() }),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const DocumentList = z.object({ items: z.array(DocumentSummary) });
export type DocumentList = z.infer<typeof DocumentList>;

/** The title of a document imported from a file without one: the file's name without its folder and extension. */
export function titleFromFileName(name: string): string {
  return (
    name
      .replace(/^.*[\\/]/, '')
      .replace(/\.(xlf|xliff|sdlxliff|tmx)$/i, '')
      .trim()
      .slice(0, 200) || 'Imported document'
  );
}

/** Imports under way (GET /api/documents/importing): how far each has come, from 0 to 1. */
/**
 * Documents being imported: how far each has come (0 to 1), what it is doing (reading: the file
 * read, each segment checked and stored as it comes; queueing: the segments queued for the
 * checks), and how many segments are stored so far.
 */
export const ImportingList = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      progress: z.number(),
      phase: z.enum(['reading', 'queueing']),
      segments: z.number().int(),
    }),
  ),
});
export type ImportingList = z.infer<typeof ImportingList>;

export const Title = text(300).trim().min(1, { error: 'must not be empty' });

/** A calendar day as YYYY-MM-DD that exists ("2026-02-30" does not). */
const Day = z
  .string({ error: 'must be a day as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a day as YYYY-MM-DD' })
  .refine(
    (day) => {
      const date = new Date(`${day}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
    },
    { error: 'is not a day of the calendar' },
  );

/** What an editor changes about a document: any of its title, deadline (null: none) and assignee (null: nobody). */
export const UpdateDocumentBody = z
  .object({
    title: Title.optional(),
    deadline: Day.nullable().optional(),
    assigneeId: z.number({ error: 'must be a user id or null' }).int().positive().nullable().optional(),
    /** A project memory's name; null or empty: the pair's shared memory. */
    memory: MemoryName.nullable()
      .optional()
      .transform((value) => (value === '' ? null : value)),
  })
  .refine((body) => body.title !== undefined || body.deadline !== undefined || body.assigneeId !== undefined || body.memory !== undefined, {
    error: 'name something to change: title, deadline, assigneeId or memory',
    path: ['title'],
  });
export type UpdateDocumentBody = z.infer<typeof UpdateDocumentBody>;

export const DocumentListQuery = z.object({
  /** Archived documents instead (admins). */
  archived: z.enum(['0', '1'], { error: 'must be 0 or 1' }).default('0'),
});

/** Create a document from segments already aligned by the caller. */
export const CreateDocumentBody = z.object({
  title: Title,
  sourceLang: LanguageTag,
  targetLang: LanguageTag,
  segments: z
    .array(
      z.object({
        source: text(MAX_SEGMENT_LENGTH),
        mt: text(MAX_SEGMENT_LENGTH),
      }),
      { error: 'must be an array of {source, mt}' },
    )
    .min(1, { error: 'must hold at least one segment' })
    .max(MAX_SEGMENTS_PER_DOCUMENT, { error: `must hold at most ${MAX_SEGMENTS_PER_DOCUMENT} segments` }),
});
export type CreateDocumentBody = z.infer<typeof CreateDocumentBody>;

/** The text fields that accompany the two files of a multipart document upload. */
export const CreateDocumentFields = CreateDocumentBody.pick({ title: true, sourceLang: true, targetLang: true });
export type CreateDocumentFields = z.infer<typeof CreateDocumentFields>;

/** A segment as the editor sees it: the MT as received, the latest revision, the approved text. */
export const InlineCodeSchema = z.object({
  char: z.string().length(1),
  key: z.string(),
  kind: z.enum(['open', 'close', 'standalone']),
  source: z.string().nullable(),
  target: z.string().nullable(),
  label: z.string(),
});

export const Segment = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  position: z.number().int(),
  source: z.string(),
  mt: z.string(),
  status: SegmentStatus,
  version: z.number().int(),
  current: Revision.nullable(),
  approvedRevisionId: z.number().int().nullable(),
  approvedText: z.string().nullable(),
  /** Imported segments: what each placeholder of the text stands for, and the file's notes. */
  codes: z.array(InlineCodeSchema).optional(),
  notes: z.array(z.string()).optional(),
  /** How many other paragraphs of the document have exactly this source (absent when none; in pages of segments). */
  repeats: z.number().int().optional(),
  /** How many of its sentences stand in other paragraphs of the document (absent when none, or when the whole paragraph repeats). */
  repeatedSentences: z.number().int().optional(),
  /**
   * The findings of the segment's texts as the server last computed them; null while they are
   * being computed (just imported, or the glossary changed). Absent where not asked for.
   */
  check: SegmentCheck.nullable().optional(),
});
export type Segment = z.infer<typeof Segment>;

/** A segment's texts, without the people and the origin around them (a whole document's worth is read at once). */
export type SegmentTexts = Pick<Segment, 'id' | 'position' | 'source' | 'mt' | 'approvedRevisionId' | 'approvedText'> & {
  current: Pick<NonNullable<Segment['current']>, 'id' | 'text'> | null;
};

/** A status, or `open`: what still needs work (untouched, draft or rejected). */
export const SegmentFilter = z.enum(['all', 'open', 'untouched', 'draft', 'submitted', 'approved', 'rejected']);
export const OPEN_STATUSES = ['untouched', 'draft', 'rejected'] as const;
export type SegmentFilter = z.infer<typeof SegmentFilter>;

export const SegmentListQuery = z
  .object({
    /** Keyset paging: the segments after this position, or the last ones before it (in order either way). */
    after: decimalParam('a whole number').optional(),
    before: decimalParam('a whole number').optional(),
    /** Or: this many matching segments skipped. */
    offset: decimalParam('a whole number').default(0),
    limit: decimalParam('a whole number', 1)
      .pipe(z.number().max(500, { error: 'must be between 1 and 500' }))
      .default(100),
    status: SegmentFilter.default('all'),
    q: text(500).trim().optional(),
    /** Only segments whose current text has findings ("with"), optionally of one rule. */
    findings: z.enum(['any', 'with', 'without'], { error: 'must be any, with or without' }).default('any'),
    rule: RuleIdSchema.optional(),
  })
  .refine((query) => query.after === undefined || query.before === undefined, { error: 'cannot be given with after', path: ['before'] });
export type SegmentListQuery = z.infer<typeof SegmentListQuery>;

export const SegmentPage = z.object({
  items: z.array(Segment),
  /** Segments that match the filters, in all. */
  total: z.number().int(),
  /** Where the first item stands among them (0-based): with `after`/`before` too. */
  offset: z.number().int(),
  limit: z.number().int(),
});
export type SegmentPage = z.infer<typeof SegmentPage>;

/** What propagating a paragraph's approved translation to its repetitions did. */
export const PropagateResult = z.object({
  text: z.string(),
  propagated: z.array(z.number().int()),
  skipped: z.array(z.object({ segmentId: z.number().int(), reason: z.enum(['approved', 'same', 'changed']) })),
  segments: z.array(Segment),
});
export type PropagateResult = z.infer<typeof PropagateResult>;

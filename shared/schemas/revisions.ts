import { z } from 'zod';
import { MAX_SEGMENT_LENGTH, text } from './common';

export const SegmentStatus = z.enum(['untouched', 'draft', 'submitted', 'approved', 'rejected']);
export type SegmentStatus = z.infer<typeof SegmentStatus>;

export const RevisionState = z.enum(['draft', 'submitted', 'approved', 'rejected']);
export type RevisionState = z.infer<typeof RevisionState>;

export const UserRef = z.object({ id: z.number().int(), name: z.string() });
export type UserRef = z.infer<typeof UserRef>;

/** One saved version of a segment's text. Append-only: only the decision fields ever change. */
export const Revision = z.object({
  id: z.number().int(),
  segmentId: z.number().int(),
  parentRevisionId: z.number().int().nullable(),
  text: z.string(),
  author: UserRef,
  createdAt: z.string(),
  state: RevisionState,
  decidedBy: UserRef.nullable(),
  decidedAt: z.string().nullable(),
  comment: z.string().nullable(),
});
export type Revision = z.infer<typeof Revision>;

const baseVersion = z
  .number({ error: 'must be the segment version the text was based on (a whole number)' })
  .int({ error: 'must be a whole number' })
  .min(0, { error: 'must be 0 or more' });

export const SaveRevisionBody = z.object({
  text: text(MAX_SEGMENT_LENGTH),
  baseVersion,
});
export type SaveRevisionBody = z.infer<typeof SaveRevisionBody>;

const comment = text(5000).trim();
/** A comment that must be there, whose absence is refused with `why` (like an empty one). */
const requiredComment = (why: string) => z.preprocess((value) => value ?? '', comment.min(1, { error: why }));

/** Submit and approve: an optional note, and optionally the version the decision was based on. */
export const TransitionBody = z.object({ comment: comment.optional(), baseVersion: baseVersion.optional() }).default({});
export type TransitionBody = z.infer<typeof TransitionBody>;

/** A rejection always says why, so the translator can fix it. */
export const RejectBody = z.object({
  comment: requiredComment('is required when rejecting: say what to fix'),
  baseVersion: baseVersion.optional(),
});
export type RejectBody = z.infer<typeof RejectBody>;

/** Resubmitting a rejected text unchanged always answers the rejection (the reply joins the comments). */
export const ResubmitBody = z.object({
  comment: requiredComment('is required when resubmitting unchanged: reply to the rejection'),
  baseVersion: baseVersion.optional(),
});
export type ResubmitBody = z.infer<typeof ResubmitBody>;

export const RevisionList = z.object({ items: z.array(Revision) });
export type RevisionList = z.infer<typeof RevisionList>;

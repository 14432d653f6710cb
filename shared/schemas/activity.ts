import { z } from 'zod';
import { Revision } from './revisions';
import { Segment } from './documents';
import { FindingSchema } from './qa';

/** One entry of a document's event log: who did what, when. */
export const ActivityEvent = z.object({
  id: z.number().int(),
  type: z.string(),
  actorName: z.string().nullable(),
  position: z.number().int().nullable(),
  payload: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export const ActivityList = z.object({ items: z.array(ActivityEvent) });
export type ActivityEvent = z.infer<typeof ActivityEvent>;

/** A submitted revision in the editor's queue. */
export const QueueItem = z.object({
  revision: Revision,
  segment: Segment,
  document: z.object({
    id: z.number().int(),
    title: z.string(),
    sourceLang: z.string(),
    targetLang: z.string(),
    deadline: z.string().nullable(),
    assignee: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  }),
  submittedAt: z.string(),
  findings: z.array(FindingSchema),
});
export type QueueItem = z.infer<typeof QueueItem>;
export const QueueList = z.object({ items: z.array(QueueItem) });

export const BulkApproveResult = z.object({
  approved: z.array(z.object({ revision: Revision, segment: Segment })),
  failed: z.array(z.object({ id: z.number().int(), status: z.number().int(), code: z.string(), message: z.string() })),
});

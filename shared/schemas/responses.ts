import { z } from 'zod';
import { Segment } from './documents';
import { Revision } from './revisions';

/** 201 after a save (200 when the text equals the current revision and nothing was stored). */
export const RevisionResult = z.object({ revision: Revision, segment: Segment });
export type RevisionResult = z.infer<typeof RevisionResult>;

/** 409 body: what the segment holds now, so the client can merge or show the conflict. */
export const VersionConflictBody = z.object({
  error: z.object({ code: z.literal('version_conflict'), message: z.string() }),
  current: z.object({ version: z.number().int(), revision: Revision.nullable(), segment: Segment }),
});
export type VersionConflictBody = z.infer<typeof VersionConflictBody>;

export const Health = z.object({ ok: z.literal(true) });

import { Router, type Request } from 'express';
import type { Action } from '../../shared/permissions';
import { documentFor } from '../auth/middleware';
import { IdParams, SaveRevisionBody } from '../../shared/schemas';
import { AppError, notFound, versionConflict } from '../errors';
import { requireJsonBody } from '../middleware/errors';
import { validated } from '../middleware/validate';
import type { RouteDeps } from './deps';

/** Segments: one segment, its revision history, and saving a new revision. */
export function segmentsRouter({ store, actorId }: RouteDeps): Router {
  const router = Router();

  /** The segment, if the user may `action` on its document (404 when they may not see it). */
  const segmentFor = async (req: Request, id: number, action: Action, what: string) => {
    const segment = await store.getSegment(id);
    if (!segment) throw notFound('segment', id);
    try {
      await documentFor(store, req, segment.documentId, action, what);
    } catch (error) {
      if (error instanceof AppError && error.status === 404) throw notFound('segment', id);
      throw error;
    }
    return segment;
  };

  router.get('/:id', validated({ params: IdParams }, async ({ params }, req, res) => {
    res.json(await segmentFor(req, params.id, 'document.read', 'reading this document'));
  }));

  router.get('/:id/revisions', validated({ params: IdParams }, async ({ params }, req, res) => {
    await segmentFor(req, params.id, 'document.read', 'reading this document');
    const revisions = await store.listRevisions(params.id);
    if (!revisions) throw notFound('segment', params.id);
    res.json({ items: revisions });
  }));

  router.post('/:id/revisions', requireJsonBody, validated({ params: IdParams, body: SaveRevisionBody }, async ({ params, body }, req, res) => {
    await segmentFor(req, params.id, 'revision.save', 'changing the text');
    const outcome = await store.saveRevision({
      segmentId: params.id,
      text: body.text,
      baseVersion: body.baseVersion,
      authorId: actorId(req),
    });
    switch (outcome.kind) {
      case 'not_found':
        throw notFound('segment', params.id);
      case 'conflict':
        throw versionConflict(
          `segment ${params.id} is at version ${outcome.segment.version}, not ${body.baseVersion}: someone saved in the meantime`,
          { current: { version: outcome.segment.version, revision: outcome.segment.current, segment: outcome.segment } },
        );
      case 'unchanged':
        res.status(200).json({ revision: outcome.revision, segment: outcome.segment });
        return;
      case 'created':
        res.status(201).json({ revision: outcome.revision, segment: outcome.segment });
        return;
    }
  }));

  return router;
}

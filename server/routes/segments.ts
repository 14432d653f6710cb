import { Router } from 'express';
import { authorize } from '../auth/middleware';
import { IdParams, MatchesQuery, SaveRevisionBody } from '../../shared/schemas';
import { AppError, notFound, versionConflict } from '../errors';
import { requireJsonBody } from '../middleware/errors';
import { validated } from '../middleware/validate';
import type { RouteDeps } from './deps';

/** Segments: one segment, its revision history, and saving a new revision. */
export function segmentsRouter({ services, actorId }: RouteDeps): Router {
  const router = Router();

  router.get(
    '/:id',
    validated({ params: IdParams }, async ({ params }, req, res) => {
      await authorize(services, req, 'segment', params.id, 'document.read', 'reading this document');
      const segment = await services.documents.segment(params.id);
      if (!segment) throw notFound('segment', params.id);
      const [checked] = await services.checks.decorate(segment.documentId, [segment], true);
      res.json(checked ?? segment);
    }),
  );

  router.get(
    '/:id/matches',
    validated({ params: IdParams, query: MatchesQuery }, async ({ params, query }, req, res) => {
      await authorize(services, req, 'segment', params.id, 'document.read', 'reading this document');
      const items = await services.memory.matches(params.id, query.min);
      if (!items) throw notFound('segment', params.id);
      res.json({ items });
    }),
  );

  router.get(
    '/:id/revisions',
    validated({ params: IdParams }, async ({ params }, req, res) => {
      await authorize(services, req, 'segment', params.id, 'document.read', 'reading this document');
      const revisions = await services.revisions.history(params.id);
      if (!revisions) throw notFound('segment', params.id);
      res.json({ items: revisions });
    }),
  );

  router.post(
    '/:id/revisions',
    requireJsonBody,
    validated({ params: IdParams, body: SaveRevisionBody }, async ({ params, body }, req, res) => {
      await authorize(services, req, 'segment', params.id, 'revision.save', 'changing the text');
      const outcome = await services.revisions.save({
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
    }),
  );

  router.post(
    '/:id/propagate',
    validated({ params: IdParams }, async ({ params }, req, res) => {
      await authorize(services, req, 'segment', params.id, 'revision.save', 'changing the text');
      const outcome = await services.revisions.propagate(params.id, actorId(req));
      if (outcome === undefined) throw notFound('segment', params.id);
      if (outcome === null)
        throw new AppError(409, 'invalid_transition', `segment ${params.id} has no approved translation to propagate`, 'id');
      res.json(outcome);
    }),
  );

  return router;
}

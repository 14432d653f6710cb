import { Router } from 'express';
import { IdParams, RejectBody, TransitionBody } from '../../shared/schemas';
import type { RevisionAction } from '../../shared/workflow';
import { invalidTransition, notFound, versionConflict } from '../errors';
import { requireJsonBody } from '../middleware/errors';
import { validated } from '../middleware/validate';
import type { RouteDeps } from './deps';

/** Revisions: read one, and move it through the workflow (submit, approve, reject). */
export function revisionsRouter({ store, actorId }: RouteDeps): Router {
  const router = Router();

  router.get('/:id', validated({ params: IdParams }, async ({ params }, _req, res) => {
    const revision = await store.getRevision(params.id);
    if (!revision) throw notFound('revision', params.id);
    res.json(revision);
  }));

  const actions: Array<[RevisionAction, typeof TransitionBody | typeof RejectBody]> = [
    ['submit', TransitionBody],
    ['approve', TransitionBody],
    ['reject', RejectBody],
  ];
  for (const [action, schema] of actions) {
    router.post(`/:id/${action}`, requireJsonBody, validated({ params: IdParams, body: schema }, async ({ params, body }, req, res) => {
      const outcome = await store.transitionRevision({
        revisionId: params.id,
        action,
        actorId: actorId(req),
        comment: body.comment,
        baseVersion: body.baseVersion,
      });
      switch (outcome.kind) {
        case 'not_found':
          throw notFound('revision', params.id);
        case 'conflict':
          throw versionConflict(
            `segment ${outcome.segment.id} is at version ${outcome.segment.version}, not ${body.baseVersion ?? '?'}`,
            { current: { version: outcome.segment.version, revision: outcome.segment.current, segment: outcome.segment } },
          );
        case 'invalid':
          throw invalidTransition(
            outcome.reason === 'superseded'
              ? `cannot ${action} revision ${params.id}: a newer revision of its segment exists`
              : `cannot ${action} revision ${params.id}: it is ${outcome.revision.state}, and only a ${outcome.allowedFrom} revision can be ${action === 'submit' ? 'submitted' : `${action}d`}`,
            { revision: outcome.revision },
          );
        case 'done':
          res.json({ revision: outcome.revision, segment: outcome.segment });
          return;
      }
    }));
  }

  return router;
}

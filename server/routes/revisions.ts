import { Router } from 'express';
import { z } from 'zod';
import type { Action } from '../../shared/permissions';
import { IdParams, RejectBody, ResubmitBody, text, TransitionBody } from '../../shared/schemas';
import type { RevisionAction } from '../../shared/workflow';
import { authorize } from '../auth/middleware';
import { AppError, notFound, versionConflict } from '../errors';
import { requireJsonBody } from '../middleware/errors';
import { validated } from '../middleware/validate';
import type { TransitionOutcome } from '../store/types';
import type { RouteDeps } from './deps';

const PERMISSION: Record<RevisionAction, Action> = {
  submit: 'revision.submit',
  approve: 'revision.decide',
  reject: 'revision.decide',
  resubmit: 'revision.submit',
};
const WHAT: Record<RevisionAction, string> = { submit: 'submitting', approve: 'approving', reject: 'rejecting', resubmit: 'resubmitting' };

export const BulkApproveBody = z.object({
  revisionIds: z
    .array(z.number({ error: 'must be revision ids' }).int().positive(), { error: 'must be a list of revision ids' })
    .min(1, { error: 'must name at least one revision' })
    .max(500, { error: 'can name at most 500 revisions' }),
  comment: text(5000).trim().optional(),
});

function outcomeError(
  outcome: Exclude<TransitionOutcome, { kind: 'done' }>,
  action: RevisionAction,
  id: number,
  baseVersion?: number,
): AppError {
  switch (outcome.kind) {
    case 'not_found':
      return notFound('revision', id);
    case 'conflict':
      return versionConflict(`segment ${outcome.segment.id} is at version ${outcome.segment.version}, not ${baseVersion ?? '?'}`, {
        current: { version: outcome.segment.version, revision: outcome.segment.current, segment: outcome.segment },
      });
    case 'invalid':
      return new AppError(
        409,
        'invalid_transition',
        outcome.reason === 'superseded'
          ? `cannot ${action} revision ${id}: a newer revision of its segment exists`
          : `cannot ${action} revision ${id}: it is ${outcome.revision.state}, and only a ${outcome.allowedFrom} revision can be ${action === 'submit' || action === 'resubmit' ? `${action}ted` : `${action}d`}`,
        undefined,
        { revision: outcome.revision },
        outcome.reason,
        { action, state: outcome.revision.state, allowedFrom: outcome.allowedFrom },
      );
  }
}

/** Revisions: read one, move it through the workflow, approve many at once. */
export function revisionsRouter({ services, actorId }: RouteDeps): Router {
  const router = Router();

  router.get(
    '/:id',
    validated({ params: IdParams }, async ({ params }, req, res) => {
      await authorize(services, req, 'revision', params.id, 'document.read', 'reading this document');
      const revision = await services.revisions.get(params.id);
      if (!revision) throw notFound('revision', params.id);
      res.json(revision);
    }),
  );

  /** Bulk approval: each revision on its own; the answer says which were approved and why others were not. */
  router.post(
    '/approve',
    requireJsonBody,
    validated({ body: BulkApproveBody }, async ({ body }, req, res) => {
      const approved: unknown[] = [];
      const failed: Array<{ id: number; status: number; code: string; message: string }> = [];
      for (const id of [...new Set(body.revisionIds)]) {
        try {
          await authorize(services, req, 'revision', id, 'revision.decide', 'approving');
          const outcome = await services.revisions.transition({
            revisionId: id,
            action: 'approve',
            actorId: actorId(req),
            comment: body.comment,
          });
          if (outcome.kind !== 'done') throw outcomeError(outcome, 'approve', id);
          approved.push({ revision: outcome.revision, segment: outcome.segment });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          failed.push({ id, status: error.status, code: error.code, message: error.message });
        }
      }
      res.json({ approved, failed });
    }),
  );

  const actions: Array<[RevisionAction, typeof TransitionBody | typeof RejectBody | typeof ResubmitBody]> = [
    ['submit', TransitionBody],
    ['approve', TransitionBody],
    ['reject', RejectBody],
    ['resubmit', ResubmitBody],
  ];
  for (const [action, schema] of actions) {
    router.post(
      `/:id/${action}`,
      requireJsonBody,
      validated({ params: IdParams, body: schema }, async ({ params, body }, req, res) => {
        await authorize(services, req, 'revision', params.id, PERMISSION[action], WHAT[action]);
        const outcome = await services.revisions.transition({
          revisionId: params.id,
          action,
          actorId: actorId(req),
          comment: body.comment,
          baseVersion: body.baseVersion,
        });
        if (outcome.kind !== 'done') throw outcomeError(outcome, action, params.id, body.baseVersion);
        res.json({ revision: outcome.revision, segment: outcome.segment });
      }),
    );
  }

  return router;
}

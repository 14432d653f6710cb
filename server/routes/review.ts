import { json, Router } from 'express';
import { z } from 'zod';
import {
  MemoryAnalysis,
  mergeAnalyses,
  decimalParam,
  CompareQuery,
  CreateAnnotationBody,
  CreateCommentBody,
  IdParams,
  QualityExportQuery,
  QualityWeights,
  RecordEffortBody,
  RevertBody,
  RevertFilter,
  ReplacePreviewBody,
  ReplaceBody,
} from '../../shared/schemas';
import { EFFORT_ALLOWANCE_MS } from '../../shared/effort';
import { authOf, authorize } from '../auth/middleware';
import { SessionService } from '../auth/sessions';
import { AppError, badRequest, notFound, versionConflict } from '../errors';
import { MAX_FEEDS_PER_SESSION, type LiveHub } from '../live/hub';
import { can } from '../../shared/permissions';
import { requireJsonBody } from '../middleware/errors';
import { validated } from '../middleware/validate';
import type { RouteDeps } from './deps';
import { applyReplace, findSpec, previewReplace } from '../services/replace';
import { sharedFindPool } from '../workers/pool';

export const LiveQuery = z.object({
  after: decimalParam('an event id').optional(),
});

/** An offset that would cut a character in two (between the halves of a surrogate pair). */
function splitsSurrogate(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * Reviewing a document: compare versions, annotate and score (MQM), comment, editing effort, bulk
 * revert, and the live feed. Mounted under /api/documents, /api/segments and /api/annotations.
 */
export function reviewRouters({ services, actorId, limits, sessions, jobs }: RouteDeps, live: LiveHub) {
  const parseJson = json({ limit: limits.jsonBytes });
  const documents = Router();
  const segments = Router();
  const annotations = Router();

  const documentOf = async (id: number) => {
    const document = await services.documents.get(id);
    if (!document) throw notFound('document', id);
    return document;
  };

  documents.get(
    '/:id/compare',
    validated({ params: IdParams, query: CompareQuery }, async ({ params, query }, req, res) => {
      await authorize(services, req, 'document', params.id, 'document.read', 'reading this document');
      await documentOf(params.id);
      // every segment diffed: on a job thread, the answer handed over as it is
      res.type('application/json').send(await jobs.run('compare', { documentId: params.id, query }));
    }),
  );

  documents.get(
    '/:id/timeline',
    validated({ params: IdParams }, async ({ params }, req, res) => {
      await authorize(services, req, 'document', params.id, 'document.read', 'reading this document');
      const events = await services.documents.activity(params.id, 1000);
      const textEvents = events.filter((event) => event.type.startsWith('revision.') || event.type === 'document.created');
      res.json({
        items: textEvents.map((event) => ({
          at: event.createdAt,
          type: event.type,
          actor: event.actorId === null ? null : { id: event.actorId, name: event.actorName ?? '' },
          position: event.position,
        })),
      });
    }),
  );

  documents.get(
    '/:id/annotations',
    validated({ params: IdParams }, async ({ params }, req, res) => {
      await authorize(services, req, 'document', params.id, 'document.read', 'reading this document');
      res.json({ items: await services.review.annotations(params.id) });
    }),
  );

  documents.get(
    '/:id/annotation-candidates',
    validated({ params: IdParams }, async ({ params }, req, res) => {
      await authorize(services, req, 'document', params.id, 'annotation.write', 'annotating');
      await documentOf(params.id);
      res.type('application/json').send(await jobs.run('candidates', { documentId: params.id }));
    }),
  );

  documents.get(
    '/:id/quality',
    validated({ params: IdParams }, async ({ params }, req, res) => {
      await authorize(services, req, 'document', params.id, 'document.read', 'reading this document');
      await documentOf(params.id);
      res.type('application/json').send(await jobs.run('quality', { documentId: params.id }));
    }),
  );

  documents.get(
    '/:id/quality/export',
    validated({ params: IdParams, query: QualityExportQuery }, async ({ params, query }, req, res) => {
      await authorize(services, req, 'document', params.id, 'document.read', 'reading this document');
      await documentOf(params.id);
      const csv = await jobs.run('qualityCsv', { documentId: params.id, table: query.table });
      res.type('text/csv; charset=utf-8').attachment(`quality-${params.id}-${query.table}.csv`).send(`\uFEFF${csv}`);
    }),
  );

  documents.get(
    '/:id/memory-analysis',
    validated({ params: IdParams }, async ({ params }, req, res) => {
      await authorize(services, req, 'document', params.id, 'document.read', 'reading this document');
      await documentOf(params.id);
      res.json(await services.memory.analysisStatus(params.id));
    }),
  );

  documents.post(
    '/:id/memory-analysis',
    validated({ params: IdParams }, async ({ params }, req, res) => {
      await authorize(services, req, 'document', params.id, 'document.read', 'reading this document');
      await documentOf(params.id);
      // in the background, the lookups shared between the job threads (both cores), the parts added up;
      // how far it has come is the slowest part's
      const status = await services.memory.startAnalysis(params.id, actorId(req), async (onProgress) => {
        const parts = jobs.isThreaded ? 2 : 1;
        const shares = new Array<number>(parts).fill(0);
        const answers = await Promise.all(
          Array.from({ length: parts }, (_, part) =>
            jobs.run(
              'memoryAnalysis',
              { documentId: params.id, part, parts },
              {
                onProgress: (share) => {
                  shares[part] = share;
                  onProgress(Math.min(...shares));
                },
              },
            ),
          ),
        );
        return mergeAnalyses(answers.map((answer) => MemoryAnalysis.parse(JSON.parse(answer))));
      });
      res.status(202).json(status);
    }),
  );

  documents.put(
    '/:id/quality/weights',
    parseJson,
    requireJsonBody,
    validated({ params: IdParams, body: QualityWeights }, async ({ params, body }, req, res) => {
      await authorize(services, req, 'document', params.id, 'quality.configure', 'changing how quality is scored');
      await documentOf(params.id);
      await services.review.setQualityWeights(params.id, body, actorId(req));
      res.type('application/json').send(await jobs.run('quality', { documentId: params.id }));
    }),
  );

  documents.get(
    '/:id/comments',
    validated({ params: IdParams }, async ({ params }, req, res) => {
      await authorize(services, req, 'document', params.id, 'document.read', 'reading this document');
      res.json({ items: await services.review.comments(params.id) });
    }),
  );

  documents.get(
    '/:id/effort',
    validated({ params: IdParams }, async ({ params }, req, res) => {
      await authorize(services, req, 'document', params.id, 'effort.read', 'reading editing effort');
      await documentOf(params.id);
      res.type('application/json').send(await jobs.run('effort', { documentId: params.id }));
    }),
  );

  documents.post(
    '/:id/revert/preview',
    parseJson,
    requireJsonBody,
    validated({ params: IdParams, body: RevertFilter }, async ({ params, body }, req, res) => {
      await authorize(services, req, 'document', params.id, 'revision.revert', 'reverting revisions');
      res.json(await jobs.run('revertPlan', { documentId: params.id, filter: body }));
    }),
  );

  documents.post(
    '/:id/revert',
    parseJson,
    requireJsonBody,
    validated({ params: IdParams, body: RevertBody }, async ({ params, body }, req, res) => {
      await authorize(services, req, 'document', params.id, 'revision.revert', 'reverting revisions');
      // the revert does what the preview showed, or nothing: any difference is a 409
      const outcome = await jobs.run('revert', { documentId: params.id, filter: body.filter, expect: body.expect, actorId: actorId(req) });
      if (outcome.kind === 'changed')
        throw versionConflict('the document changed since the preview: preview the revert again', { preview: outcome.preview });
      if (outcome.kind === 'conflict') {
        throw versionConflict(`segment ${outcome.segmentId} changed during the revert: preview it again`, { preview: outcome.preview });
      }
      // the restored texts wait to be checked; open views hear of them
      services.checks.nudge();
      live.nudge();
      const reverted = [...(await services.documents.byIds(outcome.segmentIds)).values()].sort((a, b) => a.position - b.position);
      res.json({ reverted: reverted.length, segments: await services.checks.decorate(params.id, reverted, false) });
    }),
  );

  /** Find and replace in the working texts: every paragraph it would change (the matching runs on the find thread). */
  documents.post(
    '/:id/replace/preview',
    parseJson,
    requireJsonBody,
    validated({ params: IdParams, body: ReplacePreviewBody }, async ({ params, body }, req, res) => {
      await authorize(services, req, 'document', params.id, 'revision.save', 'replacing text');
      res.json(await previewReplace(services, sharedFindPool(), params.id, findSpec(body), { after: body.after, limit: body.limit }));
    }),
  );

  /** The replacement made: one revision per paragraph of the preview still as it was there. */
  documents.post(
    '/:id/replace',
    parseJson,
    requireJsonBody,
    validated({ params: IdParams, body: ReplaceBody }, async ({ params, body }, req, res) => {
      await authorize(services, req, 'document', params.id, 'revision.save', 'replacing text');
      const result = await applyReplace(services, sharedFindPool(), params.id, findSpec(body), body.expect, actorId(req), {
        operation: body.operation,
        part: body.part,
        parts: body.parts,
      });
      live.nudge();
      res.json(result);
    }),
  );

  documents.get(
    '/:id/live',
    validated({ params: IdParams, query: LiveQuery }, async ({ params, query }, req, res) => {
      await authorize(services, req, 'document', params.id, 'document.read', 'reading this document');
      const header = req.headers['last-event-id'];
      const fromHeader = typeof header === 'string' && /^\d+$/.test(header) ? Number(header) : undefined;
      const after = fromHeader ?? query.after ?? null;
      const { user, session } = authOf(req);
      if ((await live.feedsOf(session.id)) >= MAX_FEEDS_PER_SESSION) {
        throw new AppError(429, 'too_many_streams', `a session may have at most ${MAX_FEEDS_PER_SESSION} live feeds open; close some tabs`);
      }
      res.status(200);
      res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
      res.setHeader('X-Accel-Buffering', 'no');
      res.flushHeaders();
      res.write('retry: 2000\n\n');
      const unsubscribe = await live.watch(
        params.id,
        {
          user: { id: user.id, name: user.displayName },
          sessionId: session.id,
          send: ({ event, id, data }) => {
            res.write(`${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
          },
          end: () => res.end(),
          // asked whenever access may have changed, and before a batch of changes unless asked
          // in the last seconds (the answer holds until the session's end at the latest)
          access: async () => {
            const active = await sessions.check(session.id);
            if (!active) return 'signed_out';
            const access = await services.people.accessTo('document', params.id, { id: active.user.id, role: active.user.role });
            return access && can(access.roles, 'document.read') ? { until: SessionService.endOf(active) } : 'access_removed';
          },
        },
        after,
      );
      // a comment line now and then keeps proxies from closing a quiet stream
      const ping = setInterval(() => res.write(': ping\n\n'), 20_000);
      ping.unref();
      req.on('close', () => {
        clearInterval(ping);
        unsubscribe();
      });
    }),
  );

  segments.post(
    '/:id/annotations',
    parseJson,
    requireJsonBody,
    validated({ params: IdParams, body: CreateAnnotationBody }, async ({ params, body }, req, res) => {
      const documentId = await authorize(services, req, 'segment', params.id, 'annotation.write', 'annotating');
      const segment = await services.documents.segment(params.id);
      if (!segment) throw notFound('segment', params.id);
      let judged = segment.mt;
      if (body.revisionId !== null) {
        const revision = await services.revisions.get(body.revisionId);
        if (!revision || revision.segmentId !== segment.id)
          throw badRequest('revisionId', `revision ${body.revisionId} is not a revision of segment ${segment.id}`);
        judged = revision.text;
      }
      if (body.end > judged.length) throw badRequest('end', `is past the end of the text (${judged.length} characters)`);
      if (splitsSurrogate(judged, body.start)) throw badRequest('start', 'splits a character in two');
      if (splitsSurrogate(judged, body.end)) throw badRequest('end', 'splits a character in two');
      const annotation = await services.review.createAnnotation({
        documentId,
        segmentId: segment.id,
        revisionId: body.revisionId,
        start: body.start,
        end: body.end,
        quote: judged.slice(body.start, body.end),
        category: body.category,
        severity: body.severity,
        comment: body.comment,
        origin: body.origin,
        authorId: actorId(req),
      });
      res.status(201).json(annotation);
    }),
  );

  segments.get(
    '/:id/comments',
    validated({ params: IdParams }, async ({ params }, req, res) => {
      const documentId = await authorize(services, req, 'segment', params.id, 'document.read', 'reading this document');
      res.json({ items: await services.review.comments(documentId, params.id) });
    }),
  );

  segments.post(
    '/:id/comments',
    parseJson,
    requireJsonBody,
    validated({ params: IdParams, body: CreateCommentBody }, async ({ params, body }, req, res) => {
      const documentId = await authorize(services, req, 'segment', params.id, 'comment.write', 'commenting');
      res
        .status(201)
        .json(await services.review.createComment({ documentId, segmentId: params.id, authorId: actorId(req), body: body.body }));
    }),
  );

  segments.post(
    '/:id/effort',
    parseJson,
    requireJsonBody,
    validated({ params: IdParams, body: RecordEffortBody }, async ({ params, body }, req, res) => {
      const documentId = await authorize(services, req, 'segment', params.id, 'revision.save', 'recording editing time');
      const { session } = authOf(req);
      const outcome = await services.review.recordEffort({
        documentId,
        segmentId: params.id,
        userId: actorId(req),
        ms: body.ms,
        since: session.createdAt,
        allowanceMs: EFFORT_ALLOWANCE_MS,
      });
      if (outcome.kind === 'too_much') {
        const seconds = (outcome.maxMs / 1000).toFixed(1);
        throw badRequest(
          'ms',
          `is more editing time than has passed since your previous report for this segment (at most ${seconds} s now)`,
        );
      }
      res.status(204).end();
    }),
  );

  annotations.delete(
    '/:id',
    validated({ params: IdParams }, async ({ params }, req, res) => {
      const documentId = await authorize(services, req, 'annotation', params.id, 'annotation.write', 'withdrawing annotations');
      const annotation = await services.review.annotation(params.id);
      if (!annotation || annotation.removed) throw notFound('annotation', params.id);
      // one's own annotation, or anyone's for those who set how the document is scored
      if (annotation.author.id !== actorId(req)) {
        await authorize(services, req, 'document', documentId, 'quality.configure', "withdrawing someone else's annotation");
      }
      await services.review.withdrawAnnotation(params.id, actorId(req));
      res.status(204).end();
    }),
  );

  return { documents, segments, annotations };
}

import { Router } from 'express';
import { can } from '../../shared/permissions';
import { viewerOf } from '../auth/middleware';
import { forbidden } from '../errors';
import type { RouteDeps } from './deps';

/**
 * The editor's queue: submitted revisions across the documents the user may decide on, newest
 * submission first, each with its QA findings.
 */
export function queueRouter({ services, findings }: RouteDeps): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const viewer = viewerOf(req);
    const documents = (await services.documents.list(viewer)).filter((document) => can(document.roles, 'revision.decide'));
    if (documents.length === 0 && !can(viewer.role, 'queue.read')) throw forbidden('reading the queue');
    const items = await services.revisions.queue(documents.map((document) => document.id));
    const byDocument = new Map<number, Awaited<ReturnType<typeof findings.forDocument>>>();
    for (const item of items) {
      if (!byDocument.has(item.document.id)) byDocument.set(item.document.id, await findings.forDocument(item.document.id));
    }
    res.json({
      items: items.map((item) => ({
        ...item,
        findings: byDocument.get(item.document.id)?.segments.find((s) => s.segmentId === item.segment.id)?.current ?? [],
      })),
    });
  });
  return router;
}

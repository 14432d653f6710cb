import { Router } from 'express';
import { can } from '../../shared/permissions';
import { viewerOf } from '../auth/middleware';
import { forbidden } from '../errors';
import type { Segment } from '../../shared/schemas';
import type { RouteDeps } from './deps';

/**
 * The editor's queue: submitted revisions across the documents the user may decide on, newest
 * submission first, each with its QA findings.
 */
export function queueRouter({ services }: RouteDeps): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const viewer = viewerOf(req);
    const documents = (await services.documents.list(viewer)).filter((document) => can(document.roles, 'revision.decide'));
    if (documents.length === 0 && !can(viewer.role, 'queue.read')) throw forbidden('reading the queue');
    const items = await services.revisions.queue(documents.map((document) => document.id));
    // each submitted text's findings, stored with its segment (computed now if they are not yet)
    const checked = new Map<number, Segment>();
    const byDocument = new Map<number, Segment[]>();
    for (const item of items) byDocument.set(item.document.id, [...(byDocument.get(item.document.id) ?? []), item.segment]);
    for (const [documentId, segments] of byDocument) {
      for (const segment of await services.checks.decorate(documentId, segments, true)) checked.set(segment.id, segment);
    }
    res.json({
      items: items.map((item) => {
        const segment = checked.get(item.segment.id) ?? item.segment;
        const check = segment.check;
        return { ...item, segment, findings: check && segment.current?.id === item.revision.id ? (check.current ?? []) : [] };
      }),
    });
  });
  return router;
}

import { Router, json } from 'express';
import { CreateDocumentBody, IdParams, SegmentListQuery } from '../../shared/schemas';
import { unsupportedMediaType, notFound } from '../errors';
import { readMultipart } from '../middleware/multipart';
import { validated } from '../middleware/validate';
import { documentFromUpload } from '../services/documents';
import type { RouteDeps } from './deps';

/** Documents: list with progress, one document, its segments page by page, and creation. */
export function documentsRouter({ store, findings, actorId, limits }: RouteDeps): Router {
  const router = Router();
  const parseLargeJson = json({ limit: limits.documentJsonBytes });

  router.get('/', async (_req, res) => {
    res.json({ items: await store.listDocuments() });
  });

  router.post('/', async (req, res, next) => {
    if (req.is('multipart/form-data')) {
      const upload = await readMultipart(req, {
        fileSize: limits.uploadFileBytes,
        files: 2,
        fields: 10,
        fieldSize: 4096,
      });
      const created = await store.createDocument(documentFromUpload(upload), actorId(req));
      res.status(201).json(created);
      return;
    }
    if (!req.is('application/json')) {
      throw unsupportedMediaType(
        `body: expected application/json or multipart/form-data, got ${req.headers['content-type'] ?? 'no content type'}`,
      );
    }
    parseLargeJson(req, res, next);
  }, validated({ body: CreateDocumentBody }, async ({ body }, req, res) => {
    res.status(201).json(await store.createDocument(body, actorId(req)));
  }));

  router.get('/:id', validated({ params: IdParams }, async ({ params }, _req, res) => {
    const document = await store.getDocument(params.id);
    if (!document) throw notFound('document', params.id);
    res.json(document);
  }));

  router.get('/:id/segments', validated({ params: IdParams, query: SegmentListQuery }, async ({ params, query }, _req, res) => {
    if (!(await store.getDocument(params.id))) throw notFound('document', params.id);
    let ids: number[] | undefined;
    if (query.findings !== 'any' || query.rule) {
      const flagged = await findings.segmentsWithFindings(params.id, query.rule);
      if (query.findings === 'without') {
        ids = (await store.allSegments(params.id)).map((segment) => segment.id).filter((id) => !flagged.has(id));
      } else {
        ids = [...flagged];
      }
    }
    const page = await store.listSegments(params.id, ids ? { ...query, ids } : query);
    res.json({ ...page, offset: query.offset, limit: query.limit });
  }));

  router.get('/:id/findings', validated({ params: IdParams }, async ({ params }, _req, res) => {
    const result = await findings.forDocument(params.id);
    if (!result) throw notFound('document', params.id);
    res.json(result);
  }));

  return router;
}

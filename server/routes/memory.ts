import { once } from 'node:events';
import { Router } from 'express';
import { ConcordanceQuery, MemoryImportFields, MemoryPairQuery } from '../../shared/schemas';
import { parseOrThrow } from '../middleware/validate';
import { requireGlobal } from '../auth/middleware';
import { AppError, badRequest } from '../errors';
import { readMultipart } from '../middleware/multipart';
import { validated } from '../middleware/validate';
import type { RouteDeps } from './deps';

/** The translation memory: concordance, TMX import and export. (A paragraph's matches: /api/segments/:id/matches.) */
export function memoryRouter({ services, limits }: RouteDeps): Router {
  const router = Router();
  const mayRead = requireGlobal('memory.read', 'searching the translation memory');
  const mayWrite = requireGlobal('memory.write', 'importing into or exporting the translation memory');

  router.get('/pairs', mayRead, async (_req, res) => {
    res.json({ items: await services.store.read.memory.pairs() });
  });

  router.get(
    '/concordance',
    mayRead,
    validated({ query: ConcordanceQuery }, async ({ query }, _req, res) => {
      res.json(await services.memory.concordance({ ...query, memory: query.memory || null }, query.q));
    }),
  );

  router.post('/import', mayWrite, async (req, res) => {
    if (!req.is('multipart/form-data')) {
      throw new AppError(415, 'unsupported_media_type', 'body: send the memory as multipart/form-data with a "file" part', 'body');
    }
    const upload = await readMultipart(req, { fileSize: limits.uploadFileBytes, files: 1, fields: 2, fieldSize: 1024 });
    const file = upload.files.file;
    if (!file) throw badRequest('file', 'is required: a translation memory in TMX');
    const fields = parseOrThrow(MemoryImportFields, upload.fields, 'body');
    res.json(await services.memory.importTmx(file.filename, file.text, fields.memory || null));
  });

  router.get(
    '/export',
    mayWrite,
    validated({ query: MemoryPairQuery }, async ({ query }, _req, res) => {
      // a project memory's name in the file's name, in the letters a header may hold
      const name = query.memory ? `${query.memory.replace(/[^A-Za-z0-9_-]+/g, '_')}.` : '';
      res.setHeader('Content-Disposition', `attachment; filename="memory.${name}${query.sourceLang}-${query.targetLang}.tmx"`);
      res.type('application/x-tmx+xml; charset=utf-8');
      await services.memory.exportTmx({ ...query, memory: query.memory || null }, async (piece) => {
        if (!res.write(piece)) await once(res, 'drain');
      });
      res.end();
    }),
  );

  return router;
}

import { Router, json } from 'express';
import { z } from 'zod';
import { can } from '../../shared/permissions';
import {
  CreateDismissalBody,
  CreateDocumentBody,
  CreateDocumentFields,
  decimalParam,
  DocumentListQuery,
  IdParams,
  LanguageTag,
  text,
  SegmentListQuery,
  type Segment,
  SetDocumentRoleBody,
  UpdateDocumentBody,
} from '../../shared/schemas';
import { authorize, documentFor, requireGlobal, viewerOf } from '../auth/middleware';
import { requireJsonBody } from '../middleware/errors';
import { badRequest, forbidden, unsupportedMediaType, notFound } from '../errors';
import { readMultipartToDisk } from '../middleware/multipart';
import { writeChunk } from '../middleware/stream';
import { parseOrThrow, validated } from '../middleware/validate';
import { exportHead } from '../services/exports';
import { isStreamedImport } from '../services/imports';
import { EXPORT_FORMATS } from '../services/files';
import type { RouteDeps } from './deps';

/** A text pair this large (both files) leaves its import's thread holding ~100 MB: the thread stops after it. */
const RETIRE_AFTER_BYTES = 32 * 2 ** 20;

export const ImportFields = z.object({
  title: text(200).trim().min(1, { error: 'must not be empty' }).optional(),
  /** The target language of an XLIFF file that names none. */
  targetLang: LanguageTag.optional(),
  /** Whether the file's own states become submitted and approved revisions (default true). */
  states: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
});
export const ExportQuery = z.object({
  format: z.enum(EXPORT_FORMATS, { error: `must be one of ${EXPORT_FORMATS.join(', ')}` }),
  /** xliff: the whole file with the work of every document made from it (several language pairs). */
  set: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
});

export const FindingsPageQuery = z.object({
  after: decimalParam('a whole number').default(0),
  limit: decimalParam('a whole number', 1)
    .pipe(z.number().max(1000, { error: 'must be at most 1000' }))
    .default(500),
});

export const EventsQuery = z.object({
  limit: decimalParam('a whole number', 1)
    .pipe(z.number().max(1000, { error: 'must be at most 1000' }))
    .default(200),
});

export const DismissalsQuery = z.object({ segment: decimalParam('a segment id', 1).optional() });
export const DismissalParams = z.object({ id: decimalParam('a document id', 1), dismissalId: decimalParam('a dismissal id', 1) });

/** Documents: list with progress, one document, its segments page by page, and creation. */
export function documentsRouter({ services, actorId, limits, work, jobs }: RouteDeps): Router {
  const router = Router();
  const parseLargeJson = json({ limit: limits.documentJsonBytes });
  const parseSmallJson = json({ limit: limits.jsonBytes });

  router.get(
    '/',
    validated({ query: DocumentListQuery }, async ({ query }, req, res) => {
      const viewer = viewerOf(req);
      // the archive: for those who may bring documents back
      if (query.archived === '1' && !can(viewer.role, 'document.restore')) throw forbidden('seeing archived documents');
      res.json({ items: await services.documents.list(viewer, { archived: query.archived === '1' }) });
    }),
  );

  router.post(
    '/',
    requireGlobal('document.create', 'creating documents'),
    async (req, res, next) => {
      if (req.is('multipart/form-data')) {
        // the texts go to disk as they arrive, and are read from there, piece by piece, on a job thread
        const upload = await readMultipartToDisk(req, { fileSize: limits.importFileBytes, files: 2, fields: 10, fieldSize: 4096 });
        try {
          const fields = parseOrThrow(CreateDocumentFields, upload.fields, 'body');
          const source = upload.files.source;
          const target = upload.files.target;
          if (!source) throw badRequest('source', 'is required: the source-language text file');
          if (!target) throw badRequest('target', 'is required: the machine-translated text file');
          const id = await jobs.run(
            'importTexts',
            { sourcePath: source.path, targetPath: target.path, targetName: target.filename, fields, actorId: actorId(req) },
            // a large pair leaves its thread's heap large: the thread stops, not minutes later
            { streaming: true, retire: source.size + target.size > RETIRE_AFTER_BYTES },
          );
          // its segments wait to be checked
          services.checks.nudge();
          res.status(201).json(await services.documents.get(id, viewerOf(req)));
        } finally {
          await upload.cleanup();
        }
        return;
      }
      if (!req.is('application/json')) {
        throw unsupportedMediaType(
          `body: expected application/json or multipart/form-data, got ${req.headers['content-type'] ?? 'no content type'}`,
        );
      }
      parseLargeJson(req, res, next);
    },
    validated({ body: CreateDocumentBody }, async ({ body }, req, res) => {
      // the names the sources show (for consistency), gathered off this event loop
      const names = await work.run('namesOfSources', {
        sources: body.segments.map((segment) => segment.source),
        sourceLang: body.sourceLang,
      });
      const created = await services.documents.create(body, actorId(req), undefined, names);
      res.status(201).json(await services.documents.get(created.id, viewerOf(req)));
    }),
  );

  router.post('/import', requireGlobal('document.create', 'importing documents'), async (req, res) => {
    if (!req.is('multipart/form-data')) {
      throw unsupportedMediaType(
        `body: expected multipart/form-data with a file field "file", got ${req.headers['content-type'] ?? 'no content type'}`,
      );
    }
    // the file goes to disk as it arrives, and is read from there, piece by piece, on a job thread
    const upload = await readMultipartToDisk(req, { fileSize: limits.importFileBytes, files: 1, fields: 4, fieldSize: 1024 });
    try {
      const file = upload.files.file;
      if (!file) throw badRequest('file', 'is required: the XLIFF or TMX file to import');
      const fields = parseOrThrow(ImportFields, upload.fields, 'body');
      const result = await jobs.run(
        'import',
        {
          path: file.path,
          name: file.filename,
          title: fields.title,
          targetLang: fields.targetLang,
          states: fields.states !== 'false',
          actorId: actorId(req),
        },
        { streaming: isStreamedImport(file.path) },
      );
      // its segments wait to be checked
      services.checks.nudge();
      const documents = [];
      for (const id of result.ids) {
        const document = await services.documents.get(id, viewerOf(req));
        if (document) documents.push(document);
      }
      // the first document (the only one, unless the file holds several language pairs), and all of them
      res
        .status(201)
        .json({ ...documents[0], documents, warnings: result.warnings, warningCount: result.warningCount, states: result.states });
    } finally {
      await upload.cleanup();
    }
  });

  router.get('/importing', async (req, res) => {
    res.json({ items: await services.documents.importing(viewerOf(req)) });
  });

  router.get(
    '/:id/export',
    validated({ params: IdParams, query: ExportQuery }, async ({ params, query }, req, res) => {
      await documentFor(services, req, params.id, 'document.read', 'exporting this document');
      const set = query.set === 'true';
      // the whole file carries the work of every document made from it: each must be readable
      if (set)
        for (const id of await services.store.read.documents.fileSet(params.id))
          await documentFor(services, req, id, 'document.read', `exporting the whole file (document ${id} is one of its language pairs)`);
      const head = await exportHead(services, params.id, query.format, { set });
      res.setHeader('Content-Type', head.contentType);
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="${head.filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(head.filename)}`,
      );
      res.status(200);
      // written as the job thread reads it: a document of any length, a piece at a time, on a
      // thread with a small heap (one without a limit let a million segments' garbage grow to
      // 250 MB before collecting it); a Word document is rebuilt whole, on a thread that may hold it
      await jobs.run(
        'export',
        { documentId: params.id, format: query.format, set },
        { onChunk: (chunk) => writeChunk(res, chunk), streaming: query.format !== 'docx' },
      );
      res.end();
    }),
  );

  /** A document's title, deadline and assignee (editors and admins). */
  router.patch(
    '/:id',
    parseSmallJson,
    requireJsonBody,
    validated({ params: IdParams, body: UpdateDocumentBody }, async ({ params, body }, req, res) => {
      await documentFor(services, req, params.id, 'document.manage', 'changing this document');
      if (!(await services.documents.update(params.id, body, viewerOf(req).id))) throw notFound('document', params.id);
      // as the person who asked sees it (with their roles)
      res.json(await services.documents.get(params.id, viewerOf(req)));
    }),
  );

  /** Archiving hides a document from the lists; nothing of it is deleted, and an admin can bring it back. */
  for (const [path, archived, action, what] of [
    ['/:id/archive', true, 'document.manage', 'archiving this document'],
    ['/:id/restore', false, 'document.restore', 'bringing this document back from the archive'],
  ] as const) {
    router.post(
      path,
      validated({ params: IdParams }, async ({ params }, req, res) => {
        await documentFor(services, req, params.id, action, what);
        await services.documents.setArchived(params.id, archived, viewerOf(req).id);
        res.json(await services.documents.get(params.id, viewerOf(req)));
      }),
    );
  }

  router.get(
    '/:id',
    validated({ params: IdParams }, async ({ params }, req, res) => {
      const [document, lastEventId, fileFormat, fileSet] = await Promise.all([
        documentFor(services, req, params.id, 'document.read', 'reading this document'),
        services.documents.lastEventId(params.id),
        services.documents.fileFormat(params.id),
        services.documents.fileSet(params.id, viewerOf(req)),
      ]);
      res.json({ ...document, lastEventId, fileFormat, ...(fileSet.length > 1 ? { fileSet } : {}) });
    }),
  );

  router.get(
    '/:id/segments',
    validated({ params: IdParams, query: SegmentListQuery }, async ({ params, query }, req, res) => {
      await authorize(services, req, 'document', params.id, 'document.read', 'reading this document');
      // read on the readers' thread when one is up (fifty editors scrolling kept this event loop
      // busy enough to hold saves and the live feeds back); a page some of whose findings must be
      // made is checked here
      const stamp = jobs.readsThreaded() ? await services.checks.stampFor(params.id) : undefined;
      let page: { items: Segment[]; total: number; offset: number };
      if (stamp === undefined) page = await services.documents.page(params.id, query);
      else {
        const read = await jobs.run('segmentPage', { documentId: params.id, query, stamp }, { reading: true });
        if ('json' in read) {
          res.type('application/json').send(read.json);
          return;
        }
        page = read.page;
      }
      // each segment with its findings (those not yet computed are, now)
      const items = await services.checks.decorate(params.id, page.items, true);
      res.json({ items, total: page.total, offset: page.offset, limit: query.limit });
    }),
  );

  router.get(
    '/:id/findings',
    validated({ params: IdParams }, async ({ params }, req, res) => {
      await authorize(services, req, 'document', params.id, 'document.read', 'reading this document');
      const result = await services.checks.documentFindings(params.id);
      if (!result) throw notFound('document', params.id);
      res.json(result);
    }),
  );

  router.get(
    '/:id/findings/segments',
    validated({ params: IdParams, query: FindingsPageQuery }, async ({ params, query }, req, res) => {
      await authorize(services, req, 'document', params.id, 'document.read', 'reading this document');
      res.json(await services.checks.findingsPage(params.id, query.after, query.limit));
    }),
  );

  // "not an error": one paragraph's finding, a term in the document, or a check switched off for it
  router.get(
    '/:id/dismissals',
    validated({ params: IdParams, query: DismissalsQuery }, async ({ params, query }, req, res) => {
      await authorize(services, req, 'document', params.id, 'document.read', 'reading this document');
      if (!(await services.documents.get(params.id))) throw notFound('document', params.id);
      res.json({ items: await services.checks.dismissals(params.id, query.segment) });
    }),
  );

  router.post(
    '/:id/dismissals',
    parseSmallJson,
    requireJsonBody,
    validated({ params: IdParams, body: CreateDismissalBody }, async ({ params, body }, req, res) => {
      const scope = body.scope;
      await authorize(
        services,
        req,
        'document',
        params.id,
        scope === 'segment' ? 'finding.dismiss' : 'checks.configure',
        scope === 'segment' ? 'dismissing findings' : 'dismissing findings across the document',
      );
      if (!(await services.documents.get(params.id))) throw notFound('document', params.id);
      const segmentId = body.segmentId ?? null;
      if (segmentId !== null) {
        const segment = await services.documents.segment(segmentId);
        if (!segment || segment.documentId !== params.id)
          throw badRequest('segmentId', `segment ${segmentId} is not a segment of document ${params.id}`);
      }
      const dismissal = await services.checks.dismiss({
        documentId: params.id,
        scope,
        rule: body.rule,
        segmentId,
        term: body.term ?? null,
        quote: body.quote ?? '',
        actorId: actorId(req),
      });
      res.status(201).json(dismissal);
    }),
  );

  router.delete(
    '/:id/dismissals/:dismissalId',
    validated({ params: DismissalParams }, async ({ params }, req, res) => {
      const dismissal = await services.checks.dismissal(params.dismissalId);
      const scope = dismissal?.scope ?? 'segment';
      await authorize(
        services,
        req,
        'document',
        params.id,
        scope === 'segment' ? 'finding.dismiss' : 'checks.configure',
        'restoring dismissed findings',
      );
      if (!dismissal || dismissal.documentId !== params.id || dismissal.withdrawn) throw notFound('dismissal', params.dismissalId);
      const restored = await services.checks.restore(dismissal, actorId(req));
      if (!restored) throw notFound('dismissal', params.dismissalId);
      res.json(restored);
    }),
  );

  router.get(
    '/:id/events',
    validated({ params: IdParams, query: EventsQuery }, async ({ params, query }, req, res) => {
      await authorize(services, req, 'document', params.id, 'events.read', 'reading the event log');
      res.json({ items: await services.documents.activity(params.id, query.limit) });
    }),
  );

  router.get(
    '/:id/members',
    requireGlobal('users.manage', 'managing roles'),
    validated({ params: IdParams }, async ({ params }, req, res) => {
      await authorize(services, req, 'document', params.id, 'document.read', 'reading this document');
      res.json({ items: await services.people.members(params.id) });
    }),
  );

  router.put(
    '/:id/members',
    requireGlobal('users.manage', 'managing roles'),
    parseSmallJson,
    requireJsonBody,
    validated({ params: IdParams, body: SetDocumentRoleBody }, async ({ params, body }, req, res) => {
      await authorize(services, req, 'document', params.id, 'document.read', 'reading this document');
      const user = await services.people.user(body.userId);
      if (!user || user.passwordHash === null) throw notFound('user', body.userId);
      await services.people.setDocumentRole(params.id, body.userId, body.role, actorId(req));
      res.json({ items: await services.people.members(params.id) });
    }),
  );

  return router;
}

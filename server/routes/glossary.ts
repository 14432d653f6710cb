import { Router } from 'express';
import {
  AcceptProposalBody,
  CreateGlossaryTermBody,
  type GlossaryProposal,
  ProposalListQuery,
  GlossaryExportQuery,
  GlossaryImportFields,
  GlossaryListQuery,
  IdParams,
  UpdateGlossaryTermBody,
} from '../../shared/schemas';
import { AppError, badRequest, notFound } from '../errors';
import { requireGlobal } from '../auth/middleware';
import { requireJsonBody } from '../middleware/errors';
import { readMultipart } from '../middleware/multipart';
import { parseOrThrow, validated } from '../middleware/validate';
import { writeGlossaryFile } from '../services/glossaryFiles';
import type { GlossaryWriteOutcome } from '../store/types';
import type { RouteDeps } from './deps';

function duplicate(outcome: Extract<GlossaryWriteOutcome, { kind: 'duplicate' }>): AppError {
  return new AppError(
    409,
    'duplicate',
    `source: "${outcome.existing.source}" is already in this glossary (term ${outcome.existing.id})`,
    'source',
    {
      existing: outcome.existing,
    },
  );
}

function alreadyDecided(proposal: GlossaryProposal): AppError {
  return new AppError(409, 'invalid_transition', `proposal ${proposal.id} was already ${proposal.status}`, 'id', { proposal });
}

/** Glossaries per language pair: terms, import and export. */
export function glossaryRouter({ services, actorId, limits, work }: RouteDeps): Router {
  const router = Router();

  router.get('/pairs', async (_req, res) => {
    res.json({ items: await services.glossary.pairs() });
  });

  router.get(
    '/terms',
    validated({ query: GlossaryListQuery }, async ({ query }, _req, res) => {
      const items = await services.glossary.terms(query, query.q);
      res.json({ items, total: items.length });
    }),
  );

  const mayWrite = requireGlobal('glossary.write', 'changing glossaries');

  router.post(
    '/terms',
    mayWrite,
    requireJsonBody,
    validated({ body: CreateGlossaryTermBody }, async ({ body }, req, res) => {
      const { sourceLang, targetLang, ...input } = body;
      const outcome = await services.glossary.create({ sourceLang, targetLang }, input, actorId(req));
      if (outcome.kind === 'duplicate') throw duplicate(outcome);
      if (outcome.kind === 'not_found') throw notFound('glossary term', '?');
      res.status(201).json(outcome.term);
    }),
  );

  router.put(
    '/terms/:id',
    mayWrite,
    requireJsonBody,
    validated({ params: IdParams, body: UpdateGlossaryTermBody }, async ({ params, body }, req, res) => {
      const outcome = await services.glossary.update(params.id, body, actorId(req));
      if (outcome.kind === 'not_found') throw notFound('glossary term', params.id);
      if (outcome.kind === 'duplicate') throw duplicate(outcome);
      res.json(outcome.term);
    }),
  );

  router.delete(
    '/terms/:id',
    mayWrite,
    validated({ params: IdParams }, async ({ params }, req, res) => {
      const deleted = await services.glossary.delete(params.id, actorId(req));
      if (!deleted) throw notFound('glossary term', params.id);
      res.json(deleted);
    }),
  );

  router.post('/import', mayWrite, async (req, res) => {
    if (!req.is('multipart/form-data')) {
      throw new AppError(415, 'unsupported_media_type', 'body: send the glossary as multipart/form-data with a "file" part', 'body');
    }
    const upload = await readMultipart(req, { fileSize: limits.uploadFileBytes, files: 1, fields: 5, fieldSize: 1024 });
    const fields = parseOrThrow(GlossaryImportFields, upload.fields, 'body');
    const file = upload.files.file;
    if (!file) throw badRequest('file', 'is required: a glossary in CSV or TBX');
    // read in a worker thread: a hostile TBX cannot stall other people's requests
    const { terms, skipped } = await work.run('readGlossaryFile', {
      filename: file.filename,
      text: file.text,
      pair: { sourceLang: fields.sourceLang, targetLang: fields.targetLang },
    });
    const result = await services.glossary.import(fields, terms, fields.mode, actorId(req));
    res.json({ ...result, skipped });
  });

  router.get(
    '/proposals',
    validated({ query: ProposalListQuery }, async ({ query }, _req, res) => {
      res.json({ items: await services.glossary.proposals(query, query.status) });
    }),
  );

  const mayLearn = requireGlobal('glossary.learn', 'deciding learned terms');

  router.post(
    '/proposals/:id/accept',
    mayLearn,
    requireJsonBody,
    validated({ params: IdParams, body: AcceptProposalBody }, async ({ params, body }, req, res) => {
      const outcome = await services.glossary.accept(params.id, body, actorId(req));
      if (outcome.kind === 'not_found') throw notFound('proposal', params.id);
      if (outcome.kind === 'duplicate') throw duplicate(outcome);
      if (outcome.kind === 'decided') throw alreadyDecided(outcome.proposal);
      if (outcome.kind !== 'accepted') throw new Error(`accept answered ${outcome.kind}`);
      res.status(201).json({ proposal: outcome.proposal, term: outcome.term });
    }),
  );

  router.post(
    '/proposals/:id/decline',
    mayLearn,
    validated({ params: IdParams }, async ({ params }, req, res) => {
      const outcome = await services.glossary.decline(params.id, actorId(req));
      if (outcome.kind === 'not_found') throw notFound('proposal', params.id);
      if (outcome.kind === 'decided') throw alreadyDecided(outcome.proposal);
      if (outcome.kind !== 'declined') throw new Error(`decline answered ${outcome.kind}`);
      res.json(outcome.proposal);
    }),
  );

  router.get(
    '/export',
    validated({ query: GlossaryExportQuery }, async ({ query }, _req, res) => {
      const terms = await services.glossary.terms(query);
      const name = `glossary.${query.sourceLang}-${query.targetLang}.${query.format}`;
      res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
      res.type(query.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-tbx+xml; charset=utf-8');
      res.send(writeGlossaryFile(query.format, query, terms));
    }),
  );

  return router;
}

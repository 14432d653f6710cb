import { z } from 'zod';
import { LanguageTag, text } from './common';

const termText = (what: string) =>
  text(200)
    .trim()
    .refine((value) => !/[\r\n]/.test(value), { error: `${what} must be on one line` });

/** A glossary entry as people write it (the API body and a CSV row). */
export const GlossaryTermInput = z.object({
  source: termText('a term').min(1, { error: 'must not be empty' }),
  target: termText('a rendering'),
  forbidden: z
    .array(termText('a forbidden rendering').min(1, { error: 'must not be empty' }), { error: 'must be a list of renderings' })
    .max(20, { error: 'can list at most 20 renderings' })
    .default([]),
  note: text(1000).trim().default(''),
  doNotTranslate: z.boolean({ error: 'must be true or false' }).default(false),
  caseSensitive: z.boolean({ error: 'must be true or false' }).default(false),
});
export type GlossaryTermInput = z.infer<typeof GlossaryTermInput>;

export const GlossaryPair = z.object({ sourceLang: LanguageTag, targetLang: LanguageTag });
export type GlossaryPair = z.infer<typeof GlossaryPair>;

export const CreateGlossaryTermBody = GlossaryPair.extend(GlossaryTermInput.shape).refine(
  (term) => term.target !== '' || term.doNotTranslate,
  { error: 'a rendering is required unless the term is not to be translated', path: ['target'] },
);
export type CreateGlossaryTermBody = z.infer<typeof CreateGlossaryTermBody>;

export const UpdateGlossaryTermBody = GlossaryTermInput.refine((term) => term.target !== '' || term.doNotTranslate, {
  error: 'a rendering is required unless the term is not to be translated',
  path: ['target'],
});

export const GlossaryTerm = z.object({
  id: z.number().int(),
  sourceLang: z.string(),
  targetLang: z.string(),
  source: z.string(),
  target: z.string(),
  forbidden: z.array(z.string()),
  note: z.string(),
  doNotTranslate: z.boolean(),
  caseSensitive: z.boolean(),
  /** "manual" (written or imported) or "learned" (an accepted proposal). */
  origin: z.enum(['manual', 'learned']),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;

export const GlossaryListQuery = GlossaryPair.extend({
  q: text(200).trim().optional(),
});
export type GlossaryListQuery = z.infer<typeof GlossaryListQuery>;

export const GlossaryTermList = z.object({ items: z.array(GlossaryTerm), total: z.number().int() });
export type GlossaryTermList = z.infer<typeof GlossaryTermList>;

export const GlossaryPairList = z.object({
  items: z.array(z.object({ sourceLang: z.string(), targetLang: z.string(), terms: z.number().int() })),
});

export const GlossaryExportQuery = GlossaryPair.extend({ format: z.enum(['csv', 'tbx']).default('csv') });

export const GlossaryImportFields = GlossaryPair.extend({
  mode: z.enum(['merge', 'replace'], { error: 'must be "merge" or "replace"' }).default('merge'),
});

export const GlossaryImportResult = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  removed: z.number().int(),
  total: z.number().int(),
});
export type GlossaryImportResult = z.infer<typeof GlossaryImportResult>;

export const PROPOSAL_STATUSES = ['open', 'accepted', 'declined'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** One approved correction a proposal was learned from. */
export const ProposalEvidence = z.object({
  documentId: z.number().int(),
  documentTitle: z.string(),
  segmentId: z.number().int(),
  position: z.number().int(),
  revisionId: z.number().int(),
  source: z.string(),
  mt: z.string(),
  approved: z.string(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string(),
});
export type ProposalEvidence = z.infer<typeof ProposalEvidence>;

/** A learned rule waiting for an editor: source term → approved rendering, the MT's renderings forbidden. */
export const GlossaryProposal = z.object({
  id: z.number().int(),
  sourceLang: z.string(),
  targetLang: z.string(),
  source: z.string(),
  target: z.string(),
  forbidden: z.array(z.string()),
  /** How many approved corrections made it (its rank). */
  occurrences: z.number().int(),
  status: z.enum(PROPOSAL_STATUSES),
  termId: z.number().int().nullable(),
  /** The latest corrections, newest first (at most 5). */
  evidence: z.array(ProposalEvidence),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type GlossaryProposal = z.infer<typeof GlossaryProposal>;

export const ProposalListQuery = GlossaryPair.extend({
  status: z.enum(PROPOSAL_STATUSES, { error: 'must be "open", "accepted" or "declined"' }).default('open'),
});
export type ProposalListQuery = z.infer<typeof ProposalListQuery>;

export const ProposalList = z.object({ items: z.array(GlossaryProposal) });
export type ProposalList = z.infer<typeof ProposalList>;

/** Accepting a proposal, its fields edited first if the editor wants. */
export const AcceptProposalBody = z
  .object({
    source: termText('a term').min(1, { error: 'must not be empty' }),
    target: termText('a rendering').min(1, { error: 'must not be empty' }),
    forbidden: z
      .array(termText('a forbidden rendering').min(1, { error: 'must not be empty' }), { error: 'must be a list of renderings' })
      .max(20, { error: 'can list at most 20 renderings' }),
    note: text(1000).trim(),
    caseSensitive: z.boolean({ error: 'must be true or false' }),
  })
  .partial();
export type AcceptProposalBody = z.infer<typeof AcceptProposalBody>;

export const AcceptedProposal = z.object({ proposal: GlossaryProposal, term: GlossaryTerm });

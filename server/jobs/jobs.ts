/**
 * The work that reads or writes a whole document: imports, exports, comparisons, the quality
 * report, bulk revert. Each is a function of the services (over a store of its own when it runs
 * on a job thread) and its input; it answers with a value, or sends its output in pieces.
 * Nothing here runs on the server's event loop (see runner.ts).
 */
import type { CompareQuery, CreateDocumentFields, RevertFilter, Segment, SegmentListQuery } from '../../shared/schemas';
import type { Services } from '../services';
import { compareDocument } from '../services/compare';
import { effortReport } from '../services/effort';
import { exportStream } from '../services/exports';
import type { ExportFormat } from '../services/files';
import { importFile } from '../services/imports';
import { annotationCandidates, qualityCsv, qualityReport } from '../services/quality';
import { foldTerm } from '../../shared/qa';
import { planRevert, segmentsToRevert } from '../services/revert';
import { importPair } from '../services/pageImport';
import type { TaskContext } from '../workers/worker';

async function documentOf(services: Services, documentId: number) {
  const document = await services.documents.get(documentId);
  if (!document) throw new Error(`document ${documentId} does not exist`);
  return document;
}

/** A document with every segment and every revision: what compare, candidates and effort read. */
async function wholeDocument(services: Services, documentId: number) {
  const document = await documentOf(services, documentId);
  const [all, revisions] = await Promise.all([services.documents.texts(documentId), services.revisions.ofDocument(documentId)]);
  return { document, all, revisions };
}

async function qualityOf(services: Services, documentId: number) {
  const document = await documentOf(services, documentId);
  const [all, recorded, weights, glossary] = await Promise.all([
    services.documents.texts(documentId),
    services.review.annotations(documentId),
    services.review.qualityWeights(documentId),
    services.glossary.glossaryFor(document.sourceLang, document.targetLang),
  ]);
  const learnedTerms = new Set(glossary.terms.filter((term) => term.origin === 'learned').map((term) => foldTerm(term.source)));
  const learned = await services.checks.learnedTally(documentId, learnedTerms);
  return { all, recorded, report: { ...qualityReport(all, recorded, weights, document.sourceLang), learned } };
}

/** A revert's plan, reading only the segments it may touch (a million-segment document has few revised). */
async function revertPlanOf(services: Services, documentId: number, filter: RevertFilter) {
  const revisions = await services.revisions.ofDocument(documentId);
  const touched = await services.documents.byIds(segmentsToRevert(revisions, filter));
  const segments = [...touched.values()].filter((segment) => segment.documentId === documentId).sort((a, b) => a.position - b.position);
  return planRevert(segments, revisions, filter);
}

export const JOBS = {
  /** Nothing: loads the app and opens the store on a new thread, so that its first real job need not wait. */
  warmUp: async (services: Services) => {
    await services.documents.lastEventId(0);
    return null;
  },
  /**
   * A page of a document's segments with their stored findings, as the JSON the API answers
   * (written here, not on the event loop), when every one of them has findings made with `stamp`
   * (the server's: it learns of a glossary change at once, this thread's cache a second later);
   * else the page without findings, for the server to check and answer (not to read it again).
   */
  segmentPage: async (
    services: Services,
    input: { documentId: number; query: SegmentListQuery; stamp: string },
  ): Promise<{ json: string } | { page: { items: Segment[]; total: number; offset: number } }> => {
    const page = await services.documents.page(input.documentId, input.query);
    const items = await services.checks.decorate(input.documentId, page.items, false, input.stamp);
    if (items.some((item) => item.check === null)) return { page };
    return { json: JSON.stringify({ items, total: page.total, offset: page.offset, limit: input.query.limit }) };
  },
  /** An XLIFF or TMX file on disk imported: the new documents' ids (one per language pair), and the file's warnings. */
  import: async (
    services: Services,
    input: {
      path: string;
      name: string;
      title?: string | undefined;
      targetLang?: string | undefined;
      states?: boolean | undefined;
      actorId: number;
    },
    context: TaskContext,
  ) => {
    const result = await importFile(services, input.path, {
      name: input.name,
      title: input.title,
      targetLang: input.targetLang,
      states: input.states,
      actorId: input.actorId,
      onProgress: (share) => context.progress(share),
    });
    return {
      ids: result.documents.map((document) => document.id),
      warnings: result.warnings,
      warningCount: result.warningCount,
      states: result.states,
    };
  },
  /** A source text and its machine translation on disk, aligned and stored: the new document's id. */
  importTexts: async (
    services: Services,
    input: { sourcePath: string; targetPath: string; targetName?: string; fields: CreateDocumentFields; actorId: number },
    context: TaskContext,
  ) => (await importPair(services, { ...input, onProgress: (share) => context.progress(share) })).id,
  /** A document's export, sent in pieces. */
  export: async (services: Services, input: { documentId: number; format: ExportFormat; set?: boolean }, context: TaskContext) => {
    await exportStream(services, input.documentId, input.format, (piece) => context.emit(piece), { set: input.set });
    return null;
  },
  /** Two versions of a document compared (JSON). */
  compare: async (services: Services, input: { documentId: number; query: CompareQuery }) => {
    const { document, all, revisions } = await wholeDocument(services, input.documentId);
    return JSON.stringify(compareDocument(all, revisions, input.query, document.targetLang));
  },
  /** Corrections editors made, offered as annotations (JSON). */
  candidates: async (services: Services, input: { documentId: number }) => {
    const [{ document, all, revisions }, recorded] = await Promise.all([
      wholeDocument(services, input.documentId),
      services.review.annotations(input.documentId),
    ]);
    return JSON.stringify({ items: annotationCandidates(all, revisions, recorded, document.targetLang) });
  },
  /** A part of the document's translation memory analysis (JSON; the parts add up). */
  memoryAnalysis: async (services: Services, input: { documentId: number; part: number; parts: number }, context: TaskContext) =>
    JSON.stringify(await services.memory.analyse(input.documentId, input.part, input.parts, (share) => context.progress(share))),
  /** The MQM report (JSON). */
  quality: async (services: Services, input: { documentId: number }) =>
    JSON.stringify((await qualityOf(services, input.documentId)).report),
  /** The MQM report as a spreadsheet. */
  qualityCsv: async (services: Services, input: { documentId: number; table: 'errors' | 'segments' }) => {
    const { all, recorded, report } = await qualityOf(services, input.documentId);
    return qualityCsv(input.table, report, recorded, all);
  },
  /** Editing effort per segment and person (JSON). */
  effort: async (services: Services, input: { documentId: number }) => {
    const [{ document, all, revisions }, effort] = await Promise.all([
      wholeDocument(services, input.documentId),
      services.review.effortOf(input.documentId),
    ]);
    return JSON.stringify(effortReport(all, revisions, effort, document.targetLang));
  },
  /** What a bulk revert would do. */
  revertPlan: async (services: Services, input: { documentId: number; filter: RevertFilter }) =>
    revertPlanOf(services, input.documentId, input.filter),
  /**
   * A bulk revert, if it still does what the preview showed (else the plan as it now is, for a
   * 409); the reverted segments' ids.
   */
  revert: async (
    services: Services,
    input: { documentId: number; filter: RevertFilter; expect: Array<{ segmentId: number; version: number }>; actorId: number },
  ) => {
    const plan = await revertPlanOf(services, input.documentId, input.filter);
    const expected = new Map(input.expect.map((item) => [item.segmentId, item.version]));
    const planned = new Map(plan.items.map((item) => [item.segmentId, item.version]));
    const same = expected.size === planned.size && [...expected].every(([segmentId, version]) => planned.get(segmentId) === version);
    if (!same) return { kind: 'changed' as const, preview: plan };
    const outcome = await services.revisions.revert(
      input.documentId,
      plan.items.map((item) => ({ segmentId: item.segmentId, baseVersion: item.version, text: item.restoreText })),
      input.actorId,
      { ...input.filter },
    );
    if (outcome.kind === 'conflict')
      return {
        kind: 'conflict' as const,
        segmentId: outcome.segmentId,
        preview: await revertPlanOf(services, input.documentId, input.filter),
      };
    return { kind: 'done' as const, segmentIds: outcome.segments.map((segment) => segment.id) };
  },
};

export type JobName = keyof typeof JOBS;
export type JobInput<K extends JobName> = Parameters<(typeof JOBS)[K]>[1];
export type JobOutput<K extends JobName> = Awaited<ReturnType<(typeof JOBS)[K]>>;

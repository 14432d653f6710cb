/**
 * The heavy work of a request, done in a worker thread so that no upload stalls other people's
 * requests: reading XLIFF, TMX and glossary files, aligning two text files, and splicing targets
 * into an XLIFF file for export. Each task takes and returns plain values (structured-cloneable);
 * errors are AppErrors that the pool carries back as they were.
 *
 * File formats, documents and the store are loaded when a task first needs them: a thread that
 * only checks text (the qa command's) never holds them.
 */
import type { GlossaryPair, GlossaryTermInput } from '../../shared/schemas';
import type { FindSpec } from '../../shared/text/findReplace';
import type { ParsedImport, XliffTargetChange } from '../services/files';
import { checkSegments, glossaryOf, namesAndSentenceHashes, namesOfSources, type CheckAnswer, type CheckRequest } from '../checks/compute';
import { checkStoredUnits, storedAnchors, storedSentenceHashes, type CheckedBatch, type StoredUnits } from '../services/qaStream';
import type { ParagraphStore } from '../services/paragraphStore';
import type { JobName } from '../jobs/jobs';
import type { Services } from '../services';
import type { StoreConfig } from '../store';
import type { TaskContext } from './worker';

export const TASKS = {
  /** An XLIFF or TMX file read into a document to create. */
  parseImport: async (input: { name: string; text: string; title?: string | undefined }): Promise<ParsedImport & { names: string[] }> => {
    const { parseImport } = await import('../services/files');
    const parsed = parseImport(input.name, input.text, { title: input.title });
    return {
      ...parsed,
      names: namesOfSources({ sources: parsed.input.segments.map((segment) => segment.source), sourceLang: parsed.input.sourceLang }),
    };
  },
  /** A glossary file (CSV or TBX) read into terms. */
  readGlossaryFile: async (input: {
    filename: string;
    text: string;
    pair: GlossaryPair;
  }): Promise<{ terms: GlossaryTermInput[]; skipped: number }> =>
    (await import('../services/glossaryFiles')).readGlossaryFile(input.filename, input.text, input.pair),
  /** The original XLIFF file with these targets spliced in (everything else byte for byte). */
  spliceXliff: async (input: { content: string; changes: XliffTargetChange[] }): Promise<string> =>
    (await import('../services/files')).spliceHere(input.content, input.changes),
  /** Findings of a batch of segments' texts (every rule but consistency) and their renderings of names. */
  checkSegments: (input: CheckRequest): CheckAnswer => checkSegments(input),
  /**
   * What the aligner anchors a range of stored paragraphs by (numbers, names, cognates), as hashes:
   * paragraph k's are values[offsets[k]..offsets[k + 1]] (two arrays, moved rather than copied).
   */
  storedAnchors: (input: { store: ParagraphStore; from: number; to: number }): { values: Int32Array; offsets: Int32Array } =>
    storedAnchors(input),
  /** The hashes of the sentences of a range of stored source paragraphs (for finding repeated sentences). */
  storedSentenceHashes: (input: { store: ParagraphStore; from: number; to: number }): Float64Array => storedSentenceHashes(input),
  /** The command line's units of two stored texts checked: findings ready to print, names and renderings (qaStream.ts). */
  checkStoredUnits: (
    input: Pick<CheckRequest, 'sourceLang' | 'targetLang' | 'glossary'> & StoredUnits & { acronyms: readonly string[] },
  ): { missing: 'glossary' } | CheckedBatch => {
    const glossary = glossaryOf(input);
    if (!glossary) return { missing: 'glossary' };
    const document = { renderings: {}, acronyms: input.acronyms };
    return checkStoredUnits(input, { sourceLang: input.sourceLang, targetLang: input.targetLang, glossary, document });
  },
  /** A job (see jobs/jobs.ts) over this thread's own connection to the store. */
  job: async (
    input: { config: StoreConfig; clockOffsetMs: number; name: JobName; input: unknown },
    context: TaskContext,
  ): Promise<unknown> => {
    const [{ JOBS }, { servicesFor }] = await Promise.all([import('../jobs/jobs'), import('../jobs/context')]);
    const job = JOBS[input.name] as (services: Services, input: unknown, context: TaskContext) => Promise<unknown>;
    return job(await servicesFor(input.config, input.clockOffsetMs), input.input, context);
  },
  /** A find and replace over a batch of texts: the ones it changes, with how often it matched. */
  replaceInTexts: async (input: {
    spec: FindSpec;
    texts: Array<{ segmentId: number; text: string }>;
  }): Promise<Array<{ segmentId: number; text: string; count: number }>> => {
    const { compileFind, replaceAll } = await import('../../shared/text/findReplace');
    const expression = compileFind(input.spec);
    const out: Array<{ segmentId: number; text: string; count: number }> = [];
    for (const { segmentId, text } of input.texts) {
      const replaced = replaceAll(text, expression, input.spec);
      // a replacement that leaves the text as it was is no change
      if (replaced.count > 0 && replaced.text !== text) out.push({ segmentId, ...replaced });
    }
    return out;
  },
  /** The names a batch of source texts shows, each once, and the sentences it has more than once. */
  namesOfSources: (input: { sources: readonly string[]; sourceLang: string }): string[] => namesOfSources(input),
  /** The names a batch of source texts shows, and its sentences' hashes (counted across batches by the caller). */
  namesAndSentenceHashes: (input: { sources: readonly string[]; sourceLang: string }): { names: string[]; hashes: Float64Array } =>
    namesAndSentenceHashes(input),
  /** The sentences of a batch of source texts among the hashes given (a document's repeated ones). */
};

export type TaskName = keyof typeof TASKS;
export type TaskInput<K extends TaskName> = Parameters<(typeof TASKS)[K]>[0];
export type TaskOutput<K extends TaskName> = Awaited<ReturnType<(typeof TASKS)[K]>>;

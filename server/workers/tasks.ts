/**
 * The heavy work of a request, done in a worker thread so that no upload stalls other people's
 * requests: reading XLIFF, TMX and glossary files, aligning two text files, and splicing targets
 * into an XLIFF file for export. Each task takes and returns plain values (structured-cloneable);
 * errors are AppErrors that the pool carries back as they were.
 */
import type { CreateDocumentBody, CreateDocumentFields, GlossaryPair, GlossaryTermInput } from '../../shared/schemas';
import { documentFromTexts } from '../services/documents';
import { parseImport, spliceHere, type ParsedImport, type XliffTargetChange } from '../services/files';
import { readGlossaryFile } from '../services/glossaryFiles';
import { checkSegments, glossaryOf, namesOfSources, type CheckAnswer, type CheckRequest } from '../checks/compute';
import { checkUnits, type UnitInput, type UnitResult } from '../services/qaStream';
import { anchorIdsOf } from '../../shared/text/align';
import { servicesFor } from '../jobs/context';
import { JOBS, type JobName } from '../jobs/jobs';
import type { Services } from '../services';
import type { StoreConfig } from '../store';
import type { TaskContext } from './worker';

export const TASKS = {
  /** An XLIFF or TMX file read into a document to create. */
  parseImport: (input: { name: string; text: string; title?: string | undefined }): ParsedImport & { names: string[] } => {
    const parsed = parseImport(input.name, input.text, { title: input.title });
    return { ...parsed, names: namesOfSources({ sources: parsed.input.segments.map((segment) => segment.source), sourceLang: parsed.input.sourceLang }) };
  },
  /** A glossary file (CSV or TBX) read into terms. */
  readGlossaryFile: (input: { filename: string; text: string; pair: GlossaryPair }): { terms: GlossaryTermInput[]; skipped: number } =>
    readGlossaryFile(input.filename, input.text, input.pair),
  /** Two text files aligned paragraph by paragraph into a document to create. */
  documentFromTexts: (input: { fields: CreateDocumentFields; source: string; target: string }): { body: CreateDocumentBody; names: string[] } => {
    const body = documentFromTexts(input.fields, input.source, input.target);
    return { body, names: namesOfSources({ sources: body.segments.map((segment) => segment.source), sourceLang: body.sourceLang }) };
  },
  /** The original XLIFF file with these targets spliced in (everything else byte for byte). */
  spliceXliff: (input: { content: string; changes: XliffTargetChange[] }): Promise<string> => spliceHere(input.content, input.changes),
  /** Findings of a batch of segments' texts (every rule but consistency) and their renderings of names. */
  checkSegments: (input: CheckRequest): CheckAnswer => checkSegments(input),
  /**
   * What the aligner anchors paragraphs by (numbers, names, cognates) for each text of a batch, as
   * hashes: text k's are values[offsets[k]..offsets[k + 1]] (two arrays, moved rather than copied).
   */
  anchorIds: (input: { texts: readonly string[] }): { values: Int32Array; offsets: Int32Array } => {
    const lists = input.texts.map(anchorIdsOf);
    const offsets = new Int32Array(lists.length + 1);
    lists.forEach((list, k) => (offsets[k + 1] = (offsets[k] as number) + list.length));
    const values = new Int32Array(offsets[lists.length] as number);
    lists.forEach((list, k) => values.set(list, offsets[k] as number));
    return { values, offsets };
  },
  /** The command line's units of two texts checked: findings ready to print, names and renderings (qaStream.ts). */
  checkTextUnits: (input: Pick<CheckRequest, 'sourceLang' | 'targetLang' | 'glossary'> & { units: UnitInput[] }): { missing: 'glossary' } | { results: UnitResult[] } => {
    const glossary = glossaryOf(input);
    if (!glossary) return { missing: 'glossary' };
    return { results: checkUnits(input.units, { sourceLang: input.sourceLang, targetLang: input.targetLang, glossary }) };
  },
  /** A job (see jobs/jobs.ts) over this thread's own connection to the store. */
  job: async (input: { config: StoreConfig; clockOffsetMs: number; name: JobName; input: unknown }, context: TaskContext): Promise<unknown> => {
    const job = JOBS[input.name] as (services: Services, input: unknown, context: TaskContext) => Promise<unknown>;
    return job(await servicesFor(input.config, input.clockOffsetMs), input.input, context);
  },
  /** The names a batch of source texts shows, each once. */
  namesOfSources: (input: { sources: readonly string[]; sourceLang: string }): string[] => namesOfSources(input),
};

export type TaskName = keyof typeof TASKS;
export type TaskInput<K extends TaskName> = Parameters<(typeof TASKS)[K]>[0];
export type TaskOutput<K extends TaskName> = Awaited<ReturnType<(typeof TASKS)[K]>>;

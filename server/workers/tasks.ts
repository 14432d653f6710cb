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

export const TASKS = {
  /** An XLIFF or TMX file read into a document to create. */
  parseImport: (input: { name: string; text: string; title?: string | undefined }): ParsedImport =>
    parseImport(input.name, input.text, { title: input.title }),
  /** A glossary file (CSV or TBX) read into terms. */
  readGlossaryFile: (input: { filename: string; text: string; pair: GlossaryPair }): { terms: GlossaryTermInput[]; skipped: number } =>
    readGlossaryFile(input.filename, input.text, input.pair),
  /** Two text files aligned paragraph by paragraph into a document to create. */
  documentFromTexts: (input: { fields: CreateDocumentFields; source: string; target: string }): CreateDocumentBody =>
    documentFromTexts(input.fields, input.source, input.target),
  /** The original XLIFF file with these targets spliced in (everything else byte for byte). */
  spliceXliff: (input: { content: string; changes: XliffTargetChange[] }): Promise<string> => spliceHere(input.content, input.changes),
};

export type TaskName = keyof typeof TASKS;
export type TaskInput<K extends TaskName> = Parameters<(typeof TASKS)[K]>[0];
export type TaskOutput<K extends TaskName> = Awaited<ReturnType<(typeof TASKS)[K]>>;

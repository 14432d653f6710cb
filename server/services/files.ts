/**
 * Documents in and out as files. In: XLIFF 1.2 and 2.x (one segment per <segment>, or per
 * <mrk mtype="seg"> of a 1.2 <seg-source>, or per trans-unit), TMX, and pairs of plain-text or
 * Markdown files (aligned, see documents.ts). Out: XLIFF in the version it came in (the original
 * with the changed targets spliced in), TMX 1.4b of the approved segments, CSV, and plain text.
 */
import { CreateDocumentBody, MAX_SEGMENTS_PER_DOCUMENT, titleFromFileName } from '../../shared/schemas';
import { badRequest } from '../errors';
import { readXliff, writeXliff, XliffError, type XliffChange } from '../formats/xliff';
import { childElements, parseXml, textOf, XmlError, type XmlElement } from '../formats/xml';
import { parseOrThrow } from '../validation';
import type { Services } from '.';
import { exportHead, exportStream } from './exports';
import type { ImportedFile } from '../store/types';

/** A target to write into an XLIFF file, by the segment's key in that file. */
export interface XliffTargetChange {
  key: string;
  text: string;
  state: string;
}

export const EXPORT_FORMATS = ['xliff', 'tmx', 'csv', 'txt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ImportOptions {
  title?: string;
  onProgress?: (share: number) => void;
}

export interface ParsedImport {
  input: CreateDocumentBody;
  imported: ImportedFile | undefined;
}

/** A file's kind from its first element (never from its name alone). */
export function sniffFormat(text: string): 'xliff' | 'tmx' | null {
  const head = text
    .slice(0, 4096)
    .replace(/<\?xml[^>]*\?>/, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const root = /<\s*([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(head)?.[2];
  if (root === 'xliff') return 'xliff';
  if (root === 'tmx') return 'tmx';
  return null;
}

export function titleFrom(name: string, fallback: string | undefined): string {
  if (fallback === undefined) return titleFromFileName(name);
  return fallback.trim().slice(0, 200) || 'Imported document';
}

function limitSegments(count: number) {
  if (count > MAX_SEGMENTS_PER_DOCUMENT) throw badRequest('file', `holds ${count} segments; the limit is ${MAX_SEGMENTS_PER_DOCUMENT}`);
}

/** Reads an XLIFF or TMX file into a document to create. Errors are 400s that say where. */
export function parseImport(name: string, text: string, options: ImportOptions = {}): ParsedImport {
  const format = sniffFormat(text);
  if (format === 'xliff') {
    let document;
    try {
      document = readXliff(text, { onProgress: options.onProgress });
    } catch (error) {
      if (error instanceof XliffError) throw badRequest('file', `is not an XLIFF file Tilik can read: ${error.message}`);
      throw error;
    }
    limitSegments(document.segments.length);
    const input = parseOrThrow(
      CreateDocumentBody,
      {
        title: titleFrom(name, options.title),
        sourceLang: document.sourceLang,
        targetLang: document.targetLang,
        segments: document.segments.map((segment) => ({ source: segment.source, mt: segment.target ?? '' })),
      },
      'file',
    );
    return {
      input,
      imported: {
        name,
        format: `xliff-${document.version}`,
        content: document.text,
        segments: document.segments.map((segment) => ({
          key: segment.key,
          codes: segment.codes,
          notes: segment.notes,
          state: segment.state,
        })),
      },
    };
  }
  if (format === 'tmx') return { input: readTmx(name, text, options.title), imported: undefined };
  throw badRequest(
    'file',
    'is neither XLIFF nor TMX (its first element is neither <xliff> nor <tmx>); for plain text, send a source and a target file',
  );
}

/**
 * The translation units of a TMX 1.4 file: the header's source language and the first other
 * language met, each unit's text in both (a unit without the target has an empty one).
 */
export function readTmxUnits(text: string): { sourceLang: string; targetLang: string; units: Array<{ source: string; target: string }> } {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (error) {
    if (error instanceof XmlError) throw badRequest('file', `is not a TMX file Tilik can read: ${error.message}`);
    throw error;
  }
  if (root.name !== 'tmx') throw badRequest('file', 'is not TMX: its root element is not <tmx>');
  const header = childElements(root, 'header')[0];
  const body = childElements(root, 'body')[0];
  const sourceLang = header?.attributes.srclang ?? '';
  if (!sourceLang || sourceLang === '*all*') throw badRequest('file', 'line 1: the TMX header has no srclang (the source language)');
  const tus = body ? childElements(body, 'tu') : [];
  const lang = (tuv: XmlElement) => (tuv.attributes['xml:lang'] ?? tuv.attributes.lang ?? '').toLowerCase();
  let targetLang = '';
  const units = tus.map((tu) => {
    const tuvs = childElements(tu, 'tuv');
    const source = tuvs.find((tuv) => lang(tuv) === sourceLang.toLowerCase());
    const target = tuvs.find((tuv) => lang(tuv) !== sourceLang.toLowerCase() && (!targetLang || lang(tuv) === targetLang.toLowerCase()));
    if (!source) throw badRequest('file', `line ${tu.line}: a <tu> has no variant in the source language ${sourceLang}`);
    if (target && !targetLang) targetLang = target.attributes['xml:lang'] ?? target.attributes.lang ?? '';
    const seg = (tuv: XmlElement | undefined) =>
      tuv
        ? segText(childElements(tuv, 'seg')[0] ?? tuv)
            .replace(/\s+/g, ' ')
            .trim()
        : '';
    return { source: seg(source), target: seg(target) };
  });
  if (units.length === 0) throw badRequest('file', 'holds no translation units (<tu>)');
  if (!targetLang) throw badRequest('file', 'has no target language: no <tuv> in a language other than the source');
  return { sourceLang, targetLang, units };
}

/** TMX 1.4 as a document: one segment per <tu>. */
function readTmx(name: string, text: string, title: string | undefined): CreateDocumentBody {
  const { sourceLang, targetLang, units } = readTmxUnits(text);
  limitSegments(units.length);
  const segments = units.map((unit) => ({ source: unit.source, mt: unit.target }));
  return parseOrThrow(CreateDocumentBody, { title: titleFrom(name, title), sourceLang, targetLang, segments }, 'file');
}

/** TMX inline elements whose content is native code, not text: left out of the segment's text. */
const TMX_CODES = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

/** The text of a TMX <seg>: its text and that of <hi> and <sub>, without the native code of its inline elements. */
function segText(element: XmlElement): string {
  return textOf(element, TMX_CODES);
}

export async function importFile(services: Services, actorId: number, name: string, text: string, options: ImportOptions = {}) {
  const { input, imported } = parseImport(name, text, options);
  return services.documents.create(input, actorId, imported);
}

/** Writes targets into the original XLIFF file (in a worker thread, for the server). */
export type XliffSplicer = (content: string, changes: XliffTargetChange[]) => Promise<string>;

/** The original XLIFF file with the changes spliced in, on this thread. */
export const spliceHere: XliffSplicer = async (content, changes) => {
  const original = readXliff(content);
  const byKey = new Map(original.segments.map((segment) => [segment.key, segment]));
  const resolved: XliffChange[] = [];
  for (const change of changes) {
    const segment = byKey.get(change.key);
    if (segment) resolved.push({ segment, text: change.text, state: change.state });
  }
  return writeXliff(original, resolved);
};

export interface ExportedFile {
  filename: string;
  contentType: string;
  body: string;
}

/** A whole export as one string (small documents, tests); the server streams it (exports.ts). */
export async function exportDocument(services: Services, documentId: number, format: ExportFormat): Promise<ExportedFile> {
  const head = await exportHead(services, documentId, format);
  let body = '';
  await exportStream(services, documentId, format, async (piece) => {
    body += piece;
  });
  return { ...head, body };
}

/**
 * Documents in and out as files. In: XLIFF 1.2 and 2.x (one segment per <segment>, or per
 * <mrk mtype="seg"> of a 1.2 <seg-source>, or per trans-unit), TMX, and pairs of plain-text or
 * Markdown files (aligned, see documents.ts). Out: XLIFF in the version it came in (the original
 * with the changed targets spliced in), TMX 1.4b of the approved segments, CSV, and plain text.
 */
import { CreateDocumentBody, MAX_SEGMENTS_PER_DOCUMENT, type Segment } from '../../shared/schemas';
import { splitPlaceholders, type InlineCode } from '../../shared/text/placeholders';
import { badRequest } from '../errors';
import { toCsv } from '../formats/csv';
import { readXliff, writeXliff, XliffError, type XliffChange, type XliffVersion } from '../formats/xliff';
import { childElements, escapeXml, parseXml, textOf, XmlError, type XmlElement } from '../formats/xml';
import { parseOrThrow } from '../validation';
import type { Services } from '.';
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
  const head = text.slice(0, 4096).replace(/<\?xml[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '');
  const root = /<\s*([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(head)?.[2];
  if (root === 'xliff') return 'xliff';
  if (root === 'tmx') return 'tmx';
  return null;
}

function titleFrom(name: string, fallback: string | undefined): string {
  const base = (fallback ?? name.replace(/^.*[\\/]/, '').replace(/\.(xlf|xliff|sdlxliff|tmx)$/i, '')).trim();
  return base.slice(0, 200) || 'Imported document';
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
        segments: document.segments.map((segment) => ({ key: segment.key, codes: segment.codes, notes: segment.notes, state: segment.state })),
      },
    };
  }
  if (format === 'tmx') return { input: readTmx(name, text, options.title), imported: undefined };
  throw badRequest('file', 'is neither XLIFF nor TMX (its first element is neither <xliff> nor <tmx>); for plain text, send a source and a target file');
}

/** TMX 1.4: one segment per <tu>, the header's source language and the first other language. */
function readTmx(name: string, text: string, title: string | undefined): CreateDocumentBody {
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
  const segments = tus.map((tu) => {
    const tuvs = childElements(tu, 'tuv');
    const source = tuvs.find((tuv) => lang(tuv) === sourceLang.toLowerCase());
    const target = tuvs.find((tuv) => lang(tuv) !== sourceLang.toLowerCase() && (!targetLang || lang(tuv) === targetLang.toLowerCase()));
    if (!source) throw badRequest('file', `line ${tu.line}: a <tu> has no variant in the source language ${sourceLang}`);
    if (target && !targetLang) targetLang = target.attributes['xml:lang'] ?? target.attributes.lang ?? '';
    const seg = (tuv: XmlElement | undefined) => (tuv ? segText(childElements(tuv, 'seg')[0] ?? tuv).replace(/\s+/g, ' ').trim() : '');
    return { source: seg(source), mt: seg(target) };
  });
  if (segments.length === 0) throw badRequest('file', 'holds no translation units (<tu>)');
  if (!targetLang) throw badRequest('file', 'has no target language: no <tuv> in a language other than the source');
  limitSegments(segments.length);
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

/** The text that stands for a segment in an export: approved, else the latest revision, else the MT. */
function finalText(segment: Segment): string {
  return segment.approvedText ?? segment.current?.text ?? segment.mt;
}

/** Placeholders out, for formats without inline markup (their markup is dropped). */
function plain(text: string): string {
  return splitPlaceholders(text)
    .filter((part) => !part.isPlaceholder)
    .map((part) => part.text)
    .join('');
}

const STATES: Record<XliffVersion, Record<Segment['status'], string>> = {
  '1.2': { untouched: 'new', draft: 'needs-review-translation', submitted: 'translated', approved: 'final', rejected: 'needs-translation' },
  '2.0': { untouched: 'initial', draft: 'translated', submitted: 'translated', approved: 'final', rejected: 'initial' },
};

/** TMX inline codes for placeholders: pairs as <bpt>/<ept>, the rest as <ph>, their markup as content. */
function tmxSegment(text: string, codes: readonly InlineCode[] | undefined): string {
  const byChar = new Map((codes ?? []).map((code, index) => [code.char, { code, index }]));
  return splitPlaceholders(text)
    .map((part) => {
      if (!part.isPlaceholder) return escapeXml(part.text);
      const entry = byChar.get(part.text);
      if (!entry) return '';
      const markup = escapeXml(entry.code.target ?? entry.code.source ?? '');
      const pair = entry.code.key.replace(/:(open|close)$/, '');
      const i = [...byChar.values()].findIndex((other) => other.code.key.replace(/:(open|close)$/, '') === pair) + 1;
      if (entry.code.kind === 'open') return `<bpt i="${i}">${markup}</bpt>`;
      if (entry.code.kind === 'close') return `<ept i="${i}">${markup}</ept>`;
      return `<ph>${markup}</ph>`;
    })
    .join('');
}

export interface ExportedFile {
  filename: string;
  contentType: string;
  body: string;
}

function fileName(title: string, extension: string): string {
  const base = title.replace(/[^\p{L}\p{N} ._-]+/gu, '').trim().replace(/\s+/g, '-').slice(0, 80) || 'document';
  return `${base}.${extension}`;
}

export async function exportDocument(services: Services, documentId: number, format: ExportFormat, splice: XliffSplicer = spliceHere): Promise<ExportedFile> {
  const document = await services.documents.get(documentId);
  if (!document) throw new Error(`document ${documentId} does not exist`);
  const segments = await services.documents.segments(documentId);

  if (format === 'xliff') {
    const file = await services.documents.file(documentId);
    if (!file || !file.format.startsWith('xliff')) {
      throw badRequest('format', 'xliff is only for documents imported from XLIFF; this one can be exported as tmx, csv or txt');
    }
    const version: XliffVersion = file.format === 'xliff-1.2' ? '1.2' : '2.0';
    const changes: XliffTargetChange[] = [];
    for (const segment of segments) {
      // untouched segments stay exactly as they were in the file
      if (segment.status === 'untouched') continue;
      const key = file.origins.get(segment.id);
      if (key === undefined) continue;
      changes.push({ key, text: finalText(segment), state: STATES[version][segment.status] });
    }
    const extension = /\.(xlf|xliff|sdlxliff)$/i.exec(file.name)?.[1] ?? 'xlf';
    return { filename: fileName(document.title, extension), contentType: 'application/xliff+xml; charset=utf-8', body: await splice(file.content, changes) };
  }

  if (format === 'tmx') {
    const created = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const units = segments
      .filter((segment) => segment.status === 'approved' && segment.approvedText !== null && segment.source.trim() !== '')
      .map(
        (segment) =>
          `    <tu tuid="${segment.position}">\n` +
          `      <tuv xml:lang="${escapeXml(document.sourceLang)}"><seg>${tmxSegment(segment.source, segment.codes)}</seg></tuv>\n` +
          `      <tuv xml:lang="${escapeXml(document.targetLang)}"><seg>${tmxSegment(segment.approvedText ?? '', segment.codes)}</seg></tuv>\n` +
          '    </tu>\n',
      )
      .join('');
    const body =
      '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n' +
      `  <header creationtool="Tilik" creationtoolversion="0.1.0" segtype="paragraph" o-tmf="Tilik" adminlang="en" srclang="${escapeXml(document.sourceLang)}" datatype="plaintext" creationdate="${created}"/>\n` +
      `  <body>\n${units}  </body>\n</tmx>\n`;
    return { filename: fileName(document.title, 'tmx'), contentType: 'application/x-tmx+xml; charset=utf-8', body };
  }

  if (format === 'csv') {
    const rows = [
      ['position', 'source', 'mt', 'target', 'status'],
      ...segments.map((segment) => [String(segment.position), plain(segment.source), plain(segment.mt), plain(finalText(segment)), segment.status]),
    ];
    return { filename: fileName(document.title, 'csv'), contentType: 'text/csv; charset=utf-8', body: toCsv(rows) };
  }

  const body = `${segments.map((segment) => plain(finalText(segment)).trim()).filter((text) => text !== '').join('\n\n')}\n`;
  return { filename: fileName(document.title, 'txt'), contentType: 'text/plain; charset=utf-8', body };
}

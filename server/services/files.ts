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
import { placeholderChar, type CodeKind, type InlineCode } from '../../shared/text/placeholders';
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

export const EXPORT_FORMATS = ['xliff', 'docx', 'html', 'md', 'tmx', 'csv', 'txt'] as const;
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
  if (format === 'tmx') return readTmx(name, text, options.title);
  if (text.trim() === '') throw badRequest('file', 'is empty');
  throw badRequest(
    'file',
    'is neither XLIFF nor TMX (its first element is neither <xliff> nor <tmx>); for plain text, send a source and a target file',
  );
}

/** A TMX unit's text in one language: its native code (bpt, ept, ph, it, ut) as placeholders, with their codes. */
interface TmxText {
  text: string;
  codes: Array<{ key: string; kind: CodeKind; native: string; label: string }>;
}

/** Stands for a code in a TMX text while it is read: a noncharacter, which XML text cannot hold. */
const CODE = '\uFFFF';
const CODE_RE = /\uFFFF/g;

/** TMX inline elements whose content is native code (the original format's markup), not text. */
const TMX_CODES = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

/**
 * The text of a TMX <seg>: its text and that of <hi> and <sub>, each inline element of native code
 * as a placeholder (its native code kept with it). A <bpt> and its <ept> share the `i` that pairs
 * them; the others are matched between languages by `x`, else by their order.
 */
function tmxText(element: XmlElement): TmxText {
  const out: TmxText = { text: '', codes: [] };
  const counters = new Map<string, number>();
  const walk = (node: XmlElement) => {
    for (const child of node.children) {
      if (typeof child === 'string') {
        out.text += child.replace(/[\uE000-\uF8FF]/g, '');
        continue;
      }
      if (!TMX_CODES.has(child.name)) {
        walk(child);
        continue;
      }
      const pair = child.attributes.i;
      const x = child.attributes.x;
      let key: string;
      let kind: CodeKind = 'standalone';
      let label: string;
      if ((child.name === 'bpt' || child.name === 'ept') && pair !== undefined) {
        kind = child.name === 'bpt' ? 'open' : 'close';
        key = `pt:${pair}:${kind}`;
        label = kind === 'open' ? pair : `/${pair}`;
      } else {
        const seen = (counters.get(child.name) ?? 0) + 1;
        counters.set(child.name, seen);
        key = x !== undefined ? `${child.name}:x${x}` : `${child.name}:#${seen}`;
        label = x ?? child.name;
      }
      out.text += CODE;
      out.codes.push({ key, kind, native: textOf(child), label });
    }
  };
  walk(element);
  return out;
}

/** The translation units of a TMX 1.4 file, each text with its native code inline (for a memory). */
export function readTmxUnits(text: string): { sourceLang: string; targetLang: string; units: Array<{ source: string; target: string }> } {
  const { sourceLang, targetLang, units } = readTmxCoded(text);
  const inline = (side: TmxText) => {
    let index = 0;
    return side.text.replace(CODE_RE, () => side.codes[index++]?.native ?? '');
  };
  return {
    sourceLang,
    targetLang,
    units: units.map((unit) => ({ source: tidy(inline(unit.source)), target: tidy(inline(unit.target)) })),
  };
}

const tidy = (value: string) => value.replace(/\s+/g, ' ').trim();

/**
 * The translation units of a TMX 1.4 file: the header's source language and the first other
 * language met, each unit's text in both (a unit without the target has an empty one), native code
 * apart.
 */
function readTmxCoded(text: string): {
  sourceLang: string;
  targetLang: string;
  units: Array<{ id: string; source: TmxText; target: TmxText }>;
} {
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
  const empty: TmxText = { text: '', codes: [] };
  const units = tus.map((tu, index) => {
    const tuvs = childElements(tu, 'tuv');
    const source = tuvs.find((tuv) => lang(tuv) === sourceLang.toLowerCase());
    const target = tuvs.find((tuv) => lang(tuv) !== sourceLang.toLowerCase() && (!targetLang || lang(tuv) === targetLang.toLowerCase()));
    if (!source) throw badRequest('file', `line ${tu.line}: a <tu> has no variant in the source language ${sourceLang}`);
    if (target && !targetLang) targetLang = target.attributes['xml:lang'] ?? target.attributes.lang ?? '';
    const seg = (tuv: XmlElement | undefined) => (tuv ? tmxText(childElements(tuv, 'seg')[0] ?? tuv) : empty);
    return { id: tu.attributes.tuid ?? String(index + 1), source: seg(source), target: seg(target) };
  });
  if (units.length === 0) throw badRequest('file', 'holds no translation units (<tu>)');
  if (!targetLang) throw badRequest('file', 'has no target language: no <tuv> in a language other than the source');
  return { sourceLang, targetLang, units };
}

/** TMX 1.4 as a document: one segment per <tu>, native code as inline codes (chips), kept for export. */
function readTmx(name: string, text: string, title: string | undefined): ParsedImport {
  const { sourceLang, targetLang, units } = readTmxCoded(text);
  limitSegments(units.length);
  const origins: ImportedFile['segments'] = [];
  const segments = units.map((unit) => {
    // placeholders: one per code key, shared by source and target
    const byKey = new Map<string, InlineCode>();
    const place = (side: TmxText, which: 'source' | 'target') => {
      let index = 0;
      return tidy(
        side.text.replace(CODE_RE, () => {
          const code = side.codes[index++];
          if (!code) return '';
          let inline = byKey.get(code.key);
          if (!inline) {
            inline = { char: placeholderChar(byKey.size), key: code.key, kind: code.kind, source: null, target: null, label: code.label };
            byKey.set(code.key, inline);
          }
          inline[which] ??= code.native;
          return inline.char;
        }),
      );
    };
    const source = place(unit.source, 'source');
    const mt = place(unit.target, 'target');
    origins.push({ key: unit.id, codes: [...byKey.values()], notes: [], state: null });
    return { source, mt };
  });
  const input = parseOrThrow(CreateDocumentBody, { title: titleFrom(name, title), sourceLang, targetLang, segments }, 'file');
  return { input, imported: { name, format: 'tmx', content: text, segments: origins } };
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

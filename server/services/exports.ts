/**
 * Exporting a document of any size as it is read: segments a page at a time, the original XLIFF
 * file piece by piece with the changed targets spliced in where the import noted them (the file is
 * never parsed again, never held whole). Out comes a stream of pieces; memory holds a page.
 */
import type { SegmentStatus } from '../../shared/schemas';
import { splitPlaceholders, type InlineCode } from '../../shared/text/placeholders';
import { badRequest } from '../errors';
import { toCsv } from '../formats/csv';
import { spliceStream, splicesFor, type Splice, type XliffChange, type XliffSegment, type XliffVersion } from '../formats/xliff';
import { escapeXml } from '../formats/xml';
import { blockHtml } from '../formats/html';
import { markdownOf } from '../../shared/text/markdown';
import { blockXml, writeDocx, type DocxSplice } from '../formats/docx';
import { spliceHere, type ExportFormat, type XliffTargetChange } from './files';
import type { Services } from '.';
import type { ImportedFile } from '../store/types';

/** Segments read per query. */
const PAGE = 2000;
/** Output gathered before it is handed on (one message per piece rather than per segment). */
const PIECE = 64 * 1024;

export interface ExportHead {
  filename: string;
  contentType: string;
}

interface ExportRow {
  id: number;
  position: number;
  source: string;
  mt: string;
  status: SegmentStatus;
  origin_key: string | null;
  origin: string | null;
  approved_text: string | null;
  current_text: string | null;
}

interface Origin {
  codes?: InlineCode[];
  notes?: string[];
  state?: string | null;
  /** The status the file's own state gave the segment on import (its revision is the file's target). */
  imported?: SegmentStatus;
  xliff?: Pick<
    XliffSegment,
    'targetContent' | 'stateTag' | 'stateTagText' | 'targetSelfClosing' | 'targetSelfClosingText' | 'insertAt' | 'mid'
  > &
    Partial<Pick<XliffSegment, 'confirmationTag' | 'confirmationTagText'>>;
}

/** The text that stands for a segment in an export: approved, else the latest revision, else the MT. */
function finalText(row: ExportRow): string {
  return row.approved_text ?? row.current_text ?? row.mt;
}

/** Placeholders out, for formats without inline markup (their markup is dropped). */
function plain(text: string): string {
  return splitPlaceholders(text)
    .filter((part) => !part.isPlaceholder)
    .map((part) => part.text)
    .join('');
}

const STATES: Record<XliffVersion, Record<SegmentStatus, string>> = {
  '1.2': { untouched: 'new', draft: 'needs-review-translation', submitted: 'translated', approved: 'final', rejected: 'needs-translation' },
  '2.0': { untouched: 'initial', draft: 'translated', submitted: 'translated', approved: 'final', rejected: 'initial' },
};
/** SDLXLIFF confirmation levels, written where the file has a segment definition. */
const SDL_CONFIRMATION: Record<SegmentStatus, string> = {
  untouched: 'Draft',
  draft: 'Draft',
  submitted: 'Translated',
  approved: 'ApprovedTranslation',
  rejected: 'RejectedTranslation',
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

function fileName(title: string, extension: string): string {
  const base =
    title
      .replace(/[^\p{L}\p{N} ._-]+/gu, '')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, 80) || 'document';
  return `${base}.${extension}`;
}

/** Every export row of a document, page by page. */
async function* rowsOf(services: Services, documentId: number): AsyncGenerator<ExportRow[]> {
  for (let after = 0; ;) {
    const rows = (await services.store.read.documents.exportRows(documentId, after, PAGE)) as ExportRow[];
    if (rows.length === 0) return;
    yield rows;
    after = (rows.at(-1) as ExportRow).position;
  }
}

/** Gathers output into pieces of about PIECE characters before handing them on. */
function gatherer(emit: (piece: string) => Promise<void>) {
  let held = '';
  return {
    async write(text: string) {
      held += text;
      if (held.length >= PIECE) {
        const piece = held;
        held = '';
        await emit(piece);
      }
    },
    async end() {
      if (held) await emit(held);
      held = '';
    },
  };
}

/**
 * What an export is called and what it holds, checked before anything is sent (a bad request
 * fails here, with a status, rather than halfway through the stream).
 */
export async function exportHead(
  services: Services,
  documentId: number,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<ExportHead> {
  const document = await services.documents.get(documentId);
  if (!document) throw new Error(`document ${documentId} does not exist`);
  if (options.set && format !== 'xliff')
    throw badRequest('set', 'is only for xliff: the whole file, with the work of every document made from it');
  if (format === 'xliff') {
    const file = await services.store.read.documents.fileFormat(documentId);
    if (!file || !file.startsWith('xliff')) {
      throw badRequest('format', 'xliff is only for documents imported from XLIFF; this one can be exported as tmx, csv or txt');
    }
    const name = (await services.store.read.documents.fileName(documentId)) ?? 'document.xlf';
    const extension = /\.(xlf|xliff|sdlxliff)$/i.exec(name)?.[1] ?? 'xlf';
    // the set is the file itself: named as it came
    if (options.set)
      return {
        filename: fileName(name.replace(/\.(xlf|xliff|sdlxliff)$/i, ''), extension),
        contentType: 'application/xliff+xml; charset=utf-8',
      };
    return { filename: fileName(document.title, extension), contentType: 'application/xliff+xml; charset=utf-8' };
  }
  if (format === 'md') {
    if ((await services.store.read.documents.fileFormat(documentId)) !== 'markdown')
      throw badRequest('format', 'md is only for documents imported from Markdown files; this one can be exported as tmx, csv or txt');
    return { filename: fileName(document.title, 'md'), contentType: 'text/markdown; charset=utf-8' };
  }
  if (format === 'docx') {
    if ((await services.store.read.documents.fileFormat(documentId)) !== 'docx')
      throw badRequest('format', 'docx is only for documents imported from Word documents; this one can be exported as tmx, csv or txt');
    return {
      filename: fileName(document.title, 'docx'),
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    };
  }
  if (format === 'html') {
    if ((await services.store.read.documents.fileFormat(documentId)) !== 'html')
      throw badRequest('format', 'html is only for documents imported from HTML pages; this one can be exported as tmx, csv or txt');
    return { filename: fileName(document.title, 'html'), contentType: 'text/html; charset=utf-8' };
  }
  if (format === 'tmx') return { filename: fileName(document.title, 'tmx'), contentType: 'application/x-tmx+xml; charset=utf-8' };
  if (format === 'csv') return { filename: fileName(document.title, 'csv'), contentType: 'text/csv; charset=utf-8' };
  return { filename: fileName(document.title, 'txt'), contentType: 'text/plain; charset=utf-8' };
}

export interface ExportOptions {
  /** xliff: the whole file with the work of every document made from it (a file of several language pairs). */
  set?: boolean | undefined;
}

/** Writes a document's export, piece by piece, to `emit`. */
export async function exportStream(
  services: Services,
  documentId: number,
  format: ExportFormat,
  emit: (piece: string | Uint8Array) => Promise<void>,
  options: ExportOptions = {},
): Promise<void> {
  const document = await services.documents.get(documentId);
  if (!document) throw new Error(`document ${documentId} does not exist`);
  const out = gatherer(emit);

  if (format === 'xliff') {
    const fileFormat = await services.store.read.documents.fileFormat(documentId);
    const version: XliffVersion = fileFormat === 'xliff-1.2' ? '1.2' : '2.0';
    const first = (await services.store.read.documents.exportRows(documentId, 0, 1))[0] as ExportRow | undefined;
    const origin = first?.origin ? (JSON.parse(first.origin) as Origin) : null;
    if (!origin?.xliff) {
      // imported before files were kept in pieces with where to write: read and spliced whole
      await out.write(await legacyXliff(services, documentId, version));
      await out.end();
      return;
    }
    const members = options.set ? await services.store.read.documents.fileSet(documentId) : [documentId];
    const generators = [];
    for (const id of members) {
      const member = id === documentId ? document : await services.documents.get(id);
      if (member) generators.push(xliffSplices(services, id, version, member.targetLang));
    }
    const splices = generators.length === 1 ? (generators[0] as AsyncGenerator<Splice>) : mergeSplices(generators);
    // a UTF-8 file that began with a byte-order mark gets it back
    if (await services.store.read.documents.fileByteOrderMark(documentId)) await out.write('\uFEFF');
    let head = true;
    for await (const piece of spliceStream(services.store.read.documents.fileChunks(documentId), splices)) {
      // written in UTF-8 whatever it came in: a declaration of UTF-16 would say otherwise
      await out.write(head ? piece.replace(/^(<\?xml[^>]*?encoding\s*=\s*["'])utf-16(?:le|be)?(["'])/i, '$1UTF-8$2') : piece);
      head = false;
    }
    await out.end();
    return;
  }

  if (format === 'md') {
    // the corrected text with its Markdown written back where its codes stand
    let written = false;
    for await (const rows of rowsOf(services, documentId)) {
      for (const row of rows) {
        const codes = row.origin ? ((JSON.parse(row.origin) as Origin).codes ?? []) : [];
        const text = markdownOf(finalText(row), codes).trim();
        if (text === '') continue;
        await out.write(written ? `\n\n${text}` : text);
        written = true;
      }
    }
    await out.write('\n');
    await out.end();
    return;
  }

  if (format === 'docx') {
    // the target document with the paragraphs that changed written anew: every other byte as it came
    let base64 = '';
    for await (const piece of services.store.read.documents.fileChunks(documentId)) base64 += piece;
    const splices: DocxSplice[] = [];
    for await (const rows of rowsOf(services, documentId)) {
      for (const row of rows) {
        if (row.status === 'untouched' || !row.origin) continue;
        const origin = JSON.parse(row.origin) as Origin & Pick<ImportedFile['segments'][number], 'docx'>;
        if (!origin.docx) continue;
        const { part, start, end, baseOpen, twin } = origin.docx;
        const text = blockXml(finalText(row), origin.codes ?? [], baseOpen);
        splices.push({ part, start, end, text });
        // a text box's copy for older readers says the same
        if (twin) splices.push({ part, start: twin.start, end: twin.end, text });
      }
    }
    await emit(writeDocx(Buffer.from(base64, 'base64'), splices));
    return;
  }

  if (format === 'html') {
    // the target page with the blocks that changed written in: everything else as it came
    for await (const piece of spliceStream(services.store.read.documents.fileChunks(documentId), htmlSplices(services, documentId)))
      await out.write(piece);
    await out.end();
    return;
  }

  if (format === 'tmx') {
    const created = new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z');
    await out.write(
      '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n' +
        `  <header creationtool="Tilik" creationtoolversion="0.1.0" segtype="paragraph" o-tmf="Tilik" adminlang="en" srclang="${escapeXml(document.sourceLang)}" datatype="plaintext" creationdate="${created}"/>\n` +
        '  <body>\n',
    );
    for await (const rows of rowsOf(services, documentId)) {
      for (const row of rows) {
        if (row.status !== 'approved' || row.approved_text === null || row.source.trim() === '') continue;
        const codes = row.origin ? (JSON.parse(row.origin) as Origin).codes : undefined;
        await out.write(
          `    <tu tuid="${row.position}">\n` +
            `      <tuv xml:lang="${escapeXml(document.sourceLang)}"><seg>${tmxSegment(row.source, codes)}</seg></tuv>\n` +
            `      <tuv xml:lang="${escapeXml(document.targetLang)}"><seg>${tmxSegment(row.approved_text, codes)}</seg></tuv>\n` +
            '    </tu>\n',
        );
      }
    }
    await out.write('  </body>\n</tmx>\n');
    await out.end();
    return;
  }

  if (format === 'csv') {
    await out.write(toCsv([['position', 'source', 'mt', 'target', 'status']]));
    for await (const rows of rowsOf(services, documentId)) {
      await out.write(
        toCsv(rows.map((row) => [String(row.position), plain(row.source), plain(row.mt), plain(finalText(row)), row.status])),
      );
    }
    await out.end();
    return;
  }

  let written = false;
  for await (const rows of rowsOf(services, documentId)) {
    for (const row of rows) {
      const text = plain(finalText(row)).trim();
      if (text === '') continue;
      await out.write(written ? `\n\n${text}` : text);
      written = true;
    }
  }
  await out.write('\n');
  await out.end();
}

/**
 * The splices of an XLIFF export in file order. A unit's segments are given together (those of a
 * 1.2 unit segmented with <seg-source> share its target and state), so a page that ends inside
 * such a unit keeps its last segments for the next.
 */
async function* xliffSplices(services: Services, documentId: number, version: XliffVersion, targetLang: string): AsyncGenerator<Splice> {
  let carried: XliffChange[] = [];
  const unitOf = (change: XliffChange) =>
    change.segment.mid === null ? null : `${change.segment.stateTag?.start ?? -1}:${change.segment.insertAt}`;
  for await (const rows of rowsOf(services, documentId)) {
    const changes = [...carried];
    carried = [];
    for (const row of rows) {
      // untouched segments stay exactly as they were in the file
      if (row.status === 'untouched' || !row.origin) continue;
      const origin = JSON.parse(row.origin) as Origin;
      if (!origin.xliff) continue;
      const text = finalText(row);
      // as the file said: a segment whose state came from the file, unchanged since, stays as it was
      if (origin.imported === row.status && text === row.mt) continue;
      changes.push({
        segment: { ...origin.xliff, codes: origin.codes ?? [] } as unknown as XliffSegment,
        text,
        state: STATES[version][row.status],
        confirmation: origin.xliff.confirmationTag ? SDL_CONFIRMATION[row.status] : undefined,
      });
    }
    // the page's last unit may go on in the next page: kept for it
    const last = changes.at(-1);
    const lastUnit = last ? unitOf(last) : null;
    if (lastUnit !== null) {
      while (changes.length > 0 && unitOf(changes.at(-1) as XliffChange) === lastUnit) carried.unshift(changes.pop() as XliffChange);
    }
    yield* splicesFor(version, targetLang, changes);
  }
  if (carried.length > 0) yield* splicesFor(version, targetLang, carried);
}

/** The splices of a page export, in page order: each changed block's new content where the block stood. */
async function* htmlSplices(services: Services, documentId: number): AsyncGenerator<Splice> {
  type Place = NonNullable<ImportedFile['segments'][number]['html']>;
  type Within = NonNullable<Place['within']>;
  /** A changed text held back until the attributes inside it (the segments after it) are known. */
  let held: { place: Place; text: string; codes: InlineCode[]; values: Array<{ within: Within; value: string }> } | null = null;
  const write = (block: NonNullable<typeof held>): Splice => {
    // each attribute's value into the code that carries it (the last in the markup first, so the others' places hold)
    const codes = block.codes.map((code) => ({ ...code }));
    for (const { within, value } of [...block.values].sort((a, b) => b.within.at - a.within.at)) {
      const code = codes.find((item) => item.key === within.key || item.key.endsWith(`/${within.key}`));
      if (code?.target) code.target = code.target.slice(0, within.at) + value + code.target.slice(within.at + within.length);
    }
    return { start: block.place.start, end: block.place.end, text: blockHtml(block.text, codes, block.place.attribute === true) };
  };
  for await (const rows of rowsOf(services, documentId)) {
    for (const row of rows) {
      if (row.status === 'untouched' || !row.origin) continue;
      const origin = JSON.parse(row.origin) as Origin & { html?: Place | null };
      const place = origin.html;
      if (!place) continue;
      if (held && place.within && place.start >= held.place.start && place.end <= held.place.end) {
        // an attribute inside a text written anew: written into that text's code for its element
        held.values.push({ within: place.within, value: blockHtml(finalText(row), [], true) });
        continue;
      }
      if (held) yield write(held);
      held = { place, text: finalText(row), codes: origin.codes ?? [], values: [] };
    }
  }
  if (held) yield write(held);
}

/** Splices of several documents of one file (each in file order), merged into file order. */
async function* mergeSplices(generators: ReadonlyArray<AsyncGenerator<Splice>>): AsyncGenerator<Splice> {
  const heads = await Promise.all(generators.map((generator) => generator.next()));
  for (;;) {
    let best = -1;
    heads.forEach((head, index) => {
      if (head.done) return;
      const chosen = best < 0 ? undefined : heads[best];
      if (!chosen || chosen.done || head.value.start < chosen.value.start) best = index;
    });
    if (best < 0) return;
    const head = heads[best] as IteratorYieldResult<Splice>;
    yield head.value;
    heads[best] = await (generators[best] as AsyncGenerator<Splice>).next();
  }
}

/** The whole-file way, for documents imported before files were kept with where to write. */
async function legacyXliff(services: Services, documentId: number, version: XliffVersion): Promise<string> {
  const file = await services.documents.file(documentId);
  if (!file) throw new Error(`document ${documentId} has no file`);
  const changes: XliffTargetChange[] = [];
  for await (const rows of rowsOf(services, documentId)) {
    for (const row of rows) {
      if (row.status === 'untouched') continue;
      const key = file.origins.get(row.id);
      if (key === undefined) continue;
      changes.push({ key, text: finalText(row), state: STATES[version][row.status] });
    }
  }
  return spliceHere(file.content, changes);
}

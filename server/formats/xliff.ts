/**
 * XLIFF 1.2 and 2.x, read as a stream of SAX events (no document tree, so a large file costs its
 * text and its segments, nothing more) and written back by splicing: the original file is kept,
 * and export replaces only the targets (and their state) of the segments Tilik changed, so that
 * everything Tilik does not understand (skeletons, extensions, metadata, comments) survives
 * exactly. Inline markup becomes placeholders (shared/text/placeholders) that carry the exact
 * markup of each side. Document type declarations are refused outright: they are where entity
 * bombs and external entities live, and no XLIFF file needs one.
 */
import type { SaxesTagNS } from 'saxes';
import { hashKey } from '../../shared/qa/repeats';
import { placeholderChar, withoutPlaceholders, type CodeKind, type InlineCode } from '../../shared/text/placeholders';
import { escapeXml, XmlError, XmlStream, type XmlCursor } from './xml';

export type XliffVersion = '1.2' | '2.0';

export class XliffError extends Error {
  /** What the file lacks that the caller can give instead (a file naming no target language). */
  missing: 'targetLang' | null = null;
  constructor(
    message: string,
    readonly line: number | null = null,
    readonly column: number | null = null,
  ) {
    super(line === null ? message : `line ${line}, column ${column}: ${message}`);
    this.name = 'XliffError';
  }
}

/** A span of the original file: [start, end) in UTF-16 units of the file's text. */
export interface Span {
  start: number;
  end: number;
}

/** A language pair of a file (XLIFF 1.2 names one per <file>; a file may hold several). */
export interface LanguagePair {
  sourceLang: string;
  targetLang: string;
}

/** A candidate translation the file carries for a segment (1.2 <alt-trans>, 2.x <mtc:match>). */
export interface XliffCandidate {
  /** The candidate's source, when the file gives it (it may differ from the segment's). */
  source: string | null;
  target: string;
  /** Where it came from (a tool, a memory, a machine translation engine), as the file says. */
  origin: string | null;
  /** Its score out of 100 (match-quality, similarity), when the file gives one. */
  score: number | null;
  /** Its kind as the file says (tm, mt, ...), when it does. */
  type: string | null;
}

export interface XliffSegment {
  /** Stable within the file: file id, unit id and segment id (or mrk mid) joined by "/". */
  key: string;
  /** The language pair of the <file> the segment is in. */
  sourceLang: string;
  targetLang: string;
  /** The text with placeholders for inline markup. */
  source: string;
  /** The target as found, or null when the file has none for this segment. */
  target: string | null;
  /** The state as written (1.2: the target's state; 2.0: the segment's). */
  state: string | null;
  notes: string[];
  codes: InlineCode[];
  /** Where the target's content lies, for replacing it on export (null: no target). */
  targetContent: Span | null;
  /** The start tag of the element that carries the state (1.2 <target>, 2.0 <segment>), and its text. */
  stateTag: Span | null;
  stateTagText: string | null;
  /** A self-closing target element (<target/>), replaced whole on export, and its text. */
  targetSelfClosing: Span | null;
  targetSelfClosingText: string | null;
  /** Where a missing target is inserted on export (just after the source). */
  insertAt: number;
  /** 1.2 units segmented with <seg-source>: the segment's <mrk mid>, else null. */
  mid: string | null;
  /** Under xml:space="preserve": the texts keep their whitespace exactly. */
  preserveSpace: boolean;
  /** Candidate translations the file carries for this segment, in the file's order. */
  candidates: XliffCandidate[];
  /** SDLXLIFF: the segment's confirmation level (`Translated`, `ApprovedSignOff`, ...), and its tag. */
  confirmation: string | null;
  confirmationTag: Span | null;
  confirmationTagText: string | null;
}

export interface XliffDocument {
  version: XliffVersion;
  /** The first language pair (of the first segment); `pairs` has them all. */
  sourceLang: string;
  targetLang: string;
  pairs: LanguagePair[];
  /** What the file does against the standard that could still be read safely. */
  warnings: string[];
  warningCount: number;
  /** The `original` of each <file>, for a title. */
  originals: string[];
  segments: XliffSegment[];
  /** The file's text as parsed (a byte-order mark removed); spans index into it. */
  text: string;
}

const NS_12 = 'urn:oasis:names:tc:xliff:document:1.2';
const NS_20 = 'urn:oasis:names:tc:xliff:document:2.0';
const NS_MTC = 'urn:oasis:names:tc:xliff:matches:2.0';
const NS_SDL = 'http://sdl.com/FileTypes/SdlXliff/1.0';
/** Warnings kept word for word; the rest are counted. */
const WARNINGS_KEPT = 50;

/** Inline elements whose content is translatable text between an opening and a closing code. */
const PAIRED = new Set(['g', 'pc', 'mrk']);
/** Inline elements that are codes whole, content included (native code, not text). */
const WHOLE_12 = new Set(['x', 'bx', 'ex', 'bpt', 'ept', 'ph', 'it', 'sub']);
const WHOLE_20 = new Set(['ph', 'sc', 'ec', 'sm', 'em', 'cp']);

interface Frame {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  /** Start of the start tag ("<") and its end (after ">"). */
  tagStart: number;
  tagEnd: number;
  selfClosing: boolean;
  /**
   * inline: markup inside a text; nested: inside an inline code's own markup; mrkseg: a 1.2 segment
   * marker; alt: a candidate translation (alt-trans, mtc:match); altText: its source or target.
   */
  role: 'structure' | 'inline' | 'nested' | 'mrkseg' | 'skip' | 'alt' | 'altText';
  /** xml:space="preserve" here or inherited: whitespace is content, not layout. */
  preserve: boolean;
}

/** Stands for an inline code while a text is collected: a noncharacter, never in XML text. */
const CODE = '\uFFFF';
const CODE_RE = /\uFFFF/g;

/** Collects the text of a <source> or <target> (or a <mrk mid>), inline codes as placeholders. */
class Content {
  text = '';
  /** Inline elements open inside, and whether their inner text is text (paired) or code (whole). */
  readonly open: Array<{ name: string; key: string; whole: boolean; tagStart: number }> = [];
  /** How many of those are whole codes (kept as a count: asked at every event). */
  wholeOpen = 0;
  readonly codes: Array<{ key: string; kind: CodeKind; xml: string; label: string }> = [];
  /** Codes without an id, counted per element name: the n-th of source and target correspond. */
  readonly counters = new Map<string, number>();
  /** Ids of the codes that open a span (bpt, sc, sm), for telling a close that refers to nothing. */
  readonly opened = new Set<string>();
  constructor(
    readonly side: 'source' | 'target',
    readonly contentStart: number,
  ) {}
  /** Inside a whole code: its text is markup, not translatable. */
  get isInCode(): boolean {
    return this.wholeOpen > 0;
  }
}

function keyOf(name: string, attributes: Record<string, string>, counter: Map<string, number>): string {
  const id = attributes.id ?? attributes.rid ?? attributes.startRef ?? attributes.mid ?? attributes.hex;
  if (id !== undefined) return `${name}:${id}`;
  // codes without an id are told apart by their order among their kind
  const seen = (counter.get(name) ?? 0) + 1;
  counter.set(name, seen);
  return `${name}:#${seen}`;
}

/** Codes that end a span though they are written whole (1.2 <ept>, <ex>; 2.0 <ec>, <em>). */
const CLOSING_WHOLE = new Set(['ept', 'ex', 'ec', 'em']);

function labelOf(name: string, attributes: Record<string, string>, kind: CodeKind): string {
  const id = attributes.id ?? attributes.rid ?? attributes.startRef ?? attributes.mid ?? '';
  const base = name === 'cp' ? `U+${attributes.hex ?? ''}` : id || name;
  return kind === 'close' || CLOSING_WHOLE.has(name) ? `/${base}` : base;
}

/** Decodes a file's bytes: UTF-8 (with or without a byte-order mark) or UTF-16 with one. */
export function decodeXliff(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^(?:\uFEFF|ï»¿)?<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    throw new XliffError(`the file declares the encoding "${declared}"; Tilik reads XLIFF in UTF-8 or UTF-16`, 1, 1);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new XliffError('the file is not valid UTF-8');
  }
}

export interface ReaderOptions {
  /** The target language of a file (or a <file>) that names none. */
  targetLang?: string | undefined;
}

interface ReadOptions extends ReaderOptions {
  /** Called now and then with the share of the file read so far (0 to 1). */
  onProgress?: (share: number) => void;
}

/** What the file says of itself: version, languages, the files' names, what it does wrong. */
export interface XliffHeader {
  version: XliffVersion;
  /** The first language pair met; `pairs` has every pair that has segments, in the order met. */
  sourceLang: string;
  targetLang: string;
  pairs: LanguagePair[];
  originals: string[];
  /** The first WARNINGS_KEPT warnings, and how many there were. */
  warnings: string[];
  warningCount: number;
}

/** A reader written to piece by piece: the segments of each unit are handed over as it ends. */
export interface XliffReader {
  write(chunk: string): void;
  /** Ends the reading: what the file said of itself (throws if it is not a readable XLIFF file). */
  close(): XliffHeader;
  /** The languages, once the reader has seen them (before the first segment is handed over). */
  readonly header: Partial<XliffHeader>;
}

/** Reads an XLIFF 1.2 or 2.x file. Throws XliffError naming the problem and where it is. */
export function readXliff(file: string, options: ReadOptions = {}): XliffDocument {
  // spans index into the text without its byte-order mark, as the reader sees it
  const text = file.charCodeAt(0) === 0xfeff ? file.slice(1) : file;
  const segments: XliffSegment[] = [];
  const reader = xliffReader((unit) => {
    for (const segment of unit) segments.push(segment);
  }, options);
  const SLICE = 1 << 20;
  for (let at = 0; at < text.length; at += SLICE) {
    reader.write(text.slice(at, at + SLICE));
    options.onProgress?.(Math.min(1, (at + SLICE) / text.length));
  }
  const header = reader.close();
  return { ...header, segments, text };
}

/**
 * A streaming XLIFF reader: hands over the segments of each unit as the unit ends (whitespace
 * tidied), keeping only the current unit's text; spans are offsets in the whole file's text.
 */
export function xliffReader(onUnit: (segments: XliffSegment[]) => void, options: ReaderOptions = {}): XliffReader {
  let parser!: XmlCursor;
  const stack: Frame[] = [];
  let rootUri = '';
  let segmentCount = 0;
  const originals: string[] = [];
  let version: XliffVersion | null = null;
  let sourceLang = '';
  let targetLang = '';
  const pairs: LanguagePair[] = [];
  // the current <file>'s languages (1.2 names them per file, 2.x for the whole)
  let fileSourceLang = '';
  let fileTargetLang = '';
  // a problem stops the reading where it is found
  const fail = (message: string): never => parser.abort(new XliffError(message, parser.line, parser.column));
  /** The file names no target language, and none was given for it. */
  const failNoTarget = (what: string): never => {
    const error = new XliffError(`${what}: ${NO_TARGET}`, parser.line, parser.column);
    error.missing = 'targetLang';
    return parser.abort(error);
  };
  // what breaks the standard but can be read safely: said, never silently mended
  const warnings: string[] = [];
  let warningCount = 0;
  const warn = (message: string) => {
    warningCount += 1;
    if (warnings.length < WARNINGS_KEPT) warnings.push(`line ${parser.line}: ${message}`);
  };
  /** Hashes of the segment keys met, to tell a repeated id (a number each, not the key's text). */
  const seenKeys = new Set<number>();

  // the current file, unit and segment
  let fileId = '';
  let fileCount = 0;
  let unitId = '';
  let unitNotes: string[] = [];
  const translateStack: boolean[] = [];
  let unitSegments: XliffSegment[] = [];
  let noteText: string | null = null;
  let inUnit = false;
  /** Inside an extension, a module or alt-trans: nothing there is the file's text. */
  let skipDepth = 0;
  // 1.2
  let source: Content | null = null;
  let target: Content | null = null;
  let sourceXml: { text: string; codes: Content['codes'] } | null = null;
  let targetXml: { text: string; codes: Content['codes'] } | null = null;
  let targetStart: Frame | null = null;
  let targetContent: Span | null = null;
  let targetSelfClosing: Span | null = null;
  let afterSource = 0;
  let sourcePreserve = false;
  let segSource: Map<string, { text: string; codes: Content['codes'] }> | null = null;
  let targetMrks: Map<string, { text: string; codes: Content['codes']; content: Span | null; selfClosing: Span | null }> | null = null;
  let mrk: { mid: string; content: Content } | null = null;
  let state: string | null = null;
  // 2.0
  let segmentId = '';
  let segmentTag: Span | null = null;
  let segmentState: string | null = null;
  // candidate translations: the one being read, and those of the unit so far
  let alt: {
    attributes: Record<string, string>;
    content: Content | null;
    source: { text: string; codes: Content['codes'] } | null;
    target: { text: string; codes: Content['codes'] } | null;
  } | null = null;
  let unitCandidates: Array<{
    ref: string | null;
    source: { text: string; codes: Content['codes'] } | null;
    target: { text: string; codes: Content['codes'] };
    origin: string | null;
    score: number | null;
    type: string | null;
  }> = [];
  // SDLXLIFF: the unit's segment definitions (confirmation level and the tag that holds it), by id
  let sdlSegs = new Map<string, { conf: string | null; tag: Span; text: string }>();

  const inXliff = (frame: Frame) => frame.uri === rootUri;
  const current = (): Content | null => alt?.content ?? mrk?.content ?? target ?? source;
  const isTranslatable = () => translateStack.at(-1) !== false;

  const finishSegment = (
    key: string,
    src: { text: string; codes: Content['codes'] },
    tgt: { text: string; codes: Content['codes'] } | null,
    extra: Partial<XliffSegment>,
  ) => {
    // placeholders: one per code key, shared by source and target
    const byKey = new Map<string, InlineCode>();
    const place = (codes: Content['codes'], side: 'source' | 'target', body: string): string => {
      let index = 0;
      return body.replace(CODE_RE, () => {
        const code = codes[index];
        index += 1;
        if (!code) return '';
        let inline = byKey.get(code.key);
        if (!inline) {
          inline = { char: placeholderChar(byKey.size), key: code.key, kind: code.kind, source: null, target: null, label: code.label };
          byKey.set(code.key, inline);
        }
        inline[side] ??= code.xml;
        return inline.char;
      });
    };
    const sourceText = place(src.codes, 'source', src.text);
    const targetText = tgt ? place(tgt.codes, 'target', tgt.text) : null;
    // unique within its language pair (each pair is a document of its own)
    let unique = key;
    for (let n = 2; ; n += 1) {
      const hash = hashKey(`${fileSourceLang}\u0000${fileTargetLang}\u0000${unique}`);
      if (!seenKeys.has(hash)) {
        seenKeys.add(hash);
        break;
      }
      unique = `${key}#${n}`;
    }
    if (unique !== key) warn(`the segment id "${key}" is used again; this segment is kept as "${unique}"`);
    const segment: XliffSegment = {
      key: unique,
      sourceLang: fileSourceLang,
      targetLang: fileTargetLang,
      source: sourceText,
      target: targetText,
      state: null,
      notes: unitNotes,
      codes: [...byKey.values()],
      targetContent: null,
      stateTag: null,
      stateTagText: null,
      targetSelfClosing: null,
      targetSelfClosingText: null,
      insertAt: afterSource,
      mid: null,
      preserveSpace: sourcePreserve,
      candidates: [],
      confirmation: null,
      confirmationTag: null,
      confirmationTagText: null,
      ...extra,
    };
    // the tags export writes back, kept with the segment (the file itself is not read again)
    if (segment.stateTag) segment.stateTagText = parser.slice(segment.stateTag.start, segment.stateTag.end);
    if (segment.targetSelfClosing)
      segment.targetSelfClosingText = parser.slice(segment.targetSelfClosing.start, segment.targetSelfClosing.end);
    unitSegments.push(segment);
  };

  const onOpen = (tag: SaxesTagNS): void => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) attributes[attribute.name] = attribute.value;
    const tagEnd = parser.position;
    const tagStart = parser.lastIndexOf('<', tagEnd - 1);
    const space = attributes['xml:space'];
    const preserve = space === undefined ? (stack.at(-1)?.preserve ?? false) : space === 'preserve';
    const frame: Frame = {
      name: tag.local,
      uri: tag.uri,
      attributes,
      tagStart,
      tagEnd,
      selfClosing: tag.isSelfClosing,
      role: 'structure',
      preserve,
    };
    stack.push(frame);
    if (skipDepth > 0) {
      frame.role = 'skip';
      return;
    }

    if (stack.length === 1) {
      if (tag.local !== 'xliff') return fail(`the root element is <${tag.name}>, not <xliff>: this is not an XLIFF file`);
      const declared = attributes.version ?? '';
      rootUri = tag.uri;
      // some tools write 1.2 without its namespace; the version says what it is
      if (declared === '1.2' && (tag.uri === NS_12 || tag.uri === '' || tag.uri === 'urn:x-undeclared:')) version = '1.2';
      else if (/^2\.[01]$/.test(declared) && tag.uri === NS_20) version = '2.0';
      else if (declared === '1.2' || declared.startsWith('2.'))
        return fail(`version ${declared} with the namespace "${tag.uri}" does not match`);
      else return fail(`XLIFF version "${declared || '(none)'}" is not supported; Tilik reads 1.2, 2.0 and 2.1`);
      if (version === '2.0') {
        fileSourceLang = attributes.srcLang ?? '';
        fileTargetLang = attributes.trgLang || options.targetLang || '';
        if (!fileSourceLang) return fail('the <xliff> element has no srcLang (the source language)');
        if (!fileTargetLang) return failNoTarget('the <xliff> element has no trgLang');
      }
      return;
    }

    const content = current();
    if (content) {
      // inline markup inside a source or target
      frame.role = 'inline';
      if (content.isInCode) {
        frame.role = 'nested';
        return;
      }
      if (version === '1.2' && tag.local === 'mrk' && attributes.mtype === 'seg' && (segSource || targetMrks) && !mrk && !alt) {
        frame.role = 'mrkseg';
        mrk = { mid: attributes.mid ?? '', content: new Content(content.side, tagEnd) };
        return;
      }
      const whole = !inXliff(frame) || !PAIRED.has(tag.local) || (version === '1.2' ? WHOLE_12.has(tag.local) : WHOLE_20.has(tag.local));
      const key = keyOf(tag.local, attributes, content.counters);
      // 1.2: an <ept> closes the <bpt> of the same id, in the same text (2.x spans may cross segments)
      const pairId = attributes.rid ?? attributes.id;
      if (version === '1.2' && tag.local === 'bpt' && pairId !== undefined) content.opened.add(pairId);
      if (version === '1.2' && tag.local === 'ept' && inXliff(frame) && pairId !== undefined && !content.opened.has(pairId))
        warn(`<ept> refers to "${pairId}", which no <bpt> of this ${content.side} opens; it is kept as a code of its own`);
      if (whole) {
        content.open.push({ name: tag.local, key, whole: true, tagStart });
        content.wholeOpen += 1;
      } else {
        content.text += CODE;
        content.codes.push({
          key: `${key}:open`,
          kind: 'open',
          xml: parser.slice(tagStart, tagEnd),
          label: labelOf(tag.local, attributes, 'open'),
        });
        content.open.push({ name: tag.local, key, whole: false, tagStart });
      }
      return;
    }

    if (alt) {
      // inside a candidate: its source and target are read, the rest (notes, metadata) is not
      if (inXliff(frame) && (tag.local === 'source' || tag.local === 'target') && !alt.content) {
        frame.role = 'altText';
        alt.content = new Content(tag.local, tagEnd);
        return;
      }
      frame.role = 'skip';
      skipDepth = stack.length;
      return;
    }
    if (inUnit && ((version === '1.2' && inXliff(frame) && tag.local === 'alt-trans') || (tag.uri === NS_MTC && tag.local === 'match'))) {
      frame.role = 'alt';
      alt = { attributes, content: null, source: null, target: null };
      return;
    }
    if (inUnit && tag.uri === NS_MTC && tag.local === 'matches') return;
    if (inUnit && tag.uri === NS_SDL && tag.local === 'seg-defs') return;
    if (inUnit && tag.uri === NS_SDL && tag.local === 'seg') {
      sdlSegs.set(attributes.id ?? '', {
        conf: attributes.conf ?? null,
        tag: { start: tagStart, end: tagEnd },
        text: parser.slice(tagStart, tagEnd),
      });
      frame.role = 'skip';
      skipDepth = stack.length;
      return;
    }
    if (!inXliff(frame) || tag.local === 'alt-trans' || tag.local === 'ignorable') {
      frame.role = 'skip';
      skipDepth = stack.length;
      return;
    }
    if (!inXliff(frame)) return;
    const parentTranslate = translateStack.at(-1) ?? true;
    switch (tag.local) {
      case 'file': {
        fileCount += 1;
        fileId = attributes.id ?? attributes.original ?? String(fileCount);
        if (attributes.original) originals.push(attributes.original);
        if (version === '1.2') {
          fileSourceLang = attributes['source-language'] ?? '';
          fileTargetLang = attributes['target-language'] || options.targetLang || '';
          if (!fileSourceLang) return fail('a <file> has no source-language');
          if (!fileTargetLang) return failNoTarget('a <file> has no target-language');
        }
        translateStack.push(attributes.translate === undefined ? parentTranslate : attributes.translate !== 'no');
        return;
      }
      case 'group':
        translateStack.push(attributes.translate === undefined ? parentTranslate : attributes.translate !== 'no');
        return;
      case 'trans-unit':
      case 'unit':
        inUnit = true;
        unitId = attributes.id ?? String(segmentCount + 1);
        // the text before this unit is no longer needed
        parser.release(tagStart);
        unitNotes = [];
        unitSegments = [];
        unitCandidates = [];
        sdlSegs = new Map();
        state = null;
        sourceXml = null;
        targetXml = null;
        targetStart = null;
        targetContent = null;
        targetSelfClosing = null;
        segSource = null;
        targetMrks = null;
        translateStack.push(attributes.translate === undefined ? parentTranslate : attributes.translate !== 'no');
        return;
      case 'segment':
        segmentId = attributes.id ?? String(unitSegments.length + 1);
        segmentTag = { start: tagStart, end: tagEnd };
        segmentState = attributes.state ?? null;
        sourceXml = null;
        targetXml = null;
        targetContent = null;
        targetSelfClosing = null;
        return;
      case 'source':
        source = new Content('source', tagEnd);
        sourcePreserve = preserve;
        return;
      case 'seg-source':
        segSource = new Map();
        source = new Content('source', tagEnd);
        sourcePreserve = preserve;
        return;
      case 'target':
        target = new Content('target', tagEnd);
        targetStart = frame;
        if (version === '1.2') {
          state = attributes.state ?? null;
          targetMrks = segSource ? new Map() : null;
        }
        return;
      case 'note':
        if (inUnit) noteText = '';
        return;
      default:
        return;
    }
  };

  const onText = (value: string): void => {
    if (noteText !== null) {
      noteText += value;
      return;
    }
    const content = current();
    if (content && !content.isInCode) content.text += value.replace(CODE_RE, '');
  };
  const onCdata = (value: string): void => {
    const content = current();
    if (content && !content.isInCode) content.text += value.replace(CODE_RE, '');
  };

  const onClose = (): void => {
    const frame = stack.pop();
    if (!frame) return;
    if (frame.role === 'skip') {
      if (stack.length + 1 === skipDepth) skipDepth = 0;
      return;
    }
    if (frame.role === 'nested') return;
    if (frame.role === 'altText') {
      if (alt?.content) {
        const done = { text: alt.content.text, codes: alt.content.codes };
        if (alt.content.side === 'source') alt.source = done;
        else alt.target = done;
        alt.content = null;
      }
      return;
    }
    if (frame.role === 'alt') {
      const found = alt;
      alt = null;
      if (!found?.target || found.target.text.replace(CODE_RE, '').trim() === '') return;
      const a = found.attributes;
      const isMatch = frame.uri === NS_MTC;
      // 1.2: only proposals are candidates (not previous versions, rejected or reference texts)
      if (!isMatch && a.alttranstype !== undefined && a.alttranstype !== 'proposal') return;
      const ref = isMatch ? (a.ref?.replace(/^.*[#/=]/, '') ?? null) : (a.mid ?? null);
      unitCandidates.push({
        ref: ref === '' ? null : ref,
        source: found.source,
        target: found.target,
        origin: a.origin ?? a['tool-id'] ?? null,
        score: scoreOf(isMatch ? (a.similarity ?? a.matchQuality) : a['match-quality']),
        type: isMatch ? (a.type ?? null) : null,
      });
      return;
    }
    const end = parser.position;
    const closeStart = frame.selfClosing ? frame.tagStart : parser.lastIndexOf('</', end - 1);

    if (frame.role === 'mrkseg') {
      if (!mrk) return;
      const done = { text: mrk.content.text, codes: mrk.content.codes };
      if (mrk.content.side === 'source') segSource?.set(mrk.mid, done);
      // an empty segment written <mrk .../>: replaced whole on export
      else if (frame.selfClosing) targetMrks?.set(mrk.mid, { ...done, content: null, selfClosing: { start: frame.tagStart, end } });
      else targetMrks?.set(mrk.mid, { ...done, content: { start: mrk.content.contentStart, end: closeStart }, selfClosing: null });
      mrk = null;
      return;
    }

    if (frame.role === 'inline') {
      const content = current();
      const open = content?.open.pop();
      if (!content || !open) return;
      if (open.whole) content.wholeOpen -= 1;
      if (open.whole) {
        content.text += CODE;
        content.codes.push({
          key: open.key,
          kind: 'standalone',
          xml: parser.slice(open.tagStart, end),
          label: labelOf(frame.name, frame.attributes, 'standalone'),
        });
      } else {
        content.text += CODE;
        content.codes.push({
          key: `${open.key}:close`,
          kind: 'close',
          xml: parser.slice(closeStart, end),
          label: labelOf(frame.name, frame.attributes, 'close'),
        });
      }
      return;
    }

    if (!inXliff(frame)) return;
    switch (frame.name) {
      case 'note':
        if (noteText !== null && noteText.trim()) unitNotes.push(noteText.trim());
        noteText = null;
        return;
      case 'source':
        if (!source) return;
        sourceXml = { text: source.text, codes: source.codes };
        source = null;
        afterSource = end;
        return;
      case 'seg-source':
        source = null;
        afterSource = end;
        return;
      case 'target':
        if (!target) return;
        targetXml = { text: target.text, codes: target.codes };
        targetContent = frame.selfClosing ? null : { start: target.contentStart, end: closeStart };
        targetSelfClosing = frame.selfClosing ? { start: frame.tagStart, end } : null;
        target = null;
        return;
      case 'segment': {
        if (sourceXml && isTranslatable()) {
          finishSegment(`${fileId}/${unitId}/${segmentId}`, sourceXml, targetXml, {
            state: segmentState,
            targetContent,
            targetSelfClosing,
            stateTag: segmentTag,
          });
          segmentRefs.set(unitSegments.at(-1) as XliffSegment, segmentId);
        }
        sourceXml = null;
        targetXml = null;
        return;
      }
      case 'trans-unit': {
        inUnit = false;
        const translatable = isTranslatable();
        translateStack.pop();
        const targetTag = targetStart ? { start: targetStart.tagStart, end: targetStart.tagEnd } : null;
        const confirmation = (mid: string | null) => {
          const seg = mid === null ? [...sdlSegs.values()][0] : sdlSegs.get(mid);
          return seg ? { confirmation: seg.conf, confirmationTag: seg.tag, confirmationTagText: seg.text } : {};
        };
        if (translatable && segSource && segSource.size > 0) {
          for (const [mid, src] of segSource) {
            const tgt = targetMrks?.get(mid) ?? null;
            finishSegment(`${fileId}/${unitId}/${mid}`, src, tgt, {
              ...confirmation(mid),
              state,
              targetContent: tgt?.content ?? null,
              targetSelfClosing: tgt?.selfClosing ?? null,
              stateTag: targetTag,
              mid,
              // a target without this mrk gets it inserted at the end of the target's content
              insertAt: targetContent ? targetContent.end : afterSource,
            });
          }
        } else if (translatable && sourceXml) {
          finishSegment(`${fileId}/${unitId}`, sourceXml, targetXml, {
            ...confirmation(null),
            state,
            targetContent,
            targetSelfClosing,
            stateTag: targetTag,
          });
        }
        attachCandidates(unitSegments, (segment) => segment.mid);
        hand(unitSegments);
        unitSegments = [];
        return;
      }
      case 'unit': {
        inUnit = false;
        translateStack.pop();
        for (const segment of unitSegments) segment.notes = unitNotes;
        attachCandidates(unitSegments, (segment) => segmentRefs.get(segment) ?? null);
        segmentRefs.clear();
        hand(unitSegments);
        unitSegments = [];
        return;
      }
      case 'file':
      case 'group':
        translateStack.pop();
        return;
      default:
        return;
    }
  };

  /** 2.x: the id of each segment of the unit, which a candidate's ref names. */
  const segmentRefs = new Map<XliffSegment, string>();

  /**
   * The unit's candidate translations given to the segments they are for: the one their ref (2.x)
   * or mid (1.2) names; without one, the unit's only segment, or the segment with the same source.
   */
  const attachCandidates = (segments: XliffSegment[], refOf: (segment: XliffSegment) => string | null) => {
    for (const candidate of unitCandidates) {
      let chosen: XliffSegment | undefined;
      if (candidate.ref !== null) {
        const ref = candidate.ref;
        // the segment of that id, else the one holding the span (<mrk>, <sm>) of that id
        chosen =
          segments.find((segment) => refOf(segment) === ref) ??
          segments.find((segment) => segment.codes.some((code) => code.key === `mrk:${ref}:open` || code.key === `sm:${ref}`));
        if (!chosen) {
          warn(`a candidate translation of unit "${unitId}" refers to "${candidate.ref}", which is none of its segments`);
          if (segments.length === 1) chosen = segments[0];
        }
      } else if (segments.length === 1) {
        chosen = segments[0];
      } else if (candidate.source) {
        const wanted = tidy(candidate.source.text.replace(CODE_RE, ''));
        chosen = segments.find((segment) => tidy(withoutPlaceholders(segment.source)) === wanted);
      }
      if (!chosen) continue;
      chosen.candidates.push({
        source: candidate.source ? withPlaceholders(candidate.source, chosen) : null,
        target: withPlaceholders(candidate.target, chosen),
        origin: candidate.origin,
        score: candidate.score,
        type: candidate.type,
      });
    }
    unitCandidates = [];
  };

  /** The unit's segments that have a source, whitespace tidied, handed over (with their language pair). */
  const hand = (segments: XliffSegment[]) => {
    const kept = normaliseSpaces(segments.filter((segment) => segment.source.trim() !== ''));
    if (kept.length === 0) return;
    for (const segment of kept) {
      const pair = pairs.find((known) => known.sourceLang === segment.sourceLang && known.targetLang === segment.targetLang);
      if (!pair) pairs.push({ sourceLang: segment.sourceLang, targetLang: segment.targetLang });
    }
    sourceLang = pairs[0]?.sourceLang ?? '';
    targetLang = pairs[0]?.targetLang ?? '';
    segmentCount += kept.length;
    onUnit(kept);
  };

  const wrap = (error: unknown): unknown =>
    error instanceof XmlError ? new XliffError(error.message.replace(/^line \d+, column \d+: /, ''), error.line, error.column) : error;
  const stream = new XmlStream(
    (cursor) => {
      parser = cursor;
      return { opentag: onOpen, closetag: onClose, text: onText, cdata: onCdata };
    },
    // prefixes used without a declaration (some tools write them) get a namespace of their own
    { resolvePrefix: (prefix: string) => `urn:x-undeclared:${prefix}` },
  );
  return {
    write(chunk: string) {
      try {
        stream.write(chunk);
      } catch (error) {
        throw wrap(error);
      }
    },
    close(): XliffHeader {
      try {
        stream.close();
      } catch (error) {
        throw wrap(error);
      }
      if (!version) throw new XliffError('the file holds no XML element');
      if (segmentCount === 0) throw new XliffError('the file has no translatable segment (every unit is empty or marked translate="no")');
      return { version, sourceLang, targetLang, pairs: [...pairs], originals, warnings: [...warnings], warningCount };
    },
    get header() {
      return {
        ...(version ? { version } : {}),
        sourceLang,
        targetLang,
        pairs: [...pairs],
        originals,
        warnings: [...warnings],
        warningCount,
      };
    },
  };
}

const NO_TARGET =
  'the file names no target language; say which it is (npm run import -- FILE --target-lang TAG, or the target language field of the import dialog)';

/** A score out of 100 from match-quality or similarity ("95", "95.5", "95%"); null when it is not a number. */
function scoreOf(value: string | undefined): number | null {
  if (value === undefined) return null;
  const number = Number.parseFloat(value.replace('%', '').trim());
  return Number.isFinite(number) && number >= 0 && number <= 100 ? number : null;
}

const tidy = (value: string) => value.replace(/[ \t\r\n]+/g, ' ').trim();

/** A candidate's text with its codes as the segment's placeholders (the same codes by id); others dropped. */
function withPlaceholders(collected: { text: string; codes: Array<{ key: string }> }, segment: XliffSegment): string {
  const byKey = new Map(segment.codes.map((code) => [code.key, code.char]));
  let index = 0;
  const text = collected.text.replace(CODE_RE, () => {
    const code = collected.codes[index];
    index += 1;
    return code ? (byKey.get(code.key) ?? '') : '';
  });
  return segment.preserveSpace ? text : tidy(text);
}

/** Whitespace in XLIFF text is layout unless preserved: runs of spaces become one, ends are trimmed. */
function normaliseSpaces(segments: XliffSegment[]): XliffSegment[] {
  for (const segment of segments) {
    if (segment.preserveSpace) continue;
    segment.source = tidy(segment.source);
    if (segment.target !== null) segment.target = tidy(segment.target);
  }
  return segments;
}

/** The XML of a target text: text escaped, placeholders back to the markup they stand for. */
export function targetXml(text: string, codes: readonly InlineCode[]): string {
  const byChar = new Map(codes.map((code) => [code.char, code]));
  const balanced = balance(text, byChar);
  let out = '';
  for (const char of balanced) {
    const code = byChar.get(char);
    // characters XML 1.0 cannot hold are dropped
    // eslint-disable-next-line no-control-regex -- these control characters are what is being removed
    out += code ? (code.target ?? code.source ?? '') : escapeXml(char).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
  }
  return out;
}

/**
 * Makes paired codes nest, so that the XML written is well-formed whatever the translator did with
 * them: a pair closed out of order is closed where it must be, a close without its open is
 * dropped, an open without its close is closed at the end. (The placeholder check flags all of
 * these to the translator first.)
 */
function balance(text: string, byChar: Map<string, InlineCode>): string[] {
  const out: string[] = [];
  const open: string[] = []; // keys of open pairs, innermost last
  const closedEarly = new Set<string>();
  const closeOf = new Map<string, string>();
  for (const code of byChar.values()) if (code.kind === 'close') closeOf.set(code.key.replace(/:close$/, ''), code.char);
  for (const char of Array.from(text)) {
    const code = byChar.get(char);
    if (!code || code.kind === 'standalone') {
      out.push(char);
      continue;
    }
    const pair = code.key.replace(/:(open|close)$/, '');
    if (code.kind === 'open') {
      if (open.includes(pair)) continue; // the same pair opened twice: keep the first
      open.push(pair);
      out.push(char);
      continue;
    }
    if (closedEarly.has(pair)) continue;
    const depth = open.lastIndexOf(pair);
    if (depth < 0) continue; // a close without its open
    while (open.length > depth + 1) {
      const inner = open.pop() as string;
      const innerClose = closeOf.get(inner);
      if (innerClose) out.push(innerClose);
      closedEarly.add(inner);
    }
    open.pop();
    out.push(char);
  }
  while (open.length > 0) {
    const pair = open.pop() as string;
    const close = closeOf.get(pair);
    if (close) out.push(close);
  }
  return out;
}

export interface XliffChange {
  segment: XliffSegment;
  /** The text to write as the target. */
  text: string;
  /** The state to write, in the file's vocabulary. */
  state: string;
  /** SDLXLIFF: the confirmation level to write into the segment's definition, if it has one. */
  confirmation?: string | undefined;
}

/** Sets (or adds) an attribute in a start tag's text. */
function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${escapeXml(value)}"`);
  return tag.replace(/\s*(\/?)>$/, ` ${name}="${escapeXml(value)}"$1>`);
}

/** A piece of the original file to replace: [start, end) by `text`. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * What writing these changes replaces in the original file, in order: targets, states, inserted
 * targets. Changes to segments of one 1.2 unit with <seg-source> share its <target> (and its
 * state: the least advanced of theirs), so the changes of a unit are given together.
 */
export function splicesFor(version: XliffVersion, targetLang: string, changes: readonly XliffChange[]): Splice[] {
  const splices: Splice[] = [];
  const stateTags = new Map<number, { span: Span; text: string; states: string[] }>();
  const insertions = new Map<number, { wrap: boolean; lang: string; pieces: string[]; states: string[] }>();

  for (const { segment, text: value, state, confirmation } of changes) {
    const xml = targetXml(value, segment.codes);
    const lang = segment.targetLang || targetLang;
    if (confirmation && segment.confirmationTag && segment.confirmationTagText !== null)
      splices.push({ ...segment.confirmationTag, text: withAttribute(segment.confirmationTagText, 'conf', confirmation) });
    if (segment.stateTag && segment.stateTagText !== null) {
      const entry = stateTags.get(segment.stateTag.start) ?? { span: segment.stateTag, text: segment.stateTagText, states: [] };
      entry.states.push(state);
      stateTags.set(segment.stateTag.start, entry);
    }
    if (segment.targetContent) {
      splices.push({ ...segment.targetContent, text: xml });
    } else if (segment.targetSelfClosing && segment.targetSelfClosingText !== null && segment.mid !== null) {
      // an empty segment marker <mrk mid="..."/> of a target: written with its text
      splices.push({ ...segment.targetSelfClosing, text: `${segment.targetSelfClosingText.replace(/\s*\/>$/, '>')}${xml}</mrk>` });
    } else if (segment.targetSelfClosing && segment.targetSelfClosingText !== null) {
      const tag = segment.targetSelfClosingText.replace(/\s*\/>$/, '>');
      const opened = version === '1.2' ? withAttribute(tag, 'state', state) : tag;
      splices.push({ ...segment.targetSelfClosing, text: `${opened}${xml}</target>` });
      stateTags.delete(segment.stateTag?.start ?? -1);
      if (version === '1.2') continue;
    } else if (segment.mid !== null) {
      const piece = `<mrk mid="${escapeXml(segment.mid)}" mtype="seg">${xml}</mrk>`;
      // a target without this segment's mrk gets it at the end; a unit without a target gets one
      const entry = insertions.get(segment.insertAt) ?? { wrap: segment.stateTag === null, lang, pieces: [], states: [] };
      entry.pieces.push(piece);
      entry.states.push(state);
      insertions.set(segment.insertAt, entry);
    } else {
      const open = version === '1.2' ? `<target xml:lang="${escapeXml(lang)}" state="${escapeXml(state)}">` : '<target>';
      const entry = insertions.get(segment.insertAt) ?? { wrap: false, lang, pieces: [], states: [] };
      entry.pieces.push(`${open}${xml}</target>`);
      insertions.set(segment.insertAt, entry);
    }
  }
  for (const [at, { wrap, lang, pieces, states }] of insertions) {
    const joined = pieces.join('');
    const wrapped = wrap
      ? `<target xml:lang="${escapeXml(lang)}" state="${escapeXml(leastAdvanced(version, states))}">${joined}</target>`
      : joined;
    splices.push({ start: at, end: at, text: wrapped });
  }
  for (const { span, text, states } of stateTags.values()) {
    splices.push({ ...span, text: withAttribute(text, 'state', leastAdvanced(version, states)) });
  }
  return splices.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A text with splices made (in order, never overlapping: spans come from one parse). */
export function applySplices(text: string, splices: readonly Splice[]): string {
  let out = '';
  let at = 0;
  for (const splice of splices) {
    if (splice.start < at) continue;
    out += text.slice(at, splice.start) + splice.text;
    at = splice.end;
  }
  return out + text.slice(at);
}

/**
 * The same, over a file read in pieces and splices given in order (both streamed): yields the
 * written file in pieces, holding no more of it than a piece at a time.
 */
export async function* spliceStream(pieces: AsyncIterable<string>, splices: AsyncIterable<Splice>): AsyncGenerator<string> {
  const source = pieces[Symbol.asyncIterator]();
  let buffer = '';
  let bufferStart = 0;
  let done = false;
  let at = 0; // how far the original has been written (or skipped)
  /** Reads on until the original is in hand up to `offset` (or it ends). */
  const fill = async (offset: number) => {
    while (!done && bufferStart + buffer.length < offset) {
      const next = await source.next();
      if (next.done) done = true;
      else buffer += next.value;
    }
  };
  /** The original from `at` to `to`, written; `skip` drops it instead. */
  async function* copy(to: number, skip: boolean): AsyncGenerator<string> {
    while (at < to) {
      await fill(Math.min(to, bufferStart + buffer.length + 1));
      const available = Math.min(to, bufferStart + buffer.length);
      if (available <= at) break; // the original is shorter than the splices say
      if (!skip) yield buffer.slice(at - bufferStart, available - bufferStart);
      at = available;
      // what is written is dropped from the buffer
      buffer = buffer.slice(at - bufferStart);
      bufferStart = at;
    }
  }
  for await (const splice of splices) {
    if (splice.start < at) continue;
    yield* copy(splice.start, false);
    yield splice.text;
    yield* copy(splice.end, true);
  }
  for (;;) {
    if (buffer.length > 0) {
      yield buffer;
      at = bufferStart + buffer.length;
      bufferStart = at;
      buffer = '';
    }
    if (done) return;
    const next = await source.next();
    if (next.done) return;
    buffer = next.value;
  }
}

/**
 * The original file with the targets of the changed segments replaced: everything else is written
 * back byte for byte.
 */
export function writeXliff(document: XliffDocument, changes: readonly XliffChange[]): string {
  return applySplices(document.text, splicesFor(document.version, document.targetLang, changes));
}

/** What a file's own state makes of a segment in Tilik's workflow. */
export type ImportedStatus = 'submitted' | 'approved';

/**
 * The workflow status a segment's state in the file stands for, when it has a target: XLIFF 1.2
 * `translated` (submitted), `signed-off` and `final` (approved); 2.x `translated` (submitted),
 * `reviewed` and `final` (approved); SDLXLIFF's confirmation levels `Translated` (submitted),
 * `ApprovedTranslation` and `ApprovedSignOff` (approved). Anything else: none (the MT to review).
 */
export function importedStatus(segment: Pick<XliffSegment, 'state' | 'confirmation' | 'target'>): ImportedStatus | null {
  if (segment.target === null || segment.target.trim() === '') return null;
  if (segment.confirmation !== null) {
    if (segment.confirmation === 'Translated') return 'submitted';
    if (segment.confirmation === 'ApprovedTranslation' || segment.confirmation === 'ApprovedSignOff') return 'approved';
    return null;
  }
  if (segment.state === 'translated') return 'submitted';
  if (segment.state === 'signed-off' || segment.state === 'final' || segment.state === 'reviewed') return 'approved';
  return null;
}

const ORDER_12 = [
  'new',
  'needs-translation',
  'needs-adaptation',
  'needs-l10n',
  'needs-review-translation',
  'needs-review-adaptation',
  'needs-review-l10n',
  'translated',
  'signed-off',
  'final',
];
const ORDER_20 = ['initial', 'translated', 'reviewed', 'final'];

function leastAdvanced(version: XliffVersion, states: readonly string[]): string {
  const order = version === '1.2' ? ORDER_12 : ORDER_20;
  return [...states].sort((a, b) => order.indexOf(a) - order.indexOf(b))[0] ?? states[0] ?? '';
}

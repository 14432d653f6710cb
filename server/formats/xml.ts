/**
 * The one XML reader for files people upload (XLIFF, TMX, TBX): saxes underneath, strict, with
 * hard limits so that no file can make the reader slow or deep. Document type declarations are
 * refused outright, since they are where entity-expansion bombs and external entities live and no
 * such file needs one; nesting deeper than 256 elements (saxes resolves namespaces by walking the
 * open elements, so depth costs time squared), attribute values over 64 KiB, more than 256
 * attributes or 64 namespace declarations on one element, or more than 1024 namespaces in a file
 * stop the reading at once. Errors say line and column. The tree built by parseXml is walked
 * without recursion.
 */
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';

export class XmlError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(`line ${line}, column ${column}: ${message}`);
    this.name = 'XmlError';
  }
}

export interface XmlLimits {
  maxDepth: number;
  maxAttributeLength: number;
  maxAttributes: number;
  maxNamespaceDeclarations: number;
  maxNamespaces: number;
}

export const XML_LIMITS: XmlLimits = {
  maxDepth: 256,
  maxAttributeLength: 64 * 1024,
  maxAttributes: 256,
  maxNamespaceDeclarations: 64,
  maxNamespaces: 1024,
};

/** Where the reader is: the tag's start and end in the text (UTF-16 offsets), for splicing. */
export interface XmlPosition {
  /** Offset just after the last character read. */
  position: number;
  line: number;
  column: number;
}

export interface XmlHandlers {
  opentag?: (tag: SaxesTagNS) => void;
  closetag?: (tag: SaxesTagNS) => void;
  text?: (text: string) => void;
  cdata?: (text: string) => void;
}

export interface XmlReadOptions {
  limits?: Partial<XmlLimits>;
  /** A namespace for a prefix used without a declaration (some tools write them). */
  resolvePrefix?: (prefix: string) => string | undefined;
  /** Called now and then with the share of the text read so far (0 to 1). */
  onProgress?: (share: number) => void;
  /** What to say of a DOCTYPE (the format's name goes in the message). */
  doctypeMessage?: string;
}

/** Stops the reading from inside a handler: the error is thrown out of readXml as it is. */
class Abort extends Error {
  constructor(readonly error: Error) {
    super(error.message);
  }
}

/** The reader's state for handlers: position, the text read lately, and a way to fail at the current place. */
export interface XmlCursor {
  readonly position: number;
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  /** Throws an XmlError at the current line and column, which stops the reading. */
  fail(message: string): never;
  /** Stops the reading with this error (the caller's own kind). */
  abort(error: Error): never;
  /** The text between two offsets (both at or after what was released). */
  slice(start: number, end: number): string;
  /** The last offset of `needle` that starts at or before `before` (not before what was released), or -1. */
  lastIndexOf(needle: string, before: number): number;
  /** The text before this offset is no longer needed (a long file is never held whole). */
  release(upTo: number): void;
}

const SLICE = 1 << 20;

/**
 * Reads XML written to it piece by piece (a file of any length, in bounded memory), calling the
 * handlers as it goes; `write` and `close` throw XmlError (or what a handler aborts with) at the
 * first problem. Offsets are UTF-16 positions in the text without its byte-order mark.
 */
export class XmlStream {
  private readonly parser: SaxesParser<{ xmlns: true; position: true }>;
  /** The text from `windowStart` on, as far as it was written. */
  private window = '';
  private windowStart = 0;
  private keepFrom = 0;
  private written = 0;
  private first = true;
  private failed: Error | null = null;

  constructor(handlers: (cursor: XmlCursor) => XmlHandlers, options: XmlReadOptions = {}) {
    const limits = { ...XML_LIMITS, ...options.limits };
    const parser = new SaxesParser({
      xmlns: true,
      position: true,
      ...(options.resolvePrefix ? { resolvePrefix: options.resolvePrefix } : {}),
    });
    this.parser = parser;
    const cursor: XmlCursor = {
      get position() {
        return parser.position;
      },
      get line() {
        return parser.line;
      },
      get column() {
        return parser.column + 1;
      },
      fail(message: string): never {
        throw new Abort(new XmlError(parser.line, parser.column + 1, message));
      },
      abort(error: Error): never {
        throw new Abort(error);
      },
      slice: (start, end) => this.window.slice(start - this.windowStart, end - this.windowStart),
      lastIndexOf: (needle, before) => {
        const at = this.window.lastIndexOf(needle, before - this.windowStart);
        return at < 0 ? -1 : at + this.windowStart;
      },
      release: (upTo) => {
        this.keepFrom = Math.max(this.keepFrom, upTo);
      },
    };
    const on = handlers(cursor);
    let depth = 0;
    let attributes = 0;
    let declarations = 0;
    const namespaces = new Set<string>();

    parser.on('error', (error) => cursor.fail(error.message.replace(/^.*?\d+:\d+: /, '')));
    parser.on('doctype', () => {
      // said where the declaration starts (the event comes at its end)
      const start = cursor.lastIndexOf('<!DOCTYPE', parser.position);
      const before = start >= 0 ? cursor.slice(this.windowStart, start) : '';
      const line = start >= 0 && this.windowStart === 0 ? before.split('\n').length : parser.line;
      throw new Abort(
        new XmlError(
          line,
          start >= 0 && this.windowStart === 0 ? before.length - before.lastIndexOf('\n') : parser.column + 1,
          options.doctypeMessage ?? 'a DOCTYPE is not allowed (document type declarations can hide entity bombs and external entities)',
        ),
      );
    });
    parser.on('opentagstart', () => {
      depth += 1;
      attributes = 0;
      declarations = 0;
      if (depth > limits.maxDepth) cursor.fail(`elements are nested more than ${limits.maxDepth} deep`);
    });
    parser.on('attribute', (attribute: SaxesAttributeNS) => {
      attributes += 1;
      if (attributes > limits.maxAttributes) cursor.fail(`an element has more than ${limits.maxAttributes} attributes`);
      if (attribute.value.length > limits.maxAttributeLength) {
        cursor.fail(`the attribute ${attribute.name} is longer than ${limits.maxAttributeLength} characters`);
      }
      if (attribute.name === 'xmlns' || attribute.name.startsWith('xmlns:')) {
        declarations += 1;
        if (declarations > limits.maxNamespaceDeclarations) {
          cursor.fail(`an element declares more than ${limits.maxNamespaceDeclarations} namespaces`);
        }
        namespaces.add(attribute.value);
        if (namespaces.size > limits.maxNamespaces) cursor.fail(`the file uses more than ${limits.maxNamespaces} namespaces`);
      }
    });
    parser.on('opentag', (tag) => {
      on.opentag?.(tag);
      // a self-closing element is closed at once (saxes reports its closetag next)
    });
    parser.on('closetag', (tag) => {
      depth -= 1;
      on.closetag?.(tag);
    });
    if (on.text) parser.on('text', on.text);
    if (on.cdata) parser.on('cdata', on.cdata);
  }

  /** How much text was written so far. */
  get length(): number {
    return this.written;
  }

  private guard(run: () => void): void {
    if (this.failed) throw this.failed;
    try {
      run();
    } catch (error) {
      this.failed =
        error instanceof Abort
          ? error.error
          : error instanceof Error
            ? new XmlError(this.parser.line, this.parser.column + 1, error.message.replace(/^.*?\d+:\d+: /, ''))
            : new Error(String(error));
      throw this.failed;
    }
  }

  write(chunk: string): void {
    let text = chunk;
    if (this.first && text.length > 0) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    // what was released goes: the window holds the text still needed and the new piece
    if (this.keepFrom > this.windowStart) {
      const drop = Math.min(this.window.length, this.keepFrom - this.windowStart);
      this.window = this.window.slice(drop);
      this.windowStart += drop;
    }
    this.window += text;
    this.written += text.length;
    this.guard(() => this.parser.write(text));
  }

  close(): void {
    this.guard(() => this.parser.close());
  }
}

/**
 * Reads `text` as a stream of events, calling the handlers; throws XmlError (or what a handler
 * aborts with) at the first problem, without reading further.
 */
export function readXml(text: string, handlers: (cursor: XmlCursor) => XmlHandlers, options: XmlReadOptions = {}): void {
  const stream = new XmlStream(handlers, options);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // written in slices so that progress can be told
  for (let at = 0; at < body.length; at += SLICE) {
    stream.write(body.slice(at, at + SLICE));
    options.onProgress?.(Math.min(1, (at + SLICE) / body.length));
  }
  stream.close();
}

export interface XmlElement {
  /** Local name, without prefix. */
  name: string;
  /** Attributes by qualified name ("xml:lang", "type"). */
  attributes: Record<string, string>;
  children: XmlNode[];
  line: number;
}

export type XmlNode = XmlElement | string;

/** Reads a whole (small) file into a tree: glossaries and TMX. */
export function parseXml(text: string, options: XmlReadOptions = {}): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  readXml(
    text,
    (cursor) => ({
      opentag: (tag) => {
        const attributes: Record<string, string> = {};
        for (const attribute of Object.values(tag.attributes)) attributes[attribute.name] = attribute.value;
        const element: XmlElement = { name: tag.local, attributes, children: [], line: cursor.line };
        stack.at(-1)?.children.push(element);
        stack.push(element);
        root ??= element;
      },
      closetag: () => {
        stack.pop();
      },
      text: (value) => {
        stack.at(-1)?.children.push(value);
      },
      cdata: (value) => {
        stack.at(-1)?.children.push(value);
      },
    }),
    options,
  );
  if (!root) throw new XmlError(1, 1, 'the file holds no XML element');
  return root;
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && (name === undefined || child.name === name));
}

/** Every descendant element with one of the given local names, in document order (no recursion). */
export function descendants(element: XmlElement, names: ReadonlySet<string>): XmlElement[] {
  const out: XmlElement[] = [];
  const pending: XmlElement[] = childElements(element).reverse();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (names.has(next.name)) out.push(next);
    const children = childElements(next);
    for (let i = children.length - 1; i >= 0; i -= 1) pending.push(children[i] as XmlElement);
  }
  return out;
}

/**
 * The text of an element and all it holds, in document order (no recursion); `skip` leaves out
 * the content of elements so named (native code in TMX, say).
 */
export function textOf(element: XmlElement, skip: ReadonlySet<string> = new Set()): string {
  let out = '';
  const pending: XmlNode[] = [...element.children].reverse();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next === 'string') out += next;
    else if (!skip.has(next.name)) for (let i = next.children.length - 1; i >= 0; i -= 1) pending.push(next.children[i] as XmlNode);
  }
  return out;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/**
 * A small XML reader for files people upload (TBX glossaries): saxes underneath, strict, with
 * document type declarations refused outright, since they are where entity-expansion bombs and
 * external entities live and no glossary needs one. Errors say line and column.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

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

export interface XmlElement {
  /** Local name, without prefix. */
  name: string;
  /** Attributes by qualified name ("xml:lang", "type"). */
  attributes: Record<string, string>;
  children: XmlNode[];
  line: number;
}

export type XmlNode = XmlElement | string;

export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: XmlError | undefined;
  const fail = (message: string) => {
    failure ??= new XmlError(parser.line, parser.column, message);
  };
  parser.on('error', (error) => {
    fail(error.message.replace(/^\d+:\d+: /, ''));
  });
  parser.on('doctype', () => fail('a DOCTYPE is not allowed (document type declarations can hide entity bombs)'));
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) attributes[attribute.name] = attribute.value;
    const element: XmlElement = { name: tag.local, attributes, children: [], line: parser.line };
    stack.at(-1)?.children.push(element);
    stack.push(element);
    root ??= element;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (value) => {
    stack.at(-1)?.children.push(value);
  });
  parser.on('cdata', (value) => {
    stack.at(-1)?.children.push(value);
  });
  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (failure) throw failure;
  if (!root) throw new XmlError(1, 1, 'the file holds no XML element');
  return root;
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && (name === undefined || child.name === name));
}

/** Every descendant element with one of the given local names, in document order. */
export function descendants(element: XmlElement, names: ReadonlySet<string>): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of childElements(element)) {
    if (names.has(child.name)) out.push(child);
    out.push(...descendants(child, names));
  }
  return out;
}

export function textOf(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/**
 * TBX glossaries: TBX v3 (ISO 30042:2019, <tbx>, conceptEntry/langSec/termSec) and the older TBX v2
 * (<martif>, termEntry/langSet/tig or ntig) are read; TBX-Basic v3 is written. Within a concept the
 * source language's term is the term; in the target language, preferred or admitted terms are
 * renderings (the first one the preferred) and deprecated or superseded terms forbidden ones.
 * Definitions and notes become the note; <admin type="doNotTranslate">yes</admin> on the concept
 * (Tilik's own marker, written on export) makes the term do-not-translate.
 */
import type { GlossaryPair, GlossaryTermInput } from '../../shared/schemas';
import { childElements, descendants, escapeXml, parseXml, textOf, XmlError, type XmlElement } from './xml';

export class TbxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TbxError';
  }
}

const CONCEPTS = new Set(['conceptEntry', 'termEntry']);
const LANGUAGES = new Set(['langSec', 'langSet']);
const TERMS = new Set(['termSec', 'tig', 'termGrp']);
const FORBIDDEN_STATUS = /deprecated|superseded|notRecommended/i;

function base(lang: string): string {
  return lang.split('-')[0]?.toLowerCase() ?? '';
}

function languageOf(element: XmlElement): string {
  return element.attributes['xml:lang'] ?? element.attributes.lang ?? '';
}

function matches(lang: string, wanted: string): boolean {
  return lang.toLowerCase() === wanted.toLowerCase() || base(lang) === base(wanted);
}

interface TermEntry {
  text: string;
  forbidden: boolean;
}

function termsOf(langSec: XmlElement): TermEntry[] {
  const out: TermEntry[] = [];
  for (const group of descendants(langSec, TERMS)) {
    const term = childElements(group, 'term')[0];
    if (!term) continue;
    const notes = descendants(group, new Set(['termNote']));
    const status = notes
      .filter((note) => /administrativeStatus|normativeAuthorization/i.test(note.attributes.type ?? ''))
      .map((note) => textOf(note))
      .join(' ');
    out.push({ text: textOf(term).replace(/\s+/g, ' ').trim(), forbidden: FORBIDDEN_STATUS.test(status) });
  }
  return out.filter((entry) => entry.text !== '');
}

function notesOf(concept: XmlElement): string {
  const notes = descendants(concept, new Set(['descrip', 'note']))
    .filter((element) => element.name === 'note' || /definition|note|context/i.test(element.attributes.type ?? ''))
    .map((element) => textOf(element).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return [...new Set(notes)].join(' ');
}

function flagOf(concept: XmlElement, name: RegExp): boolean {
  return descendants(concept, new Set(['admin', 'descrip', 'termNote'])).some(
    (element) => name.test(element.attributes.type ?? '') && /^(?:yes|true|1)$/i.test(textOf(element).trim()),
  );
}

export interface TbxImport {
  terms: GlossaryTermInput[];
  /** Concepts without a term in both languages of the pair. */
  skipped: number;
}

export function parseTbx(text: string, pair: GlossaryPair): TbxImport {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (error) {
    if (error instanceof XmlError) throw new TbxError(`not XML that Tilik can read: ${error.message}`);
    throw error;
  }
  if (root.name !== 'tbx' && root.name !== 'martif') {
    throw new TbxError(`not a TBX file: the root element is <${root.name}>, expected <tbx> (TBX v3) or <martif> (TBX v2)`);
  }
  const terms: GlossaryTermInput[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (const concept of descendants(root, CONCEPTS)) {
    const sections = childElements(concept).filter((child) => LANGUAGES.has(child.name));
    const sourceSection = sections.find((section) => matches(languageOf(section), pair.sourceLang));
    const targetSection = sections.find((section) => matches(languageOf(section), pair.targetLang));
    const source = sourceSection ? termsOf(sourceSection).find((entry) => !entry.forbidden) : undefined;
    const doNotTranslate = flagOf(concept, /doNotTranslate/i);
    const targets = targetSection ? termsOf(targetSection) : [];
    const preferred = targets.find((entry) => !entry.forbidden)?.text ?? (doNotTranslate ? source?.text : undefined);
    if (!source || !preferred) {
      skipped += 1;
      continue;
    }
    const key = source.text.toLowerCase();
    if (seen.has(key)) throw new TbxError(`the term "${source.text}" is defined twice (line ${concept.line})`);
    seen.add(key);
    terms.push({
      source: source.text,
      target: preferred,
      forbidden: targets.filter((entry) => entry.forbidden).map((entry) => entry.text),
      note: notesOf(concept),
      doNotTranslate,
      caseSensitive: flagOf(concept, /caseSensitive/i),
    });
  }
  return { terms, skipped };
}

export function glossaryToTbx(pair: GlossaryPair, terms: readonly GlossaryTermInput[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<tbx style="dca" type="TBX-Basic" xml:lang="${escapeXml(pair.sourceLang)}" xmlns="urn:iso:std:iso:30042:ed-2">`,
    '  <tbxHeader><fileDesc><sourceDesc><p>Exported from Tilik</p></sourceDesc></fileDesc></tbxHeader>',
    '  <text>',
    '    <body>',
  ];
  terms.forEach((term, index) => {
    lines.push(`      <conceptEntry id="c${index + 1}">`);
    if (term.note) lines.push(`        <descrip type="definition">${escapeXml(term.note)}</descrip>`);
    if (term.doNotTranslate) lines.push('        <admin type="doNotTranslate">yes</admin>');
    if (term.caseSensitive) lines.push('        <admin type="caseSensitive">yes</admin>');
    lines.push(`        <langSec xml:lang="${escapeXml(pair.sourceLang)}">`);
    lines.push(`          <termSec><term>${escapeXml(term.source)}</term></termSec>`);
    lines.push('        </langSec>');
    lines.push(`        <langSec xml:lang="${escapeXml(pair.targetLang)}">`);
    lines.push(
      `          <termSec><term>${escapeXml(term.target)}</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>`,
    );
    for (const forbidden of term.forbidden) {
      lines.push(
        `          <termSec><term>${escapeXml(forbidden)}</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>`,
      );
    }
    lines.push('        </langSec>');
    lines.push('      </conceptEntry>');
  });
  lines.push('    </body>', '  </text>', '</tbx>', '');
  return lines.join('\n');
}

/**
 * Runs every rule on a pair of texts, or on a whole document (gathering document-wide facts
 * first), and tidies the result: findings sorted by position, and a finding dropped when a more
 * specific one already covers its span (a "curbs" hit inside an "export curbs" hit, an
 * untranslated word that the glossary already forbids).
 */
import { analyze, type Analysis } from './analyze';
import type { DocumentContext, RuleContext } from './context';
import { EMPTY_GLOSSARY, type CompiledGlossary } from './glossary';
import { extractNames } from './names';
import { RULES, type RuleId } from './rules';
import {
  consistencyFromRenderings,
  contextFromCounts,
  gatherRenderings,
  namesShownIn,
  renderingsOfPair,
  sentenceKeysIn,
  watchedNames,
  type Rendering,
} from './rules/consistency';
import type { Finding, SegmentPair } from './types';
import { acronymNamesIn, documentAcronyms } from './documentAcronyms';

export interface QaOptions {
  sourceLang: string;
  targetLang: string;
  glossary?: CompiledGlossary;
  document?: DocumentContext;
}

const EMPTY_DOCUMENT: DocumentContext = { renderings: {} };

/** Findings of rule A make contained findings of these rules redundant. */
const SUBSUMES: Partial<Record<RuleId, ReadonlySet<RuleId>>> = {
  'glossary.forbidden': new Set<RuleId>([
    'glossary.forbidden',
    'glossary.missing',
    'untranslated',
    'names.variant',
    'acronym.unexplained',
    'consistency',
  ]),
  'glossary.missing': new Set<RuleId>(['glossary.missing', 'consistency', 'names.variant', 'untranslated']),
  'names.dnt': new Set<RuleId>(['names.variant', 'spacing.hyphen', 'spacing.glued', 'untranslated', 'acronym.unexplained']),
  'names.variant': new Set<RuleId>(['spacing.hyphen', 'untranslated', 'acronym.unexplained']),
  'brackets.changed': new Set<RuleId>(['acronym.unexplained', 'spacing.punctuation']),
  'spacing.glued': new Set<RuleId>(['names.variant', 'untranslated']),
  // an opposite swapped that is a negation too ("included" → "tidak termasuk"), the side of a
  // contrast that moved ("au retrait …, et non au dépôt"), or a count that is one side of a pair ("on
  // one side" → "des deux côtés"), or a quantity that is one side of a pair ("half price" → "harga
  // penuh"), is one finding
  'direction.inverted': new Set<RuleId>([
    'polarity.added',
    'polarity.dropped',
    'contrast.swapped',
    'sequence.swapped',
    'numbers.changed',
    'quantifier.changed',
  ]),
  // (and the other way round, where the lost negation's words hold the opposite: "no longer
  // infectious" → "masih menular" is one finding)
  'polarity.dropped': new Set<RuleId>(['direction.inverted']),
  // a period changed after a figure ("dua hari sebulan") is the numbers rule's, reported once
  // (and one said again inside a longer one, by another rule: "beberapa minggu" holds "minggu")
  'numbers.changed': new Set<RuleId>(['frequency.changed', 'numbers.changed']),
  'frequency.changed': new Set<RuleId>(['numbers.changed']),
  // two figures swapped across a "not" ("iOS 16, bukan di iOS 17") are the numbers rule's, reported once
  'numbers.swapped': new Set<RuleId>(['contrast.swapped', 'sequence.swapped']),
  repetition: new Set<RuleId>(['repetition']),
  untranslated: new Set<RuleId>(['untranslated']),
};

const ORDER = new Map<RuleId, number>(RULES.flatMap((rule, i) => rule.ids.map((id) => [id, i] as [RuleId, number])));

/** The order findings are reported in: by position, longer spans first at each, then by rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || b.end - a.end || (ORDER.get(a.rule) ?? 0) - (ORDER.get(b.rule) ?? 0);
}

function tidy(findings: Finding[]): Finding[] {
  // longer spans first at each position, so a container is kept before what it contains
  const sorted = [...findings].sort(compareFindings);
  const kept: Finding[] = [];
  for (const candidate of sorted) {
    const isDuplicate = kept.some(
      (other) =>
        other.rule === candidate.rule &&
        other.start === candidate.start &&
        other.end === candidate.end &&
        other.params.term === candidate.params.term,
    );
    const isSubsumed = kept.some(
      (other) =>
        other.end > other.start &&
        other.start <= candidate.start &&
        candidate.end <= other.end &&
        SUBSUMES[other.rule]?.has(candidate.rule) === true,
    );
    if (!isDuplicate && !isSubsumed) kept.push(candidate);
  }
  return kept;
}

interface AnalysedPair {
  source: Analysis | null;
  target: Analysis;
}

function analysePair(pair: SegmentPair, options: QaOptions): AnalysedPair {
  return {
    source: pair.source.trim() === '' ? null : analyze(pair.source, options.sourceLang),
    target: analyze(pair.target, options.targetLang),
  };
}

function checkAnalysed({ source, target }: AnalysedPair, options: QaOptions): Finding[] {
  const context: RuleContext = {
    sourceLang: options.sourceLang,
    targetLang: options.targetLang,
    source,
    target,
    glossary: options.glossary ?? EMPTY_GLOSSARY,
    document: options.document ?? EMPTY_DOCUMENT,
    sourceNames: source ? extractNames(source) : [],
  };
  const findings: Finding[] = [];
  for (const rule of RULES) findings.push(...rule.check(context));
  return tidy(findings);
}

/** Every finding for one target paragraph and its source (empty string: no source). */
export function checkPair(pair: SegmentPair, options: QaOptions): Finding[] {
  return checkAnalysed(analysePair(pair, options), options);
}

/** What is stored for one text of a segment: its findings but consistency's, and its renderings of names. */
export interface TextCheck {
  findings: Finding[];
  renderings: Rendering[];
}

/** The document's facts a pair is checked with before consistency: its acronyms, if known. */
function withoutRenderings(document: DocumentContext | undefined): DocumentContext {
  return document?.acronyms ? { renderings: {}, acronyms: document.acronyms } : EMPTY_DOCUMENT;
}

/**
 * Checks one pair for storing: every rule but the document-wide one (consistency comes from the
 * document's running counts of renderings, so the pair's renderings of the watched names are
 * returned for them); of the document's facts, only its acronyms are used.
 */
export function checkForStore(pair: SegmentPair, options: QaOptions, names: ReadonlySet<string>): TextCheck {
  const analysed = analysePair(pair, options);
  return {
    findings: checkAnalysed(analysed, { ...options, document: withoutRenderings(options.document) }),
    renderings: renderingsOfPair(analysed.source, analysed.target, names),
  };
}

/**
 * Checks one pair of a text whose names are not known yet (its pairs are checked in any order, on
 * several threads): also the names its source shows, and the renderings of every word of the
 * source with a capital; withConsistency keeps those of the document's names.
 */
export function checkUnknowingNames(pair: SegmentPair, options: QaOptions): TextCheck & { names: string[] } {
  const analysed = analysePair(pair, options);
  return {
    findings: checkAnalysed(analysed, { ...options, document: withoutRenderings(options.document) }),
    renderings: renderingsOfPair(analysed.source, analysed.target, 'any'),
    // its names, and its sentences (the document's repeated ones are watched like names)
    names: analysed.source ? [...namesShownIn(analysed.source), ...sentenceKeysIn(analysed.source)] : [],
  };
}

/**
 * The names a source paragraph shows by their shape, and the acronyms it introduces (marked: a document's names
 * are all of its sources', and any paragraph's translation may use an acronym one of them introduced).
 */
export function namesOfSource(source: string, sourceLang: string): string[] {
  return source.trim() === '' ? [] : [...namesShownIn(analyze(source, sourceLang)), ...acronymNamesIn(source)];
}

export interface DocumentResult {
  findings: Finding[][];
  context: DocumentContext;
}

/** Checks every pair of a document, with the document-wide facts gathered first. */
export function checkDocument(pairs: readonly SegmentPair[], options: QaOptions): DocumentResult {
  const analysed = pairs.map((pair) => analysePair(pair, options));
  const context = options.document ?? {
    ...gatherRenderings(analysed, options.glossary),
    acronyms: documentAcronyms(pairs.map((pair) => pair.source)),
  };
  const withContext = { ...options, document: context };
  return { findings: analysed.map((pair) => checkAnalysed(pair, withContext)), context };
}

/** The document-wide facts of consistency: how often each name is rendered each way, over all the pairs' renderings. */
export function contextOfRenderings(lists: Iterable<readonly Rendering[]>) {
  const counts = new Map<string, Map<string, number>>();
  for (const renderings of lists) {
    for (const rendering of renderings) {
      let byRendering = counts.get(rendering.name);
      if (!byRendering) {
        byRendering = new Map();
        counts.set(rendering.name, byRendering);
      }
      byRendering.set(rendering.text, (byRendering.get(rendering.text) ?? 0) + 1);
    }
  }
  return contextFromCounts(counts);
}

/**
 * The consistency findings of checked pairs, from the renderings each check found (counted over
 * all of them first), merged into each pair's findings in the engine's order.
 */
export function withConsistency(pairs: readonly SegmentPair[], checks: readonly TextCheck[], watched?: ReadonlySet<string>): Finding[][] {
  const kept = watched
    ? checks.map((check) => check.renderings.filter((rendering) => watched.has(rendering.name)))
    : checks.map((check) => check.renderings);
  const context = contextOfRenderings(kept);
  return checks.map((check, k) => {
    const pair = pairs[k] as SegmentPair;
    const consistency = consistencyFromRenderings(pair.target, pair.source, kept[k] as Rendering[], context, check.findings);
    return consistency.length === 0 ? check.findings : [...check.findings, ...consistency].sort(compareFindings);
  });
}

/**
 * What checkDocument finds, in memory that grows with the findings rather than the texts: each
 * pair is analysed once, checked, and its analysis dropped; consistency follows at the end from
 * the renderings counted along the way, of the names all the sources show.
 */
export function checkPairs(pairs: readonly SegmentPair[], options: Omit<QaOptions, 'document'>): Finding[][] {
  const document = { renderings: {}, acronyms: documentAcronyms(pairs.map((pair) => pair.source)) };
  const checks = pairs.map((pair) => checkUnknowingNames(pair, { ...options, document }));
  const watched = watchedNames(
    checks.flatMap((check) => check.names),
    options.glossary ?? EMPTY_GLOSSARY,
  );
  return withConsistency(pairs, checks, watched);
}

/**
 * Quality scoring the MQM way: a reviewer records errors (category, severity) on spans of the
 * translation; each error costs penalty points by severity, and the score is the penalty per
 * 1,000 source words, for the document and for each segment. Pure, so the server reports it, the
 * client previews it, and the tests pin it down.
 */
import type { RuleId } from './qa/rules/ids';
import type { Severity } from './qa/types';
import { needsSegmenter, tokenize } from './text/tokenize';

export const MQM_CATEGORIES = [
  'accuracy/mistranslation',
  'accuracy/omission',
  'accuracy/addition',
  'accuracy/untranslated',
  'fluency/grammar',
  'fluency/spelling',
  'fluency/punctuation',
  'terminology',
  'style',
  'locale-convention',
  'non-translation',
] as const;
export type MqmCategory = (typeof MQM_CATEGORIES)[number];

export type SeverityWeights = Record<Severity, number>;

/** The usual MQM weights: a critical error costs as much as 25 minor ones. */
export const DEFAULT_WEIGHTS: SeverityWeights = { minor: 1, major: 5, critical: 25 };

export interface ScoredError {
  segmentId: number;
  category: MqmCategory;
  severity: Severity;
}

export interface PenaltyTally {
  errors: number;
  penalty: number;
}

export interface SegmentScore extends PenaltyTally {
  segmentId: number;
  sourceWords: number;
  /** Penalty per 1,000 source words of this segment (null for a segment without source words). */
  perThousand: number | null;
}

export interface QualityScore extends PenaltyTally {
  weights: SeverityWeights;
  sourceWords: number;
  /** Penalty points per 1,000 source words of the document: 0 is flawless, higher is worse. */
  perThousand: number;
  byCategory: Record<MqmCategory, PenaltyTally>;
  bySeverity: Record<Severity, PenaltyTally>;
  segments: SegmentScore[];
}

/**
 * Source words as translation tools count them: runs between spaces that hold a letter or digit
 * ("(un)intended," and "2.5" are one word each, a lone dash none); in scripts written without
 * spaces, the words the segmenter finds.
 */
export function sourceWordCount(source: string, lang?: string): number {
  let count = 0;
  for (const chunk of source.split(/\s+/u)) {
    if (!/[\p{L}\p{N}]/u.test(chunk)) continue;
    if (needsSegmenter(chunk)) {
      for (const token of tokenize(chunk, lang)) if (token.kind === 'word') count += 1;
    } else {
      count += 1;
    }
  }
  return count;
}

const perThousand = (penalty: number, words: number) => (words === 0 ? 0 : (penalty * 1000) / words);

function tallies<K extends string>(keys: readonly K[]): Record<K, PenaltyTally> {
  return Object.fromEntries(keys.map((key) => [key, { errors: 0, penalty: 0 }])) as Record<K, PenaltyTally>;
}

/**
 * The score of a document from its segments' source word counts (in document order) and the
 * errors recorded on them. Errors on segments not listed are ignored.
 */
export function scoreQuality(
  segments: ReadonlyArray<{ segmentId: number; sourceWords: number }>,
  errors: readonly ScoredError[],
  weights: SeverityWeights = DEFAULT_WEIGHTS,
): QualityScore {
  const bySegment = new Map<number, SegmentScore>();
  for (const segment of segments) {
    bySegment.set(segment.segmentId, {
      segmentId: segment.segmentId,
      sourceWords: segment.sourceWords,
      errors: 0,
      penalty: 0,
      perThousand: null,
    });
  }
  const byCategory = tallies(MQM_CATEGORIES);
  const bySeverity = tallies<Severity>(['minor', 'major', 'critical']);
  let penalty = 0;
  let count = 0;
  for (const error of errors) {
    const segment = bySegment.get(error.segmentId);
    if (!segment) continue;
    const cost = weights[error.severity];
    segment.errors += 1;
    segment.penalty += cost;
    byCategory[error.category].errors += 1;
    byCategory[error.category].penalty += cost;
    bySeverity[error.severity].errors += 1;
    bySeverity[error.severity].penalty += cost;
    penalty += cost;
    count += 1;
  }
  let sourceWords = 0;
  for (const segment of bySegment.values()) {
    sourceWords += segment.sourceWords;
    segment.perThousand = segment.sourceWords === 0 ? null : perThousand(segment.penalty, segment.sourceWords);
  }
  return {
    weights,
    sourceWords,
    errors: count,
    penalty,
    perThousand: perThousand(penalty, sourceWords),
    byCategory,
    bySeverity,
    segments: [...bySegment.values()],
  };
}

/** The MQM category a QA finding points at, for turning a finding into an annotation in one click. */
export function categoryOfRule(rule: RuleId): MqmCategory {
  if (rule === 'glossary.forbidden' || rule === 'glossary.missing' || rule === 'consistency') return 'terminology';
  if (rule === 'names.changed') return 'accuracy/mistranslation';
  if (rule.startsWith('names.')) return 'terminology';
  if (rule === 'numbers.currency' || rule === 'numbers.format') return 'locale-convention';
  if (rule.startsWith('numbers.')) return 'accuracy/mistranslation';
  if (rule.startsWith('spacing.') || rule === 'punctuation.unbalanced') return 'fluency/punctuation';
  if (rule === 'repetition') return 'fluency/grammar';
  if (rule.startsWith('placeholders.')) return 'locale-convention';
  if (
    rule.startsWith('literals.') ||
    rule.startsWith('polarity.') ||
    rule === 'limits.inverted' ||
    rule === 'direction.inverted' ||
    rule === 'quantifier.changed' ||
    rule === 'modality.changed' ||
    rule === 'colour.changed' ||
    rule === 'material.changed' ||
    rule === 'vehicle.changed' ||
    rule === 'format.changed' ||
    rule === 'papers.changed' ||
    rule === 'body.changed' ||
    rule === 'substance.changed' ||
    rule === 'condition.changed' ||
    rule === 'frequency.changed' ||
    rule === 'restriction.dropped' ||
    rule === 'restriction.added' ||
    rule === 'person.changed' ||
    rule === 'contrast.swapped' ||
    rule === 'sequence.swapped' ||
    rule === 'sense.wrong'
  )
    return 'accuracy/mistranslation';
  if (rule === 'untranslated') return 'accuracy/untranslated';
  if (rule === 'acronym.unexplained' || rule === 'acronym.replaced' || rule === 'brackets.changed') return 'accuracy/mistranslation';
  if (rule === 'alignment.extra') return 'accuracy/addition';
  // (form.dropped and alignment.missing)
  return 'accuracy/omission';
}

/** Edit distance between two short strings, for telling a misspelling from a different word. */
function charDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/**
 * The category an editor's correction most likely fixed, from what was there (`before`) and what
 * replaced it (`after`): a suggestion the reviewer confirms or changes, never a verdict.
 */
export function suggestCategory(before: string, after: string, lang?: string): MqmCategory {
  const wordsBefore = tokenize(before, lang).filter((token) => token.kind === 'word');
  const wordsAfter = tokenize(after, lang).filter((token) => token.kind === 'word');
  const letters = (words: typeof wordsBefore) => words.map((word) => word.text.toLocaleLowerCase(lang)).join(' ');
  if (letters(wordsBefore) === letters(wordsAfter)) {
    return wordsBefore.map((w) => w.text).join(' ') === wordsAfter.map((w) => w.text).join(' ')
      ? 'fluency/punctuation'
      : 'fluency/spelling';
  }
  if (wordsBefore.length === 0) return 'accuracy/omission';
  if (wordsAfter.length === 0) return 'accuracy/addition';
  if (wordsBefore.length === 1 && wordsAfter.length === 1) {
    const a = (wordsBefore[0] as (typeof wordsBefore)[number]).text.toLocaleLowerCase(lang);
    const b = (wordsAfter[0] as (typeof wordsAfter)[number]).text.toLocaleLowerCase(lang);
    if (charDistance(a, b) <= Math.max(1, Math.floor(Math.max(a.length, b.length) / 4))) return 'fluency/spelling';
  }
  return 'accuracy/mistranslation';
}

/**
 * QA of a source text and its translation given as two plain texts (the command line's input):
 * split into paragraphs, align them, check each aligned unit, and report findings per target
 * paragraph with the source paragraph it answers to.
 *
 * Memory grows with the texts and the findings, never with the analyses: each unit is analysed,
 * checked and dropped, and consistency follows from the renderings of names counted on the way.
 * Long texts go through qaStream.ts, which makes the same report on every core.
 */
import { checkPairs, compileGlossary, formatMessage, QA_MESSAGES_EN, type Finding, type QaTerm, type SegmentPair } from '../../shared/qa';
import type { RuleId, Severity } from '../../shared/qa';
import { alignParagraphs, type AlignedGroup } from '../../shared/text/align';
import { splitParagraphs } from '../../shared/text/paragraphs';

/** One finding as the command line prints it (the JSON contract). */
export interface ParagraphFinding {
  segment: number;
  sourceSegment: number | null;
  rule: RuleId;
  severity: Severity;
  start: number;
  end: number;
  text: string;
  message: string;
  suggestion: string | null;
  /** The words of source paragraph `sourceSegment` the finding concerns (UTF-16 offsets), when it names some. */
  sourceStart: number | null;
  sourceEnd: number | null;
}

/** A finding's source span as offsets into the unit's first source paragraph (null when it has none, or lies further on). */
export function sourceOffsets(finding: Finding, firstSourceLength: number): { sourceStart: number | null; sourceEnd: number | null } {
  const span = finding.source;
  return span && span.end <= firstSourceLength ? { sourceStart: span.start, sourceEnd: span.end } : { sourceStart: null, sourceEnd: null };
}

export interface TextsReport {
  segments: number;
  sourceSegments: number;
  findings: ParagraphFinding[];
}

export interface TextsInput {
  source: string;
  target: string;
  sourceLang: string;
  targetLang: string;
  glossary?: readonly QaTerm[];
}

const SEPARATOR = '\n\n';

interface Plan {
  sources: string[];
  targets: string[];
  groups: AlignedGroup[];
  /** The groups with a translation, checked as a whole (a split paragraph's halves together). */
  units: AlignedGroup[];
  pairs: SegmentPair[];
}

function unitsOf(sources: string[], targets: string[], groups: AlignedGroup[]): Plan {
  const units = groups.filter((group) => group.target.length > 0);
  const pairs = units.map((group) => ({
    source: group.source.map((i) => sources[i]).join(SEPARATOR),
    target: group.target.map((i) => targets[i]).join(SEPARATOR),
  }));
  return { sources, targets, groups, units, pairs };
}

/** The findings of each unit, as the command line reports them: per target paragraph. */
function reportOf({ sources, targets, groups, units }: Plan, unitFindings: readonly Finding[][]): TextsReport {
  const findings: ParagraphFinding[] = [];
  units.forEach((group, u) => {
    const sourceSegment = group.source[0] ?? null;
    let offset = 0;
    const ranges = group.target.map((index) => {
      const range = { index, start: offset, end: offset + (targets[index]?.length ?? 0) };
      offset = range.end + SEPARATOR.length;
      return range;
    });
    for (const finding of unitFindings[u] ?? []) {
      // the paragraph the finding starts in; a span running past it is cut at its end
      const range = ranges.find((r) => finding.start <= r.end) ?? (ranges.at(-1) as (typeof ranges)[number]);
      const start = Math.max(0, finding.start - range.start);
      const end = Math.min(range.end - range.start, Math.max(start, finding.end - range.start));
      const text = targets[range.index] ?? '';
      findings.push({
        segment: range.index + 1,
        sourceSegment: sourceSegment === null ? null : sourceSegment + 1,
        rule: finding.rule,
        severity: finding.severity,
        start,
        end,
        text: text.slice(start, end),
        message: formatMessage(QA_MESSAGES_EN[finding.rule], finding.params),
        suggestion: finding.suggestion,
        ...sourceOffsets(finding, sourceSegment === null ? 0 : (sources[sourceSegment]?.length ?? 0)),
      });
    }
  });

  // a source paragraph without translation is reported on the target paragraph before the gap
  // (or, at the very start, the one after it)
  let lastTarget: number | undefined;
  const gaps: Array<{ group: AlignedGroup; before: number | undefined }> = [];
  for (const group of groups) {
    if (group.target.length > 0) lastTarget = group.target.at(-1);
    else gaps.push({ group, before: lastTarget });
  }
  const firstTarget = groups.find((group) => group.target.length > 0)?.target[0];
  for (const { group, before } of gaps) {
    const anchor = before ?? firstTarget;
    if (anchor === undefined) continue;
    const at = before !== undefined ? (targets[anchor]?.length ?? 0) : 0;
    for (const sourceIndex of group.source)
      findings.push(missingParagraph(anchor, sourceIndex, at, before !== undefined, sources[sourceIndex]?.length ?? 0));
  }

  findings.sort((a, b) => a.segment - b.segment || a.start - b.start || a.end - b.end);
  return { segments: targets.length, sourceSegments: sources.length, findings };
}

/** Checks two texts on this thread. */
/**
 * A source paragraph without translation, reported on target paragraph `anchor` (0-based): at its
 * end when the gap comes after it, else at its start.
 */
export function missingParagraph(anchor: number, sourceIndex: number, at: number, after: boolean, sourceLength: number): ParagraphFinding {
  return {
    segment: anchor + 1,
    sourceSegment: sourceIndex + 1,
    rule: 'alignment.missing',
    severity: 'major',
    start: at,
    end: at,
    text: '',
    message: `${QA_MESSAGES_EN['alignment.missing']} (source paragraph ${sourceIndex + 1}, ${after ? 'after' : 'before'} this paragraph)`,
    suggestion: null,
    sourceStart: 0,
    sourceEnd: sourceLength,
  };
}

export function checkTexts(input: TextsInput): TextsReport {
  const sources = splitParagraphs(input.source);
  const targets = splitParagraphs(input.target);
  const plan = unitsOf(sources, targets, alignParagraphs(sources, targets));
  const glossary = compileGlossary(input.glossary ?? [], input.sourceLang, input.targetLang);
  return reportOf(plan, checkPairs(plan.pairs, { sourceLang: input.sourceLang, targetLang: input.targetLang, glossary }));
}

/**
 * QA of a source text and its translation given as two plain texts (the command line's input):
 * split into paragraphs, align them, check each aligned unit, and report findings per target
 * paragraph with the source paragraph it answers to.
 */
import { checkDocument, compileGlossary, formatMessage, QA_MESSAGES_EN, type Finding, type QaTerm } from '../../shared/qa';
import type { RuleId, Severity } from '../../shared/qa';
import { alignParagraphs } from '../../shared/text/align';
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

export function checkTexts(input: TextsInput): TextsReport {
  const sources = splitParagraphs(input.source);
  const targets = splitParagraphs(input.target);
  const groups = alignParagraphs(sources, targets);
  const glossary = compileGlossary(input.glossary ?? [], input.sourceLang, input.targetLang);

  // units with a translation are checked as a whole (a split paragraph's halves together)
  const units = groups.filter((group) => group.target.length > 0);
  const result = checkDocument(
    units.map((group) => ({
      source: group.source.map((i) => sources[i]).join(SEPARATOR),
      target: group.target.map((i) => targets[i]).join(SEPARATOR),
    })),
    { sourceLang: input.sourceLang, targetLang: input.targetLang, glossary },
  );

  const findings: ParagraphFinding[] = [];
  const report = (segment: number, sourceSegment: number | null, finding: Finding, start: number, end: number) => {
    const text = targets[segment] ?? '';
    findings.push({
      segment: segment + 1,
      sourceSegment: sourceSegment === null ? null : sourceSegment + 1,
      rule: finding.rule,
      severity: finding.severity,
      start,
      end,
      text: text.slice(start, end),
      message: formatMessage(QA_MESSAGES_EN[finding.rule], finding.params),
      suggestion: finding.suggestion,
    });
  };

  units.forEach((group, u) => {
    const sourceSegment = group.source[0] ?? null;
    let offset = 0;
    const ranges = group.target.map((index) => {
      const range = { index, start: offset, end: offset + (targets[index]?.length ?? 0) };
      offset = range.end + SEPARATOR.length;
      return range;
    });
    for (const finding of result.findings[u] ?? []) {
      // the paragraph the finding starts in; a span running past it is cut at its end
      const range = ranges.find((r) => finding.start <= r.end) ?? (ranges.at(-1) as (typeof ranges)[number]);
      const start = Math.max(0, finding.start - range.start);
      const end = Math.min(range.end - range.start, Math.max(start, finding.end - range.start));
      report(range.index, sourceSegment, finding, start, end);
    }
  });

  // a source paragraph without translation is reported on the target paragraph before the gap
  groups.forEach((group, g) => {
    if (group.target.length > 0) return;
    const before = groups.slice(0, g).reverse().find((other) => other.target.length > 0);
    const after = groups.slice(g + 1).find((other) => other.target.length > 0);
    const anchor = before?.target.at(-1) ?? after?.target[0];
    if (anchor === undefined) return;
    const at = before ? (targets[anchor]?.length ?? 0) : 0;
    for (const sourceIndex of group.source) {
      findings.push({
        segment: anchor + 1,
        sourceSegment: sourceIndex + 1,
        rule: 'alignment.missing',
        severity: 'major',
        start: at,
        end: at,
        text: '',
        message: `${QA_MESSAGES_EN['alignment.missing']} (source paragraph ${sourceIndex + 1}, ${before ? 'after' : 'before'} this paragraph)`,
        suggestion: null,
      });
    }
  });

  findings.sort((a, b) => a.segment - b.segment || a.start - b.start || a.end - b.end);
  return { segments: targets.length, sourceSegments: sources.length, findings };
}

/**
 * The MQM view of a document: its score from the annotations in force, a CSV of it, and the
 * corrections editors made to submitted texts, offered as annotations so that scoring them costs
 * one click.
 */
import { DEFAULT_WEIGHTS, scoreQuality, sourceWordCount, suggestCategory, type SeverityWeights } from '../../shared/mqm';
import { diffWords } from '../../shared/text/diff';
import { tokenize } from '../../shared/text/tokenize';
import type { Annotation, AnnotationCandidate, QualityReport, SegmentTexts } from '../../shared/schemas';
import { toCsv } from '../formats/csv';
import type { DocumentRevision } from '../store/types';

export function qualityReport(
  segments: readonly SegmentTexts[],
  annotations: readonly Annotation[],
  weights: SeverityWeights | null,
  sourceLang: string,
): QualityReport {
  const words = segments.map((segment) => ({ segmentId: segment.id, sourceWords: sourceWordCount(segment.source, sourceLang) }));
  const applied = weights ?? DEFAULT_WEIGHTS;
  const score = scoreQuality(words, annotations, applied);
  const positions = new Map(segments.map((segment) => [segment.id, segment.position]));
  const byVersion = { mt: { errors: 0, penalty: 0 }, revisions: { errors: 0, penalty: 0 } };
  for (const annotation of annotations) {
    if (!positions.has(annotation.segmentId)) continue;
    const tally = annotation.revisionId === null ? byVersion.mt : byVersion.revisions;
    tally.errors += 1;
    tally.penalty += applied[annotation.severity];
  }
  return {
    weights: applied,
    sourceWords: score.sourceWords,
    errors: score.errors,
    penalty: score.penalty,
    perThousand: score.perThousand,
    byCategory: score.byCategory,
    bySeverity: score.bySeverity,
    byVersion,
    learned: { findings: 0, applied: 0, dismissed: 0, open: 0 },
    segments: score.segments.map((segment) => ({ ...segment, position: positions.get(segment.segmentId) ?? 0 })),
  };
}

const round = (value: number | null) => (value === null ? '' : String(Math.round(value * 100) / 100));

/** The score as a spreadsheet: one row per error, or one row per segment. */
export function qualityCsv(
  table: 'errors' | 'segments',
  report: QualityReport,
  annotations: readonly Annotation[],
  segments: readonly SegmentTexts[],
): string {
  if (table === 'segments') {
    return toCsv([
      ['segment', 'source words', 'errors', 'penalty', 'penalty per 1000 words'],
      ...report.segments.map((segment) => [
        String(segment.position),
        String(segment.sourceWords),
        String(segment.errors),
        round(segment.penalty),
        round(segment.perThousand),
      ]),
      ['document', String(report.sourceWords), String(report.errors), round(report.penalty), round(report.perThousand)],
    ]);
  }
  const positions = new Map(segments.map((segment) => [segment.id, segment.position]));
  return toCsv([
    ['segment', 'version', 'start', 'end', 'text', 'category', 'severity', 'penalty', 'comment', 'author', 'recorded'],
    ...annotations
      .filter((annotation) => positions.has(annotation.segmentId))
      .map((annotation) => [
        String(positions.get(annotation.segmentId)),
        annotation.revisionId === null ? 'machine translation' : `revision ${annotation.revisionId}`,
        String(annotation.start),
        String(annotation.end),
        annotation.quote,
        annotation.category,
        annotation.severity,
        round(report.weights[annotation.severity]),
        annotation.comment,
        annotation.author.name,
        annotation.createdAt,
      ]),
  ]);
}

/** Widens an empty span (an insertion point) to the word before it, or after it at the start. */
function spanAround(text: string, at: number, lang: string): { start: number; end: number } | null {
  const tokens = tokenize(text, lang).filter((token) => token.kind !== 'space');
  const before = [...tokens].reverse().find((token) => token.end <= at);
  if (before) return { start: before.start, end: before.end };
  const after = tokens.find((token) => token.start >= at);
  return after ? { start: after.start, end: after.end } : null;
}

/**
 * Corrections made by someone else to a submitted revision (an editor fixing a translator's text),
 * one per changed place, with a suggested category; those already recorded are left out.
 */
export function annotationCandidates(
  segments: readonly SegmentTexts[],
  revisions: readonly DocumentRevision[],
  annotations: readonly Annotation[],
  lang: string,
): AnnotationCandidate[] {
  const positions = new Map(segments.map((segment) => [segment.id, segment.position]));
  const byId = new Map(revisions.map((revision) => [revision.id, revision]));
  const recorded = new Set(
    annotations.filter((a) => a.origin?.startsWith('edit:')).map((a) => `${a.origin}:${a.revisionId}:${a.start}:${a.end}`),
  );
  const candidates: AnnotationCandidate[] = [];
  for (const fix of revisions) {
    const judged = fix.parentRevisionId === null ? undefined : byId.get(fix.parentRevisionId);
    if (!judged || judged.submittedAt === null || judged.author.id === fix.author.id) continue;
    const position = positions.get(judged.segmentId);
    if (position === undefined) continue;
    let open: { start: number; end: number; replacement: string } | null = null;
    const changes: Array<{ start: number; end: number; replacement: string }> = [];
    for (const part of diffWords(judged.text, fix.text, { lang })) {
      if (part.op === 'equal') {
        if (open) changes.push(open);
        open = null;
        continue;
      }
      open ??= { start: part.aStart, end: part.aStart, replacement: '' };
      if (part.op === 'delete') open.end = part.aEnd;
      else open.replacement += part.text;
    }
    if (open) changes.push(open);
    for (const change of changes) {
      const span = change.end > change.start ? { start: change.start, end: change.end } : spanAround(judged.text, change.start, lang);
      if (!span) continue;
      const key = `edit:${fix.id}:${judged.id}:${span.start}:${span.end}`;
      if (recorded.has(key)) continue;
      candidates.push({
        segmentId: judged.segmentId,
        position,
        revisionId: judged.id,
        start: span.start,
        end: span.end,
        quote: judged.text.slice(span.start, span.end),
        removed: judged.text.slice(change.start, change.end),
        replacement: change.replacement,
        category: suggestCategory(judged.text.slice(change.start, change.end), change.replacement, lang),
        editor: fix.author,
        fixedInRevisionId: fix.id,
      });
    }
  }
  return candidates;
}

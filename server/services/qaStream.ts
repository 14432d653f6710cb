/**
 * The command line's QA of two long texts, in time and memory that suit a hundred thousand
 * paragraphs: the same report as checkTexts (qaTexts.ts), byte for byte, made differently.
 *
 * - The paragraphs' anchors are worked out on worker threads while the files are still in hand.
 * - The alignment runs on this thread and hands over its groups as they settle; each batch of
 *   settled units goes to a worker to be checked while the alignment goes on. Once aligned, this
 *   thread checks batches too.
 * - A checked unit is kept as its findings ready to print (each one's JSON, and where it sorts),
 *   never as the objects the engine made: memory grows with the report, not with the analyses.
 * - Consistency is settled at the end, from the names and renderings each check reported.
 */
import {
  checkUnknowingNames,
  compareFindings,
  compileGlossary,
  consistencyFromRenderings,
  contextOfRenderings,
  formatMessage,
  QA_MESSAGES_EN,
  watchedNames,
  type CompiledGlossary,
  type Finding,
  type QaTerm,
  type Rendering,
  type SegmentPair,
} from '../../shared/qa';
import type { RuleId, Severity } from '../../shared/qa';
import { alignParagraphsInSteps } from '../../shared/text/align';
import { missingParagraph } from './qaTexts';
import { splitParagraphs } from '../../shared/text/paragraphs';
import type { TaskRunner } from '../workers/pool';

const SEPARATOR = '\n\n';

/** A unit to check, with where its target paragraphs lie in its joined target text. */
export interface UnitInput {
  pair: SegmentPair;
  /** 1-based numbers of the target paragraphs, and their lengths. */
  segments: number[];
  lengths: number[];
  /** 1-based number of the first source paragraph, or null. */
  sourceSegment: number | null;
}

/** A finding ready to print: how it sorts within its unit and its paragraph, and its JSON. */
export interface Entry {
  start: number;
  end: number;
  rule: RuleId;
  severity: Severity;
  segment: number;
  paragraphStart: number;
  paragraphEnd: number;
  json: string;
}

export interface UnitResult {
  entries: Entry[];
  renderings: Rendering[];
  names: string[];
}

/** A unit's finding as the report has it: on the target paragraph it starts in, cut at its end. */
function entryOf(finding: Finding, unit: UnitInput): Entry {
  let offset = 0;
  let k = 0;
  // the paragraph the finding starts in (a span running past it is cut at its end)
  while (k < unit.lengths.length - 1 && finding.start > offset + (unit.lengths[k] as number)) {
    offset += (unit.lengths[k] as number) + SEPARATOR.length;
    k += 1;
  }
  const length = unit.lengths[k] as number;
  const start = Math.max(0, finding.start - offset);
  const end = Math.min(length, Math.max(start, finding.end - offset));
  const segment = unit.segments[k] as number;
  return {
    start: finding.start,
    end: finding.end,
    rule: finding.rule,
    severity: finding.severity,
    segment,
    paragraphStart: start,
    paragraphEnd: end,
    json: JSON.stringify({
      segment,
      sourceSegment: unit.sourceSegment,
      rule: finding.rule,
      severity: finding.severity,
      start,
      end,
      text: unit.pair.target.slice(offset + start, offset + end),
      message: formatMessage(QA_MESSAGES_EN[finding.rule], finding.params),
      suggestion: finding.suggestion,
    }),
  };
}

/** Checks units (on whichever thread): each one's findings ready to print, its names and renderings. */
export function checkUnits(units: readonly UnitInput[], options: { sourceLang: string; targetLang: string; glossary: CompiledGlossary }): UnitResult[] {
  return units.map((unit) => {
    const check = checkUnknowingNames(unit.pair, options);
    return { entries: check.findings.map((finding) => entryOf(finding, unit)), renderings: check.renderings, names: check.names };
  });
}

export interface StreamedReport {
  segments: number;
  sourceSegments: number;
  /** How many findings of each severity (for a summary line before the findings). */
  counts: Record<Severity, number>;
  /** The findings in the report's order, each as its JSON. */
  findings: () => Generator<string>;
}

export interface StreamInput {
  source: string;
  target: string;
  sourceLang: string;
  targetLang: string;
  glossary?: readonly QaTerm[];
}

/** Units per batch: small enough that the workers start early, big enough that sending costs little. */
const BATCH = 1000;

/**
 * Checks two texts as described above; `workers` is a pool of threads (as many as there are cores
 * besides this one). The texts may be let go of once this has started: the paragraphs are kept.
 */
export async function checkTextsStreaming(input: StreamInput, work: TaskRunner, workers: number): Promise<StreamedReport> {
  const sources = splitParagraphs(input.source);
  const targets = splitParagraphs(input.target);
  const glossaryTerms = [...(input.glossary ?? [])];
  const glossary = compileGlossary(glossaryTerms, input.sourceLang, input.targetLang);
  const options = { sourceLang: input.sourceLang, targetLang: input.targetLang, glossary };

  const anchorIds = async (texts: string[]) => {
    const size = Math.max(1, Math.ceil(texts.length / Math.max(1, workers)));
    const parts: Array<Promise<{ values: Int32Array; offsets: Int32Array }>> = [];
    for (let start = 0; start < texts.length; start += size) parts.push(work.run('anchorIds', { texts: texts.slice(start, start + size) }));
    return (await Promise.all(parts)).flatMap(({ values, offsets }) => Array.from({ length: offsets.length - 1 }, (_, k) => values.subarray(offsets[k], offsets[k + 1])));
  };
  const [sourceAnchors, targetAnchors] = await Promise.all([anchorIds(sources), anchorIds(targets)]);

  const units: UnitInput[] = [];
  const results: UnitResult[] = [];
  // the names all the sources show (for consistency), kept once each rather than per unit
  const names = new Set<string>();
  const keep = (u: number, result: UnitResult) => {
    for (const name of result.names) names.add(name);
    results[u] = { entries: result.entries, renderings: result.renderings, names: [] };
  };
  // a source paragraph without translation is reported on the target paragraph before the gap
  // (or, at the very start, the one after it): worked out as the groups settle
  const gaps = new Map<number, string[]>();
  const leadingGaps: number[] = [];
  let lastTarget: number | undefined;
  const gapFinding = (anchor: number, sourceIndex: number, after: boolean) => {
    const list = gaps.get(anchor + 1) ?? [];
    const at = after ? (targets[anchor] as string).length : 0;
    list.push(JSON.stringify(missingParagraph(anchor, sourceIndex, at, after)));
    gaps.set(anchor + 1, list);
  };
  const queue: number[][] = [];
  let batch: number[] = [];
  let busy = 0;
  const running = new Set<Promise<void>>();
  const request = { sourceLang: input.sourceLang, targetLang: input.targetLang, glossary: { key: 'qa', terms: glossaryTerms } };
  const pump = () => {
    while (busy < workers && queue.length > 0) {
      const indexes = queue.shift() as number[];
      busy += 1;
      const job = work
        .run('checkTextUnits', { ...request, units: indexes.map((u) => units[u] as UnitInput) })
        .then((answer) => {
          if ('missing' in answer) throw new Error(`the checking thread lacks the ${answer.missing}`);
          answer.results.forEach((result, k) => keep(indexes[k] as number, result));
        })
        .finally(() => {
          busy -= 1;
          running.delete(job);
          pump();
        });
      running.add(job);
    }
  };
  const close = () => {
    if (batch.length === 0) return;
    queue.push(batch);
    batch = [];
    pump();
  };

  await alignParagraphsInSteps(
    sources,
    targets,
    (settled) => {
      for (const group of settled) {
        if (group.target.length === 0) {
          for (const sourceIndex of group.source) {
            if (lastTarget === undefined) leadingGaps.push(sourceIndex);
            else gapFinding(lastTarget, sourceIndex, true);
          }
          continue;
        }
        if (lastTarget === undefined) for (const sourceIndex of leadingGaps) gapFinding(group.target[0] as number, sourceIndex, false);
        lastTarget = group.target.at(-1);
        batch.push(units.length);
        units.push({
          // one paragraph a side (nearly always): the paragraphs themselves, not copies
          pair: {
            source: group.source.length === 1 ? (sources[group.source[0] as number] as string) : group.source.map((i) => sources[i]).join(SEPARATOR),
            target: group.target.length === 1 ? (targets[group.target[0] as number] as string) : group.target.map((i) => targets[i]).join(SEPARATOR),
          },
          segments: group.target.map((i) => i + 1),
          lengths: group.target.map((i) => (targets[i] as string).length),
          sourceSegment: group.source.length > 0 ? (group.source[0] as number) + 1 : null,
        });
        if (batch.length >= BATCH) close();
      }
    },
    { source: sourceAnchors, target: targetAnchors },
  );
  close();
  // aligned: this thread checks the batches no worker has taken yet
  while (queue.length > 0) {
    const indexes = queue.pop() as number[];
    checkUnits(indexes.map((u) => units[u] as UnitInput), options).forEach((result, k) => keep(indexes[k] as number, result));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  while (running.size > 0) await Promise.all(running);

  // consistency: the document's names, and how each is rendered across the text
  const watched = watchedNames(names, glossary);
  for (const result of results) result.renderings = result.renderings.filter((rendering) => watched.has(rendering.name));
  const context = contextOfRenderings(results.map((result) => result.renderings));
  results.forEach((result, u) => {
    const unit = units[u] as UnitInput;
    const consistency = consistencyFromRenderings(unit.pair.target, unit.pair.source, result.renderings, context, result.entries as unknown as Finding[]);
    if (consistency.length === 0) return;
    result.entries = [...result.entries, ...consistency.map((finding) => entryOf(finding, unit))].sort((a, b) => compareFindings(a as unknown as Finding, b as unknown as Finding));
  });

  const severities: Record<Severity, number> = { critical: 0, major: 0, minor: 0 };
  for (const result of results) for (const entry of result.entries) severities[entry.severity] += 1;
  for (const list of gaps.values()) severities.major += list.length;

  return {
    segments: targets.length,
    sourceSegments: sources.length,
    counts: severities,
    findings: function* () {
      // paragraph by paragraph in order: each one's findings by position (ties as they came)
      for (let u = 0; u < units.length; u += 1) {
        const unit = units[u] as UnitInput;
        const entries = (results[u] as UnitResult).entries;
        for (const segment of unit.segments) {
          // the paragraph's findings by position; where positions tie, as they came, and a
          // missing source paragraph after the unit's own findings
          const here = entries.filter((entry) => entry.segment === segment).map((entry) => ({ start: entry.paragraphStart, end: entry.paragraphEnd, kind: 0, json: entry.json }));
          for (const json of gaps.get(segment) ?? []) {
            const { start, end } = JSON.parse(json) as { start: number; end: number };
            here.push({ start, end, kind: 1, json });
          }
          here.sort((a, b) => a.start - b.start || a.end - b.end || a.kind - b.kind);
          for (const item of here) yield item.json;
        }
      }
    },
  };
}

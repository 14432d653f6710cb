/**
 * Post-editing effort of a document: how much of the machine translation each approved text
 * changed (edit rate, MT to approved) and how long people spent editing, per segment, per person
 * and for the document.
 */
import { combineEditRates, editRate, type EditRate } from '../../shared/text/editRate';
import type { EffortReport, SegmentTexts, UserRef } from '../../shared/schemas';
import type { DocumentRevision, EffortRow } from '../store/types';

export function effortReport(
  segments: readonly SegmentTexts[],
  revisions: readonly DocumentRevision[],
  effort: readonly EffortRow[],
  lang: string,
): EffortReport {
  const msBySegment = new Map<number, number>();
  const people = new Map<number, { user: UserRef; ms: number; segments: Set<number>; revisions: number; rates: EditRate[] }>();
  const person = (user: UserRef) => {
    let entry = people.get(user.id);
    if (!entry) {
      entry = { user, ms: 0, segments: new Set(), revisions: 0, rates: [] };
      people.set(user.id, entry);
    }
    return entry;
  };
  for (const row of effort) {
    msBySegment.set(row.segmentId, (msBySegment.get(row.segmentId) ?? 0) + row.ms);
    person(row.user).ms += row.ms;
  }
  const authorOf = new Map<number, UserRef>();
  for (const revision of revisions) {
    authorOf.set(revision.id, revision.author);
    const entry = person(revision.author);
    entry.revisions += 1;
    entry.segments.add(revision.segmentId);
  }

  const approvedRates: EditRate[] = [];
  const rows = segments.map((segment) => {
    const rate = segment.approvedText === null ? null : editRate(segment.mt, segment.approvedText, lang);
    if (rate) {
      approvedRates.push(rate);
      const author = segment.approvedRevisionId === null ? undefined : authorOf.get(segment.approvedRevisionId);
      if (author) person(author).rates.push(rate);
    }
    return { segmentId: segment.id, position: segment.position, editRate: rate, ms: msBySegment.get(segment.id) ?? 0 };
  });

  return {
    document: {
      editRate: combineEditRates(approvedRates),
      approvedSegments: approvedRates.length,
      ms: rows.reduce((sum, row) => sum + row.ms, 0),
    },
    segments: rows,
    people: [...people.values()]
      .map((entry) => ({
        user: entry.user,
        ms: entry.ms,
        segments: entry.segments.size,
        revisions: entry.revisions,
        editRate: entry.rates.length === 0 ? null : combineEditRates(entry.rates),
      }))
      .sort((a, b) => b.ms - a.ms || b.revisions - a.revisions),
  };
}

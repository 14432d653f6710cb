/**
 * A document at two points, segment by segment: the machine translation, the current or the
 * approved text, or the text as it stood at a moment of its history (the newest revision saved by
 * then). Reports what changed, words inserted and deleted, and the edit rate per segment and for
 * the document.
 */
import { countDiffWords, diffWords } from '../../shared/text/diff';
import { combineEditRates, editRate, type EditRate } from '../../shared/text/editRate';
import type { CompareQuery, CompareResult, Segment } from '../../shared/schemas';
import type { DocumentRevision } from '../store/types';

/** For each segment, the text at time `at`: its newest revision saved by then, else the MT. */
export function textsAt(segments: readonly Segment[], revisions: readonly DocumentRevision[], at: string): Map<number, string> {
  const limit = Date.parse(at);
  const texts = new Map(segments.map((segment) => [segment.id, segment.mt]));
  // revisions come oldest first: the last one by `at` wins
  for (const revision of revisions) {
    if (Date.parse(revision.createdAt) <= limit) texts.set(revision.segmentId, revision.text);
  }
  return texts;
}

/** The text of each segment at a compare point. */
export function textsOf(point: string, segments: readonly Segment[], revisions: readonly DocumentRevision[]): Map<number, string> {
  if (point === 'mt') return new Map(segments.map((segment) => [segment.id, segment.mt]));
  if (point === 'current') return new Map(segments.map((segment) => [segment.id, segment.current?.text ?? segment.mt]));
  // the published text: the approved revision, or the machine translation before any approval
  if (point === 'approved') return new Map(segments.map((segment) => [segment.id, segment.approvedText ?? segment.mt]));
  return textsAt(segments, revisions, point);
}

export function compareDocument(
  segments: readonly Segment[],
  revisions: readonly DocumentRevision[],
  query: CompareQuery,
  lang: string,
): CompareResult {
  const before = textsOf(query.from, segments, revisions);
  const after = textsOf(query.to, segments, revisions);
  const items: CompareResult['items'] = [];
  const rates: CompareResult['rates'] = [];
  const allRates: EditRate[] = [];
  let changed = 0;
  let insertedWords = 0;
  let deletedWords = 0;
  for (const segment of segments) {
    const from = before.get(segment.id) ?? segment.mt;
    const to = after.get(segment.id) ?? segment.mt;
    const isChanged = from !== to;
    const rate = editRate(from, to, lang);
    allRates.push(rate);
    rates.push({ segmentId: segment.id, position: segment.position, rate: rate.rate });
    const words = isChanged ? countDiffWords(diffWords(from, to, { lang }), { lang }) : { inserted: 0, deleted: 0 };
    if (isChanged) {
      changed += 1;
      insertedWords += words.inserted;
      deletedWords += words.deleted;
    }
    if (isChanged || query.all) {
      items.push({
        segmentId: segment.id,
        position: segment.position,
        source: segment.source,
        from,
        to,
        changed: isChanged,
        insertedWords: words.inserted,
        deletedWords: words.deleted,
        editRate: rate,
      });
    }
  }
  return {
    from: query.from,
    to: query.to,
    summary: { segments: segments.length, changed, insertedWords, deletedWords, editRate: combineEditRates(allRates) },
    rates,
    items,
  };
}

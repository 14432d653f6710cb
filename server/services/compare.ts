/**
 * A document at two points, segment by segment: the machine translation, the current or the
 * approved text, or the text as it stood at a moment of its history (the newest revision saved by
 * then). Reports what changed, words inserted and deleted, and the edit rate per segment and for
 * the document.
 */
import { countDiffWords, diffWords } from '../../shared/text/diff';
import { combineEditRates, editRate, type EditRate } from '../../shared/text/editRate';
import type { CompareQuery, CompareResult, SegmentTexts } from '../../shared/schemas';
import type { DocumentRevision } from '../store/types';

/**
 * A segment's text at a point, and the revision it is (null for the machine translation); text
 * null when the point has no text for it (the approved text of a paragraph never approved).
 */
interface Version {
  text: string | null;
  revisionId: number | null;
}

/** For each segment, the text at time `at`: its newest revision saved by then, else the MT. */
export function textsAt(segments: readonly SegmentTexts[], revisions: readonly DocumentRevision[], at: string): Map<number, Version> {
  const limit = Date.parse(at);
  const texts = new Map<number, Version>(segments.map((segment) => [segment.id, { text: segment.mt, revisionId: null }]));
  // revisions come oldest first: the last one by `at` wins
  for (const revision of revisions) {
    if (Date.parse(revision.createdAt) <= limit) texts.set(revision.segmentId, { text: revision.text, revisionId: revision.id });
  }
  return texts;
}

/** The text of each segment at a compare point. */
export function textsOf(point: string, segments: readonly SegmentTexts[], revisions: readonly DocumentRevision[]): Map<number, Version> {
  const each = (version: (segment: SegmentTexts) => Version) => new Map(segments.map((segment) => [segment.id, version(segment)]));
  if (point === 'mt') return each((segment) => ({ text: segment.mt, revisionId: null }));
  if (point === 'current')
    return each((segment) => ({ text: segment.current?.text ?? segment.mt, revisionId: segment.current?.id ?? null }));
  // the published text: the approved revision; a paragraph never approved has none (it is not
  // the machine translation, which nobody approved)
  if (point === 'approved') {
    return each((segment) =>
      segment.approvedText === null
        ? { text: null, revisionId: null }
        : { text: segment.approvedText, revisionId: segment.approvedRevisionId },
    );
  }
  return textsAt(segments, revisions, point);
}

export function compareDocument(
  segments: readonly SegmentTexts[],
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
  let notApproved = 0;
  let insertedWords = 0;
  let deletedWords = 0;
  for (const segment of segments) {
    const fromVersion = before.get(segment.id) ?? { text: segment.mt, revisionId: null };
    const toVersion = after.get(segment.id) ?? { text: segment.mt, revisionId: null };
    // a side without text (not approved yet) is not compared: neither changed nor counted in the rate
    const missing = fromVersion.text === null ? (toVersion.text === null ? 'both' : 'from') : toVersion.text === null ? 'to' : null;
    if (missing !== null) {
      notApproved += 1;
      rates.push({ segmentId: segment.id, position: segment.position, rate: 0, notApproved: true });
      if (query.all) {
        items.push({
          segmentId: segment.id,
          position: segment.position,
          source: segment.source,
          from: fromVersion.text ?? '',
          to: toVersion.text ?? '',
          fromRevisionId: fromVersion.revisionId,
          toRevisionId: toVersion.revisionId,
          changed: false,
          notApproved: missing,
          insertedWords: 0,
          deletedWords: 0,
          editRate: editRate('', '', lang),
        });
      }
      continue;
    }
    const from = fromVersion.text as string;
    const to = toVersion.text as string;
    const isChanged = from !== to;
    const rate = editRate(from, to, lang);
    allRates.push(rate);
    rates.push({ segmentId: segment.id, position: segment.position, rate: rate.rate, notApproved: false });
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
        fromRevisionId: fromVersion.revisionId,
        toRevisionId: toVersion.revisionId,
        changed: isChanged,
        notApproved: null,
        insertedWords: words.inserted,
        deletedWords: words.deleted,
        editRate: rate,
      });
    }
  }
  return {
    from: query.from,
    to: query.to,
    summary: { segments: segments.length, changed, notApproved, insertedWords, deletedWords, editRate: combineEditRates(allRates) },
    rates,
    items,
  };
}

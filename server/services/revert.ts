/**
 * Bulk revert: undo one person's revisions, or those of a time range, segment by segment. A
 * segment goes back to the text that stood before the first revision undone; a segment that
 * someone else changed after those revisions is left alone (reverting it would throw their work
 * away) and reported. The revert itself is new revisions, so it can be reverted in turn.
 */
import type { RevertFilter, RevertPreview, Segment } from '../../shared/schemas';
import type { DocumentRevision } from '../store/types';

function matches(revision: DocumentRevision, filter: RevertFilter): boolean {
  if (filter.userId !== undefined && revision.author.id !== filter.userId) return false;
  const at = Date.parse(revision.createdAt);
  if (filter.from !== undefined && at < Date.parse(filter.from)) return false;
  if (filter.to !== undefined && at > Date.parse(filter.to)) return false;
  return true;
}

/** The segments a revert with this filter may touch: those with a revision it matches. */
export function segmentsToRevert(revisions: readonly DocumentRevision[], filter: RevertFilter): number[] {
  return [...new Set(revisions.filter((revision) => matches(revision, filter)).map((revision) => revision.segmentId))];
}

export function planRevert(segments: readonly Segment[], revisions: readonly DocumentRevision[], filter: RevertFilter): RevertPreview {
  const bySegment = new Map<number, DocumentRevision[]>();
  for (const revision of revisions) {
    const list = bySegment.get(revision.segmentId) ?? [];
    list.push(revision);
    bySegment.set(revision.segmentId, list);
  }
  const texts = new Map(revisions.map((revision) => [revision.id, revision.text]));
  const preview: RevertPreview = { items: [], skipped: [] };
  for (const segment of segments) {
    const history = bySegment.get(segment.id) ?? [];
    const first = history.findIndex((revision) => matches(revision, filter));
    if (first < 0) continue;
    const undone = history.slice(first);
    if (!undone.every((revision) => matches(revision, filter))) {
      preview.skipped.push({ segmentId: segment.id, position: segment.position, reason: 'changed_since' });
      continue;
    }
    const parent = (history[first] as DocumentRevision).parentRevisionId;
    const restoreText = parent === null ? segment.mt : (texts.get(parent) ?? segment.mt);
    const currentText = segment.current?.text ?? segment.mt;
    if (restoreText === currentText) {
      preview.skipped.push({ segmentId: segment.id, position: segment.position, reason: 'already_restored' });
      continue;
    }
    preview.items.push({
      segmentId: segment.id,
      position: segment.position,
      version: segment.version,
      currentText,
      restoreText,
      revisions: undone.length,
    });
  }
  return preview;
}

import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ReplacePreview, ReplaceResult, RevisionResult, type FindBody, type Segment, type SegmentPage } from '../../../../shared/schemas';
import type { RevisionAction } from '../../../../shared/workflow';
import { apiRequest } from '../../../lib/apiClient';
import { documentKeys } from '../../documents/api/queries';
import { segmentKeys } from './queries';

/**
 * The new copy of a segment, keeping the cached findings when the server sent none with it and
 * the text they were made for still stands (a status change does not change findings).
 */
function merged(cached: Segment, incoming: Segment): Segment {
  if (incoming.check !== undefined) return incoming;
  const sameText = (cached.current?.id ?? null) === (incoming.current?.id ?? null);
  return { ...incoming, check: sameText ? (cached.check ?? null) : null };
}

/**
 * Puts a segment into the cached pages of its document's lists, touching only the pages that
 * hold it (and in them only that segment): every other row keeps its data as it was. `isNewer`
 * decides whether the incoming copy replaces the cached one. Returns whether anything changed.
 */
function putSegment(queryClient: QueryClient, segment: Segment, isNewer: (cached: Segment) => boolean): boolean {
  let changed = false;
  for (const [key, page] of queryClient.getQueriesData<SegmentPage>({ queryKey: segmentKeys.lists(segment.documentId) })) {
    if (!page) continue;
    const index = page.items.findIndex((item) => item.id === segment.id);
    const cached = page.items[index];
    if (!cached || !isNewer(cached)) continue;
    const items = page.items.slice();
    items[index] = merged(cached, segment);
    queryClient.setQueryData<SegmentPage>(key, { ...page, items });
    changed = true;
  }
  return changed;
}

/**
 * Puts the server's new copy of a segment into the cache. Lists are not refetched: a segment the
 * translator is working on must not vanish from a filtered view because its status changed under
 * the filter. The document's progress follows from the live feed.
 */
function storeSegment(queryClient: QueryClient, segment: Segment): void {
  putSegment(queryClient, segment, (cached) => cached.version <= segment.version);
  void queryClient.invalidateQueries({ queryKey: segmentKeys.revisions(segment.id) });
  // the documents list is not on screen here: it is asked for again when it is
  void queryClient.invalidateQueries({ queryKey: documentKeys.list(), refetchType: 'none' });
}

export interface SaveRevisionInput {
  segmentId: number;
  text: string;
  baseVersion: number;
}

/** Saves the working text as a new revision (optimistic concurrency through `baseVersion`). */
export function useSaveRevisionMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ segmentId, text, baseVersion }: SaveRevisionInput) =>
      apiRequest(`/segments/${segmentId}/revisions`, RevisionResult, { method: 'POST', body: { text, baseVersion } }),
    onSuccess: (result) => storeSegment(queryClient, result.segment),
  });
}

export interface TransitionInput {
  revisionId: number;
  action: RevisionAction;
  comment?: string;
}

/**
 * Submits, approves or rejects a revision: the one hook that calls those endpoints, in the editor
 * and in the queue alike, so a decision updates the cache the same way wherever it is made (the
 * segment's new copy stored in place). `onSettled` adds what a page must refresh besides.
 */
export function useTransitionMutation(options: { onSettled?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ revisionId, action, comment }: TransitionInput) =>
      apiRequest(`/revisions/${revisionId}/${action}`, RevisionResult, {
        method: 'POST',
        body: comment === undefined ? {} : { comment },
      }),
    onSuccess: (result) => storeSegment(queryClient, result.segment),
    ...(options.onSettled ? { onSettled: options.onSettled } : {}),
  });
}

/**
 * A segment as the live feed reports it: replaces the cached copy unless that one is already as
 * new (the feed may repeat what this tab saved itself, or arrive after a fresher answer).
 */
export function storeLiveSegment(queryClient: QueryClient, segment: Segment): void {
  if (
    putSegment(
      queryClient,
      segment,
      (cached) =>
        cached.version < segment.version || (cached.version === segment.version && cached.check === null && segment.check != null),
    )
  ) {
    void queryClient.invalidateQueries({ queryKey: segmentKeys.revisions(segment.id) });
  }
}

/** Replaces a segment in the cache with what the server reported (after a 409, say). */
export function useStoreSegment() {
  const queryClient = useQueryClient();
  return (segment: Segment) => storeSegment(queryClient, segment);
}

/** Find and replace: what it would change (nothing is written). */
export function useReplacePreviewMutation(documentId: number) {
  return useMutation({
    mutationFn: (find: FindBody) => apiRequest(`/documents/${documentId}/replace/preview`, ReplacePreview, { method: 'POST', body: find }),
  });
}

/** Find and replace made: the document's rows and numbers are asked for again. */
export function useReplaceMutation(documentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FindBody & { expect: Array<{ segmentId: number; version: number }> }) =>
      apiRequest(`/documents/${documentId}/replace`, ReplaceResult, { method: 'POST', body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: segmentKeys.lists(documentId) });
      void queryClient.invalidateQueries({ queryKey: documentKeys.detail(documentId) });
    },
  });
}

import { useMutation, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { RevisionResult, type Segment, type SegmentPage } from '../../../../shared/schemas';
import type { RevisionAction } from '../../../../shared/workflow';
import { apiRequest } from '../../../lib/apiClient';
import { documentKeys } from '../../documents/api/queries';
import { segmentKeys } from './queries';

/**
 * Puts the server's new copy of a segment into every cached page of its document. Lists are not
 * refetched: a segment the translator is working on must not vanish from a filtered view because
 * its status changed under the filter. They are marked stale for the next visit.
 */
function storeSegment(queryClient: QueryClient, segment: Segment): void {
  queryClient.setQueriesData<InfiniteData<SegmentPage>>({ queryKey: segmentKeys.lists(segment.documentId) }, (data) =>
    data && {
      ...data,
      pages: data.pages.map((page) => ({
        ...page,
        items: page.items.map((item) => (item.id === segment.id ? segment : item)),
      })),
    },
  );
  void queryClient.invalidateQueries({ queryKey: segmentKeys.lists(segment.documentId), refetchType: 'none' });
  void queryClient.invalidateQueries({ queryKey: segmentKeys.revisions(segment.id) });
  void queryClient.invalidateQueries({ queryKey: documentKeys.detail(segment.documentId) });
  void queryClient.invalidateQueries({ queryKey: documentKeys.list() });
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

/** Submits, approves or rejects a revision. */
export function useTransitionMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ revisionId, action, comment }: TransitionInput) =>
      apiRequest(`/revisions/${revisionId}/${action}`, RevisionResult, {
        method: 'POST',
        body: comment === undefined ? {} : { comment },
      }),
    onSuccess: (result) => storeSegment(queryClient, result.segment),
  });
}

/**
 * A segment as the live feed reports it: replaces the cached copy unless that one is already as
 * new (the feed may repeat what this tab saved itself, or arrive after a fresher answer).
 */
export function storeLiveSegment(queryClient: QueryClient, segment: Segment): void {
  let changed = false;
  queryClient.setQueriesData<InfiniteData<SegmentPage>>({ queryKey: segmentKeys.lists(segment.documentId) }, (data) =>
    data && {
      ...data,
      pages: data.pages.map((page) => ({
        ...page,
        items: page.items.map((item) => {
          if (item.id !== segment.id || item.version >= segment.version) return item;
          changed = true;
          return segment;
        }),
      })),
    },
  );
  if (changed) void queryClient.invalidateQueries({ queryKey: segmentKeys.revisions(segment.id) });
}

/** Replaces a segment in the cache with what the server reported (after a 409, say). */
export function useStoreSegment() {
  const queryClient = useQueryClient();
  return (segment: Segment) => storeSegment(queryClient, segment);
}

import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { BulkApproveResult, QueueList, type Segment } from '../../../../shared/schemas';
import { apiRequest } from '../../../lib/apiClient';
import { documentKeys } from '../../../data/documents';
import { memoryKeys } from '../../../data/memory';
import { useStoreSegment, useTransitionMutation } from '../../../data/segments';

export const queueKeys = { all: ['queue'] as const };

export const queueQuery = () =>
  queryOptions({
    queryKey: queueKeys.all,
    queryFn: ({ signal }) => apiRequest('/queue', QueueList, { signal }),
  });

/**
 * A decision changes the queue and the documents' progress; the segments decided are stored in the
 * cache as the answer has them, exactly as the editor's approve and reject do (useStoreSegment), so
 * no document's whole list of segments is asked for again.
 */
function useAfterDecision() {
  const queryClient = useQueryClient();
  const storeSegment = useStoreSegment();
  return {
    stored: (segments: readonly Segment[]) => {
      for (const segment of segments) storeSegment(segment);
    },
    refresh: () => {
      void queryClient.invalidateQueries({ queryKey: queueKeys.all });
      // approved translations entered the memory: paragraphs' matches may have changed
      void queryClient.invalidateQueries({ queryKey: memoryKeys.all });
      void queryClient.invalidateQueries({ queryKey: documentKeys.all });
    },
  };
}

/** Approves or rejects one revision: the editor's own transition, and the queue asked for again. */
export function useDecideMutation() {
  const { refresh } = useAfterDecision();
  return useTransitionMutation({ onSettled: refresh });
}

export function useBulkApproveMutation() {
  const { stored, refresh } = useAfterDecision();
  return useMutation({
    mutationFn: (revisionIds: number[]) => apiRequest('/revisions/approve', BulkApproveResult, { method: 'POST', body: { revisionIds } }),
    onSuccess: (result) => stored(result.approved.map((item) => item.segment)),
    onSettled: refresh,
  });
}

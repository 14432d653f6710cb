import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { BulkApproveResult, QueueList, RevisionResult } from '../../../../shared/schemas';
import { apiRequest } from '../../../lib/apiClient';
import { documentKeys } from '../../documents/api/queries';
import { segmentKeys } from '../../editor/api/queries';

export const queueKeys = { all: ['queue'] as const };

export const queueQuery = () =>
  queryOptions({
    queryKey: queueKeys.all,
    queryFn: ({ signal }) => apiRequest('/queue', QueueList, { signal }),
  });

/** A decision changes the queue, the documents' progress and their segments: refresh them all. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: queueKeys.all });
    void queryClient.invalidateQueries({ queryKey: documentKeys.all });
    void queryClient.invalidateQueries({ queryKey: segmentKeys.all });
  };
}

export function useDecideMutation() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ revisionId, action, comment }: { revisionId: number; action: 'approve' | 'reject'; comment?: string }) =>
      apiRequest(`/revisions/${revisionId}/${action}`, RevisionResult, {
        method: 'POST',
        body: comment === undefined ? {} : { comment },
      }),
    onSettled: refresh,
  });
}

export function useBulkApproveMutation() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (revisionIds: number[]) => apiRequest('/revisions/approve', BulkApproveResult, { method: 'POST', body: { revisionIds } }),
    onSettled: refresh,
  });
}

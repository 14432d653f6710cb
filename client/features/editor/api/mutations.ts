import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ReplacePreview, ReplaceResult, type FindBody } from '../../../../shared/schemas';
import { apiRequest } from '../../../lib/apiClient';
import { documentKeys } from '../../../data/documents';
import { segmentKeys } from '../../../data/segments';

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

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Dismissal, type CreateDismissalBody } from '../../../../shared/schemas';
import type { Finding } from '../../../../shared/qa';
import { findingTerm, type DismissalScope } from '../../../../shared/qa';
import { apiRequest } from '../../../lib/apiClient';
import { segmentKeys } from '../../../data/segments';
import { dismissalKeys, findingsKeys } from './queries';

/** What a dismissal changes on screen: the document's findings and dismissals, and its rows' findings. */
function useRefreshAfterDismissal(documentId: number) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: findingsKeys.document(documentId) });
    void queryClient.invalidateQueries({ queryKey: dismissalKeys.document(documentId) });
    void queryClient.invalidateQueries({ queryKey: segmentKeys.lists(documentId) });
  };
}

/** "Not an error": a finding of one paragraph, its term in the whole document, or its whole check. */
export function useDismissMutation(documentId: number) {
  const refresh = useRefreshAfterDismissal(documentId);
  return useMutation({
    mutationFn: ({ finding, scope, segmentId }: { finding: Finding; scope: DismissalScope; segmentId: number }) => {
      const body: CreateDismissalBody = {
        scope,
        rule: finding.rule,
        segmentId,
        ...(scope === 'rule' ? {} : { term: findingTerm(finding) }),
        quote: finding.text.slice(0, 1000),
      };
      return apiRequest(`/documents/${documentId}/dismissals`, Dismissal, { method: 'POST', body });
    },
    onSuccess: refresh,
  });
}

/** Withdraws a dismissal: the finding counts again. */
export function useRestoreMutation(documentId: number) {
  const refresh = useRefreshAfterDismissal(documentId);
  return useMutation({
    mutationFn: (dismissalId: number) => apiRequest(`/documents/${documentId}/dismissals/${dismissalId}`, Dismissal, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}

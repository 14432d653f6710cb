import { queryOptions } from '@tanstack/react-query';
import { DismissalList, DocumentFindings } from '../../../../shared/schemas';
import { apiRequest } from '../../../lib/apiClient';
import { documentKeys } from '../../../data/documents';

/** Findings live under the document's key (a glossary change refreshes them with the document). */
export const findingsKeys = {
  document: (documentId: number) => [...documentKeys.detail(documentId), 'findings'] as const,
};

export const findingsQuery = (documentId: number) =>
  queryOptions({
    queryKey: findingsKeys.document(documentId),
    queryFn: ({ signal }) => apiRequest(`/documents/${documentId}/findings`, DocumentFindings, { signal }),
    staleTime: 30_000,
    // while segments are being checked (after an import or a glossary change), the counts grow
    refetchInterval: (query) => ((query.state.data?.summary.pending ?? 0) > 0 ? 2000 : false),
  });

export const dismissalKeys = {
  document: (documentId: number) => [...documentKeys.detail(documentId), 'dismissals'] as const,
  segment: (documentId: number, segmentId: number) => [...dismissalKeys.document(documentId), segmentId] as const,
};

/** A paragraph's dismissals (its own and the document-wide ones), withdrawn ones too, for History. */
export const dismissalsQuery = (documentId: number, segmentId: number) =>
  queryOptions({
    queryKey: dismissalKeys.segment(documentId, segmentId),
    queryFn: ({ signal }) => apiRequest(`/documents/${documentId}/dismissals?segment=${segmentId}`, DismissalList, { signal }),
  });

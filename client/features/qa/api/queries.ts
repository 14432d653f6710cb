import { queryOptions } from '@tanstack/react-query';
import { DocumentFindings } from '../../../../shared/schemas';
import { apiRequest } from '../../../lib/apiClient';
import { documentKeys } from '../../documents/api/queries';

/** Findings live under the document's key: saving a segment invalidates them with the document. */
export const findingsKeys = {
  document: (documentId: number) => [...documentKeys.detail(documentId), 'findings'] as const,
};

export const findingsQuery = (documentId: number) =>
  queryOptions({
    queryKey: findingsKeys.document(documentId),
    queryFn: ({ signal }) => apiRequest(`/documents/${documentId}/findings`, DocumentFindings, { signal }),
    staleTime: 30_000,
  });

import { queryOptions } from '@tanstack/react-query';
import { DocumentList, DocumentSummary } from '../../../../shared/schemas';
import { apiRequest } from '../../../lib/apiClient';

/** Query keys for documents: everything about one document hangs under `detail(id)`. */
export const documentKeys = {
  all: ['documents'] as const,
  list: () => [...documentKeys.all, 'list'] as const,
  detail: (id: number) => [...documentKeys.all, 'detail', id] as const,
};

export const documentListQuery = () =>
  queryOptions({
    queryKey: documentKeys.list(),
    queryFn: ({ signal }) => apiRequest('/documents', DocumentList, { signal }),
  });

export const documentQuery = (id: number) =>
  queryOptions({
    queryKey: documentKeys.detail(id),
    queryFn: ({ signal }) => apiRequest(`/documents/${id}`, DocumentSummary, { signal }),
  });

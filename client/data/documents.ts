import { queryOptions } from '@tanstack/react-query';
import { DocumentList, DocumentSummary, ImportingList } from '../../shared/schemas';
import { apiRequest } from '../lib/apiClient';

/** Query keys for documents: everything about one document hangs under `detail(id)`. */
export const documentKeys = {
  all: ['documents'] as const,
  list: () => [...documentKeys.all, 'list'] as const,
  archived: () => [...documentKeys.all, 'archived'] as const,
  importing: () => [...documentKeys.all, 'importing'] as const,
  detail: (id: number) => [...documentKeys.all, 'detail', id] as const,
};

/** The archive (admins): documents hidden from the list, to bring back. */
export const archivedListQuery = () =>
  queryOptions({
    queryKey: documentKeys.archived(),
    queryFn: ({ signal }) => apiRequest('/documents?archived=1', DocumentList, { signal }),
  });

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

/** The caller's imports under way, asked for every second while one is being stored. */
export const importingQuery = (isWatching: boolean) =>
  queryOptions({
    queryKey: documentKeys.importing(),
    queryFn: ({ signal }) => apiRequest('/documents/importing', ImportingList, { signal }),
    enabled: isWatching,
    refetchInterval: isWatching ? 1000 : false,
    staleTime: 0,
  });

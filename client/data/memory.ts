import { queryOptions } from '@tanstack/react-query';
import { ConcordanceList, MemoryMatchList } from '../../shared/schemas';
import { apiRequest } from '../lib/apiClient';

/** Query keys of the translation memory: an approval anywhere may change any of them. */
export const memoryKeys = {
  all: ['memory'] as const,
  matches: (segmentId: number) => [...memoryKeys.all, 'matches', segmentId] as const,
  concordance: (sourceLang: string, targetLang: string, q: string) => [...memoryKeys.all, 'concordance', sourceLang, targetLang, q] as const,
};

/** A paragraph's matches in its pair's memory, best first (kept a few minutes: the memory grows slowly). */
export const matchesQuery = (segmentId: number) =>
  queryOptions({
    queryKey: memoryKeys.matches(segmentId),
    queryFn: ({ signal }) => apiRequest(`/segments/${segmentId}/matches`, MemoryMatchList, { signal }),
    staleTime: 5 * 60_000,
  });

export const concordanceQuery = (sourceLang: string, targetLang: string, q: string) =>
  queryOptions({
    queryKey: memoryKeys.concordance(sourceLang, targetLang, q),
    queryFn: ({ signal }) =>
      apiRequest(`/tm/concordance?${new URLSearchParams({ q, sourceLang, targetLang }).toString()}`, ConcordanceList, { signal }),
    enabled: q.trim() !== '',
    staleTime: 60_000,
  });

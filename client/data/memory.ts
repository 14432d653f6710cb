import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { ConcordanceList, MemoryAnalysisStatus, MemoryImportResult, MemoryMatchList, MemoryPairList } from '../../shared/schemas';
import { apiRequest } from '../lib/apiClient';

/** Query keys of the translation memory: an approval anywhere may change any of them. */
export const memoryKeys = {
  all: ['memory'] as const,
  pairs: () => [...memoryKeys.all, 'pairs'] as const,
  analysis: (documentId: number) => [...memoryKeys.all, 'analysis', documentId] as const,
  matches: (segmentId: number) => [...memoryKeys.all, 'matches', segmentId] as const,
  concordance: (sourceLang: string, targetLang: string, memory: string | null, q: string) =>
    [...memoryKeys.all, 'concordance', sourceLang, targetLang, memory, q] as const,
};

/** A paragraph's matches in its pair's memory, best first (kept a few minutes: the memory grows slowly). */
export const matchesQuery = (segmentId: number) =>
  queryOptions({
    queryKey: memoryKeys.matches(segmentId),
    queryFn: ({ signal }) => apiRequest(`/segments/${segmentId}/matches`, MemoryMatchList, { signal }),
    staleTime: 5 * 60_000,
  });

/** A word or phrase in a pair's memory (and a project's, when the document keeps one). */
export const concordanceQuery = (sourceLang: string, targetLang: string, memory: string | null, q: string) =>
  queryOptions({
    queryKey: memoryKeys.concordance(sourceLang, targetLang, memory, q),
    queryFn: ({ signal }) =>
      apiRequest(
        `/tm/concordance?${new URLSearchParams({ q, sourceLang, targetLang, ...(memory ? { memory } : {}) }).toString()}`,
        ConcordanceList,
        { signal },
      ),
    enabled: q.trim() !== '',
    staleTime: 60_000,
  });

/** The pairs the memory holds, with their units. */
export const memoryPairsQuery = () =>
  queryOptions({
    queryKey: memoryKeys.pairs(),
    queryFn: ({ signal }) => apiRequest('/tm/pairs', MemoryPairList, { signal }),
  });

/** Adds a TMX file to the memory (admins): every match and the concordance may change. */
export function useImportMemoryMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.set('file', file);
      return apiRequest('/tm/import', MemoryImportResult, { method: 'POST', body: form });
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: memoryKeys.all }),
  });
}

/** Where the browser downloads a pair's memory as TMX (admins). */
export function memoryExportUrl(sourceLang: string, targetLang: string, memory: string | null = null): string {
  return `/api/tm/export?${new URLSearchParams({ sourceLang, targetLang, ...(memory ? { memory } : {}) })}`;
}

/** A document's memory analysis as it stands; asked again every second while one runs (it says how far it has come). */
export const memoryAnalysisQuery = (documentId: number) =>
  queryOptions({
    queryKey: memoryKeys.analysis(documentId),
    queryFn: ({ signal }) => apiRequest(`/documents/${documentId}/memory-analysis`, MemoryAnalysisStatus, { signal }),
    refetchInterval: (query) => (query.state.data?.state === 'running' ? 1000 : false),
  });

/** Starts a document's memory analysis (in the background: the status query follows it). */
export function useStartAnalysisMutation(documentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(`/documents/${documentId}/memory-analysis`, MemoryAnalysisStatus, { method: 'POST' }),
    onSuccess: (status) => queryClient.setQueryData(memoryKeys.analysis(documentId), status),
  });
}

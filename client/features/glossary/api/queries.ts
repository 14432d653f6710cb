import { queryOptions } from '@tanstack/react-query';
import { GlossaryPairList, GlossaryTermList, ProposalList, type GlossaryPair } from '../../../../shared/schemas';
import { apiRequest } from '../../../lib/apiClient';

export const glossaryKeys = {
  all: ['glossary'] as const,
  pairs: () => [...glossaryKeys.all, 'pairs'] as const,
  terms: (pair: GlossaryPair, q: string) => [...glossaryKeys.all, 'terms', pair.sourceLang, pair.targetLang, q] as const,
  proposals: (pair: GlossaryPair) => [...glossaryKeys.all, 'proposals', pair.sourceLang, pair.targetLang] as const,
};

export const glossaryPairsQuery = () =>
  queryOptions({
    queryKey: glossaryKeys.pairs(),
    queryFn: ({ signal }) => apiRequest('/glossary/pairs', GlossaryPairList, { signal }),
  });

export const glossaryTermsQuery = (pair: GlossaryPair, q: string) =>
  queryOptions({
    queryKey: glossaryKeys.terms(pair, q),
    queryFn: ({ signal }) => {
      const search = new URLSearchParams({ sourceLang: pair.sourceLang, targetLang: pair.targetLang });
      if (q) search.set('q', q);
      return apiRequest(`/glossary/terms?${search}`, GlossaryTermList, { signal });
    },
  });

/** A pair's open learned terms, most often made first. */
export const proposalsQuery = (pair: GlossaryPair) =>
  queryOptions({
    queryKey: glossaryKeys.proposals(pair),
    queryFn: ({ signal }) =>
      apiRequest(`/glossary/proposals?${new URLSearchParams({ ...pair, status: 'open' })}`, ProposalList, { signal }),
  });

/** Where the browser downloads the glossary of a pair as a file. */
export function glossaryExportUrl(pair: GlossaryPair, format: 'csv' | 'tbx'): string {
  return `/api/glossary/export?${new URLSearchParams({ ...pair, format })}`;
}

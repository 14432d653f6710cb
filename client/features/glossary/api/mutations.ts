import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  AcceptedProposal,
  GlossaryImportResult,
  GlossaryProposal,
  GlossaryTerm,
  type AcceptProposalBody,
  type GlossaryPair,
  type GlossaryTermInput,
} from '../../../../shared/schemas';
import { apiRequest } from '../../../lib/apiClient';
import { documentKeys } from '../../../data/documents';
import { glossaryKeys } from './queries';

/** A glossary change changes every document's findings in that pair: refresh both. */
function refresh(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: glossaryKeys.all });
  void queryClient.invalidateQueries({ queryKey: documentKeys.all });
}

export function useCreateTermMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: GlossaryPair & GlossaryTermInput) => apiRequest('/glossary/terms', GlossaryTerm, { method: 'POST', body: input }),
    onSuccess: () => refresh(queryClient),
  });
}

export function useUpdateTermMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: GlossaryTermInput & { id: number }) =>
      apiRequest(`/glossary/terms/${id}`, GlossaryTerm, { method: 'PUT', body: input }),
    onSuccess: () => refresh(queryClient),
  });
}

export function useDeleteTermMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiRequest(`/glossary/terms/${id}`, GlossaryTerm, { method: 'DELETE' }),
    onSuccess: () => refresh(queryClient),
  });
}

const ImportAnswer = GlossaryImportResult.extend({ skipped: z.number().int() });

export function useImportGlossaryMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ pair, file, mode }: { pair: GlossaryPair; file: File; mode: 'merge' | 'replace' }) => {
      const form = new FormData();
      form.set('sourceLang', pair.sourceLang);
      form.set('targetLang', pair.targetLang);
      form.set('mode', mode);
      form.set('file', file);
      return apiRequest('/glossary/import', ImportAnswer, { method: 'POST', body: form });
    },
    onSuccess: () => refresh(queryClient),
  });
}

/** Accepts a learned term (as edited, when edits are given): it joins the glossary, every document of the pair is checked again. */
export function useAcceptProposalMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, edits }: { id: number; edits?: AcceptProposalBody }) =>
      apiRequest(`/glossary/proposals/${id}/accept`, AcceptedProposal, { method: 'POST', body: edits ?? {} }),
    onSettled: () => refresh(queryClient),
  });
}

export function useDeclineProposalMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiRequest(`/glossary/proposals/${id}/decline`, GlossaryProposal, { method: 'POST' }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: glossaryKeys.all }),
  });
}

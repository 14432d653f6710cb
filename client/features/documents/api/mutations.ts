import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DocumentSummary } from '../../../../shared/schemas';
import { apiRequest } from '../../../lib/apiClient';
import { documentKeys } from './queries';

export interface NewDocumentInput {
  title: string;
  sourceLang: string;
  targetLang: string;
  source: File;
  target: File;
}

/** Uploads a source text and its machine translation as a new document. */
export function useCreateDocumentMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewDocumentInput) => {
      const form = new FormData();
      form.set('title', input.title);
      form.set('sourceLang', input.sourceLang);
      form.set('targetLang', input.targetLang);
      form.set('source', input.source);
      form.set('target', input.target);
      return apiRequest('/documents', DocumentSummary, { method: 'POST', body: form });
    },
    onSuccess: (created) => {
      queryClient.setQueryData(documentKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: documentKeys.list() });
    },
  });
}

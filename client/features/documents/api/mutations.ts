import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DocumentSummary, ImportResult, type UpdateDocumentBody } from '../../../../shared/schemas';
import { apiRequest, apiUpload } from '../../../lib/apiClient';
import { documentKeys } from '../../../data/documents';

export interface NewDocumentInput {
  title: string;
  sourceLang: string;
  targetLang: string;
  source: File;
  target: File;
}

/** Uploads a source text and its machine translation as a new document; `onProgress` follows the upload. */
export function useCreateDocumentMutation(onProgress: (share: number) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewDocumentInput) => {
      const form = new FormData();
      form.set('title', input.title);
      form.set('sourceLang', input.sourceLang);
      form.set('targetLang', input.targetLang);
      form.set('source', input.source);
      form.set('target', input.target);
      return apiUpload('/documents', DocumentSummary, form, onProgress);
    },
    onSuccess: () => {
      // the editor loads the document's detail itself (with where its event log stands, for the live feed)
      void queryClient.invalidateQueries({ queryKey: documentKeys.list() });
    },
  });
}

/** Imports an XLIFF or TMX file as a new document; `onProgress` follows the upload. */
/** A file to import, with what the dialog asks: a target language (for a file that names none), and the file's states or not. */
export interface ImportRequest {
  file: File;
  targetLang?: string | undefined;
  states: boolean;
}

export function useImportDocumentMutation(onProgress: (share: number) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, targetLang, states }: ImportRequest) => {
      const form = new FormData();
      // the fields before the file: the server reads them as they come
      if (targetLang) form.set('targetLang', targetLang);
      form.set('states', String(states));
      form.set('file', file);
      return apiUpload('/documents/import', ImportResult, form, onProgress);
    },
    onSuccess: () => {
      // the editor loads the document's detail itself (with where its event log stands, for the live feed)
      void queryClient.invalidateQueries({ queryKey: documentKeys.list() });
    },
  });
}

/** A document's title, deadline or assignee changed; archived; or brought back: the lists are asked for again. */
export function useManageDocumentMutation(documentId: number) {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: documentKeys.all });
  };
  return {
    update: useMutation({
      mutationFn: (changes: UpdateDocumentBody) =>
        apiRequest(`/documents/${documentId}`, DocumentSummary, { method: 'PATCH', body: changes }),
      onSuccess: refresh,
    }),
    archive: useMutation({
      mutationFn: () => apiRequest(`/documents/${documentId}/archive`, DocumentSummary, { method: 'POST' }),
      onSuccess: refresh,
    }),
    restore: useMutation({
      mutationFn: () => apiRequest(`/documents/${documentId}/restore`, DocumentSummary, { method: 'POST' }),
      onSuccess: refresh,
    }),
  };
}

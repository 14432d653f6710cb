import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { REPLACE_MAX_PARAGRAPHS, ReplacePreview, ReplaceResult, type FindBody } from '../../../../shared/schemas';
import { apiRequest } from '../../../lib/apiClient';
import { documentKeys } from '../../../data/documents';
import { segmentKeys } from '../../../data/segments';

/** Find and replace: what it would change (nothing is written). */
export function useReplacePreviewMutation(documentId: number) {
  return useMutation({
    mutationFn: (find: FindBody) => apiRequest(`/documents/${documentId}/replace/preview`, ReplacePreview, { method: 'POST', body: find }),
  });
}

/**
 * A replacement of many paragraphs as requests of at most `size` each, one after the other, their
 * answers added up; `onProgress` hears how many paragraphs have been sent.
 */
export async function replaceInPieces<T>(
  expect: readonly T[],
  size: number,
  send: (piece: T[]) => Promise<ReplaceResult>,
  onProgress: (progress: { done: number; total: number }) => void,
): Promise<ReplaceResult> {
  const total: ReplaceResult = { replaced: [], skipped: [], matches: 0 };
  onProgress({ done: 0, total: expect.length });
  for (let from = 0; from < expect.length; from += size) {
    const piece = expect.slice(from, from + size);
    const part = await send(piece);
    total.replaced.push(...part.replaced);
    total.skipped.push(...part.skipped);
    total.matches += part.matches;
    onProgress({ done: from + piece.length, total: expect.length });
  }
  return total;
}

/**
 * Find and replace made, in requests of at most REPLACE_MAX_PARAGRAPHS paragraphs each (a change
 * to 150,000 paragraphs is eight requests, each a few tens of seconds at most), with how far it has
 * got; the document's rows and numbers are asked for again after.
 */
export function useReplaceMutation(documentId: number) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const mutation = useMutation({
    mutationFn: (body: FindBody & { expect: Array<{ segmentId: number; version: number }> }) =>
      replaceInPieces(
        body.expect,
        REPLACE_MAX_PARAGRAPHS,
        (expect) => apiRequest(`/documents/${documentId}/replace`, ReplaceResult, { method: 'POST', body: { ...body, expect } }),
        setProgress,
      ),
    onSettled: () => {
      setProgress(null);
      void queryClient.invalidateQueries({ queryKey: segmentKeys.lists(documentId) });
      void queryClient.invalidateQueries({ queryKey: documentKeys.detail(documentId) });
    },
  });
  return { ...mutation, progress };
}

import { useCallback, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { REPLACE_PIECE, REPLACE_PREVIEW_PIECE, ReplacePreview, ReplaceResult, type FindBody } from '../../../../shared/schemas';
import { apiRequest } from '../../../lib/apiClient';
import { documentKeys } from '../../../data/documents';
import { segmentKeys } from '../../../data/segments';

/** Paragraphs a preview shows the texts of (the server's SHOWN). */
const PREVIEW_SHOWN = 500;

/**
 * A preview of a long document as requests of `size` paragraphs read each, one after the other,
 * their items joined (texts kept for the first ones shown only); `onProgress` hears the last
 * position read, out of the document's `total` paragraphs.
 */
export async function previewInPieces(
  size: number,
  total: number,
  send: (piece: { after: number; limit: number }) => Promise<ReplacePreview>,
  onProgress: (progress: { done: number; total: number }) => void,
): Promise<ReplacePreview> {
  const whole: ReplacePreview = { items: [], paragraphs: 0, matches: 0, shown: 0, next: null };
  onProgress({ done: 0, total });
  for (let after: number | null = 0; after !== null;) {
    const piece = await send({ after, limit: size });
    for (const item of piece.items) whole.items.push(whole.items.length < PREVIEW_SHOWN ? item : { ...item, before: null, after: null });
    whole.matches += piece.matches;
    after = piece.next;
    onProgress({ done: after === null ? total : Math.min(after, total), total });
  }
  whole.paragraphs = whole.items.length;
  whole.shown = Math.min(PREVIEW_SHOWN, whole.items.length);
  return whole;
}

/**
 * Find and replace: what it would change (nothing is written), asked for REPLACE_PREVIEW_PIECE
 * paragraphs at a time with how far it has got (a million paragraphs are twenty requests), and
 * stopped between pieces by `stop`.
 */
export function useReplacePreviewMutation(documentId: number, segmentCount: number) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const controller = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationFn: (find: FindBody) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      return previewInPieces(
        REPLACE_PREVIEW_PIECE,
        segmentCount,
        (piece) =>
          apiRequest(`/documents/${documentId}/replace/preview`, ReplacePreview, {
            method: 'POST',
            body: { ...find, ...piece },
            signal: current.signal,
          }),
        setProgress,
      );
    },
    onSettled: () => setProgress(null),
  });
  const stop = useCallback(() => controller.current?.abort(), []);
  return { ...mutation, progress, stop };
}

/**
 * A replacement of many paragraphs as requests of at most `size` each, one after the other, their
 * answers added up; each is told which part of how many it is; `onProgress` hears how many
 * paragraphs have been sent.
 */
export async function replaceInPieces<T>(
  expect: readonly T[],
  size: number,
  send: (piece: T[], place: { part: number; parts: number }) => Promise<ReplaceResult>,
  onProgress: (progress: { done: number; total: number }) => void,
): Promise<ReplaceResult> {
  const total: ReplaceResult = { replaced: [], skipped: [], matches: 0 };
  const parts = Math.ceil(expect.length / size);
  onProgress({ done: 0, total: expect.length });
  for (let from = 0; from < expect.length; from += size) {
    const piece = expect.slice(from, from + size);
    const part = await send(piece, { part: from / size + 1, parts });
    total.replaced.push(...part.replaced);
    total.skipped.push(...part.skipped);
    total.matches += part.matches;
    onProgress({ done: from + piece.length, total: expect.length });
  }
  return total;
}

/** An id for one replacement sent in pieces (the log shows its pieces as one change). */
function operationId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Find and replace made, in requests of REPLACE_PIECE paragraphs each (a few seconds each: a
 * change to 15,000 paragraphs moves its progress bar eight times), each with one operation id and
 * its part (the log says "part 3 of 8"); the document's rows and numbers are asked for again after.
 */
export function useReplaceMutation(documentId: number) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const mutation = useMutation({
    mutationFn: (body: FindBody & { expect: Array<{ segmentId: number; version: number }> }) => {
      const operation = operationId();
      return replaceInPieces(
        body.expect,
        REPLACE_PIECE,
        (expect, place) =>
          apiRequest(`/documents/${documentId}/replace`, ReplaceResult, {
            method: 'POST',
            body: { ...body, expect, ...(place.parts > 1 ? { operation, ...place } : {}) },
          }),
        setProgress,
      );
    },
    onSettled: () => {
      setProgress(null);
      void queryClient.invalidateQueries({ queryKey: segmentKeys.lists(documentId) });
      void queryClient.invalidateQueries({ queryKey: documentKeys.detail(documentId) });
    },
  });
  return { ...mutation, progress };
}

import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { CreateAnnotationBody } from '../../../../shared/schemas';
import {
  Annotation,
  AnnotationCandidateList,
  AnnotationList,
  CommentList,
  CompareResult,
  EffortReport,
  QualityReport,
  RevertPreview,
  RevertResult,
  RevisionResult,
  SegmentComment,
  Timeline,
  type QualityWeights,
  type RevertFilter,
} from '../../../../shared/schemas';
import { apiRequest } from '../../../lib/apiClient';
import { documentKeys } from '../../../data/documents';
import { useStoreSegment } from '../../../data/segments';

/** Query keys for reviewing a document (apart from documentKeys, which every save invalidates). */
export const reviewKeys = {
  all: ['review'] as const,
  document: (documentId: number) => [...reviewKeys.all, documentId] as const,
  annotations: (documentId: number) => [...reviewKeys.document(documentId), 'annotations'] as const,
  candidates: (documentId: number) => [...reviewKeys.document(documentId), 'candidates'] as const,
  quality: (documentId: number) => [...reviewKeys.document(documentId), 'quality'] as const,
  comments: (documentId: number) => [...reviewKeys.document(documentId), 'comments'] as const,
  compare: (documentId: number, from: string, to: string, all: boolean) =>
    [...reviewKeys.document(documentId), 'compare', from, to, all] as const,
  timeline: (documentId: number) => [...reviewKeys.document(documentId), 'timeline'] as const,
  effort: (documentId: number) => [...reviewKeys.document(documentId), 'effort'] as const,
};

export const annotationsQuery = (documentId: number) =>
  queryOptions({
    queryKey: reviewKeys.annotations(documentId),
    queryFn: ({ signal }) => apiRequest(`/documents/${documentId}/annotations`, AnnotationList, { signal }),
  });

export const candidatesQuery = (documentId: number) =>
  queryOptions({
    queryKey: reviewKeys.candidates(documentId),
    queryFn: ({ signal }) => apiRequest(`/documents/${documentId}/annotation-candidates`, AnnotationCandidateList, { signal }),
  });

export const qualityQuery = (documentId: number) =>
  queryOptions({
    queryKey: reviewKeys.quality(documentId),
    queryFn: ({ signal }) => apiRequest(`/documents/${documentId}/quality`, QualityReport, { signal }),
  });

export const commentsQuery = (documentId: number) =>
  queryOptions({
    queryKey: reviewKeys.comments(documentId),
    queryFn: ({ signal }) => apiRequest(`/documents/${documentId}/comments`, CommentList, { signal }),
  });

export const compareQuery = (documentId: number, from: string, to: string, all: boolean) =>
  queryOptions({
    queryKey: reviewKeys.compare(documentId, from, to, all),
    queryFn: ({ signal }) => {
      const search = new URLSearchParams({ from, to, all: all ? '1' : '0' });
      return apiRequest(`/documents/${documentId}/compare?${search}`, CompareResult, { signal });
    },
  });

export const timelineQuery = (documentId: number) =>
  queryOptions({
    queryKey: reviewKeys.timeline(documentId),
    queryFn: ({ signal }) => apiRequest(`/documents/${documentId}/timeline`, Timeline, { signal }),
  });

export const effortQuery = (documentId: number) =>
  queryOptions({
    queryKey: reviewKeys.effort(documentId),
    queryFn: ({ signal }) => apiRequest(`/documents/${documentId}/effort`, EffortReport, { signal }),
  });

/** The score, the annotations and the candidates move together. */
function useRefreshScoring(documentId: number) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: reviewKeys.annotations(documentId) });
    void queryClient.invalidateQueries({ queryKey: reviewKeys.quality(documentId) });
    void queryClient.invalidateQueries({ queryKey: reviewKeys.candidates(documentId) });
  };
}

export function useCreateAnnotationMutation(documentId: number) {
  const refresh = useRefreshScoring(documentId);
  return useMutation({
    mutationFn: ({ segmentId, body }: { segmentId: number; body: z.input<typeof CreateAnnotationBody> }) =>
      apiRequest(`/segments/${segmentId}/annotations`, Annotation, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useWithdrawAnnotationMutation(documentId: number) {
  const refresh = useRefreshScoring(documentId);
  return useMutation({
    mutationFn: (annotationId: number) => apiRequest(`/annotations/${annotationId}`, z.undefined(), { method: 'DELETE' }),
    onSettled: refresh,
  });
}

export function useSetWeightsMutation(documentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (weights: QualityWeights) =>
      apiRequest(`/documents/${documentId}/quality/weights`, QualityReport, { method: 'PUT', body: weights }),
    onSuccess: (report) => queryClient.setQueryData(reviewKeys.quality(documentId), report),
  });
}

export function useCreateCommentMutation(documentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ segmentId, body }: { segmentId: number; body: string }) =>
      apiRequest(`/segments/${segmentId}/comments`, SegmentComment, { method: 'POST', body: { body } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reviewKeys.comments(documentId) }),
  });
}

/** Resubmits a rejected text unchanged with a reply, which joins the paragraph's comments. */
export function useResubmitMutation(documentId: number) {
  const queryClient = useQueryClient();
  const storeSegment = useStoreSegment();
  return useMutation({
    mutationFn: ({ revisionId, comment }: { revisionId: number; comment: string }) =>
      apiRequest(`/revisions/${revisionId}/resubmit`, RevisionResult, { method: 'POST', body: { comment } }),
    onSuccess: (result) => {
      storeSegment(result.segment);
      void queryClient.invalidateQueries({ queryKey: reviewKeys.comments(documentId) });
    },
  });
}

export function useRevertPreviewMutation(documentId: number) {
  return useMutation({
    mutationFn: (filter: RevertFilter) =>
      apiRequest(`/documents/${documentId}/revert/preview`, RevertPreview, { method: 'POST', body: filter }),
  });
}

export function useRevertMutation(documentId: number) {
  const queryClient = useQueryClient();
  const storeSegment = useStoreSegment();
  return useMutation({
    mutationFn: (body: { filter: RevertFilter; expect: Array<{ segmentId: number; version: number }> }) =>
      apiRequest(`/documents/${documentId}/revert`, RevertResult, { method: 'POST', body }),
    onSuccess: (result) => {
      for (const segment of result.segments) storeSegment(segment);
      void queryClient.invalidateQueries({ queryKey: reviewKeys.document(documentId) });
      void queryClient.invalidateQueries({ queryKey: documentKeys.detail(documentId) });
    },
  });
}

/** Reports editing time; `keepalive` lets the last report leave with the page. */
export function reportEffort(segmentId: number, ms: number): void {
  void apiRequest(`/segments/${segmentId}/effort`, z.undefined(), { method: 'POST', body: { ms }, keepalive: true }).catch(() => {
    // editing time is a measurement, not the translator's work: a lost report is not worth an error
  });
}

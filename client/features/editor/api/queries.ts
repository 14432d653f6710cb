import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { RuleId } from '../../../../shared/qa';
import { RevisionList, SegmentPage, type SegmentFilter } from '../../../../shared/schemas';
import { apiRequest } from '../../../lib/apiClient';

export const SEGMENT_PAGE_SIZE = 100;

export interface SegmentListParams {
  status: SegmentFilter;
  q: string;
  findings: 'any' | 'with' | 'without';
  rule?: RuleId | undefined;
}

/** Query keys for a document's segments and a segment's revision history. */
export const segmentKeys = {
  all: ['segments'] as const,
  lists: (documentId: number) => [...segmentKeys.all, 'list', documentId] as const,
  list: (documentId: number, params: SegmentListParams) => [...segmentKeys.lists(documentId), params] as const,
  revisions: (segmentId: number) => [...segmentKeys.all, 'revisions', segmentId] as const,
};

/** The findings filter from the address bar ("with" or "without" findings; anything else: all). */
export function parseFindingsFilter(value: string | null): SegmentListParams['findings'] {
  return value === 'with' || value === 'without' ? value : 'any';
}

export const segmentListQuery = (documentId: number, params: SegmentListParams) =>
  infiniteQueryOptions({
    queryKey: segmentKeys.list(documentId, params),
    queryFn: ({ pageParam, signal }) => {
      const search = new URLSearchParams({ offset: String(pageParam), limit: String(SEGMENT_PAGE_SIZE) });
      if (params.status !== 'all') search.set('status', params.status);
      if (params.q) search.set('q', params.q);
      if (params.findings !== 'any') search.set('findings', params.findings);
      if (params.rule) search.set('rule', params.rule);
      return apiRequest(`/documents/${documentId}/segments?${search}`, SegmentPage, { signal });
    },
    initialPageParam: 0,
    getNextPageParam: (last) => (last.offset + last.items.length < last.total ? last.offset + last.items.length : undefined),
  });

export const revisionsQuery = (segmentId: number) =>
  queryOptions({
    queryKey: segmentKeys.revisions(segmentId),
    queryFn: ({ signal }) => apiRequest(`/segments/${segmentId}/revisions`, RevisionList, { signal }),
  });

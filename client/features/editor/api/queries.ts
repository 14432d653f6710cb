import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { RuleId } from '../../../../shared/qa';
import { RevisionList, SegmentPage, type SegmentFilter } from '../../../../shared/schemas';
import { apiRequest } from '../../../lib/apiClient';

/** Segments per request: the editor asks for the pages around what is on screen. */
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
  page: (documentId: number, params: SegmentListParams, page: number) => [...segmentKeys.list(documentId, params), page] as const,
  revisions: (segmentId: number) => [...segmentKeys.all, 'revisions', segmentId] as const,
};

/** The findings filter from the address bar ("with" or "without" findings; anything else: all). */
export function parseFindingsFilter(value: string | null): SegmentListParams['findings'] {
  return value === 'with' || value === 'without' ? value : 'any';
}

/** Whether the list shows only some segments (else the n-th row is the segment at position n). */
export function isFiltered(params: SegmentListParams): boolean {
  return params.status !== 'all' || params.q !== '' || params.findings !== 'any' || params.rule !== undefined;
}

/** The filters as the API takes them. */
export function filterSearch(params: SegmentListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.status !== 'all') search.set('status', params.status);
  if (params.q) search.set('q', params.q);
  if (params.findings !== 'any') search.set('findings', params.findings);
  if (params.rule) search.set('rule', params.rule);
  return search;
}

/**
 * One page of the list (rows page × size onwards). The whole document is paged by position (row n
 * is position n + 1); a filtered list by position too when the page before is at hand (keyset),
 * else by offset (a jump into the middle of a filtered list).
 */
export const segmentPageQuery = (queryClient: QueryClient, documentId: number, params: SegmentListParams, page: number) =>
  queryOptions({
    queryKey: segmentKeys.page(documentId, params, page),
    queryFn: ({ signal }) => {
      const search = filterSearch(params);
      search.set('limit', String(SEGMENT_PAGE_SIZE));
      const start = page * SEGMENT_PAGE_SIZE;
      if (!isFiltered(params)) search.set('after', String(start));
      else {
        const previous = page > 0 ? queryClient.getQueryData<SegmentPage>(segmentKeys.page(documentId, params, page - 1)) : undefined;
        const last = previous?.items.at(-1);
        if (previous && last && previous.offset + previous.items.length === start) search.set('after', String(last.position));
        else search.set('offset', String(start));
      }
      return apiRequest(`/documents/${documentId}/segments?${search}`, SegmentPage, { signal });
    },
    // live updates keep cached pages current; pages scrolled past are dropped soon, so memory
    // stays flat however far the reader scrolls
    staleTime: 5 * 60_000,
    gcTime: 20_000,
  });

/** Where the first segment at or after a position stands in a (filtered) list, or null if none does. */
export async function indexOfPosition(
  documentId: number,
  params: SegmentListParams,
  position: number,
): Promise<{ index: number; position: number } | null> {
  if (!isFiltered(params)) return { index: position - 1, position };
  const search = filterSearch(params);
  search.set('after', String(position - 1));
  search.set('limit', '1');
  const page = await apiRequest(`/documents/${documentId}/segments?${search}`, SegmentPage);
  const first = page.items[0];
  return first ? { index: page.offset, position: first.position } : null;
}

/** The next (or previous) segment of the list, after (before) a position, whose text has findings. */
export async function nextWithFindings(
  documentId: number,
  params: SegmentListParams,
  from: number,
  direction: 1 | -1,
): Promise<number | null> {
  if (params.findings === 'without') return null;
  const search = filterSearch({ ...params, findings: 'with' });
  search.set(direction === 1 ? 'after' : 'before', String(from));
  search.set('limit', '1');
  const page = await apiRequest(`/documents/${documentId}/segments?${search}`, SegmentPage);
  return page.items[0]?.position ?? null;
}

/**
 * The next segment of the list after `from` that still needs work (untouched, draft or
 * rejected; in a list filtered to one status, the next of that status), asked of the server.
 */
export async function nextNeedingWork(documentId: number, params: SegmentListParams, from: number): Promise<number | null> {
  const search = filterSearch({ ...params, status: params.status === 'all' ? 'open' : params.status });
  search.set('after', String(from));
  search.set('limit', '1');
  const page = await apiRequest(`/documents/${documentId}/segments?${search}`, SegmentPage);
  return page.items[0]?.position ?? null;
}

export const revisionsQuery = (segmentId: number) =>
  queryOptions({
    queryKey: segmentKeys.revisions(segmentId),
    queryFn: ({ signal }) => apiRequest(`/segments/${segmentId}/revisions`, RevisionList, { signal }),
  });

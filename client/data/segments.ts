/**
 * A document's segments in the cache: the keys and queries of its pages and of a segment's history,
 * and the one way a segment's new copy enters the cache (after a save, a decision, a 409, or the
 * live feed), touching only the pages that hold it. Shared by the editor, the queue, review and QA.
 */
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { RuleId } from '../../shared/qa';
import { PropagateResult, RevisionList, RevisionResult, SegmentPage, type Segment, type SegmentFilter } from '../../shared/schemas';
import type { RevisionAction } from '../../shared/workflow';
import { apiRequest } from '../lib/apiClient';
import { documentKeys } from './documents';
import { memoryKeys } from './memory';

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

/**
 * The new copy of a segment, keeping the cached findings when the server sent none with it and
 * the text they were made for still stands (a status change does not change findings).
 */
function merged(cached: Segment, incoming: Segment): Segment {
  // how often its source repeats comes with pages only: the source never changes, so it is kept
  const kept = incoming.repeats === undefined && cached.repeats !== undefined ? { ...incoming, repeats: cached.repeats } : incoming;
  if (kept.check !== undefined) return kept;
  const sameText = (cached.current?.id ?? null) === (kept.current?.id ?? null);
  return { ...kept, check: sameText ? (cached.check ?? null) : null };
}

/**
 * Puts a segment into the cached pages of its document's lists, touching only the pages that
 * hold it (and in them only that segment): every other row keeps its data as it was. `isNewer`
 * decides whether the incoming copy replaces the cached one. Returns whether anything changed.
 */
function putSegment(queryClient: QueryClient, segment: Segment, isNewer: (cached: Segment) => boolean): boolean {
  let changed = false;
  for (const [key, page] of queryClient.getQueriesData<SegmentPage>({ queryKey: segmentKeys.lists(segment.documentId) })) {
    if (!page) continue;
    const index = page.items.findIndex((item) => item.id === segment.id);
    const cached = page.items[index];
    if (!cached || !isNewer(cached)) continue;
    const items = page.items.slice();
    items[index] = merged(cached, segment);
    queryClient.setQueryData<SegmentPage>(key, { ...page, items });
    changed = true;
  }
  return changed;
}

/**
 * Puts the server's new copy of a segment into the cache. Lists are not refetched: a segment the
 * translator is working on must not vanish from a filtered view because its status changed under
 * the filter. The document's progress follows from the live feed.
 */
function storeSegment(queryClient: QueryClient, segment: Segment): void {
  putSegment(queryClient, segment, (cached) => cached.version <= segment.version);
  void queryClient.invalidateQueries({ queryKey: segmentKeys.revisions(segment.id) });
  // the documents list is not on screen here: it is asked for again when it is
  void queryClient.invalidateQueries({ queryKey: documentKeys.list(), refetchType: 'none' });
}

export interface SaveRevisionInput {
  segmentId: number;
  text: string;
  baseVersion: number;
}

/** Saves the working text as a new revision (optimistic concurrency through `baseVersion`). */
export function useSaveRevisionMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ segmentId, text, baseVersion }: SaveRevisionInput) =>
      apiRequest(`/segments/${segmentId}/revisions`, RevisionResult, { method: 'POST', body: { text, baseVersion } }),
    onSuccess: (result) => storeSegment(queryClient, result.segment),
  });
}

export interface TransitionInput {
  revisionId: number;
  action: RevisionAction;
  comment?: string;
}

/**
 * Submits, approves or rejects a revision: the one hook that calls those endpoints, in the editor
 * and in the queue alike, so a decision updates the cache the same way wherever it is made (the
 * segment's new copy stored in place). `onSettled` adds what a page must refresh besides.
 */
export function useTransitionMutation(options: { onSettled?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ revisionId, action, comment }: TransitionInput) =>
      apiRequest(`/revisions/${revisionId}/${action}`, RevisionResult, {
        method: 'POST',
        body: comment === undefined ? {} : { comment },
      }),
    onSuccess: (result, input) => {
      storeSegment(queryClient, result.segment);
      // an approved translation is in the memory now: other paragraphs' matches may have changed
      if (input.action === 'approve') void queryClient.invalidateQueries({ queryKey: memoryKeys.all });
    },
    ...(options.onSettled ? { onSettled: options.onSettled } : {}),
  });
}

/** A paragraph's approved translation put into its repetitions (drafts); they are stored as they now stand. */
export function usePropagateMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (segmentId: number) => apiRequest(`/segments/${segmentId}/propagate`, PropagateResult, { method: 'POST' }),
    onSuccess: (result) => {
      for (const segment of result.segments) storeSegment(queryClient, segment);
    },
  });
}

/**
 * A segment as the live feed reports it: replaces the cached copy unless that one is already as
 * new (the feed may repeat what this tab saved itself, or arrive after a fresher answer).
 */
export function storeLiveSegment(queryClient: QueryClient, segment: Segment): void {
  if (
    putSegment(
      queryClient,
      segment,
      (cached) =>
        cached.version < segment.version || (cached.version === segment.version && cached.check === null && segment.check != null),
    )
  ) {
    void queryClient.invalidateQueries({ queryKey: segmentKeys.revisions(segment.id) });
  }
}

/**
 * A segment whose findings a check made again changed (the glossary changed): its text is as
 * cached, its findings are newer, so the same version is replaced too (an older one never).
 */
export function storeRecheckedSegment(queryClient: QueryClient, segment: Segment): void {
  putSegment(queryClient, segment, (cached) => cached.version <= segment.version);
}

/** Replaces a segment in the cache with what the server reported (after a 409, say). */
export function useStoreSegment() {
  const queryClient = useQueryClient();
  return (segment: Segment) => storeSegment(queryClient, segment);
}


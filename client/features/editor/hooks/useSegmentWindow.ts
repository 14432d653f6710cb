/**
 * The segments of a (filtered) list around what is on screen: the pages covering the rows the
 * virtualised list shows, each a query of its own, and the first page always (it says how many
 * rows there are). Pages far from the screen are dropped from the cache at once, so memory stays
 * flat however far the reader scrolls; unsaved text lives in the draft store, not in pages.
 */
import { useQueries, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Segment, SegmentPage } from '../../../../shared/schemas';
import { SEGMENT_PAGE_SIZE, segmentKeys, segmentPageQuery, type SegmentListParams } from '../../../data/segments';

/** Pages kept on either side of the ones on screen (scrolling back finds them at once). */
const KEEP_PAGES = 4;

export interface SegmentWindow {
  /** Rows in the list (undefined until the first page has come). */
  total: number | undefined;
  /** The segment of a row, when its page is at hand. */
  segmentAt: (index: number) => Segment | undefined;
  /** The row of a segment among the pages at hand. */
  indexOf: (segmentId: number) => number | undefined;
  /** Tells which rows are on screen (the pages around them are asked for). */
  setRange: (start: number, end: number) => void;
  isPending: boolean;
  error: Error | null;
  refetch: () => void;
}

/** The pages' data, and the first page's state (a stable function: it re-runs only when results change). */
function combinePages(results: Array<UseQueryResult<SegmentPage>>) {
  return {
    datas: results.map((result) => result.data),
    isPending: results[0]?.isPending ?? true,
    error: results.find((result) => result.error)?.error ?? null,
    refetch: () => {
      for (const result of results) if (result.error) void result.refetch();
    },
  };
}

export function useSegmentWindow(documentId: number, params: SegmentListParams): SegmentWindow {
  const queryClient = useQueryClient();
  const [range, setRangeState] = useState({ first: 0, last: 0 });
  const setRange = useCallback((start: number, end: number) => {
    const first = Math.floor(Math.max(0, start) / SEGMENT_PAGE_SIZE);
    const last = Math.floor(Math.max(0, end) / SEGMENT_PAGE_SIZE);
    setRangeState((current) => (current.first === first && current.last === last ? current : { first, last }));
  }, []);

  const pages = useMemo(() => {
    const list = [0];
    for (let page = Math.max(1, range.first); page <= range.last; page += 1) list.push(page);
    return list;
  }, [range]);

  const pageData = useQueries({
    queries: pages.map((page) => segmentPageQuery(queryClient, documentId, params, page)),
    combine: combinePages,
  });

  // pages far from the screen go (they would otherwise wait out their cache time)
  useEffect(() => {
    const listKey = segmentKeys.list(documentId, params);
    for (const query of queryClient.getQueryCache().findAll({ queryKey: listKey })) {
      const page = query.queryKey[listKey.length];
      if (typeof page !== 'number' || page === 0) continue;
      if (page < range.first - KEEP_PAGES || page > range.last + KEEP_PAGES)
        queryClient.removeQueries({ queryKey: query.queryKey, exact: true });
    }
  }, [queryClient, documentId, params, range]);

  const byPage = useMemo(() => {
    const map = new Map<number, SegmentPage>();
    pages.forEach((page, k) => {
      const data = pageData.datas[k];
      if (data) map.set(page, data);
    });
    return map;
  }, [pages, pageData.datas]);

  const segmentAt = useCallback(
    (index: number) => {
      const page = byPage.get(Math.floor(index / SEGMENT_PAGE_SIZE));
      return page?.items[index - page.offset];
    },
    [byPage],
  );
  const indexOf = useCallback(
    (segmentId: number) => {
      for (const page of byPage.values()) {
        const k = page.items.findIndex((item) => item.id === segmentId);
        if (k >= 0) return page.offset + k;
      }
      return undefined;
    },
    [byPage],
  );

  return {
    total: pageData.datas[0]?.total,
    segmentAt,
    indexOf,
    setRange,
    isPending: pageData.isPending,
    error: pageData.error,
    refetch: pageData.refetch,
  };
}

/**
 * The editor's rows, virtualised: only the paragraphs on screen (and a few either side) are in
 * the page, each measured as it renders (rows differ in height), so a document of a million
 * segments costs the browser what a screenful does. The page itself scrolls (the window is the
 * scroll element). A very long list is shown in sections of 100,000 rows, because browsers cap
 * how tall a page may be; going to a paragraph moves to its section.
 */
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/permissions';
import type { Annotation, SegmentComment } from '../../../../shared/schemas';
import { useFormatters } from '../../../lib/format';
import type { QaContextValue } from '../../qa';
import type { SegmentWindow } from '../hooks/useSegmentWindow';
import { SegmentRow, type NavigationDirection } from './SegmentRow';

/** Rows per section of a very long list. */
export const SECTION_ROWS = 100_000;
/** A list this short is rendered whole (the browser's own find-in-page then sees all of it). */
const RENDER_ALL_UP_TO = 60;
/** What a row is taken to measure before it is rendered. */
const ESTIMATED_ROW_PX = 190;
const NONE: readonly never[] = [];

export interface SegmentListHandle {
  /**
   * Brings a row (0-based, in the whole list) into view: at the top ('start') or wherever less
   * scrolling shows it ('auto'); `onRevealed` is told once its segment is rendered there.
   */
  reveal: (index: number, align?: 'start' | 'auto') => void;
}

interface SegmentListProps {
  rows: SegmentWindow;
  total: number;
  /** Whether row n is the segment at position n + 1 (the list is not filtered). */
  isWholeDocument: boolean;
  sourceLang: string;
  targetLang: string;
  roles: readonly Role[];
  qa: QaContextValue | undefined;
  activeId: number | null;
  openHistory: ReadonlySet<number>;
  openReview: ReadonlySet<number>;
  annotationsBySegment: ReadonlyMap<number, Annotation[]>;
  commentsBySegment: ReadonlyMap<number, SegmentComment[]>;
  onActivate: (segmentId: number) => void;
  onNavigate: (segmentId: number, direction: NavigationDirection) => void;
  /** The search the list is filtered by (marked in each row). */
  searchQuery: string;
  /** A paragraph was confirmed with Ctrl+Enter (saved, or already as saved). */
  onConfirmed: (segmentId: number) => void;
  onToggleHistory: (segmentId: number) => void;
  onToggleReview: (segmentId: number, open?: boolean) => void;
  registerEditor: (segmentId: number, element: HTMLTextAreaElement | null) => void;
  /** A row asked for with `reveal` is on screen, its segment rendered. */
  onRevealed: (index: number) => void;
}

export const SegmentList = forwardRef<SegmentListHandle, SegmentListProps>(function SegmentList(
  {
    rows,
    total,
    isWholeDocument,
    sourceLang,
    targetLang,
    roles,
    qa,
    activeId,
    openHistory,
    openReview,
    annotationsBySegment,
    commentsBySegment,
    onActivate,
    onNavigate,
    onConfirmed,
    searchQuery,
    onToggleHistory,
    onToggleReview,
    registerEditor,
    onRevealed,
  },
  ref,
) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const [section, setSection] = useState(0);
  const sectionStart = section * SECTION_ROWS;
  const count = Math.max(0, Math.min(SECTION_ROWS, total - sectionStart));

  // where the list starts on the page (what is above it can grow: the findings summary opens),
  // and how much of the window's top the sticky toolbar covers (a row revealed goes below it)
  const [covered, setCovered] = useState(0);
  useLayoutEffect(() => {
    const element = listRef.current;
    if (!element) return undefined;
    const update = () => {
      setScrollMargin(element.getBoundingClientRect().top + window.scrollY);
      setCovered(Math.ceil(document.querySelector('.toolbar')?.getBoundingClientRect().height ?? 0) + 8);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  // the row being revealed stays rendered until it is on screen (measurements of the rows around
  // it may move it while they arrive)
  const [target, setTarget] = useState<{ index: number; align: 'start' | 'auto' } | null>(null);
  const pinned = target && target.index >= sectionStart && target.index < sectionStart + count ? target.index - sectionStart : null;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return pinned === null || indexes.includes(pinned) ? indexes : [...indexes, pinned].sort((a, b) => a - b);
    },
    [pinned],
  );

  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: count <= RENDER_ALL_UP_TO ? count : 4,
    scrollMargin,
    scrollPaddingStart: covered,
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();
  const firstItem = items[0];
  const lastItem = items.at(-1);

  const { setRange, segmentAt } = rows;
  useEffect(() => {
    if (firstItem && lastItem) setRange(sectionStart + firstItem.index, sectionStart + lastItem.index);
  }, [setRange, sectionStart, firstItem, lastItem]);

  // the section of the row to reveal is shown first; then the row is scrolled to, and once its
  // segment is rendered it is put exactly where asked (the virtualiser's offsets are estimates
  // until the rows on the way are measured)
  const slots = useRef(new Map<number, HTMLElement>());
  const scrolledFor = useRef<{ index: number; align: 'start' | 'auto' } | null>(null);
  const revealedFor = useRef<{ index: number; align: 'start' | 'auto' } | null>(null);
  useEffect(() => {
    if (pinned === null || !target) return;
    if (scrolledFor.current !== target) {
      scrolledFor.current = target;
      virtualizer.scrollToIndex(pinned, { align: target.align });
    }
    if (revealedFor.current === target) return;
    const row = slots.current.get(pinned)?.querySelector('.segment:not(.segment-placeholder)');
    if (!row || !segmentAt(target.index)) return;
    revealedFor.current = target;
    onRevealed(target.index);
    // rows measured on the way (and the virtualiser's own corrections) move it a little: it stays
    // rendered and is put back where asked (at the top, or just wholly on screen) until it has
    // stayed there for a few frames (or the page can scroll no further), and only then let go
    const done = target;
    const index = pinned;
    const align = target.align;
    const offBy = (element: HTMLElement) => {
      const { top, bottom } = element.getBoundingClientRect();
      if (align === 'start' || top < covered) return top - covered;
      // below the window's bottom: up until it shows whole (or its top reaches the toolbar)
      return bottom > window.innerHeight ? Math.min(bottom - window.innerHeight, top - covered) : 0;
    };
    let frames = 0;
    let still = 0;
    const settle = () => {
      const element = slots.current.get(index);
      if (element && frames++ <= 60) {
        const by = offBy(element);
        const before = window.scrollY;
        if (Math.abs(by) > 2) window.scrollBy({ top: by, behavior: 'instant' });
        // where it stays put (or the page's end stops it), it has settled
        still = Math.abs(by) <= 2 || window.scrollY === before ? still + 1 : 0;
        if (still < 5) {
          requestAnimationFrame(settle);
          return;
        }
      }
      setTarget((current) => (current === done ? null : current));
    };
    requestAnimationFrame(settle);
    // the rows rendered (items) and their data (segmentAt) are what the row waits for
  }, [pinned, target, segmentAt, onRevealed, virtualizer, items, covered]);

  const reveal = useCallback((index: number, align: 'start' | 'auto' = 'auto') => {
    setSection(Math.floor(index / SECTION_ROWS));
    setTarget({ index, align });
  }, []);
  useImperativeHandle(ref, () => ({ reveal }), [reveal]);

  const sections = Math.ceil(total / SECTION_ROWS);
  const sectionNav = (where: 'top' | 'bottom') =>
    sections > 1 ? (
      <p className="section-nav">
        {where === 'top' && section > 0 ? (
          <button type="button" className="button" onClick={() => reveal(sectionStart - 1)}>
            {t('editor.previousSection', { count: SECTION_ROWS, formatted: number(SECTION_ROWS) })}
          </button>
        ) : null}
        {where === 'bottom' && section < sections - 1 ? (
          <button type="button" className="button" onClick={() => reveal(sectionStart + SECTION_ROWS, 'start')}>
            {t('editor.nextSection', { count: SECTION_ROWS, formatted: number(SECTION_ROWS) })}
          </button>
        ) : null}
        <span className="muted">
          {' '}
          {t('editor.sectionOf', { from: number(sectionStart + 1), to: number(sectionStart + count), total: number(total) })}
        </span>
      </p>
    ) : null;

  return (
    <>
      {sectionNav('top')}
      <div ref={listRef} className="segments" role="feed" aria-busy={rows.isPending} aria-label={t('editor.segments')}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
          {items.map((item) => {
            const index = sectionStart + item.index;
            const segment = segmentAt(index);
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={(element) => {
                  virtualizer.measureElement(element);
                  if (element) slots.current.set(item.index, element);
                  else slots.current.delete(item.index);
                }}
                className="segment-slot"
                style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start - scrollMargin}px)` }}
              >
                {segment ? (
                  <SegmentRow
                    key={segment.id}
                    segment={segment}
                    posInSet={index + 1}
                    setSize={total}
                    sourceLang={sourceLang}
                    targetLang={targetLang}
                    isActive={activeId === segment.id}
                    isHistoryOpen={openHistory.has(segment.id)}
                    onActivate={onActivate}
                    onNavigate={onNavigate}
                    onConfirmed={onConfirmed}
                    searchQuery={searchQuery}
                    onToggleHistory={onToggleHistory}
                    registerEditor={registerEditor}
                    qa={qa}
                    roles={roles}
                    annotations={annotationsBySegment.get(segment.id) ?? NONE}
                    comments={commentsBySegment.get(segment.id) ?? NONE}
                    isReviewOpen={openReview.has(segment.id)}
                    onToggleReview={onToggleReview}
                  />
                ) : (
                  <article className="segment segment-placeholder" aria-busy="true" aria-posinset={index + 1} aria-setsize={total}>
                    <span className="segment-number">{isWholeDocument ? index + 1 : ''}</span>
                    <span className="muted">{t('editor.loadingSegments')}</span>
                  </article>
                )}
              </div>
            );
          })}
        </div>
      </div>
      {sectionNav('bottom')}
    </>
  );
});

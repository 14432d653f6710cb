import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useBeforeUnload, useBlocker, useParams, useSearchParams } from 'react-router';
import { RuleIdSchema, SegmentFilter } from '../../shared/schemas';
import type { RuleId } from '../../shared/qa';
import { Dialog } from '../components/Dialog';
import { ErrorNotice } from '../components/ErrorNotice';
import { ProgressBar } from '../components/ProgressBar';
import { documentQuery } from '../features/documents/api/queries';
import { parseFindingsFilter, segmentListQuery } from '../features/editor/api/queries';
import { EditorToolbar } from '../features/editor/components/EditorToolbar';
import { SegmentRow, type NavigationDirection } from '../features/editor/components/SegmentRow';
import { ShortcutHelp } from '../features/editor/components/ShortcutHelp';
import { useUnsavedCount } from '../features/editor/hooks/draftStore';
import { can } from '../../shared/permissions';
import { ActivityPanel } from '../features/editor/components/ActivityPanel';
import { DocumentTabs } from '../features/documents/components/DocumentTabs';
import { Presence } from '../features/live/Presence';
import { useLiveDocument } from '../features/live/useLiveDocument';
import { FindingsSummary } from '../features/qa/components/FindingsSummary';
import { annotationsQuery, commentsQuery } from '../features/review/api/review';
import type { Annotation, SegmentComment } from '../../shared/schemas';
import { useQaContext } from '../features/qa/hooks/useQaContext';
import { useFormatters } from '../lib/format';

const NONE: readonly never[] = [];

/** Groups a document's items by segment, so each row gets a stable list of its own. */
function groupBySegment<T extends { segmentId: number }>(items: readonly T[] | undefined): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items ?? []) {
    const list = map.get(item.segmentId);
    if (list) list.push(item);
    else map.set(item.segmentId, [item]);
  }
  return map;
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The editor: every segment of a document side by side, edited in place. */
export function EditorPage() {
  const { t } = useTranslation();
  const { number, language } = useFormatters();
  const documentId = Number(useParams().documentId);
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = SegmentFilter.safeParse(searchParams.get('status') ?? 'all');
  const status = statusParam.success ? statusParam.data : 'all';
  const q = searchParams.get('q') ?? '';
  const findingsFilter = parseFindingsFilter(searchParams.get('findings'));
  const ruleParam = RuleIdSchema.safeParse(searchParams.get('rule'));
  const rule = ruleParam.success ? ruleParam.data : undefined;

  const documentResult = useQuery(documentQuery(documentId));
  const segments = useInfiniteQuery(segmentListQuery(documentId, { status, q, findings: findingsFilter, rule }));
  const qa = useQaContext(documentId, documentResult.data?.sourceLang, documentResult.data?.targetLang, segments.isSuccess);
  const rows = useMemo(() => segments.data?.pages.flatMap((page) => page.items) ?? [], [segments.data]);
  const total = segments.data?.pages[0]?.total ?? 0;

  const [activeId, setActiveId] = useState<number | null>(null);
  const [openHistory, setOpenHistory] = useState<ReadonlySet<number>>(new Set());
  const [openReview, setOpenReview] = useState<ReadonlySet<number>>(new Set());
  const annotations = useQuery(annotationsQuery(documentId));
  const comments = useQuery(commentsQuery(documentId));
  const annotationsBySegment = useMemo(() => groupBySegment<Annotation>(annotations.data?.items), [annotations.data]);
  const commentsBySegment = useMemo(() => groupBySegment<SegmentComment>(comments.data?.items), [comments.data]);
  const live = useLiveDocument(documentId, documentResult.data?.lastEventId);
  const [isHelpOpen, setHelpOpen] = useState(false);
  const editors = useRef(new Map<number, HTMLTextAreaElement>());
  const pendingFocus = useRef<NavigationDirection | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const sentinelRef = useRef<HTMLDivElement>(null);

  const unsaved = useUnsavedCount(documentId);
  useBeforeUnload(
    useCallback(
      (event: BeforeUnloadEvent) => {
        if (unsaved > 0) event.preventDefault();
      },
      [unsaved],
    ),
  );
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => unsaved > 0 && currentLocation.pathname !== nextLocation.pathname,
  );

  const registerEditor = useCallback((segmentId: number, element: HTMLTextAreaElement | null) => {
    if (element) editors.current.set(segmentId, element);
    else editors.current.delete(segmentId);
  }, []);

  const focusSegment = useCallback((segmentId: number) => {
    const editor = editors.current.get(segmentId);
    if (!editor) return;
    editor.focus({ preventScroll: true });
    editor.closest('.segment')?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  }, []);

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = segments;
  const handleNavigate = useCallback(
    (segmentId: number, direction: NavigationDirection) => {
      const index = rows.findIndex((row) => row.id === segmentId);
      const next = rows[index + direction];
      if (next) focusSegment(next.id);
      else if (direction === 1 && hasNextPage && !isFetchingNextPage) {
        pendingFocus.current = 1;
        void fetchNextPage();
      }
    },
    [rows, focusSegment, hasNextPage, isFetchingNextPage, fetchNextPage],
  );

  // After a page loads because the reader moved past the last row, continue onto the next row.
  useEffect(() => {
    if (pendingFocus.current === null || activeId === null || isFetchingNextPage) return;
    pendingFocus.current = null;
    handleNavigate(activeId, 1);
  }, [rows, activeId, isFetchingNextPage, handleNavigate]);

  /** F8 / Shift+F8: the next (previous) loaded segment whose current text has findings. */
  const bySegment = qa.value?.bySegment;
  const jumpToFindings = useCallback(
    (direction: NavigationDirection) => {
      if (!bySegment) return;
      const hasFindings = (id: number) => {
        const found = bySegment.get(id);
        return found !== undefined && (found.current ?? found.mt).length > 0;
      };
      const index = activeId === null ? (direction === 1 ? -1 : rows.length) : rows.findIndex((row) => row.id === activeId);
      for (let i = index + direction; i >= 0 && i < rows.length; i += direction) {
        const row = rows[i];
        if (row && hasFindings(row.id)) {
          focusSegment(row.id);
          return;
        }
      }
    },
    [bySegment, activeId, rows, focusSegment],
  );

  const handleToggleHistory = useCallback((segmentId: number) => {
    setOpenHistory((open) => {
      const next = new Set(open);
      if (next.has(segmentId)) next.delete(segmentId);
      else next.add(segmentId);
      return next;
    });
  }, []);

  const handleToggleReview = useCallback((segmentId: number, open?: boolean) => {
    setOpenReview((current) => {
      const next = new Set(current);
      if (open ?? !next.has(segmentId)) next.add(segmentId);
      else next.delete(segmentId);
      return next;
    });
  }, []);

  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'F8') {
        event.preventDefault();
        jumpToFindings(event.shiftKey ? -1 : 1);
        return;
      }
      if (event.defaultPrevented || isEditable(event.target)) {
        return;
      }
      if (event.key === '?') {
        event.preventDefault();
        setHelpOpen(true);
      } else if (event.key === '/') {
        event.preventDefault();
        searchRef.current?.focus();
      } else if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
        event.preventDefault();
        const target = activeId ?? rows[0]?.id;
        if (target !== undefined) focusSegment(target);
      }
    };
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [activeId, rows, focusSegment, jumpToFindings]);

  useEffect(() => {
    const sentinel = sentinelRef.current;
    if (!sentinel || !hasNextPage) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
      },
      { rootMargin: '800px' },
    );
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  /** Changes only the filters named in `changes`, on top of what the address bar holds now. */
  const updateParams = useCallback(
    (changes: { status?: SegmentFilter; q?: string; findings?: 'any' | 'with' | 'without'; rule?: RuleId | null }) => {
      setSearchParams(
        () => {
          // from the address bar itself: react-router hands the updater the params of the last
          // render, which loses a change made a moment before
          const next = new URLSearchParams(window.location.search);
          const set = (key: string, value: string | null | undefined, empty: string) => {
            if (value === undefined) return;
            if (value === null || value === empty) next.delete(key);
            else next.set(key, value);
          };
          set('status', changes.status, 'all');
          set('q', changes.q, '');
          set('findings', changes.findings, 'any');
          set('rule', changes.rule, '');
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );
  const handleQueryChange = useCallback((value: string) => updateParams({ q: value.trim() }), [updateParams]);

  const doc = documentResult.data;
  useEffect(() => {
    if (doc) window.document.title = `${doc.title} · ${t('app.name')}`;
  }, [doc, t]);

  if (documentResult.isError) {
    return (
      <main className="page" id="content">
        <p>
          <Link to="/">← {t('nav.documents')}</Link>
        </p>
        <ErrorNotice error={documentResult.error} title={t('editor.loadFailed')} onRetry={() => void documentResult.refetch()} />
      </main>
    );
  }

  return (
    <main className="page page-editor" id="content">
      <header className="editor-header">
        <p className="breadcrumb">
          <Link to="/">← {t('nav.documents')}</Link>
        </p>
        {doc ? (
          <>
            <h1>{doc.title}</h1>
            <p className="muted">
              {t('documents.languagePair', { source: language(doc.sourceLang), target: language(doc.targetLang) })}
              {' · '}
              {t('documents.segments', { count: doc.segmentCount, formatted: number(doc.segmentCount) })}
              {unsaved > 0 ? (
                <span className="unsaved-count" role="status">
                  {' · '}
                  {t('editor.unsavedCount', { count: unsaved })}
                </span>
              ) : null}
            </p>
            <ProgressBar counts={doc.counts} label={t('documents.progressOf', { title: doc.title })} />
            <Presence state={live} />
          </>
        ) : (
          <h1 className="muted">{t('editor.loading')}</h1>
        )}
      </header>
      <DocumentTabs documentId={documentId} />

      {doc && can(doc.roles, 'events.read') ? <ActivityPanel documentId={doc.id} /> : null}
      {doc ? (
        <FindingsSummary
          findings={qa.query.data}
          error={qa.query.error}
          segmentCount={doc.segmentCount}
          activeRule={rule}
          onRule={(next) => updateParams({ rule: next, findings: 'any' })}
          onRetry={() => void qa.query.refetch()}
        />
      ) : null}

      <EditorToolbar
        status={status}
        query={q}
        findings={findingsFilter}
        rule={rule}
        onFindingsChange={(next) => updateParams({ findings: next })}
        onClearRule={() => updateParams({ rule: null })}
        onStatusChange={(next) => updateParams({ status: next })}
        onQueryChange={handleQueryChange}
        onShowHelp={() => setHelpOpen(true)}
        searchRef={searchRef}
      />

      {doc ? (
        <div className="segment-header" aria-hidden="true">
          <span>#</span>
          <span>{t('editor.sourceColumn', { language: language(doc.sourceLang) })}</span>
          <span>{t('editor.mtColumn', { language: language(doc.targetLang) })}</span>
          <span>{t('editor.revisionColumn')}</span>
        </div>
      ) : null}

      {segments.isPending ? <p className="loading" role="status">{t('editor.loadingSegments')}</p> : null}
      {segments.isError ? (
        <ErrorNotice error={segments.error} title={t('editor.loadFailed')} onRetry={() => void segments.refetch()} />
      ) : null}
      {segments.isSuccess ? (
        <p className="muted result-count" role="status">
          {q || status !== 'all' || findingsFilter !== 'any' || rule
            ? t('editor.matching', { count: total, formatted: number(total) })
            : t('editor.showing', { shown: number(rows.length), count: total, formatted: number(total) })}
        </p>
      ) : null}
      {segments.isSuccess && rows.length === 0 ? <p className="empty">{t('editor.noMatches')}</p> : null}

      {doc ? (
        <div className="segments">
          {rows.map((segment) => (
            <SegmentRow
              key={segment.id}
              segment={segment}
              sourceLang={doc.sourceLang}
              targetLang={doc.targetLang}
              isActive={activeId === segment.id}
              isHistoryOpen={openHistory.has(segment.id)}
              onActivate={setActiveId}
              onNavigate={handleNavigate}
              onToggleHistory={handleToggleHistory}
              registerEditor={registerEditor}
              qa={qa.value}
              serverFindings={qa.value?.bySegment.get(segment.id)}
              roles={doc.roles}
              annotations={annotationsBySegment.get(segment.id) ?? NONE}
              comments={commentsBySegment.get(segment.id) ?? NONE}
              isReviewOpen={openReview.has(segment.id)}
              onToggleReview={handleToggleReview}
            />
          ))}
        </div>
      ) : null}
      <div ref={sentinelRef} className="sentinel" />
      {hasNextPage ? (
        <button type="button" className="button load-more" disabled={isFetchingNextPage} onClick={() => void fetchNextPage()}>
          {isFetchingNextPage ? t('editor.loadingMore') : t('editor.loadMore')}
        </button>
      ) : null}

      <ShortcutHelp isOpen={isHelpOpen} onClose={() => setHelpOpen(false)} />
      <Dialog
        isOpen={blocker.state === 'blocked'}
        title={t('guard.title')}
        onClose={() => blocker.reset?.()}
        footer={
          <>
            <button type="button" className="button button-primary" onClick={() => blocker.reset?.()}>
              {t('guard.stay')}
            </button>
            <button type="button" className="button" onClick={() => blocker.proceed?.()}>
              {t('guard.leave')}
            </button>
          </>
        }
      >
        <p>{t('guard.explain', { count: unsaved })}</p>
      </Dialog>
    </main>
  );
}

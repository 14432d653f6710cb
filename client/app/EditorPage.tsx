import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useBeforeUnload, useBlocker, useParams, useSearchParams } from 'react-router';
import { RuleIdSchema, SegmentFilter } from '../../shared/schemas';
import type { RuleId } from '../../shared/qa';
import { Dialog } from '../components/Dialog';
import { DiffLegend } from '../components/DiffLegend';
import { ErrorNotice } from '../components/ErrorNotice';
import { ProgressBar } from '../components/ProgressBar';
import { documentQuery } from '../data/documents';
import {
  indexOfPosition,
  isFiltered,
  nextNeedingWork,
  nextWithFindings,
  parseFindingsFilter,
  type SegmentListParams,
} from '../data/segments';
import {
  EditorToolbar,
  SegmentList,
  type SegmentListHandle,
  type NavigationDirection,
  useSegmentWindow,
  ShortcutHelp,
  ActivityPanel,
  useConfirmMovesOn,
  ReplaceDialog,
} from '../features/editor';
import { useUnsavedCount } from '../data/drafts';
import { can } from '../../shared/permissions';
import { DocumentTabs } from '../features/documents';
import { Presence, useLiveDocument } from '../features/live';
import { ConcordanceDialog } from '../features/memory';
import { FindingsSummary, useQaContext } from '../features/qa';
import { annotationsQuery, commentsQuery } from '../features/review';
import type { Annotation, SegmentComment } from '../../shared/schemas';
import { useFormatters } from '../lib/format';

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
  const params = useMemo<SegmentListParams>(() => ({ status, q, findings: findingsFilter, rule }), [status, q, findingsFilter, rule]);
  const filtered = isFiltered(params);

  const documentResult = useQuery(documentQuery(documentId));
  const doc = documentResult.data;
  const rows = useSegmentWindow(documentId, params);
  const qa = useQaContext(documentId, doc?.sourceLang, doc?.targetLang);
  const total = rows.total ?? 0;

  const [activeId, setActiveId] = useState<number | null>(null);
  const [openHistory, setOpenHistory] = useState<ReadonlySet<number>>(new Set());
  const [openReview, setOpenReview] = useState<ReadonlySet<number>>(new Set());
  const [navigationNote, setNavigationNote] = useState<string | null>(null);
  const annotations = useQuery(annotationsQuery(documentId));
  const comments = useQuery(commentsQuery(documentId));
  const annotationsBySegment = useMemo(() => groupBySegment<Annotation>(annotations.data?.items), [annotations.data]);
  const commentsBySegment = useMemo(() => groupBySegment<SegmentComment>(comments.data?.items), [comments.data]);
  const live = useLiveDocument(documentId, doc?.lastEventId);
  const [isHelpOpen, setHelpOpen] = useState(false);
  const editors = useRef(new Map<number, HTMLTextAreaElement>());
  const listRef = useRef<SegmentListHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  // the latest of these, for callbacks that stay the same across renders (every row gets them)
  const [isReplaceOpen, setReplaceOpen] = useState(false);
  const [concordance, setConcordance] = useState<{ open: boolean; initial: string }>({ open: false, initial: '' });
  const [confirmMovesOn] = useConfirmMovesOn();
  const mayReplace = doc ? can(doc.roles, 'revision.save') : false;
  const latest = useRef({ rows, total, activeId, params, segmentCount: doc?.segmentCount ?? 0, confirmMovesOn, mayReplace });
  useLayoutEffect(() => {
    latest.current = { rows, total, activeId, params, segmentCount: doc?.segmentCount ?? 0, confirmMovesOn, mayReplace };
  });

  const unsaved = useUnsavedCount(documentId);
  useBeforeUnload(
    useCallback(
      (event: BeforeUnloadEvent) => {
        if (unsaved > 0) event.preventDefault();
      },
      [unsaved],
    ),
  );
  const blocker = useBlocker(({ currentLocation, nextLocation }) => unsaved > 0 && currentLocation.pathname !== nextLocation.pathname);

  /** Scrolls to a row (its page is asked for on the way) and puts the caret in its working text. */
  const focusIndex = useCallback((index: number, align: 'start' | 'auto' = 'auto') => {
    listRef.current?.reveal(index, align);
  }, []);
  const handleRevealed = useCallback((index: number) => {
    const segment = latest.current.rows.segmentAt(index);
    const editor = segment ? editors.current.get(segment.id) : undefined;
    editor?.focus({ preventScroll: true });
  }, []);

  const registerEditor = useCallback((segmentId: number, element: HTMLTextAreaElement | null) => {
    if (element) editors.current.set(segmentId, element);
    else editors.current.delete(segmentId);
  }, []);

  const handleNavigate = useCallback(
    (segmentId: number, direction: NavigationDirection) => {
      const index = latest.current.rows.indexOf(segmentId);
      if (index === undefined) return;
      const next = index + direction;
      if (next >= 0 && next < latest.current.total) focusIndex(next);
    },
    [focusIndex],
  );

  /** The position of the segment being worked on, if its row is at hand. */
  const activePosition = useCallback(() => {
    const { rows: window, activeId: active } = latest.current;
    if (active === null) return null;
    const index = window.indexOf(active);
    return index === undefined ? null : (window.segmentAt(index)?.position ?? null);
  }, []);

  /** F8 / Shift+F8: the next (previous) segment of the list whose text has findings, asked of the server. */
  const jumpToFindings = useCallback(
    async (direction: NavigationDirection) => {
      const { params: current, segmentCount } = latest.current;
      const from = activePosition() ?? (direction === 1 ? 0 : segmentCount + 1);
      try {
        const position = await nextWithFindings(documentId, current, from, direction);
        const found = position === null ? null : await indexOfPosition(documentId, current, position);
        if (!found) {
          setNavigationNote(t(direction === 1 ? 'findings.noneAfter' : 'findings.noneBefore'));
          return;
        }
        setNavigationNote(null);
        focusIndex(found.index);
      } catch {
        setNavigationNote(t('editor.jumpFailed'));
      }
    },
    [activePosition, documentId, focusIndex, t],
  );

  /** Ctrl+Enter confirmed a paragraph: on to the next one that needs work (unless the setting says stay). */
  const handleConfirmed = useCallback(
    async (segmentId: number) => {
      if (!latest.current.confirmMovesOn) return;
      const { rows: window, params: current } = latest.current;
      const index = window.indexOf(segmentId);
      const position = index === undefined ? undefined : window.segmentAt(index)?.position;
      if (position === undefined) return;
      // moved on only if the person is still where they confirmed, and has neither typed nor moved
      // the caret since (selecting words there to change them means staying)
      const editor = editors.current.get(segmentId);
      const confirmed = editor ? { text: editor.value, start: editor.selectionStart, end: editor.selectionEnd } : null;
      const stillThere = () =>
        editor !== undefined &&
        confirmed !== null &&
        globalThis.document.activeElement === editor &&
        editor.value === confirmed.text &&
        editor.selectionStart === confirmed.start &&
        editor.selectionEnd === confirmed.end;
      try {
        const next = await nextNeedingWork(documentId, current, position);
        const found = next === null ? null : await indexOfPosition(documentId, current, next);
        if (!stillThere()) return;
        if (!found) {
          setNavigationNote(t('editor.noneNeedsWork'));
          return;
        }
        setNavigationNote(null);
        focusIndex(found.index);
      } catch {
        setNavigationNote(t('editor.jumpFailed'));
      }
    },
    [documentId, focusIndex, t],
  );

  const onConfirmed = useCallback((segmentId: number) => void handleConfirmed(segmentId), [handleConfirmed]);

  /** Go to paragraph n: its row (or, in a filtered list, the first row after it). */
  const jumpToParagraph = useCallback(
    async (position: number) => {
      try {
        const found = await indexOfPosition(documentId, latest.current.params, position);
        if (!found) {
          setNavigationNote(t('editor.noParagraphAfter', { position: number(position) }));
          return;
        }
        setNavigationNote(
          found.position === position ? null : t('editor.jumpedTo', { asked: number(position), position: number(found.position) }),
        );
        focusIndex(found.index, 'start');
      } catch {
        setNavigationNote(t('editor.jumpFailed'));
      }
    },
    [documentId, focusIndex, number, t],
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
        void jumpToFindings(event.shiftKey ? -1 : 1);
        return;
      }
      // Ctrl+H: find and replace (where the document may be changed), from anywhere, text fields too
      if (event.ctrlKey && !event.altKey && !event.metaKey && event.key.toLowerCase() === 'h' && latest.current.mayReplace) {
        event.preventDefault();
        setReplaceOpen(true);
        return;
      }
      // Ctrl+K (⌘K): concordance, from anywhere, the words selected (in a text field or the page) looked up
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        const target = event.target;
        const selected =
          target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement
            ? target.value.slice(target.selectionStart ?? 0, target.selectionEnd ?? 0)
            : (window.getSelection()?.toString() ?? '');
        setConcordance({ open: true, initial: selected.trim().slice(0, 200) });
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
        const { rows: window, activeId: active } = latest.current;
        const index = active === null ? 0 : (window.indexOf(active) ?? 0);
        if (latest.current.total > 0) focusIndex(index);
      }
    };
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [focusIndex, jumpToFindings]);

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
            <h1 title={doc.title}>{doc.title}</h1>
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
      {/* the views of the document, its log and its findings in numbers: one line on a wide screen */}
      <div className="editor-nav">
        <DocumentTabs documentId={documentId} />
        <div className="editor-panels">
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
        </div>
      </div>

      <EditorToolbar
        status={status}
        query={q}
        findings={findingsFilter}
        rule={rule}
        segmentCount={doc?.segmentCount ?? 0}
        onFindingsChange={(next) => updateParams({ findings: next })}
        onClearRule={() => updateParams({ rule: null })}
        onStatusChange={(next) => updateParams({ status: next })}
        onQueryChange={handleQueryChange}
        onJump={(position) => void jumpToParagraph(position)}
        onShowHelp={() => setHelpOpen(true)}
        onReplace={mayReplace ? () => setReplaceOpen(true) : undefined}
        searchRef={searchRef}
      />
      {doc && mayReplace ? (
        <ReplaceDialog
          documentId={documentId}
          segmentCount={doc.segmentCount}
          isOpen={isReplaceOpen}
          onClose={() => setReplaceOpen(false)}
          lang={doc.targetLang}
        />
      ) : null}

      {doc ? (
        <div className="segment-header" aria-hidden="true">
          <span>#</span>
          <span>{t('editor.sourceColumn', { language: language(doc.sourceLang) })}</span>
          <span>{t('editor.mtColumn', { language: language(doc.targetLang) })}</span>
          <span className="segment-header-work">
            {t('editor.revisionColumn')}
            {/* on a wide screen the legend of the working column's diff is over it, not in the toolbar */}
            <DiffLegend />
          </span>
        </div>
      ) : null}

      {rows.isPending ? (
        <p className="loading" role="status">
          {t('editor.loadingSegments')}
        </p>
      ) : null}
      {rows.error ? <ErrorNotice error={rows.error} title={t('editor.loadFailed')} onRetry={rows.refetch} /> : null}
      {rows.total !== undefined && filtered ? (
        <p className="muted result-count" role="status">
          {t('editor.matching', { count: total, formatted: number(total) })}
        </p>
      ) : null}
      {navigationNote ? (
        <p className="notice notice-info" role="status" data-testid="navigation-note">
          {navigationNote}
        </p>
      ) : null}
      {rows.total === 0 ? <p className="empty">{t('editor.noMatches')}</p> : null}

      {doc && rows.total !== undefined ? (
        <SegmentList
          // a new list (and new measurements) for each filter
          key={JSON.stringify(params)}
          ref={listRef}
          rows={rows}
          total={total}
          isWholeDocument={!filtered}
          sourceLang={doc.sourceLang}
          targetLang={doc.targetLang}
          roles={doc.roles}
          qa={qa.value}
          activeId={activeId}
          openHistory={openHistory}
          openReview={openReview}
          annotationsBySegment={annotationsBySegment}
          commentsBySegment={commentsBySegment}
          onActivate={setActiveId}
          onNavigate={handleNavigate}
          onConfirmed={onConfirmed}
          searchQuery={q}
          onToggleHistory={handleToggleHistory}
          onToggleReview={handleToggleReview}
          registerEditor={registerEditor}
          onRevealed={handleRevealed}
        />
      ) : null}

      <ShortcutHelp isOpen={isHelpOpen} onClose={() => setHelpOpen(false)} />
      {doc ? (
        <ConcordanceDialog
          isOpen={concordance.open}
          initial={concordance.initial}
          onClose={() => setConcordance({ open: false, initial: '' })}
          sourceLang={doc.sourceLang}
          targetLang={doc.targetLang}
          memory={doc.memory}
        />
      ) : null}
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

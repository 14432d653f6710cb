import { useQuery } from '@tanstack/react-query';
import { memo, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { can } from '../../shared/permissions';
import type { CompareResult, UserRef } from '../../shared/schemas';
import { diffWords } from '../../shared/text/diff';
import { DiffView } from '../components/DiffView';
import { ErrorNotice } from '../components/ErrorNotice';
import { SideBySideDiff } from '../components/SideBySideDiff';
import { documentQuery } from '../data/documents';
import { DocumentViewHeader } from '../features/documents';
import { useLiveDocument } from '../features/live';
import {
  compareQuery,
  qualityQuery,
  timelineQuery,
  AnnotationForm,
  type AnnotationStart,
  type JudgedVersion,
  EditRateChart,
  PointSelect,
  RevertDialog,
} from '../features/review';
import { useFormatters } from '../lib/format';

type Item = CompareResult['items'][number];
type View = 'inline' | 'side';

interface CompareRowProps {
  item: Item;
  view: View;
  lang: string;
  sourceLang: string;
  fromLabel: string;
  toLabel: string;
  documentId: number;
  mayAnnotate: boolean;
}

const CompareRow = memo(function CompareRow({
  item,
  view,
  lang,
  sourceLang,
  fromLabel,
  toLabel,
  documentId,
  mayAnnotate,
}: CompareRowProps) {
  const { t } = useTranslation();
  const { rate } = useFormatters();
  const [annotating, setAnnotating] = useState<AnnotationStart | null>(null);
  const selected = useRef<AnnotationStart | null>(null);
  const parts = useMemo(() => diffWords(item.from, item.to, { lang }), [item.from, item.to, lang]);
  const versions: JudgedVersion[] = [
    { key: 'from', label: fromLabel, revisionId: item.fromRevisionId, text: item.from },
    ...(item.changed ? [{ key: 'to', label: toLabel, revisionId: item.toRevisionId, text: item.to }] : []),
  ];
  if (item.notApproved) {
    // nothing to compare: say which side is missing, and show the side there is
    const shown =
      item.notApproved === 'from'
        ? { label: toLabel, text: item.to }
        : item.notApproved === 'to'
          ? { label: fromLabel, text: item.from }
          : null;
    return (
      <article
        className="compare-row is-not-approved"
        id={`compare-${item.position}`}
        data-position={item.position}
        data-testid="compare-row"
        data-not-approved={item.notApproved}
        tabIndex={-1}
      >
        <header className="compare-row-header">
          <span className="segment-number">{item.position}</span>
          <span className="muted">{t('compare.notApprovedRow')}</span>
        </header>
        {item.source ? (
          <p className="compare-source muted" lang={sourceLang}>
            {item.source}
          </p>
        ) : null}
        {shown ? (
          <p className="compare-only">
            <span className="muted">{shown.label}:</span> <span lang={lang}>{shown.text}</span>
          </p>
        ) : null}
      </article>
    );
  }
  return (
    <article className="compare-row" id={`compare-${item.position}`} data-position={item.position} data-testid="compare-row" tabIndex={-1}>
      <header className="compare-row-header">
        <span className="segment-number">{item.position}</span>
        {item.changed && item.editRate.edits === 0 ? (
          <span className="muted">{t('compare.spacingOnly')}</span>
        ) : item.changed ? (
          <span className="muted">
            {t('compare.rowSummary', { inserted: item.insertedWords, deleted: item.deletedWords, rate: rate(item.editRate.rate) })}
          </span>
        ) : (
          <span className="muted">{t('compare.unchanged')}</span>
        )}
        {mayAnnotate ? (
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => setAnnotating(selected.current ?? { versionKey: item.changed ? 'to' : 'from' })}
          >
            {t('annotate.open')}
          </button>
        ) : null}
      </header>
      {item.source ? (
        <p className="compare-source muted" lang={sourceLang}>
          {item.source}
        </p>
      ) : null}
      {view === 'inline' ? (
        <DiffView parts={parts} label={t('compare.diffLabel', { from: fromLabel, to: toLabel })} className="compare-diff" />
      ) : (
        <SideBySideDiff
          parts={parts}
          fromLabel={fromLabel}
          toLabel={toLabel}
          lang={lang}
          onSelect={(side, span) => (selected.current = { versionKey: side === 'to' && item.changed ? 'to' : 'from', ...span })}
        />
      )}
      {annotating ? (
        <AnnotationForm
          documentId={documentId}
          segmentId={item.segmentId}
          versions={versions}
          lang={lang}
          initial={annotating}
          onDone={() => {
            selected.current = null;
            setAnnotating(null);
          }}
          onCancel={() => setAnnotating(null)}
        />
      ) : null}
    </article>
  );
});

/**
 * The whole document at two points: machine translation, current or approved text, or as it was
 * after any event of its history. Only changed segments unless asked; the URL holds the comparison,
 * so it can be shared.
 */
export function ComparePage() {
  const { t } = useTranslation();
  const { number, rate, dateTime } = useFormatters();
  const documentId = Number(useParams().documentId);
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? 'mt';
  const to = params.get('to') ?? 'current';
  const all = params.get('all') === '1';
  const view: View = params.get('view') === 'side' ? 'side' : 'inline';
  const [isRevertOpen, setRevertOpen] = useState(false);

  const document = useQuery(documentQuery(documentId));
  const comparison = useQuery(compareQuery(documentId, from, to, all));
  const timeline = useQuery(timelineQuery(documentId));
  const quality = useQuery(qualityQuery(documentId));
  const live = useLiveDocument(documentId, document.data?.lastEventId);
  const doc = document.data;
  const lang = doc?.targetLang ?? 'und';

  const set = (key: string, value: string, fallback: string) =>
    setParams(
      () => {
        const next = new URLSearchParams(window.location.search);
        if (value === fallback) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  const pointLabel = (point: string) => {
    if (point === 'mt') return t('compare.points.mt');
    if (point === 'current') return t('compare.points.current');
    if (point === 'approved') return t('compare.points.approved');
    return t('compare.points.at', { time: dateTime(point) });
  };
  const people = useMemo(() => {
    const map = new Map<number, UserRef>();
    for (const item of timeline.data?.items ?? []) if (item.actor && item.type === 'revision.saved') map.set(item.actor.id, item.actor);
    return [...map.values()];
  }, [timeline.data]);

  const summary = comparison.data?.summary;
  // a bar of a paragraph not listed (unchanged, or not approved) says so rather than doing nothing
  const [barNote, setBarNote] = useState<string | null>(null);
  const jumpTo = (position: number) => {
    const row = window.document.getElementById(`compare-${position}`);
    if (row) {
      setBarNote(null);
      row.scrollIntoView({ block: 'start' });
      row.focus({ preventScroll: true });
      return;
    }
    const bar = comparison.data?.rates.find((entry) => entry.position === position);
    setBarNote(bar?.notApproved ? t('compare.barNotApproved', { position }) : t('compare.barUnchanged', { position }));
  };

  if (document.isError) {
    return (
      <main className="page" id="content">
        <ErrorNotice error={document.error} onRetry={() => void document.refetch()} />
      </main>
    );
  }

  return (
    <main className="page" id="content">
      <DocumentViewHeader documentId={documentId} title={doc ? t('compare.title', { title: doc.title }) : null} live={live} />

      <section className="panel compare-controls" aria-label={t('compare.controls')}>
        <PointSelect
          label={t('compare.from')}
          value={from}
          timeline={timeline.data?.items ?? []}
          onChange={(value) => set('from', value, 'mt')}
        />
        <PointSelect
          label={t('compare.to')}
          value={to}
          timeline={timeline.data?.items ?? []}
          onChange={(value) => set('to', value, 'current')}
        />
        <label className="checkbox">
          <input type="checkbox" checked={all} onChange={(event) => set('all', event.target.checked ? '1' : '0', '0')} />
          {t('compare.showAll')}
        </label>
        <fieldset className="view-toggle">
          <legend className="visually-hidden">{t('compare.view')}</legend>
          <label>
            <input type="radio" name="view" checked={view === 'inline'} onChange={() => set('view', 'inline', 'inline')} />
            {t('compare.inline')}
          </label>
          <label>
            <input type="radio" name="view" checked={view === 'side'} onChange={() => set('view', 'side', 'inline')} />
            {t('compare.sideBySide')}
          </label>
        </fieldset>
        {doc && can(doc.roles, 'revision.revert') ? (
          <button type="button" className="button button-quiet" onClick={() => setRevertOpen(true)}>
            {t('revert.open')}
          </button>
        ) : null}
      </section>

      {comparison.isError ? <ErrorNotice error={comparison.error} onRetry={() => void comparison.refetch()} /> : null}
      {comparison.isPending ? <p className="loading">{t('compare.loading')}</p> : null}
      {summary ? (
        <section className="compare-summary" aria-label={t('compare.summary')}>
          <p className="compare-figures" data-testid="compare-summary">
            <strong>{t('compare.changedOf', { changed: number(summary.changed), count: summary.segments })}</strong>
            {' · '}
            {t('compare.words', { inserted: number(summary.insertedWords), deleted: number(summary.deletedWords) })}
            {' · '}
            {t('compare.editRate', { rate: rate(summary.editRate.rate) })}
            {summary.notApproved > 0 ? (
              <>
                {' · '}
                <span data-testid="not-approved">
                  {t('compare.notApproved', { count: summary.notApproved, formatted: number(summary.notApproved) })}
                </span>
              </>
            ) : null}
          </p>
          {quality.data ? (
            <p className="compare-quality" data-testid="quality-score">
              <Link to={`/documents/${documentId}/quality`}>
                {t('quality.scoreLine', { score: number(Math.round(quality.data.perThousand * 10) / 10), count: quality.data.errors })}
              </Link>
            </p>
          ) : null}
          <EditRateChart
            bars={(comparison.data?.rates ?? []).map((entry) =>
              entry.notApproved
                ? { position: entry.position, value: 0, label: t('compare.barNotApproved', { position: entry.position }), missing: true }
                : { position: entry.position, value: entry.rate },
            )}
            title={t('compare.chartTitle')}
            onSelect={jumpTo}
          />
          {barNote ? (
            <p className="notice notice-info" role="status" data-testid="bar-note">
              {barNote}{' '}
              {!all ? (
                <button type="button" className="link-button" onClick={() => set('all', '1', '0')}>
                  {t('compare.showAll')}
                </button>
              ) : null}
            </p>
          ) : null}
        </section>
      ) : null}

      {comparison.data && comparison.data.items.length === 0 ? <p className="empty">{t('compare.noChanges')}</p> : null}
      <div className="compare-rows">
        {comparison.data?.items.map((item) => (
          <CompareRow
            key={item.segmentId}
            item={item}
            view={view}
            lang={lang}
            sourceLang={doc?.sourceLang ?? 'und'}
            fromLabel={pointLabel(from)}
            toLabel={pointLabel(to)}
            documentId={documentId}
            mayAnnotate={doc ? can(doc.roles, 'annotation.write') : false}
          />
        ))}
      </div>
      {doc ? (
        <RevertDialog documentId={documentId} isOpen={isRevertOpen} onClose={() => setRevertOpen(false)} people={people} lang={lang} />
      ) : null}
    </main>
  );
}

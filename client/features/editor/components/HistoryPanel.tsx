import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Revision, Segment } from '../../../../shared/schemas';
import { diffWords } from '../../../../shared/text/diff';
import { DiffView } from '../../../components/DiffView';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { SideBySideDiff } from '../../../components/SideBySideDiff';
import { StatusChip } from '../../../components/StatusChip';
import { useFormatters } from '../../../lib/format';
import { useRuleName, dismissalsQuery } from '../../qa';
import { revisionsQuery } from '../../../data/segments';

interface HistoryPanelProps {
  id: string;
  segment: Segment;
  targetLang: string;
  workingText: string;
}

/** A version to compare: the machine translation or one revision. */
type Pick = 'mt' | number;

/**
 * Every revision of a segment with author, time and state, and the word diff between any two
 * versions the reader picks (A = from, B = to). The machine translation is always a choice.
 */
export function HistoryPanel({ id, segment, targetLang, workingText }: HistoryPanelProps) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const ruleName = useRuleName();
  const query = useQuery(revisionsQuery(segment.id));
  const dismissalList = useQuery(dismissalsQuery(segment.documentId, segment.id));
  // this paragraph's own dismissals, and the document-wide ones that cover one of its findings
  const mtFindings = segment.check?.mt;
  const currentFindings = segment.check ? segment.check.current : null;
  const dismissals = useMemo(() => {
    const marked = new Set(
      [...(mtFindings ?? []), ...(currentFindings ?? [])].flatMap((finding) => (finding.dismissed ? [finding.dismissed.id] : [])),
    );
    return [...(dismissalList.data?.items ?? [])]
      .reverse()
      .filter((dismissal) => dismissal.segmentId === segment.id || marked.has(dismissal.id));
  }, [dismissalList.data, mtFindings, currentFindings, segment.id]);
  const revisions = useMemo(() => query.data?.items ?? [], [query.data]);
  const latest = revisions.at(-1);
  const [from, setFrom] = useState<Pick>('mt');
  const [to, setTo] = useState<Pick | undefined>(undefined);
  const [isSideBySide, setSideBySide] = useState(false);
  const effectiveTo: Pick = to ?? latest?.id ?? 'mt';

  const textOf = (pick: Pick): string => (pick === 'mt' ? segment.mt : (revisions.find((revision) => revision.id === pick)?.text ?? ''));
  const fromText = textOf(from);
  const toText = textOf(effectiveTo);
  const parts = useMemo(() => diffWords(fromText, toText, { lang: targetLang }), [fromText, toText, targetLang]);
  const numberOf = (revision: Revision) => revisions.indexOf(revision) + 1;
  const nameOf = (pick: Pick) => {
    if (pick === 'mt') return t('history.mt');
    const revision = revisions.find((candidate) => candidate.id === pick);
    return revision ? t('history.revisionNumber', { number: numberOf(revision) }) : '';
  };

  const pickers = (pick: Pick, label: string) => (
    <span className="history-pick">
      <label>
        <input type="radio" name={`${id}-from`} checked={from === pick} onChange={() => setFrom(pick)} />
        <span className="visually-hidden">{t('history.pickFrom', { version: label })}</span>
        <span aria-hidden="true">A</span>
      </label>
      <label>
        <input type="radio" name={`${id}-to`} checked={effectiveTo === pick} onChange={() => setTo(pick)} />
        <span className="visually-hidden">{t('history.pickTo', { version: label })}</span>
        <span aria-hidden="true">B</span>
      </label>
    </span>
  );

  return (
    <section className="history" id={id} aria-label={t('history.title', { position: segment.position })}>
      <h3>{t('history.title', { position: segment.position })}</h3>
      {query.isPending ? <p className="muted">{t('history.loading')}</p> : null}
      {query.isError ? <ErrorNotice error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isSuccess ? (
        <>
          <ol className="history-list" reversed>
            {[...revisions].reverse().map((revision) => (
              <li key={revision.id} className="history-item" data-revision-id={revision.id}>
                {pickers(revision.id, t('history.revisionNumber', { number: numberOf(revision) }))}
                <span className="history-what">
                  <strong>{t('history.revisionNumber', { number: numberOf(revision) })}</strong>
                  {' · '}
                  {revision.author.name}
                  {' · '}
                  <time dateTime={revision.createdAt}>{dateTime(revision.createdAt)}</time> <StatusChip status={revision.state} />
                  {revision.decidedBy && revision.decidedAt ? (
                    <span className="muted">
                      {' '}
                      {t('history.decided', { name: revision.decidedBy.name, time: dateTime(revision.decidedAt) })}
                    </span>
                  ) : null}
                  {revision.comment ? <q className="history-comment">{revision.comment}</q> : null}
                </span>
              </li>
            ))}
            <li className="history-item history-mt">
              {pickers('mt', t('history.mt'))}
              <span className="history-what">
                <strong>{t('history.mt')}</strong>
              </span>
            </li>
          </ol>
          {revisions.length === 0 ? <p className="muted">{t('history.empty')}</p> : null}
          {dismissals.length > 0 ? (
            <>
              <h4>{t('history.dismissals')}</h4>
              <ul className="history-dismissals" data-testid="history-dismissals">
                {dismissals.map((dismissal) => (
                  <li key={dismissal.id} data-dismissal-id={dismissal.id}>
                    {t(`history.dismissed.${dismissal.scope}`, {
                      name: dismissal.by.name,
                      rule: ruleName(dismissal.rule),
                      time: dateTime(dismissal.at),
                    })}
                    {dismissal.quote ? (
                      <>
                        {' '}
                        <q lang={targetLang}>{dismissal.quote}</q>
                      </>
                    ) : null}
                    {dismissal.withdrawn ? (
                      <span className="muted">
                        {' '}
                        {t('history.restored', { name: dismissal.withdrawn.by.name, time: dateTime(dismissal.withdrawn.at) })}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="history-compare">
            <p className="history-compare-header">
              <span className="muted">{t('history.comparing', { from: nameOf(from), to: nameOf(effectiveTo) })}</span>
              <label className="checkbox">
                <input type="checkbox" checked={isSideBySide} onChange={(event) => setSideBySide(event.target.checked)} />
                {t('history.sideBySide')}
              </label>
            </p>
            {fromText === toText ? (
              <p className="diff diff-none">{t('history.identical')}</p>
            ) : isSideBySide ? (
              <SideBySideDiff parts={parts} fromLabel={nameOf(from)} toLabel={nameOf(effectiveTo)} lang={targetLang} />
            ) : (
              <DiffView parts={parts} label={t('history.comparing', { from: nameOf(from), to: nameOf(effectiveTo) })} />
            )}
            {workingText !== (latest?.text ?? segment.mt) ? <p className="muted">{t('history.unsavedNote')}</p> : null}
          </div>
        </>
      ) : null}
    </section>
  );
}

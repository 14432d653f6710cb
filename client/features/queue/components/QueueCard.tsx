import { forwardRef, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QueueItem } from '../../../../shared/schemas';
import { diffWords } from '../../../../shared/text/diff';
import { DiffView } from '../../../components/DiffView';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useFormatters } from '../../../lib/format';
import { DueLine } from '../../../components/DueLine';
import { useApprovalGuard, SeverityIcon, useFindingMessage } from '../../qa';
import { useDecideMutation } from '../api/queue';

interface QueueCardProps {
  item: QueueItem;
  isSelected: boolean;
  isRejecting: boolean;
  onSelect: (selected: boolean) => void;
  onRejecting: (rejecting: boolean) => void;
  onFocus: () => void;
}

/** One submitted revision: what changed against the MT and the approved text, its findings, the decision. */
export const QueueCard = forwardRef<HTMLElement, QueueCardProps>(function QueueCard(
  { item, isSelected, isRejecting, onSelect, onRejecting, onFocus },
  ref,
) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const describe = useFindingMessage();
  const decide = useDecideMutation();
  const approvalGuard = useApprovalGuard();
  const [comment, setComment] = useState('');
  const lang = item.document.targetLang;
  const againstMt = useMemo(() => diffWords(item.segment.mt, item.revision.text, { lang }), [item, lang]);
  const approved = item.segment.approvedText;
  const againstApproved = useMemo(
    () => (approved !== null && approved !== item.revision.text ? diffWords(approved, item.revision.text, { lang }) : null),
    [approved, item, lang],
  );

  // the same problem twice in one paragraph ("China" rendered "Cina" twice) is one line, counted
  const findings = useMemo(() => {
    const byMessage = new Map<string, { finding: QueueItem['findings'][number]; message: string; count: number }>();
    for (const finding of item.findings) {
      const message = describe(finding);
      const seen = byMessage.get(`${finding.severity}:${message}`);
      if (seen) seen.count += 1;
      else byMessage.set(`${finding.severity}:${message}`, { finding, message, count: 1 });
    }
    return [...byMessage.values()];
  }, [item.findings, describe]);

  const handleReject = (event: FormEvent) => {
    event.preventDefault();
    if (comment.trim()) decide.mutate({ revisionId: item.revision.id, action: 'reject', comment: comment.trim() });
  };

  return (
    <article
      ref={ref}
      className={`queue-card${isSelected ? ' is-selected' : ''}`}
      tabIndex={0}
      onFocus={onFocus}
      data-revision-id={item.revision.id}
      aria-label={t('queue.cardLabel', { title: item.document.title, position: item.segment.position })}
    >
      <header className="queue-card-header">
        <label className="queue-select">
          <input type="checkbox" checked={isSelected} onChange={(event) => onSelect(event.target.checked)} />
          <span className="visually-hidden">{t('queue.select')}</span>
        </label>
        <Link to={`/documents/${item.document.id}?q=${encodeURIComponent(item.segment.source.slice(0, 40))}`}>{item.document.title}</Link>
        <span className="muted">
          {t('queue.segment', { position: item.segment.position })} · {item.revision.author.name} ·{' '}
          <time dateTime={item.submittedAt}>{dateTime(item.submittedAt)}</time>
        </span>
        <DueLine deadline={item.document.deadline} assignee={item.document.assignee} />
      </header>
      <div className="queue-columns">
        <div lang={item.document.sourceLang}>
          <h3>{t('queue.source')}</h3>
          <p className="segment-text">{item.segment.source || t('editor.noSource')}</p>
        </div>
        <div>
          <h3>{t('queue.againstMt')}</h3>
          <DiffView parts={againstMt} label={t('queue.againstMt')} />
          {againstApproved ? (
            <>
              <h3>{t('queue.againstApproved')}</h3>
              <DiffView parts={againstApproved} label={t('queue.againstApproved')} />
            </>
          ) : null}
          {findings.length > 0 ? (
            <ul className="finding-list">
              {findings.map(({ finding, message, count }) => (
                <li key={`${finding.rule}:${finding.start}`} className="finding-item">
                  <SeverityIcon severity={finding.severity} /> <span>{message}</span>
                  {count > 1 ? <span className="muted"> {t('queue.times', { count })}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('queue.noFindings')}</p>
          )}
        </div>
      </div>
      {decide.error ? <ErrorNotice error={decide.error} /> : null}
      <div className="segment-actions">
        <button
          type="button"
          className="button button-approve"
          disabled={decide.isPending}
          onClick={() => approvalGuard.ask([item.findings], () => decide.mutate({ revisionId: item.revision.id, action: 'approve' }))}
        >
          {t('editor.approve')} <kbd>a</kbd>
        </button>
        <button type="button" className="button button-reject" disabled={decide.isPending} onClick={() => onRejecting(true)}>
          {t('editor.reject')} <kbd>r</kbd>
        </button>
      </div>
      {isRejecting ? (
        <form className="reject-form" onSubmit={handleReject}>
          <label>
            {t('editor.rejectComment')}
            <textarea
              value={comment}
              autoFocus
              required
              onChange={(event) => setComment(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') onRejecting(false);
                if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') handleReject(event);
              }}
            />
          </label>
          <div className="segment-actions">
            <button type="submit" className="button button-reject" disabled={!comment.trim() || decide.isPending}>
              {t('editor.confirmReject')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => onRejecting(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {approvalGuard.dialog}
    </article>
  );
});

import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import { ErrorNotice } from '../components/ErrorNotice';
import { queueQuery, useBulkApproveMutation, useDecideMutation, QueueCard } from '../features/queue';
import { useApprovalGuard } from '../features/qa';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * The editor's queue: every submitted revision across documents, newest first. Keyboard: j/k
 * move, a approves, r rejects (with a comment), x selects, Shift+A approves the selection.
 */
export function QueuePage() {
  const { t } = useTranslation();
  const queue = useQuery(queueQuery());
  const items = useMemo(() => queue.data?.items ?? [], [queue.data]);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [focused, setFocused] = useState(0);
  const [rejecting, setRejecting] = useState<number | null>(null);
  const [isHelpOpen, setHelpOpen] = useState(false);
  const cards = useRef<Array<HTMLElement | null>>([]);
  const bulk = useBulkApproveMutation();
  const decide = useDecideMutation();
  const { ask: askApproval, dialog: approvalDialog } = useApprovalGuard();
  const approveMany = bulk.mutate;
  // the selection approved at once, after asking when some of it still has serious findings
  const approveSelected = useCallback(() => {
    const chosen = items.filter((item) => selected.has(item.revision.id));
    if (chosen.length === 0) return;
    askApproval(
      chosen.map((item) => item.findings),
      () => approveMany([...selected], { onSuccess: () => setSelected(new Set()) }),
    );
  }, [items, selected, askApproval, approveMany]);

  const toggle = (id: number, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      const item = items[focused];
      const move = (to: number) => {
        const index = Math.max(0, Math.min(items.length - 1, to));
        setFocused(index);
        cards.current[index]?.focus();
      };
      if (event.key === 'j' || event.key === 'ArrowDown') move(focused + 1);
      else if (event.key === 'k' || event.key === 'ArrowUp') move(focused - 1);
      else if (event.key === 'A') approveSelected();
      else if (event.key === 'a' && item)
        askApproval([item.findings], () => decide.mutate({ revisionId: item.revision.id, action: 'approve' }));
      else if (event.key === 'r' && item) setRejecting(item.revision.id);
      else if (event.key === 'x' && item) toggle(item.revision.id, !selected.has(item.revision.id));
      else if (event.key === '?') setHelpOpen(true);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [items, focused, selected, decide, askApproval, approveSelected]);

  return (
    <main className="page" id="content">
      {approvalDialog}
      <div className="page-title">
        <h1>{t('queue.title')}</h1>
        <div className="segment-actions">
          <button
            type="button"
            className="button button-approve"
            disabled={selected.size === 0 || bulk.isPending}
            title={selected.size === 0 ? t('queue.approveNoneHint') : undefined}
            onClick={approveSelected}
          >
            {selected.size === 0 ? t('queue.approveNone') : t('queue.approveSelected', { count: selected.size })}
          </button>
          <button type="button" className="button button-quiet" onClick={() => setHelpOpen(true)}>
            {t('nav.shortcuts')} <kbd>?</kbd>
          </button>
        </div>
      </div>
      <p className="muted">{t('queue.explain')}</p>
      {bulk.data && bulk.data.failed.length > 0 ? (
        <p className="notice notice-warning" role="status">
          {t('queue.someFailed', { count: bulk.data.failed.length })}
        </p>
      ) : null}
      {bulk.error ? <ErrorNotice error={bulk.error} /> : null}
      {queue.isPending ? <p className="loading">{t('queue.loading')}</p> : null}
      {queue.isError ? <ErrorNotice error={queue.error} onRetry={() => void queue.refetch()} /> : null}
      {queue.isSuccess && items.length === 0 ? <p className="empty">{t('queue.empty')}</p> : null}
      <div className="queue">
        {items.map((item, index) => (
          <QueueCard
            key={item.revision.id}
            ref={(element) => {
              cards.current[index] = element;
            }}
            item={item}
            isSelected={selected.has(item.revision.id)}
            isRejecting={rejecting === item.revision.id}
            onSelect={(on) => toggle(item.revision.id, on)}
            onRejecting={(on) => setRejecting(on ? item.revision.id : null)}
            onFocus={() => setFocused(index)}
          />
        ))}
      </div>
      <Dialog isOpen={isHelpOpen} title={t('shortcuts.title')} onClose={() => setHelpOpen(false)}>
        <table className="shortcuts">
          <tbody>
            {(
              [
                ['j / ↓', t('queue.keyNext')],
                ['k / ↑', t('queue.keyPrevious')],
                ['a', t('queue.keyApprove')],
                ['r', t('queue.keyReject')],
                ['x', t('queue.keySelect')],
                ['Shift + A', t('queue.keyApproveSelected')],
              ] as const
            ).map(([key, text]) => (
              <tr key={key}>
                <td>
                  <kbd>{key}</kbd>
                </td>
                <td>{text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Dialog>
    </main>
  );
}

import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevertFilter, UserRef } from '../../../../shared/schemas';
import { diffWords } from '../../../../shared/text/diff';
import { Dialog } from '../../../components/Dialog';
import { DiffView } from '../../../components/DiffView';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useRevertMutation, useRevertPreviewMutation } from '../api/review';

interface RevertDialogProps {
  documentId: number;
  isOpen: boolean;
  onClose: () => void;
  /** People who have written revisions of the document. */
  people: readonly UserRef[];
  lang: string;
}

/** A datetime-local value (the reader's time zone) as an ISO instant, or undefined when empty. */
function toInstant(local: string): string | undefined {
  if (!local) return undefined;
  const time = new Date(local);
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString();
}

/**
 * Bulk revert (editors, admins): choose whose revisions, or which time range, see every segment
 * that would go back and to what, then confirm. Segments changed by others since are listed and
 * left alone. The revert is new revisions, so it can be undone the same way.
 */
export function RevertDialog({ documentId, isOpen, onClose, people, lang }: RevertDialogProps) {
  const { t } = useTranslation();
  const [userId, setUserId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const preview = useRevertPreviewMutation(documentId);
  const revert = useRevertMutation(documentId);
  const [filter, setFilter] = useState<RevertFilter | null>(null);

  const handlePreview = (event: FormEvent) => {
    event.preventDefault();
    const next: RevertFilter = {
      ...(userId ? { userId: Number(userId) } : {}),
      ...(toInstant(from) ? { from: toInstant(from) } : {}),
      ...(toInstant(to) ? { to: toInstant(to) } : {}),
    };
    setFilter(next);
    revert.reset();
    preview.mutate(next);
  };

  const items = preview.data?.items ?? [];
  const close = () => {
    preview.reset();
    revert.reset();
    setFilter(null);
    onClose();
  };

  return (
    <Dialog isOpen={isOpen} title={t('revert.title')} onClose={close} className="dialog-wide">
      <p className="muted">{t('revert.explain')}</p>
      <form className="revert-form" onSubmit={handlePreview}>
        <label>
          {t('revert.person')}
          <select value={userId} onChange={(event) => setUserId(event.target.value)}>
            <option value="">{t('revert.anyone')}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('revert.from')}
          <input type="datetime-local" step="1" value={from} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label>
          {t('revert.to')}
          <input type="datetime-local" step="1" value={to} onChange={(event) => setTo(event.target.value)} />
        </label>
        <button type="submit" className="button" disabled={preview.isPending || (!userId && !from && !to)}>
          {t('revert.preview')}
        </button>
      </form>
      {preview.error ? <ErrorNotice error={preview.error} /> : null}
      {preview.data ? (
        <div className="revert-preview" data-testid="revert-preview">
          <p role="status">
            <strong>{t('revert.willRevert', { count: items.length })}</strong>
            {preview.data.skipped.length > 0 ? ` ${t('revert.skipped', { count: preview.data.skipped.length })}` : ''}
          </p>
          <ul className="revert-items">
            {items.map((item) => (
              <RevertItem key={item.segmentId} position={item.position} current={item.currentText} restore={item.restoreText} lang={lang} />
            ))}
          </ul>
          {preview.data.skipped.length > 0 ? (
            <ul className="muted revert-skipped">
              {preview.data.skipped.map((item) => (
                <li key={item.segmentId}>
                  {t('revert.skippedItem', { position: item.position })}{' '}
                  {item.reason === 'changed_since' ? t('revert.changedSince') : t('revert.alreadyRestored')}
                </li>
              ))}
            </ul>
          ) : null}
          {revert.error ? <ErrorNotice error={revert.error} /> : null}
          {revert.data ? (
            <p className="notice notice-info" role="status">
              {t('revert.done', { count: revert.data.reverted })}
            </p>
          ) : (
            <button
              type="button"
              className="button button-reject"
              disabled={items.length === 0 || revert.isPending || filter === null}
              onClick={() =>
                filter && revert.mutate({ filter, expect: items.map((item) => ({ segmentId: item.segmentId, version: item.version })) })
              }
            >
              {t('revert.confirm', { count: items.length })}
            </button>
          )}
        </div>
      ) : null}
    </Dialog>
  );
}

function RevertItem({ position, current, restore, lang }: { position: number; current: string; restore: string; lang: string }) {
  const { t } = useTranslation();
  const parts = useMemo(() => diffWords(current, restore, { lang }), [current, restore, lang]);
  return (
    <li className="revert-item">
      <span className="segment-number">{position}</span>
      <DiffView parts={parts} label={t('revert.diffLabel', { position })} />
    </li>
  );
}

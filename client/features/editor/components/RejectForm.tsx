import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface RejectFormProps {
  isPending: boolean;
  onReject: (comment: string) => void;
  onCancel: () => void;
}

/** A rejection always carries a comment that tells the translator what to fix. */
export function RejectForm({ isPending, onReject, onCancel }: RejectFormProps) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const id = useId();
  const trimmed = comment.trim();
  return (
    <form
      className="reject-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (trimmed) onReject(trimmed);
      }}
    >
      <label htmlFor={id}>{t('editor.rejectComment')}</label>
      <textarea id={id} value={comment} required autoFocus onChange={(event) => setComment(event.target.value)} />
      <div className="segment-actions">
        <button type="submit" className="button button-reject" disabled={!trimmed || isPending}>
          {t('editor.confirmReject')}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

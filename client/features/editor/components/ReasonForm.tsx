import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ReasonFormProps {
  /** What the comment is for (the field's label), and the button that sends it. */
  label: string;
  confirm: string;
  /** The confirming button's look: a rejection is red, a resubmission plain. */
  tone: 'reject' | 'plain';
  isPending: boolean;
  onConfirm: (comment: string) => void;
  onCancel: () => void;
}

/**
 * A decision that must say why: a rejection tells the translator what to fix, a resubmission of
 * the rejected text answers the rejection. The field takes the focus when the form opens.
 */
export function ReasonForm({ label, confirm, tone, isPending, onConfirm, onCancel }: ReasonFormProps) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const id = useId();
  const trimmed = comment.trim();
  return (
    <form
      className="reject-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (trimmed) onConfirm(trimmed);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <label htmlFor={id}>{label}</label>
      <textarea id={id} value={comment} required autoFocus onChange={(event) => setComment(event.target.value)} />
      <div className="segment-actions">
        <button
          type="submit"
          className={tone === 'reject' ? 'button button-reject' : 'button button-primary'}
          disabled={!trimmed || isPending}
        >
          {confirm}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useTranslation } from 'react-i18next';
import { useFormatters } from '../lib/format';

/** Today as YYYY-MM-DD, in the reader's time zone. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** When a document is due and who is to do it (nothing when neither is set); a passed deadline says so. */
export function DueLine({ deadline, assignee }: { deadline: string | null; assignee: { id: number; name: string } | null }) {
  const { t } = useTranslation();
  const { date } = useFormatters();
  if (deadline === null && assignee === null) return null;
  const isLate = deadline !== null && deadline < today();
  return (
    <p className={`due-line${isLate ? ' is-late' : ''}`} data-testid="due-line">
      {deadline !== null ? (
        <span>
          {isLate
            ? t('documents.overdue', { date: date(`${deadline}T12:00:00`) })
            : t('documents.due', { date: date(`${deadline}T12:00:00`) })}
        </span>
      ) : null}
      {deadline !== null && assignee !== null ? ' · ' : null}
      {assignee !== null ? <span>{t('documents.assignedTo', { name: assignee.name })}</span> : null}
    </p>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ActivityList } from '../../../../shared/schemas';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { apiRequest } from '../../../lib/apiClient';
import { useFormatters } from '../../../lib/format';
import { documentKeys } from '../../documents/api/queries';

const KNOWN = [
  'document.created',
  'document.role_set',
  'revision.saved',
  'revision.submitted',
  'revision.approved',
  'revision.rejected',
  'finding.dismissed',
  'finding.restored',
] as const;
type Known = (typeof KNOWN)[number];

function isKnown(type: string): type is Known {
  return (KNOWN as readonly string[]).includes(type);
}

/** The document's event log, newest first: who did what, when (for editors and admins). */
export function ActivityPanel({ documentId }: { documentId: number }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const events = useQuery({
    queryKey: [...documentKeys.detail(documentId), 'events'],
    queryFn: ({ signal }) => apiRequest(`/documents/${documentId}/events?limit=200`, ActivityList, { signal }),
  });
  return (
    <details className="activity-panel">
      <summary>
        <strong>{t('activity.title')}</strong>
      </summary>
      {events.isError ? <ErrorNotice error={events.error} /> : null}
      <ol className="activity-list">
        {events.data?.items.map((event) => (
          <li key={event.id} data-type={event.type}>
            <time dateTime={event.createdAt}>{dateTime(event.createdAt)}</time>{' '}
            {isKnown(event.type)
              ? t(`activity.${event.type}`, {
                  actor: event.actorName ?? '?',
                  position: event.position ?? '',
                  rule: typeof event.payload.rule === 'string' ? event.payload.rule : '',
                  quote: typeof event.payload.quote === 'string' ? event.payload.quote : '',
                })
              : `${event.actorName ?? '?'}: ${event.type}`}
            {typeof event.payload.comment === 'string' ? <q className="history-comment">{event.payload.comment}</q> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}

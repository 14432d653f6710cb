import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isEventType, type EventType } from '../../../../shared/events';
import { ActivityList, type ActivityEvent } from '../../../../shared/schemas';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { apiRequest } from '../../../lib/apiClient';
import { useFormatters } from '../../../lib/format';
import { useRuleName } from '../../qa';
import { documentKeys } from '../../../data/documents';

/** The document's event log, newest first: who did what, when (for editors and admins). */
export function ActivityPanel({ documentId }: { documentId: number }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const ruleName = useRuleName();
  // every type the server writes has a label (shared/events.ts); an older log's unknown type shows as it is
  // (a replacement sent in several requests logs each: "part 3 of 8")
  const key = (type: EventType, payload: ActivityEvent['payload']) =>
    type === 'document.replaced' && typeof payload.part === 'number'
      ? ('activity.document.replacedPart' as const)
      : (`activity.${type}` as const);
  const label = (event: ActivityEvent) =>
    isEventType(event.type)
      ? t(key(event.type, event.payload), {
          actor: event.actorName ?? '?',
          position: event.position ?? '',
          rule: typeof event.payload.rule === 'string' ? ruleName(event.payload.rule) : '',
          quote: typeof event.payload.quote === 'string' ? event.payload.quote : '',
          count: typeof event.payload.segments === 'number' ? event.payload.segments : 0,
          find: typeof event.payload.find === 'string' ? event.payload.find : '',
          replace: typeof event.payload.replace === 'string' ? event.payload.replace : '',
          part: typeof event.payload.part === 'number' ? event.payload.part : 0,
          parts: typeof event.payload.parts === 'number' ? event.payload.parts : 0,
        })
      : `${event.actorName ?? '?'}: ${event.type}`;
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
            <time dateTime={event.createdAt}>{dateTime(event.createdAt)}</time> {label(event)}
            {typeof event.payload.comment === 'string' ? <q className="history-comment">{event.payload.comment}</q> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}

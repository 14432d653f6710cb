/**
 * Keeps an open document current: listens to its live feed (server-sent events) and writes each
 * change into the React Query cache (the segment as it now stands), refreshing what depends on it
 * a moment later in one go. The browser's EventSource reconnects by itself and sends the last event
 * id it saw, so the server replays what was missed; if the server refuses (a lapsed session) the
 * hook tries again after a pause, from the last event it has. A feed the server ends because
 * access ended (signed out elsewhere, a role removed) is not reopened.
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { LiveChange, LiveEnded, LivePresence, type DocumentFindings, type DocumentSummary, type UserRef } from '../../../shared/schemas';
import { reportUnauthenticated } from '../../lib/apiClient';
import { documentKeys } from '../../data/documents';
import { storeLiveSegment, storeRecheckedSegment } from '../../data/segments';
import { segmentKeys } from '../../data/segments';
import { dismissalKeys, findingsKeys } from '../qa';
import { queueKeys } from '../queue';
import { reviewKeys } from '../review';

const REFRESH_DELAY_MS = 400;
/** The review queries that follow the text (annotations and comments do not). */
const REVIEW_PAGES = ['candidates', 'quality', 'compare', 'timeline', 'effort'] as const;

/**
 * The document's progress and findings in numbers, as the live feed reports them. The glossary
 * and document-wide facts the browser checks with are asked for again only when consistency's
 * counts moved (the facts are about which rendering of a name wins).
 */
function storeLiveDocument(queryClient: QueryClient, documentId: number, document: NonNullable<LiveChange['document']>): void {
  queryClient.setQueryData<DocumentSummary>(documentKeys.detail(documentId), (cached) => cached && { ...cached, counts: document.counts });
  const findings = queryClient.getQueryData<DocumentFindings>(findingsKeys.document(documentId));
  if (!findings) return;
  const before = JSON.stringify(findings.summary.byRule.consistency ?? null);
  queryClient.setQueryData<DocumentFindings>(findingsKeys.document(documentId), { ...findings, summary: document.findings });
  if (JSON.stringify(document.findings.byRule.consistency ?? null) !== before)
    void queryClient.invalidateQueries({ queryKey: findingsKeys.document(documentId) });
}
const RETRY_MS = 5000;

export interface LiveState {
  /** Everyone with the document open, this person included. */
  present: UserRef[];
  connected: boolean;
}

export function useLiveDocument(documentId: number, lastEventId: number | undefined): LiveState {
  const queryClient = useQueryClient();
  const [present, setPresent] = useState<UserRef[]>([]);
  const [connected, setConnected] = useState(false);
  // where the feed starts: the document's last event when the page first had it (kept, so that a
  // refetched document does not restart the feed); then the feed moves on from the last event seen
  const [start, setStart] = useState<{ documentId: number; eventId: number } | undefined>(undefined);
  if (lastEventId !== undefined && start?.documentId !== documentId) setStart({ documentId, eventId: lastEventId });
  const startAt = start?.documentId === documentId ? start.eventId : undefined;

  useEffect(() => {
    if (startAt === undefined || typeof EventSource === 'undefined') return undefined;
    let cursor = startAt;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let refresh: ReturnType<typeof setTimeout> | undefined;
    const stale = new Set<string>();

    const refreshSoon = (...keys: Array<readonly unknown[]>) => {
      for (const key of keys) stale.add(JSON.stringify(key));
      clearTimeout(refresh);
      refresh = setTimeout(() => {
        for (const key of stale) void queryClient.invalidateQueries({ queryKey: JSON.parse(key) as unknown[] });
        stale.clear();
      }, REFRESH_DELAY_MS);
    };

    const onChange = (event: MessageEvent<string>) => {
      const parsed = LiveChange.safeParse(JSON.parse(event.data));
      if (!parsed.success) return;
      const change = parsed.data;
      cursor = Math.max(cursor, change.id);
      // the segment that changed, and the document's numbers: written into the cache as they are,
      // nothing document-wide is asked for again
      if (change.segment) storeLiveSegment(queryClient, change.segment);
      for (const segment of change.segments ?? []) storeRecheckedSegment(queryClient, segment);
      if (change.document) storeLiveDocument(queryClient, documentId, change.document);
      if (change.type.startsWith('revision.') || change.type === 'document.reverted') {
        // comparisons, quality and the queue (other pages) follow the text; the documents list
        // is not on screen here
        refreshSoon(...REVIEW_PAGES.map((page) => [...reviewKeys.document(documentId), page]), queueKeys.all);
        void queryClient.invalidateQueries({ queryKey: documentKeys.list(), refetchType: 'none' });
      } else if (change.type.startsWith('comment.')) {
        refreshSoon(reviewKeys.comments(documentId));
      } else if (change.type.startsWith('finding.')) {
        // "not an error" (or restored): the dismissals the browser checks with, and, when it was
        // document-wide, every row's findings (one paragraph's came with the change)
        refreshSoon(
          findingsKeys.document(documentId),
          dismissalKeys.document(documentId),
          ...(change.payload.scope === 'segment' ? [] : [segmentKeys.lists(documentId)]),
        );
      } else if (change.type === 'document.rechecked') {
        // the glossary changed: the terms the browser checks with as the translator types
        refreshSoon(findingsKeys.document(documentId));
      } else if (change.type.startsWith('annotation.') || change.type === 'document.weights_set') {
        refreshSoon(reviewKeys.annotations(documentId), reviewKeys.quality(documentId), reviewKeys.candidates(documentId));
      }
    };
    const onPresence = (event: MessageEvent<string>) => {
      const parsed = LivePresence.safeParse(JSON.parse(event.data));
      if (parsed.success) setPresent(parsed.data.users);
    };
    // the server ended the feed because access ended: no reconnecting; the page learns why
    const onEnded = (event: MessageEvent<string>) => {
      const parsed = LiveEnded.safeParse(JSON.parse(event.data));
      source?.close();
      source = null;
      setConnected(false);
      setPresent([]);
      if (!parsed.success) return;
      if (parsed.data.reason === 'signed_out') reportUnauthenticated();
      // the document is asked for again: it answers 404 now, and the page says so
      else void queryClient.invalidateQueries({ queryKey: documentKeys.detail(documentId) });
    };

    const connect = () => {
      source = new EventSource(`/api/documents/${documentId}/live?after=${cursor}`);
      source.addEventListener('change', onChange);
      source.addEventListener('presence', onPresence);
      source.addEventListener('ended', onEnded);
      source.onopen = () => setConnected(true);
      source.onerror = () => {
        setConnected(false);
        // CONNECTING: the browser retries by itself; CLOSED: it gave up (a refused request)
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          retry = setTimeout(connect, RETRY_MS);
        }
      };
    };
    connect();
    return () => {
      clearTimeout(retry);
      clearTimeout(refresh);
      source?.close();
      setConnected(false);
      setPresent([]);
    };
  }, [documentId, startAt, queryClient]);

  return { present, connected };
}

/**
 * Live updates of open documents. Every change is an event in the store's append-only log, so the
 * hub needs no hooks into the code that writes: while anyone watches a document, it reads the
 * log's new entries a few times a second and sends each watcher what it has not seen yet (with the
 * segment as it now stands). A watcher that reconnects says which event it saw last and gets the
 * rest, so nothing is missed across a dropped connection; and because the log is in the database,
 * this also works when several processes share it. The hub also tells each document's watchers who
 * else has it open. A change made through this process nudges the hub to read at once, so views
 * here update within milliseconds; the poll is what catches changes made by other processes.
 */
import type { LiveChange, Segment, UserRef } from '../../shared/schemas';
import type { Store } from '../store/types';

export interface LiveWatcher {
  user: UserRef;
  /** Sends one server-sent event. */
  send: (message: { event: 'change' | 'presence'; id?: number; data: unknown }) => void;
}

interface Subscription extends LiveWatcher {
  cursor: number;
}

const POLL_MS = 200;

export class LiveHub {
  private readonly documents = new Map<number, Set<Subscription>>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private polling = false;
  private pollAgain = false;
  private readonly names = new Map<number, string>();

  constructor(
    private readonly store: Store,
    private readonly log: (message: string, error?: unknown) => void,
    private readonly intervalMs = POLL_MS,
  ) {}

  /** Starts sending changes after event `after` (the last one the watcher has); returns the unsubscribe. */
  async watch(documentId: number, watcher: LiveWatcher, after: number | null): Promise<() => void> {
    const cursor = after ?? (await this.store.lastEventId(documentId));
    const subscription: Subscription = { ...watcher, cursor };
    let watchers = this.documents.get(documentId);
    if (!watchers) {
      watchers = new Set();
      this.documents.set(documentId, watchers);
    }
    watchers.add(subscription);
    this.names.set(watcher.user.id, watcher.user.name);
    this.start();
    this.announce(documentId);
    void this.poll();
    return () => {
      const set = this.documents.get(documentId);
      if (!set) return;
      set.delete(subscription);
      if (set.size === 0) this.documents.delete(documentId);
      else this.announce(documentId);
      if (this.documents.size === 0) this.stop();
    };
  }

  /** Who has the document open (each person once). */
  present(documentId: number): UserRef[] {
    const users = new Map<number, UserRef>();
    for (const subscription of this.documents.get(documentId) ?? []) users.set(subscription.user.id, subscription.user);
    return [...users.values()];
  }

  private announce(documentId: number): void {
    const users = this.present(documentId);
    for (const subscription of this.documents.get(documentId) ?? []) subscription.send({ event: 'presence', data: { users } });
  }

  private start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.poll(), this.intervalMs);
    this.timer.unref();
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async actor(id: number | null): Promise<UserRef | null> {
    if (id === null) return null;
    let name = this.names.get(id);
    if (name === undefined) {
      name = (await this.store.getUser(id))?.displayName ?? '';
      this.names.set(id, name);
    }
    return { id, name };
  }

  /** Whether anyone has a document open (nothing to nudge otherwise). */
  get isWatched(): boolean {
    return this.documents.size > 0;
  }

  /** Something may have changed: read the log now rather than at the next tick (cheap when nobody watches). */
  nudge(): void {
    if (this.documents.size > 0) void this.poll();
  }

  /** Reads each watched document's new events once and hands them to every watcher behind on them. */
  async poll(): Promise<void> {
    if (this.polling) {
      // a nudge during a read: read once more after it, so the newest change is not left for the tick
      this.pollAgain = true;
      return;
    }
    this.polling = true;
    try {
      for (const [documentId, watchers] of this.documents) {
        const from = Math.min(...[...watchers].map((w) => w.cursor));
        const events = await this.store.listEvents(documentId, from);
        if (events.length === 0) continue;
        const segments = new Map<number, Segment | null>();
        for (const event of events) {
          if (event.segmentId !== null && !segments.has(event.segmentId)) {
            segments.set(event.segmentId, (await this.store.getSegment(event.segmentId)) ?? null);
          }
        }
        for (const event of events) {
          const change: LiveChange = {
            id: event.id,
            type: event.type,
            segmentId: event.segmentId,
            revisionId: event.revisionId,
            actor: await this.actor(event.actorId),
            createdAt: event.createdAt,
            payload: event.payload,
            segment: event.segmentId === null ? null : (segments.get(event.segmentId) ?? null),
          };
          for (const watcher of watchers) {
            if (event.id <= watcher.cursor) continue;
            watcher.send({ event: 'change', id: event.id, data: change });
            watcher.cursor = event.id;
          }
        }
      }
    } catch (error) {
      this.log('live updates: reading the event log failed', error);
    } finally {
      this.polling = false;
      if (this.pollAgain) {
        this.pollAgain = false;
        void this.poll();
      }
    }
  }
}

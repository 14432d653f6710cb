/**
 * Live updates of open documents. Every change is an event in the store's append-only log, so the
 * hub needs no hooks into the code that writes: while anyone watches a document, it reads the
 * log's new entries a few times a second and sends each watcher what it has not seen yet (with the
 * segment as it now stands). A watcher that reconnects says which event it saw last and gets the
 * rest, so nothing is missed across a dropped connection; and because the log is in the database,
 * this also works when several processes share it. The hub also tells each document's watchers who
 * else has it open. A change made through this process nudges the hub to read at once, so views
 * here update within milliseconds; the poll is what catches changes made by other processes.
 *
 * A feed lasts only as long as the access it was opened with. Before any watcher is sent a batch of
 * changes its access is checked again; and the events that change access (a sign-out, a password
 * set, an account changed or disabled, a role on a document) are read from the same log, on every
 * process, and end the affected feeds at once, with a last event that says why.
 */
import type { LiveChange, Segment, UserRef } from '../../shared/schemas';
import type { Store, StoredEvent } from '../store/types';

/** Why a feed ended: its session is over (sign in again), or the document is no longer theirs to read. */
export type FeedEnd = 'signed_out' | 'access_removed';

export interface LiveWatcher {
  user: UserRef;
  /** The session the feed belongs to (the hash of its token). */
  sessionId: string;
  /** Sends one server-sent event. */
  send: (message: { event: 'change' | 'presence' | 'ended'; id?: number; data: unknown }) => void;
  /** Ends the feed (the response is closed). */
  end: () => void;
  /** Whether the watcher may still read the document: 'ok', or why not. */
  access: () => Promise<'ok' | FeedEnd>;
}

interface Subscription extends LiveWatcher {
  documentId: number;
  cursor: number;
  ended: boolean;
}

const POLL_MS = 200;
/** Every feed's access is checked at least this often (sessions also lapse by time). */
const RECHECK_MS = 60_000;
/** Open feeds per session in this process: a browser needs one per open document. */
export const MAX_FEEDS_PER_SESSION = 8;

/** The events after which someone's access may have changed, and whose access it is. */
const ACCESS_EVENTS = ['session.ended', 'user.updated', 'user.password_set', 'document.role_set'] as const;

function affectedUser(event: StoredEvent): number | null {
  const id = event.type === 'document.role_set' || event.type === 'session.ended' ? event.payload.userId : event.payload.id;
  return typeof id === 'number' ? id : null;
}

export class LiveHub {
  private readonly documents = new Map<number, Set<Subscription>>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private polling = false;
  private pollAgain = false;
  private readonly names = new Map<number, string>();
  /** The last access-changing event read (null until the first watcher arrives). */
  private accessCursor: number | null = null;
  private lastRecheck = 0;

  constructor(
    private readonly store: Store,
    private readonly log: (message: string, error?: unknown) => void,
    private readonly intervalMs = POLL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** How many feeds a session has open here. */
  feedsOf(sessionId: string): number {
    let count = 0;
    for (const watchers of this.documents.values()) for (const watcher of watchers) if (watcher.sessionId === sessionId) count += 1;
    return count;
  }

  /** Starts sending changes after event `after` (the last one the watcher has); returns the unsubscribe. */
  async watch(documentId: number, watcher: LiveWatcher, after: number | null): Promise<() => void> {
    this.accessCursor ??= await this.store.lastEventIdOverall();
    const cursor = after ?? (await this.store.lastEventId(documentId));
    const subscription: Subscription = { ...watcher, documentId, cursor, ended: false };
    let watchers = this.documents.get(documentId);
    if (!watchers) {
      watchers = new Set();
      this.documents.set(documentId, watchers);
      this.lastRecheck = this.now();
    }
    watchers.add(subscription);
    this.names.set(watcher.user.id, watcher.user.name);
    this.start();
    this.announce(documentId);
    void this.poll();
    return () => this.remove(subscription);
  }

  private remove(subscription: Subscription): void {
    const set = this.documents.get(subscription.documentId);
    if (!set || !set.delete(subscription)) return;
    if (set.size === 0) this.documents.delete(subscription.documentId);
    else this.announce(subscription.documentId);
    if (this.documents.size === 0) this.stop();
  }

  /** Tells the watcher why, closes the feed and forgets it. */
  private finish(subscription: Subscription, reason: FeedEnd): void {
    if (subscription.ended) return;
    subscription.ended = true;
    try {
      subscription.send({ event: 'ended', data: { reason } });
    } finally {
      subscription.end();
      this.remove(subscription);
    }
  }

  /** Whether the subscription may go on; ends it (and says no) when it may not. */
  private async stillAllowed(subscription: Subscription): Promise<boolean> {
    if (subscription.ended) return false;
    const access = await subscription.access();
    if (access === 'ok') return true;
    this.finish(subscription, access);
    return false;
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

  /** Every subscription, across documents (a copy: checking may remove some). */
  private all(): Subscription[] {
    return [...this.documents.values()].flatMap((watchers) => [...watchers]);
  }

  /** Access changes since the last read: the feeds of the people concerned are checked now. */
  private async checkAccessChanges(): Promise<void> {
    const events = await this.store.listEventsOfTypes(ACCESS_EVENTS, this.accessCursor ?? 0);
    if (events.length > 0) {
      this.accessCursor = (events.at(-1) as StoredEvent).id;
      const users = new Set(events.map(affectedUser));
      for (const subscription of this.all()) {
        if (users.has(subscription.user.id)) await this.stillAllowed(subscription);
      }
    }
    if (this.now() - this.lastRecheck >= RECHECK_MS) {
      this.lastRecheck = this.now();
      for (const subscription of this.all()) await this.stillAllowed(subscription);
    }
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
      await this.checkAccessChanges();
      for (const [documentId, watchers] of [...this.documents]) {
        if (watchers.size === 0) continue;
        const from = Math.min(...[...watchers].map((w) => w.cursor));
        const events = await this.store.listEvents(documentId, from);
        if (events.length === 0) continue;
        // access is checked again before anything more is sent
        const allowed: Subscription[] = [];
        for (const watcher of [...watchers]) if (await this.stillAllowed(watcher)) allowed.push(watcher);
        if (allowed.length === 0) continue;
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
          for (const watcher of allowed) {
            if (event.id <= watcher.cursor || watcher.ended) continue;
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

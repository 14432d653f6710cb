/**
 * Live updates of open documents. Every change is an event in the database's append-only log, so
 * the hub needs no hooks into the code that writes: while anyone watches a document here, it
 * reads the log's new entries and sends each watcher what it has not seen yet (with the segment as
 * it now stands). A watcher that reconnects says which event it saw last and gets the rest, so
 * nothing is missed across a dropped connection.
 *
 * Several servers on one database: on PostgreSQL every committed event is announced (NOTIFY) and
 * every server reads the log at once; on SQLite (and as a fallback) the log is read a few times a
 * second. A change made through this server nudges the hub directly. Who has a document open is
 * kept in the database (one row per feed, kept alive by this server's heartbeat), so views on any
 * server see everyone, and the cap on a session's feeds holds across servers.
 *
 * A feed lasts only as long as the access it was opened with. Before any watcher is sent a batch of
 * changes its access is checked again; and the events that change access (a sign-out, a password
 * set, an account changed or disabled, a role on a document) are read from the same log, from
 * every server, and end the affected feeds at once, with a last event that says why.
 */
import { randomUUID } from 'node:crypto';
import type { LiveChange, Segment, UserRef } from '../../shared/schemas';
import type { Services } from '../services';
import { HEARTBEAT_MS } from '../services/people';
import type { StoredEvent } from '../store/types';

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
  /**
   * Whether the watcher may still read the document: until when at the latest (its session's end,
   * in ms since the epoch), or why not.
   */
  access: () => Promise<{ until: number } | FeedEnd>;
}

interface Subscription extends LiveWatcher {
  /** Its row in the presence table. */
  feedId: string;
  documentId: number;
  cursor: number;
  ended: boolean;
  /** When its access was last asked, and the latest time that answer can hold. */
  verifiedAt: number;
  verifiedUntil: number;
}

const POLL_MS = 200;
/** Segments sent with one "checked again" change (a check batch is smaller). */
const RECHECKED_SENT = 1000;
/** Every feed's access is checked at least this often (sessions also lapse by time). */
const RECHECK_MS = 60_000;
/**
 * Before a batch of changes is sent, an answer about access this recent is taken as it is (within
 * its session's lifetime): anything that takes access away writes an event, which has the feeds
 * concerned asked at once. Asking every feed before every batch cost four queries per feed per
 * save: with 50 feeds open on a document, 200 queries for each save.
 */
export const ACCESS_FRESH_MS = 5_000;
/** Open feeds per session, on all servers together: a browser needs one per open document. */
export const MAX_FEEDS_PER_SESSION = 8;

/** The events after which someone's access may have changed, and whose access it is. */
const ACCESS_EVENTS = ['session.ended', 'user.updated', 'user.password_set', 'document.role_set', 'token.revoked'] as const;

function affectedUser(event: StoredEvent): number | null {
  if (event.type === 'token.revoked') return event.actorId;
  const id = event.type === 'document.role_set' || event.type === 'session.ended' ? event.payload.userId : event.payload.id;
  return typeof id === 'number' ? id : null;
}

export class LiveHub {
  private readonly documents = new Map<number, Set<Subscription>>();
  /** Who each watched document's watchers were last told is present (to tell them only of changes). */
  private readonly announced = new Map<number, string>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private unlisten: (() => void) | undefined;
  private polling = false;
  private pollAgain = false;
  /** The last access-changing event read (null until the first watcher arrives). */
  private accessCursor: number | null = null;
  private lastRecheck = 0;
  /** This server, in the presence table. */
  readonly serverId = randomUUID();

  constructor(
    private readonly services: Services,
    private readonly log: (message: string, error?: unknown) => void,
    private readonly intervalMs = POLL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** How many feeds a session has open, on every server. */
  async feedsOf(sessionId: string): Promise<number> {
    return this.services.people.feedsOfSession(sessionId);
  }

  /** Starts sending changes after event `after` (the last one the watcher has); returns the unsubscribe. */
  async watch(documentId: number, watcher: LiveWatcher, after: number | null): Promise<() => void> {
    this.accessCursor ??= await this.services.revisions.lastEventId();
    const cursor = after ?? (await this.services.documents.lastEventId(documentId));
    const subscription: Subscription = {
      ...watcher,
      feedId: randomUUID(),
      documentId,
      cursor,
      ended: false,
      verifiedAt: Number.NEGATIVE_INFINITY,
      verifiedUntil: Number.NEGATIVE_INFINITY,
    };
    let watchers = this.documents.get(documentId);
    if (!watchers) {
      watchers = new Set();
      this.documents.set(documentId, watchers);
    }
    watchers.add(subscription);
    await this.services.people.openFeed({
      id: subscription.feedId,
      serverId: this.serverId,
      documentId,
      userId: watcher.user.id,
      userName: watcher.user.name,
      sessionId: watcher.sessionId,
    });
    this.start();
    void this.poll();
    return () => this.remove(subscription);
  }

  private remove(subscription: Subscription): void {
    const set = this.documents.get(subscription.documentId);
    if (!set || !set.delete(subscription)) return;
    if (set.size === 0) {
      this.documents.delete(subscription.documentId);
      this.announced.delete(subscription.documentId);
    }
    void this.services.people
      .closeFeed(subscription.feedId)
      .then(() => this.nudge())
      .catch((error: unknown) => this.log('live updates: forgetting a closed feed failed', error));
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

  /**
   * Whether the subscription may go on; ends it (and says no) when it may not. Asked again unless
   * `recent` allows an answer of the last few seconds that its session's lifetime still covers.
   */
  private async stillAllowed(subscription: Subscription, recent = false): Promise<boolean> {
    if (subscription.ended) return false;
    const now = this.now();
    if (recent && now - subscription.verifiedAt < ACCESS_FRESH_MS && now < subscription.verifiedUntil) return true;
    const access = await subscription.access();
    if (typeof access === 'object') {
      subscription.verifiedAt = now;
      subscription.verifiedUntil = access.until;
      return true;
    }
    this.finish(subscription, access);
    return false;
  }

  /** Who has the document open, on any server (each person once). */
  async present(documentId: number): Promise<UserRef[]> {
    return this.services.people.present(documentId);
  }

  /** Tells a document's watchers who is present, when that changed since they were last told. */
  private async announce(documentId: number): Promise<void> {
    const watchers = this.documents.get(documentId);
    if (!watchers || watchers.size === 0) return;
    const users = await this.present(documentId);
    const key = JSON.stringify(users);
    if (this.announced.get(documentId) === key) return;
    this.announced.set(documentId, key);
    for (const subscription of watchers) if (!subscription.ended) subscription.send({ event: 'presence', data: { users } });
  }

  private start(): void {
    if (this.timer) return;
    this.lastRecheck = this.now();
    this.timer = setInterval(() => void this.poll(), this.intervalMs);
    this.timer.unref();
    this.heartbeat = setInterval(() => {
      this.services.people
        .heartbeat(this.serverId)
        .catch((error: unknown) => this.log('live updates: the presence heartbeat failed', error));
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
    // PostgreSQL says when anything changed on any server: read at once rather than at the tick
    this.unlisten = this.services.store.onChange(() => this.nudge());
  }

  private stop(): void {
    clearInterval(this.timer);
    clearInterval(this.heartbeat);
    this.unlisten?.();
    this.timer = undefined;
    this.heartbeat = undefined;
    this.unlisten = undefined;
  }

  /** Who did it, by name as it is now (names looked up once per read of the log). */
  private async actor(id: number | null, names: Map<number, string>): Promise<UserRef | null> {
    if (id === null) return null;
    let name = names.get(id);
    if (name === undefined) {
      name = (await this.services.people.user(id))?.displayName ?? '';
      names.set(id, name);
    }
    return { id, name };
  }

  /** Whether anyone has a document open here (nothing to nudge otherwise). */
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
    const events = await this.services.revisions.eventsOfTypes(ACCESS_EVENTS, this.accessCursor ?? 0);
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
        await this.announce(documentId);
        const from = Math.min(...[...watchers].map((w) => w.cursor));
        const events = await this.services.revisions.events(documentId, from);
        if (events.length === 0) continue;
        // access is checked again before anything more is sent (an answer of the last seconds
        // stands: what takes access away was read above, in checkAccessChanges)
        const allowed: Subscription[] = [];
        for (const watcher of [...watchers]) if (await this.stillAllowed(watcher, true)) allowed.push(watcher);
        if (allowed.length === 0) continue;
        const segments = new Map<number, Segment | null>();
        const names = new Map<number, string>();
        for (const event of events) {
          if (event.segmentId !== null && !segments.has(event.segmentId)) {
            const segment = await this.services.documents.segment(event.segmentId);
            // with the findings of its text: those stored (a save on this server stores them right
            // after its revision, and decorate waits for that), else checked now (a save on another
            // server whose store has not committed yet, a check that failed, a text never checked)
            segments.set(
              event.segmentId,
              segment ? ((await this.services.checks.decorate(documentId, [segment], true))[0] ?? segment) : null,
            );
          }
        }
        // findings changed by a check made again (the glossary changed): those segments as they stand
        const rechecked = new Map<number, Segment[]>();
        for (const event of events) {
          if (event.type !== 'document.rechecked' || !Array.isArray(event.payload.segmentIds)) continue;
          const ids = event.payload.segmentIds.filter((id): id is number => typeof id === 'number').slice(0, RECHECKED_SENT);
          const found = await this.services.documents.byIds(ids);
          rechecked.set(event.id, await this.services.checks.decorate(documentId, [...found.values()], false));
        }
        // after changes to segments: the document's progress and findings in numbers, once per batch
        const lastOnSegment = events.findLast((event) => event.segmentId !== null || rechecked.has(event.id));
        let document: LiveChange['document'];
        if (lastOnSegment) {
          const [summary, findings] = await Promise.all([
            this.services.documents.get(documentId),
            this.services.checks.summary(documentId, { bringUpToDate: false }),
          ]);
          if (summary) document = { counts: summary.counts, findings };
        }
        for (const event of events) {
          const change: LiveChange = {
            id: event.id,
            type: event.type,
            segmentId: event.segmentId,
            revisionId: event.revisionId,
            actor: await this.actor(event.actorId, names),
            createdAt: event.createdAt,
            payload: event.payload,
            segment: event.segmentId === null ? null : (segments.get(event.segmentId) ?? null),
            ...(rechecked.has(event.id) ? { segments: rechecked.get(event.id) } : {}),
            ...(event === lastOnSegment && document ? { document } : {}),
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

  /** Forgets this server's feeds (at shutdown: other servers stop showing these people at once). */
  async close(): Promise<void> {
    for (const subscription of this.all()) {
      subscription.ended = true;
      subscription.end();
    }
    this.documents.clear();
    this.stop();
    await this.services.people.dropServer(this.serverId);
  }
}

/**
 * People: accounts, sessions, sign-in attempts, and who may do what on which document. The rules
 * (a duplicate username, the roles a person holds on a document, that ending a session or setting
 * a password is logged so that live feeds everywhere end with it, that attempts are counted under
 * a lock) live here; the SQL in the people repository.
 */
import { createHash, randomBytes } from 'node:crypto';
import { rolesOn, type Role } from '../../shared/permissions';
import type { User, UserRef } from '../../shared/schemas';
import type { PresenceRow } from '../store/repositories/people';
import {
  type AccessKind,
  type AttemptReservation,
  type Repositories,
  type SessionRecord,
  type Store,
  type StoredEvent,
  type UserRecord,
  type Viewer,
} from '../store/types';

/** How often a server says its feeds are open, and after how long without that they are not. */
export const HEARTBEAT_MS = 10_000;
const PRESENCE_LIVE_MS = 3 * HEARTBEAT_MS;
const PRESENCE_FORGOTTEN_MS = 6 * HEARTBEAT_MS;

/** Attempts older than any window are of no use: swept once in this many reservations. */
const SWEEP_EVERY = 1000;
const SWEEP_OLDER_THAN_MS = 24 * 60 * 60 * 1000;

export class PeopleService {
  private reservations = 0;

  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
  ) {}

  private timestamp(): string {
    return this.now().toISOString();
  }

  private event(
    tx: Repositories,
    event: Omit<StoredEvent, 'id' | 'createdAt' | 'segmentId' | 'revisionId'> & Partial<StoredEvent>,
  ): Promise<number> {
    return tx.revisions.appendEvent({ segmentId: null, revisionId: null, ...event }, this.timestamp());
  }

  async createUser(
    input: { username: string; displayName: string; role: Role | null; passwordHash: string },
    actorId: number,
  ): Promise<{ kind: 'done'; user: User } | { kind: 'duplicate' }> {
    try {
      return await this.store.transaction(async (tx) => {
        if (await tx.people.userByName(input.username)) return { kind: 'duplicate' as const };
        const id = await tx.people.insertUser({ ...input, createdAt: this.timestamp() });
        await this.event(tx, {
          documentId: null,
          actorId,
          type: 'user.created',
          payload: { id, username: input.username, role: input.role },
        });
        const { passwordHash: _hash, ...user } = (await tx.people.user(id)) as UserRecord;
        return { kind: 'done' as const, user };
      });
    } catch (error) {
      // two people adding one username at once: the database keeps one
      if (this.store.isUniqueViolation(error)) return { kind: 'duplicate' };
      throw error;
    }
  }

  async user(id: number): Promise<UserRecord | undefined> {
    return this.store.read.people.user(id);
  }

  async userByName(username: string): Promise<UserRecord | undefined> {
    return this.store.read.people.userByName(username);
  }

  /** People with an account (not the built-in system users). */
  async users(): Promise<User[]> {
    return this.store.read.people.users();
  }

  /** Changes a person's name, global role or disabled flag (disabling ends their sessions). */
  async updateUser(
    id: number,
    changes: { displayName?: string | undefined; role?: Role | null | undefined; disabled?: boolean | undefined },
    actorId: number,
  ): Promise<User | undefined> {
    return this.store.transaction(async (tx) => {
      const before = await tx.people.user(id);
      if (!before) return undefined;
      await tx.people.updateUser(id, changes);
      if (changes.disabled) await tx.people.revokeUserSessions(id, this.timestamp());
      const { passwordHash: _before, ...previous } = before;
      await this.event(tx, { documentId: null, actorId, type: 'user.updated', payload: { id, before: previous, changes } });
      const { passwordHash: _hash, ...user } = (await tx.people.user(id)) as UserRecord;
      return user;
    });
  }

  /** Sets a new password hash and ends every session of the person. */
  async setPasswordHash(id: number, passwordHash: string, actorId: number): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      if (!(await tx.people.user(id))) return false;
      await tx.people.setPassword(id, passwordHash);
      await tx.people.revokeUserSessions(id, this.timestamp());
      await this.event(tx, { documentId: null, actorId, type: 'user.password_set', payload: { id } });
      return true;
    });
  }

  /**
   * Counts one sign-in attempt under every key at once (all or none), unless a key already has
   * its limit of attempts since `now - windowMs`: then nothing is counted and the answer says when
   * the oldest of them leaves the window. The keys are locked while counting, so attempts sent at
   * once, to any server process, are counted one after the other.
   */
  async reserveAttempts(keys: ReadonlyArray<{ key: string; limit: number }>, windowMs: number, now: number): Promise<AttemptReservation> {
    this.reservations += 1;
    const sweep = this.reservations % SWEEP_EVERY === 0;
    return this.store.transaction(async (tx) => {
      await tx.lock(keys.map(({ key }) => `attempt:${key}`));
      let retryAfterMs = 0;
      for (const { key, limit } of keys) {
        const times = await tx.people.attemptsSince(key, now - windowMs);
        if (times.length >= limit) {
          const oldest = times[times.length - limit] ?? now;
          retryAfterMs = Math.max(retryAfterMs, oldest + windowMs - now, 1);
        }
      }
      if (retryAfterMs > 0) return { kind: 'limited', retryAfterMs };
      const ids: number[] = [];
      for (const { key } of keys) ids.push(await tx.people.insertAttempt(key, now));
      if (sweep) await tx.people.sweepAttempts(now - SWEEP_OLDER_THAN_MS);
      return { kind: 'reserved', ids };
    });
  }

  /** Takes back attempts that turned out well (a correct password is not a failure). */
  async releaseAttempts(ids: readonly number[]): Promise<void> {
    await this.store.transaction((tx) => tx.people.deleteAttempts(ids));
  }

  /** Forgets every attempt under a key (an account's failures, once its owner signs in). */
  async clearAttempts(key: string): Promise<void> {
    await this.store.transaction((tx) => tx.people.clearAttempts(key));
  }

  async createSession(session: Omit<SessionRecord, 'revokedAt' | 'lastSeenAt'>): Promise<void> {
    await this.store.transaction((tx) => tx.people.insertSession(session));
  }

  async tokenByHash(hash: string) {
    return this.store.read.people.tokenByHash(hash);
  }

  async touchToken(id: number, at: string): Promise<void> {
    await this.store.transaction((tx) => tx.people.touchToken(id, at));
  }

  /** A person's API tokens (without the tokens themselves, which are never kept). */
  async tokens(userId: number) {
    return this.store.read.people.tokensOf(userId);
  }

  /** A new API token for a person: the token itself is in the answer, once. */
  async createToken(userId: number, name: string): Promise<{ token: string; id: number }> {
    const token = `tilik_${randomBytes(32).toString('base64url')}`;
    const id = await this.store.transaction(async (tx) => {
      const created = await tx.people.insertToken({
        userId,
        name,
        hash: createHash('sha256').update(token).digest('base64url'),
        prefix: token.slice(0, 12),
        createdAt: this.timestamp(),
      });
      await this.event(tx, { documentId: null, actorId: userId, type: 'token.created', payload: { id: created, name } });
      return created;
    });
    return { token, id };
  }

  /** Revokes one of a person's tokens; false when it is not theirs or already revoked. */
  async revokeToken(userId: number, id: number): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      if ((await tx.people.revokeToken(id, userId, this.timestamp())) === 0) return false;
      await this.event(tx, { documentId: null, actorId: userId, type: 'token.revoked', payload: { id } });
      return true;
    });
  }

  async session(id: string): Promise<SessionRecord | undefined> {
    return this.store.read.people.session(id);
  }

  async sessionWithUser(id: string): Promise<{ session: SessionRecord; user: UserRecord } | undefined> {
    return this.store.read.people.sessionWithUser(id);
  }

  async touchSession(id: string, at: string): Promise<void> {
    await this.store.transaction((tx) => tx.people.touchSession(id, at));
  }

  /** Ends a session; the event "session.ended" says so, for live feeds on every process. */
  async endSession(id: string): Promise<void> {
    await this.store.transaction(async (tx) => {
      const session = await tx.people.session(id);
      if (!session || session.revokedAt !== null) return;
      if ((await tx.people.revokeSession(id, this.timestamp())) === 0) return;
      await this.event(tx, { documentId: null, actorId: session.userId, type: 'session.ended', payload: { userId: session.userId } });
    });
  }

  /**
   * The document a document, segment, revision or annotation id belongs to and the roles the
   * viewer holds there (global and per-document; empty when they may not see it): one cheap lookup
   * for the permission check of every request. Undefined when there is no such thing.
   */
  async accessTo(kind: AccessKind, id: number, viewer: Viewer): Promise<{ documentId: number; roles: Role[] } | undefined> {
    const found = await this.store.read.people.documentOf(kind, id, viewer.id);
    return found && { documentId: found.documentId, roles: rolesOn(viewer.role, found.role) };
  }

  /** The person's own role on a document (not counting their global role). */
  async documentRole(userId: number, documentId: number): Promise<Role | null> {
    return this.store.read.people.roleOn(userId, documentId);
  }

  async setDocumentRole(documentId: number, userId: number, role: Role | null, actorId: number): Promise<void> {
    await this.store.transaction(async (tx) => {
      const before = await tx.people.roleOn(userId, documentId);
      await tx.people.setRole(documentId, userId, role);
      await this.event(tx, { documentId, actorId, type: 'document.role_set', payload: { userId, before, role } });
    });
  }

  async members(documentId: number): Promise<Array<{ user: User; role: Role }>> {
    return this.store.read.people.members(documentId);
  }

  /** A live feed opened on this server: the person is present on the document for every server. */
  async openFeed(feed: PresenceRow): Promise<void> {
    await this.store.transaction((tx) => tx.people.addPresence(feed, this.now().getTime()));
  }

  async closeFeed(id: string): Promise<void> {
    await this.store.transaction((tx) => tx.people.removePresence(id));
  }

  /**
   * This server's feeds are still open; feeds no server has vouched for lately (a server that
   * crashed) are forgotten.
   */
  async heartbeat(serverId: string): Promise<void> {
    const now = this.now().getTime();
    await this.store.transaction(async (tx) => {
      await tx.people.heartbeat(serverId, now);
      await tx.people.sweepPresence(now - PRESENCE_FORGOTTEN_MS);
    });
  }

  /** Forgets a server's feeds (it starts anew, or stops). */
  async dropServer(serverId: string): Promise<void> {
    await this.store.transaction((tx) => tx.people.sweepPresence(0, serverId));
  }

  /** Who has a document open on any server, each person once. */
  async present(documentId: number): Promise<UserRef[]> {
    return this.store.read.people.present(documentId, this.now().getTime() - PRESENCE_LIVE_MS);
  }

  /** How many feeds a session has open on any server. */
  async feedsOfSession(sessionId: string): Promise<number> {
    return this.store.read.people.feedsOfSession(sessionId, this.now().getTime() - PRESENCE_LIVE_MS);
  }
}

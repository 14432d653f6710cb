/**
 * People: accounts, sessions, roles on documents, sign-in attempts and presence (who has a
 * document open, on which server). All in the database, so that any server process answers any
 * request alike.
 */
import type { Kysely } from 'kysely';
import type { Role } from '../../../shared/permissions';
import type { User } from '../../../shared/schemas';
import type { SqlFeatures } from '../features';
import { prepared } from '../prepared';
import type { Database, SessionRow, UserRow } from '../schema';
import type { AccessKind, SessionRecord, UserRecord } from '../types';

const USER_COLUMNS = ['id', 'username', 'display_name', 'role', 'disabled', 'password_hash'] as const;

export function toUserRecord(row: Pick<UserRow, (typeof USER_COLUMNS)[number]>): UserRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    disabled: row.disabled === 1,
    passwordHash: row.password_hash,
  };
}

export function toUser(row: Pick<UserRow, (typeof USER_COLUMNS)[number]>): User {
  const { passwordHash: _hash, ...user } = toUserRecord(row);
  return user;
}

function toSession(row: SessionRow): SessionRecord {
  return {
    id: row.id,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

export interface PresenceRow {
  id: string;
  serverId: string;
  documentId: number;
  userId: number;
  userName: string;
  sessionId: string;
}

const userById = prepared((db, id: number) => db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id));
const sessionById = prepared((db, id: string) => db.selectFrom('sessions').selectAll().where('id', '=', id));
// a session with its person, in one round trip: asked on every request
const sessionWithUser = prepared((db, id: string) =>
  db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id',
      's.user_id',
      's.csrf_token',
      's.created_at',
      's.last_seen_at',
      's.expires_at',
      's.revoked_at',
      'u.username',
      'u.display_name',
      'u.role',
      'u.disabled',
      'u.password_hash',
    ])
    .where('s.id', '=', id),
);
const roleOnDocument = prepared((db, userId: number, documentId: number) =>
  db.selectFrom('document_roles').select('role').where('user_id', '=', userId).where('document_id', '=', documentId),
);
// a document being imported is nobody's to reach yet: it (and what it holds) does not exist until whole.
// Each gives the document's id and the person's own role on it (null for none), in one round trip:
// asked for the permission check of every request about a document, a segment, a revision.
const documentOfSegment = prepared((db, id: number, userId: number) =>
  db
    .selectFrom('segments as s')
    .innerJoin('documents as d', 'd.id', 's.document_id')
    .leftJoin('document_roles as dr', (join) => join.onRef('dr.document_id', '=', 'd.id').on('dr.user_id', '=', userId))
    .select(['d.id as document_id', 'dr.role'])
    .where('s.id', '=', id)
    .where('d.import_state', 'is', null),
);
const documentOfDocument = prepared((db, id: number, userId: number) =>
  db
    .selectFrom('documents as d')
    .leftJoin('document_roles as dr', (join) => join.onRef('dr.document_id', '=', 'd.id').on('dr.user_id', '=', userId))
    .select(['d.id as document_id', 'dr.role'])
    .where('d.id', '=', id)
    .where('d.import_state', 'is', null),
);
const documentOfRevision = prepared((db, id: number, userId: number) =>
  db
    .selectFrom('revisions as r')
    .innerJoin('segments as s', 's.id', 'r.segment_id')
    .innerJoin('documents as d', 'd.id', 's.document_id')
    .leftJoin('document_roles as dr', (join) => join.onRef('dr.document_id', '=', 'd.id').on('dr.user_id', '=', userId))
    .select(['d.id as document_id', 'dr.role'])
    .where('r.id', '=', id)
    .where('d.import_state', 'is', null),
);
const documentOfAnnotation = prepared((db, id: number, userId: number) =>
  db
    .selectFrom('annotations as a')
    .innerJoin('documents as d', 'd.id', 'a.document_id')
    .leftJoin('document_roles as dr', (join) => join.onRef('dr.document_id', '=', 'd.id').on('dr.user_id', '=', userId))
    .select(['d.id as document_id', 'dr.role'])
    .where('a.id', '=', id)
    .where('d.import_state', 'is', null),
);

export class PeopleRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly features: SqlFeatures,
  ) {}

  /** A live (not revoked) API token by its hash. */
  async tokenByHash(hash: string): Promise<{ id: number; userId: number; lastUsedAt: string | null } | undefined> {
    const row = await this.db
      .selectFrom('api_tokens')
      .select(['id', 'user_id', 'last_used_at'])
      .where('token_hash', '=', hash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row && { id: row.id, userId: row.user_id, lastUsedAt: row.last_used_at };
  }

  /** A person's tokens, revoked ones too, newest first. */
  async tokensOf(
    userId: number,
  ): Promise<Array<{ id: number; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null }>> {
    const rows = await this.db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('id', 'desc').execute();
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      prefix: row.prefix,
      createdAt: row.created_at,
      lastUsedAt: row.last_used_at,
      revokedAt: row.revoked_at,
    }));
  }

  async insertToken(token: { userId: number; name: string; hash: string; prefix: string; createdAt: string }): Promise<number> {
    const row = await this.db
      .insertInto('api_tokens')
      .values({ user_id: token.userId, name: token.name, token_hash: token.hash, prefix: token.prefix, created_at: token.createdAt })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** Revokes one of a person's tokens; 0 when it is not theirs or already revoked. */
  async revokeToken(id: number, userId: number, at: string): Promise<number> {
    const result = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async touchToken(id: number, at: string): Promise<void> {
    await this.db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
  }

  async user(id: number): Promise<UserRecord | undefined> {
    const row = (await userById(this.db, this.features.name, id)).rows[0];
    return row && toUserRecord(row);
  }

  async userByName(username: string): Promise<UserRecord | undefined> {
    const row = await this.db.selectFrom('users').select(USER_COLUMNS).where('username', '=', username).executeTakeFirst();
    return row && toUserRecord(row);
  }

  /** People with an account (a password), by username. */
  async users(): Promise<User[]> {
    const rows = await this.db
      .selectFrom('users')
      .select(USER_COLUMNS)
      .where('password_hash', 'is not', null)
      .orderBy('username')
      .execute();
    return rows.map(toUser);
  }

  async insertUser(user: {
    username: string;
    displayName: string;
    role: Role | null;
    passwordHash: string;
    createdAt: string;
  }): Promise<number> {
    const row = await this.db
      .insertInto('users')
      .values({
        username: user.username,
        display_name: user.displayName,
        role: user.role,
        password_hash: user.passwordHash,
        created_at: user.createdAt,
        disabled: 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async updateUser(
    id: number,
    changes: { displayName?: string | undefined; role?: Role | null | undefined; disabled?: boolean | undefined },
  ): Promise<void> {
    const set = {
      ...(changes.displayName === undefined ? {} : { display_name: changes.displayName }),
      ...(changes.role === undefined ? {} : { role: changes.role }),
      ...(changes.disabled === undefined ? {} : { disabled: changes.disabled ? 1 : 0 }),
    };
    if (Object.keys(set).length > 0) await this.db.updateTable('users').set(set).where('id', '=', id).execute();
  }

  async setPassword(id: number, passwordHash: string): Promise<void> {
    await this.db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
  }

  async insertSession(session: Omit<SessionRecord, 'revokedAt' | 'lastSeenAt'>): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        id: session.id,
        user_id: session.userId,
        csrf_token: session.csrfToken,
        created_at: session.createdAt,
        last_seen_at: session.createdAt,
        expires_at: session.expiresAt,
        revoked_at: null,
      })
      .execute();
  }

  async session(id: string): Promise<SessionRecord | undefined> {
    const row = (await sessionById(this.db, this.features.name, id)).rows[0];
    return row && toSession(row);
  }

  /** A session and the person it is of. */
  async sessionWithUser(id: string): Promise<{ session: SessionRecord; user: UserRecord } | undefined> {
    const row = (await sessionWithUser(this.db, this.features.name, id)).rows[0];
    return row && { session: toSession(row), user: toUserRecord({ ...row, id: row.user_id }) };
  }

  async touchSession(id: string, at: string): Promise<void> {
    await this.db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
  }

  /** Ends a session that is still live; 0 when it was over already. */
  async revokeSession(id: string, at: string): Promise<number> {
    const result = await this.db
      .updateTable('sessions')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async revokeUserSessions(userId: number, at: string): Promise<void> {
    await this.db.updateTable('sessions').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
  }

  /**
   * The document a document, segment, revision or annotation belongs to, and the person's own role
   * on it (null for none; their global role not counted).
   */
  async documentOf(kind: AccessKind, id: number, userId: number): Promise<{ documentId: number; role: Role | null } | undefined> {
    const query = {
      document: documentOfDocument,
      segment: documentOfSegment,
      revision: documentOfRevision,
      annotation: documentOfAnnotation,
    }[kind];
    const row = (await query(this.db, this.features.name, id, userId)).rows[0];
    return row && { documentId: row.document_id, role: row.role ?? null };
  }

  /** A person's own role on a document (not counting their global role). */
  async roleOn(userId: number, documentId: number): Promise<Role | null> {
    return (await roleOnDocument(this.db, this.features.name, userId, documentId)).rows[0]?.role ?? null;
  }

  /** Every document role of a person. */
  async rolesOf(userId: number): Promise<Map<number, Role>> {
    const rows = await this.db.selectFrom('document_roles').select(['document_id', 'role']).where('user_id', '=', userId).execute();
    return new Map(rows.map((row) => [row.document_id, row.role]));
  }

  async setRole(documentId: number, userId: number, role: Role | null): Promise<void> {
    if (role === null) {
      await this.db.deleteFrom('document_roles').where('document_id', '=', documentId).where('user_id', '=', userId).execute();
      return;
    }
    await this.db
      .insertInto('document_roles')
      .values({ document_id: documentId, user_id: userId, role })
      .onConflict((oc) => oc.columns(['document_id', 'user_id']).doUpdateSet({ role }))
      .execute();
  }

  async members(documentId: number): Promise<Array<{ user: User; role: Role }>> {
    const rows = await this.db
      .selectFrom('document_roles as dr')
      .innerJoin('users as u', 'u.id', 'dr.user_id')
      .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'u.disabled', 'u.password_hash', 'dr.role as member_role'])
      .where('dr.document_id', '=', documentId)
      .orderBy('u.username')
      .execute();
    return rows.map((row) => ({ user: toUser(row), role: row.member_role }));
  }

  /** When each attempt under a key since `since` was made, oldest first. */
  async attemptsSince(key: string, since: number): Promise<number[]> {
    const rows = await this.db
      .selectFrom('sign_in_attempts')
      .select('at')
      .where('key', '=', key)
      .where('at', '>', since)
      .orderBy('at')
      .execute();
    return rows.map((row) => Number(row.at));
  }

  async insertAttempt(key: string, at: number): Promise<number> {
    return (await this.db.insertInto('sign_in_attempts').values({ key, at }).returning('id').executeTakeFirstOrThrow()).id;
  }

  async deleteAttempts(ids: readonly number[]): Promise<void> {
    if (ids.length > 0)
      await this.db
        .deleteFrom('sign_in_attempts')
        .where('id', 'in', [...ids])
        .execute();
  }

  async clearAttempts(key: string): Promise<void> {
    await this.db.deleteFrom('sign_in_attempts').where('key', '=', key).execute();
  }

  async sweepAttempts(before: number): Promise<void> {
    await this.db.deleteFrom('sign_in_attempts').where('at', '<', before).execute();
  }

  async addPresence(row: PresenceRow, at: number): Promise<void> {
    await this.db
      .insertInto('presence')
      .values({
        id: row.id,
        server_id: row.serverId,
        document_id: row.documentId,
        user_id: row.userId,
        user_name: row.userName,
        session_id: row.sessionId,
        seen_at: at,
      })
      .execute();
  }

  async removePresence(id: string): Promise<void> {
    await this.db.deleteFrom('presence').where('id', '=', id).execute();
  }

  /** A server says its feeds are still open. */
  async heartbeat(serverId: string, at: number): Promise<void> {
    await this.db.updateTable('presence').set({ seen_at: at }).where('server_id', '=', serverId).execute();
  }

  /** Who has a document open, each person once (feeds seen since `since`). */
  async present(documentId: number, since: number): Promise<Array<{ id: number; name: string }>> {
    const rows = await this.db
      .selectFrom('presence')
      .select(['user_id', 'user_name'])
      .distinct()
      .where('document_id', '=', documentId)
      .where('seen_at', '>', since)
      .orderBy('user_id')
      .execute();
    return rows.map((row) => ({ id: row.user_id, name: row.user_name }));
  }

  /** Feeds a session has open on any server (seen since `since`). */
  async feedsOfSession(sessionId: string, since: number): Promise<number> {
    const row = await this.db
      .selectFrom('presence')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('session_id', '=', sessionId)
      .where('seen_at', '>', since)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** Forgets feeds of servers that stopped beating (crashed or killed), and of this server at start. */
  async sweepPresence(before: number, serverId?: string): Promise<number> {
    let query = this.db.deleteFrom('presence').where('seen_at', '<', before);
    if (serverId !== undefined)
      query = this.db.deleteFrom('presence').where((eb) => eb.or([eb('seen_at', '<', before), eb('server_id', '=', serverId)]));
    return Number((await query.executeTakeFirst()).numDeletedRows);
  }
}

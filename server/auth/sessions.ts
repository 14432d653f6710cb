/**
 * Sessions: a random token in an httpOnly, SameSite=Lax cookie; the server keeps only its SHA-256,
 * with the CSRF token, expiry and revocation. Logging in always starts a new session (no session
 * fixation); logging out, a password change or disabling the user ends sessions.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Response } from 'express';
import type { PeopleService } from '../services/people';
import type { SessionRecord, UserRecord } from '../store/types';

export const SESSION_COOKIE = 'tilik_session';
const LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;
const IDLE_MS = 24 * 60 * 60 * 1000;
const TOUCH_EVERY_MS = 60 * 1000;
/** The id of a "session" that is a personal API token: this, then the token's hash. */
export const TOKEN_SESSION = 'token:';

/** Whether a session stands for a personal API token (no cookie, no CSRF token). */
export const isTokenSession = (session: SessionRecord) => session.id.startsWith(TOKEN_SESSION);

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    const name = part.slice(0, index).trim();
    if (!name || name in cookies) continue;
    try {
      cookies[name] = decodeURIComponent(part.slice(index + 1).trim());
    } catch {
      cookies[name] = part.slice(index + 1).trim();
    }
  }
  return cookies;
}

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface ActiveSession {
  session: SessionRecord;
  user: UserRecord;
}

export class SessionService {
  constructor(
    private readonly people: PeopleService,
    private readonly secureCookies: boolean,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async start(userId: number, res: Response): Promise<SessionRecord> {
    const token = randomBytes(32).toString('base64url');
    const created = this.now();
    const session = {
      id: hashToken(token),
      userId,
      csrfToken: randomBytes(32).toString('base64url'),
      createdAt: created.toISOString(),
      expiresAt: new Date(created.getTime() + LIFETIME_MS).toISOString(),
    };
    await this.people.createSession(session);
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.secureCookies,
      path: '/',
      maxAge: LIFETIME_MS,
    });
    return { ...session, lastSeenAt: session.createdAt, revokedAt: null };
  }

  /** The live session a cookie names, or undefined (absent, forged, expired, idle, revoked, user disabled). */
  /**
   * The person a personal API token (`Authorization: Bearer tilik_…`) stands for: a session of
   * its own whose id names the token, good as long as the token is not revoked.
   */
  async resolveBearer(authorization: string | undefined): Promise<ActiveSession | undefined> {
    const match = /^Bearer (tilik_[\w-]{20,100})$/.exec(authorization ?? '');
    if (!match) return undefined;
    return this.check(`${TOKEN_SESSION}${hashToken(match[1] as string)}`);
  }

  async resolve(cookieHeader: string | undefined): Promise<ActiveSession | undefined> {
    const token = parseCookies(cookieHeader)[SESSION_COOKIE];
    if (!token || token.length > 200) return undefined;
    const active = await this.check(hashToken(token));
    if (active && this.now().getTime() - Date.parse(active.session.lastSeenAt) > TOUCH_EVERY_MS) {
      await this.people.touchSession(active.session.id, this.now().toISOString());
    }
    return active;
  }

  /** The latest time (ms since the epoch) an active session can still be live: its lifetime's end, or its idle limit. */
  static endOf(active: ActiveSession): number {
    return Math.min(Date.parse(active.session.expiresAt), Date.parse(active.session.lastSeenAt) + IDLE_MS);
  }

  /**
   * Whether a session (by its id, the token's hash) is still live: not revoked, expired or idle,
   * its user neither disabled nor without a password. Asked again by long-lived streams.
   */
  async check(sessionId: string): Promise<ActiveSession | undefined> {
    if (sessionId.startsWith(TOKEN_SESSION)) return this.checkToken(sessionId);
    const found = await this.people.sessionWithUser(sessionId);
    if (!found) return undefined;
    const { session, user } = found;
    if (session.revokedAt !== null) return undefined;
    const now = this.now().getTime();
    if (Date.parse(session.expiresAt) <= now || Date.parse(session.lastSeenAt) + IDLE_MS <= now) return undefined;
    if (user.disabled || user.passwordHash === null) return undefined;
    return { session, user };
  }

  private async checkToken(sessionId: string): Promise<ActiveSession | undefined> {
    const token = await this.people.tokenByHash(sessionId.slice(TOKEN_SESSION.length));
    if (!token) return undefined;
    const user = await this.people.user(token.userId);
    if (!user || user.disabled || user.passwordHash === null) return undefined;
    const now = this.now();
    if (token.lastUsedAt === null || now.getTime() - Date.parse(token.lastUsedAt) > TOUCH_EVERY_MS)
      await this.people.touchToken(token.id, now.toISOString());
    const at = now.toISOString();
    // no cookie, so no CSRF token: a browser never sends the header by itself
    return {
      session: {
        id: sessionId,
        userId: user.id,
        csrfToken: '',
        createdAt: at,
        lastSeenAt: at,
        expiresAt: '9999-12-31T00:00:00.000Z',
        revokedAt: null,
      },
      user,
    };
  }

  async end(session: SessionRecord, res: Response): Promise<void> {
    await this.people.endSession(session.id);
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: this.secureCookies, path: '/' });
  }
}

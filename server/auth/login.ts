/**
 * Logging in: the same answer and about the same time whether or not the user exists, failures
 * counted per account and per address, and a fresh session every time.
 */
import type { Request, Response } from 'express';
import type { LoginBody, User } from '../../shared/schemas';
import { AppError } from '../errors';
import type { Store } from '../store/types';
import { hashPassword, verifyPassword, type ScryptCost } from './passwords';
import { FailureLimiter } from './rateLimit';
import type { SessionRecord } from '../store/types';
import type { SessionService } from './sessions';

export interface LoginLimits {
  perAccount: number;
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perAccount: 5, perAddress: 30, windowMs: 15 * 60 * 1000 };

export class LoginService {
  private readonly accounts: FailureLimiter;
  private readonly addresses: FailureLimiter;
  private dummyHash: Promise<string> | undefined;

  constructor(
    private readonly store: Store,
    private readonly sessions: SessionService,
    private readonly cost: ScryptCost,
    limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
    now: () => number = Date.now,
  ) {
    this.accounts = new FailureLimiter({ failures: limits.perAccount, windowMs: limits.windowMs }, now);
    this.addresses = new FailureLimiter({ failures: limits.perAddress, windowMs: limits.windowMs }, now);
  }

  async login(body: LoginBody, req: Request, res: Response): Promise<{ user: User; session: SessionRecord }> {
    const accountKey = body.username;
    const addressKey = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const wait = Math.max(this.accounts.retryAfter(accountKey), this.addresses.retryAfter(addressKey));
    if (wait > 0) {
      const minutes = Math.ceil(wait / 60_000);
      res.setHeader('Retry-After', String(Math.ceil(wait / 1000)));
      throw new AppError(429, 'too_many_attempts', `too many failed logins: try again in ${minutes} minute${minutes === 1 ? '' : 's'}`);
    }
    const user = await this.store.getUserByUsername(body.username);
    // without a user, compare against a dummy hash anyway: timing must not tell who exists
    this.dummyHash ??= hashPassword('not a real password', this.cost);
    const valid =
      user && user.passwordHash !== null && !user.disabled
        ? await verifyPassword(body.password, user.passwordHash)
        : await verifyPassword(body.password, await this.dummyHash).then(() => false);
    if (!valid || !user) {
      this.accounts.fail(accountKey);
      this.addresses.fail(addressKey);
      throw new AppError(401, 'invalid_credentials', 'the username or the password is wrong');
    }
    this.accounts.clear(accountKey);
    // a session presented with the login is ended: a login always gets a new one
    const previous = await this.sessions.resolve(req.headers.cookie);
    if (previous) await this.store.revokeSession(previous.session.id, new Date().toISOString());
    const session = await this.sessions.start(user.id, res);
    const { passwordHash: _hash, ...publicUser } = user;
    return { user: publicUser, session };
  }
}

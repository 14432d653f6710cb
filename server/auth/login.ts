/**
 * Checking passwords: signing in, and the current password when someone changes theirs. The same
 * answer and about the same time whether or not the user exists; and every check is counted, per
 * account and per address, before the slow hash runs (reserved in the database, taken back when
 * the password is right), so attempts sent all at once, or to several server processes, cannot
 * run more checks than the limit allows.
 */
import type { Request, Response } from 'express';
import type { LoginBody, User } from '../../shared/schemas';
import { AppError } from '../errors';
import type { PeopleService } from '../services/people';
import type { SessionRecord, UserRecord } from '../store/types';
import { hashPassword, verifyPassword, type ScryptCost } from './passwords';
import type { SessionService } from './sessions';

export interface LoginLimits {
  perAccount: number;
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perAccount: 5, perAddress: 30, windowMs: 15 * 60 * 1000 };

function addressOf(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

export class LoginService {
  private dummyHash: Promise<string> | undefined;

  constructor(
    private readonly people: PeopleService,
    private readonly sessions: SessionService,
    private readonly cost: ScryptCost,
    private readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Runs one password check under the limits of `username` and of the request's address: 429
   * (with Retry-After) when either has used up its attempts, otherwise the check's answer. A
   * failed check stays counted; a successful one is taken back and forgives the account.
   */
  private async guarded(username: string, req: Request, res: Response, check: () => Promise<boolean>): Promise<boolean> {
    const accountKey = `account:${username}`;
    const reservation = await this.people.reserveAttempts(
      [
        { key: accountKey, limit: this.limits.perAccount },
        { key: `address:${addressOf(req)}`, limit: this.limits.perAddress },
      ],
      this.limits.windowMs,
      this.now(),
    );
    if (reservation.kind === 'limited') {
      const minutes = Math.ceil(reservation.retryAfterMs / 60_000);
      res.setHeader('Retry-After', String(Math.ceil(reservation.retryAfterMs / 1000)));
      throw new AppError(429, 'too_many_attempts', `too many failed attempts: try again in ${minutes} minute${minutes === 1 ? '' : 's'}`);
    }
    const valid = await check();
    if (valid) {
      await this.people.releaseAttempts(reservation.ids);
      await this.people.clearAttempts(accountKey);
    }
    return valid;
  }

  /** Whether `password` is the user's, comparing against a dummy hash when there is no such user. */
  private async matches(user: UserRecord | undefined, password: string): Promise<boolean> {
    // without a user, compare against a dummy hash anyway: timing must not tell who exists
    this.dummyHash ??= hashPassword('not a real password', this.cost);
    if (user && user.passwordHash !== null && !user.disabled) return verifyPassword(password, user.passwordHash);
    await verifyPassword(password, await this.dummyHash);
    return false;
  }

  async login(body: LoginBody, req: Request, res: Response): Promise<{ user: User; session: SessionRecord }> {
    const user = await this.people.userByName(body.username);
    const valid = await this.guarded(body.username, req, res, () => this.matches(user, body.password));
    if (!valid || !user) throw new AppError(401, 'invalid_credentials', 'the username or the password is wrong');
    // a session presented with the login is ended: a login always gets a new one
    const previous = await this.sessions.resolve(req.headers.cookie);
    if (previous) await this.people.endSession(previous.session.id);
    const session = await this.sessions.start(user.id, res);
    const { passwordHash: _hash, ...publicUser } = user;
    return { user: publicUser, session };
  }

  /** The signed-in user's current password, checked under the same limits as signing in. */
  async checkCurrentPassword(user: UserRecord, password: string, req: Request, res: Response): Promise<boolean> {
    return this.guarded(user.username, req, res, () => this.matches(user, password));
  }
}

import { Router } from 'express';
import { ChangePasswordBody, CreateTokenBody, IdParams, LoginBody } from '../../shared/schemas';
import { authOf, requireCsrf, requireUser } from '../auth/middleware';
import { hashPassword } from '../auth/passwords';
import { isTokenSession } from '../auth/sessions';
import { assertStrongPassword } from '../auth/passwordPolicy';
import { AppError, notFound } from '../errors';
import { requireJsonBody } from '../middleware/errors';
import { validated } from '../middleware/validate';
import type { RouteDeps } from './deps';

function publicUser<T extends { passwordHash: string | null }>(user: T): Omit<T, 'passwordHash'> {
  const { passwordHash: _hash, ...rest } = user;
  return rest;
}

/**
 * The session API, kept stable for scripts: POST logs in ({username, password} -> {user,
 * csrfToken} and the cookie), GET tells who is logged in, DELETE logs out.
 */
export function sessionRouter({ services, login, sessions, passwordCost }: RouteDeps): Router {
  const router = Router();

  // JSON only: a cross-site HTML form cannot send it, which keeps login itself out of CSRF's reach
  router.post(
    '/',
    requireJsonBody,
    validated({ body: LoginBody }, async ({ body }, req, res) => {
      if (!req.is('application/json')) throw new AppError(415, 'unsupported_media_type', 'body: send JSON', 'body');
      const { user, session } = await login.login(body, req, res);
      res.json({ user, csrfToken: session.csrfToken });
    }),
  );

  // "who is signed in, if anyone": the app's first question, answered 200 either way so a page
  // opened before signing in logs no error (scripts use GET / and its 401)
  router.get('/current', (req, res) => {
    res.json(req.auth ? { user: publicUser(req.auth.user), csrfToken: req.auth.session.csrfToken } : null);
  });

  router.use(requireUser, requireCsrf);

  router.get('/', (req, res) => {
    const { user, session } = authOf(req);
    res.json({ user: publicUser(user), csrfToken: session.csrfToken });
  });

  /** Personal API tokens: scripts send `Authorization: Bearer <token>` and act with the owner's roles. */
  router.get('/tokens', async (req, res) => {
    res.json({ items: await services.people.tokens(authOf(req).user.id) });
  });

  router.post(
    '/tokens',
    requireJsonBody,
    validated({ body: CreateTokenBody }, async ({ body }, req, res) => {
      const { user, session } = authOf(req);
      // a token does not make more tokens: a leaked one stays one
      if (isTokenSession(session)) throw new AppError(403, 'forbidden', 'a token cannot create tokens: sign in with your password');
      const created = await services.people.createToken(user.id, body.name);
      const listed = (await services.people.tokens(user.id)).find((token) => token.id === created.id);
      res.status(201).json({ ...listed, token: created.token });
    }),
  );

  router.delete(
    '/tokens/:id',
    validated({ params: IdParams }, async ({ params }, req, res) => {
      if (!(await services.people.revokeToken(authOf(req).user.id, params.id))) throw notFound('token', params.id);
      res.status(204).end();
    }),
  );

  router.delete('/', async (req, res) => {
    const { session } = authOf(req);
    await sessions.end(session, res);
    res.status(204).end();
  });

  /** Changing one's own password ends every session, this one included: log in again. */
  router.put(
    '/password',
    requireJsonBody,
    validated({ body: ChangePasswordBody }, async ({ body }, req, res) => {
      const { user } = authOf(req);
      // judged before the current password is checked: a weak choice costs no attempt
      assertStrongPassword(body.newPassword, [user.username, user.displayName], 'newPassword');
      if (!(await login.checkCurrentPassword(user, body.currentPassword, req, res))) {
        throw new AppError(400, 'validation_failed', 'currentPassword: is wrong', 'currentPassword');
      }
      await services.people.setPasswordHash(user.id, await hashPassword(body.newPassword, passwordCost), user.id);
      res.status(204).end();
    }),
  );

  return router;
}

import { Router } from 'express';
import { CreateUserBody, IdParams, ResetPasswordBody, UpdateUserBody } from '../../shared/schemas';
import { authOf, requireGlobal } from '../auth/middleware';
import { generatePassword, hashPassword } from '../auth/passwords';
import { assertStrongPassword } from '../auth/passwordPolicy';
import { AppError, notFound } from '../errors';
import { requireJsonBody } from '../middleware/errors';
import { validated } from '../middleware/validate';
import type { RouteDeps } from './deps';

/** Accounts, for admins: create users, change their role, disable them, reset passwords. */
export function usersRouter({ services, passwordCost }: RouteDeps): Router {
  const router = Router();
  router.use(requireGlobal('users.manage', 'managing users'));

  router.get('/', async (_req, res) => {
    res.json({ items: await services.people.users() });
  });

  router.post(
    '/',
    requireJsonBody,
    validated({ body: CreateUserBody }, async ({ body }, req, res) => {
      if (body.password !== undefined) assertStrongPassword(body.password, [body.username, body.displayName ?? ''], 'password');
      const password = body.password ?? generatePassword();
      const outcome = await services.people.createUser(
        {
          username: body.username,
          displayName: body.displayName || body.username,
          role: body.role,
          passwordHash: await hashPassword(password, passwordCost),
        },
        authOf(req).user.id,
      );
      if (outcome.kind === 'duplicate') {
        throw new AppError(409, 'duplicate', `username: "${body.username}" is taken`, 'username');
      }
      res.status(201).json({ user: outcome.user, password: body.password === undefined ? password : null });
    }),
  );

  router.patch(
    '/:id',
    requireJsonBody,
    validated({ params: IdParams, body: UpdateUserBody }, async ({ params, body }, req, res) => {
      const me = authOf(req).user;
      if (params.id === me.id && (body.disabled === true || (body.role !== undefined && body.role !== 'admin'))) {
        throw new AppError(409, 'forbidden', 'you cannot take away your own admin role or disable yourself');
      }
      // the built-in users (the system that imports, the single-user mode) have no password and take no role
      const existing = await services.people.user(params.id);
      if (!existing || existing.passwordHash === null) throw notFound('user', params.id);
      const user = await services.people.updateUser(params.id, body, me.id);
      if (!user) throw notFound('user', params.id);
      res.json(user);
    }),
  );

  router.post(
    '/:id/password',
    requireJsonBody,
    validated({ params: IdParams, body: ResetPasswordBody }, async ({ params, body }, req, res) => {
      const user = await services.people.user(params.id);
      if (!user || user.passwordHash === null) throw notFound('user', params.id);
      if (body.password !== undefined) assertStrongPassword(body.password, [user.username, user.displayName], 'password');
      const password = body.password ?? generatePassword();
      await services.people.setPasswordHash(user.id, await hashPassword(password, passwordCost), authOf(req).user.id);
      const { passwordHash: _hash, ...publicUser } = user;
      res.json({ user: publicUser, password: body.password === undefined ? password : null });
    }),
  );

  return router;
}

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../server/auth/sessions';
import { SessionInfo } from '../../shared/schemas';
import { createHarness, login, TEST_PASSWORD, type Harness } from '../helpers/api';

let h: Harness;
/** The server's clock runs ahead of the wall clock by this much (sessions lapse by it). */
let ahead = 0;
beforeAll(async () => {
  h = await createHarness({ loginLimits: { perAccount: 3, perAddress: 8, windowMs: 60_000 }, now: () => new Date(Date.now() + ahead) });
});
afterAll(() => h.close());

function sessionCookie(response: request.Response): string {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = cookies.find((c) => c.startsWith('tilik_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

describe('the session API', () => {
  it('logs in with {username, password}: the user, a CSRF token and an httpOnly SameSite=Lax cookie', async () => {
    const response = await request(h.app).post('/api/session').send({ username: 'Editor', password: TEST_PASSWORD });
    expect(response.status).toBe(200);
    const body = SessionInfo.parse(response.body);
    expect(body.user).toMatchObject({ username: 'editor', role: 'editor', disabled: false });
    expect(body.user).not.toHaveProperty('passwordHash');
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
    const cookie = sessionCookie(response);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);

    const me = await request(h.app)
      .get('/api/session')
      .set('Cookie', cookie.split(';')[0] as string);
    expect(me.status).toBe(200);
    expect(me.body).toEqual(body);
    // the app's quiet question: the same, and 200 with null when nobody is signed in
    const current = await request(h.app)
      .get('/api/session/current')
      .set('Cookie', cookie.split(';')[0] as string);
    expect(current.status).toBe(200);
    expect(current.body).toEqual(body);
    const nobody = await request(h.app).get('/api/session/current');
    expect(nobody.status).toBe(200);
    expect(nobody.body).toBeNull();
  });

  it('answers a wrong password and an unknown user the same way, with 401', async () => {
    const wrong = await request(h.app).post('/api/session').send({ username: 'reviewer', password: 'not it at all' });
    const unknown = await request(h.app).post('/api/session').send({ username: 'nobody', password: 'not it at all' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error).toEqual({ code: 'invalid_credentials', message: 'the username or the password is wrong' });
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('says 401 without a session, and after logout', async () => {
    expect((await request(h.app).get('/api/session')).status).toBe(401);
    expect((await request(h.app).get('/api/documents')).body.error.code).toBe('unauthenticated');
    const client = await h.as('translator');
    expect((await client.get('/api/session')).status).toBe(200);
    expect((await client.delete('/api/session')).status).toBe(204);
    expect((await client.get('/api/session')).status).toBe(401);
    expect((await client.get('/api/documents')).status).toBe(401);
  });

  it('issues a new session at login, so a planted cookie is worthless (no session fixation)', async () => {
    const first = await request(h.app).post('/api/session').send({ username: 'reviewer', password: TEST_PASSWORD });
    const planted = sessionCookie(first).split(';')[0] as string;
    const second = await request(h.app).post('/api/session').set('Cookie', planted).send({ username: 'reviewer', password: TEST_PASSWORD });
    const fresh = sessionCookie(second).split(';')[0] as string;
    expect(fresh).not.toBe(planted);
    expect((await request(h.app).get('/api/session').set('Cookie', planted)).status).toBe(401);
    expect((await request(h.app).get('/api/session').set('Cookie', fresh)).status).toBe(200);
  });

  it('refuses forged, tampered, expired and idle sessions', async () => {
    expect((await request(h.app).get('/api/session').set('Cookie', 'tilik_session=forged-token-value')).status).toBe(401);
    const response = await request(h.app).post('/api/session').send({ username: 'reviewer', password: TEST_PASSWORD });
    const cookie = sessionCookie(response).split(';')[0] as string;
    const tampered = cookie.slice(0, -2) + (cookie.endsWith('AA') ? 'BB' : 'AA');
    expect((await request(h.app).get('/api/session').set('Cookie', tampered)).status).toBe(401);
    expect((await request(h.app).get('/api/session').set('Cookie', cookie)).status).toBe(200);

    // used every 20 hours, a session still ends 14 days after it began
    const day = 24 * 60 * 60 * 1000;
    try {
      for (let hours = 20; hours < 14 * 24; hours += 20) {
        ahead = hours * 60 * 60 * 1000;
        expect((await request(h.app).get('/api/session').set('Cookie', cookie)).status, `after ${hours} hours`).toBe(200);
      }
      ahead = 14 * day + 1000;
      expect((await request(h.app).get('/api/session').set('Cookie', cookie)).status).toBe(401);
    } finally {
      ahead = 0;
    }

    // one left alone for a day lapses
    const again = await request(h.app).post('/api/session').send({ username: 'reviewer', password: TEST_PASSWORD });
    const idle = sessionCookie(again).split(';')[0] as string;
    expect((await request(h.app).get('/api/session').set('Cookie', idle)).status).toBe(200);
    try {
      ahead = day - 60_000;
      expect((await request(h.app).get('/api/session').set('Cookie', idle)).status).toBe(200);
      ahead = 2 * day;
      expect((await request(h.app).get('/api/session').set('Cookie', idle)).status).toBe(401);
    } finally {
      ahead = 0;
    }
  });

  it('keeps only a hash of the session token in the database', async () => {
    const response = await request(h.app).post('/api/session').send({ username: 'editor', password: TEST_PASSWORD });
    const token = (sessionCookie(response).split(';')[0] as string).replace('tilik_session=', '');
    const ids = (await h.store.dump()).sessions?.map((row) => (JSON.parse(row as string) as { id: string }).id) ?? [];
    expect(ids).toContain(hashToken(decodeURIComponent(token)));
    expect(ids).not.toContain(token);
    expect(ids).not.toContain(decodeURIComponent(token));
  });
});

describe('CSRF protection', () => {
  it('refuses a state-changing request without the token or with a wrong one, with 403', async () => {
    const client = await h.as('admin');
    const agent = request.agent(h.app);
    await agent.post('/api/session').send({ username: 'admin', password: TEST_PASSWORD });
    const body = { sourceLang: 'en', targetLang: 'id', source: 'csrf test', target: 'uji' };
    const missing = await agent.post('/api/glossary/terms').send(body);
    expect(missing.status).toBe(403);
    expect(missing.body.error.code).toBe('csrf_failed');
    const wrong = await agent.post('/api/glossary/terms').set('X-CSRF-Token', client.csrfToken).send(body);
    expect(wrong.status).toBe(403); // another session's token
    expect((await agent.get('/api/glossary/terms?sourceLang=en&targetLang=id')).status).toBe(200); // reads need none
    expect((await client.post('/api/glossary/terms').send(body)).status).toBe(201);
  });

  it('does not log out without the token either', async () => {
    const agent = request.agent(h.app);
    await agent.post('/api/session').send({ username: 'editor', password: TEST_PASSWORD });
    expect((await agent.delete('/api/session')).status).toBe(403);
    expect((await agent.get('/api/session')).status).toBe(200);
  });
});

describe('brute force', () => {
  it('locks an account after repeated failures, even for the right password, and says when to retry', async () => {
    const create = await h.api.post('/api/users').send({ username: 'victim', role: 'translator', password: 'victim password' });
    expect(create.status).toBe(201);
    for (let i = 0; i < 3; i += 1) {
      expect(
        (
          await request(h.app)
            .post('/api/session')
            .send({ username: 'victim', password: `guess ${i}` })
        ).status,
      ).toBe(401);
    }
    const locked = await request(h.app).post('/api/session').send({ username: 'victim', password: 'victim password' });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('too_many_attempts');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('limits one address across accounts', async () => {
    const limited = await createHarness({ loginLimits: { perAccount: 100, perAddress: 4, windowMs: 60_000 } });
    try {
      for (const name of ['a1', 'a2', 'a3', 'a4']) {
        expect((await request(limited.app).post('/api/session').send({ username: name, password: 'wrong password' })).status).toBe(401);
      }
      const next = await request(limited.app).post('/api/session').send({ username: 'editor', password: TEST_PASSWORD });
      expect(next.status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe('accounts', () => {
  it('lets an admin create users (a generated password shown once), never twice the same name', async () => {
    const created = await h.api.post('/api/users').send({ username: 'Dewi', displayName: 'Dewi S.', role: 'translator' });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ username: 'dewi', displayName: 'Dewi S.', role: 'translator' });
    expect(created.body.password).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
    const dewi = await login(h.app, 'dewi', created.body.password as string);
    expect(dewi.user.username).toBe('dewi');
    const again = await h.api.post('/api/users').send({ username: 'dewi', role: null, password: 'another one' });
    expect(again.status).toBe(409);
    expect(again.body.error.field).toBe('username');
  });

  it('ends every session of a user whose password is reset or changed, or who is disabled', async () => {
    await h.api.post('/api/users').send({ username: 'budi', role: 'translator', password: 'first password' });
    const budi = await login(h.app, 'budi', 'first password');
    const users = (await h.api.get('/api/users')).body.items as Array<{ id: number; username: string }>;
    const id = users.find((u) => u.username === 'budi')?.id;
    const reset = await h.api.post(`/api/users/${id}/password`).send({});
    expect(reset.status).toBe(200);
    expect((await budi.get('/api/session')).status).toBe(401);
    const budi2 = await login(h.app, 'budi', reset.body.password as string);
    expect((await budi2.put('/api/session/password').send({ currentPassword: 'wrong', newPassword: 'second password' })).status).toBe(400);
    expect(
      (await budi2.put('/api/session/password').send({ currentPassword: reset.body.password, newPassword: 'second password' })).status,
    ).toBe(204);
    expect((await budi2.get('/api/session')).status).toBe(401);
    const budi3 = await login(h.app, 'budi', 'second password');
    expect((await h.api.patch(`/api/users/${id}`).send({ disabled: true })).status).toBe(200);
    expect((await budi3.get('/api/session')).status).toBe(401);
    expect((await request(h.app).post('/api/session').send({ username: 'budi', password: 'second password' })).status).toBe(401);
  });

  it('refuses an admin taking away their own admin role', async () => {
    const response = await h.api.patch(`/api/users/${h.users.admin.id}`).send({ role: 'editor' });
    expect(response.status).toBe(409);
  });
});

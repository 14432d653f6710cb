/**
 * Personal API tokens: a script sends `Authorization: Bearer <token>` and acts with its owner's
 * roles, without a CSRF header; the token is shown once, listed with its last use, and revoked.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiTokenList, CreatedApiToken } from '../../shared/schemas';
import { buildDocument, createHarness, type Harness } from '../helpers/api';

describe.each(['sqlite', 'postgres'] as const)('API tokens, on %s', (database) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ database });
  });
  afterAll(() => h.close());

  it("act with the owner's roles without a CSRF header, are listed with their last use, and stop when revoked", async () => {
    const translator = await h.as('translator');
    const created = await translator.post('/api/session/tokens').send({ name: 'nightly export' });
    expect(created.status).toBe(201);
    const token = CreatedApiToken.parse(created.body);
    expect(token.token).toMatch(/^tilik_[\w-]{40,}$/);
    expect(token).toMatchObject({ name: 'nightly export', prefix: token.token.slice(0, 12), lastUsedAt: null, revokedAt: null });

    const bearer = (method: 'get' | 'post', path: string) => request(h.app)[method](path).set('Authorization', `Bearer ${token.token}`);
    const me = await bearer('get', '/api/session');
    expect(me.body.user).toMatchObject({ username: 'translator' });
    // the owner's roles: a translator reads their document and saves in it, and may not create documents
    const { document, segments } = await buildDocument(h.services);
    expect((await bearer('get', `/api/documents/${document.id}`)).status).toBe(200);
    const saved = await bearer('post', `/api/segments/${segments[0]!.id}/revisions`).send({ text: 'Lewat token.', baseVersion: 0 });
    expect(saved.status).toBe(201);
    expect(saved.body.revision.author.name).toBe('Test translator');
    expect(
      (
        await bearer('post', '/api/documents').send({
          title: 'x',
          sourceLang: 'en',
          targetLang: 'id',
          segments: [{ source: 'a', mt: 'b' }],
        })
      ).status,
    ).toBe(403);
    // a token makes no more tokens
    expect((await bearer('post', '/api/session/tokens').send({ name: 'another' })).status).toBe(403);

    const listed = ApiTokenList.parse((await translator.get('/api/session/tokens')).body).items;
    expect(listed).toHaveLength(1);
    expect(listed[0]).not.toHaveProperty('token');
    expect(listed[0]?.lastUsedAt).toEqual(expect.any(String));
    // nobody else's to see or revoke
    const editor = await h.as('editor');
    expect(ApiTokenList.parse((await editor.get('/api/session/tokens')).body).items).toEqual([]);
    expect((await editor.delete(`/api/session/tokens/${token.id}`)).status).toBe(404);

    expect((await translator.delete(`/api/session/tokens/${token.id}`)).status).toBe(204);
    expect((await bearer('get', '/api/documents')).status).toBe(401);
    expect(ApiTokenList.parse((await translator.get('/api/session/tokens')).body).items[0]?.revokedAt).toEqual(expect.any(String));
  });

  it('refuses a made-up token and an unnamed one', async () => {
    expect(
      (
        await request(h.app)
          .get('/api/documents')
          .set('Authorization', `Bearer tilik_${'x'.repeat(43)}`)
      ).status,
    ).toBe(401);
    const admin = await h.as('admin');
    const unnamed = await admin.post('/api/session/tokens').send({ name: ' ' });
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.error.message).toMatch(/name what the token is for/);
  });
});

/**
 * GET /api/openapi.json describes every route the app answers (read from its routers) and no
 * route it does not; the answers' schemas are checked against real answers in permissions.test.ts.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiPath } from '../../server/openapi';
import { createHarness, type Harness } from '../helpers/api';
import { appRoutes } from '../helpers/routes';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('the OpenAPI document', () => {
  it('is served without a session, as OpenAPI 3.1, with an entry for every route of the app and none besides', async () => {
    const response = await request(h.app).get('/api/openapi.json');
    expect(response.status).toBe(200);
    const document = response.body as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(document.openapi).toBe('3.1.0');
    const described = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const answered = appRoutes(h.app).map((route) => {
      const [method, path] = route.split(' ') as [string, string];
      return `${method} ${openApiPath(path)}`;
    });
    expect(answered.filter((route) => !described.includes(route))).toEqual([]);
    expect(described.filter((route) => !answered.includes(route))).toEqual([]);
  });

  it('describes bodies and answers with their fields and limits', async () => {
    const document = (await request(h.app).get('/api/openapi.json')).body;
    const save = document.paths['/api/segments/{id}/revisions'].post;
    expect(save.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['text', 'baseVersion']));
    expect(save.responses['201'].content['application/json'].schema.properties).toHaveProperty('revision');
    expect(document.paths['/api/documents/{id}/segments'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['id', 'after', 'status', 'q']),
    );
  });
});

/**
 * The attacker's view of plain requests: client mistakes reachable without signing in are 4xx with
 * the usual JSON error and log nothing; the log line of a failure keeps its error whatever the path
 * holds; ids are read only in their canonical decimal form; HSTS only when served over HTTPS;
 * source maps never served.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../../server/app';
import { createServices, type Services } from '../../../server/services';
import { openStore } from '../../../server/store';
import { SYSTEM_USER_ID } from '../../../server/store/types';
import { ApiErrorBody, type Segment } from '../../../shared/schemas';
import { buildDocument, createHarness, listen, snapshotDatabase, type Harness } from '../../helpers/api';

let h: Harness;
let segment: Segment;
let documentId: number;

beforeAll(async () => {
  h = await createHarness();
  const built = await buildDocument(h.services);
  segment = built.segments[0] as Segment;
  documentId = built.document.id;
});
afterAll(() => h.close());

function expectJsonError(response: request.Response, status: number, code?: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.headers['content-type']).toMatch(/json/);
  const body = ApiErrorBody.parse(response.body);
  if (code) expect(body.error.code).toBe(code);
  return body;
}

describe('client mistakes without signing in are 4xx, never 500, and log nothing', () => {
  it('a body that does not match its Content-Encoding is a 400 naming the body', async () => {
    for (const encoding of ['gzip', 'deflate', 'br']) {
      const response = await request(h.app)
        .post('/api/session')
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', encoding)
        .send('{"username":"admin","password":"x"}');
      const body = expectJsonError(response, 400, 'validation_failed');
      expect(body.error.field).toBe('body');
      expect(body.error.message).toMatch(/Content-Encoding/);
    }
  });

  it('an unknown Content-Encoding is a 415', async () => {
    const response = await request(h.app)
      .post('/api/session')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'x-made-up')
      .send('{}');
    expectJsonError(response, 415, 'unsupported_media_type');
  });

  it('a body that truly is gzip is read', async () => {
    const server = await listen(h.app);
    try {
      const response = await fetch(`${server.url}/api/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
        body: gzipSync(JSON.stringify({ username: 'nobody', password: 'wrong password' })),
      });
      expect(response.status).toBe(401);
      expect(ApiErrorBody.parse(await response.json()).error.code).toBe('invalid_credentials');
    } finally {
      await server.close();
    }
  });

  it.each(['/%C0%AE', '/api/documents/%C0%AE', '/api/documents/%E0%A4%A', '/%FF', '/api/segments/%C0%AE/revisions', '/assets/%C0%AE.js'])(
    'a path that is not valid percent-encoding (%s) is a 400 or 404 JSON error',
    async (url) => {
      const signedOut = await request(h.app).get(url);
      expect([400, 401, 404]).toContain(signedOut.status);
      const signedIn = await h.api.get(url);
      expect([400, 404]).toContain(signedIn.status);
      if (signedIn.status === 400) expect(ApiErrorBody.parse(signedIn.body).error.field).toBe('path');
    },
  );

  it('logged nothing through all of this', () => {
    expect(h.logged).toEqual([]);
  });
});

describe('the served client', () => {
  let dir: string;
  let services: Services;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-client-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Tilik</title>');
    fs.writeFileSync(path.join(dir, 'assets', 'index-abc.js'), 'console.log(1)\n//# sourceMappingURL=index-abc.js.map');
    fs.writeFileSync(path.join(dir, 'assets', 'index-abc.js.map'), '{"version":3}');
    services = createServices(await openStore({ file: ':memory:' }));
  });
  afterAll(async () => {
    await services.store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('never serves a source map, even one left in the build folder', async () => {
    const app = createApp({ services, clientDir: dir, checkInBackground: false });
    expect((await request(app).get('/assets/index-abc.js')).status).toBe(200);
    const map = await request(app).get('/assets/index-abc.js.map');
    expect(map.status).toBe(404);
    expect(map.text).not.toContain('"version"');
  });

  it('the production build writes no source maps', async () => {
    const config = (await import('../../../vite.config')).default as { build?: { sourcemap?: unknown } };
    expect(config.build?.sourcemap ?? false).toBe(false);
  });

  it('sends HSTS only when served over HTTPS', async () => {
    const plain = await request(createApp({ services, clientDir: dir, checkInBackground: false })).get('/');
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const plainApi = await request(createApp({ services, clientDir: dir, checkInBackground: false })).get('/api/health');
    expect(plainApi.headers['strict-transport-security']).toBeUndefined();
    const https = await request(createApp({ services, clientDir: dir, upgradeInsecureRequests: true, checkInBackground: false })).get('/');
    expect(https.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    const httpsApi = await request(createApp({ services, clientDir: dir, upgradeInsecureRequests: true, checkInBackground: false })).get(
      '/api/health',
    );
    expect(httpsApi.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});

describe('the log line of a failure', () => {
  it('keeps the error and the path whatever format characters the path holds', async () => {
    const services = createServices(await openStore({ file: ':memory:' }));
    // (no background checking: it would go on logging against the store closed below, in every
    // later test file this process runs)
    const app = createApp({ services, checkInBackground: false }); // the default log: the console
    await services.store.close(); // every request that reads a session now fails unexpectedly
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const response = await request(app).get('/api/%c%s%o%d').set('Cookie', 'tilik_session=abc');
      expect(response.status).toBe(500);
      const line = spy.mock.calls
        .map((call) => call.map((part) => (part instanceof Error ? part.message : String(part))).join(' '))
        .join('\n');
      expect(line).toContain('/api/%c%s%o%d');
      expect(line).toMatch(/not open/);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('ids are read only in their canonical decimal form', () => {
  it.each(['0x10', '+1', '1e0', '%201', '01', '1.0', ' 1', '1 ', '0b1', '1n', 'Infinity', '-0'])(
    'GET /api/documents/%s is a 400, never another document',
    async (id) => {
      const response = await h.api.get(`/api/documents/${id.replaceAll(' ', '%20')}`);
      expectJsonError(response, 400, 'validation_failed');
    },
  );

  it('the canonical id still works', async () => {
    expect((await h.api.get(`/api/documents/${documentId}`)).status).toBe(200);
    expect((await h.api.get(`/api/segments/${segment.id}/revisions`)).status).toBe(200);
  });

  it.each(['0x1', '+1', '1e0', '01'])('the live feed refuses after=%s', async (after) => {
    const response = await h.api.get(`/api/documents/${documentId}/live?after=${encodeURIComponent(after)}`);
    expectJsonError(response, 400, 'validation_failed');
  });

  it.each(['0x10', '1e1', '+5', '05'])('paging refuses offset=%s', async (offset) => {
    const response = await h.api.get(`/api/documents/${documentId}/segments?offset=${encodeURIComponent(offset)}`);
    expectJsonError(response, 400, 'validation_failed');
  });
});

describe('the built-in users', () => {
  it('cannot be given a global or a document role, nor be changed at all', async () => {
    const before = await snapshotDatabase(h.store);
    expectJsonError(await h.api.patch(`/api/users/${SYSTEM_USER_ID}`).send({ role: 'admin' }), 404, 'not_found');
    expectJsonError(await h.api.patch(`/api/users/${SYSTEM_USER_ID}`).send({ disabled: true }), 404, 'not_found');
    expectJsonError(
      await h.api.put(`/api/documents/${documentId}/members`).send({ userId: SYSTEM_USER_ID, role: 'admin' }),
      404,
      'not_found',
    );
    expectJsonError(await h.api.post(`/api/users/${SYSTEM_USER_ID}/password`).send({}), 404, 'not_found');
    expect(await snapshotDatabase(h.store)).toEqual(before);
  });
});

import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody, type Segment } from '../../shared/schemas';
import { buildDocument, createHarness, snapshotDatabase, type Harness } from '../helpers/api';

let h: Harness;
let segment: Segment;
let revisionId: number;

beforeAll(async () => {
  h = await createHarness();
  const { segments } = await buildDocument(h.services);
  segment = segments[0] as Segment;
  const saved = await h.api.post(`/api/segments/${segment.id}/revisions`).send({ text: 'Awal.', baseVersion: 0 });
  revisionId = saved.body.revision.id;
  await h.api.post(`/api/revisions/${revisionId}/submit`);
});
afterAll(() => h.close());

function expectError(response: request.Response, status: number, code: string, field?: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  const body = ApiErrorBody.parse(response.body);
  expect(body.error.code).toBe(code);
  if (field !== undefined) {
    expect(body.error.field).toBe(field);
    expect(body.error.message).toContain(field);
  }
}

describe('bad input never gives a 500 and never changes stored data', () => {
  it('answers malformed JSON with 400', async () => {
    const before = await snapshotDatabase(h.store);
    const response = await h.api
      .post(`/api/segments/${segment.id}/revisions`)
      .set('Content-Type', 'application/json')
      .send('{"text": "x", "baseVersion": ');
    expectError(response, 400, 'malformed_json', 'body');
    expect(await snapshotDatabase(h.store)).toEqual(before);
  });

  it.each([
    [{ baseVersion: 2 }, 'text', /required/],
    [{ text: 'x' }, 'baseVersion', /required/],
    [{ text: 42, baseVersion: 2 }, 'text', /string/],
    [{ text: 'x', baseVersion: '2' }, 'baseVersion', /whole number/],
    [{ text: 'x', baseVersion: -1 }, 'baseVersion', /0 or more/],
    [{ text: 'x', baseVersion: 1.5 }, 'baseVersion', /whole number/],
    [{ text: 'x'.repeat(100_001), baseVersion: 2 }, 'text', /at most 100000/],
    [{ text: 'broken \ud800 surrogate', baseVersion: 2 }, 'text', /surrogate/],
    [{ text: 'nul \u0000 char', baseVersion: 2 }, 'text', /NUL/],
    [{ text: null, baseVersion: 2 }, 'text', /string/],
  ])('refuses a revision body %#, naming %s', async (body, field, message) => {
    const before = await snapshotDatabase(h.store);
    const response = await h.api.post(`/api/segments/${segment.id}/revisions`).send(body);
    expectError(response, 400, 'validation_failed', field);
    expect(response.body.error.message).toMatch(message);
    expect(await snapshotDatabase(h.store)).toEqual(before);
  });

  it.each([
    ['[]', 'validation_failed'],
    ['"just a string"', 'malformed_json'],
    ['null', 'malformed_json'],
  ])('refuses a JSON body that is not an object (%s)', async (raw, code) => {
    const response = await h.api.post(`/api/segments/${segment.id}/revisions`).set('Content-Type', 'application/json').send(raw);
    expectError(response, 400, code, 'body');
  });

  it.each([
    ['document create', '/api/documents', { title: 'x', sourceLang: 'en', targetLang: 'id', segments: [] }, 'segments'],
    ['document create', '/api/documents', { title: '', sourceLang: 'en', targetLang: 'id', segments: [{ source: '', mt: '' }] }, 'title'],
    [
      'document create',
      '/api/documents',
      { title: 'x', sourceLang: 'en', targetLang: 'id', segments: [{ source: 'a' }] },
      'segments[0].mt',
    ],
    ['document create', '/api/documents', { title: 'x', sourceLang: 'en', targetLang: 'id', segments: 'a' }, 'segments'],
    ['reject', '/api/revisions/REV/reject', { comment: 'x'.repeat(5001) }, 'comment'],
    ['approve', '/api/revisions/REV/approve', { comment: 7 }, 'comment'],
    ['approve', '/api/revisions/REV/approve', { baseVersion: 'x' }, 'baseVersion'],
  ])('refuses a bad %s body, naming %s', async (_name, url, body, field) => {
    const before = await snapshotDatabase(h.store);
    const response = await h.api.post(url.replace('REV', String(revisionId))).send(body);
    expectError(response, 400, 'validation_failed', field);
    expect(await snapshotDatabase(h.store)).toEqual(before);
  });

  it.each([
    ['get', '/api/documents/abc'],
    ['get', '/api/documents/0'],
    ['get', '/api/documents/1.5'],
    ['get', '/api/segments/-3'],
    ['get', '/api/documents/99999999999999999999999'],
    ['post', '/api/revisions/xyz/submit'],
  ] as const)('answers a malformed id in %s %s with 400 naming it', async (method, url) => {
    const response = await h.api[method](url);
    expectError(response, 400, 'validation_failed', 'id');
  });

  it('answers unknown ids with 404', async () => {
    for (const url of ['/api/documents/424242', '/api/segments/424242', '/api/revisions/424242', '/api/segments/424242/revisions']) {
      expectError(await h.api.get(url), 404, 'not_found');
    }
    expectError(await h.api.post('/api/revisions/424242/approve'), 404, 'not_found');
  });

  it('answers unknown API routes with a JSON 404, not the client app', async () => {
    const response = await h.api.get('/api/nothing/here');
    expectError(response, 404, 'not_found');
    expect(response.headers['content-type']).toMatch(/json/);
  });

  it('answers an oversized body with 413 and stores nothing', async () => {
    const before = await snapshotDatabase(h.store);
    const response = await h.api.post(`/api/segments/${segment.id}/revisions`).send({ text: 'x'.repeat(2 * 1024 * 1024), baseVersion: 2 });
    expectError(response, 413, 'payload_too_large');
    expect(await snapshotDatabase(h.store)).toEqual(before);
  });

  it('answers a body of the wrong media type with 415', async () => {
    const before = await snapshotDatabase(h.store);
    const asText = await h.api
      .post(`/api/segments/${segment.id}/revisions`)
      .set('Content-Type', 'text/plain')
      .send('{"text":"x","baseVersion":2}');
    expectError(asText, 415, 'unsupported_media_type');
    const asForm = await h.api.post('/api/documents').type('form').send({ title: 'x' });
    expectError(asForm, 415, 'unsupported_media_type');
    const latin1 = await h.api
      .post(`/api/segments/${segment.id}/revisions`)
      .set('Content-Type', 'application/json; charset=latin1')
      .send('{"text":"x","baseVersion":2}');
    expectError(latin1, 415, 'unsupported_media_type');
    expect(await snapshotDatabase(h.store)).toEqual(before);
  });

  it('answers a broken multipart upload with 400', async () => {
    const response = await h.api
      .post('/api/documents')
      .set('Content-Type', 'multipart/form-data; boundary=xyz')
      .send('--xyz\r\nContent-Disposition: form-data; name="title"\r\n\r\nunterminated');
    expect(response.status).toBe(400);
    expect(ApiErrorBody.parse(response.body).error.code).toBe('validation_failed');
  });

  it('logged no unexpected error through all of this', () => {
    expect(h.logged).toEqual([]);
  });
});

describe('a refused field is said as a reason and values, for the client to word in any language', () => {
  it('names what is missing, of the wrong type, too long, or not among the choices', async () => {
    const reasonOf = (response: request.Response) => {
      const body = ApiErrorBody.parse(response.body);
      return { code: body.error.code, reason: body.error.reason, params: body.error.params };
    };
    expect(reasonOf(await h.api.post(`/api/segments/${segment.id}/revisions`).send({ text: 'x' }))).toEqual({
      code: 'validation_failed',
      reason: 'validation.required',
      params: { field: 'baseVersion' },
    });
    expect(reasonOf(await h.api.post(`/api/segments/${segment.id}/revisions`).send({ text: 5, baseVersion: 1 }))).toEqual({
      code: 'validation_failed',
      reason: 'validation.type',
      params: { field: 'text', expected: 'string' },
    });
    const long = reasonOf(await h.api.post(`/api/segments/${segment.id}/revisions`).send({ text: 'x'.repeat(200_001), baseVersion: 1 }));
    expect(long).toMatchObject({ code: 'validation_failed', reason: 'validation.max_string', params: { field: 'text' } });
    expect(long.params?.limit).toBeGreaterThan(0);
    expect(reasonOf(await h.api.get(`/api/documents/${segment.documentId}/segments?status=nonsense`))).toMatchObject({
      code: 'validation_failed',
      reason: 'validation.one_of',
      params: { field: 'status' },
    });
  });
});

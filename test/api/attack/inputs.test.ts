/**
 * Text that is not text: a NUL character or a lone surrogate is refused in every field where text
 * comes in, with the field named, and nothing stored changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody, type Segment } from '../../../shared/schemas';
import { buildDocument, createHarness, snapshotDatabase, TEST_PASSWORD, type Client, type Harness } from '../../helpers/api';

let h: Harness;
let segment: Segment;
let documentId: number;
let revisionId: number;
let termId: number;

beforeAll(async () => {
  h = await createHarness();
  const built = await buildDocument(h.services);
  segment = built.segments[0] as Segment;
  documentId = built.document.id;
  const saved = await h.api.post(`/api/segments/${segment.id}/revisions`).send({ text: 'Pembatasan ekspor.', baseVersion: 0 });
  revisionId = saved.body.revision.id;
  const term = await h.api.post('/api/glossary/terms').send({ sourceLang: 'en', targetLang: 'id', source: 'curb', target: 'pembatasan' });
  termId = term.body.id;
});
afterAll(() => h.close());

const BAD = [
  ['a NUL character', 'before\u0000after', /NUL/],
  ['a lone high surrogate', 'before\ud800after', /surrogate/],
  ['a lone low surrogate', 'before\udc00after', /surrogate/],
] as const;

type Case = {
  name: string;
  field: string;
  send: (client: Client, value: string) => Promise<{ status: number; body: unknown }>;
};

const CASES: Case[] = [
  {
    name: 'document title',
    field: 'title',
    send: (c, v) => c.post('/api/documents').send({ title: v, sourceLang: 'en', targetLang: 'id', segments: [{ source: 'a', mt: 'b' }] }),
  },
  {
    name: 'segment source',
    field: 'segments[0].source',
    send: (c, v) => c.post('/api/documents').send({ title: 't', sourceLang: 'en', targetLang: 'id', segments: [{ source: v, mt: 'b' }] }),
  },
  {
    name: 'segment MT',
    field: 'segments[0].mt',
    send: (c, v) => c.post('/api/documents').send({ title: 't', sourceLang: 'en', targetLang: 'id', segments: [{ source: 'a', mt: v }] }),
  },
  {
    name: 'uploaded title',
    field: 'title',
    send: (c, v) =>
      c
        .post('/api/documents')
        .field('title', v)
        .field('sourceLang', 'en')
        .field('targetLang', 'id')
        .attach('source', Buffer.from('A.'), 's.txt')
        .attach('target', Buffer.from('B.'), 't.txt'),
  },
  {
    name: 'revision text',
    field: 'text',
    send: (c, v) => c.post(`/api/segments/${segment.id}/revisions`).send({ text: v, baseVersion: 1 }),
  },
  { name: 'submit comment', field: 'comment', send: (c, v) => c.post(`/api/revisions/${revisionId}/submit`).send({ comment: v }) },
  { name: 'reject comment', field: 'comment', send: (c, v) => c.post(`/api/revisions/${revisionId}/reject`).send({ comment: v }) },
  {
    name: 'bulk approval comment',
    field: 'comment',
    send: (c, v) => c.post('/api/revisions/approve').send({ revisionIds: [revisionId], comment: v }),
  },
  { name: 'paragraph comment', field: 'body', send: (c, v) => c.post(`/api/segments/${segment.id}/comments`).send({ body: v }) },
  {
    name: 'annotation comment',
    field: 'comment',
    send: (c, v) =>
      c
        .post(`/api/segments/${segment.id}/annotations`)
        .send({ revisionId: null, start: 0, end: 3, category: 'accuracy/mistranslation', severity: 'minor', comment: v }),
  },
  {
    name: 'glossary source',
    field: 'source',
    send: (c, v) => c.post('/api/glossary/terms').send({ sourceLang: 'en', targetLang: 'id', source: v, target: 'x' }),
  },
  { name: 'glossary target', field: 'target', send: (c, v) => c.put(`/api/glossary/terms/${termId}`).send({ source: 'curb', target: v }) },
  {
    name: 'glossary forbidden',
    field: 'forbidden[0]',
    send: (c, v) => c.put(`/api/glossary/terms/${termId}`).send({ source: 'curb', target: 'x', forbidden: [v] }),
  },
  {
    name: 'glossary note',
    field: 'note',
    send: (c, v) => c.put(`/api/glossary/terms/${termId}`).send({ source: 'curb', target: 'x', note: v }),
  },
  {
    name: 'display name (new user)',
    field: 'displayName',
    send: (c, v) => c.post('/api/users').send({ username: 'newperson', displayName: v, role: 'translator' }),
  },
  {
    name: 'display name (change)',
    field: 'displayName',
    send: (c, v) => c.patch(`/api/users/${h.users.translator.id}`).send({ displayName: v }),
  },
  {
    name: 'new user password',
    field: 'password',
    send: (c, v) => c.post('/api/users').send({ username: 'newperson', role: 'translator', password: `${v} long enough` }),
  },
  {
    name: 'password reset',
    field: 'password',
    send: (c, v) => c.post(`/api/users/${h.users.translator.id}/password`).send({ password: `${v} long enough` }),
  },
  {
    name: 'current password',
    field: 'currentPassword',
    send: (c, v) => c.put('/api/session/password').send({ currentPassword: v, newPassword: 'a much better passphrase' }),
  },
  {
    name: 'new password',
    field: 'newPassword',
    send: (c, v) => c.put('/api/session/password').send({ currentPassword: TEST_PASSWORD, newPassword: `${v} long enough` }),
  },
  { name: 'sign-in username', field: 'username', send: (c, v) => c.post('/api/session').send({ username: v, password: 'whatever it is' }) },
  { name: 'sign-in password', field: 'password', send: (c, v) => c.post('/api/session').send({ username: 'admin', password: v }) },
  { name: 'segment search', field: 'q', send: (c, v) => c.get(`/api/documents/${documentId}/segments?q=${encodeURIComponent(v)}`) },
  {
    name: 'glossary search',
    field: 'q',
    send: (c, v) => c.get(`/api/glossary/terms?sourceLang=en&targetLang=id&q=${encodeURIComponent(v)}`),
  },
];

/** Multipart fields and query strings carry UTF-8 bytes: a lone surrogate there is its WTF-8 bytes. */
const BYTE_CASES: Array<{ name: string; field: string; send: (c: Client) => Promise<{ status: number; body: unknown }> }> = [
  {
    name: 'uploaded title',
    field: 'title',
    send: (c) => {
      const part = (name: string, value: Buffer | string, filename?: string) =>
        Buffer.concat([
          Buffer.from(`--b0undary\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ''}\r\n\r\n`),
          Buffer.from(value),
          Buffer.from('\r\n'),
        ]);
      const body = Buffer.concat([
        part('title', Buffer.from([0x61, 0xed, 0xa0, 0x80])),
        part('sourceLang', 'en'),
        part('targetLang', 'id'),
        part('source', 'A.', 's.txt'),
        part('target', 'B.', 't.txt'),
        Buffer.from('--b0undary--\r\n'),
      ]);
      return c.post('/api/documents').set('Content-Type', 'multipart/form-data; boundary=b0undary').send(body);
    },
  },
  { name: 'segment search', field: 'query', send: (c) => c.get(`/api/documents/${documentId}/segments?q=a%ED%A0%80`) },
  { name: 'glossary search', field: 'query', send: (c) => c.get('/api/glossary/terms?sourceLang=en&targetLang=id&q=%C0%AE') },
  { name: 'live feed', field: 'query', send: (c) => c.get(`/api/documents/${documentId}/live?after=%FF`) },
];

it.each(BYTE_CASES.map((c) => [c.name, c] as const))('bytes that are not UTF-8 are refused in the %s', async (_name, testCase) => {
  const before = await snapshotDatabase(h.store);
  const response = await testCase.send(h.api);
  expect(response.status, JSON.stringify(response.body)).toBe(400);
  expect(ApiErrorBody.parse(response.body).error.field).toBe(testCase.field);
  expect(await snapshotDatabase(h.store)).toEqual(before);
});

describe.each(BAD)('%s', (_what, value, message) => {
  // a lone surrogate cannot be written as UTF-8 at all: in fields and URLs see the bytes above
  const cases = value.includes('\u0000')
    ? CASES
    : CASES.filter((c) => !['uploaded title', 'segment search', 'glossary search'].includes(c.name));
  it.each(cases.map((c) => [c.name, c] as const))('is refused in the %s, with the field named', async (_name, testCase) => {
    const before = await snapshotDatabase(h.store);
    const response = await testCase.send(h.api, value);
    expect(response.status, JSON.stringify(response.body)).toBe(400);
    const body = ApiErrorBody.parse(response.body);
    expect(body.error.field).toBe(testCase.field);
    expect(body.error.message).toMatch(message);
    expect(await snapshotDatabase(h.store)).toEqual(before);
  });
});

it('refused nothing that was only unusual (surrogate pairs, emoji, right-to-left text)', async () => {
  const response = await h.api.post(`/api/segments/${segment.id}/comments`).send({ body: 'ok 😀 𝄞 שלום' });
  expect(response.status).toBe(201);
  expect(response.body.body).toBe('ok 😀 𝄞 שלום');
});

it('reads UTF-8 fields and file names of an upload as the text they are', async () => {
  const response = await h.api
    .post('/api/documents/import')
    .field('title', 'Kafé ünïcödé 中文')
    .attach(
      'file',
      Buffer.from(
        '<?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="id" original="x"><body><trans-unit id="1"><source>Hi</source><target>Hai</target></trans-unit></body></file></xliff>',
      ),
      'dokumén.xlf',
    );
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  expect(response.body.title).toBe('Kafé ünïcödé 中文');
  const file = await h.services.documents.file(response.body.id);
  expect(file?.name).toBe('dokumén.xlf');
});

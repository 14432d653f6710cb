import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentSummary, SegmentPage } from '../../shared/schemas';
import { buildDocument, createHarness, type Harness } from '../helpers/api';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('GET /api/health', () => {
  it('answers ok', async () => {
    const response = await h.api.get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ok: true });
  });
});

describe('documents', () => {
  it('creates a document from aligned segments and lists it with counts per status', async () => {
    const response = await h.api.post('/api/documents').send({
      title: '  Laporan  ',
      sourceLang: 'EN',
      targetLang: 'zh-cn',
      segments: [
        { source: 'Hello.', mt: '你好。' },
        { source: 'Goodbye.', mt: '再见。' },
      ],
    });
    expect(response.status).toBe(201);
    const created = DocumentSummary.parse(response.body);
    expect(created).toMatchObject({
      title: 'Laporan',
      sourceLang: 'en',
      targetLang: 'zh-CN',
      segmentCount: 2,
      counts: { untouched: 2, draft: 0, submitted: 0, approved: 0, rejected: 0 },
    });

    const list = await h.api.get('/api/documents');
    expect(list.status).toBe(200);
    expect(list.body.items.map((d: DocumentSummary) => d.id)).toContain(created.id);

    const one = await h.api.get(`/api/documents/${created.id}`);
    expect(one.status).toBe(200);
    // the one document also says where its event log stands, so a live view can start from there
    expect(one.body).toEqual({ ...created, lastEventId: expect.any(Number), fileFormat: null });
    expect(one.body.lastEventId).toBeGreaterThan(0);

    const stored = await h.services.documents.page(created.id, { offset: 0, limit: 10, status: 'all' });
    expect(stored.items.map((s) => [s.position, s.source, s.mt, s.status, s.version])).toEqual([
      [1, 'Hello.', '你好。', 'untouched', 0],
      [2, 'Goodbye.', '再见。', 'untouched', 0],
    ]);
  });

  it('creates a document from two plain-text files, paragraph by paragraph', async () => {
    const source = 'Title\n\nFirst paragraph,\nstill first.\n\n\nSecond paragraph.\n';
    const target = 'Judul\r\n\r\nParagraf pertama,\r\nmasih pertama.\r\n\r\nParagraf kedua.\r\n\r\nTautan sumber\r\n';
    const response = await h.api
      .post('/api/documents')
      .field('title', 'Dari berkas')
      .field('sourceLang', 'en')
      .field('targetLang', 'id')
      .attach('source', Buffer.from(source), { filename: 'source.txt', contentType: 'text/plain' })
      .attach('target', Buffer.from(`\uFEFF${target}`), { filename: 'target.txt', contentType: 'text/plain' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ title: 'Dari berkas', segmentCount: 4 });
    const page = await h.api.get(`/api/documents/${response.body.id}/segments`);
    expect(page.body.items.map((s: { source: string; mt: string }) => [s.source, s.mt])).toEqual([
      ['Title', 'Judul'],
      ['First paragraph,\nstill first.', 'Paragraf pertama,\nmasih pertama.'],
      ['Second paragraph.', 'Paragraf kedua.'],
      ['', 'Tautan sumber'],
    ]);
  });

  it('refuses an upload without the target file, naming it', async () => {
    const response = await h.api
      .post('/api/documents')
      .field('title', 'Setengah')
      .field('sourceLang', 'en')
      .field('targetLang', 'id')
      .attach('source', Buffer.from('Hello'), { filename: 'source.txt' });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'validation_failed', field: 'target' });
  });

  it('refuses a file that is not UTF-8 text', async () => {
    const response = await h.api
      .post('/api/documents')
      .field('title', 'Latin-1')
      .field('sourceLang', 'en')
      .field('targetLang', 'id')
      .attach('source', Buffer.from('Hello'), { filename: 'source.txt' })
      .attach('target', Buffer.from([0x63, 0x61, 0x66, 0xe9]), { filename: 'target.txt' });
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe('target');
    expect(response.body.error.message).toMatch(/UTF-8/);
  });

  it('refuses a bad language tag, naming the field', async () => {
    const response = await h.api
      .post('/api/documents')
      .send({ title: 'X', sourceLang: 'en', targetLang: 'not a tag!', segments: [{ source: 'a', mt: 'b' }] });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'validation_failed', field: 'targetLang' });
  });

  it('404s for a document that does not exist', async () => {
    const response = await h.api.get('/api/documents/999999');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
    expect((await h.api.get('/api/documents/999999/segments')).status).toBe(404);
  });
});

describe('segments of a document', () => {
  let documentId: number;
  beforeAll(async () => {
    const segments = Array.from({ length: 25 }, (_, i) => ({
      source: `Sentence number ${i + 1} about ${i % 5 === 0 ? 'export curbs' : 'the weather'}.`,
      mt: `Kalimat nomor ${i + 1} tentang ${i % 5 === 0 ? 'trotoar ekspor' : 'cuaca'}.`,
    }));
    segments[7] = { source: 'İstanbul and ŞEKER', mt: 'İstanbul dan ŞEKER' };
    const { document } = await buildDocument(h.services, { segments });
    documentId = document.id;
  });

  it('pages through segments in order with offset and limit', async () => {
    const first = SegmentPage.parse((await h.api.get(`/api/documents/${documentId}/segments?limit=10`)).body);
    expect(first.total).toBe(25);
    expect(first.items.map((s) => s.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const last = SegmentPage.parse((await h.api.get(`/api/documents/${documentId}/segments?offset=20&limit=10`)).body);
    expect(last.items.map((s) => s.position)).toEqual([21, 22, 23, 24, 25]);
    expect(last).toMatchObject({ offset: 20, limit: 10, total: 25 });
  });

  it('searches source, MT and current text, case-insensitively', async () => {
    const bySource = await h.api.get(`/api/documents/${documentId}/segments`).query({ q: 'EXPORT CURBS' });
    expect(bySource.body.items.map((s: { position: number }) => s.position)).toEqual([1, 6, 11, 16, 21]);
    const byMt = await h.api.get(`/api/documents/${documentId}/segments`).query({ q: 'trotoar' });
    expect(byMt.body.total).toBe(5);
    const unicode = await h.api.get(`/api/documents/${documentId}/segments`).query({ q: 'şeker' });
    expect(unicode.body.items.map((s: { position: number }) => s.position)).toEqual([8]);

    const target = bySource.body.items[1] as { id: number; version: number };
    await h.api.post(`/api/segments/${target.id}/revisions`).send({ text: 'Pembatasan unik baru', baseVersion: target.version });
    const byRevision = await h.api.get(`/api/documents/${documentId}/segments`).query({ q: 'pembatasan UNIK' });
    expect(byRevision.body.items.map((s: { id: number }) => s.id)).toEqual([target.id]);
  });

  it('filters by status', async () => {
    const drafts = await h.api.get(`/api/documents/${documentId}/segments`).query({ status: 'draft' });
    expect(drafts.status).toBe(200);
    expect(drafts.body.total).toBe(1);
    expect(drafts.body.items[0].status).toBe('draft');
    const untouched = await h.api.get(`/api/documents/${documentId}/segments`).query({ status: 'untouched' });
    expect(untouched.body.total).toBe(24);
  });

  it('refuses bad paging and filters with a 400 naming the parameter', async () => {
    for (const [query, field] of [
      [{ limit: '0' }, 'limit'],
      [{ limit: '501' }, 'limit'],
      [{ offset: '-1' }, 'offset'],
      [{ offset: 'abc' }, 'offset'],
      [{ status: 'finished' }, 'status'],
    ] as const) {
      const response = await h.api.get(`/api/documents/${documentId}/segments`).query(query);
      expect(response.status, JSON.stringify(query)).toBe(400);
      expect(response.body.error.field).toBe(field);
    }
  });
});

describe('upload limits', () => {
  it('answers a file over the size limit with 413 and stores nothing', async () => {
    // texts go to disk as they arrive (a pair may be a million paragraphs): the import limit holds
    const small = await createHarness({ limits: { importFileBytes: 1000 } });
    try {
      const before = await small.services.documents.list();
      const response = await small.api
        .post('/api/documents')
        .field('title', 'Besar')
        .field('sourceLang', 'en')
        .field('targetLang', 'id')
        .attach('source', Buffer.from('Hello'), { filename: 'source.txt' })
        .attach('target', Buffer.from('kata '.repeat(400)), { filename: 'target.txt' });
      expect(response.status).toBe(413);
      expect(response.body.error.code).toBe('payload_too_large');
      expect(response.body.error.message).toMatch(/^target: file larger than 1000 bytes/);
      expect(await small.services.documents.list()).toEqual(before);
    } finally {
      await small.close();
    }
  });
});

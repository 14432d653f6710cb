/**
 * Find and replace across a document: the preview lists every paragraph it changes, the
 * replacement saves one revision per paragraph still as previewed, a bulk revert undoes it, and a
 * runaway regular expression is stopped on its own thread while the server goes on answering.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ReplacePreview, ReplaceResult, type Segment } from '../../shared/schemas';
import { buildDocument, createHarness, snapshotDatabase, type Harness } from '../helpers/api';

describe.each(['sqlite', 'postgres'] as const)('find and replace, on %s', (database) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ database });
  });
  afterAll(() => h.close());
  afterEach(() => {
    delete process.env.TILIK_FIND_TIMEOUT_MS;
  });

  const paragraphs = [
    { source: 'China and the US.', mt: 'Cina dan AS.' },
    { source: 'Chips from China.', mt: 'Chip dari cina, Cina.' },
    { source: 'Nothing here.', mt: 'Tidak ada apa-apa.' },
    { source: 'Chinatown.', mt: 'Pecinan Cinatown.' },
  ];

  async function document(): Promise<{ id: number; segments: Segment[] }> {
    const { document, segments } = await buildDocument(h.services, { segments: paragraphs });
    return { id: document.id, segments };
  }

  it('previews every paragraph it changes, then replaces them with one revision each, undone by a bulk revert', async () => {
    const { id, segments } = await document();
    // the working text counts: paragraph 3 has a revision that now says "Cina"
    const saved = await h.api.post(`/api/segments/${segments[2]!.id}/revisions`).send({ text: 'Tidak ada Cina.', baseVersion: 0 });
    expect(saved.status).toBe(201);

    const preview = await h.api.post(`/api/documents/${id}/replace/preview`).send({ find: 'cina', replace: 'Tiongkok', wholeWord: true });
    expect(preview.status).toBe(200);
    const body = ReplacePreview.parse(preview.body);
    expect(body.items.map((item) => [item.position, item.count, item.after])).toEqual([
      [1, 1, 'Tiongkok dan AS.'],
      [2, 2, 'Chip dari Tiongkok, Tiongkok.'],
      [3, 1, 'Tidak ada Tiongkok.'],
    ]);
    expect(body).toMatchObject({ paragraphs: 3, matches: 4, shown: 3 });
    expect(body.items[2]).toMatchObject({ version: 1, before: 'Tidak ada Cina.' });

    // someone changes paragraph 2 meanwhile: it is left alone, and said so
    await h.api.post(`/api/segments/${segments[1]!.id}/revisions`).send({ text: 'Chip dari Tiongkok.', baseVersion: 0 });
    const before = Date.now();
    const done = await h.api.post(`/api/documents/${id}/replace`).send({
      find: 'cina',
      replace: 'Tiongkok',
      wholeWord: true,
      expect: body.items.map(({ segmentId, version }) => ({ segmentId, version })),
    });
    expect(done.status).toBe(200);
    const result = ReplaceResult.parse(done.body);
    expect(result.replaced).toEqual([segments[0]!.id, segments[2]!.id]);
    expect(result.skipped).toEqual([{ segmentId: segments[1]!.id, reason: 'changed' }]);
    expect(result.matches).toBe(2);
    const first = await h.services.documents.segment(segments[0]!.id);
    expect(first?.current).toMatchObject({ text: 'Tiongkok dan AS.', state: 'draft', author: { name: 'Test admin' } });
    expect((await h.services.revisions.history(segments[2]!.id))?.map((revision) => revision.text)).toEqual([
      'Tidak ada Cina.',
      'Tidak ada Tiongkok.',
    ]);
    const events = await h.services.revisions.events(id);
    expect(events.at(-1)).toMatchObject({
      type: 'document.replaced',
      payload: { find: 'cina', replace: 'Tiongkok', segments: 2, matches: 2 },
    });

    // undone by a bulk revert of this person's revisions since the replacement
    const admin = (await h.services.people.userByName('admin'))!;
    const filter = { userId: admin.id, from: new Date(before - 1).toISOString() };
    const plan = await h.api.post(`/api/documents/${id}/revert/preview`).send(filter);
    expect(plan.status).toBe(200);
    const undo = await h.api.post(`/api/documents/${id}/revert`).send({
      filter,
      expect: plan.body.items.map((item: { segmentId: number; version: number }) => ({
        segmentId: item.segmentId,
        version: item.version,
      })),
    });
    expect(undo.status).toBe(200);
    expect((await h.services.documents.segment(segments[0]!.id))?.current?.text).toBe('Cina dan AS.');
  });

  it('lists no paragraph whose text a replacement leaves as it was', async () => {
    const { id } = await document();
    for (const find of [
      { find: 'Cina', replace: 'Cina', matchCase: true },
      { find: '(Cina)', replace: '$1', regex: true, matchCase: true },
    ]) {
      const preview = await h.api.post(`/api/documents/${id}/replace/preview`).send(find);
      expect(preview.status).toBe(200);
      expect(ReplacePreview.parse(preview.body)).toMatchObject({ items: [], paragraphs: 0, matches: 0 });
    }
  });

  it('replaces in a long document a batch of paragraphs at a time, as one change in the log, its checks queued', async () => {
    const many = Array.from({ length: 620 }, (_, k) => ({ source: `Point ${k} about China.`, mt: `Poin ${k} tentang Cina.` }));
    const { document: doc } = await buildDocument(h.services, { segments: many });
    const preview = ReplacePreview.parse(
      (await h.api.post(`/api/documents/${doc.id}/replace/preview`).send({ find: 'Cina', replace: 'Tiongkok', wholeWord: true })).body,
    );
    expect(preview).toMatchObject({ paragraphs: 620, matches: 620, shown: 500, next: null });

    // the same preview asked for in pieces of 200 paragraphs read: each says where the next begins
    const pieces: ReplacePreview[] = [];
    for (let after: number | null = 0; after !== null;) {
      const piece = ReplacePreview.parse(
        (
          await h.api
            .post(`/api/documents/${doc.id}/replace/preview`)
            .send({ find: 'Cina', replace: 'Tiongkok', wholeWord: true, after, limit: 200 })
        ).body,
      );
      pieces.push(piece);
      after = piece.next;
    }
    expect(pieces.map((piece) => [piece.paragraphs, piece.next])).toEqual([
      [200, 200],
      [200, 400],
      [200, 600],
      [20, null],
    ]);
    const listed = (items: ReplacePreview['items']) => items.map(({ segmentId, version, count }) => [segmentId, version, count]);
    expect(listed(pieces.flatMap((piece) => piece.items))).toEqual(listed(preview.items));
    // a piece that ends exactly at the document's end says there is nothing after it
    const whole = await h.api
      .post(`/api/documents/${doc.id}/replace/preview`)
      .send({ find: 'Cina', replace: 'Tiongkok', wholeWord: true, after: 420, limit: 200 });
    expect(whole.body).toMatchObject({ paragraphs: 200, next: null });
    expect(whole.body.items[0]).toMatchObject({ position: 421, after: 'Poin 420 tentang Tiongkok.' });
    const refused = await h.api.post(`/api/documents/${doc.id}/replace/preview`).send({ find: 'Cina', after: -1, limit: 0 });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toMatch(/after/);
    const done = await h.api.post(`/api/documents/${doc.id}/replace`).send({
      find: 'Cina',
      replace: 'Tiongkok',
      wholeWord: true,
      expect: preview.items.map(({ segmentId, version }) => ({ segmentId, version })),
    });
    expect(done.status).toBe(200);
    expect(ReplaceResult.parse(done.body)).toMatchObject({ matches: 620, skipped: [] });
    expect(done.body.replaced).toHaveLength(620);
    const page = await h.services.documents.page(doc.id, { after: 610, offset: 0, limit: 10, status: 'all' });
    expect(page.items.map((segment) => segment.current?.text)).toEqual(
      Array.from({ length: 10 }, (_, k) => `Poin ${610 + k} tentang Tiongkok.`),
    );
    const events = await h.services.revisions.events(doc.id);
    expect(events.filter((event) => event.type === 'document.replaced')).toHaveLength(1);
    expect(events.filter((event) => event.type === 'revision.saved')).toHaveLength(620);
    expect((await h.services.documents.get(doc.id))?.counts).toMatchObject({ draft: 620 });
  });

  it('sent in pieces, logs each piece with its operation id and part (the activity list says "part 1 of 2"), and refuses a malformed piece', async () => {
    const { id } = await document();
    const preview = ReplacePreview.parse(
      (await h.api.post(`/api/documents/${id}/replace/preview`).send({ find: 'Cina', replace: 'Tiongkok', wholeWord: true })).body,
    );
    const expectList = preview.items.map(({ segmentId, version }) => ({ segmentId, version }));
    expect(expectList).toHaveLength(2);
    const find = { find: 'Cina', replace: 'Tiongkok', wholeWord: true };
    for (const [bad, field] of [
      [{ operation: 'no spaces, please', part: 1, parts: 2 }, 'operation'],
      [{ operation: 'op-42', part: 3, parts: 2 }, 'part'],
      [{ operation: 'op-42', part: 1 }, 'part'],
    ] as const) {
      const refused = await h.api.post(`/api/documents/${id}/replace`).send({ ...find, expect: expectList, ...bad });
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body)).toMatch(new RegExp(field));
    }
    expect((await h.services.revisions.events(id)).filter((event) => event.type === 'document.replaced')).toHaveLength(0);
    expect((await h.services.documents.segment(expectList[0]!.segmentId))?.current).toBeNull();
    for (const [k, piece] of [expectList.slice(0, 1), expectList.slice(1)].entries()) {
      const done = await h.api
        .post(`/api/documents/${id}/replace`)
        .send({ ...find, expect: piece, operation: 'op-42', part: k + 1, parts: 2 });
      expect(done.status).toBe(200);
      expect(done.body.replaced).toHaveLength(1);
    }
    const events = (await h.services.revisions.events(id)).filter((event) => event.type === 'document.replaced');
    expect(events.map((event) => event.payload)).toEqual([
      expect.objectContaining({ operation: 'op-42', part: 1, parts: 2, segments: 1 }),
      expect.objectContaining({ operation: 'op-42', part: 2, parts: 2, segments: 1 }),
    ]);
  });

  it('replaces a paragraph named twice in one request once, the second naming skipped as changed', async () => {
    const { id, segments } = await document();
    const first = segments[0] as Segment;
    const done = await h.api.post(`/api/documents/${id}/replace`).send({
      find: 'Cina',
      replace: 'Tiongkok',
      wholeWord: true,
      expect: [
        { segmentId: first.id, version: 0 },
        { segmentId: first.id, version: 0 },
      ],
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ replaced: [first.id], skipped: [{ segmentId: first.id, reason: 'changed' }], matches: 1 });
    expect((await h.services.revisions.history(first.id))?.map((revision) => revision.text)).toEqual(['Tiongkok dan AS.']);
    expect((await h.services.documents.get(id))?.counts).toMatchObject({ draft: 1 });
  });

  it('takes a regular expression with groups, and refuses a broken one, an empty match and a stale list, changing nothing', async () => {
    const { id } = await document();
    const regex = await h.api
      .post(`/api/documents/${id}/replace/preview`)
      .send({ find: String.raw`(C|c)ina(town)?`, replace: 'Tiongkok$2', regex: true, matchCase: true, wholeWord: true });
    expect(ReplacePreview.parse(regex.body).items.map((item) => item.after)).toEqual([
      'Tiongkok dan AS.',
      'Chip dari Tiongkok, Tiongkok.',
      'Pecinan Tiongkoktown.',
    ]);

    const before = await snapshotDatabase(h.store);
    const broken = await h.api.post(`/api/documents/${id}/replace/preview`).send({ find: '(Cina', regex: true });
    expect(broken.status).toBe(400);
    expect(broken.body.error).toMatchObject({ code: 'validation_failed', field: 'find' });
    expect(broken.body.error.message).toMatch(/^find: is not a valid regular expression/);
    const empty = await h.api
      .post(`/api/documents/${id}/replace`)
      .send({ find: 'x*', regex: true, expect: [{ segmentId: 1, version: 0 }] });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/matches empty text/);
    const none = await h.api.post(`/api/documents/${id}/replace`).send({ find: 'Cina', replace: 'X', expect: [] });
    expect(none.status).toBe(400);
    expect(await snapshotDatabase(h.store)).toEqual(before);
  });

  it('stops a runaway regular expression on its own thread; the server answers meanwhile and the next find works', async () => {
    process.env.TILIK_FIND_TIMEOUT_MS = '1500';
    const { document } = await buildDocument(h.services, { segments: [{ source: 'x', mt: `${'a'.repeat(40)}!` }] });
    const started = h.api
      .post(`/api/documents/${document.id}/replace/preview`)
      .send({ find: '(a+)+$', regex: true, replace: 'b' })
      .then((response) => response);
    // while it runs, the server is free (the expression runs on the find thread)
    const health = await h.api.get('/api/health');
    expect(health.status).toBe(200);
    const stuck = await started;
    expect(stuck.status).toBe(422);
    expect(stuck.body.error).toMatchObject({ code: 'too_slow', field: 'find' });
    expect(stuck.body.error.message).toMatch(/took more than 1.5 s/);
    // the next find, on a thread started anew (which on a busy machine may itself take 1.5 s), with the usual limit
    delete process.env.TILIK_FIND_TIMEOUT_MS;
    const next = await h.api.post(`/api/documents/${document.id}/replace/preview`).send({ find: 'a!', replace: 'b' });
    expect(ReplacePreview.parse(next.body).items.map((item) => item.after)).toEqual([`${'a'.repeat(39)}b`]);
  });
});

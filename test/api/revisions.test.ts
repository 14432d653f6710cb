import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RevisionList, RevisionResult, VersionConflictBody, type Segment } from '../../shared/schemas';
import { buildDocument, createHarness, snapshotDatabase, type Harness } from '../helpers/api';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

async function freshSegment(): Promise<Segment> {
  const { segments } = await buildDocument(h.services);
  const first = segments[0];
  if (!first) throw new Error('no segment');
  return first;
}

const save = (segmentId: number, text: string, baseVersion: number) =>
  h.api.post(`/api/segments/${segmentId}/revisions`).send({ text, baseVersion });

describe('saving revisions', () => {
  it('stores a draft revision and bumps the segment version', async () => {
    const segment = await freshSegment();
    const response = await save(segment.id, 'Pembatasan ekspor memperlambat kemajuan.', 0);
    expect(response.status).toBe(201);
    const result = RevisionResult.parse(response.body);
    expect(result.revision).toMatchObject({
      segmentId: segment.id,
      parentRevisionId: null,
      text: 'Pembatasan ekspor memperlambat kemajuan.',
      state: 'draft',
      author: { name: 'Test admin' },
    });
    expect(result.segment).toMatchObject({ version: 1, status: 'draft', mt: segment.mt });
    expect(result.segment.current?.id).toBe(result.revision.id);

    const stored = await h.services.documents.segment(segment.id);
    expect(stored?.mt).toBe('Trotoar ekspor memperlambat kemajuan.'); // the MT is kept as received
    expect(stored?.current?.text).toBe('Pembatasan ekspor memperlambat kemajuan.');
  });

  it('answers a stale save with 409, the current revision and version, and stores nothing', async () => {
    const segment = await freshSegment();
    const first = RevisionResult.parse((await save(segment.id, 'Versi pertama.', 0)).body);
    const before = await snapshotDatabase(h.store);

    const stale = await save(segment.id, 'Versi dari tab lama.', 0);
    expect(stale.status).toBe(409);
    const body = VersionConflictBody.parse(stale.body);
    expect(body.error.code).toBe('version_conflict');
    expect(body.current.version).toBe(1);
    expect(body.current.revision?.id).toBe(first.revision.id);
    expect(body.current.revision?.text).toBe('Versi pertama.');
    expect(await snapshotDatabase(h.store)).toEqual(before);

    const rebased = await save(segment.id, 'Versi dari tab lama.', body.current.version);
    expect(rebased.status).toBe(201);
    expect(rebased.body.revision.parentRevisionId).toBe(first.revision.id);
  });

  it('does not store a revision identical to the current one', async () => {
    const segment = await freshSegment();
    await save(segment.id, 'Sama.', 0);
    const again = await save(segment.id, 'Sama.', 1);
    expect(again.status).toBe(200);
    expect(again.body.segment.version).toBe(1);
    expect((await h.services.revisions.history(segment.id))?.length).toBe(1);
  });

  it('keeps the machine translation as a first revision when saved unchanged', async () => {
    const segment = await freshSegment();
    const response = await save(segment.id, segment.mt, 0);
    expect(response.status).toBe(201);
    expect(response.body.revision.text).toBe(segment.mt);
  });

  it('accepts an empty text (a paragraph removed from the translation)', async () => {
    const { segments } = await buildDocument(h.services);
    const boilerplate = segments[2];
    if (!boilerplate) throw new Error('no segment');
    const response = await save(boilerplate.id, '', 0);
    expect(response.status).toBe(201);
    expect(response.body.revision.text).toBe('');
  });

  it('lists every revision of a segment, oldest first, with author and state', async () => {
    const segment = await freshSegment();
    const texts = ['Satu.', 'Dua.', 'Tiga.'];
    for (const [version, text] of texts.entries()) expect((await save(segment.id, text, version)).status).toBe(201);
    const response = await h.api.get(`/api/segments/${segment.id}/revisions`);
    expect(response.status).toBe(200);
    const { items } = RevisionList.parse(response.body);
    expect(items.map((r) => r.text)).toEqual(texts);
    expect(items.map((r) => r.parentRevisionId)).toEqual([null, items[0]?.id, items[1]?.id]);
    expect(items.every((r) => r.author.name === 'Test admin' && r.state === 'draft')).toBe(true);
    expect(items.map((r) => r.createdAt)).toEqual([...items.map((r) => r.createdAt)].sort());
  });

  it('404s for revisions of a segment that does not exist', async () => {
    expect((await h.api.get('/api/segments/987654/revisions')).status).toBe(404);
    const response = await save(987654, 'x', 0);
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });
});

describe('workflow', () => {
  const act = (revisionId: number, action: string, body?: object) => {
    const call = h.api.post(`/api/revisions/${revisionId}/${action}`);
    return body === undefined ? call : call.send(body);
  };

  it('walks draft -> submitted -> approved and publishes the approved text', async () => {
    const segment = await freshSegment();
    const saved = RevisionResult.parse((await save(segment.id, 'Teks final.', 0)).body);
    const submitted = await act(saved.revision.id, 'submit');
    expect(submitted.status).toBe(200);
    expect(submitted.body.revision.state).toBe('submitted');
    expect(submitted.body.segment).toMatchObject({ status: 'submitted', version: 2, approvedText: null });

    const approved = await act(saved.revision.id, 'approve', { comment: 'Bagus.' });
    expect(approved.status).toBe(200);
    expect(approved.body.revision).toMatchObject({ state: 'approved', comment: 'Bagus.', decidedBy: { name: 'Test admin' } });
    expect(approved.body.revision.decidedAt).toEqual(expect.any(String));
    expect(approved.body.segment).toMatchObject({
      status: 'approved',
      version: 3,
      approvedRevisionId: saved.revision.id,
      approvedText: 'Teks final.',
    });
  });

  it('keeps the approved text published while a newer edit is pending', async () => {
    const segment = await freshSegment();
    const v1 = RevisionResult.parse((await save(segment.id, 'Disetujui.', 0)).body);
    await act(v1.revision.id, 'submit');
    await act(v1.revision.id, 'approve');
    const edit = await save(segment.id, 'Suntingan baru yang belum disetujui.', 3);
    expect(edit.status).toBe(201);
    expect(edit.body.segment).toMatchObject({
      status: 'draft',
      approvedRevisionId: v1.revision.id,
      approvedText: 'Disetujui.',
    });
    await act(edit.body.revision.id, 'submit');
    const stillPublished = await h.services.documents.segment(segment.id);
    expect(stillPublished?.approvedText).toBe('Disetujui.');
    const rejected = await act(edit.body.revision.id, 'reject', { comment: 'Kembali ke versi lama.' });
    expect(rejected.status).toBe(200);
    expect(rejected.body.segment).toMatchObject({ status: 'rejected', approvedText: 'Disetujui.' });
  });

  it('rejects with a required comment, then a new save returns the segment to draft', async () => {
    const segment = await freshSegment();
    const saved = RevisionResult.parse((await save(segment.id, 'Perlu diperbaiki.', 0)).body);
    await act(saved.revision.id, 'submit');

    const before = await snapshotDatabase(h.store);
    for (const body of [undefined, {}, { comment: '' }, { comment: '   ' }, { comment: 42 }]) {
      const response = await act(saved.revision.id, 'reject', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.field).toBe('comment');
    }
    expect(await snapshotDatabase(h.store)).toEqual(before);

    const rejected = await act(saved.revision.id, 'reject', { comment: 'Gunakan "pembatasan".' });
    expect(rejected.status).toBe(200);
    expect(rejected.body.revision).toMatchObject({ state: 'rejected', comment: 'Gunakan "pembatasan".' });
    expect(rejected.body.segment.status).toBe('rejected');

    const fixed = await save(segment.id, 'Sudah diperbaiki.', rejected.body.segment.version);
    expect(fixed.status).toBe(201);
    expect(fixed.body.segment.status).toBe('draft');
  });

  it('refuses transitions the workflow does not allow, with 409, changing nothing', async () => {
    const segment = await freshSegment();
    const saved = RevisionResult.parse((await save(segment.id, 'Draf.', 0)).body);
    const before = await snapshotDatabase(h.store);
    for (const action of ['approve', 'reject']) {
      const response = await act(saved.revision.id, action, { comment: 'x' });
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe('invalid_transition');
      expect(response.body.error.message).toMatch(/only a submitted revision/);
      // and what the client words it with, in any language
      expect(response.body.error).toMatchObject({ reason: 'wrong_state', params: { action, state: 'draft', allowedFrom: 'submitted' } });
    }
    expect(await snapshotDatabase(h.store)).toEqual(before);

    await act(saved.revision.id, 'submit');
    const twice = await act(saved.revision.id, 'submit');
    expect(twice.status).toBe(409);
  });

  it('refuses to act on a superseded revision', async () => {
    const segment = await freshSegment();
    const old = RevisionResult.parse((await save(segment.id, 'Lama.', 0)).body);
    await act(old.revision.id, 'submit');
    await save(segment.id, 'Baru.', 2);
    const response = await act(old.revision.id, 'approve');
    expect(response.status).toBe(409);
    expect(response.body.error.message).toMatch(/newer revision/);
    expect((await h.services.revisions.get(old.revision.id))?.state).toBe('submitted');
  });

  it('honours an optional baseVersion on decisions', async () => {
    const segment = await freshSegment();
    const saved = RevisionResult.parse((await save(segment.id, 'Teks.', 0)).body);
    await act(saved.revision.id, 'submit');
    const stale = await act(saved.revision.id, 'approve', { baseVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    expect((await act(saved.revision.id, 'approve', { baseVersion: 2 })).status).toBe(200);
  });

  it('404s for a revision that does not exist', async () => {
    const response = await act(424242, 'submit');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });

  it('resubmits a rejected text unchanged as a new revision, with the reply in the comments', async () => {
    const segment = await freshSegment();
    const saved = RevisionResult.parse((await save(segment.id, 'Pembatasan ekspor.', 0)).body);
    await act(saved.revision.id, 'submit');
    await act(saved.revision.id, 'reject', { comment: 'Pakai "kendali".' });

    // the reply is required: a resubmission without one changes nothing
    const before = await snapshotDatabase(h.store);
    const bare = await act(saved.revision.id, 'resubmit', {});
    expect(bare.status).toBe(400);
    expect(bare.body.error.message).toMatch(/comment.*reply to the rejection/);
    expect(await snapshotDatabase(h.store)).toEqual(before);

    const response = await act(saved.revision.id, 'resubmit', { comment: '"Pembatasan" is the glossary term.', baseVersion: 3 });
    expect(response.status).toBe(200);
    const result = RevisionResult.parse(response.body);
    expect(result.revision).toMatchObject({
      text: 'Pembatasan ekspor.',
      state: 'submitted',
      parentRevisionId: saved.revision.id,
      comment: '"Pembatasan" is the glossary term.',
    });
    expect(result.revision.id).not.toBe(saved.revision.id);
    expect(result.segment).toMatchObject({ status: 'submitted', version: 4 });
    expect(result.segment.current?.id).toBe(result.revision.id);
    // the rejection stands in the history as it was decided
    expect(await h.services.revisions.get(saved.revision.id)).toMatchObject({ state: 'rejected', comment: 'Pakai "kendali".' });
    const comments = await h.api.get(`/api/segments/${segment.id}/comments`);
    expect(comments.body.items.map((c: { body: string }) => c.body)).toEqual(['"Pembatasan" is the glossary term.']);
    const events = await h.services.revisions.events(segment.documentId);
    expect(events.slice(-2).map((e) => e.type)).toEqual(['revision.resubmitted', 'comment.created']);
    // an editor decides it like any submission
    expect((await act(result.revision.id, 'approve')).status).toBe(200);
  });

  it('resubmits only the current rejected revision', async () => {
    const segment = await freshSegment();
    const saved = RevisionResult.parse((await save(segment.id, 'Teks.', 0)).body);
    await act(saved.revision.id, 'submit');
    const submitted = await act(saved.revision.id, 'resubmit', { comment: 'Again.' });
    expect(submitted.status).toBe(409);
    expect(submitted.body.error.message).toMatch(/it is submitted, and only a rejected revision can be resubmitted/);
    await act(saved.revision.id, 'reject', { comment: 'No.' });
    await save(segment.id, 'Teks baru.', 3);
    const superseded = await act(saved.revision.id, 'resubmit', { comment: 'Again.' });
    expect(superseded.status).toBe(409);
    expect(superseded.body.error.message).toMatch(/newer revision/);
  });

  it('records every change in the event log, in order', async () => {
    const segment = await freshSegment();
    const saved = RevisionResult.parse((await save(segment.id, 'Log.', 0)).body);
    await act(saved.revision.id, 'submit');
    await act(saved.revision.id, 'reject', { comment: 'Tidak.' });
    const events = await h.services.revisions.events(segment.documentId);
    expect(events.map((e) => e.type)).toEqual([
      'document.created',
      'document.role_set',
      'revision.saved',
      'revision.submitted',
      'revision.rejected',
    ]);
    expect(events.at(-1)?.payload).toMatchObject({ comment: 'Tidak.' });
  });
});

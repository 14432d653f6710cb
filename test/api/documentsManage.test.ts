/**
 * A document's title, deadline and assignee, and its archive: hidden from the lists and the queue,
 * never deleted, brought back by an admin; every change logged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentList, DocumentSummary, QueueList } from '../../shared/schemas';
import { buildDocument, createHarness, snapshotDatabase, type Harness } from '../helpers/api';

describe.each(['sqlite', 'postgres'] as const)('managing documents, on %s', (database) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ database });
  });
  afterAll(() => h.close());

  it('renames, sets a deadline and an assignee, shown in the list and the queue, and logs it', async () => {
    const { document, segments } = await buildDocument(h.services);
    const response = await h.api
      .patch(`/api/documents/${document.id}`)
      .send({ title: 'Laporan Q3', deadline: '2026-12-15', assigneeId: h.users.translator.id });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(DocumentSummary.parse(response.body)).toMatchObject({
      roles: ['admin'],
      title: 'Laporan Q3',
      deadline: '2026-12-15',
      assignee: { id: h.users.translator.id, name: 'Test translator' },
    });
    const listed = DocumentList.parse((await h.api.get('/api/documents')).body).items.find((item) => item.id === document.id);
    expect(listed).toMatchObject({ title: 'Laporan Q3', deadline: '2026-12-15', assignee: { id: h.users.translator.id } });

    // the queue says when it is due and whose it is
    const saved = await h.api.post(`/api/segments/${segments[0]!.id}/revisions`).send({ text: 'Pembatasan.', baseVersion: 0 });
    await h.api.post(`/api/revisions/${saved.body.revision.id}/submit`).send({});
    const queued = QueueList.parse((await h.api.get('/api/queue')).body).items.find((item) => item.document.id === document.id);
    expect(queued?.document).toMatchObject({ title: 'Laporan Q3', deadline: '2026-12-15', assignee: { name: 'Test translator' } });

    // null clears; a field left out stays
    const cleared = await h.api.patch(`/api/documents/${document.id}`).send({ deadline: null });
    expect(cleared.body).toMatchObject({ title: 'Laporan Q3', deadline: null, assignee: { id: h.users.translator.id } });
    const events = await h.services.revisions.events(document.id);
    expect(events.filter((event) => event.type === 'document.updated').map((event) => event.payload.changes)).toEqual([
      { title: 'Laporan Q3', deadline: '2026-12-15', assigneeId: h.users.translator.id },
      { deadline: null },
    ]);
  });

  it('refuses a day that is not one, an unknown assignee and an empty change, changing nothing', async () => {
    const { document } = await buildDocument(h.services);
    const before = await snapshotDatabase(h.store);
    for (const [body, field, message] of [
      [{ deadline: '2026-02-30' }, 'deadline', /not a day of the calendar/],
      [{ deadline: '15/12/2026' }, 'deadline', /YYYY-MM-DD/],
      [{ assigneeId: 987654 }, 'assigneeId', /does not exist or is disabled/],
      [{ title: '   ' }, 'title', /must not be empty/],
      [{}, 'title', /name something to change/],
    ] as const) {
      const response = await h.api.patch(`/api/documents/${document.id}`).send(body);
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ code: 'validation_failed', field });
      expect(response.body.error.message).toMatch(message);
    }
    expect(await snapshotDatabase(h.store)).toEqual(before);
  });

  it('archives a document out of the lists and the queue, keeps every row, and an admin brings it back', async () => {
    const { document, segments } = await buildDocument(h.services);
    const saved = await h.api.post(`/api/segments/${segments[0]!.id}/revisions`).send({ text: 'Diajukan.', baseVersion: 0 });
    await h.api.post(`/api/revisions/${saved.body.revision.id}/submit`).send({});
    const rowsBefore = (await h.store.dump()).segments?.length;

    const archived = await h.api.post(`/api/documents/${document.id}/archive`);
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).toEqual(expect.any(String));
    const ids = async (query = '') => DocumentList.parse((await h.api.get(`/api/documents${query}`)).body).items.map((item) => item.id);
    expect(await ids()).not.toContain(document.id);
    expect(await ids('?archived=1')).toContain(document.id);
    expect(QueueList.parse((await h.api.get('/api/queue')).body).items.map((item) => item.document.id)).not.toContain(document.id);
    // still there, whole: a link to it still opens it
    expect((await h.api.get(`/api/documents/${document.id}`)).body).toMatchObject({ id: document.id, archivedAt: expect.any(String) });
    expect((await h.store.dump()).segments?.length).toBe(rowsBefore);
    // the archive is for admins to see
    const translator = await h.as('translator');
    expect((await translator.get('/api/documents?archived=1')).status).toBe(403);

    const restored = await h.api.post(`/api/documents/${document.id}/restore`);
    expect(restored.body.archivedAt).toBeNull();
    expect(await ids()).toContain(document.id);
    expect((await h.services.revisions.events(document.id)).slice(-2).map((event) => event.type)).toEqual([
      'document.archived',
      'document.restored',
    ]);
  });
});

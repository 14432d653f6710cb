/**
 * Reviewing together over the API, on a real database: comparing versions, annotations and the
 * MQM score, annotation candidates from editors' corrections, comments, editing effort, bulk
 * revert, and the live feed (a real listening server read as a browser's EventSource would).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Segment } from '../../shared/schemas';
import { buildDocument, createHarness, listen, TEST_PASSWORD, type Client, type Harness } from '../helpers/api';
import { signIn } from '../helpers/server';

let h: Harness;
let translator: Client;
let editor: Client;
let reviewer: Client;
/** The server's clock runs ahead of the wall clock by this much (tests of editing time move it). */
let ahead = 0;

beforeAll(async () => {
  h = await createHarness({ now: () => new Date(Date.now() + ahead) });
  translator = await h.as('translator');
  editor = await h.as('editor');
  reviewer = await h.as('reviewer');
});
afterAll(() => h.close());

async function save(client: Client, segment: Pick<Segment, 'id'>, text: string): Promise<Segment> {
  const current = (await client.get(`/api/segments/${segment.id}`)).body as Segment;
  const response = await client.post(`/api/segments/${segment.id}/revisions`).send({ text, baseVersion: current.version });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.segment as Segment;
}

async function submit(client: Client, segment: Segment): Promise<Segment> {
  const response = await client.post(`/api/revisions/${segment.current?.id}/submit`);
  expect(response.status).toBe(200);
  return response.body.segment as Segment;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('compare', () => {
  it('lists changed segments with words inserted and deleted and the edit rate, unchanged ones on request', async () => {
    const { document, segments } = await buildDocument(h.services);
    const [first] = segments as [Segment];
    await save(translator, first, 'Pembatasan ekspor memperlambat kemajuan.');
    const response = await reviewer.get(`/api/documents/${document.id}/compare?from=mt&to=current`);
    expect(response.status).toBe(200);
    expect(response.body.summary).toEqual({
      segments: 3,
      changed: 1,
      notApproved: 0,
      insertedWords: 1,
      deletedWords: 1,
      // one token of five changed; the document's other segments count in the denominator
      editRate: { edits: 1, length: 5 + 3 + 3, rate: 1 / 11 },
    });
    expect(response.body.items).toEqual([
      expect.objectContaining({
        segmentId: first.id,
        from: 'Trotoar ekspor memperlambat kemajuan.',
        to: 'Pembatasan ekspor memperlambat kemajuan.',
        changed: true,
        insertedWords: 1,
        deletedWords: 1,
        editRate: { edits: 1, length: 5, rate: 0.2 },
      }),
    ]);
    expect(response.body.rates.map((r: { rate: number }) => r.rate)).toEqual([0.2, 0, 0]);
    const all = await reviewer.get(`/api/documents/${document.id}/compare?from=mt&to=current&all=1`);
    expect(all.body.items).toHaveLength(3);
  });

  it('compares the document as it was at two moments of its history, and approved against current', async () => {
    const { document, segments } = await buildDocument(h.services);
    const [first, second] = segments as [Segment, Segment];
    let saved = await save(translator, first, 'Pembatasan ekspor memperlambat kemajuan.');
    await pause(15);
    const t1 = new Date().toISOString();
    await pause(15);
    saved = await save(translator, first, 'Pembatasan ekspor memperlambat kemajuan Cina.');
    await save(translator, second, 'Cuaca hari ini bagus.');
    const t2 = new Date().toISOString();
    const between = await reviewer.get(`/api/documents/${document.id}/compare?from=${t1}&to=${t2}`);
    expect(between.body.items.map((item: { from: string; to: string }) => [item.from, item.to])).toEqual([
      ['Pembatasan ekspor memperlambat kemajuan.', 'Pembatasan ekspor memperlambat kemajuan Cina.'],
      ['Cuacanya bagus.', 'Cuaca hari ini bagus.'],
    ]);
    await submit(translator, saved);
    await editor.post(`/api/revisions/${saved.current?.id}/approve`);
    await save(editor, first, 'Pembatasan ekspor memperlambat kemajuan Tiongkok.');
    const approved = await reviewer.get(`/api/documents/${document.id}/compare?from=approved&to=current`);
    // a paragraph never approved has no approved text: it is neither changed nor in the rate, and
    // is counted apart (it is not its machine translation, which nobody approved)
    expect(approved.body.items.map((item: { from: string; to: string }) => [item.from, item.to])).toEqual([
      ['Pembatasan ekspor memperlambat kemajuan Cina.', 'Pembatasan ekspor memperlambat kemajuan Tiongkok.'],
    ]);
    expect(approved.body.summary).toMatchObject({ segments: 3, changed: 1, notApproved: 2, editRate: { edits: 1, length: 6 } });
    expect(approved.body.rates.map((r: { notApproved: boolean }) => r.notApproved)).toEqual([false, true, true]);
    const approvedAll = await reviewer.get(`/api/documents/${document.id}/compare?from=approved&to=current&all=1`);
    expect(
      approvedAll.body.items.map((item: { notApproved: string | null; changed: boolean; from: string }) => [
        item.notApproved,
        item.changed,
        item.from,
      ]),
    ).toEqual([
      [null, true, 'Pembatasan ekspor memperlambat kemajuan Cina.'],
      ['from', false, ''],
      ['from', false, ''],
    ]);
    const both = await reviewer.get(`/api/documents/${document.id}/compare?from=approved&to=approved&all=1`);
    expect(both.body.items.map((item: { notApproved: string | null }) => item.notApproved)).toEqual([null, 'both', 'both']);
    const timeline = await reviewer.get(`/api/documents/${document.id}/timeline`);
    expect(timeline.body.items.filter((item: { type: string }) => item.type === 'revision.saved')).toHaveLength(4);
  });

  it('names a bad compare point', async () => {
    const { document } = await buildDocument(h.services);
    const response = await reviewer.get(`/api/documents/${document.id}/compare?from=yesterday`);
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe('from');
  });
});

describe('annotations and the MQM score', () => {
  it('records errors on the MT and on a revision, scores them per 1,000 source words, and withdraws them', async () => {
    const { document, segments } = await buildDocument(h.services);
    const [first] = segments as [Segment];
    const saved = await save(translator, first, 'Pembatasan ekspor memperlambat kemajuan.');
    const onMt = await reviewer.post(`/api/segments/${first.id}/annotations`).send({
      revisionId: null,
      start: 0,
      end: 7,
      category: 'terminology',
      severity: 'major',
      comment: '"export curbs" is "pembatasan ekspor"',
      origin: 'finding:glossary.forbidden',
    });
    expect(onMt.status, JSON.stringify(onMt.body)).toBe(201);
    expect(onMt.body).toMatchObject({
      quote: 'Trotoar',
      revisionId: null,
      author: { name: 'Test reviewer' },
      origin: 'finding:glossary.forbidden',
    });
    const onRevision = await reviewer
      .post(`/api/segments/${first.id}/annotations`)
      .send({ revisionId: saved.current?.id, start: 31, end: 39, category: 'fluency/spelling', severity: 'minor' });
    expect(onRevision.status).toBe(201);
    expect(onRevision.body.quote).toBe('kemajuan');

    // 4 + 4 source words ("Export curbs slowed progress." and "The weather is nice."), none in the third
    const quality = await translator.get(`/api/documents/${document.id}/quality`);
    expect(quality.body).toMatchObject({ sourceWords: 8, errors: 2, penalty: 6, perThousand: 750 });
    expect(quality.body.byCategory.terminology).toEqual({ errors: 1, penalty: 5 });
    expect(quality.body.byVersion).toEqual({ mt: { errors: 1, penalty: 5 }, revisions: { errors: 1, penalty: 1 } });
    expect(quality.body.segments[0]).toMatchObject({ segmentId: first.id, sourceWords: 4, penalty: 6, perThousand: 1500 });

    const weighted = await editor.put(`/api/documents/${document.id}/quality/weights`).send({ minor: 2, major: 10, critical: 50 });
    expect(weighted.body).toMatchObject({ penalty: 12, weights: { minor: 2, major: 10, critical: 50 } });

    const csv = await reviewer.get(`/api/documents/${document.id}/quality/export?table=errors`);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toContain(`quality-${document.id}-errors.csv`);
    expect(csv.text).toContain(
      '1,machine translation,0,7,Trotoar,terminology,major,10,"""export curbs"" is ""pembatasan ekspor""",Test reviewer',
    );
    const perSegment = await reviewer.get(`/api/documents/${document.id}/quality/export?table=segments`);
    expect(perSegment.text).toContain('document,8,2,12,1500');

    expect((await reviewer.delete(`/api/annotations/${onMt.body.id}`)).status).toBe(204);
    expect((await reviewer.delete(`/api/annotations/${onMt.body.id}`)).status).toBe(404);
    const after = await reviewer.get(`/api/documents/${document.id}/quality`);
    expect(after.body).toMatchObject({ errors: 1, penalty: 2 });
    // withdrawn, not deleted: still in the database, marked (the contract suite shows it refuses a delete)
    const rows = ((await h.store.dump()).annotations ?? []).map(
      (row) => JSON.parse(row as string) as { id: number; removed_at: string | null },
    );
    expect(rows.find((row) => row.id === onMt.body.id)?.removed_at).toEqual(expect.any(String));
  });

  it('refuses spans outside the text, empty or reversed, split characters, and revisions of other segments', async () => {
    const { segments } = await buildDocument(h.services, {
      segments: [
        { source: 'A rocket', mt: 'Roket 🚀 meluncur' },
        { source: 'Other', mt: 'Lain' },
      ],
    });
    const [first, second] = segments as [Segment, Segment];
    const other = await save(translator, second, 'Yang lain');
    const post = (body: Record<string, unknown>) =>
      reviewer
        .post(`/api/segments/${first.id}/annotations`)
        .send({ revisionId: null, start: 0, end: 5, category: 'style', severity: 'minor', ...body });
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ end: 99 }, 'end'],
      [{ start: 3, end: 3 }, 'end'],
      [{ start: 7, end: 9 }, 'start'], // 🚀 is two code units at 6-8
      [{ category: 'vibes' }, 'category'],
      [{ severity: 'fatal' }, 'severity'],
      [{ revisionId: other.current?.id }, 'revisionId'],
      [{ origin: 'made up' }, 'origin'],
    ];
    for (const [body, field] of cases) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.field).toBe(field);
    }
    expect((await post({ start: 6, end: 8 })).status).toBe(201);
  });

  it("offers an editor's corrections of a submitted text as annotations with a suggested category", async () => {
    const { document, segments } = await buildDocument(h.services);
    const [first] = segments as [Segment];
    const submitted = await submit(translator, await save(translator, first, 'Trotoar ekspor memperlambat kemajuan Cina.'));
    await save(editor, submitted, 'Pembatasan ekspor memperlambat kemajuan Cina.');
    const candidates = await reviewer.get(`/api/documents/${document.id}/annotation-candidates`);
    expect(candidates.body.items).toEqual([
      expect.objectContaining({
        revisionId: submitted.current?.id,
        quote: 'Trotoar',
        removed: 'Trotoar',
        replacement: 'Pembatasan',
        category: 'accuracy/mistranslation',
        editor: { id: h.users.editor.id, name: 'Test editor' },
      }),
    ]);
    const candidate = candidates.body.items[0];
    const recorded = await reviewer.post(`/api/segments/${first.id}/annotations`).send({
      revisionId: candidate.revisionId,
      start: candidate.start,
      end: candidate.end,
      category: candidate.category,
      severity: 'major',
      origin: `edit:${candidate.fixedInRevisionId}`,
    });
    expect(recorded.status).toBe(201);
    expect((await reviewer.get(`/api/documents/${document.id}/annotation-candidates`)).body.items).toEqual([]);
  });
});

describe('comments and effort', () => {
  it('keeps a thread per segment in order, with author and time', async () => {
    const { document, segments } = await buildDocument(h.services);
    const [first] = segments as [Segment];
    await reviewer.post(`/api/segments/${first.id}/comments`).send({ body: 'Is "trotoar" right here?' });
    await translator.post(`/api/segments/${first.id}/comments`).send({ body: '  No: it means sidewalk.  ' });
    const thread = await translator.get(`/api/segments/${first.id}/comments`);
    expect(thread.body.items.map((c: { author: { name: string }; body: string }) => [c.author.name, c.body])).toEqual([
      ['Test reviewer', 'Is "trotoar" right here?'],
      ['Test translator', 'No: it means sidewalk.'],
    ]);
    expect((await h.api.get(`/api/documents/${document.id}/comments`)).body.items).toHaveLength(2);
    const empty = await translator.post(`/api/segments/${first.id}/comments`).send({ body: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.field).toBe('body');
  });

  it('sums editing time per segment and person, and reports the edit rate MT to approved', async () => {
    const { document, segments } = await buildDocument(h.services);
    const [first] = segments as [Segment];
    // a report claims no more than has passed: let the time pass on the server's clock
    ahead += 60_000;
    expect((await translator.post(`/api/segments/${first.id}/effort`).send({ ms: 30_000 })).status).toBe(204);
    ahead += 20_000;
    expect((await translator.post(`/api/segments/${first.id}/effort`).send({ ms: 15_000 })).status).toBe(204);
    expect((await editor.post(`/api/segments/${first.id}/effort`).send({ ms: 5_000 })).status).toBe(204);
    const bad = await translator.post(`/api/segments/${first.id}/effort`).send({ ms: -5 });
    expect(bad.status).toBe(400);
    const submitted = await submit(translator, await save(translator, first, 'Pembatasan ekspor memperlambat kemajuan.'));
    await editor.post(`/api/revisions/${submitted.current?.id}/approve`);
    const report = await editor.get(`/api/documents/${document.id}/effort`);
    expect(report.body.document).toEqual({ editRate: { edits: 1, length: 5, rate: 0.2 }, approvedSegments: 1, ms: 50_000 });
    expect(report.body.segments[0]).toEqual({ segmentId: first.id, position: 1, editRate: { edits: 1, length: 5, rate: 0.2 }, ms: 50_000 });
    expect(report.body.segments[1].editRate).toBeNull();
    expect(report.body.people[0]).toEqual({
      user: { id: h.users.translator.id, name: 'Test translator' },
      ms: 45_000,
      segments: 1,
      revisions: 1,
      editRate: { edits: 1, length: 5, rate: 0.2 },
    });
  });
});

describe('bulk revert', () => {
  it("previews, then undoes one person's revisions as new revisions, leaving segments others changed since", async () => {
    const { document, segments } = await buildDocument(h.services);
    const [first, second, third] = segments as [Segment, Segment, Segment];
    await save(translator, first, 'Pembatasan ekspor memperlambat kemajuan.');
    await save(editor, second, 'Cuaca hari ini bagus.');
    await save(translator, second, 'Cuaca hari ini cerah.'); // back to the editor's text
    await save(translator, third, 'Kembali ke atas');
    await save(editor, third, 'Ke atas'); // the editor changed it after: left alone
    const filter = { userId: h.users.translator.id };
    const preview = await editor.post(`/api/documents/${document.id}/revert/preview`).send(filter);
    expect(preview.status).toBe(200);
    expect(
      preview.body.items.map((item: { position: number; currentText: string; restoreText: string }) => [
        item.position,
        item.currentText,
        item.restoreText,
      ]),
    ).toEqual([
      [1, 'Pembatasan ekspor memperlambat kemajuan.', 'Trotoar ekspor memperlambat kemajuan.'],
      [2, 'Cuaca hari ini cerah.', 'Cuaca hari ini bagus.'],
    ]);
    expect(preview.body.skipped).toEqual([{ segmentId: third.id, position: 3, reason: 'changed_since' }]);

    const expectVersions = preview.body.items.map((item: { segmentId: number; version: number }) => ({
      segmentId: item.segmentId,
      version: item.version,
    }));
    const reverted = await editor.post(`/api/documents/${document.id}/revert`).send({ filter, expect: expectVersions });
    expect(reverted.status, JSON.stringify(reverted.body)).toBe(200);
    expect(reverted.body.reverted).toBe(2);
    expect((await h.api.get(`/api/segments/${first.id}`)).body.current).toMatchObject({
      text: 'Trotoar ekspor memperlambat kemajuan.',
      author: { name: 'Test editor' },
    });
    // history is kept: the revert is one more revision
    expect((await h.api.get(`/api/segments/${first.id}/revisions`)).body.items).toHaveLength(2);

    // a second apply with the old preview changes nothing and says why
    const stale = await editor.post(`/api/documents/${document.id}/revert`).send({ filter, expect: expectVersions });
    expect(stale.status).toBe(409);
    expect((await h.api.get(`/api/segments/${first.id}/revisions`)).body.items).toHaveLength(2);

    // the revert can be reverted in turn
    const undo = await editor
      .post(`/api/documents/${document.id}/revert/preview`)
      .send({ userId: h.users.editor.id, from: reverted.body.segments[0].current.createdAt });
    expect(undo.body.items.map((item: { restoreText: string }) => item.restoreText)).toEqual([
      'Pembatasan ekspor memperlambat kemajuan.',
      'Cuaca hari ini cerah.',
    ]);
  });

  it('needs a person or a time range', async () => {
    const { document } = await buildDocument(h.services);
    const response = await editor.post(`/api/documents/${document.id}/revert/preview`).send({});
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe('userId');
  });
});

describe('live feed', () => {
  let server: Awaited<ReturnType<typeof listen>>;
  let url: string;
  beforeAll(async () => {
    server = await listen(h.app);
    url = server.url;
  });
  afterAll(() => server.close());

  interface Received {
    event: string;
    id?: string;
    data: Record<string, unknown>;
  }

  /** Opens the feed like EventSource does and collects its events until closed. */
  async function open(documentId: number, username: string, headers: Record<string, string> = {}) {
    const { cookie } = await signIn(url, username, TEST_PASSWORD);
    const controller = new AbortController();
    const response = await fetch(`${url}/api/documents/${documentId}/live`, {
      headers: { cookie, accept: 'text/event-stream', ...headers },
      signal: controller.signal,
    });
    const events: Received[] = [];
    const reader = response.body?.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const reading = (async () => {
      try {
        for (;;) {
          const chunk = await reader?.read();
          if (!chunk || chunk.done) return;
          buffer += decoder.decode(chunk.value, { stream: true });
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const fields = Object.fromEntries(
              block
                .split('\n')
                .filter((line) => !line.startsWith(':') && line.includes(': '))
                .map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)]),
            );
            if (fields.data)
              events.push({ event: fields.event ?? 'message', ...(fields.id ? { id: fields.id } : {}), data: JSON.parse(fields.data) });
            end = buffer.indexOf('\n\n');
          }
        }
      } catch {
        // aborted
      }
    })();
    const until = async (predicate: (events: Received[]) => boolean, ms = 10_000) => {
      const deadline = Date.now() + ms;
      while (!predicate(events)) {
        if (Date.now() > deadline) throw new Error(`not received within ${ms} ms: ${JSON.stringify(events)}`);
        await pause(20);
      }
    };
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      events,
      until,
      close: async () => {
        controller.abort();
        await reading;
      },
    };
  }

  // how fast is measured by `npm run bench` (live section), not asserted here
  it('sends each change with the segment as it now stands, and who has the document open', async () => {
    const { document, segments } = await buildDocument(h.services);
    const [first] = segments as [Segment];
    const watching = await open(document.id, 'reviewer');
    expect(watching.status).toBe(200);
    expect(watching.contentType).toMatch(/^text\/event-stream/);
    await watching.until((events) => events.some((e) => e.event === 'presence'));
    const second = await open(document.id, 'editor');
    await watching.until((events) => events.some((e) => e.event === 'presence' && (e.data.users as unknown[]).length === 2));

    await save(translator, first, 'Pembatasan ekspor memperlambat kemajuan.');
    await watching.until((events) => events.some((e) => e.event === 'change'));
    const change = watching.events.find((e) => e.event === 'change') as Received;
    expect(change.data).toMatchObject({
      type: 'revision.saved',
      segmentId: first.id,
      actor: { name: 'Test translator' },
      segment: { id: first.id, version: 1, current: { text: 'Pembatasan ekspor memperlambat kemajuan.' } },
    });
    expect(Number(change.id)).toBe(change.data.id);

    await second.close();
    await watching.until((events) => {
      const presence = events.filter((e) => e.event === 'presence');
      return (presence[presence.length - 1]?.data.users as unknown[]).length === 1;
    });
    await watching.close();
  });

  it('sends the segments whose findings a glossary change moved, as they now stand', async () => {
    const { document, segments } = await buildDocument(h.services, {
      title: 'Recheck',
      sourceLang: 'en',
      targetLang: 'id',
      segments: [
        { source: 'The ferry leaves at dawn.', mt: 'Rakit berangkat saat fajar.' },
        { source: 'Nothing here changes.', mt: 'Tidak ada yang berubah di sini.' },
      ],
    });
    const [ferry] = segments as [Segment];
    await h.services.checks.drain(document.id);
    const feed = await open(document.id, 'reviewer');
    await feed.until((events) => events.some((e) => e.event === 'presence'));
    const added = await h.api
      .post('/api/glossary/terms')
      .send({ sourceLang: 'en', targetLang: 'id', source: 'ferry', target: 'feri', forbidden: ['rakit'] });
    expect(added.status).toBe(201);
    await h.services.checks.restamp();
    await h.services.checks.drain(document.id);
    await feed.until((events) => events.some((e) => e.event === 'change' && e.data.type === 'document.rechecked'));
    const change = feed.events.find((e) => e.data.type === 'document.rechecked') as Received;
    expect(change.data.payload).toEqual({ segmentIds: [ferry.id], segments: 1 });
    const [sent] = change.data.segments as Segment[];
    expect(sent?.id).toBe(ferry.id);
    expect(sent?.check?.mt).toEqual([expect.objectContaining({ rule: 'glossary.forbidden', text: 'Rakit', suggestion: 'Feri' })]);
    expect(change.data.document).toBeDefined();
    await feed.close();
    expect((await h.api.delete(`/api/glossary/terms/${added.body.id}`)).status).toBe(200);
  });

  it('replays what a reconnecting client missed after the Last-Event-ID it sends', async () => {
    const { document, segments } = await buildDocument(h.services);
    const [first, second] = segments as [Segment, Segment];
    const feed = await open(document.id, 'reviewer');
    await save(translator, first, 'Satu.');
    await feed.until((events) => events.some((e) => e.event === 'change'));
    const lastSeen = feed.events.filter((e) => e.event === 'change').at(-1)?.id as string;
    await feed.close();

    // while disconnected
    await save(translator, first, 'Dua.');
    await reviewer.post(`/api/segments/${second.id}/comments`).send({ body: 'Lihat ini.' });

    const again = await open(document.id, 'reviewer', { 'last-event-id': lastSeen });
    await again.until((events) => events.filter((e) => e.event === 'change').length === 2);
    expect(again.events.filter((e) => e.event === 'change').map((e) => e.data.type)).toEqual(['revision.saved', 'comment.created']);
    await again.close();
  });

  it('refuses people without a session or without access to the document', async () => {
    const { document } = await buildDocument(h.services);
    expect((await fetch(`${url}/api/documents/${document.id}/live`)).status).toBe(401);
    await h.services.people.createUser(
      {
        username: 'stranger',
        displayName: 'Stranger',
        role: null,
        passwordHash: (await h.services.people.userByName('translator'))?.passwordHash ?? '',
      },
      1,
    );
    const stranger = await open(document.id, 'stranger');
    expect(stranger.status).toBe(404);
    await stranger.close();
  });
});

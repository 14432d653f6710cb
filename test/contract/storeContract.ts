/**
 * The store's contract: everything the services promise, run against SQLite and against a real
 * PostgreSQL server alike (sqlite.test.ts, postgres.test.ts). Writers race from two connections
 * (this process and a child with its own): of saves against one version exactly one wins and none
 * that was acknowledged is lost; sign-in attempts and effort reports sent at once are counted one
 * after the other; duplicates are refused once. Nothing here reaches past the services into a
 * driver, except to prove the database itself refuses to forget (a raw statement on its own
 * connection).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/passwords';
import { createServices, type Services } from '../../server/services';
import { openStore, type StoreConfig } from '../../server/store';
import { LOCAL_USER_ID, SYSTEM_USER_ID, type SaveRevisionOutcome } from '../../server/store/types';
import type { GlossaryTermInput, Segment } from '../../shared/schemas';
import { UNDO_FROM_CONSISTENCY_COUNTS } from '../helpers/migrations';
import { startStoreProcess, type StoreProcess } from '../helpers/storeProcess';

export interface ContractDatabase {
  config: StoreConfig;
  /** Runs a statement on a connection of its own (not the store's). */
  raw: (sql: string) => Promise<void>;
  drop: () => Promise<void>;
}

const TERM = (source: string, target: string, extra: Partial<GlossaryTermInput> = {}): GlossaryTermInput => ({
  source,
  target,
  forbidden: [],
  note: '',
  doNotTranslate: false,
  caseSensitive: false,
  ...extra,
});

export function describeStoreContract(name: string, dialect: 'sqlite' | 'postgres', create: () => Promise<ContractDatabase>): void {
  describe(`the store on ${name}`, () => {
    let database: ContractDatabase;
    let services: Services;
    let other: StoreProcess;
    let hash: string;

    beforeAll(async () => {
      database = await create();
      services = createServices(await openStore(database.config));
      other = await startStoreProcess(database.config);
      hash = await hashPassword('kopi tubruk di teras', { N: 1024, r: 8, p: 1 });
    }, 60_000);
    afterAll(async () => {
      await other.stop();
      await services.store.close();
      await database.drop();
    });

    async function documentOf(count = 3, title = 'Kontrak') {
      const document = await services.documents.create(
        {
          title,
          sourceLang: 'en',
          targetLang: 'id',
          segments: Array.from({ length: count }, (_, k) => ({
            source: `Export curbs ${k} slowed progress.`,
            mt: `Trotoar ekspor ${k} memperlambat kemajuan.`,
          })),
        },
        SYSTEM_USER_ID,
      );
      return { document, segments: await services.documents.segments(document.id) };
    }

    async function person(username: string, role: 'translator' | 'editor' | 'reviewer' | 'admin' | null = 'translator') {
      const outcome = await services.people.createUser({ username, displayName: username, role, passwordHash: hash }, SYSTEM_USER_ID);
      if (outcome.kind !== 'done') throw new Error(`user ${username}`);
      return outcome.user;
    }

    it(`speaks ${dialect}`, () => {
      expect(services.store.dialect).toBe(dialect);
    });

    describe('documents and segments', () => {
      it('creates a document with its segments in order, counts them, and lists it', async () => {
        const { document, segments } = await documentOf(4, 'Urutan');
        expect(document).toMatchObject({ title: 'Urutan', sourceLang: 'en', targetLang: 'id', segmentCount: 4 });
        expect(document.counts).toEqual({ untouched: 4, draft: 0, submitted: 0, approved: 0, rejected: 0 });
        expect(segments.map((s) => s.position)).toEqual([1, 2, 3, 4]);
        expect(segments.every((s) => s.version === 0 && s.status === 'untouched' && s.current === null)).toBe(true);
        expect((await services.documents.list()).map((d) => d.id)).toContain(document.id);
        expect(await services.documents.isEmpty()).toBe(false);
        expect(await services.documents.lastEventId(document.id)).toBeGreaterThan(0);
      });

      it('pages by offset and by position either way, filters by status, finds text (folded)', async () => {
        const { document, segments } = await documentOf(30, 'Halaman');
        const page = await services.documents.page(document.id, { offset: 10, limit: 5, status: 'all' });
        expect(page.total).toBe(30);
        expect(page.items.map((s) => s.position)).toEqual([11, 12, 13, 14, 15]);
        const after = await services.documents.page(document.id, { offset: 0, after: 27, limit: 5, status: 'all' });
        expect(after).toMatchObject({ total: 30, offset: 27 });
        expect(after.items.map((s) => s.position)).toEqual([28, 29, 30]);
        const before = await services.documents.page(document.id, { offset: 0, before: 4, limit: 5, status: 'all' });
        expect(before).toMatchObject({ total: 30, offset: 0 });
        expect(before.items.map((s) => s.position)).toEqual([1, 2, 3]);
        const found = await services.documents.page(document.id, { offset: 0, limit: 50, status: 'all', q: 'EXPORT CURBS 17 ' });
        expect(found.items.map((s) => s.position)).toEqual([18]);
        // keyset paging through a filtered list says where each page stands in it
        const tens = await services.documents.page(document.id, { offset: 0, after: 5, limit: 2, status: 'all', q: 'curbs 1' });
        expect(tens).toMatchObject({ total: 11, offset: 1 });
        expect(tens.items.map((s) => s.position)).toEqual([11, 12]);
        const backwards = await services.documents.page(document.id, { offset: 0, before: 15, limit: 2, status: 'all', q: 'curbs 1' });
        expect(backwards).toMatchObject({ total: 11, offset: 3 });
        expect(backwards.items.map((s) => s.position)).toEqual([13, 14]);
        await services.revisions.save({
          segmentId: segments[4]!.id,
          text: 'Sunting ÜBER Ｗｉｄｅ.',
          baseVersion: 0,
          authorId: LOCAL_USER_ID,
        });
        expect(
          (await services.documents.page(document.id, { offset: 0, limit: 50, status: 'draft' })).items.map((s) => s.position),
        ).toEqual([5]);
        // what still needs work: untouched, draft and rejected, not submitted nor approved
        const submitted = await services.revisions.save({
          segmentId: segments[6]!.id,
          text: 'Diajukan.',
          baseVersion: 0,
          authorId: LOCAL_USER_ID,
        });
        if (submitted.kind !== 'created') throw new Error('not saved');
        await services.revisions.transition({ revisionId: submitted.revision.id, action: 'submit', actorId: LOCAL_USER_ID });
        const open = await services.documents.page(document.id, { offset: 0, after: 4, limit: 3, status: 'open' });
        expect(open.items.map((s) => s.position)).toEqual([5, 6, 8]);
        expect(open).toMatchObject({ total: 29, offset: 4 });
        expect((await services.documents.page(document.id, { offset: 0, limit: 1, status: 'open' })).total).toBe(29);
        // case and width folded the same way on both databases
        expect(
          (await services.documents.page(document.id, { offset: 0, limit: 50, status: 'all', q: 'über wide' })).items.map(
            (s) => s.position,
          ),
        ).toEqual([5]);
      });

      it("keeps an imported file and each segment's origin", async () => {
        const document = await services.documents.create(
          {
            title: 'Berkas',
            sourceLang: 'en',
            targetLang: 'id',
            segments: [
              { source: 'a', mt: 'b' },
              { source: 'c', mt: 'd' },
            ],
          },
          SYSTEM_USER_ID,
          {
            name: 'x.xlf',
            format: 'xliff-1.2',
            content: '<xliff/>',
            segments: [
              { key: 'f/1', codes: [], notes: ['catatan'], state: null },
              { key: 'f/2', codes: [], notes: [], state: 'final' },
            ],
          },
        );
        const file = await services.documents.file(document.id);
        expect(file).toMatchObject({ name: 'x.xlf', format: 'xliff-1.2', content: '<xliff/>' });
        expect([...(file?.origins.values() ?? [])]).toEqual(['f/1', 'f/2']);
        expect(await services.documents.fileFormat(document.id)).toBe('xliff-1.2');
        expect((await services.documents.segments(document.id))[0]?.notes).toEqual(['catatan']);
      });
    });

    describe('the save protocol', () => {
      it('creates, refuses a stale version with the segment as it is, and sees an unchanged text', async () => {
        const { segments } = await documentOf(1);
        const segment = segments[0] as Segment;
        const first = await services.revisions.save({ segmentId: segment.id, text: 'Satu.', baseVersion: 0, authorId: LOCAL_USER_ID });
        expect(first).toMatchObject({ kind: 'created', segment: { version: 1, status: 'draft', current: { text: 'Satu.' } } });
        const stale = await services.revisions.save({ segmentId: segment.id, text: 'Dua.', baseVersion: 0, authorId: LOCAL_USER_ID });
        expect(stale).toMatchObject({ kind: 'conflict', segment: { version: 1, current: { text: 'Satu.' } } });
        expect(
          await services.revisions.save({ segmentId: segment.id, text: 'Satu.', baseVersion: 1, authorId: LOCAL_USER_ID }),
        ).toMatchObject({ kind: 'unchanged' });
        expect(await services.revisions.save({ segmentId: 999_999, text: 'x', baseVersion: 0, authorId: LOCAL_USER_ID })).toEqual({
          kind: 'not_found',
        });
        expect((await services.revisions.history(segment.id))?.map((r) => r.text)).toEqual(['Satu.']);
        expect(await services.revisions.history(999_999)).toBeUndefined();
      });

      it('of twenty saves against one version, sent at once from two connections, exactly one wins and it is what is stored', async () => {
        const { segments } = await documentOf(1);
        const segment = segments[0] as Segment;
        for (let round = 0; round < 3; round += 1) {
          const current = (await services.documents.segment(segment.id)) as Segment;
          const attempts = Array.from({ length: 20 }, (_, k) => {
            const input = {
              segmentId: segment.id,
              text: `Putaran ${round} penulis ${k}.`,
              baseVersion: current.version,
              authorId: LOCAL_USER_ID,
            };
            return k % 2 === 0 ? services.revisions.save(input) : other.call<SaveRevisionOutcome>('revisions', 'save', input);
          });
          const outcomes = await Promise.all(attempts);
          const winners = outcomes.filter((o) => o.kind === 'created');
          expect(winners, `round ${round}`).toHaveLength(1);
          expect(outcomes.filter((o) => o.kind === 'conflict')).toHaveLength(19);
          const stored = (await services.documents.segment(segment.id)) as Segment;
          expect(stored.version).toBe(current.version + 1);
          expect(stored.current?.text).toBe(winners[0]?.kind === 'created' ? winners[0].revision.text : '');
        }
        expect(await services.revisions.history(segment.id)).toHaveLength(3);
      });

      it('twenty writers on twenty segments over two connections, each retrying on conflict: every acknowledged save is stored', async () => {
        const { segments } = await documentOf(20);
        const acknowledged: Array<{ segmentId: number; text: string }> = [];
        await Promise.all(
          Array.from({ length: 20 }, async (_, writer) => {
            for (let n = 0; n < 5; n += 1) {
              const segment = segments[(writer + n) % segments.length] as Segment;
              const text = `Penulis ${writer} simpanan ${n}.`;
              for (let tries = 0; tries < 50; tries += 1) {
                const base = ((await services.documents.segment(segment.id)) as Segment).version;
                const input = { segmentId: segment.id, text, baseVersion: base, authorId: LOCAL_USER_ID };
                const outcome =
                  writer % 2 === 0
                    ? await services.revisions.save(input)
                    : await other.call<SaveRevisionOutcome>('revisions', 'save', input);
                if (outcome.kind === 'created') {
                  acknowledged.push({ segmentId: segment.id, text });
                  break;
                }
              }
            }
          }),
        );
        expect(acknowledged).toHaveLength(100);
        for (const segment of segments) {
          const texts = ((await services.revisions.history(segment.id)) ?? []).map((r) => r.text).sort();
          expect(texts).toEqual(
            acknowledged
              .filter((a) => a.segmentId === segment.id)
              .map((a) => a.text)
              .sort(),
          );
        }
      }, 120_000);
    });

    describe('the workflow', () => {
      it('submits, approves (publishing the text) and rejects, only from the right state and only the current revision', async () => {
        const { segments } = await documentOf(2);
        const [a, b] = segments as [Segment, Segment];
        const saved = await services.revisions.save({ segmentId: a.id, text: 'Teks A.', baseVersion: 0, authorId: LOCAL_USER_ID });
        if (saved.kind !== 'created') throw new Error('save');
        expect(
          await services.revisions.transition({ revisionId: saved.revision.id, action: 'approve', actorId: SYSTEM_USER_ID }),
        ).toMatchObject({
          kind: 'invalid',
          reason: 'wrong_state',
          allowedFrom: 'submitted',
        });
        const submitted = await services.revisions.transition({
          revisionId: saved.revision.id,
          action: 'submit',
          actorId: LOCAL_USER_ID,
          comment: 'siap',
        });
        expect(submitted).toMatchObject({
          kind: 'done',
          revision: { state: 'submitted', comment: 'siap' },
          segment: { status: 'submitted', version: 2 },
        });
        expect(
          await services.revisions.transition({
            revisionId: saved.revision.id,
            action: 'approve',
            actorId: SYSTEM_USER_ID,
            baseVersion: 1,
          }),
        ).toMatchObject({ kind: 'conflict' });
        const approved = await services.revisions.transition({
          revisionId: saved.revision.id,
          action: 'approve',
          actorId: SYSTEM_USER_ID,
          baseVersion: 2,
        });
        expect(approved).toMatchObject({
          kind: 'done',
          revision: { state: 'approved', decidedBy: { id: SYSTEM_USER_ID } },
          segment: { status: 'approved', approvedText: 'Teks A.' },
        });
        // a newer draft leaves the published text as it was; the older revision is superseded
        const newer = await services.revisions.save({ segmentId: a.id, text: 'Teks A baru.', baseVersion: 3, authorId: LOCAL_USER_ID });
        expect(newer).toMatchObject({ kind: 'created', segment: { approvedText: 'Teks A.', status: 'draft' } });
        expect(
          await services.revisions.transition({ revisionId: saved.revision.id, action: 'reject', actorId: SYSTEM_USER_ID, comment: 'x' }),
        ).toMatchObject({
          kind: 'invalid',
          reason: 'superseded',
        });
        const other1 = await services.revisions.save({ segmentId: b.id, text: 'Teks B.', baseVersion: 0, authorId: LOCAL_USER_ID });
        if (other1.kind !== 'created') throw new Error('save');
        await services.revisions.transition({ revisionId: other1.revision.id, action: 'submit', actorId: LOCAL_USER_ID });
        const queue = await services.revisions.queue('all');
        expect(queue.map((item) => item.revision.id)).toContain(other1.revision.id);
        expect(
          await services.revisions.transition({
            revisionId: other1.revision.id,
            action: 'reject',
            actorId: SYSTEM_USER_ID,
            comment: 'perbaiki',
          }),
        ).toMatchObject({
          kind: 'done',
          revision: { state: 'rejected', comment: 'perbaiki' },
          segment: { status: 'rejected' },
        });
        expect(await services.revisions.transition({ revisionId: 999_999, action: 'submit', actorId: LOCAL_USER_ID })).toEqual({
          kind: 'not_found',
        });
        // the texts alone (what compare and quality read): the published text apart from the newer draft
        const texts = await services.documents.texts(a.documentId);
        expect(texts).toEqual([
          {
            id: a.id,
            position: a.position,
            source: a.source,
            mt: a.mt,
            current: { id: (newer as { revision: { id: number } }).revision.id, text: 'Teks A baru.' },
            approvedRevisionId: saved.revision.id,
            approvedText: 'Teks A.',
          },
          {
            id: b.id,
            position: b.position,
            source: b.source,
            mt: b.mt,
            current: { id: other1.revision.id, text: 'Teks B.' },
            approvedRevisionId: null,
            approvedText: null,
          },
        ]);
      });

      it('of two decisions on one submitted revision made at once from two connections, one is made', async () => {
        const { segments } = await documentOf(1);
        const segment = segments[0] as Segment;
        const saved = await services.revisions.save({ segmentId: segment.id, text: 'Putuskan.', baseVersion: 0, authorId: LOCAL_USER_ID });
        if (saved.kind !== 'created') throw new Error('save');
        await services.revisions.transition({ revisionId: saved.revision.id, action: 'submit', actorId: LOCAL_USER_ID });
        const outcomes = await Promise.all([
          services.revisions.transition({ revisionId: saved.revision.id, action: 'approve', actorId: SYSTEM_USER_ID }),
          other.call<{ kind: string }>('revisions', 'transition', {
            revisionId: saved.revision.id,
            action: 'reject',
            actorId: SYSTEM_USER_ID,
            comment: 'tidak',
          }),
        ]);
        expect(outcomes.filter((o) => o.kind === 'done')).toHaveLength(1);
        expect(outcomes.filter((o) => o.kind !== 'done').every((o) => o.kind === 'conflict' || o.kind === 'invalid')).toBe(true);
        const events = (await services.revisions.events(segment.documentId)).filter(
          (e) => e.type === 'revision.approved' || e.type === 'revision.rejected',
        );
        expect(events).toHaveLength(1);
      });

      it('reverts all or nothing', async () => {
        const { document, segments } = await documentOf(2);
        const [a, b] = segments as [Segment, Segment];
        await services.revisions.save({ segmentId: a.id, text: 'A1', baseVersion: 0, authorId: LOCAL_USER_ID });
        await services.revisions.save({ segmentId: b.id, text: 'B1', baseVersion: 0, authorId: LOCAL_USER_ID });
        const conflict = await services.revisions.revert(
          document.id,
          [
            { segmentId: a.id, baseVersion: 1, text: a.mt },
            { segmentId: b.id, baseVersion: 0, text: b.mt },
          ],
          SYSTEM_USER_ID,
          {},
        );
        expect(conflict).toEqual({ kind: 'conflict', segmentId: b.id, version: 1 });
        expect((await services.documents.segment(a.id))?.current?.text).toBe('A1');
        const done = await services.revisions.revert(
          document.id,
          [
            { segmentId: a.id, baseVersion: 1, text: a.mt },
            { segmentId: b.id, baseVersion: 1, text: b.mt },
          ],
          SYSTEM_USER_ID,
          { userId: LOCAL_USER_ID },
        );
        expect(done.kind).toBe('done');
        expect((await services.documents.segments(document.id)).map((s) => s.current?.text)).toEqual([a.mt, b.mt]);
        expect((await services.revisions.events(document.id)).map((e) => e.type)).toContain('document.reverted');
        expect((await services.revisions.ofDocument(document.id)).map((r) => r.text)).toEqual(['A1', 'B1', a.mt, b.mt]);
      });
    });

    describe('the event log', () => {
      it('has an event for every change, in order, found by document and by type', async () => {
        const { document, segments } = await documentOf(1);
        const before = await services.revisions.lastEventId();
        await services.revisions.save({ segmentId: segments[0]!.id, text: 'Catat.', baseVersion: 0, authorId: LOCAL_USER_ID });
        const events = await services.revisions.events(document.id);
        expect(events.map((e) => e.type)).toEqual(['document.created', 'revision.saved']);
        expect(events[1]).toMatchObject({ segmentId: segments[0]!.id, actorId: LOCAL_USER_ID, payload: { version: 1 } });
        expect(await services.documents.lastTextEventId(document.id)).toBe(events[1]?.id);
        expect(await services.revisions.lastEventId()).toBeGreaterThan(before);
        expect((await services.revisions.eventsOfTypes(['revision.saved'], before)).map((e) => e.id)).toEqual([events[1]?.id]);
        const activity = await services.documents.activity(document.id, 10);
        expect(activity[0]).toMatchObject({ type: 'revision.saved', position: 1, actorName: 'Local user' });
      });
    });

    describe('people', () => {
      it('creates accounts once, even when two connections add one name at once', async () => {
        const outcomes = await Promise.all([
          services.people.createUser({ username: 'kembar', displayName: 'A', role: null, passwordHash: hash }, SYSTEM_USER_ID),
          other.call<{ kind: string }>(
            'people',
            'createUser',
            { username: 'kembar', displayName: 'B', role: null, passwordHash: hash },
            SYSTEM_USER_ID,
          ),
        ]);
        expect(outcomes.map((o) => o.kind).sort()).toEqual(['done', 'duplicate']);
        expect((await services.people.users()).filter((u) => u.username === 'kembar')).toHaveLength(1);
      });

      it('updates people; disabling or a new password ends their sessions, each logged', async () => {
        const user = await person('sesi');
        const at = new Date().toISOString();
        const expires = new Date(Date.now() + 60_000).toISOString();
        await services.people.createSession({ id: 'sesi-1', userId: user.id, csrfToken: 'c', createdAt: at, expiresAt: expires });
        expect(await services.people.session('sesi-1')).toMatchObject({ userId: user.id, revokedAt: null });
        await services.people.touchSession('sesi-1', expires);
        expect((await services.people.session('sesi-1'))?.lastSeenAt).toBe(expires);
        const renamed = await services.people.updateUser(user.id, { displayName: 'Sesi Baru', role: 'editor' }, SYSTEM_USER_ID);
        expect(renamed).toMatchObject({ displayName: 'Sesi Baru', role: 'editor', disabled: false });
        await services.people.updateUser(user.id, { disabled: true }, SYSTEM_USER_ID);
        expect((await services.people.session('sesi-1'))?.revokedAt).not.toBeNull();
        await services.people.createSession({ id: 'sesi-2', userId: user.id, csrfToken: 'c', createdAt: at, expiresAt: expires });
        expect(await services.people.setPasswordHash(user.id, hash, SYSTEM_USER_ID)).toBe(true);
        expect((await services.people.session('sesi-2'))?.revokedAt).not.toBeNull();
        await services.people.createSession({ id: 'sesi-3', userId: user.id, csrfToken: 'c', createdAt: at, expiresAt: expires });
        await services.people.endSession('sesi-3');
        await services.people.endSession('sesi-3');
        const types = (await services.revisions.eventsOfTypes(['user.updated', 'user.password_set', 'session.ended'], 0)).filter(
          (e) => e.payload.id === user.id || e.payload.userId === user.id,
        );
        expect(types.map((e) => e.type)).toEqual(['user.updated', 'user.updated', 'user.password_set', 'session.ended']);
        expect(await services.people.updateUser(999_999, { displayName: 'x' }, SYSTEM_USER_ID)).toBeUndefined();
      });

      it('resolves access: the document of anything, and the union of global and document roles', async () => {
        const { document, segments } = await documentOf(1);
        const reviewer = await person('ulas', 'reviewer');
        const translator = await person('terjemah', 'translator');
        expect(await services.people.accessTo('segment', segments[0]!.id, { id: translator.id, role: 'translator' })).toEqual({
          documentId: document.id,
          roles: [],
        });
        await services.people.setDocumentRole(document.id, reviewer.id, 'translator', SYSTEM_USER_ID);
        expect(await services.people.accessTo('document', document.id, { id: reviewer.id, role: 'reviewer' })).toEqual({
          documentId: document.id,
          roles: ['translator', 'reviewer'],
        });
        expect(await services.people.documentRole(reviewer.id, document.id)).toBe('translator');
        expect((await services.people.members(document.id)).map((m) => [m.user.username, m.role])).toEqual([['ulas', 'translator']]);
        await services.people.setDocumentRole(document.id, reviewer.id, null, SYSTEM_USER_ID);
        expect(await services.people.members(document.id)).toEqual([]);
        expect(await services.people.accessTo('revision', 999_999, { id: reviewer.id, role: 'reviewer' })).toBeUndefined();
        expect((await services.documents.list({ id: translator.id, role: 'translator' })).map((d) => d.id)).not.toContain(document.id);
        expect(await services.documents.get(document.id, { id: reviewer.id, role: 'reviewer' })).toMatchObject({
          role: 'reviewer',
          roles: ['reviewer'],
        });
      });

      it('counts sign-in attempts sent at once from two connections one after the other', async () => {
        const now = Date.now();
        const keys = [
          { key: 'account:serbu', limit: 5 },
          { key: 'address:192.0.2.1', limit: 100 },
        ];
        const outcomes = await Promise.all(
          Array.from({ length: 30 }, (_, k) =>
            k % 2 === 0
              ? services.people.reserveAttempts(keys, 60_000, now)
              : other.call<{ kind: string }>('people', 'reserveAttempts', keys, 60_000, now),
          ),
        );
        expect(outcomes.filter((o) => o.kind === 'reserved')).toHaveLength(5);
        expect(outcomes.filter((o) => o.kind === 'limited')).toHaveLength(25);
        await services.people.clearAttempts('account:serbu');
        const again = await services.people.reserveAttempts(keys, 60_000, now);
        expect(again.kind).toBe('reserved');
        if (again.kind === 'reserved') await services.people.releaseAttempts(again.ids);
      });

      it('knows who has a document open on any server, and forgets servers that stop beating', async () => {
        const { document } = await documentOf(1);
        const user = await person('hadir');
        await services.people.openFeed({
          id: 'feed-a',
          serverId: 'server-a',
          documentId: document.id,
          userId: user.id,
          userName: 'Hadir',
          sessionId: 's1',
        });
        await other.call('people', 'openFeed', {
          id: 'feed-b',
          serverId: 'server-b',
          documentId: document.id,
          userId: user.id,
          userName: 'Hadir',
          sessionId: 's1',
        });
        expect(await services.people.present(document.id)).toEqual([{ id: user.id, name: 'Hadir' }]);
        expect(await services.people.feedsOfSession('s1')).toBe(2);
        await services.people.closeFeed('feed-a');
        expect(await services.people.feedsOfSession('s1')).toBe(1);
        await services.people.dropServer('server-b');
        expect(await services.people.present(document.id)).toEqual([]);
      });
    });

    describe('glossaries', () => {
      it('writes terms once per folded source, imports, and applies exact tags over bare languages', async () => {
        const pair = { sourceLang: 'en', targetLang: 'id' };
        const created = await services.glossary.create(
          pair,
          TERM('Export curbs', 'pembatasan ekspor', { forbidden: ['trotoar ekspor'] }),
          SYSTEM_USER_ID,
        );
        expect(created).toMatchObject({ kind: 'done', term: { source: 'Export curbs', forbidden: ['trotoar ekspor'] } });
        expect(await services.glossary.create(pair, TERM('export  CURBS', 'x'), SYSTEM_USER_ID)).toMatchObject({ kind: 'duplicate' });
        const racing = await Promise.all([
          services.glossary.create(pair, TERM('chip', 'cip'), SYSTEM_USER_ID),
          other.call<{ kind: string }>('glossary', 'create', pair, TERM('Chip', 'keping'), SYSTEM_USER_ID),
        ]);
        expect(racing.map((o) => o.kind).sort()).toEqual(['done', 'duplicate']);
        const { version: before } = await services.glossary.glossaryFor('en-GB', 'id-ID');
        await services.glossary.create(
          { sourceLang: 'en-GB', targetLang: 'id-ID' },
          TERM('export curbs', 'pembatasan (GB)'),
          SYSTEM_USER_ID,
        );
        const applied = await services.glossary.glossaryFor('en-GB', 'id-ID');
        expect(applied.version).not.toBe(before);
        expect(applied.terms.find((t) => t.source.toLowerCase() === 'export curbs')?.target).toBe('pembatasan (GB)');
        expect((await services.glossary.glossaryFor('en', 'id')).terms.find((t) => t.source === 'Export curbs')?.target).toBe(
          'pembatasan ekspor',
        );
        const imported = await services.glossary.import(pair, [TERM('chip', 'cip'), TERM('model', 'model')], 'replace', SYSTEM_USER_ID);
        expect(imported).toEqual({ added: 1, updated: 1, removed: 1, total: 2 });
        expect((await services.glossary.terms(pair, 'MODEL')).map((t) => t.source)).toEqual(['model']);
        const term = (await services.glossary.terms(pair)).find((t) => t.source === 'model');
        expect(await services.glossary.update(term!.id, TERM('chip', 'y'), SYSTEM_USER_ID)).toMatchObject({ kind: 'duplicate' });
        expect(await services.glossary.delete(term!.id, SYSTEM_USER_ID)).toMatchObject({ source: 'model' });
        expect(await services.glossary.delete(term!.id, SYSTEM_USER_ID)).toBeUndefined();
        expect((await services.glossary.pairs()).find((p) => p.sourceLang === 'en' && p.targetLang === 'id')?.terms).toBe(1);
      });
    });

    describe('reviewing', () => {
      it('annotations are withdrawn once, comments kept in order, weights set', async () => {
        const { document, segments } = await documentOf(1);
        const annotation = await services.review.createAnnotation({
          documentId: document.id,
          segmentId: segments[0]!.id,
          revisionId: null,
          start: 0,
          end: 7,
          quote: 'Trotoar',
          category: 'terminology',
          severity: 'major',
          comment: 'istilah',
          origin: null,
          authorId: SYSTEM_USER_ID,
        });
        expect(await services.review.annotations(document.id)).toEqual([annotation]);
        expect(await services.review.withdrawAnnotation(annotation.id, SYSTEM_USER_ID)).toMatchObject({ id: annotation.id });
        expect(await services.review.withdrawAnnotation(annotation.id, SYSTEM_USER_ID)).toBeUndefined();
        expect(await services.review.annotations(document.id)).toEqual([]);
        expect(await services.review.annotation(annotation.id)).toMatchObject({ removed: true });
        await services.review.createComment({
          documentId: document.id,
          segmentId: segments[0]!.id,
          authorId: SYSTEM_USER_ID,
          body: 'satu',
        });
        await services.review.createComment({ documentId: document.id, segmentId: segments[0]!.id, authorId: LOCAL_USER_ID, body: 'dua' });
        expect((await services.review.comments(document.id)).map((c) => [c.author.name, c.body])).toEqual([
          ['Tilik', 'satu'],
          ['Local user', 'dua'],
        ]);
        expect(await services.review.qualityWeights(document.id)).toBeNull();
        await services.review.setQualityWeights(document.id, { minor: 1, major: 5, critical: 25 }, SYSTEM_USER_ID);
        expect(await services.review.qualityWeights(document.id)).toEqual({ minor: 1, major: 5, critical: 25 });
      });

      it('effort reports sent at once from two connections share the time that passed', async () => {
        const { document, segments } = await documentOf(1);
        const since = new Date(Date.now() - 60_000).toISOString();
        const report = {
          documentId: document.id,
          segmentId: segments[0]!.id,
          userId: LOCAL_USER_ID,
          ms: 50_000,
          since,
          allowanceMs: 5_000,
        };
        const outcomes = await Promise.all(
          Array.from({ length: 10 }, (_, k) =>
            k % 2 === 0 ? services.review.recordEffort(report) : other.call<{ kind: string }>('review', 'recordEffort', report),
          ),
        );
        expect(outcomes.filter((o) => o.kind === 'recorded')).toHaveLength(1);
        expect(await services.review.effortOf(document.id)).toEqual([
          { segmentId: segments[0]!.id, user: { id: LOCAL_USER_ID, name: 'Local user' }, ms: 50_000 },
        ]);
      });
    });

    describe('what the database itself guarantees', () => {
      it('never forgets: revisions, events, comments and annotations cannot be deleted or rewritten', async () => {
        const { segments } = await documentOf(1);
        await services.revisions.save({ segmentId: segments[0]!.id, text: 'asli', baseVersion: 0, authorId: LOCAL_USER_ID });
        await expect(database.raw('DELETE FROM revisions')).rejects.toThrow(/append-only/);
        await expect(database.raw("UPDATE revisions SET text = 'palsu'")).rejects.toThrow(/never change/);
        await expect(database.raw('DELETE FROM events')).rejects.toThrow(/append-only/);
        await expect(database.raw("UPDATE events SET type = 'x'")).rejects.toThrow(/append-only/);
        await expect(database.raw('DELETE FROM annotations')).rejects.toThrow(/withdrawn, never deleted/);
        await expect(database.raw("UPDATE comments SET body = 'x'")).rejects.toThrow(/append-only/);
        expect((await services.revisions.history(segments[0]!.id))?.map((r) => r.text)).toEqual(['asli']);
      });

      it('keeps everything across a reopen, and refuses a schema newer than this Tilik', async () => {
        const { segments } = await documentOf(1);
        await services.revisions.save({ segmentId: segments[0]!.id, text: 'tetap', baseVersion: 0, authorId: LOCAL_USER_ID });
        const reopened = createServices(await openStore(database.config));
        expect((await reopened.documents.segment(segments[0]!.id))?.current?.text).toBe('tetap');
        await reopened.store.close();
        await database.raw("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from the future', '2030-01-01')");
        await expect(openStore(database.config)).rejects.toThrow(/schema version 999/);
        await database.raw('DELETE FROM schema_migrations WHERE version = 999');
      });

      it('lists every table in a dump', async () => {
        const dump = await services.store.dump();
        expect(Object.keys(dump)).toEqual(
          expect.arrayContaining([
            'annotations',
            'comments',
            'document_files',
            'document_roles',
            'documents',
            'effort',
            'events',
            'glossary_terms',
            'presence',
            'revisions',
            'segments',
            'sessions',
            'sign_in_attempts',
            'users',
          ]),
        );
      });
    });

    describe("a reader's page and the document's checks", () => {
      /** Another writer's transaction holding a lock (PostgreSQL: SQLite has one write lock) until released. */
      async function holdLock(key: string): Promise<{ release: () => Promise<void> }> {
        let release = () => {};
        const held = new Promise<void>((resolve) => (release = resolve));
        let taken = () => {};
        const holding = new Promise<void>((resolve) => (taken = resolve));
        const holder = services.store.transaction(async (tx) => {
          await tx.lock([key]);
          taken();
          await held;
        });
        await holding;
        return {
          release: async () => {
            release();
            await holder;
          },
        };
      }

      it('takes a lock without waiting only where no other transaction holds it', async () => {
        const { document } = await documentOf(1, 'Kunci');
        const key = `checks:${document.id}`;
        // a writer holding the document's checks (a save, the background storing)
        if (dialect === 'postgres') {
          const holder = await holdLock(key);
          expect(await services.store.transaction((tx) => tx.tryLock(key))).toBe(false);
          await holder.release();
        }
        // (SQLite: a writing transaction holds the one write lock already)
        expect(await services.store.transaction((tx) => tx.tryLock(key))).toBe(true);
      });

      if (dialect === 'postgres')
        it('is served with its findings while another writer holds the checks, and left queued for the background', async () => {
          const { document, segments } = await documentOf(3, 'Halaman');
          const ids = segments.map((segment) => segment.id);
          expect(await services.store.read.checks.pending(document.id)).toBe(3);
          const holder = await holdLock(`checks:${document.id}`);
          const page = await services.checks.decorate(document.id, segments, true);
          // the MT's "Trotoar ekspor" is checked all the same, and nothing was stored or taken off the queue
          expect(page.map((segment) => segment.check !== null)).toEqual([true, true, true]);
          expect((await services.store.read.checks.stored(ids)).size).toBe(0);
          expect(await services.store.read.checks.pending(document.id)).toBe(3);
          await holder.release();
          // with the checks free, a reader's page is stored as it is served
          const again = await services.checks.decorate(document.id, segments, true);
          expect(again.map((segment) => segment.check !== null)).toEqual([true, true, true]);
          expect((await services.store.read.checks.stored(ids)).size).toBe(3);
          expect(await services.store.read.checks.pending(document.id)).toBe(0);
        });

      if (dialect === 'postgres')
        it("answers a save while another writer holds the checks, and stores the save's findings once they are free", async () => {
          const { document, segments } = await documentOf(2, 'Simpan');
          const [segment] = segments;
          if (!segment) throw new Error('no segment');
          await services.checks.drain(document.id);
          const before = (await services.store.read.checks.stored([segment.id])).get(segment.id);
          expect(before?.revisionId).toBeNull();
          const holder = await holdLock(`checks:${document.id}`);
          // a save that stored its findings in its own transaction would wait here until the end
          const outcome = await services.revisions.save({
            segmentId: segment.id,
            text: 'Pembatasan ekspor 0 memperlambat kemajuan.',
            baseVersion: 0,
            authorId: LOCAL_USER_ID,
          });
          if (outcome.kind !== 'created') throw new Error(outcome.kind);
          expect(outcome.segment.check).not.toBeNull();
          // answered with its findings; stored: the revision, queued, and the findings of the text before
          expect((await services.store.read.checks.stored([segment.id])).get(segment.id)?.revisionId).toBeNull();
          expect(await services.store.read.checks.pending(document.id)).toBe(1);
          await holder.release();
          await services.checks.settled(document.id);
          const after = (await services.store.read.checks.stored([segment.id])).get(segment.id);
          expect(after?.revisionId).toBe(outcome.revision.id);
          // the findings it answered with are those stored (the MT's trotoar is gone from the text)
          expect(after?.current?.findings.map((finding) => finding.rule).sort()).toEqual(
            (outcome.segment.check?.current ?? []).map((finding) => finding.rule).sort(),
          );
          expect(await services.store.read.checks.pending(document.id)).toBe(0);
        });
    });

    // last: it takes the schema back to before repetitions and runs those migrations again
    it('fills the keys of repeated sources and sentences for segments stored before they existed', async () => {
      const shared = 'Unplug the iron. Let it cool down.';
      const created = await services.documents.create(
        {
          title: 'Before the keys',
          sourceLang: 'en',
          targetLang: 'id',
          segments: [
            { source: shared, mt: 'x' },
            { source: shared, mt: 'x' },
            { source: 'Let it cool down.', mt: 'x' },
            { source: 'Store it upright.', mt: 'x' },
          ],
        },
        SYSTEM_USER_ID,
      );
      // a name rendered two ways, checked: consistency's kept counts, to be worked out again below
      const named = await services.documents.create(
        {
          title: 'Before the kept counts',
          sourceLang: 'en',
          targetLang: 'id',
          segments: [
            { source: 'Nelson Mandela spoke.', mt: 'Nelson Mandela berbicara.' },
            { source: 'Later Mandela left.', mt: 'Kemudian Mandela pergi.' },
            { source: 'Mandela returned.', mt: 'Mandella kembali.' },
          ],
        },
        SYSTEM_USER_ID,
      );
      await services.checks.drain(named.id);
      const kept = await services.store.read.checks.consistencyCounts(named.id);
      expect(kept).toEqual({ flagged: 1, only: 1 });
      // as a database of the release before: no keys, no sentences, those migrations not applied
      await database.raw(`${UNDO_FROM_CONSISTENCY_COUNTS}
        DROP TABLE segment_sentences;
        DROP INDEX segments_by_source_key;
        ALTER TABLE segments DROP COLUMN source_key;
        ALTER TABLE documents DROP COLUMN memory;
        ALTER TABLE tm_units DROP COLUMN memory;
        ALTER TABLE document_files DROP COLUMN file_of;
        ALTER TABLE document_files DROP COLUMN byte_order_mark;
        DELETE FROM users WHERE username = '@import';
        DROP TABLE memory_analyses;
        ${dialect === 'postgres' ? 'DROP TABLE tm_unit_words; DROP TABLE tm_word_counts;' : ''}
        DELETE FROM schema_migrations WHERE name LIKE 'repetitions:%' OR name LIKE 'project memories:%' OR name LIKE 'repeated sentences:%'
          OR name LIKE 'one file, several documents%' OR name LIKE 'memory analyses%' OR name LIKE 'the memory''s word index%';`);
      const reopened = await openStore(database.config);
      try {
        const { items } = await reopened.read.documents.page(created.id, { limit: 10, offset: 0, status: 'all' });
        expect(items.map((segment) => [segment.repeats ?? 0, segment.repeatedSentences ?? 0])).toEqual([
          [1, 0],
          [1, 0],
          [0, 1],
          [0, 0],
        ]);
        // worked out from the renderings stored
        expect(await reopened.read.checks.consistencyCounts(named.id)).toEqual(kept);
        const flagged = await reopened.read.documents.page(named.id, {
          limit: 10,
          offset: 0,
          status: 'all',
          rule: 'consistency',
          findings: 'with',
        });
        expect(flagged.items.map((segment) => segment.position)).toEqual([3]);
      } finally {
        await reopened.close();
      }
    });
  });
}

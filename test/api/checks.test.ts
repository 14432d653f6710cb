/**
 * Findings stored per segment and counts kept as texts change must be exactly what checking the
 * whole document afresh finds: on the demo, on a document whose names are rendered several ways
 * while translators change which rendering wins, after a glossary change, and through the filters.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { checkDocument, checkPair, compileGlossary, SENTENCE_MARK, type Finding } from '../../shared/qa';
import { isSentenceName, sentenceRef } from '../../shared/qa/rules/consistency';
import { DocumentFindings, FindingsPage, SegmentPage, type Segment } from '../../shared/schemas';
import { seedDemoIfEmpty } from '../../server/demo/seed';
import { SYSTEM_USER_ID } from '../../server/store/types';
import { createServices } from '../../server/services';
import type { CheckRequest } from '../../server/checks/compute';
import { sharedCheckPool, type TaskRunner } from '../../server/workers/pool';
import { createHarness, TEST_COST, type Harness } from '../helpers/api';

describe.each(['sqlite', 'postgres'] as const)('findings stored per segment, on %s', (database) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ database });
  });
  afterAll(async () => {
    await h.close();
  });

  interface Expected {
    id: number;
    position: number;
    mt: Finding[];
    current: Finding[] | null;
  }

  /** What checking the whole document afresh finds, segment by segment (as Tilik did before it stored findings). */
  async function recompute(documentId: number): Promise<Expected[]> {
    const document = await h.services.documents.get(documentId);
    if (!document) throw new Error('no document');
    const segments = await h.services.documents.segments(documentId);
    const { terms } = await h.services.glossary.glossaryFor(document.sourceLang, document.targetLang);
    const options = {
      sourceLang: document.sourceLang,
      targetLang: document.targetLang,
      glossary: compileGlossary(terms, document.sourceLang, document.targetLang),
    };
    const standing = checkDocument(
      segments.map((s) => ({ source: s.source, target: s.current?.text ?? s.mt })),
      options,
    );
    const mt = checkDocument(
      segments.map((s) => ({ source: s.source, target: s.mt })),
      { ...options, document: standing.context },
    ).findings;
    return segments.map((s, i) => ({
      id: s.id,
      position: s.position,
      mt: mt[i] ?? [],
      current: s.current ? (standing.findings[i] ?? []) : null,
    }));
  }

  async function page(documentId: number, query: Record<string, string | number> = {}): Promise<Segment[]> {
    const response = await h.api.get(`/api/documents/${documentId}/segments`).query({ limit: 500, ...query });
    expect(response.status).toBe(200);
    return SegmentPage.parse(response.body).items;
  }

  async function summary(documentId: number) {
    const response = await h.api.get(`/api/documents/${documentId}/findings`);
    expect(response.status).toBe(200);
    return DocumentFindings.parse(response.body);
  }

  /** Every page, every summary count and every filter agrees with checking afresh. */
  /**
   * An English → Indonesian document of `count` segments, queued for checking while this server's
   * background is stopped (until the test ends): what checks it is the test's to say.
   */
  async function queuedWhileStopped(title: string, count: number, segment: (k: number) => { source: string; mt: string }) {
    await h.services.checks.stop();
    onTestFinished(() => h.services.checks.start());
    return h.services.documents.create(
      { title, sourceLang: 'en', targetLang: 'id', segments: Array.from({ length: count }, (_, k) => segment(k)) },
      SYSTEM_USER_ID,
    );
  }

  /**
   * A checking thread held back until the test lets it go, as another server's: what it was given
   * (each piece's priority and number of segments) and the release.
   */
  function heldCheckingThread(): { given: Array<{ priority: string; segments: number }>; release: () => void; runner: TaskRunner } {
    const given: Array<{ priority: string; segments: number }> = [];
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const runner: TaskRunner = {
      run: (task, input, options) => {
        if (task !== 'checkSegments') return sharedCheckPool().run(task, input, options);
        given.push({ priority: options?.priority ?? 'high', segments: (input as CheckRequest).segments.length });
        return held.then(() => sharedCheckPool().run(task, input, options));
      },
      close: () => Promise.resolve(),
    };
    return { given, release: () => release(), runner };
  }

  /** A glossary term that forbids "gerbang" for "gate", removed when the test ends. */
  async function forbidGerbang() {
    const added = await h.api
      .post('/api/glossary/terms')
      .send({ sourceLang: 'en', targetLang: 'id', source: 'gate', target: 'pintu', forbidden: ['gerbang'] });
    expect(added.status).toBe(201);
    onTestFinished(async () => {
      await h.api.delete(`/api/glossary/terms/${added.body.id}`);
    });
  }

  async function expectSameAsAfresh(documentId: number): Promise<Expected[]> {
    const expected = await recompute(documentId);
    const items = await page(documentId);
    expect(items.map((s) => ({ id: s.id, position: s.position, mt: s.check?.mt, current: s.check?.current }))).toEqual(expected);

    const standing = expected.map((s) => s.current ?? s.mt);
    // (the counts once what the page made is stored: on PostgreSQL a page read while the background
    // holds the document's checks serves its segments as made and leaves them queued, and for that
    // moment the summary rightly counts them pending; CI once read it then)
    await h.services.checks.drain(documentId);
    const { summary: counts } = await summary(documentId);
    const byRule: Record<string, { minor: number; major: number; critical: number }> = {};
    for (const finding of standing.flat()) {
      const counted = (byRule[finding.rule] ??= { minor: 0, major: 0, critical: 0 });
      counted[finding.severity] += 1;
    }
    expect(counts.byRule).toEqual(byRule);
    expect(counts.segmentsWithFindings).toBe(standing.filter((list) => list.length > 0).length);
    expect(counts.pending).toBe(0);

    const positionsWith = (test: (list: Finding[]) => boolean) =>
      expected.filter((_, i) => test(standing[i] as Finding[])).map((s) => s.position);
    expect((await page(documentId, { findings: 'with' })).map((s) => s.position)).toEqual(positionsWith((list) => list.length > 0));
    expect((await page(documentId, { findings: 'without' })).map((s) => s.position)).toEqual(positionsWith((list) => list.length === 0));
    for (const rule of Object.keys(byRule)) {
      const filtered = await h.api.get(`/api/documents/${documentId}/segments`).query({ limit: 500, rule });
      expect(filtered.body.items.map((s: Segment) => s.position)).toEqual(positionsWith((list) => list.some((f) => f.rule === rule)));
      expect(filtered.body.total).toBe(filtered.body.items.length);
    }
    return expected;
  }

  async function save(segment: Segment, text: string) {
    const fresh = await h.services.documents.segment(segment.id);
    const response = await h.api.post(`/api/segments/${segment.id}/revisions`).send({ text, baseVersion: fresh?.version });
    expect(response.status).toBe(201);
    return response.body.segment as Segment;
  }

  describe('findings', () => {
    it('are, on the demo, what checking the whole document finds, and stay so through corrections', async () => {
      const demo = (await seedDemoIfEmpty(h.services, { password: 'demo-password', cost: TEST_COST }))?.document;
      if (!demo) throw new Error('no demo');
      const expected = await expectSameAsAfresh(demo.id);
      expect(expected.flatMap((s) => s.mt).length).toBeGreaterThan(10);

      // fix what the checker flags, segment after segment: each save stores its own findings
      const segments = await h.services.documents.segments(demo.id);
      let fixes = 0;
      for (const s of expected) {
        const fixable = s.mt.find((f) => f.suggestion !== null);
        if (!fixable) continue;
        const segment = segments.find((x) => x.id === s.id) as Segment;
        const saved = await save(segment, segment.mt.slice(0, fixable.start) + fixable.suggestion + segment.mt.slice(fixable.end));
        expect(saved.check?.current).not.toContainEqual(fixable);
        fixes += 1;
      }
      expect(fixes).toBeGreaterThan(3);
      await expectSameAsAfresh(demo.id);
    });

    /**
     * A name rendered one way in two paragraphs and another way in the third, every segment checked
     * and stored (what these tests look at is how the running counts move as people edit; a page
     * read before its segments could be stored is the next test's, on PostgreSQL).
     */
    const nameSegments = [
      { source: 'Nelson Mandela spoke to the crowd.', mt: 'Nelson Mandela berbicara kepada orang banyak.' },
      { source: 'Later Mandela left the hall.', mt: 'Kemudian Mandela meninggalkan aula.' },
      { source: 'In the evening Mandela returned.', mt: 'Pada malam hari Mandella kembali.' },
      { source: 'Nobody expected it.', mt: 'Tidak ada yang menduganya.' },
    ];
    const nameDocument = async (title: string) => {
      const created = await h.services.documents.create(
        { title, sourceLang: 'en', targetLang: 'id', segments: nameSegments },
        SYSTEM_USER_ID,
      );
      await h.services.checks.drain(created.id);
      return created;
    };

    // (on SQLite a transaction holds the one write lock: a reader's check waits for it and stores)
    if (database === 'postgres')
      it("give a page read while another writer holds the document's checks the consistency of the segments it could not store", async () => {
        const created = await queuedWhileStopped('Tertahan', 4, (k) => nameSegments[k] as { source: string; mt: string });
        // another writer holds the document's checks for as long as the page is read
        let release = () => {};
        const held = new Promise<void>((resolve) => (release = resolve));
        let taken = () => {};
        const locked = new Promise<void>((resolve) => (taken = resolve));
        const holding = h.store.transaction(async (tx) => {
          await tx.lock([`checks:${created.id}`]);
          taken();
          await held;
        });
        await locked;
        const items = await page(created.id).finally(release);
        await holding;
        // served as made, none stored: the names' counts are still empty
        expect(await h.store.read.checks.stored(items.map((segment) => segment.id))).toEqual(new Map());
        expect(items.map((segment) => segment.check?.mt.filter((f) => f.rule === 'consistency').map((f) => f.text))).toEqual([
          [],
          [],
          ['Mandella'],
          [],
        ]);
        await h.services.checks.drain(created.id);
        await expectSameAsAfresh(created.id);
      });

    it('keep consistency as running counts: the rendering most used wins, and that changes as people edit', async () => {
      const created = await nameDocument('Nama');
      const before = await expectSameAsAfresh(created.id);
      expect(before[2]?.mt.filter((f) => f.rule === 'consistency').map((f) => f.text)).toEqual(['Mandella']);

      // two translators adopt the other spelling: it now stands in most places and the first is flagged
      const segments = await h.services.documents.segments(created.id);
      await save(segments[0] as Segment, 'Nelson Mandella berbicara kepada orang banyak.');
      await save(segments[1] as Segment, 'Kemudian Mandella meninggalkan aula.');
      await save(segments[1] as Segment, 'Kemudian Mandela meninggalkan aula.');
      const after = await expectSameAsAfresh(created.id);
      expect(after[1]?.current?.filter((f) => f.rule === 'consistency').map((f) => f.text)).toEqual(['Mandela']);
      expect(after[2]?.mt.filter((f) => f.rule === 'consistency')).toEqual([]);
      const flagged = await page(created.id, { rule: 'consistency' });
      expect(flagged.map((s) => s.position)).toEqual([2]);
    });

    it('count a segment flagged by consistency alone right when a save changes its other findings but not its names', async () => {
      const created = await nameDocument('Nama lagi');
      const before = await expectSameAsAfresh(created.id);
      expect(before[2]?.mt.map((f) => f.rule)).toEqual(['consistency']);
      const withFindings = async () => (await summary(created.id)).summary.segmentsWithFindings;
      expect(await withFindings()).toBe(1);
      // a finding of another rule added, the name left as it was: still one segment with findings
      const segments = await h.services.documents.segments(created.id);
      const third = segments[2] as Segment;
      const added = await save(third, 'Pada malam hari (Mandella kembali.');
      expect(added.check?.current?.map((f) => f.rule).sort()).toEqual(['consistency', 'punctuation.unbalanced']);
      await expectSameAsAfresh(created.id);
      expect(await withFindings()).toBe(1);
      // and taken away again
      await save(third, 'Pada malam hari Mandella kembali!');
      await expectSameAsAfresh(created.id);
      expect(await withFindings()).toBe(1);
      // the name corrected: none
      await save(third, 'Pada malam hari Mandela kembali.');
      await expectSameAsAfresh(created.id);
      expect(await withFindings()).toBe(0);
    });

    it('flag a repeated sentence translated another way, without a glossary, until the translations agree', async () => {
      const created = await h.services.documents.create(
        {
          title: 'Kalimat berulang',
          sourceLang: 'en',
          targetLang: 'id',
          segments: [
            {
              source: 'Open the settings. Click Save to keep your changes.',
              mt: 'Buka pengaturan. Klik Simpan untuk menyimpan perubahan Anda.',
            },
            { source: 'Click Save to keep your changes.', mt: 'Klik Simpan untuk menyimpan perubahan Anda.' },
            {
              source: 'Rename the file. Click Save to keep your changes.',
              mt: 'Ganti nama berkas. Tekan Simpan supaya perubahan tersimpan.',
            },
            { source: 'Open the settings.', mt: 'Buka setelan.' },
          ],
        },
        SYSTEM_USER_ID,
      );
      const before = await expectSameAsAfresh(created.id);
      expect(before[2]?.mt.filter((f) => f.rule === 'consistency')).toEqual([
        expect.objectContaining({
          text: 'Tekan Simpan supaya perubahan tersimpan.',
          suggestion: 'Klik Simpan untuk menyimpan perubahan Anda.',
          params: expect.objectContaining({ name: 'Click Save to keep your changes.' }),
        }),
      ]);
      // "Open the settings." is three words: short sentences may fairly be said two ways
      expect(before[3]?.mt.filter((f) => f.rule === 'consistency')).toEqual([]);
      const findings = await summary(created.id);
      expect(findings.summary.byRule.consistency).toEqual({ minor: 1, major: 0, critical: 0 });

      // the document keeps the repeated sentence as a reference to its hash, not its text
      const names = (await h.store.read.checks.names(created.id)) ?? [];
      expect(names.filter(isSentenceName)).toEqual([sentenceRef(`${SENTENCE_MARK}Click Save to keep your changes.`)]);
      expect(names.filter(isSentenceName)[0]).toMatch(/^¶#[0-9a-z]+$/);
      // the document's facts hold its names; each segment brings how its repeated sentences are
      // rendered, and with both the browser flags a text typed the other way
      expect(Object.keys(findings.context.renderings).filter((name) => name.startsWith(SENTENCE_MARK))).toEqual([]);
      const rows = await page(created.id);
      const key = `${SENTENCE_MARK}Click Save to keep your changes.`;
      const repeated = { chosen: 'Klik Simpan untuk menyimpan perubahan Anda.', others: ['Tekan Simpan supaya perubahan tersimpan.'] };
      for (const k of [0, 1, 2]) expect(rows[k]?.check?.context?.renderings).toEqual({ [key]: repeated });
      expect(rows[3]?.check?.context).toBeUndefined();
      const typed = checkPair(
        { source: rows[1]!.source, target: 'Tekan Simpan supaya perubahan tersimpan.' },
        {
          sourceLang: 'en',
          targetLang: 'id',
          document: { renderings: { ...findings.context.renderings, ...rows[1]!.check!.context!.renderings } },
        },
      );
      expect(typed.filter((f) => f.rule === 'consistency').map((f) => f.suggestion)).toEqual([
        'Klik Simpan untuk menyimpan perubahan Anda.',
      ]);

      const segments = await h.services.documents.segments(created.id);
      await save(segments[2] as Segment, 'Ganti nama berkas. Klik Simpan untuk menyimpan perubahan Anda.');
      const after = await expectSameAsAfresh(created.id);
      expect(after.flatMap((s) => [...s.mt, ...(s.current ?? [])]).filter((f) => f.rule === 'consistency')).toEqual([]);
    });

    it('know the acronyms every source introduces, in each paragraph and in the facts the browser checks with', async () => {
      const created = await h.services.documents.create(
        {
          title: 'Pajak',
          sourceLang: 'en',
          targetLang: 'id',
          segments: [
            {
              source: 'Individual taxpayers must file their annual tax report (LPT) by 31 March.',
              mt: 'Wajib pajak orang pribadi wajib menyampaikan LPT Tahunan paling lambat 31 Maret.',
            },
            { source: 'Returns filed late incur a fine.', mt: 'LPT yang terlambat disampaikan dikenai denda.' },
            { source: 'Keep your receipts.', mt: 'Simpan bukti KLM Anda.' },
          ],
        },
        SYSTEM_USER_ID,
      );
      const expected = await expectSameAsAfresh(created.id);
      // "LPT" for "returns" is the document's own acronym; "KLM" has no trace in the document
      expect(expected.map((s) => s.mt.filter((f) => f.rule === 'acronym.unexplained').map((f) => f.text))).toEqual([[], [], ['KLM']]);
      expect((await summary(created.id)).context.acronyms).toEqual(['LPT']);
      // a translator typing it in the browser is checked with the same facts
      const typed = checkPair(
        { source: 'Returns filed late incur a fine.', target: 'LPT yang terlambat dikenai denda.' },
        { sourceLang: 'en', targetLang: 'id', document: (await summary(created.id)).context },
      );
      expect(typed.filter((f) => f.rule === 'acronym.unexplained')).toEqual([]);
      const segments = await h.services.documents.segments(created.id);
      const saved = await save(segments[2] as Segment, 'Simpan bukti LPT Anda.');
      expect(saved.check?.current?.filter((f) => f.rule === 'acronym.unexplained')).toEqual([]);
    });

    it("carry, for a sentence rendered many ways, the most used other renderings and the segment's own, not every one", async () => {
      const sentence = 'Press the green button to start the machine.';
      const renderings = [
        'Tekan tombol hijau untuk menyalakan mesin.',
        'Tekan tombol hijau untuk menyalakan mesin.',
        'Tekan tombol hijau untuk menyalakan mesin.',
        'Tekan tombol hijau untuk memulai mesin.',
        'Pencet tombol hijau untuk menyalakan mesin.',
        'Tekanlah tombol hijau guna menyalakan mesin.',
        'Tekan tombol yang hijau untuk menyalakan mesin.',
        'Tombol hijau ditekan untuk menyalakan mesin.',
        'Untuk menyalakan mesin, tekan tombol hijau.',
      ];
      const created = await h.services.documents.create(
        { title: 'Banyak terjemahan', sourceLang: 'en', targetLang: 'id', segments: renderings.map((mt) => ({ source: sentence, mt })) },
        SYSTEM_USER_ID,
      );
      await h.services.checks.drain(created.id);
      const rows = await page(created.id);
      const key = `${SENTENCE_MARK}${sentence}`;
      const carried = rows.map((row) => row.check?.context?.renderings[key]);
      for (const facts of carried) expect(facts?.chosen).toBe('Tekan tombol hijau untuk menyalakan mesin.');
      // the four most used others (all used once: in code point order), and each row's own
      const top = carried[0]?.others ?? [];
      expect(top).toHaveLength(4);
      for (const [k, facts] of carried.entries()) {
        const own = renderings[k] as string;
        const others = own === 'Tekan tombol hijau untuk menyalakan mesin.' || top.includes(own) ? top : [...top, own];
        expect(facts?.others, `row ${k + 1}`).toEqual(others);
      }
      expect(new Set(carried.flatMap((facts) => facts?.others ?? [])).size).toBe(renderings.length - 3);
    });

    it('are checked again when the glossary changes', async () => {
      const created = await h.services.documents.create(
        {
          title: 'Glosarium',
          sourceLang: 'en-GB',
          targetLang: 'id',
          segments: [{ source: 'The harbour master agreed.', mt: 'Kepala pelabuhan setuju.' }],
        },
        SYSTEM_USER_ID,
      );
      await expectSameAsAfresh(created.id);
      const added = await h.api
        .post('/api/glossary/terms')
        .send({ sourceLang: 'en', targetLang: 'id', source: 'harbour master', target: 'syahbandar', forbidden: ['kepala pelabuhan'] });
      expect(added.status).toBe(201);
      const expected = await expectSameAsAfresh(created.id);
      expect(expected[0]?.mt.map((f) => f.rule)).toContain('glossary.forbidden');
      const removed = await h.api.delete(`/api/glossary/terms/${added.body.id}`);
      expect(removed.status).toBe(200);
      expect((await expectSameAsAfresh(created.id))[0]?.mt.map((f) => f.rule)).not.toContain('glossary.forbidden');
    });

    it("are made in the background in small pieces, so that a reader's check waits for one piece, not a whole batch", async () => {
      const created = await queuedWhileStopped('Potongan', 100, (k) => ({
        source: `Gate ${k} opens at 7.`,
        mt: `Gerbang ${k} dibuka pukul 8.`,
      }));
      // another server on the same store, whose checking thread records what it is given
      const given: Array<{ priority: string; segments: number }> = [];
      const recording: TaskRunner = {
        run: (task, input, options) => {
          if (task === 'checkSegments')
            given.push({ priority: options?.priority ?? 'high', segments: (input as CheckRequest).segments.length });
          return sharedCheckPool().run(task, input, options);
        },
        close: () => Promise.resolve(),
      };
      const other = createServices(h.store, undefined, { checkWork: () => recording });
      await other.checks.drain(created.id);
      expect(given.length).toBeGreaterThan(1);
      for (const piece of given) expect(piece).toEqual({ priority: 'low', segments: expect.any(Number) });
      expect(Math.max(...given.map((piece) => piece.segments))).toBeLessThanOrEqual(32);
      expect(given.reduce((sum, piece) => sum + piece.segments, 0)).toBe(100);
      // and the pieces' findings are the document's, each on its own segment
      const expected = await expectSameAsAfresh(created.id);
      expect(expected.every((segment) => segment.mt.some((finding) => finding.rule === 'numbers.changed'))).toBe(true);

      // checked again after a glossary change, stored in parts: the same findings as afresh, and
      // one event naming every segment whose findings moved
      await forbidGerbang();
      await other.checks.restamp();
      await other.checks.drain(created.id);
      const again = await expectSameAsAfresh(created.id);
      expect(again.every((segment) => segment.mt.some((finding) => finding.rule === 'glossary.forbidden'))).toBe(true);
      const events = (await h.api.get(`/api/documents/${created.id}/events`)).body.items as Array<{
        type: string;
        payload: { segmentIds?: number[] };
      }>;
      const rechecked = events.filter((event) => event.type === 'document.rechecked');
      expect(rechecked).toHaveLength(1);
      expect(new Set(rechecked[0]?.payload.segmentIds)).toEqual(new Set(expected.map((segment) => segment.id)));
    });

    it('say once that findings moved after a glossary change, though two checks of the same segments ran side by side', async () => {
      const created = await queuedWhileStopped('Berdua', 12, (k) => ({
        source: `Gate ${k} opens at 7.`,
        mt: `Gerbang ${k} dibuka pukul 7.`,
      }));
      await h.services.checks.drain(created.id);
      await forbidGerbang();
      // one server's check of the queued segments, held back once its inputs are read
      const { given, release, runner: gated } = heldCheckingThread();
      const first = createServices(h.store, undefined, { checkWork: () => gated });
      await first.checks.restamp();
      const firstDone = first.checks.drain(created.id);
      while (given.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      // meanwhile the segments are queued again (as another server's restamp of the same glossary
      // change does), and a second server checks them and stores its findings first
      await h.store.transaction((tx) => tx.checks.enqueuePositions(created.id, 1, 12));
      const second = createServices(h.store, undefined, {});
      await second.checks.drain(created.id);
      release();
      await firstDone;
      const events = (await h.api.get(`/api/documents/${created.id}/events`)).body.items as Array<{
        type: string;
        payload: { segmentIds?: number[] };
      }>;
      const rechecked = events.filter((event) => event.type === 'document.rechecked');
      expect(rechecked).toHaveLength(1);
      expect(rechecked[0]?.payload.segmentIds).toHaveLength(12);
      const expected = await expectSameAsAfresh(created.id);
      expect(expected.every((segment) => segment.mt.some((finding) => finding.rule === 'glossary.forbidden'))).toBe(true);
      await Promise.all([first.checks.stop(), second.checks.stop()]);
    });

    it("are made for a reader's page in pieces, and a save's own check is sent ahead of them", async () => {
      const created = await queuedWhileStopped('Menunggu', 25, (k) => ({
        source: `Door ${k} opens at 7.`,
        mt: `Pintu ${k} dibuka pukul 8.`,
      }));
      // a checking thread held back until the test lets it go
      const { given, release, runner: gated } = heldCheckingThread();
      // (the reader waits as long as it takes)
      const other = createServices(h.store, undefined, { checkWork: () => gated, readerWaitMs: 600_000 });
      const segments = (await h.services.documents.page(created.id, { offset: 0, limit: 25, status: 'all' })).items;
      const reading = other.checks.decorate(created.id, segments, true);
      // (asked for once the checks' inputs are read: two pieces in line at a time)
      while (given.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(given).toEqual([
        { priority: 'high', segments: 10 },
        { priority: 'high', segments: 10 },
      ]);
      const saving = other.checks.checkSave(segments[0] as Segment, 'Pintu 0 dibuka pukul 7.');
      while (given.length < 3) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(given[2]).toEqual({ priority: 'urgent', segments: 1 });
      release();
      expect((await saving)?.current.findings).toEqual([]);
      expect((await reading).every((segment) => segment.check?.mt.some((finding) => finding.rule === 'numbers.changed'))).toBe(true);
      expect(given.slice(3)).toEqual([{ priority: 'high', segments: 5 }]);
      await expectSameAsAfresh(created.id);
    });

    it('answer a reader who waited long enough without the findings still to be made, and store them once made', async () => {
      const created = await queuedWhileStopped('Terlambat', 25, (k) => ({
        source: `Gate ${k} opens at 7.`,
        mt: `Gerbang ${k} dibuka pukul 8.`,
      }));
      // a checking thread held back until the test lets it go: the page's check cannot be made in time
      const { given, release, runner: gated } = heldCheckingThread();
      const other = createServices(h.store, undefined, { checkWork: () => gated, readerWaitMs: 500 });
      // (the document's names gathered first, as a server that has seen it would have them: a page's
      // check reads them before its pieces go)
      await other.checks.restamp();
      const segments = (await h.services.documents.page(created.id, { offset: 0, limit: 25, status: 'all' })).items;
      // answered without findings (the browser makes them), the two pieces in line still going on
      const answered = await other.checks.decorate(created.id, segments, true);
      expect(answered.map((segment) => segment.check)).toEqual(segments.map(() => null));
      release();
      // (the server stops only once the late pieces are stored)
      await other.checks.stop();
      // those two stored; the third never went, its segments left queued for the background (on a
      // machine so busy that the page's inputs took longer to read than the reader waited, none went)
      expect([0, 2]).toContain(given.length);
      const stored = await other.checks.decorate(created.id, segments, false);
      const checked = stored.filter((segment) => segment.check !== null);
      expect(checked).toHaveLength(given.length * 10);
      expect(checked.every((segment) => segment.check?.mt.some((finding) => finding.rule === 'numbers.changed'))).toBe(true);
      expect((await summary(created.id)).summary.pending).toBe(0);
      await expectSameAsAfresh(created.id);
    });

    it('are made again after a release whose checks find differently (the engine version is in the stamp)', async () => {
      const created = await queuedWhileStopped('Versi', 30, (k) => ({ source: `Line ${k} says 7.`, mt: `Baris ${k} berkata 7.` }));
      await h.services.checks.drain(created.id);
      expect(await h.store.read.checks.pending(created.id)).toBe(0);
      // nothing changed: nothing to do
      await h.services.checks.restamp();
      expect(await h.store.read.checks.pending(created.id)).toBe(0);
      // as an older release left it: the stamp of its checks has another engine version
      const stamp = (await h.store.read.checks.checkedStamp(created.id)) ?? '';
      expect(stamp).toMatch(/^e\d+\|/);
      await h.store.read.checks.setCheckedStamp(created.id, stamp.replace(/^e\d+\|/, 'e1|'));
      await h.services.checks.restamp();
      expect(await h.store.read.checks.pending(created.id)).toBe(30);
      await h.services.checks.drain(created.id);
      await expectSameAsAfresh(created.id);
    });

    it('keep the count of segments waiting to be checked exactly as the queue moves', async () => {
      // the background loop would take batches off the queue whenever it likes: stopped meanwhile
      await h.services.checks.stop();
      onTestFinished(() => h.services.checks.start());
      const count = 1200;
      const created = await h.services.documents.create(
        {
          title: 'Antrean',
          sourceLang: 'en',
          targetLang: 'id',
          segments: Array.from({ length: count }, (_, k) => ({ source: `Line ${k} says 7.`, mt: `Baris ${k} berkata 7.` })),
        },
        SYSTEM_USER_ID,
      );
      /** The rows of the queue for this document, counted, and the count kept: always the same. */
      const queued = async () => {
        // (read from the store itself: a save's findings are stored after it answers, see storeSoon)
        await h.services.checks.settled(created.id);
        const rows = ((await h.store.dump()).check_queue ?? []).map((row) => JSON.parse(row as string) as { document_id: number });
        const counted = rows.filter((row) => row.document_id === created.id).length;
        expect(await h.store.read.checks.pending(created.id)).toBe(counted);
        return counted;
      };
      expect(await queued()).toBe(count);
      // a page shown is checked on the spot and leaves the queue
      await page(created.id, { after: 100, limit: 50 });
      expect(await queued()).toBe(count - 50);
      // a save of a queued segment stores its check and takes it off the queue; one already checked changes nothing
      // (read without their findings, which would check them)
      const unchecked = async (after: number) =>
        (await h.services.documents.page(created.id, { after, offset: 0, limit: 1, status: 'all', findings: 'any' })).items[0];
      const waiting = await unchecked(600);
      const checked = await unchecked(120);
      if (!waiting || !checked) throw new Error('segments missing');
      await save(waiting, 'Baris ini berkata 7.');
      expect(await queued()).toBe(count - 51);
      await save(checked, 'Baris itu berkata 7.');
      expect(await queued()).toBe(count - 51);
      // queued again (the glossary changed): every segment once, whatever was queued already
      await h.services.checks.restamp();
      const added = await h.api.post('/api/glossary/terms').send({ sourceLang: 'en', targetLang: 'id', source: 'line', target: 'baris' });
      expect(added.status).toBe(201);
      await h.services.checks.restamp();
      expect(await queued()).toBe(count);
      await h.services.checks.drain(created.id);
      expect(await queued()).toBe(0);
      expect((await summary(created.id)).summary.pending).toBe(0);
      expect((await h.api.delete(`/api/glossary/terms/${added.body.id}`)).status).toBe(200);
    });

    it('of a long document are checked in the background in batches; the summary says how many are pending', async () => {
      const count = 1500;
      const created = await h.services.documents.create(
        {
          title: 'Panjang',
          sourceLang: 'en',
          targetLang: 'id',
          segments: Array.from({ length: count }, (_, k) => ({
            source: `Item ${k} costs 15 dollars.`,
            mt: k % 3 === 0 ? `Barang ${k} berharga 51 dolar.` : `Barang ${k} berharga 15 dolar.`,
          })),
        },
        SYSTEM_USER_ID,
      );
      // too long to check while a summary waits: what is counted so far, and how much is pending
      const first = await summary(created.id);
      expect(first.summary.pending).toBeLessThanOrEqual(count);
      expect(first.summary.segmentsWithFindings).toBeLessThanOrEqual(count / 3);
      // a page is checked on the spot, whatever the background has reached
      const shown = await page(created.id, { after: 900, limit: 30 });
      expect(shown.every((s) => s.check !== null)).toBe(true);
      expect(shown.filter((s) => (s.check?.mt ?? []).some((f) => f.rule === 'numbers.changed')).map((s) => s.position)).toEqual(
        shown.filter((s) => (s.position - 1) % 3 === 0).map((s) => s.position),
      );
      await h.services.checks.drain(created.id);
      const done = await summary(created.id);
      expect(done.summary.pending).toBe(0);
      expect(done.summary.segmentsWithFindings).toBe(count / 3);
      const all: number[] = [];
      for (let after = 0; ;) {
        const findings = FindingsPage.parse(
          (await h.api.get(`/api/documents/${created.id}/findings/segments`).query({ after, limit: 200 })).body,
        );
        all.push(...findings.items.map((s) => s.position));
        if (findings.next === null) break;
        after = findings.next;
      }
      expect(all).toEqual(Array.from({ length: count / 3 }, (_, k) => 3 * k + 1));
    });
  });
});

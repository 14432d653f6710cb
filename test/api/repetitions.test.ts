/**
 * Repetitions on both databases: a page of segments says how many other paragraphs have exactly
 * the same source, and a paragraph's approved translation is propagated to them as normal
 * revisions (drafts), leaving approved ones, ones that already read so, and ones that moved on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PropagateResult, SegmentPage, type Segment } from '../../shared/schemas';
import { approveText, buildDocument, createHarness, type Harness } from '../helpers/api';

describe.each(['sqlite', 'postgres'] as const)('repetitions, on %s', (database) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ database });
  });
  afterAll(() => h.close());

  const approve = (segment: Segment, text: string) => approveText(h.api, segment, text);

  const page = async (documentId: number) => SegmentPage.parse((await h.api.get(`/api/documents/${documentId}/segments`)).body).items;

  it('marks repeated sources, and propagates an approved translation to the paragraphs that need it', async () => {
    const warning = 'Keep out of reach of children.';
    const { document, segments } = await buildDocument(h.services, {
      title: 'Label',
      sourceLang: 'en',
      targetLang: 'id',
      segments: [
        { source: warning, mt: 'Jauhkan dari jangkauan anak.' },
        { source: 'Store below 25 °C.', mt: 'Simpan di bawah 25 °C.' },
        { source: warning, mt: 'Simpan jauh dari anak-anak.' },
        { source: 'keep out of reach of children.', mt: 'Jauhkan.' },
        { source: warning, mt: 'Jauhkan dari jangkauan anak-anak.' },
        { source: warning, mt: 'Jauhkan dari anak.' },
      ],
    });
    const [first, , third, lower, fifth, sixth] = segments as Segment[];
    let items = await page(document.id);
    // exactly the same text: another case is a memory match, not a repetition
    expect(items.map((s) => s.repeats ?? 0)).toEqual([3, 0, 3, 0, 3, 3]);

    // nothing approved yet: nothing to propagate
    const early = await h.api.post(`/api/segments/${first!.id}/propagate`);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('invalid_transition');

    await approve(sixth!, 'Jauhkan dari jangkauan anak.');
    await approve(first!, 'Jauhkan dari jangkauan anak-anak.');
    const response = await h.api.post(`/api/segments/${first!.id}/propagate`);
    expect(response.status).toBe(200);
    const result = PropagateResult.parse(response.body);
    expect(result.text).toBe('Jauhkan dari jangkauan anak-anak.');
    expect(result.propagated).toEqual([third!.id]);
    expect(result.skipped).toEqual([
      { segmentId: fifth!.id, reason: 'same' },
      { segmentId: sixth!.id, reason: 'approved' },
    ]);
    expect(result.segments.map((s) => [s.id, s.status, s.current?.text])).toEqual([
      [third!.id, 'draft', 'Jauhkan dari jangkauan anak-anak.'],
    ]);

    items = await page(document.id);
    expect(items.find((s) => s.id === third!.id)?.current).toMatchObject({ text: 'Jauhkan dari jangkauan anak-anak.', state: 'draft' });
    expect(items.find((s) => s.id === lower!.id)?.current).toBeNull();
    // each a normal revision, in the log
    const events = (await h.api.get(`/api/documents/${document.id}/events`)).body.items as Array<{
      type: string;
      segmentId: number | null;
    }>;
    expect(events.filter((e) => e.type === 'revision.saved' && e.segmentId === third!.id)).toHaveLength(1);
    // again: nothing left to do
    expect(PropagateResult.parse((await h.api.post(`/api/segments/${first!.id}/propagate`)).body).propagated).toEqual([]);
  });

  it('marks sentences that stand in other paragraphs, as a sentence or as a whole paragraph', async () => {
    const { document } = await buildDocument(h.services, {
      title: 'Manual',
      segments: [
        { source: 'Unplug the kettle. Let it cool for ten minutes.', mt: 'x' },
        { source: 'Fill it with water. Let it cool for ten minutes.', mt: 'x' },
        { source: 'Unplug the kettle.', mt: 'x' },
        { source: 'Descale it every month. Rinse twice.', mt: 'x' },
        { source: 'Rinse twice', mt: 'x' },
      ],
    });
    const items = await page(document.id);
    expect(items.map((s) => [s.repeats ?? 0, s.repeatedSentences ?? 0])).toEqual([
      [0, 2], // "Unplug the kettle." is paragraph 3, "Let it cool…" is in paragraph 2
      [0, 1],
      [0, 1], // stands inside paragraph 1
      [0, 0], // "Rinse twice." differs from "Rinse twice" by its full stop
      [0, 0],
    ]);
  });

  it('never reaches into another document, and refuses a reviewer', async () => {
    const source = 'Shake well before use.';
    const one = await buildDocument(h.services, {
      title: 'One',
      segments: [
        { source, mt: 'Kocok.' },
        { source, mt: 'Kocok dulu.' },
      ],
    });
    const two = await buildDocument(h.services, { title: 'Two', segments: [{ source, mt: 'Kocok.' }] });
    expect((await page(two.document.id))[0]?.repeats).toBeUndefined();
    await approve(one.segments[0]!, 'Kocok dahulu sebelum digunakan.');
    expect((await (await h.as('reviewer')).post(`/api/segments/${one.segments[0]!.id}/propagate`)).status).toBe(403);
    const result = PropagateResult.parse((await h.api.post(`/api/segments/${one.segments[0]!.id}/propagate`)).body);
    expect(result.propagated).toEqual([one.segments[1]!.id]);
    expect((await page(two.document.id))[0]?.current).toBeNull();
  });
});

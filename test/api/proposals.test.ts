/**
 * Corrections that teach the checker, on both databases: approving a text that replaced words of
 * the machine translation proposes a learned term (ranked by how often the same correction was
 * made, with its evidence); accepting one makes a glossary term of origin "learned" that the
 * checker uses at once; declining keeps it out of the open list; decided proposals stay decided.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AcceptedProposal, GlossaryProposal, ProposalList, SegmentPage, type Segment } from '../../shared/schemas';
import { approveText, buildDocument, createHarness, type Harness } from '../helpers/api';

describe.each(['sqlite', 'postgres'] as const)('learned terms, on %s', (database) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ database });
  });
  afterAll(() => h.close());

  const approve = (segment: Segment, text: string) => approveText(h.api, segment, text);

  async function proposals(status = 'open', pair = { sourceLang: 'en', targetLang: 'ms' }) {
    const response = await h.api.get('/api/glossary/proposals').query({ ...pair, status });
    expect(response.status).toBe(200);
    return ProposalList.parse(response.body).items;
  }

  it('proposes the term a correction teaches, ranks it by repeats, and the accepted term flags the same mistranslation', async () => {
    const workshop = await buildDocument(h.services, {
      title: 'Workshop manual',
      sourceLang: 'en',
      targetLang: 'ms',
      segments: [
        { source: 'Replace the fuse before driving.', mt: 'Gantikan sumbu sebelum memandu.' },
        { source: 'Check the fuse after rain.', mt: 'Periksa sumbu selepas hujan.' },
        { source: 'A blown fuse stops the pump.', mt: 'Sumbu yang terbakar menghentikan pam.' },
      ],
    });
    const [first, second, third] = workshop.segments;
    await approve(first!, 'Gantikan fius sebelum memandu.');
    let open = await proposals();
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ source: 'fuse', target: 'fius', forbidden: ['sumbu'], occurrences: 1, status: 'open', termId: null });
    expect(open[0]?.evidence).toEqual([
      expect.objectContaining({
        documentTitle: 'Workshop manual',
        segmentId: first!.id,
        position: first!.position,
        source: 'Replace the fuse before driving.',
        mt: 'Gantikan sumbu sebelum memandu.',
        approved: 'Gantikan fius sebelum memandu.',
        approvedBy: 'Test admin',
      }),
    ]);

    // the same correction again raises its rank; its evidence lists the newest first
    await approve(second!, 'Periksa fius selepas hujan.');
    open = await proposals();
    expect(open).toHaveLength(1);
    expect(open[0]?.occurrences).toBe(2);
    expect(open[0]?.evidence.map((e) => e.segmentId)).toEqual([second!.id, first!.id]);
    // a pair with no proposal has none
    expect(await proposals('open', { sourceLang: 'en', targetLang: 'id' })).toEqual([]);

    // not yet a term: the third paragraph's "Sumbu" is not flagged
    const before = SegmentPage.parse((await h.api.get(`/api/documents/${workshop.document.id}/segments`)).body).items;
    expect(before.find((s) => s.id === third!.id)?.check?.mt.map((f) => f.rule) ?? []).not.toContain('glossary.forbidden');

    const accepted = await h.api.post(`/api/glossary/proposals/${open[0]!.id}/accept`).send({});
    expect(accepted.status).toBe(201);
    const { proposal, term } = AcceptedProposal.parse(accepted.body);
    expect(proposal).toMatchObject({ status: 'accepted', termId: term.id });
    expect(term).toMatchObject({
      source: 'fuse',
      target: 'fius',
      forbidden: ['sumbu'],
      origin: 'learned',
      sourceLang: 'en',
      targetLang: 'ms',
    });
    expect(await proposals()).toEqual([]);
    expect((await proposals('accepted')).map((p) => p.id)).toEqual([proposal.id]);

    // the checker flags the forbidden rendering where it stands, with the learned rendering as the fix
    await h.services.checks.restamp();
    await h.services.checks.drain(workshop.document.id);
    const after = SegmentPage.parse((await h.api.get(`/api/documents/${workshop.document.id}/segments`)).body).items;
    const flagged = after.find((s) => s.id === third!.id)?.check?.mt.find((f) => f.rule === 'glossary.forbidden');
    expect(flagged).toMatchObject({ text: 'Sumbu', start: 0, end: 5, suggestion: 'Fius' });
    // and the log says which segments' findings the glossary change moved: open editors get them through the feed
    const events = (await h.api.get(`/api/documents/${workshop.document.id}/events`)).body.items as Array<{
      type: string;
      payload: { segmentIds?: number[] };
    }>;
    const rechecked = events.filter((event) => event.type === 'document.rechecked').flatMap((event) => event.payload.segmentIds ?? []);
    expect(rechecked.sort()).toEqual([first!.id, second!.id, third!.id].sort()); // capitalised as the word it replaces

    // the quality page counts what the learned term found: fixed in the approved paragraphs, open in the third
    const quality = async () => (await h.api.get(`/api/documents/${workshop.document.id}/quality`)).body.learned;
    expect(await quality()).toEqual({ findings: 3, applied: 2, dismissed: 0, open: 1 });
    const thirdNow = after.find((s) => s.id === third!.id)!;
    const fixed = await h.api
      .post(`/api/segments/${third!.id}/revisions`)
      .send({ text: 'Fius yang terbakar menghentikan pam.', baseVersion: thirdNow.version });
    expect(fixed.status).toBe(201);
    await h.services.checks.drain(workshop.document.id);
    expect(await quality()).toEqual({ findings: 3, applied: 3, dismissed: 0, open: 0 });

    // decided is decided
    const again = await h.api.post(`/api/glossary/proposals/${proposal.id}/accept`).send({});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('invalid_transition');
    expect((await h.api.post(`/api/glossary/proposals/${proposal.id}/decline`)).status).toBe(409);
  });

  it('accepts a proposal as edited, declines another, and refuses a term the glossary has', async () => {
    const { segments } = await buildDocument(h.services, {
      title: 'Garden notes',
      sourceLang: 'en',
      targetLang: 'ms',
      segments: [
        { source: 'Water the seedlings every morning.', mt: 'Siram anak benih setiap pagi.' },
        { source: 'Prune the hedge in spring.', mt: 'Pangkas lindung nilai pada musim bunga.' },
        { source: 'Cover the compost after harvest.', mt: 'Tutup baja selepas tuaian.' },
      ],
    });
    await approve(segments[1]!, 'Pangkas pagar hidup pada musim bunga.');
    await approve(segments[2]!, 'Tutup kompos selepas tuaian.');
    const open = await proposals();
    const hedge = open.find((p) => p.forbidden.includes('lindung nilai'));
    const compost = open.find((p) => p.target === 'kompos');
    expect(hedge).toMatchObject({ source: 'hedge', target: 'pagar hidup' });
    expect(compost).toMatchObject({ source: 'compost', forbidden: ['baja'] });

    // bad edits are refused by name, and nothing is decided
    const bad = await h.api.post(`/api/glossary/proposals/${hedge!.id}/accept`).send({ forbidden: 'lindung nilai' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('forbidden');
    expect((await proposals()).map((p) => p.id)).toContain(hedge!.id);

    const edited = await h.api
      .post(`/api/glossary/proposals/${hedge!.id}/accept`)
      .send({ target: 'pagar', forbidden: ['lindung nilai'], note: 'hedge as a row of shrubs' });
    expect(edited.status).toBe(201);
    expect(AcceptedProposal.parse(edited.body).term).toMatchObject({
      source: 'hedge',
      target: 'pagar',
      note: 'hedge as a row of shrubs',
      origin: 'learned',
    });

    // a term written by hand first: the proposal for it cannot become a second one
    const written = await h.api
      .post('/api/glossary/terms')
      .send({ sourceLang: 'en', targetLang: 'ms', source: 'Compost', target: 'kompos' });
    expect(written.status).toBe(201);
    expect(written.body.origin).toBe('manual');
    const duplicate = await h.api.post(`/api/glossary/proposals/${compost!.id}/accept`).send({});
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('duplicate');

    const declined = await h.api.post(`/api/glossary/proposals/${compost!.id}/decline`);
    expect(declined.status).toBe(200);
    expect(GlossaryProposal.parse(declined.body).status).toBe('declined');
    expect((await proposals()).map((p) => p.id)).not.toContain(compost!.id);
    expect((await proposals('declined')).map((p) => p.id)).toEqual([compost!.id]);

    expect((await h.api.post('/api/glossary/proposals/999999/accept').send({})).status).toBe(404);
    expect((await h.api.get('/api/glossary/proposals').query({ sourceLang: 'en', targetLang: 'ms', status: 'maybe' })).status).toBe(400);
  });

  it('lets editors decide, never translators or reviewers', async () => {
    const { segments } = await buildDocument(h.services, {
      title: 'Kitchen rules',
      sourceLang: 'en',
      targetLang: 'ms',
      segments: [{ source: 'Sharpen the knife after use.', mt: 'Asah pisau bedah selepas digunakan.' }],
    });
    await approve(segments[0]!, 'Asah pisau dapur selepas digunakan.');
    const proposal = (await proposals()).find((p) => p.target.includes('dapur'));
    expect(proposal).toBeDefined();
    for (const who of ['translator', 'reviewer'] as const) {
      const client = await h.as(who);
      expect((await client.get('/api/glossary/proposals').query({ sourceLang: 'en', targetLang: 'ms' })).status).toBe(200);
      expect((await client.post(`/api/glossary/proposals/${proposal!.id}/decline`)).status).toBe(403);
    }
    const editor = await h.as('editor');
    expect((await editor.post(`/api/glossary/proposals/${proposal!.id}/decline`)).status).toBe(200);
  });
});

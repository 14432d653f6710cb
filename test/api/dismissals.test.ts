/**
 * "Not an error": a finding dismissed for one paragraph, a term dismissed in the whole document, a
 * check switched off for it. Dismissed findings stay (marked with who and when), leave the counts
 * of findings for the count of dismissed ones, come back when restored, and every step is on record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dismissal, DismissalList, DocumentFindings, SegmentPage, type Segment } from '../../shared/schemas';
import type { Kysely } from 'kysely';
import type { Database } from '../../server/store/schema';
import { SYSTEM_USER_ID } from '../../server/store/types';
import { createHarness, snapshotDatabase, type Harness } from '../helpers/api';

describe.each(['sqlite', 'postgres'] as const)('dismissed findings, on %s', (database) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ database });
  });
  afterAll(async () => {
    await h.close();
  });

  async function newDocument() {
    const document = await h.services.documents.create(
      {
        title: 'Toko',
        sourceLang: 'en',
        targetLang: 'id',
        segments: [
          { source: 'Open the billing page to pay.', mt: 'Buka halaman billing untuk membayar.' },
          { source: 'The billing page shows the total.', mt: 'Halaman billing menampilkan totalnya.' },
          { source: 'The fee is 25 dollars.', mt: 'Biayanya 52 dolar.' },
          { source: 'The fee is 30 dollars.', mt: 'Biayanya 30 dolar.' },
        ],
      },
      SYSTEM_USER_ID,
    );
    const translator = await h.services.people.userByName('translator');
    if (translator) await h.services.people.setDocumentRole(document.id, translator.id, 'translator', SYSTEM_USER_ID);
    return document.id;
  }

  async function rows(documentId: number): Promise<Segment[]> {
    const response = await h.api.get(`/api/documents/${documentId}/segments`).query({ limit: 500 });
    expect(response.status).toBe(200);
    return SegmentPage.parse(response.body).items;
  }

  async function findings(documentId: number) {
    const response = await h.api.get(`/api/documents/${documentId}/findings`);
    expect(response.status).toBe(200);
    return DocumentFindings.parse(response.body);
  }

  const untranslated = (segment: Segment | undefined) => (segment?.check?.mt ?? []).filter((finding) => finding.rule === 'untranslated');

  it("dismisses one paragraph's finding: marked there only, counted as dismissed, in History, restorable", async () => {
    const documentId = await newDocument();
    const before = await rows(documentId);
    const [first, second] = before;
    expect(untranslated(first)).toHaveLength(1);
    expect((await findings(documentId)).summary.byRule.untranslated).toEqual({ minor: 2, major: 0, critical: 0 });

    const translator = await h.as('translator');
    const created = await translator
      .post(`/api/documents/${documentId}/dismissals`)
      .send({ scope: 'segment', rule: 'untranslated', segmentId: first?.id, term: 'Billing', quote: 'billing' });
    expect(created.status).toBe(201);
    const dismissal = Dismissal.parse(created.body);
    expect(dismissal).toMatchObject({
      scope: 'segment',
      rule: 'untranslated',
      segmentId: first?.id,
      position: 1,
      term: 'billing',
      by: { name: 'Test translator' },
      withdrawn: null,
    });

    const after = await rows(documentId);
    expect(untranslated(after[0])[0]?.dismissed).toMatchObject({ id: dismissal.id, scope: 'segment', by: 'Test translator' });
    expect(untranslated(after[1])[0]?.dismissed).toBeUndefined();
    const { summary, dismissals } = await findings(documentId);
    expect(summary.byRule.untranslated).toEqual({ minor: 1, major: 0, critical: 0 });
    expect(summary.dismissedByRule).toEqual({ untranslated: 1 });
    expect(dismissals.map((d) => d.id)).toEqual([dismissal.id]);
    // the filter by findings follows what stands
    const withUntranslated = await h.api.get(`/api/documents/${documentId}/segments`).query({ rule: 'untranslated' });
    expect(withUntranslated.body.items.map((s: Segment) => s.position)).toEqual([2]);

    // a new text of the paragraph keeps the dismissal where the term stands
    const saved = await translator
      .post(`/api/segments/${first?.id}/revisions`)
      .send({ text: 'Buka halaman billing untuk membayar sekarang.', baseVersion: first?.version });
    expect(saved.status).toBe(201);
    expect((saved.body.segment as Segment).check?.current?.find((f) => f.rule === 'untranslated')?.dismissed?.id).toBe(dismissal.id);
    expect((await findings(documentId)).summary.dismissedByRule).toEqual({ untranslated: 1 });

    // History: the paragraph's dismissals, and the event
    const history = DismissalList.parse((await h.api.get(`/api/documents/${documentId}/dismissals`).query({ segment: first?.id })).body);
    expect(history.items.map((d) => d.id)).toEqual([dismissal.id]);
    const events = await h.api.get(`/api/documents/${documentId}/events`);
    expect(events.body.items.map((e: { type: string }) => e.type)).toContain('finding.dismissed');

    const restored = await translator.delete(`/api/documents/${documentId}/dismissals/${dismissal.id}`);
    expect(restored.status).toBe(200);
    expect(Dismissal.parse(restored.body).withdrawn).toMatchObject({ by: { name: 'Test translator' } });
    const back = await rows(documentId);
    expect(back[0]?.check?.current?.find((f) => f.rule === 'untranslated')?.dismissed).toBeUndefined();
    expect((await findings(documentId)).summary).toMatchObject({ byRule: { untranslated: { minor: 2 } }, dismissedByRule: {} });
    // withdrawn, never deleted: still on record, and not twice
    expect(DismissalList.parse((await h.api.get(`/api/documents/${documentId}/dismissals`)).body).items[0]?.withdrawn).not.toBeNull();
    expect((await translator.delete(`/api/documents/${documentId}/dismissals/${dismissal.id}`)).status).toBe(404);
    expect(second?.id).toBeDefined();
  });

  it('dismisses a term in the whole document, and switches a check off for it', async () => {
    const documentId = await newDocument();
    const reviewer = await h.as('reviewer');
    const term = await reviewer
      .post(`/api/documents/${documentId}/dismissals`)
      .send({ scope: 'term', rule: 'untranslated', term: 'billing' });
    expect(term.status).toBe(201);
    const termId = Dismissal.parse(term.body).id;
    let page = await rows(documentId);
    expect(page.slice(0, 2).map((s) => untranslated(s)[0]?.dismissed?.id)).toEqual([termId, termId]);
    let summary = (await findings(documentId)).summary;
    expect(summary.byRule.untranslated).toBeUndefined();
    expect(summary.dismissedByRule).toEqual({ untranslated: 2 });
    expect(summary.byRule['numbers.changed']).toEqual({ minor: 0, major: 1, critical: 0 });

    const rule = await reviewer.post(`/api/documents/${documentId}/dismissals`).send({ scope: 'rule', rule: 'numbers.changed' });
    expect(rule.status).toBe(201);
    page = await rows(documentId);
    expect(page[2]?.check?.mt.find((f) => f.rule === 'numbers.changed')?.dismissed).toMatchObject({ scope: 'rule', by: 'Test reviewer' });
    summary = (await findings(documentId)).summary;
    expect(summary.byRule).toEqual({});
    expect(summary.bySeverity).toEqual({ minor: 0, major: 0, critical: 0 });
    expect(summary.dismissedByRule).toEqual({ untranslated: 2, 'numbers.changed': 1 });
    expect(summary.segmentsWithFindings).toBe(0);

    // the browser checks with the same dismissals
    expect((await findings(documentId)).dismissals.map((d) => d.scope)).toEqual(['term', 'rule']);

    expect((await reviewer.delete(`/api/documents/${documentId}/dismissals/${termId}`)).status).toBe(200);
    summary = (await findings(documentId)).summary;
    expect(summary.byRule.untranslated).toEqual({ minor: 2, major: 0, critical: 0 });
    expect(summary.dismissedByRule).toEqual({ 'numbers.changed': 1 });
  });

  it("counts consistency's dismissed findings, which are made as they are served", async () => {
    const document = await h.services.documents.create(
      {
        title: 'Nama',
        sourceLang: 'en',
        targetLang: 'id',
        segments: [
          { source: 'Nelson Mandela spoke to the crowd.', mt: 'Nelson Mandela berbicara kepada orang banyak.' },
          { source: 'Later Mandela left the hall.', mt: 'Kemudian Mandela meninggalkan aula.' },
          { source: 'In the evening Mandela returned.', mt: 'Pada malam hari Mandella kembali.' },
        ],
      },
      SYSTEM_USER_ID,
    );
    expect((await findings(document.id)).summary.byRule.consistency).toEqual({ minor: 1, major: 0, critical: 0 });
    const third = (await rows(document.id))[2];
    const mark = third?.check?.mt.find((finding) => finding.rule === 'consistency');
    expect(mark?.text).toBe('Mandella');

    const here = Dismissal.parse(
      (
        await h.api
          .post(`/api/documents/${document.id}/dismissals`)
          .send({ scope: 'segment', rule: 'consistency', segmentId: third?.id, term: 'Mandela' })
      ).body,
    );
    let summary = (await findings(document.id)).summary;
    expect(summary.byRule.consistency).toBeUndefined();
    expect(summary.dismissedByRule).toEqual({ consistency: 1 });
    expect((await rows(document.id))[2]?.check?.mt.find((finding) => finding.rule === 'consistency')?.dismissed?.id).toBe(here.id);

    expect((await h.api.delete(`/api/documents/${document.id}/dismissals/${here.id}`)).status).toBe(200);
    await h.api.post(`/api/documents/${document.id}/dismissals`).send({ scope: 'rule', rule: 'consistency' });
    summary = (await findings(document.id)).summary;
    expect(summary.byRule.consistency).toBeUndefined();
    expect(summary.dismissedByRule).toEqual({ consistency: 1 });
  });

  it('refuses what is not allowed or makes no sense, and changes nothing', async () => {
    const documentId = await newDocument();
    const other = await newDocument();
    const [first] = await rows(documentId);
    const [elsewhere] = await rows(other);
    const translator = await h.as('translator');
    const snapshot = await snapshotDatabase(h.store);
    const refusals: Array<[typeof translator, Record<string, unknown>, number, RegExp]> = [
      // a translator dismisses in a paragraph, not across the document
      [translator, { scope: 'term', rule: 'untranslated', term: 'billing' }, 403, /dismissing findings across the document/u],
      [translator, { scope: 'rule', rule: 'untranslated' }, 403, /dismissing findings across the document/u],
      [h.api, { scope: 'segment', rule: 'untranslated', term: 'billing' }, 400, /segmentId.*required/u],
      [h.api, { scope: 'term', rule: 'untranslated' }, 400, /term.*required/u],
      [h.api, { scope: 'everywhere', rule: 'untranslated' }, 400, /scope.*segment, term, rule/u],
      [h.api, { scope: 'rule', rule: 'spelling' }, 400, /rule.*one of the checks/u],
      [h.api, { scope: 'segment', rule: 'untranslated', segmentId: elsewhere?.id, term: 'billing' }, 400, /is not a segment of document/u],
      [h.api, { scope: 'segment', rule: 'untranslated', segmentId: first?.id, term: 'x'.repeat(501) }, 400, /at most 500/u],
      [h.api, { scope: 'rule', rule: 'untranslated', extra: 1 }, 400, /extra/u],
    ];
    for (const [client, body, status, message] of refusals) {
      const response = await client.post(`/api/documents/${documentId}/dismissals`).send(body);
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect(JSON.stringify(response.body), JSON.stringify(body)).toMatch(message);
    }
    expect((await h.api.post('/api/documents/999999/dismissals').send({ scope: 'rule', rule: 'untranslated' })).status).toBe(404);
    expect((await h.api.delete(`/api/documents/${documentId}/dismissals/999999`)).status).toBe(404);
    expect(await snapshotDatabase(h.store)).toEqual(snapshot);

    // someone else's document-wide dismissal is not a translator's to restore
    const wide = Dismissal.parse(
      (await h.api.post(`/api/documents/${documentId}/dismissals`).send({ scope: 'rule', rule: 'untranslated' })).body,
    );
    expect((await translator.delete(`/api/documents/${documentId}/dismissals/${wide.id}`)).status).toBe(403);
    // nor restored through another document
    expect((await h.api.delete(`/api/documents/${other}/dismissals/${wide.id}`)).status).toBe(404);
  });

  it('keeps dismissals on record: the database refuses to delete or rewrite them', async () => {
    const documentId = await newDocument();
    const created = Dismissal.parse(
      (await h.api.post(`/api/documents/${documentId}/dismissals`).send({ scope: 'rule', rule: 'untranslated' })).body,
    );
    // straight at the database, past the repositories: the tables themselves refuse
    const { db } = h.store.read.checks as unknown as { db: Kysely<Database> };
    await expect(db.deleteFrom('finding_dismissals').where('id', '=', created.id).execute()).rejects.toThrow(/never deleted/u);
    await expect(
      db.updateTable('finding_dismissals').set({ rule: 'numbers.changed' }).where('id', '=', created.id).execute(),
    ).rejects.toThrow(/does not change/u);
  });
});

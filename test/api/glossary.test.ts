import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentFindings, FindingsPage, GlossaryTerm } from '../../shared/schemas';
import { seedDemoIfEmpty } from '../../server/demo/seed';
import { buildDocument, createHarness, snapshotDatabase, type Harness } from '../helpers/api';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const pair = { sourceLang: 'en', targetLang: 'de' };
const demoCsv = fs.readFileSync(path.resolve(import.meta.dirname, '../../server/demo/seed-article/glossary.en-id.csv'));

describe('glossary terms', () => {
  let id: number;

  it('adds a term and lists it for its pair only', async () => {
    const created = await h.api.post('/api/glossary/terms').send({
      ...pair,
      source: 'export curbs',
      target: 'Exportbeschränkungen',
      forbidden: ['Exportbordsteine'],
      note: 'curbs = restrictions',
    });
    expect(created.status).toBe(201);
    const term = GlossaryTerm.parse(created.body);
    id = term.id;
    expect(term).toMatchObject({ source: 'export curbs', doNotTranslate: false, caseSensitive: false, forbidden: ['Exportbordsteine'] });
    const list = await h.api.get('/api/glossary/terms').query(pair);
    expect(list.body.items.map((t: GlossaryTerm) => t.source)).toEqual(['export curbs']);
    const other = await h.api.get('/api/glossary/terms').query({ sourceLang: 'en', targetLang: 'fr' });
    expect(other.body.items).toEqual([]);
  });

  it('refuses the same term twice in a pair, whatever its case, with 409', async () => {
    const before = await snapshotDatabase(h.store);
    const again = await h.api.post('/api/glossary/terms').send({ ...pair, source: 'Export  Curbs', target: 'x' });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'duplicate', field: 'source' });
    expect(await snapshotDatabase(h.store)).toEqual(before);
  });

  it('edits, searches and deletes a term, keeping the deleted term in the event log', async () => {
    const edited = await h.api
      .put(`/api/glossary/terms/${id}`)
      .send({ source: 'export curbs', target: 'Ausfuhrbeschränkungen', forbidden: ['Exportbordsteine', 'Bordsteine'], note: '' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ target: 'Ausfuhrbeschränkungen', forbidden: ['Exportbordsteine', 'Bordsteine'] });
    const search = await h.api.get('/api/glossary/terms').query({ ...pair, q: 'BORDSTEINE' });
    expect(search.body.total).toBe(1);
    const deleted = await h.api.delete(`/api/glossary/terms/${id}`);
    expect(deleted.status).toBe(200);
    expect((await h.api.get('/api/glossary/terms').query(pair)).body.items).toEqual([]);
    const events = ((await h.store.dump()).events ?? []).map((row) => JSON.parse(row as string) as { type: string; payload: string });
    const deletion = events.filter((event) => event.type === 'glossary.term.deleted').at(-1);
    expect(JSON.parse(deletion?.payload ?? '{}')).toMatchObject({ term: { source: 'export curbs', target: 'Ausfuhrbeschränkungen' } });
    expect((await h.api.delete(`/api/glossary/terms/${id}`)).status).toBe(404);
  });

  it.each([
    [{ ...pair, source: '', target: 'x' }, 'source'],
    [{ ...pair, source: 'x', target: '' }, 'target'],
    [{ ...pair, source: 'x', target: 'y', forbidden: 'z' }, 'forbidden'],
    [{ ...pair, source: 'x', target: 'y', doNotTranslate: 'yes' }, 'doNotTranslate'],
    [{ sourceLang: 'en', targetLang: '??', source: 'x', target: 'y' }, 'targetLang'],
    [{ ...pair, source: 'two\nlines', target: 'y' }, 'source'],
  ])('refuses a bad term %#, naming %s', async (body, field) => {
    const response = await h.api.post('/api/glossary/terms').send(body);
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe(field);
  });

  it('accepts a do-not-translate term without a rendering', async () => {
    const response = await h.api.post('/api/glossary/terms').send({ ...pair, source: 'OpenAI', target: '', doNotTranslate: true });
    expect(response.status).toBe(201);
  });
});

describe('glossary files', () => {
  const idPair = { sourceLang: 'en', targetLang: 'id' };

  it('imports the demo CSV, exports it as CSV and TBX, and imports both back unchanged', async () => {
    const imported = await h.api.post('/api/glossary/import').field(idPair).attach('file', demoCsv, 'glossary.en-id.csv');
    expect(imported.status).toBe(200);
    expect(imported.body).toEqual({ added: 12, updated: 0, removed: 0, total: 12, skipped: 0 });
    const original = (await h.api.get('/api/glossary/terms').query(idPair)).body.items as GlossaryTerm[];
    const essence = (terms: GlossaryTerm[]) =>
      terms.map(({ source, target, forbidden, note, doNotTranslate, caseSensitive }) => ({
        source,
        target,
        forbidden,
        note,
        doNotTranslate,
        caseSensitive,
      }));
    expect(essence(original).find((t) => t.source === 'GPT-4')).toEqual({
      source: 'GPT-4',
      target: 'GPT-4',
      forbidden: ['GPT -4'],
      note: 'model name: keep exactly',
      doNotTranslate: true,
      caseSensitive: false,
    });

    for (const format of ['csv', 'tbx'] as const) {
      const exported = await h.api
        .get('/api/glossary/export')
        .query({ ...idPair, format })
        .buffer(true)
        .parse((res, done) => {
          let data = '';
          res.on('data', (chunk: Buffer) => (data += chunk.toString()));
          res.on('end', () => done(null, data));
        });
      expect(exported.status).toBe(200);
      expect(exported.headers['content-disposition']).toContain(`glossary.en-id.${format}`);
      const again = await h.api
        .post('/api/glossary/import')
        .field({ ...idPair, mode: 'replace' })
        .attach('file', Buffer.from(exported.body as string), `round-trip.${format}`);
      expect(again.body).toMatchObject({ added: 0, updated: 12, removed: 0, total: 12 });
      const after = (await h.api.get('/api/glossary/terms').query(idPair)).body.items as GlossaryTerm[];
      expect(essence(after)).toEqual(essence(original));
    }
  });

  it('reads TBX v2 (martif) with deprecated terms as forbidden, skipping other languages', async () => {
    const tbx = `<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><text><body>
  <termEntry id="t1"><descrip type="definition">a limit</descrip>
    <langSet xml:lang="en-US"><tig><term>cap</term></tig></langSet>
    <langSet xml:lang="id"><ntig><termGrp><term>batas</term></termGrp></ntig>
      <tig><term>topi</term><termNote type="normativeAuthorization">deprecatedTerm</termNote></tig></langSet>
  </termEntry>
  <termEntry id="t2"><langSet xml:lang="en"><tig><term>hat</term></tig></langSet><langSet xml:lang="fr"><tig><term>chapeau</term></tig></langSet></termEntry>
</body></text></martif>`;
    const response = await h.api
      .post('/api/glossary/import')
      .field({ sourceLang: 'en', targetLang: 'id' })
      .attach('file', Buffer.from(tbx), 'old.tbx');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ added: 1, skipped: 1 });
    const cap = (
      (await h.api.get('/api/glossary/terms').query({ sourceLang: 'en', targetLang: 'id', q: 'cap' })).body.items as GlossaryTerm[]
    )[0];
    expect(cap).toMatchObject({ source: 'cap', target: 'batas', forbidden: ['topi'], note: 'a limit' });
  });

  it.each([
    ['bad.csv', 'source,target\n"open,x\n', /bad.csv: line 2: a quoted field is never closed/],
    ['bad.csv', 'source,target,colour\na,b,c\n', /line 1: unknown column "colour"/],
    ['bad.csv', 'source,target,do_not_translate\na,b,maybe\n', /line 2: do_not_translate must be yes or no, not "maybe"/],
    ['bad.csv', 'source,target\na,b\nA,c\n', /line 3: "A" is already defined on line 2/],
    ['bad.csv', 'source,target\na\n', /line 2: 1 fields where the header has 2/],
    ['bad.tbx', '<tbx><text><body><conceptEntry></body></text></tbx>', /bad.tbx: not XML that Tilik can read: line 1, column \d+/],
    [
      'bomb.tbx',
      '<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><tbx>&b;</tbx>',
      /a DOCTYPE is not allowed/,
    ],
    ['x.tbx', '<html><body/></html>', /not a TBX file: the root element is <html>/],
    ['empty.csv', 'source,target\n', /no term for en → id/],
  ])('refuses %s with a message naming the problem and stores nothing', async (name, content, message) => {
    const before = await snapshotDatabase(h.store);
    const response = await h.api
      .post('/api/glossary/import')
      .field({ sourceLang: 'en', targetLang: 'id' })
      .attach('file', Buffer.from(content), name);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'validation_failed', field: 'file' });
    expect(response.body.error.message).toMatch(message);
    expect(await snapshotDatabase(h.store)).toEqual(before);
  });

  it('says what is wrong with a CSV line as a code and values, for the client to word', async () => {
    const response = await h.api
      .post('/api/glossary/import')
      .field({ sourceLang: 'en', targetLang: 'id' })
      .attach('file', Buffer.from('source,target\na,b\nA,c\n'), 'twice.csv');
    expect(response.body.error).toMatchObject({
      reason: 'csv.duplicate_source',
      params: { file: 'twice.csv', line: 3, source: 'A', earlier: 2 },
    });
  });
});

describe('findings of a document', () => {
  it('checks the demo with its glossary: findings per segment, a summary and what the browser needs', async () => {
    const fresh = await createHarness();
    try {
      const demo = (await seedDemoIfEmpty(fresh.services, { password: 'demo-password', cost: { N: 1024, r: 8, p: 1 } }))?.document;
      const response = await fresh.api.get(`/api/documents/${demo?.id}/findings`);
      expect(response.status).toBe(200);
      const findings = DocumentFindings.parse(response.body);
      expect(findings.glossary).toHaveLength(12);
      expect(findings.summary.byRule['alignment.extra']).toEqual({ minor: 0, major: 5, critical: 0 });
      expect(findings.summary.pending).toBe(0);
      const perSegment = FindingsPage.parse((await fresh.api.get(`/api/documents/${demo?.id}/findings/segments`)).body);
      expect(perSegment.next).toBeNull();
      const eight = perSegment.items.find((s) => s.position === 8);
      expect(eight?.current).toBeNull();
      expect(eight?.mt).toContainEqual(expect.objectContaining({ rule: 'glossary.forbidden', text: 'trotoar ekspor' }));
      expect(findings.summary.segmentsWithFindings).toBe(perSegment.items.length);
      // the counts kept as segments were checked add up to the findings themselves
      const counted = perSegment.items.flatMap((s) => s.current ?? s.mt);
      expect(counted.length).toBe(
        findings.summary.bySeverity.minor + findings.summary.bySeverity.major + findings.summary.bySeverity.critical,
      );

      // a correction removes the finding from the current text, not from the MT; the save's answer carries them
      const segment = (await fresh.services.documents.segments(demo?.id ?? 0)).find((s) => s.position === 8);
      const saved = await fresh.api
        .post(`/api/segments/${segment?.id}/revisions`)
        .send({ text: segment?.mt.replace('trotoar ekspor', 'pembatasan ekspor'), baseVersion: 0 });
      expect(saved.status).toBe(201);
      expect(saved.body.segment.check.current.map((f: { text: string }) => f.text)).not.toContain('trotoar ekspor');
      expect(saved.body.segment.check.mt.map((f: { text: string }) => f.text)).toContain('trotoar ekspor');
      const after = FindingsPage.parse((await fresh.api.get(`/api/documents/${demo?.id}/findings/segments`)).body);
      const eightAfter = after.items.find((s) => s.position === 8);
      expect(eightAfter?.current?.map((f) => f.text)).not.toContain('trotoar ekspor');
      expect(eightAfter?.mt.map((f) => f.text)).toContain('trotoar ekspor');
      const summaryAfter = DocumentFindings.parse((await fresh.api.get(`/api/documents/${demo?.id}/findings`)).body).summary;
      const forbidden = (summary: typeof findings.summary) =>
        Object.values(summary.byRule['glossary.forbidden'] ?? {}).reduce((a, b) => a + b, 0);
      expect(forbidden(summaryAfter)).toBe(forbidden(findings.summary) - 1);

      const withRepetition = await fresh.api.get(`/api/documents/${demo?.id}/segments`).query({ findings: 'with', rule: 'repetition' });
      expect(withRepetition.body.items.map((s: { position: number }) => s.position)).toEqual([10]);
      const without = await fresh.api.get(`/api/documents/${demo?.id}/segments`).query({ findings: 'without' });
      expect(without.body.items.map((s: { position: number }) => s.position)).toEqual([1, 2, 19]);
    } finally {
      await fresh.close();
    }
  });

  it('404s for an unknown document and refuses an unknown rule', async () => {
    expect((await h.api.get('/api/documents/9999/findings')).status).toBe(404);
    const { document } = await buildDocument(h.services);
    const response = await h.api.get(`/api/documents/${document.id}/segments`).query({ rule: 'nonsense' });
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe('rule');
  });
});

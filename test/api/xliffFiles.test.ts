/**
 * XLIFF as clients send it, over the API on both databases: a file with several language pairs
 * becomes a document per pair and goes back out as one file (each document's work, or all of it);
 * the file's own states become revisions by "File import"; a file naming no target language
 * imports once one is given; candidate translations in the file are offered as matches;
 * duplicate ids are read with a warning; a file that fails halfway leaves nothing behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentSummary, ImportResult, MemoryMatchList, type Segment } from '../../shared/schemas';
import { readXliff } from '../../server/formats/xliff';
import { approveText, createHarness, downloadBytes, snapshotDatabase, type Client, type Harness } from '../helpers/api';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/xliff');
const TWO_PAIRS = fs.readFileSync(path.join(FIXTURES, 'own/two-pairs-1.2.xlf'), 'utf8');
const SDL = fs.readFileSync(path.join(FIXTURES, 'real-world/Test_stati_sdlxliff.txt_it-IT_en-US.sdlxliff'));

function upload(client: Client, name: string, content: string | Buffer, fields: Record<string, string> = {}) {
  let request = client.post('/api/documents/import');
  for (const [key, value] of Object.entries(fields)) request = request.field(key, value);
  return request.attach('file', Buffer.from(content), { filename: name, contentType: 'application/xml' });
}

describe.each(['sqlite', 'postgres'] as const)('XLIFF as clients send it, on %s', (database) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ database });
  });
  afterAll(() => h.close());

  const segmentsOf = async (documentId: number): Promise<Segment[]> =>
    (await h.api.get(`/api/documents/${documentId}/segments?limit=500`)).body.items as Segment[];
  /** The export's bytes, as sent (a byte-order mark included). */
  const exportedBytes = async (documentId: number, set = false): Promise<Buffer> =>
    (await downloadBytes(h.api, `/api/documents/${documentId}/export?format=xliff${set ? '&set=true' : ''}`)).bytes;
  const exported = async (documentId: number, set = false) => (await exportedBytes(documentId, set)).toString('utf8');

  it('makes one document per language pair, each exported as the whole file, and the set as one', async () => {
    const response = await upload(h.api, 'help.xlf', TWO_PAIRS);
    expect(response.status).toBe(201);
    const result = ImportResult.parse(response.body);
    expect(result.documents.map((d) => [d.title, d.sourceLang, d.targetLang, d.segmentCount])).toEqual([
      ['help (en → id)', 'en', 'id', 5],
      ['help (en → fr)', 'en', 'fr', 2],
    ]);
    // the first document's fields stay where they were, for tools that read one document
    expect(result.id).toBe(result.documents[0]?.id);
    // footer.html has two units of one id: read, and said
    expect(result.warningCount).toBe(1);
    expect(result.warnings[0]).toMatch(/^line 45: the segment id "footer\.html\/f1" is used again/);
    const [id, fr] = result.documents as [DocumentSummary, DocumentSummary];

    const detail = DocumentSummary.parse((await h.api.get(`/api/documents/${fr.id}`)).body);
    expect(detail.fileSet?.map((member) => [member.id, member.targetLang])).toEqual([
      [id.id, 'id'],
      [fr.id, 'fr'],
    ]);

    // nothing changed: each export and the set are the file, byte for byte
    expect(await exported(id.id)).toBe(TWO_PAIRS);
    expect(await exported(fr.id)).toBe(TWO_PAIRS);
    expect(await exported(fr.id, true)).toBe(TWO_PAIRS);

    // one change in each document
    const [firstId] = await segmentsOf(id.id);
    await approveText(h.api, firstId!, 'Buka halaman \uE000Setelan\uE001.');
    const [, secondFr] = await segmentsOf(fr.id);
    await approveText(h.api, secondFr!, 'Vos modifications sont enregistrées.');

    const onlyId = await exported(id.id);
    expect(onlyId).toContain('<target state="final">Buka halaman <g id="1">Setelan</g>.</target>');
    expect(onlyId).toContain('<target state="new">Vos changements sont sauvés.</target>');
    const onlyFr = await exported(fr.id);
    expect(onlyFr).toContain('Buka halaman <g id="1">Pengaturan</g>.');
    expect(onlyFr).toContain('<target state="final">Vos modifications sont enregistrées.</target>');
    const whole = await exported(id.id, true);
    expect(whole).toContain('<target state="final">Buka halaman <g id="1">Setelan</g>.</target>');
    expect(whole).toContain('<target state="final">Vos modifications sont enregistrées.</target>');
    // the rest of the file untouched: only those two targets differ
    expect(
      whole
        .replace('Setelan', 'Pengaturan')
        .replace('state="final">Vos modifications sont enregistrées.', 'state="new">Vos changements sont sauvés.')
        .replace('<target state="final">Buka', '<target state="needs-review-translation">Buka'),
    ).toBe(TWO_PAIRS);
    // and the set reads back as the two documents' texts
    const back = readXliff(whole).segments;
    expect(back.filter((s) => s.targetLang === 'fr').map((s) => s.target)).toEqual([
      'Ouvrez la page \uE000Paramètres\uE001.',
      'Vos modifications sont enregistrées.',
    ]);

    // a whole-file export needs a format that is the file
    const csvSet = await h.api.get(`/api/documents/${id.id}/export?format=csv&set=true`);
    expect(csvSet.status).toBe(400);
    expect(csvSet.body.error.field).toBe('set');
  });

  it('takes the file’s states as revisions by File import, into the workflow and the memory; or leaves them out', async () => {
    const result = ImportResult.parse((await upload(h.api, 'states.xlf', TWO_PAIRS)).body);
    expect(result.states).toEqual({ submitted: 1, approved: 2 });
    const [id, fr] = result.documents as [DocumentSummary, DocumentSummary];
    expect(id.counts).toMatchObject({ untouched: 3, submitted: 1, approved: 1 });
    expect(fr.counts).toMatchObject({ untouched: 1, approved: 1 });
    const segments = await segmentsOf(id.id);
    expect(segments.map((s) => [s.status, s.current?.author.name ?? null, s.current?.text ?? null])).toEqual([
      ['untouched', null, null],
      ['submitted', 'File import', 'Perubahan Anda disimpan.'],
      ['approved', 'File import', 'Keluar setelah Anda selesai.'],
      ['untouched', null, null],
      ['untouched', null, null],
    ]);
    // the reviewer's queue has what the translator had confirmed
    const queue = (await h.api.get('/api/queue')).body.items as Array<{ segment: { id: number }; revision: { author: { name: string } } }>;
    expect(queue.map((item) => [item.segment.id, item.revision.author.name])).toContainEqual([segments[1]!.id, 'File import']);
    // an approved translation from the file is a memory match for the same source elsewhere
    const elsewhere = await h.services.documents.create(
      { title: 'Later', sourceLang: 'en', targetLang: 'id', segments: [{ source: 'Sign out when you are done.', mt: 'Keluar.' }] },
      h.users.admin.id,
    );
    const [later] = await segmentsOf(elsewhere.id);
    const matches = MemoryMatchList.parse((await h.api.get(`/api/segments/${later!.id}/matches`)).body).items;
    expect(matches[0]).toMatchObject({ score: 100, target: 'Keluar setelah Anda selesai.', approvedBy: 'File import' });

    // untouched since: the export keeps the file's own states as they were
    expect(await exported(id.id, true)).toBe(TWO_PAIRS);

    const without = ImportResult.parse((await upload(h.api, 'no-states.xlf', TWO_PAIRS, { states: 'false' })).body);
    expect(without.states).toEqual({ submitted: 0, approved: 0 });
    expect(without.documents.map((d) => d.counts.untouched)).toEqual([5, 2]);
  });

  it('maps SDLXLIFF confirmation levels, and writes the new one back into the segment definition', async () => {
    const result = ImportResult.parse((await upload(h.api, 'stati.sdlxliff', SDL)).body);
    const [document] = result.documents as [DocumentSummary];
    const segments = await segmentsOf(document.id);
    // Translated: submitted; ApprovedTranslation and ApprovedSignOff: approved; Draft and rejected ones, and empty targets: to review
    expect(segments.slice(0, 8).map((s) => s.status)).toEqual([
      'untouched',
      'untouched',
      'submitted',
      'untouched',
      'approved',
      'untouched',
      'approved',
      'untouched',
    ]);
    expect(segments.slice(8).every((s) => s.status === 'untouched')).toBe(true);
    // byte for byte, its byte-order mark too
    expect((await exportedBytes(document.id)).equals(SDL)).toBe(true);
    // the submitted one approved in Tilik: the file says ApprovedTranslation for it
    const third = segments[2]!;
    const approved = await h.api.post(`/api/revisions/${third.current!.id}/approve`);
    expect(approved.status).toBe(200);
    const out = await exported(document.id);
    expect(out).toMatch(/<sdl:seg id="3" conf="ApprovedTranslation" origin="auto-propagated"/);
    expect(out.match(/conf="/g)?.length).toBe(SDL.toString('utf8').match(/conf="/g)?.length);
  });

  it('imports a file that names no target language once one is given', async () => {
    const file =
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f"><unit id="u"><segment><source>Hello.</source></segment></unit></file></xliff>';
    const asked = await upload(h.api, 'bare.xlf', file);
    expect(asked.status).toBe(400);
    expect(asked.body.error.field).toBe('targetLang');
    const badTag = await upload(h.api, 'bare.xlf', file, { targetLang: 'not a tag' });
    expect(badTag.status).toBe(400);
    expect(badTag.body.error.field).toBe('targetLang');
    const response = await upload(h.api, 'bare.xlf', file, { targetLang: 'id' });
    expect(response.status).toBe(201);
    const result = ImportResult.parse(response.body);
    expect([result.sourceLang, result.targetLang, result.segmentCount]).toEqual(['en', 'id', 1]);
    // an approved translation goes out as a target of the language given
    const [segment] = await segmentsOf(result.id);
    await approveText(h.api, segment!, 'Halo.');
    expect(await exported(result.id)).toContain('<segment state="final"><source>Hello.</source><target>Halo.</target></segment>');
  });

  it('offers the file’s candidate translations as matches, codes and all', async () => {
    const result = ImportResult.parse((await upload(h.api, 'candidates.xlf', TWO_PAIRS, { states: 'false' })).body);
    const [first] = await segmentsOf(result.documents[0]!.id);
    const matches = MemoryMatchList.parse((await h.api.get(`/api/segments/${first!.id}/matches`)).body).items;
    const fromFile = matches.filter((match) => match.file);
    expect(fromFile).toEqual([
      {
        score: 87,
        source: 'Open the \uE000Account\uE001 page.',
        target: 'Buka halaman \uE000Akun\uE001.',
        origin: 'Shared TM',
        approvedBy: null,
        approvedAt: '',
        file: { origin: 'Shared TM', score: 87, type: null },
      },
    ]);
    // and a 2.x <mtc:match> the same way
    const twoOh = fs.readFileSync(path.join(FIXTURES, 'oasis-2.0/modules/valid/Good-mtc_subType-w-type-match.xlf'));
    const doc = ImportResult.parse((await upload(h.api, 'mtc.xlf', twoOh)).body);
    const [only] = await segmentsOf(doc.id);
    const mtc = MemoryMatchList.parse((await h.api.get(`/api/segments/${only!.id}/matches`)).body).items.filter((m) => m.file);
    expect(mtc.map((m) => [m.target, m.file?.type])).toEqual([['Il est mon meilleur ami.', 'mt']]);
  });

  it('takes a UTF-16 file with a byte-order mark, and gives it back in UTF-8 saying so', async () => {
    const text =
      '<?xml version="1.0" encoding="UTF-16"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="id" datatype="plaintext" original="x"><body><trans-unit id="1"><source>Héllo 😀</source><target>Halo</target></trans-unit></body></file></xliff>';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const result = ImportResult.parse((await upload(h.api, 'wide.xlf', utf16)).body);
    const [segment] = await segmentsOf(result.id);
    expect(segment?.source).toBe('Héllo 😀');
    await approveText(h.api, segment!, 'Halo 😀');
    const bytes = await exportedBytes(result.id);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const out = bytes.toString('utf8');
    expect(out).toMatch(/^\uFEFF<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(out).toContain('<target state="final">Halo 😀</target>');
  });

  it('stores nothing when a later language pair of the file is refused', async () => {
    const before = await snapshotDatabase(h.store);
    const broken = TWO_PAIRS.replace('target-language="fr"', 'target-language="not a tag"');
    const response = await upload(h.api, 'broken.xlf', broken);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/BCP 47/);
    expect(await snapshotDatabase(h.store)).toEqual(before);
  });
});

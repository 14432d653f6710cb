/**
 * Documents in and out as files over the API, on a real database: XLIFF import and export round
 * trips, TMX of the demo article out and back in, CSV and text, and files that must be refused
 * with nothing stored.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSummary, Segment } from '../../shared/schemas';
import { readDemoDocument } from '../../server/demo/seed';
import { readXliff } from '../../server/formats/xliff';
import { SYSTEM_USER_ID } from '../../server/store/types';
import { approveText, createHarness, snapshotDatabase, type Client, type Harness } from '../helpers/api';

const OWN = path.resolve(import.meta.dirname, '../fixtures/xliff/own');

let h: Harness;
let editor: Client;

beforeAll(async () => {
  h = await createHarness();
  editor = await h.as('editor');
});
afterAll(() => h.close());

async function upload(client: Client, name: string, content: string | Buffer, title?: string) {
  const request = client
    .post('/api/documents/import')
    .attach('file', Buffer.from(content), { filename: name, contentType: 'application/xml' });
  return title ? request.field('title', title) : request;
}

async function segmentsOf(documentId: number): Promise<Segment[]> {
  return (await h.api.get(`/api/documents/${documentId}/segments?limit=500`)).body.items as Segment[];
}

async function saveAndApprove(segment: Segment, text: string): Promise<void> {
  const saved = await h.api.post(`/api/segments/${segment.id}/revisions`).send({ text, baseVersion: segment.version });
  expect(saved.status, JSON.stringify(saved.body)).toBe(201);
  const id = saved.body.revision.id as number;
  expect((await h.api.post(`/api/revisions/${id}/submit`)).status).toBe(200);
  expect((await h.api.post(`/api/revisions/${id}/approve`)).status).toBe(200);
}

describe('XLIFF in and out', () => {
  it('imports XLIFF 1.2 with its codes and notes, and gives the same file back when nothing changed', async () => {
    const original = fs.readFileSync(path.join(OWN, 'markup-1.2.xlf'), 'utf8');
    const response = await upload(h.api, 'markup-1.2.xlf', original);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const document = response.body as DocumentSummary;
    expect(document).toMatchObject({ title: 'markup-1.2', sourceLang: 'en', targetLang: 'id', segmentCount: 4 });
    const [first, , third] = await segmentsOf(document.id);
    expect(first?.mt).toBe('Trotoar \uE000ekspor\uE001 memperlambat \uE002kemajuan.');
    expect(first?.codes?.map((code) => code.label)).toEqual(['1', '/1', '2']);
    expect(first?.notes).toEqual(['Headline of the piece.']);
    // a unit without a target arrives with an empty machine translation
    expect(third?.mt).toBe('');

    const exported = await h.api.get(`/api/documents/${document.id}/export?format=xliff`);
    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toMatch(/^application\/xliff\+xml/);
    expect(exported.headers['content-disposition']).toContain('filename="markup-1.2.xlf"');
    expect(exported.text).toBe(original);
  });

  it('exports the approved text with its markup and state, and the latest text of the others', async () => {
    const original = fs.readFileSync(path.join(OWN, 'markup-2.0.xlf'), 'utf8');
    const document = (await upload(h.api, 'markup-2.0.xlf', original, 'Berita')).body as DocumentSummary;
    expect(document.title).toBe('Berita');
    const [s1, s2] = await segmentsOf(document.id);
    if (!s1 || !s2) throw new Error('segments missing');
    await saveAndApprove(s1, s1.mt.replace('Trotoar', 'Pembatasan'));
    const draft = await h.api
      .post(`/api/segments/${s2.id}/revisions`)
      .send({ text: 'Tekan \uE000Simpan\uE001 sekarang.', baseVersion: s2.version });
    expect(draft.status).toBe(201);

    const exported = (await h.api.get(`/api/documents/${document.id}/export?format=xliff`)).text;
    expect(exported).toContain('<segment id="s1" state="final">');
    expect(exported).toContain(
      '<target>Pembatasan <pc id="1" dataRefStart="d1" dataRefEnd="d2">ekspor</pc> memperlambat<ph id="2" dataRef="d3"/> kemajuan.</target>',
    );
    expect(exported).toContain('<target>Tekan <sc id="3"/>Simpan<ec startRef="3"/> sekarang.</target>');
    // the untouched file f2 is exactly as it was
    const untouched = original.slice(original.indexOf('<file id="f2"'));
    expect(exported.endsWith(untouched)).toBe(true);
    // and the export is an XLIFF file Tilik (and so any reader) can read again
    expect(readXliff(exported).segments.map((segment) => segment.target)).toEqual([
      'Pembatasan \uE000ekspor\uE001 memperlambat\uE002 kemajuan.',
      'Tekan \uE000Simpan\uE001 sekarang.',
      'Hak cipta dilindungi.',
    ]);
  });

  it('refuses XLIFF export of a document that did not come from XLIFF, naming what it can do', async () => {
    const document = await h.services.documents.create(
      { title: 'Teks', sourceLang: 'en', targetLang: 'id', segments: [{ source: 'Hi', mt: 'Hai' }] },
      SYSTEM_USER_ID,
    );
    const response = await h.api.get(`/api/documents/${document.id}/export?format=xliff`);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/tmx, csv or txt/);
    const bad = await h.api.get(`/api/documents/${document.id}/export?format=docx`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('format');
  });
});

describe('the demo article as TMX, CSV and text', () => {
  it('goes out as TMX 1.4b with its approved segments and comes back in as the same pairs', async () => {
    const demo = await h.services.documents.create(readDemoDocument(), SYSTEM_USER_ID);
    const segments = await segmentsOf(demo.id);
    const eighth = segments.find((segment) => segment.position === 8);
    const sixth = segments.find((segment) => segment.position === 6);
    if (!eighth || !sixth) throw new Error('demo changed');
    await saveAndApprove(eighth, eighth.mt.replace('trotoar ekspor', 'pembatasan ekspor'));
    await saveAndApprove(sixth, sixth.mt.replace('Perusahaan -perusahaan', 'Perusahaan-perusahaan'));

    const tmx = await h.api.get(`/api/documents/${demo.id}/export?format=tmx`);
    expect(tmx.status).toBe(200);
    expect(tmx.text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<tmx version="1.4">/);
    expect(tmx.text).toContain('srclang="en"');
    expect(tmx.text.match(/<tu /g)).toHaveLength(2);

    const back = await upload(h.api, 'demo.tmx', tmx.text);
    expect(back.status, JSON.stringify(back.body)).toBe(201);
    expect(back.body).toMatchObject({ sourceLang: 'en', targetLang: 'id', segmentCount: 2 });
    const pairs = (await segmentsOf(back.body.id)).map((segment) => [segment.source, segment.mt]);
    expect(pairs).toEqual([
      [sixth.source, sixth.mt.replace('Perusahaan -perusahaan', 'Perusahaan-perusahaan')],
      [eighth.source, eighth.mt.replace('trotoar ekspor', 'pembatasan ekspor')],
    ]);

    const csv = await h.api.get(`/api/documents/${demo.id}/export?format=csv`);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n')[0] ?? csv.text.split('\n')[0]).toMatch(/^position,source,mt,target,status/);
    expect(csv.text).toContain('pembatasan ekspor');

    const text = await h.api.get(`/api/documents/${demo.id}/export?format=txt`);
    const paragraphs = text.text.trim().split('\n\n');
    expect(paragraphs).toHaveLength(24);
    expect(paragraphs[7]).toContain('pembatasan ekspor');
  });
});

describe('TMX from other tools', () => {
  it('reads each unit with the native code of its inline elements as chips, and writes that code back', async () => {
    const tmx =
      '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="en-US" segtype="sentence" datatype="html" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>\n' +
      '<body><tu><tuv xml:lang="en-US"><seg>Click <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept><ph>&lt;br/&gt;</ph> now.</seg></tuv>' +
      '<tuv xml:lang="id-ID"><seg>Klik <bpt i="1">&lt;b&gt;</bpt>Simpan<ept i="1">&lt;/b&gt;</ept><ph>&lt;br/&gt;</ph> sekarang.</seg></tuv></tu></body></tmx>';
    const response = await upload(h.api, 'memory.tmx', tmx);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({ title: 'memory', sourceLang: 'en-US', targetLang: 'id-ID' });
    const [segment] = await segmentsOf(response.body.id);
    expect([segment?.source, segment?.mt]).toEqual(['Click \uE000Save\uE001\uE002 now.', 'Klik \uE000Simpan\uE001\uE002 sekarang.']);
    expect(segment?.codes?.map((code) => [code.kind, code.source, code.target])).toEqual([
      ['open', '<b>', '<b>'],
      ['close', '</b>', '</b>'],
      ['standalone', '<br/>', '<br/>'],
    ]);
    // approved, it goes out with its native code where it stood
    await approveText(h.api, segment!, 'Klik \uE000Simpan\uE001\uE002 saja.');
    const out = (await h.api.get(`/api/documents/${response.body.id}/export?format=tmx`)).text;
    expect(out).toContain('<seg>Klik <bpt i="1">&lt;b&gt;</bpt>Simpan<ept i="1">&lt;/b&gt;</ept><ph>&lt;br/&gt;</ph> saja.</seg>');

    // the same file in UTF-16 with a byte-order mark, as Windows tools write it
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tmx, 'utf16le')]);
    const again = await upload(h.api, 'memory16.tmx', utf16);
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect((await segmentsOf(again.body.id))[0]?.source).toBe('Click \uE000Save\uE001\uE002 now.');
  });
});

describe('files that must be refused, with nothing stored', () => {
  const cases: Array<[string, string, RegExp]> = [
    [
      'an entity bomb',
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n<xliff version="1.2"/>',
      /line 2, column 1: a DOCTYPE is not allowed/,
    ],
    [
      'an external entity',
      '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff version="2.0">&e;</xliff>',
      /DOCTYPE is not allowed/,
    ],
    [
      'malformed XML',
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id">\n<file id="f"><unit id="u">\n<segment><source>Hi</target>',
      /line 3, column \d+/,
    ],
    ['a wrong version', '<xliff version="1.0"><file/></xliff>', /XLIFF version "1.0" is not supported/],
    ['something else entirely', '{"not": "xml"}', /neither XLIFF nor TMX/],
  ];

  it.each(cases)('%s', async (_name, content, message) => {
    const before = await snapshotDatabase(h.store);
    const response = await upload(h.api, 'bad.xlf', content);
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe('file');
    expect(response.body.error.message).toMatch(message);
    expect(await snapshotDatabase(h.store)).toEqual(before);
  });

  it('asks for the target language of a file that names none (field targetLang), storing nothing', async () => {
    const before = await snapshotDatabase(h.store);
    const response = await upload(
      h.api,
      'bad.xlf',
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f"><unit id="u"><segment><source>Hi</source></segment></unit></file></xliff>',
    );
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe('targetLang');
    expect(response.body.error.message).toMatch(/no trgLang: the file names no target language; say which it is/);
    expect(await snapshotDatabase(h.store)).toEqual(before);
  });

  it('needs a file, multipart, and the right to create documents', async () => {
    expect((await h.api.post('/api/documents/import').field('title', 'x')).status).toBe(400);
    expect((await h.api.post('/api/documents/import').send({ file: 'x' })).status).toBe(415);
    const refused = await upload(editor, 'markup-1.2.xlf', fs.readFileSync(path.join(OWN, 'markup-1.2.xlf')));
    expect(refused.status).toBe(403);
  });
});

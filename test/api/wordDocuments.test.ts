/**
 * Word documents over the API: a .docx and its machine translation become a document paragraph by
 * paragraph (body, list, table, footnote, header; formatting, links, tabs and footnote marks as
 * chips), the target .docx comes back byte for byte when nothing changed, and with the corrected
 * paragraphs written into its runs otherwise, which LibreOffice opens and reads; hostile archives
 * are refused with a clear message and nothing stored.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Segment } from '../../shared/schemas';
import { readDocx } from '../../server/formats/docx';
import { approveText, createFromFiles, createHarness, downloadBytes, snapshotDatabase, type Client, type Harness } from '../helpers/api';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/docx');
const EN = fs.readFileSync(path.join(FIXTURES, 'notice.en.docx'));
const ID = fs.readFileSync(path.join(FIXTURES, 'notice.id.docx'));

function createFromWord(
  client: Client,
  source: Uint8Array,
  target: Uint8Array,
  names: [string, string] = ['notice.en.docx', 'notice.id.docx'],
) {
  return createFromFiles(client, 'Notice', source, target, names);
}

/** The export's bytes as sent. */
async function exportedBytes(client: Client, id: number): Promise<Buffer> {
  const { status, contentType, bytes } = await downloadBytes(client, `/api/documents/${id}/export?format=docx`);
  expect(status).toBe(200);
  expect(contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  return bytes;
}

/**
 * What LibreOffice makes of a .docx, headless: its text, and a PDF of it (LibreOffice opens the
 * file or fails; it never asks to repair one headless, so a file it cannot read gives no output).
 */
function libreOffice(docx: Buffer): { text: string; pdf: Buffer } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-docx-'));
  try {
    const file = path.join(dir, 'out.docx');
    fs.writeFileSync(file, docx);
    const convert = (to: string, extension: string) => {
      const result = spawnSync('soffice', ['--headless', '--convert-to', to, '--outdir', dir, file], {
        encoding: 'utf8',
        env: { ...process.env, HOME: dir },
      });
      if (result.error)
        throw new Error(`soffice (LibreOffice, from Debian's libreoffice-writer-nogui) could not run: ${result.error.message}`);
      const out = path.join(dir, `out.${extension}`);
      if (!fs.existsSync(out)) throw new Error(`LibreOffice did not convert the file to ${extension}: ${result.stderr}`);
      return fs.readFileSync(out);
    };
    return { text: convert('txt:Text (encoded):UTF8', 'txt').toString('utf8'), pdf: convert('pdf', 'pdf') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('Word documents', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.close());

  const segmentsOf = async (id: number) => (await h.api.get(`/api/documents/${id}/segments?limit=500`)).body.items as Segment[];

  it('makes each paragraph a segment (body, list, table, footnote, header) with its formatting as chips, and writes the file back', async () => {
    const response = await createFromWord(h.api, EN, ID);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const id = response.body.id as number;
    expect((await h.api.get(`/api/documents/${id}`)).body.fileFormat).toBe('docx');
    const segments = await segmentsOf(id);
    expect(segments.map((s) => s.mt)).toEqual([
      'Perubahan pada rekening tabungan Anda',
      'Mulai \uE0001 Maret 2026\uE001, suku bunga rekening Anda menjadi \uE0022,5%\uE003 per tahun.\uE004',
      'Baca \uE000syarat lengkap\uE001 di situs web kami.\uE002Referensi: \uE003SAV-2026\uE004',
      'Anda tidak perlu melakukan apa pun.',
      'Anda boleh menutup rekening tanpa biaya.',
      'Biaya bulanan',
      'Tidak ada',
      '\uE000Suku bunga bersifat mengambang dan dapat berubah.',
      'Pemberitahuan nasabah: perubahan rekening',
    ]);
    expect(segments[1]!.source).toBe(
      'From \uE0001 March 2026\uE001, the interest rate on your account will be \uE0022.5%\uE003 a year.\uE004',
    );
    expect(segments[1]!.codes?.map((code) => code.label)).toEqual(['b', '/b', 'b', '/b', 'fn']);
    expect(segments[2]!.codes?.map((code) => code.label)).toEqual(['link', '/link', 'tab', 'i', '/i']);

    // nothing changed: the very file
    expect((await exportedBytes(h.api, id)).equals(ID)).toBe(true);

    await approveText(h.api, segments[1]!, 'Mulai \uE0001 Maret 2026\uE001, bunga rekening Anda menjadi \uE0022,5%\uE003 setahun.\uE004');
    await approveText(
      h.api,
      segments[2]!,
      'Bacalah \uE000syarat & ketentuan lengkap\uE001 di situs web kami.\uE002Referensi: \uE003SAV-2026\uE004',
    );
    await approveText(h.api, segments[7]!, '\uE000Suku bunga dapat berubah sewaktu-waktu.');
    await approveText(h.api, segments[8]!, 'Pemberitahuan untuk nasabah');
    const out = await exportedBytes(h.api, id);
    // read back: the corrected texts, with the same codes where they stood
    const blocks = readDocx(out);
    expect(blocks.map((block) => block.text)).toEqual([
      'Perubahan pada rekening tabungan Anda',
      'Mulai \uE0001 Maret 2026\uE001, bunga rekening Anda menjadi \uE0022,5%\uE003 setahun.\uE004',
      'Bacalah \uE000syarat & ketentuan lengkap\uE001 di situs web kami.\uE002Referensi: \uE003SAV-2026\uE004',
      'Anda tidak perlu melakukan apa pun.',
      'Anda boleh menutup rekening tanpa biaya.',
      'Biaya bulanan',
      'Tidak ada',
      '\uE000Suku bunga dapat berubah sewaktu-waktu.',
      'Pemberitahuan untuk nasabah',
    ]);
    expect(blocks[2]!.codes.map((code) => code.label)).toEqual(['link', '/link', 'tab', 'i', '/i']);
    // and LibreOffice opens it, reading the new text
    // (docs/word-export.png is the first page of that PDF)
    const { text, pdf } = libreOffice(out);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5000);
    expect(text).toContain('Mulai 1 Maret 2026, bunga rekening Anda menjadi 2,5% setahun.');
    expect(text).toContain('Bacalah syarat & ketentuan lengkap di situs web kami.\tReferensi: SAV-2026');
    expect(text).toContain('Anda boleh menutup rekening tanpa biaya.');
  });

  it('takes the machine translation as a Word document with its source as plain text, the file’s codes carried into the source', async () => {
    const source = fs.readFileSync(path.join(FIXTURES, 'notice.en.txt'));
    const response = await createFromWord(h.api, source, ID, ['notice.en.txt', 'notice.id.docx']);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const segments = await segmentsOf(response.body.id);
    expect(segments).toHaveLength(9);
    expect(segments[8]!.source).toBe('Customer notice: account changes');
    // each code of the translation stands in the source too, in its order, so nothing is flagged as invented
    const codesOf = (text: string) => text.match(/[\uE000-\uF8FF]/g) ?? [];
    for (const segment of segments) expect(codesOf(segment.source)).toEqual(codesOf(segment.mt));
    expect(segments[1]!.source.replace(/[\uE000-\uF8FF]/g, '')).toBe(
      'From 1 March 2026, the interest rate on your account will be 2.5% a year.',
    );
    expect((await exportedBytes(h.api, response.body.id)).equals(ID)).toBe(true);
  });

  it('refuses hostile and broken archives with a clear message, storing nothing', async () => {
    const before = await snapshotDatabase(h.store);
    const escape = zipSync({
      '[Content_Types].xml': strToU8('wordprocessingml.document'),
      'word/document.xml': strToU8('<w:document/>'),
      '../../etc/cron.d/x': strToU8('x'),
    });
    const bomb = zipSync(
      { '[Content_Types].xml': strToU8('wordprocessingml.document'), 'word/document.xml': new Uint8Array(20 * 1024 * 1024) },
      { level: 9 },
    );
    const notWord = zipSync({ 'hello.txt': strToU8('hello') });
    // an entity bomb inside the document's XML: refused before any entity is expanded
    const entities = zipSync({
      '[Content_Types].xml': strToU8('wordprocessingml.document'),
      'word/document.xml': strToU8(
        '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>',
      ),
    });
    const cases: Array<[Uint8Array, RegExp]> = [
      [entities, /has a part \(word\/document\.xml\) that is not well-formed XML: .*DOCTYPE is not allowed/],
      [escape, /has an entry with a path out of the archive \("\.\.\/\.\.\/etc\/cron\.d\/x"\)/],
      [bomb, /compressed \d+ to 1: refused as a zip bomb/],
      [notWord, /is not a Word document \(\.docx\): it has no word\/document\.xml/],
      [ID.subarray(0, 2000), /is not a \.docx file Tilik can open/],
    ];
    for (const [target, message] of cases) {
      const response = await createFromWord(h.api, EN, target);
      expect(response.status, JSON.stringify(response.body)).toBe(400);
      expect(response.body.error.field).toBe('target');
      expect(response.body.error.message).toMatch(message);
    }
    // a Word document paired with a page or a text: said, not guessed
    const mixed = await createFromWord(h.api, EN, Buffer.from('Just a text.'), ['a.docx', 'b.txt']);
    expect(mixed.status).toBe(400);
    expect(mixed.body.error.message).toMatch(/is plain text while the source is a Word document/);
    const page = await createFromWord(h.api, EN, Buffer.from('<!DOCTYPE html><p>Halo</p>'), ['a.docx', 'b.html']);
    expect(page.body.error.message).toMatch(/is an HTML page while the source is a Word document/);
    expect(await snapshotDatabase(h.store)).toEqual(before);
  });
});

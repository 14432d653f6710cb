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
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
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

  it('makes text boxes, comments, content controls and tracked changes text to translate, and writes each back where it stood', async () => {
    const BOX_EN = fs.readFileSync(path.join(FIXTURES, 'box.en.docx'));
    // a content control around the first run of a paragraph, as Word writes one (LibreOffice 7.4 cannot)
    const withControl = (file: Buffer, words: string) => {
      const entries = unzipSync(file);
      const xml = strFromU8(entries['word/document.xml']!);
      const run = `<w:r><w:rPr></w:rPr><w:t>${words}</w:t></w:r>`;
      expect(xml).toContain(run);
      entries['word/document.xml'] = strToU8(
        xml.replace(
          run,
          `<w:sdt><w:sdtPr><w:alias w:val="Reminder"/><w:tag w:val="reminder"/><w:id w:val="7"/></w:sdtPr><w:sdtContent>${run}</w:sdtContent></w:sdt>`,
        ),
      );
      return Buffer.from(zipSync(entries));
    };
    const BOX_ID = withControl(fs.readFileSync(path.join(FIXTURES, 'box.id.docx')), 'Isi ketel sebelum pekerjaan dimulai.');
    const response = await createFromWord(h.api, withControl(BOX_EN, 'Fill a kettle before the work begins.'), BOX_ID, [
      'box.en.docx',
      'box.id.docx',
    ]);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const id = response.body.id as number;
    const segments = await segmentsOf(id);
    const labelled = (segment: Segment) =>
      segment.mt.replace(/[\uE000-\uF8FF]/g, (char) => `[${segment.codes?.find((code) => code.char === char)?.label}]`);
    // the text box's paragraphs follow the paragraph that holds the box, paired with the source's box;
    // the comment is a segment and its mark a chip; the tracked insertion is text, the deletion is not
    expect(segments.map(labelled)).toEqual([
      'Gangguan pasokan air',
      '[box]Air akan mati pada hari Selasa antara pukul 09.00 dan 15.00 saat kami memperbaiki pipa utama.',
      'Hubungi [b]0800 123 456[/b] jika air masih mati setelah pukul 18.00.',
      'Simpan pemberitahuan ini untuk catatan Anda.',
      '[ctl]Isi ketel sebelum pekerjaan dimulai.[/ctl][cm]',
      'Pipa baru akan bertahan bertahun-tahun.',
      'Periksa waktunya dengan kru sebelum mencetak.',
    ]);
    expect(segments[2]!.source.replace(/[\uE000-\uF8FF]/g, '')).toBe('Call 0800 123 456 if the water is still off after 6 p.m.');
    expect(segments[6]!.source).toBe('Check the time with the crew before printing.');
    expect((await exportedBytes(h.api, id)).equals(BOX_ID)).toBe(true);

    // the paragraph that holds the box and the box's own paragraph both corrected
    await approveText(h.api, segments[1]!, '\uE000Air akan dihentikan pada hari Selasa pukul 09.00–15.00 selama perbaikan pipa induk.');
    await approveText(h.api, segments[2]!, 'Hubungi \uE000' + '0800 123 456\uE001 bila air belum mengalir setelah pukul 18.00.');
    await approveText(h.api, segments[4]!, '\uE000Isilah ketel sebelum pekerjaan dimulai.\uE001\uE002');
    await approveText(h.api, segments[5]!, 'Pipa yang baru akan bertahan bertahun-tahun.');
    await approveText(h.api, segments[6]!, 'Periksa jamnya dengan kru sebelum dicetak.');
    const out = await exportedBytes(h.api, id);
    expect(readDocx(out).map((block) => block.text.replace(/[\uE000-\uF8FF]/g, ''))).toEqual([
      'Gangguan pasokan air',
      'Air akan dihentikan pada hari Selasa pukul 09.00–15.00 selama perbaikan pipa induk.',
      'Hubungi 0800 123 456 bila air belum mengalir setelah pukul 18.00.',
      'Simpan pemberitahuan ini untuk catatan Anda.',
      'Isilah ketel sebelum pekerjaan dimulai.',
      'Pipa yang baru akan bertahan bertahun-tahun.',
      'Periksa jamnya dengan kru sebelum dicetak.',
    ]);
    const xml = strFromU8(unzipSync(out)['word/document.xml']!);
    // the box's copy for older readers says the same as its drawing; the old words are nowhere
    expect(xml.split(' bila air belum mengalir setelah pukul 18.00.').length - 1).toBe(2);
    expect(xml).not.toContain('jika air masih mati');
    // the content control is kept around the corrected words, the tracked changes are accepted
    expect(xml).toMatch(
      /<w:sdt><w:sdtPr><w:alias w:val="Reminder"\/>.*<w:sdtContent>.*Isilah ketel sebelum pekerjaan dimulai\..*<\/w:sdtContent><\/w:sdt>/,
    );
    expect(xml).not.toContain('<w:ins ');
    const { text, pdf } = libreOffice(out);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(text).toContain('Air akan dihentikan pada hari Selasa pukul 09.00–15.00 selama perbaikan pipa induk.');
    expect(text).toContain('Isilah ketel sebelum pekerjaan dimulai.');
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

/**
 * HTML pages over the API: a page and its machine translation become a document block by block
 * (links and emphasis as chips; scripts, styles and navigation left out), and the target page comes
 * back byte for byte, or with the corrected blocks written in and everything else as it was; a
 * Markdown pair keeps its markup as chips and comes back as Markdown.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Segment } from '../../shared/schemas';
import { approveText, createFromFiles, createHarness, snapshotDatabase, type Client, type Harness } from '../helpers/api';

const PAGES = path.resolve(import.meta.dirname, '../fixtures/html');
const EN = fs.readFileSync(path.join(PAGES, 'travel.en.html'), 'utf8');
const ID = fs.readFileSync(path.join(PAGES, 'travel.id.html'), 'utf8');

function createFromPages(
  client: Client,
  source: string | Uint8Array,
  target: string | Uint8Array,
  names: [string, string] = ['travel.en.html', 'travel.id.html'],
) {
  return createFromFiles(client, 'Travel', source, target, names);
}

describe('HTML pages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.close());

  const segmentsOf = async (id: number) => (await h.api.get(`/api/documents/${id}/segments?limit=500`)).body.items as Segment[];
  const exported = async (id: number) => (await h.api.get(`/api/documents/${id}/export?format=html`)).text;

  it('makes each block of text a segment, inline elements chips, and writes the page back as it came', async () => {
    const response = await createFromPages(h.api, EN, ID);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const id = response.body.id as number;
    const segments = await segmentsOf(id);
    expect(segments.map((s) => s.source)).toEqual([
      'Travel advice & safety',
      // the page's description, and the alt text of an image that stands alone, are text to translate too
      'What to check before a trip: visas, water, fees.',
      'Before you \uE000travel\uE001',
      'Check the \uE000visa rules\uE001 at least 30 days ahead.\uE002 Carry a copy of your passport.',
      'Pack light.',
      'Drink bottled water; \uE000 it if unsure.',
      'Loose text in a div',
      'and a paragraph inside',
      'after it.',
      // in <pre> the spaces that begin a line are content
      '  keep   spaces\nhere',
      'A map of the region',
      'Fee',
      '€ 30',
    ]);
    // the navigation, the script, the style and the notranslate paragraph are not segments
    expect(segments.map((s) => s.mt).join(' ')).not.toMatch(/Beranda|not text|color|ACME/);
    const link = segments[3]!;
    expect(link.mt).toBe('Periksa \uE000aturan visa\uE001 setidaknya 30 hari sebelumnya.\uE002 Bawa salinan paspor Anda.');
    expect(link.codes?.map((code) => [code.kind, code.source, code.target])).toEqual([
      ['open', '<a href="https://example.org/visa">', '<a href="https://example.org/visa">'],
      ['close', '</a>', '</a>'],
      ['standalone', '<br>', '<br>'],
    ]);
    expect((await h.api.get(`/api/documents/${id}`)).body.fileFormat).toBe('html');
    expect(await exported(id)).toBe(ID);

    await approveText(
      h.api,
      link,
      'Periksa \uE000aturan visa\uE001 paling lambat 30 hari sebelumnya.\uE002 Bawa fotokopi paspor & visa Anda.',
    );
    await approveText(h.api, segments[0]!, 'Saran perjalanan & keamanan');
    await approveText(h.api, segments[10]!, 'Peta "kawasan" itu');
    const out = await exported(id);
    expect(out).toContain(
      '<p>Periksa <a href="https://example.org/visa">aturan visa</a> paling lambat 30 hari sebelumnya.<br> Bawa fotokopi paspor &amp; visa Anda.</p>',
    );
    expect(out).toContain('<title>Saran perjalanan &amp; keamanan</title>');
    expect(out).toContain('<img src="map.png" alt="Peta &quot;kawasan&quot; itu">');
    // the rest of the page exactly as it came
    expect(
      out
        .replace('Saran perjalanan &amp; keamanan', 'Saran perjalanan &amp; keselamatan')
        .replace('Peta &quot;kawasan&quot; itu', 'Peta kawasan')
        .replace(
          'Periksa <a href="https://example.org/visa">aturan visa</a> paling lambat 30 hari sebelumnya.<br> Bawa fotokopi paspor &amp; visa Anda.',
          'Periksa <a href="https://example.org/visa">aturan visa</a> setidaknya 30 hari sebelumnya.<br>\nBawa salinan paspor Anda.',
        ),
    ).toBe(ID);
    // a page exports as a page; an XLIFF export is refused, naming the formats it has
    const xliff = await h.api.get(`/api/documents/${id}/export?format=xliff`);
    expect(xliff.status).toBe(400);
  });

  it('joins blocks the translation merged into one segment, the markup between them a chip', async () => {
    const source =
      '<!DOCTYPE html><html><body><p>Wash your hands 5 times a day.</p><p>Use soap and water for 20 seconds.</p><p>Dry them well.</p><p>Stay home when sick.</p></body></html>';
    const target =
      '<!DOCTYPE html><html><body><p>Cuci tangan Anda 5 kali sehari, dengan sabun dan air selama 20 detik.</p><p>Keringkan dengan baik.</p><p>Tetap di rumah saat sakit.</p></body></html>';
    const response = await createFromPages(h.api, source, target, ['a.html', 'b.html']);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const segments = await segmentsOf(response.body.id);
    expect(segments).toHaveLength(3);
    // the two source paragraphs of the first segment are joined by the markup between them
    expect(segments[0]!.source).toBe('Wash your hands 5 times a day. \uE000 Use soap and water for 20 seconds.');
    expect(segments[0]!.codes?.[0]).toMatchObject({ kind: 'standalone', source: '</p><p>', target: null });
    expect(segments.slice(1).map((s) => s.mt)).toEqual(['Keringkan dengan baik.', 'Tetap di rumah saat sakit.']);
    expect(await exported(response.body.id)).toBe(target);
  });

  it('makes the titles and alt texts of elements inside a text segments of their own, written back into the text', async () => {
    const page = (body: string) => `<!DOCTYPE html><html><head><title>T</title></head><body>${body}</body></html>`;
    const source = page(
      '<p>Read the <a href="/visa" title="Visa rules for visitors">visa page</a> and the <abbr title="value added tax">VAT</abbr> notes <img src="i.png" alt="Information" title="More about fees"> first.</p>',
    );
    const target = page(
      '<p>Baca <a href="/visa" title="Aturan visa untuk pengunjung">halaman visa</a> dan catatan <abbr title="pajak pertambahan nilai">PPN</abbr> <img src="i.png" alt="Informasi" title="Selengkapnya tentang biaya"> dahulu.</p>',
    );
    const response = await createFromPages(h.api, source, target, ['fees.en.html', 'fees.id.html']);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const id = response.body.id as number;
    const segments = await segmentsOf(id);
    // each attribute after the text it is in, paired with the other page's same attribute
    expect(segments.map((s) => [s.source.replace(/[\uE000-\uF8FF]/g, '|'), s.mt.replace(/[\uE000-\uF8FF]/g, '|')])).toEqual([
      ['T', 'T'],
      ['Read the |visa page| and the |VAT| notes | first.', 'Baca |halaman visa| dan catatan |PPN| | dahulu.'],
      ['Visa rules for visitors', 'Aturan visa untuk pengunjung'],
      ['value added tax', 'pajak pertambahan nilai'],
      ['Information', 'Informasi'],
      ['More about fees', 'Selengkapnya tentang biaya'],
    ]);
    expect(await exported(id)).toBe(target);

    // an attribute alone: only its value changes
    await approveText(h.api, segments[3]!, 'Pajak Pertambahan Nilai');
    expect(await exported(id)).toBe(target.replace('title="pajak pertambahan nilai"', 'title="Pajak Pertambahan Nilai"'));
    // the text and two attributes of one image in it: each value where it stood in the text written anew
    const [open, close, abbrOpen, abbrClose, img] = ['\uE000', '\uE001', '\uE002', '\uE003', '\uE004'];
    await approveText(h.api, segments[1]!, `Bacalah ${open}laman visa${close} serta catatan ${abbrOpen}PPN${abbrClose} ${img} lebih dulu.`);
    await approveText(h.api, segments[4]!, 'Info "penting"');
    await approveText(h.api, segments[5]!, 'Rincian biaya');
    expect(await exported(id)).toBe(
      page(
        '<p>Bacalah <a href="/visa" title="Aturan visa untuk pengunjung">laman visa</a> serta catatan <abbr title="Pajak Pertambahan Nilai">PPN</abbr> <img src="i.png" alt="Info &quot;penting&quot;" title="Rincian biaya"> lebih dulu.</p>',
      ),
    );
  });

  it('keeps the spaces that begin and end a line of <pre>, where whitespace is content', async () => {
    const page = (pre: string) => `<!DOCTYPE html><html><body><h1>Setup</h1><pre>${pre}</pre></body></html>`;
    const response = await createFromPages(
      h.api,
      page('  install --all\n    then restart\n'),
      page('  pasang --all\n    lalu mulai ulang\n'),
      ['setup.en.html', 'setup.id.html'],
    );
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const segments = await segmentsOf(response.body.id);
    expect(segments[1]!.mt).toBe('  pasang --all\n    lalu mulai ulang\n');
    await approveText(h.api, segments[1]!, '  pasang --all\n    lalu jalankan ulang\n');
    expect(await exported(response.body.id)).toBe(page('  pasang --all\n    lalu jalankan ulang\n'));
  });

  it('reads a page in the encoding its <meta> declares, and writes it back in UTF-8 saying so', async () => {
    const source = '<!DOCTYPE html><html><head><title>Menu</title></head><body><p>Crème brûlée, “house” style: €7.</p></body></html>';
    // as an older site serves it: windows-1252 under its usual label, ISO-8859-1 (“ ” and € are 0x93, 0x94, 0x80)
    const head =
      '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><title>Menu</title></head>';
    const target = Buffer.concat([
      Buffer.from(`${head}<body><p>Cr`, 'latin1'),
      Buffer.from([0xe8]),
      Buffer.from('me br', 'latin1'),
      Buffer.from([0xfb]),
      Buffer.from('l', 'latin1'),
      Buffer.from([0xe9, 0x65, 0x20, 0x93]),
      Buffer.from('maison', 'latin1'),
      Buffer.from([0x94, 0x20, 0x3a, 0x20, 0x37, 0x20, 0x80]),
      Buffer.from('.</p></body></html>', 'latin1'),
    ]);
    const response = await createFromPages(h.api, source, target, ['menu.en.html', 'menu.fr.html']);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const segments = await segmentsOf(response.body.id);
    expect(segments.map((s) => s.mt)).toEqual(['Menu', 'Crème brûlée “maison” : 7 €.']);
    await approveText(h.api, segments[1]!, 'Crème brûlée « maison » : 7 €.');
    expect(await exported(response.body.id)).toBe(
      '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Menu</title></head><body><p>Crème brûlée « maison » : 7 €.</p></body></html>',
    );

    // an encoding it cannot read, or bytes that are not the encoding the page declares: said, nothing stored
    const before = await snapshotDatabase(h.store);
    const klingon = await createFromPages(h.api, source, '<!DOCTYPE html><meta charset="x-klingon"><p>Qapla’</p>', ['a.html', 'b.html']);
    expect(klingon.status).toBe(400);
    expect(klingon.body.error.field).toBe('target');
    expect(klingon.body.error.message).toMatch(/declares the encoding "x-klingon", which Tilik cannot read: save it as UTF-8/);
    const broken = await createFromPages(h.api, Buffer.concat([Buffer.from('<!DOCTYPE html><p>'), Buffer.from([0xe9, 0xff])]), target, [
      'a.html',
      'b.html',
    ]);
    expect(broken.body.error).toMatchObject({ field: 'source' });
    expect(broken.body.error.message).toMatch(/is not valid UTF-8 text and declares no other encoding/);
    expect(await snapshotDatabase(h.store)).toEqual(before);
  });

  it('refuses a page paired with a plain text, storing nothing', async () => {
    const before = await snapshotDatabase(h.store);
    const response = await createFromPages(h.api, EN, 'Just text.\n\nMore text.', ['a.html', 'b.txt']);
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe('target');
    expect(response.body.error.message).toMatch(/is plain text while the source is an HTML page/);
    expect(await snapshotDatabase(h.store)).toEqual(before);
  });

  it('keeps a Markdown pair’s structure as chips, and writes the corrected Markdown back', async () => {
    const source =
      '# Install the app\n\nRead the [guide](https://example.org/en/guide) and run `npm ci` first.\n\n- It takes **two minutes**.\n- It needs no account.\n';
    const target =
      '# Pasang aplikasinya\n\nBaca [panduan](https://example.org/id/guide) dan jalankan `npm ci` dulu.\n\n- Butuh **dua menit**.\n- Tidak perlu akun.\n';
    const response = await createFromPages(h.api, source, target, ['guide.en.md', 'guide.id.md']);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const id = response.body.id as number;
    expect((await h.api.get(`/api/documents/${id}`)).body.fileFormat).toBe('markdown');
    const segments = await segmentsOf(id);
    expect(segments.map((s) => s.mt)).toEqual([
      '\uE000Pasang aplikasinya',
      'Baca \uE000panduan\uE001 dan jalankan \uE002 dulu.',
      '\uE000Butuh \uE001dua menit\uE002.\n\uE003Tidak perlu akun.',
    ]);
    const md = async () => (await h.api.get(`/api/documents/${id}/export?format=md`)).text;
    expect(await md()).toBe(target);
    await approveText(h.api, segments[1]!, 'Bacalah \uE000panduannya\uE001, lalu jalankan \uE002.');
    expect(await md()).toBe(
      target.replace(
        'Baca [panduan](https://example.org/id/guide) dan jalankan `npm ci` dulu.',
        'Bacalah [panduannya](https://example.org/id/guide), lalu jalankan `npm ci`.',
      ),
    );
    // a text pair that is not Markdown has no Markdown export
    expect((await h.api.get(`/api/documents/${id}/export?format=html`)).status).toBe(400);
  });
});

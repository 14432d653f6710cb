/**
 * A text pair imported from disk, streamed: the same segments as aligning the texts in hand, with
 * merged and split paragraphs, CRLF, a byte-order mark and paragraphs across the reader's pieces;
 * a broken pair refused with its field named and nothing left behind.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePairs } from '../../bench/generate';
import { pairParagraphs } from '../../server/services/documents';
import { importTexts } from '../../server/services/textImport';
import { createHarness, snapshotDatabase, type Harness } from '../helpers/api';

describe.each(['sqlite', 'postgres'] as const)('a text pair imported from disk, on %s', (database) => {
  let h: Harness;
  let dir: string;
  beforeAll(async () => {
    h = await createHarness({ database });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-texts-test-'));
  });
  afterAll(async () => {
    await h.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const fields = { title: 'Berkas panjang', sourceLang: 'en', targetLang: 'id' };
  const write = (name: string, text: string | Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it('stores exactly the segments the aligner makes of the texts in hand', async () => {
    // 3,000 paragraphs; the translation merges some, splits others, drops one and adds boilerplate
    const pairs = [...generatePairs(3000, 7)];
    const sourceParagraphs = pairs.map((pair) => pair.source);
    const targetParagraphs: string[] = [];
    pairs.forEach((pair, k) => {
      if (k % 97 === 5) targetParagraphs.push(`${pair.mt} ${pairs[k + 1]?.mt ?? ''}`.trim());
      else if (k % 97 === 6) return;
      else if (k % 131 === 9) targetParagraphs.push(...pair.mt.split(/(?<=\.) /u));
      else if (k === 1500) return;
      else targetParagraphs.push(pair.mt);
      if (k === 2000) targetParagraphs.push('Kembali ke atas');
    });
    const source = sourceParagraphs.join('\n\n');
    // CRLF, a byte-order mark, runs of blank lines with spaces: as files come
    const target = `\uFEFF${targetParagraphs.join('\r\n \r\n\r\n')}\r\n`;
    const expected = pairParagraphs(source, target.replace(/^\uFEFF/u, ''));

    const shares: number[] = [];
    const document = await importTexts(h.services, {
      sourcePath: write('a.en.txt', source),
      targetPath: write('a.id.txt', target),
      fields,
      actorId: h.users.admin.id,
      onProgress: (share) => shares.push(share),
    });
    expect(document).toMatchObject({ title: 'Berkas panjang', segmentCount: expected.length });
    const stored = await h.services.documents.segments(document.id);
    expect(stored.map((segment) => ({ source: segment.source, mt: segment.mt }))).toEqual(expected);
    // merged and split paragraphs were met, as the aligner groups them
    expect(expected.some((segment) => segment.source.includes('\n\n'))).toBe(true);
    expect(expected.some((segment) => segment.source === '')).toBe(true);
    // progress only goes forward, to the end
    expect(shares.every((share, k) => k === 0 || share >= (shares[k - 1] as number))).toBe(true);
    expect(shares.at(-1)).toBe(1);
    // each paragraph says how many others have its source, counted once the document is whole
    const sameSource = new Map<string, number>();
    for (const segment of expected) sameSource.set(segment.source, (sameSource.get(segment.source) ?? 0) + 1);
    const { items } = await h.services.store.read.documents.page(document.id, { limit: 500, offset: 0, status: 'all' });
    const repeats = items.map((segment) => segment.repeats ?? 0);
    expect(repeats).toEqual(items.map((segment) => (segment.source.trim() === '' ? 0 : (sameSource.get(segment.source) ?? 0) - 1)));
    expect(repeats.some((n) => n > 0)).toBe(true);
    // queued for checking, its names gathered, and visible
    expect((await h.services.checks.summary(document.id, { bringUpToDate: false })).pending).toBe(expected.length);
    expect((await h.services.documents.list()).map((d) => d.id)).toContain(document.id);
  });

  it('refuses a pair with a broken file or segment, naming it, and leaves nothing behind', async () => {
    const snapshot = await snapshotDatabase(h.store);
    const cases: Array<[string | Buffer, string | Buffer, RegExp, string]> = [
      ['Hello.\n\nWorld.', Buffer.from([0x63, 0x61, 0x66, 0xe9]), /not valid UTF-8/u, 'target'],
      ['', '\n\n  \n', /is empty: it holds no paragraphs/u, 'source'],
      // a machine translation sent empty is a mistake, not a document to review
      ['Hello.\n\nWorld.', ' \n', /is empty: it holds no paragraphs \(the machine translation is missing\)/u, 'target'],
      [`Fine.\n\n${'x'.repeat(100_001)}`, 'Baik.\n\nx', /segment 2: the text is longer than/u, 'source'],
      ['Fine.\n\nAlso fine.', 'Baik.\n\nJuga\u0000 baik.', /segment 2: the text contains a NUL/u, 'target'],
    ];
    for (const [source, target, message, field] of cases) {
      const outcome = importTexts(h.services, {
        sourcePath: write('s.txt', source),
        targetPath: write('t.txt', target),
        fields,
        actorId: h.users.admin.id,
      });
      await expect(outcome).rejects.toMatchObject({ field, message: expect.stringMatching(message) });
    }
    expect(await snapshotDatabase(h.store)).toEqual(snapshot);
  });
});

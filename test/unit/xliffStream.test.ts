/**
 * The XLIFF reader fed in pieces of any size finds what it finds reading the file whole, and the
 * spliced export written as a stream is the file the whole-file writer writes: on every file of
 * the conformance suite and the real-world files, each target changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applySplices,
  decodeXliff,
  readXliff,
  spliceStream,
  splicesFor,
  writeXliff,
  xliffReader,
  type Splice,
  type XliffSegment,
} from '../../server/formats/xliff';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/xliff');

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(path.join(FIXTURES, dir), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
    .filter((file) => /\.(xlf|xliff|sdlxliff)$/.test(file));
}

/** Readable files only (the suite has files Tilik refuses, on purpose). */
function readable(): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = [];
  for (const file of [...filesUnder('oasis-2.0'), ...filesUnder('real-world'), ...filesUnder('own')]) {
    try {
      const text = decodeXliff(fs.readFileSync(path.join(FIXTURES, file)));
      readXliff(text);
      out.push({ file, text });
    } catch {
      // refused whole: refused in pieces too (below)
    }
  }
  return out;
}

let seed = 11;
const next = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};

/** A text cut into pieces of random sizes (some a single character, some cutting a tag). */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length;) {
    const size = next() < 0.3 ? 1 + Math.floor(next() * 3) : 1 + Math.floor(next() * 200);
    out.push(text.slice(at, at + size));
    at += size;
  }
  return out;
}

async function* each<T>(items: Iterable<T>): AsyncGenerator<T> {
  for (const item of items) yield item;
}

async function collect(stream: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const piece of stream) out += piece;
  return out;
}

const files = readable();

describe('XLIFF read in pieces', () => {
  it('has readable files to try', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('finds the segments reading the whole file finds, however the file is cut', () => {
    for (const { file, text } of files) {
      const whole = readXliff(text);
      const segments: XliffSegment[] = [];
      const reader = xliffReader((unit) => segments.push(...unit));
      for (const piece of pieces(text.replace(/^\uFEFF/, ''))) reader.write(piece);
      const header = reader.close();
      expect({ ...header, segments }, file).toEqual({
        version: whole.version,
        sourceLang: whole.sourceLang,
        targetLang: whole.targetLang,
        pairs: whole.pairs,
        originals: whole.originals,
        warnings: whole.warnings,
        warningCount: whole.warningCount,
        segments: whole.segments,
      });
    }
  });

  it('refuses a broken file with the same message, however it is cut', () => {
    const broken =
      '<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="id"><body>\n<trans-unit id="1"><source>A</source></trans-unit>\n<trans-unit id="2"><source>B</sourc></trans-unit></body></file></xliff>';
    let whole = '';
    try {
      readXliff(broken);
    } catch (error) {
      whole = (error as Error).message;
    }
    expect(whole).toMatch(/line 4/);
    const reader = xliffReader(() => undefined);
    expect(() => {
      for (const piece of pieces(broken)) reader.write(piece);
      reader.close();
    }).toThrow(whole);
  });
});

describe('the export written as a stream', () => {
  it("is the whole-file writer's file, every target changed, the file and the splices in pieces", async () => {
    for (const { file, text } of files) {
      const document = readXliff(text);
      const changes = document.segments.map((segment, k) => ({
        segment,
        text: `${segment.source} · ${k} & <ok>`,
        state: k % 2 ? 'final' : 'translated',
      }));
      const expected = writeXliff(document, changes);
      const splices = splicesFor(document.version, document.targetLang, changes);
      expect(
        splices.every((splice) => splice.start <= splice.end),
        file,
      ).toBe(true);
      // read back, every segment has the text written
      expect(
        readXliff(expected).segments.map((segment) => segment.target),
        file,
      ).toEqual(changes.map((change) => (change.segment.preserveSpace ? change.text : change.text.replace(/[ \t\r\n]+/g, ' ').trim())));
      expect(applySplices(document.text, splices), file).toBe(expected);
      expect(await collect(spliceStream(each(pieces(document.text)), each(splices))), file).toBe(expected);
    }
  });

  it('leaves the file as it was when nothing changed, and copes with splices at its very ends', async () => {
    const text = '<a>hello</a>';
    expect(await collect(spliceStream(each(pieces(text)), each([])))).toBe(text);
    const ends: Splice[] = [
      { start: 0, end: 0, text: '<?x?>' },
      { start: 3, end: 8, text: 'HI' },
      { start: 12, end: 12, text: '\n' },
    ];
    expect(await collect(spliceStream(each(pieces(text)), each(ends)))).toBe('<?x?><a>HI</a>\n');
    expect(applySplices(text, ends)).toBe('<?x?><a>HI</a>\n');
  });
});

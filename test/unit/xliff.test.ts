import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeXliff, importedStatus, readXliff, writeXliff, XliffError, type XliffDocument } from '../../server/formats/xliff';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/xliff');

function read(file: string): XliffDocument {
  return readXliff(decodeXliff(fs.readFileSync(path.join(FIXTURES, file))));
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(path.join(FIXTURES, dir), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
    .filter((file) => /\.(xlf|xliff|sdlxliff)$/.test(file));
}

/** The reasons Tilik gives for refusing a well-formed file: each names something the file lacks. */
const REFUSALS = /no trgLang|no target-language|no translatable segment|DOCTYPE is not allowed/;

describe('XLIFF 1.2 with inline markup, notes and several files', () => {
  const document = read('own/markup-1.2.xlf');

  it('reads one segment per translatable unit across the files, with codes as placeholders', () => {
    expect(document.version).toBe('1.2');
    expect([document.sourceLang, document.targetLang]).toEqual(['en', 'id']);
    expect(document.segments.map((segment) => segment.key)).toEqual(['news.html/t1', 'news.html/t2', 'news.html/t3', 'footer.html/f1']);
    const [t1, t2, t3, f1] = document.segments;
    expect(t1?.source).toBe('The \uE000export curbs\uE001 slowed \uE002progress.');
    expect(t1?.target).toBe('Trotoar \uE000ekspor\uE001 memperlambat \uE002kemajuan.');
    expect(t1?.codes.map((code) => [code.key, code.kind, code.source, code.label])).toEqual([
      ['g:1:open', 'open', '<g id="1">', '1'],
      ['g:1:close', 'close', '</g>', '/1'],
      ['x:2', 'standalone', '<x id="2"/>', '2'],
    ]);
    expect(t1?.notes).toEqual(['Headline of the piece.']);
    expect(t1?.state).toBe('needs-review-translation');
    // native code (bpt, ept, ph) is one placeholder each, its content markup and not text
    expect(t2?.source).toBe('Click \uE000Save\uE001 or press \uE002.');
    expect(t2?.codes.map((code) => code.source)).toEqual([
      '<bpt id="1">&lt;b&gt;</bpt>',
      '<ept id="1">&lt;/b&gt;</ept>',
      '<ph id="2">{0}</ph>',
    ]);
    expect(t3?.target).toBeNull();
    expect(f1?.source).toBe('All rights reserved & more.');
  });

  it('exports unchanged byte for byte, and changed targets with their markup and state', () => {
    expect(writeXliff(document, [])).toBe(document.text);
    const [t1, , t3] = document.segments;
    if (!t1 || !t3) throw new Error('fixture changed');
    const out = writeXliff(document, [
      { segment: t1, text: 'Pembatasan \uE000ekspor\uE001 memperlambat \uE002kemajuan.', state: 'final' },
      { segment: t3, text: 'Belum diterjemahkan & <apa>.', state: 'translated' },
    ]);
    expect(out).toContain('<target state="final">Pembatasan <g id="1">ekspor</g> memperlambat <x id="2"/>kemajuan.</target>');
    expect(out).toContain(
      '<source>Not yet translated.</source><target xml:lang="id" state="translated">Belum diterjemahkan &amp; &lt;apa&gt;.</target>',
    );
    // everything else is as it was
    expect(out).toContain('<header><skl><external-file href="news.skl"/></skl></header>');
    expect(out).toContain(
      '<target state="translated">Klik <bpt id="1">&lt;b&gt;</bpt>Simpan<ept id="1">&lt;/b&gt;</ept> atau tekan <ph id="2">{0}</ph>.</target>',
    );
    const again = readXliff(out);
    expect(again.segments.map((segment) => segment.target)).toEqual([
      'Pembatasan \uE000ekspor\uE001 memperlambat \uE002kemajuan.',
      document.segments[1]?.target,
      'Belum diterjemahkan & <apa>.',
      document.segments[3]?.target,
    ]);
  });

  it('writes well-formed XML whatever happened to paired codes', () => {
    const t1 = document.segments[0];
    if (!t1) throw new Error('fixture changed');
    // close before open, an open twice, a standalone kept
    const out = writeXliff(document, [{ segment: t1, text: '\uE001Trotoar \uE000ekspor \uE000lagi\uE002', state: 'translated' }]);
    expect(out).toContain('<target state="translated">Trotoar <g id="1">ekspor lagi<x id="2"/></g></target>');
    expect(() => readXliff(out)).not.toThrow();
  });
});

describe('XLIFF 2.0 with inline markup, notes and several files', () => {
  const document = read('own/markup-2.0.xlf');

  it('reads one segment per <segment>, skipping ignorables, with pc, ph, sc and ec as placeholders', () => {
    expect(document.version).toBe('2.0');
    expect(document.segments.map((segment) => segment.key)).toEqual(['f1/u1/s1', 'f1/u1/s2', 'f2/u2/s1']);
    const [s1, s2] = document.segments;
    expect(s1?.source).toBe('The \uE000export curbs\uE001 slowed\uE002 progress.');
    expect(s1?.codes.map((code) => code.source)).toEqual([
      '<pc id="1" dataRefStart="d1" dataRefEnd="d2">',
      '</pc>',
      '<ph id="2" dataRef="d3"/>',
    ]);
    expect(s1?.notes).toEqual(['Headline of the piece.']);
    expect(s1?.state).toBe('initial');
    expect(s2?.source).toBe('Press \uE000Save\uE001 now.');
    expect(s2?.target).toBeNull();
  });

  it('exports the state on the segment and a missing target after its source', () => {
    expect(writeXliff(document, [])).toBe(document.text);
    const [s1, s2] = document.segments;
    if (!s1 || !s2) throw new Error('fixture changed');
    const out = writeXliff(document, [
      { segment: s1, text: 'Pembatasan \uE000ekspor\uE001 memperlambat\uE002 kemajuan.', state: 'final' },
      { segment: s2, text: 'Tekan \uE000Simpan\uE001 sekarang.', state: 'translated' },
    ]);
    expect(out).toContain('<segment id="s1" state="final">');
    expect(out).toContain(
      '<target>Pembatasan <pc id="1" dataRefStart="d1" dataRefEnd="d2">ekspor</pc> memperlambat<ph id="2" dataRef="d3"/> kemajuan.</target>',
    );
    expect(out).toContain('<segment id="s2" state="translated">');
    expect(out).toContain(
      '<source>Press <sc id="3"/>Save<ec startRef="3"/> now.</source><target>Tekan <sc id="3"/>Simpan<ec startRef="3"/> sekarang.</target>',
    );
    expect(readXliff(out).segments[1]?.target).toBe('Tekan \uE000Simpan\uE001 sekarang.');
  });
});

describe('codes without ids', () => {
  it('pairs the n-th code of the source with the n-th of the target', () => {
    const text =
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="f" source-language="en" target-language="id"><body>' +
      '<trans-unit id="a"><source>A <mrk mtype="term">curb</mrk> and <mrk mtype="term">chip</mrk>.</source>' +
      '<target>Sebuah <mrk mtype="term">pembatasan</mrk> dan <mrk mtype="term">chip</mrk>.</target></trans-unit></body></file></xliff>';
    const [segment] = readXliff(text).segments;
    expect(segment?.source).toBe('A \uE000curb\uE001 and \uE002chip\uE003.');
    expect(segment?.target).toBe('Sebuah \uE000pembatasan\uE001 dan \uE002chip\uE003.');
    expect(segment?.codes).toHaveLength(4);
  });
});

describe('whitespace', () => {
  it('is layout by default and content under xml:space="preserve"', () => {
    const text =
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="f" source-language="en" target-language="id"><body>\n' +
      '<trans-unit id="a">\n  <source>\n    Two  spaces\n  </source>\n</trans-unit>\n' +
      '<trans-unit id="b" xml:space="preserve"><source>Two  spaces, and one after </source><target>Dua  spasi </target></trans-unit>\n' +
      '</body></file></xliff>';
    const document = readXliff(text);
    expect(document.segments.map((segment) => [segment.source, segment.target])).toEqual([
      ['Two spaces', null],
      ['Two  spaces, and one after ', 'Dua  spasi '],
    ]);
    const [, b] = document.segments;
    if (!b) throw new Error('segment b missing');
    const out = writeXliff(document, [{ segment: b, text: 'Dua  spasi, dan satu sesudahnya ', state: 'translated' }]);
    expect(readXliff(out).segments[1]?.target).toBe('Dua  spasi, dan satu sesudahnya ');
  });
});

describe('files written by other tools', () => {
  const valid = [...filesUnder('real-world'), ...filesUnder('oasis-2.0/core/valid'), ...filesUnder('oasis-2.0/modules/valid')];

  it.each(valid)('%s imports and round-trips, or is refused for a stated reason', (file) => {
    let document: XliffDocument;
    try {
      document = read(file);
    } catch (error) {
      expect(error).toBeInstanceOf(XliffError);
      expect((error as Error).message).toMatch(REFUSALS);
      return;
    }
    expect(document.segments.length).toBeGreaterThan(0);
    // unchanged: the very same file
    expect(writeXliff(document, [])).toBe(document.text);
    // every target rewritten (the source where there was none): reads back to the same texts
    const texts = document.segments.map((segment) => segment.target ?? segment.source);
    const out = writeXliff(
      document,
      document.segments.map((segment, i) => ({
        segment,
        text: texts[i] ?? '',
        state: document.version === '1.2' ? 'translated' : 'reviewed',
      })),
    );
    const again = readXliff(out);
    expect(again.segments.map((segment) => segment.source)).toEqual(document.segments.map((segment) => segment.source));
    expect(again.segments.map((segment) => segment.target)).toEqual(texts);
  });

  it('refuses most of the OASIS invalid files or reads them, and never fails otherwise', () => {
    const outcomes = filesUnder('oasis-2.0/core/invalid').map((file) => {
      try {
        read(file);
        return 'read';
      } catch (error) {
        if (!(error instanceof XliffError)) throw error;
        return 'refused';
      }
    });
    expect(outcomes.length).toBeGreaterThan(100);
    expect(outcomes).toContain('refused');
  });
});

describe('bad and hostile files', () => {
  const refused = (text: string) => {
    try {
      readXliff(text);
    } catch (error) {
      expect(error).toBeInstanceOf(XliffError);
      return (error as Error).message;
    }
    throw new Error('the file was read');
  };
  const minimal = (attributes: string, body = '<file id="f"><unit id="u"><segment><source>Hi</source></segment></unit></file>') =>
    `<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" ${attributes}>${body}</xliff>`;

  it('refuses an entity-expansion bomb and an external entity before expanding anything', () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE xliff [\n<!ENTITY a "aaaaaaaaaa">\n<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\n]>\n${minimal('version="2.0" srcLang="en" trgLang="id"').replace('<?xml version="1.0"?>\n', '').replace('Hi', '&c;')}`;
    expect(refused(bomb)).toMatch(/line 2, column \d+: a DOCTYPE is not allowed/);
    const external = `<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n<xliff/>`;
    expect(refused(external)).toMatch(/DOCTYPE is not allowed/);
    expect(refused(minimal('version="2.0" srcLang="en" trgLang="id"').replace('Hi', '&secret;'))).toMatch(/line 2, column \d+: .*entity/i);
  });

  it('says where malformed XML breaks', () => {
    expect(
      refused(
        '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id">\n  <file id="f">\n    <unit id="u"><segment><source>Hi</segment>\n</xliff>',
      ),
    ).toMatch(/^line 4, column \d+: /);
  });

  it('refuses a wrong version, a missing target language, and what is not XLIFF', () => {
    expect(refused(minimal('version="3.0" srcLang="en" trgLang="id"'))).toMatch(/XLIFF version "3.0" is not supported/);
    expect(refused(minimal('version="2.0" srcLang="en"'))).toMatch(/no trgLang/);
    expect(
      refused('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en"><body/></file></xliff>'),
    ).toMatch(/no target-language/);
    expect(refused('<html><body>hello</body></html>')).toMatch(/not an XLIFF file/);
    expect(refused(minimal('version="2.0" srcLang="en" trgLang="id"', '<file id="f"/>'))).toMatch(/no translatable segment/);
  });

  it('reads UTF-16 with a byte-order mark and refuses other declared encodings', () => {
    const text = minimal('version="2.0" srcLang="en" trgLang="id"').replace('Hi', 'Héllo 😀');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(readXliff(decodeXliff(utf16)).segments[0]?.source).toBe('Héllo 😀');
    expect(() => decodeXliff(Buffer.from(text.replace('version="1.0"', 'version="1.0" encoding="ISO-8859-1"'), 'latin1'))).toThrow(
      /declares the encoding "iso-8859-1"/,
    );
    expect(() => decodeXliff(Buffer.from([0x3c, 0x78, 0xff, 0xfe, 0x3e]))).toThrow(/not valid UTF-8/);
  });
});

describe('what clients send: several language pairs, states, candidates, files that bend the rules', () => {
  it('reads every language pair of a file, each segment with its own', () => {
    const document = read('own/two-pairs-1.2.xlf');
    expect(document.pairs).toEqual([
      { sourceLang: 'en', targetLang: 'id' },
      { sourceLang: 'en', targetLang: 'fr' },
    ]);
    expect(document.segments.map((segment) => [segment.key, segment.targetLang, segment.state])).toEqual([
      ['help.html/h1', 'id', 'needs-review-translation'],
      ['help.html/h2', 'id', 'translated'],
      ['help.html/h3', 'id', 'final'],
      // the same ids in another pair's <file> are not repeats: that is another document
      ['help.html/h1', 'fr', 'signed-off'],
      ['help.html/h2', 'fr', 'new'],
      ['footer.html/f1', 'id', null],
      ['footer.html/f1#2', 'id', null],
    ]);
    expect(document.warnings).toEqual([
      'line 45: the segment id "footer.html/f1" is used again; this segment is kept as "footer.html/f1#2"',
    ]);
    expect(document.warningCount).toBe(1);
  });

  it('makes a file’s states workflow statuses, for targets only', () => {
    const status = (state: string | null, confirmation: string | null = null, target: string | null = 'x') =>
      importedStatus({ state, confirmation, target });
    expect(
      ['translated', 'signed-off', 'final', 'reviewed', 'needs-review-translation', 'new', 'initial', null].map((s) => status(s)),
    ).toEqual(['submitted', 'approved', 'approved', 'approved', null, null, null, null]);
    expect(
      ['Translated', 'ApprovedTranslation', 'ApprovedSignOff', 'Draft', 'RejectedTranslation', 'RejectedSignOff'].map((c) =>
        status(null, c),
      ),
    ).toEqual(['submitted', 'approved', 'approved', null, null, null]);
    // the confirmation level speaks for an SDLXLIFF segment; nothing to confirm without a target
    expect(status('final', 'Draft')).toBeNull();
    expect(status('final', null, '')).toBeNull();
    expect(status('final', null, null)).toBeNull();
    const sdl = read('real-world/Test_stati_sdlxliff.txt_it-IT_en-US.sdlxliff');
    expect(sdl.segments.slice(0, 7).map((segment) => segment.confirmation)).toEqual([
      null,
      'Draft',
      'Translated',
      'RejectedTranslation',
      'ApprovedTranslation',
      'RejectedSignOff',
      'ApprovedSignOff',
    ]);
  });

  it('gives each segment the candidate translations the file carries for it, codes as its placeholders', () => {
    const [h1, h2] = read('own/two-pairs-1.2.xlf').segments;
    expect(h1?.candidates).toEqual([
      {
        source: 'Open the \uE000Account\uE001 page.',
        target: 'Buka halaman \uE000Akun\uE001.',
        origin: 'Shared TM',
        score: 87,
        type: null,
      },
    ]);
    expect(h2?.candidates).toEqual([]);
    // 2.x: a match refers to its segment, or to a span inside one
    const matches = read('oasis-2.0/core/valid/withMatches.xlf');
    expect(matches.warnings).toEqual([]);
    // (a code the segment does not have, the first match's <ph>, is left out of the candidate)
    expect(matches.segments.flatMap((segment) => segment.candidates.map((candidate) => candidate.target))).toEqual(['Texte', 'Texte2']);
    // 1.2 alt-trans that are not proposals (a previous version, a rejected one) are not candidates
    const text = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="de"><body>
<trans-unit id="1"><source>Close</source><target>Schliessen</target>
<alt-trans alttranstype="previous-version"><target>Zumachen</target></alt-trans>
<alt-trans match-quality="95%" tool-id="mt-engine"><target>Schließen</target></alt-trans>
<alt-trans match-quality="high"><source>Close all</source><target>Alle schließen</target></alt-trans></trans-unit></body></file></xliff>`;
    expect(readXliff(text).segments[0]?.candidates).toEqual([
      { source: null, target: 'Schließen', origin: 'mt-engine', score: 95, type: null },
      { source: 'Close all', target: 'Alle schließen', origin: null, score: null, type: null },
    ]);
    // and the file itself is written back as it was
    expect(writeXliff(readXliff(text), [])).toBe(text);
  });

  it('reads a file without a target language in the one given, and says what is missing without one', () => {
    const text =
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en"><body><trans-unit id="1"><source>Close</source></trans-unit></body></file></xliff>';
    let missing: unknown = null;
    try {
      readXliff(text);
    } catch (error) {
      missing = (error as XliffError).missing;
    }
    expect(missing).toBe('targetLang');
    const document = readXliff(text, { targetLang: 'de' });
    expect([document.targetLang, document.segments[0]?.targetLang]).toEqual(['de', 'de']);
    // a target written for it names the language given
    const out = writeXliff(document, [{ segment: document.segments[0]!, text: 'Schließen', state: 'translated' }]);
    expect(out).toContain('<source>Close</source><target xml:lang="de" state="translated">Schließen</target>');
  });

  it('writes a new target in the language of its own pair, and the new confirmation level into SDLXLIFF', () => {
    const text = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="id"><body><trans-unit id="1"><source>Yes</source></trans-unit></body></file><file source-language="en" target-language="fr"><body><trans-unit id="1"><source>No</source></trans-unit></body></file></xliff>`;
    const document = readXliff(text);
    const out = writeXliff(document, [{ segment: document.segments[1]!, text: 'Non', state: 'final' }]);
    expect(out).toContain('<source>No</source><target xml:lang="fr" state="final">Non</target>');
    expect(out).toContain('<source>Yes</source></trans-unit>');
    const sdl = read('real-world/Test_stati_sdlxliff.txt_it-IT_en-US.sdlxliff');
    const third = sdl.segments[2]!;
    const written = writeXliff(sdl, [{ segment: third, text: 'Segment 3', state: 'final', confirmation: 'ApprovedSignOff' }]);
    expect(written).toMatch(/<sdl:seg id="3" conf="ApprovedSignOff" origin="auto-propagated"/);
    expect(readXliff(written).segments[2]?.confirmation).toBe('ApprovedSignOff');
  });

  it('warns of a closing code that closes nothing, and reads on', () => {
    const text =
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="id"><body><trans-unit id="1"><source>Bold<ept id="7">&lt;/b&gt;</ept> text</source></trans-unit></body></file></xliff>';
    const document = readXliff(text);
    expect(document.warnings).toEqual([
      'line 1: <ept> refers to "7", which no <bpt> of this source opens; it is kept as a code of its own',
    ]);
    expect(document.segments[0]?.source).toBe('Bold\uE000 text');
  });
});

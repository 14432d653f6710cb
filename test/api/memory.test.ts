/**
 * The translation memory on both databases: an approval enters it at once, a paragraph gets its
 * matches scored by words (never its own), concordance finds words in sources and targets, and a
 * TMX file goes in and comes out again.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ConcordanceList,
  MemoryAnalysisStatus,
  MemoryImportResult,
  MemoryMatchList,
  mergeAnalyses,
  type Segment,
} from '../../shared/schemas';
import { approveText, buildDocument, createHarness, type Harness } from '../helpers/api';

/** A TMX file of English sources and their translations into `targetLang`. */
const tmxOf = (targetLang: string, units: ReadonlyArray<readonly string[]>) =>
  Buffer.from(
    '<tmx version="1.4"><header srclang="en" segtype="sentence" datatype="plaintext" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>' +
      units
        .map(
          ([source, target]) =>
            `<tu><tuv xml:lang="en"><seg>${source}</seg></tuv><tuv xml:lang="${targetLang}"><seg>${target}</seg></tuv></tu>`,
        )
        .join('') +
      '</body></tmx>',
  );

describe.each(['sqlite', 'postgres'] as const)('translation memory, on %s', (database) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ database });
  });
  afterAll(() => h.close());

  /** A document's analysis once it no longer runs (it runs in the background). */
  const finished = (documentId: number) =>
    vi.waitFor(
      async () => {
        const status = MemoryAnalysisStatus.parse((await h.api.get(`/api/documents/${documentId}/memory-analysis`)).body);
        if (status.state === 'running') throw new Error('still running');
        return status;
      },
      { timeout: 60_000, interval: 20 },
    );

  const approve = (segment: Segment, text: string) => approveText(h.api, segment, text);

  it('offers an approved translation to a paragraph with a similar source, scored by words, never to itself', async () => {
    const { document, segments } = await buildDocument(h.services, {
      title: 'Clinic leaflet',
      sourceLang: 'en',
      targetLang: 'id',
      segments: [
        { source: 'Store the vials in a cold and dry place.', mt: 'Simpan botol di tempat dingin dan kering.' },
        { source: 'Store the tablets in a cold and dry place.', mt: 'Simpan tablet di tempat yang dingin.' },
        { source: 'store the vials in a cold and dry place!', mt: 'x' },
        { source: 'Wash your hands before every meal.', mt: 'Cuci tangan sebelum makan.' },
      ],
    });
    await approve(segments[0]!, 'Simpan vial di tempat yang dingin dan kering.');

    const own = MemoryMatchList.parse((await h.api.get(`/api/segments/${segments[0]!.id}/matches`)).body);
    expect(own.items).toEqual([]);

    const similar = MemoryMatchList.parse((await h.api.get(`/api/segments/${segments[1]!.id}/matches`)).body);
    expect(similar.items).toHaveLength(1);
    // one word of ten differs
    expect(similar.items[0]).toMatchObject({
      score: 90,
      source: 'Store the vials in a cold and dry place.',
      target: 'Simpan vial di tempat yang dingin dan kering.',
      origin: 'Clinic leaflet',
      approvedBy: 'Test admin',
    });
    const punctuation = MemoryMatchList.parse((await h.api.get(`/api/segments/${segments[2]!.id}/matches`)).body);
    expect(punctuation.items[0]?.score).toBe(99);
    expect(MemoryMatchList.parse((await h.api.get(`/api/segments/${segments[3]!.id}/matches`)).body).items).toEqual([]);
    // a higher threshold leaves the 90 % match out
    expect((await h.api.get(`/api/segments/${segments[1]!.id}/matches?min=95`)).body.items).toEqual([]);
    expect((await h.api.get(`/api/segments/${segments[1]!.id}/matches?min=101`)).status).toBe(400);

    // the same translation approved again elsewhere is still one unit
    const { segments: again } = await buildDocument(h.services, {
      title: 'Clinic leaflet, second edition',
      segments: [{ source: 'Store the vials in a cold and dry place.', mt: 'Simpan botol.' }],
    });
    await approve(again[0]!, 'Simpan vial di tempat yang dingin dan kering.');
    const pairs = (await h.api.get('/api/tm/pairs')).body.items as Array<{ sourceLang: string; targetLang: string; units: number }>;
    expect(pairs.find((pair) => pair.sourceLang === 'en' && pair.targetLang === 'id')?.units).toBe(1);
    const latest = MemoryMatchList.parse((await h.api.get(`/api/segments/${segments[1]!.id}/matches`)).body);
    expect(latest.items[0]?.origin).toBe('Clinic leaflet, second edition');
    expect(document.id).toBeGreaterThan(0);
  });

  it('adapts a match whose source differs in a number or a placeholder, and says what it changed', async () => {
    const { segments } = await buildDocument(h.services, {
      title: 'Dosage card',
      sourceLang: 'en',
      targetLang: 'fr',
      segments: [
        { source: 'Give {patient} 2.5 ml of syrup every evening.', mt: 'Donnez 2,5 ml.' },
        { source: 'Give {child} 7.5 ml of syrup every evening.', mt: 'Donnez.' },
      ],
    });
    await approve(segments[0]!, 'Donnez à {patient} 2,5 ml de sirop chaque soir.');
    const [match] = MemoryMatchList.parse((await h.api.get(`/api/segments/${segments[1]!.id}/matches`)).body).items;
    expect(match?.target).toBe('Donnez à {patient} 2,5 ml de sirop chaque soir.');
    expect(match?.adapted).toEqual({
      text: 'Donnez à {child} 7,5 ml de sirop chaque soir.',
      changes: [
        { start: 9, end: 16, from: '{patient}', to: '{child}' },
        { start: 17, end: 20, from: '2,5', to: '7,5' },
      ],
    });
  });

  it('marks an exact match approved between the same paragraphs as in context, and puts it first', async () => {
    const paragraphs = (before: string) => [
      { source: before, mt: 'x' },
      { source: 'Switch the pump off at the wall.', mt: 'Matikan pompa.' },
      { source: 'Wait until the pipes are cold.', mt: 'Tunggu.' },
    ];
    const first = await buildDocument(h.services, { title: 'Pump manual, first', segments: paragraphs('Before you drain the tank:') });
    await approve(first.segments[1]!, 'Matikan pompa di stopkontak.');
    const other = await buildDocument(h.services, { title: 'Pump manual, other', segments: paragraphs('Before you clean the filter:') });
    await approve(other.segments[1]!, 'Matikan pompa pada stopkontak dinding.');
    const again = await buildDocument(h.services, { title: 'Pump manual, again', segments: paragraphs('Before you drain the tank:') });
    const items = MemoryMatchList.parse((await h.api.get(`/api/segments/${again.segments[1]!.id}/matches`)).body).items;
    expect(items.map((match) => [match.score, match.target, match.context ?? false])).toEqual([
      [100, 'Matikan pompa di stopkontak.', true],
      [100, 'Matikan pompa pada stopkontak dinding.', false],
    ]);
  });

  it('analyses a document by best match: in context, fuzzy bands, repetitions, new; the parts of a shared analysis add up', async () => {
    const a = await buildDocument(h.services, {
      title: 'Analysis, earlier',
      segments: [
        { source: 'Before you start the drill:', mt: 'x' },
        { source: 'Switch off the drill at the socket.', mt: 'Matikan bor.' },
        { source: 'Wait one full minute.', mt: 'Tunggu.' },
      ],
    });
    await approve(a.segments[1]!, 'Matikan bor di stopkontak.');
    const b = await buildDocument(h.services, {
      title: 'Analysis, now',
      segments: [
        { source: 'Before you start the drill:', mt: 'x' },
        { source: 'Switch off the drill at the socket.', mt: 'x' },
        { source: 'Wait one full minute.', mt: 'x' },
        { source: 'Switch off the drill at the socket first today.', mt: 'x' },
        { source: 'Switch off the drill at the socket.', mt: 'x' },
        { source: 'Nothing like this was ever approved.', mt: 'x' },
      ],
    });
    // never asked for: nothing yet; asked for: it runs in the background, and its answer is kept
    const none = MemoryAnalysisStatus.parse((await h.api.get(`/api/documents/${b.document.id}/memory-analysis`)).body);
    expect(none).toMatchObject({ state: 'none', analysis: null });
    const started = await h.api.post(`/api/documents/${b.document.id}/memory-analysis`);
    expect(started.status).toBe(202);
    expect(['running', 'done']).toContain(MemoryAnalysisStatus.parse(started.body).state);
    const done = await finished(b.document.id);
    expect(done).toMatchObject({ state: 'done', progress: 1, error: null });
    expect(done.finishedAt! >= done.startedAt!).toBe(true);
    const analysis = done.analysis!;
    const bands = Object.fromEntries(analysis.bands.map((entry) => [entry.band, entry.segments]));
    expect(bands).toEqual({ context: 1, exact: 0, '95-99': 0, '85-94': 0, '75-84': 1, '70-74': 0, repetition: 1, new: 3 });
    expect(analysis.segments).toBe(6);
    expect(analysis.words).toBe(analysis.bands.reduce((sum, entry) => sum + entry.words, 0));
    expect(analysis.bands.find((entry) => entry.band === 'repetition')?.words).toBe(7);
    // a paragraph's own approved text is not its match: the earlier document's approved paragraph is new to itself
    const own = await h.services.memory.analyse(a.document.id);
    expect(own.bands.find((entry) => entry.band === 'new')?.segments).toBe(3);
    // shared between two threads, the same answer
    const halves = await Promise.all([h.services.memory.analyse(b.document.id, 0, 2), h.services.memory.analyse(b.document.id, 1, 2)]);
    expect(mergeAnalyses(halves)).toEqual(analysis);
  });

  it('says how far an analysis has come, and takes one its server stopped hearing from as lost, to be started again', async () => {
    const { document } = await buildDocument(h.services, {
      title: 'Analysis, long',
      segments: Array.from({ length: 250 }, (_, k) => ({ source: `Line ${k} of the long list.`, mt: 'x' })),
    });
    const shares: number[] = [];
    const analysis = await h.services.memory.analyse(document.id, 0, 1, (share) => shares.push(share));
    expect(analysis.segments).toBe(250);
    expect(shares).toEqual([100 / 250, 200 / 250]);

    // a run whose server ended: still "running" in the database, not heard from for three minutes
    const long = new Date(Date.now() - 3 * 60 * 1000).toISOString();
    await h.store.transaction((tx) => tx.memory.beginAnalysis(document.id, h.users.admin.id, long, long));
    const lost = MemoryAnalysisStatus.parse((await h.api.get(`/api/documents/${document.id}/memory-analysis`)).body);
    expect(lost).toMatchObject({ state: 'failed', error: 'lost', analysis: null });
    expect((await h.api.post(`/api/documents/${document.id}/memory-analysis`)).status).toBe(202);
    const again = await finished(document.id);
    expect(again).toMatchObject({ state: 'done', error: null });
    expect(again.analysis?.segments).toBe(250);
  });

  it('keeps a project memory to its documents, which also see the shared one', async () => {
    const make = async (title: string, memory: string | null, source: string) => {
      const built = await buildDocument(h.services, { title, segments: [{ source, mt: 'x' }] });
      if (memory !== null) expect((await h.api.patch(`/api/documents/${built.document.id}`).send({ memory })).status).toBe(200);
      return built.segments[0]!;
    };
    const acmeFirst = await make('Acme brochure', 'Acme', 'The compressor hums quietly all night long.');
    const acmeSecond = await make('Acme manual', 'Acme', 'The compressor hums quietly all night long here.');
    const shared = await make('Shared note', null, 'The compressor hums quietly all night long there.');
    const other = await make('Other client', 'Globex', 'The compressor hums quietly all night long again.');
    expect((await h.api.get(`/api/documents/${acmeSecond.documentId}`)).body.memory).toBe('Acme');
    await approve(acmeFirst, 'Kompresor berdengung pelan sepanjang malam.');

    const origins = async (segment: Segment) =>
      MemoryMatchList.parse((await h.api.get(`/api/segments/${segment.id}/matches`)).body).items.map((match) => match.origin);
    expect(await origins(acmeSecond)).toEqual(['Acme brochure']);
    expect(await origins(shared)).toEqual([]);
    expect(await origins(other)).toEqual([]);

    // the shared memory is seen from every project
    await approve(shared, 'Kompresor berdengung pelan sepanjang malam di sana.');
    expect((await origins(acmeSecond)).sort()).toEqual(['Acme brochure', 'Shared note']);
    expect(await origins(other)).toEqual(['Shared note']);

    const concordance = async (memory?: string) =>
      ConcordanceList.parse(
        (
          await h.api
            .get('/api/tm/concordance')
            .query({ q: 'berdengung', sourceLang: 'en', targetLang: 'id', ...(memory ? { memory } : {}) })
        ).body,
      )
        .items.map((hit) => hit.origin)
        .sort();
    expect(await concordance('Acme')).toEqual(['Acme brochure', 'Shared note']);
    expect(await concordance()).toEqual(['Shared note']);

    const exported = (await h.api.get('/api/tm/export').query({ sourceLang: 'en', targetLang: 'id', memory: 'Acme' })).text;
    expect(exported).toContain('Kompresor berdengung pelan sepanjang malam.</seg>');
    expect(exported).not.toContain('di sana.');
    expect((await h.api.get('/api/tm/export').query({ sourceLang: 'en', targetLang: 'id' })).text).not.toContain('sepanjang malam.</seg>');
    const pairs = (await h.api.get('/api/tm/pairs')).body.items as Array<{ sourceLang: string; memory: string | null; units: number }>;
    expect(pairs.find((pair) => pair.memory === 'Acme')?.units).toBe(1);

    // a TMX file into a project memory
    const tmx =
      '<tmx version="1.4"><header srclang="en" segtype="sentence" datatype="plaintext" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>' +
      '<body><tu><tuv xml:lang="en"><seg>The compressor hums quietly all night long again.</seg></tuv><tuv xml:lang="id"><seg>Lagi.</seg></tuv></tu></body></tmx>';
    const imported = await h.api.post('/api/tm/import').field('memory', 'Globex').attach('file', Buffer.from(tmx), 'globex.tmx');
    expect(imported.body).toMatchObject({ memory: 'Globex', units: 1 });
    expect((await origins(other)).sort()).toEqual(['Shared note', 'globex.tmx']);
    expect(await origins(acmeSecond)).not.toContain('globex.tmx');

    const bad = await h.api.patch(`/api/documents/${other.documentId}`).send({ memory: 'a\u0001b' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('memory');
  });

  it('matches Chinese sources by their characters', async () => {
    const { segments } = await buildDocument(h.services, {
      title: '说明书',
      sourceLang: 'zh-CN',
      targetLang: 'en',
      segments: [
        { source: '请将药瓶存放在阴凉干燥的地方。', mt: 'Please store the bottle in a cool dry place.' },
        { source: '请将药片存放在阴凉干燥的地方。', mt: 'Store the tablets somewhere cool.' },
      ],
    });
    await approve(segments[0]!, 'Store the vials in a cool, dry place.');
    const matches = MemoryMatchList.parse((await h.api.get(`/api/segments/${segments[1]!.id}/matches`)).body);
    expect(matches.items[0]?.target).toBe('Store the vials in a cool, dry place.');
    expect(matches.items[0]?.score).toBeGreaterThanOrEqual(70);
    expect(matches.items[0]?.score).toBeLessThan(100);
  });

  it('finds a near-copy whose rarest word was the one changed among many longer units that share its other words', async () => {
    // the original, then 200 newer units holding every word the two share, and ten more of their own
    const tail = (k: number) =>
      Array.from(
        { length: 10 },
        (_, n) => `w${String.fromCharCode(97 + ((k * 7 + n) % 26))}${String.fromCharCode(97 + ((k + n * 3) % 26))}${k}`,
      ).join(' ');
    const units = [
      ['Gravel tracks cross the northern ridge before dawn.', 'Les pistes de gravier traversent la crête nord avant l’aube.'],
      ...Array.from({ length: 200 }, (_, k) => [`Gravel tracks cross the northern ridge before dawn ${tail(k)}.`, `Traduction ${k}.`]),
    ];
    const imported = await h.api.post('/api/tm/import').attach('file', tmxOf('fr', units), 'ridges.tmx');
    expect(MemoryImportResult.parse(imported.body)).toMatchObject({ targetLang: 'fr', units: 201 });
    // "plateau", the query's rarest word, is in no unit: every unit shares the rest alike, and the
    // one of the same length is the match (seven words of eight)
    const matches = await h.services.memory.matchesFor(
      { sourceLang: 'en', targetLang: 'fr' },
      'Gravel tracks cross the northern plateau before dawn.',
    );
    expect(matches.map((match) => [match.source, match.score])).toEqual([['Gravel tracks cross the northern ridge before dawn.', 88]]);
  });

  it('ranks a unit that repeats the words it shares no higher than one that holds them once', async () => {
    // 200 newer units that hold every word the original shares with the query twice over (words no
    // other test's units hold: a lookup ranks the source language's units before it keeps its pair's)
    const units = [
      ['Copper wires link the eastern towers.', 'Kupferdrähte verbinden die östlichen Türme.'],
      ...Array.from({ length: 200 }, (_, k) => [
        `Copper wires copper wires link link the the eastern eastern wx${k} yz${k}.`,
        `Übersetzung ${k}.`,
      ]),
    ];
    const imported = await h.api.post('/api/tm/import').attach('file', tmxOf('de', units), 'repeats.tmx');
    expect(MemoryImportResult.parse(imported.body)).toMatchObject({ targetLang: 'de', units: 201 });
    const matches = await h.services.memory.matchesFor({ sourceLang: 'en', targetLang: 'de' }, 'Copper wires link the eastern bridges.');
    expect(matches.map((match) => match.source)).toEqual(['Copper wires link the eastern towers.']);
  });

  it('takes a TMX file in UTF-16 with a byte-order mark, as the command line does', async () => {
    const tmx =
      '<?xml version="1.0" encoding="UTF-16"?><tmx version="1.4"><header srclang="en" segtype="sentence" datatype="plaintext" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>' +
      '<tu><tuv xml:lang="en"><seg>Press {0} to continue.</seg></tuv><tuv xml:lang="sw"><seg>Bonyeza <ph>{0}</ph> kuendelea.</seg></tuv></tu></body></tmx>';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tmx, 'utf16le')]);
    const imported = await h.api.post('/api/tm/import').attach('file', utf16, { filename: 'sw.tmx', contentType: 'application/xml' });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(MemoryImportResult.parse(imported.body)).toMatchObject({ sourceLang: 'en', targetLang: 'sw', units: 1 });
    const hits = ConcordanceList.parse((await h.api.get('/api/tm/concordance?q=continue&sourceLang=en&targetLang=sw')).body).items;
    // the placeholder kept in the translation
    expect(hits.map((hit) => hit.target)).toEqual(['Bonyeza {0} kuendelea.']);
    // bytes that are neither: refused, naming the field
    const bad = await h.api.post('/api/tm/import').attach('file', Buffer.from([0x3c, 0xc3, 0x28]), { filename: 'x.tmx' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/not valid UTF-8 text \(nor UTF-16 with a byte-order mark\)/);
  });

  it('finds a word or phrase in sources and targets (concordance), short ones too', async () => {
    const tmx =
      '<?xml version="1.0"?><tmx version="1.4"><header srclang="en-GB" segtype="sentence" datatype="plaintext" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>' +
      '<tu><tuv xml:lang="en-GB"><seg>Your account statement is ready.</seg></tuv><tuv xml:lang="ms"><seg>Penyata akaun anda sedia.</seg></tuv></tu>' +
      '<tu><tuv xml:lang="en-GB"><seg>Transfer fees apply.</seg></tuv><tuv xml:lang="ms"><seg>Yuran pindahan dikenakan.</seg></tuv></tu>' +
      '<tu><tuv xml:lang="en-GB"><seg>Go to My <ph>&lt;b&gt;</ph>Account<ph>&lt;/b&gt;</ph>.</seg></tuv><tuv xml:lang="ms"><seg>Pergi ke Akaun Saya.</seg></tuv></tu>' +
      '<tu><tuv xml:lang="en-GB"><seg>Untranslated.</seg></tuv></tu>' +
      '</body></tmx>';
    const imported = await h.api
      .post('/api/tm/import')
      .attach('file', Buffer.from(tmx), { filename: 'bank.tmx', contentType: 'application/xml' });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(MemoryImportResult.parse(imported.body)).toEqual({ sourceLang: 'en-GB', targetLang: 'ms', memory: null, units: 3 });

    const search = async (q: string) =>
      ConcordanceList.parse((await h.api.get(`/api/tm/concordance?q=${encodeURIComponent(q)}&sourceLang=en-GB&targetLang=ms`)).body).items;
    expect((await search('ACCOUNT')).map((hit) => hit.target).sort()).toEqual(['Penyata akaun anda sedia.', 'Pergi ke Akaun Saya.']);
    expect((await search('pindahan')).map((hit) => hit.source)).toEqual(['Transfer fees apply.']);
    // shorter than a trigram: found all the same ("ke", and inside "dikenakan")
    // the native code of inline elements is kept, in the text
    expect((await search('ke')).map((hit) => hit.source).sort()).toEqual(['Go to My <b>Account</b>.', 'Transfer fees apply.']);
    expect(await search('mortgage')).toEqual([]);
    expect((await h.api.get('/api/tm/concordance?q=&sourceLang=en-GB&targetLang=ms')).status).toBe(400);

    // out again as TMX, and in again without a duplicate
    const exported = await h.api.get('/api/tm/export?sourceLang=en-GB&targetLang=ms').buffer(true);
    expect(exported.status).toBe(200);
    const text = exported.text;
    expect(text).toContain('<tuv xml:lang="ms"><seg>Yuran pindahan dikenakan.</seg></tuv>');
    expect(text.match(/<tu /g)).toHaveLength(3);
    const again = await h.api
      .post('/api/tm/import')
      .attach('file', Buffer.from(text), { filename: 'again.tmx', contentType: 'application/xml' });
    expect(MemoryImportResult.parse(again.body).units).toBe(3);
    const pairs = (await h.api.get('/api/tm/pairs')).body.items as Array<{ sourceLang: string; targetLang: string; units: number }>;
    expect(pairs.find((pair) => pair.sourceLang === 'en-GB')?.units).toBe(3);
  });

  it('refuses a file that is not TMX, and stores nothing', async () => {
    const before = (await h.api.get('/api/tm/pairs')).body;
    const refused = await h.api
      .post('/api/tm/import')
      .attach('file', Buffer.from('<xliff version="1.2"/>'), { filename: 'x.xlf', contentType: 'application/xml' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/is not TMX/);
    expect((await h.api.get('/api/tm/pairs')).body).toEqual(before);
  });
});

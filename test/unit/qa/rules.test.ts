import { describe, expect, it } from 'vitest';
import { contextFromCounts } from '../../../shared/qa';
import { check, checkAll, flagged, only, term } from '../../helpers/qa';

describe('names and do-not-translate', () => {
  it('reads a single capitalised word kept in a translated sentence as a name, not a word left untranslated', () => {
    const untranslated = (source: string, target: string) => only(check(source, target), 'untranslated').map((f) => f.text);
    expect(untranslated('Streamly lets you watch films.', 'Streamly memungkinkan Anda menonton film.')).toEqual([]);
    expect(untranslated('Streamly Terms of Service.', 'Ketentuan Layanan Streamly.')).toEqual([]);
    expect(untranslated('Terms of Service: Streamly.', 'Ketentuan Layanan: Streamly.')).toEqual([]);
    // (a word left as it was in a sentence that is not translated around it is still one)
    expect(untranslated('Streamly lets you watch films.', 'Streamly lets you menonton film.')).not.toEqual([]);
    expect(untranslated('We use open-source software.', 'Kami menggunakan perangkat lunak open-source.')).toEqual(['open-source']);
  });

  it('reports a person named after a title whose name the translation turned into words, not a title of a function', () => {
    const changed = (source: string, target: string, targetLang = 'id') =>
      only(check(source, target, { targetLang }), 'names.changed').map((f) => [f.text, f.suggestion]);
    expect(changed('Contact Mr. Hope at the front desk.', 'Hubungi Tuan Harapan di meja depan.')).toEqual([['Tuan Harapan', 'Hope']]);
    expect(changed('Contact Mr. Hope at the front desk.', 'Hubungi Bapak Hope di meja depan.')).toEqual([]);
    expect(changed('Dr. Rivers will see you at 9.', 'Dr. Flüsse wird Sie um 9 Uhr empfangen.', 'de')).toEqual([['Flüsse', 'Rivers']]);
    expect(changed('Dr. Rivers will see you at 9.', 'Dr. Rivers wird Sie um 9 Uhr empfangen.', 'de')).toEqual([]);
    expect(changed('Thank you, Mr. President.', 'Terima kasih, Bapak Presiden.')).toEqual([]);
  });

  it('reports a country rendered as another, read by the names CLDR gives it in each language', () => {
    const changed = (source: string, target: string, targetLang = 'id', sourceLang = 'en') =>
      only(check(source, target, { sourceLang, targetLang }), 'names.changed').map((f) => [f.text, f.suggestion, f.source?.text]);
    expect(changed('This Agreement is governed by the laws of Singapore.', 'Perjanjian ini diatur oleh hukum Malaysia.')).toEqual([
      ['Malaysia', 'Singapura', 'Singapore'],
    ]);
    expect(changed('Flights to the United States and Japan.', 'Penerbangan ke Amerika Serikat dan Korea Selatan.')).toEqual([
      ['Korea Selatan', 'Jepang', 'Japan'],
    ]);
    expect(
      changed('Der Vertrag unterliegt dem Recht von Österreich.', 'The contract is governed by the laws of Australia.', 'en', 'de'),
    ).toEqual([['Australia', 'Austria', 'Österreich']]);
    expect(changed('The contract is governed by the laws of Austria.', 'Der Vertrag unterliegt dem Recht von Australien.', 'de')).toEqual([
      ['Australien', 'Österreich', 'Austria'],
    ]);
    // by its own name in the other language, or short ("US", "AS"), or one added beside the same: no change
    expect(changed('This Agreement is governed by the laws of Singapore.', 'Perjanjian ini tunduk pada hukum Singapura.')).toEqual([]);
    expect(changed('Prices in the US rose.', 'Harga di AS naik.')).toEqual([]);
    expect(changed('Ships from Singapore.', 'Dikirim dari Singapura ke Malaysia.')).toEqual([]);
    // the United Nations ("PBB") is no country
    expect(changed('The UN and France met.', 'PBB dan Jerman bertemu.')).toEqual([['Jerman', 'Prancis', 'France']]);
    // part of a longer name is not the country
    expect(changed('Flights to Guinea-Bissau.', 'Penerbangan ke Guinea.')).toEqual([]);
  });

  const dnt = [term('OpenAI', 'OpenAI', [], { doNotTranslate: true }), term('GPT-4', 'GPT-4', [], { doNotTranslate: true })];

  it('requires do-not-translate terms exactly as written', () => {
    const findings = check("OpenAI's GPT-4 leads.", 'GPT -4 Openai memimpin.', { glossary: dnt });
    expect(only(findings, 'names.dnt').map((f) => [f.text, f.suggestion])).toEqual([
      ['GPT -4', 'GPT-4'],
      ['Openai', 'OpenAI'],
    ]);
    expect(check("OpenAI's GPT-4 leads.", 'GPT-4 milik OpenAI memimpin.', { glossary: dnt })).toEqual([]);
  });

  it('says so when a do-not-translate term is gone, on the words that took its place', () => {
    const findings = check('OpenAI leads.', 'Perusahaan itu memimpin.', { glossary: dnt });
    // where to look, without a one-click fix (the words there are a guess from the text's landmarks)
    expect(only(findings, 'names.dnt-missing')).toEqual([
      expect.objectContaining({ text: 'Perusahaan', params: { term: 'OpenAI' }, suggestion: null }),
    ]);
  });

  it('puts a glossary term rendered another way on that rendering', () => {
    const glossary = [term('invoice', 'faktur')];
    const findings = only(
      check('Please send the invoice by Friday.', 'Harap kirim tagihan sebelum hari Jumat.', { glossary }),
      'glossary.missing',
    );
    expect(findings.map((f) => [f.text, f.params.expected, f.source?.text])).toEqual([['tagihan', 'faktur', 'invoice']]);
    const german = only(
      check('Please send the invoice by Friday.', 'Bitte senden Sie die Abrechnung bis Freitag.', {
        glossary: [term('invoice', 'Rechnung')],
        targetLang: 'de',
      }),
      'glossary.missing',
    );
    expect(german.map((f) => f.text)).toEqual(['Abrechnung']);
  });

  it('finds names by their shape without any glossary', () => {
    const findings = check('YouTube, DeepSeek and the H800 chip; GPT-4 too.', 'Youtube, Deep Seek dan chip h800; GPT -4 juga.');
    expect(flagged(findings, 'names.variant')).toEqual(['Youtube', 'Deep Seek', 'h800', 'GPT -4']);
  });

  it('leaves ordinary words that merely share an acronym or a capitalised word alone', () => {
    expect(flagged(check("L'équipe IT travaille.", 'The it team works.', { sourceLang: 'fr', targetLang: 'en' }), 'names.variant')).toEqual(
      [],
    );
    expect(flagged(check('The Meta model.', 'Model meta itu.'), 'names.variant')).toEqual([]);
  });
});

describe('numbers and currency', () => {
  it('reads each language with its own separators', () => {
    expect(check('It grew 2.5 times.', 'Tumbuh 2,5 kali.')).toEqual([]);
    expect(only(check('It grew 2.5 times.', 'Tumbuh 2.5 kali.'), 'numbers.format')).toEqual([
      expect.objectContaining({ text: '2.5', suggestion: '2,5' }),
    ]);
    expect(only(check('It grew 2.5 times.', 'Tumbuh 25 kali.'), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: '25', params: expect.objectContaining({ source: '2.5' }), suggestion: '2,5' }),
    ]);
    expect(check('1,000 cars', '1.000 Autos', { targetLang: 'de' })).toEqual([]);
    expect(flagged(check('1,000 cars', '1,000 Autos', { targetLang: 'de' }), 'numbers.format')).toEqual(['1,000']);
  });

  it('counts scale words: "6 million" is "6 juta" is "6.000.000"', () => {
    expect(check('It cost $6 million.', 'Biayanya $6 juta.')).toEqual([]);
    expect(check('It cost $6 million.', 'Biayanya $6.000.000.')).toEqual([]);
    expect(check('It cost $500bn.', 'Biayanya $500 miliar.')).toEqual([]);
  });

  it('reports a number the translation lost', () => {
    const findings = check('In 2020 and 2021 it grew.', 'Pada 2020 ia tumbuh.');
    expect(only(findings, 'numbers.missing')).toEqual([expect.objectContaining({ params: expect.objectContaining({ source: '2021' }) })]);
  });

  it('pairs equal numbers by where they stand, and puts a changed one on the number that changed', () => {
    const target = 'Anda membayar 80% dari biaya; kami membayar sisa 80%.';
    expect(only(check('You pay 20% of the cost; we pay the remaining 80%.', target), 'numbers.changed')).toEqual([
      expect.objectContaining({ start: target.indexOf('80'), suggestion: '20' }),
    ]);
    expect(check('You pay 20% of the cost; we pay the remaining 80%.', 'Anda membayar 20% dari biaya; kami membayar sisa 80%.')).toEqual(
      [],
    );
  });

  it('reads thousands grouped with dots in a language that groups with commas, and offers the nearest number as the changed one', () => {
    expect(
      only(
        check(
          'Fees of Rp1.250.000 are due by 31 August. Late payments cost 2% a month.',
          'Biaya Rp1.250.000 dibayar paling lambat 31 Agustus. Keterlambatan dikenai 20% per bulan.',
        ),
        'numbers.changed',
      ),
    ).toEqual([expect.objectContaining({ text: '20', suggestion: '2' })]);
    expect(check('Fees of Rp1.250.000 are due by 31 August.', 'Biaya Rp1.250.000 dibayar paling lambat 31 Agustus.')).toEqual([]);
  });

  it("compares a number word without a unit when it is the source's only one and the translation spells one other", () => {
    expect(
      only(check('It is given in two doses, 4 weeks apart.', 'Diberikan dalam tiga dosis, berjarak 4 minggu.'), 'numbers.changed').map(
        (f) => [f.text, f.suggestion],
      ),
    ).toEqual([['tiga', 'dua']]);
    expect(check('It is given in two doses, 4 weeks apart.', 'Diberikan dalam dua dosis dengan jarak 4 minggu.')).toEqual([]);
    // "one" says too many things; "kedua" is "both", not a number spelled
    expect(only(check('One of the two parties may cancel.', 'Salah satu dari kedua pihak dapat membatalkan.'), 'numbers.changed')).toEqual(
      [],
    );
  });

  it('reads numbers a space parts, in a language that does not group digits with spaces, as several', () => {
    expect(only(check('Call 1500 123 today.', 'Hubungi 1500 132 hari ini.'), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: '132', suggestion: '123' }),
    ]);
    expect(check('Call 1500 123 today.', 'Hubungi 1500 123 hari ini.')).toEqual([]);
    // digits grouped by threes stay one number, as a language that groups with spaces reads them
    expect(check('Fax: 585 230 540', 'Faxe: 585 230 540', { targetLang: 'pt-PT' })).toEqual([]);
  });

  it('does not take a version the translation re-punctuated for one of its numbers', () => {
    // "3,8,1" is the literals rule's (a version written as a decimal): the number changed is "21"
    const cases: Array<[string, string, string, string]> = [
      ['Version 3.8.1 fixes 12 crashes on startup.', 'Versi 3,8,1 memperbaiki 21 kerusakan saat mulai.', 'id', '21'],
      ['Version 3.8.1 fixes 12 crashes on startup.', 'Version 3,8,1 behebt 21 Abstürze beim Start.', 'de', '21'],
      ['Update to iOS 17.2 within 14 days.', 'Mettez à jour vers iOS 17,2 sous 41 jours.', 'fr', '41'],
    ];
    for (const [source, target, targetLang, changed] of cases) {
      const findings = check(source, target, { targetLang });
      expect(flagged(findings, 'numbers.changed')).toEqual([changed]);
      expect(flagged(findings, 'numbers.missing')).toEqual([]);
      expect(flagged(findings, 'literals.changed')).toHaveLength(1);
    }
    // and a re-punctuated version beside a correct number raises nothing of the numbers rule
    expect(only(check('Version 3.8.1 fixes 12 crashes.', 'Versi 3,8,1 memperbaiki 12 kerusakan.'), 'numbers.changed')).toEqual([]);
  });

  it('does not read names and codes as numbers', () => {
    expect(check('GPT-4 runs on H800 chips with Qwen3.', 'GPT-4 berjalan di chip H800 dengan Qwen3.')).toEqual([]);
  });

  it('compares a count of times said in one word ("once") with the translation\'s count of times, not with any "one"', () => {
    expect(
      only(check('Give one tablet once a day.', 'Berikan satu tablet dua kali sehari.'), 'numbers.changed').map((f) => f.text),
    ).toEqual(['dua kali']);
    expect(check('Give one tablet once a day.', 'Berikan satu tablet satu kali sehari.')).toEqual([]);
  });

  it('reads the number of a label ("Room 3.12", "Pasal 4.2") as a name, kept as it stands', () => {
    expect(check('Office hours are in Room 3.12.', 'Jam konsultasi di Ruang 3.12.')).toEqual([]);
    expect(check('See Section 4.2 for details.', 'Lihat Bagian 4.2 untuk rinciannya.')).toEqual([]);
    expect(only(check('Office hours are in Room 3.12.', 'Jam konsultasi di Ruang 3.21.'), 'numbers.changed').map((f) => f.text)).toEqual([
      '3.21',
    ]);
    // a decimal is still written the target's way
    expect(only(check('It weighs 3.5 kg.', 'Beratnya 3.5 kg.'), 'numbers.format').map((f) => f.suggestion)).toEqual(['3,5']);
  });

  it('reads an Indonesian ordinal ("ke-5") as its number, kept or changed', () => {
    expect(check('Pay by the 5th day of each month.', 'Bayar paling lambat hari ke-5 setiap bulan.')).toEqual([]);
    expect(only(check('The office is on the 3rd floor.', 'Kantor ada di lantai ke-4.'), 'numbers.changed').map((f) => f.text)).toEqual([
      '4',
    ]);
    // so that the number another one was changed into is paired with it, not with the ordinal
    expect(
      only(
        check('Pay by the 5th day. A late fee of IDR 150,000 applies.', 'Bayar paling lambat hari ke-5. Denda Rp15.000 berlaku.'),
        'numbers.changed',
      ).map((f) => [f.text, f.suggestion]),
    ).toEqual([['15.000', '150.000']]);
  });

  it('reports a code of the source replaced by one of the same shape with other digits', () => {
    expect(
      only(check('If error code E21 appears, clean the filter.', 'Jika kode galat E12 muncul, bersihkan filter.'), 'literals.changed'),
    ).toEqual([expect.objectContaining({ text: 'E12', suggestion: 'E21', source: expect.objectContaining({ text: 'E21' }) })]);
    // codes kept in another order, another form of their digits, or another shape are not changed codes
    expect(check('The H800 and H100 chips.', 'Chip H100 dan H800.')).toEqual([]);
    expect(only(check('Emissions of CO2 fell.', 'Emisi CO₂ turun.', { targetLang: 'id' }), 'literals.changed')).toEqual([]);
    expect(only(check('Error E21 or E22.', 'Galat E21 atau E23.'), 'literals.changed').map((f) => f.text)).toEqual(['E23']);
    // an amount or a measure with letters glued is the number checks' business, reported once
    const amount = check('Tickets cost Rp750.000.', 'Tiket seharga Rp570.000.');
    expect(amount.map((f) => f.rule)).toEqual(['numbers.changed']);
    expect(check('It weighs 5kg.', 'Beratnya 50kg.').map((f) => f.rule)).toEqual(['numbers.changed']);
  });

  it('reads numbers written against the characters of scripts without spaces (Chinese, Japanese, Korean)', () => {
    // a false alarm before: "25" glued to 是 and 美 was taken for part of a code
    expect(check('The fee is 25 dollars.', '费用是25美元。', { targetLang: 'zh-CN' })).toEqual([]);
    expect(check('There are 1,200 users.', '共有1,200名用户。', { targetLang: 'zh-CN' })).toEqual([]);
    expect(check('Delivery takes 3 days.', '配送には3日かかります。', { targetLang: 'ja' })).toEqual([]);
    expect(only(check('The fee is 25 dollars.', '费用是52美元。', { targetLang: 'zh-CN' }), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: '52', params: expect.objectContaining({ source: '25' }) }),
    ]);
    expect(only(check('Buy 5 tickets.', '티켓 6개를 구매하세요.', { targetLang: 'ko' }), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: '6' }),
    ]);
  });

  it("writes money the target language's way", () => {
    expect(only(check('It cost $6.', 'Biayanya $ 6.'), 'numbers.currency')).toEqual([
      expect.objectContaining({ text: '$ 6', suggestion: '$6' }),
    ]);
    expect(flagged(check('It cost $6.', 'Il a coûté $6.', { targetLang: 'fr' }), 'numbers.currency')).toEqual(['$6']);
    expect(flagged(check('It cost $6.', 'Il a coûté 6\u00a0$.', { targetLang: 'fr' }), 'numbers.currency')).toEqual([]);
  });

  it('reports two figures that changed places, where only their order tells them apart, in several pairs', () => {
    const swapped = (source: string, target: string, targetLang = 'id') =>
      flagged(check(source, target, { targetLang }), 'numbers.swapped');
    expect(
      swapped(
        'The basic programme takes 6 minutes; the premium programme takes 10 minutes.',
        'Program dasar berlangsung 10 menit; program premium berlangsung 6 menit.',
      ),
    ).toEqual(['10']);
    expect(swapped('A service charge of 10% and tax of 11% are added.', 'Biaya layanan 11% dan pajak 10% ditambahkan.')).toEqual(['11']);
    expect(swapped('Stay away for 24 hours rather than 6.', 'Tetaplah di luar selama 6 jam, bukan 24 jam.')).toEqual(['6']);
    expect(
      swapped(
        'The first 30 minutes are free. After that, every extra 15 minutes costs $1.',
        'Los primeros 15 minutos son gratuitos. Después, cada 30 minutos adicionales cuestan 1 $.',
        'es',
      ),
    ).toEqual(['15']);
    expect(
      swapped('Fast chargers are on level 1, standard ones on level 2.', 'Schnelllader stehen auf Ebene 2, normale auf Ebene 1.', 'de'),
    ).toEqual(['2']);
    const [finding] = only(
      check('Stay away for 24 hours rather than 6.', 'Tetaplah di luar selama 6 jam, bukan 24 jam.'),
      'numbers.swapped',
    );
    expect(finding).toEqual(expect.objectContaining({ severity: 'major', params: { first: '6', second: '24' } }));
    expect(finding?.source?.text).toBe('24');
    // (told apart by the word beside the first, which keeps the source's word of the place it took)
    const source = 'You can now set up to 10 timers at the same time, up from 3.';
    expect(swapped(source, 'Kini Anda dapat memasang hingga 3 timer sekaligus, dari sebelumnya 10.')).toEqual(['3']);
    expect(swapped(source, 'Kini Anda dapat memasang hingga 10 timer sekaligus, dari sebelumnya 3.')).toEqual([]);
    expect(swapped('Room 3 is on floor 2.', 'Di lantai 2 terdapat kamar 3.')).toEqual([]);
  });
  it('reports two times of day that changed places, where only their order tells them apart', () => {
    const swapped = (target: string, targetLang = 'id') =>
      flagged(check('The support act starts at 7:30 p.m. and the main act at 9 p.m.', target, { targetLang }), 'numbers.swapped');
    expect(swapped('Band pembuka mulai pukul 21.00 dan band utama pukul 19.30.')).toEqual(['21.00']);
    expect(swapped('Die Vorband beginnt um 21 Uhr und der Hauptact um 19:30 Uhr.', 'de')).toEqual(['21']);
    // the same times in the same order, and one time said twice, are no exchange
    expect(swapped('Band pembuka mulai pukul 19.30 dan band utama pukul 21.00.')).toEqual([]);
    expect(flagged(check('Open from 9 a.m. to 5 p.m.', 'Buka pukul 09.00 sampai 17.00.'), 'numbers.swapped')).toEqual([]);
  });

  it('reads the sign of a figure: a minus lost or added is a change, a minus word is a minus, "al menos 16" is sixteen', () => {
    expect(
      only(check('Charging points are on level -1.', 'Les bornes se trouvent au niveau 1.', { targetLang: 'fr' }), 'numbers.changed'),
    ).toEqual([expect.objectContaining({ text: '1', params: expect.objectContaining({ source: '-1', found: '1', expected: '-1' }) })]);
    expect(flagged(check('It fell 3%.', 'Turun -3%.'), 'numbers.changed')).toEqual(['-3']);
    expect(check('Charging points are on level -1.', 'Les bornes se trouvent au niveau -1.', { targetLang: 'fr' })).toEqual([]);
    expect(flagged(check('Store at -20 °C.', 'Simpan pada suhu minus 20 °C.'), 'numbers.changed')).toEqual([]);
    expect(check('Riders must be at least 16 years old.', 'Los usuarios deben tener al menos 16 años.', { targetLang: 'es' })).toEqual([]);
    expect(check('Take at least 4 breaks.', 'Faites au moins 4 pauses.', { targetLang: 'fr' })).toEqual([]);
    // a hyphen broken before a figure is the spacing rule's, not a sign
    expect(flagged(check('In 2020-2021 it grew.', 'Pada 2020 -2021 tumbuh.'), 'numbers.changed')).toEqual([]);
  });

  it('does not take figures said in another order for the language, ranges, dates or free word order for an exchange', () => {
    const swapped = (source: string, target: string, targetLang = 'id') =>
      flagged(check(source, target, { targetLang }), 'numbers.swapped');
    // each figure with its own word: the order moved, not the figures
    expect(swapped('Room 3 is on floor 2.', 'Di lantai 2 terdapat kamar 3.')).toEqual([]);
    expect(swapped('Adults pay €10 and children €5.', 'Anak-anak membayar €5, orang dewasa €10.')).toEqual([]);
    // a date written the other way round, a range, a score
    expect(swapped('Due on 3/4/2025, for pages 12-15.', 'Jatuh tempo 4/3/2025, untuk halaman 12-15.')).toEqual([]);
    // Chinese says the figures in its own order
    expect(swapped('Fast chargers are on level 1, standard ones on level 2.', '2层是普通充电桩，1层是快充桩。', 'zh')).toEqual([]);
  });
});

describe('spacing and punctuation', () => {
  it('flags a space inside a hyphenated word, but not a suspended hyphen', () => {
    const findings = check('Companies and care.', 'Perusahaan -perusahaan dan berhati- hati.');
    expect(only(findings, 'spacing.hyphen').map((f) => [f.text, f.suggestion])).toEqual([
      ['Perusahaan -perusahaan', 'Perusahaan-perusahaan'],
      ['berhati- hati', 'berhati-hati'],
    ]);
    expect(flagged(check('Pre- and post-war.', 'pra- dan pascaperang.'), 'spacing.hyphen')).toEqual([]);
  });

  it('reads a minus the source has too as a negative figure, not a broken hyphen', () => {
    expect(
      flagged(check('Charging points are on level -1.', 'Les bornes sont au niveau -1.', { targetLang: 'fr' }), 'spacing.hyphen'),
    ).toEqual([]);
    expect(flagged(check('The route is 4 km long.', 'Rute -4 km panjangnya.'), 'spacing.hyphen')).toEqual(['Rute -4']);
  });

  it('flags a source name glued to the next word, not a clitic', () => {
    const findings = check('The Stargate Project, designed to lead.', 'Proyek Stargatedirancang untuk memimpin.');
    expect(only(findings, 'spacing.glued')).toEqual([
      expect.objectContaining({
        text: 'Stargatedirancang',
        suggestion: 'Stargate dirancang',
        source: expect.objectContaining({ text: 'Stargate' }),
      }),
    ]);
    expect(flagged(check('Use Google today.', 'Gunakan Googlenya hari ini.'), 'spacing.glued')).toEqual([]);
    // (a short capitalised word of a label begins other words: "Notifikasi" is no "Not" glued on)
    expect(
      flagged(
        check('Notifications are hidden while Do Not Disturb is on.', 'Notifikasi disembunyikan saat Jangan Ganggu aktif.'),
        'spacing.glued',
      ),
    ).toEqual([]);
    // (German writes a capitalised word of the source and a word of its own as one compound)
    const route = 'Turn these options on under Route settings.';
    expect(
      flagged(check(route, 'Aktivieren Sie diese Optionen unter Routeneinstellungen.', { targetLang: 'de' }), 'spacing.glued'),
    ).toEqual([]);
    expect(flagged(check(route, 'Aktivieren Sie diese Optionen unter Routeeinst.', { targetLang: 'id' }), 'spacing.glued')).toEqual([
      'Routeeinst',
    ]);
  });

  it('flags doubled spaces and spaces before punctuation, with French exceptions', () => {
    expect(flagged(check('A word.', 'Satu  kata .'), 'spacing.double')).toEqual(['  ']);
    // the same run of spaces in the source is layout (preformatted text, aligned columns), not a slip
    expect(flagged(check('keep   spaces\nhere', 'tetap   spasi\ndi sini'), 'spacing.double')).toEqual([]);
    expect(flagged(check('keep   spaces', 'tetap  spasi'), 'spacing.double')).toEqual(['  ']);
    expect(flagged(check('A word.', 'Satu kata .'), 'spacing.punctuation')).toEqual([' ']);
    expect(flagged(check('Hello!', 'Bonjour !', { targetLang: 'fr' }), 'spacing.punctuation')).toEqual([]);
    expect(flagged(check('Hello!', 'Hallo !', { targetLang: 'de' }), 'spacing.punctuation')).toEqual([' ']);
  });

  it('flags brackets and quotes left open, unless the source is open too', () => {
    expect(flagged(check('A (note) and "quote".', 'Sebuah (catatan dan “kutipan”.'), 'punctuation.unbalanced')).toEqual(['(']);
    expect(flagged(check('A fragment (cut', 'Sebuah fragmen (terpotong'), 'punctuation.unbalanced')).toEqual([]);
  });
});

describe('repetition', () => {
  it('flags a phrase said twice in a row', () => {
    const findings = check('threaten the path of proprietary models', 'jalur Model Proprietary Model Proprietary GRATIS');
    expect(only(findings, 'repetition')).toEqual([
      expect.objectContaining({ text: 'Model Proprietary Model Proprietary', suggestion: 'Model Proprietary' }),
    ]);
    expect(flagged(check('the end', 'the the end', { targetLang: 'en', sourceLang: 'fr' }), 'repetition')).toEqual(['the the']);
  });

  it('never flags reduplication or doubles a language allows', () => {
    expect(flagged(check('Books, recently.', 'Buku-buku, baru-baru ini.'), 'repetition')).toEqual([]);
    expect(flagged(check('Il avait eu.', 'He had had it.', { sourceLang: 'fr', targetLang: 'en' }), 'repetition')).toEqual([]);
    expect(flagged(check('The woman who.', 'Die Frau, die die Zeitung liest.', { targetLang: 'de' }), 'repetition')).toEqual([]);
    expect(flagged(check('Look at it.', '你看看这个。', { targetLang: 'zh' }), 'repetition')).toEqual([]);
  });

  it('never flags the last word of a hyphenated compound said again as a word of its own', () => {
    const target = 'Check-in in the app opens 48 hours before departure.';
    expect(flagged(check('应用内值机在起飞前48小时开放。', target, { sourceLang: 'zh', targetLang: 'en' }), 'repetition')).toEqual([]);
    expect(
      flagged(check('应用内值机开放。', 'Check-in in in the app opens.', { sourceLang: 'zh', targetLang: 'en' }), 'repetition'),
    ).toEqual(['in in']);
  });
});

describe('untranslated', () => {
  it('flags source words left as they were when they look foreign to the target', () => {
    const findings = check('Commercial models lose their leverage and embedding.', 'Model komersial kehilangan leverage dan embedding.');
    expect(flagged(findings, 'untranslated')).toEqual(['leverage', 'embedding']);
  });

  it('leaves shared words the target also uses, names and loanwords alone', () => {
    expect(flagged(check('The investor saw the data and the chip.', 'Investor itu melihat data dan chip.'), 'untranslated')).toEqual([]);
    expect(flagged(check('DeepSeek leverage.', 'DeepSeek meningkat.'), 'untranslated')).toEqual([]);
    // words of shops and travel Indonesian writes the English way
    expect(flagged(check('You get a meal voucher at boarding.', 'Anda mendapat voucher makan saat boarding.'), 'untranslated')).toEqual([]);
    expect(flagged(check('Vaccinate against kennel cough.', 'Vaksinasi terhadap batuk kennel.'), 'untranslated')).toEqual([]);
    expect(
      flagged(
        check('Test events are never sent to live endpoints.', 'Peristiwa uji tidak pernah dikirim ke endpoint live.'),
        'untranslated',
      ),
    ).toEqual([]);
    expect(flagged(check('Avoid cranberry juice.', 'Hindari jus cranberry.'), 'untranslated')).toEqual([]);
    expect(flagged(check('The equalizer settings may reset.', 'Pengaturan equalizer mungkin kembali ke awal.'), 'untranslated')).toEqual(
      [],
    );
    expect(
      flagged(check('Holiday mode keeps the freezer running.', 'Mode liburan membuat freezer tetap menyala.'), 'untranslated'),
    ).toEqual([]);
    // nor the branches of an ICU plural, which are the message's syntax
    expect(
      flagged(
        check('{count, plural, one {# new message} other {# new messages}}', '{count, plural, other {# pesan baru}}'),
        'untranslated',
      ),
    ).toEqual([]);
    expect(flagged(check('Choose the other option.', 'Pilih opsi other.'), 'untranslated')).toEqual(['other']);
    // nor a medicine's name (an INN, the WHO's name for it)
    expect(
      flagged(check('Give one tablet of meloxicam with food.', 'Berikan satu tablet meloxicam bersama makanan.'), 'untranslated'),
    ).toEqual([]);
    // technical words Indonesian manuals keep (a "string" of solar panels, an "input" voltage)
    expect(
      flagged(
        check('Each string has 12 panels; check the input voltage.', 'Setiap string berisi 12 panel; periksa tegangan input.'),
        'untranslated',
      ),
    ).toEqual([]);
    // and developers' words kept in Indonesian documentation
    expect(flagged(check('If the webhook fails, test it in the sandbox.', 'Jika webhook gagal, uji di sandbox.'), 'untranslated')).toEqual(
      [],
    );
    // loans of two words, spaced or hyphenated, and only as the two
    expect(flagged(check('Early-bird tickets are cheaper.', 'Tiket early bird lebih murah.'), 'untranslated')).toEqual([]);
    expect(flagged(check('Early-bird tickets are cheaper.', 'Tiket early-bird lebih murah.'), 'untranslated')).toEqual([]);
    expect(flagged(check('Keep your boarding pass.', 'Simpan boarding pass Anda.'), 'untranslated')).toEqual([]);
    expect(flagged(check('Early tickets are cheaper.', 'Tiket early lebih murah.'), 'untranslated')).toEqual(['early']);
  });

  it('leaves a name of capitalised words copied inside a translated sentence, not a sentence copied whole', () => {
    expect(
      flagged(
        check('Your room: Deluxe Double, 2 adults, 3 nights.', 'Kamar Anda: Deluxe Double, 2 orang dewasa, 3 malam.'),
        'untranslated',
      ),
    ).toEqual([]);
    expect(flagged(check('Getting Started', 'Getting Started'), 'untranslated')).toEqual(['Getting']);
  });

  it('reads an English plural after two consonants as foreign to Indonesian', () => {
    expect(flagged(check('Remove the transport bolts.', 'Lepaskan transport bolts.'), 'untranslated')).toEqual(['bolts']);
    expect(flagged(check('Check the exchange rates and the press.', 'Periksa kurs dan pers.'), 'untranslated')).toEqual([]);
  });

  it('spans a whole hyphenated compound, in the target and in the source', () => {
    expect(flagged(check('An open-source model.', 'Model open-source.'), 'untranslated')).toEqual(['open-source']);
    // the source span is the same compound, not the word the two share ("source")
    const source = 'The source code of an open-source model.';
    const [finding] = check(source, 'Kode sumber dari model open-source.').filter((f) => f.rule === 'untranslated');
    expect(finding && finding.source && source.slice(finding.source.start, finding.source.end)).toBe('open-source');
    const [sourcing] = check('Open-sourcing helps.', 'Open-sourcing membantu.').filter((f) => f.rule === 'untranslated');
    expect(sourcing && sourcing.source && 'Open-sourcing helps.'.slice(sourcing.source.start, sourcing.source.end)).toBe('Open-sourcing');
  });

  it('uses the script in Chinese and function words elsewhere', () => {
    expect(flagged(check('Models lose leverage.', '模型失去leverage。', { targetLang: 'zh' }), 'untranslated')).toEqual(['leverage']);
    expect(flagged(check('The house and the garden.', 'Das Haus and the Garten.', { targetLang: 'de' }), 'untranslated')).toEqual([
      'and',
      'the',
    ]);
    expect(flagged(check('The die is cast.', 'Die Würfel sind gefallen.', { targetLang: 'de' }), 'untranslated')).toEqual([]);
  });
});

describe('acronyms and brackets', () => {
  it('turns a bracketed word part into an acronym: critical', () => {
    const findings = check('The (un)intended consequence.', 'Konsekuensi (PBB) yang dimaksudkan.');
    expect(only(findings, 'brackets.changed')).toEqual([
      expect.objectContaining({ text: '(PBB)', severity: 'critical', source: expect.objectContaining({ text: '(un)' }) }),
    ]);
  });

  it('accepts acronyms the source explains, translated or expanded', () => {
    expect(flagged(check('US dominance and the AI race.', 'Dominasi AS dan perlombaan AI.'), 'acronym.unexplained')).toEqual([]);
    expect(flagged(check('The United Nations met.', 'Perserikatan Bangsa-Bangsa (PBB) bertemu.'), 'acronym.unexplained')).toEqual([]);
    expect(flagged(check('The UN met.', 'PBB bertemu dengan WHO.'), 'acronym.unexplained')).toEqual(['WHO']);
    // the target language's everyday ones ("SKS", credits; "NPWP", the tax number) need no source
    expect(flagged(check('Enrol in at least 20 credits.', 'Ambil minimal 20 SKS.'), 'acronym.unexplained')).toEqual([]);
  });

  it('takes an acronym of the initials of words of the source, in any case, as explained', () => {
    expect(flagged(check('The landlord repairs the air conditioner.', 'Pemilik memperbaiki AC.'), 'acronym.unexplained')).toEqual([]);
    expect(flagged(check('The landlord repairs the heater.', 'Pemilik memperbaiki AC.'), 'acronym.unexplained')).toEqual(['AC']);
  });

  it('takes a unit in capitals after a figure as a unit, no acronym ("25 Mo" is "25 MB")', () => {
    const fr = { sourceLang: 'fr', targetLang: 'en' };
    expect(
      flagged(
        check('Les pièces jointes de plus de 25 Mo sont envoyées.', 'Attachments over 25 MB are uploaded.', fr),
        'acronym.unexplained',
      ),
    ).toEqual([]);
    expect(flagged(check('Le fichier est trop gros.', 'The file is too big for the MB.', fr), 'acronym.unexplained')).toEqual(['MB']);
  });

  it("finds the source's acronym replaced by one made of the words that explain it, and offers the source's", () => {
    const replaced = check(
      'Bring your tax number (NPWP) and your family card (KK).',
      'Bawa nomor pajak (TN) dan kartu keluarga (KK) Anda.',
    );
    expect(only(replaced, 'acronym.replaced')).toEqual([
      expect.objectContaining({ text: 'TN', severity: 'major', suggestion: 'NPWP', source: expect.objectContaining({ text: 'NPWP' }) }),
    ]);
    expect(flagged(replaced, 'acronym.unexplained')).toEqual([]);
    // a word's first letters ("ID" of "identity"), into German and French alike
    expect(
      flagged(
        check('Show your identity card (KTP) at the desk.', 'Zeigen Sie Ihren Ausweis (ID) am Schalter.', { targetLang: 'de' }),
        'acronym.replaced',
      ),
    ).toEqual(['ID']);
    expect(
      flagged(
        check('Lleve su Documento Nacional de Identidad (DNI).', 'Bring your identity card (NID).', {
          sourceLang: 'es',
          targetLang: 'en',
        }),
        'acronym.replaced',
      ),
    ).toEqual(['NID']);
  });

  it("accepts the target language's own acronym for the source's, and the source's acronym kept", () => {
    // "PBB" and "UE" are not made of "United Nations" and "European Union"
    expect(flagged(check('The United Nations (UN) met.', 'Perserikatan Bangsa-Bangsa (PBB) bertemu.'), 'acronym.replaced')).toEqual([]);
    expect(flagged(check('The European Union (EU) agreed.', 'Uni Eropa (UE) setuju.'), 'acronym.replaced')).toEqual([]);
    expect(
      flagged(
        check('The World Health Organization (WHO) warned.', "L'Organisation mondiale de la santé (OMS) a averti.", { targetLang: 'fr' }),
        'acronym.replaced',
      ),
    ).toEqual([]);
    expect(flagged(check('Bring your identity card (KTP).', 'Bawa kartu tanda penduduk (KTP) Anda.'), 'acronym.replaced')).toEqual([]);
    // an acronym of the source's words may be translated, and the target's expands its own
    expect(flagged(check('Show the card of the European Union (EU).', 'Tunjukkan kartu Uni Eropa (UE).'), 'acronym.unexplained')).toEqual(
      [],
    );
  });

  it("finds an acronym of another language, which the source keeps as it is, replaced by one coined from the translation's words", () => {
    // "NPWP" is not made of "taxpayer identification number": it is kept in any language
    const coined = check(
      'File online with your taxpayer identification number (NPWP) and password.',
      'Lapor daring dengan nomor identitas wajib pajak (NIWP) dan kata sandi.',
    );
    expect(only(coined, 'acronym.replaced')).toEqual([
      expect.objectContaining({ text: 'NIWP', suggestion: 'NPWP', source: expect.objectContaining({ text: 'NPWP' }) }),
    ]);
    expect(flagged(check('Bring your identity card (KTP).', 'Bawa kartu identitas digital (KID) Anda.'), 'acronym.replaced')).toEqual([
      'KID',
    ]);
    expect(
      flagged(
        check('Ask the Federal Office for Information Security (BSI).', "Demandez à l'Office fédéral de la sécurité (OFS).", {
          targetLang: 'fr',
        }),
        'acronym.replaced',
      ),
    ).toEqual(['OFS']);
    // kept, or expanded by the translation's words and kept: no finding
    expect(
      flagged(
        check('File with your taxpayer identification number (NPWP).', 'Lapor dengan nomor pokok wajib pajak (NPWP).'),
        'acronym.replaced',
      ),
    ).toEqual([]);
  });

  it("takes the target language's acronym for an ordinary word as explained, once no acronym of the source is left for it", () => {
    expect(flagged(check('The summit takes place on 14 March.', 'KTT berlangsung pada 14 Maret.'), 'acronym.unexplained')).toEqual([]);
    expect(flagged(check('Investors in the United States worry.', 'Investor di AS khawatir.'), 'acronym.unexplained')).toEqual([]);
    // ("ID" is borrowed, unless the source's own acronym was left out for it)
    expect(flagged(check('Bring your identity document.', 'Bring your ID.', { targetLang: 'en' }), 'acronym.unexplained')).toEqual([]);
    expect(
      flagged(check('Bring your identity card (KTP).', 'Bawa kartu identitas (ID).'), 'acronym.replaced').length +
        flagged(check('Bring your identity card (KTP).', 'Bawa kartu identitas (ID).'), 'acronym.unexplained').length,
    ).toBe(1);
    // (a patient's: an ultrasound scan is "USG", an MRI scan "IRM" in French)
    expect(
      flagged(
        check('An ultrasound scan is done after six weeks.', 'Pemeriksaan USG dilakukan setelah enam minggu.'),
        'acronym.unexplained',
      ),
    ).toEqual([]);
    expect(
      flagged(check('You will need an MRI scan.', "Vous aurez besoin d'une IRM.", { targetLang: 'fr' }), 'acronym.unexplained'),
    ).toEqual([]);
    // the source's own acronym is still paired first, and the acronym left over is reported
    expect(flagged(check('The UN met.', 'PBB bertemu dengan WHO.'), 'acronym.unexplained')).toEqual(['WHO']);
    expect(only(check('The (un)intended consequence.', 'Konsekuensi (PBB) yang dimaksudkan.'), 'brackets.changed')).toHaveLength(1);
  });

  it('takes an acronym that another paragraph of the document has as explained, but not for a bracketed word part', () => {
    const document = { renderings: {}, acronyms: ['LPT', 'UN'] };
    const later = check('Returns filed late incur a fine.', 'LPT yang terlambat dikenai denda.', { document });
    expect(flagged(later, 'acronym.unexplained')).toEqual([]);
    expect(flagged(check('Returns filed late incur a fine.', 'LPT yang terlambat dikenai denda.'), 'acronym.unexplained')).toEqual(['LPT']);
    // one the document does not have is still not in the source
    expect(flagged(check('Returns filed late.', 'LPT dan KLM terlambat.', { document }), 'acronym.unexplained')).toEqual(['KLM']);
    expect(
      only(check('The (un)intended consequence.', 'Konsekuensi (UN) yang dimaksudkan.', { document }), 'brackets.changed'),
    ).toHaveLength(1);
  });

  it('knows the acronyms of every paragraph of a document checked whole', () => {
    const findings = checkAll([
      ['File your annual tax report (LPT) by March.', 'Sampaikan Laporan Pajak Tahunan (LPT) paling lambat Maret.'],
      ['Reports filed late incur a fine.', 'LPT yang terlambat dikenai denda.'],
    ]);
    expect(findings.map((list) => flagged(list, 'acronym.unexplained'))).toEqual([[], []]);
  });
});

describe('consistency across the document', () => {
  it('flags the rarer rendering of a name and suggests the usual one', () => {
    const documentFindings = checkAll([
      ['Trade with China grew.', 'Perdagangan dengan China tumbuh.'],
      ['China traded.', 'China berdagang.'],
      ["The rise of China's chips.", 'Kebangkitan chip Cina.'],
      ['Other text.', 'Teks lain Cina.'],
    ]);
    expect(documentFindings.map((findings) => flagged(findings, 'consistency'))).toEqual([[], [], ['Cina'], []]);
    expect(only(documentFindings[2] ?? [], 'consistency')[0]).toMatchObject({ suggestion: 'China' });
  });

  it('leaves names the glossary covers to the glossary', () => {
    const documentFindings = checkAll(
      [
        ['China grew.', 'China tumbuh.'],
        ["China's chips.", 'Chip Cina.'],
      ],
      { glossary: [term('China', 'Tiongkok')] },
    );
    expect(documentFindings.flat().filter((f) => f.rule === 'consistency')).toEqual([]);
    expect(documentFindings.map((findings) => flagged(findings, 'glossary.missing'))).toEqual([['China'], ['Cina']]);
  });

  it('flags a repeated sentence translated another way, without a glossary, with the usual translation offered', () => {
    const id = checkAll([
      ['Restart the device. Your data is kept safe.', 'Mulai ulang perangkat. Data Anda tetap aman.'],
      ['Your data is kept safe.', 'Data Anda tetap aman.'],
      ['Update the app. Your data is kept safe.', 'Perbarui aplikasi. Data kamu disimpan dengan aman.'],
    ]);
    expect(id.map((findings) => flagged(findings, 'consistency'))).toEqual([[], [], ['Data kamu disimpan dengan aman.']]);
    expect(only(id[2] ?? [], 'consistency')[0]).toMatchObject({
      suggestion: 'Data Anda tetap aman.',
      source: expect.objectContaining({ text: 'Your data is kept safe.' }),
    });

    // German, and Chinese (sentences end at 。 without a space)
    const de = checkAll(
      [
        ['Save the file before you quit.', 'Speichern Sie die Datei, bevor Sie beenden.'],
        ['Save the file before you quit.', 'Sichern Sie die Datei vor dem Beenden.'],
        ['Save the file before you quit.', 'Speichern Sie die Datei, bevor Sie beenden.'],
      ],
      { targetLang: 'de' },
    );
    expect(de.map((findings) => flagged(findings, 'consistency'))).toEqual([[], ['Sichern Sie die Datei vor dem Beenden.'], []]);
    const zh = checkAll(
      [
        ['Open the menu. Save the file before you quit.', '打开菜单。退出前请保存文件。'],
        ['Close the menu. Save the file before you quit.', '关闭菜单。退出之前保存文件。'],
        ['Save the file before you quit.', '退出前请保存文件。'],
      ],
      { targetLang: 'zh-CN' },
    );
    expect(zh.map((findings) => flagged(findings, 'consistency'))).toEqual([[], ['退出之前保存文件。'], []]);
  });

  it('leaves short sentences, sentences said once, and repeated sentences translated alike alone', () => {
    const findings = checkAll([
      ['Yes, it works.', 'Ya, berhasil.'],
      ['Yes, it works.', 'Benar, itu berfungsi.'],
      ['The update takes five minutes.', 'Pembaruan memakan waktu lima menit.'],
      ['The update takes five minutes.', 'Pembaruan memakan waktu lima menit.'],
      ['Nothing else changes here at all.', 'Tidak ada lagi yang berubah di sini.'],
    ]);
    expect(findings.flat().filter((f) => f.rule === 'consistency')).toEqual([]);
  });
});

describe('the rendering a document keeps, from its counts', () => {
  it('is the most used; on a tie the name itself, then the first in code point order (astral characters last)', () => {
    const kept = (counts: Record<string, number>, name = 'Zeta') =>
      contextFromCounts(new Map([[name, new Map(Object.entries(counts))]])).renderings[name];
    expect(kept({ Zeeta: 1, Zetta: 3 })).toEqual({ chosen: 'Zetta', others: ['Zeeta'] });
    expect(kept({ Zetta: 2, Zeta: 2, Zeeta: 2 })).toEqual({ chosen: 'Zeta', others: ['Zeeta', 'Zetta'] });
    // U+FF21 (a single UTF-16 unit) comes before U+1D400 (two units, 0xD835 0xDC00) by code point,
    // though not by code unit
    expect(kept({ 'Z\u{1D400}': 1, 'Z\uFF21': 1, Zb: 1 })).toEqual({ chosen: 'Zb', others: ['Z\uFF21', 'Z\u{1D400}'] });
    expect(kept({ 'Z\u{1D400}': 1, 'Z\u{1D400}a': 1 }, 'Q')?.others).toEqual(['Z\u{1D400}a']);
  });
});

describe('alignment', () => {
  it('flags a paragraph without source and a source without translation', () => {
    expect(only(check('', 'Tautan sumber'), 'alignment.extra')).toEqual([
      expect.objectContaining({ start: 0, end: 13, text: 'Tautan sumber', severity: 'major' }),
    ]);
    expect(only(check('A paragraph.', ''), 'alignment.missing')).toHaveLength(1);
    expect(check('', '')).toEqual([]);
  });
});

describe('messages', () => {
  it('has English wording for every rule, using only parameters the rules provide', async () => {
    const { QA_MESSAGES_EN, RULE_IDS } = await import('../../../shared/qa');
    expect(Object.keys(QA_MESSAGES_EN).sort()).toEqual([...RULE_IDS].sort());
  });
});

describe('placeholders (inline markup of imported files)', () => {
  const source = 'The \uE000export curbs\uE001 slowed \uE002progress.';

  it("accepts every placeholder once, in the source's order, wherever the words around them go", () => {
    expect(
      check(source, 'Kemajuan melambat karena \uE000pembatasan ekspor\uE001 \uE002.').filter((f) => f.rule.startsWith('placeholders.')),
    ).toEqual([]);
    // a different order is worth a look (markup may now enclose other words), not an error
    expect(only(check(source, 'Kemajuan \uE002melambat karena \uE000pembatasan ekspor\uE001.'), 'placeholders.order')).toEqual([
      expect.objectContaining({ severity: 'minor', params: { number: 3 }, start: 9 }),
    ]);
  });

  it('flags one that is missing, one said twice, one invented, and a pair turned around', () => {
    const target = 'Pembatasan \uE001ekspor\uE000 \uE000memperlambat \uE00Fkemajuan.';
    const findings = check(source, target);
    expect(only(findings, 'placeholders.missing')).toEqual([
      expect.objectContaining({ params: { count: 1, numbers: '3' }, start: target.length, end: target.length }),
    ]);
    expect(only(findings, 'placeholders.extra').map((f) => [f.start, f.params.reason])).toEqual([
      [target.lastIndexOf('\uE000'), 'duplicate'],
      [target.indexOf('\uE00F'), 'unknown'],
    ]);
    expect(only(findings, 'placeholders.order').map((f) => f.params)).toEqual([{ number: 1 }]);
  });

  it('leaves texts without placeholders alone, and other rules leave placeholders alone', () => {
    expect(check('Plain text.', 'Teks biasa.').filter((f) => f.rule.startsWith('placeholders.'))).toEqual([]);
    expect(check(source, 'Pembatasan \uE000ekspor\uE001 memperlambat \uE002kemajuan.')).toEqual([]);
  });
});

describe('other rules read across inline codes', () => {
  it('matches glossary terms split by a code, and a fix keeps the codes', async () => {
    const { applySuggestion } = await import('../../../shared/qa');
    const glossary = [term('export curbs', 'pembatasan ekspor', ['trotoar ekspor'])];
    const source = 'The \uE000export curbs\uE001 slowed progress.';
    expect(check(source, 'Pembatasan \uE000ekspor\uE001 memperlambat kemajuan.', { glossary })).toEqual([]);
    const target = 'Trotoar \uE000ekspor\uE001 memperlambat kemajuan.';
    const [forbidden] = only(check(source, target, { glossary }), 'glossary.forbidden');
    expect(forbidden?.text).toBe('Trotoar \uE000ekspor');
    // the message reads as words: its parameters leave the codes out
    expect(forbidden?.params.found).toBe('Trotoar ekspor');
    expect(forbidden && applySuggestion(target, forbidden)).toBe('Pembatasan \uE000ekspor\uE001 memperlambat kemajuan.');
  });
});

describe('glossary terms across inflection in other languages (Snowball stemmers)', () => {
  it('matches a German, French, Spanish or Russian term in its other forms', () => {
    expect(
      only(
        check('The contract ends today.', 'Die Laufzeit des Kontraktes endet heute.', {
          targetLang: 'de',
          glossary: [term('contract', 'Vertrag', ['Kontrakt'])],
        }),
        'glossary.forbidden',
      ).map((f) => f.text),
    ).toEqual(['Kontraktes']);
    expect(
      check('The contract ends today.', 'Die Laufzeit des Vertrages endet heute.', {
        targetLang: 'de',
        glossary: [term('contract', 'Vertrag')],
      }),
    ).toEqual([]);
    expect(check('Send the invoices.', 'Envoyez les factures.', { targetLang: 'fr', glossary: [term('invoice', 'facture')] })).toEqual([]);
    expect(check('Send the invoices.', 'Envíe las facturas.', { targetLang: 'es', glossary: [term('invoice', 'factura')] })).toEqual([]);
    expect(check('Sign the contract.', 'Подпишите договор.', { targetLang: 'ru', glossary: [term('contract', 'договор')] })).toEqual([]);
    expect(
      check('The contract was signed.', 'Текст договора подписан.', { targetLang: 'ru', glossary: [term('contract', 'договор')] }),
    ).toEqual([]);
  });
});

/**
 * Telephone numbers compared as their digits, and units (CLDR's names through Intl, SI symbols)
 * compared as units: kept values pass in any layout, changed ones are found, in several language pairs.
 */
import { describe, expect, it } from 'vitest';
import { phonesIn, samePhone } from '../../../shared/text/phones';
import { unitAfter } from '../../../shared/text/units';
import { spelledAs, spelledNumbersIn } from '../../../shared/text/spelled';
import { check, only } from '../../helpers/qa';

describe('telephone numbers', () => {
  it('are read whole, and dates, years, grouped numbers and versions are not', () => {
    expect(phonesIn('Call +62 21 555 0123, (021) 555-0123, 1-800-555-0199 or 555-0199.').map((p) => p.text)).toEqual([
      '+62 21 555 0123',
      '(021) 555-0123',
      '1-800-555-0199',
      '555-0199',
    ]);
    expect(phonesIn('In 2019-2020, on 2024-05-01 and 01.05.2024: 12 500 000 euros, 1.234.567 people, version 10.2.3.')).toEqual([]);
  });

  it('are the same written the international or the national way', () => {
    const [international, national, other] = phonesIn('+62 21 5550123 / 021 5550123 / 021 5550132');
    expect(international && national && samePhone(international, national)).toBe(true);
    expect(national && other && samePhone(national, other)).toBe(false);
  });

  it('pass when kept in any layout, and are found when a digit changed (Indonesian, German, French)', () => {
    expect(check('Call us at +62 21 555 0123.', 'Hubungi kami di (021) 555-0123.')).toEqual([]);
    expect(check('Call us at +62 21 555 0123.', 'Hubungi kami di +62-21-555-0123.')).toEqual([]);
    expect(check('Call +49 30 1234567 today.', 'Rufen Sie heute +49 30 1234567 an.', { targetLang: 'de' })).toEqual([]);
    expect(only(check('Call us at +62 21 555 0123.', 'Hubungi kami di +62 21 555 0132.'), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: '+62 21 555 0132', suggestion: '+62 21 555 0123' }),
    ]);
    expect(only(check('Dial 1-800-555-0199.', 'Composez le 1-800-555-0919.', { targetLang: 'fr' }), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: '1-800-555-0919' }),
    ]);
    expect(only(check('Dial 1-800-555-0199 or write to us.', 'Atau tulis kepada kami.'), 'numbers.missing')).toHaveLength(1);
  });

  it('of an amount rendered as "free" are missing on that word', () => {
    expect(only(check('Paper bills cost Rp5,000 extra each month.', 'Tagihan kertas gratis setiap bulan.'), 'numbers.missing')).toEqual([
      expect.objectContaining({ text: 'gratis' }),
    ]);
    // an amount named by its currency's name, in words ("10 yuan", "49 euros")
    expect(
      only(check('Lost cards are replaced for 10 yuan.', '遗失的借书证可免费补办。', { targetLang: 'zh-CN' }), 'numbers.missing'),
    ).toEqual([expect.objectContaining({ text: '免费' })]);
    expect(only(check('The course costs 49 euros.', 'Kursus ini gratis.'), 'numbers.missing')).toEqual([
      expect.objectContaining({ text: 'gratis' }),
    ]);
    // (where the source says free in another sentence, the sentence that renders the amount's holds its place)
    expect(
      only(
        check(
          'Tickets can be changed free of charge. After that, changes cost Rp25.000.',
          'Tiket dapat diubah tanpa biaya. Setelah itu, perubahan gratis.',
        ),
        'numbers.missing',
      ),
    ).toEqual([expect.objectContaining({ text: 'gratis' })]);
    // (where the source says free too, the "free" is not taken for it: the landmarks place it,
    // on the second clause's word, and only where none tells is it 0–0)
    expect(only(check('Entry is free; parking costs Rp5,000.', 'Masuk gratis; parkir gratis.'), 'numbers.missing')).toEqual([
      expect.objectContaining({ start: 21, text: 'gratis' }),
    ]);
    expect(
      only(check('It works with 110 and 230 volts.', 'Es funktioniert nur mit 230 Volt.', { targetLang: 'de' }), 'numbers.missing'),
    ).toEqual([expect.objectContaining({ source: expect.objectContaining({ text: '110' }), text: expect.not.stringMatching(/^$/u) })]);
  });

  it('of a price counted per another thing are found ("per person" is not "par table")', () => {
    expect(
      only(
        check('Late cancellations are charged €20 per person.', 'Les annulations tardives sont facturées 20 € par table.', {
          targetLang: 'fr',
        }),
        'numbers.changed',
      ),
    ).toEqual([expect.objectContaining({ text: 'par table' })]);
    expect(only(check('Teams pay $5 per user per month.', 'Tim membayar $5 per tim per bulan.'), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: 'per tim' }),
    ]);
    expect(check('Teams pay $5 per user per month.', 'Tim membayar $5 per pengguna per bulan.')).toEqual([]);
  });

  it('behind the same name on both sides are the name’s, a version copied as it stands ("CloudKeep 5.2")', () => {
    expect(check('CloudKeep 5.2 backs up your files.', 'CloudKeep 5.2 mencadangkan file Anda.')).toEqual([]);
    expect(only(check('CloudKeep 5.2 backs up your files.', 'CloudKeep 5,3 mencadangkan file Anda.'), 'numbers.changed')).toHaveLength(1);
    // (a plain capitalised name too, inside the translation's sentence, wherever the source has it)
    expect(check('Vaultly 4.2 release notes.', 'Catatan rilis Vaultly 4.2.')).toEqual([]);
    expect(only(check('Vaultly 4.2 release notes.', 'Catatan rilis Vaultly 4.3.'), 'numbers.changed')).toHaveLength(1);
    // (and a name of parts joined by a hyphen, kept before its version, is no word left untranslated)
    expect(check('tilde-cli 3.0: what changed.', 'tilde-cli 3.0: apa saja yang berubah.')).toEqual([]);
    expect(check('tilde-cli 3.0: what changed.', 'tilde-cli 3.1: apa saja yang berubah.').map((f) => f.rule)).toEqual(['numbers.changed']);
    // (a name with one more word before its version, "Thermia app 3.2", and a name opening the translation)
    expect(check('Thermia app 3.2: release notes.', 'Thermia 3.2: catatan rilis.')).toEqual([]);
    expect(check('Thermia app 3.2: release notes.', 'Aplikasi Thermia 3.2: catatan rilis.')).toEqual([]);
    expect(check('Thermia app 3.2: release notes.', 'Thermia 3.3: catatan rilis.').map((f) => f.rule)).toEqual(['numbers.changed']);
    // (a product's name put in place of another, "Android" as "iOS"; a translated label is none)
    const android = 'You can now blur your background during calls on Android.';
    expect(check(android, 'Kini Anda dapat memburamkan latar belakang selama panggilan di iOS.').map((f) => [f.rule, f.text])).toEqual([
      ['names.changed', 'iOS'],
    ]);
    expect(check(android, 'Di Android, latar belakang kini bisa diburamkan saat panggilan berlangsung.')).toEqual([]);
    expect(check('Open Settings and tap Privacy.', 'Buka Pengaturan lalu ketuk Privasi.')).toEqual([]);
    // a decimal with no name before it is written the target's way
    expect(only(check('The rate is 5.2 percent.', 'Sukunya 5.2 persen.'), 'numbers.format')).toHaveLength(1);
  });

  it('of six digits grouped with a space, too short for a phone number, are compared as their digits', () => {
    expect(check('In an emergency, call 116 117.', 'Rufen Sie im Notfall 116 117 an.', { targetLang: 'de' })).toEqual([]);
    expect(check('In an emergency, call 116 117.', 'Hubungi 116 117 dalam keadaan darurat.')).toEqual([]);
    expect(
      only(check('In an emergency, call 116 117.', 'Rufen Sie im Notfall 116 171 an.', { targetLang: 'de' }), 'numbers.changed'),
    ).toEqual([expect.objectContaining({ text: '116 171' })]);
  });
});

describe('units', () => {
  it('are read by their CLDR names in each language, two-word names, symbols with a degree sign, and SI symbols', () => {
    const unit = (text: string, lang: string) => unitAfter(text, text.search(/\d\D*$/u) + 1, lang)?.unit ?? null;
    expect(unit('39 derajat Celsius', 'id')).toBe('celsius');
    expect(unit('39 °C', 'id')).toBe('celsius');
    expect(unit('5 Meilen', 'de')).toBe('mile');
    expect(unit('5英里远', 'zh')).toBe('mile');
    expect(unit('5 mg', 'id')).toBe('si:mg');
    expect(unit('5 g', 'fr')).toBe('gram');
    expect(unit('5 in', 'en')).toBeNull();
    // a word between that says what kind of unit
    expect(unit('7 business days', 'en')).toBe('day');
    expect(unit('3 consecutive months', 'en')).toBe('month');
    expect(unit('7 hari kerja', 'id')).toBe('day');
    expect(unit('7 Business days', 'en')).toBeNull();
    // a metre of one letter only where a rate's slash and unit of time say so ("5 m" may be five million)
    expect(unit('70 m/jam', 'id')).toBe('meter');
    expect(unit('2 m/s', 'en')).toBe('meter');
    expect(unit('5 m', 'en')).toBeNull();
    expect(unit('5 m/unit', 'en')).toBeNull();
    // Indonesian names CLDR lacks
    expect(unit('100 pon', 'id')).toBe('pound');
    expect(unit('5 hektar', 'id')).toBe('hectare');
    // volts and watts, as capitals
    expect(unit('230 V', 'en')).toBe('si:V');
    expect(unit('600 W', 'id')).toBe('si:W');
    expect(unit('5 v', 'en')).toBeNull();
  });

  it('are read in British spelling too ("20 metres" is not "20 kaki", feet)', () => {
    const unit = (text: string, lang: string) => unitAfter(text, text.search(/\d\D*$/u) + 1, lang)?.unit ?? null;
    expect(unit('20 metres', 'en')).toBe('meter');
    expect(unit('2 litres', 'en')).toBe('liter');
    expect(unit('5 kilometres', 'en')).toBe('kilometer');
    expect(only(check('Read a number plate from 20 metres.', 'Baca pelat nomor dari jarak 20 kaki.'), 'numbers.changed')).toHaveLength(1);
    expect(only(check('Read a number plate from 20 metres.', 'Baca pelat nomor dari jarak 20 meter.'), 'numbers.changed')).toHaveLength(0);
  });

  it("of kitchens and pharmacies are read through CLDR's names: a teaspoon is not a tablespoon in any language", () => {
    expect(check('Add 2 teaspoons of sugar and 1 cup of milk.', 'Tambahkan 2 sendok teh gula dan 1 cup susu.')).toEqual([]);
    expect(check('Add 2 tsp of salt.', 'Tambahkan 2 sdt garam.')).toEqual([]);
    expect(only(check('Give 1 teaspoon of syrup.', 'Berikan 1 sendok makan sirup.'), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: '1 sendok makan', suggestion: '1 sendok teh' }),
    ]);
    expect(only(check('Give 1 teaspoon of syrup.', 'Geben Sie 1 Esslöffel Sirup.', { targetLang: 'de' }), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: '1 Esslöffel' }),
    ]);
    // milligrams and micrograms by name, as their symbols are ("mcg" too)
    expect(check('Take 400 micrograms of folic acid a day.', 'Minum 400 mikrogram asam folat sehari.')).toEqual([]);
    expect(check('Take 400 mcg of folic acid a day.', 'Minum 400 µg asam folat sehari.')).toEqual([]);
    expect(check('Take 5 mg once a day.', 'Minum 5 miligram sekali sehari.')).toEqual([]);
    expect(only(check('Take 400 micrograms of folic acid a day.', 'Minum 400 miligram asam folat sehari.'), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: '400 miligram', suggestion: '400 µg' }),
    ]);
    expect(
      only(
        check('Take 400 mcg of folic acid a day.', 'Nehmen Sie täglich 400 Milligramm Folsäure.', { targetLang: 'de' }),
        'numbers.changed',
      ),
    ).toHaveLength(1);
  });

  it('of a rate are compared too, and the fix keeps the figure and its "per"', () => {
    expect(check('The rent is Rp6.500.000 per month.', 'Harga sewanya Rp6.500.000 per bulan.')).toEqual([]);
    expect(only(check('The rent is Rp6.500.000 per month.', 'Sewanya Rp6.500.000 per minggu.'), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: '6.500.000 per minggu', suggestion: '6.500.000 per bulan' }),
    ]);
    expect(
      only(check('It costs Rp50.000 per day.', 'Es kostet Rp50.000 pro Woche.', { targetLang: 'de' }), 'numbers.changed'),
    ).toHaveLength(1);
  });

  it('are found changed behind a word that says what kind ("7 business days" is not "7 minggu kerja")', () => {
    expect(check('Refunds take 5 to 7 business days.', 'Dana kembali dalam 5 sampai 7 hari kerja.')).toEqual([]);
    expect(only(check('Refunds take 5 to 7 business days.', 'Dana kembali dalam 5 sampai 7 minggu kerja.'), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: '7 minggu' }),
    ]);
    expect(
      only(
        check('Leave of more than 3 consecutive days.', 'Urlaub von mehr als 3 aufeinanderfolgenden Wochen.', { targetLang: 'de' }),
        'numbers.changed',
      ),
    ).toEqual([expect.objectContaining({ text: '3 aufeinanderfolgenden Wochen' })]);
  });

  it('pass when the value keeps its unit in another form, and are found when the unit changed', () => {
    expect(check('A fever of 39 °C.', 'Demam 39 derajat Celsius.')).toEqual([]);
    expect(check('Take 5 g.', 'Minum 5 gram.')).toEqual([]);
    expect(check('It has 8 GB of RAM.', 'Il a 8 Go de RAM.', { targetLang: 'fr' })).toEqual([]);
    expect(check('Store below 25°C.', 'Unter 25 °C lagern.', { targetLang: 'de' })).toEqual([]);
    expect(check('5 in 10 people agree.', '5 dari 10 orang setuju.')).toEqual([]);
    expect(only(check('A fever above 38.5 °C needs care.', 'Demam di atas 38,5 °F perlu perawatan.'), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: '38,5 °F', suggestion: '38,5°C' }),
    ]);
    expect(only(check('Take 5 mg twice a day.', 'Minum 5 g dua kali sehari.'), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: '5 g', suggestion: '5 mg' }),
    ]);
    expect(only(check('The road is 5 miles long.', '这条路长5公里。', { targetLang: 'zh-CN' }), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: '5公里' }),
    ]);
    expect(only(check('Walk 10 km a day.', 'Gehen Sie täglich 10 Meilen.', { targetLang: 'de' }), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: '10 Meilen' }),
    ]);
    expect(only(check('The maximum input voltage is 600 V.', 'Tegangan masukan maksimum adalah 600 W.'), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: '600 W', suggestion: '600 V' }),
    ]);
    expect(check('The maximum input voltage is 600 V.', 'Tegangan masukan maksimum adalah 600 V.')).toEqual([]);
    // a metre of one letter beside a length the source says ("5 m" alone may be five million)
    expect(only(check('Sow the seeds 1 cm deep.', 'Tabur benih sedalam 1 m.'), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: '1 m' }),
    ]);
    expect(check('It costs 5 million.', 'Biayanya 5 m.').filter((f) => f.rule === 'numbers.changed')).toEqual([]);
    // a speed's length changed behind the slash that makes a letter a unit
    expect(only(check('Winds of up to 70 km/h are expected.', 'Angin hingga 70 m/jam diperkirakan.'), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: '70 m', suggestion: '70 kilometer' }),
    ]);
    expect(check('Winds of up to 70 km/h are expected.', 'Angin hingga 70 km/jam diperkirakan.')).toEqual([]);
    expect(check('The lift moves at 2 m/s.', 'Lift bergerak 2 m/detik.')).toEqual([]);
  });
});

describe('numbers spelled out', () => {
  it('are read through the spellings CLDR gives each language, and compounds the table lacks are dropped, not misread', () => {
    const read = (text: string, lang: string) => spelledNumbersIn(text, lang).map(({ value, text: words }) => [value, words]);
    expect(read('In five years, twenty-five people and one hundred cats.', 'en')).toEqual([
      [5, 'five'],
      [100, 'one hundred'],
    ]);
    // "dua puluh lima" is 25, not 20 and 5; "二十五" likewise
    expect(read('dalam lima bulan, dua puluh lima orang, dua belas hari', 'id')).toEqual([
      [5, 'lima'],
      [12, 'dua belas'],
    ]);
    expect(read('zwanzig Jahre, fünfundzwanzig Tage', 'de')).toEqual([[20, 'zwanzig']]);
    expect(read('soixante-dix ans', 'fr')).toEqual([[70, 'soixante-dix']]);
    expect(read('veinte días', 'es')).toEqual([[20, 'veinte']]);
    expect(read('五年内有二十五人', 'zh-CN')).toEqual([[5, '五']]);
    // whole words only, and a language CLDR spells nothing for has none
    expect(read('Limas and fivefold', 'id')).toEqual([]);
    expect(read('five', 'tlh')).toEqual([]);
    expect(spelledAs(5, 'id')).toBe('lima');
  });

  it('keep their value and unit: a quantity spelled in the source must come back with its unit (Indonesian, German, Spanish)', () => {
    expect(check('Prices have not risen this fast in five years.', 'Harga belum naik secepat ini dalam lima tahun.')).toEqual([]);
    expect(check('Take it for three days.', 'Minum selama 3 hari.')).toEqual([]);
    expect(check('Wait five minutes.', 'Attendez cinq minutes.', { targetLang: 'fr' })).toEqual([]);
    expect(
      only(check('Prices have not risen this fast in five years.', 'Harga belum naik secepat ini dalam lima bulan.'), 'numbers.changed'),
    ).toEqual([
      expect.objectContaining({ text: 'lima bulan', suggestion: 'lima tahun', source: expect.objectContaining({ text: 'five years' }) }),
    ]);
    expect(only(check('Take it for three days.', 'Minum selama dua hari.'), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: 'dua hari', suggestion: 'tiga hari' }),
    ]);
    expect(only(check('Wait five minutes.', 'Warten Sie fünf Stunden.', { targetLang: 'de' }), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: 'fünf Stunden', suggestion: 'fünf Minuten' }),
    ]);
    expect(only(check('Espere tres semanas.', 'Wait three days.', { sourceLang: 'es', targetLang: 'en' }), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: 'three days', suggestion: 'three weeks' }),
    ]);
    // (a count the translation says in one word: "four times" as "dreimal", "twice" as "sekali")
    expect(
      only(check('Use the drops four times a day.', 'Wenden Sie die Tropfen dreimal täglich an.', { targetLang: 'de' }), 'numbers.changed'),
    ).toEqual([expect.objectContaining({ text: 'dreimal' })]);
    expect(check('Use the drops four times a day.', 'Wenden Sie die Tropfen viermal täglich an.', { targetLang: 'de' })).toEqual([]);
    expect(only(check('Press Ctrl+C twice to cancel.', 'Tekan Ctrl+C sekali untuk membatalkan.'), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: 'sekali' }),
    ]);
    // (and what follows it is no unit of its: "dua minggu sekali dari bulan Juni")
    expect(check('Feed once a fortnight from June to August.', 'Beri pupuk dua minggu sekali dari bulan Juni sampai Agustus.')).toEqual([]);
    // (each found where its value is first; a spelled "one" is also the article, "eine Stunde")
    const party = 'A party lasts two hours and includes one hour in the climbing area.';
    expect(
      only(
        check(party, 'Eine Feier dauert drei Stunden und beinhaltet eine Stunde im Kletterbereich.', { targetLang: 'de' }),
        'numbers.changed',
      ),
    ).toEqual([expect.objectContaining({ text: 'drei Stunden' })]);
    expect(check(party, 'Eine Feier dauert zwei Stunden und beinhaltet eine Stunde im Kletterbereich.', { targetLang: 'de' })).toEqual([]);
  });

  it('make a figure the translation spells out present, with its unit checked, and say nothing of number words without a unit', () => {
    expect(check('Prices have not risen this fast in 5 years.', 'Harga belum naik secepat ini dalam lima tahun.')).toEqual([]);
    expect(
      only(check('Prices have not risen this fast in 5 years.', 'Harga belum naik secepat ini dalam lima bulan.'), 'numbers.changed'),
    ).toEqual([expect.objectContaining({ text: 'lima bulan', suggestion: 'lima tahun' })]);
    expect(check('One of the two reports came a week later.', 'Salah satu dari dua laporan datang seminggu kemudian.')).toEqual([]);
    expect(check('Two or three weeks.', 'Dua atau tiga minggu.')).toEqual([]);
  });
  it('take a "one" with a unit by a number of that unit, not by an article of the same word ("una fianza de dos meses")', () => {
    const changed = (source: string, target: string) =>
      only(check(source, target, { targetLang: 'es' }), 'numbers.changed').map((finding) => finding.text);
    expect(changed("A deposit of one month's rent is returned.", 'Se devuelve una fianza de dos meses de alquiler.')).toEqual([
      'dos meses',
    ]);
    expect(changed("A deposit of one month's rent is returned.", 'Se devuelve una fianza de un mes de alquiler.')).toEqual([]);
    expect(changed('Take one tablet for one week.', 'Tome una pastilla durante una semana.')).toEqual([]);
  });
  it('read a German figure of days, months or years in the dative plural ("nach vier Tagen")', () => {
    expect(
      only(
        check('Passports are ready after four weeks.', 'Reisepässe sind nach vier Tagen fertig.', { targetLang: 'de' }),
        'numbers.changed',
      ),
    ).toEqual([expect.objectContaining({ text: 'vier Tagen' })]);
    expect(only(check('Results within 3 months.', 'Ergebnisse innerhalb von 3 Monaten.', { targetLang: 'de' }), 'numbers.changed')).toEqual(
      [],
    );
  });
  it('read a figure with an ordinal ending a language glues to it ("1er septembre", "2e étage", "3.ª planta")', () => {
    expect(
      only(check('Registration closes on 1 September.', "L'inscription ferme le 1er septembre.", { targetLang: 'fr' }), 'numbers.missing'),
    ).toEqual([]);
    expect(only(check('The office is on the 2nd floor.', 'Le bureau est au 3e étage.', { targetLang: 'fr' }), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: '3' }),
    ]);
    expect(
      only(check('Breakfast is on the 3rd floor.', 'El desayuno está en la 3.ª planta.', { targetLang: 'es' }), 'numbers.missing'),
    ).toEqual([]);
  });

  it('read a number glued to its unit by a hyphen ("a two-year guarantee", "a 2-year plan"), not a word said twice ("satu-satunya")', () => {
    expect(
      spelledNumbersIn('a two-year guarantee, a ten-minute walk and a twenty-five-day course', 'en').map((each) => [each.text, each.value]),
    ).toEqual([
      ['two', 2],
      ['ten', 10],
    ]);
    expect(spelledNumbersIn('Ini satu-satunya pintu keluar.', 'id')).toEqual([]);
    expect(unitAfter('a 2-year plan', 3, 'en')).toEqual(expect.objectContaining({ unit: 'year' }));
    expect(
      only(
        check('Frames come with a two-year guarantee.', 'Les montures sont garanties deux mois.', { targetLang: 'fr' }),
        'numbers.changed',
      ),
    ).toEqual([expect.objectContaining({ text: 'deux mois' })]);
    expect(only(check('Frames come with a 2-year guarantee.', 'Bingkai bergaransi 2 bulan.'), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: '2 bulan' }),
    ]);
    expect(only(check('Frames come with a two-year guarantee.', 'Bingkai bergaransi dua tahun.'), 'numbers.changed')).toEqual([]);
  });
});

describe('spelled numbers after an elided word', () => {
  it('reads a French number after its elided article or preposition ("d\'une heure")', () => {
    expect(spelledNumbersIn("un retard de plus d'une heure", 'fr').map((each) => [each.value, each.text])).toEqual([
      [1, 'un'],
      [1, 'une'],
    ]);
    expect(spelledNumbersIn("l'un des deux", 'fr').map((each) => each.value)).toEqual([1, 2]);
    // (English keeps its words whole: "o'clock" and "don't" spell nothing)
    expect(spelledNumbersIn("at one o'clock, don't", 'en').map((each) => each.value)).toEqual([1]);
  });
});

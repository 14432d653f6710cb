/**
 * Times of day, months and weekdays, and amounts: compared as what they mean, in the way each
 * language writes them. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { namedDatesIn, timesIn } from '../../../shared/text/datetime';
import { check, only } from '../../helpers/qa';

describe('times of day', () => {
  it('reads a Spanish hour with its part of the day, and a range that shares it', () => {
    expect(timesIn('Abrimos a las 9 de la noche.', 'es').map((t) => t.minutes)).toEqual([21 * 60]);
    expect(timesIn('Llegamos entre las 8 y las 9 de la mañana.', 'es').map((t) => t.minutes)).toEqual([8 * 60, 9 * 60]);
    expect(timesIn('La clase empieza a las 4 de la tarde.', 'es').map((t) => t.minutes)).toEqual([16 * 60]);
    const source = 'Our team will arrive between 8 and 9 a.m.';
    // both ends changed: the first shares the second's part of the day, on either side
    expect(
      only(check(source, 'Nuestro equipo llegará entre las 8 y las 9 de la noche.', { targetLang: 'es' }), 'numbers.changed').map(
        (finding) => [finding.params?.source, finding.params?.found],
      ),
    ).toEqual([
      ['8 a.m.', '8 de la noche'],
      ['9 a.m.', '9 de la noche'],
    ]);
    expect(check(source, 'Nuestro equipo llegará entre las 8 y las 9 de la mañana.', { targetLang: 'es' })).toEqual([]);
  });

  it('reads a German hour with its part of the day after "Uhr", and a range that shares it', () => {
    expect(timesIn('Wir kommen um 10 Uhr abends.', 'de').map((t) => t.minutes)).toEqual([22 * 60]);
    expect(timesIn('Wir kommen um 7 Uhr morgens.', 'de').map((t) => t.minutes)).toEqual([7 * 60]);
    expect(timesIn('Wir kommen um 10 Uhr.', 'de').map((t) => t.minutes)).toEqual([10 * 60]);
    expect(timesIn('Wir kommen zwischen 8 und 10 Uhr abends.', 'de').map((t) => t.minutes)).toEqual([20 * 60, 22 * 60]);
    const source = 'Our movers will arrive between 8 and 10 a.m.';
    expect(
      only(check(source, 'Unsere Umzugshelfer kommen zwischen 8 und 10 Uhr abends.', { targetLang: 'de' }), 'numbers.changed').map(
        (finding) => finding.text,
      ),
    ).toEqual(['8', '10 Uhr abends']);
    expect(check(source, 'Unsere Umzugshelfer kommen zwischen 8 und 10 Uhr.', { targetLang: 'de' })).toEqual([]);
    expect(check(source, 'Unsere Umzugshelfer kommen zwischen 8 und 10 Uhr vormittags.', { targetLang: 'de' })).toEqual([]);
  });

  it('reads each language’s clock', () => {
    expect(timesIn('Open from 7 a.m. to 9:30 pm.', 'en').map((t) => t.minutes)).toEqual([420, 1290]);
    expect(timesIn('Buka pukul 07.00 hingga 21.00 WIB.', 'id').map((t) => t.minutes)).toEqual([420, 1260]);
    expect(timesIn('Ouvert de 7 h à 21 h 30.', 'fr').map((t) => t.minutes)).toEqual([420, 1290]);
    expect(timesIn('Geöffnet bis 21.00 Uhr.', 'de').map((t) => t.minutes)).toEqual([1260]);
    // an English month with its capital inside a sentence is the month; the verb and the modal are not
    expect(check('Your electricity bill for March is attached.', 'Tagihan listrik Anda untuk bulan Mei terlampir.')).toEqual([
      expect.objectContaining({ rule: 'numbers.changed', text: 'Mei', suggestion: 'Maret' }),
    ]);
    expect(check('March to the gate. May I help?', 'Berbarislah ke gerbang. Boleh saya bantu?')).toEqual([]);
    // a German weekday said as an adverb ("montags")
    expect(check('The workshop is closed on Mondays.', 'Montags ist sie geschlossen.', { targetLang: 'de' })).toEqual([]);
    expect(check('The workshop is closed on Mondays.', 'Sonntags ist sie geschlossen.', { targetLang: 'de' }).map((f) => f.text)).toEqual([
      'Sonntags',
    ]);
    // the first end of a range shares the second's a.m. or p.m. (unless that puts it after the
    // second: "from 9 to 5 p.m." may start in the morning)
    expect(timesIn('Open from 7 to 11 a.m.', 'en').map((t) => [t.minutes / 60, t.alternative && t.alternative / 60])).toEqual([
      [7, null],
      [11, null],
    ]);
    expect(timesIn('Call between 6 and 7 p.m.', 'en').map((t) => [t.text, t.minutes / 60])).toEqual([
      ['6 p.m.', 18],
      ['7 p.m.', 19],
    ]);
    expect(timesIn('Open from 9 to 5 p.m.', 'en').map((t) => [t.minutes / 60, t.alternative && t.alternative / 60])).toEqual([
      [9, 21],
      [17, null],
    ]);
    expect(check('Parents can call between 6 and 7 p.m.', 'Les parents peuvent appeler entre 18 h et 19 h.', { targetLang: 'fr' })).toEqual(
      [],
    );
    expect(
      check('Parents can call between 6 and 7 p.m.', 'Les parents peuvent appeler entre 6 h et 19 h.', { targetLang: 'fr' }).map(
        (f) => f.text,
      ),
    ).toEqual(['6 h']);
    // percentages, decimals and amounts are not times
    expect(timesIn('Naik 4,25% menjadi Rp12.500, suhu 38.5 derajat.', 'id')).toEqual([]);
  });

  it('accepts the same time written another way, in several language pairs', () => {
    expect(check('We are open from 7 a.m. to 9 p.m.', 'Kami buka pukul 07.00 hingga 21.00.')).toEqual([]);
    expect(check('We are open from 7 a.m. to 9 p.m.', 'Wir haben von 7 bis 21.00 Uhr geöffnet.', { targetLang: 'de' })).toEqual([]);
    expect(check('The meeting is at 9:30.', 'La réunion est à 9 h 30.', { targetLang: 'fr' })).toEqual([]);
  });

  it('reads an hour with the part of the day Indonesian names ("jam 8 malam" is 20.00)', () => {
    expect(
      timesIn('jam 6 pagi, jam 2 siang, jam 4 sore, jam 8 malam, jam 12 malam, pukul 7.30 malam, jam 3 dini hari', 'id').map(
        (t) => t.minutes / 60,
      ),
    ).toEqual([6, 14, 16, 20, 0, 19.5, 3]);
    // a duration is not a time of day
    expect(timesIn('selama 8 jam pada malam hari', 'id')).toEqual([]);
    expect(check('Quiet hours are from 10 p.m. to 6 a.m.', 'Jam tenang dari jam 10 malam sampai jam 6 pagi.')).toEqual([]);
    expect(
      only(
        check('Quiet hours last until 8 a.m. on weekends.', 'Jam tenang berlaku sampai jam 8 malam pada akhir pekan.'),
        'numbers.changed',
      ).map((f) => f.text),
    ).toEqual(['8 malam']);
  });

  it('reads the second of two times joined by "and" as a time ("antara pukul 08.00 dan 16.00")', () => {
    expect(
      only(check('Open between 8 a.m. and 6 p.m.', 'Buka antara pukul 08.00 dan 16.00.'), 'numbers.changed').map((f) => [
        f.text,
        f.suggestion,
      ]),
    ).toEqual([['16.00', '18.00']]);
    expect(check('Open between 8 a.m. and 6 p.m.', 'Buka antara pukul 08.00 dan 18.00.')).toEqual([]);
  });

  it('reads the first end of a range whose second end a word says is a time ("zwischen 8 und 12 Uhr"), and "12 noon"', () => {
    const minutes = (text: string, lang: string) => timesIn(text, lang).map((time) => [time.text, time.minutes]);
    expect(minutes('zwischen 8 und 12 Uhr', 'de')).toEqual([
      ['8', 480],
      ['12', 720],
    ]);
    expect(minutes('von 8:30 bis 17 Uhr', 'de')).toEqual([
      ['8:30', 510],
      ['17', 1020],
    ]);
    // a number before anything but a range is not a time
    expect(minutes('Zimmer 8, ab 12 Uhr', 'de')).toEqual([['12', 720]]);
    expect(minutes('between 8 a.m. and 12 noon', 'en')).toEqual([
      ['8 a.m.', 480],
      ['12 noon', 720],
    ]);
    expect(minutes('closes at 12 midnight', 'en')).toEqual([['12 midnight', 0]]);
    expect(minutes('12 noodles', 'en')).toEqual([]);
  });

  it('reads "16.00" with no word that says so as a time where the source has times, never a room number', () => {
    expect(timesIn('Buka 10.00–16.00.', 'id')).toEqual([]);
    expect(timesIn('Buka 10.00–16.00.', 'id', true).map((t) => t.minutes / 60)).toEqual([10, 16]);
    expect(
      only(check('Open Monday to Thursday, 10:00–15:00.', 'Buka Senin hingga Kamis, 10.00–16.00.'), 'numbers.changed').map((f) => [
        f.text,
        f.suggestion,
      ]),
    ).toEqual([['16.00', '15.00']]);
    expect(check('Open Monday to Thursday, 10:00–15:00.', 'Buka Senin hingga Kamis, 10.00–15.00.')).toEqual([]);
    expect(
      only(check('Meet in Room 12.30 at 15:00.', 'Bertemu di Ruang 12.30 pukul 16.00.'), 'numbers.changed').map((f) => f.text),
    ).toEqual(['16.00']);
    // and never a percentage
    expect(timesIn('Naik 12.50% pukul 10.00.', 'id', true).map((t) => t.text)).toEqual(['10.00']);
  });

  it('reports a different time on the translation’s time, with the right one as the fix', () => {
    const findings = only(check('We are open from 7 a.m. to 9 p.m.', 'Kami buka pukul 07.00 hingga 19.00.'), 'numbers.changed');
    expect(findings.map((f) => [f.text, f.suggestion, f.source?.text])).toEqual([['19.00', '21.00', '9 p.m.']]);
  });
});

describe('months and weekdays (CLDR names)', () => {
  it('finds them in many languages, and leaves words that only look like them', () => {
    expect(namedDatesIn('On Monday, 1 March 2026', 'en').map((d) => `${d.kind}${d.index}`)).toEqual(['weekday1', 'month2']);
    expect(namedDatesIn('Spotkanie 1 maja we wtorek', 'pl').map((d) => `${d.kind}${d.index}`)).toEqual(['month4', 'weekday2']);
    // the modal is written small; the month with its capital inside a sentence is the month
    expect(namedDatesIn('You may call us in March.', 'en').map((d) => d.text)).toEqual(['March']);
    expect(namedDatesIn('March on. May it help?', 'en').map((d) => d.text)).toEqual([]);
    expect(namedDatesIn('Minggu ini kami libur.', 'id')).toEqual([]);
    // "Minggu" is Sunday after "hari" and before a date, a week after a number
    expect(namedDatesIn('Rapat pada hari Minggu pukul 9.', 'id').map((d) => `${d.kind}${d.index}`)).toEqual(['weekday0']);
    expect(namedDatesIn('Rapat pada Minggu, 25 Juli.', 'id').map((d) => `${d.kind}${d.index}`)).toEqual(['weekday0', 'month6']);
    expect(namedDatesIn('Cuti selama 3 minggu.', 'id')).toEqual([]);
  });

  it('accepts the same dates and reports a month or weekday changed', () => {
    expect(
      check(
        'The campaign runs from 1 March to 30 April, starting on Monday.',
        'Kampanye berlangsung dari 1 Maret hingga 30 April, mulai hari Senin.',
      ),
    ).toEqual([]);
    expect(check('From 1 July 2026.', 'Ab dem 1. Juli 2026.', { targetLang: 'de' })).toEqual([]);
    const findings = only(
      check(
        'The campaign runs from 1 March to 30 April, starting on Monday.',
        'Kampanye berlangsung dari 1 Mei hingga 30 April, mulai hari Selasa.',
      ),
      'numbers.changed',
    );
    expect(findings.map((f) => [f.text, f.suggestion])).toEqual([
      ['Mei', 'Maret'],
      ['Selasa', 'Senin'],
    ]);
    expect(only(check('The meeting is on Saturday, 25 July.', 'Rapat diadakan pada hari Minggu, 25 Juli.'), 'numbers.changed')).toEqual([
      expect.objectContaining({ text: 'Minggu', suggestion: 'Sabtu' }),
    ]);
    expect(check('The office is closed on Sundays.', 'Kantor tutup setiap hari Minggu.')).toEqual([]);
    // German weekdays in the plural ("an vier Samstagen"), and "Montage" the fitting, which is none
    const saturdays = 'The course runs on four Saturdays in April.';
    expect(check(saturdays, 'Der Kurs findet an vier Samstagen im April statt.', { targetLang: 'de' })).toEqual([]);
    expect(
      only(check(saturdays, 'Der Kurs findet an vier Sonntagen im April statt.', { targetLang: 'de' }), 'numbers.changed').map((f) => [
        f.text,
        f.suggestion,
      ]),
    ).toEqual([['Sonntagen', 'Samstag']]);
    expect(namedDatesIn('Die Montage dauert zwei Stunden.', 'de')).toEqual([]);
    // a weekday that recurs, in the plural
    expect(
      only(check('Open on Saturdays from 10 a.m.', 'Buka pada hari Minggu mulai pukul 10.00.'), 'numbers.changed').map((f) => f.suggestion),
    ).toEqual(['Sabtu']);
    // a month the source names twice, changed once
    expect(
      only(
        check('It opens on 3 February and closes on 28 February.', 'Dibuka pada 3 Februari dan ditutup pada 28 Januari.'),
        'numbers.changed',
      ),
    ).toEqual([expect.objectContaining({ text: 'Januari', suggestion: 'Februari' })]);
    expect(check('It opens on 3 February and closes on 28 February.', 'Dibuka pada 3 Februari dan ditutup pada 28 Februari.')).toEqual([]);
    expect(check('It opens on 3 February and closes on 28 February.', 'Dibuka 3 Februari dan ditutup 28 bulan yang sama.')).toEqual([]);
    expect(
      only(check('Le 1er mai.', 'On 1 June.', { sourceLang: 'fr', targetLang: 'en' }), 'numbers.changed').map((f) => f.suggestion),
    ).toEqual(['May']);
  });
});

describe('amounts', () => {
  it('reads "Rp15.000" in an English text as fifteen thousand, and keeps scale words apart', () => {
    expect(check('The fee is Rp15.000, up from Rp12.500.', 'Biayanya Rp15.000, naik dari Rp12.500.')).toEqual([]);
    expect(
      only(check('The fee is Rp15.000, up from Rp12.500.', 'Biayanya Rp15.000, naik dari Rp125.000.'), 'numbers.changed').map((f) => [
        f.text,
        f.suggestion,
      ]),
    ).toEqual([['125.000', '12.500']]);
    expect(
      only(check('Transfers above Rp100 million.', 'Transfer di atas Rp100 miliar.'), 'numbers.changed').map((f) => [
        f.text,
        f.source?.text,
        f.suggestion,
      ]),
    ).toEqual([['100 miliar', '100 million', '100.000.000']]);
    expect(check('Transfers above Rp100 million.', 'Transfer di atas Rp100 juta.')).toEqual([]);
  });
});

describe('units', () => {
  it('reports a number kept with its unit changed, with the unit named the target’s way', () => {
    const findings = only(check('Wash your hands for 20 seconds.', 'Cuci tangan selama 20 menit.'), 'numbers.changed');
    expect(findings.map((f) => [f.text, f.suggestion, f.source?.text])).toEqual([['20 menit', '20 detik', '20 seconds']]);
    expect(only(check('Wait 3 hours.', 'Warten Sie 3 Tage.', { targetLang: 'de' }), 'numbers.changed').map((f) => f.text)).toEqual([
      '3 Tage',
    ]);
    // legal drafting writes the figure in brackets after the word
    expect(
      only(check('For a period of three (3) years.', 'Selama jangka waktu tiga (3) bulan.'), 'numbers.changed').map((f) => f.suggestion),
    ).toEqual(['3 tahun']);
  });

  it('accepts the same unit in each language’s words and abbreviations', () => {
    expect(check('Wash your hands for 20 seconds, then wait 5 minutes.', 'Cuci tangan selama 20 detik, lalu tunggu 5 menit.')).toEqual([]);
    expect(check('Walk 3 km a day for 2 weeks.', 'Marchez 3 km par jour pendant 2 semaines.', { targetLang: 'fr' })).toEqual([]);
    expect(check('Take 500 mg twice a day for 3 days.', 'Tome 500 mg dos veces al día durante 3 días.', { targetLang: 'es' })).toEqual([]);
  });
});

describe('periods counted by an ordinal', () => {
  it('reports the unit of "the first month" changed, in five languages, and passes the same period', () => {
    const source = 'Water new trees twice a week during the first month.';
    const found = (target: string, targetLang: string) =>
      only(check(source, target, { targetLang }), 'numbers.changed').map((f) => [f.text, f.source?.text]);
    expect(found('Riegue los árboles nuevos dos veces por semana durante la primera semana.', 'es')).toEqual([['semana', 'first month']]);
    expect(found('Riegue los árboles nuevos dos veces por semana durante el primer mes.', 'es')).toEqual([]);
    expect(found('Siram pohon baru dua kali seminggu selama minggu pertama.', 'id')).toEqual([['minggu', 'first month']]);
    expect(found('Siram pohon baru dua kali seminggu selama bulan pertama.', 'id')).toEqual([]);
    expect(found('Arrosez les nouveaux arbres deux fois par semaine pendant la première année.', 'fr')).toEqual([['année', 'first month']]);
    expect(found('Neue Bäume im ersten Jahr zweimal pro Woche gießen.', 'de')).toEqual([['Jahr', 'first month']]);
    expect(found('Neue Bäume im ersten Monat zweimal pro Woche gießen.', 'de')).toEqual([]);
    expect(found('第一年每周给新树浇水两次。', 'zh')).toEqual([['年', 'first month']]);
    // the "一" of an ordinal is no count: "第一个月" is the first month, not one month
    expect(found('第一个月每周给新树浇水两次。', 'zh')).toEqual([]);
    // not an hour or a minute ("last-minute" is "de última hora")
    expect(check('Last-minute changes cost extra.', 'Los cambios de última hora cuestan más.', { targetLang: 'es' })).toEqual([]);
  });
});

describe('counts of times', () => {
  it('reads "three times" and "dua kali" as counts, in words and figures, in several languages', () => {
    expect(
      only(check('Take one tablet three times a day.', 'Minum satu tablet dua kali sehari.'), 'numbers.changed').map((f) => [
        f.text,
        f.suggestion,
      ]),
    ).toEqual([['dua kali', 'tiga kali']]);
    expect(check('Take one tablet three times a day.', 'Minum satu tablet tiga kali sehari.')).toEqual([]);
    expect(check('Take one tablet 3 times a day.', 'Minum satu tablet 3 kali sehari.')).toEqual([]);
    // a count said in one word ("twice"), and the period it is counted per
    expect(
      only(check('Loans can be renewed twice online.', 'Pinjaman dapat diperpanjang tiga kali secara daring.'), 'numbers.changed').map(
        (f) => f.text,
      ),
    ).toEqual(['tiga kali']);
    expect(only(check('Take it twice a day.', 'Minum dua kali seminggu.'), 'numbers.changed').map((f) => f.text)).toEqual(['seminggu']);
    expect(check('Take it twice a day.', 'Minum dua kali sehari.')).toEqual([]);
    expect(check('Take it twice a day.', 'Nehmen Sie es zweimal täglich.', { targetLang: 'de' })).toEqual([]);
    expect(check('Take one tablet 3 times a day.', 'Nehmen Sie 3-mal täglich eine Tablette.', { targetLang: 'de' })).toEqual([]);
    expect(
      check('Prenez un comprimé trois fois par jour.', 'Take one tablet three times a day.', { sourceLang: 'fr', targetLang: 'en' }),
    ).toEqual([]);
  });
});

describe('rates', () => {
  it('reports the period a quantity is counted per changed, in words or figures', () => {
    expect(
      only(
        check('You may work from home up to two days a week.', 'Anda dapat bekerja dari rumah hingga dua hari sebulan.'),
        'numbers.changed',
      ).map((f) => [f.text, f.suggestion]),
    ).toEqual([['sebulan', 'seminggu']]);
    expect(
      only(check('Open 24 hours a day, 7 days a week.', 'Buka 24 jam sehari, 7 hari sebulan.'), 'numbers.changed').map((f) => f.text),
    ).toEqual(['sebulan']);
    expect(
      check('You may work from home up to two days a week.', 'Anda boleh bekerja dari rumah paling banyak dua hari dalam seminggu.'),
    ).toEqual([]);
    // a count of something per a period
    expect(
      only(check('Late work loses 5 marks per day.', 'Tugas terlambat kehilangan 5 nilai per minggu.'), 'numbers.changed').map(
        (f) => f.text,
      ),
    ).toEqual(['per minggu']);
    expect(check('Late work loses 5 marks per day.', 'Tugas terlambat dikurangi 5 poin per hari.')).toEqual([]);
    // "24/7" says "always": "siaga 24 jam" renders it
    expect(check('Call us on 021 555 0199 (available 24/7).', 'Hubungi kami di 021 555 0199 (siaga 24 jam).')).toEqual([]);
    expect(check('Open 24 hours a day, 7 days a week.', 'Geöffnet 24 Stunden pro Tag, 7 Tage pro Woche.', { targetLang: 'de' })).toEqual(
      [],
    );
    // an amount changed is looked for among the translation's amounts of its currency first
    expect(
      only(
        check('Members earn one point for every 10 yuan spent.', '会员每消费100元可获得1积分。', { targetLang: 'zh-CN' }),
        'numbers.changed',
      ).map((f) => f.text),
    ).toEqual(['100']);
    expect(
      only(
        check('Members earn 2 points for every 10 dollars spent.', 'Anggota mendapat 2 poin untuk setiap 100 dolar.'),
        'numbers.changed',
      ).map((f) => f.text),
    ).toEqual(['100']);
    // a weekday inside a German word with its part of the day ("Donnerstagnachmittag")
    expect(
      only(
        check('Your car will be ready on Thursday afternoon.', 'Ihr Auto ist am Dienstagnachmittag fertig.', { targetLang: 'de' }),
        'numbers.changed',
      ).map((f) => f.text),
    ).toEqual(['Dienstag']);
    expect(
      check('Your car will be ready on Thursday afternoon.', 'Ihr Auto ist am Donnerstagnachmittag fertig.', { targetLang: 'de' }),
    ).toEqual([]);
    // "24 hours a day" said in words ("rund um die Uhr", "全天营业")
    expect(check('The car park is open 24 hours a day.', 'Das Parkhaus ist rund um die Uhr geöffnet.', { targetLang: 'de' })).toEqual([]);
    expect(check('Open 24 hours.', '全天营业。', { targetLang: 'zh-CN' })).toEqual([]);
    expect(
      only(
        check('The car park is open 24 hours a day.', 'Das Parkhaus ist 12 Stunden am Tag geöffnet.', { targetLang: 'de' }),
        'numbers.changed',
      ).map((f) => f.text),
    ).toEqual(['12']);
    // and the French "24 heures sur 24", "7 jours sur 7": the second number says "a day", "a week"
    const open = 'Ouvert 24 heures sur 24 et 7 jours sur 7.';
    expect(check(open, 'Open 24 hours a day, 7 days a week.', { sourceLang: 'fr', targetLang: 'en' })).toEqual([]);
    expect(check('Open 24 hours a day, 7 days a week.', open, { targetLang: 'fr' })).toEqual([]);
    expect(
      only(check(open, 'Open 24 hours a day, 6 days a week.', { sourceLang: 'fr', targetLang: 'en' }), 'numbers.changed').map(
        (f) => f.text,
      ),
    ).toEqual(['6']);
  });
});

describe('currencies', () => {
  it('reports an amount kept in another currency, and accepts symbols and codes of the same one', () => {
    expect(only(check('It costs US$2.50 a month.', 'Harganya Rp2,50 per bulan.'), 'numbers.changed').map((f) => f.text)).toEqual([
      'Rp2,50',
    ]);
    expect(only(check('The fee is 30 EUR.', 'La cuota es de 30 $.', { targetLang: 'es' }), 'numbers.changed').map((f) => f.text)).toEqual([
      '30 $',
    ]);
    expect(check('It costs $2.50 a month.', 'Harganya 2,50 USD per bulan.')).toEqual([]);
    expect(check('The fee is 30 EUR.', 'Die Gebühr beträgt 30 €.', { targetLang: 'de' })).toEqual([]);
    expect(check('Pay IDR 1.5 million.', 'Bayar Rp1,5 juta.')).toEqual([]);
  });

  it('reads an amount of one that the translation has in figures as changed, not as the article beside it', () => {
    const coin = 'Lockers take a €1 coin.';
    expect(
      only(check(coin, 'Les casiers acceptent une pièce de 2 €.', { targetLang: 'fr' }), 'numbers.changed').map((f) => f.text),
    ).toEqual(['2']);
    expect(check(coin, 'Les casiers acceptent une pièce de 1 €.', { targetLang: 'fr' })).toEqual([]);
    // the amount spelled, where no figure of its currency stands
    expect(check('It costs $1.', 'Cuesta un dólar.', { targetLang: 'es' })).toEqual([]);
    expect(check('It costs $1.', 'Harganya satu dolar.')).toEqual([]);
  });
});

describe('the month of a date, and a time on the hour', () => {
  it('reports a month rendered as a word that is no month ("5 May" as "5 Mungkin"), and no modal "may" after a figure', () => {
    const changed = (source: string, target: string, targetLang = 'id') =>
      only(check(source, target, { targetLang }), 'numbers.changed').map((f) => [f.text, f.suggestion]);
    expect(changed('The meeting is on 5 May.', 'Rapat diadakan pada 5 Mungkin.')).toEqual([['Mungkin', 'Mei']]);
    expect(changed('The meeting is on May 5.', 'Rapat diadakan pada Mungkin 5.')).toEqual([['Mungkin', 'Mei']]);
    expect(changed('The office is closed on 1 May.', 'Das Büro ist am 1. Vielleicht geschlossen.', 'de')).toEqual([['Vielleicht', 'Mai']]);
    expect(changed('The meeting is on 5 May.', 'Rapat diadakan pada 5 Mei.')).toEqual([]);
    expect(
      changed('Children under 14 may climb with an adult.', 'Kinder unter 14 Jahren dürfen mit einem Erwachsenen klettern.', 'de'),
    ).toEqual([]);
  });

  it('reads a time on the hour as the hour the source says alone ("at 9" as "pukul 09.00")', () => {
    expect(check('The shop opens at 9.', 'Toko buka pukul 09.00.')).toEqual([]);
    // (beside a time the source writes as one)
    expect(check('The shop opens at 9 and closes at 5 p.m.', 'Toko buka pukul 09.00 dan tutup pukul 17.00.')).toEqual([]);
    expect(only(check('The shop opens at 10.', 'Toko buka pukul 11.00.'), 'numbers.changed').map((f) => f.text)).toEqual(['11.00']);
    expect(only(check('The shop opens at 10.', 'Toko buka pukul 10.30.'), 'numbers.changed').map((f) => f.text)).toEqual(['10.30']);
  });
});

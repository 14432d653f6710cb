/**
 * The two sides of a contrast changed places ("in Firefox, but not in Safari" → "di Safari, tetapi
 * tidak di Firefox"), told apart by the words a translation copies as they are, and the contrasts
 * a careful translation keeps or says another way, which must never be reported. Texts written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { check, flagged, only } from '../../helpers/qa';

const swapped = (source: string, target: string, targetLang = 'id') => flagged(check(source, target, { targetLang }), 'contrast.swapped');

describe('contrast.swapped', () => {
  it('reports a name that moved across the "not", on what the translation now affirms', () => {
    const source = 'Security keys are supported in Chrome and Firefox, but not in Safari.';
    const findings = only(check(source, 'Kunci keamanan didukung di Chrome dan Safari, tetapi tidak di Firefox.'), 'contrast.swapped');
    expect(findings.map((f) => f.text)).toEqual(['Safari']);
    expect(findings[0]?.source?.text).toBe('Safari');
    expect(findings[0]?.severity).toBe('major');
    // (one word kept as it is tells the sides apart)
    expect(
      swapped(
        'Parking fines are charged to the driver, not to CityCar.',
        'Strafzettel für Falschparken werden CityCar berechnet, nicht dem Fahrer.',
        'de',
      ),
    ).toEqual(['CityCar']);
    expect(swapped('Pay with Visa, not with Mastercard.', 'Payez avec Mastercard, et non avec Visa.', 'fr')).toEqual(['Mastercard']);
  });

  it('reports none where the sides are kept, or the translation says the contrast another way', () => {
    const source = 'Security keys are supported in Chrome and Firefox, but not in Safari.';
    expect(swapped(source, 'Kunci keamanan didukung di Chrome dan Firefox, tetapi belum di Safari.')).toEqual([]);
    expect(swapped(source, 'Kunci keamanan tidak didukung di Safari, hanya di Chrome dan Firefox.')).toEqual([]);
    expect(swapped('Pay with Visa, not with Mastercard.', 'Pague con Visa y no con Mastercard.', 'es')).toEqual([]);
    // (a negation after a comma that opens a clause of its own, with the name on its side in both)
    expect(swapped('On Android, not all features are available.', 'Di Android, tidak semua fitur tersedia.')).toEqual([]);
  });

  it('leaves two figures swapped to the numbers rule, one finding', () => {
    const findings = check('The app runs on iOS 17, not on iOS 16.', 'Aplikasi ini berjalan di iOS 16, bukan di iOS 17.');
    expect(findings.map((f) => f.rule)).toEqual(['numbers.swapped']);
  });

  it('reads "X instead of Y" as a contrast, in several languages', () => {
    expect(swapped('The pass costs €30 instead of €45.', 'El abono cuesta 45 € en lugar de 30 €.', 'es')).toEqual(['45']);
    expect(swapped('Use the H2 filter instead of the H1 filter.', 'Verwenden Sie den H1-Filter statt des H2-Filters.', 'de')).toEqual([
      'H1',
    ]);
    expect(swapped('The pass costs €30 instead of €45.', 'El abono cuesta 30 € en lugar de 45 €.', 'es')).toEqual([]);
    expect(swapped('The pass costs €30 instead of €45.', 'Tiket terusan seharga €30, bukannya €45.')).toEqual([]);
  });

  it('tells the sides apart by words of opposites too, where both sentences say the same sides of the pair', () => {
    expect(
      swapped('The alarm sounds at the start of the lesson, not after it.', 'Alarm berbunyi setelah pelajaran, bukan di awal pelajaran.'),
    ).toEqual(['setelah']);
    expect(
      swapped('The alarm sounds at the start of the lesson, not after it.', 'Alarm berbunyi di awal pelajaran, bukan setelahnya.'),
    ).toEqual([]);
    // (one side turned around is the opposite's finding, not a contrast's)
    expect(
      swapped('Payment is taken after the visit, not when you book.', 'Pembayaran diambil sebelum kunjungan, bukan setelah Anda memesan.'),
    ).toEqual([]);
  });

  it('reads "not even" as carrying on the clause, and an Indonesian clause that begins with "tidak" as no contrast', () => {
    expect(
      swapped(
        'Without the key, nobody can open the safe, not even the manager.',
        'Tanpa kunci, tidak ada seorang pun yang dapat membuka brankas, bahkan manajer sekalipun.',
      ),
    ).toEqual([]);
    expect(swapped('Without the key, nobody can open the safe.', 'Tanpa kunci, tidak ada seorang pun yang dapat membuka brankas.')).toEqual(
      [],
    );
  });
});

describe('contrast.swapped by words alike in both languages', () => {
  it('tells the sides apart by a word spelled alike in both ("restaurant", "restaurante")', () => {
    expect(
      swapped(
        'Pets are allowed in the garden but not in the restaurant.',
        'Se admiten mascotas en el restaurante, pero no en el jardín.',
        'es',
      ),
    ).toEqual(['restaurante']);
    expect(
      swapped(
        'Pets are allowed in the garden but not in the restaurant.',
        'Se admiten mascotas en el jardín, pero no en el restaurante.',
        'es',
      ),
    ).toEqual([]);
  });
});

describe('sequence.swapped', () => {
  const steps = (source: string, target: string, targetLang = 'id') => flagged(check(source, target, { targetLang }), 'sequence.swapped');

  it('reports a word that moved from the first step to the next, with the word of "then"', () => {
    const source = 'In an emergency, call 112 first and then our on-call service.';
    const findings = only(
      check(source, 'Rufen Sie im Notfall zuerst unseren Bereitschaftsdienst und dann die 112 an.', { targetLang: 'de' }),
      'sequence.swapped',
    );
    expect(findings).toEqual([expect.objectContaining({ text: '112', params: expect.objectContaining({ then: 'dann' }) })]);
    expect(steps('Update the Hub first, then the Bridge2.', 'Perbarui Bridge2 terlebih dahulu, lalu Hub.')).toEqual(['Bridge2']);
    expect(steps('Update the Hub first, then the Bridge2.', 'Actualice primero el Bridge2 y luego el Hub.', 'es')).toEqual(['Bridge2']);
  });

  it('leaves steps in their order alone, and "then" that is no step: a condition\'s, "by then", "después de"', () => {
    expect(
      steps(
        'In an emergency, call 112 first and then our on-call service.',
        'Rufen Sie im Notfall zuerst die 112 und danach unseren Bereitschaftsdienst an.',
        'de',
      ),
    ).toEqual([]);
    expect(steps('Update the Hub first, then the Bridge2.', 'Perbarui Hub terlebih dahulu, lalu Bridge2.')).toEqual([]);
    expect(steps('If the Hub blinks, then restart the Bridge2.', 'Jika Bridge2 berkedip, lalu mulai ulang Hub.')).toEqual([]);
    expect(steps('Pay the 80 EUR by then, or the 120 EUR later.', 'Bayar 120 EUR paling lambat saat itu, atau 80 EUR kemudian.')).toEqual(
      [],
    );
    expect(steps('Charge the X200, then use it after 2 hours.', 'Cargue el X200 y úselo después de 2 horas.', 'es')).toEqual([]);
  });
});

describe('contrast.swapped by the writer\'s "we"', () => {
  it('reads the writer\'s "we" as a side of a contrast ("set by the company, not by us")', () => {
    const swapped = (source: string, target: string, targetLang: string) =>
      only(check(source, target, { targetLang }), 'contrast.swapped').map((finding) => finding.text);
    expect(
      swapped('Prices are set by the recycling company, not by us.', 'Harga ditetapkan oleh kami, bukan oleh perusahaan daur ulang.', 'id'),
    ).toEqual(['kami']);
    expect(
      swapped('Prices are set by the recycling company, not by us.', 'Harga ditetapkan oleh perusahaan daur ulang, bukan oleh kami.', 'id'),
    ).toEqual([]);
    // (from what the translation affirms in its place: "an den Kurier gezahlt, nicht an uns")
    expect(swapped('The fee is paid to us, not to the courier.', 'Die Gebühr wird an den Kurier gezahlt, nicht an uns.', 'de')).toEqual([
      'an den Kurier gezahlt, nicht an uns',
    ]);
    // (a party of a pair of opposites is the word that moved, before the writer's "we")
    expect(swapped('The fee is paid to us, not to the driver.', 'Die Gebühr wird an den Fahrer gezahlt, nicht an uns.', 'de')).toEqual([
      'Fahrer',
    ]);
  });
});

describe('contrast.swapped where a word moved to the negated side only', () => {
  it('spans what the translation affirms in its place, on to the word that moved', () => {
    const swapped = (source: string, target: string, targetLang: string) =>
      only(check(source, target, { targetLang }), 'contrast.swapped').map((finding) => finding.text);
    const source = 'Outdoor games are only lent to schools and associations, not to individuals.';
    expect(swapped(source, "Les jeux d'extérieur sont prêtés aux particuliers, pas aux écoles et aux associations.", 'fr')).toEqual([
      'aux particuliers, pas aux écoles et aux associations',
    ]);
    expect(swapped(source, "Les jeux d'extérieur sont prêtés aux écoles et aux associations, pas aux particuliers.", 'fr')).toEqual([]);
  });
});

describe('contrast.swapped in a clause that ends on its negation', () => {
  it('reads "X need a booking; Y do not" as X affirmed, Y negated', () => {
    const swapped = (source: string, target: string, targetLang: string) =>
      only(check(source, target, { targetLang }), 'contrast.swapped').map((finding) => finding.text);
    const source = 'Family portraits need a booking; passport photos do not.';
    expect(swapped(source, 'Foto paspor perlu pemesanan; foto keluarga tidak.', 'id')).toEqual(['paspor']);
    expect(swapped(source, 'Foto keluarga perlu pemesanan; foto paspor tidak.', 'id')).toEqual([]);
    expect(swapped(source, 'Los pasaportes necesitan reserva; los retratos familiares no.', 'es')).toEqual(['pasaportes']);
    // (a negation with no word before it in its sentence: no subject, no contrast)
    expect(swapped('Not yet; no.', 'Belum; tidak.', 'id')).toEqual([]);
    expect(swapped('Not.', 'Tidak.', 'id')).toEqual([]);
  });
});

describe('contrast.swapped by a German noun spelled as the source word', () => {
  it('reads "die Container" as "the containers", a plural and a capital aside', () => {
    const swapped = (target: string) =>
      only(check('Put it at the counter, not in the containers.', target, { targetLang: 'de' }), 'contrast.swapped').map(
        (finding) => finding.text,
      );
    expect(swapped('Legen Sie es in die Container, nicht an den Schalter.')).toEqual(['Container']);
    expect(swapped('Legen Sie es an den Schalter, nicht in die Container.')).toEqual([]);
  });
});

/**
 * A restriction lost ("only people named on the form" rendered as "all people"), in several
 * language pairs, and the many ways a careful translation keeps one, which must never be called a
 * loss. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { check, flagged, only } from '../../helpers/qa';

const dropped = (source: string, target: string, targetLang = 'id', sourceLang = 'en') =>
  flagged(check(source, target, { sourceLang, targetLang }), 'restriction.dropped');

describe('restriction.dropped', () => {
  it('reports an "only" the translation lost, on its "all" or "any" where it has one', () => {
    const source = 'Only people named on the collection form may pick up your child.';
    const findings = only(check(source, 'Alle Personen dürfen Ihr Kind abholen.', { targetLang: 'de' }), 'restriction.dropped');
    expect(findings.map((f) => f.text)).toEqual(['Alle']);
    expect(findings[0]?.source?.text).toBe('Only people named on');
    expect(findings[0]?.severity).toBe('major');
    expect(dropped('Tickets are valid only for the date shown.', 'Tiket berlaku untuk tanggal mana pun.')).toEqual(['mana pun']);
    expect(
      dropped('Children may only leave with an adult listed on the form.', 'Los niños pueden salir con cualquier adulto.', 'es'),
    ).toEqual(['cualquier']);
  });

  it('without an "all", points at the words that render what the source restricts', () => {
    const target = 'Verlorene Handys werden ausgehändigt, nachdem der Eigentümer sie entsperrt hat.';
    const [finding] = only(
      check('Lost phones are only handed over after the owner has unlocked them.', target, { targetLang: 'de' }),
      'restriction.dropped',
    );
    expect(finding?.text).toMatch(/ausgehändigt|nachdem/);
    // at the end of a clause, the words before it are what it restricts
    expect(dropped('In an emergency only, call 112.', 'Dalam keadaan darurat, hubungi 112.')).toHaveLength(1);
  });

  it('keeps quiet where the translation restricts in its own way', () => {
    expect(
      dropped('Only people named on the form may pick up your child.', 'Nur Personen auf dem Formular dürfen Ihr Kind abholen.', 'de'),
    ).toEqual([]);
    expect(dropped('Phones are only handed over after unlocking.', 'Handys werden erst nach dem Entsperren ausgehändigt.', 'de')).toEqual(
      [],
    );
    expect(dropped('Tickets are valid only for the date shown.', 'Tiket hanya berlaku untuk tanggal yang tertera.')).toEqual([]);
    expect(dropped('The pool is for members only.', 'Kolam renang khusus untuk anggota.')).toEqual([]);
    expect(dropped('You may only park here while charging.', 'Vous ne pouvez stationner ici que pendant la recharge.', 'fr')).toEqual([]);
    expect(dropped('Lockers are for daily use only.', 'Les casiers sont réservés à un usage journalier.', 'fr')).toEqual([]);
    expect(dropped('Only adults may enter.', 'Solo pueden entrar los adultos.', 'es')).toEqual([]);
    expect(dropped('Only adults may enter.', '只有成年人可以进入。', 'zh')).toEqual([]);
    expect(dropped('It is the only way in.', 'Itu satu-satunya jalan masuk.')).toEqual([]);
  });

  it('reports a restricted condition ("only when") rendered as a plain one, and accepts it restricted or as a proviso', () => {
    const source = 'A ride ends only when the green light appears.';
    expect(dropped(source, 'Un viaje termina cuando aparece la luz verde.', 'es')).toHaveLength(1);
    expect(dropped(source, 'Un trajet se termine lorsque le voyant vert s’allume.', 'fr')).toHaveLength(1);
    expect(dropped(source, 'Eine Fahrt endet, wenn das grüne Licht aufleuchtet.', 'de')).toHaveLength(1);
    expect(dropped(source, 'Perjalanan berakhir ketika lampu hijau menyala.')).toHaveLength(1);
    expect(dropped(source, 'Un viaje solo termina cuando aparece la luz verde.', 'es')).toEqual([]);
    expect(dropped(source, 'Eine Fahrt endet erst, wenn das grüne Licht aufleuchtet.', 'de')).toEqual([]);
    expect(dropped(source, 'Perjalanan baru berakhir ketika lampu hijau menyala.')).toEqual([]);
    expect(dropped('You may enter only if you have a ticket.', 'Puede entrar siempre que tenga una entrada.', 'es')).toEqual([]);
    expect(dropped('You may enter only if you have a ticket.', 'Vous pouvez entrer à condition d’avoir un billet.', 'fr')).toEqual([]);
    // the condition within the words the "only" restricts ("only take place if")
    expect(
      dropped('The course will only take place if 8 people register.', 'Der Kurs findet statt, wenn sich 8 Personen anmelden.', 'de'),
    ).toHaveLength(1);
    expect(
      dropped('The course will only take place if 8 people register.', 'Der Kurs findet nur statt, wenn sich 8 Personen anmelden.', 'de'),
    ).toEqual([]);
    // a condition word is still a way to keep an "only" that restricts something else
    expect(dropped('Only adults may enter.', 'Anda boleh masuk jika sudah dewasa.')).toEqual([]);
  });

  it('reads no restriction in "not only", "the only", "only just", nor in a concession', () => {
    expect(dropped('It is not only fast but also cheap.', 'Ini cepat dan juga murah.')).toEqual([]);
    expect(dropped('The only exit is on the left.', 'Pintu keluar ada di sebelah kiri.')).toEqual([]);
    expect(dropped('The train had only just left.', 'Kereta baru saja berangkat.')).toEqual([]);
    // "meskipun hanya sebentar" is "even for a short time"
    expect(dropped('Jangan menghalanginya, meskipun hanya sebentar.', 'Do not block them, even for a short time.', 'en', 'id')).toEqual([]);
  });

  it('counts a restriction in the sentence before or after, and one left in the source language', () => {
    // (the translation joined two sentences and split another: paired by order, they are one off)
    expect(
      dropped(
        'The office is open on weekdays. Visits are by appointment only. Call us first.',
        'Kantor buka pada hari kerja, kunjungan hanya dengan janji temu. Silakan hubungi kami. Terima kasih.',
      ),
    ).toEqual([]);
    expect(
      dropped('This table will only display correctly on wide screens.', 'This table will only display correctly on wide screens.'),
    ).toEqual([]);
  });

  it('reports it into and out of Chinese too, where "不仅" is "not only"', () => {
    expect(dropped('Only adults may enter.', '成年人可以进入。', 'zh')).toHaveLength(1);
    expect(dropped('仅限会员使用。', 'For everyone to use.', 'en', 'zh')).toHaveLength(1);
    expect(dropped('仅限会员使用。', 'For members only.', 'en', 'zh')).toEqual([]);
    expect(dropped('这款产品不仅便宜，而且耐用。', 'This product is cheap and durable.', 'en', 'zh')).toEqual([]);
  });
  it('counts no condition word that renders a condition of the source, and no "réservée par", which is booked by', () => {
    const source = 'If you forget your password, you can only recover your vault with the recovery key you printed when you signed up.';
    expect(
      dropped(source, 'Jika Anda lupa kata sandi, Anda dapat memulihkan brankas dengan kunci pemulihan yang Anda cetak saat mendaftar.'),
    ).toHaveLength(1);
    expect(
      dropped(
        source,
        'Jika Anda lupa kata sandi, Anda hanya dapat memulihkan brankas dengan kunci pemulihan yang Anda cetak saat mendaftar.',
      ),
    ).toEqual([]);
    // (a condition more than the source's may say the "only": "if you have the key")
    expect(
      dropped('You can only recover your vault with the recovery key.', 'Anda dapat memulihkan brankas jika memiliki kunci pemulihan.'),
    ).toEqual([]);
    expect(
      dropped(
        'The hall can be booked by residents of the commune only.',
        'La salle peut être réservée par les habitants de la commune.',
        'fr',
      ),
    ).toHaveLength(1);
    expect(
      dropped('The hall can be booked by residents of the commune only.', 'La salle est réservée aux habitants de la commune.', 'fr'),
    ).toEqual([]);
    expect(dropped('The room can be booked by members only.', 'La sala puede ser reservada por los socios.', 'es')).toHaveLength(1);
    expect(dropped('The room can be booked by members only.', 'La sala está reservada a los socios.', 'es')).toEqual([]);
    // (into English, "not … unless" says "only … if")
    expect(
      flagged(
        check(
          'Versäumte Stunden werden nur nachgeholt, wenn die Lehrkraft absagt.',
          'Missed lessons are not made up unless the teacher cancels.',
          {
            sourceLang: 'de',
            targetLang: 'en',
          },
        ),
        'restriction.dropped',
      ),
    ).toEqual([]);
    // (into English, a "must" or "at least" may say it: "dürfen nur Kinder ab 5" is "must be at least 5")
    expect(
      flagged(
        check(
          'Den Kletterbereich dürfen nur Kinder ab 5 Jahren nutzen.',
          'Children must be at least 5 years old to use the climbing area.',
          {
            sourceLang: 'de',
            targetLang: 'en',
          },
        ),
        'restriction.dropped',
      ),
    ).toEqual([]);
  });
});

describe('restriction.dropped in a compound', () => {
  it('reads an "only" that ends a compound ("women-only day") as one German word ("Damentag"), and keeps it elsewhere', () => {
    expect(dropped('Wednesday is women-only day.', 'Mittwoch ist Damentag.', 'de')).toEqual([]);
    expect(dropped('Wednesday is women-only day.', 'Rabu adalah hari untuk semua pengunjung.', 'id')).toHaveLength(1);
    expect(dropped('Wednesday is only for women.', 'Mittwoch ist für alle.', 'de')).toHaveLength(1);
  });
});

describe('restriction.dropped beside a span of time', () => {
  it('reads "selama" before a span of time as how long, which keeps no "only"', () => {
    const source = 'Take the injections every evening for 28 days. Stop them only if your doctor tells you to.';
    expect(dropped(source, 'Suntikkan setiap malam selama 28 hari. Hentikan suntikan jika dokter meminta Anda melakukannya.')).toEqual([
      'suntikan jika dokter meminta',
    ]);
    expect(
      dropped(source, 'Suntikkan setiap malam selama 28 hari. Hentikan suntikan hanya jika dokter meminta Anda melakukannya.'),
    ).toEqual([]);
    // ("selama" as "as long as" still keeps it)
    expect(dropped('You may stay only while the shop is open.', 'Anda boleh tinggal selama toko buka.')).toEqual([]);
  });
});

describe('restriction.added', () => {
  const added = (source: string, target: string, targetLang = 'id') =>
    check(source, target, { targetLang })
      .filter((finding) => finding.rule === 'restriction.added')
      .map((finding) => finding.text);

  it('reports an "only" added where the source says a thing of all or of either', () => {
    const source = "Either party may terminate the agreement with three months' notice.";
    expect(added(source, 'Nur der Mieter kann den Vertrag mit einer Frist von drei Monaten kündigen.', 'de')).toEqual(['Nur']);
    expect(added(source, 'Jede Vertragspartei kann den Vertrag mit einer Frist von drei Monaten kündigen.', 'de')).toEqual([]);
    // (with the source's word it narrows)
    const [finding] = check(source, 'Nur der Mieter kann den Vertrag mit einer Frist von drei Monaten kündigen.', { targetLang: 'de' });
    expect(finding?.source).toEqual(expect.objectContaining({ text: 'Either' }));
    expect(added('All members can book the hall.', 'Hanya anggota pengurus yang dapat memesan aula.')).toEqual(['Hanya']);
  });

  it('reports an "only" where the source joins two things with "and" and the translation joins nothing', () => {
    expect(added('Points can be used online and in stores.', 'Poin hanya dapat digunakan secara online.')).toEqual(['hanya']);
    expect(added('Points can be used online and in stores.', 'Poin dapat digunakan secara online maupun di toko.')).toEqual([]);
    expect(added('Appointments can be made by phone or through the app.', 'Las citas solo pueden pedirse por teléfono.', 'es')).toEqual([
      'solo',
    ]);
    expect(
      added(
        'Appointments can be made by phone or through the app.',
        'Las citas se pueden pedir por teléfono o a través de la aplicación.',
        'es',
      ),
    ).toEqual([]);
    // (no "and", no "all": "For external use" restricts in the source's own meaning)
    expect(added('For external use.', 'Nur zur äußerlichen Anwendung.', 'de')).toEqual([]);
  });

  it('reads "once only" said with no word of "only" ("une seule fois", "una sola vez") as a restriction', () => {
    const source = 'Frames can be adjusted for free at any time.';
    expect(added(source, 'Les montures peuvent être ajustées gratuitement une seule fois.', 'fr')).toEqual(['seule']);
    expect(added(source, 'Las monturas se pueden ajustar gratis una sola vez.', 'es')).toEqual(['sola']);
    expect(added(source, 'Les montures peuvent être ajustées gratuitement à tout moment.', 'fr')).toEqual([]);
  });

  it('reads an "only" of the second of two clauses set side by side as said by the pair, unless the translation adds the case', () => {
    const dropped = (target: string, targetLang: string) =>
      flagged(check('Card payment is accepted at the machine; cash only at the counter.', target, { targetLang }), 'restriction.dropped');
    expect(dropped('洗车机可刷卡付款；现金请到柜台支付。', 'zh')).toEqual([]);
    expect(dropped('洗车机可刷卡付款；现金也可在柜台支付。', 'zh')).toHaveLength(1);
    expect(dropped('Kartenzahlung am Automaten; Barzahlung auch an der Kasse.', 'de')).toHaveLength(1);
    // (a sentence of one clause keeps its "only" to itself)
    expect(
      flagged(check('Cash is accepted only at the counter.', '现金请到柜台支付。', { targetLang: 'zh' }), 'restriction.dropped'),
    ).toHaveLength(1);
  });

  it('reads the Spanish "solo" without its accent as "only", as the Academy now writes it', () => {
    expect(added('You can call us at any time.', 'Solo puede llamarnos en horario laboral.', 'es')).toEqual(['Solo']);
    expect(added('You can call us at any time.', 'Puede llamarnos en cualquier momento.', 'es')).toEqual([]);
    // (the adjective, alone, renders an "alone" of the source)
    expect(added('Never leave any child alone in the pool.', 'No deje nunca a ningún niño solo en la piscina.', 'es')).toEqual([]);
  });

  it('reports none where the source restricts, negates, obliges or counts one, or says no "all" ("For external use")', () => {
    expect(
      added('Any member may book the hall, but not on Sundays.', 'Anggota dapat memesan aula, hanya saja tidak pada hari Minggu.'),
    ).toEqual([]);
    expect(
      added(
        'Either party may not sublet the flat without written consent.',
        'Eine Untervermietung ist nur mit schriftlicher Zustimmung zulässig.',
        'de',
      ),
    ).toEqual([]);
    expect(added('All rental shoes must be worn with socks.', 'Alle Leihschuhe dürfen nur mit Socken getragen werden.', 'de')).toEqual([]);
    expect(added('Each guest may bring one bag.', 'Setiap tamu hanya boleh membawa satu tas.')).toEqual([]);
    // ("one week's notice" is a span of time, no one thing)
    expect(
      added(
        "During probation either party may end the contract with one week's notice.",
        'Selama masa percobaan, hanya pemberi kerja yang dapat mengakhiri kontrak dengan pemberitahuan satu minggu.',
      ),
    ).toEqual(['hanya']);
    expect(added('For external use.', 'Nur zur äußerlichen Anwendung.', 'de')).toEqual([]);
    // ("after all" says no "all")
    expect(added('After all, the app is free.', 'Lagi pula, aplikasi ini hanya gratis.')).toEqual([]);
    // ("not only" restricts nothing)
    expect(added('All members get a discount.', 'Tidak hanya anggota yang mendapat diskon.')).toEqual([]);
  });

  it('reads a French "ne" or "n\'" alone as a negation, not the "ne … que" that restricts', () => {
    const dropped = (target: string) =>
      flagged(
        check('Paper returns are accepted only if you have no internet access at home.', target, { targetLang: 'fr' }),
        'restriction.dropped',
      );
    expect(dropped("Les déclarations papier sont acceptées si vous n'avez pas d'accès à internet chez vous.")).toHaveLength(1);
    expect(dropped("Les déclarations papier ne sont acceptées que si vous n'avez pas d'accès à internet chez vous.")).toEqual([]);
    expect(dropped("Les déclarations papier sont acceptées uniquement si vous n'avez pas d'accès à internet chez vous.")).toEqual([]);
  });

  it('marks a restricted condition lost on the word of condition and the word before it, where the "only" belongs', () => {
    const marked = (source: string, target: string, targetLang = 'id') =>
      flagged(check(source, target, { targetLang }), 'restriction.dropped');
    expect(
      marked(
        'Meter readings are estimated only if our staff cannot access your meter.',
        'Pembacaan meter diperkirakan jika petugas kami dapat mengakses meter Anda.',
      ),
    ).toEqual(['diperkirakan jika petugas kami dapat']);
    expect(
      marked(
        'The course will only take place if at least 8 people register.',
        'Der Kurs findet statt, wenn sich mindestens 8 Personen anmelden.',
        'de',
      ),
    ).toEqual(['findet statt, wenn']);
    // (and a Chinese "any" is the word a lost "only" turned into)
    expect(marked('Only the people listed on the form may collect a child.', '任何人都可以接孩子。', 'zh')).toEqual(['任何']);
  });

  it('marks what the translation joined to the words the source restricts, where the source joins nothing there', () => {
    expect(
      dropped(
        'Water from the tank may be used for watering only.',
        "L'eau de la cuve peut être utilisée pour l'arrosage et le lavage.",
        'fr',
      ),
    ).toEqual(["utilisée pour l'arrosage et le lavage"]);
    expect(dropped('The showers are for guests only.', 'Las duchas son para los huéspedes y los visitantes.', 'es')).toEqual([
      'para los huéspedes y los visitantes',
    ]);
    expect(dropped('The car park is for residents only.', '停车场供居民和访客使用。', 'zh')).toEqual(['居民和访客']);
  });

  it('reads the "saja" of "kapan saja" as "any", which keeps no "only"', () => {
    expect(
      flagged(
        check('Night data can only be used between midnight and 6 a.m.', 'Data malam dapat digunakan kapan saja.'),
        'restriction.dropped',
      ),
    ).toHaveLength(1);
    expect(
      flagged(
        check('Night data can only be used between midnight and 6 a.m.', 'Data malam hanya dapat digunakan antara pukul 00.00 dan 06.00.'),
        'restriction.dropped',
      ),
    ).toEqual([]);
  });
});

/**
 * A possibility made a certainty ("the battery may drain faster" → "baterai akan lebih cepat
 * habis"), in several language pairs, and the ways a careful translation says "may" that must never
 * be called a change. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { check, flagged, only } from '../../helpers/qa';

const made = (source: string, target: string, targetLang = 'id') => flagged(check(source, target, { targetLang }), 'modality.changed');

describe('modality.changed', () => {
  it('reports a "may" made "will", on the translation\'s word, with the source\'s', () => {
    const findings = only(
      check('The battery may drain faster in cold weather.', 'Baterai akan lebih cepat habis saat cuaca dingin.'),
      'modality.changed',
    );
    expect(findings.map((f) => f.text)).toEqual(['akan']);
    expect(findings[0]?.source?.text).toBe('may');
    expect(findings[0]?.severity).toBe('major');
    expect(made('Some guests might need a second key.', 'Einige Gäste werden einen zweiten Schlüssel brauchen.', 'de')).toEqual(['werden']);
    expect(made('The price may rise next year.', 'El precio subirá el próximo año.', 'es')).toEqual(['subirá']);
    expect(made('The price may rise next year.', 'Le prix augmentera l’année prochaine.', 'fr')).toEqual(['augmentera']);
    expect(made('The price may rise next year.', '价格明年会上涨。', 'zh-CN')).toEqual(['会']);
  });

  it('leaves a "may" said with a word of possibility, permission or likelihood alone', () => {
    expect(made('The battery may drain faster in cold weather.', 'Baterai mungkin lebih cepat habis saat cuaca dingin.')).toEqual([]);
    expect(made('The battery may drain faster in cold weather.', 'Baterai bisa lebih cepat habis dan akan perlu diisi ulang.')).toEqual([]);
    expect(made('You may bring one guest.', 'Anda boleh membawa satu tamu.')).toEqual([]);
    expect(made('The price may rise next year.', 'Der Preis kann nächstes Jahr steigen.', 'de')).toEqual([]);
    expect(made('The price may rise next year.', 'El precio podrá subir el próximo año.', 'es')).toEqual([]);
    expect(made('The price may rise next year.', 'Le prix pourrait augmenter l’année prochaine.', 'fr')).toEqual([]);
    expect(made('The price may rise next year.', '价格明年可能会上涨。', 'zh-CN')).toEqual([]);
  });

  it('leaves "may not", the month May, a source without "may" and a "会" of a word ("会员") alone', () => {
    expect(made('Guests may not smoke in the rooms.', 'Tamu akan merokok di kamar.')).toEqual([]);
    expect(made('The shop opens on 3 May.', 'Toko akan buka pada 3 Mei.')).toEqual([]);
    expect(made('The price will rise next year.', 'Harga akan naik tahun depan.')).toEqual([]);
    expect(made('Members may bring a guest.', '会员可以带一位客人。', 'zh-CN')).toEqual([]);
    expect(made('Guests may visit with a member.', '访客需在会员陪同下来访。', 'zh-CN')).toEqual([]);
  });
});

describe('modality.changed beside a negated word of possibility', () => {
  it('reads a negated "dapat" as a "cannot", no "may", and a "dürfen" before "ohne" as a permission kept', () => {
    expect(
      made('You may need a sling if you cannot lift your arm.', 'Anda akan memerlukan gendongan jika tidak dapat mengangkat lengan.'),
    ).toEqual(['akan']);
    expect(
      made('You may need a sling if you cannot lift your arm.', 'Anda mungkin memerlukan gendongan jika tidak dapat mengangkat lengan.'),
    ).toEqual([]);
    expect(made('Dogs may be taken on board only on a lead.', 'Hunde dürfen ohne Leine mitgenommen werden.', 'de')).toEqual([]);
  });
});

describe('modality.changed into an obligation', () => {
  it('reports a "may need to" made "harus" or "muss", and not "mungkin perlu"', () => {
    expect(made('You may need to restart the app.', 'Anda harus memulai ulang aplikasi.')).toEqual(['harus']);
    expect(made('You may need to restart the app.', 'Sie müssen die App neu starten.', 'de')).toEqual(['müssen']);
    expect(made('You may need to restart the app.', 'Anda mungkin perlu memulai ulang aplikasi.')).toEqual([]);
  });
});

/**
 * The writer and the reader changed places ("you are responsible" → "kami bertanggung jawab"), in
 * several language pairs, and the ways a careful translation moves a "we" or a "you" about without
 * changing who is meant, which must never be called a change. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { check, flagged, only } from '../../helpers/qa';

const changed = (source: string, target: string, targetLang = 'id') => flagged(check(source, target, { targetLang }), 'person.changed');

describe('person.changed', () => {
  it('reports a "you" made "we", on the translation\'s word, with the source\'s', () => {
    const findings = only(
      check('Parking for the van must be arranged by you.', 'Tempat parkir untuk mobil boks akan kami siapkan.', { targetLang: 'id' }),
      'person.changed',
    );
    expect(findings.map((f) => f.text)).toEqual(['kami']);
    expect(findings[0]?.source?.text).toBe('you');
    expect(findings[0]?.severity).toBe('major');
    expect(changed('The hall is cleaned by your staff.', 'Le sol est nettoyé par nos soins.', 'fr')).toEqual(['nos']);
  });

  it('reads "US" as the country, not as "us"', () => {
    expect(changed('Your order ships from the US.', 'Pesanan kami dikirim dari AS.')).toEqual(['kami']);
  });

  it('reports a "we" made "you", in German by its formal capitals only', () => {
    expect(changed('The SIM card remains our property.', 'Kartu SIM menjadi milik Anda.')).toEqual(['Anda']);
    expect(changed('The router remains our property.', 'Der Router bleibt Ihr Eigentum.', 'de')).toEqual(['Ihr']);
    // ("ihr", lower case, is "her" or "their")
    expect(changed('The router remains our property.', 'Der Router bleibt ihr Eigentum.', 'de')).toEqual([]);
    // (Chinese by its characters)
    expect(changed('You must return the key by noon.', '我们必须在中午前归还钥匙。', 'zh-CN')).toEqual(['我们']);
    expect(changed('You must return the key by noon.', '您必须在中午前归还钥匙。', 'zh-CN')).toEqual([]);
  });

  it('reports none where the reader is still there, or a "we" stands for a passive', () => {
    // (one "you" of two said in the passive, with "kami" as its agent)
    expect(changed('Your card will be replaced if you report it.', 'Kartu akan kami ganti jika Anda melaporkannya.')).toEqual([]);
    // (a "we" for a passive, with no "you" in the source)
    expect(changed('The deposit is returned within 7 days.', 'Die Kaution erstatten wir innerhalb von 7 Tagen.', 'de')).toEqual([]);
    // (an imperative's "Sie", with the source's "us" said otherwise)
    expect(
      changed(
        'If you cannot keep your appointment, please let us know.',
        'Wenn Sie Ihren Termin nicht wahrnehmen können, sagen Sie bitte ab.',
        'de',
      ),
    ).toEqual([]);
    // (both on each side)
    expect(changed('We will call you.', 'Kami akan menghubungi Anda.')).toEqual([]);
  });

  it('reports the sentence\'s opening person made the other, though the translation keeps a "your" later, but not a doer a passive leaves out', () => {
    expect(
      changed(
        'You are responsible for any damage caused while the bike is in your care.',
        'Nous sommes responsables de tout dommage causé pendant que le vélo est sous votre garde.',
        'fr',
      ),
    ).toEqual(['Nous']);
    expect(
      changed(
        'You are responsible for any damage caused while the bike is in your care.',
        'Vous êtes responsable de tout dommage causé pendant que le vélo est sous votre garde.',
        'fr',
      ),
    ).toEqual([]);
    expect(changed('You will be contacted by phone, not by email.', '我们会通过电话而非电子邮件与您联系。', 'zh')).toEqual([]);
  });
});

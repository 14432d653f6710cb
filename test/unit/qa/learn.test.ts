import { describe, expect, it } from 'vitest';
import { learnFromCorrection, type Correction } from '../../../shared/qa/learn';

const learn = (correction: Correction) =>
  learnFromCorrection(correction).map(({ source, target, forbidden }) => ({ source, target, forbidden }));

describe('terms learned from corrections', () => {
  it('aligns a replaced word to the source word next to the anchor it stands by', () => {
    expect(
      learn({
        source: 'The council approved new parking fees for the city centre.',
        mt: 'Dewan menyetujui trotoar parkir baru untuk pusat kota.',
        approved: 'Dewan menyetujui biaya parkir baru untuk pusat kota.',
        sourceLang: 'en',
        targetLang: 'id',
      }),
    ).toEqual([{ source: 'fees', target: 'biaya', forbidden: 'trotoar' }]);
  });

  it('leaves articles that only agree with the new word out of the term, and reads across "de"', () => {
    expect(
      learn({
        source: 'Remove the battery cover before charging.',
        mt: 'Retirez la couverture de batterie avant de charger.',
        approved: 'Retirez le couvercle de batterie avant de charger.',
        sourceLang: 'en',
        targetLang: 'fr',
      }),
    ).toEqual([{ source: 'cover', target: 'couvercle', forbidden: 'couverture' }]);
  });

  it('reads a respelled loanword beside the replaced word as an anchor, and takes the noun and its modifier as swapped', () => {
    // "climate" and "iklim" are too unlike for a cognate, alike enough for a weak anchor
    expect(
      learn({
        source: 'They studied the climate models carefully.',
        mt: 'Mereka mempelajari peragawati iklim dengan cermat.',
        approved: 'Mereka mempelajari model iklim dengan cermat.',
        sourceLang: 'en',
        targetLang: 'id',
      }),
    ).toEqual([{ source: 'models', target: 'model', forbidden: 'peragawati' }]);
  });

  it('takes the source word the new rendering is spelled like, wherever it stands', () => {
    expect(
      learn({
        source: 'Please read the safety instructions before installation.',
        mt: 'Bitte lesen Sie die Sicherheitshinweise vor der Montage.',
        approved: 'Bitte lesen Sie die Sicherheitshinweise vor der Installation.',
        sourceLang: 'en',
        targetLang: 'de',
      }),
    ).toEqual([{ source: 'installation', target: 'Installation', forbidden: 'Montage' }]);
  });

  it('learns each of several replacements in one sentence', () => {
    expect(
      learn({
        source: 'Click Save to keep your changes.',
        mt: 'Cliquez sur Enregistrer pour garder vos changements.',
        approved: 'Cliquez sur Enregistrer pour conserver vos modifications.',
        sourceLang: 'en',
        targetLang: 'fr',
      }),
    ).toEqual([
      { source: 'keep', target: 'conserver', forbidden: 'garder' },
      { source: 'changes', target: 'modifications', forbidden: 'changements' },
    ]);
  });

  it('aligns a word the machine left untranslated to itself', () => {
    expect(
      learn({
        source: 'Open Settings and choose a new wallpaper.',
        mt: 'Buka Settings dan pilih wallpaper baru.',
        approved: 'Buka Pengaturan dan pilih wallpaper baru.',
        sourceLang: 'en',
        targetLang: 'id',
      }),
    ).toEqual([{ source: 'Settings', target: 'Pengaturan', forbidden: 'Settings' }]);
  });

  it('looks for the term in the sentence the correction is in', () => {
    const learned = learnFromCorrection({
      source: 'Patients must fast before the test. Bring your insurance card to the clinic.',
      mt: 'Pasien harus berpuasa sebelum tes. Bawa kartu jaminan Anda ke klinik.',
      approved: 'Pasien harus berpuasa sebelum tes. Bawa kartu asuransi Anda ke klinik.',
      sourceLang: 'en',
      targetLang: 'id',
    });
    expect(learned.map(({ source, target, forbidden }) => ({ source, target, forbidden }))).toEqual([
      { source: 'insurance', target: 'asuransi', forbidden: 'jaminan' },
    ]);
    const [term] = learned;
    expect(term?.sourceSpan.start).toBe('Patients must fast before the test. Bring your '.length);
    expect(term?.mtSpan.start).toBe('Pasien harus berpuasa sebelum tes. Bawa kartu '.length);
  });

  it('takes a known glossary term as an anchor and never proposes it again', () => {
    const correction = {
      source: 'Submit the claim form within thirty days of discharge.',
      mt: 'Kirimkan formulir klaim dalam tiga puluh hari setelah pembuangan.',
      approved: 'Kirimkan formulir klaim dalam tiga puluh hari setelah kepulangan.',
      sourceLang: 'en',
      targetLang: 'id',
    };
    expect(learn(correction)).toEqual([{ source: 'discharge', target: 'kepulangan', forbidden: 'pembuangan' }]);
    expect(learn({ ...correction, terms: [{ source: 'Discharge', target: 'kepulangan' }] })).toEqual([]);
  });

  it('teaches nothing from numbers, case, punctuation, rewrites or an unchanged text', () => {
    const base = { source: 'The fee rose to 30 dollars in May.', sourceLang: 'en', targetLang: 'id' };
    expect(learn({ ...base, mt: 'Biaya naik menjadi 30 dolar pada Mei.', approved: 'Biaya naik menjadi 30 dolar pada Mei.' })).toEqual([]);
    expect(learn({ ...base, mt: 'Biaya naik menjadi 30 dolar pada Mei.', approved: 'Biaya naik menjadi 31 dolar pada Mei.' })).toEqual([]);
    expect(learn({ ...base, mt: 'biaya naik menjadi 30 dolar pada mei.', approved: 'Biaya naik menjadi 30 dolar pada Mei.' })).toEqual([]);
    expect(
      learn({
        ...base,
        mt: 'Biaya naik menjadi 30 dolar pada Mei.',
        approved: 'Pada bulan Mei, tarif yang dikenakan kepada pelanggan meningkat hingga 30 dolar.',
      }),
    ).toEqual([]);
  });

  it('works between scripts without spaces', () => {
    const learned = learn({
      source: 'Restart the router after the update.',
      mt: '更新后重新启动路由。',
      approved: '更新后重新启动路由器。',
      sourceLang: 'en',
      targetLang: 'zh',
    });
    // 路由 → 路由器 is a replacement of one word by another; its source is one word of the sentence
    for (const term of learned) {
      expect(term.forbidden).not.toBe(term.target);
      expect('Restart the router after the update.').toContain(term.source);
    }
  });
});

/**
 * Literals (addresses, placeholders, keys, versions, paths, search syntax, identifiers): copied
 * exactly or reported where the translation changed them; never "untranslated", never numbers to
 * re-punctuate. Texts written for these tests, in several language pairs.
 */
import { describe, expect, it } from 'vitest';
import { literalsIn } from '../../../shared/text/literals';
import { check, only } from '../../helpers/qa';

const kinds = (text: string) => literalsIn(text).map((literal) => `${literal.kind}:${literal.text}`);

describe('literalsIn', () => {
  it('ends an address where the Chinese or Japanese written right against it begins', () => {
    expect(kinds('请致电010 8888 6666或发送电子邮件至info@centre.example。')).toEqual(['email:info@centre.example']);
    expect(kinds('请访问https://example.com/help了解详情。')).toEqual(['url:https://example.com/help']);
    expect(kinds('詳しくはwww.example.jp/faqをご覧ください。')).toEqual(['url:www.example.jp/faq']);
  });

  it('recognises what software text copies exactly', () => {
    expect(kinds('Run `npm ci`, then open https://tilik.example/docs (or www.tilik.example).')).toEqual([
      'code:`npm ci`',
      'url:https://tilik.example/docs',
      'url:www.tilik.example',
    ]);
    expect(kinds('Hello {name}, you have {{count}} of ${total}; %s, %1$d, %.2f, %(user)s and {0}.')).toEqual([
      'placeholder:{name}',
      'placeholder:{{count}}',
      'placeholder:${total}',
      'placeholder:%s',
      'placeholder:%1$d',
      'placeholder:%.2f',
      'placeholder:%(user)s',
      'placeholder:{0}',
    ]);
    // a bare domain with a path is an address too; a file name, a ratio or a unit is not
    expect(kinds('Book at shop.example.id/service, or see config.yaml; 3.5/5 at 70 km/h, and/or.')).toEqual([
      'url:shop.example.id/service',
      'identifier:config.yaml',
    ]);
    expect(
      only(check('Book at shop.example.id/service today.', 'Pesan di shop.example.id/servis hari ini.'), 'literals.changed').map(
        (f) => f.text,
      ),
    ).toEqual(['shop.example.id/servis']);
    expect(kinds('Press Ctrl+Shift+N, ⌘V or F8; press Enter to go on.')).toEqual(['key:Ctrl+Shift+N', 'key:⌘V', 'key:F8', 'key:Enter']);
    expect(kinds('Update to v2.4 or version 10.1, iOS 17.2, build 3.8.1.')).toEqual([
      'version:v2.4',
      'version:10.1',
      'version:17.2',
      'version:3.8.1',
    ]);
    expect(kinds('Edit ~/app/config.yaml, C:\\Tilik\\data, or set MAX_RETRIES and retry_count with fetchData() and is:open.')).toEqual([
      'path:~/app/config.yaml',
      'path:C:\\Tilik\\data',
      'identifier:MAX_RETRIES',
      'identifier:retry_count',
      'identifier:fetchData()',
      'search:is:open',
    ]);
    expect(kinds('Write to help@tilik.example.')).toEqual(['email:help@tilik.example']);
  });

  it('takes a word after "tap", or a label of several capitalised words, for a button of the screen, not a key', () => {
    expect(kinds('Open Orders and tap Return item.')).toEqual([]);
    expect(kinds('Press Delete Account to close it.')).toEqual([]);
    expect(kinds('Press Return to send, or hit Esc.')).toEqual(['key:Return', 'key:Esc']);
    expect(check('Select the order and tap Return item.', 'Pilih pesanan dan ketuk Kembalikan barang.')).toEqual([]);
  });

  it("takes a unit's symbol with a prefix (kWh, mAh, hPa, mmHg) for a unit, which a translation may spell out, not an identifier", () => {
    expect(kinds('It costs 1.2 yuan per kWh; the 5000 mAh battery charges at 2.4 kHz, 1013 hPa, 120 mmHg.')).toEqual([]);
    expect(kinds('Call getKWh() or readPower and kWhTotal.')).toEqual([
      'identifier:getKWh()',
      'identifier:readPower',
      'identifier:kWhTotal',
    ]);
    expect(check('Charging costs 1.2 yuan per kWh.', '充电费用为每千瓦时1.2元。', { targetLang: 'zh' })).toEqual([]);
  });

  it('leaves thousands grouped with dots alone at the end of a sentence too ("12.500.000.")', () => {
    expect(literalsIn('Populasi: 12.500.000.')).toEqual([]);
    expect(literalsIn('Perbarui ke 3.8.1.')).toEqual([expect.objectContaining({ kind: 'version', text: '3.8.1' })]);
    expect(check('Population: 12,500,000.', 'Populasi: 12.500.000.')).toEqual([]);
  });

  it('leaves prose, amounts, dates, percentages and times alone', () => {
    expect(kinds('Prices rose 35% to Rp1.250.000 on 1.5.2026, at 9:30 a.m., e.g. in Bogor; enter the room.')).toEqual([]);
    expect(kinds('Die Preise stiegen um 2.000.000 € am 01.05.2026 um 21.00 Uhr.')).toEqual([]);
    expect(kinds('会议于 2026 年 5 月 1 日 9:30 开始。')).toEqual([]);
  });
});

describe('the literals rule', () => {
  it('accepts literals copied exactly, in any language pair, and does not call them untranslated', () => {
    expect(check('Visit https://tilik.example/security and press Esc.', 'Kunjungi https://tilik.example/security lalu tekan Esc.')).toEqual(
      [],
    );
    expect(
      check('The file {name} is saved to ~/exports.', 'Die Datei {name} wird in ~/exports gespeichert.', { targetLang: 'de' }),
    ).toEqual([]);
    expect(check('Search with author:me in version 3.8.1.', 'Buscar con author:me en la versión 3.8.1.', { targetLang: 'es' })).toEqual([]);
    expect(check('Set sync_interval to 60.', '将 sync_interval 设为 60。', { targetLang: 'zh-CN' })).toEqual([]);
    // keys as the target language's keyboards label them
    expect(check('Press Ctrl+S to save.', 'Drücken Sie Strg+S, um zu speichern.', { targetLang: 'de' })).toEqual([]);
    expect(check('Press Ctrl+Shift+N.', 'Appuyez sur Ctrl+Maj+N.', { targetLang: 'fr' })).toEqual([]);
    expect(
      only(check('Press Ctrl+S to save.', 'Drücken Sie Alt+S, um zu speichern.', { targetLang: 'de' }), 'literals.changed').map(
        (f) => f.text,
      ),
    ).toEqual(['Alt+S']);
  });

  it('reports a placeholder renamed or broken where it stands, with the original as the fix', () => {
    const renamed = only(check('{count} files uploaded', '{jumlah} berkas diunggah'), 'literals.changed');
    expect(renamed.map((f) => [f.text, f.suggestion, f.severity])).toEqual([['{jumlah}', '{count}', 'critical']]);
    const broken = only(check('Hello %s, welcome.', 'Bonjour % s, bienvenue.', { targetLang: 'fr' }), 'literals.changed');
    expect(broken.map((f) => [f.text, f.suggestion])).toEqual([['% s', '%s']]);
    const spacedCall = only(check('Call save() first.', 'Panggil save () terlebih dahulu.'), 'literals.changed');
    expect(spacedCall.map((f) => f.text)).toEqual(['save ()']);
  });

  it('reports a version written as a decimal number, an identifier or address translated', () => {
    expect(
      only(check('Version 3.8.1 runs on iOS 17.2.', 'Versi 3,8,1 berjalan di iOS 17,2.'), 'literals.changed').map((f) => [
        f.text,
        f.suggestion,
      ]),
    ).toEqual([
      ['3,8,1', '3.8.1'],
      ['17,2', '17.2'],
    ]);
    expect(only(check('Set `sync_interval` to 60.', 'Atur `interval_sinkronisasi` ke 60.'), 'literals.changed').map((f) => f.text)).toEqual(
      ['`interval_sinkronisasi`'],
    );
    expect(
      only(
        check('See https://tilik.example/security.', 'Voir https://tilik.example/sécurité.', { targetLang: 'fr' }),
        'literals.changed',
      ).map((f) => f.text),
    ).toEqual(['https://tilik.example/sécurité']);
  });

  it('puts a key translated as words on those words', () => {
    const target = 'Tekan Ctrl+Shift+N untuk membuka jendela, atau tekan Melarikan diri untuk membatalkan.';
    const findings = only(check('Press Ctrl+Shift+N to open a window, or press Esc to cancel.', target), 'literals.changed');
    const words = { start: target.indexOf('Melarikan diri'), end: target.indexOf('Melarikan diri') + 'Melarikan diri'.length };
    expect(findings).toHaveLength(1);
    expect(findings[0]?.params.expected).toBe('Esc');
    expect(findings[0]?.suggestion).toBeNull(); // a guessed place gets no one-click fix
    expect(findings[0]?.start).toBeGreaterThanOrEqual(words.start);
    expect(findings[0]?.end).toBeLessThanOrEqual(words.end);
  });

  it('says where it is not known when an address is simply gone', () => {
    const target = 'Detailnya ada di situs kami.';
    const findings = only(check('Details at https://tilik.example/a.', target), 'literals.missing');
    expect(findings).toEqual([
      expect.objectContaining({ start: target.length, end: target.length, params: { expected: 'https://tilik.example/a' } }),
    ]);
  });

  it('keeps versions and code out of the number checks', () => {
    expect(check('Version 2.4 needs iOS 17.2.', 'Versi 2.4 memerlukan iOS 17.2.')).toEqual([]);
    expect(only(check('It costs $6.000.000.', 'Biayanya $6 juta.'), 'literals.changed')).toEqual([]);
  });
});

describe('scientific names', () => {
  it('are copied, not left untranslated, wherever they stand in the sentence', () => {
    expect(check('Dengue is spread by Aedes aegypti mosquitoes.', 'Demam berdarah disebarkan oleh nyamuk Aedes aegypti.')).toEqual([]);
    expect(check('Aedes aegypti spreads dengue.', 'Aedes aegypti menyebarkan demam berdarah.')).toEqual([]);
    // an ordinary English word left in the translation still is
    expect(only(check('The market is growing.', 'Pasarnya sedang growing.'), 'untranslated').map((f) => f.text)).toEqual(['growing']);
  });
});

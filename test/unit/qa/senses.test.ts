/**
 * Words of several senses rendered in the one their text rules out (shared/qa/rules/senses.ts):
 * found on the wrong rendering when the words around the source's word say its sense, and never
 * when they say the other sense or the translation renders it well. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { check, flagged } from '../../helpers/qa';

const wrongSense = (source: string, target: string, targetLang = 'id') => flagged(check(source, target, { targetLang }), 'sense.wrong');

describe('a word rendered in the sense its text rules out', () => {
  it('is found on the rendering, with the source word it renders', () => {
    expect(
      wrongSense('The app may crash when you open a large file.', 'Aplikasi dapat mengalami kecelakaan saat Anda membuka file besar.'),
    ).toEqual(['kecelakaan']);
    expect(check('Your insurance policy covers theft.', 'Kebijakan asuransi Anda mencakup pencurian.')).toEqual([
      expect.objectContaining({ rule: 'sense.wrong', text: 'Kebijakan', source: expect.objectContaining({ text: 'policy' }) }),
    ]);
    // each wrong rendering, as many as the source says the word
    expect(
      wrongSense(
        'Your insurance policy covers theft. Send us a copy of your policy.',
        'Kebijakan asuransi Anda mencakup pencurian. Kirimkan salinan kebijakan Anda.',
      ),
    ).toEqual(['Kebijakan', 'kebijakan']);
    expect(wrongSense('Change the dressing on the wound every day.', 'Ganti saus pada luka setiap hari.')).toEqual(['saus']);
    expect(wrongSense('Download your monthly bank statement.', 'Unduh pernyataan bank bulanan Anda.')).toEqual(['pernyataan']);
    expect(wrongSense('Install the latest printer driver.', 'Installieren Sie den neuesten Fahrer für den Drucker.', 'de')).toEqual([
      'Fahrer',
    ]);
    expect(wrongSense('Install the latest printer driver.', 'Installieren Sie den neuesten Druckertreiber.', 'de')).toEqual([]);
    expect(wrongSense('Install the latest printer driver.', 'Instale el conductor de impresora más reciente.', 'es')).toEqual([
      'conductor',
    ]);
    expect(wrongSense('Go to the assembly point.', 'Pergi ke titik perakitan.')).toEqual(['perakitan']);
    expect(wrongSense('The standing charge stays the same.', 'Biaya berdiri tetap sama.')).toEqual(['Biaya berdiri']);
    expect(wrongSense('Interest is paid monthly on savings accounts.', '储蓄账户的兴趣按月支付。', 'zh')).toEqual(['兴趣']);
    expect(wrongSense("See your child's timetable, grades and attendance.", 'Lihat jadwal, kelas, dan kehadiran anak Anda.')).toEqual([
      'kelas',
    ]);
    expect(wrongSense('Classes and grades are listed by school year.', 'Kelas dan nilai dicantumkan per tahun ajaran.')).toEqual([]);
    // (the higher grades are the higher classes)
    expect(
      wrongSense('A placement test may be required for higher grades.', 'Tes penempatan mungkin diperlukan untuk kelas yang lebih tinggi.'),
    ).toEqual([]);
  });

  it('says nothing when the words around it say the other sense, or the rendering is right', () => {
    expect(wrongSense('The app may crash when you open a large file.', 'Aplikasi dapat mogok saat Anda membuka file besar.')).toEqual([]);
    expect(wrongSense('A car crash closed the road.', 'Kecelakaan mobil menutup jalan.')).toEqual([]);
    expect(
      wrongSense(
        'Our privacy policy explains how we use your data.',
        'Kebijakan privasi kami menjelaskan cara kami menggunakan data Anda.',
      ),
    ).toEqual([]);
    expect(wrongSense('Add the dressing to the salad.', 'Tambahkan saus ke salad.')).toEqual([]);
    expect(wrongSense('The minister issued a statement.', 'Menteri mengeluarkan pernyataan.')).toEqual([]);
    // no word around it to say which sense: nothing
    expect(wrongSense('Check the balance.', 'Periksa keseimbangan.')).toEqual([]);
    expect(
      wrongSense('Good posture helps your balance after a fall.', 'Postur yang baik membantu keseimbangan Anda setelah jatuh.'),
    ).toEqual([]);
    expect(
      wrongSense('Charge the battery fully; a new one costs $20.', 'Isi daya baterai hingga penuh; baterai baru berbiaya $20.'),
    ).toEqual([]);
  });

  it("reports interpreters rendered as performers, not a programming language's interpreter", () => {
    expect(
      wrongSense(
        'Interpreters are available on request for Turkish and Arabic.',
        'Interpreten für Türkisch und Arabisch stehen auf Anfrage zur Verfügung.',
        'de',
      ),
    ).toEqual(['Interpreten']);
    expect(
      wrongSense(
        'Interpreters are available on request for Turkish and Arabic.',
        'Dolmetscher für Türkisch und Arabisch stehen auf Anfrage zur Verfügung.',
        'de',
      ),
    ).toEqual([]);
    expect(
      wrongSense('The Python interpreter runs each script on request.', 'Der Python-Interpreter führt jedes Skript auf Anfrage aus.', 'de'),
    ).toEqual([]);
  });
  it('reports a GP surgery as an operating theatre, a wound discharge as a dismissal, a hospital ward as a district, gross pay as disgusting and a standing order that stands', () => {
    expect(
      wrongSense(
        'The stitches will be removed at your GP surgery after 10 days.',
        'Jahitan akan dilepas di ruang operasi dokter umum Anda setelah 10 hari.',
      ),
    ).toEqual(['ruang operasi']);
    expect(
      wrongSense(
        'The stitches will be removed at your GP surgery after 10 days.',
        'Jahitan akan dilepas di tempat praktik dokter umum Anda setelah 10 hari.',
      ),
    ).toEqual([]);
    expect(
      wrongSense('A small amount of discharge from the wound is normal.', 'Sedikit pemecatan dari luka adalah hal yang normal.'),
    ).toEqual(['pemecatan']);
    expect(wrongSense('The discharge of an employee must be recorded.', 'Pemecatan karyawan harus dicatat.')).toEqual([]);
    expect(wrongSense('If you develop a fever, call the ward straight away.', 'Jika Anda demam, segera hubungi kelurahan.')).toEqual([
      'kelurahan',
    ]);
    expect(wrongSense('Each ward elects two councillors.', 'Setiap kelurahan memilih dua anggota dewan.')).toEqual([]);
    expect(wrongSense('Your gross pay is your salary before tax.', 'Gaji menjijikkan adalah gaji Anda sebelum pajak.')).toEqual([
      'menjijikkan',
    ]);
    expect(wrongSense('Your gross pay is your salary before tax.', 'Gaji kotor adalah gaji Anda sebelum pajak.')).toEqual([]);
    expect(
      wrongSense('Standing orders can be set up for monthly payments.', 'Pesanan berdiri dapat diatur untuk pembayaran bulanan.'),
    ).toEqual(['Pesanan berdiri']);
    expect(wrongSense('Your current account statement can be downloaded.', 'Rekening koran giro Anda dapat diunduh.')).toEqual([]);
    expect(wrongSense('Your current account statement can be downloaded.', 'Pernyataan akun arus Anda dapat diunduh.')).toEqual([
      'Pernyataan',
      'akun arus',
    ]);
    // a dressing kept dry after an operation is a wound's, a salad's is whisked
    expect(
      wrongSense(
        'Keep the dressing dry for 48 hours; after that you may shower.',
        'Jaga agar saus tetap kering selama 48 jam; setelah itu Anda boleh mandi.',
      ),
    ).toEqual(['saus']);
    expect(wrongSense('Whisk the dressing and keep it in the fridge.', 'Kocok saus dan simpan di lemari es.')).toEqual([]);
  });

  it('reads a battery charged as electricity, but a person charged as one who pays', () => {
    expect(wrongSense('The power bank must be fully charged before use.', '充电宝在使用前必须完全收费。', 'zh-CN')).toEqual(['收费']);
    expect(
      wrongSense('Report a faulty power bank at once so that you are not charged.', '如充电宝出现故障，请立即报告，以免被收费。', 'zh-CN'),
    ).toEqual([]);
  });

  it('reports a penalty challenged as a dare, and no contest for a market ("free of charge" says no fine)', () => {
    const penalty = 'Penalty Charge Notice: you have 28 days to pay or to challenge this charge.';
    expect(wrongSense(penalty, 'Pemberitahuan Biaya Penalti: Anda memiliki 28 hari untuk membayar atau menantang biaya ini.')).toEqual([
      'menantang',
    ]);
    expect(wrongSense(penalty, 'Anda diberi waktu 28 hari untuk membayar atau mengajukan keberatan atas denda ini.')).toEqual([]);
    expect(
      wrongSense(
        'Offered free of charge, it has challenged the dominance of the market leaders.',
        'Ditawarkan secara gratis, model ini telah menantang dominasi para pemimpin pasar.',
      ),
    ).toEqual([]);
  });
  it('reads interest on a late payment as the interest a bank charges', () => {
    expect(wrongSense('Late payments bear interest at 2% per month.', 'Keterlambatan pembayaran dikenai minat 2% per bulan.')).toEqual([
      'minat',
    ]);
    expect(wrongSense('Late payments bear interest at 2% per month.', 'Keterlambatan pembayaran dikenai bunga 2% per bulan.')).toEqual([]);
  });
});

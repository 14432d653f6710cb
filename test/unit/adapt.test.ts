import { describe, expect, it } from 'vitest';
import { adaptMatch } from '../../shared/memory/adapt';

const adapt = (memory: { source: string; target: string }, source: string, targetLang = 'id') =>
  adaptMatch(memory, source, 'en', targetLang);

describe('memory matches adapted to this source', () => {
  it('replaces a number that differs, written the target language’s way, and says what it was', () => {
    const adapted = adapt({ source: 'Take 2.5 ml twice a day.', target: 'Minum 2,5 ml dua kali sehari.' }, 'Take 7.5 ml twice a day.');
    expect(adapted).toEqual({ text: 'Minum 7,5 ml dua kali sehari.', changes: [{ start: 6, end: 9, from: '2,5', to: '7,5' }] });
    // grouped as the translation grouped it
    expect(adapt({ source: 'The fee is 1,500 dollars.', target: 'Biayanya 1.500 dolar.' }, 'The fee is 2,750 dollars.')?.text).toBe(
      'Biayanya 2.750 dolar.',
    );
    // a scale word stays as the translation wrote it
    expect(
      adapt({ source: 'Sales reached 6 million units.', target: 'Penjualan mencapai 6 juta unit.' }, 'Sales reached 9 million units.')
        ?.text,
    ).toBe('Penjualan mencapai 9 juta unit.');
  });

  it('replaces placeholders, codes and names the translation copied', () => {
    expect(
      adapt({ source: 'Hello {name}, welcome back.', target: 'Halo {name}, selamat datang kembali.' }, 'Hello {user}, welcome back.')?.text,
    ).toBe('Halo {user}, selamat datang kembali.');
    expect(adapt({ source: 'Press F5 to refresh.', target: 'Tekan F5 untuk menyegarkan.' }, 'Press F9 to refresh.')?.text).toBe(
      'Tekan F9 untuk menyegarkan.',
    );
    expect(adapt({ source: 'Please call Maria today.', target: 'Silakan hubungi Maria hari ini.' }, 'Please call Budi today.')?.text).toBe(
      'Silakan hubungi Budi hari ini.',
    );
    expect(
      adapt({ source: 'Click \uE000Save\uE001 now.', target: 'Klik \uE000Simpan\uE001 sekarang.' }, 'Click \uE002Save\uE003 now.'),
    ).toBeNull();
  });

  it('leaves what is ambiguous, or not a copied value, as it was', () => {
    // the value twice in the translation
    expect(adapt({ source: 'Wait 5 minutes.', target: 'Tunggu 5 menit, lalu 5 menit lagi.' }, 'Wait 10 minutes.')).toBeNull();
    // as many numbers no more
    expect(adapt({ source: 'Rooms 3 and 4 are free.', target: 'Kamar 3 dan 4 kosong.' }, 'Room 3 is free.')).toBeNull();
    // an ordinary word changed: the translator's job
    expect(adapt({ source: 'Close the red door.', target: 'Tutup pintu merah.' }, 'Close the blue door.')).toBeNull();
    // the same source: nothing to adapt
    expect(adapt({ source: 'Wait 5 minutes.', target: 'Tunggu 5 menit.' }, 'Wait 5 minutes.')).toBeNull();
    // the translation spelled the name its own way: not found, not touched
    expect(adapt({ source: 'Ask John now.', target: 'Tanyakan Yohanes sekarang.' }, 'Ask Peter now.')).toBeNull();
  });
});

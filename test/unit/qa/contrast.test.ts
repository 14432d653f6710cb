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
});

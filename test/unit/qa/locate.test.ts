/**
 * Which source words a word of the translation renders, without a dictionary: the same word
 * (names, numbers, literals), a cognate, else the place among the landmarks both texts share.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/qa';
import { locateInTarget, sourceOfTargetWord } from '../../../shared/qa/locate';

function aligned(source: string, target: string, word: string, sourceLang = 'en', targetLang = 'id'): string | null {
  const span = sourceOfTargetWord(analyze(source, sourceLang), analyze(target, targetLang), target.indexOf(word) + 1);
  return span ? source.slice(span.start, span.end) : null;
}

describe('sourceOfTargetWord', () => {
  it('finds the same word, a cognate, or the word at the same place between landmarks', () => {
    const source = 'The branch manager must approve the order of 40 boxes before Friday.';
    const target = 'Manajer cabang harus menyetujui pesanan 40 kotak sebelum hari Jumat.';
    expect(aligned(source, target, '40')).toBe('40');
    expect(aligned(source, target, 'Manajer')).toBe('manager');
    expect(aligned(source, target, 'kotak')).toBe('boxes');
    expect(aligned('Der Vertrag endet am 31. Dezember.', 'The contract ends on 31 December.', 'contract', 'de', 'en')).toBe('Vertrag');
  });

  it('puts a source word on its cognate in the translation, wherever it stands between the landmarks', () => {
    const source = analyze('You can turn off non-essential cookies in your browser.', 'en');
    const target = analyze('Anda dapat mematikan cookie yang esensial di browser Anda.', 'id');
    const at = source.text.indexOf('essential');
    const span = locateInTarget(source, target, at, at + 'essential'.length);
    expect(span && target.text.slice(span.start, span.end)).toBe('esensial');
  });

  it('takes the commas and sentence ends both texts have as many of as landmarks', () => {
    const source = analyze('Measure the dose with the syringe provided, not a kitchen spoon.', 'en');
    const target = analyze('Ukur dosis dengan jarum suntik yang disediakan, sendok dapur.', 'id');
    const at = source.text.indexOf('kitchen');
    const span = locateInTarget(source, target, at, at + 'kitchen spoon'.length);
    expect(span && target.text.slice(span.start, span.end)).toBe('sendok dapur');
  });

  it('says nothing where there is no source or no word', () => {
    expect(sourceOfTargetWord(analyze('', 'en'), analyze('Halo dunia.', 'id'), 1)).toBeNull();
    // between words (a caret right after a word still belongs to it)
    expect(sourceOfTargetWord(analyze('Hello — world.', 'en'), analyze('Halo — dunia.', 'id'), 6)).toBeNull();
  });
});

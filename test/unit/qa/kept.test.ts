import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/qa/analyze';
import { keptKind, keptWordsIn } from '../../../shared/qa/rules/kept';

const words = (text: string, lang: string) => {
  const analysis = analyze(text, lang);
  return keptWordsIn(analysis, { start: 0, end: text.length }).map((item) => [item.text, keptKind(item)]);
};

describe('words a translation keeps as they are', () => {
  it('are figures and names, never a sentence’s first word or a one-letter name', () => {
    expect(words('Take 2 tablets of Panadol with your iPhone reminder, not 4.', 'en')).toEqual([
      ['2', 'figure'],
      ['Panadol', 'name'],
      ['iPhone', 'name'],
      ['4', 'figure'],
    ]);
    expect(words('Minum 2 tablet Panadol. Jangan lebih dari A4.', 'id')).toEqual([
      ['2', 'figure'],
      ['Panadol', 'name'],
      ['A4', 'figure'],
    ]);
  });

  it('only inside the span asked for', () => {
    const text = 'Call Budi first. Then call 112.';
    const analysis = analyze(text, 'en');
    const second = text.indexOf('Then');
    expect(keptWordsIn(analysis, { start: second, end: text.length }).map((item) => item.text)).toEqual(['112']);
  });
});

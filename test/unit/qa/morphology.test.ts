import { describe, expect, it } from 'vitest';
import { morphologyFor } from '../../../shared/text/morphology';

const id = morphologyFor('id-ID');
const en = morphologyFor('en');

describe('Indonesian word forms', () => {
  it.each([
    ['pembatasannya', 'pembatasan'],
    ['bukunya', 'buku'],
    ['dialah', 'dia'],
    ['apakah', 'apa'],
    ['Tiongkoknya'.toLowerCase(), 'tiongkok'],
    ['rumahku', 'rumah'],
  ])('inflections of %s include %s', (word, form) => {
    expect(id.inflections(word)).toContain(form);
  });

  it('keeps derivation out of inflections ("pembatasan" is not "batas")', () => {
    expect(id.inflections('pembatasan')).toEqual(['pembatasan']);
  });

  it.each([
    ['mengendarai', 'kendara'],
    ['dikendarai', 'kendara'],
    ['berkendara', 'kendara'],
    ['memakai', 'pakai'],
    ['menyapu', 'sapu'],
    ['pengguna', 'guna'],
    ['kehilangan', 'hilang'],
    ['membatasi', 'batas'],
    ['pembatasan', 'batas'],
    ['menulis', 'tulis'],
    ['perusahaan', 'usaha'],
  ])('roots of %s include %s', (word, root) => {
    expect(id.roots(word)).toContain(root);
  });

  it('does not cut short words to nothing', () => {
    expect(id.roots('dia')).toEqual(['dia']);
    expect(id.roots('makan')).toContain('makan');
    expect(id.roots('makan')).not.toContain('ma');
  });
});

describe('English word forms', () => {
  it.each([
    ['curbs', 'curb'],
    ['curbed', 'curb'],
    ['curbing', 'curb'],
    ["deepseek's", 'deepseek'],
    ['companies', 'company'],
    ['stopped', 'stop'],
    ['driving', 'drive'],
    ['boxes', 'box'],
  ])('inflections of %s include %s', (word, form) => {
    expect(en.inflections(word)).toContain(form);
  });

  it('leaves words without inflection alone', () => {
    expect(en.inflections('proprietary')).toEqual(['proprietary']);
    expect(en.inflections('status')).not.toContain('statu');
  });

  it('falls back to the word itself for languages without a model', () => {
    expect(morphologyFor('sw').inflections('vitabu')).toEqual(['vitabu']);
  });

  it('gives a word and its Snowball stem in the languages that have one', () => {
    expect(morphologyFor('de').inflections('häuser')).toEqual(['häuser', 'haus']);
    expect(morphologyFor('fr-CA').inflections('factures')).toEqual(['factures', 'factur']);
    expect(morphologyFor('ru').inflections('договора')).toEqual(['договора', 'договор']);
  });
});

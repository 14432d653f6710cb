import { describe, expect, it } from 'vitest';
import { compileFind, FindError, replaceAll, type FindSpec } from '../../shared/text/findReplace';

const spec = (find: string, replace: string, options: Partial<FindSpec> = {}): FindSpec => ({
  find,
  replace,
  matchCase: false,
  wholeWord: false,
  regex: false,
  ...options,
});
const run = (text: string, s: FindSpec) => replaceAll(text, compileFind(s), s);

describe('find and replace', () => {
  it('replaces a literal everywhere, ignoring case unless asked, with special characters taken as they are', () => {
    expect(run('Cina dan cina, CINA.', spec('cina', 'Tiongkok'))).toEqual({ text: 'Tiongkok dan Tiongkok, Tiongkok.', count: 3 });
    expect(run('Cina dan cina.', spec('cina', 'Tiongkok', { matchCase: true }))).toEqual({ text: 'Cina dan Tiongkok.', count: 1 });
    expect(run('Harga (US$) naik 5.5%.', spec('(US$)', '($1 AS)'))).toEqual({ text: 'Harga ($1 AS) naik 5.5%.', count: 1 });
    expect(run('a-b a.b', spec('a.b', 'X'))).toEqual({ text: 'a-b X', count: 1 });
  });

  it('matches whole words only when asked, in any script', () => {
    expect(run('chip chips microchip chip.', spec('chip', 'cip', { wholeWord: true }))).toEqual({
      text: 'cip chips microchip cip.',
      count: 2,
    });
    expect(run('kerja pekerjaan kerja', spec('kerja', 'karya', { wholeWord: true }))).toEqual({ text: 'karya pekerjaan karya', count: 2 });
    expect(run('Ünïcode ünïcodes', spec('ünïcode', 'U', { wholeWord: true }))).toEqual({ text: 'U ünïcodes', count: 1 });
    // Chinese has no spaces between words: a Chinese find is matched where it stands, a Latin
    // name in Chinese text still by its edges
    expect(run('我们使用芯片。芯片很贵。', spec('芯片', '晶片', { wholeWord: true }))).toEqual({
      text: '我们使用晶片。晶片很贵。',
      count: 2,
    });
    expect(run('使用NVIDIA的芯片和NVIDIAX', spec('NVIDIA', '英伟达', { wholeWord: true }))).toEqual({
      text: '使用英伟达的芯片和NVIDIAX',
      count: 1,
    });
  });

  it('takes a regular expression with groups in the replacement', () => {
    expect(run('Rp 5.000 dan Rp 7.500', spec(String.raw`Rp (\d)`, 'Rp$1', { regex: true }))).toEqual({
      text: 'Rp5.000 dan Rp7.500',
      count: 2,
    });
    expect(run('2024-05-01', spec(String.raw`(?<y>\d{4})-(?<m>\d\d)-(?<d>\d\d)`, '$<d>/$<m>/$<y> ($&) $$', { regex: true }))).toEqual({
      text: '01/05/2024 (2024-05-01) $',
      count: 1,
    });
  });

  it('refuses what it cannot do, saying why', () => {
    expect(() => compileFind(spec('', 'x'))).toThrow(new FindError('must not be empty'));
    expect(() => compileFind(spec('(unclosed', 'x', { regex: true }))).toThrow(/is not a valid regular expression/);
    expect(() => compileFind(spec('a*', 'x', { regex: true }))).toThrow(/matches empty text/);
    // a literal with regex syntax is fine
    expect(run('(unclosed', spec('(unclosed', 'x'))).toEqual({ text: 'x', count: 1 });
  });
});

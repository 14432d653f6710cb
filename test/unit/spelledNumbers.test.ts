import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ORDINALS_OUT, OUT, render, renderOrdinals, spell } from '../../scripts/spelledNumbers';

describe('the spelled-numbers table', () => {
  it('is what scripts/spelledNumbers.ts makes from the cldr-rbnf package installed (regenerate it when CLDR moves)', () => {
    expect(fs.readFileSync(OUT, 'utf8')).toBe(render());
  });

  it('has its ordinals table made by the same script, from the ordinal rule sets ("third", "ketiga", "dritten", "第三")', () => {
    expect(fs.readFileSync(ORDINALS_OUT, 'utf8')).toBe(renderOrdinals());
    const table = JSON.parse(fs.readFileSync(ORDINALS_OUT, 'utf8')) as Record<string, string[]>;
    expect(table.en?.[2]).toBe('third');
    expect(table.id?.[2]).toBe('ketiga');
    expect(table.de?.[2]?.split('|')).toContain('dritten');
    expect(table.zh?.[2]).toBe('第三');
  });

  it('evaluates CLDR rules: quotients, remainders, optional parts, other rule sets, bases with their own radix', () => {
    const sets = {
      '%main': [
        ['1', 'one;'],
        ['2', 'two;'],
        ['3', 'three;'],
        ['10', 'ten;'],
        ['20/20', '←← score[-→→];'],
        ['60/20', 'sixty[ and →%%small→];'],
      ],
      '%%small': [['1', '=%main=ish;']],
    } as Record<string, Array<[string, string]>>;
    expect(spell(sets, '%main', 2)).toBe('two');
    expect(spell(sets, '%main', 40)).toBe('two score');
    expect(spell(sets, '%main', 43)).toBe('two score-three');
    expect(spell(sets, '%main', 60)).toBe('sixty');
    expect(spell(sets, '%main', 63)).toBe('sixty and threeish');
    expect(spell(sets, '%missing', 3)).toBeNull();
  });
});

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUT, render, spell } from '../../scripts/spelledNumbers';

describe('the spelled-numbers table', () => {
  it('is what scripts/spelledNumbers.ts makes from the cldr-rbnf package installed (regenerate it when CLDR moves)', () => {
    expect(fs.readFileSync(OUT, 'utf8')).toBe(render());
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

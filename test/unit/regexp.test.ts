import { describe, expect, it } from 'vitest';
import { compiled, escapeRegExp } from '../../shared/text/regexp';

describe('regular expressions made from text', () => {
  it('escapes every syntax character, so a name with them matches itself only', () => {
    const name = 'C++ (v2.0) [beta] $5 a|b ^x? *{1}\\';
    const pattern = compiled(`^${escapeRegExp(name)}$`, 'u');
    expect(pattern.test(name)).toBe(true);
    expect(pattern.test('CC (v2x0) [beta] $5 a|b ^x? *{1}\\')).toBe(false);
  });

  it('compiles a pattern once and hands the same expression to every caller', () => {
    const first = compiled('(?<![\\p{L}])Vaultly', 'iu');
    expect(compiled('(?<![\\p{L}])Vaultly', 'iu')).toBe(first);
    // the flags are part of what is kept
    expect(compiled('(?<![\\p{L}])Vaultly', 'u')).not.toBe(first);
    expect(first.test('catatan VAULTLY 4.2')).toBe(true);
  });

  it('refuses the flags that keep state between searches, which a shared expression would leak', () => {
    expect(() => compiled('a', 'gu')).toThrow(/keep state/);
    expect(() => compiled('a', 'y')).toThrow(/keep state/);
  });
});

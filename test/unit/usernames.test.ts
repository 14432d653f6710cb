import { describe, expect, it } from 'vitest';
import { Username, USERNAME_LENGTH, USERNAME_PATTERN } from '../../shared/schemas';

/** What a browser does with an input's `pattern`: the whole value, with the `v` flag. */
const browserPattern = () => new RegExp(`^(?:${USERNAME_PATTERN})$`, 'v');

describe('the username rule in the browser', () => {
  it('compiles as browsers compile a pattern attribute', () => {
    expect(browserPattern).not.toThrow();
  });

  it.each([
    'nadia',
    'Nadia.K-2_x',
    'a1',
    'x-',
    'k.',
    '0day',
    'ab',
    'a'.repeat(40),
    'bad name',
    '-dash',
    '.dot',
    '_under',
    'ä',
    'x/y',
    'a',
    'a'.repeat(41),
  ])('agrees with the server on %s', (name) => {
    const inBrowser = browserPattern().test(name) && name.length >= USERNAME_LENGTH.min && name.length <= USERNAME_LENGTH.max;
    expect(inBrowser).toBe(Username.safeParse(name).success);
  });
});

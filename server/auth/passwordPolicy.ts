/**
 * Which new passwords are accepted, after NIST SP 800-63B: at least 8 characters of any kind, no
 * composition rules, and none that an attacker tries first. zxcvbn-ts (with its lists of common and
 * leaked passwords and the common words of English and Indonesian, the languages Tilik's demo and
 * its users write in) estimates how many guesses a password takes; one guessed within 10^8 tries
 * (zxcvbn's score under 2) is refused, with the reason named: a common or leaked password, a
 * repetition or sequence ("aaaaaaaa", "abcdefgh", "qwertyui"), or the person's own name.
 */
import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as indonesian from '@zxcvbn-ts/language-id';
import { badRequest, AppError } from '../errors';

export const PASSWORD_REASONS = ['short', 'common', 'repetitive', 'personal', 'guessable'] as const;
export type PasswordReason = (typeof PASSWORD_REASONS)[number];

export const PASSWORD_MESSAGES: Record<PasswordReason, string> = {
  short: 'must be at least 8 characters',
  common: 'is one of the most common or leaked passwords: choose another',
  repetitive: 'is a repetition or a sequence of keys (such as "aaaa", "abcd" or "qwerty"): choose another',
  personal: 'contains your username or name: choose something else',
  guessable: 'is too easy to guess: make it longer (a few unrelated words work well)',
};

let factory: ZxcvbnFactory | undefined;

/** Built on first use: the dictionaries take a few hundred milliseconds to load. */
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, ...indonesian.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return factory;
}

function reasonOf(result: ZxcvbnResult): PasswordReason {
  const matches = result.sequence;
  const covered = (test: (match: (typeof matches)[number]) => boolean) =>
    matches.filter(test).reduce((sum, match) => sum + match.token.length, 0);
  const personal = covered((match) => match.pattern === 'dictionary' && match.dictionaryName === 'userInputs');
  const repetitive = covered((match) => match.pattern === 'repeat' || match.pattern === 'sequence' || match.pattern === 'spatial');
  const leaked = covered((match) => match.pattern === 'dictionary' && String(match.dictionaryName).startsWith('passwords'));
  const best = Math.max(personal, repetitive, leaked);
  if (best === 0) return 'guessable';
  if (best === personal) return 'personal';
  if (best === leaked) return 'common';
  return 'repetitive';
}

/** Why a password would be refused, or null when it is fine. `personal`: the username and name. */
export function weakPasswordReason(password: string, personal: readonly string[]): PasswordReason | null {
  if ([...password].length < 8) return 'short';
  const words = personal.flatMap((value) => [value, ...value.split(/[\s._-]+/)]).filter((value) => value.length >= 3);
  // the name written inside the password, in any case, is personal whatever else it holds
  const lower = password.toLowerCase();
  if (words.some((word) => lower.includes(word.toLowerCase()) && word.length * 2 >= [...password].length)) return 'personal';
  const result = estimator().check(password, words);
  return result.score >= 2 ? null : reasonOf(result);
}

/** Throws a 400 naming `field` and the reason when the password would be refused. */
export function assertStrongPassword(password: string, personal: readonly string[], field: string): void {
  const reason = weakPasswordReason(password, personal);
  if (reason === null) return;
  const base = badRequest(field, PASSWORD_MESSAGES[reason]);
  throw new AppError(400, 'weak_password', base.message, field, undefined, reason);
}

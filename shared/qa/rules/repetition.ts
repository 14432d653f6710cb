/**
 * Repetition: a word or phrase said twice in a row ("Model Proprietary Model Proprietary"), a
 * classic failure of neural MT. Reduplication written with a hyphen ("buku-buku", "baru-baru
 * ini") is grammar and never matches, since a hyphen is not a space; single words that languages
 * legitimately double ("had had", German "die die") are let through, and so is what the source
 * says twice itself ("60 x 35 x 35 cm").
 */
import { baseLanguage, finding, type Rule } from '../context';
import type { Item } from '../analyze';
import type { Finding } from '../types';

const LEGIT_DOUBLES: Record<string, ReadonlySet<string>> = {
  en: new Set(['had', 'that', 'is', 'do']),
  de: new Set(['die', 'der', 'das', 'den', 'dem', 'sie', 'es']),
  nl: new Set(['die', 'dat']),
  fr: new Set(['nous', 'vous']),
};

const MAX_PHRASE = 5;

/** Whether items a.. and b.. spell the same n words, separated by whitespace only (or nothing in scripts without spaces). */
function sameWords(items: readonly Item[], a: number, b: number, n: number, unspaced: boolean): boolean {
  for (let k = 0; k < n; k += 1) {
    const x = items[a + k];
    const y = items[b + k];
    if (!x || !y || x.kind !== 'word' || y.kind !== 'word' || x.lower !== y.lower) return false;
    if (!unspaced && ((k > 0 && !x.spaceBefore) || !y.spaceBefore)) return false;
  }
  return true;
}

/** Whether a source says a passage too, in any letter case and spacing. */
function sourceSays(source: string | undefined, passage: string): boolean {
  if (!source) return false;
  const squeeze = (each: string) => each.toLowerCase().replace(/\s+/gu, ' ');
  return squeeze(source).includes(squeeze(passage));
}

export const repetitionRule: Rule = {
  name: 'repetition',
  ids: ['repetition'],
  check(context) {
    const { items, text, unspaced } = context.target;
    const legit = LEGIT_DOUBLES[baseLanguage(context.targetLang)];
    const out: Finding[] = [];
    for (let i = 0; i < items.length; i += 1) {
      const lower = items[i]?.lower;
      for (let n = MAX_PHRASE; n >= 1; n -= 1) {
        if (items[i + n]?.lower !== lower || !sameWords(items, i, i + n, n, unspaced)) continue;
        const first = items[i] as Item;
        // (nor the last word of a hyphenated compound said again as a word of its own: "Check-in in
        // the app", "log-in in")
        if (items[i - 1]?.text === '-' && !first.spaceBefore) continue;
        // Chinese and Japanese double words as grammar (看看, 研究研究): only longer phrases count
        if (unspaced && (n === 1 || first.text.length + (items[i + 1]?.text.length ?? 0) < 4)) continue;
        if (n === 1 && (first.text.length < 2 || /^\p{N}+$/u.test(first.text) || legit?.has(first.lower))) continue;
        const endItem = items[i + 2 * n - 1] as Item;
        // (nor what the source says twice itself: "60 x 35 x 35 cm", a name, a code)
        if (sourceSays(context.source?.text, text.slice(first.start, endItem.end))) continue;
        const once = text.slice(first.start, (items[i + n - 1] as Item).end);
        out.push(
          finding(context, 'repetition', 'major', first.start, endItem.end, {
            params: { found: text.slice(first.start, endItem.end), phrase: once },
            suggestion: once,
          }),
        );
        i += 2 * n - 1;
        break;
      }
    }
    return out;
  },
};

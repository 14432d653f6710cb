/**
 * Alternatives joined as both, or both as alternatives, where a condition or a requirement turns
 * on them: "if the pain lasts longer than five hours or if you have a fever" → "wenn … und wenn Sie
 * Fieber haben" (both needed now), "when it is connected to Wi-Fi and charging" → "terhubung ke Wi-Fi
 * atau sedang diisi daya" (either enough now). Reported as a quantifier changed: one of them against
 * all of them.
 *
 * Only of an English source, only where the "or" or "and" follows a word that opens a condition or
 * a requirement ("if", "when", "unless", "must", "required"), and never in a sentence that negates
 * on either side before the joiner in its clause: "must not be used by children or pregnant women" may
 * be said with an "and" ("tidak boleh … anak dan ibu hamil"), as a negated "or" is. A negation after
 * the joiner in its clause belongs to the second of the things joined, not to the joining ("if the
 * pain started after a fall and you cannot lift your arm" → "o no puede levantar el brazo", either
 * enough now), so long as each side has as many; one in another clause ("If the walker cannot come,
 * they must find a replacement or refund the walk") negates nothing joined. Elsewhere a list's joiner
 * is the translator's to choose ("such as milk, cheese or yogurt" → "seperti susu, keju, dan yogurt").
 */
import { baseLanguage } from '../context';
import type { Analysis, Item } from '../analyze';
import type { Sentence } from '../sentences';

interface Joiners {
  or: RegExp;
  and: RegExp;
}

/** Per language, the words that join alternatives and those that join both (words, or characters in Chinese). */
const JOINERS: Readonly<Record<string, Joiners>> = {
  en: { or: /^or$/u, and: /^and$/u },
  id: { or: /^(?:atau|ataupun)$/u, and: /^(?:dan|serta)$/u },
  de: { or: /^oder$/u, and: /^(?:und|sowie)$/u },
  fr: { or: /^ou$/u, and: /^et$/u },
  es: { or: /^[ou]$/u, and: /^[ye]$/u },
  // (not the 和 of a word of its own: "温和", mild, "缓和", "和平", peace)
  zh: { or: /或者|或是|或/gu, and: /并且|而且|且|(?<![温缓暖柔调总中])和(?![平蔼解好])/gu },
};

/** English words that open a condition or a requirement, after which alternatives are either enough. */
const OPENER_EN = /^(?:if|when|whenever|unless|once|must|required|requires|require|need|needs)$/u;

/** An English "any", "every", "each" or "all" up to five words before the end of a text (not of a time: "every night"). */
const ANY_BEFORE_EN =
  /\b(?:any|every|each|all)(?!\s+(?:night|day|week|month|year|morning|evening|hour|time|weekend)s?\b)(?:\s+\S+){0,4}\s*$/iu;

/** English words of a requirement said after what it requires. */
const REQUIRED_EN = /^(?:required|needed|necessary|mandatory|compulsory)$/u;

/** An English "or" that bounds a figure or ends a clause of its own ("18 or over", "or more", "or else", "or not"). */
const OR_OF_ITS_OWN =
  /^[\s\u00a0]+(?:more|less|fewer|longer|shorter|older|younger|over|under|above|below|so|later|earlier|else|otherwise|not|both)(?![\p{L}])/iu;

/** Whether an English text joins anything after an opener of a condition or a requirement (what joinerTurned needs to look). */
export function mayTurnJoiners(source: Analysis): boolean {
  return baseLanguage(source.lang) === 'en' && OPENED_JOINER.test(source.text);
}
const OPENED_JOINER =
  /\b(?:if|when|whenever|unless|once|must|required|requires|require|needs?)\b[^.!?;]*\b(?:or|and)\b|\b(?:or|and)\b[^.!?;]*\b(?:required|needed|necessary|mandatory|compulsory)\b/iu;

interface Joiner {
  start: number;
  end: number;
  text: string;
  kind: 'or' | 'and';
}

function joinersIn(analysis: Analysis, span: Sentence, joiners: Joiners): Joiner[] {
  // (a language written without spaces has its joiners as characters; a text of another may hold
  // some, and is still read by its words)
  if (joiners.or.global) {
    const text = analysis.text.slice(span.start, span.end);
    const out: Joiner[] = [];
    for (const kind of ['or', 'and'] as const)
      for (const match of text.matchAll(joiners[kind]))
        out.push({ start: span.start + match.index, end: span.start + match.index + match[0].length, text: match[0], kind });
    return out.sort((a, b) => a.start - b.start);
  }
  const out: Joiner[] = [];
  for (const item of analysis.items) {
    if (item.kind !== 'word' || item.start < span.start || item.end > span.end) continue;
    // (nor the joiner of words that share their end, "Ein- und Ausstempeln", "pre- and post-natal")
    if (/-[\s\u00a0]+$/u.test(analysis.text.slice(Math.max(0, item.start - 3), item.start))) continue;
    const kind = joiners.or.test(item.lower) ? 'or' : joiners.and.test(item.lower) ? 'and' : null;
    if (kind) out.push({ start: item.start, end: item.end, text: item.text, kind });
  }
  return out;
}

/** The English source's joiners that follow an opener of a condition or a requirement in its sentence. */
function openedJoiners(source: Analysis, span: Sentence, joiners: readonly Joiner[]): Joiner[] {
  const words = source.items.filter((item: Item) => item.kind === 'word' && item.start >= span.start && item.end <= span.end);
  // (a sentence whose predicate requires, "A valid ID and a credit card are required", joins what it requires)
  if (words.some((item) => REQUIRED_EN.test(item.lower))) return [...joiners];
  const opened = words.find((item) => OPENER_EN.test(item.lower));
  return opened ? joiners.filter((joiner) => joiner.start > opened.end) : [];
}

/** A mark that ends a clause. */
const CLAUSE_MARK = /[,;:.!?，；：。！？]/u;

/**
 * How many negations of a side (`negations`) belong to the thing a joiner joins second, after it in
 * its clause ("and you cannot", "o no puede", "或不能"); null where one stands before it in its clause,
 * and so negates what it joins. Negations of other clauses do not count.
 */
function negationsAfter(analysis: Analysis, joiner: Joiner, negations: readonly { start: number; end: number }[]): number | null {
  let after = 0;
  for (const cue of negations) {
    const before = cue.start < joiner.start;
    const between = before ? analysis.text.slice(cue.end, joiner.start) : analysis.text.slice(joiner.end, cue.start);
    if (CLAUSE_MARK.test(between)) continue;
    if (before) return null;
    after++;
  }
  return after;
}

/**
 * The translation's joiner that turned the source's, with the source's it turned; null where the
 * sentences join alike, where a negation (`negations`, each side's) stands before the joiner in its
 * clause, where the sides have unlike numbers of them after it, or where the source says "and/or".
 */
export function joinerTurned(
  source: Analysis,
  target: Analysis,
  sourceSentence: Sentence,
  targetSentence: Sentence,
  negations: { source: readonly { start: number; end: number }[]; target: readonly { start: number; end: number }[] },
): { said: Joiner; found: Joiner } | null {
  if (baseLanguage(source.lang) !== 'en') return null;
  const targetJoiners = JOINERS[baseLanguage(target.lang)];
  if (!targetJoiners) return null;
  const sourceText = source.text.slice(sourceSentence.start, sourceSentence.end);
  if (/\b(?:and|or)\s*\/\s*(?:and|or)\b/iu.test(sourceText)) return null;
  const said = joinersIn(source, sourceSentence, JOINERS.en as Joiners).filter(
    (joiner) => joiner.kind === 'and' || !OR_OF_ITS_OWN.test(source.text.slice(joiner.end, joiner.end + 12)),
  );
  const found = joinersIn(target, targetSentence, targetJoiners);
  const count = (list: readonly Joiner[], kind: 'or' | 'and') => list.filter((joiner) => joiner.kind === kind).length;
  const opened = openedJoiners(source, sourceSentence, said);
  for (const [was, now] of [
    ['or', 'and'],
    ['and', 'or'],
  ] as const) {
    // (not an "or" of a list that "any" or "every" opens, which says each of them: "of any illness or
    // aggressive behaviour" → "über jede Krankheit und jedes aggressive Verhalten")
    const turned = opened.find(
      (joiner) => joiner.kind === was && !(was === 'or' && ANY_BEFORE_EN.test(source.text.slice(sourceSentence.start, joiner.start))),
    );
    if (!turned || count(found, was) >= count(said, was) || count(found, now) <= count(said, now)) continue;
    // (on the translation's joiner of the turned kind after its own last joiner of the kind kept,
    // in order: the source's second "and" is the translation's second)
    const nows = found.filter((joiner) => joiner.kind === now);
    const at = Math.min(nows.length - 1, said.filter((joiner) => joiner.kind === now && joiner.start < turned.start).length);
    const place = nows[Math.max(0, at)];
    if (!place) continue;
    const [sourceAfter, targetAfter] = [negationsAfter(source, turned, negations.source), negationsAfter(target, place, negations.target)];
    if (sourceAfter === null || targetAfter === null || sourceAfter !== targetAfter) return null;
    return { said: turned, found: place };
  }
  return null;
}

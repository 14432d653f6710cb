/**
 * The two sides of a contrast changed places: the source says "X, not Y" ("supported in Chrome and
 * Firefox, but not in Safari", "charged to the driver, not to CityCar") and the translation says
 * it of the other ("didukung di Chrome dan Safari, tetapi tidak di Firefox", "CityCar berechnet,
 * nicht dem Fahrer"). The negation is kept, so no negation is lost or added; what moved is what it
 * applies to.
 *
 * Without a dictionary the sides are told apart by what a translation copies as it is: a name, a
 * code, a figure ("Firefox", "CityCar", "H800", "2024"), each written once in the source's sentence
 * and once in the translation's. Only where both sentences say a contrast of that shape (a "not"
 * after a comma, or after "but" or "and": ", not", "but not", ", nicht", "tetapi tidak", ", et
 * non", "y no"), each one, and a word kept as it is stands on the affirmed side in one and the
 * negated side in the other. A translation that says the contrast another way ("bukan di Safari,
 * melainkan di Firefox") has no contrast of this shape and is left alone.
 */
import { baseLanguage, finding, spanOf, type Rule, type RuleContext } from '../context';
import { pairedSentences, type Sentence } from '../sentences';
import type { Analysis, Item } from '../analyze';
import type { Finding } from '../types';

interface ContrastWords {
  /** Words that negate the second side. */
  negations: ReadonlySet<string>;
  /** Words that may join it to the first ("but not", "and not", "et non"). */
  joins: ReadonlySet<string>;
}

const words = (list: string) => new Set(list.split('|'));

const CONTRASTS: Partial<Record<string, ContrastWords>> = {
  en: { negations: words('not|never'), joins: words('but|and|yet') },
  id: { negations: words('bukan|tidak|belum|tak'), joins: words('tetapi|tapi|namun|dan|sedangkan') },
  de: { negations: words('nicht|kein|keine|keinem|keinen|keiner|nie'), joins: words('aber|und|doch|jedoch') },
  fr: { negations: words('non|pas|jamais'), joins: words('mais|et') },
  es: { negations: words('no|nunca'), joins: words('pero|y|mas') },
};

type Side = 'affirmed' | 'negated';

interface Contrast {
  /** Where the first side stands: from the clause's start to the comma or the join. */
  affirmed: Sentence;
  /** Where the negated side stands: after the negation to the clause's end. */
  negated: Sentence;
}

const CLAUSE_END = /[,;:.!?，；：。！？]/u;

/** The one contrast of the shape "X, not Y" in a sentence, or null (none, or several). */
function contrastIn(analysis: Analysis, sentence: Sentence): Contrast | null {
  const cues = CONTRASTS[baseLanguage(analysis.lang)];
  if (!cues) return null;
  const items = analysis.items.filter((item) => item.start >= sentence.start && item.end <= sentence.end);
  const found: Contrast[] = [];
  items.forEach((item, k) => {
    if (item.kind !== 'word' || !cues.negations.has(item.lower)) return;
    // the negation right after a comma, or after a join that follows a comma or a word
    let before = k - 1;
    if (items[before]?.kind === 'word' && cues.joins.has((items[before] as Item).lower)) before -= 1;
    const mark = items[before];
    const joined = before < k - 1;
    if (!mark || !(mark.text === ',' || (joined && mark.kind === 'word'))) return;
    // the first side: back to the clause's start; the negated one: on to the clause's end
    let from = before;
    while (from > 0 && !CLAUSE_END.test((items[from - 1] as Item).text)) from -= 1;
    let to = k + 1;
    while (to < items.length && !CLAUSE_END.test((items[to] as Item).text)) to += 1;
    const first = items[from] as Item;
    const last = items[to - 1] as Item;
    if (to <= k + 1) return;
    found.push({
      affirmed: { start: first.start, end: (items[joined ? before + 1 : before] as Item).start },
      negated: { start: item.end, end: last.end },
    });
  });
  return found.length === 1 ? (found[0] as Contrast) : null;
}

/** Words a translation copies as they are: a name with a capital inside or at its start outside a sentence's start, a code, a figure. */
function keptWords(analysis: Analysis, span: Sentence): Item[] {
  return analysis.items.filter(
    (item) =>
      item.start >= span.start &&
      item.end <= span.end &&
      item.kind === 'word' &&
      item.text.length >= 2 &&
      (/\p{N}/u.test(item.text) || (/^\p{Lu}/u.test(item.text) && !item.isSentenceStart) || /\p{Ll}\p{Lu}/u.test(item.text)),
  );
}

function sideOf(contrast: Contrast, item: Item): Side | null {
  if (item.start >= contrast.affirmed.start && item.end <= contrast.affirmed.end) return 'affirmed';
  if (item.start >= contrast.negated.start && item.end <= contrast.negated.end) return 'negated';
  return null;
}

/** A word kept as it is that stands on one side of the contrast in the source and on the other in the translation. */
function swappedIn(
  source: Analysis,
  target: Analysis,
  sourceSentence: Sentence,
  targetSentence: Sentence,
): { said: Item; found: Item } | null {
  const inSource = contrastIn(source, sourceSentence);
  if (!inSource) return null;
  const inTarget = contrastIn(target, targetSentence);
  if (!inTarget) return null;
  const sourceWords = keptWords(source, sourceSentence);
  const targetWords = keptWords(target, targetSentence);
  // (each written once on either side: a word said twice could stand on both)
  const once = (list: readonly Item[], text: string) => list.filter((item) => item.text === text);
  const moved: Array<{ said: Item; found: Item; now: Side }> = [];
  for (const said of sourceWords) {
    const inOwn = once(sourceWords, said.text);
    const there = once(targetWords, said.text);
    if (inOwn.length !== 1 || there.length !== 1) continue;
    const found = there[0] as Item;
    const before = sideOf(inSource, said);
    const after = sideOf(inTarget, found);
    if (before && after && before !== after) moved.push({ said, found, now: after });
  }
  // (on what the translation now affirms, the claim a reader takes away, where a word moved there)
  return moved.find(({ now }) => now === 'affirmed') ?? moved[0] ?? null;
}

export const contrastRule: Rule = {
  name: 'contrast',
  ids: ['contrast.swapped'],
  check(context: RuleContext): Finding[] {
    const { source, target } = context;
    if (!source || target.text.trim() === '') return [];
    const cues = CONTRASTS[baseLanguage(context.sourceLang)];
    if (!cues || !CONTRASTS[baseLanguage(context.targetLang)]) return [];
    // (most sentences negate nothing: nothing to pair)
    if (!source.items.some((item) => cues.negations.has(item.lower))) return [];
    const { source: sourceSentences, target: targetSentences } = pairedSentences(source.text, target.text);
    const out: Finding[] = [];
    sourceSentences.forEach((sourceSentence, k) => {
      const swapped = swappedIn(source, target, sourceSentence, targetSentences[k] as Sentence);
      if (!swapped) return;
      const { said, found } = swapped;
      out.push(
        finding(context, 'contrast.swapped', 'major', found.start, found.end, {
          source: spanOf(source.text, said.start, said.end),
          params: { found: found.text },
        }),
      );
    });
    return out;
  },
};

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
 * melainkan di Firefox") has no contrast of this shape and is left alone. "X instead of Y" ("€450
 * instead of €540", "en lugar de", "statt", "au lieu de", "alih-alih") is a contrast too, Y its
 * negated side. A word of a pair of opposites ("the end of", "after") tells the sides apart as a
 * name does, by its pair and side ("stops at the end of the episode, not after a fixed time" →
 * "berhenti setelah waktu tertentu, bukan di akhir episode"). Steps said one after the other ("call
 * 112 first and then our on-call service") are told apart the same way, the first step against the
 * next: a word that moved from one to the other changed their order (sequence.swapped).
 */
import { baseLanguage, finding, spanOf, type Rule, type RuleContext } from '../context';
import { pairedSentences, type Sentence } from '../sentences';
import { keptWordsIn } from './kept';
import { bodyWordsIn, colourWordsIn, oppositeWordsIn } from './meaning';
import { cognateKey } from '../../text/cognate';
import { namedDatesIn, timesIn } from '../../text/datetime';
import type { Analysis, Item } from '../analyze';
import type { Finding } from '../types';

interface ContrastWords {
  /** Words that negate the second side. */
  negations: ReadonlySet<string>;
  /** Words that may join it to the first ("but not", "and not", "et non"). */
  joins: ReadonlySet<string>;
  /** Phrases that put the second side in place of the first ("instead of", "en lugar de"), each as its words. */
  instead: ReadonlyArray<readonly string[]>;
  /** Negations that begin a clause of their own after a comma unless a join stands before them (", tidak ada seorang pun"). */
  clausal?: ReadonlySet<string>;
  /** Words after a negation that carry on the clause before it ("not even", "nicht einmal"): no contrast. */
  even: ReadonlySet<string>;
  /** Words that put a step after the one before ("then", "dann", "lalu"), each as its words. */
  then: ReadonlyArray<readonly string[]>;
  /** Words before such a word that make it no step ("by then", "desde luego"), and after it ("después de"). */
  notThen: { before: ReadonlySet<string>; after: ReadonlySet<string> };
  /** Words that open a condition: "if it blinks, then restart" is no sequence. */
  conditions: ReadonlySet<string>;
  /** The words of a range's two ends: "from" and "to" ("from front to back", "von April bis Oktober"). */
  range: { from: ReadonlySet<string>; to: ReadonlySet<string> };
}

const words = (list: string) => new Set(list.split('|'));
const phrases = (list: string) => list.split('|').map((phrase) => phrase.split(' '));

const CONTRASTS: Partial<Record<string, ContrastWords>> = {
  en: {
    negations: words('not|never'),
    joins: words('but|and|yet'),
    instead: phrases('instead of|rather than'),
    even: words('even'),
    then: phrases('then|afterwards|after that|followed by'),
    notThen: { before: words('by|until|till|since|from|just|back|even|only|now'), after: words('') },
    conditions: words('if|when|whenever|once|unless'),
    range: { from: words('from'), to: words('to|until|till|through') },
  },
  id: {
    negations: words('bukan|tidak|belum|tak'),
    joins: words('tetapi|tapi|namun|dan|sedangkan'),
    instead: phrases('alih-alih|alih alih|bukannya|sebagai ganti'),
    clausal: words('tidak|belum|tak'),
    even: words('juga|pun'),
    then: phrases('lalu|kemudian|setelah itu|sesudah itu'),
    notThen: { before: words('sejak|hingga|sampai'), after: words('hari|minggu|bulan|tahun') },
    conditions: words('jika|jikalau|apabila|bila|kalau|ketika|saat'),
    range: { from: words('dari|mulai'), to: words('ke|hingga|sampai') },
  },
  de: {
    negations: words('nicht|kein|keine|keinem|keinen|keiner|nie'),
    joins: words('aber|und|doch|jedoch'),
    instead: phrases('statt|anstatt|anstelle von|anstelle'),
    even: words('einmal|mal|sogar'),
    then: phrases('dann|danach|anschließend|daraufhin'),
    notThen: { before: words('bis|seit|erst|nur|noch'), after: words('') },
    conditions: words('wenn|falls|sobald'),
    range: { from: words('von|vom'), to: words('bis|nach|zum|zur') },
  },
  fr: {
    negations: words('non|pas|jamais'),
    joins: words('mais|et'),
    instead: phrases('au lieu de|au lieu du|au lieu des|au lieu d|plutôt que|plutôt qu'),
    even: words('même'),
    then: phrases('puis|ensuite'),
    notThen: { before: words('depuis|jusqu'), after: words('') },
    conditions: words('si|quand|lorsque|lorsqu|dès'),
    range: { from: words('de|du|des|depuis'), to: words('à|au|aux|vers|jusqu') },
  },
  es: {
    negations: words('no|nunca'),
    joins: words('pero|y|mas'),
    instead: phrases('en lugar de|en lugar del|en vez de|en vez del'),
    even: words('siquiera'),
    then: phrases('luego|después|a continuación'),
    notThen: { before: words('desde|hasta|poco|mucho'), after: words('de|del|que') },
    conditions: words('si|cuando|mientras'),
    range: { from: words('de|del|desde'), to: words('a|al|hasta|hacia') },
  },
};

type Side = 'affirmed' | 'negated';

interface Contrast {
  /** Where the first side stands: from the clause's start to the comma or the join. */
  affirmed: Sentence;
  /** Where the negated side stands: after the negation to the clause's end. */
  negated: Sentence;
  /** Of steps said one after the other, the word between them ("then"). */
  word?: { start: number; end: number; text: string };
}

/**
 * The one sequence of steps of the shape "X, then Y" in a sentence ("call 112 first and then our
 * on-call service", "zuerst X und dann Y", "X, lalu Y"), as a contrast whose first side is the
 * first step and whose "negated" side the next, or null (none, or several). Not the consequence of
 * a condition ("if it blinks, then restart"), nor "by then", "desde luego", "después de".
 */
function sequenceIn(analysis: Analysis, sentence: Sentence): Contrast | null {
  const cues = CONTRASTS[baseLanguage(analysis.lang)];
  if (!cues) return null;
  const items = analysis.items.filter((item) => item.start >= sentence.start && item.end <= sentence.end);
  const found: Contrast[] = [];
  items.forEach((item, k) => {
    if (item.kind !== 'word') return;
    const then = cues.then.find((phrase) => phrase.every((word, i) => items[k + i]?.lower === word));
    if (!then) return;
    const next = k + then.length;
    if (cues.notThen.after.has(items[next]?.lower ?? '') || cues.notThen.before.has(items[k - 1]?.lower ?? '')) return;
    // the first step: back over a comma and a join ("112 first, and then"), to the clause's start
    let before = k - 1;
    // (the next step's verb may stand before its "then", after the join: "und verlängert sich
    // danach automatisch", "and must then be applied for")
    let nextStart = -1;
    if (before >= 0 && !cues.joins.has((items[before] as Item).lower))
      for (let b = before; b >= Math.max(0, k - 4) && !CLAUSE_END.test((items[b] as Item).text); b -= 1)
        if (cues.joins.has((items[b] as Item).lower)) {
          nextStart = b + 1;
          before = b;
          break;
        }
    while (before >= 0 && ((items[before] as Item).text === ',' || cues.joins.has((items[before] as Item).lower))) before -= 1;
    let from = before;
    while (from > 0 && !CLAUSE_END.test((items[from - 1] as Item).text)) from -= 1;
    // (the next step ends where a clause of condition or time that the whole sentence says begins:
    // "turn white and then blue when it is cold" → "bei Kälte erst weiß und dann blau")
    let to = next;
    while (to < items.length && !CLAUSE_END.test((items[to] as Item).text) && !cues.conditions.has((items[to] as Item).lower)) to += 1;
    if (before < 0 || from > before || to <= next) return;
    if (items.slice(from, before + 1).some((word) => cues.conditions.has(word.lower))) return;
    const last = items[next - 1] as Item;
    found.push({
      affirmed: { start: (items[from] as Item).start, end: (items[before] as Item).end },
      negated: { start: nextStart >= 0 ? (items[nextStart] as Item).start : last.end, end: (items[to - 1] as Item).end },
      word: { start: item.start, end: last.end, text: analysis.text.slice(item.start, last.end) },
    });
  });
  return found.length === 1 ? (found[0] as Contrast) : null;
}

const CLAUSE_END = /[,;:.!?，；：。！？]/u;

/**
 * Whether an item ends a clause: a comma or a full stop, but not the dots of "a.m." and "p.m.", nor
 * the colon or dot of a time ("9:00", "21.00").
 */
function endsClause(items: readonly Item[], k: number): boolean {
  const item = items[k] as Item;
  if (!CLAUSE_END.test(item.text)) return false;
  const before = items[k - 1]?.text ?? '';
  if (item.text === '.' && /^[apm]$/iu.test(before)) return false;
  return !(/^[:.]$/u.test(item.text) && /^\d{1,2}$/u.test(before) && /^\d{2}$/u.test(items[k + 1]?.text ?? ''));
}

/** The words a range's end may take at most ("from the front to the back of the seat"). */
const RANGE_END_WORDS = 4;

/**
 * The ranges of the shape "from X to Y" in a sentence ("from front to back", "von April bis
 * Oktober", "de atrás hacia delante"), X and Y of four words at most, none across a comma, each as a
 * contrast whose first side is X and whose "negated" side Y (a sentence may say several: "from 10
 * a.m. to 10 p.m. … from April to October").
 */
/** French and Spanish words of "to" that also say "at" before a time of day ("à 16 h", "a las 10"). */
const AT_TO: Partial<Record<string, { at: ReadonlySet<string>; articles: ReadonlySet<string> }>> = {
  fr: { at: words('à'), articles: words('') },
  es: { at: words('a'), articles: words('la|las') },
};

/**
 * Whether the "to" at `i` of a range begun at `from` says "at" a time of day: before a figure, where
 * the range's start has none ("du samedi à 16 h au samedi suivant", from Saturday at 4 pm to the
 * following Saturday; not "de 9 h à 17 h", from nine to five).
 */
function atTimeOfDay(items: readonly Item[], from: number, i: number, lang: string): boolean {
  const cues = AT_TO[baseLanguage(lang)];
  if (!cues?.at.has((items[i] as Item).lower)) return false;
  let next = i + 1;
  while (items[next] && (items[next]?.kind !== 'word' || cues.articles.has((items[next] as Item).lower))) next += 1;
  if (!/^\p{N}/u.test(items[next]?.text ?? '')) return false;
  for (let k = from + 1; k < i; k += 1) if (/\p{N}/u.test((items[k] as Item).text)) return false;
  return true;
}

function rangesIn(analysis: Analysis, sentence: Sentence): Contrast[] {
  const cues = CONTRASTS[baseLanguage(analysis.lang)];
  if (!cues) return [];
  const items = analysis.items.filter((item) => item.start >= sentence.start && item.end <= sentence.end);
  const found: Contrast[] = [];
  items.forEach((item, k) => {
    if (item.kind !== 'word' || !cues.range.from.has(item.lower)) return;
    // the "to" within the end's words, in the clause
    let to = -1;
    let words = 0;
    for (let i = k + 1; i < items.length && words <= RANGE_END_WORDS; i += 1) {
      const next = items[i] as Item;
      if (endsClause(items, i)) break;
      if (next.kind !== 'word') continue;
      if (words > 0 && cues.range.to.has(next.lower) && !atTimeOfDay(items, k, i, analysis.lang)) {
        to = i;
        break;
      }
      words += 1;
    }
    if (to < 0) return;
    let end = to;
    words = 0;
    for (let i = to + 1; i < items.length && words < RANGE_END_WORDS; i += 1) {
      const next = items[i] as Item;
      if (endsClause(items, i)) break;
      if (next.kind !== 'word') continue;
      words += 1;
      end = i;
    }
    if (end === to) return;
    const word = items[to] as Item;
    found.push({
      affirmed: { start: item.end, end: word.start },
      negated: { start: word.end, end: (items[end] as Item).end },
      word: { start: word.start, end: word.end, text: word.text },
    });
  });
  return found;
}

/** Words that stand between a clause's subject and its negation when the rest is left out ("passport photos do not"). */
const ELIDED_BETWEEN: Partial<Record<string, ReadonlySet<string>>> = {
  en: words('do|does|did|is|are|was|were|will|would|can|could|should|must|need|needs|have|has|may'),
  id: words('juga|masih|perlu|harus|wajib'),
  de: words('aber|jedoch|dagegen|hingegen|allerdings'),
};

/**
 * A clause after a semicolon or a comma that ends on its negation, the rest of it left out ("Family
 * portraits need a booking; passport photos do not", "foto paspor tidak"): its subject is the
 * negated side, the clause before it the affirmed one. Null for any other negation.
 */
function elidedIn(items: readonly Item[], k: number, cues: ContrastWords, lang: string): Contrast | null {
  const next = items[k + 1];
  if (next && !CLAUSE_END.test(next.text)) return null;
  const between = ELIDED_BETWEEN[lang];
  let subjectEnd = k - 1;
  while (subjectEnd >= 0 && items[subjectEnd]?.kind === 'word' && between?.has((items[subjectEnd] as Item).lower)) subjectEnd -= 1;
  if (subjectEnd < 0) return null;
  let from = subjectEnd;
  while (from > 0 && !CLAUSE_END.test((items[from - 1] as Item).text)) from -= 1;
  let subjectStart = from;
  while (subjectStart <= subjectEnd && cues.joins.has((items[subjectStart] as Item).lower)) subjectStart += 1;
  const mark = items[from - 1];
  if (subjectStart > subjectEnd || !mark || !/^[;,]$/u.test(mark.text)) return null;
  if (items.slice(subjectStart, subjectEnd + 1).some((word) => word.kind !== 'word')) return null;
  const affirmedEnd = from - 2;
  let affirmedStart = affirmedEnd;
  while (affirmedStart > 0 && !CLAUSE_END.test((items[affirmedStart - 1] as Item).text)) affirmedStart -= 1;
  if (affirmedEnd < 0 || affirmedStart > affirmedEnd) return null;
  return {
    affirmed: { start: (items[affirmedStart] as Item).start, end: (items[affirmedEnd] as Item).end },
    negated: { start: (items[subjectStart] as Item).start, end: (items[subjectEnd] as Item).end },
  };
}

/** The one contrast of the shape "X, not Y" in a sentence, or null (none, or several). */
function contrastIn(analysis: Analysis, sentence: Sentence): Contrast | null {
  const cues = CONTRASTS[baseLanguage(analysis.lang)];
  if (!cues) return null;
  const items = analysis.items.filter((item) => item.start >= sentence.start && item.end <= sentence.end);
  const found: Contrast[] = [];
  items.forEach((item, k) => {
    // "X instead of Y": Y negated, X affirmed
    const instead =
      item.kind === 'word' ? cues.instead.find((phrase) => phrase.every((word, i) => items[k + i]?.lower === word)) : undefined;
    if (instead) {
      let from = k;
      while (from > 0 && !CLAUSE_END.test((items[from - 1] as Item).text)) from -= 1;
      let to = k + instead.length;
      while (to < items.length && !CLAUSE_END.test((items[to] as Item).text)) to += 1;
      if (from < k && to > k + instead.length)
        found.push({
          affirmed: { start: (items[from] as Item).start, end: item.start },
          negated: { start: (items[k + instead.length - 1] as Item).end, end: (items[to - 1] as Item).end },
        });
      return;
    }
    if (item.kind !== 'word' || !cues.negations.has(item.lower)) return;
    // "X need a booking; Y do not": the clause that ends on its negation negates its subject
    const elided = elidedIn(items, k, cues, baseLanguage(analysis.lang));
    if (elided) {
      found.push(elided);
      return;
    }
    // the negation right after a comma, or after a join that follows a comma or a word
    let before = k - 1;
    if (items[before]?.kind === 'word' && cues.joins.has((items[before] as Item).lower)) before -= 1;
    const mark = items[before];
    const joined = before < k - 1;
    if (!mark || !(mark.text === ',' || (joined && mark.kind === 'word'))) return;
    // (", not even our team" carries on the clause before; ", tidak ada seorang pun" begins one)
    if (items[k + 1]?.kind === 'word' && cues.even.has((items[k + 1] as Item).lower)) return;
    if (!joined && cues.clausal?.has(item.lower)) return;
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

/** A word that tells the sides apart, by what it is (its text, or its pair of opposites and side). */
interface Anchor {
  key: string;
  start: number;
  end: number;
  text: string;
}

function sideOf(contrast: Contrast, item: { start: number; end: number }): Side | null {
  if (item.start >= contrast.affirmed.start && item.end <= contrast.affirmed.end) return 'affirmed';
  if (item.start >= contrast.negated.start && item.end <= contrast.negated.end) return 'negated';
  return null;
}

/** The writer's "we", per language (a party a translation names by its own word). */
const WE: Readonly<Record<string, RegExp>> = {
  en: /^(?:we|us|our|ours)$/u,
  id: /^(?:kami|kita)$/u,
  de: /^(?:wir|uns|unser|unsere|unseren|unserem|unserer|unseres)$/u,
  fr: /^(?:nous|notre|nos)$/u,
  es: /^(?:nosotros|nosotras|nuestro|nuestra|nuestros|nuestras)$/u,
};

/** A word kept as it is that stands on one side of the contrast in the source and on the other in the translation. */
function swappedIn(
  source: Analysis,
  target: Analysis,
  sourceSentence: Sentence,
  targetSentence: Sentence,
  shapeIn: (analysis: Analysis, sentence: Sentence) => Contrast | readonly Contrast[] | null = contrastIn,
): { said: Anchor; found: Anchor; now: Side; shape: Contrast } | null {
  // (one shape, or several, each word on the side of the one it stands in)
  const shapes = (analysis: Analysis, sentence: Sentence): readonly Contrast[] => {
    const found = shapeIn(analysis, sentence);
    return found === null ? [] : 'affirmed' in found ? [found] : found;
  };
  const inSource = shapes(source, sourceSentence);
  if (inSource.length === 0) return null;
  const inTarget = shapes(target, targetSentence);
  if (inTarget.length === 0) return null;
  // (of the tightest that holds it, where one overlaps another: "del norte de la ciudad cierran a
  // medianoche de noviembre a marzo" reads a "de … a" across the first "a" too)
  const size = (shape: Contrast) => shape.negated.end - shape.affirmed.start;
  const sideIn = (list: readonly Contrast[], item: Anchor) => {
    let best: { side: Side; shape: Contrast } | null = null;
    for (const shape of list) {
      const side = sideOf(shape, item);
      if (side && (!best || size(shape) < size(best.shape))) best = { side, shape };
    }
    return best;
  };
  // (words kept as they are, by their text; words of opposites, by their pair and side)
  // (and words alike in both languages, six letters or more, by their spelling across languages:
  // "in the garden but not in the restaurant" → "en el restaurante, pero no en el jardín")
  const anchors = (analysis: Analysis, span: Sentence): Anchor[] => {
    const kept = keptWordsIn(analysis, span);
    const words = analysis.items.filter((item) => item.kind === 'word' && item.start >= span.start && item.end <= span.end);
    const we = WE[baseLanguage(analysis.lang)];
    const anchor = (key: string, item: Item): Anchor => ({ key, start: item.start, end: item.end, text: item.text });
    return [
      ...kept.map((item) => anchor(item.text, item)),
      ...words
        // (a capitalised one too, a German noun: "die Container" are "the containers")
        .filter((item) => item.text.length >= 6 && !/\p{N}/u.test(item.text))
        // (a plural's "s" aside: "the containers" are "die Container"; and a last vowel of Spanish,
        // Italian, Indonesian: "ibuprofen" is "ibuprofeno", "aspirin" "aspirina")
        .map((item) =>
          anchor(
            `w:${cognateKey(item.text)
              .replace(/s$/u, '')
              .replace(/(?<=\p{L}{5})[aeo]$/u, '')}`,
            item,
          ),
        ),
      ...oppositeWordsIn(analysis, span),
      // (and colours, by the colour: "at the blue taps, not the red ones" → "aux robinets rouges, pas aux bleus")
      ...colourWordsIn(analysis, span),
      // (and parts of the body: "Bend your knees, not your back" → "doble la espalda, no las rodillas")
      ...bodyWordsIn(analysis, span),
      // (and weekdays and months, by CLDR's names: "starts on Monday instead of Sunday" → "commence le
      // dimanche au lieu du lundi")
      ...namedDatesIn(analysis.text, analysis.lang, analysis.items)
        .filter((date) => date.start >= span.start && date.end <= span.end)
        .map((date) => ({ key: `date:${date.kind}:${date.index}`, start: date.start, end: date.end, text: date.text })),
      // (and times of day, by the minute, where a time says its part of the day: "from 6 a.m. to 6 p.m." →
      // "von 18 bis 6 Uhr")
      ...timesIn(analysis.text.slice(span.start, span.end), analysis.lang)
        .filter((time) => time.alternative === null)
        .map((time) => ({ key: `time:${time.minutes}`, start: span.start + time.start, end: span.start + time.end, text: time.text })),
      // (and the writer's "we": "set by the recycling company, not by us" → "oleh kami, bukan oleh perusahaan")
      ...(we ? words.filter((item) => we.test(item.lower)).map((item) => anchor('person:we', item)) : []),
    ];
  };
  // (a pair's words only where the two sentences say the same sides of it: "after the
  // appointment, not when you book" → "sebelum janji temu, bukan setelah" turned one around, which
  // the meaning rule reports)
  const sides = (list: readonly Anchor[], pair: string) =>
    list
      .filter((anchor) => anchor.key.startsWith(`${pair}:`))
      .map((anchor) => anchor.key)
      .sort()
      .join();
  const allSource = anchors(source, sourceSentence);
  const allTarget = anchors(target, targetSentence);
  const sameSides = (anchor: Anchor) => {
    const pair = anchor.key === anchor.text ? undefined : /^(.+):[01]$/u.exec(anchor.key)?.[1];
    return pair === undefined || sides(allSource, pair) === sides(allTarget, pair);
  };
  // (nor a word of two pairs where the sentences say different sides of either: "setelah" is
  // after a thing and after a time, and "sebelum … bukan setelah" turned the time around)
  // (of a pair both say words of: a word of a pair only one says has another sense there)
  const turned = (list: readonly Anchor[]) =>
    new Set(
      list
        .filter((anchor) => {
          const pair = anchor.key === anchor.text ? undefined : /^(.+):[01]$/u.exec(anchor.key)?.[1];
          return pair !== undefined && sides(allSource, pair) !== '' && sides(allTarget, pair) !== '' && !sameSides(anchor);
        })
        .map((anchor) => anchor.start),
    );
  const [turnedInSource, turnedInTarget] = [turned(allSource), turned(allTarget)];
  const sourceWords = allSource.filter((anchor) => sameSides(anchor) && !turnedInSource.has(anchor.start));
  const targetWords = allTarget.filter((anchor) => sameSides(anchor) && !turnedInTarget.has(anchor.start));
  // (each written once on either side: a word said twice could stand on both)
  const once = (list: readonly Anchor[], key: string) => list.filter((item) => item.key === key);
  const moved: Array<{ said: Anchor; found: Anchor; now: Side; shape: Contrast }> = [];
  for (const said of sourceWords) {
    const inOwn = once(sourceWords, said.key);
    const there = once(targetWords, said.key);
    if (inOwn.length !== 1 || there.length !== 1) continue;
    const found = there[0] as Anchor;
    const before = sideIn(inSource, said);
    const after = sideIn(inTarget, found);
    if (before && after && before.side !== after.side) moved.push({ said, found, now: after.side, shape: after.shape });
  }
  // (on what the translation now affirms, the claim a reader takes away, where a word moved there)
  // (a name, a figure or a word of a pair before the writer's "we", which says less of what moved)
  const named = moved.filter(({ said }) => said.key !== 'person:we');
  const chosen = named.find(({ now }) => now === 'affirmed') ?? named[0] ?? moved.find(({ now }) => now === 'affirmed') ?? moved[0];
  return chosen ?? null;
}

/**
 * Where the translation's affirmed side says what stands in the place of the negated side's: from
 * the last word of the affirmed side that opens the negated side too ("prêtés aux particuliers, pas
 * aux écoles": "aux"), or null when none does.
 */
function parallelStart(analysis: Analysis, shape: Contrast): number | null {
  const words = analysis.items.filter((item) => item.kind === 'word');
  const opener = words.find((item) => item.start >= shape.negated.start && item.end <= shape.negated.end);
  if (!opener) return null;
  for (let k = words.length - 1; k >= 0; k -= 1) {
    const item = words[k] as Item;
    if (item.end > shape.affirmed.end || item.start < shape.affirmed.start) continue;
    if (item.lower === opener.lower) return item.start;
  }
  return null;
}

export const contrastRule: Rule = {
  name: 'contrast',
  ids: ['contrast.swapped', 'sequence.swapped'],
  check(context: RuleContext): Finding[] {
    const { source, target } = context;
    if (!source || target.text.trim() === '') return [];
    const cues = CONTRASTS[baseLanguage(context.sourceLang)];
    if (!cues || !CONTRASTS[baseLanguage(context.targetLang)]) return [];
    // (most sentences negate nothing and put nothing in place of another: nothing to pair)
    const starts = new Set(cues.instead.map((phrase) => phrase[0]));
    const items = source.items;
    // (a "then" of several words counts whole: "after that", not every "after")
    const then = (k: number) => cues.then.some((phrase) => phrase.every((word, i) => items[k + i]?.lower === word));
    if (
      !items.some(
        (item, k) =>
          item.kind === 'word' && (cues.negations.has(item.lower) || starts.has(item.lower) || then(k) || cues.range.from.has(item.lower)),
      )
    )
      return [];
    const { source: sourceSentences, target: targetSentences } = pairedSentences(source.text, target.text);
    const out: Finding[] = [];
    sourceSentences.forEach((sourceSentence, k) => {
      const targetSentence = targetSentences[k] as Sentence;
      const contrast = swappedIn(source, target, sourceSentence, targetSentence);
      if (contrast) {
        // (a word moved to the negated side only: from what the translation affirms in its place on,
        // "aux particuliers, pas aux écoles et aux associations")
        const from = contrast.now === 'negated' ? parallelStart(target, contrast.shape) : null;
        out.push(
          finding(context, 'contrast.swapped', 'major', from ?? contrast.found.start, contrast.found.end, {
            source: spanOf(source.text, contrast.said.start, contrast.said.end),
            params: { found: contrast.found.text },
          }),
        );
        return;
      }
      // (and the steps of a sequence: "call 112 first and then our on-call service" → "zuerst
      // unseren Bereitschaftsdienst und dann die 112"; and the ends of a range, "from front to back"
      // → "de atrás hacia delante", "from October to April" → "von April bis Oktober")
      const steps =
        swappedIn(source, target, sourceSentence, targetSentence, sequenceIn) ??
        swappedIn(source, target, sourceSentence, targetSentence, rangesIn);
      if (steps)
        out.push(
          finding(context, 'sequence.swapped', 'major', steps.found.start, steps.found.end, {
            source: spanOf(source.text, steps.said.start, steps.said.end),
            params: { found: steps.found.text, then: steps.shape.word?.text ?? '' },
          }),
        );
    });
    return out;
  },
};

/**
 * The writer and the reader changed places: the source says a thing of "you" and the translation
 * of "us" ("you are responsible for charges" → "kami bertanggung jawab atas biaya"), or the other
 * way round ("remains our property" → "menjadi milik Anda"). Terms, notices and instructions
 * are written between the two, so who pays, who keeps and who must act is the whole meaning; a
 * machine translation swaps them when a pronoun is ambiguous or dropped.
 *
 * Read per pair of sentences, and only where the change is plain: the source's sentence names one
 * of the two and not the other, and the translation's names the other and not the source's one.
 * A careful translation often adds a "we" where the source said it in the passive ("The deposit
 * is returned" → "Die Kaution erstatten wir"), or says one of two "you"s in the passive ("Your card
 * will be replaced if you report it" → "Kartu akan kami ganti jika Anda melaporkannya"); the
 * reader is still there, so neither counts.
 */
import { baseLanguage, finding, spanOf, type Rule, type RuleContext } from '../context';
import { pairedSentences, type Sentence } from '../sentences';
import type { Analysis } from '../analyze';
import type { Finding } from '../types';

interface Persons {
  /** Words for "we", "us", "our" (the writer, exclusive of the reader). */
  first: ReadonlySet<string>;
  /** Words for "you", "your", and for the customer, whom a notice is written to. */
  second: ReadonlySet<string>;
  /** Words that count only as written, in their case ("us", not the country "US"; "Sie", not "sie"). */
  cased?: ReadonlySet<string>;
}

const words = (list: string) => new Set(list.split('|'));

/**
 * Per language. Not the inclusive "we" that takes the reader in ("kita", "let's"); not words of
 * other persons too ("su" is "your" and "his", "ihr" is "her"): only the formal "Ihr", written
 * with its capital. Chinese by its characters (您 and 你 hold "you", 我们 "we"). The customer is
 * the reader a notice speaks of in the third person ("packed by our staff" → "embalados por el
 * cliente"), as a careful translation may say "you" for "the customer" and the other way round;
 * not the writer's desk named after them (see DESKS).
 */
const PERSONS: Partial<Record<string, Persons | { first: RegExp; second: RegExp }>> = {
  en: {
    first: words('we|us|our|ours|ourselves'),
    second: words('you|your|yours|yourself|yourselves|customer|customers|client|clients'),
    cased: words('us'),
  },
  id: { first: words('kami'), second: words('anda|kamu|engkau|pelanggan|klien') },
  de: {
    first: words('wir|uns|unser|unsere|unserem|unseren|unserer|unseres'),
    second: words('Sie|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres|Ihnen|du|dich|dir|dein|deine|deinem|deinen|deiner|kunde|kunden|kundin|kundinnen'),
    cased: words('Sie|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres|Ihnen'),
  },
  fr: { first: words('nous|notre|nos'), second: words('vous|votre|vos|tu|toi|ton|ta|tes|client|clients|cliente|clientes|clientèle') },
  es: {
    first: words('nosotros|nosotras|nuestro|nuestra|nuestros|nuestras|nos'),
    second: words('usted|ustedes|tu|tus|vosotros|vosotras|vuestro|vuestra|vuestros|vuestras|cliente|clientes|clienta|clientas'),
  },
  zh: { first: /我们|我方/gu, second: /您|你|客户|顾客/gu },
};

/** The writer's desk named after the customer ("customer service", "layanan pelanggan", "客户服务"): the writer's, no mention of the reader. */
const DESKS: Partial<Record<string, RegExp>> = {
  en: /(?<![\p{L}])(?:customer|client)s?[\s\u00a0]+(?:service|services|care|support|centre|center|desk|team|hotline|line)(?![\p{L}])/giu,
  id: /(?<![\p{L}])(?:layanan|pusat|dukungan|petugas|pelayanan)[\s\u00a0]+(?:pelanggan|klien)(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:service|relations?)[\s\u00a0]+(?:à[\s\u00a0]+la[\s\u00a0]+)?(?:clients?|clientèle)(?![\p{L}])/giu,
  es: /(?<![\p{L}])(?:atención|servicio)[\s\u00a0]+(?:al?|de)[\s\u00a0]+(?:cliente|clientes)(?![\p{L}])/giu,
  zh: /客户服务|客户中心|客户经理|客服/gu,
};

interface Mention {
  start: number;
  end: number;
  text: string;
}

/** The words of one person in a span, in order. */
export function mentions(analysis: Analysis, span: Sentence, person: 'first' | 'second'): Mention[] {
  const lang = baseLanguage(analysis.lang);
  const persons = PERSONS[lang];
  if (!persons) return [];
  const list = persons[person];
  const text = analysis.text.slice(span.start, span.end);
  const desks = DESKS[lang] ? [...text.matchAll(DESKS[lang])].map((match) => [match.index, match.index + match[0].length]) : [];
  const atADesk = (mention: Mention) =>
    desks.some(([start, end]) => mention.start - span.start < (end as number) && (start as number) < mention.end - span.start);
  if (list instanceof RegExp) {
    return [...text.matchAll(list)]
      .map((match) => ({
        start: span.start + match.index,
        end: span.start + match.index + match[0].length,
        text: match[0],
      }))
      .filter((mention) => !atADesk(mention));
  }
  const cased = (persons as Persons).cased;
  return analysis.items
    .filter(
      (item) =>
        item.kind === 'word' &&
        item.start >= span.start &&
        item.end <= span.end &&
        // (a word of a cased language's list counts as written: "Sie", not "sie")
        (cased?.has(item.text) ? list.has(item.text) : list.has(item.lower) && !cased?.has(item.lower)),
    )
    .map((item) => ({ start: item.start, end: item.end, text: item.text }))
    .filter((mention) => !atADesk(mention));
}

/** An English passive: a form of "be" and a participle ("will be contacted", "are charged", "is taken"). */
const PASSIVE =
  /\b(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|made|paid|sent|held|kept|told|given|taken|seen|done|shown|built|bought|brought|sold|found|left|lost|put|set|cut|read|heard|met)\b/iu;

/** An English passive's doer named as the reader ("by you", "by your staff", "by the customer"). */
const DOER_NAMED = /\bby\s+(?:the\s+)?(?:you|your|customers?|clients?)\b/iu;
/** A word that names the doer of a passive right before it ("由我们", "von uns", "par nous", "por nosotros", "oleh kami"). */
const AGENT_BEFORE = /(?:由|被|(?<![\p{L}])(?:von|par|por|oleh)[\s\u00a0]+)$/iu;

/** Whether a sentence says an English passive without naming the reader as its doer. */
function openPassive(analysis: Analysis, span: Sentence): boolean {
  const text = analysis.text.slice(span.start, span.end);
  return PASSIVE.test(text) && !DOER_NAMED.test(text);
}

/** How many of the mentions name the doer of a passive ("由我们", "von uns"). */
function agentsIn(analysis: Analysis, span: Sentence, list: readonly Mention[]): number {
  return list.filter((mention) => AGENT_BEFORE.test(analysis.text.slice(Math.max(span.start, mention.start - 8), mention.start))).length;
}

/** The person the translation put in the source's place, per pair of sentences: the translation's first word of it, and the source's word it replaced. */
function changedIn(
  source: Analysis,
  target: Analysis,
  sourceSentence: Sentence,
  targetSentence: Sentence,
): { said: Mention; found: Mention } | null {
  const said = { first: mentions(source, sourceSentence, 'first'), second: mentions(source, sourceSentence, 'second') };
  const found = { first: mentions(target, targetSentence, 'first'), second: mentions(target, targetSentence, 'second') };
  for (const [one, other] of [
    ['second', 'first'],
    ['first', 'second'],
  ] as const) {
    // the source names one and not the other; the translation names the other, and not the one
    // (a translation that keeps one "Anda" of two may have said the other in the passive, "akan
    // kami ganti", and an imperative's "Sie" is one more: only a person gone altogether counts)
    // (not a "we" the translation names as the doer of the source's passive, where the reader's
    // own word went into another: "Returns are collected from your home" → "由我们免费上门取件")
    // (either way round: "由我们免费上门取件" → "collected from your home"; never where the passive
    // names its doer: "provided by the customer" → "由我们提供")
    // (the passive read only where the rest already says a person changed)
    if (
      said[one].length > 0 &&
      said[other].length === 0 &&
      found[other].length > 0 &&
      found[one].length === 0 &&
      !(
        one === 'second' &&
        openPassive(source, sourceSentence) &&
        agentsIn(target, targetSentence, found[other]) === found[other].length
      ) &&
      !(one === 'first' && openPassive(target, targetSentence) && agentsIn(source, sourceSentence, said[one]) === said[one].length)
    )
      return { said: said[one][0] as Mention, found: found[other][0] as Mention };
    // or the one who opens the sentence, its subject, is the other in the translation ("You are
    // responsible … in your care" → "Nous sommes responsables … sous votre garde"), where the
    // source names the other nowhere and says nothing in the passive, whose doer a translation may
    // name ("You will be contacted by phone" → "我们会通过电话与您联系"; "Kartu akan kami ganti")
    const opening = (analysis: Analysis, span: Sentence, mentioned: readonly Mention[]) => {
      const first = analysis.items.find((item) => item.kind === 'word' && item.start >= span.start && item.end <= span.end);
      return first !== undefined && mentioned.some((mention) => mention.start === first.start);
    };
    if (
      said[other].length === 0 &&
      opening(source, sourceSentence, said[one]) &&
      !PASSIVE.test(source.text.slice(sourceSentence.start, sourceSentence.end)) &&
      opening(target, targetSentence, found[other]) &&
      !opening(target, targetSentence, found[one])
    )
      return { said: said[one][0] as Mention, found: found[other][0] as Mention };
  }
  return null;
}

export const personRule: Rule = {
  name: 'person',
  ids: ['person.changed'],
  check(context: RuleContext): Finding[] {
    const { source, target } = context;
    if (!source || target.text.trim() === '') return [];
    if (!PERSONS[baseLanguage(context.sourceLang)] || !PERSONS[baseLanguage(context.targetLang)]) return [];
    // (most paragraphs name neither: nothing to compare)
    const whole = { start: 0, end: source.text.length };
    if (mentions(source, whole, 'first').length === 0 && mentions(source, whole, 'second').length === 0) return [];
    const { source: sourceSentences, target: targetSentences } = pairedSentences(source.text, target.text);
    const out: Finding[] = [];
    sourceSentences.forEach((sourceSentence, k) => {
      const changed = changedIn(source, target, sourceSentence, targetSentences[k] as Sentence);
      if (!changed) return;
      const { said, found } = changed;
      out.push(
        finding(context, 'person.changed', 'major', found.start, found.end, {
          source: spanOf(source.text, said.start, said.end),
          params: { source: said.text, found: found.text },
        }),
      );
    });
    return out;
  },
};

/**
 * A restriction lost: the source limits what it says to some ("only people named on the form",
 * "valid only for the date shown", "nur", "seulement", "hanya") and the translation's sentence has
 * no word that restricts anything ("Alle Personen dürfen…", "berlaku untuk tanggal mana pun").
 * A careful translation says the restriction one way or another ("hanya", "khusus", "ne … que",
 * "erst", "réservé aux", "satu-satunya", "kecuali"), so the words that may say it are many and
 * wide; the finding stands only where the translation has none of them.
 *
 * And a restriction added: the source says a thing of all or of either and the translation says
 * it of some only ("Either party may terminate" → "Nur der Mieter kann kündigen"); see addedIn.
 */
import { baseLanguage, finding, spanOf, type Rule, type RuleContext } from '../context';
import { locateInTarget } from '../locate';
import { CONDITION_WORDS, inGermanRelativeClause, universalIn, universalsIn, wordsBetween } from './meaning';
import { pairedSentences, type Sentence } from '../sentences';
import type { Analysis, Item } from '../analyze';
import type { Finding } from '../types';

interface RestrictionCues {
  /** Words that restrict what follows, read in the source. */
  said: ReadonlySet<string>;
  /** Words before one of those that make it no restriction ("not only", "the only"). */
  notBefore: ReadonlySet<string>;
  /** Words after one of those that make it no restriction ("only just", "erst einmal"). */
  notAfter: ReadonlySet<string>;
  /** Words that may say a restriction in a translation (any of them keeps the finding away). */
  kept: ReadonlySet<string>;
  /** Beginnings of words that may say it ("réservé", "exclusiv…"). */
  keptPrefixes: readonly string[];
  /**
   * Words that open a condition ("if", "when", "cuando", "jika"). After a restriction they are
   * what it restricts ("only when the light is green"), and in a translation of such a one they
   * render the condition, not the "only": "termina cuando aparece la luz" lost it.
   */
  conditions: ReadonlySet<string>;
  /** Ways to say "only if" as a proviso ("siempre que", "à condition que"), which keep a restricted condition. */
  provisos?: RegExp;
  /** Phrases that say a restriction where their first word alone may not ("réservé aux", not "réservée par", booked by). */
  keptPhrases?: RegExp;
  /** Phrases that restrict as the words of `said` do, with no such word ("une seule fois", once only), their restricting word marked by a group. */
  saidPhrases?: RegExp;
}

const words = (list: string): ReadonlySet<string> => new Set(list.split('|'));

const CUES: Record<string, RestrictionCues> = {
  en: {
    said: words('only'),
    notBefore: words('not|the|an|my|your|our|their|his|her|its|if'),
    // (nor before a word of how often or how much, which it only stresses: "only rarely" is rarely)
    notAfter: words('just|rarely|seldom|occasionally|slightly|briefly'),
    // ("may not … without" is "only with")
    // ("dürfen nur Kinder ab 5" is "must be at least 5")
    kept: words(
      'only|just|solely|exclusively|alone|sole|merely|unless|except|excluding|without|until|til|till|other|but|nobody|none|no|must|least',
    ),
    keptPrefixes: ['reserv', 'restrict', 'limit', 'exclusiv'],
    conditions: CONDITION_WORDS.en as ReadonlySet<string>,
    // ("not … unless" is "only if")
    provisos: /\b(?:provided|providing|as long as|so long as|on condition|unless)\b/iu,
  },
  id: {
    said: words('hanya|cuma'),
    // ("meskipun hanya sebentar" is "even for a short time": a concession, no restriction)
    notBefore: words('tidak|tak|bukan|meskipun|walaupun|walau|biarpun|sekalipun|kendati'),
    notAfter: words('saja'),
    kept: words(
      'hanya|saja|cuma|baru|khusus|semata|semata-mata|satu-satunya|sekadar|kecuali|selain|melainkan|terbatas|dibatasi|tertentu|asalkan|asal|selama|jika|apabila|bila|tidak|tanpa|sebelum|setelah',
    ),
    keptPrefixes: [],
    conditions: CONDITION_WORDS.id as ReadonlySet<string>,
    provisos: /(?:^|[^\p{L}])(?:dengan syarat|dengan ketentuan)(?![\p{L}])/iu,
  },
  de: {
    said: words('nur'),
    notBefore: words('nicht'),
    // ("nur selten" is rarely, "nur kurz" briefly)
    notAfter: words('noch|selten|gelegentlich|kurz|geringfügig'),
    kept: words(
      'nur|erst|lediglich|ausschließlich|allein|alleine|einzig|einzige|einzigen|einziger|einziges|bloß|außer|ausgenommen|sofern|solange|vorausgesetzt|wenn|falls|nicht|kein|keine|keinen|keiner|niemand|vorbehalten',
    ),
    keptPrefixes: ['beschränk', 'begrenz'],
    // (and "erst" before a time or a condition, "only" then: "end it at any time" → "erst nach einer
    // Stunde beenden"; not "erst einmal", "zuerst", first)
    saidPhrases: /(?<![\p{L}])(erst)(?=\s+(?:nach|ab|wenn|sobald|dann|am|im|in|mit|bei|zum|zur)\s)/iu,
    conditions: CONDITION_WORDS.de as ReadonlySet<string>,
  },
  fr: {
    said: words('seulement|uniquement'),
    notBefore: words('non|pas'),
    notAfter: words(''),
    kept: words(
      'seulement|uniquement|que|qu|exclusivement|seul|seule|seuls|seules|strictement|sauf|hormis|excepté|si|tant|lorsque|pendant|aucun|aucune|personne',
    ),
    // (an elided "qu'" glued to its word is the "que" of "ne … que": "n'est confirmée qu'après";
    // a "ne" or "n'" alone is a negation, "si vous n'avez pas", no restriction)
    // ("réserver" is to book as well: "réservée par les habitants" is booked by them)
    keptPrefixes: ['limit', 'restrei', 'restrict', "qu'", 'qu’'],
    keptPhrases: /(?:^|[^\p{L}])réserv(?:é|ée|és|ées)\s+(?:à|aux|au|exclusivement|uniquement)(?![\p{L}])/iu,
    // (and "seul" before what it singles out, "seule la banque peut", not "tout seul la nuit", alone;
    // or after the party a "par" names, "signé par le locataire seul")
    saidPhrases:
      /(?<![\p{L}])(?<!(?:tout|toute|tous|toutes)\s)(?:(?:une\s+)?(?=seule?s?(?:\s+fois(?![\p{L}])|\s+(?:le|la|les|leur|leurs|votre|vos|notre|nos|son|sa|ses|ce|cet|cette|ces)\s|\s+l['’]))|(?<=(?:par|pour)\s+(?:le|la|les|l['’])\s*\p{L}{3,}\s+))(seule?s?)(?![\p{L}])/iu,
    conditions: CONDITION_WORDS.fr as ReadonlySet<string>,
    provisos: /(?:^|[^\p{L}])(?:à condition (?:que|qu|de|d)|pourvu (?:que|qu))(?![\p{L}])/iu,
  },
  es: {
    // ("solo" too, the adverb as the Academy now writes it: "solo se le puede contactar")
    said: words('solo|solamente|únicamente|sólo'),
    // (nor "por sí solo", by itself: "suele desaparecer por sí solo"; nor "un solo", a single one:
    // "en un solo hombro", on one shoulder)
    notBefore: words('no|sí|un|una'),
    notAfter: words(''),
    kept: words(
      'solo|sólo|solamente|únicamente|exclusivamente|único|única|únicos|únicas|salvo|excepto|menos|si|mientras|cuando|no|ningún|ninguna|nadie|sino',
    ),
    // ("reservar" is to book as well: "reservada por los vecinos" is booked by them)
    keptPrefixes: ['limitad', 'restring', 'exclusiv'],
    // (and a single one, "una sola dirección", which keeps an "only" of one: "in one direction only")
    keptPhrases:
      /(?:^|[^\p{L}])(?:reservad(?:o|a|os|as)\s+(?:a|al|para|exclusivamente|únicamente)|(?:un|una)\s+(?:sola|solo|sólo|única|único)\s+\p{L}+)(?![\p{L}])/iu,
    saidPhrases: /(?<![\p{L}])una\s+(sola|única)\s+vez(?![\p{L}])/iu,
    conditions: CONDITION_WORDS.es as ReadonlySet<string>,
    provisos: /(?:^|[^\p{L}])(?:siempre (?:que|y cuando)|con tal (?:de )?que|a condición de que)(?![\p{L}])/iu,
  },
};

/** Languages that say a thing of some only in one compound word ("Damentag", "damesauna"). */
const COMPOUNDING = new Set(['de', 'nl', 'sv', 'da', 'nb', 'nn', 'no']);
/**
 * Something added beside what the source restricts, right after the words that render it ("used
 * for watering only" → "pour l'arrosage et le lavage"): a word of "and" or "or" and what it joins,
 * up to four words (eight characters in Chinese) before the next mark of punctuation.
 */
const JOINED_AFTER: Partial<Record<string, RegExp>> = {
  en: /^\s+(?:and|or)(?:\s+[^\s.,;:!?]+){1,4}/iu,
  id: /^\s+(?:dan|serta|atau|maupun)(?:\s+[^\s.,;:!?]+){1,4}/iu,
  de: /^\s+(?:und|oder)(?:\s+[^\s.,;:!?]+){1,4}/iu,
  fr: /^\s+(?:et|ou)(?:\s+[^\s.,;:!?]+){1,4}/iu,
  es: /^\s+(?:y|e|o|u)(?:\s+[^\s.,;:!?]+){1,4}/iu,
  zh: /^(?:和|及|与|以及|或|或者)[^。，；：！？,.;:!?]{1,8}/u,
};
/**
 * Whether a source joins something right after what its restriction covers, or a word or two later
 * ("only at the Client's request and is charged extra": the translation's "et est facturé" is the
 * source's own, nothing joined to what it restricts).
 */
function joinsAfter(lang: string, text: string): boolean {
  const joined = JOINED_AFTER[lang];
  if (!joined) return false;
  const skipped = /^\s+[^\s.,;:!?]+/u;
  let rest = text;
  for (let words = 0; words <= 2; words += 1) {
    if (joined.test(rest)) return true;
    const word = skipped.exec(rest);
    if (!word) return false;
    rest = rest.slice(word[0].length);
  }
  return false;
}

/** The same words anywhere (the source's restriction that joins two things itself: "for watering and cleaning only"). */
const JOINING: Partial<Record<string, RegExp>> = {
  en: /(?<!\p{L})(?:and|or)(?!\p{L})/iu,
  id: /(?<!\p{L})(?:dan|serta|atau|maupun)(?!\p{L})/iu,
  de: /(?<!\p{L})(?:und|oder)(?!\p{L})/iu,
  fr: /(?<!\p{L})(?:et|ou)(?!\p{L})/iu,
  es: /(?<!\p{L})(?:y|e|o|u)(?!\p{L})/iu,
  zh: /和|及|与|或/u,
};

/** Restricting words of Chinese, which writes no spaces: found as characters. */
// (not after 不: "不仅" and "不只" are "not only"; nor "仅为估算值", merely an estimate, a hedge
// that restricts nothing)
const CHINESE_SAID = /(?<!不)(?:只有|只能|只限|仅限|仅供|仅(?!为(?:估算|估计|近似|大约|参考)))/u;
// (not the 除 of a word of its own: "删除", to delete, "清除", "扣除", "除湿", to dehumidify)
// (not the "需" or "须" of "无需", "无须", "不需", need not: "无需数据连接" says no condition)
// (and "方可", "方能", only then may, after a time: "退烧满24小时后方可返回"; not the "方" of a
// party, "出租方可随时进入", nor of a prescription, "处方可以")
const CHINESE_KEPT =
  /[只仅才唯限专]|(?<=[后前时])方[可能]|(?<![无毋不])[须需]|(?<![删清消排去免解拆切扣剔移开革废铲根摘驱祛破])除(?![湿草尘臭冰霜菌垢])|必须|不得|不能|不可|禁止/u;

/** The words of an exception ("unless", "except"), which render the source's own. */
const EXCEPTION_WORDS: Partial<Record<string, ReadonlySet<string>>> = {
  en: words('unless|except'),
  id: words('kecuali'),
  de: words('außer|ausgenommen'),
  fr: words('sauf|excepté|hormis'),
  es: words('salvo|excepto|menos'),
};
const CHINESE_EXCEPTION = /除非|除了/gu;
const CHINESE_MUST = /必须|必需|须|需要|需/gu;
/** English words of obligation, which a translation renders with its own. */
const MUST_EN = /^(?:must|required)$/u;
/** English words of obligation only before a "to" ("have to", "needs to"). */
const MUST_BEFORE_TO_EN = /^(?:have|has|need|needs)$/u;

function cuesOf(lang: string): RestrictionCues | 'zh' | undefined {
  const base = baseLanguage(lang);
  return base === 'zh' ? 'zh' : CUES[base];
}

const wordsIn = (analysis: Analysis, span: Sentence): Item[] =>
  analysis.items.filter((item) => item.kind === 'word' && item.start >= span.start && item.end <= span.end);

interface Restriction {
  said: Item;
  /** The words it restricts. */
  scope: Sentence;
  /** It restricts a condition ("only when", "nur wenn", "solo si"). */
  ofCondition: boolean;
}

/** The source's restricting word in a sentence, with the words it restricts (the next three). */
function restrictionIn(analysis: Analysis, span: Sentence, cues: RestrictionCues | 'zh'): Restriction | null {
  if (cues === 'zh') {
    const match = CHINESE_SAID.exec(analysis.text.slice(span.start, span.end));
    if (!match) return null;
    const start = span.start + match.index;
    const said = analysis.items.find((item) => item.start <= start && start < item.end);
    return said ? { said, scope: { start, end: Math.min(span.end, start + match[0].length + 6) }, ofCondition: false } : null;
  }
  const list = wordsIn(analysis, span);
  for (const [k, word] of list.entries()) {
    if (!cues.said.has(word.lower)) continue;
    const before = list[k - 1];
    const after = list[k + 1];
    if (before && cues.notBefore.has(before.lower)) continue;
    if (after && cues.notAfter.has(after.lower)) continue;
    // the words it restricts: those after it ("only people named", "may only leave with"), or,
    // at the end of a clause, those before it ("for daily use only", "in an emergency only")
    // (never before a comma and a condition, which German puts between them: "nur, wenn Sie es
    // erlauben" is "only if you allow it")
    const conditionAfterComma =
      after !== undefined &&
      cues.conditions.has(after.lower) &&
      /^[\s\u00a0]*,[\s\u00a0]*$/u.test(analysis.text.slice(word.end, after.start));
    const clauseEnds = !after || (!conditionAfterComma && /[,;:]/u.test(analysis.text.slice(word.end, after.start)));
    // (not past an "unless", which opens an exception to it: "visible only to you unless you share
    // it" restricts "to you", no condition)
    const ahead = list.slice(k + 1, k + 4);
    const unless = ahead.findIndex((item, i) => i > 0 && item.lower === 'unless');
    const scope = clauseEnds ? list.slice(Math.max(0, k - 3), k) : unless > 0 ? ahead.slice(0, unless) : ahead;
    if (scope.length === 0) continue;
    return {
      said: word,
      scope: { start: (scope[0] as Item).start, end: (scope.at(-1) as Item).end },
      // ("only when", "only take place if")
      ofCondition: !clauseEnds && scope.some((item) => cues.conditions.has(item.lower)),
    };
  }
  // (a phrase that restricts: "une seule fois", once only)
  const phrase = cues.saidPhrases?.exec(analysis.text.slice(span.start, span.end));
  if (phrase?.[1] !== undefined) {
    const start = span.start + phrase.index + phrase[0].indexOf(phrase[1]);
    const said = list.find((item) => item.start === start);
    if (said)
      return { said, scope: { start: span.start + phrase.index, end: span.start + phrase.index + phrase[0].length }, ofCondition: false };
  }
  return null;
}

/**
 * Whether the translation's span has a word that may restrict, in its language or kept from the
 * source's. Of a restricted condition, the translation's own condition words say the condition
 * only: a proviso or another restricting word must say the "only". Nor do condition words that
 * are as many as the source's own outside the restriction (`sourceConditions`): "If you forget
 * it, you can only recover it with the key" → "Jika Anda lupa, Anda dapat memulihkannya dengan
 * kunci" renders the "if" with its "jika" and lost the "only".
 */
function keptIn(
  analysis: Analysis,
  span: Sentence,
  cues: RestrictionCues | 'zh',
  sourceCues: RestrictionCues | 'zh',
  ofCondition: boolean,
  sourceConditions: number,
  negationsKeep = true,
  ownNegations = 0,
  exceptions = 0,
  obligations = 0,
): boolean {
  // (nor the words that render the source's own "unless" or "except", outside what it restricts:
  // "visible only to you unless you share it" → "对所有人可见，除非您分享", "oleh semua orang
  // kecuali Anda membagikannya")
  // (nor a Chinese "须" that renders the source's own "must" outside what it restricts: "only allowed
  // in the marked area and must be put out by 10 p.m." → "可以在任何区域点燃，且须在晚上10点前熄灭")
  let excepted = 0;
  let obliged = 0;
  const text = analysis.text
    .slice(span.start, span.end)
    .replace(CHINESE_EXCEPTION, (word) => (cues === 'zh' && excepted++ < exceptions ? '' : word))
    .replace(CHINESE_MUST, (word) => (cues === 'zh' && obliged++ < obligations ? '' : word));
  if (cues === 'zh' || sourceCues === 'zh') if (CHINESE_KEPT.test(text) || CHINESE_SAID.test(text)) return true;
  if (cues === 'zh') return false;
  if (ofCondition && cues.provisos?.test(text)) return true;
  if (cues.keptPhrases?.test(text)) return true;
  // (a word of "as long as" before a span of time says how long: "selama 28 hari" is "for 28 days")
  const words = wordsIn(analysis, span).filter(
    (word, k, all) =>
      !(DURATION_WORDS.has(word.lower) && SPAN_AHEAD.test(all[k + 1]?.lower ?? '')) &&
      // (nor the "saja" of "kapan saja", "apa saja", any time and anything)
      !(word.lower === 'saja' && ANY_BEFORE_SAJA.test(all[k - 1]?.lower ?? '')) &&
      // (nor the "tidak" of a relative clause that says a negative word, "produk yang tidak terjual"
      // for "unsold products")
      // (or with a word of aspect between, "sertifikasi yang sudah tidak berlaku", no longer valid)
      !(
        NEGATION_ID.test(word.lower) &&
        (all[k - 1]?.lower === 'yang' || (ASPECT_ID.test(all[k - 1]?.lower ?? '') && all[k - 2]?.lower === 'yang'))
      ) &&
      // (nor a Spanish "menos" of an amount, "se evapora menos agua": "except" only after a word of
      // all or a comma, "todos menos", ", menos")
      !(
        word.lower === 'menos' &&
        analysis.lang.startsWith('es') &&
        !EXCEPT_BEFORE_MENOS.test(all[k - 1]?.lower ?? '') &&
        !commaBefore(analysis, word)
      ) &&
      // (nor one of a concession, which widens: "selalu digunakan, bahkan saat Anda tidak memesan",
      // "immer angezeigt, auch wenn das Schloss nicht verbunden ist" for "only used while you book",
      // "only shown when it is connected")
      !conceded(analysis, all, k) &&
      // (nor a word of condition made one of concession by an "even" before it, which widens: "même
      // si l'adresse ne correspond pas" for "only … whose address matches")
      !(cues.conditions.has(word.lower) && EVEN_BEFORE.test(all[k - 1]?.lower ?? '')) &&
      // (nor a German one in a relative clause, which says a thing of its own: "alle Kontakte …, auch
      // die, die die Eltern nicht freigegeben haben" for "only the contacts that parents approved")
      !(GERMAN_NEGATION.test(word.lower) && analysis.lang.startsWith('de') && inGermanRelativeClause(analysis, word)) &&
      // (nor the French "que" of "quel que soit", whatever, which widens: "affichent tous les livres,
      // quel que soit leur âge" for "only show books suitable for their age")
      !(word.lower === 'que' && analysis.lang.startsWith('fr') && WHATEVER_BEFORE_QUE.test(all[k - 1]?.lower ?? '')) &&
      // (nor a French "seul" right after an infinitive, alone: "peuvent pagayer seuls" for "may only
      // paddle … with an adult"; "seuls les adultes", "un seul", "en lecture seule" keep one)
      !(SEUL.test(word.lower) && analysis.lang.startsWith('fr') && INFINITIVE_FR.test(all[k - 1]?.lower ?? '')) &&
      // (nor the noun "personne", a person, no "nobody": "autorisés par personne", per person)
      !(word.lower === 'personne' && analysis.lang.startsWith('fr') && PERSON_BEFORE_FR.test(all[k - 1]?.lower ?? '')),
  );
  const exception = EXCEPTION_WORDS[baseLanguage(analysis.lang)];
  for (let k = 0, left = exceptions; k < words.length && left > 0; k += 1)
    if (exception?.has((words[k] as Item).lower)) {
      words.splice(k, 1);
      k -= 1;
      left -= 1;
    }
  const conditions = words.filter((word) => cues.kept.has(word.lower) && cues.conditions.has(word.lower)).length;
  const conditionsSaySource = ofCondition || conditions <= sourceConditions;
  // (a negation keeps it beyond those that render the source's own)
  const negationsKeepHere = negationsKeep && words.filter((each) => NEGATIVE_KEPT.has(each.lower)).length > ownNegations;
  return words.some(
    (word) =>
      (cues.kept.has(word.lower) &&
        !(conditionsSaySource && cues.conditions.has(word.lower)) &&
        (analysis.lang.startsWith('en') || !NEGATIVE_KEPT.has(word.lower) || negationsKeepHere)) ||
      cues.keptPrefixes.some((prefix) => word.lower.startsWith(prefix)) ||
      // (a sentence left in the source's language, or its word kept, has its restriction)
      (sourceCues !== 'zh' && sourceCues.said.has(word.lower)),
  );
}

/** English negations, which a translation renders with its own ("do not improve" → "no mejoran"). */
const NEGATION_EN =
  /^(?:not|no|never|none|nobody|nothing|cannot|can't|don't|doesn't|didn't|won't|isn't|aren't|wasn't|weren't|shouldn't|mustn't)$/u;

function negationsIn(analysis: Analysis, span: Sentence): number {
  return analysis.lang.startsWith('en') ? wordsIn(analysis, span).filter((word) => NEGATION_EN.test(word.lower)).length : 0;
}

/** Negations among the words that keep a restriction ("ne … aucun", "ningún", "keine", "tidak"; not English's, "This is a drill; there is no real fire" for "hanya latihan"). */
const NEGATIVE_KEPT: ReadonlySet<string> = new Set([
  'aucun',
  'aucune',
  'personne',
  'no',
  'ningún',
  'ninguna',
  'nadie',
  'kein',
  'keine',
  'keinen',
  'keiner',
  'nicht',
  'niemand',
  'tidak',
  'bukan',
  'tak',
]);

/** French "seul", alone or only. */
const SEUL = /^seule?s?$/u;
/** Words before a French "personne" that make it the noun, a person ("par personne", "une personne"). */
const PERSON_BEFORE_FR = /^(?:par|une|la|chaque|cette|toute|quelle|autre|seule|même)$/u;

/** A French infinitive of the first or second group ("pagayer", "partir"), after which "seul" is "alone". */
const INFINITIVE_FR = /^\p{L}{3,}(?:er|ir)$/u;

/** The French words before a "que" of "whatever": "quel que soit", "quelle que soit". */
const WHATEVER_BEFORE_QUE = /^(?:quel|quelle|quels|quelles)$/u;

/** The Indonesian negations a restriction may be said with ("tidak … kecuali"). */
const NEGATION_ID = /^(?:tidak|tak)$/u;
/** Indonesian words of aspect that may stand between a relative clause's "yang" and its negation. */
const ASPECT_ID = /^(?:sudah|telah|masih|pernah|memang|juga)$/u;
/** The German negations that are kept words ("nicht … wenn" may say an "only"). */
const GERMAN_NEGATION = /^(?:nicht|kein|keine|keinen|keiner)$/u;

/** Words after which a Spanish "menos" is "except" ("todos menos el lunes"). */
const EXCEPT_BEFORE_MENOS = /^(?:todo|todos|toda|todas|cualquiera|siempre|nadie|nada)$/u;

/** Whether a comma stands right before a word. */
function commaBefore(analysis: Analysis, word: Item): boolean {
  return /,[\s\u00a0]*$/u.test(analysis.text.slice(Math.max(0, word.start - 3), word.start));
}

/**
 * Per language, its negations that are kept words, and the words that open a concession ("bahkan
 * saat", "auch wenn", "même si", "aunque"): a negation up to four words after one keeps no restriction.
 */
const CONCEDING: Partial<Record<string, { negation: RegExp; opener: RegExp }>> = {
  id: { negation: NEGATION_ID, opener: /^(?:bahkan|meskipun|walaupun|walau|biarpun|sekalipun|kendati)$/u },
  de: { negation: GERMAN_NEGATION, opener: /^(?:auch|selbst|sogar|obwohl|obgleich|wenngleich)$/u },
  fr: { negation: /^(?:aucun|aucune|personne)$/u, opener: /^(?:même|bien|quoique)$/u },
  es: { negation: /^(?:no|ningún|ninguna|nadie)$/u, opener: /^(?:aunque|incluso|aun|aún)$/u },
};

function conceded(analysis: Analysis, words: readonly Item[], k: number): boolean {
  const conceding = CONCEDING[baseLanguage(analysis.lang)];
  const word = words[k] as Item;
  // (four words before it, or in a German clause, which says its verb last, eight: "auch wenn du
  // „Automatisch löschen“ nicht aktivierst"; never across a comma)
  const reach = baseLanguage(analysis.lang) === 'de' ? 8 : 4;
  return (
    conceding !== undefined &&
    conceding.negation.test(word.lower) &&
    words
      .slice(Math.max(0, k - reach), k)
      .some((before) => conceding.opener.test(before.lower) && !/[,;:]/u.test(analysis.text.slice(before.end, word.start)))
  );
}

/** An "even" that makes the word of condition after it one of concession ("même si", "auch wenn", "aun si", "bahkan jika"). */
const EVEN_BEFORE = /^(?:even|même|aun|incluso|auch|selbst|sogar|bahkan)$/u;

/** Words that add a case to the one before ("also", "juga", "auch", "也"): a clause with one says no "only". */
const ADDITIVE: Partial<Record<string, RegExp>> = {
  en: /(?<![\p{L}])(?:also|too|as well)(?![\p{L}])/iu,
  id: /(?<![\p{L}])(?:juga|pula|pun)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:auch|ebenfalls)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:aussi|également|de même)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:también|igualmente|asimismo)(?![\p{L}])/iu,
  zh: /也|还|都|均|亦|同样/u,
};

/**
 * Whether an "only" stands in the second of two clauses set side by side with a semicolon, each of
 * its own case said the same way ("Card payment is accepted at the machine; cash only at the
 * counter": what it restricts opens with a word of the clause before, "at"), and the translation
 * sets as many clauses side by side, its last adding no case to the one before and saying nothing of
 * all ("洗车机可刷卡付款；现金请到柜台支付"): the pair says the restriction.
 */
function sideBySide(
  source: Analysis,
  target: Analysis,
  sourceSentence: Sentence,
  targetSentence: Sentence,
  restriction: Restriction,
): boolean {
  const semicolons = (text: string) => (text.match(/[;；]/gu) ?? []).length;
  const sourceText = source.text.slice(sourceSentence.start, sourceSentence.end);
  const before = source.text.slice(sourceSentence.start, restriction.said.start);
  if (semicolons(before) === 0 || semicolons(sourceText) !== semicolons(before)) return false;
  const clauseBefore = {
    start: sourceSentence.start,
    end: sourceSentence.start + Math.max(before.lastIndexOf(';'), before.lastIndexOf('；')),
  };
  const [opener] = wordsIn(source, restriction.scope);
  if (!opener || !wordsIn(source, clauseBefore).some((word) => word.lower === opener.lower)) return false;
  const targetText = target.text.slice(targetSentence.start, targetSentence.end);
  if (semicolons(targetText) !== semicolons(sourceText)) return false;
  const lastStart = Math.max(targetText.lastIndexOf(';'), targetText.lastIndexOf('；')) + 1;
  const last = { start: targetSentence.start + lastStart, end: targetSentence.end };
  return !ADDITIVE[baseLanguage(target.lang)]?.test(targetText.slice(lastStart)) && universalIn(target, last) === null;
}

/** Indonesian words after which "saja" says "any", no "only" ("kapan saja", "siapa saja", "di mana saja"). */
const ANY_BEFORE_SAJA = /^(?:kapan|apa|siapa|mana|berapa|bagaimana)$/u;

/** Words that restrict as "as long as" and say a duration before a span of time ("selama 28 hari", "selama beberapa minggu"). */
const DURATION_WORDS: ReadonlySet<string> = new Set(['selama']);
/** What opens a span of time: a figure, or a word that counts ("beberapa", "sebulan", "dua"). */
const SPAN_AHEAD =
  /^(?:\p{N}.*|beberapa|sehari|seminggu|sebulan|setahun|semalam|sejam|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|setengah|berhari-hari|berminggu-minggu|berbulan-bulan|bertahun-tahun)$/u;

/**
 * Words of a source that may be said with an "only" in a translation, beyond those that say a
 * restriction themselves (RestrictionCues.kept): "simply tap" is "cukup ketuk" or "hanya perlu
 * mengetuk", "a single bag" is "nur eine Tasche", "may not … without" is "nur mit", "must be worn
 * with socks" is "dürfen nur mit Socken getragen werden".
 */
const SAID_WITH_ONLY: Partial<Record<string, ReadonlySet<string>>> = {
  en: words(
    // ("must" is one of RestrictionCues.kept already)
    'not|cannot|never|nothing|neither|nor|shall|required|requires|simply|single|one|sole|first|exactly|need|needs|specific|specifically|designated|dedicated|maximum|most',
  ),
};

/** Whether a source's span has a word that a translation may say with an "only" (see SAID_WITH_ONLY). */
function mayBeRestricted(analysis: Analysis, span: Sentence, cues: RestrictionCues, ignored?: ReadonlySet<string>): boolean {
  const extra = SAID_WITH_ONLY[baseLanguage(analysis.lang)];
  const words = wordsIn(analysis, span);
  // ("without" says "only with" where a negation goes before it, "may not … without consent"; not
  // alone: "either party may end it without notice" says nothing of only one)
  const negated = words.some((word) => NEGATING.has(word.lower) || word.lower.endsWith("n't"));
  return words.some(
    (word, k) =>
      !ignored?.has(word.lower) &&
      (word.lower !== 'without' || negated) &&
      // (nor a "but" after a comma that opens a clause of its own, where nothing is negated: "is
      // visible to all residents, but amounts are hidden" → "hanya dapat dilihat oleh pengurus";
      // "not for sale, but for rent" is "only for rent")
      !(word.lower === 'but' && !negated && /,[\s\u00a0]*$/u.test(analysis.text.slice(Math.max(0, word.start - 3), word.start))) &&
      // (a "no" of a price says nothing restricted: "every day at no extra cost" → "solo los lunes")
      !(word.lower === 'no' && NO_PRICE.test(words[k + 1]?.lower ?? '')) &&
      (cues.said.has(word.lower) ||
        cues.kept.has(word.lower) ||
        // ("one week's notice" is a span of time, no one thing; "after the first year" a time, no
        // first one of things)
        // (nor "the first six months", the first of a span counted: "after the first six months")
        (extra?.has(word.lower) &&
          !((word.lower === 'one' || word.lower === 'first') && SPAN_UNIT.test(words[k + 1]?.lower ?? '')) &&
          !(word.lower === 'first' && COUNTED.test(words[k + 1]?.lower ?? '') && SPAN_UNIT.test(words[k + 2]?.lower ?? ''))) ||
        word.lower.endsWith("n't") ||
        cues.keptPrefixes.some((prefix) => word.lower.startsWith(prefix))),
  );
}

/**
 * Words of obligation, which a translation may say with an "only" ("must be worn with socks" →
 * "dürfen nur mit Socken"), but not of "either party", whose obligation binds both: "Either party
 * must give notice" → "Solo la empresa deberá avisar" left one out.
 */
const OBLIGING = words('must|shall|required|requires|need|needs');
/** What a "no" before it makes a price of none ("at no extra cost", "no charge"). */
const NO_PRICE = /^(?:extra|additional|charge|charges|cost|costs|fee|fees)$/u;
/** Words that negate what follows, before a "without" that then says "only with". */
const NEGATING = words('not|no|never|cannot|nobody|none|nothing');
const EITHER_PARTY = /^(?:party|parties|side|spouse|partner|person)$/u;

/** Of words, the one nearest a place in the text, or null. */
function nearest(words: readonly Item[], at: number): Item | null {
  let best: Item | null = null;
  for (const word of words) if (!best || Math.abs(word.start - at) < Math.abs(best.start - at)) best = word;
  return best;
}

/** A count before a unit of time ("six", "12"). */
const COUNTED = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)$/u;
/** Units of a span of time, after "one": "one week's notice". */
const SPAN_UNIT = /^(?:second|minute|hour|day|week|month|year)s?(?:['’]s?)?$/u;

/** Words that join two things ("online and in stores", "by phone or through the app", "online maupun di toko"). */
const AND: Partial<Record<string, ReadonlySet<string>>> = {
  en: words('and|or'),
  id: words('dan|maupun|serta|atau'),
  de: words('und|sowie|oder'),
  fr: words('et|ou'),
  es: words('y|e|o|u'),
};

/** Chinese words and marks that join two things ("和", "或", "、"). */
const CHINESE_AND = /[和或及与、]|还是|以及/u;

/** Whether a translation's sentence joins fewer things than its source's: fewer words of "and" or "or" (Chinese: none, by its characters). */
function joinsFewer(
  source: Analysis,
  sourceSentence: Sentence,
  joined: ReadonlySet<string>,
  target: Analysis,
  targetSentence: Sentence,
  joining: ReadonlySet<string> | undefined,
): boolean {
  if (target.unspaced) return !CHINESE_AND.test(target.text.slice(targetSentence.start, targetSentence.end));
  if (joining === undefined) return false;
  // (fewer than the source's: "is free of charge and works on Android and iOS" → "ist
  // kostenpflichtig und funktioniert nur unter Android" joins one thing less)
  const count = (analysis: Analysis, span: Sentence, words: ReadonlySet<string>) =>
    wordsIn(analysis, span).filter((word) => words.has(word.lower)).length;
  return count(target, targetSentence, joining) < count(source, sourceSentence, joined);
}

/** Words that say a statement holds of all or of either ("either party", "all members", "any day"). */
/**
 * The clause of a target sentence that renders the source's clause holding a word, where both
 * sentences are clauses joined by semicolons, as many on each side; else the whole sentence.
 */
function clauseOf(source: Analysis, sourceSentence: Sentence, target: Analysis, targetSentence: Sentence, at: number): Sentence {
  const pieces = (text: string, span: Sentence): Sentence[] => {
    const out: Sentence[] = [];
    let start = span.start;
    for (const match of text.slice(span.start, span.end).matchAll(/[;；]/gu)) {
      out.push({ start, end: span.start + match.index });
      start = span.start + match.index + 1;
    }
    out.push({ start, end: span.end });
    return out;
  };
  const sourceClauses = pieces(source.text, sourceSentence);
  const targetClauses = pieces(target.text, targetSentence);
  if (sourceClauses.length < 2 || sourceClauses.length !== targetClauses.length) return targetSentence;
  const k = sourceClauses.findIndex((clause) => clause.start <= at && at < clause.end);
  return k >= 0 ? (targetClauses[k] as Sentence) : targetSentence;
}

/** The words of "always", by language (a restricted condition made to hold every time). */
const ALWAYS: Partial<Record<string, RegExp>> = {
  en: /(?<![\p{L}])always(?![\p{L}])/giu,
  id: /(?<![\p{L}])(?:selalu|senantiasa)(?![\p{L}])/giu,
  de: /(?<![\p{L}])immer(?![\p{L}])/giu,
  fr: /(?<![\p{L}])toujours(?![\p{L}])/giu,
  es: /(?<![\p{L}])siempre(?![\p{L}])/giu,
  zh: /总是|始终|一律|总要/gu,
};

/** The words of "also", by language (what an "only" becomes when a translation widens it). */
const ALSO: Partial<Record<string, RegExp>> = {
  en: /(?<![\p{L}])(?:also|too|as well)(?![\p{L}])/giu,
  id: /(?<![\p{L}])juga(?![\p{L}])/giu,
  de: /(?<![\p{L}])auch(?![\p{L}])/giu,
  fr: /(?<![\p{L}])aussi(?![\p{L}])/giu,
  es: /(?<![\p{L}])también(?![\p{L}])/giu,
};

/**
 * The translation's "also" nearest to the words that render what the source restricts, with those
 * words where they follow it closely ("auch importierte Waren" for "Only regional produce").
 */
function alsoBefore(
  target: Analysis,
  alsos: ReadonlyArray<{ start: number; end: number }>,
  located: { start: number; end: number } | null,
): { start: number; end: number } | undefined {
  if (alsos.length === 0) return undefined;
  if (!located) return alsos[0];
  // (none where those words hold it already: "auch ohne Rettungsschwimmer")
  if (alsos.some((also) => also.start >= located.start && also.end <= located.end)) return undefined;
  const also = alsos.reduce((best, cue) => (Math.abs(cue.start - located.start) < Math.abs(best.start - located.start) ? cue : best));
  return located.start >= also.end && wordsBetween(target, also.end, located.start) <= 2 ? { start: also.start, end: located.end } : also;
}

/** A table's words in the target sentence, where the source sentence has none of its own language's. */
function saidOnlyByTarget(
  table: Partial<Record<string, RegExp>>,
  context: RuleContext,
  sourceSentence: Sentence,
  targetSentence: Sentence,
): Array<{ start: number; end: number; text: string }> {
  const own = table[baseLanguage(context.sourceLang)];
  const words = table[baseLanguage(context.targetLang)];
  if (!context.source || !words || !own || context.source.text.slice(sourceSentence.start, sourceSentence.end).search(own) >= 0) return [];
  return [...context.target.text.slice(targetSentence.start, targetSentence.end).matchAll(words)].map((match) => ({
    start: targetSentence.start + match.index,
    end: targetSentence.start + match.index + match[0].length,
    text: match[0],
  }));
}

const UNIVERSAL: Partial<Record<string, ReadonlySet<string>>> = {
  // (and "always": "Always read the label, even on products you know" → "hanya pada produk baru")
  // (and "whenever": "whenever you need it" → "nur morgens"; and "even", which takes in: "even when
  // the app is closed" → "hanya saat aplikasi dibuka", "Even small bites" → "Seules les grandes")
  // (and anywhere: "can be extended from anywhere" → "nur am Auto")
  en: words(
    'either|both|all|any|every|each|everyone|everybody|anyone|anybody|everything|anything|whole|entire|always|whenever|even|anywhere|everywhere|anytime',
  ),
};

/**
 * A restriction added: the source says something of all or of either ("Either party may
 * terminate") and the translation's sentence restricts it ("Nur der Mieter kann …"), where the
 * source's, and the sentences beside it, have no word that restricts, negates or counts one. The
 * source's word of all or either and the translation's restricting word, or null. (Not where the
 * source says no "all": "For external use" is "Nur zur äußerlichen Anwendung", a restriction the
 * source means without saying it.)
 */
function addedIn(
  source: Analysis,
  target: Analysis,
  [sourceSentence, sourceNear]: readonly [Sentence, Sentence],
  targetSentence: Sentence,
  sourceCues: RestrictionCues,
  targetCues: RestrictionCues | 'zh',
): { said: Item; only: Item } | null {
  const universal = UNIVERSAL[baseLanguage(source.lang)];
  const words = wordsIn(source, sourceSentence);
  // (or two things joined by "and" where the translation joins nothing: "online and in stores" →
  // "hanya secara online")
  const joined = AND[baseLanguage(source.lang)];
  const joining = AND[baseLanguage(target.lang)];
  // (not in an idiom: "after all", "at all", "above all" say no "all")
  const said = universal
    ? (words.find(
        (word, k) => universal.has(word.lower) && !(word.lower === 'all' && /^(?:after|at|above)$/u.test(words[k - 1]?.lower ?? '')),
      ) ??
      (joined && joinsFewer(source, sourceSentence, joined, target, targetSentence, joining)
        ? words.find((word) => joined.has(word.lower))
        : undefined) ??
      // (or one thing "as well as" another, both: "sent by WhatsApp as well as by email" → "hanya dapat dikirim melalui WhatsApp")
      words.find((word, k) => word.lower === 'well' && words[k - 1]?.lower === 'as' && words[k + 1]?.lower === 'as') ??
      // (or "as often as" one likes or needs, any number of times: "can be used as often as needed" →
      // "hanya dapat digunakan sekali sehari")
      words.find((word, k) => word.lower === 'often' && words[k - 1]?.lower === 'as' && words[k + 1]?.lower === 'as') ??
      // (and "as many … as you like", any number: "sign up for as many activities as you like" → "Solo
      // puedes apuntarte a una actividad"; not "as many as 10", a bound)
      words.find(
        (word, k) =>
          (word.lower === 'many' || word.lower === 'much') &&
          words[k - 1]?.lower === 'as' &&
          words.slice(k + 2, k + 4).some((next) => next.lower === 'as') &&
          !/^[\s\u00a0]+(?:as[\s\u00a0]+)?\p{N}/u.test(source.text.slice(word.end, word.end + 8)),
      ))
    : undefined;
  if (!said) return null;
  // (of sentences with as many clauses after semicolons, the clause of the source's word and the
  // translation's of the same rank: "can be used as often as needed; they do not contain steroids"
  // → "hanya dapat digunakan sekali sehari; …" has its "not" in another clause)
  const ranked = sameRankedClauses(source, target, sourceSentence, targetSentence, said);
  const restriction = restrictionIn(target, ranked?.target ?? targetSentence, targetCues);
  const next = words[words.indexOf(said) + 1];
  const eitherParty = said.lower === 'either' && next !== undefined && EITHER_PARTY.test(next.lower);
  // (nor an obligation beside two things joined, which binds both: "must keep data confidential
  // during and after the internship" → "wajib menjaga … hanya selama magang" left one out)
  const bothJoined = joined?.has(said.lower) === true || said.lower === 'well';
  // (nor beside "whenever", every time a thing happens, which no "only" of a time says: "must be
  // locked whenever it is left unattended" → "muss nur nachts abgeschlossen werden")
  const everyTime = said.lower === 'whenever';
  if (
    !restriction ||
    mayBeRestricted(source, ranked?.source ?? sourceNear, sourceCues, eitherParty || bothJoined || everyTime ? OBLIGING : undefined)
  )
    return null;
  return { said, only: restriction.said };
}

/** The spans of a sentence's clauses between semicolons. */
/** The Chinese words that close a clause of time after or before ("感染后", "出发之前"), not "然后", "最后", "目前", "提前". */
const CHINESE_TIME_CLOSES: Readonly<Record<string, RegExp>> = {
  after: /(?<![然最随])(?:之后|以后|后)(?![来果面续])/gu,
  before: /(?<![目当提眼])(?:之前|以前|前)(?![往台面])/gu,
};

/**
 * Of an English "only" of time, "only after repeated infections", the Chinese clause of time that
 * renders what it restricts, from its clause's start to the one word that closes it ("第一次感染后"):
 * the "only" belongs there ("…后才").
 */
function chineseClauseOfTime(source: Analysis, target: Analysis, scope: Sentence, targetSentence: Sentence): Sentence | null {
  const [opener] = wordsIn(source, scope);
  const closes = opener ? CHINESE_TIME_CLOSES[opener.lower] : undefined;
  if (!closes) return null;
  const sentence = target.text.slice(targetSentence.start, targetSentence.end);
  const found = [...sentence.matchAll(closes)];
  const [close] = found;
  if (found.length !== 1 || !close) return null;
  const from = Math.max(...[...sentence.slice(0, close.index).matchAll(/[，,；;：:]/gu)].map((mark) => mark.index + 1), 0);
  const clause = sentence.slice(from, close.index + close[0].length);
  const lead = clause.length - clause.trimStart().length;
  return clause.trim().length > close[0].length
    ? { start: targetSentence.start + from + lead, end: targetSentence.start + close.index + close[0].length }
    : null;
}

function semicolonClauses(text: string, span: Sentence): Sentence[] {
  const out: Sentence[] = [];
  let start = span.start;
  for (let at = text.indexOf(';', span.start); at >= 0 && at < span.end; at = text.indexOf(';', at + 1)) {
    out.push({ start, end: at });
    start = at + 1;
  }
  out.push({ start, end: span.end });
  return out;
}

/** The source's clause of a word and the translation's clause of the same rank, where both sentences have as many (two or more) between semicolons. */
function sameRankedClauses(
  source: Analysis,
  target: Analysis,
  sourceSentence: Sentence,
  targetSentence: Sentence,
  word: Item,
): { source: Sentence; target: Sentence } | null {
  const said = semicolonClauses(source.text, sourceSentence);
  const found = semicolonClauses(target.text, targetSentence);
  if (said.length < 2 || said.length !== found.length) return null;
  const rank = said.findIndex((clause) => clause.start <= word.start && word.end <= clause.end);
  return rank < 0 ? null : { source: said[rank] as Sentence, target: found[rank] as Sentence };
}

export const restrictionRule: Rule = {
  name: 'restriction',
  ids: ['restriction.dropped', 'restriction.added'],
  check(context: RuleContext): Finding[] {
    const { source, target } = context;
    if (!source || target.text.trim() === '') return [];
    const sourceCues = cuesOf(context.sourceLang);
    const targetCues = cuesOf(context.targetLang);
    if (!sourceCues || !targetCues) return [];
    // (into Chinese too, by its characters: "Either party may terminate" → "只有用人单位可…")
    const added =
      sourceCues !== 'zh' &&
      UNIVERSAL[baseLanguage(context.sourceLang)] !== undefined &&
      (targetCues === 'zh'
        ? CHINESE_SAID.test(target.text)
        : target.items.some((item) => targetCues.said.has(item.lower)) || Boolean(targetCues.saidPhrases?.test(target.text)));
    // (most paragraphs restrict nothing: nothing to compare)
    if (!added && (sourceCues === 'zh' ? !CHINESE_SAID.test(source.text) : !source.items.some((item) => sourceCues.said.has(item.lower))))
      return [];
    const { source: sourceSentences, target: targetSentences } = pairedSentences(source.text, target.text);
    const out: Finding[] = [];
    sourceSentences.forEach((sourceSentence, k) => {
      const targetSentence = targetSentences[k] as Sentence;
      if (added) {
        const sourceNear = { start: (sourceSentences[k - 1] ?? sourceSentence).start, end: (sourceSentences[k + 1] ?? sourceSentence).end };
        const restricted = addedIn(source, target, [sourceSentence, sourceNear], targetSentence, sourceCues, targetCues);
        if (restricted) {
          // (on the translation's "only", with the source's "either" or "all" it narrows)
          const { said, only } = restricted;
          out.push(
            finding(context, 'restriction.added', 'major', only.start, only.end, {
              source: spanOf(source.text, said.start, said.end),
              params: { found: only.text },
            }),
          );
        }
      }
      const restriction = restrictionIn(source, sourceSentence, sourceCues);
      if (!restriction) return;
      // (an "only" that ends a compound, "women-only day", is one word of a language that compounds:
      // "Damentag")
      if (COMPOUNDING.has(baseLanguage(context.targetLang)) && /[-‐]$/u.test(source.text.slice(0, restriction.said.start))) return;
      // (sentences paired by their order may be one off where the translation split or joined
      // one: a restriction in the sentence before or after counts)
      const near = { start: (targetSentences[k - 1] ?? targetSentence).start, end: (targetSentences[k + 1] ?? targetSentence).end };
      // (the source's own conditions around it, outside what it restricts)
      const sourceNear = { start: (sourceSentences[k - 1] ?? sourceSentence).start, end: (sourceSentences[k + 1] ?? sourceSentence).end };
      const sourceConditions =
        sourceCues === 'zh'
          ? 0
          : wordsIn(source, sourceNear).filter(
              (word) => sourceCues.conditions.has(word.lower) && (word.start < restriction.scope.start || word.end > restriction.scope.end),
            ).length;
      // (a sentence beside it counts where its own source says nothing a translation may keep as
      // one: "Only the technician may operate it. The Customer must not connect … without
      // permission" → "Teknisi boleh …. Pelanggan boleh … tanpa izin" keeps no "only" in its "tanpa")
      // (and never by a negation of its own there, which says that sentence's thing: "… à tous ; le
      // livreur ne demande aucune pièce d'identité")
      // (and its own words of exception there: "only to you unless you share it")
      const sourceExceptions =
        sourceCues === 'zh'
          ? 0
          : wordsIn(source, sourceNear).filter(
              (word) => EXCEPTION_WORDS.en?.has(word.lower) && (word.start < restriction.scope.start || word.end > restriction.scope.end),
            ).length;
      const sourceObligations =
        sourceCues === 'zh'
          ? 0
          : wordsIn(source, sourceSentence).filter(
              (word, k, all) =>
                (MUST_EN.test(word.lower) || (MUST_BEFORE_TO_EN.test(word.lower) && all[k + 1]?.lower === 'to')) &&
                (word.start < restriction.scope.start || word.end > restriction.scope.end),
            ).length;
      const keptBeside = (j: number) =>
        targetSentences[j] !== undefined &&
        keptIn(target, targetSentences[j], targetCues, sourceCues, restriction.ofCondition, sourceConditions, false) &&
        !(sourceCues !== 'zh' && mayBeRestricted(source, sourceSentences[j] as Sentence, sourceCues));
      // (in the clause that renders the source's, where the translation's own "only" stands in another
      // one: "You can practise offline; a connection is only needed to download updates" → "nur online
      // üben; … auch zum Herunterladen")
      const clause = clauseOf(source, sourceSentence, target, targetSentence, restriction.said.start);
      const saidElsewhere =
        targetCues !== 'zh' &&
        wordsIn(target, targetSentence).some(
          (word) => targetCues.said.has(word.lower) && (word.end <= clause.start || word.start >= clause.end),
        );
      const kept =
        sourceCues === 'zh'
          ? keptIn(
              target,
              near,
              targetCues,
              sourceCues,
              restriction.ofCondition,
              sourceConditions,
              true,
              0,
              sourceExceptions,
              sourceObligations,
            )
          : // (a negation keeps it only in the clause that renders it: "livré à tous ; le livreur ne
            // demande aucune pièce d'identité" keeps nothing)
            keptIn(
              target,
              saidElsewhere ? clause : targetSentence,
              targetCues,
              sourceCues,
              restriction.ofCondition,
              sourceConditions,
              false,
              0,
              sourceExceptions,
              sourceObligations,
            ) ||
            // (a negation of the translation keeps it, not one that renders the source's own: "only
            // needed if the symptoms are severe or do not improve" → "siempre … o no mejoran")
            keptIn(
              target,
              clause,
              targetCues,
              sourceCues,
              restriction.ofCondition,
              sourceConditions,
              true,
              negationsIn(source, sourceSentence),
              sourceExceptions,
              sourceObligations,
            ) ||
            keptBeside(k - 1) ||
            keptBeside(k + 1);
      if (kept) return;
      if (sideBySide(source, target, sourceSentence, targetSentence, restriction)) return;
      // on the translation's "all" or "any" (where a machine translation usually puts what the
      // source restricts: "Alle Personen", "tanggal … mana pun", "cualquier adulto"), else on its
      // "also" where the source says none ("is only needed to download updates" → "wird auch zum
      // Herunterladen … benötigt"), else on the words that render what the source restricts, else on
      // the sentence
      const located = locateInTarget(source, target, restriction.scope.start, restriction.scope.end);
      // (of a restricted condition, on the translation's word of condition and the word before it,
      // between which its "only" belongs: "are estimated only if our staff cannot" → "diperkirakan
      // jika", "will only take place if" → "findet statt, wenn")
      const sentenceWords = wordsIn(target, targetSentence);
      const condition =
        restriction.ofCondition && targetCues !== 'zh'
          ? nearest(
              sentenceWords.filter((word) => targetCues.conditions.has(word.lower)),
              located?.start ?? targetSentence.start,
            )
          : null;
      const before = condition ? sentenceWords[sentenceWords.indexOf(condition) - 1] : undefined;
      // (with the words that render what it restricts, where they touch it or follow it closely:
      // "dipasang jika Anda mengeklik")
      const start = (before ?? condition)?.start ?? 0;
      const touching =
        condition !== null &&
        located !== null &&
        located.start >= targetSentence.start &&
        located.end <= targetSentence.end &&
        located.end > start &&
        wordsBetween(target, condition.end, located.start) <= 3;
      const conditioned =
        (condition && {
          start: touching && located ? Math.min(start, located.start) : start,
          end: touching && located ? Math.max(condition.end, located.end) : condition.end,
        }) ||
        (targetCues === 'zh' ? chineseClauseOfTime(source, target, restriction.scope, targetSentence) : null);
      // (past those the source says itself: "Check all family members, but only treat those who…"
      // → "Untersuchen Sie alle … und behandeln Sie alle", on the second)
      // (each of the source's landing where the landmarks put it; "each floor" → "setiap lantai" is its own)
      // (and first the translation's "always" of a restricted condition, where the source says none:
      // "is only needed if the problem keeps coming back" → "seluruh kuku selalu diperlukan jika")
      // (of clauses between semicolons, those of the clause that renders the source's: "never shown;
      // only your neighbourhood is visible" → "immer angezeigt; sichtbar ist auch Ihr Stadtviertel",
      // on the second's "auch")
      const ofClause = (cue: { start: number; end: number }) =>
        (clause.start === targetSentence.start && clause.end === targetSentence.end) ||
        (cue.start >= clause.start && cue.end <= clause.end);
      const universals = [
        ...(restriction.ofCondition ? saidOnlyByTarget(ALWAYS, context, sourceSentence, targetSentence) : []),
        ...universalsIn(target, targetSentence),
      ].filter(ofClause);
      const ownUniversals = universalsIn(source, sourceSentence);
      // (none, where the source says as many itself: "Backup codes can each be used only once" →
      // "masing-masing … berkali-kali", whose "masing-masing" is the source's "each")
      const rest = ownUniversals.length >= universals.length ? [] : [...universals];
      for (const own of ownUniversals) {
        const landed = rest.length > 1 ? locateInTarget(source, target, own.start, own.end) : null;
        if (!landed) continue;
        const nearest = rest.reduce((best, cue) => (Math.abs(cue.start - landed.start) < Math.abs(best.start - landed.start) ? cue : best));
        rest.splice(rest.indexOf(nearest), 1);
      }
      const place =
        rest[0] ??
        (ownUniversals.length >= universals.length ? undefined : universals[0]) ??
        alsoBefore(target, saidOnlyByTarget(ALSO, context, sourceSentence, targetSentence), located) ??
        conditioned ??
        located;
      const inSentence = place && place.start >= targetSentence.start && place.end <= targetSentence.end && place.end > place.start;
      const trimmed = target.text.slice(targetSentence.start, targetSentence.end);
      // (and with what the translation joined to those words, where the source joins nothing there)
      const joined = JOINED_AFTER[baseLanguage(context.targetLang)];
      const joinsItself = JOINING[baseLanguage(context.sourceLang)]?.test(
        source.text.slice(Math.min(restriction.said.start, restriction.scope.start), Math.max(restriction.said.end, restriction.scope.end)),
      );
      const joinedAfter =
        joined &&
        place === located &&
        inSentence &&
        !joinsItself &&
        !joinsAfter(baseLanguage(context.sourceLang), source.text.slice(restriction.scope.end))
          ? joined.exec(target.text.slice(place.end, targetSentence.end))
          : null;
      const at = inSentence
        ? { start: place.start, end: place.end + (joinedAfter?.[0].trimEnd().length ?? 0) }
        : {
            start: targetSentence.start + (trimmed.length - trimmed.trimStart().length),
            end: targetSentence.start + trimmed.trimEnd().length,
          };
      // the source's restriction with the words it restricts, in their order
      const said = spanOf(
        source.text,
        Math.min(restriction.said.start, restriction.scope.start),
        Math.max(restriction.said.end, restriction.scope.end),
      );
      out.push(finding(context, 'restriction.dropped', 'major', at.start, at.end, { source: said, params: { source: said.text } }));
    });
    return out;
  },
};

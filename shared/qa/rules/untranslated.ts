/**
 * Untranslated: a word of the source left as it was in the target, when it is neither a name nor
 * a word the target language has borrowed. Sharing a word proves little by itself ("data",
 * "global", "investor" are Indonesian too), so the word must also look foreign to the target
 * language: spelled in a way its orthography does not use (for Indonesian: "th", "ck", "ou",
 * doubled consonants, endings like "-ing" or a silent "e"), written in another script (Latin in
 * Chinese), or a function word of the source ("the", "and") that the target does not have.
 */
import { baseLanguage, finding, spanOf, type Rule, type RuleContext } from '../context';
import { nameKey } from '../names';
import { insideLiteral } from '../../text/literals';
import type { Analysis, Item } from '../analyze';
import type { Finding } from '../types';

/** Loanwords established in the target language although spelled the foreign way. */
const LOANWORDS: Record<string, ReadonlySet<string>> = {
  id: new Set([
    // (and a seller's or an app's rating, which Indonesian writes as English does)
    'rating',
    // (and a guitar's or a network's bridge: "pasak penyetem atau bridge")
    'bridge',
    'chip',
    'online',
    'offline',
    'email',
    'e-mail',
    'website',
    'software',
    'hardware',
    'startup',
    'smartphone',
    'gadget',
    'blog',
    'vlog',
    'podcast',
    'streaming',
    'update',
    'upgrade',
    'download',
    'upload',
    'browser',
    'cloud',
    'server',
    'router',
    'link',
    'login',
    'password',
    'feedback',
    'marketing',
    'branding',
    'shopping',
    'fashion',
    'show',
    // ("siaran live", "endpoint live": said so in Indonesian)
    'live',
    // berries Indonesian names the English way ("jus cranberry")
    'cranberry',
    'blueberry',
    'raspberry',
    'film',
    'rock',
    'jazz',
    'pop',
    'check',
    'checklist',
    'deadline',
    'meeting',
    'bug',
    'chat',
    'like',
    'share',
    'follower',
    'influencer',
    'youtuber',
    'gamer',
    'esports',
    // software words Indonesian writes as English does
    'crash',
    'error',
    'install',
    'backup',
    'cache',
    'cookie',
    'cookies',
    'plugin',
    'widget',
    'dashboard',
    'username',
    'folder',
    'scroll',
    'thread',
    'thumbnail',
    'screenshot',
    'touchscreen',
    'refresh',
    'bookmark',
    'setting',
    'reset',
    'restart',
    'reboot',
    'offline',
    'chatbot',
    'sharing',
    'hashtag',
    'feed',
    'troubleshooting',
    // developers' words, kept in Indonesian documentation and changelogs
    'webhook',
    'webhooks',
    'sandbox',
    'checkout',
    'payload',
    'timeout',
    'toolbar',
    'inbox',
    'hotfix',
    'rollback',
    'deployment',
    'staging',
    'debugging',
    'keyboard',
    'spreadsheet',
    'onboarding',
    'string',
    'array',
    'input',
    'output',
    'default',
    'driver',
    'database',
    'framework',
    'query',
    'script',
    // a diet as Indonesian names it ("diet khusus", "diet rendah garam")
    'diet',
    // building work, as Indonesian builders name it ("paving blok", "jalan paving")
    'paving',
    // paper and photo finishes, as Indonesian print shops name them ("kertas matte", "cetak glossy")
    'matte',
    'glossy',
    // shops, travel and work: words Indonesian notices and receipts write as English does
    'voucher',
    'cashback',
    'refund',
    'booking',
    'boarding',
    'check-in',
    'check-out',
    'reschedule',
    'top-up',
    'hotline',
    'e-commerce',
    'marketplace',
    'reseller',
    'laptop',
    'charger',
    'earphone',
    'headset',
    'wifi',
    'wi-fi',
    'smartwatch',
    'part-time',
    'full-time',
    'freelance',
    // (a shop's or a factory's working turn: "akhir setiap shift")
    'shift',
    'overtime',
    'weekend',
    'lounge',
    'shuttle',
    'roaming',
    'prepaid',
    'postpaid',
    'hotspot',
    // kitchens: what Indonesian recipes write as English does
    'baking',
    'powder',
    'soda',
    'icing',
    'topping',
    'frosting',
    'whipped',
    'cream',
    'cheese',
    'muffin',
    'brownies',
    'pancake',
    'mixer',
    'blender',
    'chef',
    'dessert',
    'snack',
    // services Indonesian signs name in English ("laundry kiloan")
    'laundry',
    // kitchen appliances, as Indonesian manuals and shops name them
    'freezer',
    'microwave',
    'dispenser',
    'toaster',
    'cooker',
    // sound and its devices, as Indonesian manuals and shops name them
    'equalizer',
    'subwoofer',
    'soundbar',
    'headphone',
    'headphones',
    'earbuds',
    'playlist',
    'amplifier',
    // sound recording as Indonesian studios name it ("biaya mixing", "mixing dan mastering")
    'mixing',
    'mastering',
    // sports and games Indonesian names the English way ("arena bowling", "jogging pagi")
    'bowling',
    'jogging',
    'snorkeling',
    'surfing',
    'skateboard',
    'paintball',
    // pets and their care ("batuk kennel" is Indonesian's kennel cough)
    'kennel',
    'grooming',
    'groomer',
    'petshop',
    'daycare',
    // clothes and looks for an event, as Indonesian boutiques and rental shops name them ("jadwal
    // fitting", "jasa makeup")
    'fitting',
    'makeup',
    'outfit',
    'photoshoot',
    // diseases Indonesian names by their Latin names, as English does ("vaksin rabies", "rubella")
    'rabies',
    'scabies',
    'rubella',
    'varicella',
    'pertussis',
  ]),
};
LOANWORDS.ms = LOANWORDS.id as ReadonlySet<string>;
// words Chinese writes in Latin letters as English does ("手机App", "连接Wi-Fi", "VIP会员")
LOANWORDS.zh = new Set(['app', 'apps', 'wifi', 'wi-fi', 'vip', 'ok', 'pdf', 'logo', 'email', 'e-mail', 'bug', 'ppt']);

/** Loans of two words, established though spelled the foreign way (each word alone is not one). */
const LOAN_PHRASES: Record<string, ReadonlySet<string>> = {
  id: new Set([
    'early bird',
    'boarding pass',
    'happy hour',
    'check in',
    'check out',
    'walk in',
    'drive thru',
    'coffee break',
    'open house',
    'live streaming',
    'flash sale',
    'cash back',
    'self service',
    'best seller',
    'customer service',
    'call center',
    'fast track',
    'work from home',
    // (and event hire: "sewa sound system")
    'sound system',
    // personal care, as Indonesian packs and leaflets name it ("cotton bud", "hand sanitizer")
    'cotton bud',
    'hand sanitizer',
    'body lotion',
    'hair dryer',
  ]),
};
LOAN_PHRASES.ms = LOAN_PHRASES.id as ReadonlySet<string>;

/** Whether items[index] is a word of a loan phrase of the target language, with the word before or after it. */
function inLoanPhrase(items: readonly Item[], index: number, targetLang: string): boolean {
  const phrases = LOAN_PHRASES[baseLanguage(targetLang)];
  if (!phrases) return false;
  // the next or previous word, across a glued hyphen
  const neighbour = (step: 1 | -1): Item | undefined => {
    const next = items[index + step];
    if (next?.kind === 'word') return next;
    const after = items[index + 2 * step];
    return next?.text === '-' && after?.kind === 'word' ? after : undefined;
  };
  const item = items[index] as Item;
  const before = neighbour(-1);
  const after = neighbour(1);
  return (
    (after !== undefined && phrases.has(`${item.lower} ${after.lower}`)) ||
    (before !== undefined && phrases.has(`${before.lower} ${item.lower}`))
  );
}

/** Whether a word is a unit's symbol after a figure: one of a compound ("mmol/L", "km/h") or in mixed case ("mmHg"). */
function unitSymbol(text: string, item: Item): boolean {
  if (!/\p{N}[\s\u00a0]?$/u.test(text.slice(Math.max(0, item.start - 2), item.start))) return false;
  return /^\/\p{L}{1,3}(?!\p{L})/u.test(text.slice(item.end, item.end + 5)) || /^\p{Ll}+\p{Lu}\p{Ll}*$/u.test(item.text);
}

const CAPITALISED_RE = /^\p{Lu}/u;

/**
 * Stems of International Nonproprietary Names, the WHO's names of medicines (meloxicam, losartan,
 * amoxicillin, omeprazole): a drug's name is a name in every language, kept or respelled.
 */
const DRUG_NAME_RE =
  /(?:icam|pril|sartan|olol|azole|mycin|micin|cillin|silin|statin|ciclovir|vir|mab|tinib|dipine|floxacin|oxacin|cycline|siklin|profen|azepam|olone|olon|tidine|tidin|prazole|prazol|gliptin|gliflozin|parin|lukast|setron|triptan|oxetine|oksetin|afil|dronate|dronat|conazole|konazol|amol|formin)$/u;

/** The plural categories (CLDR's) an ICU message names its branches by. */
const ICU_SELECTOR_RE = /^(?:zero|one|two|few|many|other)$/u;

/**
 * Whether items[index] is a word of a run of two or more capitalised words that the source has
 * as they stand, in a target whose other words are mostly not the source's: a name kept, not a
 * sentence left untranslated ("Getting Started" copied whole is still reported).
 */
function inCopiedName(items: readonly Item[], index: number, source: Analysis): boolean {
  const item = items[index] as Item;
  if (!CAPITALISED_RE.test(item.text)) return false;
  let first = index;
  let last = index;
  const capitalisedWord = (at: number) => items[at]?.kind === 'word' && CAPITALISED_RE.test((items[at] as Item).text);
  while (capitalisedWord(first - 1)) first -= 1;
  while (capitalisedWord(last + 1)) last += 1;
  // (a single word too, a product's or a firm's name as the source writes it, capitals and all:
  // "Streamly memungkinkan Anda …", "Ketentuan Layanan Streamly"; in a sentence translated around it)
  let single = first === last;
  let run = items
    .slice(first, last + 1)
    .map((word) => word.text)
    .join(' ');
  // (the word alone where the run of capitals around it is the translation's: "Ketentuan Layanan Streamly")
  if (!source.text.includes(run) && !single) {
    [first, last, run, single] = [index, index, item.text, true];
  }
  if (!source.text.includes(run)) return false;
  // (a single word, not a part of a compound: "Touch-up" kept for "Touch-ups" is a word left as it was)
  const glued = (at: number) => items[at]?.text === '-' && !(items[at] as Item).spaceBefore;
  if (single && (glued(index + 1) || glued(index - 1))) return false;
  // the rest of the sentence translated: most of the target's other words (figures aside) are not in the source
  const sourceWords = wordsOf(source);
  let others = 0;
  let kept = 0;
  items.forEach((other, k) => {
    if (other.kind !== 'word' || (k >= first && k <= last) || /\p{N}/u.test(other.text)) return;
    others += 1;
    if (sourceWords.has(other.text)) kept += 1;
  });
  // (a single word at the start of a sentence needs a sentence around it to tell; capitalised
  // inside one, it is a name by its capital)
  return others >= (single && item.isSentenceStart ? 2 : 1) && kept * 2 < others;
}

/** A version right after a word ("3.0", "v10.2.1"). */
const VERSION_AFTER_RE = /^[ \u00a0]+(v?\d+(?:\.\d+)+)(?![\p{L}\p{N}])/u;

/** Whether a span is a name with a version after it, as the source has the name with one ("tilde-cli 3.0"). */
function namesVersion(target: string, span: { start: number; end: number }, source: string): boolean {
  if (!VERSION_AFTER_RE.test(target.slice(span.end, span.end + 24))) return false;
  const name = target.slice(span.start, span.end);
  for (let at = source.indexOf(name); at >= 0; at = source.indexOf(name, at + 1))
    if (VERSION_AFTER_RE.test(source.slice(at + name.length, at + name.length + 24))) return true;
  return false;
}

const sourceWordSets = new WeakMap<Analysis, ReadonlySet<string>>();

/** The words of a text as written (kept with its analysis). */
/**
 * Whether a span is a gloss: all that brackets hold (four words at most), right after a word of the
 * translation ("Perbaikan (touch-up) dalam tiga bulan"), where the source has no brackets around it.
 */
function glossed(target: Analysis, span: { start: number; end: number }, source: Analysis, sourceWords: ReadonlySet<string>): boolean {
  const before = /([\p{L}\p{N}'’-]+)[\s\u00a0]*[(（]([^()（）]{0,40})$/u.exec(target.text.slice(Math.max(0, span.start - 80), span.start));
  const after = /^([^()（）]{0,40})[)）]/u.exec(target.text.slice(span.end, span.end + 41));
  if (!before || !after) return false;
  const inside = `${before[2] ?? ''}${target.text.slice(span.start, span.end)}${after[1] ?? ''}`.trim();
  if (inside.split(/\s+/u).length > 4) return false;
  // the word before the brackets is the translation's, not one copied from the source
  if (sourceWords.has((before[1] ?? '').toLowerCase())) return false;
  return !source.text.toLowerCase().includes(`(${inside.toLowerCase()}`);
}

function wordsOf(analysis: Analysis): ReadonlySet<string> {
  let words = sourceWordSets.get(analysis);
  if (!words) {
    words = new Set(analysis.items.filter((item) => item.kind === 'word').map((item) => item.text));
    sourceWordSets.set(analysis, words);
  }
  return words;
}

/**
 * Spellings Indonesian (and Malay) words do not have. (Not the "ae" of a word that begins "aer",
 * the Greek "aero-" Indonesian keeps: "aerator", "aerobik", "aerosol".)
 */
const FOREIGN_INDONESIAN_RE =
  /(?:th|ph|sh|ck|qu|x|w[^aeiou]|ee|oo|ou|(?<!^)ae|^ae(?!r)|^aerial|oa|ie(?![rn])|(?:bb|dd|ff|gg|ll|mm|nn|pp|rr|ss|tt|zz|cc))|(?:ing|tion|sion|ness|ment|ity|ous|ful|less|ly|ive|age|ure|ce|ge|ze|ve|[^aeiouy][^aeiouy]e|[^aeiou]y|ed|[aeiou][bcdfgklmnprtvz][bcdfgklmnprtvz]s)$/;

const ORTHOGRAPHY: Record<string, RegExp> = { id: FOREIGN_INDONESIAN_RE, ms: FOREIGN_INDONESIAN_RE };

const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set([
    'the',
    'and',
    'of',
    'with',
    'for',
    'that',
    'this',
    'which',
    'from',
    'have',
    'has',
    'been',
    'were',
    'was',
    'are',
    'will',
    'would',
    'should',
    'could',
    'their',
    'there',
    'these',
    'those',
    'than',
    'then',
    'when',
    'where',
    'while',
    'into',
    'about',
    'because',
    'however',
    'although',
    'through',
    'between',
    'without',
    'within',
    'upon',
    'also',
  ]),
};

const TARGET_WORDS: Record<string, ReadonlySet<string>> = {
  de: new Set(['die', 'was', 'will', 'also', 'then', 'war']),
  nl: new Set(['die', 'was', 'van', 'dat', 'then']),
  fr: new Set(['the']),
  es: new Set([]),
};

const LATIN_RE = /^\p{Script=Latin}+$/u;

function looksForeign(word: string, context: RuleContext): boolean {
  const target = baseLanguage(context.targetLang);
  if (LOANWORDS[target]?.has(word)) return false;
  if (context.target.unspaced) return LATIN_RE.test(word);
  const orthography = ORTHOGRAPHY[target];
  if (orthography) return orthography.test(word);
  const functionWords = FUNCTION_WORDS[baseLanguage(context.sourceLang)];
  return Boolean(functionWords?.has(word) && !TARGET_WORDS[target]?.has(word));
}

/** The hyphenated compound an item belongs to ("open-source"), as a span. */
function compoundSpan(items: readonly Item[], index: number): { start: number; end: number } {
  let first = index;
  let last = index;
  while (
    items[first - 1]?.text === '-' &&
    !items[first - 1]?.spaceBefore &&
    !items[first]?.spaceBefore &&
    items[first - 2]?.kind === 'word'
  )
    first -= 2;
  while (
    items[last + 1]?.text === '-' &&
    !items[last + 1]?.spaceBefore &&
    items[last + 2]?.kind === 'word' &&
    !items[last + 2]?.spaceBefore
  )
    last += 2;
  return { start: (items[first] as Item).start, end: (items[last] as Item).end };
}

/** Whether the source has "Genus species" as these two words, one after the other. */
function binomialInSource(source: Analysis, genus: string, species: string): boolean {
  const words = source.items;
  for (let k = 0; k + 1 < words.length; k += 1) {
    if (words[k]?.text === genus && words[k + 1]?.text === species) return true;
  }
  return false;
}

export const untranslatedRule: Rule = {
  name: 'untranslated',
  ids: ['untranslated'],
  check(context) {
    const source = context.source;
    if (!source) return [];
    let sourceWords: Set<string> | undefined;
    let names: Set<string> | undefined;
    const out: Finding[] = [];
    const reported = new Set<number>();
    const items = context.target.items;
    for (let i = 0; i < items.length; i += 1) {
      const item = items[i] as Item;
      // foreign-looking first: it rules out nearly every word of the target without allocating
      if (item.kind !== 'word' || item.text.length < 3 || !looksForeign(item.lower, context)) continue;
      if (!sourceWords) {
        sourceWords = new Set();
        for (const word of source.items) if (word.kind === 'word' && word.text.length >= 3) sourceWords.add(word.lower);
      }
      if (!sourceWords.has(item.lower) || /\p{N}/u.test(item.text)) continue;
      // an address, a placeholder, a key or code is copied, not translated
      if (insideLiteral(context.target.literals, item.start, item.end)) continue;
      // a medicine's name, kept as the source writes it
      if (DRUG_NAME_RE.test(item.lower)) continue;
      // a unit's symbol after a figure, one of a compound or written in mixed case ("4 mmol/L",
      // "120 mmHg"): a symbol, no English word
      if (unitSymbol(context.target.text, item)) continue;
      // a branch of an ICU plural or select ("other {# pesan}") is a keyword of the message's syntax
      if (ICU_SELECTOR_RE.test(item.lower) && /^\s*\{/u.test(context.target.text.slice(item.end, item.end + 8))) continue;
      // a scientific name copied as the source writes it ("Aedes aegypti"): genus or species
      const previous = items[i - 1];
      const next = items[i + 1];
      if (
        previous?.kind === 'word' &&
        previous.text !== previous.lower &&
        item.text === item.lower &&
        binomialInSource(source, previous.text, item.text)
      )
        continue;
      if (next?.kind === 'word' && item.text !== item.lower && next.text === next.lower && binomialInSource(source, item.text, next.text))
        continue;
      names ??= new Set(context.sourceNames.map((name) => nameKey(name.text)));
      if (names.has(nameKey(item.text.replace(/['’]s?$/u, '')))) continue;
      // a loan of two words, spaced or hyphenated ("early bird", "early-bird")
      if (inLoanPhrase(items, i, context.targetLang)) continue;
      // a name of capitalised words copied as the source writes it inside a translated sentence
      // ("Kamar Anda: Deluxe Double, 2 orang dewasa": a room type, a product, a title)
      if (inCopiedName(items, i, source)) continue;
      const span = compoundSpan(items, i);
      if (reported.has(span.start)) continue;
      // a product's name before its version, as the source has them ("tilde-cli 3.0", "node-gyp v10.2")
      if (namesVersion(context.target.text, span, source.text)) continue;
      // the source's term glossed in brackets after its translation ("Perbaikan (touch-up)")
      if (glossed(context.target, span, source, sourceWords)) continue;
      reported.add(span.start);
      // in the source too the whole compound ("open-source", not "source"): the occurrence that
      // is the same compound when there is one, else the first
      const compound = context.target.text.slice(span.start, span.end).toLowerCase();
      let sourceSpan: { start: number; end: number } | undefined;
      for (let k = 0; k < source.items.length; k += 1) {
        if ((source.items[k] as Item).lower !== item.lower) continue;
        const candidate = compoundSpan(source.items, k);
        sourceSpan ??= candidate;
        if (source.text.slice(candidate.start, candidate.end).toLowerCase() === compound) {
          sourceSpan = candidate;
          break;
        }
      }
      const at = sourceSpan as { start: number; end: number };
      out.push(
        finding(context, 'untranslated', 'minor', span.start, span.end, {
          source: spanOf(source.text, at.start, at.end),
          params: { found: context.target.text.slice(span.start, span.end) },
        }),
      );
    }
    return out;
  },
};

/**
 * Acronyms and brackets. An acronym in the target that the source does not explain ("UE", the
 * European Union, where the source only had "(eu)") is an addition. The source explains it when
 * it has the same acronym, or an acronym of its own that the target leaves out, which is then
 * most likely its translation ("US" -> "AS"); a glossary rendering or an expansion in the target
 * in any letter case ("Organisasi Kesehatan Dunia (WHO)", "badan usaha milik negara (BUMN)") explains it
 * too, and acronyms the world has borrowed as words (PIN, ATM, PDF) need no explaining. A bracket whose content changed its
 * nature between source and target, a bracketed word part becoming an acronym, is critical. The
 * source's acronym given up for one made of the words that explain it in the source ("identity
 * card (KTP)" → "kartu identitas (ID)": the source's own acronym, most often the target language's,
 * replaced by one coined from the source language's words) is a finding too, with the source's
 * acronym as the fix.
 */
import { candidateTerms } from '../glossary';
import { isCurrencyCode } from '../../text/currency';
import { baseLanguage, finding, spanOf, type Rule, type RuleContext } from '../context';
import type { Analysis, Item } from '../analyze';
import type { Finding, Span } from '../types';

const ACRONYM_RE = /^\p{Lu}{2,6}$/u;

/** An acronym: two to six capitals (cheap tests first: most words have a lower-case letter). */
const isAcronym = (item: Item) =>
  item.kind === 'word' &&
  item.text.length >= 2 &&
  item.text.length <= 6 &&
  item.text !== item.lower &&
  item.text === item.text.toUpperCase() &&
  ACRONYM_RE.test(item.text);

const acronyms = (analysis: Analysis): Item[] => analysis.items.filter(isAcronym);

/**
 * Acronyms the world's languages have borrowed as words: a translation may use them where the
 * source spells the thing out ("personal identification number" → "PIN").
 */
const BORROWED = new Set([
  // (an identity document: "documento de identidad" → "ID")
  'ID',
  'PIN',
  'ATM',
  'PDF',
  'URL',
  'GPS',
  'USB',
  'SMS',
  'PC',
  'TV',
  'CD',
  'DVD',
  'HIV',
  'AIDS',
  'DNA',
  'RNA',
  'CEO',
  'CFO',
  'IT',
  'AI',
  'API',
  'HTML',
  'CSS',
  'JPG',
  'JPEG',
  'PNG',
  'GIF',
  'SIM',
  'QR',
  'OTP',
  'LED',
  'LCD',
  'UV',
  'CCTV',
  'VIP',
  'FAQ',
  'OK',
  'PR',
  'HR',
  'IQ',
  'SUV',
  'MRI',
  'ICU',
  'VPN',
  'IP',
  'WIFI',
  'NFC',
  'RAM',
  'CPU',
  'GPU',
  'SSD',
  'HD',
  'KM',
]);

/**
 * Acronyms of standards and formats that every language writes as they are ("4K or HD", "USB",
 * "GPS"): a translation has them, never one of its own in their place, so one the translation left
 * out explains no other acronym ("limited to HD" → "limitado a SD" changed the picture). Not those
 * a language renders with its own letters (HIV is "VIH", AI "IA", HR "RH").
 */
const KEPT_EVERYWHERE = new Set([
  'HD',
  'UHD',
  'SD',
  'HDR',
  'USB',
  'GPS',
  'LED',
  'LCD',
  'OLED',
  'NFC',
  'HDMI',
  'LTE',
  'VPN',
  'RAM',
  'CPU',
  'GPU',
  'SSD',
  'HDD',
  'PDF',
  'URL',
  'HTML',
  'CSS',
  'JPG',
  'JPEG',
  'PNG',
  'GIF',
  'QR',
  'CCTV',
]);

/**
 * Acronyms a language writes for its own ordinary words and institutions, which a translation uses
 * where the source spells the thing out ("summit" → "KTT", "the law" → "UU", "the United States"
 * → "AS"). Like an acronym another paragraph introduced, such an acronym is explained, but it may
 * still not stand for a bracketed word part.
 */
const COMMON_ACRONYMS: Record<string, ReadonlySet<string>> = {
  id: new Set([
    'AS',
    'PBB',
    'UE',
    'KTT',
    'UU',
    'PP',
    'PT',
    'CV',
    'RS',
    'RSUD',
    'SD',
    'SMP',
    'SMA',
    'SMK',
    // (and the school subjects: science, social studies, civics)
    'IPA',
    'IPS',
    'PKN',
    'PPKN',
    'PTN',
    'PNS',
    'ASN',
    'HP',
    'WIB',
    'WITA',
    'WIT',
    'RT',
    'RW',
    'KTP',
    'SIM',
    'STNK',
    'PPN',
    'BBM',
    'LSM',
    'UMKM',
    'PHK',
    'THR',
    'KK',
    'NIK',
    'APBN',
    'DPR',
    'MPR',
    'TNI',
    // a student's, a taxpayer's, a patient's everyday ones: credits, grade average, student
    // number, study plan, tuition; tax number and return; national health insurance; mortgage
    'SKS',
    'IPK',
    'NIM',
    'KRS',
    'UKT',
    'NPWP',
    'SPT',
    'BPJS',
    'KPR',
    'BPKB',
    'SKCK',
    'KITAS',
    'BUMN',
    'KUHP',
    'PLN',
    'PDAM',
    'UMR',
    'UMP',
    'PAUD',
    // a patient's: an ultrasound scan, an ECG, the emergency unit, breast milk, family planning,
    // tuberculosis and dengue
    'USG',
    'EKG',
    'IGD',
    'UGD',
    'ASI',
    'KB',
    'TBC',
    'DBD',
  ]),
  ms: new Set(['AS', 'PBB', 'KL', 'SPM', 'IC', 'JPJ']),
  // (with a patient's: an MRI scan, an ECG, the emergency services)
  // (and a customer's, a traveller's: a bank card, a bank's details, a price with tax, the fast trains)
  fr: new Set([
    'ONU',
    'UE',
    'TVA',
    'PME',
    'OTAN',
    'OMS',
    'SIDA',
    'ADN',
    'PDG',
    'IRM',
    'ECG',
    'SAMU',
    'CB',
    'RIB',
    'TTC',
    'HT',
    'TGV',
    'SNCF',
    // (a social security number, a company's registration numbers, a bank account's)
    'NIR',
    'SIRET',
    'SIREN',
    'IBAN',
    // (and a family's and a community's: the parents' association, a charity, social housing, the
    // family allowance office, a care home)
    'APE',
    'ONG',
    'HLM',
    'CAF',
    'EHPAD',
  ]),
  // (and the United States written "EE. UU.", its letters doubled for the plural)
  es: new Set([
    'ONU',
    'UE',
    'EEUU',
    'EE',
    'UU',
    'IVA',
    'OTAN',
    'OMS',
    'SIDA',
    'ADN',
    'PYME',
    'RM',
    'ECG',
    'DNI',
    'NIE',
    // (a tax number, a social security number, a bank account's, a company's tax code)
    'NIF',
    'NSS',
    'IBAN',
    'CIF',
    'AVE',
    'ITV',
    'DGT',
    // (and a school's and a community's: the parents' association, a charity, secondary school)
    'AMPA',
    'ONG',
    'ESO',
    'IES',
  ]),
  // (and a household's: wireless network, car and lorry, terms and conditions, public transport,
  // an ear, nose and throat doctor, the fast trains)
  de: new Set([
    'UNO',
    'EU',
    'USA',
    'AG',
    'NATO',
    'MRT',
    'EKG',
    'OP',
    'WLAN',
    'PKW',
    'LKW',
    'KFZ',
    'AGB',
    'BGB',
    'ÖPNV',
    'HNO',
    'ICE',
    'TÜV',
    // (a bank account's number)
    'IBAN',
  ]),
  // (a patient's, a driver's, a citizen's everyday ones: the family doctor, the emergency room, the
  // UK's health service, a vehicle's MOT; a post office box, an electric vehicle, bottled gas)
  // (and the international bodies English names by its own initials: "les normes de l'OMS" → "WHO standards")
  // (and the vaccines English names by theirs: "la vacuna triple vírica" → "the MMR vaccine")
  en: new Set([
    'GP',
    'ER',
    'A&E',
    'NHS',
    'MOT',
    'UK',
    'US',
    'USA',
    'EU',
    'UN',
    'ID',
    'PO',
    'EV',
    'LPG',
    'WHO',
    'NATO',
    'UNICEF',
    'IMF',
    'MMR',
    'BCG',
    'DTP',
    'HPV',
  ]),
};

/**
 * Whether the words right before `index` spell the acronym's letters, in any letter case:
 * "Organisasi Kesehatan Dunia (WHO)", "badan usaha milik negara (BUMN)".
 */
function expandedBefore(analysis: Analysis, index: number, acronym: string): boolean {
  const capitals: string[] = [];
  const all: string[] = [];
  for (let i = index - 1; i >= 0 && all.length < acronym.length + 4; i -= 1) {
    const item = analysis.items[i] as Item;
    if (item.text === '(' || item.text === '-') continue;
    if (item.kind !== 'word') break;
    const initial = (item.text[0] ?? '').toUpperCase();
    all.unshift(initial);
    if (/^\p{Lu}/u.test(item.text)) capitals.unshift(initial);
  }
  return capitals.join('').endsWith(acronym) || all.join('').endsWith(acronym);
}

interface Bracket {
  span: Span;
  content: string;
  /** Glued to a word on either side: "(un)intended", "word(s)". */
  affixed: boolean;
}

function brackets(analysis: Analysis): Bracket[] {
  const out: Bracket[] = [];
  const text = analysis.text;
  for (const match of text.matchAll(/\(([^()]{1,80})\)/gu)) {
    const start = match.index;
    const end = start + match[0].length;
    const affixed = /[\p{L}\p{N}]/u.test(text[start - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '');
    out.push({ span: spanOf(text, start, end), content: match[1] ?? '', affixed });
  }
  return out;
}

/** The source bracket at the most similar relative position. */
function counterpart(source: Analysis, target: Analysis, bracket: Bracket, sourceBrackets: Bracket[]): Bracket | undefined {
  const at = bracket.span.start / Math.max(1, target.text.length);
  let best: Bracket | undefined;
  for (const candidate of sourceBrackets) {
    const distance = Math.abs(candidate.span.start / Math.max(1, source.text.length) - at);
    if (distance < 0.25 && (!best || distance < Math.abs(best.span.start / source.text.length - at))) best = candidate;
  }
  return best;
}

/**
 * The initials of the source's runs of capitalised words ("World Health Organization" → "WHO";
 * small joining words such as "of" and "and" are passed over): a target acronym among them is the
 * source's name, abbreviated.
 */
function sourceInitials(source: Analysis): string[] {
  const runs: string[] = [];
  let run = '';
  for (const item of source.items) {
    if (item.kind !== 'word') {
      if (item.text !== '-') {
        if (run.length >= 2) runs.push(run);
        run = '';
      }
      continue;
    }
    if (/^\p{Lu}/u.test(item.text)) run += item.text[0] as string;
    else if (!(run && item.text.length <= 3)) {
      if (run.length >= 2) runs.push(run);
      run = '';
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/**
 * Whether an acronym spells the initials of as many consecutive words of a text, whatever their
 * case, passing over small joining words; every word spelled has three letters or more.
 */
function spelledByWords(analysis: Analysis, acronym: string): boolean {
  const letters = acronym.toLowerCase();
  const words = analysis.items.filter((item) => item.kind === 'word' && !JOINING.has(item.lower));
  for (let k = 0; k + letters.length <= words.length; k += 1) {
    let all = true;
    for (let i = 0; i < letters.length && all; i += 1) {
      const word = words[k + i] as Item;
      all = word.lower.length >= 3 && word.lower[0] === letters[i];
    }
    if (all) return true;
  }
  return false;
}

/** Small words an acronym passes over ("Ministry of Health" → "MH", "Documento Nacional de Identidad" → "DNI"). */
const JOINING = new Set([
  'of',
  'and',
  'for',
  'the',
  'to',
  'in',
  'on',
  '&',
  'de',
  'del',
  'la',
  'le',
  'les',
  'des',
  'du',
  'et',
  'y',
  'von',
  'der',
  'und',
  'dan',
  'untuk',
  'dari',
]);

/** An article or preposition elided onto the word it stands before (French, Italian, Catalan). */
const ELISION_RE = /^(?:l|d|dell|all|dall|nell|sull)['’](?=\p{L})/u;

/**
 * Whether `acronym` is made of the leading letters of consecutive `words` (each word giving one
 * letter or more, small joining words none): "IC" and "ID" of "identity card", "WHO" of "World
 * Health Organization".
 */
function madeOf(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.toLowerCase();
  const from = (at: number, word: number): boolean => {
    if (at === letters.length) return true;
    const whole = words[word]?.toLowerCase();
    if (whole === undefined) return false;
    if (JOINING.has(whole) && from(at, word + 1)) return true;
    // an elided article is no letter of it ("l'Office", "dell'Unione")
    const elided = ELISION_RE.exec(whole);
    for (const current of elided ? [whole, whole.slice(elided[0].length)] : [whole]) {
      for (let taken = 1; taken <= current.length && at + taken <= letters.length; taken += 1) {
        if (current[taken - 1] !== letters[at + taken - 1]) break;
        if (from(at + taken, word + 1)) return true;
      }
    }
    return false;
  };
  return words.some((_, start) => from(0, start));
}

/**
 * The source's bracketed acronyms with the words right before each bracket, which explain it
 * ("identity card (KTP)"): at most a few more words than the acronym has letters.
 */
function explainedAcronyms(source: Analysis): Array<{ acronym: string; words: string[] }> {
  const out: Array<{ acronym: string; words: string[] }> = [];
  const items = source.items;
  for (let index = 1; index < items.length - 1; index += 1) {
    const item = items[index] as Item;
    if (items[index - 1]?.text !== '(' || items[index + 1]?.text !== ')' || !isAcronym(item)) continue;
    const words = wordsBefore(items, index - 1, item.text.length + 3);
    if (words.length > 0) out.push({ acronym: item.text, words });
  }
  return out;
}

/** The words right before items[end] (hyphens passed over), at most `most` of them. */
function wordsBefore(items: readonly Item[], end: number, most: number): string[] {
  const words: string[] = [];
  for (let before = end - 1; before >= 0 && words.length < most; before -= 1) {
    const word = items[before] as Item;
    if (word.text === '-') continue;
    if (word.kind !== 'word') break;
    words.unshift(word.text);
  }
  return words;
}

/**
 * Target acronyms in brackets that take the place of one of the source's own, which the target
 * leaves out: made of the source's words that explain it (an abbreviation of its source-language
 * expansion), or, where the source's acronym is not made of its explaining words (an acronym of
 * another language, most often the target's, kept as it is: "taxpayer identification number
 * (NPWP)"), coined from the translation's own words before the bracket ("nomor identitas wajib
 * pajak (NIWP)"). An acronym made of the source's words may be translated ("World Health
 * Organization (WHO)" → "Organisation mondiale de la santé (OMS)"); one that is not, is kept.
 */
function replacedAcronyms(context: RuleContext, source: Analysis, candidates: Item[]): Array<{ item: Item; acronym: string }> {
  const explained = explainedAcronyms(source).filter(({ acronym }) => !context.target.text.includes(acronym));
  if (explained.length === 0) return [];
  const out: Array<{ item: Item; acronym: string }> = [];
  const items = context.target.items;
  for (const item of candidates) {
    // where an acronym is explained, in brackets after its words, as the source's stands
    const at = items.indexOf(item);
    if (items[at - 1]?.text !== '(' || items[at + 1]?.text !== ')') continue;
    let coined: string[] | undefined;
    const replaced = explained.find(({ acronym, words }) => {
      if (acronym === item.text) return false;
      if (madeOf(item.text, words)) return true;
      if (madeOf(acronym, words)) return false;
      coined ??= wordsBefore(items, at - 1, item.text.length + 3);
      return madeOf(item.text, coined);
    });
    if (replaced) out.push({ item, acronym: replaced.acronym });
  }
  return out;
}

interface Unexplained {
  /** Acronyms nothing in the source explains. */
  unexplained: Item[];
  /** Acronyms this source does not have but another of the document's sources introduces, or the target language's own. */
  documents: Item[];
  /** Acronyms made of the words that explain a source acronym the target leaves out. */
  replaced: Array<{ item: Item; acronym: string }>;
}

const acronymSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The acronyms the document's sources show (a set per list: a document's checks share one). */
function documentAcronymSet(context: RuleContext): ReadonlySet<string> | undefined {
  const list = context.document.acronyms;
  if (!list || list.length === 0) return undefined;
  let set = acronymSets.get(list);
  if (!set) {
    set = new Set(list);
    acronymSets.set(list, set);
  }
  return set;
}

function unexplained(context: RuleContext, source: Analysis): Unexplained {
  const targetAcronyms = acronyms(context.target);
  if (targetAcronyms.length === 0) return { unexplained: [], documents: [], replaced: [] };
  const known = documentAcronymSet(context);
  const common = COMMON_ACRONYMS[baseLanguage(context.targetLang)];
  const sourceText = source.text;
  const sourceAcronyms = new Set(acronyms(source).map((item) => item.text));
  const targetSet = new Set(targetAcronyms.map((item) => item.text));
  const glossaryRenderings = new Set(
    candidateTerms(context.glossary, source).flatMap((term) => (term.term.target ? [term.term.target] : [])),
  );
  // source acronyms the target leaves out: each can explain one target acronym (its translation)
  const spare = [...sourceAcronyms].filter((acronym) => !targetSet.has(acronym) && !KEPT_EVERYWHERE.has(acronym));
  const left: Item[] = [];
  const documents: Item[] = [];
  const expanded: Item[] = [];
  const seen = new Set<string>();
  let initials: string[] | undefined;
  for (const item of targetAcronyms) {
    if (seen.has(item.text)) continue;
    seen.add(item.text);
    // currency codes (USD, IDR) are written for symbols ("$2.50" → "2,50 USD")
    // (a borrowed one is explained unless a source acronym the target left out may be what it
    // replaced: "identity card (KTP)" → "kartu identitas (ID)")
    if (
      sourceText.includes(item.text) ||
      glossaryRenderings.has(item.text) ||
      (BORROWED.has(item.text) && spare.length === 0) ||
      isCurrencyCode(item.text) ||
      unitOfAFigure(context.target.text, item)
    )
      continue;
    initials ??= sourceInitials(source);
    if (initials.some((run) => run.includes(item.text))) continue;
    // the initials of words of the source in any case ("air conditioner" → "AC", "human resources"
    // → "HR"), unless the source has an acronym of its own the translation left out ("tax number
    // (NPWP)" → "(TN)" is replaced)
    if (spare.length === 0 && spelledByWords(source, item.text)) continue;
    const index = context.target.items.indexOf(item);
    if (expandedBefore(context.target, index, item.text)) {
      // (explained by the translation's words, unless those took the place of the source's acronym)
      expanded.push(item);
      continue;
    }
    // introduced by another paragraph of the document (it never pairs with this source's own)
    if (known?.has(item.text)) documents.push(item);
    else left.push(item);
  }
  // (the source's acronym given up for one of its expansion's words, even one the document has)
  const replaced = replacedAcronyms(context, source, [...left, ...documents, ...expanded]);
  for (const { acronym } of replaced) if (spare.includes(acronym)) spare.splice(spare.indexOf(acronym), 1);
  // pair the leftovers with spare source acronyms: same length first, then in order
  const result: Item[] = [];
  const unpaired: Item[] = [];
  for (const item of left) {
    if (replaced.some((entry) => entry.item === item)) continue;
    const sameLength = spare.findIndex((acronym) => acronym.length === item.text.length);
    if (sameLength >= 0) spare.splice(sameLength, 1);
    else unpaired.push(item);
  }
  for (const item of unpaired) {
    if (spare.length > 0) spare.shift();
    // the target language's own for a word: explained, once no source acronym is left for it
    else if (common?.has(item.text)) documents.push(item);
    else result.push(item);
  }
  return {
    unexplained: result.sort((a, b) => a.start - b.start),
    documents: documents.filter((item) => !replaced.some((entry) => entry.item === item)),
    replaced,
  };
}

/** Units written in capitals after a figure ("25 MB", "5 GHz", "100 Mbps"): a unit, no acronym ("25 Mo" is "25 MB"). */
const UNIT_SYMBOLS = new Set(['KB', 'MB', 'GB', 'TB', 'PB', 'KiB', 'MiB', 'GiB', 'TiB', 'GHz', 'MHz', 'KHz', 'Mbps', 'Gbps', 'Kbps', 'MP']);

function unitOfAFigure(text: string, item: Item): boolean {
  return UNIT_SYMBOLS.has(item.text) && /\d[\s\u00a0]?$/u.test(text.slice(Math.max(0, item.start - 2), item.start));
}

export const acronymsRule: Rule = {
  name: 'acronyms',
  ids: ['acronym.unexplained', 'acronym.replaced', 'brackets.changed'],
  check(context) {
    const source = context.source;
    if (!source) return [];
    const out: Finding[] = [];
    const sourceBrackets = brackets(source);
    const targetBrackets = brackets(context.target);
    const { unexplained: left, documents, replaced } = unexplained(context, source);
    for (const { item, acronym } of replaced)
      out.push(
        finding(context, 'acronym.replaced', 'major', item.start, item.end, {
          source: spanOfAcronym(source, acronym),
          params: { acronym, found: item.text },
          suggestion: acronym,
        }),
      );
    const changed = (item: Item): Finding | null => {
      const inBracket = targetBrackets.find((b) => b.span.start < item.start && item.end < b.span.end && b.content.trim() === item.text);
      const related = inBracket ? counterpart(source, context.target, inBracket, sourceBrackets) : undefined;
      if (!inBracket || !related || ACRONYM_RE.test(related.content.trim())) return null;
      return finding(context, 'brackets.changed', 'critical', inBracket.span.start, inBracket.span.end, {
        source: related.span,
        params: { found: inBracket.span.text, source: related.span.text, acronym: item.text },
      });
    };
    // an acronym the document has still may not stand for a bracketed word part
    for (const item of documents) {
      const bracket = changed(item);
      if (bracket) out.push(bracket);
    }
    for (const item of left) {
      const bracket = changed(item);
      if (bracket) {
        out.push(bracket);
        continue;
      }
      out.push(
        finding(context, 'acronym.unexplained', 'major', item.start, item.end, {
          params: { acronym: item.text },
        }),
      );
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

/** Where the source's acronym stands (its first occurrence as a word). */
function spanOfAcronym(source: Analysis, acronym: string): Span | null {
  const item = source.items.find((candidate) => candidate.kind === 'word' && candidate.text === acronym);
  return item ? spanOf(source.text, item.start, item.end) : null;
}

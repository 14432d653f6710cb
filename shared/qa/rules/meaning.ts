/**
 * Meaning cues that words show: a sentence negated on one side and not on the other ("Do not give
 * aspirin" → "Berikan aspirin"), and a limit turned around ("at most" → "paling sedikit", at
 * least). Sentences are compared pairwise when both paragraphs have as many; otherwise the
 * paragraphs as a whole.
 *
 * A language says "not" in ways no list holds (un-, in-, -less, "avoid", "fail"; Indonesian
 * ketidak-, "gagal", "hindari"). Those count as soft cues: never a finding of their own, they keep
 * a negation on the other side from being called an addition or a loss.
 */
import { baseLanguage, finding, spanOf, type Rule, type RuleContext } from '../context';
import { locateInTarget } from '../locate';
import { spelledNumbersIn } from '../../text/spelled';
import { escapeRegExp } from '../../text/regexp';
import { cognateKey } from '../../text/cognate';
import { keptKind, keptWordsIn } from './kept';
import { mentions } from './person';
import { nameIn, namedDatesIn } from '../../text/datetime';
import { pairedSentences, sentencesOfCached, splitAtSemicolons, type Sentence } from '../sentences';
import type { Analysis, Item } from '../analyze';
import type { Finding } from '../types';

/** A word written with a capital first and small letters after: a name's, or a title's. */
const TITLE_CASE_RE = /^\p{Lu}\p{Ll}/u;
/** What ends a sentence among a text's items. */
const SENTENCE_END_RE = /^[.!?。！？]$/u;

/**
 * A language's cues as words: single negating words (and, for English and French, the contracted
 * forms "don't", "n'oubliez"), phrases of limits, and a test for soft cues on one word. Compared
 * with the analysis's lower-cased words, not searched for in the text: one walk over the words
 * finds them all. Languages written without spaces (Chinese) are searched as text instead.
 */
interface WordCues {
  negation: ReadonlySet<string>;
  /** A negation glued to a word: its ending ("n't") or its beginning ("n'"). */
  negationEnding?: string;
  negationStart?: string;
  /**
   * A negation that makes a compound of its noun or adjective, as "non-" does with its hyphen
   * ("Nichtmitglieder", non-members; "nichtöffentlich"): the whole word negates.
   */
  negationCompound?: RegExp;
  /**
   * The second word of a two-word negation, a negation alone where the first is not said before it
   * in the sentence: French "pas" after no "ne" ("mais pas à l'intérieur", "pas de chiens"); after
   * it, one negation with it ("ne dépasse jamais" is one "never", and a limit as "never exceeds" is).
   */
  elliptical?: { words: ReadonlySet<string>; first: RegExp };
  /**
   * A negation written as a word's prefix with a hyphen ("non-refundable"), transparent enough to
   * be rendered as one ("tidak dapat dikembalikan", "nonesensial", "nirlaba": the last two soft
   * cues of the other side, which may say it). Without the hyphen it stays a soft cue.
   */
  negationPrefix?: ReadonlySet<string>;
  /**
   * A negation with the word after it that says something else than "not" ("tidak sabar", eager:
   * "we look forward to"; "tak lama", soon): a soft cue, never a negation lost or added.
   */
  idioms?: ReadonlySet<string>;
  /** Words such a prefix makes a word of its own that negates nothing ("non-stop" is "langsung", direct). */
  notPrefixed?: ReadonlySet<string>;
  most: readonly string[];
  least: readonly string[];
  /**
   * Limits said as the first part of a compound ("Mindestlaufzeit", minimum term; "Höchstbetrag",
   * maximum amount): a word the pattern takes is a limit of its kind.
   */
  compoundLimits?: { most: RegExp; least: RegExp };
  /**
   * Limits in time ("no later than", "paling lambat"): never compared ("at least 30 days' notice"
   * is "paling lambat 30 hari sebelumnya"), only kept apart from negations.
   */
  deadline: readonly string[];
  /** Words of change upwards and downwards ("rose", "naik"; "fell", "turun"). */
  rise: readonly string[];
  fall: readonly string[];
  /** Comparisons upwards and downwards ("higher", "lebih tinggi"; "lower", "lebih rendah"). */
  more: readonly string[];
  less: readonly string[];
  /**
   * Bounds of a number ("over Rp500.000", "di bawah 12 tahun"): counted only right before a
   * figure, and never inside a limit or after a negation ("no more than 2", "not over 30").
   */
  above: readonly string[];
  below: readonly string[];
  /**
   * Quantifiers: both of two ("both", "kedua"), one of them ("either", "salah satu"), all
   * ("every", "semua") and some ("several", "beberapa"), each as words that say it plainly, and
   * words that may say it too ("dua", "any", "or"), which only ever keep a finding away.
   */
  both: readonly string[];
  one: readonly string[];
  all: readonly string[];
  some: readonly string[];
  bothLike: readonly string[];
  oneLike: readonly string[];
  allLike: readonly string[];
  someLike: readonly string[];
  /** Most of them ("most", "sebagian besar", "die meisten"), and words that may say it ("many", "biasanya"). */
  majority: readonly string[];
  majorityLike: readonly string[];
  soft: RegExp;
  /** Words the soft pattern takes that are not negative at all ("included", "information", "unit"). */
  notSoft?: RegExp;
  /** A clitic glued to a word's end, the word itself in its first group ("melarang|nya"): a word is soft if its stem is. */
  clitic?: RegExp;
  /**
   * Phrases that say a negative without a word of it ("out of service" is "tidak beroperasi", "lie
   * still" is "berbaring tanpa bergerak"), as soft cues: each phrase's words, lower case.
   */
  softPhrases?: ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
  /**
   * Words of comparison that a negation a few words before turns into a limit ("must not weigh
   * more than", "tidak boleh lebih berat dari"): such a negation says the limit the other side
   * may say without one ("maksimal 7 kg").
   */
  comparative?: RegExp;
  /** Those of them that point down ("less", "kurang"). */
  downward?: RegExp;
  /** Words between a negation and the word it negates ("not be paid", "tidak akan dibayar"). */
  auxiliary?: RegExp;
  /**
   * Soft cues that are also a verb's separable particle, which ends its clause: German "statt" is
   * "instead" before a word ("statt Zucker") and the end of "stattfinden" at a clause's end ("findet
   * Unterricht statt"), which says nothing negative.
   */
  particles?: ReadonlySet<string>;
  /**
   * Separable particles that make a verb of stopping where they end its clause, with the verbs they
   * go with ("Setzen Sie die Tabletten ab", "Hören Sie … auf"): soft cues, as "absetzen" is.
   */
  stopParticles?: Readonly<Record<string, RegExp>>;
  /** Soft words that are plain before a word ("losing weight" is slimming, "abnehmen", "maigrir"). */
  plainBefore?: { word: RegExp; next: RegExp };
  /** Soft words that are plain after a word ("al aire libre", outdoors; "tiempo libre", free time). */
  plainAfter?: { word: RegExp; previous: RegExp };
  /**
   * Soft cues that say where something halts before a word of place ("the bus does not stop at
   * the school", "stops in Bonn"): a halt, nothing negative; "stop smoking" stays one.
   */
  halts?: { word: RegExp; before: RegExp };
  /**
   * Soft cues that compare ("kurang dari 48 jam", less than 48 hours; "kurang lebih", about):
   * before `than` and a figure (digits or a number spelled in `spelled`), or before `about`,
   * a comparison, nothing negative; "kurang jelas" stays one.
   */
  comparing?: { word: RegExp; than: RegExp; about: RegExp; spelled: RegExp };
  /**
   * Modal verbs ("must", "boleh", "darf", "peut"): a negation of one ("must not be given") is lost
   * from the translation's modal when it has one ("boleh diberikan"), wherever the sentence puts it.
   */
  modal?: RegExp;
  /** Words that permit ("allowed", "boleh", "darf"): a negation added to one's rendering refuses it. */
  permission?: RegExp;
  /** The negation that is a preposition ("without", "tanpa"): it renders its like, not a "not". */
  without?: ReadonlySet<string>;
  /** Words that open a relative clause ("that", "which", "yang"). */
  relativizer?: RegExp;
  /** Whether a relative clause's opener follows a comma only (German ", die nicht abgeholt werden"; "die" is also an article). */
  relativizerAfterComma?: boolean;
  /** Relative pronouns that open a clause a negation stands in a few words later ("which other members cannot see"). */
  relativeOpenerBefore?: RegExp;
  /** Auxiliaries and modals a main clause's "not" follows ("does not", "must not"). */
  auxiliaryBefore?: RegExp;
  /** Words between a relative clause's opener and its negation ("yang sudah tidak"). */
  relativeBetween?: RegExp;
  /** Words negative by their prefix or suffix, which a translation may say with a negation ("indirect", "tidak langsung"). */
  negativeWord?: RegExp;
  /** Negations that pair with one before them and are rendered with it ("nor" of "neither … nor"). */
  pairedNegation?: ReadonlySet<string>;
  /**
   * Where a negation prefix may also stand apart before its word ("non chiffré", "non remboursable"):
   * the words after which it is no prefix ("non seulement", "non plus").
   */
  spacedPrefixNotBefore?: ReadonlySet<string>;
  /** Negations that stand before a noun, after the verb ("contains no sugar"). */
  negationDeterminer?: ReadonlySet<string>;
}

interface TextCues {
  negation: RegExp;
  /**
   * A negation that is a preposition where the words after it say so ("没有它，" is "without it,",
   * not "it is not there"): the negation's pattern, what follows it, and what stands before it
   * (where it opens its clause: "症状没有改善，" after its subject says "have not improved").
   */
  without?: { word: RegExp; after: RegExp; before: RegExp };
  soft: RegExp;
  most: RegExp;
  least: RegExp;
  deadline: RegExp;
  rise: RegExp;
  fall: RegExp;
  more: RegExp;
  less: RegExp;
  above: RegExp;
  below: RegExp;
  both: RegExp;
  one: RegExp;
  all: RegExp;
  some: RegExp;
  bothLike: RegExp;
  oneLike: RegExp;
  allLike: RegExp;
  someLike: RegExp;
  majority: RegExp;
  majorityLike: RegExp;
}

type Cues = { words: WordCues } | { text: TextCues };

/** English verbs of undoing ("undo", "unsend", "uninstall", "unsubscribe"): a reversal, not a negation, unlike "unsafe" or "unused". */
const REVERSALS =
  'undo|undid|unsend|uninstal|unsubscri|unplug|unmut|unpin|unfollow|unblock|unzip|unarchiv|unhide|unshare|unmount|unscrew|unfasten|unbuckl|untie|unpair|' +
  // (taking a load off, a wrapper off, a freeze off: the verb turned back, no negation)
  'unload|unwrap|unroll|unclip|unhook|unlatch|unbolt|uncork|unfreez|unlink|unstar|unbind|unmerg|unwind|' +
  // (but said before a noun, "unregistered cards", "unpublished data", what was never done: "yang tidak terdaftar")
  'unpublish(?!ed)|unregister(?!ed)|unselect(?!ed)|uncheck(?!ed)|unassign(?!ed)|unlist(?!ed)';

const set = (words: string) => new Set(words.split('|'));
const list = (phrases: string) => phrases.split('|');
/** Phrases by their first word, each as its words. */
function phrasesByStart(phrases: string): ReadonlyMap<string, ReadonlyArray<readonly string[]>> {
  const out = new Map<string, string[][]>();
  for (const phrase of phrases.split('|')) {
    const words = phrase.split(' ');
    const list = out.get(words[0] as string) ?? [];
    list.push(words);
    out.set(words[0] as string, list);
  }
  return out;
}

const CUES: Record<string, Cues> = {
  en: {
    words: {
      relativizer: /^(?:that|which|who|whom|whose)$/u,
      relativeOpenerBefore: /^(?:which|who|whom|whose)$/u,
      auxiliaryBefore:
        /^(?:is|are|was|were|be|been|being|am|do|does|did|has|have|had|will|would|can|could|shall|should|may|might|must|need|ought|to|and|or|but|please|if|why|whether|certainly|definitely|still|also|just|simply|really|often|usually|generally|normally|typically|probably|yet|then|therefore|thus|hence|however|currently|always|sometimes)$/u,
      without: set('without'),
      negationDeterminer: set('no'),
      pairedNegation: set('nor'),
      // ("unless" is a condition, "undone" and "unsend" reversals: none is said with "tidak")
      negativeWord: new RegExp(
        String.raw`^(?!unless$|(?:${REVERSALS})\p{L}*$)(?:(?:un|in|im|il|ir|non|dis)\p{L}{4,}|\p{L}{3,}less(?:ly|ness)?|absen\p{L}*|lack\p{L}*)$`,
        'u',
      ),
      negation: set('not|never|no|none|nobody|nothing|neither|nor|without|cannot|unable'),
      // ("no matter how remote" is "however remote", "no doubt" "surely")
      // (and a "without" of going on, which says no lack: "without fail", "without stopping")
      idioms: set('no matter|no doubt|without fail|without stopping'),
      negationEnding: "n't",
      negationPrefix: set('non'),
      notPrefixed: set('stop'),
      most: list(
        'at most|limited to|capped at|within|speed limit|weight limit|height limit|load limit|spending limit|credit limit|withdrawal limit|upper limit|no more than|not more than|no longer than|not longer than|no greater than|no higher than|no older than|no heavier than|no larger than|no bigger than|a maximum of|maximum|max|up to|or less|or fewer|or under|or below|and under|and below|or younger|or lower|not exceed|not exceeding|not to exceed|never exceed|never exceeds|shall not exceed|shall never exceed|must not exceed|must never exceed|may not exceed|will not exceed|will never exceed|should not exceed|should never exceed|do not exceed|does not exceed|cannot exceed|can never exceed',
      ),
      least: list(
        'at least|no less than|not less than|no fewer than|no shorter than|not shorter than|no younger than|not younger than|a minimum of|minimum|min|or more|or over|and over|or above|and above|or older|or higher|from the age of|from age|costs from|cost from|priced from|prices from|starting at|starting from|from only|from just|from as little as',
      ),
      deadline: list('no later than|not later than|at the latest|no earlier than|not earlier than|at the earliest'),
      rise: list(
        'rise|rises|rose|risen|rising|gets bigger|get bigger|getting bigger|becomes bigger|become bigger|gets larger|get larger|becomes larger|grows larger|spreads|spreading|turned up|turn up|raise|raises|raised|raising|increase|increases|increased|increasing|grow|grows|grew|grown|growing|climb|climbs|climbed|soar|soared|surge|surged|jump|jumped|gets older|get older|getting older|goes up|strengthen|strengthens|strengthened|strengthening',
      ),
      fall: list(
        'fall|falls|fell|fallen|falling|goes down|turned down|turn down|subside|subsides|subsided|subsiding|fade|fades|faded|fading|relieve|relieves|relieved|relieving|alleviate|alleviates|alleviated|alleviating|weaken|weakens|weakened|weakening|lowers|lowered|lowering|cut down on|cut down|cuts down|cut back on|lower the|lower your|lower its|lower their|lower it|lower them|lower this|help lower|helps lower|to lower|can lower|may lower|lower cholesterol|lower blood pressure|lower blood sugar|reduce|reduces|reduced|reducing|decrease|decreases|decreased|decreasing|decline|declines|declined|declining|drop|drops|dropped|dropping|shrink|shrinks|shrank|plunge|plunged|slump|slumped|block|blocks|blocked|blocking|inhibit|inhibits|inhibited|inhibiting|hinder|hinders|hindered|impair|impairs|impaired',
      ),
      more: list(
        'higher|greater|larger|bigger|longer|highest|greatest|largest|biggest|longest|heavier|heaviest|older|oldest|faster|fastest|warmer|hotter|wider|thicker|deeper|stronger|more expensive|most expensive|costs more|cost more|pay more|pays more|percent more|per cent more|more at risk|most at risk|at greater risk|at greatest risk|at higher risk|at highest risk|more vulnerable|most vulnerable|more common|more frequent|more frequently|more often|more likely|commoner|most common|most frequent|most frequently|most often|speeds up|speed up|sped up|speeding up|more noticeable|more visible|strongest|brighter',
      ),
      less: list(
        'lower|smaller|shorter|lowest|smallest|shortest|lighter|lightest|younger|youngest|slower|slowest|cooler|colder|narrower|thinner|shallower|weaker|cheaper|cheapest|less expensive|costs less|cost less|pay less|pays less|percent less|per cent less|less at risk|least at risk|at lower risk|at lowest risk|less vulnerable|least vulnerable|less common|less frequent|less frequently|less often|less likely|rarer|least common|least frequent|least frequently|least often|slows down|slow down|slowed down|slowing down|less noticeable|less visible|weakest|darker',
      ),
      above: list(
        'more than|over|above|beyond|greater than|upwards of|in excess of|older than|longer than|heavier than|larger than|bigger than|thicker than|wider than|taller than|higher than',
      ),
      below: list(
        'less than|fewer than|under|below|lower than|younger than|newer than|shorter than|lighter than|smaller than|thinner than|narrower than',
      ),
      both: list('both'),
      // ("either party may" is each of them: "either" may say one, never says it alone)
      one: list('one of|any one of|only one'),
      all: list('all|every|each|entire|whole|everyone|everything|everybody|full|fully|completely|entirely|totally'),
      // ("part of the deposit"; "as part of", "is part of" say what a thing belongs to: see belongingTo)
      some: list(
        'some|several|a few|half|partially|partly|in part|part of the|part of your|part of their|part of its|a portion of|a proportional|proportional|pro rata|prorated|a quarter|one quarter|a third of|one third of|a fifth of|a tenth of',
      ),
      bothLike: list('two|pair|couple'),
      oneLike: list('one|either|neither|any|single|whichever|or|nor|a|an'),
      allLike: list('any|always|total|completely'),
      someLike: list('few|certain|part|partial|most|many|much|various|portion|share|selected|about|around|approximately|fraction'),
      // ("most" of a superlative, "the most common", is told apart where it is compared: see quantifierChanged)
      majority: list('most|mostly|majority|the majority of|most of'),
      majorityLike: list('many|usually|generally|typically|largely|nearly|almost|predominantly'),
      // ("keep", "stay", "remain" are said with a negated opposite too: "Keep the bandage on" is
      // "Jangan lepaskan perban", "Stay on the path" is "Jangan keluar dari jalur")
      // (and "mis-" before a word of three letters: "misuse", "misled"; and "-less" adverbs, "painlessly")
      soft: /^(?:un|non|(?:un|in|im|il|ir|non|dis|mis)\p{L}{4,}|mis(?:use|used|uses|using|led|read)|\p{L}{3,}less(?:ly|ness)?|\p{L}*free|skip|skips|skipped|skipping|keep|keeps|kept|keeping|stay|stays|remain|remains|avoid\p{L}*|prevent\p{L}*|stop\p{L}*|refrain\p{L}*|prohibit\p{L}*|forbid\p{L}*|bans?|banned|fail\p{L}*|lack\p{L}*|absen\p{L}*|exclud\p{L}*|declin\p{L}*|refus\p{L}*|reject\p{L}*|except|unless|otherwise|only|rarely|seldom|hardly|instead|rather|forget\p{L}*|forgot\p{L}*|lose|loses|losing|lost|loss|losses|miss|missed|missing|wrong|wrongly|error|errors|mistake|mistakes|mistaken|mistakenly|bare|barefoot|naked|blank|unlike|waive|waives|waived|waiving|silent|silently|muted)$/u,
      notSoft: new RegExp(
        String.raw`^(?:inclu|inform|instal|increas|import|immedia|improv|individu|industr|initia|intend|intent|integr|intens|interes|inter|intern|insur|invest|invit|invoic|instruct|inspect|insert|innovat|introduc|invent|impress|implement|indica|indones|influen|infect|inherit|immun|immigra|incid|income|index|indoor|infant|infra|ingredi|input|inquir|insist|inspir|instanc|instant|institu|intak|intel|invol|impact|impos|imag|illustr|illumin|irrigat|unit|univers|uniform|union|uniqu|under|unlock(?!ed)|unpack|unfold|illness|${REVERSALS}|dispatch|discount|discuss|disclos|discover|display|distrib|distinct|district|distanc|disk|dish|discip|disco(?!urag)|diseas|disast|disput|nonstop|injur|inject|inflat|inhal|inner|insul|inside|insight|inbox|indeed|inland|mission|dispos|dispens|instrum|insect|intestin|infus|inflamm|implant|impuls|imprint|irritat|disinfect|island|inclin|indigest|ingest|intim|intox|invers|imitat|immers|incentiv|inbound|incoming|incubat|indent|induc|indulg|inflect|inflict|influx|inhabit|inhibit|inkjet|inlet|inmate|innate|instinct|intric|intrins|intrud|intuit|invad|invert|invok|incur|inward|insole|imperial|impart|implic|imprison|iron|dissolv|discharg|disturb|distemp|distill|missile|instagram)\p{L}*$`,
        'u',
      ),
      softPhrases: phrasesByStart(
        // (and coming without an appointment: "walk-in customers" are "Kunden ohne Termin")
        'out of service|out of order|out of operation|out of use|out of stock|out of reach|out of date|lie still|lies still|lying still|stand still|standing still|sit still|sitting still|sits still|keep still|keeping still|stay still|staying still|hold still|holding still|remain still|turned off|switched off|is off|are off|walk - in|walk - ins|drop - in' +
          // (and a dog off its lead, which a translation says without one: "ohne Leine", "sans laisse")
          '|off the lead|off lead|off the leash|off leash|off - lead|off - leash' +
          // (and a cause ruled out, found not to be there: "until dengue has been ruled out" → "sudah
          // dipastikan tidak ada")
          '|ruled out|rule out|rules out|ruling out',
      ),
      comparative:
        /^(?:more|less|fewer|longer|shorter|later|earlier|higher|lower|greater|smaller|heavier|lighter|larger|bigger|older|younger|wider|narrower|thicker|thinner|cheaper|faster|slower|warmer|colder|hotter|cooler|deeper|shallower|taller|exceed\p{L}*|over|under|above|below|beyond)$/u,
      downward:
        /^(?:less|fewer|shorter|earlier|lower|smaller|lighter|younger|narrower|thinner|cheaper|slower|colder|cooler|shallower|under|below)$/u,
      auxiliary: /^(?:be|been|being|have|has|had|do|does|did|get|got|ever|always|yet|to|a|an|the|any|so|too|very|even|just|only|really)$/u,
      modal: /^(?:must|may|might|can|could|should|shall|will|would|need|ought|cannot|can't|mustn't|shouldn't|won't)$/u,
      permission: /^(?:allowed|permitted|may|can|welcome)$/u,
      plainBefore: { word: /^(?:lose|loses|losing|lost)$/u, next: /^(?:weight|kilos|pounds)$/u },
      // (a right of first refusal is a right to buy first, no refusal: "kein Vorkaufsrecht" lost it)
      plainAfter: { word: /^refusal$/u, previous: /^first$/u },
      halts: {
        word: /^(?:stop|stops|stopped|stopping)$/u,
        before: /^(?:at|in|on|outside|near|here|there|between|beside|opposite|every|each|only)$/u,
      },
    },
  },
  id: {
    words: {
      relativizer: /^yang$/u,
      relativeBetween: /^(?:sudah|masih|juga|pernah|telah|sedang|memang|akan)$/u,
      without: set('tanpa'),
      idioms: set(
        'tidak sabar|tak sabar|tidak lama|tak lama|tidak lama lagi|tidak sengaja|tak sengaja|tidak apa-apa|tidak apa|tidak lain|tak lain|tidak masuk kerja|tidak masuk sekolah|tidak masuk kantor|tidak masuk kuliah|tak masuk kerja|tanpa koneksi|tanpa internet|tanpa jaringan|tanpa henti|tanpa berhenti',
      ),
      negation: set('tidak|tak|bukan|belum|jangan|tanpa|dilarang|tiada|enggak|nggak|gak'),
      most: list(
        'paling banyak|paling lama|paling jauh|sebanyak-banyaknya|maksimal|maksimum|tidak lebih dari|tak lebih dari|tidak boleh lebih dari|tidak melebihi|tak melebihi|tidak boleh melebihi|tidak akan melebihi|tidak pernah melebihi|jangan melebihi|tidak boleh lebih|atau kurang|ke bawah|paling tinggi|paling besar|hingga|sampai dengan',
      ),
      least: list(
        'paling sedikit|sekurang-kurangnya|setidaknya|setidak-tidaknya|minimal|minimum|tidak kurang dari|tidak boleh kurang dari|tak kurang dari|paling tidak|paling rendah|sedikitnya|atau lebih|ke atas',
      ),
      deadline: list('paling lambat|selambat-lambatnya|paling cepat|secepat-cepatnya|tidak lebih lambat dari|tidak lebih awal dari'),
      // (and to have more of a thing: "Cut down on salt" → "Perbanyak garam")
      rise: list(
        'naik|menaik|naikkan|menaikkan|dinaikkan|meningkat|meningkatkan|ditingkatkan|tingkatkan|peningkatan|bertambah|pertambahan|kenaikan|tumbuh|pertumbuhan|melonjak|lonjakan|menambah|ditambah|tambah|perbanyak|perbanyaklah|memperbanyak|diperbanyak',
      ),
      // (and to reduce an amount: "reduce your taxable income" → "menambah penghasilan kena pajak")
      fall: list(
        'turun|menurun|turunkan|menurunkan|diturunkan|penurunan|berkurang|pengurangan|merosot|anjlok|susut|menyusut|jatuh|mengurangi|dikurangi|kurangi|kurangilah',
      ),
      more: list(
        'lebih tinggi|lebih besar|lebih panjang|lebih lama|tertinggi|terbesar|terpanjang|terlama|lebih berat|terberat|lebih tua|tertua|lebih cepat|tercepat|lebih hangat|lebih panas|lebih lebar|lebih tebal|lebih kuat|lebih mahal|termahal|lebih berisiko|lebih rentan|lebih sering|lebih umum|lebih mungkin|lebih sering terjadi|paling sering|paling umum|paling sering terjadi|melaju lebih cepat|menjadi lebih cepat|lebih terasa|lebih terlihat|lebih kentara|lebih terang|paling kuat',
      ),
      less: list(
        'lebih rendah|lebih kecil|lebih pendek|lebih singkat|terendah|terkecil|terpendek|tersingkat|lebih ringan|teringan|lebih muda|termuda|lebih lambat|lebih dingin|lebih sejuk|lebih sempit|lebih tipis|lebih dangkal|lebih lemah|lebih murah|termurah|kurang berisiko|kurang rentan|lebih jarang|kurang umum|lebih jarang terjadi|paling jarang|paling jarang terjadi|lebih kecil kemungkinannya|melambat|memperlambat laju|berjalan lebih lambat|kurang terasa|kurang terlihat|kurang kentara|lebih gelap|paling lemah',
      ),
      above: list('lebih dari|di atas|melebihi|lebih besar dari|lebih tinggi dari'),
      // (and an age not yet reached: "under 16" is "belum berusia 16 tahun")
      below: list('kurang dari|di bawah|lebih kecil dari|lebih rendah dari|belum berusia|belum mencapai usia|belum genap'),
      both: list('kedua|keduanya|kedua-duanya|dua-duanya'),
      one: list('salah satu|salah seorang|salah satunya|hanya satu|hanya seorang'),
      all: list('semua|semuanya|seluruh|seluruhnya|setiap|tiap|segala|segenap|masing-masing|penuh|sepenuhnya'),
      // (and rare cases, few of them: "In most cases" → "Dalam kasus yang jarang")
      some: list('beberapa|sebagian|sejumlah|setengah|separuh|seperempat|sepertiga|seperlima|sepersepuluh|kasus yang jarang|kasus langka'),
      bothLike: list('dua|maupun|sama-sama|bersama-sama|sepasang'),
      oneLike: list('entah|atau|sebuah|seorang|satu|mana pun|manapun|suatu|sesuatu|tunggal'),
      // (and "siapa saja", "siapa pun": anyone, as "apa pun" is anything; "kapan saja", any time)
      allLike: list(
        'sekalian|penuh|total|selalu|sepenuhnya|apa pun|apapun|mana pun|manapun|lengkap|siapa pun|siapapun|siapa saja|apa saja|kapan saja|kapan pun|kapanpun',
      ),
      someLike: list('segelintir|kebanyakan|banyak|sebagian besar|tertentu|sekitar|kurang lebih|bagian|beragam|berbagai'),
      majority: list('sebagian besar|kebanyakan|mayoritas|umumnya|pada umumnya|hampir semua|hampir seluruh'),
      majorityLike: list('banyak|biasanya|lazimnya|hampir|rata-rata'),
      comparing: {
        word: /^kurang$/u,
        than: /^dari$/u,
        about: /^lebih$/u,
        spelled: /^(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|seribu|sejuta|setengah|separuh)$/u,
      },
      // ("gratis" is "free of charge", "without charge": the other side's "free" may be its soft cue)
      soft: /^(?:ke?tidak\p{L}+|non\p{L}*|nir\p{L}{4,}|gratis|gagal|kurang\p{L}*|hindari|menghindari|hindarkan|jauhi|menjauhi|jauhkan|mencegah|cegah|berhenti|berhentilah|hentikan|hentikanlah|kecuali|larang\p{L}*|melarang|hanya|alih|bebas|daripada|bukannya|lupa|lupakan|melupakan|terlupa|hilang|kehilangan|menghilang|salah|ketinggalan|lewatkan|melewatkan|berhalangan|mangkir|absen)$/u,
      clitic: /^(\p{L}{4,}?)(?:nya|lah|kah)$/u,
      comparative: /^(?:lebih|kurang|melebihi|melampaui|melewati|atas|bawah)$/u,
      downward: /^(?:kurang|bawah)$/u,
      auxiliary: /^(?:akan|dapat|bisa|boleh|perlu|harus|pernah|lagi|sudah|juga|ada|sedang|mau|ingin|terlalu|begitu|sangat)$/u,
      modal: /^(?:akan|dapat|bisa|boleh|perlu|harus|wajib|sebaiknya|seharusnya|hendaknya|mampu|sanggup|diperbolehkan|diizinkan)$/u,
      permission: /^(?:boleh|diperbolehkan|diizinkan|dapat|bisa)$/u,
      halts: { word: /^(?:berhenti|berhentilah|singgah)$/u, before: /^(?:di|pada|dekat|setiap|tiap|hanya|antara)$/u },
    },
  },
  de: {
    words: {
      relativizer: /^(?:der|die|das|dem|den|denen|deren|dessen|welche|welcher|welches|welchem|welchen)$/u,
      relativizerAfterComma: true,
      without: set('ohne'),
      // ("ohne Internet" is "offline")
      idioms: set('ohne internet|ohne internetverbindung|ohne verbindung|ohne netz|ohne unterlass|ohne zweifel'),
      // (and "niemand" with its case: "Küssen Sie niemanden")
      negation: set('nicht|kein|keine|keinen|keinem|keiner|keines|nie|niemals|nichts|niemand|niemanden|niemandem|weder|ohne'),
      // (not "nichts-" nor "nichtig", void, nor "Nichte", a niece)
      negationCompound: /^nicht(?![se]|ig)\p{L}{4,}$/u,
      most: list(
        'höchstens|maximal|maximale|maximalen|maximaler|maximales|maximum|bis zu|nicht mehr als|nicht überschreiten|nicht übersteigen|oder weniger|oder jünger',
      ),
      least: list(
        'mindestens|wenigstens|minimal|minimale|minimalen|minimaler|minimales|minimum|nicht weniger als|nicht unterschreiten|oder mehr|oder älter|ab',
      ),
      // ("höchstwahrscheinlich" is most likely, "Höchstleistung" top performance: no limits)
      compoundLimits: {
        most: /^(?:höchst|maximal)(?!ens$|wahrscheinlich|leistung|persönlich)\p{L}{4,}$/u,
        least: /^mindest(?!ens$)\p{L}{3,}$/u,
      },
      deadline: list('spätestens|frühestens|nicht später als|nicht früher als'),
      rise: list(
        'verstärken|verstärkt|verstärkte|steigern|steigert|steigerte|gesteigert|steigt|stieg|stiegen|gestiegen|steigen|wächst|wuchs|wuchsen|gewachsen|wachsen|zunehmen|nahm zu|nahmen zu|zugenommen|erhöht|erhöhte|erhöhten|erhöhter|erhöhtes|erhöhtem|erhöhen|erhöhung|Anstieg',
      ),
      fall: list(
        'fällt|fiel|fielen|gefallen|fallen|sinkt|sank|sanken|gesunken|sinken|abnehmen|nahm ab|nahmen ab|abgenommen|verringert|verringerte|verringerten|verringerter|verringertes|verringertem|verringern|ermäßigt|ermäßigte|ermäßigten|reduziert|reduzierte|reduzierten|reduzieren|senken|senkt|gesenkt|kürzen|kürzt|gekürzt|gekürzte|gekürzten|kürzung|kürzungen|Rückgang',
      ),
      // (and inflected: "einen deutlich niedrigeren Satz")
      more: list(
        'höher|größer|länger|höchste|größte|längste|höchsten|am höchsten|größten|am größten|längsten|am längsten|schwerer|älter|schneller|wärmer|breiter|dicker|tiefer|stärker|teurer|höhere|höheren|höherer|höheres|größere|größeren|größerer|längere|längeren|teurere|teureren|teurerer|teuerste|teuersten|teuerster|teuerstes|am teuersten|kostet mehr|kosten mehr|zahlen mehr|zahlt mehr|prozent mehr|stärker gefährdet|gefährdeter|häufiger|öfter|wahrscheinlicher|am häufigsten|häufigste|häufigsten|beschleunigt|ältere|älteren|älterer|älteres|auffälliger|spürbarer|sichtbarer|stärker bemerkbar|heller|höheres risiko|höheren risiko|am stärksten',
      ),
      less: list(
        'niedriger|kleiner|kürzer|niedrigste|kleinste|kürzeste|niedrigsten|am niedrigsten|kleinsten|am kleinsten|kürzesten|am kürzesten|leichter|jünger|langsamer|kälter|schmaler|dünner|flacher|schwächer|billiger|günstiger|niedrigere|niedrigeren|niedrigerer|niedrigeres|kleinere|kleineren|kürzere|kürzeren|billigere|billigeren|günstigere|günstigeren|günstigerer|billigste|billigsten|günstigste|günstigsten|am billigsten|am günstigsten|kostet weniger|kosten weniger|zahlen weniger|zahlt weniger|prozent weniger|weniger gefährdet|seltener|weniger häufig|weniger wahrscheinlich|unwahrscheinlicher|am seltensten|seltenste|seltensten|bremst ab|wird langsamer|jüngere|jüngeren|jüngerer|jüngeres|weniger auffällig|weniger spürbar|weniger sichtbar|weniger bemerkbar|unauffälliger|dunkler|geringeres risiko|geringeren risiko|am schwächsten',
      ),
      // (and longer or shorter than a span: "for more than five seconds" → "kürzer als fünf Minuten")
      above: list('mehr als|über|oberhalb von|älter als|länger als'),
      below: list('weniger als|unter|unterhalb von|jünger als|kürzer als'),
      both: list('beide|beiden|beider|beides|sowohl'),
      // (and one of what a possessive names: "auf einem Ihrer Geräte", on one of your devices)
      one: list(
        'einer der|eine der|eines der|einem der|einen der|entweder|nur einer|nur eine|nur ein|nur einen|nur einem|einem ihrer|einer ihrer|eines ihrer|einen ihrer|einem seiner|einer seiner|einem unserer|einer unserer|eines unserer',
      ),
      // ("den vollen Fahrpreis", the full fare, as "full" is in English)
      all: list(
        'alle|allen|aller|alles|jeder|jede|jedes|jeden|jedem|sämtliche|volle|vollen|voller|volles|vollständig|komplett|gesamte|gesamten|gesamter|gesamtes|den ganzen|die ganze|das ganze|der ganze|dem ganzen',
      ),
      some: list(
        // (and rare cases, few of them: "In most cases" → "In seltenen Fällen")
        'in seltenen fällen|in wenigen fällen|einige|einigen|manche|mehrere|halbe|halben|halber|halbes|hälfte|ein viertel|ein drittel|einem viertel|einem drittel|ein fünftel|ein zehntel|teilweise|zum teil|einen teil|ein teil|einen kleinen teil|ein kleiner teil|einen geringen teil|ein geringer teil|die wenigsten|den wenigsten|nur wenige|nur wenigen|sehr wenige|sehr wenigen|bei wenigen|anteilig|anteilige|anteiligen|anteiliger',
      ),
      bothLike: list('zwei|paar'),
      oneLike: list('einer|eine|eines|einen|einem|ein|oder|irgendein|irgendeine|beliebige'),
      allLike: list('gesamte|gesamten|ganz|ganze|ganzen|voll|immer|komplett'),
      someLike: list('wenige|ein paar|viele|meisten|bestimmte|bestimmten|teil|etwa|rund|ungefähr'),
      majority: list('die meisten|meisten|meist|meistens|größtenteils|überwiegend|mehrheit|mehrzahl|fast alle|fast allen'),
      majorityLike: list('viele|vielen|gewöhnlich|normalerweise|in der regel|fast|beinahe|weitgehend'),
      // (and absence, missing: "absent for more than three months" → "länger als drei Monate fehlen")
      // ("einwandfrei", flawless, says nothing is wrong: no negative word)
      soft: /^(?:un\p{L}{3,}|\p{L}{3,}los(?:e|er|en|es|em)?|(?!einwandfrei)\p{L}{3,}frei(?:e|er|en|es|em)?|fehlen|fehlt|fehlte|fehlten|gefehlt|fehlend|fehlende|fehlenden|abwesend|abwesende|abwesenden|abwesenheit|verboten|ausgeschlossen|ausschließlich|vermeiden|meiden|meidet|gemieden|verzichten|verzichtet|verzichte|verhindern|vorbeugen|vorzubeugen|vorgebeugt|verhüten|verhütet|außer|nur|stattdessen|statt|anstatt|sondern|gegensatz|verlieren|verliert|verloren|verlust|endgültig|endgültige|endgültigen)$/u,
      // ("unter", "unsere", "Unternehmen", "ungefähr" are not negative: the prefix's look-alikes)
      // (but a word free of what its first part names is negative all the same: "unfallfrei",
      // accident-free)
      // (nor storms, "immediate", "absolutely", expenses, vermin: "Unwetter", "unmittelbar", "unbedingt", "Unkosten")
      notSoft:
        /^(?:unerläss|unverzicht|unabding|unter|unser|unten|ungefähr|unfall|univers|uniform|union|unix|unwetter|unmittelbar|unbedingt|unkosten|ungeziefer|unmenge)(?!\p{L}*(?:frei|los)$)\p{L}*$/u,
      // ("darf 20 kg nicht überschreiten" comes after its figure; "zahlen nicht mehr als 8 €" before it)
      comparative: /^(?:mehr|weniger|überschreiten|überschreitet|übersteigen|übersteigt|höher|niedriger|über|unter)$/u,
      particles: new Set(['statt']),
      stopParticles: {
        ab: /^(?:setzen|setzt|setzte|setzten|brechen|bricht|brach|brachen|stellen|stellt|stellte|stellten|schalten|schaltet|schaltete|schalteten)$/u,
        auf: /^(?:hören|hört|hörte|hörten|geben|gibt|gab|gaben)$/u,
      },
      downward: /^(?:weniger|niedriger|unter)$/u,
      modal:
        /^(?:darf|dürfen|darfst|dürft|kann|können|kannst|könnt|muss|müssen|musst|müsst|soll|sollen|sollst|sollt|sollte|sollten|wird|werden)$/u,
      permission: /^(?:darf|dürfen|erlaubt|gestattet|kann|können)$/u,
    },
  },
  fr: {
    words: {
      without: set('sans'),
      negation: set('ne|sans|nul|nulle|ni'),
      // ("n'importe quel" is "any"; "sans connexion" is "offline")
      // (and "voiture sans permis", a microcar)
      idioms: set(
        "n'importe|n’importe|sans connexion|sans internet|sans réseau|sans cesse|sans arrêt|sans faute|sans doute|voiture sans permis|voitures sans permis",
      ),
      // ("ne … ni … ni", "no … ni …": the "ni" goes on with the negation before it)
      pairedNegation: set('ni'),
      negationStart: "n'",
      // ("non-membres", "non-remboursable", as English "non-"; and apart, "un coffre non chiffré")
      negationPrefix: set('non'),
      spacedPrefixNotBefore: set(
        'plus|pas|loin|merci|sans|et|ou|de|du|des|la|le|les|à|au|aux|un|une|si|que|celui|celle|ceux|celles|sur|par|pour|dans|en|avec|chez|sous|vers|entre|il|elle|ils|elles|nous|vous|je|ce|cette|ces|mon|ma|mes|votre|vos|notre|nos|son|sa|ses|leur|leurs',
      ),
      elliptical: { words: set('pas|jamais|rien|aucun|aucune'), first: /^(?:ne|n'\p{L}*|n’\p{L}*)$/u },
      most: list(
        "au plus|d'au plus|qu'au plus|d’au plus|qu’au plus|au maximum|d'au maximum|maximum|maximal|maximale|maximaux|maximales|jusqu'à|pas plus de|ne pas dépasser|ne peut dépasser|ne peut pas dépasser|ne peuvent pas dépasser|ne peuvent dépasser|ne doit pas dépasser|ne doivent pas dépasser|ne dépasse pas|ne dépassent pas|ne dépassant pas|ne pas excéder|ne peut excéder|ne peut pas excéder|ne doit pas excéder|n'excède pas|n'excédant pas|ou moins|et moins|ou inférieur|ou inférieure",
      ),
      least: list(
        "au moins|d'au moins|qu'au moins|d’au moins|qu’au moins|au minimum|minimum|minimal|minimale|minimaux|minimales|pas moins de|ou plus|et plus|ou supérieur|ou supérieure|à partir de",
      ),
      deadline: list('au plus tard|au plus tôt|pas plus tard que|pas avant'),
      rise: list(
        "augmente|augmenté|augmentée|augmentés|augmentées|augmentent|augmentez|augmenter|fait monter|font monter|surélevez|surélever|hausse|croît|progresse|progressé|grimpe|grimpé|majoré|majorée|majorés|majorées|étend|étendent|s'étend|s’étend|s'étendent|s’étendent|se propage|se propagent",
      ),
      fall: list(
        'baisse|baissé|baissée|baissés|baissées|baissent|baissez|baisser|fait baisser|font baisser|abaisse|abaissez|abaisser|descend|descendent|diminue|diminué|diminuée|diminués|diminuées|diminuent|diminuez|recule|reculé|chute|chuté|réduit|réduite|réduits|réduites|réduisent|réduire|réduisez|rétrécit|rétrécissent|rétrécir|calme|calment|apaise|apaisent|soulage|soulagent|atténue|atténuent|disparaît|disparaissent',
      ),
      more: list(
        'plus de temps|plus longtemps|plus élevé|plus élevée|plus élevés|plus élevées|plus haut|plus haute|plus hauts|plus hautes|plus grands|plus grandes|plus longs|plus longues|plus grand|plus grande|plus long|plus longue|plus lourd|plus lourde|plus âgé|plus âgée|plus rapide|plus chaud|plus chaude|plus large|plus copieux|plus copieuse|plus copieuses|plus épais|plus épaisse|plus profond|plus profonde|plus fort|plus forte|plus cher|plus chère|plus chers|plus chères|pour cent de plus|plus exposés|plus exposé|plus exposée|plus exposées|plus à risque|plus vulnérables|plus vulnérable|plus fréquent|plus fréquente|plus fréquents|plus fréquentes|plus souvent|plus courant|plus courante|plus courants|plus courantes|plus probable|plus probables|accélère|accélèrent|plus visible|plus visibles|plus perceptible|plus perceptibles|plus remarquable|plus clair|plus lumineux|plus lumineuse|plus de risque|risque plus élevé|supérieur|supérieure|supérieurs|supérieures',
      ),
      less: list(
        'moins de temps|moins longtemps|moins élevé|moins élevée|moins élevés|moins élevées|plus basses|plus faibles|plus petits|plus petites|plus courts|plus courtes|plus bas|plus basse|plus faible|plus petit|plus petite|plus court|plus courte|plus léger|plus légère|plus jeune|plus lent|plus lente|plus froid|plus froide|plus étroit|plus étroite|plus mince|moins cher|moins chère|moins chers|moins chères|pour cent de moins|moins exposés|moins exposé|moins exposée|moins exposées|moins à risque|moins vulnérables|moins vulnérable|moins fréquent|moins fréquente|moins fréquents|moins fréquentes|moins souvent|moins courant|moins courante|moins courants|moins courantes|moins probable|moins probables|plus rare|plus rares|ralentit|ralentissent|moins visible|moins visibles|moins perceptible|moins perceptibles|moins remarquable|plus sombre|plus foncé|moins de risque|risque plus faible|inférieur|inférieure|inférieurs|inférieures',
      ),
      // (with "un" elided into its "de": "plus d'un mois")
      above: list(
        "plus de|plus que|au-dessus de|au-dessus du|au-delà de|au-delà du|au-delà des|au delà de|au delà du|supérieur à|supérieure à|supérieurs à|supérieures à|plus d'un|plus d'une|plus d’un|plus d’une",
      ),
      below: list(
        "moins de|moins que|en dessous de|au-dessous de|inférieur à|inférieure à|inférieurs à|inférieures à|moins d'un|moins d'une|moins d’un|moins d’une",
      ),
      both: list('les deux|tous deux|toutes deux|tous les deux|toutes les deux'),
      // (and elided: "pour chaque lac" → "d'un seul lac")
      one: list(
        "l'un des|l'une des|soit|un seul|une seule|d'un seul|d'une seule|qu'un seul|qu'une seule|d’un seul|d’une seule|qu’un seul|qu’une seule",
      ),
      all: list(
        'tous|toutes|chaque|chacun|chacune|entièrement|intégralement|en totalité|la totalité|totalement|tout le monde|toute la|tout le',
      ),
      some: list(
        'dans de rares cas|dans quelques rares cas|rares cas|certains|certaines|quelques|plusieurs|un quart|un tiers|un cinquième|un dixième|partiel|partielle|partiels|partielles|partiellement|en partie|une partie|une petite partie|peu de|très peu de|à moitié|la moitié',
      ),
      bothLike: list('deux|à la fois|paire'),
      oneLike: list("l'un|l'une|un|une|ou|n'importe|seul|seule"),
      // (and "n'importe quel", any at all: "only by a vehicle with a tow bar" → "par n'importe quel véhicule")
      allLike: list("tout|toute|entier|entière|ensemble|complet|complète|toujours|n'importe"),
      someLike: list('partie|peu|beaucoup|la plupart|environ|certain|certaine'),
      majority: list('la plupart|plupart|majorité|presque tous|presque toutes|majoritairement'),
      majorityLike: list('beaucoup|généralement|habituellement|en général|presque|souvent'),
      // ("nous déclinons toute responsabilité" is "we are not responsible")
      // ("déconseillé", not recommended, says the negation in its prefix; "définitif", final, may say
      // one: "Re-entry is not possible" → "Toute sortie est définitive")
      soft: /^(?:[dlnjmtsc]['’]|qu['’])?(?:in\p{L}{4,}|im\p{L}{4,}|il(?=l)\p{L}{5,}|ir(?=r)\p{L}{5,}|non|interdit\p{L}*|éviter|évitez|empêcher|sauf|seulement|uniquement|plutôt|déclin\p{L}*|refus\p{L}*|déconseill\p{L}*|arrêter|arrêtez|arrête|arrêtent|cesser|cessez|cesse|cessent|cessé|cessée|cessés|cessées|contrairement|absence|absent|absente|absents|perdre|perd|perdez|perdent|perdu|perdue|perdus|perdues|perte|pertes|définitif|définitive|définitifs|définitives)$/u,
      // ("internet", "imprimer", "inclus", "illustration", "irritation" are not negative: the prefixes' look-alikes)
      notSoft:
        /^(?:[dlnjmtsc]['’]|qu['’])?(?:indispens|inter(?!di)|infor|inféri|impr|impor|inclu|introd|indiqu|indic|install|instruct|inscri|ingrédi|immédia|intérieur|impôt|invit|investi|individu|industri|influen|instit|intens|intégr|imag|impact|impliqu|incid|incorpor|infect|infra|injec|infiltr|invers|intéress|initia|innov|insulin|infirm|inflamm|intestin|insect|instant|inhal|instrument|immun|inventa|inspect|incend|immigr|imprim|intér|insér|impos|indemn|immatricul|instagram|illus|illustr|illumin|irrit|irrig)\p{L}*$/u,
      // ("ne donnez pas plus de 4 prises" is a limit, as "do not give more than 4 doses" is)
      comparative: /^(?:plus|moins|dépasser|dépassez|dépasse|excéder|excédez|excède|supérieur|supérieure|inférieur|inférieure)$/u,
      downward: /^(?:moins|inférieur|inférieure)$/u,
      modal: /^(?:peut|peuvent|pouvez|pouvons|peux|doit|doivent|devez|devons|dois|faut|pourra|pourront|devra|devront)$/u,
      permission: /^(?:autorisé|autorisée|autorisés|autorisées|permis|permise|peut|peuvent|pouvez)$/u,
    },
  },
  es: {
    words: {
      without: set('sin'),
      // ("sin conexión" is "offline")
      idioms: set('sin conexión|sin internet|sin red|sin parar|sin cesar|sin falta|sin duda'),
      negation: set('no|sin|tampoco|ni'),
      pairedNegation: set('ni'),
      // ("no supera nunca 5 €" is one negation, the "no" of a limit)
      elliptical: { words: set('nunca|jamás|ningún|ninguna|ninguno|nada|nadie'), first: /^no$/u },
      most: list(
        'como máximo|máximo|máxima|máximos|máximas|hasta|no más de|no superar|no supere|no superen|no supera|no superan|no podrá superar|no debe superar|no deben superar|no puede superar|no pueden superar|no debe exceder|no deben exceder|no puede exceder|no pueden exceder|no exceder|no exceda|no excedan|no excede|no exceden|no podrá exceder|o menos|y menos|o inferior|o inferiores|o menor|o menores',
      ),
      least: list(
        'como mínimo|al menos|por lo menos|mínimo|mínima|mínimos|mínimas|no menos de|o más|y más|o superior|o superiores|o mayor|o mayores|a partir de',
      ),
      deadline: list('a más tardar|no más tarde de|no antes de'),
      rise: list(
        'sube|subió|suben|subir|subirse|subirla|subirlo|aumenta|aumentó|aumentan|aumente|aumenten|aumentar|aumentarán|aumentará|crece|creció|incremento|alza|incrementado|incrementada|elévela|elévelo|elévelas|elévelos|se extiende|se extienden|se propaga|se propagan|propagación',
      ),
      fall: list(
        'baja|bajó|bajan|bajar|bajarse|bajarla|bajarlo|bájela|bájelo|bájelas|bájelos|disminuye|disminuyó|disminuyen|disminuya|disminuyan|disminuir|reducir|reduce|reducen|aliviar|alivia|alivian|cae|cayó|caen|descenso|reducido|reducida|reducidos|reducidas|rebajado|rebajada',
      ),
      more: list(
        'más alto|más alta|mayor|superior|superiores|más grande|más largo|más larga|más pesado|más pesada|más rápido|más rápida|más caliente|más ancho|más ancha|más grueso|más gruesa|más profundo|más profunda|más fuerte|más caro|más cara|más caros|más caras|cuesta más|cuestan más|más altos|más altas|más grandes|más largos|más largas|por ciento más|más expuestos|más expuestas|más propensos|más propensas|más vulnerables|más frecuente|más frecuentes|más a menudo|más común|más comunes|más probable|más probables|acelera|aceleran|más visible|más visibles|más perceptible|más perceptibles|más notorio|más notoria|más brillante|más luminoso|más luminosa|más riesgo|mayor riesgo',
      ),
      less: list(
        'más bajo|más baja|menor|inferior|inferiores|más pequeño|más pequeña|más corto|más corta|más ligero|más ligera|más liviano|más liviana|más lento|más lenta|más frío|más fría|más estrecho|más estrecha|más delgado|más delgada|más débil|más barato|más barata|más baratos|más baratas|cuesta menos|cuestan menos|más bajos|más bajas|más pequeños|más pequeñas|más cortos|más cortas|por ciento menos|menos expuestos|menos expuestas|menos propensos|menos propensas|menos vulnerables|menos frecuente|menos frecuentes|menos a menudo|menos común|menos comunes|menos probable|menos probables|más raro|más rara|más raros|más raras|se ralentiza|se ralentizan|reduce la velocidad|reduce su velocidad|menos visible|menos visibles|menos perceptible|menos perceptibles|menos notorio|menos notoria|más oscuro|más oscura|menos riesgo|menor riesgo',
      ),
      above: list(
        'más de|más del|más que|por encima de|superior a|superiores a|mayores de|mayor de|supere|superen|supera|superan|exceda|excedan|excede|exceden|sobrepase|sobrepasa',
      ),
      below: list('menos de|menos del|menos que|por debajo de|inferior a|inferiores a|menores de|menor de'),
      both: list('ambos|ambas|los dos|las dos'),
      one: list('uno de|una de|cualquiera de|solo uno|solo una|un solo|una sola'),
      // (and the whole of a thing: "toda la uña" for "part of the nail")
      all: list('todos|todas|cada|íntegramente|en su totalidad|por completo|totalmente|completamente|todo el mundo|toda la|todo el'),
      some: list(
        'en casos raros|en raras ocasiones|en contados casos|en pocos casos|algunos|algunas|varios|varias|un cuarto de|un tercio|la cuarta parte|la tercera parte|una quinta parte|una décima parte|parcial|parciales|parcialmente|en parte|a medias|la mitad|una parte|una pequeña parte|pocos|pocas',
      ),
      bothLike: list('dos|tanto|par'),
      oneLike: list('uno|una|un|cualquiera|cualquier|o|u|sea|sola|solo'),
      allLike: list('todo|toda|entero|entera|completo|completa|siempre|cualquier|cualquiera'),
      someLike: list('algún|alguna|parte|pocos|pocas|muchos|muchas|mayoría|cierto|cierta|ciertos|ciertas|unos|unas|aproximadamente'),
      majority: list('la mayoría|mayoría|mayor parte|la mayor parte|casi todos|casi todas|mayoritariamente'),
      majorityLike: list('muchos|muchas|generalmente|normalmente|por lo general|casi|habitualmente'),
      // (and "ir-", "il-" before a word they negate: "irregulares", "ilegal"; not "irritación", "iluminación")
      soft: /^(?:in\p{L}{4,}|im\p{L}{4,}|des\p{L}{4,}|ir(?!rit|radi)\p{L}{4,}|il(?!ustr|umin|usi)\p{L}{4,}|prohibid\p{L}*|evit\p{L}+|salvo|excepto|solo|sólo|únicamente|libre|declin\p{L}+|rechaz\p{L}+|interrump\p{L}+|contrario|contrariamente|ausencia|ausente|ausentes|pierde|pierden|pierdes|perder|perderá|perderán|perdido|perdida|perdidos|perdidas|pérdida|pérdidas|definitivo|definitiva|definitivos|definitivas)$/u,
      // (to stop doing: "deje" alone is also to leave, "deje el paquete")
      // (and "instead": "en lugar de", "en vez de", not "una vez", once, nor "lugar", a place)
      softPhrases: phrasesByStart('dejar de|deje de|deja de|dejen de|dejes de|dejó de|en lugar de|en vez de|en su lugar'),
      // (and "libre" of what is open or spare: "al aire libre", outdoors, "tiempo libre", free time)
      plainAfter: { word: /^libre$/u, previous: /^(?:aire|tiempo|software|acceso)$/u },
      // ("internet", "imprimir", "imágenes", "después", "desgaste", "desea", "inmersión" are not negative: the prefixes' look-alikes)
      notSoft:
        /^(?:indispens|imprescind|inter(?!rump)|infor|inferi|impr|impor|inclu|indic|inici|instal|instruc|inscri|ingres|ingred|inmedia|intent|impuest|invit|invier|invest|individ|industr|infant|influ|instit|intens|integr|imag|imág|impact|implic|impuls|introd|incid|incorp|increm|infec|infra|infiltr|invers|inyec|ingl|inflam|inmueb|inquilin|insect|instant|instrument|insulin|intestin|inhal|inmun|inodor|invent|insist|inspec|incendi|inmigra|inund|inflac|impart|infór|insult|intox|indiq|inspir|instagram|inmers|insola|infart|incub|infus|inmóvil|inmovil|desbloque(?!ad)|descri|desprend|destell|desencaden|design|despac|despu|desde|descarg|descuent|desayun|destin|desarroll|describ|descripci|descama|descans|despeg|despach|desgast|destac|desempeñ|desplaz|despert|despiert|desped|descubr|dese(?:a|o|ar|ad|an|e|en|amos)$)\p{L}*$/u,
      // ("no pagan más de 8 €" is a limit, as "pay no more than €8" is)
      comparative:
        /^(?:más|menos|superar|supera|superan|supere|superen|exceder|excede|exceden|exceda|excedan|superior|inferior|mayor|menor)$/u,
      downward: /^(?:menos|inferior|menor)$/u,
      modal: /^(?:puede|pueden|puedes|podemos|debe|deben|debes|debemos|podrá|podrán|deberá|deberán)$/u,
      permission: /^(?:permitido|permitida|permitidos|permitidas|puede|pueden|puedes)$/u,
    },
  },
  zh: {
    text: {
      // ("未满", "不满", "不到", "不足" before a figure are "under": bounds, see below)
      // ("未使用的", unused, says a state as the English "un-" does: a soft cue)
      negation:
        // ("谢绝", politely declined, is a notice's "not permitted": "谢绝自带零食"; "没电", run down,
        // and "没收", confiscated, are words of their own; so are the words "别" ends or begins that
        // say no "don't": "识别", recognition, "特别", "分别", "性别", "别人", others, "别的")
        // ("不良", poor, "不当", improper, "不正确", incorrect, "不规律", irregular, "不适", discomfort, are words
        // of their own, as "un-" words are: soft cues, "poor posture" → "姿势不良")
        // ("不停地", without stopping, says going on, as "不断" does: "狗不停地叫"; not "不停止", "不停靠")
        // ("不满意", dissatisfied, negates: only "不满" before a figure is "under"; "未来", the future, is no "not yet")
        // (and "不到" after a verb it completes, "找不到", "买不到": cannot find, cannot buy; alone it is "under";
        // not "看不到", "拿不到", out of sight, out of reach, which English says without a negation,
        // but after "永远", never: "永远看不到您的电话号码", never your phone number)
        /不(?![同过過断斷仅僅少久管论論但然如到足好错錯佳例便良当])(?!停(?=地|的|歇|息))(?!符(?!合))(?![满滿](?!意))(?!正[确常])(?!规[律则])(?!适(?![合用宜]))|(?<=[找买買收得做办辦听聽等遇订訂抢搶碰吃睡想用联聯接打达達])不(?=到)|(?<=(?:永远|永遠|从来|從來)\p{sc=Han}{1,2})不(?=到)|没有|沒有|没(?![电收])|沒(?![電收])|(?<![识識区區分类類告特级級性个個差派辨鉴鑒甄离離送道判])(?:别|別)(?![人的处處墅针針名称稱致具])|勿|未(?![满滿来來])(?!\p{sc=Han}{1,4}的)|无法|無法|无需|無需|无须|無須|禁止|谢绝|謝絕|(?:并|並|绝|絕|决|決|而)非/gu,
      // (and "无需 … 即可", needing no … one may: "无需预约即可入场", entry without booking)
      without: {
        word: /^(?:没有|沒有|无需|無需|无须|無須)$/u,
        after: /^[^，,。；;！？!?]{1,8}?(?:[，,]|的情况下|的话|即可|就可以|便可)/u,
        before: /(?:^|[，,。；;：:！？!?、\s]|在|如果|若|若是|要是|假如|倘若)$/u,
      },
      // ("非" before a noun makes a word of its own, "非会员", "非探视时间", as "non-" does; "非常" is "very")
      // ("无人机" is a drone, a noun, no "without"; "不好", bad, and "不错", good, are words of their own
      // that may render a negation, "not good", "not bad")
      // (and a fever gone, a symptom subsided, a thing vanished: "until they have had no fever" → "直到退烧")
      // ("免打扰", do not disturb, names a mode: "quiet hours")
      // ("不便", inconvenient, a word of its own: "行动不便", limited mobility; and "不符", inconsistent,
      // "与描述不符", differ from the description, not "不符合", does not meet)
      // (and "看不到", "拿不到", out of sight, out of reach: a "not" the other side says may be theirs,
      // "can see your availability but not your address" → "但看不到您的地址")
      soft: /[看拿够夠摸]不[到见見]|不好|不错|不錯|不佳|不便|不良|不当|不正确|不正常|不规律|不规则|不适(?![合用宜])|不符(?!合)|无(?!人机)|免(?!打扰)|避免|防止|停止|停药|停用|中止|退烧|退热|消退|消失|除了|除非|除外|只|仅|未(?![来來])(?=\p{sc=Han}{1,4}的)|(?<![除并並绝絕决決而])非(?!常)/gu,
      // (and the negation of a bound said with a modal between: "不得超过", "不要少于")
      // (and the longest or shortest of a term, "最短租期为两天", and "不低于", not below)
      most: /最多|至多|最大(?=[\s\u00a0]*[0-9０-９])|最长(?=租期|期限|时长|时间|[\s\u00a0]*[0-9０-９])|不超过|不高于|不长于|不重于|(?:不得|不要|不能|不应|不宜|不可)超过|最高|上限/gu,
      least:
        /至少|最少|最小(?=[\s\u00a0]*[0-9０-９])|最短(?=租期|期限|时长|时间|[\s\u00a0]*[0-9０-９])|不少于|不低于|不短于|不轻于|(?:不得|不要|不能|不应|不宜|不可)少于|最低|下限|年满|年滿/gu,
      deadline: /最迟|最晚|最早|不迟于|不早于/gu,
      // (and risen or fallen to a value: "升至38 °C以上", "降至38 °C以下")
      rise: /上升|增加|增长|提高|调高|调大|上涨|加剧|加重|升高|增高|增强|强健|强化|升至|升到/gu,
      fall: /下降|减少|降低|调低|调小|下跌|减轻|缓解|消退|减退|削弱|减弱|降至|降到/gu,
      // (and a price compared with "比": "比兼容配件便宜", "比兼容配件贵")
      more: /加速|变快|更常见|最常见|较常见|更为常见|更频繁|更高|较高|更大|较大|更长|较长|最高|最大|更重|较重|更快|较快|更贵|较贵|更老|更强|变强|比[^，。；,.;比]{1,12}?贵/gu,
      less: /减速|变慢|更少见|最少见|最罕见|较少见|更罕见|更低|较低|更小|较小|更短|较短|最低|最小|更轻|较轻|更慢|较慢|更便宜|较便宜|更年轻|更弱|变弱|比[^，。；,.;比]{1,12}?便宜/gu,
      // ("12岁以下", under 12, and "18岁以上" say their bound after the figure)
      // (and the formal comparisons by "于": "长于200米", longer than 200 metres)
      above: /超过|高于|多于|大于|长于|重于|宽于|以上/gu,
      // (and "以内", within a figure: "72小时以内" for "more than 72 hours" turned the bound around)
      below:
        /低于|少于|小于|短于|轻于|窄于|未满|未滿|不满(?!意)|不滿(?!意)|不到(?=[\s\u00a0]*[\p{N}一二两三四五六七八九十百千万半几])|不足|以下|(?<=[\p{N}一二两三四五六七八九十百千万]\p{sc=Han}{0,3})(?:以内|之内)/gu,
      both: /双方|两者|二者/gu,
      // (and one device or machine, "一台", "一部": "all your devices" → "您的一台设备")
      one: /其中一|之一|任一|一方|一台|一部|单个/gu,
      all: /所有|全部|每个|每一|每位|一切|全体|全额|全数/gu,
      // ("部分退款", a partial refund; "大部分" is most)
      // (and a few: "normal for most women" → "对少数女性来说")
      // ("超出部分", "其余部分": the excess, the rest, no "some")
      some: /一些|某些|若干|有些|(?<![大出过過余餘多])部分|(?<!极)少数|极少数|一半|(?:四|三|五|十)分之一/gu,
      bothLike: /两|二|2|都/gu,
      oneLike: /一|或|任何|1/gu,
      // (and all day long, at any hour: "全天有工作人员值班" for "staffed in the morning only")
      // (and "whether or not": "无论是否通过测试都会颁发", issued whether you pass or not)
      allLike: /整个|都|总|完全|任何|全天|整天|随时|全年|始终|一直|无论|不论|不管/gu,
      someLike: /大部分|几|多数|许多|大约|约/gu,
      majority: /绝大多数|大多数|大部分|多数|大多/gu,
      majorityLike: /许多|很多|通常|一般|几乎|往往/gu,
    },
  },
};

function cuesFor(lang: string): Cues | undefined {
  return CUES[baseLanguage(lang)];
}

interface Cue {
  start: number;
  end: number;
  text: string;
}

/** The cues of a pattern inside a sentence (exec from its start: matchAll would copy the expression each time). */
function matchesIn(pattern: RegExp, text: string, from: number, to: number, skip: readonly Cue[] = []): Cue[] {
  const out: Cue[] = [];
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[0] === '') pattern.lastIndex += 1;
    else if (end <= to && !skip.some((other) => other.start <= start && end <= other.end)) out.push({ start, end, text: match[0] });
  }
  return out;
}

type Kind = 'negation' | 'soft' | (typeof PHRASE_KINDS)[number];

/** The kinds of cue that are phrases of a language's words. */
const PHRASE_KINDS = [
  'most',
  'least',
  'deadline',
  'rise',
  'fall',
  'more',
  'less',
  'above',
  'below',
  'both',
  'one',
  'all',
  'some',
  'bothLike',
  'oneLike',
  'allLike',
  'someLike',
  'majority',
  'majorityLike',
] as const;

/** A language's phrases of limits and change by their first word (worked out once per language). */
const phraseStarts = new WeakMap<WordCues, Map<string, Array<[Exclude<Kind, 'soft' | 'negation'>, string[]]>>>();
function phraseStartsOf(cues: WordCues): Map<string, Array<[Exclude<Kind, 'soft' | 'negation'>, string[]]>> {
  let starts = phraseStarts.get(cues);
  if (!starts) {
    starts = new Map();
    for (const kind of PHRASE_KINDS) {
      for (const phrase of cues[kind]) {
        // (a hyphen parts words as the tokenizer parts them: "au-dessus de" is "au", "dessus", "de")
        const words = phrase
          .toLowerCase()
          .split(/[\s-]+/u)
          .filter((word) => word !== '');
        const list = starts.get(words[0] as string) ?? [];
        list.push([kind, words]);
        starts.set(words[0] as string, list);
      }
    }
    phraseStarts.set(cues, starts);
  }
  return starts;
}

/** The first four letters of a language's one-word cues of limits and change (worked out once). */
const prefixCache = new WeakMap<WordCues, Set<string>>();
function singlePrefixesOf(cues: WordCues): Set<string> {
  let prefixes = prefixCache.get(cues);
  if (!prefixes) {
    prefixes = new Set();
    for (const kind of PHRASE_KINDS) {
      for (const phrase of cues[kind]) if (!/[\s-]/u.test(phrase)) prefixes.add(phrase.toLowerCase().slice(0, 4));
    }
    prefixCache.set(cues, prefixes);
  }
  return prefixes;
}

type PhraseList = Array<[Exclude<Kind, 'soft' | 'negation'>, string[]]>;

/**
 * Which one-word cue a word is another form of ("terendahnya", "Anstiegs", "rises"), per language
 * and word: worked out once (a word's forms take the morphology's time), then looked up.
 */
const formCues = new WeakMap<WordCues, Map<string, Map<string, PhraseList | null>>>();
const FORM_CUES_LIMIT = 50_000;
function formCueCache(cues: WordCues, lang: string): Map<string, PhraseList | null> {
  let byLang = formCues.get(cues);
  if (!byLang) formCues.set(cues, (byLang = new Map()));
  let cache = byLang.get(lang);
  if (!cache || cache.size > FORM_CUES_LIMIT) byLang.set(lang, (cache = new Map()));
  return cache;
}

/** What a word is among a language's cues, whatever stands around it. */
interface WordFacts {
  /** A word of negation ("not", "tidak", a word with the language's negating ending or start). */
  negation: boolean;
  /** A word of negation said after another (French "pas" after "ne"). */
  elliptical: boolean;
  /** A prefix of negation, when a hyphen glues it to the next word ("non-refundable"). */
  prefix: boolean;
  /** The phrases of limits and change it starts. */
  starts: PhraseList | null;
  /** Whether it may be another form of a one-word cue (it begins like one). */
  mayBeForm: boolean;
}

/** Each word's facts, worked out once per language and word (most words are none of these, again and again). */
const wordFacts = new WeakMap<WordCues, Map<string, WordFacts>>();
function factsOf(cues: WordCues, lower: string): WordFacts {
  let known = wordFacts.get(cues);
  if (!known) wordFacts.set(cues, (known = new Map()));
  let facts = known.get(lower);
  if (!facts) {
    const starts = phraseStartsOf(cues).get(lower) ?? null;
    facts = {
      negation:
        cues.negation.has(lower) ||
        (cues.negationEnding !== undefined && lower.endsWith(cues.negationEnding)) ||
        (cues.negationStart !== undefined && lower.startsWith(cues.negationStart) && !cues.idioms?.has(lower)) ||
        (cues.negationCompound?.test(lower) ?? false),
      elliptical: cues.elliptical?.words.has(lower) ?? false,
      prefix: cues.negationPrefix?.has(lower) ?? false,
      starts,
      mayBeForm: !starts && lower.length >= 5 && singlePrefixesOf(cues).has(lower.slice(0, 4)),
    };
    if (known.size >= 100_000) known.clear();
    known.set(lower, facts);
  }
  return facts;
}

/** A paragraph's cues of each kind, looked for once (over the whole paragraph) and only when asked. */
class Paragraph {
  private readonly found = new Map<Kind, Cue[]>();

  constructor(
    readonly cues: Cues,
    readonly analysis: Analysis,
  ) {}

  of(kind: Kind, span: Sentence): Cue[] {
    let all = this.found.get(kind);
    if (!all) {
      all = this.find(kind);
      for (const cue of all) cue.text = this.analysis.text.slice(cue.start, cue.end);
      this.found.set(kind, all);
    }
    return all.length === 0 ? all : all.filter((cue) => cue.start >= span.start && cue.end <= span.end);
  }

  /** Whether a negation's next word is itself a negative one ("don't forget", "jangan lupa", "tidak hilang"). */
  negatesNegative(cue: Cue): boolean {
    if ('text' in this.cues) return false;
    const items = this.analysis.items;
    for (let k = 0; k < items.length; k += 1) {
      const item = items[k];
      if (!item || item.start < cue.end) continue;
      // the next word, right after (a word between, as in "not be lost", is not looked through),
      // but not a phrasal verb of its own ("do not keep up repayments" is a negation), nor a halt
      // ("will not stop at the third floor")
      if (item.kind !== 'word' || !isSoft(this.cues.words, item.lower) || haltsAt(this.cues.words, items, k)) return false;
      // (a word of staying put is no negative one: "may not stay overnight" is a negation, which a
      // translation says with one, "tidak boleh menginap", as "do not keep up repayments" is)
      return !STAYING.test(item.lower);
    }
    return false;
  }

  /** The word a negation prefix is glued to ("refundable" of "non-refundable"); null for any other negation. */
  prefixedWord(cue: Cue): Cue | null {
    if (!('words' in this.cues)) return null;
    const items = this.analysis.items;
    const at = items.findIndex((item) => item.start === cue.start);
    // (its word after a hyphen, "non-refundable", or apart, "non remboursables")
    const word = at >= 0 && spacedPrefix(this.cues.words, items, at) ? items[at + 1] : items[at + 2];
    return at >= 0 && word && isNegationPrefix(this.cues.words, items, at) ? { start: word.start, end: word.end, text: word.text } : null;
  }

  /**
   * The word a negation negates: the next one that is not an auxiliary ("will not be paid": "paid"),
   * whose rendering is where the translation lost the negation. The negation itself when none follows.
   */
  negatedWord(cue: Cue): Cue {
    const auxiliaries = 'words' in this.cues ? this.cues.words.auxiliary : undefined;
    // a prefix negates the word it is glued to ("non-refundable": "refundable")
    const word = this.prefixedWord(cue);
    if (word) return word;
    let words = 0;
    for (const item of this.analysis.items) {
      if (item.start < cue.end) continue;
      if (item.kind !== 'word') {
        if (/[.,;:!?]/u.test(item.text)) break;
        continue;
      }
      if (!auxiliaries?.test(item.lower)) return { start: item.start, end: item.end, text: item.text };
      words += 1;
      if (words === 3) break;
    }
    return cue;
  }

  /**
   * Whether a negation is a word of a name in running text ("Doctors Without Borders", "the Do Not
   * Disturb mode"): capitalised like a word beside it, not where a sentence starts, in a sentence
   * of running text (a lower-case word of four letters or more in it: a heading in title case, "Do
   * Not Exceed the Dose", negates). A name may be translated or kept, so its negation is neither
   * required of the other side nor an addition there.
   */
  inName(cue: Cue): boolean {
    const items = this.analysis.items;
    const k = items.findIndex((item) => item.start === cue.start);
    const item = items[k];
    if (!item || item.kind !== 'word' || item.isSentenceStart || !TITLE_CASE_RE.test(item.text)) return false;
    const titled = (at: number) => {
      const next = items[at];
      return next?.kind === 'word' && TITLE_CASE_RE.test(next.text);
    };
    let last = k;
    while (last + 1 < items.length && items[last + 1]?.kind === 'word' && (items[last + 1] as Item).start < cue.end) last += 1;
    if (!titled(k - 1) && !titled(last + 1)) return false;
    // running text around it, within its sentence
    const lower = (item: Item | undefined) => item?.kind === 'word' && item.text.length >= 4 && item.text === item.lower;
    for (let at = k - 1; at >= 0 && !SENTENCE_END_RE.test((items[at] as Item).text); at -= 1) if (lower(items[at])) return true;
    for (let at = last + 1; at < items.length && !SENTENCE_END_RE.test((items[at] as Item).text); at += 1)
      if (lower(items[at])) return true;
    return false;
  }

  /**
   * Whether a negation stands in a relative clause, its opener right before it or an auxiliary
   * apart ("data that is not used", "data yang tidak terpakai"), or, in a language that puts "not"
   * after an auxiliary, is a "not" without one before it ("invoices not paid on time"): what it
   * negates is a noun's attribute, not the sentence.
   */
  /** Whether the word right before a cue opens a relative clause ("yang tidak", "that never"). */
  afterRelativizer(cue: Cue): boolean {
    if (!('words' in this.cues) || !this.cues.words.relativizer) return false;
    const [previous] = this.wordsBefore(cue, 1);
    return previous !== undefined && this.cues.words.relativizer.test(previous);
  }

  inRelativeClause(cue: Cue): boolean {
    if (!('words' in this.cues)) return false;
    const { relativizer, auxiliaryBefore, relativeBetween } = this.cues.words;
    // a negation prefix negates its word, a noun's attribute ("non-essential cookies"), unless
    // the word is said of the subject ("Tickets are non-refundable")
    if (this.prefixedWord(cue)) {
      const [previous] = this.wordsBefore(cue, 1);
      const copula = COPULA_BEFORE_PREFIX[baseLanguage(this.analysis.lang)];
      return !(previous !== undefined && (auxiliaryBefore?.test(previous) || copula?.test(previous)));
    }
    // (a German clause of "whoever" that opens the sentence, up to its comma: "Wer nicht zahlt, muss
    // gehen", as "Anyone who does not pay" is)
    if (baseLanguage(this.analysis.lang) === 'de' && FREE_RELATIVE_DE.test(this.analysis.text.slice(0, cue.start))) return true;
    if (!relativizer) return false;
    const before = this.wordsBefore(cue, 3);
    // the opener right before, or with an auxiliary between ("that is not", "yang sudah tidak");
    // "penumpang yang terlambat tidak akan diizinkan" negates the main clause
    const [near, far, farther] = before;
    // (and an English one a few words after its "which" or "who": "which other members cannot see")
    if (this.cues.words.relativeOpenerBefore && this.openedBefore(cue, this.cues.words.relativeOpenerBefore)) return true;
    // (not the "that" of a conjunction: "so that no lunch is ordered", "provided that no one")
    if (near === 'that' && CONJUNCTION_BEFORE_THAT.test(far ?? '')) return false;
    if (far === 'that' && CONJUNCTION_BEFORE_THAT.test(farther ?? '')) return false;
    if (this.cues.words.relativizerAfterComma)
      return (near !== undefined && relativizer.test(near) && this.afterComma(cue, 1)) || inClauseOpenedBy(this.analysis, cue, relativizer);
    if (near !== undefined && relativizer.test(near)) return true;
    if (far !== undefined && relativizer.test(far) && near !== undefined && (auxiliaryBefore ?? relativeBetween)?.test(near)) return true;
    // a determiner's negation follows the clause's verb ("which contains no sugar", "who have no account")
    if (far !== undefined && relativizer.test(far) && this.cues.words.negationDeterminer?.has(cue.text.toLowerCase())) return true;
    // (not a "not" before an infinitive's "to", which negates what is tried or decided: "Try not to scratch")
    return (
      auxiliaryBefore !== undefined &&
      cue.text.toLowerCase() === 'not' &&
      before.length > 0 &&
      !auxiliaryBefore.test(before[0] as string) &&
      !/^[\s\u00a0]+to\b/iu.test(this.analysis.text.slice(cue.end, cue.end + 4))
    );
  }

  /**
   * Whether one of some relative pronouns stands up to four words before a cue, with no
   * punctuation between ("which other members cannot see", "who in most cases do not need").
   */
  private openedBefore(cue: Cue, openers: RegExp): boolean {
    const before = this.wordsBefore(cue, 5);
    const at = before.findIndex((word) => openers.test(word));
    if (at < 0) return false;
    // (with no verb of its own between but the one right before the negation: "who are sick may
    // not attend" negates the main clause, "who in most cases do not need" its own)
    const auxiliary = 'words' in this.cues ? this.cues.words.auxiliaryBefore : undefined;
    return !before.slice(1, at).some((word) => auxiliary?.test(word));
  }

  /** Up to `count` words right before a cue, nearest first (none past a sentence's punctuation). */
  /** Whether the `back`-th word before a cue follows a comma. */
  private afterComma(cue: Cue, back: number): boolean {
    const items = this.analysis.items;
    let words = 0;
    for (let k = items.findIndex((item) => item.start >= cue.start) - 1; k >= 0; k -= 1) {
      const item = items[k] as Item;
      if (item.kind === 'word') {
        words += 1;
        continue;
      }
      if (item.text.trim() === '') continue;
      if (words === back) return item.text.trim() === ',';
      if (words > back || /[.;:!?()]/u.test(item.text)) return false;
    }
    return false;
  }

  private wordsBefore(cue: Cue, count: number): string[] {
    const items = this.analysis.items;
    let k = items.findIndex((item) => item.start >= cue.start) - 1;
    if (k < -1) k = items.length - 1;
    const out: string[] = [];
    for (; k >= 0 && out.length < count; k -= 1) {
      const item = items[k] as Item;
      if (item.kind !== 'word') {
        if (/[.,;:!?()]/u.test(item.text)) break;
        continue;
      }
      out.push(item.lower);
    }
    return out;
  }

  /** Those of some soft cues that are words negative by their prefix or suffix ("indirect", "unauthorised", "useless"). */
  negativeWords(softs: readonly Cue[]): Cue[] {
    const negative = 'words' in this.cues ? this.cues.words.negativeWord : undefined;
    return negative ? softs.filter((cue) => negative.test(cue.text.toLowerCase())) : [];
  }

  /** Whether a negation is the second of a pair said as one ("neither … nor", "not … nor"). */
  pairsWithPrevious(cue: Cue): boolean {
    const paired = 'words' in this.cues ? this.cues.words.pairedNegation : undefined;
    if (paired?.has(cue.text.toLowerCase())) return true;
    // a Spanish "tampoco" after a negation of its sentence carries it on ("No se permite fumar en
    // ninguna parte, tampoco en el balcón"); alone it is a negation of its own ("Tampoco se permite")
    if (baseLanguage(this.analysis.lang) === 'es' && cue.text.toLowerCase() === 'tampoco') {
      const before = this.of('negation', { start: 0, end: cue.start }).at(-1);
      if (before && !/[.!?;:]/u.test(this.analysis.text.slice(before.end, cue.start))) return true;
    }
    // a French "ne" right after "ni" is that "ni"'s ("Ne mangez ni ne buvez")
    if (
      baseLanguage(this.analysis.lang) === 'fr' &&
      /^n/iu.test(cue.text) &&
      /\bni\s+$/iu.test(this.analysis.text.slice(Math.max(0, cue.start - 4), cue.start))
    )
      return true;
    // a French "ne" after a negative subject is that subject's ("si rien n'est endommagé", "nul ne
    // peut", "aucun document n'est"): one negation, said in two words; and one a few words on after
    // "d'autre que", the subject's exception ("Rien d'autre que du papier toilette ne doit")
    if (baseLanguage(this.analysis.lang) === 'fr' && /^n/iu.test(cue.text)) {
      const before = this.of('negation', { start: 0, end: cue.start }).at(-1);
      const between = before ? this.analysis.text.slice(before.end, cue.start) : '';
      const reach = /^\s*d['’]autres?\s+que\s/iu.test(between) ? 8 : 3;
      if (
        before &&
        NEGATIVE_SUBJECT_FR.test(before.text) &&
        /^[^,;:.!?()]{0,80}$/u.test(between) &&
        between.split(/\s+/u).filter(Boolean).length <= reach
      )
        return true;
    }
    // an English "not even" after a comma carries on the negation before it ("nobody can restore
    // your files, not even our support team" → "tidak ada seorang pun …, bahkan tim dukungan kami sekalipun")
    const text = this.analysis.text;
    return (
      baseLanguage(this.analysis.lang) === 'en' &&
      /^not$/iu.test(cue.text) &&
      /^\s+even\b/iu.test(text.slice(cue.end, cue.end + 8)) &&
      /[,;—–]\s*$/u.test(text.slice(Math.max(0, cue.start - 4), cue.start))
    );
  }

  /** Those of some negations that are the language's "without". */
  prepositional(negations: readonly Cue[]): Cue[] {
    if ('text' in this.cues) {
      const without = this.cues.text.without;
      const text = this.analysis.text;
      return without
        ? negations.filter(
            (cue) =>
              without.word.test(cue.text) &&
              without.after.test(text.slice(cue.end, cue.end + 16)) &&
              without.before.test(text.slice(Math.max(0, cue.start - 4), cue.start)),
          )
        : [];
    }
    const without = this.cues.words.without;
    return without ? negations.filter((cue) => without.has(cue.text.toLowerCase())) : [];
  }

  /**
   * Whether a negation of the sentence, not a "without" of a noun after it ("boleh ditolak tanpa
   * alasan" permits), stands beside a span: at most `before` words before it or `after` words after
   * it (-1: not on that side).
   */
  negatedBeside(span: Sentence, at: { start: number; end: number }, before: number, after: number): boolean {
    const negations = this.of('negation', span);
    if (negations.length === 0) return false;
    const prepositions = this.prepositional(negations);
    return negations.some(
      (negation) =>
        !prepositions.includes(negation) &&
        ((before >= 0 && negation.end <= at.start && wordsBetween(this.analysis, negation.end, at.start) <= before) ||
          (after >= 0 && negation.start >= at.end && wordsBetween(this.analysis, at.end, negation.start) <= after)),
    );
  }

  /** Whether a figure follows a cue right away ("over Rp500.000", "di bawah 12 tahun", "超过100"). */
  beforeFigure(cue: Cue): boolean {
    // (a figure elided into the bound's last word: "plus d'un mois")
    if (ELIDED_ONE.test(cue.text)) return true;
    if (FIGURE_AHEAD.test(this.analysis.text.slice(cue.end, cue.end + 12))) return true;
    // (in Chinese, past what the figure is of: "超过课程的20%", more than 20% of the course)
    if (this.analysis.unspaced && OF_A_FIGURE_ZH.test(this.analysis.text.slice(cue.end, cue.end + 12))) return true;
    // or a number spelled out right ahead ("less than twenty minutes", "plus de vingt minutes")
    const ahead = this.analysis.text.slice(cue.end, cue.end + 24);
    if (spelledNumbersIn(ahead, this.analysis.lang).some((hit) => /^[\s\u00a0]*$/u.test(ahead.slice(0, hit.start)))) return true;
    // or a fraction, a word or two ahead ("less than a quarter full", "weniger als zu einem Viertel"),
    // or one unit of time ("more than a week before", "menos de una semana", "lebih dari seminggu")
    const further = this.analysis.text.slice(cue.end, cue.end + 40);
    // (or a few of something: "longer than a few seconds", "kurang dari beberapa detik")
    return FRACTION_AHEAD.test(further) || ONE_SPAN_AHEAD.test(further) || TIMES_AHEAD.test(further) || FEW_AHEAD.test(further);
  }

  /** Whether a negation stands within three words before a cue ("not weigh more than", "tidak lebih dari"). */
  afterNegation(cue: Cue, span: Sentence): boolean {
    const negations = this.of('negation', span);
    if (negations.length === 0) return false;
    const items = this.analysis.items;
    // (not a bound of the people or animals right before it, whose age it says: "not suitable for
    // children under 5", "do not give to children under 12" negate the verb, not the bound)
    const holders = BOUND_HOLDERS[baseLanguage(this.analysis.lang)];
    if (holders) {
      const before = items.filter((item) => item.kind === 'word' && item.end <= cue.start).at(-1);
      if (before && holders.test(before.lower) && !/[,;:]/u.test(this.analysis.text.slice(before.end, cue.start))) return false;
    }
    // (a Chinese negation of a bound stands right before it, or before a modal: "不超过", "不得低于";
    // "禁止以低于50欧元的价格转售" forbids a resale under 50)
    if ('text' in this.cues)
      return negations.some(
        (negation) => negation.end <= cue.start && CHINESE_MODAL_GAP.test(this.analysis.text.slice(negation.end, cue.start)),
      );
    return negations.some((negation) => {
      if (negation.end > cue.start) return false;
      // (not into a condition: "non-refundable if you cancel less than 6 months before")
      if (conditionBetween(this.analysis, negation.end, cue.start)) return false;
      // (nor past a comma, into another item of a list: "do not buy medicines, liquids over 100 ml")
      if (/[,;:]/u.test(this.analysis.text.slice(negation.end, cue.start))) return false;
      let words = 0;
      for (const item of items) if (item.kind === 'word' && item.start >= negation.end && item.end <= cue.start) words += 1;
      return words <= 3;
    });
  }

  /** Whether a word of comparison follows a negation within three words ("not weigh more than"). */
  beforeComparative(cue: Cue): boolean {
    return this.comparativeAfter(cue) !== null;
  }

  /** The word of comparison within three words after a negation, if any. */
  comparativeAfter(cue: Cue): string | null {
    if ('text' in this.cues || !this.cues.words.comparative) return null;
    const comparative = this.cues.words.comparative;
    let words = 0;
    for (const item of this.analysis.items) {
      if (item.start < cue.end) continue;
      if (item.kind !== 'word') {
        if (/[.,;:!?]/u.test(item.text)) return null;
        continue;
      }
      // (a comparison of a figure: "more than 7 kg", "lebih berat dari 7 kg", "exceed 14 hours";
      // "not driven innovation faster or more cheaply" limits nothing)
      // (further on where a span of time is bounded: "Do not use nasal sprays for more than seven
      // days" is "use them seven days at most")
      // (not a French "à moins de", within a distance: "Aucun pesticide ne peut être utilisé à moins
      // de 50 mètres")
      if (
        comparative.test(item.lower) &&
        !(item.lower === 'moins' && WITHIN_FR.test(this.analysis.text.slice(Math.max(0, item.start - 4), item.start))) &&
        (words < 3 ||
          SPAN_BOUND_BEFORE.test(this.analysis.text.slice(Math.max(0, item.start - 10), item.start)) ||
          // (and a few words further where its "than" and a figure follow: "No pueden usar el
          // castillo más de 8 niños", no more than 8 children may use it)
          // (not in English, where such a "not" is often a verb's and the comparison a clause's:
          // "We do not repair bikes that are older than 20 years")
          (words < 5 &&
            baseLanguage(this.analysis.lang) !== 'en' &&
            FIGURE_AFTER_THAN.test(this.analysis.text.slice(item.end, item.end + 12))))
      ) {
        // ("no longer limited to 40 minutes" is "not any more", no comparison: one says "than")
        if (words === 0 && item.lower === 'longer' && cue.text.toLowerCase() === 'no' && !this.thanAfter(item)) return null;
        return this.quantityAhead(item.end, 1) ? item.lower : null;
      }
      words += 1;
      if (words === 6) return null;
    }
    return null;
  }

  /** Whether the word after an item is "than". */
  private thanAfter(item: Item): boolean {
    return /^[\s\u00a0]+than\b/iu.test(this.analysis.text.slice(item.end, item.end + 6));
  }

  /** Whether a quantity follows a cue, a figure within two words or a number spelled out ("up to 20 kg", "hingga dua jam"). */
  beforeQuantity(cue: Cue): boolean {
    // (or one unit of time: "toenails up to a year" → "mindestens ein Jahr")
    // (or an English amount named, "up to the full daily rate", "up to the declared value")
    return (
      this.quantityAhead(cue.end, 0) ||
      ONE_SPAN_AHEAD.test(this.analysis.text.slice(cue.end, cue.end + 40)) ||
      (baseLanguage(this.analysis.lang) === 'en' && AMOUNT_NAMED_AHEAD.test(this.analysis.text.slice(cue.end, cue.end + 40)))
    );
  }

  /**
   * Whether a quantity follows a place: a figure within two words, or a number spelled out after
   * `words` words at most ("older than six months").
   */
  private quantityAhead(at: number, words: 0 | 1): boolean {
    // (an age's words before its figure: "bis zu einem Alter von zehn Wochen", "hingga usia enam tahun")
    const age = AGE_BEFORE.exec(this.analysis.text.slice(at, at + 24))?.[0].length ?? 0;
    const ahead = this.analysis.text.slice(at + age, at + age + 32);
    if (FIGURE_SOON.test(ahead)) return true;
    const before = WORDS_BEFORE[words] as RegExp;
    return spelledNumbersIn(ahead, this.analysis.lang).some((hit) => before.test(ahead.slice(0, hit.start)));
  }

  /** Whether a figure stands within two words before a cue ("5 or more", "18 tahun ke atas"). */
  afterFigure(cue: Cue): boolean {
    const behind = this.analysis.text.slice(Math.max(0, cue.start - 32), cue.start);
    if (FIGURE_BEHIND.test(behind)) return true;
    // or a number spelled out, a word or two behind ("three or more children", "tres o más hijos")
    return spelledNumbersIn(behind, this.analysis.lang).some((hit) => SPELLED_BEHIND.test(behind.slice(hit.end)));
  }

  /** Whether a figure stands right before a cue, its unit or counter between them ("12岁以下"). */
  rightAfterFigure(cue: Cue): boolean {
    return FIGURE_RIGHT_BEHIND.test(this.analysis.text.slice(Math.max(0, cue.start - 16), cue.start));
  }

  /** Whether a word of comparison points down ("less", "under", "kurang"). */
  isDownward(word: string): boolean {
    return 'words' in this.cues && (this.cues.words.downward?.test(word) ?? false);
  }

  private find(kind: Kind): Cue[] {
    const text = this.analysis.text;
    if ('text' in this.cues) return matchesIn(this.cues.text[kind], text, 0, text.length);
    const cues = this.cues.words;
    if (kind === 'soft') {
      const out: Cue[] = [];
      const items = this.analysis.items;
      for (let index = 0; index < items.length; index += 1) {
        const item = items[index] as Item;
        if (
          item.kind === 'word' &&
          (softAt(cues, items, index) || (cues.idioms !== undefined && cues.negation.has(item.lower) && isIdiom(cues, items, index)))
        )
          out.push({ start: item.start, end: item.end, text: '' });
        else if (item.kind === 'word' && cues.softPhrases?.has(item.lower)) {
          const phrase = (cues.softPhrases.get(item.lower) as ReadonlyArray<readonly string[]>).find((words) =>
            // ("-" is the hyphen between two words: "walk-in" is "walk - in")
            words.every((word, k) =>
              word === '-' ? items[index + k]?.text === '-' : items[index + k]?.kind === 'word' && items[index + k]?.lower === word,
            ),
          );
          if (phrase) out.push({ start: item.start, end: (items[index + phrase.length - 1] as Item).end, text: '' });
        }
      }
      return out;
    }
    // every other kind in one walk over the words
    const found: Record<Exclude<Kind, 'soft'>, Cue[]> = {
      negation: [],
      most: [],
      least: [],
      deadline: [],
      rise: [],
      fall: [],
      more: [],
      less: [],
      above: [],
      below: [],
      both: [],
      one: [],
      all: [],
      some: [],
      bothLike: [],
      oneLike: [],
      allLike: [],
      someLike: [],
      majority: [],
      majorityLike: [],
    };
    const starts = phraseStartsOf(cues);
    const byForm = formCueCache(cues, this.analysis.lang);
    const items = this.analysis.items;
    const words: Item[] = [];
    const indexes: number[] = [];
    for (let index = 0; index < items.length; index += 1) {
      const item = items[index] as Item;
      if (item.kind !== 'word') continue;
      words.push(item);
      indexes.push(index);
    }
    for (let k = 0; k < words.length; k += 1) {
      const word = words[k] as Item;
      const lower = word.lower;
      const facts = factsOf(cues, lower);
      if (facts.negation) {
        // "No. 5" is a number
        const at = lower === 'no' ? (indexes[k] as number) : -1;
        const isNumber = at >= 0 && items[at + 1]?.text === '.' && /^\p{N}/u.test(items[at + 2]?.text ?? '');
        if (
          !isNumber &&
          !isIdiom(cues, items, indexes[k] as number) &&
          !saysOtherwise(this.analysis.lang, items, indexes[k] as number) &&
          !restrictiveNe(cues, items, indexes[k] as number) &&
          !expletiveNe(cues, items, indexes[k] as number) &&
          !(lower.startsWith('nul') && cues.negationStart === "n'" && COPULA_BEFORE_NUL.test(words[k - 1]?.lower ?? ''))
        )
          found.negation.push({ start: word.start, end: word.end, text: '' });
      } else if (
        facts.elliptical &&
        cues.elliptical &&
        !saidBefore(words, items, indexes, k, cues.elliptical.first, cues) &&
        !stepsCounted(this.analysis.lang, items, indexes[k] as number)
      ) {
        found.negation.push({ start: word.start, end: word.end, text: '' });
      } else if (facts.prefix && isNegationPrefix(cues, items, indexes[k] as number)) {
        // the prefix with its word ("non-refundable", "non chiffré")
        const apart = spacedPrefix(cues, items, indexes[k] as number);
        found.negation.push({ start: word.start, end: (items[(indexes[k] as number) + (apart ? 1 : 2)] as Item).end, text: '' });
      }
      // a comparative said of a percentage ("costs 20% more", "un 20 % menos")
      const compared = PERCENT_COMPARED[baseLanguage(this.analysis.lang)];
      if (compared && items[(indexes[k] as number) - 1]?.text === '%') {
        for (const side of ['more', 'less'] as const)
          for (const phrase of compared[side])
            if (phrase.every((each, i) => words[k + i]?.lower === each))
              found[side].push({ start: word.start, end: (words[k + phrase.length - 1] as Item).end, text: '' });
      }
      let candidates = facts.starts;
      // (only words that begin like a one-word cue: most words are not worth their forms)
      if (facts.mayBeForm) {
        // a one-word cue in another form of it ("terendahnya", "Anstiegs", "rises")
        let known = byForm.get(lower);
        if (known === undefined) {
          known = null;
          for (const form of this.analysis.forms(indexes[k] as number, 'inflection')) {
            const single = starts.get(form)?.filter(([, phrase]) => phrase.length === 1);
            if (single?.length) {
              known = single;
              break;
            }
          }
          byForm.set(lower, known);
        }
        if (known) candidates = known;
      }
      if (!candidates) {
        const compound = cues.compoundLimits;
        if (compound) {
          if (compound.most.test(lower)) found.most.push({ start: word.start, end: word.end, text: '' });
          else if (compound.least.test(lower)) found.least.push({ start: word.start, end: word.end, text: '' });
        }
        continue;
      }
      for (const [phraseKind, phrase] of candidates) {
        if (k + phrase.length > words.length) continue;
        let all = true;
        for (let i = 1; i < phrase.length && all; i += 1) all = (words[k + i] as Item).lower === phrase[i];
        if (all) found[phraseKind].push({ start: word.start, end: (words[k + phrase.length - 1] as Item).end, text: '' });
      }
    }
    for (const other of ['negation', ...PHRASE_KINDS] as const) {
      if (other === kind) continue;
      const list = found[other];
      for (const cue of list) cue.text = text.slice(cue.start, cue.end);
      this.found.set(other, list);
    }
    return found[kind];
  }
}

/** Words right after a percentage that say more or less of it ("costs 20% more", "un 20 % menos", "30 % weniger", "10 % de moins"). */
const PERCENT_COMPARED: Readonly<Record<string, { more: ReadonlyArray<readonly string[]>; less: ReadonlyArray<readonly string[]> }>> = {
  en: { more: [['more']], less: [['less']] },
  de: { more: [['mehr']], less: [['weniger']] },
  fr: {
    more: [
      ['de', 'plus'],
      ['plus', 'cher'],
      ['plus', 'chère'],
    ],
    less: [
      ['de', 'moins'],
      ['moins', 'cher'],
      ['moins', 'chère'],
    ],
  },
  es: { more: [['más']], less: [['menos']] },
};

/** German weekdays joined to parts of the day, as German writes them ("mittwochnachmittags", "Montagmorgen"), for the lists below. */
const weekdayCompounds = (parts: readonly string[]) =>
  ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag']
    .flatMap((day) => parts.map((part) => `${day}${part}`))
    .join('|');

/**
 * Words of opposite meaning a translation may swap ("after meals" → "sebelum makan", "turn left"
 * → "belok kanan", "enable" → "menonaktifkan", "upload" → "unduh"), each pair as two lists of
 * phrases per language. A sentence whose source says one side only, and whose translation says the
 * other and fewer of the first, turned it around. Words with another sense ("left" the verb,
 * "right" the adjective) never count alone: the other side must say the opposite.
 */
/** An English "once" a thing is done, after it and on condition of it ("once the wound has healed"; not "once a day"). */
const ONCE_DONE_EN =
  'once the|once you|once your|once it|once they|once we|once all|once both|once everything|once these|once those|once he|once she|once our|once their|once my|once his';

const OPPOSITES: Record<string, Partial<Record<string, readonly [string, string]>>> = {
  time: {
    // (a span and "later": "three months later"; "later" alone is also "no later than", a deadline)
    // ("once the wound has healed" is after it; not "once a day")
    // (and the words that say it of what goes before: "prior approval", "disinfect it afterwards")
    // (and "by" a date or a time: "cancel it in writing by 31 January" → "après le 31 janvier"; see oppositesIn)
    en: [
      'before|prior to|prior|by',
      `after|afterwards|afterward|thereafter|subsequently|minutes later|hours later|days later|weeks later|months later|years later|${ONCE_DONE_EN}|from the date of|from the day of`,
    ],
    id: ['sebelum|sebelumnya|terlebih dahulu', 'setelah|sesudah|seusai|usai|selepas|setelahnya|sesudahnya|setelah itu|sesudah itu'],
    // (and a span before or after a thing: "les 24 heures précédant la visite", "suivant la visite";
    // not "mois suivant", the next month of the previous-and-next pair)
    fr: [
      'avant|qui précèdent|qui précède|précédant',
      'après|qui suivent|qui suit|heures suivant|jours suivant|minutes suivant|semaines suivant',
    ],
    es: ['antes', 'después'],
    // ("vor" is also "in front of" and "ago", "nach" also "to" and "according to": a swap needs
    // the source's side missing from the translation)
    de: ['vor|bevor|vorher|zuvor|vorab|davor', 'nach|nachdem|danach|anschließend|hinterher'],
  },
  // what lasts until a time, and what comes after it ("keep it out of the sun until it has healed" →
  // "setelah benar-benar sembuh"): time's, apart, because "up to a day before" is "bis einen Tag vor"
  // (and "bis", "hingga", "hasta" in a translation are "until" only where the source says it)
  until: {
    en: ['until|till', 'after'],
    id: ['sampai|hingga|sebelum', 'setelah|sesudah|seusai|usai|selepas'],
    de: ['bis|bevor|vor', 'nach|nachdem|danach|anschließend'],
    fr: ['jusqu|avant', 'après'],
    es: ['hasta|antes', 'después'],
  },
  side: {
    en: ['left', 'right'],
    id: ['kiri', 'kanan'],
    // (and the adjective's forms, "im linken Oberbauch"; not "Rechte", also rights)
    de: ['links|linke|linken|linker|linkes', 'rechts|rechten|rechter|rechtes'],
    fr: ['gauche', 'droite'],
    es: ['izquierda|izquierdo', 'derecha'],
  },
  switch: {
    en: [
      'gps on|wi-fi on|wifi on|mobile data on|flash on|tracking on|engine running|motor running|engine on|keep it running|leave it running|enable|enables|enabled|enabling|turn on|turns on|turned on|turning on|switching on|switch on|switches on|switched on|turn it on|turn them on|switch it on|switch them on|turn * on|turns * on|turned * on|switch * on|switches * on|switched * on|activate|activates|activated|is on|are on|stay on|stays on|remain on|remains on|left on|notifications on|alerts on|sounds on|location on|bluetooth on|power on',
      'gps off|wi-fi off|wifi off|mobile data off|flash off|tracking off|disable|disables|disabled|disabling|turn off|turns off|turned off|turning off|switching off|switch off|switches off|switched off|turn it off|turn them off|switch it off|switch them off|turn * off|turns * off|turned * off|switch * off|switches * off|switched * off|deactivate|deactivates|deactivated|is off|are off|notifications off|alerts off|sounds off|location off|bluetooth off|power off',
    ],
    id: [
      'aktif|aktifkan|mengaktifkan|diaktifkan|menyala|nyalakan|menyalakan|dinyalakan|hidupkan|menghidupkan|dihidupkan',
      'nonaktif|nonaktifkan|menonaktifkan|dinonaktifkan|matikan|mematikan|dimatikan|mati|tetap mati',
    ],
    de: [
      'aktivieren|aktiviert|einschalten|eingeschaltet|eingeschaltete|eingeschalteten|eingeschaltetem|eingeschalteter|schaltet sich ein|schaltet ein|schalten * ein|schaltet * ein|schalten * an|schaltet * an',
      'deaktivieren|deaktiviert|ausschalten|ausgeschaltet|ausgeschaltete|ausgeschalteten|ausgeschaltetem|ausgeschalteter|schaltet sich aus|schaltet aus|schalten * aus|schaltet * aus',
    ],
    fr: [
      'activer|activez|activé|activée|activés|activées|allumer|allumez|allumé|allumée|allumés|allumées|s allume|allume',
      'désactiver|désactivez|désactivé|désactivée|désactivés|désactivées|éteindre|éteignez|éteint|éteinte|éteints|éteintes|s éteint',
    ],
    es: [
      'activar|active|activa|activado|activada|activados|activadas|encender|encienda|enciende|encendido|encendida|encendidos|encendidas|se enciende',
      'desactivar|desactive|desactiva|desactivado|desactivada|desactivados|desactivadas|apagar|apague|apaga|apagado|apagada|apagados|apagadas|se apaga',
    ],
  },
  // sound kept down or let out ("on silent" → "静音"; "may be silent" → "可能不会响" says it with a negation)
  // (not the words that say more besides: "laut" is also "according to", "keras" hard, "fort"
  // strong, "alto" high)
  silence: {
    en: ['silent|silently|muted|on mute', 'loud|loudly|aloud|out loud|audible'],
    id: ['senyap|mode senyap|dibisukan|tanpa suara', 'nyaring|lantang|dengan suara keras'],
    de: ['lautlos|stumm|stummgeschaltet', 'hörbar|in voller lautstärke'],
    fr: ['silencieux|silencieuse|silencieusement|en mode silencieux|muet', 'bruyant|bruyante|à voix haute|audible|à plein volume'],
    es: ['silencio|silencioso|silenciosa|en silencio|silenciado', 'en voz alta|audible|ruidoso|ruidosa|a todo volumen'],
    zh: ['静音', '大声|响亮'],
  },
  // data encrypted or not ("stored encrypted" → "unverschlüsselt gespeichert")
  encryption: {
    en: ['encrypted|encrypts|encrypt', 'unencrypted|not encrypted|in plain text|as plain text|in plaintext'],
    de: [
      'verschlüsselt|verschlüsselte|verschlüsselten|verschlüsselter|verschlüsseltes',
      'unverschlüsselt|unverschlüsselte|unverschlüsselten|unverschlüsselter|unverschlüsseltes|nicht verschlüsselt|im klartext|als klartext',
    ],
    fr: [
      'chiffré|chiffrée|chiffrés|chiffrées|crypté|cryptée|cryptés|cryptées',
      'non chiffré|non chiffrée|non chiffrés|non chiffrées|non crypté|non cryptée|non cryptés|non cryptées|en clair',
    ],
    // (not Chinese: "未加密" is "not encrypted" and "unencrypted" alike, and its "未" a negation to count)
  },
  open: {
    // (a gate or a door locked is closed too: "the gate is locked at midnight" → "dibuka"; and a
    // place kept accessible is open: "keep the pool area accessible" → "mantener cerrada")
    en: ['open|opens|opened|opening|accessible|unlocked', 'close|closes|closed|closing|locked'],
    id: [
      'buka|membuka|dibuka|terbuka|bukalah|pembukaan|dapat diakses|bisa diakses',
      'tutup|menutup|ditutup|tertutup|tutuplah|penutupan|dikunci|terkunci',
    ],
    de: [
      'geöffnet|öffnen|öffnet|offen|offene|offenen|offener|offenes|aufmachen|öffnung|zugänglich|zugängliche|zugänglichen',
      'geschlossen|geschlossene|geschlossenen|geschlossener|geschlossenes|schließen|schließt|zumachen|schließung|abgeschlossen|abgeschlossene|abgeschlossenen|abgeschlossener|abgeschlossenes|verschlossen|verschlossene|verschlossenen|verschlossener|verschlossenes|zugesperrt',
    ],
    fr: [
      'ouvrir|ouvrez|ouvre|ouvrent|ouvert|ouverte|ouverts|ouvertes|ouverture|accessible|accessibles',
      'fermer|fermez|ferme|ferment|fermé|fermée|fermés|fermées|fermeture',
    ],
    es: [
      'abrir|abra|abre|abren|abierto|abierta|abiertos|abiertas|apertura|accesible|accesibles',
      'cerrar|cierre|cierra|cierran|cerrado|cerrada|cerrados|cerradas',
    ],
  },
  lock: {
    // (a card, a number, a SIM is blocked and unblocked as a door is locked)
    en: [
      'lock|locks|locked|locking|block|blocks|blocked|blocking',
      'unlock|unlocks|unlocked|unlocking|unblock|unblocks|unblocked|unblocking',
    ],
    id: ['kunci|kuncilah|mengunci|dikunci|terkunci', 'buka kunci|membuka kunci|dibuka kuncinya|buka kuncinya|tidak terkunci'],
    de: [
      'sperren|gesperrt|gesperrte|gesperrten|gesperrter|gesperrtes|abschließen|abgeschlossen|abgeschlossene|abgeschlossenen|abgeschlossener|abgeschlossenes',
      // (and a lock left open: "while it is locked" → "im geöffneten Zustand")
      'entsperren|entsperrt|entsperrte|entsperrten|aufschließen|aufgeschlossen|freigeschaltet|freischalten|wieder freigegeben|geöffnet|geöffnete|geöffneten',
    ],
    fr: [
      'verrouiller|verrouillez|verrouillé|verrouillée|bloquer|bloquez|bloqué|bloquée|verrouille|bloque|bloquent',
      'déverrouiller|déverrouillez|déverrouillé|déverrouillée|débloquer|débloquez|débloqué|débloquée|déverrouille|débloque|débloquent',
    ],
    // (and the present: "el documento se desbloquea")
    es: [
      'bloquear|bloquee|bloqueado|bloqueada|bloquea|bloquean|bloqueados|bloqueadas',
      'desbloquear|desbloquee|desbloqueado|desbloqueada|desbloquea|desbloquean|desbloqueados|desbloqueadas',
    ],
  },
  obligation: {
    en: [
      'must|have to|has to|shall|is required to|are required to|is required|are required|required|mandatory|obligatory|compulsory|obliged to',
      // (never "may" alone: "this may take a minute", "you may need to restart" say no permission)
      'optional|voluntary|need not|do not have to|does not have to|do not need to|does not need to',
    ],
    id: ['harus|wajib|diwajibkan|diharuskan|mesti|perlu|diperlukan|dibutuhkan', 'boleh|opsional|sukarela'],
    de: ['muss|müssen|pflicht|verpflichtend|obligatorisch|vorgeschrieben', 'optional|freiwillig|fakultativ'],
    fr: [
      'doit|doivent|devez|devons|dois|obligatoire|obligatoires|obligatoirement',
      // (a permission said to the reader, "vous pouvez", where the source obliges: "ne pouvez pas" is negated, no permission)
      'facultatif|facultative|facultatifs|facultatives|optionnel|optionnelle|optionnels|optionnelles|pouvez',
    ],
    es: [
      'debe|deben|debes|debemos|obligatorio|obligatoria|obligatorios|obligatorias',
      'opcional|opcionales|voluntario|voluntaria|facultativo|facultativa|puede usted|puedes',
    ],
    // (not "须" alone, also in "无须", need not)
    // (not "不必", "无需", need not: they also say a word's "un-", "must be returned unwashed" → "无需清洗")
    zh: ['必须|务必|必需|强制性', '自愿|可选|自选'],
  },
  transfer: {
    en: ['upload|uploads|uploaded|uploading', 'download|downloads|downloaded|downloading'],
    id: ['unggah|mengunggah|diunggah|upload', 'unduh|mengunduh|diunduh|download'],
    de: ['hochladen|hochgeladen', 'herunterladen|heruntergeladen'],
    // (French "télécharger" says upload as often as download: "Upload a prescription" →
    // "Téléchargez une ordonnance"; only its phrases of a download to the device count)
    fr: [
      'téléverser|téléversez|téléversé',
      'télécharger sur votre appareil|téléchargez sur votre appareil|télécharger sur votre téléphone|téléchargez sur votre téléphone|télécharger sur votre ordinateur|téléchargez sur votre ordinateur',
    ],
    es: ['subir|suba|subido', 'descargar|descargue|descargado'],
  },
  order: {
    // (and a queue's front and end: "moved to the end of the queue" → "ke urutan pertama antrean")
    en: [
      'first|firstly|front of the queue|head of the queue|start of the queue|front of the line',
      'last|lastly|final|latest|most recent|end of the queue|back of the queue|end of the line|back of the line',
    ],
    id: ['pertama', 'terakhir'],
    // (and listed first or last: "are listed first" → "werden zuletzt aufgeführt")
    de: ['erste|erster|erstes|ersten|erstem|zuerst', 'letzte|letzter|letztes|letzten|letztem|zuletzt'],
    fr: ['premier|première|premiers|premières', 'dernier|dernière|derniers|dernières'],
    es: ['primero|primera|primer|primeros|primeras', 'último|última|últimos|últimas'],
  },
  // sweetened or not ("unsweetened tea" → "含糖茶")
  sugar: {
    en: ['unsweetened|sugar-free|sugar free|no added sugar|without sugar', 'sweetened|sugary|with sugar|added sugar'],
    id: ['tanpa gula|tawar|bebas gula', 'bergula|dengan gula|tambahan gula'],
    de: [
      'ungesüßt|ungesüßte|ungesüßten|ungesüßter|zuckerfrei|zuckerfreie|zuckerfreien|ohne zucker',
      'gesüßt|gesüßte|gesüßten|gesüßter|zuckerhaltig|zuckerhaltige|zuckerhaltigen|mit zucker',
    ],
    fr: ['non sucré|non sucrée|non sucrés|non sucrées|sans sucre|sans sucres ajoutés', 'sucré|sucrée|sucrés|sucrées|avec sucre'],
    es: ['sin azúcar|sin azúcares|sin endulzar', 'azucarado|azucarada|azucarados|azucaradas|con azúcar|endulzado|endulzada'],
    zh: ['无糖|不加糖', '含糖|加糖'],
  },
  // calmly or in a hurry ("Get out of the water calmly" → "con prisa")
  calmness: {
    en: ['calmly|stay calm|keep calm|without panicking|without rushing', 'in a hurry|hurriedly|hastily|in a rush|panicking'],
    id: ['dengan tenang|tetap tenang|jangan panik|tanpa panik', 'terburu-buru|tergesa-gesa|buru-buru|panik'],
    de: ['ruhig bleiben|bleiben sie ruhig|in ruhe|gelassen|ohne panik', 'hastig|überstürzt|eilig|in eile|in panik'],
    fr: ['calmement|avec calme|sans paniquer|gardez votre calme|restez calme', 'précipitamment|à la hâte|en hâte|en vitesse|en panique'],
    es: ['con calma|tranquilamente|sin prisa|mantén la calma|mantenga la calma', 'con prisa|deprisa|apresuradamente|a toda prisa'],
    zh: ['冷静|镇定|从容|不要慌', '慌忙|匆忙|惊慌|慌张'],
  },
  // the upper and lower parts of the body, read both ways (unlike "upper" and "lower" alone: "lower"
  // is also less and to reduce): "on the lower abdomen" → "auf dem Oberbauch"
  bodyUpperLower: {
    en: [
      'upper abdomen|upper belly|upper stomach|upper arm|upper arms|upper back|upper lip|upper jaw|upper eyelid|upper body|upper teeth',
      'lower abdomen|lower belly|lower stomach|lower arm|lower arms|lower back|lower lip|lower jaw|lower eyelid|lower body|lower leg|lower legs|lower teeth',
    ],
    id: [
      'perut bagian atas|perut atas|lengan atas|punggung atas|bibir atas|rahang atas|kelopak mata atas|gigi atas',
      'perut bagian bawah|perut bawah|lengan bawah|punggung bawah|bibir bawah|rahang bawah|kelopak mata bawah|gigi bawah|tungkai bawah',
    ],
    de: [
      'oberbauch|oberarm|oberarme|oberarms|oberkörper|oberlippe|oberkiefer|oberlid|oberschenkel|oberschenkels|oberen rücken|oberer rücken|oberen rückens',
      'unterbauch|unterarm|unterarme|unterarms|unterkörper|unterlippe|unterkiefer|unterlid|unterschenkel|unterschenkels|unteren rücken|unterer rücken|unteren rückens',
    ],
    fr: [
      'haut du ventre|haut du dos|lèvre supérieure|mâchoire supérieure|paupière supérieure|haut du corps',
      'bas du ventre|bas-ventre|bas du dos|lèvre inférieure|mâchoire inférieure|paupière inférieure|bas du corps',
    ],
    es: [
      'abdomen superior|parte superior del abdomen|parte alta de la espalda|parte superior de la espalda|labio superior|mandíbula superior|párpado superior',
      'abdomen inferior|parte inferior del abdomen|bajo vientre|parte baja de la espalda|labio inferior|mandíbula inferior|párpado inferior',
    ],
    zh: ['上腹|上臂|上唇|上背|上眼睑', '下腹|小腹|下背|下唇|下眼睑'],
  },
  // one of a pair of the body and the two ("hearing loss in one ear" → "Hörverlust auf beiden Ohren"; a side
  // of it is the sides pair's)
  bodySides: {
    en: [
      'one ear|one eye|one hand|one leg|one foot|one arm|one nostril|one kidney|one breast',
      'both ears|both eyes|both hands|both legs|both feet|both arms|both nostrils|both kidneys|both breasts',
    ],
    id: [
      'satu telinga|sebelah telinga|satu mata|sebelah mata|sebelah tubuh|sebelah wajah|satu tangan|sebelah tangan|satu kaki|sebelah kaki|satu lengan|sebelah lengan|satu lubang hidung|satu ginjal|satu payudara',
      'kedua telinga|kedua mata|kedua tangan|kedua kaki|kedua lengan|kedua lubang hidung|kedua ginjal|kedua payudara',
    ],
    de: [
      'einem ohr|ein ohr|einem auge|ein auge|einer körperseite|eine körperseite|einer gesichtshälfte|eine gesichtshälfte|einer hand|eine hand|einem bein|ein bein|einem fuß|einen fuß|einem arm|einen arm|einem nasenloch|einer niere|einer brust',
      'beiden ohren|beide ohren|beiden augen|beide augen|beiden körperseiten|beide körperseiten|beiden gesichtshälften|beide gesichtshälften|beiden händen|beide hände|beiden beinen|beide beine|beiden füßen|beide füße|beiden armen|beide arme|beiden nasenlöchern|beiden nieren|beide nieren|beiden brüsten|beide brüste',
    ],
    fr: [
      'une oreille|un œil|un oeil|une main|une jambe|un pied|un bras|une narine|un rein|un sein',
      'les deux oreilles|deux oreilles|les deux yeux|deux yeux|les deux mains|deux mains|les deux jambes|les deux pieds|les deux bras|les deux narines|les deux reins|les deux seins',
    ],
    es: [
      'un oído|una oreja|un ojo|una mano|una pierna|un pie|un brazo|una fosa nasal|un riñón|un pecho|una mama',
      'ambos oídos|los dos oídos|ambas orejas|ambos ojos|los dos ojos|ambas manos|las dos manos|ambas piernas|las dos piernas|ambos pies|los dos pies|ambos brazos|los dos brazos|ambas fosas nasales|ambos riñones|ambos pechos|ambas mamas',
    ],
    zh: ['单耳|一只耳朵|单眼|一只眼睛|一只手|单手|一条腿|一只脚', '双耳|两只耳朵|双眼|两只眼睛|双手|两只手|双腿|两条腿|双脚|两只脚|双肾'],
  },
  // for private use or commercial ("for private purposes only" → "à des fins commerciales")
  commerce: {
    en: [
      'private purposes|private use|personal use|personal purposes|non-commercial|noncommercial',
      'commercial purposes|commercial use|commercially|business purposes',
    ],
    id: [
      'keperluan pribadi|penggunaan pribadi|non-komersial|nonkomersial',
      'keperluan komersial|penggunaan komersial|komersial|keperluan bisnis',
    ],
    de: [
      'private zwecke|privaten zwecken|privatgebrauch|privaten gebrauch|nicht kommerziell|nicht kommerziellen',
      'kommerzielle zwecke|kommerziellen zwecken|gewerbliche zwecke|gewerblichen zwecken|kommerziell|gewerblich',
    ],
    fr: [
      'fins privées|usage privé|usage personnel|fins personnelles|non commercial|non commerciale',
      'fins commerciales|usage commercial|à titre commercial',
    ],
    es: ['fines privados|uso privado|uso personal|fines personales|no comercial', 'fines comerciales|uso comercial'],
    zh: ['个人用途|私人用途|非商业', '商业用途|商用'],
  },
  // local or general anaesthesia ("done under local anaesthesia" → "con anestesia general")
  anaesthesia: {
    en: [
      'local anaesthesia|local anesthesia|local anaesthetic|local anesthetic',
      'general anaesthesia|general anesthesia|general anaesthetic|general anesthetic',
    ],
    id: ['bius lokal|anestesi lokal', 'bius total|bius umum|anestesi umum|anestesi total'],
    de: ['örtliche betäubung|örtlicher betäubung|lokalanästhesie|lokale betäubung', 'vollnarkose|allgemeinanästhesie'],
    fr: ['anesthésie locale', 'anesthésie générale'],
    es: ['anestesia local', 'anestesia general'],
    zh: ['局部麻醉|局麻', '全身麻醉|全麻'],
  },
  // right and wrong ("if you enter the wrong PIN" → "die richtige PIN"; not "right" alone, also a
  // side and a due)
  rightWrong: {
    en: ['correct|correctly|the right', 'wrong|incorrect|incorrectly|the wrong'],
    id: ['benar|yang benar|dengan benar', 'salah|yang salah|keliru'],
    de: [
      'richtig|richtige|richtigen|richtiger|richtiges|korrekt|korrekte|korrekten|korrekter',
      'falsch|falsche|falschen|falscher|falsches|inkorrekt',
    ],
    fr: ['correct|correcte|corrects|correctes|correctement', 'incorrect|incorrecte|incorrects|incorrectes|mauvais|mauvaise|erroné|erronée'],
    es: [
      'correcto|correcta|correctos|correctas|correctamente',
      'incorrecto|incorrecta|incorrectos|incorrectas|erróneo|errónea|equivocado|equivocada',
    ],
    // (and a question answered right or wrong: "answered correctly" → "答错")
    zh: ['正确|答对|做对', '错误|答错|做错'],
  },
  // a tank, a locker, a battery ("the battery is low" → "baterai penuh")
  fill: {
    // (and a load's weight: "the loaded weight" → "le poids à vide")
    en: [
      'full|fully charged|loaded|fully loaded|laden|filled|refilled',
      'empty|low battery|battery is low|batteries are low|flat battery|battery is flat|discharged|uncharged',
    ],
    // (and a container filled or emptied: "Empty the containers" → "Isilah wadahnya"; not "isi"
    // alone, also the contents)
    id: [
      'penuh|isilah|mengisi|diisi',
      'kosong|kosongkan|kosongkanlah|mengosongkan|dikosongkan|baterai lemah|baterai habis|baterai hampir habis|daya baterai lemah',
    ],
    // (and a battery charged or run down: "supplied fully charged" → "fournies déchargées")
    de: [
      'voll|volle|vollen|voller|vollgetankt|vollständig geladen|voll geladen|voll aufgeladen|vollständig aufgeladen',
      'leer|leere|leeren|leerer|leerem|entladen|entladene|entladenen|entladener',
    ],
    fr: [
      'plein|pleine|entièrement chargé|entièrement chargée|entièrement chargés|entièrement chargées|complètement chargé|complètement chargée|complètement chargés|complètement chargées',
      'vide|déchargé|déchargée|déchargés|déchargées',
    ],
    // (not "descargado", also downloaded; a battery is "descargada")
    es: [
      'lleno|llena|completamente cargada|completamente cargadas|totalmente cargada|totalmente cargadas|con carga completa',
      'vacío|vacía|descargada|descargadas',
    ],
    // (and a tank filled or emptied: "with a full tank and empty waste water tanks" → "油箱为空、污水箱已满")
    zh: ['加满|已满|满箱|装满|满的|满格', '为空|已空|清空|空的|排空|空箱'],
  },
  permission: {
    // (and welcome: "Dogs on a lead are welcome" → "Les chiens en laisse sont interdits")
    en: [
      'allowed|permitted|authorised|authorized|are welcome|is welcome|are very welcome|are always welcome',
      // (and blocked, as an app blocks what it does not allow: "Screenshots are blocked" → "禁止截图";
      // said of a thing, not "the blocked feeling" of a nose)
      'prohibited|forbidden|banned|is blocked|are blocked|be blocked|been blocked|was blocked|were blocked|get blocked|gets blocked',
    ],
    id: ['diperbolehkan|diizinkan|dibolehkan|dipersilakan', 'dilarang|terlarang'],
    de: ['erlaubt|gestattet|willkommen', 'verboten|untersagt'],
    fr: [
      'autorisé|autorisée|autorisés|autorisées|permis|bienvenu|bienvenue|bienvenus|bienvenues',
      'interdit|interdite|interdits|interdites',
    ],
    es: [
      'permitido|permitida|permitidos|permitidas|se permite|se permiten|permite|permiten|bienvenido|bienvenida|bienvenidos|bienvenidas',
      'prohibido|prohibida|prohibidos|prohibidas|se prohíbe|se prohíben|prohíbe|prohíben',
    ],
  },
  // what comes on top of another against what takes its place ("This warranty is in addition to
  // your statutory rights" → "Cette garantie remplace vos droits légaux")
  supplement: {
    en: [
      'in addition to|on top of|supplements|supplement to|complements|adds to',
      // (and "instead" after what takes the place: "help at two events or pay €50 instead" → "und zusätzlich")
      'replaces|replace|replaced|replacing|instead of|in place of|substitute for|substitutes for|supersedes|takes the place of|instead',
    ],
    id: [
      'sebagai tambahan|tambahan atas|melengkapi|menambah|juga ditambah',
      'menggantikan|menggantikannya|pengganti|sebagai ganti|alih-alih|sebagai gantinya',
    ],
    de: [
      'zusätzlich zu|zusätzlich zur|zusätzlich zum|ergänzt|ergänzen|ergänzend zu|und zusätzlich|zusätzlich noch',
      'ersetzt|ersetzen|anstelle|anstatt|tritt an die stelle|stattdessen|statt dessen',
    ],
    fr: [
      "s'ajoute à|s'ajoutent à|en plus de|en complément de|complète|complètent|en plus",
      'remplace|remplacent|remplacé|remplacée|remplacés|remplacées|au lieu de|à la place de|se substitue|à la place',
    ],
    es: [
      'además de|se suma a|se suman a|complementa|complementan|además',
      'sustituye|sustituyen|reemplaza|reemplazan|en lugar de|en vez de|en su lugar',
    ],
    zh: ['补充|之外还|以外还', '取代|替代|代替|替换'],
  },
  inclusion: {
    // ("in addition to the ticket price" is on top of it, not in it: "di luar harga tiket")
    // ("except during thunderstorms" said as "auch bei Gewitter", even then: included)
    en: [
      'including|included|includes|include|inclusive of|even at|even on|even during|even when|even in',
      'excluding|excluded|excludes|exclude|exclusive of|except|except for|other than|apart from|aside from|in addition to|plus vat|plus tax|plus taxes|plus gst|charged separately|billed separately|paid separately|paid for separately|rented separately|sold separately|priced separately|hired separately|minus|costs extra|cost extra|at extra cost|at an extra cost|charged extra',
    ],
    id: [
      'termasuk|mencakup|meliputi|bahkan saat|bahkan ketika|juga saat|juga ketika|juga pada',
      'tidak termasuk|tak termasuk|belum termasuk|di luar ppn|ditambah ppn|kecuali|dikenakan biaya terpisah|biaya terpisah|dibayar terpisah|disewakan terpisah|dijual terpisah|disewakan secara terpisah|dijual secara terpisah|dikurangi|biaya tambahan|dikenakan biaya tambahan',
    ],
    de: [
      // ("außer an Feiertagen" said as "auch an Feiertagen", even then; "im Beitrag enthalten", included)
      'inklusive|einschließlich|inbegriffen|enthalten|eingeschlossen|auch bei|auch während|auch an|auch am|auch im|auch in der|selbst bei|selbst während|sogar bei|auch montags|auch dienstags|auch mittwochs|auch donnerstags|auch freitags|auch samstags|auch sonntags|auch feiertags|auch nachts|auch abends',
      // ("ausschließlich" with a genitive's article is "excluding"; alone it is "only")
      'exklusive|ausgenommen|ausgeschlossen|außer|zuzüglich|separat berechnet|gesondert berechnet|extra berechnet|kostet extra|kosten extra|kostet zusätzlich|kosten zusätzlich|gegen aufpreis|ausschließlich der|ausschließlich des',
    ],
    fr: [
      'inclus|incluse|incluses|y compris|compris|comprise|comprises|même par|même pendant|même en cas|même le|même les',
      "exclu|exclue|exclus|exclues|sauf|excepté|à l'exception de|à l'exception du|à l'exception des|à l’exception de|à l’exception du|à l’exception des|hors|s'ajoute|s'ajoutent|en sus|en supplément|facturé en plus|facturée en plus|facturés en plus|facturées en plus|facturé à part|facturés à part",
    ],
    es: [
      'incluido|incluida|incluidos|incluidas|incluye|incluyen|incluyendo|incluso durante|incluso con|incluso en|también durante|también en',
      'excluido|excluida|excluidos|excluidas|excluye|excluyen|excluir|excepto|salvo|a excepción de|se cobra aparte|se cobran aparte|se paga aparte|se pagan aparte|más iva|más impuestos|iva aparte',
    ],
  },
  facing: {
    en: [
      // (and a body leant forward: "lean forward, not backwards" → "nach hinten, nicht nach vorne"; not
      // "forward" alone, "look forward to", "forward an email")
      'front|in front of|front seat|front seats|front row|forward-facing|facing forward|faces forward|face forward|forwards|lean forward|leaning forward|bend forward|bending forward|tilt forward',
      'rear|rear-facing|facing backward|facing backwards|faces backward|face backward|facing rearward|backward|backwards|back of|behind|back seat|back seats|back row',
    ],
    id: ['depan', 'belakang'],
    // ("vor der Garage", in front of it; "vor dem Essen", before the meal, says a time where the
    // source says none of these)
    de: ['vorne|vorn|vorderseite|vor der|vor dem|vorm', 'hinten|rückseite|hinter|hinterm|hinters'],
    // (and the front with its article, "à l'avant": a place, not "avant", before)
    // (and a body leant forward, "penchez-vous en avant")
    fr: ["devant|en face de|en face du|en face des|l'avant|l’avant|en avant|vers l'avant|vers l’avant", 'arrière|derrière'],
    es: ['delante|frente|delantero|delantera', 'detrás|atrás|trasero|trasera'],
  },
  level: {
    en: ['high', 'low'],
    id: ['tinggi', 'rendah'],
    de: ['hoch|hohe|hohen|hoher', 'niedrig|niedrige|niedrigen|niedriger'],
    // (and "basse", low, of a pressure or a level: "votre tension est très basse")
    fr: ['élevé|élevée|élevés|élevées', 'faible|faibles|basse|basses'],
    // (not "bajo" alone, also under: "bajo petición")
    es: ['alto|alta|altos|altas|elevado|elevada|elevados|elevadas', 'baja|bajas|bajos'],
  },
  // a quantity halved or doubled ("pay half the fare", "membayar dua kali lipat")
  multiple: {
    en: ['half|halved|half as much', 'double|doubled|doubles|twice as much|twice the price'],
    id: ['setengah|separuh|separo', 'dua kali lipat|berlipat ganda|menggandakan|digandakan'],
    de: [
      'halbiert|halbierte|halbe preis|halben preis|zum halben preis|halb so viel|halb so teuer',
      'verdoppelt|verdoppelte|doppelte preis|doppelten preis|zum doppelten preis|doppelt so viel|doppelt so teuer',
    ],
    fr: [
      'divisé par deux|divisés par deux|divisée par deux|divisées par deux|réduit de moitié|réduits de moitié|moitié prix|demi-tarif|moitié moins cher',
      'doublé|doublés|doublée|doublées|multiplié par deux|multipliés par deux|double tarif|prix double|deux fois plus cher',
    ],
    es: [
      'reducido a la mitad|reducidos a la mitad|a mitad de precio|mitad de precio|la mitad',
      'duplicado|duplicados|duplicada|duplicadas|precio doble|el doble',
    ],
    zh: ['减半|半价', '翻倍|加倍|双倍'],
  },
  // in good condition or in bad ("toys in good condition" → "jouets en mauvais état")
  goodOrBadState: {
    en: [
      'good condition|good working order|good shape|perfect condition|excellent condition|working order',
      'poor condition|bad condition|damaged condition|poor shape|bad shape',
    ],
    id: ['kondisi baik|keadaan baik|kondisi bagus|kondisi layak', 'kondisi buruk|keadaan buruk|kondisi rusak|keadaan rusak'],
    de: [
      'gutem zustand|guter zustand|guten zustand|einwandfreiem zustand|einwandfreier zustand',
      'schlechtem zustand|schlechter zustand|schlechten zustand',
    ],
    fr: ['bon état|parfait état|état de marche', 'mauvais état'],
    es: ['buen estado|perfecto estado|buenas condiciones', 'mal estado|malas condiciones'],
    zh: ['状况良好|完好|完好无损', '破损|状况不佳|状况较差'],
  },
  keeping: {
    en: [
      'keep|keeps|kept|save|saves|saved|store|stores|stored|storing',
      // (and files written over: "Restoring a backup replaces the files" → "bleiben … erhalten")
      'discard|discards|discarded|throw away|thrown away|throw * away|throws * away|threw * away|delete|deletes|deleted|erase|erases|erased|erasing|wipe|wipes|wiped|wiping|will be removed|are removed|is removed|disposed of|replaces the|overwrites|overwritten',
    ],
    // (and kept stored: "All data is deleted" → "Semua data tetap tersimpan")
    id: [
      'simpan|menyimpan|disimpan|menyimpannya|simpanlah|tersimpan|tetap tersimpan',
      'buang|membuang|dibuang|membuangnya|hapus|menghapus|dihapus|menghapusnya',
    ],
    de: [
      // (and a thing named between: "bleibt sein Verlauf erhalten")
      'aufbewahrt|aufbewahren|behalten|behält|gespeichert|speichern|bleiben sie erhalten|bleibt sie erhalten|bleibt es erhalten|bleiben erhalten|bleibt erhalten|bleibt * erhalten|bleiben * erhalten|bleibt * * erhalten|bleiben * * erhalten',
      'entsorgt|entsorgen|weggeworfen|wegwerfen|gelöscht|löschen|gehen verloren|geht verloren|verloren gehen|werden * ersetzt|überschrieben|überschreibt',
    ],
    fr: [
      'conserver|conservez|conserve|conservent|conservera|conservé|conservée|conservés|conservées|garder|gardez|garde|gardent|gardera|gardé|gardés|enregistrer|enregistré|stocker|stocké|stockée|stockés|stockées',
      'jeter|jetez|jette|jettent|jeté|jetés|jetée|jetées|supprimer|supprimez|supprime|suppriment|supprimera|supprimé|supprimés|supprimée|supprimées|retiré|retirés|retirée|retirées|enlevé|enlevés|' +
        // (and a thing lost where it would be kept: "offline changes are saved on the device" → "sont perdues")
        'sont perdues|sont perdus|est perdu|est perdue|seront perdues|seront perdus',
    ],
    es: [
      'guardar|guarde|guardado|guardados|guardada|guardadas|conservar|conserve|conserva|conservan|conservado|conservados|conservada|conservadas|almacenado|almacenados|almacenada|almacenadas|guarda|guardan',
      // (and a thing that deletes: "keeps the last 500 messages" → "borra los últimos 50 mensajes")
      'desechar|deseche|desechado|desechados|eliminado|eliminados|eliminada|eliminadas|se elimina|se eliminan|borrado|borrados|borrada|borradas|se borra|se borran|se pierden|se pierde|se perderán|se perderá|borra|borran|elimina|eliminan',
    ],
  },
  // (and the check-in and check-out of a stay: "seven days after check-out" → "setelah check-in")
  journey: {
    en: [
      'arrival|arrivals|arrive|arrives|arrived|arriving|check in|checking in|checked in',
      'departure|departures|depart|departs|departed|departing|check out|checking out|checked out',
    ],
    id: ['kedatangan|tiba|setiba|setibanya|check in', 'keberangkatan|berangkat|bertolak|check out'],
    de: ['ankunft|ankommen|kommt an|check in|einchecken', 'abfahrt|abflug|abreise|abfahren|fliegt ab|check out|auschecken'],
    // (not "partir", "part", "sale": "à partir de" is "from", "une part" a share, "sale" goes out)
    fr: ['arrivée|arrivées|arriver', 'départ|départs'],
    es: ['llegada|llegadas|llegar', 'salida|salidas'],
    zh: ['抵达|到达|入住|办理入住', '出发|退房|办理退房'],
  },
  // (not "trouvé", "Fund…": "objets trouvés", "Fundsachen" are what English calls lost property)
  lostFound: {
    en: ['lost', 'found'],
    id: ['hilang|kehilangan', 'ditemukan|temuan'],
    de: ['verloren|verlorene|verlorenen|verlorener|vermisst|vermisste|vermissten', 'gefunden|gefundene|gefundenen|gefundener'],
    fr: ['perdu|perdue|perdus|perdues', 'retrouvé|retrouvée|retrouvés|retrouvées'],
    es: [
      'perdido|perdida|perdidos|perdidas|extraviado|extraviada|extraviados|extraviadas',
      'encontrado|encontrada|encontrados|encontradas|hallado|hallada|hallados|halladas',
    ],
  },
  // an amount added or taken off a price ("€5 extra", "5 € de moins")
  markup: {
    en: ['extra|surcharge|supplement|additional charge|additional fee', 'discount|discounted|reduction|reduced'],
    id: ['tambahan|ekstra|biaya tambahan', 'diskon|potongan|potongan harga'],
    de: ['zusätzlich|zusätzliche|zusätzlichen|aufpreis|zuschlag|aufschlag', 'rabatt|ermäßigung|ermäßigt|ermäßigte|nachlass|abschlag'],
    // ("de plus", "de moins" after an amount only: "de plus de 65 ans" is over 65, see oppositesIn)
    fr: ['de plus|en plus|supplément|supplémentaire|supplémentaires|majoration', 'de moins|en moins|réduction|remise|rabais'],
    es: ['extra|adicional|adicionales|recargo|suplemento', 'de menos|descuento|rebaja|reducido|reducida'],
  },
  // a thing handed in and a thing taken back ("drop off" and "collect", "dépôt" and "retrait")
  handover: {
    en: [
      // (and a thing brought to one, against one taken away: "begins when the marquee is delivered
      // and ends when it is collected" → "comienza cuando se recoge")
      'drop off|drops off|dropped off|dropping off|drop-off|dropoff|hand in|hands in|handed in|handing in|deposit|deposits|deposited|depositing|deliver|delivers|delivered|delivering|delivery',
      'collect|collects|collected|collecting|collection|pick up|picks up|picked up|picking up|pickup|withdraw|withdraws|withdrawn|withdrawing|withdrawal',
    ],
    // (not "penitipan", also a boarding house's name: "penitipan hewan")
    id: ['penyerahan|menyerahkan|serahkan|setor|menyetor|setoran', 'pengambilan|penarikan|tarik tunai|penjemputan|dijemput|menjemput'],
    de: [
      'abgeben|abgabe|gibt ab|geben ab|einzahlen|einzahlung|geliefert|lieferung|anlieferung|liefern',
      'abholen|abholung|holt ab|holen ab|abheben|abhebung|abgeholt',
    ],
    fr: [
      'dépôt|déposer|déposez|déposé|déposés|déposée|déposées|livré|livrée|livrés|livrées|livraison',
      'retrait|retirer|retirez|récupérer|récupérez|récupération|récupéré|récupérée|enlevé|enlevée|enlèvement',
    ],
    // (not "dejar", which leaves anything anywhere; "al dejar su equipaje", when leaving it, is a handing in)
    es: [
      'depositar|depósito|entregar|entregue|al dejar|se entrega|entrega|entregado|entregada',
      'recogida|recoger|recoja|retirar|retire|retiro|al recoger|se recoge|recogido',
    ],
  },
  dayPart: {
    // (and daylight: "Night blindness … vision in daylight" → "Rabun senja … pada siang hari"; and
    // the dusk of Indonesian's night blindness, "rabun senja")
    en: [
      'morning|mornings|noon|midday|during the day|in the daytime|daytime|daylight',
      'evening|evenings|night|nights|tonight|midnight|overnight',
    ],
    id: ['pagi|siang|tengah hari', 'malam|petang|sore|senja'],
    // (and a weekday's, written as one word: "mittwochabends", "Sonntagmorgen")
    de: [
      `morgens|vormittags|mittags|mittag|tagsüber|am morgen|am frühen morgen|am vormittag|${weekdayCompounds(['morgen', 'morgens', 'vormittag', 'vormittags', 'mittag', 'mittags'])}`,
      `abends|abend|nachts|nacht|mitternacht|am abend|am späten abend|in der nacht|${weekdayCompounds(['abend', 'abends', 'nacht', 'nachts'])}`,
    ],
    // (and "de jour", by day: "la température de nuit" → "de jour"; not "jour" alone, also a date)
    fr: ['matin|matins|matinée|midi|en journée|pendant la journée|de jour', 'soir|soirs|soirée|nuit|nuits|minuit'],
    // (the afternoon against the morning: "every morning" → "todas las tardes"; "tarde" alone is also late)
    es: [
      'por la mañana|de la mañana|mediodía|al mediodía|durante el día|por el día|de día|todas las mañanas|cada mañana|por las mañanas',
      'por la noche|de la noche|noche|noches|medianoche|todas las tardes|cada tarde|por la tarde|por las tardes|al atardecer|atardecer|al anochecer|anochecer',
    ],
  },
  northSouth: {
    en: ['north|northern|northward|northwards', 'south|southern|southward|southwards'],
    id: ['utara', 'selatan'],
    de: ['nord|norden|nördlich|nördliche|nördlichen', 'süd|süden|südlich|südliche|südlichen'],
    fr: ['nord', 'sud'],
    es: ['norte', 'sur'],
  },
  eastWest: {
    en: ['east|eastern|eastward|eastwards', 'west|western|westward|westwards'],
    id: ['timur', 'barat'],
    // (not French or Spanish: "est" is "is", "este" is "this")
    de: ['ost|osten|östlich|östliche|östlichen', 'west|westen|westlich|westliche|westlichen'],
  },
  // the earliest and the latest a thing may be done
  bound: {
    // (and "by" a date or a time: "by the 10th of each month", "by Friday"; see oppositesIn)
    en: ['no earlier than|not earlier than|at the earliest', 'no later than|not later than|at the latest|by'],
    id: ['paling cepat|secepat-cepatnya|tidak lebih awal dari', 'paling lambat|selambat-lambatnya|tidak lebih lambat dari'],
    de: ['frühestens', 'spätestens'],
    fr: ['au plus tôt|pas avant', 'au plus tard|pas plus tard que'],
    es: ['como muy pronto|no antes de', 'a más tardar|como muy tarde|no más tarde de'],
    zh: ['最早|不早于', '最迟|最晚|不迟于|不晚于'],
  },
  // what lies above an amount just said and what lies below it ("below that, a fee applies" →
  // "darüber fällt eine Gebühr an")
  aboveBelowThat: {
    en: ['above that|over that|beyond that', 'below that|under that'],
    de: ['darüber', 'darunter'],
    fr: ['au-delà|au-dessus', 'en dessous|en deçà'],
    es: ['por encima de eso|por encima', 'por debajo de eso|por debajo'],
  },
  // a card paid for in advance and one on credit ("a prepaid card" → "una tarjeta de crédito")
  prepaidCredit: {
    en: ['prepaid|pre-paid', 'credit card|credit cards|on credit'],
    id: ['prabayar', 'kartu kredit'],
    de: ['prepaid|prepaid-karte|guthabenkarte|vorausbezahlt|vorausbezahlte', 'kreditkarte|kreditkarten|auf kredit'],
    fr: ['prépayée|prépayé|prépayées|prépayés', 'carte de crédit|cartes de crédit|à crédit'],
    es: ['prepago', 'tarjeta de crédito|tarjetas de crédito|a crédito'],
    zh: ['预付|预付费', '信用卡'],
  },
  // a thing kept from sun, heat or damp and one left in it ("kept away from direct sunlight" →
  // "exposées à la lumière directe")
  // (not "exposition", "exposición": also an exhibition)
  exposure: {
    // (and a thing to avoid: "avoid cigarette smoke" → "exponga al niño al humo")
    en: [
      'away from|protect|protects|protected|protecting|shield|shielded|out of direct|avoid|avoids|avoided|avoiding',
      'expose|exposes|exposed|exposing|exposure',
    ],
    id: [
      'jauhkan dari|jauh dari|lindungi|melindungi|terlindung|terlindungi|hindarkan dari',
      'paparkan|terpapar|dipaparkan|terpajan|dijemur',
    ],
    de: ['fern|fernhalten|schützen|schützt|geschützt', 'aussetzen|ausgesetzt|aussetzt'],
    fr: [
      'abri|loin de|loin du|loin des|protéger|protégez|protégé|protégée|protégés|protégées',
      'exposer|exposez|exposé|exposée|exposés|exposées',
    ],
    es: [
      'lejos de|alejado de|alejados de|alejada de|alejadas de|proteger|proteja|protegido|protegidos|protegida|protegidas|al abrigo de',
      // (and with a pronoun glued on: "protect it from the sun" → "expóngala al sol")
      'exponer|exponga|expuesto|expuestos|expuesta|expuestas|expóngala|expóngalo|expóngalas|expóngalos|expóngase|exponerla|exponerlo',
    ],
  },
  temperature: {
    en: ['hot|warm|warmth|heat|heated|heating', 'cold|cool|chilled|cooled|cooling|ice'],
    id: [
      'panas|hangat|berpemanas|dipanaskan|panaskan|hangatkan|memanaskan|menghangatkan',
      // (and ice packed to cool: "a heat pack" → "kompres es"; not "es" alone, also a drink's ice)
      'dingin|sejuk|pendingin|didinginkan|dinginkan|mendinginkan|es batu|kompres es|kantong es|kantung es',
    ],
    de: [
      'heiß|heiße|heißen|heißem|heißer|heißes|warm|warme|warmen|warmem|warmer|warmes|wärme|wärmen|erwärmen|erwärmt',
      // (and ice cubes, as the English side's "ice": "warm fluids … or ice cubes" → "Kaltes … oder Eiswürfel")
      'kalt|kalte|kalten|kaltem|kalter|kaltes|kühl|kühle|kühlen|kühlem|kühler|kühles|kälte|eiswürfel|eiswürfeln|eiswasser',
    ],
    fr: [
      'chaud|chaude|chauds|chaudes|chaleur|réchauffer|réchauffez|réchauffe|chauffer|chauffez',
      // (and "au frais", in a cool place, never "frais" alone: also fees and fresh)
      'froid|froide|froids|froides|glace|refroidir|refroidissez|refroidit|rafraîchir|rafraîchissez|au frais',
    ],
    es: ['caliente|calientes|cálido|cálida|calor', 'frío|fría|fríos|frías|hielo'],
  },
  // the old and the young ("especially in babies and older people" → "尤其是儿童和年轻人"); not
  // Indonesian "orang tua", also parents, nor Spanish "mayores" alone (of age)
  generation: {
    en: [
      'older people|older adults|older persons|elderly|the elderly|elderly people|seniors|senior citizens|pensioners',
      'young people|younger people|young adults|youth|youths',
    ],
    id: ['lansia|lanjut usia|orang lanjut usia|manula|warga senior', 'anak muda|orang muda|kaum muda|generasi muda'],
    de: [
      'ältere menschen|älteren menschen|ältere personen|älteren personen|senioren|seniorinnen',
      'junge menschen|jungen menschen|junge erwachsene|jungen erwachsenen',
    ],
    fr: ['personnes âgées|aînés|seniors', 'jeunes gens|jeunes adultes|les jeunes'],
    es: ['personas mayores|ancianos|ancianas|tercera edad', 'los jóvenes|gente joven|jóvenes adultos|personas jóvenes'],
  },
  // skin or a part left bare against one covered ("on exposed skin" → "auf bedeckte Haut")
  covering: {
    en: ['exposed|uncovered|bare skin', 'covered skin|covered parts|covered areas'],
    id: ['kulit yang terbuka|kulit terbuka|bagian tubuh yang terbuka', 'kulit yang tertutup|kulit tertutup|bagian tubuh yang tertutup'],
    de: ['unbedeckt|unbedeckte|unbedeckten|unbedeckter|freiliegende|freiliegenden', 'bedeckt|bedeckte|bedeckten|bedeckter'],
    fr: ['peau exposée|zones exposées|peau découverte|parties découvertes', 'peau couverte|zones couvertes|parties couvertes'],
    es: ['piel expuesta|zonas expuestas|piel descubierta|zonas descubiertas', 'piel cubierta|zonas cubiertas'],
    zh: ['裸露的皮肤|暴露的皮肤|外露的皮肤|裸露部位', '覆盖的皮肤|被衣物覆盖|遮盖部位'],
  },
  // food rich or poor in a thing ("foods rich in iron" → "alimentos pobres en hierro")
  richness: {
    en: ['rich in', 'poor in|low in|lacking in'],
    // (and low in it: "Foods rich in fibre" → "Makanan rendah serat")
    id: ['kaya akan|kaya|tinggi', 'miskin|miskin akan|rendah kandungan|rendah'],
    de: ['reich an|reichhaltig an', 'arm an'],
    fr: ['riche en|riches en', 'pauvre en|pauvres en|faible en|faibles en'],
    es: ['rico en|rica en|ricos en|ricas en', 'pobre en|pobres en|bajo en|baja en|bajos en|bajas en'],
  },
  // a thing to avoid or to prefer ("avoid very hot drinks" → "privilégiez les boissons très chaudes")
  avoidance: {
    en: ['avoid|avoiding|stay away from|keep away from', 'prefer|choose|opt for|go for'],
    id: ['hindari|hindarilah|menghindari|jauhi', 'utamakan|pilihlah|lebih baik memilih'],
    de: ['vermeiden|vermeiden sie|meiden sie|meiden', 'bevorzugen sie|bevorzugen|wählen sie bevorzugt'],
    fr: ['évitez|éviter|évite|évitent', 'privilégiez|privilégier|préférez|optez pour'],
    es: ['evite|evitar|evita|eviten', 'prefiera|priorice|opte por'],
    zh: ['避免|远离', '首选|优先选择|尽量选择'],
  },
  // at regular times or at any time ("Eat regular meals" → "Essen Sie unregelmäßig")
  regularity: {
    en: ['regular|regularly|at regular intervals|at set times|at fixed times', 'irregular|irregularly|at irregular intervals'],
    id: ['teratur|secara teratur|pada waktu yang tetap', 'tidak teratur|secara tidak teratur'],
    de: [
      'regelmäßig|regelmäßige|regelmäßigen|regelmäßiger|regelmäßiges|zu festen zeiten',
      'unregelmäßig|unregelmäßige|unregelmäßigen|unregelmäßiger|unregelmäßiges',
    ],
    fr: [
      'régulier|régulière|réguliers|régulières|régulièrement|à heures fixes',
      'irrégulier|irrégulière|irréguliers|irrégulières|irrégulièrement',
    ],
    es: ['regular|regulares|regularmente|con regularidad|a horas fijas', 'irregular|irregulares|irregularmente'],
    zh: ['规律|定时|按时', '不规律|不定时'],
  },
  // a symptom or a thing made worse and one relieved ("can make heartburn worse" → "können Sodbrennen lindern")
  relief: {
    en: [
      // (and a symptom brought on: "can trigger symptoms" → "kann Beschwerden lindern")
      // (and irritated: "smoke irritates the throat" → "la fumée apaise la gorge")
      // (and a thing caused against cured: "Some medicines can cause tinnitus" → "peuvent soigner")
      'make * worse|makes * worse|made * worse|worsen|worsens|worsened|aggravate|aggravates|aggravated|trigger|triggers|triggered|bring on|brings on|irritate|irritates|irritated|can cause|may cause|could cause|might cause',
      'relieve|relieves|relieved|soothe|soothes|soothed|alleviate|alleviates|alleviated|ease|eases|eased|cure|cures|cured|reduce|reduces|reduced',
    ],
    // (and made better: "can make the infection worse" → "dapat memperbaiki infeksi")
    id: [
      'memperburuk|memperparah|bertambah parah|memburuk|bertambah buruk|memicu|dipicu|mencetuskan|menyebabkan|dapat menyebabkan',
      'meredakan|melegakan|menenangkan|mereda|memperbaiki|mengurangi',
    ],
    de: [
      'verschlimmern|verschlimmert|verschlechtern|verschlechtert|verstärken|verstärkt|auslösen|auslöst|ausgelöst|verursachen|verursacht',
      'lindern|lindert|gelindert|beruhigen|beruhigt|heilen|heilt',
    ],
    fr: [
      'aggraver|aggrave|aggravent|empirer|empire|déclencher|déclenche|déclenchent|provoquer|provoque|provoquent|irrite|irritent|irriter|causer|causent|peut causer|peuvent causer',
      // (and made fewer: "can cause more headaches" → "ils réduisent les maux de tête")
      'soulager|soulage|soulagent|apaiser|apaise|apaisent|atténuer|atténue|atténuent|améliorer|améliore|améliorent|soigner|soigne|soignent|guérir|guérit|guérissent|réduire|réduit|réduisent',
    ],
    // (and a pain that grows or lessens: "Once the pain eases" → "Cuando el dolor aumente")
    es: [
      'empeorar|empeora|empeoran|empeorarlo|empeorarla|agravar|agrava|agravan|aumentar|aumenta|aumentan|aumente|aumenten|desencadenar|desencadena|desencadenan|provocar|provoca|provocan|causar|causan',
      'aliviar|alivia|alivian|calmar|calma|calman|disminuir|disminuye|disminuyen|disminuya|disminuyan|mejorarlo|mejorarla|curar|cura|curan',
    ],
  },
  // a symptom that goes away and one that stays ("if the pain does not go away" is "si el dolor
  // persiste"; "if it persists" → "jika hilang")
  lingering: {
    en: [
      // (and passing, of a symptom: "usually pass within a few minutes" → "biasanya bertahan"; not "pass" alone, also to hand over)
      'go away|goes away|went away|gone away|disappear|disappears|disappeared|clear up|clears up|cleared up|wear off|wears off|worn off|vanish|vanishes|vanished|pass within|passes within|usually pass|usually passes|soon pass|soon passes',
      // (and a pain that continues: "if the pain continues at rest" → "wenn die Schmerzen nachlassen")
      // (and a thing that remains: "Deleted products remain in past receipts" → "disparaissent")
      'persist|persists|persisted|persisting|persistent|linger|lingers|lingered|lingering|pain continues|symptoms continue|pain continuing|remain|remains|remained',
    ],
    id: ['hilang|menghilang|lenyap', 'menetap|bertahan|berlanjut|terus berlanjut|tetap ada|masih ada|berlangsung terus'],
    de: [
      'verschwinden|verschwindet|verschwunden|abklingen|abklingt|abgeklungen|nachlassen|nachlässt|nachgelassen',
      'anhalten|anhält|anhaltend|anhaltende|anhaltenden|andauern|andauert|andauernd|fortbestehen|bestehen bleiben|bestehen bleibt',
    ],
    fr: [
      'disparaître|disparaît|disparaissent|disparu|disparue|disparus|disparues',
      'persister|persiste|persistent|persisté|persistant|persistante|persistants|persistantes|perdure|perdurent|restent|demeurent',
    ],
    es: [
      'desaparecer|desaparece|desaparecen|desaparecido|desaparecida|desaparezca|desaparezcan',
      'persistir|persiste|persisten|persistido|persistente|persistentes|persista|persistan|permanece|permanecen',
    ],
  },
  continuation: {
    en: [
      'stop|stops|stopped|stopping|discontinue|discontinued|cease|ceases|ceased|turn back|turn around',
      // (a medicine "taken as usual" goes on being taken; "as usual" alone is no verb's)
      // (and to keep doing a thing: "the meter keeps recording")
      // (and a course of medicine taken to its end: "take the full course" → "arrêtez le traitement")
      // (and taken up again: "Interrupted transfers can be resumed where they stopped" → "从中断处继续")
      'continue|continues|continued|continuing|continuously|resume|resumes|resumed|resuming|carry on|take the full course|complete the course|finish the course|keep ~ing|keeps ~ing|kept ~ing|keeping ~ing|taken as usual|take as usual|taking as usual|used as usual|use as usual|as usual',
    ],
    id: [
      'hentikan|berhenti|menghentikan|dihentikan|hentikanlah',
      'terus|lanjutkan|melanjutkan|dilanjutkan|teruskan|meneruskan|diteruskan|tetap diminum|tetap digunakan|tetap dipakai|tetap berjalan|tetap aktif|terus berjalan',
    ],
    // (and a separable "aufhören" with its words between: "hört während eines Ausfalls auf")
    de: [
      // (and a timer stopped: "keeps running" → "Der Timer stoppt")
      'beenden|beendet|abbrechen|abgebrochen|absetzen|abgesetzt|aufhören|aufgehört|hört auf|hören auf|hört * auf|hören * auf|stoppt|stoppen|gestoppt',
      // (and a separable "fortsetzen": "setzen Sie die Tätigkeit fort")
      'fortsetzen|weitermachen|weiterhin|weiter einnehmen|weiter anwenden|weiter verwenden|setzen * fort|setzt * fort|läuft weiter|laufen weiter|weiter rauchen|weiter trinken|weiter essen|weiter arbeiten',
    ],
    fr: [
      // (and a thing that stops: "le minuteur s'arrête")
      'arrêter|arrêtez|arrête|arrêtent|cesser|cessez|cesse|cessent|faites demi-tour|faire demi-tour|rebroussez chemin',
      // (and "sans cesse", without stopping: "revient sans cesse", keeps coming back)
      'continuer|continuez|poursuivre|poursuivez|continue de|continuent de|continue à|continuent à|sans cesse|sans arrêt',
    ],
    // (not "dejar", "seguir": also "let" and "follow")
    // (and to stop or keep doing a thing said to the reader: "you keep paying" → "dejas de pagar")
    es: [
      // (and a reaction stopped: "do not stop a severe reaction" → "detienen una reacción grave")
      'suspender|suspenda|interrumpir|interrumpa|dejas de|deja de|dejan de|dejará de|dejarás de|dejarán de|deje de|dejen de|detener|detiene|detienen|detenga|detengan',
      'continuar|continúe|siguen funcionando|sigue funcionando',
    ],
    // (not "停" alone: 停车 is parking)
  },
  // turning with the clock or against it ("skate anticlockwise" → "im Uhrzeigersinn")
  clockwise: {
    en: ['clockwise', 'anticlockwise|anti-clockwise|counterclockwise|counter-clockwise'],
    id: ['searah jarum jam', 'berlawanan arah jarum jam|berlawanan dengan arah jarum jam'],
    de: ['im uhrzeigersinn', 'gegen den uhrzeigersinn|entgegen dem uhrzeigersinn'],
    fr: ['sens des aiguilles', 'sens inverse des aiguilles|sens contraire des aiguilles'],
    es: ['sentido de las agujas|sentido horario', 'sentido contrario a las agujas|sentido antihorario'],
    zh: ['顺时针', '逆时针'],
  },
  // a booking made or cancelled ("lets you book an appointment" → "le permite cancelar una cita")
  bookOrCancel: {
    en: [
      'book|books|booked|booking|bookings|reserve|reserves|reserved|reservation|reservations|make an appointment',
      'cancel|cancels|cancelled|canceled|cancelling|canceling|cancellation|cancellations',
    ],
    id: ['pesan|memesan|dipesan|pemesanan|reservasi|buat janji|membuat janji', 'batal|batalkan|membatalkan|dibatalkan|pembatalan'],
    de: [
      'buchen|bucht|gebucht|buchung|buchungen|reservieren|reserviert|reservierung|reservierungen|termin vereinbaren',
      'stornieren|storniert|stornierung|stornierungen|absagen|abgesagt|absage',
    ],
    fr: [
      'réserver|réservez|réservé|réservée|réservés|réservées|réservation|réservations|prendre rendez-vous',
      'annuler|annulez|annulé|annulée|annulés|annulées|annulation|annulations',
    ],
    es: [
      'reservar|reserve|reserva|reservas|reservado|reservada|reservados|reservadas|pedir cita|concertar una cita',
      'cancelar|cancele|cancela|cancelado|cancelada|cancelados|canceladas|cancelación|cancelaciones|anular|anulación',
    ],
    zh: ['预订|预约|预定', '取消'],
  },
  // what one may only view or may edit ("others can only view it" → "其他人也能编辑")
  // (not "change", "ändern", "modifier": also a password or a setting changed)
  viewOrEdit: {
    en: ['view|views|viewed|viewing|read-only|view-only', 'edit|edits|edited|editing'],
    id: ['melihat|lihat|hanya baca', 'mengedit|menyunting|diedit|disunting'],
    de: ['ansehen|einsehen|nur lesen|schreibgeschützt', 'bearbeiten|bearbeitet'],
    fr: ['consulter|consultation|lecture seule', 'modifier|éditer|modifié|modifiée'],
    es: ['ver|consultar|solo lectura', 'editar|editado|editada'],
    zh: ['查看|浏览|只读', '编辑'],
  },
  // what binds and what does not ("Reservations … are binding" → "sind unverbindlich")
  binding: {
    en: ['binding', 'non-binding|without obligation'],
    de: ['verbindlich|bindend', 'unverbindlich|freibleibend'],
    es: ['vinculante|vinculantes', 'sin compromiso'],
  },
  // said roughly or exactly ("only see the approximate distance" → "sehen die genaue Entfernung")
  // (not "about", "around", nor German "genau" alone: also "just so")
  exactness: {
    // (and an estimate against the exact figure: "values are estimates" → "sont exactes")
    en: [
      'approximate|approximately|roughly|rough estimate|estimate|estimates|estimated',
      'exact|exactly|precise|precisely|accurate|accurately',
    ],
    id: ['perkiraan|kira-kira|estimasi|taksiran', 'persis|akurat'],
    de: [
      'ungefähr|ungefähre|ungefähren|ungefährer|circa|schätzung|schätzungen|schätzwert|schätzwerte|geschätzt|geschätzte|geschätzten',
      'genaue|genauen|genauer|exakt|exakte|exakten',
    ],
    fr: [
      'approximatif|approximative|approximatifs|approximatives|approximativement|environ|estimation|estimations|estimé|estimée|estimés|estimées',
      'exact|exacte|exacts|exactes|exactement|précis|précise|précises|précisément',
    ],
    es: [
      'aproximado|aproximada|aproximados|aproximadas|aproximadamente|estimación|estimaciones|estimado|estimada|estimados|estimadas',
      'exacto|exacta|exactos|exactas|exactamente|preciso|precisa|precisos|precisas|precisamente',
    ],
    zh: ['大概|大约|约略|近似|估计|估算', '精确|确切|准确'],
  },
  // at home or away from it ("even when you are away from home" → "solo cuando está en casa")
  atHome: {
    // (not "not at home", "nicht zu Hause": the negations' to read)
    // (and in hospital: "can be treated at home" → "soignés à l'hôpital")
    en: ['at home', 'away from home|away from your home|out of the house|in hospital|in the hospital|at the hospital|in a hospital'],
    id: ['di rumah', 'di luar rumah|jauh dari rumah|di rumah sakit'],
    de: ['zu hause|zuhause|daheim', 'unterwegs|außer haus|im krankenhaus|in der klinik'],
    fr: ['à la maison|chez vous|chez soi|à domicile', "hors de chez vous|loin de chez vous|absent de chez vous|à l'hôpital|à l’hôpital"],
    es: ['en casa', 'fuera de casa|lejos de casa|en el hospital'],
    zh: ['在家', '离家|在医院|住院|去医院|到医院'],
  },
  // money saved or spent ("rounds up each payment and saves the difference" → "gasta la diferencia")
  saving: {
    en: ['save|saves|saved|saving|savings', 'spend|spends|spent|spending'],
    id: ['menabung|tabungan|hemat|menghemat|disimpan', 'menghabiskan|membelanjakan|dibelanjakan|pengeluaran'],
    de: ['spart|sparen|gespart|ersparnis|ersparnisse', 'gibt aus|geben aus|ausgeben|ausgegeben'],
    fr: ['économise|économiser|économisé|épargne|épargner|épargné', 'dépense|dépenser|dépensé|dépensée|dépenses'],
    es: ['ahorra|ahorrar|ahorrado|ahorro|ahorros', 'gasta|gastar|gastado|gasto|gastos'],
    zh: ['节省|储蓄|存钱|攒钱|积攒', '花掉|花费|消费|支出'],
  },
  // skin or hair dry or oily ("dry, itchy and cracked skin" → "la peau grasse")
  oiliness: {
    en: ['dry|dryness', 'oily|greasy'],
    id: ['kering', 'berminyak'],
    de: ['trocken|trockene|trockenen|trockener|trockenheit', 'fettig|fettige|fettigen|fettiger'],
    fr: ['sèche|sèches|sec|secs|sécheresse', 'grasse|grasses|gras'],
    es: ['seca|secas|seco|secos|sequedad', 'grasa|grasas|graso|grasos'],
    zh: ['干燥|干性', '油性|油腻|出油'],
  },
  // a layer thin or thick ("applied thinly" → "en couche épaisse")
  layer: {
    en: ['thinly|thin layer|a thin layer|thin coat', 'thickly|thick layer|a thick layer|thick coat'],
    id: ['tipis|lapisan tipis|secara tipis', 'tebal|lapisan tebal|secara tebal'],
    de: ['dünn|dünne schicht|dünnen schicht', 'dick|dicke schicht|dicken schicht'],
    fr: ['couche fine|couche mince|finement|en fine couche', 'couche épaisse|en couche épaisse|épaisse couche'],
    es: ['capa fina|capa delgada', 'capa gruesa|capa espesa'],
    zh: ['薄薄|薄层|薄涂', '厚厚|厚层|厚涂'],
  },
  // tired or rested ("feel very tired during the day" → "muy descansado")
  rest: {
    en: ['tired|exhausted|fatigued|worn out', 'rested|well rested|well-rested|refreshed'],
    id: ['lelah|capek|letih|kelelahan', 'segar bugar|cukup istirahat|bugar'],
    de: ['müde|erschöpft|erschöpfte|erschöpften', 'ausgeruht|ausgeruhte|ausgeruhten|erholt'],
    fr: ['fatigué|fatiguée|fatigués|fatiguées|épuisé|épuisée|épuisés|épuisées', 'reposé|reposée|reposés|reposées'],
    es: ['cansado|cansada|cansados|cansadas|agotado|agotada|agotados|agotadas', 'descansado|descansada|descansados|descansadas'],
    zh: ['疲劳|疲倦|疲惫|乏力', '精神饱满|精力充沛'],
  },
  // the two parties of a transfer or an agreement
  sending: {
    en: ['sender|senders', 'recipient|recipients|receiver|receivers|addressee'],
    id: ['pengirim', 'penerima'],
    de: ['absender', 'empfänger'],
    fr: ['expéditeur|expéditrice', 'destinataire|destinataires'],
    es: ['remitente', 'destinatario|destinataria'],
    zh: ['寄件人|发件人|寄件方', '收件人|收件方'],
  },
  sale: {
    en: ['buyer|buyers|purchaser', 'seller|sellers|vendor'],
    id: ['pembeli', 'penjual'],
    de: ['käufer|käuferin|käufers|käufern', 'verkäufer|verkäuferin|verkäufers|verkäufern'],
    fr: ["acheteur|acheteuse|acheteurs|acquéreur|acquéreurs|l'acheteur|l'acquéreur", 'vendeur|vendeuse|vendeurs'],
    es: ['comprador|compradora|compradores', 'vendedor|vendedora|vendedores'],
    zh: ['买方|买家|购买方', '卖方|卖家|出售方'],
  },
  lending: {
    en: ['lender|lenders', 'borrower|borrowers'],
    id: ['pemberi pinjaman|kreditur', 'peminjam|debitur'],
    de: ['darlehensgeber|kreditgeber|darlehensgeberin|kreditgeberin', 'darlehensnehmer|kreditnehmer|darlehensnehmerin|kreditnehmerin'],
    fr: ['prêteur|prêteuse|prêteurs', 'emprunteur|emprunteuse|emprunteurs'],
    es: ['prestamista|prestamistas', 'prestatario|prestataria|prestatarios'],
    // (not "贷款人", the lender in law and the borrower in speech)
    zh: ['出借人|出借方|债权人', '借款人|借款方|债务人'],
  },
  // (the one who rents a thing and the one who lets it: "the renter is responsible" as "pemilik")
  letting: {
    en: [
      'renter|renters|tenant|tenants|hirer|hirers|lessee|lessees|charterer|charterers',
      // (and the letting firm's own people: "set up by our team; the hirer must not move them" →
      // "vom Mieter auf- und abgebaut; unser Team darf")
      'landlord|landlords|landlady|lessor|lessors|owner|owners|landowner|landowners|our team|our staff',
    ],
    id: ['penyewa', 'pemilik|pemberi sewa|induk semang|tim kami|staf kami'],
    de: [
      'mieter|mieterin|mieterinnen|pächter|pächterin',
      'vermieter|vermieterin|vermieterinnen|eigentümer|eigentümerin|verpächter|unser team|unserem team|unser personal|unserem personal',
    ],
    fr: ['locataire|locataires|preneur', 'propriétaire|propriétaires|bailleur|bailleresse|loueur|notre équipe|notre personnel'],
    es: [
      'arrendatario|arrendataria|inquilino|inquilina|inquilinos',
      'arrendador|arrendadora|propietario|propietaria|propietarios|casero|casera|nuestro equipo|nuestro personal',
    ], // ("承租人 … 出租人": "repaired by the owner at the tenant's expense" → "由承租人自行修理，费用由出租人承担")
    zh: ['承租人|承租方|租客|租户', '出租人|出租方|房东|业主'],
  },
  // too little of a thing or too much ("A lack of vitamin A" → "Kelebihan vitamin A")
  shortage: {
    en: ['lack of|deficiency|deficiencies|shortage of|too little|insufficient', 'excess|excess of|too much|surplus|overdose|excessive'],
    id: ['kekurangan|defisiensi|kurangnya', 'kelebihan|berlebihan|berlebih|terlalu banyak'],
    de: [
      'mangel|mangel an|zu wenig|unzureichend|unzureichende|unzureichenden|defizit',
      'überschuss|zu viel|übermaß|überdosis|übermäßig|übermäßige|übermäßigen',
    ],
    fr: ['manque de|carence|carences|insuffisance|trop peu|insuffisant|insuffisante', 'excès|trop de|surdosage|excessif|excessive|surplus'],
    es: ['falta de|carencia|déficit|deficiencia|insuficiente|insuficientes', 'exceso|exceso de|sobredosis|excesivo|excesiva|excedente'],
    zh: ['缺乏|缺少|不足', '过量|过多|超量|过剩'],
  },
  // high tide and low tide ("one hour before high tide" → "después de la bajamar")
  tide: {
    en: ['high tide|high water', 'low tide|low water'],
    id: ['air pasang|pasang naik|pasang tinggi', 'air surut|surut|pasang rendah'],
    de: ['flut|hochwasser', 'ebbe|niedrigwasser'],
    fr: ['marée haute|pleine mer', 'marée basse|basse mer'],
    es: ['pleamar|marea alta', 'bajamar|marea baja'],
    zh: ['涨潮|满潮|高潮位', '退潮|干潮|低潮位'],
  },
  // the best and the worst ("work best at the first tingling" → "wirken am schlechtesten")
  bestOrWorst: {
    en: ['best', 'worst'],
    id: ['terbaik|paling baik', 'terburuk|paling buruk'],
    de: ['am besten|beste|besten|bester|bestes', 'am schlechtesten|schlechteste|schlechtesten|schlechtester|schlechtestes'],
    fr: ['le mieux|la meilleure|le meilleur|les meilleurs|les meilleures', 'le moins bien|le pire|la pire|les pires'],
    // (and what works best said to work worse: "work best if taken before" → "funcionan peor")
    es: [
      'lo mejor|el mejor|la mejor|los mejores|las mejores|funciona mejor|funcionan mejor',
      'lo peor|el peor|la peor|los peores|las peores|funciona peor|funcionan peor',
    ],
    zh: ['最好|最佳', '最差|最坏'],
  },
  // a limb or the back bent or straight ("with your knees bent and your back straight" → "con las
  // rodillas rectas y la espalda doblada")
  // (not German "gerade", also "just", nor French "droit", also a right)
  bending: {
    en: ['bent|bend|bending|flexed', 'straight|straighten|straightened|outstretched'],
    id: ['ditekuk|tertekuk|menekuk|tekuk|membungkuk', 'lurus|diluruskan|meluruskan|tegak'],
    de: [
      'gebeugt|gebeugte|gebeugten|angewinkelt|angewinkelte|angewinkelten|gebückt',
      'gestreckt|gestreckte|gestreckten|aufrecht|geradem rücken|geraden rücken',
    ],
    fr: ['plié|pliée|pliés|pliées|fléchi|fléchie|fléchis|fléchies', 'tendu|tendue|tendus|tendues|dos droit|bien droit'],
    es: [
      'doblada|dobladas|doblado|doblados|flexionada|flexionadas|flexionado|flexionados',
      'recta|rectas|recto|rectos|estirada|estiradas|estirado|estirados',
    ],
    zh: ['弯曲|屈膝|弯腰', '挺直|伸直|直立'],
  },
  // the one who looks after a thing and its owner ("The owner must provide enough food" → "Le
  // gardien doit fournir")
  sitting: {
    // (not a carer, against the family: see "care")
    en: ['sitter|sitters|pet sitter|babysitter|dog walker', 'owner|owners'],
    id: ['pengasuh|penjaga hewan', 'pemilik'],
    de: [
      'sitter|tiersitter|hundesitter|katzensitter|betreuer|betreuerin|babysitter',
      'besitzer|besitzerin|halter|halterin|eigentümer|eigentümerin',
    ],
    fr: ['gardien|gardienne|gardiens|pet-sitter|baby-sitter', 'propriétaire|propriétaires|maître|maîtres'],
    es: ['cuidador|cuidadora|cuidadores|canguro|paseador', 'dueño|dueña|dueños|propietario|propietaria|propietarios'],
    zh: ['看护人|照看人|保姆|代养人', '主人|宠物主人|饲主'],
  },
  // a parent and a child ("Events created by parents cannot be deleted by children" → "Von Kindern
  // erstellte Termine können von Eltern nicht gelöscht werden")
  parentChild: {
    en: ['parent|parents|guardian|guardians', 'child|children|kid|kids'],
    id: ['orang tua|wali', 'anak|anak anak'],
    de: ['eltern|elternteil|elternteils|erziehungsberechtigte|erziehungsberechtigten', 'kind|kinder|kindern|kindes'],
    fr: ['parent|parents|tuteur|tuteurs', 'enfant|enfants'],
    es: ['padre|padres|madre|madres|tutor|tutores', 'niño|niños|niña|niñas|hijo|hijos|hija|hijas'],
    zh: ['父母|家长|监护人', '孩子|儿童|子女'],
  },
  // up a slope or down it ("Running downhill puts more strain on the knee than running uphill" →
  // "Berlari mendaki … daripada berlari menuruni bukit")
  slope: {
    en: ['uphill|up hill', 'downhill|down hill'],
    id: ['mendaki|menanjak|tanjakan', 'menuruni bukit|menuruni|jalan menurun'],
    de: ['bergauf|bergan', 'bergab'],
    fr: ['en montée|en montant', 'en descente|en descendant'],
    es: ['cuesta arriba', 'cuesta abajo'],
    zh: ['上坡', '下坡'],
  },
  // the customer and the one who serves them ("the customer must provide" → "la empresa debe proporcionar")
  // (and the tradesperson who does the work: "The client must give the gardener access" → "El
  // jardinero debe facilitar al cliente")
  // (and a wedding's couple against its planner: "The planner organises the ceremony" → "新人负责")
  service: {
    en: [
      'customer|customers|client|clients|the couple',
      // (and the shop that serves: "cleaned by the shop" → "nettoyée par la cliente")
      'the company|supplier|suppliers|provider|service provider|gardener|contractor|contractors|planner|wedding planner|architect|photographer|decorator|the shop|our shop|the store|our store',
    ],
    id: [
      'pelanggan|klien|pasangan pengantin',
      'perusahaan|pemasok|penyedia|penyedia jasa|tukang kebun|kontraktor|perencana pernikahan|arsitek|fotografer|dekorator|toko|pihak toko',
    ],
    de: [
      'kunde|kunden|kundin|brautpaar',
      'unternehmen|firma|anbieter|lieferant|dienstleister|gärtner|gärtnerin|auftragnehmer|hochzeitsplaner|hochzeitsplanerin|architekt|architektin|das geschäft|dem geschäft|der laden|dem laden',
    ],
    fr: [
      'client|cliente|clients|clientes|les mariés',
      "entreprise|l'entreprise|société|la société|prestataire|fournisseur|jardinier|jardinière|organisateur|organisatrice|architecte|boutique|la boutique|magasin|le magasin",
    ],
    es: [
      'cliente|clientes|los novios',
      'empresa|proveedor|proveedora|prestador|jardinero|jardinera|contratista|organizador|organizadora|arquitecto|arquitecta|tienda|la tienda',
    ],
    zh: ['客户|顾客|新人', '公司|供应商|服务商|提供方|园丁|承包商|施工方|策划方|婚庆公司|策划公司|建筑师|店铺|商店|门店'],
  },
  // shoes with a low heel or a high one ("Wear … shoes with a low heel" → "请穿…高跟鞋")
  heel: {
    en: ['low heel|low heels|low-heeled|flat shoes|flat heels', 'high heel|high heels|high-heeled|stilettos'],
    id: ['hak rendah|sepatu datar|sepatu flat', 'hak tinggi|sepatu hak tinggi'],
    de: [
      'flachem absatz|flachen absätzen|niedrigem absatz|niedrigen absätzen|flache schuhe',
      'hohem absatz|hohen absätzen|hohe absätze|stöckelschuhe',
    ],
    fr: ['talon bas|talons bas|talons plats|chaussures plates', 'talon haut|talons hauts|hauts talons'],
    es: ['tacón bajo|tacones bajos|zapatos planos', 'tacón alto|tacones altos'],
    zh: ['低跟|平底鞋|平跟', '高跟'],
  },
  // kept off school or work against going ("Stay off school … for five days" → "Vaya al colegio")
  stayingOff: {
    // (and kept off it: "Keep your child off school" → "Envoyez votre enfant à l'école")
    en: [
      'stay off|stay away from|stay home from|keep away from|off school|off work|off nursery',
      'go to school|go to work|go to nursery|return to school|return to work|back to school|back to work',
    ],
    // (never a negated going, "No vaya al trabajo", which renders the source's "Do not go to work")
    // (not "masuk sekolah", also said of being absent with its "tidak": "tidak masuk sekolah")
    id: ['tetap di rumah', 'pergi ke sekolah|kembali ke sekolah|kembali bekerja|tetap masuk sekolah|tetap masuk kerja'],
    de: [
      'fernbleiben|bleiben sie * fern|zu hause bleiben|bleiben sie zu hause',
      'gehen sie zur schule|zur schule gehen|zur arbeit gehen|gehen sie zur arbeit|wieder zur schule|wieder zur arbeit',
    ],
    fr: [
      "restez à l'écart|restez à la maison|restez chez vous",
      "allez à l'école|aller à l'école|allez au travail|retourner à l'école|retournez au travail|votre enfant à l'école|votre enfant à la crèche",
    ],
    es: ['quédese en casa|permanezca en casa', 'vaya al|vaya a|acuda al|asista al|vuelva al'],
    zh: ['居家休息|在家休息', '去上学|去上班|返校|返回工作'],
  },
  // paid in instalments or all at once ("payable in two instalments" → "一次性付清")
  instalments: {
    en: [
      'in instalments|in installments|in two instalments|in three instalments|in two installments|in three installments|in monthly instalments',
      'in one go|in a single payment|as a lump sum|in one payment|all at once',
    ],
    id: ['dicicil|secara angsuran|dalam dua termin|dalam tiga termin|secara bertahap', 'sekaligus|lunas sekaligus|dibayar lunas di muka'],
    de: ['in raten|ratenzahlung|in zwei raten|in drei raten', 'auf einmal|in einer summe|in einem betrag'],
    fr: [
      'en plusieurs fois|en deux fois|en trois fois|échelonné|échelonnée|en plusieurs versements',
      'en une seule fois|en une fois|en un seul versement',
    ],
    es: ['a plazos|en dos plazos|en tres plazos|en cuotas', 'en un solo pago|de una vez|en un único pago'],
    zh: ['分期|分两期|分三期', '一次性付清|一次性支付|一次付清'],
  },
  // families in need against well-off ones ("distributed to families in need" → "keluarga mampu")
  means: {
    en: ['in need|needy|low-income|poor families|low income', 'well-off|well off|wealthy|affluent|rich families|high-income'],
    id: [
      'yang membutuhkan|kurang mampu|prasejahtera|keluarga miskin|berpenghasilan rendah',
      'keluarga mampu|orang mampu|keluarga kaya|orang kaya|berada',
    ],
    de: [
      'bedürftig|bedürftige|bedürftigen|einkommensschwach|einkommensschwache|einkommensschwachen',
      'wohlhabend|wohlhabende|wohlhabenden|reiche familien|einkommensstark|einkommensstarke',
    ],
    fr: ['dans le besoin|démunies|démunis|défavorisées|défavorisés|modestes', 'aisées|aisés|riches|fortunées|fortunés'],
    es: [
      'necesitadas|necesitados|con pocos recursos|con menos recursos|vulnerables',
      'adineradas|adinerados|acomodadas|acomodados|familias ricas|pudientes',
    ],
    zh: ['有需要的|贫困|困难家庭|低收入', '富裕|富有|有钱|高收入'],
  },
  // slots or prices fixed against flexible ("fixed slots of three hours" → "flexible Zeitfenster")
  fixedFlexible: {
    en: ['fixed', 'flexible|flexibly'],
    id: ['waktu tetap|jadwal tetap|harga tetap|slot tetap', 'fleksibel'],
    de: [
      'feste zeitfenster|feste zeiten|festen zeiten|festgelegte|festgelegten|festpreis|festen preis|fester preis',
      'flexible|flexiblen|flexibler|flexibles|flexibel',
    ],
    fr: ['fixe|fixes', 'flexible|flexibles|modulable|modulables'],
    es: ['fijo|fija|fijos|fijas', 'flexible|flexibles'],
    zh: ['固定', '灵活|弹性'],
  },
  // those who take others along and those taken ("the captain may change the route" → "Tamu dapat mengubah rute")
  crew: {
    // (and the operator of a service against its passengers: "trips cancelled by the operator" →
    // "dibatalkan oleh penumpang")
    // (and the carrier: "The cruise line may change the route" → "乘客可…更改航线")
    en: [
      'captain|skipper|crew|driver|drivers|guide|guides|operator|operators|cruise line|cruise company|airline|ferry company',
      'guest|guests|passenger|passengers',
    ],
    id: ['kapten|nakhoda|awak kapal|kru|pengemudi|sopir|pemandu|operator|maskapai|perusahaan pelayaran', 'tamu|penumpang'],
    de: [
      'kapitän|skipper|besatzung|crew|fahrer|fahrerin|reiseleiter|guide|betreiber|veranstalter|reederei|fluggesellschaft',
      'gast|gäste|gästen|passagier|passagiere|fahrgast|fahrgäste',
    ],
    fr: [
      'capitaine|skipper|équipage|chauffeur|conducteur|guide|opérateur|exploitant|compagnie de croisière|compagnie aérienne',
      'invité|invités|passager|passagers|passagère',
    ],
    es: [
      'capitán|patrón|tripulación|conductor|guía|operador|operadora|naviera|compañía naviera|aerolínea',
      'huésped|huéspedes|invitado|invitados|pasajero|pasajeros',
    ],
    zh: ['船长|船员|司机|导游|运营商|运营方|邮轮公司|航空公司|船公司', '乘客|客人|游客'],
  },
  employment: {
    // (and the company as the employer: "paid by the company" → "dibayar sendiri oleh karyawan")
    en: ['employer|employers|the company', 'employee|employees'],
    id: ['pemberi kerja|majikan|perusahaan', 'karyawan|pekerja|pegawai'],
  },
  frequency: {
    // (and now and then against regularly: "checked regularly" → "diperiksa sesekali")
    en: [
      'rare|rarely|seldom|uncommon|infrequent|infrequently|occasionally|now and then|from time to time',
      // (and what happens as a rule: "normally comes out on its own" → "s'évacue rarement tout seul")
      // (and what keeps coming back: "if dizziness keeps coming back" → "如果头晕偶尔出现")
      'common|commonly|frequent|frequently|often|repeatedly|regular|regularly|routinely|almost always|nearly always|always|normally|usually|every night|every day|nightly|keeps coming back|keep coming back|again and again|over and over|time and again',
    ],
    // (and almost always against rarely: "rabies is almost always fatal" → "rabies jarang berakibat fatal")
    id: [
      'jarang|langka|sesekali|kadang-kadang',
      // (and the words that say "usually": "biasanya", "généralement", "suelen", "meist")
      'umum|sering|lazim|secara berkala|secara rutin|rutin|secara teratur|teratur|hampir selalu|hampir pasti|selalu|normalnya|biasanya|umumnya|pada umumnya|setiap malam|setiap hari',
    ],
    de: [
      'selten|seltene|seltenen|seltenes|gelegentlich|ab und zu|hin und wieder',
      'häufig|häufige|häufigen|häufiges|oft|regelmäßig|regelmäßige|regelmäßigen|regelmäßiger|fast immer|nahezu immer|normalerweise|meist|meistens|in der regel|gewöhnlich',
    ],
    fr: [
      'rare|rares|rarement|occasionnellement|de temps en temps|peu fréquent|peu fréquente|peu fréquents|peu fréquentes|peu courant|peu courante|peu courants|peu courantes',
      'fréquent|fréquente|fréquents|fréquentes|fréquemment|souvent|régulièrement|presque toujours|normalement|généralement|habituellement|en général',
    ],
    // (and "poco" before its word, "poco frecuente", uncommon)
    es: [
      'raro|rara|raros|raras|raramente|ocasionalmente|de vez en cuando|poco frecuente|poco frecuentes|poco común|poco comunes|infrecuente|infrecuentes',
      'frecuente|frecuentes|frecuentemente|común|comunes|a menudo|regularmente|con regularidad|periódicamente|casi siempre|siempre|suele|suelen|generalmente|normalmente|por lo general',
    ],
    // (not "通常", usually, which no other language's side says)
    // (and regular: "Regular exercise" → "偶尔散步")
    // (and always against rarely: "sprays rarely get rid of bedbugs" → "selalu dapat membasmi"; not German
    // "immer" nor French "toujours", also "still")
    zh: ['很少|罕见|偶尔|极少', '经常|常见|几乎总是|几乎都|定期|规律|总是|反复'],
  },
  hours: {
    en: ['full time|full-time|fulltime', 'part time|part-time'],
    id: ['penuh waktu|purnawaktu|full time', 'paruh waktu|part time'],
    de: ['vollzeit', 'teilzeit'],
    fr: ['temps plein', 'temps partiel'],
    es: ['tiempo completo', 'tiempo parcial|medio tiempo'],
  },
  sameness: {
    // (and separate: "in a separate area" → "di area yang sama"; and the opposite direction, "in
    // the same direction" → "in der entgegengesetzten Richtung")
    en: ['other|another|different|differs|separate|opposite direction', 'same|identical|similar'],
    id: ['lain|lainnya|berbeda|terpisah', 'sama|serupa|mirip'],
    // ("gleich" alone is also "at once", "même" alone "even")
    de: [
      'andere|anderen|anderer|anderes|anderem|verschiedene|verschiedenen|unterschiedliche|unterschiedlichen|unterschiedlich|entgegengesetzte|entgegengesetzten|entgegengesetzter|entgegengesetztes',
      'selbe|selben|dieselbe|derselben|denselben|demselben|dasselbe|gleiche|gleichen|gleicher|gleiches|ähnlich|ähnliche|ähnlichen|ähnlicher|ähnliches',
    ],
    // (and a translation's separate ones where the source says the same: "on the same contract" →
    // "sur des contrats séparés")
    fr: [
      'autre|autres|différent|différente|différents|différentes|séparé|séparée|séparés|séparées|distinct|distincte|distincts|distinctes',
      'le même|la même|les mêmes|identique|identiques|similaire|similaires|semblable|semblables',
    ],
    es: [
      'otro|otra|otros|otras|diferente|diferentes|distinto|distinta|distintos|distintas|separado|separada|separados|separadas|por separado',
      'mismo|misma|mismos|mismas|idéntico|idéntica|similar|similares|parecido|parecida|parecidos|parecidas',
    ],
    zh: ['其他|另一|不同', '同一|相同|同样|类似|相似'],
  },
  season: {
    en: ['rainy season|wet season|monsoon season', 'dry season'],
    id: ['musim hujan|musim penghujan', 'musim kemarau'],
  },
  // (and gentle movements, exercise: "start gentle movements" → "gerakan kuat")
  // a thing hidden or brought to light ("Smoking hides bleeding" → "Le tabac révèle les saignements")
  concealment: {
    en: [
      'hide|hides|hid|hidden|hiding|mask|masks|masked|masking|conceal|conceals|concealed',
      'reveal|reveals|revealed|revealing|expose|exposes|exposed|uncover|uncovers',
    ],
    id: [
      'menyembunyikan|disembunyikan|menutupi|ditutupi|menyamarkan|disamarkan',
      'mengungkap|mengungkapkan|diungkap|memperlihatkan|menampakkan',
    ],
    de: [
      'verdeckt|verdecken|verbirgt|verbergen|verschleiert|verschleiern|kaschiert|kaschieren',
      'enthüllt|enthüllen|offenbart|offenbaren|deckt auf|aufdecken',
    ],
    fr: [
      'masque|masquent|masquer|cache|cachent|cacher|dissimule|dissimulent|dissimuler',
      'révèle|révèlent|révéler|dévoile|dévoilent|dévoiler',
    ],
    es: ['oculta|ocultan|ocultar|enmascara|enmascaran|enmascarar|disimula|disimulan', 'revela|revelan|revelar|destapa|destapan'],
    zh: ['掩盖|隐藏|遮盖|掩饰', '暴露|显露|揭示|揭露'],
  },
  force: {
    en: ['gently|softly|lightly|gentle', 'hard|firmly|forcefully|vigorous|vigorously|harsh'],
    id: ['dengan lembut|perlahan|pelan pelan|dengan pelan|lembut', 'dengan keras|dengan kuat|kuat kuat|kuat|keras|berat'],
    // (and German "fest", firmly: "Bite gently on the gauze" → "Beißen Sie … fest auf den Tupfer")
    // (and a cleanser or a soap gentle or harsh: "Use a gentle cleanser" → "ein aggressives Reinigungsmittel")
    de: [
      'sanft|sanfte|sanften|sanfter|sanftes|behutsam|behutsame|behutsamen',
      'kräftig|kräftige|kräftigen|kräftiger|kräftiges|heftig|heftige|heftigen|fest|aggressiv|aggressive|aggressiven|aggressiver|aggressives',
    ],
    fr: [
      'doucement|doux|douce|douces',
      'vigoureusement|vigoureux|vigoureuse|vigoureuses|énergiquement|énergique|énergiques|avec force|intensément|intensif|intensive|intensifs|intensives|brusquement|brutalement|agressif|agressive|agressifs|agressives',
    ],
    zh: ['轻柔|轻轻|轻缓', '用力|大力|使劲'],
    es: [
      'suavemente|suave|suaves|con suavidad|con cuidado',
      'con fuerza|enérgico|enérgica|enérgicos|enérgicas|enérgicamente|intensivo|intensiva|intensivos|intensivas|con brusquedad|bruscamente|brusco|brusca|bruscos|bruscas',
    ],
  },
  // software whose source is open, and closed ("open-source models" → "model sumber tertutup")
  licence: {
    en: ['open source|open-source|open-weight', 'closed source|closed-source|proprietary'],
    id: ['sumber terbuka|open source|open-source', 'sumber tertutup|closed source|closed-source|proprietary|berpemilik'],
    de: ['open source|open-source|quelloffen|quelloffene|quelloffenen', 'proprietär|proprietäre|proprietären|closed source|closed-source'],
    fr: ['open source|logiciel libre|logiciels libres', 'propriétaire|propriétaires|code source fermé'],
    es: ['código abierto|open source', 'propietario|propietaria|propietarios|propietarias|código cerrado'],
  },
  // a condition and a concession ("if your surgeon agrees" → "même si votre chirurgien n'est pas d'accord")
  evenIf: {
    // (and "when", a condition of when a thing holds: "is returned when the trailer is returned clean" → "aunque")
    // (and "once" a thing is done: "may go to school once the fever has gone" → "aunque tenga fiebre")
    en: [`if|provided that|as long as|when|${ONCE_DONE_EN}`, 'even if|even though|although'],
    id: ['jika|kalau|bila|apabila|asalkan', 'bahkan jika|bahkan kalau|meskipun|walaupun|biarpun|meski'],
    // (and German "auch dann …, wenn", the concession said around what holds: "bleiben auch dann verfügbar, wenn")
    de: ['wenn|falls|sofern', 'auch wenn|selbst wenn|obwohl|obgleich|auch dann|selbst dann'],
    // (and "même sans", even without: "only useful if an infection is confirmed" → "même sans infection")
    fr: ['si|pourvu que|à condition que', 'même si|bien que|quoique|même sans'],
    es: ['si|siempre que|con tal de que|cuando', 'aunque|incluso si|aun si|aun cuando|incluso cuando|incluso sin|aun sin'],
    // (by its characters: "如果", "如", "若" against "即使", "即便", "哪怕")
    zh: ['如果|假如|倘若|只要', '即使|即便|哪怕|纵使'],
  },
  // a loan, a purchase in parts ("four interest-free payments" → "empat pembayaran berbunga")
  interest: {
    en: ['interest-free|interest free|without interest|0% interest', 'with interest|interest-bearing|plus interest'],
    id: ['tanpa bunga|bebas bunga|bunga 0%', 'berbunga|dengan bunga|dikenakan bunga|ditambah bunga'],
    de: [
      'zinslos|zinslose|zinslosen|zinsfrei|zinsfreie|zinsfreien|ohne zinsen',
      'verzinst|verzinste|verzinsten|verzinslich|verzinsliche|verzinslichen|verzinslicher|verzinsliches|mit zinsen|zuzüglich zinsen',
    ],
    fr: ['sans intérêts|sans intérêt|sans frais', 'avec intérêts|avec intérêt|portant intérêt'],
    es: ['sin intereses|sin interés', 'con intereses|con interés'],
  },
  // an account, a card, a membership put on hold or in use ("will be suspended" → "akan diaktifkan")
  suspension: {
    en: ['suspend|suspends|suspended|suspending|frozen', 'activate|activates|activated|reactivate|reactivated|unfrozen'],
    id: ['dibekukan|bekukan|membekukan|ditangguhkan|menangguhkan', 'diaktifkan|aktifkan|mengaktifkan|diaktifkan kembali'],
    de: ['ausgesetzt|eingefroren|stillgelegt|gesperrt', 'aktiviert|aktivieren|reaktiviert|freigeschaltet'],
    fr: ['suspendu|suspendue|suspendus|suspendues|suspendre|gelé|gelée', 'activé|activée|activer|réactivé|réactivée'],
    es: ['suspendida|suspendido|suspendidas|suspendidos|suspender|congelada|congelado', 'activada|activado|activar|reactivada|reactivado'],
  },
  // how much of a thing ("drink plenty of fluids" → "beba poco líquido"); not "many" and "few",
  // said of anything, nor "a little", which is some
  // exercise hard or gentle on the joints ("low-impact activities such as swimming" → "à fort impact")
  impact: {
    en: ['low-impact|low impact|gentle on the joints|easy on the joints', 'high-impact|high impact'],
    id: ['berdampak rendah|benturan rendah|ringan bagi sendi', 'berdampak tinggi|benturan tinggi'],
    de: [
      'gelenkschonend|gelenkschonende|gelenkschonenden|gelenkschonender',
      'gelenkbelastend|gelenkbelastende|gelenkbelastenden|hoher belastung',
    ],
    fr: ['faible impact|sans impact|doux pour les articulations|douces pour les articulations', 'fort impact|impact élevé|haut impact'],
    es: ['bajo impacto|suaves con las articulaciones|suave con las articulaciones', 'alto impacto|impacto elevado'],
    zh: ['低冲击|对关节冲击小', '高冲击|对关节冲击大'],
  },
  // a payment or a try that fails against one that succeeds ("If the payment fails, the code is blocked" → "如扣款成功")
  outcome: {
    en: [
      'fails|failed|failing|unsuccessful|is declined|was declined|is rejected|bounces',
      'succeeds|succeeded|successful|successfully|goes through|went through',
    ],
    id: ['gagal|tidak berhasil|ditolak', 'berhasil|sukses'],
    de: [
      'fehlschlägt|fehlgeschlagen|schlägt fehl|scheitert|gescheitert|nicht erfolgreich|abgelehnt',
      'erfolgreich|gelingt|gelungen|klappt',
    ],
    fr: ['échoue|échouent|échoué|échec|refusé|refusée|rejeté|rejetée', 'réussit|réussi|réussie|aboutit|abouti|aboutie|avec succès'],
    es: ['falla|fallan|fallido|fallida|falle|rechazado|rechazada|no se realiza', 'con éxito|exitoso|exitosa|se realiza correctamente'],
    zh: ['失败|未成功|不成功|没有成功|未能成功|被拒', '成功'],
  },
  // the worst of a course against its least ("Swelling … usually peaks on the second day" → "ihren Tiefpunkt")
  culmination: {
    en: [
      'peaks|peaked|peaking|reaches its peak|reach their peak|at its worst|at their worst',
      'at its lowest|at their lowest|lowest point',
    ],
    id: ['memuncak|mencapai puncaknya|mencapai puncak|paling parah', 'titik terendah|paling ringan'],
    de: ['höhepunkt|höchststand|am stärksten|am schlimmsten', 'tiefpunkt|tiefststand|am schwächsten'],
    fr: ['culmine|culminent|atteint son pic|atteint son maximum|au plus fort', 'au plus bas|point le plus bas'],
    es: ['alcanza su punto máximo|alcanza su máximo|alcanza su pico|en su peor momento', 'punto más bajo|en su punto más bajo'],
    zh: ['达到高峰|达到顶峰|最严重', '最低点'],
  },
  // a place well lit or dim ("scan in good light" → "sous un faible éclairage")
  lighting: {
    en: [
      'good light|bright light|well lit|well-lit|daylight|good lighting',
      'poor light|dim light|low light|poorly lit|badly lit|dim|poor lighting',
    ],
    id: ['cahaya yang baik|cahaya terang|pencahayaan yang baik|terang', 'cahaya redup|cahaya kurang|pencahayaan buruk|redup|gelap'],
    de: [
      'gutem licht|gutes licht|hellem licht|guter beleuchtung|gut beleuchtet|tageslicht',
      'schlechtem licht|schwachem licht|schlechter beleuchtung|dämmerlicht|schwach beleuchtet',
    ],
    fr: [
      'bon éclairage|bonne lumière|lumière vive|bien éclairé|bien éclairée|lumière du jour',
      'faible éclairage|mauvais éclairage|faible lumière|lumière faible|pénombre|mal éclairé|mal éclairée',
    ],
    es: [
      'buena luz|buena iluminación|bien iluminado|bien iluminada|luz natural',
      'poca luz|mala iluminación|luz tenue|penumbra|mal iluminado|mal iluminada',
    ],
    zh: ['光线充足|光线良好|光线明亮', '光线昏暗|光线不足|光线较暗|昏暗'],
  },
  // a limb or a bone out of shape or normal ("if the bone looks out of shape" → "tulangnya tampak normal")
  deformity: {
    en: ['out of shape|deformed|misshapen', 'looks normal|look normal|normal shape'],
    id: ['berubah bentuk|bentuknya berubah|bengkok', 'tampak normal|terlihat normal|bentuknya normal'],
    de: ['verformt|deformiert|fehlgestellt|verformte|deformierte', 'sieht normal aus|normal aussieht|normal aussehen'],
    fr: ['déformé|déformée|déformés|déformées|difforme', 'paraît normal|paraît normale|semble normal|semble normale|aspect normal'],
    es: ['deformado|deformada|deformados|deformadas|deforme', 'parece normal|aspecto normal|se ve normal'],
    zh: ['变形|畸形', '看起来正常|外形正常|形状正常'],
  },
  // the most of a quality against the least ("They are most contagious when" → "le moins contagieux")
  // (the source's side only with its adjective: "most" alone is also most people)
  superlative: {
    en: [
      'most contagious|most infectious|most effective|most likely|most active|most severe|most dangerous|most at risk|felt most|felt the most|noticed most|noticed the most',
      'least contagious|least infectious|least effective|least likely|least active|least severe|least dangerous|least at risk|felt least|felt the least|noticed least|noticed the least',
    ],
    de: [
      'am ansteckendsten|am wirksamsten|am wahrscheinlichsten|am gefährlichsten|am aktivsten|am stärksten|am meisten',
      'am wenigsten|am schwächsten',
    ],
    fr: ['le plus|la plus|les plus', 'le moins|la moins|les moins'],
    es: ['el más|la más|los más|las más|lo más', 'el menos|la menos|los menos|las menos|lo menos'],
  },
  // negligence gross or slight, which liability turns on ("only for … gross negligence" → "auch wenn sie leicht fahrlässig")
  negligence: {
    en: ['gross negligence|grossly negligent|gross neglect', 'slight negligence|simple negligence|ordinary negligence|slightly negligent'],
    id: ['kelalaian berat|kelalaian besar|kelalaian yang berat', 'kelalaian ringan|kelalaian biasa'],
    de: [
      'grob fahrlässig|grober fahrlässigkeit|grobe fahrlässigkeit|grob fahrlässige|grob fahrlässigen',
      'leicht fahrlässig|leichter fahrlässigkeit|leichte fahrlässigkeit|einfacher fahrlässigkeit|einfache fahrlässigkeit|leicht fahrlässige|leicht fahrlässigen',
    ],
    fr: ['faute lourde|négligence grave|négligence grossière|faute grave', 'faute légère|négligence légère|simple négligence'],
    es: ['negligencia grave|culpa grave', 'negligencia leve|culpa leve'],
    zh: ['重大过失|严重过失', '轻微过失|一般过失'],
  },
  // a limb kept up or let down ("Rest the joint and keep it raised" → "lagern Sie es tief")
  elevation: {
    en: [
      // (and a limb kept raised with its name between: "Keep the stung arm or leg raised")
      'keep it raised|keep it elevated|raise your head|raise the head|elevate your head|elevate the head|keep them raised|keep them elevated|raise it|elevate it|raise them|elevate them|raise the leg|raise the legs|raise the arm|raise the arms|raise the foot|raise the ankle|raise their legs|raise their leg|raise his legs|raise her legs|elevate their legs|raise the injured|raise the affected|elevate the injured|elevate the affected|raise your leg|raise your legs|raise your arm|raise your foot|elevate your leg|elevate your legs|elevate your arm|elevate your foot|elevate the leg|elevate the legs|elevate the arm|elevate the foot|propped up|raised above|elevated above|leg raised|legs raised|arm raised|arms raised|foot raised|feet raised|hand raised|ankle raised|knee raised|head raised|leg elevated|legs elevated|arm elevated|foot elevated|feet elevated|ankle elevated',
      'keep it low|keep it lowered|keep them low|lower it|lower them|let it hang|let them hang|hanging down',
    ],
    id: [
      'tinggikan|ditinggikan|posisikan lebih tinggi|lebih tinggi dari jantung',
      'rendahkan|direndahkan|posisikan lebih rendah|lebih rendah dari jantung',
    ],
    de: [
      'hochlagern|hochgelagert|hoch lagern|hoch gelagert|hochlegen|hochgelegt|es hoch|sie hoch|ihn hoch|bein hoch|beine hoch|arm hoch|fuß hoch',
      // (and the head laid low: "raise the head slightly" → "lagern Sie den Kopf tief")
      'tief lagern|tief gelagert|tiefer lagern|tief legen|es tief|sie tief|ihn tief|bein tief|beine tief|arm tief|fuß tief|kopf tief|herabhängen|herunterhängen',
    ],
    fr: ['surélevé|surélevée|surélevés|surélevées|surélevez|surélever|en hauteur', 'abaissez|abaissé|abaissée|en position basse|pendre'],
    // (and a limb kept down: "Keep the stung arm raised" → "hacia abajo")
    es: ['elevado|elevada|elevados|elevadas|elévelo|elévela|elévelos|en alto', 'bájelo|bájela|en posición baja|colgando|hacia abajo'],
    zh: ['抬高|垫高|举高', '放低|垂下|下垂'],
  },
  amount: {
    // (and too much of it or too little: "if you pay too much tax" → "terlalu sedikit")
    // (and enough to drink or eat: "Drink enough water" → "Minumlah sedikit air")
    // (and as much of it as one can: "spend as much time as possible outdoors" → "le moins de temps possible")
    // (and as active as one can: "Stay as active as possible" → "Bewegen Sie sich so wenig wie möglich")
    en: [
      // (and enough room or time: "shoes with enough room for your toes" → "mit wenig Platz")
      'plenty of|plenty|lots of|a lot of|too much|too many|drink enough|eat enough|eats enough|drinks enough|eat more|drink more|get enough|gets enough|enough water|enough fluids|enough fluid|enough room|enough space|enough time|enough sleep|enough rest|a full glass|full glass of water|as much as possible|as much time as possible|as many as possible|as active as possible',
      // (and a lack of it: "lack of sleep" → "exceso de sueño")
      // (and a command to eat or drink less: "Eat less saturated fat" → "Perbanyak lemak jenuh")
      // (and cutting down on it: "Cut down on sugary snacks" → "多吃含糖零食")
      'very little|only a little|little|too little|too few|as few as possible|lack of|eat less|drink less|eats less|drinks less|cut down on|cut back on',
    ],
    // (and a command to limit it: "give plenty of fluids" → "batasi cairan")
    id: [
      'banyak|yang banyak|sebanyak mungkin|yang cukup|perbanyak|perbanyaklah|memperbanyak',
      'sedikit|sedikit saja|batasi|kurangi|sesedikit mungkin|seminimal mungkin',
    ],
    de: [
      'viel|reichlich|ausreichend|genug|genügend|zu viel|zu viele',
      // (and as little time as can be: "get enough sleep" → "schlafen Sie möglichst kurz")
      'wenig|zu wenig|zu wenige|begrenzen sie|schränken sie|trinken sie weniger|essen sie weniger|weniger trinken|weniger essen|möglichst kurz|so kurz wie möglich',
    ],
    fr: [
      'beaucoup|abondamment|en abondance|suffisamment|le plus possible|le plus de temps possible|autant que possible|excès de|trop de',
      'manque de|peu|limitez|le moins possible|le moins de temps possible|buvez moins|mangez moins|boire moins|manger moins',
    ],
    es: [
      'mucho|mucha|abundante|abundantes|suficiente|lo más posible|el mayor tiempo posible|todo el tiempo posible|exceso de|en exceso',
      'falta de|poco|poca|pocos|pocas|limite|lo menos posible|el menor tiempo posible|beba menos|coma menos|tome menos|bebe menos|come menos',
    ],
    // (Chinese "多喝", drink plenty, against "少喝"; a large amount against a small one, "尿量少")
    // (and too much or too little of a thing: "too little sleep" → "睡眠过多")
    zh: ['多喝|多饮|多吃|大量|量多|尽量多|尽可能多|过多|太多', '少喝|少饮|少吃|少量|量少|尽量少|尽可能少|过少|太少'],
  },
  // how wide a thing is ("Wear wide shoes" → "sepatu yang sempit"); not "tight", also strict
  width: {
    // (and a vessel or a passage widened or narrowed: "Smoking narrows the blood vessels" → "使血管变宽")
    en: ['wide|broad|roomy|loose-fitting|widen|widens|widened|widening', 'narrow|tight-fitting|narrows|narrowed|narrowing'],
    id: ['lebar|longgar|luas|melebar|melebarkan', 'sempit|menyempit|menyempitkan'],
    de: [
      'breit|breite|breiten|breiter|breites|weit|weite|weiten|erweitert|erweitern',
      'schmal|schmale|schmalen|schmaler|eng|enge|engen|enger|verengt|verengen',
    ],
    // (and the verbs: "it narrows the blood vessels" → "il élargit les vaisseaux")
    fr: [
      'large|larges|ample|amples|élargit|élargissent|élargir|dilate|dilatent',
      'étroit|étroite|étroits|étroites|serré|serrée|serrés|serrées|rétrécit|rétrécissent|rétrécir|resserre|resserrent',
    ],
    es: [
      'ancho|ancha|anchos|anchas|amplio|amplia|amplios|amplias|holgado|holgada|holgados|holgadas|ensancha|ensanchan|dilata|dilatan',
      'estrecho|estrecha|estrechos|estrechas|estrechan',
    ],
    zh: ['变宽|扩张', '变窄|狭窄'],
  },
  // a thing that comes back or goes away for good ("if the chilblains keep coming back" → "si les
  // engelures disparaissent"); not "return", also what one gives back
  recurrence: {
    en: [
      'come back|comes back|coming back|came back|keep coming back|keeps coming back|recur|recurs|recurring|recurrent',
      'disappear|disappears|go away for good|goes away for good',
    ],
    id: ['kambuh|kambuhan|muncul kembali|datang kembali|timbul kembali', 'hilang|menghilang|lenyap'],
    de: [
      'wiederkommen|kommen wieder|kommt wieder|wiederkehren|wiederkehrend|wiederkehrende|treten wieder auf|tritt wieder auf|immer wieder auftreten',
      'verschwinden|verschwindet|verschwunden',
    ],
    fr: [
      'reviennent|revient|récidive|récidivent|réapparaissent|réapparaît|récurrent|récurrente|récurrents|récurrentes',
      'disparaissent|disparaît|disparaître',
    ],
    es: ['reaparecen|reaparece|vuelven a aparecer|vuelve a aparecer|recurrente|recurrentes|recidiva', 'desaparecen|desaparece|desaparecer'],
    zh: ['复发|反复发作|再次出现|反复出现', '消失'],
  },
  // many of a thing or few ("those who spend many hours in front of a screen" → "pocas horas"); not
  // "a few", which is some (see NOT_OPPOSITES), nor too many and too few, the pair "amount"'s
  plurality: {
    en: ['many|numerous|a great many', 'few|very few|so few'],
    id: ['banyak', 'sedikit|hanya sedikit'],
    de: ['viele|vielen|vieler|zahlreiche|zahlreichen|zahlreicher', 'wenige|wenigen|weniger als zwei'],
    fr: ['beaucoup de|de nombreux|de nombreuses|nombreux|nombreuses', 'peu de|très peu de'],
    es: ['muchos|muchas|numerosos|numerosas', 'pocos|pocas'],
  },
  // more of a thing or less of it ("absorb more iron" → "menyerap lebih sedikit zat besi"); not
  // French "au moins", at least, nor Spanish "al menos" (a limit, said as such: see NOT_OPPOSITES)
  moreOrLess: {
    en: ['more', 'less|fewer'],
    id: ['lebih banyak', 'lebih sedikit'],
    de: ['mehr', 'weniger'],
    // (French "moins" alone, "vous risquez moins", but never "plus" alone: "ne … plus" is no longer)
    fr: ['plus de|davantage', 'moins de|moins'],
    es: ['más', 'menos'],
    // (and eating or drinking more or less: "Eat more fibre" → "少吃")
    // (and more or less so: "make the noise less noticeable" → "让噪音更加明显", "不那么明显")
    zh: ['更多|较多|多吃|多喝|更加', '更少|较少|少吃|少喝|不那么'],
  },
  // a path, a place stayed on or left ("Stay on marked paths" → "Quittez les sentiers balisés")
  staying: {
    // (and home: "Stay at home" → "Salga de casa")
    en: ['stay on|stay in|stay within|remain on|keep to|stay at home|stay home', 'leave|go off|stray from|wander off'],
    id: ['tetap di|tetaplah di|tetap berada di', 'tinggalkan|meninggalkan|keluar dari|keluarlah dari'],
    de: ['bleiben sie auf|bleiben sie in|bleiben sie im', 'verlassen sie|verlassen'],
    fr: ['restez sur|restez dans|restez à|rester sur|rester dans', 'quittez|quitter|sortez des|sortez du'],
    es: [
      'permanezca en|quédese en|manténgase en|no se salga de|se queda en|se quede en|permanece en|permanecer en|quedarse en',
      'salga de|abandone|salirse de|se marcha de|se va de|sale de',
    ],
    // (a person asked to stay, "请留在"; not "将贵重物品留在车内", a thing left in the car)
    zh: ['请留在|请待在|请呆在|请停留在|留在原地|待在原地', '请离开|请立即离开|立即离开|驶离|离场'],
  },
  // a thing returned or found whole or damaged ("refunded when the canoe is returned undamaged" →
  // "wenn das Kanu beschädigt zurückgegeben wird")
  wholeDamaged: {
    // (and a part of the body with a hole in it: "if you have a hole in your eardrum" → "si votre tympan est intact")
    en: ['undamaged|intact|unharmed|in good condition|in perfect condition', 'damaged|broken|defective|a hole in|perforated|ruptured'],
    id: ['tidak rusak|utuh|dalam kondisi baik|tanpa kerusakan', 'rusak|cacat|berlubang|pecah|robek'],
    de: [
      'unbeschädigt|unbeschädigte|unversehrt|intakt|einwandfrei|in gutem zustand',
      'beschädigt|beschädigte|beschädigten|kaputt|defekt|defekte|ein loch|perforiert|gerissen',
    ],
    fr: [
      'intact|intacte|intacts|intactes|en bon état|non endommagé|non endommagée|sans dommage',
      'endommagé|endommagée|endommagés|endommagées|abîmé|abîmée|cassé|cassée|défectueux|défectueuse|perforé|perforée|percé|percée|rompu|rompue',
    ],
    es: [
      'intacto|intacta|intactos|intactas|en buen estado|sin daños|sin desperfectos',
      'dañado|dañada|dañados|dañadas|roto|rota|defectuoso|defectuosa|con daños|con desperfectos|perforado|perforada',
    ],
    zh: ['完好|完好无损|无损坏|未损坏', '损坏|破损|已损坏|损毁|穿孔|破裂'],
  },
  // which way along a river ("the tour downstream takes three hours; upstream it is not allowed")
  stream: {
    en: ['upstream|upriver', 'downstream|downriver'],
    id: ['ke hulu|arah hulu|hulu sungai|melawan arus', 'ke hilir|arah hilir|hilir sungai|mengikuti arus'],
    de: ['flussaufwärts|stromaufwärts', 'flussabwärts|stromabwärts'],
    fr: ["en amont|vers l'amont|à contre courant", "en aval|vers l'aval|au fil de l'eau"],
    es: ['río arriba|aguas arriba|a contracorriente', 'río abajo|aguas abajo'],
    zh: ['上游|逆流', '下游|顺流'],
  },
  // a drain blocked or cleared ("it blocks the drains" → "membersihkan saluran")
  blockage: {
    en: [
      'block|blocks|blocked|clog|clogs|clogged|obstruct|obstructs',
      'clear|clears|cleared|unblock|unblocks|unclog|unclogs|clean|cleans|cleaned',
    ],
    // (and a passage opened: "blocks the airway" → "membuka saluran napas")
    id: ['menyumbat|tersumbat|sumbatan|menghalangi', 'membersihkan|melancarkan|dibersihkan|membuka saluran|membuka sumbatan'],
    // (and a nose or an airway blocked or clear: "people whose nose is blocked" → "Menschen mit freier Nase")
    de: [
      'verstopft|verstopfte|verstopften|verstopfter|verstopfen|verstopfung',
      'reinigt|reinigen|gereinigt|freie nase|freier nase|freien nase|freie atemwege|freien atemwegen',
    ],
    fr: [
      'bouche|bouchent|boucher|bouché|bouchée|bouchés|obstrue|obstruent|obstruer',
      'nettoie|nettoient|nettoyer|débouche|débouchent|déboucher|nez dégagé|nez débouché|voies respiratoires dégagées',
    ],
    es: [
      'atasca|atascan|atascar|atasco|obstruye|obstruyen|obstruir|tapada|congestionada',
      'limpia|limpian|limpiar|desatasca|desatascan|desatascar|nariz despejada|nariz destapada|vías respiratorias despejadas',
    ],
    zh: ['堵塞|阻塞|堵住|鼻塞', '疏通|清洁|清理|通畅'],
  },
  // a thing harmed or kept from harm ("shortcuts damage the vegetation" → "protègent")
  harm: {
    en: ['damage|damages|damaged|damaging|harm|harms|harmed|destroy|destroys', 'protect|protects|protected|protecting|preserve|preserves'],
    id: ['merusak|merusakkan|rusak|membahayakan', 'melindungi|dilindungi|menjaga|melestarikan'],
    de: ['beschädigen|beschädigt|schädigen|schädigt|schaden|zerstören|zerstört', 'schützen|schützt|geschützt|bewahren|bewahrt'],
    fr: [
      'abîment|abîme|abîmer|endommagent|endommage|endommager|nuisent|nuit|détruisent',
      'protègent|protège|protéger|préservent|préserve|préserver',
    ],
    es: ['dañan|daña|dañar|estropean|estropea|perjudican|destruyen', 'protegen|protege|proteger|preservan|preserva'],
  },
  // a signal, a connection, a result ("mobile coverage is poor" → "excellente")
  quality: {
    // (and good, which German "gute" renders: "despite good oral hygiene" → "trotz guter Mundhygiene")
    en: ['poor|bad|weak', 'excellent|very good|outstanding|good'],
    id: ['buruk|jelek|lemah', 'sangat baik|sangat bagus|bagus sekali|prima|istimewa'],
    de: [
      'schlecht|schlechte|schlechten|schwach|schwache|schwachen',
      // (and "gute" of a thing, an inflected adjective, not "gut" of how a thing is done: "eine gute
      // Durchblutung" for "poor circulation")
      'ausgezeichnet|ausgezeichnete|hervorragend|hervorragende|sehr gut|sehr gute|gute|guten|guter|gutes',
    ],
    fr: ['faible|faibles|mauvais|mauvaise|mauvaises|médiocre|médiocres', 'excellent|excellente|excellents|excellentes|très bon|très bonne'],
    // (and Spanish "buena", good: "poor posture" → "buena postura")
    es: [
      'mala|malo|malas|malos|débil|débiles|deficiente|deficientes',
      'excelente|excelentes|muy buena|muy bueno|buena|bueno|buenas|buenos',
    ],
  },
  // a thing done well or badly ("vegetables grow well together" → "poussent mal ensemble"); never
  // "well" alone, also "as well"
  wellBadly: {
    en: [
      'grow well|grows well|works well|work well|heal well|heals well|sleep well|goes well|go well',
      'grow badly|grows badly|grow poorly|grows poorly|works badly|work badly|works poorly|work poorly|heal badly|heals badly|heal poorly|heals poorly|sleep badly|sleep poorly|goes badly|go badly',
    ],
    id: ['tumbuh dengan baik|berfungsi dengan baik|sembuh dengan baik', 'tumbuh dengan buruk|berfungsi dengan buruk|sembuh dengan buruk'],
    de: [
      'wachsen gut|wächst gut|funktioniert gut|funktionieren gut|heilt gut|heilen gut|schlafen gut',
      'wachsen schlecht|wächst schlecht|funktioniert schlecht|funktionieren schlecht|heilt schlecht|heilen schlecht|schlafen schlecht',
    ],
    fr: [
      'poussent bien|pousse bien|fonctionne bien|fonctionnent bien|cicatrise bien|cicatrisent bien|dormez bien|dormir bien',
      'poussent mal|pousse mal|fonctionne mal|fonctionnent mal|cicatrise mal|cicatrisent mal|dormez mal|dormir mal',
    ],
    es: [
      'crecen bien|crece bien|funciona bien|funcionan bien|cicatriza bien|cicatrizan bien|duerme bien|dormir bien',
      'crecen mal|crece mal|funciona mal|funcionan mal|cicatriza mal|cicatrizan mal|duerme mal|dormir mal',
    ],
    zh: ['长得好|生长良好|愈合良好|睡得好', '长得不好|生长不良|愈合不良|睡不好|睡得不好'],
  },
  // a flood or a drought ("If the harvest fails because of flooding" → "karena kekeringan")
  floodDrought: {
    en: ['flood|floods|flooding|flooded', 'drought|droughts|dry spell|dry spells'],
    id: ['banjir|kebanjiran', 'kekeringan|kemarau panjang'],
    de: ['hochwasser|überschwemmung|überschwemmungen|überflutung|überflutungen', 'dürre|dürren|trockenheit'],
    fr: ['inondation|inondations|crue|crues', 'sécheresse|sécheresses'],
    es: ['inundación|inundaciones|riada|riadas', 'sequía|sequías'],
    zh: ['洪水|水灾|洪涝|淹水', '干旱|旱灾'],
  },
  // a body weight too high or too low ("If you are overweight" → "Si vous êtes en sous-poids")
  bodyWeight: {
    en: ['overweight|obese|obesity', 'underweight'],
    id: ['kelebihan berat badan|obesitas|kegemukan', 'kekurangan berat badan|berat badan kurang|terlalu kurus'],
    de: ['übergewicht|übergewichtig|übergewichtige|übergewichtigen|adipös|adipositas', 'untergewicht|untergewichtig|untergewichtige'],
    fr: ['surpoids|obèse|obèses|obésité', 'sous-poids|insuffisance pondérale|trop maigre|trop maigres'],
    es: ['sobrepeso|obeso|obesa|obesos|obesas|obesidad', 'bajo peso|peso insuficiente|demasiado delgado|demasiado delgada'],
    zh: ['超重|肥胖', '体重过轻|偏瘦|过瘦'],
  },
  // weight lost or gained ("Losing weight can reduce …" → "Eine Gewichtszunahme kann …")
  weight: {
    // (and kilos lost or gained: "losing even a few kilos" → "prendre quelques kilos")
    en: [
      'losing weight|lose weight|loses weight|weight loss|losing a few kilos|losing even a few kilos|lose a few kilos|losing a few pounds|lose a few pounds|losing some weight|lose some weight',
      'gaining weight|gain weight|gains weight|weight gain|put on weight|gaining a few kilos|gain a few kilos|putting on a few kilos|put on a few kilos|gaining some weight|gain some weight',
    ],
    id: [
      'menurunkan berat badan|penurunan berat badan|turun berat badan',
      'menaikkan berat badan|kenaikan berat badan|bertambah berat badan|penambahan berat badan',
    ],
    de: ['abnehmen|gewichtsabnahme|gewichtsverlust|gewichtsreduktion', 'zunehmen|gewichtszunahme'],
    // (and said of the reader: "if you … lose weight without trying" → "si vous prenez du poids")
    fr: [
      'perdre du poids|perdez du poids|perd du poids|perdu du poids|perte de poids|maigrir|maigrissez|perdre quelques kilos|perdez quelques kilos|perdre un peu de poids',
      'prendre du poids|prenez du poids|prend du poids|pris du poids|prise de poids|grossir|grossissez|prendre quelques kilos|prenez quelques kilos|prendre un peu de poids',
    ],
    es: [
      'perder peso|pierde peso|pierdes peso|pierda peso|pérdida de peso|adelgazar|adelgaza|perder unos kilos|perder algunos kilos',
      'ganar peso|gana peso|ganas peso|gane peso|aumento de peso|subir de peso|engordar|engorda|ganar unos kilos|ganar algunos kilos',
    ],
    // (and a weight that falls or rises with no reason between: "lose weight without trying" → "体重无故增加")
    zh: [
      '减肥|减重|体重下降|体重减轻|体重降低|消瘦|体重无故下降|体重不明原因下降|体重无故减轻|减轻体重|降低体重',
      '增重|长胖|发胖|体重增加|体重上升|体重无故增加|体重不明原因增加|增加体重',
    ],
  },
  // food bland or spicy ("Eat bland food such as toast" → "Essen Sie scharfe Kost"; not Indonesian,
  // whose "pedas" after its noun would become the landmark a lost "avoid" is placed by)
  seasoning: {
    en: ['bland|non-spicy|mildly seasoned', 'spicy|spiced|highly seasoned|hot and spicy'],
    de: [
      'schonkost|leichte kost|mild gewürzt|mild gewürzte|mild gewürzten',
      'scharf gewürzt|scharfe kost|scharfes essen|scharfe speisen|scharfen speisen|stark gewürzt',
    ],
    fr: [
      'fade|fades|peu épicé|peu épicée|peu épicés|peu épicées|non épicé|non épicée',
      'épicé|épicée|épicés|épicées|relevé|relevée|pimenté|pimentée',
    ],
    es: [
      'poco condimentada|poco condimentado|comida suave|alimentos suaves|sin especias',
      'picante|picantes|muy condimentada|muy condimentado|condimentada|especiada|especiado',
    ],
    zh: ['清淡', '辛辣|麻辣|重口味'],
  },
  // a medicine taken on an empty stomach or with food ("on an empty stomach" → "setelah makan")
  meal: {
    en: ['on an empty stomach|empty stomach', 'with food|with a meal|with meals|with a snack|full stomach'],
    id: ['perut kosong|saat perut kosong', 'setelah makan|sesudah makan|bersama makanan|dengan makanan|saat makan|perut terisi'],
    de: ['nüchtern|auf nüchternen magen|leeren magen|leerem magen', 'zum essen|mit dem essen|mit einer mahlzeit|zu den mahlzeiten'],
    fr: ['à jeun|estomac vide', 'pendant le repas|pendant les repas|au cours du repas|avec de la nourriture|avec un repas'],
    es: ['en ayunas|estómago vacío', 'con las comidas|con alimentos|con comida|durante las comidas'],
  },
  // what goes on no more and what still does ("no longer infectious" → "masih menular")
  stillNoLonger: {
    en: ['no longer|not any longer|not anymore|not any more', 'still'],
    id: ['tidak lagi|sudah tidak|tak lagi', 'masih'],
    de: ['nicht mehr|kein mehr|keine mehr|keinen mehr', 'weiterhin|immer noch|noch immer'],
    es: ['ya no', 'todavía|aún|sigue|siguen'],
  },
  // a result, a finding, a reading ("only if a result is abnormal" → "auch wenn ein Ergebnis unauffällig ist")
  normality: {
    en: ['abnormal|abnormally|irregular', 'normal|normally'],
    // ("tidak normal" is a negation's: see negativeWord)
    id: ['abnormal|kelainan', 'normal|wajar'],
    de: ['auffällig|auffällige|auffälligen|abnormal|abnormale|anormal', 'unauffällig|unauffällige|unauffälligen|normal|normale|normalen'],
    fr: ['anormal|anormale|anormaux|anormales', 'normal|normale|normaux|normales'],
    es: ['anormal|anormales|alterado|alterada|alterados|alteradas', 'normal|normales'],
  },
  // a limb rested or moved ("rest the ankle" → "gerakkan pergelangan kaki")
  motion: {
    // (and the body at rest: "Rest for the first 24 hours" → "要多运动")
    en: [
      // (and rest said with what goes with it: "Rest and drink plenty of fluids" → "Treiben Sie Sport")
      'rest the|rest your|rest it|rest for|rest and|get some rest|get plenty of rest|plenty of rest|bed rest|keep * still|immobilise|immobilize',
      'move|moving|exercise|exercising',
    ],
    id: ['istirahatkan|istirahatkanlah|diamkan|jangan digerakkan', 'gerakkan|gerakkanlah|menggerakkan|latih|melatih'],
    // (and "still": "Keep moving your neck" → "Halten Sie den Nacken völlig still")
    de: ['schonen|ruhigstellen|ruhig halten|ruhig stellen|still|stillhalten', 'bewegen|bewegt|trainieren|treiben sie sport|sport treiben'],
    fr: ['reposer|mettez au repos|laissez au repos|immobiliser|immobilisez', 'bouger|bougez|mobiliser|mobilisez'],
    es: ['reposar|repose|en reposo|inmovilizar|inmovilice', 'mover|mueva|movilizar|movilice'],
    // (and a joint moved more or kept still: "Rest the wrist" → "多活动手腕", "keep the thumb still" → "保持活动")
    // (not "休息" alone, also a break: "离开屏幕短暂休息")
    zh: ['保持不动|固定|制动|卧床休息', '多活动|保持活动|活动一下|多运动|注意运动|加强运动'],
  },
  // lessons, classes, sessions for a group or for one person ("10 group lessons" → "cours individuels")
  // (not Indonesian "pribadi" nor Chinese "个人", also a person's own: "data pribadi", "个人信息")
  groupOrOne: {
    en: [
      'group lesson|group lessons|group class|group classes|group session|group sessions|group course|group courses|in groups|in a group',
      'individual|individually|one to one|one on one|private lesson|private lessons|private class|private classes',
    ],
    id: ['kelompok|berkelompok', 'individu|individual|perorangan|privat|per orang'],
    de: [
      'gruppenkurs|gruppenkurse|gruppenunterricht|gruppenstunde|gruppenstunden|in gruppen|in der gruppe',
      'einzelunterricht|einzelstunde|einzelstunden|einzeltraining|einzeln|privatstunde|privatstunden',
    ],
    fr: [
      'collectif|collectifs|collective|collectives|en groupe|de groupe',
      'individuel|individuels|individuelle|individuelles|particulier|particuliers|particulière|particulières',
    ],
    es: ['grupal|grupales|en grupo|colectivo|colectivos|colectiva|colectivas', 'individual|individuales|particular|particulares'],
    zh: ['集体课|小组课|团课|团体课|小班', '一对一|私教课|单独授课|单人课'],
  },
  // drinks with alcohol or without ("soft drinks for the musicians" → "alkoholische Getränke")
  // (not Indonesian "minuman keras" alone on the other side: "minuman ringan" is a soft drink)
  alcohol: {
    en: ['soft drink|soft drinks|non alcoholic|alcohol free|alcohol-free', 'alcoholic|alcoholic drinks|alcoholic beverages'],
    id: ['minuman ringan|tanpa alkohol|nonalkohol|non alkohol', 'beralkohol|minuman keras'],
    de: ['alkoholfrei|alkoholfreie|alkoholfreien|alkoholfreies|softdrinks', 'alkoholisch|alkoholische|alkoholischen|alkoholisches'],
    fr: ['non alcoolisé|non alcoolisée|non alcoolisés|non alcoolisées|sans alcool|sodas', 'alcoolisé|alcoolisée|alcoolisés|alcoolisées'],
    es: ['sin alcohol|refresco|refrescos', 'alcohólico|alcohólica|alcohólicos|alcohólicas'],
    zh: ['软饮料|无酒精|不含酒精', '含酒精|酒精饮料'],
  },
  // a body kept active or kept at rest ("stay as active as you can" → "so ruhig wie möglich")
  // (not English "rest" alone, also what remains; "active" only of a body, not "active ingredient")
  activity: {
    en: [
      'stay active|keep active|be active|remain active|physically active|as active as|keep moving|keep on moving',
      'bed rest|resting|inactive|immobile|lie still|lying still',
    ],
    id: ['aktif|tetap bergerak|terus bergerak', 'tirah baring|berbaring saja|diam saja|tidak aktif|tetap berbaring|berbaringlah'],
    de: ['aktiv|aktive|aktiven|in bewegung', 'ruhig|bettruhe|liegen bleiben|bleiben sie liegen|inaktiv|untätig'],
    // (and told to lie down: "Keep moving as much as you can" → "Restez allongé autant que possible")
    fr: [
      'actif|active|actifs|actives|en mouvement|continuez à bouger|continuez de bouger|bougez',
      'repos au lit|alité|alitée|immobile|inactif|inactive|restez allongé|restez allongée|restez couché|restez couchée|restez au lit',
    ],
    // (and rest and activity as nouns: "Stay as active as possible; bed rest can slow recovery" →
    // "Haga el mayor reposo posible; la actividad puede…")
    es: [
      'activo|activa|activos|activas|en movimiento|actividad|actividad física',
      'reposo en cama|en cama|quieto|quieta|inmóvil|inactivo|inactiva|reposo|quédese acostado|quédese acostada|permanezca acostado|permanezca acostada',
    ],
    zh: ['活跃|多活动|保持活动', '卧床|静养|躺着不动'],
  },
  sound: {
    // (and a quiet room against a noisy one: "works best in a quiet room" → "en una sala ruidosa")
    // (and soft music, a low noise against a loud one: "low background noise, such as soft music" →
    // "un fort bruit de fond, comme une musique forte")
    en: [
      'silent|mute|muted|quiet|quieter|soft music|soft sounds|gentle music|low noise|low background noise|low-level noise',
      'sound on|ringer on|loud|noisy|noisier',
    ],
    // (and noisy: "silent in Do Not Disturb mode" → "bruyants")
    id: ['senyap|mode diam|bisu|dibisukan', 'mode suara|mode dering|berdering|nyaring|bising|berisik'],
    // (and German rooms and places quiet or loud: "in ruhigen Räumen" → "in lauten Räumen")
    de: [
      'lautlos|stumm|stummgeschaltet|stummschalten|ruhigen räumen|ruhigen raum|ruhigem raum|ruhigen zimmer|ruhigen umgebung|ruhiger umgebung|ruhigen ort',
      'laut|klingelton an|ton an|lauten räumen|lauten raum|lautem raum|lauten zimmer|lauten umgebung|lauter umgebung|lauten ort',
    ],
    fr: [
      'silencieux|mode silencieux|en silence|muet|musique douce|sons doux|léger bruit|bruit léger|faible bruit|bruit faible',
      'sonnerie activée|mode sonore|mode son|bruyant|bruyante|bruyants|bruyantes|fort bruit|bruit fort|bruits forts|musique forte|sons forts',
    ],
    es: [
      // (and a snore soft against loud: "loud snoring" → "ronquidos suaves")
      'silencio|en silencio|modo silencio|silenciado|silenciados|silencioso|silenciosa|silenciosos|silenciosas|música suave|ruido suave|ruido bajo|ronquidos suaves|ronquido suave',
      'modo de sonido|modo sonido|con sonido|sonido activado|ruidoso|ruidosa|ruidosos|ruidosas|música alta|música fuerte|ruido fuerte|ruidos fuertes',
    ],
  },
  // the season of few visitors and the busy one ("three nights in the low season" → "en haute saison")
  seasonLevel: {
    en: ['low season|off season|off-season|off-peak season|off-peak', 'high season|peak season|busy season'],
    id: ['musim sepi|low season', 'musim ramai|high season|musim puncak'],
    de: ['nebensaison|vorsaison|nachsaison', 'hauptsaison|hochsaison'],
    fr: ['basse saison|hors saison', 'haute saison|pleine saison'],
    es: ['temporada baja', 'temporada alta'],
    zh: ['淡季', '旺季'],
  },
  // water standing and water running ("mosquitoes lay their eggs in still water" → "air yang mengalir")
  waterFlow: {
    en: ['still water|standing water|stagnant water', 'running water|flowing water'],
    id: ['air yang tenang|air tenang|air tergenang|genangan air|air yang menggenang|air diam', 'air yang mengalir|air mengalir'],
    de: [
      'stehendes wasser|stehendem wasser|stehenden wasser|stilles wasser|stillem wasser|stehenden gewässern',
      'fließendes wasser|fließendem wasser|fließenden wasser',
    ],
    fr: ['eau stagnante|eaux stagnantes|eau dormante|eaux dormantes', 'eau courante|eaux courantes'],
    es: ['agua estancada|aguas estancadas|agua quieta', 'agua corriente|aguas corrientes|agua que corre'],
    zh: ['积水|死水|静水', '流水|活水|流动的水'],
  },
  // feet bare or shod ("Stand barefoot on the scale" → "请穿鞋站在秤上")
  footwear: {
    en: ['barefoot|bare feet|bare-footed', 'in shoes|wearing shoes|with shoes on|with your shoes on'],
    id: ['tanpa alas kaki|bertelanjang kaki|telanjang kaki', 'memakai sepatu|mengenakan sepatu|pakai sepatu|bersepatu'],
    de: ['barfuß', 'mit schuhen'],
    fr: ['pieds nus|pied nu', 'avec des chaussures|avec vos chaussures|chaussé|chaussée'],
    es: ['descalzo|descalza|descalzos|descalzas|con los pies descalzos', 'con zapatos|calzado|calzada'],
    zh: ['赤脚|光脚|赤足', '穿鞋|穿着鞋'],
  },
  // a thing stained or whitened ("coffee can stain the teeth" → "dapat memutihkan gigi")
  staining: {
    en: [
      'stain|stains|stained|staining|discolour|discolours|discoloured|discolor|discolors|discolored',
      'whiten|whitens|whitened|whitening',
    ],
    id: ['menodai|ternoda|mewarnai|noda', 'memutihkan|pemutih|pemutihan'],
    de: ['verfärben|verfärbt|verfärbung|verfärbungen', 'aufhellen|aufgehellt|bleichen|gebleicht|bleaching'],
    fr: ['tacher|tachent|taché|tachées|colorer', 'blanchir|blanchissent|blanchi|blanchiment'],
    es: ['manchar|manchan|mancha|manchado', 'blanquear|blanquean|blanqueado|blanqueamiento'],
    zh: ['染色|着色|变色|染黄', '美白|漂白'],
  },
  // a place open to reach or locked ("make sure the attic is accessible" → "verschlossen sind")
  accessibility: {
    en: ['accessible', 'locked|locked up|locked away'],
    de: ['zugänglich|zugängliche|zugänglichen', 'verschlossen|verschlossene|verschlossenen|abgesperrt'],
    fr: ['accessible|accessibles', 'fermé à clé|fermée à clé|fermés à clé|fermées à clé'],
    es: ['accesible|accesibles', 'cerrado con llave|cerrada con llave|cerrados con llave|cerradas con llave'],
  },
  // as soon or as late as can be ("remove the sting as quickly as possible" → "lo más tarde posible")
  soonOrLate: {
    en: ['as quickly as possible|as soon as possible|as fast as possible|as early as possible', 'as late as possible'],
    id: ['secepat mungkin|sesegera mungkin|secepatnya', 'selambat mungkin'],
    de: [
      'so schnell wie möglich|möglichst schnell|so bald wie möglich|möglichst bald|so früh wie möglich',
      'so spät wie möglich|möglichst spät',
    ],
    fr: ['dès que possible|le plus vite possible|au plus vite|le plus tôt possible|aussi vite que possible', 'le plus tard possible'],
    es: ['lo antes posible|lo más rápido posible|cuanto antes|lo más pronto posible', 'lo más tarde posible'],
    zh: ['尽快|尽早|尽可能快', '尽量晚|尽可能晚|越晚越好'],
  },
  // said anonymously or openly ("Reports are anonymous" → "Les signalements sont publics")
  anonymity: {
    en: ['anonymous|anonymously|anonymised|anonymized', 'public|publicly|under your name|with your name'],
    id: ['anonim|tanpa nama', 'publik|terbuka untuk umum|dengan nama anda'],
    de: ['anonym|anonyme|anonymen|anonymisiert|anonymisierte', 'öffentlich|öffentliche|öffentlichen|mit ihrem namen'],
    fr: ['anonyme|anonymes|anonymement|anonymisé|anonymisés', 'public|publics|publique|publiques|publiquement'],
    es: ['anónimo|anónima|anónimos|anónimas|anónimamente', 'público|pública|públicos|públicas|públicamente'],
    zh: ['匿名', '公开|实名'],
  },
  // sleep light or deep ("wakes you during light sleep" → "pendant une phase de sommeil profond")
  sleepDepth: {
    en: ['light sleep|lightly asleep', 'deep sleep|deeply asleep'],
    id: ['tidur ringan|tidur yang ringan', 'tidur nyenyak|tidur lelap|tidur dalam'],
    de: [
      'leichter schlaf|leichten schlaf|leichten schlafs|leichtschlaf|leichtschlafphase',
      'tiefschlaf|tiefer schlaf|tiefen schlaf|tiefen schlafs|tiefschlafphase',
    ],
    fr: ['sommeil léger', 'sommeil profond'],
    es: ['sueño ligero', 'sueño profundo'],
    zh: ['浅睡|浅度睡眠|浅睡眠', '深睡|深度睡眠|深睡眠'],
  },
  // a degree high or barely there ("very contagious" → "kaum ansteckend"); not "little", "peu",
  // "poco": also few and "a little"
  // (and slightly: "if the area is very swollen" → "si la zone est légèrement enflée"; not Indonesian
  // "sedikit", also few, "very little water" → "sedikit air")
  degree: {
    en: ['very|highly|extremely', 'barely|hardly|scarcely|slightly|somewhat'],
    id: ['sangat|amat', 'agak'],
    de: ['sehr|äußerst|hochgradig', 'kaum'],
    fr: ['très|extrêmement', 'à peine|guère|légèrement'],
    es: ['muy|extremadamente|sumamente', 'apenas|ligeramente'],
  },
  // (and cleaned, a state to return a thing in: "must be returned cleaned" → "peut être rendue sale")
  cleanliness: {
    en: ['clean|cleaned', 'dirty|contaminated'],
    id: ['bersih|dibersihkan', 'kotor|tercemar|terkontaminasi'],
    de: ['sauber|gereinigt', 'schmutzig|verschmutzt|verunreinigt'],
    fr: ['propre|propres|nettoyé|nettoyée|nettoyés|nettoyées', 'sale|sales|contaminé|contaminée'],
    es: ['limpio|limpia|limpios|limpias|limpiado|limpiada|limpiados|limpiadas', 'sucio|sucia|sucios|sucias|contaminado|contaminada'],
  },
  presence: {
    // (or at an office, a branch, a counter: "can be made online; … require a visit to the office")
    en: [
      'in person|in-person|face to face|face-to-face|on site|on-site|visit to the office|visit to our office|at our office|at our offices|at a branch|at one of our branches|at the counter|at the service desk|at the information desk|at reception|at the front desk',
      'online|remotely|virtually',
    ],
    id: [
      'secara langsung|tatap muka|luring|kunjungan ke kantor|datang ke kantor|ke kantor cabang|di kantor cabang|di loket',
      'secara online|online|daring|secara daring|secara virtual|jarak jauh',
    ],
  },
  charge: {
    en: [
      'free of charge|at no charge|at no cost|at no extra cost|at no additional cost|no charge|without charge|for free|complimentary|free|waived',
      // (and what the reader or the customer pays: "replaced at the tenant's cost" → "se reponen gratuitamente")
      // (and a thing to be bought: "the full book must be purchased" → "es gratuito")
      "charged|chargeable|for a fee|extra charge|an extra charge|for an extra charge|at an extra charge|fees apply|fee applies|subject to a fee|subject to charges|at a cost|at extra cost|at an extra cost|at additional cost|for an extra fee|an extra fee|extra fee|for an additional fee|additional fee|surcharge|for a monthly fee|for a small fee|for a daily fee|for a weekly fee|for an annual fee|for a yearly fee|costs extra|cost extra|pay a supplement|pays a supplement|for a supplement|costs|paid version|paid versions|paid plan|paid plans|paid tier|paid edition|at your expense|at your own expense|at your cost|at your own cost|at the tenant's cost|at the tenant's expense|at the renter's cost|at the renter's expense|at the customer's cost|at the customer's expense|at the client's cost|at the client's expense|at the hirer's cost|at the hirer's expense|at the buyer's cost|at the buyer's expense|at the guest's expense|at the member's expense|must be purchased|must be bought|has to be purchased|has to be bought|needs to be purchased|need to be purchased|must be paid for",
    ],
    id: [
      'gratis|cuma cuma|tanpa biaya|bebas biaya|tidak dikenakan biaya|tidak dikenai biaya|tidak dipungut biaya|tanpa dipungut biaya|tanpa dikenakan biaya',
      'dikenakan biaya|dikenai biaya|dipungut biaya|berbayar|ditagih|ditagihkan|dikenakan tarif|dengan biaya|biaya tambahan|atas biaya sendiri|atas biaya penyewa|atas biaya anda|atas biaya pelanggan|ditanggung penyewa|ditanggung pelanggan',
    ],
    de: [
      'kostenlos|kostenlose|kostenlosen|kostenfrei|gebührenfrei|unentgeltlich|gratis|ohne aufpreis',
      // (and at one's own cost: "repaired free of charge by us" → "vom Mieter auf eigene Kosten repariert")
      'kostenpflichtig|kostenpflichtige|gebührenpflichtig|kostet|gegen gebühr|gegen eine gebühr|gegen aufpreis|gegen entgelt|mit einer gebühr|auf eigene kosten|auf ihre kosten|auf seine kosten|auf kosten des mieters|auf kosten der mieterin|auf kosten des kunden|zu lasten des mieters',
    ],
    fr: [
      // (and what is offered, free in French commerce: "sorting costs are charged" → "sont offerts")
      'gratuit|gratuite|gratuits|gratuites|gratuitement|sans frais|sans supplément|sans frais supplémentaires|est offert|est offerte|sont offerts|sont offertes',
      // (and a stay "contre un loyer": "may stay free of charge" → "peut loger … contre un loyer")
      'payant|payante|payants|payantes|facturé|facturée|facturés|facturées|coûte|coûtent|moyennant des frais|moyennant un supplément|avec supplément|contre paiement|avec des frais|avec frais|contre un loyer|moyennant un loyer|contre rémunération|à ses frais|à vos frais|à ses propres frais|à vos propres frais|aux frais du locataire|aux frais du client|à la charge du locataire|à la charge du client',
    ],
    es: [
      'gratis|gratuito|gratuita|gratuitos|gratuitas|gratuitamente|sin coste adicional|sin cargo adicional|sin cargo|sin coste|sin costo',
      'de pago|con cargo|con un cargo|con un coste|con un costo|recargo|con recargo|con un recargo|cuesta|cuestan|tiene un coste|tiene coste|tiene un costo|tienen un coste|tienen un costo|con coste|con costo|se cobra|se cobran|se cobrará|se cobrarán|pagan un suplemento|paga un suplemento|con suplemento|a su cargo|a cargo del cliente|a cargo del arrendatario|a cargo del inquilino|a su costa|a costa del cliente|a costa del arrendatario',
    ],
  },
  timing: {
    // (and ahead of time: "提前24小时以上取消" → "more than 24 hours in advance", not "later")
    // (and put off: "postpone the appointment" → "提前预约")
    en: ['early|earlier|sooner|premature|prematurely|in advance|ahead of time', 'late|later|postpone|postpones|postponed'],
    id: ['lebih awal|lebih dini|dini', 'terlambat|telat|lebih lambat'],
    // (not "tôt" alone, nor "au plus tôt": a bound of a date; not "später", also "afterwards")
    // (but "später" after a span of time: "fünf Minuten später" for "five minutes early")
    de: [
      'früh|frühzeitig|vorzeitig|zu früh',
      'spät|zu spät|verspätet|verspätung|minuten später|minute später|stunden später|stunde später|tage später',
    ],
    // (and "plus tard" after a span of time: "une heure plus tard" for "one hour earlier")
    fr: [
      'en avance|plus tôt|trop tôt|anticipé|anticipée|anticipés|anticipées',
      'en retard|trop tard|tardif|tardive|tardifs|tardives|heure plus tard|heures plus tard|minutes plus tard|jour plus tard|jours plus tard|semaine plus tard|semaines plus tard',
    ],
    // ("tarde" is also the afternoon: see NOT_OPPOSITES)
    // (and "antes de tiempo", ahead of time: "returned late" → "se devuelve antes de tiempo")
    es: [
      'temprano|antes de tiempo|antes de lo previsto|anticipado|anticipada|anticipados|anticipadas',
      'tarde|con retraso|con demora|tardío|tardía|tardíos|tardías',
    ],
  },
  place: {
    en: ['above|on top of', 'under|below|beneath|underneath'],
    // (and higher or lower than a thing: "above the level of your heart" → "lebih rendah dari jantung")
    id: ['di atas|lebih tinggi dari|lebih tinggi daripada', 'di bawah|lebih rendah dari|lebih rendah daripada'],
    // (not "über" and "unter" alone: also "about" and "among"; before a level of the body they
    // place: "über Herzhöhe")
    de: [
      // (and "über dem", "über der", a place above a thing: "neighbours live above the room" → "unter dem Raum")
      'oberhalb|oberhalb von|höher als|über herzhöhe|über kopfhöhe|über schulterhöhe|über augenhöhe|über hüfthöhe|über das herz|über dem herzen|über dem|über der',
      'unterhalb|unterhalb von|tiefer als|niedriger als|unter herzhöhe|unter kopfhöhe|unter schulterhöhe|unter augenhöhe|unter hüfthöhe|unter das herz|unter dem herzen|unter dem|unter der',
    ],
    fr: [
      'au dessus de|au dessus du|au dessus des|supérieure à|supérieur à|supérieures à|supérieurs à',
      'en dessous de|en dessous du|au dessous de|au dessous du|au dessous des|inférieure à|inférieur à|inférieures à|inférieurs à',
    ],
    es: ['encima de|encima del|por encima de|por encima del|superior a', 'debajo de|debajo del|por debajo de|por debajo del|inferior a'],
    // (higher or lower than: "above the original price" → "低于原价"; not "以上" and "以下", also
    // "the above" and "the following")
    zh: ['高于|上方|之上', '低于|下方|之下'],
  },
  // where a thing is kept or done (not "inside" and "outside": "outside office hours" is "di luar jam kerja")
  // (and at home: "Most falls happen at home" → "发生在户外")
  indoors: {
    en: ['indoors|indoor|at home', 'outdoors|outdoor|in the open air'],
    id: [
      'di dalam ruangan|dalam ruangan|di dalam rumah|dalam rumah|di dalam ruang|di dalam gedung|indoor',
      'di luar ruangan|luar ruangan|di luar rumah|luar rumah|di alam terbuka|di ruang terbuka|di luar gedung|outdoor',
    ],
    // (and shoes worn inside or brought in from the street: "indoor shoes" → "Straßenschuhe")
    de: [
      // (and a unit of an appliance inside or out: "access to the outdoor unit" → "zum Innengerät")
      'drinnen|im innenbereich|hallenbad|in der halle|hallenschuhe|hallenschuh|hallensportschuhe|innengerät|innengeräts|inneneinheit',
      'draußen|im freien|im außenbereich|freibad|straßenschuhe|straßenschuh|außenschuhe|außengerät|außengeräts|außeneinheit',
    ],
    // (and a thing of the inside or the outside: "an outdoor water tap" → "un robinet d'eau intérieur")
    fr: [
      "couvert|couverte|en intérieur|à l’intérieur|à l'intérieur|chaussures d'intérieur|intérieur|intérieure|intérieurs|intérieures",
      "en plein air|en extérieur|à l’extérieur|à l'extérieur|découvert|découverte|chaussures d'extérieur|chaussures de ville|extérieur|extérieure|extérieurs|extérieures",
    ],
    es: [
      'cubierta|cubierto|en interiores|bajo techo|calzado de interior|zapatillas de interior|interior|interiores',
      'al aire libre|en exteriores|descubierta|descubierto|calzado de calle|zapatos de calle|calzado de exterior|exterior|exteriores',
    ],
  },
  // places used by all or by one ("wear a mask in shared areas" → "在私人区域佩戴口罩")
  // (not "shared" alone, also the verb: "we never shared your personal data"; not "umum" nor
  // "bersama", "gemeinsam" nor "commun" alone: public, together, in common)
  sharedPlaces: {
    en: [
      'shared area|shared areas|shared space|shared spaces|shared room|shared rooms|shared bathroom|shared bathrooms|shared kitchen|shared facilities|communal|common areas|common room',
      'private',
    ],
    id: [
      'area bersama|ruang bersama|ruangan bersama|kamar bersama|kamar mandi bersama|dapur bersama|fasilitas bersama|area umum|ruang umum|fasilitas umum',
      'pribadi|privat',
    ],
    de: [
      'gemeinschaftsraum|gemeinschaftsräume|gemeinschaftsräumen|gemeinschaftsbereich|gemeinschaftsbereiche|gemeinschaftsbereichen|gemeinschaftsküche|gemeinschaftsbad|gemeinschaftlich|gemeinschaftliche|gemeinschaftlichen|gemeinsam genutzt|gemeinsam genutzte|gemeinsam genutzten',
      'privat|private|privaten|privatbereich|privaträume|privaträumen',
    ],
    fr: [
      'partagé|partagée|partagés|partagées|parties communes|espaces communs|espace commun|salle commune|cuisine commune|salle de bains commune|collectif|collective|collectifs|collectives',
      'privé|privée|privés|privées|privatif|privative|privatifs|privatives',
    ],
    es: [
      'compartido|compartida|compartidos|compartidas|zonas comunes|zona común|espacios comunes|espacio común|baño común|cocina común',
      'privado|privada|privados|privadas',
    ],
    zh: ['公共区域|公共场所|公共空间|公用|共用|共享|合用', '私人|私用|私密'],
  },
  // the one who cares and the one cared for or their family ("medication is given by nurses only" →
  // "药物只能由家属发放"; "bring a family member to take you home" → "请带一名医生陪同您回家")
  // (a family doctor is a doctor)
  care: {
    en: [
      'nurse|nurses|nursing staff|carer|carers|caregiver|caregivers|care staff|care worker|care workers|doctor|doctors|physician|physicians|medical staff|family doctor|family doctors|family physician',
      // (and the parents, French "parents" also relatives: "consent from the parents" → "l'accord des parents")
      'family|families|relatives|relative|family members|family member|next of kin|parent|parents',
    ],
    id: [
      'perawat|suster|tenaga perawat|pengasuh|petugas perawatan|dokter|tenaga medis|petugas medis|dokter keluarga',
      'keluarga|kerabat|sanak saudara|orang tua',
    ],
    de: [
      'pfleger|pflegerin|pflegerinnen|pflegekraft|pflegekräfte|pflegekräften|pflegepersonal|krankenschwester|krankenschwestern|krankenpfleger|pflegende|pflegenden|arzt|ärztin|ärzte|ärzten|ärztinnen',
      'familie|familien|angehörige|angehörigen|verwandte|verwandten|eltern|elternteil',
    ],
    fr: [
      'infirmier|infirmière|infirmiers|infirmières|soignant|soignante|soignants|soignantes|aide soignant|aides soignants|personnel soignant|médecin|médecins|médecin de famille|médecin traitant|personnel médical',
      'famille|familles|proches|parents',
    ],
    es: [
      'enfermero|enfermera|enfermeros|enfermeras|cuidador|cuidadora|cuidadores|cuidadoras|personal de enfermería|personal sanitario|médico|médica|médicos|médicas|médico de familia|médico de cabecera|personal médico',
      'familia|familias|familiares|parientes|padres',
    ],
    zh: ['护士|护理人员|护工|护理员|医生|医师|大夫|医护人员|家庭医生', '家属|家人|亲属|父母|家长'],
  },
  // a birth or a death ("a death certificate of the former spouse" → "akta kelahiran mantan pasangan")
  lifeEvents: {
    en: ['birth|births|born|newborn|newborns', 'death|deaths|died|deceased'],
    id: ['kelahiran|lahir', 'kematian|meninggal|wafat|almarhum|almarhumah'],
    de: [
      'geburt|geburten|geburtsurkunde|geboren|neugeborene|neugeborenen',
      'tod|todes|todesfall|sterbeurkunde|gestorben|verstorben|verstorbene|verstorbenen',
    ],
    fr: ['naissance|naissances|né|née|nés|nées|nouveau né|nouveau nés', 'décès|mort|morts|décédé|décédée|décédés|défunt|défunte'],
    es: [
      'nacimiento|nacimientos|nacido|nacida|nacidos|recién nacido|recién nacidos',
      'defunción|defunciones|muerte|fallecimiento|fallecido|fallecida|fallecidos|difunto|difunta',
    ],
    zh: ['出生|诞生|新生儿', '死亡|去世|逝世|身故'],
  },
  // straps, screws, lids ("pull the straps tight" → "tarik tali dengan longgar")
  // (not "ketat", "rapat": also "strict" and "meeting")
  tightness: {
    en: ['tight|tighten|tightens|tightened|tightly|firmly|securely', 'loose|loosen|loosens|loosened|loosely|slack'],
    id: [
      'kencang|kencangkan|mengencangkan|dikencangkan|erat|eratkan|mengeratkan|dieratkan|dengan rapat|secara rapat|rapat rapat',
      'longgar|longgarkan|melonggarkan|dilonggarkan|kendur|kendurkan|mengendurkan|dikendurkan',
    ],
    // (and "fest" of a thing covered or held: "decken Sie sie fest ab"; alone it is also fixed, a rate's)
    de: ['fester|fest ziehen|festziehen|anziehen|straffen|eng|fest ab|fest an|fest zu', 'lockern|lockern sie|locker|lose|gelockert'],
    fr: [
      'serrer|serrez|resserrer|resserrez|serré|serrée|en serrant|étroitement',
      'desserrer|desserrez|desserré|desserrée|relâcher|relâchez|lâche',
    ],
    es: ['apretar|apriete|apretando|ajustar|ajuste|apretado|apretada', 'aflojar|afloje|suelto|suelta|flojo|floja'],
  },
  length: {
    // (no phrase that begins with "a": every "a" of every English text would be tried)
    en: ['long', 'short|briefly'],
    id: ['panjang|waktu yang lama|waktu lama|lama sekali', 'pendek|sebentar|singkat|waktu singkat|waktu yang singkat'],
    de: ['lang|lange|langen|langer|langes', 'kurz|kurze|kurzen|kurzer|kurzes'],
    fr: ['long|longue|longs|longues|longtemps', 'court|courte|courts|courtes|brièvement|bref|brève|brefs|brèves'],
    // (and a time said long or short: "durante poco tiempo", "mucho tiempo")
    es: ['largo|larga|largos|largas|mucho tiempo|largo tiempo', 'corto|corta|cortos|cortas|brevemente|breve|breves|poco tiempo'],
    // (not "长" alone: a head, "院长", to grow, "长出", long-term, "长期")
    zh: ['留长|较长|很长|加长|过长', '剪短|较短|很短|修短|过短'],
  },
  // shelves up and down ("heavy items on the lower shelves")
  shelf: {
    en: ['lower shelf|lower shelves|bottom shelf|bottom shelves', 'upper shelf|upper shelves|top shelf|top shelves|higher shelves'],
    id: ['rak bawah|rak paling bawah|rak terbawah', 'rak atas|rak paling atas|rak teratas'],
    de: ['unteren regal|unteren regale|unteren regalen|untersten regal', 'oberen regal|oberen regale|oberen regalen|obersten regal'],
    fr: ['étagère du bas|étagères du bas|étagères inférieures', 'étagère du haut|étagères du haut|étagères supérieures'],
    es: ['estante inferior|estantes inferiores|estantes de abajo', 'estante superior|estantes superiores|estantes de arriba'],
  },
  // inside and outside a place ("only permitted outside the main gate")
  // ("di dalam" is also "in" an app, a box: a swap needs the source's side missing from the translation)
  insideOutside: {
    // ("within" a place: "transfers within the euro area" is not "hors de la zone euro")
    // (and the way a thing moves: "from the inside corner outwards" → "desde el lagrimal hacia fuera")
    en: ['outside|beyond|outwards|outward', 'inside|within|in the catchment area|within the catchment area|inwards|inward'],
    id: ['di luar|luar ruangan|dari luar', 'di dalam|dalam ruangan|dari dalam'],
    de: [
      'außerhalb|draußen|im freien|im außenbereich|von außen|nach außen|außen',
      'innerhalb|drinnen|im inneren|im innenbereich|von innen|nach innen|innen',
    ],
    fr: [
      "à l'extérieur|à l’extérieur|de l'extérieur|de l’extérieur|dehors|hors de|hors du|hors des|en dehors de|en dehors du|en dehors des",
      "à l'intérieur|à l’intérieur|de l'intérieur|de l’intérieur|dedans",
    ],
    es: ['fuera|afuera|por fuera|desde fuera', 'dentro|adentro|por dentro|desde dentro'],
  },
  // absent or there ("If your child is absent" is not "Jika anak Anda hadir")
  attendance: {
    // (and a shift or a class missed: "Residents who miss three shifts" → "yang menghadiri tiga jadwal")
    en: ['absent|absence|absences|miss|misses|missed', 'attend|attends|attended|attending'],
    id: ['absen|tidak hadir|berhalangan hadir|ketidakhadiran|tanpa kehadiran', 'hadir|menghadiri'],
  },
  // of water ("dalam" is also "in": it only ever keeps a finding away)
  // a thing or an animal known against unknown ("caused by an unknown dog" → "par un chien connu")
  familiarity: {
    en: ['known|familiar', 'unknown|unfamiliar'],
    id: ['dikenal|yang dikenal', 'tidak dikenal|tak dikenal|tidak diketahui|tak diketahui'],
    de: ['bekannt|bekannte|bekannten|bekannter|bekanntes', 'unbekannt|unbekannte|unbekannten|unbekannter|unbekanntes'],
    fr: ['connu|connue|connus|connues', 'inconnu|inconnue|inconnus|inconnues'],
    es: ['conocido|conocida|conocidos|conocidas', 'desconocido|desconocida|desconocidos|desconocidas'],
    zh: ['熟悉的|认识的', '陌生的|陌生|不认识的|来历不明的'],
  },
  // (and of a wound: "if the bite is deep" → "si la morsure est superficielle")
  depth: {
    en: ['deep', 'shallow|superficial'],
    id: ['dalam', 'dangkal'],
    de: ['tief|tiefe|tiefen|tiefer|tiefes', 'flach|flache|flachen|flacher|oberflächlich|oberflächliche|oberflächlichen'],
    // (a pool's ends: "le grand bain", "le petit bain")
    fr: [
      'profond|profonde|profonds|profondes|grand bain',
      'peu profond|peu profonde|peu profonds|peu profondes|petit bain|superficiel|superficielle|superficiels|superficielles',
    ],
    es: ['profundo|profunda|profundos|profundas', 'poco profundo|poco profunda|poco profundos|poco profundas|superficial|superficiales'],
    zh: ['很深|较深|深的', '很浅|较浅|浅的|表浅'],
  },
  // the morning against the afternoon (evening and night against the morning are dayPart's)
  morningAfternoon: {
    en: ['morning|mornings', 'afternoon|afternoons'],
    id: ['pagi', 'siang|sore'],
    // (and a weekday's, written as one word: "mittwochnachmittags")
    de: [
      `vormittag|vormittags|morgens|${weekdayCompounds(['vormittag', 'vormittags', 'morgen', 'morgens'])}`,
      `nachmittag|nachmittags|${weekdayCompounds(['nachmittag', 'nachmittags'])}`,
    ],
    // (the afternoon written with its hyphen, which the words of a text stand apart by)
    fr: ['matin|matins|matinée', "après - midi|l'après - midi|l’après - midi"],
    es: [
      'por la mañana|mañanas|de la mañana|todas las mañanas|cada mañana',
      'por la tarde|tardes|por las tardes|de la tarde|todas las tardes|cada tarde',
    ],
    zh: ['上午|早上|早晨', '下午'],
  },
  // a version and those after it, or before it ("macOS 12 or later" is not "atau yang lebih lama")
  version: {
    en: ['or later|or newer', 'or earlier|or older'],
    id: [
      'atau yang lebih baru|atau lebih baru|atau versi yang lebih baru|atau versi lebih baru',
      'atau yang lebih lama|atau lebih lama|atau versi yang lebih lama|atau versi lebih lama',
    ],
    de: ['oder neuer|oder höher|oder später', 'oder älter|oder früher'],
    fr: ['ou ultérieure|ou ultérieur|ou plus récente|ou plus récent', 'ou antérieure|ou antérieur|ou plus ancienne|ou plus ancien'],
    es: ['o posterior|o más reciente', 'o anterior|o más antigua|o más antiguo'],
  },
  // connected or not ("Reminders now work offline" is not "secara daring")
  // (and a connection needed: "works offline; example sentences need an internet connection" →
  // "necesita conexión a internet; … funcionan sin conexión")
  connectivity: {
    en: [
      'offline|off-line|without an internet connection|without internet|without a connection|without a network connection',
      'online|on-line|need an internet connection|needs an internet connection|require an internet connection|requires an internet connection',
    ],
    // (and with or without the internet: "works offline" → "hanya dapat digunakan dengan internet")
    id: [
      'luring|secara luring|offline|tanpa koneksi|tanpa internet|tanpa koneksi internet',
      'daring|secara daring|online|secara online|dengan internet|koneksi internet',
    ],
    de: ['offline|ohne internet|ohne internetverbindung', 'online|mit internet|internetverbindung'],
    // (and "hors connexion", "sans connexion": "recorded offline" → "qu'en ligne")
    fr: ['hors ligne|hors-ligne|hors connexion|sans connexion|sans internet', 'en ligne|connexion internet'],
    es: [
      'sin conexión|fuera de línea|sin internet',
      'en línea|conexión a internet|con conexión|necesita conexión|necesitan conexión|requiere conexión|requieren conexión',
    ],
    zh: ['离线|脱机', '在线|联网'],
  },
  // a level of skill ("Spanish for beginners" → "Spanisch für Fortgeschrittene")
  skill: {
    en: ["beginner|beginners|beginner's|beginners'|introductory|novice|novices", 'advanced|experienced|expert|experts'],
    id: ['pemula|tingkat dasar', 'lanjutan|mahir|tingkat lanjut'],
    de: [
      'anfänger|anfängerin|anfängerinnen|einsteiger|einsteigerinnen|grundkurs|grundstufe',
      'fortgeschrittene|fortgeschrittenen|fortgeschrittener|fortgeschritten|aufbaukurs|profis|experten',
    ],
    fr: ['débutant|débutants|débutante|débutantes|initiation', 'avancé|avancés|avancée|avancées|confirmé|confirmés|expert|experts'],
    es: ['principiante|principiantes|iniciación|nivel básico', 'avanzado|avanzados|avanzada|avanzadas|experto|expertos'],
    zh: ['初学者|入门|初级', '高级|进阶|资深'],
  },
  // goods used or new ("Used items must be labelled as used" → "Barang baru …"), said as goods:
  // the single words ("second-hand", "gebraucht", "usagé", "neuf") are freshness's, not reported twice
  wear: {
    en: [
      'used items|used goods|used products|used item|second hand items|second hand goods|pre owned items',
      'new items|new goods|new products|new item|brand new items|brand new goods',
    ],
    id: ['barang bekas|produk bekas|bekas pakai', 'barang baru|produk baru|masih baru'],
    de: ['gebrauchtware|gebrauchter artikel|gebrauchte artikel', 'neuware|neue artikel|neuen artikel|neue ware|fabrikneu|fabrikneue'],
    fr: ["articles d'occasion|article d'occasion|articles usagés", 'articles neufs|article neuf|produit neuf|état neuf'],
    es: ['de segunda mano|usado|usados|usada|usadas', 'nuevo|nuevos|nueva|nuevas'],
    zh: ['二手|旧货', '全新|新品'],
  },
  // half and double ("Students pay half" → "zahlen das Doppelte")
  proportion: {
    en: ['half', 'double|twice as much|twice the'],
    // (and twice a rate or a price, "dua kali tarif harian" for "half the daily rate")
    id: ['setengah|separuh|separo', 'dua kali lipat|berlipat ganda|dua kali tarif|dua kali harga|dua kali biaya|dua kali jumlah'],
    de: ['hälfte|halbe|halben|halber|halbes', 'doppelte|doppelten|doppelt|zweifache|zweifachen'],
    fr: ['moitié', 'double'],
    es: ['mitad', 'doble'],
    zh: ['一半|半价', '双倍|两倍|加倍'],
  },
  // money kept or paid back ("the deposit is then kept" → "la caution est alors remboursée")
  keptOrRefunded: {
    en: ['kept|retained|withheld|forfeited', 'refunded|repaid|reimbursed|paid back'],
    de: ['einbehalten|verfällt|verfallen', 'erstattet|zurückerstattet|rückerstattet|zurückgezahlt'],
    fr: [
      'conservé|conservée|conservés|conservées|retenu|retenue|retenus|retenues|gardé|gardée|gardés|gardées',
      'remboursé|remboursée|remboursés|remboursées',
    ],
    es: [
      'retenido|retenida|retenidos|retenidas|conservado|conservada|conservados|conservadas',
      'reembolsado|reembolsada|reembolsados|reembolsadas',
    ],
  },
  // soon after a thing or long after it ("urinate soon after sex" → "mucho después")
  soonOrLong: {
    en: [
      'soon after|shortly after|right after|immediately after|straight after|soon afterwards|shortly afterwards',
      'long after|well after|long afterwards',
    ],
    id: ['segera setelah|sesaat setelah|tak lama setelah|tidak lama setelah|langsung setelah', 'lama setelah|jauh setelah|lama sesudah'],
    de: ['kurz nach|kurz danach|gleich nach|direkt nach|unmittelbar nach|sofort nach', 'lange nach|lange danach'],
    fr: ['peu après|juste après|immédiatement après|aussitôt après|sitôt après', 'longtemps après|bien après'],
    es: ['poco después|justo después|inmediatamente después', 'mucho después|bastante después|mucho tiempo después'],
    zh: ['之后不久|后不久|随后立即|之后立即|后立即|后马上|之后马上', '很久之后|很久以后|很长时间之后|很长时间以后'],
  },
  // one side of a thing or both ("a rash on one side of the body" → "des deux côtés", "beide Seiten", "两侧")
  sides: {
    en: ['one side|one side of', 'both sides|both sides of'],
    id: ['satu sisi|salah satu sisi', 'kedua sisi|dua sisi'],
    de: ['einer seite|eine seite|einseitig', 'beiden seiten|beide seiten|beidseitig'],
    fr: ["d'un seul côté|un seul côté|d'un côté", 'des deux côtés|deux côtés'],
    es: ['un lado|un solo lado', 'ambos lados|los dos lados'],
    zh: ['一侧|单侧', '两侧|双侧'],
  },
  // a threshold passed upwards or downwards, said by a verb ("when consumption exceeds a limit" →
  // "einen Grenzwert unterschreitet"); only verbs: a bound word ("kurang dari") may say a negated
  // "exceed" ("must not exceed" → "harus kurang dari")
  threshold: {
    en: [
      'exceed|exceeds|exceeded|exceeding',
      'fall below|falls below|fell below|fallen below|falling below|drop below|drops below|dropped below|dropping below|go below|goes below|went below',
    ],
    id: ['melebihi|melampaui|terlampaui', 'turun di bawah|turun hingga di bawah|jatuh di bawah'],
    de: [
      'überschreitet|überschreiten|überschritten|übersteigt|übersteigen|überstiegen',
      'unterschreitet|unterschreiten|unterschritten|fällt unter|fallen unter|sinkt unter|sinken unter',
    ],
    fr: [
      'dépasse|dépassent|dépasser|dépassé|dépassée|excède|excèdent|excéder',
      'descend sous|descendent sous|descend en dessous|descendent en dessous|passe sous|passe en dessous|tombe sous|tombent sous|tombe en dessous',
    ],
    es: [
      'supera|superan|supere|superen|superar|superado|excede|exceden|exceda|excedan|exceder|sobrepasa|sobrepasan|sobrepase',
      'baja de|bajan de|baje de|bajen de|cae por debajo|caen por debajo|caiga por debajo|desciende por debajo',
    ],
  },
  // left in the air or covered ("fold the nappy so that the stump is exposed to the air" → "quede
  // cubierto"); not "covered" against a word of its own, which may be insured
  airing: {
    en: [
      'exposed to the air|exposed to air|open to the air|uncovered|left uncovered',
      'covered up|kept covered|keep it covered|is covered|stays covered',
    ],
    id: ['terkena udara|terbuka ke udara|dibiarkan terbuka|tidak tertutup', 'tertutup|ditutupi|tetap tertutup'],
    de: ['an der luft|an die luft|unbedeckt|nicht abgedeckt', 'abgedeckt|bedeckt|zugedeckt'],
    fr: ["à l'air|à l’air|à l'air libre|à l’air libre|découvert|non couvert", 'couvert|recouvert|recouverte|couverte'],
    es: ['al aire|al descubierto|descubierto|descubierta|destapado|destapada', 'cubierto|cubierta|tapado|tapada'],
    zh: ['暴露在空气中|敞开|透气', '盖住|遮盖|覆盖住'],
  },
  // a joint or a thing stiff against supple ("can make the shoulder stiff" → "membuat bahu lentur")
  flexibility: {
    en: ['stiff|stiffness|rigid', 'flexible|supple|limber'],
    id: ['kaku|kekakuan', 'lentur|luwes|fleksibel'],
    de: ['steif|steife|steifen|steifer|versteift|versteifen', 'beweglich|bewegliche|beweglichen|geschmeidig|gelenkig'],
    fr: ['raide|raides|raideur|rigide|rigides|ankylosé|ankylosée', 'souple|souples|souplesse|flexible|flexibles'],
    es: ['rígido|rígida|rígidos|rígidas|rigidez|entumecido|entumecida', 'flexible|flexibles|flexibilidad'],
    zh: ['僵硬|发僵', '灵活|柔韧'],
  },
  // muscles let go or tensed ("because they relax the throat muscles" → "membuat otot tenggorokan menegang")
  muscleTension: {
    en: ['relax|relaxes|relaxed|relaxing', 'tense|tenses|tensed|tensing|tense up|tighten up|stiffen|stiffens'],
    id: ['mengendur|rileks|melemaskan|lemas|relaksasi', 'menegang|tegang|mengencang|kaku'],
    de: ['entspannen|entspannt|entspannte|entspannten|erschlaffen|erschlafft', 'anspannen|angespannt|angespannte|verkrampfen|verkrampft'],
    fr: [
      'détendre|détend|détendent|détendu|détendus|relâche|relâchent|relâcher',
      'contracter|contracte|contractent|crisper|crispe|crispent|tendu|tendus',
    ],
    es: ['relajar|relaja|relajan|relajado|relajados|relajada|relajadas', 'tensar|tensa|tensan|contraer|contrae|contraen|tenso|tensos'],
  },
  // swelling up or going down ("can cause the nose to swell again" → "dass die Nase abschwillt")
  swelling: {
    // (and a part grown larger: "enlarged tonsils" → "amandel yang mengecil")
    en: ['swell|swells|swell up|swells up|swollen|become swollen|enlarged', 'shrink|shrinks|shrunk|shrinking|shrunken'],
    id: ['bengkak|membengkak|menjadi bengkak|membesar', 'mengempis|kempis|menyusut|mengecil'],
    de: [
      'anschwillt|anschwellen|schwillt an|schwellen an|geschwollen|geschwollene|geschwollenen',
      'abschwillt|abschwellen|schwillt ab|abgeschwollen',
    ],
    fr: ['gonfle|gonflent|gonfler|gonflé|gonflée|enfle|enflent|enfler|enflé|enflée', 'dégonfle|dégonfler|désenfle|désenfler'],
    es: [
      'se hincha|se hinchan|hincharse|hinchado|hinchada|hinchados|hinchadas|agrandado|agrandada|agrandados|agrandadas',
      'se deshincha|se deshinchan|deshincharse|deshinchado',
    ],
    zh: ['肿胀|肿起|发肿|肿大|增大', '消肿|缩小'],
  },
  // inside a town or outside it ("installation is included for orders within the city" → "市外订单")
  town: {
    en: [
      'within the city|inside the city|in the city centre|within city limits|in town',
      'outside the city|outside city limits|out of town',
    ],
    id: ['dalam kota', 'luar kota'],
    de: ['innerhalb der stadt|im stadtgebiet|innerorts', 'außerhalb der stadt|außerhalb des stadtgebiets|außerorts'],
    fr: ['dans la ville|en ville|intra-muros', 'hors de la ville|en dehors de la ville|hors agglomération'],
    es: ['dentro de la ciudad|en la ciudad|en el casco urbano', 'fuera de la ciudad|fuera del casco urbano'],
    zh: ['市内|城内|市区内', '市外|城外|市区外'],
  },
  // all at once or one by one ("download all your photos at once" → "una por una")
  batch: {
    en: ['all at once|all * at once|in one go|in a single step', 'one by one|one at a time'],
    id: ['sekaligus', 'satu per satu|satu demi satu|satu persatu'],
    de: ['auf einmal|in einem schritt|alle gleichzeitig', 'einzeln nacheinander|eins nach dem anderen|nacheinander'],
    fr: ["en une seule fois|d'un coup|d’un coup|en une fois", 'une par une|un par un|une à une|un à un'],
    es: ['de una vez|de golpe|a la vez', 'una por una|uno por uno|de una en una|de uno en uno'],
    zh: ['一次性', '逐个|逐一|一张一张|一个一个'],
  },
  // where a thing stands: beside another or away from it ("next to the lifts" → "loin des ascenseurs")
  proximity: {
    // (and the nearest against the farthest: "the nearest drop-off point" → "el punto más lejano")
    // (and a thing far away: "look at something far away" → "mire algo cercano")
    en: [
      'next to|near|near to|close to|beside|nearby|adjacent to|nearest|closest',
      'far from|away from|far away from|far away|farthest|furthest',
    ],
    id: [
      'di samping|di sebelah|dekat|di dekat|berdekatan dengan|dekatkan|mendekatkan|terdekat',
      'jauh dari|menjauh dari|jauhkan dari|jauhkan|menjauhkan|terjauh',
    ],
    de: [
      'neben|nahe|in der nähe von|in der nähe des|in der nähe der|in der nähe',
      'weit weg von|fern von|weit entfernt von|weit von|weit vom|weit entfernt',
    ],
    fr: [
      'à côté de|à côté des|à côté du|près de|près des|près du|à proximité de|à proximité des|à proximité du|le plus proche|la plus proche',
      "loin de|loin des|loin du|à l'écart de|à l'écart des|à l'écart du|le plus éloigné|la plus éloignée",
    ],
    // (and brought near: "keep your baby away from anyone with a cough" → "acerque a su bebé")
    es: [
      'junto a|junto al|al lado de|al lado del|cerca de|cerca del|acerque|acercar|acérquese|más cercano|más cercana|cercano|cercana|cercanos|cercanas',
      'lejos de|lejos del|lejos|alejado de|alejada de|alejados de|alejadas de|aleje|alejar|más lejano|más lejana|lejano|lejana|lejanos|lejanas',
    ],
    zh: ['旁边|附近|靠近', '远离'],
  },
  // out of reach and within it ("Keep out of the reach of children")
  reach: {
    en: [
      'out of reach|out of the reach|beyond the reach|beyond reach|out of the sight and reach|out of sight and reach',
      'within reach|within the reach|in reach|in the reach|within easy reach',
    ],
    id: ['jauh dari jangkauan|di luar jangkauan|jauhkan dari jangkauan', 'dalam jangkauan|di dalam jangkauan'],
    de: ['außer reichweite|außerhalb der reichweite', 'in reichweite|in der reichweite|innerhalb der reichweite'],
    fr: ['hors de portée|hors de la portée', 'à portée|à la portée'],
    es: ['fuera del alcance|fuera de alcance', 'al alcance|a su alcance|a tu alcance'],
  },
  // the seasons of the temperate year, two pairs of opposites
  summerWinter: {
    en: ['summer|summertime', 'winter|wintertime'],
    id: ['musim panas', 'musim dingin'],
    de: ['sommer', 'winter'],
    fr: ['été', 'hiver'],
    es: ['verano', 'invierno'],
  },
  springAutumn: {
    en: ['spring|springtime', 'autumn|fall'],
    id: ['musim semi', 'musim gugur'],
    de: ['frühling|frühjahr', 'herbst'],
    fr: ['printemps', 'automne'],
    es: ['primavera', 'otoño'],
  },
  // decks, floors, shelves, bunks ("upper" and "lower" alone are comparisons too: "lower fees")
  storey: {
    en: [
      'upper deck|upper floor|upper floors|upper level|top floor|top deck|top shelf|upper shelf|upper bunk|top bunk|upstairs',
      'lower deck|lower floor|lower floors|lower level|bottom floor|bottom deck|bottom shelf|lower shelf|lower bunk|bottom bunk|ground floor|downstairs',
    ],
    id: [
      'dek atas|lantai atas|tingkat atas|rak atas|rak paling atas|ranjang atas|kasur atas',
      'dek bawah|lantai bawah|tingkat bawah|rak bawah|rak paling bawah|ranjang bawah|kasur bawah|lantai dasar',
    ],
    de: ['obergeschoss|oberen stockwerk|oberen etage|oberdeck', 'erdgeschoss|untergeschoss|unteren stockwerk|unteren etage|unterdeck'],
    fr: ['étage supérieur|à l étage|pont supérieur|dernier étage', 'rez de chaussée|étage inférieur|pont inférieur'],
    es: [
      'planta superior|piso superior|planta de arriba|piso de arriba|cubierta superior|última planta|último piso',
      'planta baja|piso bajo|planta inferior|piso inferior|cubierta inferior',
    ],
  },
  // (and eyes that water: "red, itchy and watery" → "rot, juckend und trocken")
  moisture: {
    en: ['wet|damp|moist|watery', 'dry|dried'],
    id: ['basah|lembap|lembab|berair', 'kering|dikeringkan'],
    de: [
      'nass|nasse|nassen|nasser|nasses|feucht|feuchte|feuchten|feuchter|feuchtes|tränend|tränende|tränenden',
      'trocken|trockene|trockenen|trockener|trockenes',
    ],
    fr: ['mouillé|mouillée|humide|humides|larmoyant|larmoyants|larmoyante|larmoyantes', 'sec|sèche|secs|sèches'],
    es: ['mojado|mojada|mojados|mojadas|húmedo|húmeda|húmedos|húmedas|llorosos|llorosas', 'seco|seca|secos|secas'],
  },
  speed: {
    // (and what speeds a thing up or slows it down: "bed rest slows recovery" → "beschleunigt")
    en: [
      'fast|faster|quick|quickly|quicker|rapid|rapidly|speeds up|speed up|sped up|accelerates|accelerate|hastens',
      // (and gently, which is slowly as well: "Move the limb gently" → "dengan cepat", quickly)
      'slow|slowly|slower|more slowly|slows|slowed|slows down|slow down|delays|delayed|gently',
    ],
    id: [
      'cepat|dengan cepat|mempercepat|dipercepat',
      'lambat|pelan|dengan lambat|dengan pelan|memperlambat|diperlambat|perlahan|secara perlahan|perlahan lahan',
    ],
    de: [
      'schnell|schnelle|schnellen|schnelles|schneller|rasch|rasche|raschen|rascher|zügig|beschleunigt|beschleunigen',
      // (and said in comparison: "absorbed more quickly" → "langsamer aufgenommen")
      'langsam|langsame|langsamen|langsames|langsamer|verlangsamt|verlangsamen|verzögert|verzögern',
    ],
    fr: [
      'vite|rapide|rapides|rapidement|accélère|accélèrent|accélérer',
      'lent|lente|lents|lentes|lentement|ralentit|ralentissent|ralentir|retarde',
    ],
    es: [
      'rápido|rápida|rápidos|rápidas|rápidamente|deprisa|acelera|aceleran|acelerar',
      'lento|lenta|lentos|lentas|lentamente|despacio|ralentiza|ralentizan|retrasa|retrasan',
    ],
  },
  // a thing lost and a thing gained ("members who miss two shifts lose their discount" → "获得折扣")
  // (not "get", "bekommen" alone nor "dapat": too many other senses; "lost" alone is lostFound's)
  losing: {
    en: ['lose|loses|losing|forfeit|forfeits|forfeited', 'gain|gains|gained|earn|earns|obtain|obtains'],
    id: ['kehilangan|hilangnya|hangus', 'mendapat|mendapatkan|memperoleh|beroleh'],
    de: ['verlieren|verliert|verliere|verfällt|verfallen', 'gewinnen|gewinnt|erhalten|erhält|erwerben|erwirbt'],
    fr: ['perdre|perdez|perd|perdent|perdrez|perdront', 'gagner|gagnez|gagne|gagnent|obtenir|obtenez|obtient|obtiennent'],
    es: ['perder|pierde|pierden|pierdes|perderá|perderán', 'ganar|gana|ganan|ganas|obtener|obtiene|obtienen|obtendrá|obtendrán'],
  },
  // (and made strong or weak: "helps to keep bones strong" → "debilita los huesos")
  strength: {
    en: ['strong|strongly|strengthen|strengthens|strengthened', 'weak|weakly|weaken|weakens|weakened'],
    id: ['kuat|memperkuat|menguatkan', 'lemah|melemahkan|memperlemah'],
    de: [
      'stark|starke|starken|starkes|starkem|starker|stärkt|stärken|gestärkt',
      'schwach|schwache|schwachen|schwaches|schwachem|schwacher|schwächt|schwächen|geschwächt',
    ],
    fr: ['fort|forte|forts|fortes|renforce|renforcent|renforcer', 'faible|faibles|affaiblit|affaiblissent|affaiblir|fragilise|fragilisent'],
    es: ['fuerte|fuertes|fortalece|fortalecen|fortalecer', 'débil|débiles|debilita|debilitan|debilitar'],
  },
  safety: {
    // (and safer: "paracetamol is safer" → "más peligroso")
    // (and life-threatening: "can be life-threatening" → "ist harmlos")
    en: ['safe|safely|safer|safest|harmless', 'unsafe|dangerous|hazardous|harmful|more dangerous|life-threatening|life threatening'],
    id: ['aman|dengan aman|tidak berbahaya|tidak membahayakan', 'berbahaya|membahayakan|tidak aman|mengancam jiwa|membahayakan jiwa'],
    de: ['harmlos|ungefährlich|unbedenklich|gefahrlos', 'gefährlich|schädlich|gesundheitsschädlich|lebensbedrohlich|lebensgefährlich'],
    fr: [
      'sans danger|inoffensif|inoffensive|inoffensifs|inoffensives|anodin|anodine|sans risque',
      // (and serious: "usually harmless" → "généralement graves"; "sans gravité" is harmless)
      'dangereux|dangereuse|dangereuses|nocif|nocive|nocifs|nocives|nuisible|nuisibles|grave|graves|potentiellement mortel|potentiellement mortelle|mortel|mortelle',
    ],
    es: [
      'inofensivo|inofensiva|inofensivos|inofensivas|inocuo|inocua|sin peligro|sin riesgo',
      'peligroso|peligrosa|peligrosos|peligrosas|nocivo|nociva|nocivos|nocivas|dañino|dañina|potencialmente mortal|mortal',
    ],
  },
  decision: {
    en: ['accept|accepts|accepted|approve|approves|approved', 'reject|rejects|rejected|decline|declines|declined|refuse|refuses|refused'],
    id: ['terima|menerima|diterima|setujui|menyetujui|disetujui', 'tolak|menolak|ditolak'],
    de: ['akzeptiert|akzeptieren|angenommen|annehmen|genehmigt|genehmigen', 'abgelehnt|ablehnen|zurückgewiesen|zurückweisen'],
    fr: [
      'accepté|acceptée|acceptés|acceptées|accepter|acceptons|accepte|acceptent|approuvé|approuvée',
      'refusé|refusée|refusés|refusées|refuser|refusons|refuse|refusent|rejeté|rejetée|rejetés',
    ],
    es: [
      'aceptar|acepta|aceptan|aceptado|aceptada|aceptados|aceptadas|aceptará|aceptarán|aprobado|aprobada',
      'rechazar|rechaza|rechazan|rechazado|rechazada|rechazados|rechazadas|rechazará|rechazarán',
    ],
  },
  mode: {
    en: ['written|in writing', 'oral|orally|verbal|verbally'],
    id: ['tertulis|secara tertulis', 'lisan|secara lisan'],
    de: ['schriftlich|schriftliche|schriftlichen|schriftlicher', 'mündlich|mündliche|mündlichen|mündlicher'],
    fr: ['écrit|écrite|écrits|écrites|par écrit', 'oral|orale|oraux|orales|oralement|verbal|verbale|verbalement'],
    es: ['escrito|escrita|escritos|escritas|por escrito', 'oral|orales|oralmente|verbal|verbales|verbalmente'],
  },
  // where a thing is done: online or in person ("if you order online" → "wenn Sie im Geschäft bestellen")
  channel: {
    en: [
      'online|on the internet|on our website|on the website',
      'in store|in-store|in person|in a branch|at a branch|in one of our branches|at the counter|at a counter|face to face|face-to-face',
    ],
    id: [
      'online|daring|secara online|secara daring|di internet|di situs web|di situs',
      'di toko|di gerai|tatap muka|di loket|di kantor cabang|di konter|datang langsung|secara tatap muka',
    ],
    de: [
      'online|im internet|auf unserer website|auf der website',
      'im geschäft|im laden|in der filiale|in einer filiale|am schalter|persönlich|vor ort',
    ],
    fr: ['en ligne|sur internet|sur notre site', 'en magasin|en boutique|en agence|au guichet|en personne|sur place'],
    es: [
      'en línea|online|por internet|en nuestra web|en la web',
      'en tienda|en la tienda|en persona|en la oficina|en una oficina|en ventanilla|presencialmente',
    ],
  },
  // how a letter comes: by e-mail or by post ("sent by email" → "per Post verschickt")
  post: {
    en: ['email|emails|e-mail|e-mails', 'by post|by letter|by mail|in the post|postal|by registered mail|by registered letter'],
    id: ['email|surel|e-mail|surat elektronik', 'melalui pos|lewat pos|via pos|surat tercatat|dengan surat|melalui surat'],
    de: ['e-mail|e-mails|email|mail', 'per post|postalisch|auf dem postweg|per brief|brieflich|einschreiben'],
    fr: [
      'e-mail|e-mails|email|courriel|courriels|mail',
      'par courrier|par la poste|par voie postale|par lettre|courrier postal|lettre recommandée',
    ],
    es: ['correo electrónico|email|e-mail', 'correo postal|por correo ordinario|por carta|carta certificada|correo certificado'],
  },
  // which of a person's names ("the customer's full name" → "nama depan pelanggan", first name)
  nameParts: {
    en: ['full name|full names', 'first name|first names|given name|forename'],
    id: ['nama lengkap', 'nama depan|nama depannya|nama kecil'],
    de: ['vollständiger name|vollständigen namen|vollständige name|vor- und nachname|vor- und nachnamen', 'vorname|vornamen'],
    fr: ['nom complet|nom et prénom|prénom et nom|nom et prénoms', 'prénom|prénoms'],
    es: ['nombre completo|nombre y apellidos|nombres y apellidos', 'nombre de pila'],
  },
  surname: {
    en: ['first name|first names|given name|forename', 'last name|last names|surname|surnames|family name'],
    id: ['nama depan|nama depannya|nama kecil', 'nama belakang|nama keluarga|nama marga'],
    de: ['vorname|vornamen', 'nachname|nachnamen|familienname|familiennamen'],
    fr: ['prénom|prénoms', 'nom de famille'],
    es: ['nombre de pila', 'apellido|apellidos'],
  },
  trade: {
    en: ['buy|buys|bought|buying|purchase|purchases|purchased', 'sell|sells|sold|selling'],
    id: ['beli|membeli|dibeli|belilah', 'jual|menjual|dijual|menjualnya'],
  },
  way: {
    en: ['entrance|entrances', 'exit|exits'],
    id: ['pintu masuk|jalan masuk', 'pintu keluar|jalan keluar'],
    de: ['eingang|eingänge|einfahrt', 'ausgang|ausgänge|ausfahrt'],
    fr: ["entrée|l'entrée|entrées", 'sortie|la sortie|sorties'],
    es: ['entrada|la entrada|entradas', 'salida|la salida|salidas'],
  },
  result: {
    en: ['positive', 'negative'],
    id: ['positif', 'negatif'],
    de: ['positiv|positive|positiven', 'negativ|negative|negativen'],
    fr: ['positif|positive|positifs|positives', 'négatif|négative|négatifs|négatives'],
    es: ['positivo|positiva|positivos|positivas', 'negativo|negativa|negativos|negativas'],
  },
  sex: {
    en: ['male|males|men|man|gentlemen', 'female|females|women|woman|ladies'],
    id: ['pria|laki laki|lelaki|putra', 'wanita|perempuan|putri'],
    // (and a day or a sauna of theirs, one word: "women-only day" is "Damentag"; not "Herr" alone, Mr)
    de: [
      'mann|männer|männern|männlich|männliche|männlichen|herren|herrentag|männertag|herrensauna|männersauna',
      'frau|frauen|weiblich|weibliche|weiblichen|damen|damentag|frauentag|damensauna|frauensauna',
    ],
    fr: ['homme|hommes|masculin|masculine|messieurs', 'femme|femmes|féminin|féminine|dames'],
    es: ['hombre|hombres|varón|varones|masculino|masculina|caballeros', 'mujer|mujeres|femenino|femenina|damas|señoras'],
  },
  // who is over whom at work ("approved by your manager" → "disetujui oleh rekan kerja Anda")
  hierarchy: {
    en: [
      'manager|managers|line manager|supervisor|supervisors|boss|team leader|team lead',
      'colleague|colleagues|coworker|coworkers|co-worker|co-workers',
    ],
    id: ['atasan|manajer|penyelia|pimpinan', 'rekan kerja|kolega|sesama karyawan'],
    de: ['vorgesetzte|vorgesetzten|vorgesetzter|führungskraft|teamleiter|teamleiterin', 'kollege|kollegin|kollegen|kolleginnen'],
    fr: ["supérieur hiérarchique|manager|chef d’équipe|chef d'équipe", 'collègue|collègues'],
    es: [
      'jefe|jefa|supervisor|supervisora|gerente|encargado|encargada',
      'compañero de trabajo|compañera de trabajo|compañeros de trabajo|colega|colegas',
    ],
    zh: ['经理|主管|上级|领导', '同事'],
  },
  // who prescribes and who dispenses ("tell your doctor if your ankles swell" → "请告知药剂师")
  prescriber: {
    // (and a midwife: "see a midwife" → "consulte a un farmacéutico")
    en: ['doctor|doctors|physician|physicians|gp|midwife|midwives', 'pharmacist|pharmacists|chemist'],
    id: ['dokter|bidan', 'apoteker'],
    de: ['arzt|ärztin|ärzte|ärzten|hebamme|hebammen', 'apotheker|apothekerin'],
    fr: ['médecin|médecins|sage femme|sages femmes', 'pharmacien|pharmacienne|pharmaciens'],
    es: ['médico|médica|médicos|matrona|matronas|comadrona|partera', 'farmacéutico|farmacéutica|farmacéuticos'],
    zh: ['医生|医师|大夫|助产士', '药剂师|药师'],
  },
  // a side of a thing against its middle ("the side of your fingertip, not the middle" → "die Mitte …, nicht die Seite")
  sideMiddle: {
    en: ['side of|sides of|edge of|edges of', 'middle of|centre of|center of|the middle|the centre|the center'],
    id: ['sisi|tepi|pinggir', 'tengah|bagian tengah'],
    de: ['seite|seiten|rand', 'mitte'],
    fr: ['côté|bord', 'milieu|centre'],
    es: ['lado|borde|costado', 'centro'],
    zh: ['侧面|边缘|两侧|侧边', '中间|中央'],
  },
  // kept in the cloud or on a server, or on the device ("saved in the cloud" → "lokal gespeichert",
  // "encrypted on your device" → "dienkripsi di server")
  storagePlace: {
    en: [
      'in the cloud|to the cloud|cloud storage|on our servers|on our server|on the server|on the servers|to our servers',
      'locally|on the device|on your device|on this device|on your phone|on this phone|on the phone|on your computer|on this computer',
    ],
    id: [
      'di cloud|ke cloud|penyimpanan cloud|di server|ke server|di server kami|ke server kami',
      'secara lokal|di perangkat|di perangkat anda|di ponsel anda|di komputer anda',
    ],
    de: [
      'in der cloud|in die cloud|cloud|auf unseren servern|auf unserem server|auf dem server|an unsere server',
      'lokal|auf dem gerät|auf ihrem gerät|auf deinem gerät|auf ihrem handy|auf deinem handy|auf ihrem smartphone|auf deinem smartphone',
    ],
    fr: [
      'dans le cloud|dans le nuage|vers le cloud|sur nos serveurs|sur notre serveur|sur le serveur|vers nos serveurs',
      'localement|en local|sur l’appareil|sur votre appareil|sur votre téléphone',
    ],
    es: [
      'en la nube|a la nube|en nuestros servidores|en el servidor|a nuestros servidores',
      'localmente|en local|en el dispositivo|en su dispositivo|en tu dispositivo|en su teléfono|en tu teléfono|en tu móvil',
    ],
    zh: ['云端|云存储|服务器', '本地|设备上|手机上'],
  },
  // done again and again or once ("if the child vomits repeatedly" → "muntah sekali"; not
  // Indonesian "sama sekali", at all, nor "sekali lagi", once more)
  repetition: {
    en: [
      'repeatedly|again and again|over and over|several times|many times|multiple times|more than once',
      'only once|just once|a single time',
    ],
    // ("more than once" is "lebih dari satu kali")
    id: [
      'berulang kali|berkali-kali|berkali kali|berulang-ulang|berulang ulang|terus-menerus|terus menerus|lebih dari satu kali|lebih dari sekali',
      'sekali|satu kali|hanya sekali',
    ],
    zh: ['反复|多次|屡次|一再|不止一次|多于一次', '一次|仅一次'],
  },
  // a thing that appears and one that goes away ("usually disappears after delivery" → "apparaît")
  appearance: {
    en: [
      'appear|appears|appeared|appearing|develop|develops|occur|occurs',
      'disappear|disappears|disappeared|disappearing|go away|goes away|clear up|clears up|wear off|wears off',
    ],
    // ("hilang" too, beside a word of appearing: "sering terjadi dan biasanya hilang")
    id: ['muncul|timbul|terjadi', 'menghilang|hilang dengan sendirinya|hilang|mereda'],
    de: [
      'auftreten|auftritt|treten auf|tritt auf|erscheinen|erscheint|entsteht|entstehen',
      'verschwinden|verschwindet|verschwunden|abklingen|klingt ab|klingen ab',
    ],
    fr: [
      'apparaît|apparaissent|apparaître|apparu|apparue|survient|surviennent',
      "disparaît|disparaissent|disparaître|disparu|disparue|s’estompe|s'estompe",
    ],
    es: ['aparece|aparecen|aparecer|aparecido|surge|surgen', 'desaparece|desaparecen|desaparecer|desaparecido|remite|remiten'],
    zh: ['出现|发生', '消失|消退'],
  },
  // the outer side of a thing and the inner one ("in the outer thigh" → "pada paha bagian dalam")
  outerInner: {
    en: ['outer|outermost|outer side|outside of the', 'inner|innermost|inner side|inside of the'],
    id: ['bagian luar|sisi luar|paha luar|lapisan luar', 'bagian dalam|sisi dalam|paha dalam|lapisan dalam'],
    // (and German edges and rims, "Innenkante", "Außenrand")
    de: [
      'äußere|äußeren|äußerer|äußeres|außenseite|außenkante|außenkanten|außenrand',
      'innere|inneren|innerer|inneres|innenseite|innenkante|innenkanten|innenrand',
    ],
    fr: ['extérieur|extérieure|face externe|côté externe', 'intérieur|intérieure|face interne|côté interne'],
    es: ['exterior|parte externa|cara externa', 'interior|parte interna|cara interna'],
    zh: ['外侧', '内侧'],
  },
  // food cooked or raw ("cooked eggs are safe" → "生鸡蛋可以安全食用")
  cooking: {
    en: ['cooked|well cooked|well-cooked|thoroughly cooked|boiled|fried|baked', 'raw|uncooked|undercooked'],
    id: ['matang|dimasak|direbus|digoreng|dipanggang', 'mentah|setengah matang'],
    de: ['gekocht|gekochte|gekochten|gegart|gegarte|gegarten|durchgegart|durchgegarte', 'roh|rohe|rohen|roher|rohes|ungekocht|ungekochte'],
    fr: ['cuit|cuite|cuits|cuites|bien cuit|bien cuite', 'cru|crue|crus|crues|pas assez cuit'],
    es: ['cocido|cocida|cocidos|cocidas|cocinado|cocinada|cocinados|cocinadas', 'crudo|cruda|crudos|crudas|poco hecho'],
    zh: ['煮熟|熟的|全熟|做熟', '生的|生鸡蛋|生肉|生鱼|半生|未煮熟'],
  },
  // a mobile connection and Wi-Fi ("pause backups while on a mobile connection" → "connexion Wi-Fi")
  network: {
    en: ['mobile data|mobile connection|mobile network|cellular data|cellular network|4g|5g', 'wi fi|wifi|wlan|wireless network'],
    id: ['data seluler|jaringan seluler|koneksi seluler|paket data', 'wi fi|wifi'],
    de: ['mobile daten|mobilfunknetz|mobilfunk|mobilen daten|mobile verbindung', 'wlan|wi fi|wifi'],
    fr: ['données mobiles|réseau mobile|connexion mobile|données cellulaires', 'wi fi|wifi'],
    es: ['datos móviles|red móvil|conexión móvil|datos celulares', 'wi fi|wifi'],
    zh: ['移动数据|蜂窝数据|移动网络|流量', 'wi-fi|wifi|wlan|无线网络'],
  },
  // farming or food organic or conventional ("in line with organic rules" → "nach konventionellen Richtlinien")
  organic: {
    en: ['organic|organically', 'conventional|conventionally|non-organic'],
    id: ['organik|organis', 'konvensional|anorganik|nonorganik'],
    de: [
      'ökologisch|ökologische|ökologischen|ökologischer|ökologisches|bio',
      'konventionell|konventionelle|konventionellen|konventioneller|konventionelles',
    ],
    fr: ['biologique|biologiques|bio', 'conventionnel|conventionnelle|conventionnels|conventionnelles'],
    es: ['ecológico|ecológica|ecológicos|ecológicas|orgánico|orgánica|orgánicos|orgánicas', 'convencional|convencionales'],
    zh: ['有机', '常规种植|非有机'],
  },
  // a load or a pressure spread or concentrated ("spread the pressure more evenly" → "concentrar la presión")
  spreading: {
    en: ['spread|spreads|distribute|distributes|distributed', 'concentrate|concentrates|concentrated|focus|focuses'],
    id: ['menyebarkan|meratakan|membagi', 'memusatkan|mengonsentrasikan'],
    de: ['verteilen|verteilt|verteilte', 'konzentrieren|konzentriert|bündeln|bündelt'],
    fr: ['répartir|répartit|répartissent|répartie|réparti', 'concentrer|concentre|concentrent|concentrée|concentré'],
    es: ['repartir|reparte|reparten|distribuir|distribuye|distribuyen', 'concentrar|concentra|concentran|concentrada|concentrado'],
    zh: ['分散|分布|均匀分配', '集中'],
  },
  // a material natural or man-made ("clothes made of natural fibres" → "serat sintetis")
  naturalSynthetic: {
    en: ['natural', 'synthetic|man-made'],
    id: ['alami|alam', 'sintetis'],
    de: [
      'natürlich|natürliche|natürlichen|natürlicher|naturfaser|naturfasern',
      'synthetisch|synthetische|synthetischen|synthetischer|kunstfaser|kunstfasern',
    ],
    fr: ['naturel|naturelle|naturels|naturelles', 'synthétique|synthétiques'],
    es: ['natural|naturales', 'sintético|sintética|sintéticos|sintéticas'],
    zh: ['天然', '合成|人造'],
  },
  // a thing welcome or unwelcome ("Music requests are welcome" → "Musikwünsche sind unerwünscht")
  welcome: {
    // (not "not welcome", "nicht willkommen": a negation is the polarity rule's)
    en: ['welcome|welcomed|appreciated', 'unwelcome|undesirable|unwanted'],
    de: ['willkommen|erwünscht|gern gesehen', 'unerwünscht|unwillkommen'],
    fr: ['bienvenu|bienvenue|bienvenus|bienvenues|appréciés|appréciées', 'indésirable|indésirables|mal vus'],
    es: ['bienvenido|bienvenida|bienvenidos|bienvenidas', 'indeseado|indeseada|indeseados|indeseadas'],
  },
  // a thing given away or thrown away ("given to a food bank" → "sont jetés")
  donatedDiscarded: {
    en: [
      'donated|donate|donates|given away|given to charity|given to a charity|given to a local charity|given to charities|given to local charities|given to a food bank|given to food banks',
      'thrown away|throw away|throws away|discarded|binned',
    ],
    id: ['disumbangkan|didonasikan|disedekahkan', 'dibuang'],
    de: ['gespendet|verschenkt', 'weggeworfen|weggeschmissen'],
    fr: ['donnés|donné|donnée|données|offerts|offertes', 'jetés|jeté|jetée|jetées'],
    es: ['donados|donado|donada|donadas|regalados|regalado', 'tirados|tirado|tirada|tiradas|desechados|desechado|desechada|desechadas'],
    zh: ['捐赠|捐给|捐献', '扔掉|丢弃'],
  },
  // signals, findings or reports that conflict against those that agree ("conflicting signals" →
  // "übereinstimmende Signale")
  agreement: {
    en: [
      'conflicting|contradictory|contradicting|contradict each other|contradict one another',
      'matching|in agreement|agree with each other|agree with one another|consistent with each other',
    ],
    id: ['bertentangan|saling bertentangan|berlawanan|kontradiktif', 'selaras|saling cocok|sejalan|saling sesuai'],
    de: [
      'widersprüchlich|widersprüchliche|widersprüchlichen|widersprüchlicher|widersprüchliches|widersprechende|widersprechenden',
      'übereinstimmend|übereinstimmende|übereinstimmenden|übereinstimmender|übereinstimmendes|stimmige|stimmigen',
    ],
    fr: [
      'contradictoire|contradictoires|discordant|discordants|discordante|discordantes',
      'concordant|concordants|concordante|concordantes',
    ],
    es: [
      'contradictorio|contradictorios|contradictoria|contradictorias|discordantes',
      'concordante|concordantes|coincidente|coincidentes|coherentes entre sí',
    ],
    zh: ['矛盾|相互矛盾|相矛盾|冲突的', '一致的|相互一致|相符'],
  },
  // instructions, warnings or rules ignored against followed ("by ignoring the lifeguard's
  // instructions" → "akibat mengikuti instruksi")
  heeding: {
    en: [
      'ignoring|ignore|ignores|ignored|disregarding|disregard|disregards|disregarded',
      'following the|following his|following her|following their|following your|obeying|obey|obeys|obeyed|complying with|comply with|complies with|complied with|heeding|heed|heeded',
    ],
    id: ['mengabaikan|diabaikan|abaikan', 'mengikuti|diikuti|ikuti|mematuhi|dipatuhi|patuhi|menaati|ditaati|taati'],
    de: [
      'ignorieren|ignoriert|ignoriere|missachten|missachtet|missachtung|nichtbeachtung',
      'befolgen|befolgt|befolgung|einhalten|eingehalten|einhaltung',
    ],
    fr: [
      'ignorer|ignoré|ignorés|ignorée|ignorées|ignorant|non-respect|non respect|négliger|négligé|négligeant',
      'respecter|respecté|respectés|respectée|respectées|respectant|suivre les|suivre vos|suivre leurs|en suivant|obéir|obéissant',
    ],
    es: [
      'ignorar|ignorado|ignorados|ignorada|ignoradas|ignorando|desobedecer|desobedeciendo|incumplir|incumpliendo',
      'seguir las|seguir los|siguiendo las|siguiendo los|obedecer|obedeciendo|respetar|respetando|cumplir con|cumpliendo',
    ],
    zh: ['忽视|无视|违反', '遵守|遵从|听从|遵循'],
  },
  // a time during a period against outside it ("only during the legal hunting seasons" → "auch
  // außerhalb der gesetzlichen Jagdzeiten")
  duringOutside: {
    en: ['during', 'outside the|outside of|outside any|outside these|outside this'],
    id: ['selama|pada saat|semasa', 'di luar'],
    de: ['während|innerhalb der|innerhalb des', 'außerhalb der|außerhalb des|außerhalb von|außerhalb dieser|außerhalb dieses'],
    fr: ['pendant|durant|au cours de|au cours du|au cours des', 'en dehors de|en dehors du|en dehors des|hors de|hors du|hors des'],
    es: ['durante', 'fuera de|fuera del'],
    zh: ['期间|期内', '以外|之外|以外的'],
  },
  // outside opening hours or during them ("in crisis outside opening hours" → "selama jam buka")
  openingHours: {
    en: [
      'outside opening hours|outside office hours|outside working hours|outside business hours|out of hours|after hours',
      'during opening hours|during office hours|during working hours|during business hours|within opening hours',
    ],
    id: [
      'di luar jam buka|di luar jam kerja|di luar jam kantor|di luar jam operasional|di luar jam layanan',
      'selama jam buka|selama jam kerja|selama jam kantor|pada jam buka|pada jam kerja|selama jam operasional|pada jam operasional',
    ],
    de: [
      'außerhalb der öffnungszeiten|außerhalb der geschäftszeiten|außerhalb der sprechzeiten',
      'während der öffnungszeiten|während der geschäftszeiten|während der sprechzeiten|innerhalb der öffnungszeiten',
    ],
    fr: [
      "en dehors des heures d'ouverture|en dehors des heures de bureau|hors des heures d'ouverture",
      "pendant les heures d'ouverture|pendant les heures de bureau|aux heures d'ouverture",
    ],
    es: [
      'fuera del horario|fuera de horario|fuera del horario de apertura',
      'durante el horario|dentro del horario|en horario de apertura',
    ],
    zh: [
      '非营业时间|营业时间以外|营业时间外|非工作时间|工作时间以外|工作时间外|非办公时间|办公时间以外',
      '营业时间内|工作时间内|办公时间内',
    ],
  },
  // healthy or sick ("if the animal is still healthy" → "jika hewan tersebut sakit"; not the
  // Indonesian "rumah sakit", a hospital, nor "sakit" of a pain, "sakit kepala")
  health: {
    en: ['healthy|in good health', 'sick|ill|unwell|diseased'],
    id: ['sehat|dalam keadaan sehat', 'sakit|tidak sehat|berpenyakit'],
    de: ['gesund|gesunde|gesunden|gesunder|gesundes', 'krank|kranke|kranken|kranker|krankes|erkrankt|erkrankte|erkrankten'],
    fr: ['en bonne santé|sain|saine|sains|saines|bien portant', 'malade|malades'],
    es: ['sano|sana|sanos|sanas|saludable|saludables|en buen estado de salud', 'enfermo|enferma|enfermos|enfermas'],
    zh: ['健康', '生病|患病|有病'],
  },
  // a relative by their sex ("my brother" → "saudara perempuan saya"; not Spanish plurals, "hijos" and
  // "hermanos" are children and siblings of either sex, nor Indonesian "bapak" and "ibu", also Sir and Madam)
  kinSex: {
    en: [
      'brother|brothers|son|sons|father|husband|boy|boys|grandfather|grandson|uncle|nephew|nephews',
      'sister|sisters|daughter|daughters|mother|wife|girl|girls|grandmother|granddaughter|aunt|niece|nieces',
    ],
    id: [
      'saudara laki laki|kakak laki laki|adik laki laki|anak laki laki|cucu laki laki|keponakan laki laki|ayah|suami|kakek|paman',
      'saudara perempuan|kakak perempuan|adik perempuan|anak perempuan|cucu perempuan|keponakan perempuan|istri|nenek|bibi|tante',
    ],
    de: [
      'bruder|brüder|sohn|söhne|vater|ehemann|großvater|enkel|onkel|neffe|neffen',
      'schwester|schwestern|tochter|töchter|mutter|ehefrau|mädchen|großmutter|enkelin|tante|nichte|nichten',
    ],
    fr: [
      'frère|frères|fils|père|mari|garçon|garçons|grand père|petit fils|oncle|neveu|neveux',
      'sœur|sœurs|fille|filles|mère|épouse|grand mère|petite fille|tante|nièce|nièces',
    ],
    es: [
      'hermano|hijo|padre|marido|esposo|abuelo|nieto|tío|sobrino',
      'hermana|hermanas|hija|hijas|madre|esposa|abuela|nieta|tía|sobrina|sobrinas',
    ],
    zh: [
      '兄弟|哥哥|弟弟|儿子|父亲|爸爸|丈夫|男孩|祖父|爷爷|外公|孙子|叔叔|舅舅|伯伯|侄子|外甥',
      '姐妹|姐姐|妹妹|女儿|母亲|妈妈|妻子|女孩|祖母|奶奶|外婆|孙女|阿姨|姑姑|舅妈|侄女|外甥女',
    ],
  },
  // a thing one must have or do and one that is forbidden ("boots with a heel are required" →
  // "sont interdites")
  requiredForbidden: {
    // (and what a rule requires: "as the law requires" → "wie gesetzlich verboten")
    en: ['required|compulsory|mandatory|obligatory|requires|law requires|laws require', 'forbidden|prohibited|banned'],
    id: ['wajib|diwajibkan|diharuskan', 'dilarang|terlarang'],
    de: ['pflicht|vorgeschrieben|erforderlich|obligatorisch', 'verboten|untersagt'],
    fr: ['obligatoire|obligatoires|exigé|exigée|exigés|exigées', 'interdit|interdite|interdits|interdites'],
    es: ['obligatorio|obligatoria|obligatorios|obligatorias', 'prohibido|prohibida|prohibidos|prohibidas'],
    zh: ['必须|务必|强制', '禁止|严禁'],
  },
  // an animal or a person calm or nervous ("beginners ride the calmest horses" → "les plus nerveux"),
  // or aggressive ("the bees become aggressive" → "werden ruhig")
  temper: {
    // (and a person anxious: "feeling anxious" → "sensación de calma")
    en: ['calm|calmer|calmest|placid|docile', 'nervous|agitated|restless|skittish|excitable|aggressive|anxious|feeling anxious'],
    id: ['tenang|jinak', 'gelisah|gugup|agresif|galak|cemas'],
    de: [
      'ruhig|ruhige|ruhigen|ruhiger|ruhigsten|gelassen',
      'nervös|nervöse|nervösen|unruhig|unruhige|unruhigen|aggressiv|aggressive|aggressiven|aggressiver|ängstlich',
    ],
    fr: [
      'calme|calmes|docile|dociles|tranquille|tranquilles',
      'nerveux|nerveuse|nerveuses|agité|agitée|agités|agitées|agressif|agressive|agressifs|agressives|anxieux|anxieuse|anxieuses',
    ],
    es: [
      'tranquilo|tranquila|tranquilos|tranquilas|calmado|calmada|dócil|dóciles|sensación de calma',
      'nervioso|nerviosa|nerviosos|nerviosas|inquieto|inquieta|agresivo|agresiva|agresivos|agresivas|ansioso|ansiosa|sensación de ansiedad',
    ],
    zh: ['温顺|温驯|安静下来', '紧张不安|烦躁|暴躁|好斗|具有攻击性|有攻击性|焦虑'],
  },
  // water fresh or salt ("rinse with fresh water" → "agua salada")
  freshSalt: {
    en: ['fresh water|freshwater|tap water', 'salt water|saltwater|seawater|sea water|salty water'],
    id: ['air tawar|air keran|air ledeng', 'air asin|air laut'],
    de: ['süßwasser|leitungswasser', 'salzwasser|meerwasser'],
    fr: ['eau douce|eau du robinet', 'eau salée|eau de mer'],
    es: ['agua dulce|agua del grifo', 'agua salada|agua de mar'],
    zh: ['淡水|自来水', '盐水|海水|咸水'],
  },
  // a fit close or slack ("boots should fit snugly" → "locker sitzen")
  fit: {
    en: ['snug|snugly|tight|tightly|tighten|tightened', 'loose|loosely|loosen|loosened|slack'],
    id: ['ketat|erat|kencang|pas di', 'longgar|kendur|kendor'],
    // (and a thing that sits tight: "a loose plaster" → "ein fest sitzendes Pflaster")
    de: [
      'eng|enge|engen|enger|straff|stramm|festziehen|fest sitzend|fest sitzende|fest sitzenden|fest sitzender|fest sitzendes|festsitzend|festsitzende|festsitzenden',
      // (and wide of clothes and shoes, "weite Kleidung", "zu weite Schuhe" for shoes too loose)
      'locker|lockere|lockeren|lockerer|lose|lockern|locker sitzend|locker sitzende|locker sitzenden|locker sitzendes|weit|weite|weiten|weiter',
    ],
    fr: ['serré|serrée|serrés|serrées|ajusté|ajustée|ajustés|ajustées', 'lâche|lâches|desserré|desserrée|desserrés|desserrées'],
    es: [
      'ajustado|ajustada|ajustados|ajustadas|apretado|apretada|apretados|apretadas|ceñido|ceñida',
      'suelto|suelta|sueltos|sueltas|holgado|holgada|holgados|holgadas|flojo|floja',
    ],
    // (and covered tightly or loosely: "紧紧地覆盖", "松松地")
    // (and tight clothing: "Wear loose clothing" → "请穿紧身的衣服")
    // (and too loose: "tight shoes" → "鞋子过松"; not "过紧", too tight, which a lost "avoid" lands on)
    zh: ['贴合|紧贴|系紧|拧紧|紧紧地|紧紧|紧绷|绷紧|勒紧|紧身', '宽松|松动|松开|松松地|轻轻地盖|松弛|松散|过松|太松'],
  },
  age: {
    en: ['adult|adults', 'child|children|kid|kids|minor|minors|infant|infants'],
    id: ['orang dewasa|dewasa', 'anak anak|anak|bayi'],
    de: ['erwachsene|erwachsenen|erwachsener', 'kind|kinder|kindern|kindes|minderjährige|minderjährigen|säugling|säuglinge|baby|babys'],
    // (not "menor" alone: also smaller; "mineur" is, as the English "minor" is, where the
    // translation has no adult: "les adhérents mineurs" for "adult members")
    fr: [
      'adulte|adultes|majeur|majeurs|majeure|majeures',
      'enfant|enfants|bébé|bébés|nourrisson|nourrissons|mineur|mineurs|mineure|mineures',
    ],
    es: ['adulto|adultos|adulta|adultas|mayor de edad|mayores de edad', 'niño|niños|niña|niñas|bebé|bebés|menor de edad|menores de edad'],
  },
  week: {
    en: [
      // (and the days of the working week named: "from Monday to Friday" → "am Wochenende")
      'weekday|weekdays|weeknight|weeknights|working day|working days|business day|business days|school day|school days|monday to friday|monday through friday|mondays to fridays',
      'weekend|weekends',
    ],
    id: [
      'hari kerja|hari biasa|malam hari kerja|senin sampai jumat|senin hingga jumat|senin sampai dengan jumat',
      'akhir pekan|akhir minggu',
    ],
    de: [
      'wochentags|wochentag|wochentagen|werktags|werktagen|an werktagen|montag bis freitag|montags bis freitags',
      'wochenende|wochenenden|am wochenende',
    ],
    fr: [
      "en semaine|jours de semaine|jours ouvrables|jours d'école|jours de classe|jours scolaires|lundi au vendredi",
      'week end|week ends|le week end|fin de semaine',
    ],
    es: ['entre semana|días laborables|días entre semana|día laborable|lunes a viernes', 'fin de semana|fines de semana'],
  },
  // every day of the week against the working week ("open every day" → "ouvert en semaine")
  everyDay: {
    en: [
      // (not "daily", also of how many times a day: "twice daily")
      'every day|each day|7 days a week|seven days a week|365 days a year',
      'weekdays|on weekdays|weekdays only|monday to friday|monday through friday|mondays to fridays',
    ],
    id: ['setiap hari|tiap hari|7 hari seminggu|tujuh hari seminggu', 'pada hari kerja|senin sampai jumat|senin hingga jumat'],
    de: ['jeden tag|an allen tagen|7 tage die woche|sieben tage die woche', 'werktags|wochentags|an werktagen|montag bis freitag'],
    fr: ['tous les jours|chaque jour|7 jours sur 7|sept jours sur sept', 'en semaine|du lundi au vendredi'],
    es: ['todos los días|cada día|los 7 días de la semana|los siete días de la semana', 'entre semana|de lunes a viernes'],
    // (not "每天", also of how many times a day: "每天两次")
    zh: ['一周七天|每周七天|全年无休', '工作日|周一至周五|周一到周五'],
  },
  // fit for a use or not ("Painkillers such as paracetamol are suitable" → "sind ungeeignet"), said with
  // a word negative by its prefix, which is no negation cue in every language
  suitability: {
    en: ['suitable|suited|appropriate', 'unsuitable|unsuited|inappropriate|not suitable|not suited|not appropriate'],
    de: ['geeignet|geeignete|geeigneten|geeigneter', 'ungeeignet|ungeeignete|ungeeigneten|ungeeigneter|nicht geeignet'],
    fr: [
      'adapté|adaptée|adaptés|adaptées|approprié|appropriée|appropriés|appropriées',
      'inadapté|inadaptée|inadaptés|inadaptées|inapproprié|inappropriée|inappropriés|inappropriées',
    ],
    es: [
      'adecuado|adecuada|adecuados|adecuadas|apropiado|apropiada|apropiados|apropiadas',
      'inadecuado|inadecuada|inadecuados|inadecuadas|inapropiado|inapropiada|inapropiados|inapropiadas',
    ],
  },
  // (and a national programme, law or holiday against an international one: "the national
  // immunisation programme" → "program imunisasi internasional")
  // (and a local one: "Crop prices come from local markets" → "dari pasar internasional")
  scope: {
    en: ['domestic|national|local', 'international'],
    id: ['domestik|dalam negeri|nasional|setempat|lokal', 'internasional|luar negeri'],
    de: [
      'inländisch|inländische|inländischen|national|nationale|nationalen|nationaler|nationales|lokal|lokale|lokalen|lokaler|lokales|örtlich|örtliche|örtlichen',
      'international|internationale|internationalen|internationaler|internationales',
    ],
    fr: [
      'national|nationale|nationaux|nationales|local|locale|locaux|locales',
      'international|internationale|internationaux|internationales',
    ],
    es: ['nacional|nacionales|local|locales', 'internacional|internacionales'],
    zh: ['国内|全国|本地|当地', '国际'],
  },
  // sold or dealt with directly against through someone between ("sell your harvest directly to
  // buyers" → "melalui perantara")
  intermediary: {
    en: [
      'directly to|direct to|directly from|direct from|directly with',
      'through an intermediary|through intermediaries|via an intermediary|through a middleman|through middlemen|via a middleman|through a third party|via a third party|through an agent|through a broker|via a broker',
    ],
    id: [
      'langsung kepada|langsung ke|langsung dari|langsung dengan',
      'melalui perantara|lewat perantara|melalui pihak ketiga|lewat pihak ketiga|melalui makelar|melalui tengkulak|melalui agen',
    ],
    de: [
      'direkt an|direkt bei|direkt von|direkt mit|direkt beim',
      'über einen vermittler|über vermittler|über einen makler|über dritte|über einen zwischenhändler|über zwischenhändler',
    ],
    fr: [
      'directement à|directement aux|directement auprès|directement au',
      "par un intermédiaire|par l'intermédiaire d'un|par des intermédiaires|via un intermédiaire|par un tiers|via un tiers|par un courtier",
    ],
    es: [
      'directamente a|directamente al|directamente con|directamente de',
      'a través de un intermediario|a través de intermediarios|mediante un intermediario|a través de terceros|a través de un tercero|a través de un corredor',
    ],
    zh: ['直接向|直接与|直接卖给|直接出售给', '通过中间商|通过中介|经由中介|通过第三方|经第三方'],
  },
  crossing: {
    en: ['import|imports|imported|importing', 'export|exports|exported|exporting'],
    id: ['impor|mengimpor|diimpor', 'ekspor|mengekspor|diekspor'],
    de: ['importieren|importiert|import', 'exportieren|exportiert|export'],
    fr: [
      'importer|importez|importé|importée|importés|importées|importation',
      'exporter|exportez|exporté|exportée|exportés|exportées|exportation',
    ],
    es: [
      'importar|importe|importado|importada|importados|importadas|importación',
      'exportar|exporte|exportado|exportada|exportados|exportadas|exportación',
    ],
  },
  // data or a thing brought back, or removed for good ("your data is restored" → "vos données sont
  // supprimées")
  restoring: {
    // (and removed for good: "before they are removed for good" → "之后将被恢复")
    en: [
      'restore|restores|restored|restoring|recover|recovers|recovered',
      'delete|deletes|deleted|deleting|erase|erased|wipe|wiped|removed for good|permanently removed|removed permanently',
    ],
    id: ['dipulihkan|memulihkan|pulihkan|dikembalikan', 'dihapus|menghapus|hapus|terhapus'],
    de: ['wiederhergestellt|wiederherstellen|stellen * wieder her', 'gelöscht|löschen|entfernt'],
    fr: [
      'restauré|restaurée|restaurés|restaurées|restaurer|récupéré|récupérées|récupérés|récupérer',
      'supprimé|supprimée|supprimés|supprimées|supprimer|effacé|effacées|effacer',
    ],
    es: [
      'restaurado|restaurada|restaurados|restauradas|restaurar|recuperado|recuperados|recuperar',
      'eliminado|eliminada|eliminados|eliminadas|eliminar|borrado|borrados|borrar',
    ],
  },
  // what liquids, water, glass look like ("clear" is also "jelas", plain: it counts only against a
  // translation that says "berwarna" or "keruh" and no "bening")
  clarity: {
    en: ['clear|transparent|colourless|colorless', 'coloured|colored|cloudy|murky|opaque'],
    id: ['bening|jernih|transparan|tidak berwarna', 'berwarna|keruh'],
    de: [
      'klar|klare|klaren|klarer|klares|durchsichtig|farblos|farblose',
      'trüb|trübe|trüben|trüber|trübes|gefärbt|gefärbte|milchig|milchige',
    ],
    fr: [
      'limpide|limpides|transparent|transparente|transparents|transparentes|incolore|incolores',
      'trouble|troubles|opaque|opaques|laiteux|laiteuse',
    ],
    es: ['transparente|transparentes|incoloro|incolora|incoloros|incoloras', 'turbio|turbia|turbios|turbias|opaco|opaca|opacos|opacas'],
    zh: ['清澈|透明|无色', '浑浊|混浊|不透明'],
  },
  // the two ends of a period ("at the end of the billing period" → "pada awal periode")
  edge: {
    // (and early or late in a month: "in early July" → "7月底")
    // (and a thing that starts: "as soon as the attack starts" → "à la fin de la crise")
    en: [
      'beginning|start of|in early|early in|as soon as * starts|as soon as * * starts|as soon as * begins|as soon as * * begins',
      'end of|in late|late in',
    ],
    id: ['awal|permulaan', 'akhir'],
    de: ['beginn|anfang', 'ende'],
    fr: ['début', 'fin'],
    es: ['inicio|comienzo|principio', 'final'],
  },
  // symptoms, a condition, results ("if your symptoms get worse" → "jika gejala Anda membaik")
  condition: {
    // (and less painful: "becomes less painful as you get older" → "随着年龄增长而加重")
    en: [
      // (and a thing that grows painful: "if a corn becomes very painful" → "疼痛减轻")
      'worse|worsen|worsens|worsened|worsening|deteriorate|deteriorates|deteriorated|becomes very painful|becomes more painful|more painful',
      'better|improve|improves|improved|improving|less painful|less severe',
    ],
    id: [
      'memburuk|lebih buruk|bertambah buruk|bertambah parah|makin parah|semakin parah|memburuknya|memperparah|memperburuk',
      'membaik|lebih baik|membaiknya|meredakan|mereda|meringankan|lebih ringan',
    ],
    // (and symptoms stronger or weaker: "Symptoms are often worse at night" → "nachts oft schwächer")
    de: [
      'verschlechtert|verschlechtern|verschlimmert|verschlimmern|schlechter|stärker|schlimmer',
      'verbessert|verbessern|bessert|besser|schwächer|milder',
    ],
    // (and French and Spanish symptoms stronger or weaker: "often worse at night" → "plus faibles la nuit")
    fr: [
      "s'aggrave|s'aggravent|aggrave|aggravent|empire|empirent|plus fortes|plus forts|plus forte|plus fort|plus intenses|plus intense",
      "s'améliore|s'améliorent|améliore|améliorent|mieux|plus faibles|plus faible|moins fortes|moins forts|moins forte|moins fort|moins intenses|moins intense",
    ],
    es: [
      'empeora|empeoran|empeorar|empeoramiento|peor|más fuertes|más intensos|más intensas',
      'mejora|mejoran|mejorar|mejoría|más débiles|más leves|menos intensos|menos intensas',
    ],
    // (and "变好", become good: "your vision gets worse" → "视力变好")
    zh: ['加重|恶化|变差|变坏', '好转|改善|减轻|变好'],
  },
  // the weather an event depends on ("cancelled because of bad weather" → "en raison du beau temps")
  weather: {
    // (and said of it: "If the weather is bad" → "En cas de beau temps")
    en: [
      'bad weather|poor weather|severe weather|weather is bad|weather is poor|weather is too bad',
      'good weather|fine weather|nice weather|weather is good|weather is fine|weather is nice',
    ],
    id: ['cuaca buruk', 'cuaca baik|cuaca cerah|cuaca bagus'],
    de: ['schlechtes wetter|schlechtem wetter|schlechten wetters|unwetter', 'gutes wetter|gutem wetter|schönes wetter|schönem wetter'],
    fr: ['mauvais temps|intempéries', 'beau temps'],
    es: ['mal tiempo', 'buen tiempo'],
  },
  // how many times one may enter: a visa, a ticket ("single entry" → "多次入境")
  entries: {
    en: ['single entry', 'multiple entry|multiple entries|double entry'],
    id: ['sekali masuk|satu kali masuk', 'beberapa kali masuk|masuk berkali kali|multiple entry'],
    de: ['einmalige einreise|einfache einreise', 'mehrfache einreise|mehrfachen einreise|mehrmalige einreise'],
    fr: ['une seule entrée|entrée unique|entrée simple', 'entrées multiples|plusieurs entrées'],
    es: ['una sola entrada|entrada única', 'entradas múltiples|múltiples entradas|varias entradas'],
    zh: ['单次', '多次'],
  },
  // in colour or in black and white (a photo, a print)
  chroma: {
    en: ['in colour|in color|colour photo|color photo|coloured|colored', 'black and white|monochrome|greyscale|grayscale'],
    id: ['berwarna', 'hitam putih'],
    de: ['farbig|farbige|farbigen|in farbe', 'schwarz weiß|schwarzweiß|schwarz weiss'],
    fr: ['en couleur|en couleurs', 'noir et blanc|en noir et blanc'],
    es: ['en color|a color|en colores', 'blanco y negro|en blanco y negro'],
    zh: ['彩色', '黑白'],
  },
  // side effects, symptoms, injuries ("mild diarrhoea" → "diare berat")
  // ("hebat" is "great" too, and "ringan" "light": "sarapan ringan", "makanan ringan" say nothing of harm)
  severity: {
    // ("worst", at its most severe: "nausea is worst in the first two days" → "paling ringan")
    // (and a high fever, as Indonesian says "demam tinggi": "a high fever" → "une légère fièvre")
    // (and intense: "intense itching" → "une démangeaison légère")
    // (and badly: "torn or badly stained" → "轻微污损")
    en: [
      'mild|mildly|slight|slightly|mildest',
      'severe|severely|serious|seriously|badly|worst|high fever|high temperature|intense|intensely',
    ],
    // (and the strong of pain and swelling: "slight swelling" → "fuerte hinchazón", "starke Schmerzen")
    id: ['ringan|paling ringan|teringan', 'berat|parah|serius|hebat|paling berat|terberat|paling parah|terparah|demam tinggi'],
    // (not "schwer" alone: also heavy and difficult)
    de: [
      'leicht|leichte|leichten|leichter|leichtes|mild|milde|milden|gering|geringe|geringen|geringer|geringfügig|geringfügige|schwächste|schwächsten|leichteste|leichtesten',
      'schwere|schweren|schwerer|schweres|schwerwiegend|schwerwiegende|ernst|ernste|ernsten|stark|starke|starken|starker|starkes|stärkste|stärksten|schlimmste|schlimmsten',
    ],
    fr: [
      'léger|légère|légers|légères|bénin|bénigne|bénins|bénignes',
      // (and a violent pain: "a mild headache" → "un violent mal de tête")
      'grave|graves|sévère|sévères|fort|forte|forts|fortes|intense|intenses|violent|violente|violents|violentes',
    ],
    es: [
      'leve|leves|levemente|ligero|ligera|ligeros|ligeras',
      'grave|graves|gravemente|severo|severa|severos|severas|intenso|intensa|intensos|intensas|fuerte|fuertes',
    ],
  },
  // the bowel too loose or too slow, which a machine translation may trade ("diarrhoea" → "便秘")
  bowel: {
    en: ['diarrhoea|diarrhea|loose stools|runny stools', 'constipation|constipated'],
    id: ['diare|mencret|buang air besar cair', 'sembelit|konstipasi|susah buang air besar|sulit buang air besar'],
    de: ['durchfall|durchfälle|dünner stuhl', 'verstopfung|verstopft'],
    fr: ['diarrhée|diarrhées|selles liquides', 'constipation|constipé|constipée|constipés'],
    es: ['diarrea|diarreas|heces líquidas', 'estreñimiento|estreñido|estreñida|estreñidos'],
    zh: ['腹泻|拉肚子|稀便', '便秘'],
  },
  // a thing that does good or does harm ("gentle exercises help" → "Sanfte Übungen schaden")
  // (not French "nuit", also the night; not Indonesian "bahaya" words, of danger)
  benefit: {
    en: ['help|helps|helpful|beneficial|good for', 'harm|harms|harmful|hurts|bad for'],
    id: ['membantu|bermanfaat|berguna|baik untuk', 'merugikan|buruk untuk|buruk bagi'],
    de: ['hilft|helfen|hilfreich|nützlich|nützt|nützen|gut für', 'schadet|schaden|schädlich|schlecht für'],
    fr: [
      'aide|aident|aider|utile|utiles|bénéfique|bénéfiques|bon pour',
      'nuisent|nuire|nuisible|nuisibles|nocif|nocive|nocifs|nocives|mauvais pour',
    ],
    es: [
      'ayuda|ayudan|ayudar|útil|útiles|beneficioso|beneficiosa|bueno para',
      'perjudica|perjudican|perjudicial|perjudiciales|dañino|dañina|dañinos|malo para',
    ],
    zh: ['有帮助|有助于|有益|有好处', '有害|有坏处|不利于'],
  },
  // how heavy: rain, snow, a load ("in heavy rain" → "遇小雨时"); "light" alone is also a lamp
  // and "in light of", which a translation may say beside an "berat" of weight: only with its noun
  intensity: {
    en: [
      'heavy|heavily',
      'light rain|light snow|light showers|light winds|light wind|light load|light loads|light meal|light meals|light exercise|gentle exercise|gentle exercises|gentle activity|gentle movement|gentle movements|light activity|light activities|light movement|light movements|light traffic|light bleeding|bleeding is light|bleeding is usually light|light food|light foods|lightly|lightweight|light stretching|light stretches|light training|light exercises|light jogging|light work|light duties|gentle stretching|gentle stretches|gentle stretching exercises',
    ],
    id: ['lebat|deras|berat', 'ringan|gerimis'],
    de: [
      'stark|starke|starker|starken|starkem|starkes|schwer|schwere|schwerer|schweren|schwerem|schweres|intensiv|intensive|intensiven|intensiver|intensives',
      'leicht|leichte|leichter|leichten|leichtem|schwach|schwache|schwacher|schwachen|sanft|sanfte|sanften|sanfter|sanftes',
    ],
    fr: [
      // (and a meal "copieux": "a light meal" → "un repas copieux")
      'fort|forte|forts|fortes|intense|intenses|intensif|intensifs|intensive|intensives|lourd|lourde|lourds|lourdes|abondant|abondante|abondants|abondantes|copieux|copieuse|copieuses',
      'léger|légère|légers|légères|faible|faibles',
    ],
    es: [
      'intenso|intensa|intensos|intensas|fuerte|fuertes|pesado|pesada|pesados|pesadas|copioso|copiosa|abundante|abundantes',
      'ligero|ligera|ligeros|ligeras|débil|débiles',
    ],
    // (and exercise gentle or hard: "Gentle stretching exercises help" → "剧烈的拉伸运动")
    zh: ['大雨|暴雨|大雪|暴雪|重物|很重|较重|丰盛|剧烈|高强度', '小雨|小雪|轻物|很轻|较轻|轻便|清淡|轻柔|轻度|低强度'],
  },
  // paid by card or in cash ("Payment is by card only" → "nur bar"); a cash machine takes cards
  // a credit card and a debit card ("on a credit card, not a debit card" → "通过借记卡而非信用卡")
  cardKind: {
    en: ['credit card|credit cards', 'debit card|debit cards'],
    id: ['kartu kredit', 'kartu debit'],
    de: ['kreditkarte|kreditkarten', 'debitkarte|debitkarten|girocard|ec karte'],
    fr: ['carte de crédit|cartes de crédit', 'carte de débit|cartes de débit'],
    es: ['tarjeta de crédito|tarjetas de crédito', 'tarjeta de débito|tarjetas de débito'],
  },
  // a dog held on a lead or let loose ("Dogs must be on a lead" → "los perros deben ir sueltos")
  leash: {
    en: [
      'on a lead|on the lead|on a leash|on leads|on leashes|leashed|kept on a lead',
      'off the lead|off lead|off leash|off the leash|unleashed|run free|roam free',
    ],
    id: ['diikat|dengan tali|bertali|memakai tali|pakai tali', 'dilepas bebas|lepas bebas|tanpa tali|dilepaskan bebas'],
    de: ['an der leine|angeleint|an die leine', 'ohne leine|frei laufen|freilaufend|unangeleint|von der leine'],
    fr: ['en laisse|tenu en laisse|tenus en laisse', 'sans laisse|en liberté|détaché|détachés|lâché|lâchés'],
    es: ['con correa|atado|atados|atada|atadas', 'sin correa|suelto|sueltos|suelta|sueltas'],
  },
  // money coming in or going out ("every cash sale and expense" → "jede Einnahme")
  // (not "receipts", also the slips, nor French "recette", also a recipe, nor a fee, "biaya", "费用")
  incomeExpense: {
    en: ['income|revenue|revenues|earnings', 'expense|expenses|expenditure|expenditures|spending'],
    id: ['pendapatan|pemasukan', 'pengeluaran'],
    de: ['einnahme|einnahmen|einkommen|erlös|erlöse', 'ausgabe|ausgaben|aufwendungen'],
    fr: ['revenu|revenus', 'dépense|dépenses'],
    es: ['ingreso|ingresos', 'gasto|gastos'],
    zh: ['收入', '支出|开支'],
  },
  payment: {
    en: [
      'card|cards|by card|card only|card payment|card payments|credit card|credit cards|debit card|debit cards|bank card|bank cards|contactless|bank account|by bank transfer|bank transfer',
      'cash|in cash|cash only',
    ],
    id: ['kartu|kartu kredit|kartu debit|non tunai|transfer bank|transfer', 'tunai|uang tunai|uang kontan'],
    de: [
      'karte|karten|mit karte|kartenzahlung|kreditkarte|ec karte|girokarte|bankkarte|kontaktlos|bankkonto|überweisung|per überweisung',
      'bar|bargeld|barzahlung|in bar',
    ],
    fr: [
      'carte|cartes|par carte|carte bancaire|cartes bancaires|sans contact|virement|par virement',
      'espèces|en espèces|liquide|en liquide',
    ],
    es: [
      'tarjeta|tarjetas|con tarjeta|tarjeta bancaria|sin contacto|transferencia|por transferencia|transferencia bancaria',
      'efectivo|en efectivo|metálico|en metálico',
    ],
    zh: ['刷卡|银行卡|信用卡|借记卡|银行账户|转账', '现金'],
  },
  // at once or later ("tell the nurse immediately" → "beri tahu perawat nanti")
  promptness: {
    // (tomorrow is later too: "call us immediately" → "请明天致电我们"; German "morgen" only as
    // written in lower case, "Morgen" is the morning; Spanish "mañana" only without an article)
    en: [
      // (and quickly, of what the reader is to do: "See a doctor quickly" → "Consultez un médecin plus tard")
      // (and the emergency department, where one goes at once: "Go to the emergency department" → "la semana siguiente")
      'immediately|at once|right away|straight away|without delay|while you wait|while-you-wait|on the spot|urgently|urgent|as a matter of urgency|as soon as possible|quickly|promptly|emergency department|emergency room|accident and emergency',
      // (and at the end of a period: "lose premium features at the end of the billing period" → "sofort")
      'later|later on|afterwards|at a later time|can wait|next week|next month|tomorrow|within a week|within a month|within a few days|at the end of the billing period|at the end of the period|at the end of the current period|at the end of the month|at the end of the term',
    ],
    id: [
      'segera|secepatnya|sesegera mungkin|saat itu juga',
      'nanti|belakangan|lain kali|tunggu beberapa hari|tunggu beberapa jam|menunggu beberapa hari|beberapa hari kemudian|beberapa hari setelah|beberapa hari sesudah|beberapa minggu setelah|seminggu kemudian|seminggu setelah|di kemudian hari|minggu depan|bulan depan|besok|keesokan harinya|hari berikutnya|dalam seminggu|dalam waktu seminggu|dalam sebulan|dalam beberapa hari|dalam waktu dekat|di akhir periode tagihan|pada akhir periode tagihan|di akhir periode penagihan',
    ],
    // (and while you wait: "keys cut while you wait" → "innerhalb von drei Tagen"; not "innerhalb
    // von" alone, before any span: "Urgent repairs … within 24 hours" → "innerhalb von 24 Stunden")
    de: [
      'sofort|unverzüglich|umgehend|während sie warten|dringend|notfallmäßig|so schnell wie möglich|schnellstmöglich|rasch|zügig',
      // (and a few days waited: "Call an ambulance immediately" → "Warten Sie einige Tage ab")
      'warten sie ab|abwarten|abzuwarten|einige tage ab|ein paar tage ab|einige tage abwarten|ein paar tage abwarten|einige tage abzuwarten|ein paar tage abzuwarten|später|nachher|nach einer woche|nach einem monat|nach einigen tagen|nach ein paar tagen|innerhalb einer woche|innerhalb eines monats|innerhalb weniger tage|innerhalb von zwei tagen|innerhalb von drei tagen|innerhalb von einigen tagen|innerhalb von wenigen tagen|innerhalb von ein paar tagen|morgen|übermorgen|nächste woche|nächsten monat|in den nächsten tagen|in den kommenden tagen|am ende des abrechnungszeitraums|zum ende des abrechnungszeitraums|am ende der laufzeit|zum monatsende|am monatsende',
    ],
    fr: [
      'immédiatement|tout de suite|sans délai|aussitôt|pendant que vous attendez|sur le champ|minute|en urgence|de toute urgence|sans attendre|rapidement',
      'plus tard|ultérieurement|peut attendre|peuvent attendre|dans quelques jours|dans quelques semaines|dans quelques mois|une semaine après|une semaine plus tard|demain|dans la semaine|sous une semaine|dans le mois|dans un délai de|sous 24 heures|sous 48 heures|la semaine prochaine|la semaine suivante|le mois prochain|à la fin de la période de facturation|à la fin de la période|à la fin du mois|dans les jours qui suivent|dans les prochains jours',
    ],
    es: [
      'inmediatamente|de inmediato|enseguida|cuanto antes|al instante|en el acto|al momento|mientras espera|urgentemente|con urgencia|de urgencia|rápidamente|con rapidez',
      // ("mañana", tomorrow; not "la mañana", "esta mañana", the morning: see NOT_OPPOSITES)
      'más tarde|posteriormente|puede esperar|pueden esperar|espere unos días|esperar unos días|espere unas horas|esperar unas horas|la semana siguiente|unos días después|días después|unas horas después|una semana después|semanas después|un mes después|en una semana|dentro de una semana|en un mes|en unos días|en un plazo de|dentro de un plazo de|en el plazo de|al final del periodo de facturación|al final del período de facturación|al final del mes|a final de mes|mañana|pasado mañana|la próxima semana|la semana que viene|el próximo mes|el mes que viene|al día siguiente|el día siguiente',
    ],
    // (and within a week or a month: "told at once" → "在一周内得到通知")
    zh: [
      '立即|立刻|马上|即刻|紧急|尽快',
      '稍后|过后|晚些时候|几天后|数天后|过几天|过两天|过几天再|等几天|等几周|等几个星期|几周后|数周后|观察几天|先观察|等两天|再等几天|等一段时间|明天|明日|下周|下个月|一小时后|两小时后|几小时后|数小时后|半小时后|一周内|一周之内|一个月内|几天内|数日内|数天内|几日内|两天内|三天内|两日内|三日内|一天内|一日内',
    ],
  },
  // emergency care against a visit booked ("Call an ambulance if …" → "请预约门诊", book an appointment)
  emergencyOrBooked: {
    en: [
      'call an ambulance|call for an ambulance|ambulance|emergency services|emergency department|emergency room|accident and emergency|a&e',
      'make an appointment|book an appointment|routine appointment|see a gp|see your gp|see a doctor|see your doctor',
    ],
    id: [
      'ambulans|unit gawat darurat|instalasi gawat darurat|igd|ugd|layanan darurat',
      'buat janji|membuat janji|janji temu|temui dokter|menemui dokter|periksakan diri ke dokter|ke dokter umum',
    ],
    de: [
      'krankenwagen|rettungswagen|rettungsdienst|notruf|notaufnahme|notarzt',
      'termin vereinbaren|vereinbaren sie einen termin|hausarzt|hausärztin|hausarztpraxis|gehen sie zum arzt|gehen sie zur ärztin',
    ],
    fr: [
      "ambulance|samu|les urgences|aux urgences|service des urgences|services d’urgence|services d'urgence",
      'prenez rendez-vous|prendre rendez-vous|médecin traitant|médecin généraliste|consultez un médecin|consultez votre médecin',
    ],
    es: [
      'ambulancia|urgencias|servicios de emergencia',
      'pida cita|pedir cita|concierte una cita|médico de cabecera|médico de familia|consulte a un médico|consulte a su médico|acuda al médico',
    ],
    zh: ['救护车|急救电话|急救中心|急诊', '预约门诊|预约就诊|预约医生|门诊|全科医生|看医生|就医'],
  },
  // a cause or a concession ("Music must end by 10 p.m. because of the neighbours" → "meskipun ada
  // tetangga", despite them)
  causeConcession: {
    // (and "because" alone, so that a source that says both leaves the pair alone)
    // (and a cause said with "as" or "since" after a comma: ", as it can have other causes" → "，因为可能有其他原因")
    en: [
      'because|because of|due to|owing to|on account of|as it|as they|as this|as these|since it|since they',
      'despite|in spite of|regardless of',
    ],
    id: ['karena|akibat|disebabkan oleh|dikarenakan|demi', 'meskipun|walaupun|walau|biarpun|kendati|sekalipun|terlepas dari|meski'],
    de: ['weil|wegen|aufgrund|auf grund|infolge|mit rücksicht auf', 'trotz|ungeachtet|unabhängig von|obwohl'],
    fr: [
      'parce que|parce qu|à cause de|à cause du|à cause des|en raison de|en raison du|en raison des|par égard pour',
      'malgré|en dépit de|en dépit du|indépendamment de|bien que',
    ],
    es: ['porque|debido a|a causa de|por culpa de|en atención a|por respeto a', 'a pesar de|pese a|independientemente de|aunque'],
    zh: ['因为|由于|出于', '尽管|虽然|不管|无论'],
  },
  // a step of a plan skipped or kept to ("Rest days are part of the plan; do not skip them" →
  // "vous pouvez les sauter")
  skipping: {
    en: ['skip|skips|skipped|skipping', 'attend|attends|attended|keep to|stick to'],
    id: ['melewatkan|lewatkan|dilewatkan|melewatkannya|lewatkanlah|bolos|membolos', 'mematuhi|patuhi|mengikuti|ikuti|menghadiri|hadiri'],
    de: [
      'auslassen|auslässt|ausgelassen|überspringen|überspringt|übersprungen|schwänzen',
      'einhalten|einhält|eingehalten|besuchen|teilnehmen',
    ],
    fr: ['sauter|sautez|sauté|sautés|sautée|sautées|zapper', 'respecter|respectez|suivre|suivez|assister'],
    es: ['saltar|saltarse|sáltese|salte|saltes|saltarte|omitir|omita', 'respetar|respete|cumplir|cumpla|asistir|asista'],
    zh: ['跳过|略过|漏掉|漏服|旷课', '坚持|遵守|按时'],
  },
  // a length of a way in kilometres or in miles ("shows your pace every kilometre" → "à chaque mile")
  distanceUnit: {
    en: ['kilometre|kilometres|kilometer|kilometers|km', 'mile|miles'],
    id: ['kilometer|km', 'mil'],
    de: ['kilometer|km', 'meile|meilen'],
    fr: ['kilomètre|kilomètres|km', 'mile|miles'],
    es: ['kilómetro|kilómetros|km', 'milla|millas'],
    zh: ['公里|千米', '英里'],
  },
  // a volume in litres or in gallons ("fuel charged at €3 per litre" → "3 € por galón")
  // (not Chinese "升" alone, also a rise: "每升", "公升")
  volumeUnit: {
    en: ['litre|litres|liter|liters', 'gallon|gallons'],
    id: ['liter', 'galon'],
    de: ['liter', 'gallone|gallonen'],
    fr: ['litre|litres', 'gallon|gallons'],
    es: ['litro|litros', 'galón|galones'],
    zh: ['公升|每升', '加仑'],
  },
  // a harm caused or prevented ("scratching can cause an infection" → "puede prevenir una infección")
  // (not French "cause" nor Spanish "causa", also nouns: "à cause de", "la causa"; nor the English
  // noun: "no cause is found")
  causePrevent: {
    en: [
      // (and what favours a harm: "protects against infection" → "favorise l'infection")
      'caused|causing|can cause|may cause|might cause|could cause|will cause|to cause|lead to|leads to|trigger|triggers|promote|promotes|encourage|encourages',
      'prevent|prevents|prevented|preventing|protect against|protects against',
    ],
    // (and a harm avoided: "can cause scars" → "puede evitar cicatrices")
    id: ['menyebabkan|memicu|mengakibatkan|menimbulkan', 'mencegah|dicegah|melindungi dari|menghindari'],
    de: [
      'verursachen|verursacht|auslösen|führen zu|führt zu|begünstigen|begünstigt|fördern|fördert',
      'verhindern|verhindert|vorbeugen|vorbeugt|schützen vor|schützt vor|vermeiden|vermeidet',
    ],
    fr: [
      'provoquer|provoque|provoquent|causer|causent|entraîner|entraîne|entraînent|déclencher|déclenche|favoriser|favorise|favorisent',
      'prévenir|prévient|préviennent|empêcher|empêche|protéger contre|protège contre|éviter|évite|évitent',
    ],
    es: [
      'provocar|provoca|provocan|causar|causan|desencadenar|desencadena|favorecer|favorece|favorecen',
      'prevenir|previene|previenen|proteger contra|protege contra|evitar|evita|evitan',
    ],
    zh: ['导致|引起|引发|造成', '预防|防止|避免'],
  },
  // the end of a month or of a year ("expire at the end of the month" → "于年底失效")
  monthOrYearEnd: {
    en: ['end of the month|end of each month|month-end|end of every month', 'end of the year|end of each year|year-end|end of every year'],
    id: ['akhir bulan|setiap akhir bulan', 'akhir tahun|setiap akhir tahun'],
    de: ['monatsende|ende des monats|ende jedes monats', 'jahresende|ende des jahres|ende jedes jahres'],
    fr: ['fin du mois|fin de mois|fin de chaque mois', "fin de l'année|fin d'année|fin de chaque année"],
    es: ['final de mes|fin de mes|final del mes|fin del mes', 'final de año|fin de año|final del año|fin del año'],
    zh: ['月底|月末', '年底|年末'],
  },
  // an illness acute or chronic ("a chronic skin disease" → "eine akute Hautkrankheit")
  acuteChronic: {
    en: ['acute', 'chronic|chronically'],
    id: ['akut', 'kronis|menahun'],
    de: ['akut|akute|akuten|akuter|akutes', 'chronisch|chronische|chronischen|chronischer|chronisches'],
    fr: ['aigu|aiguë|aigus|aiguës', 'chronique|chroniques'],
    es: ['agudo|aguda|agudos|agudas', 'crónico|crónica|crónicos|crónicas'],
    zh: ['急性', '慢性'],
  },
  // for a short time or a long one ("can be taken for a few days" → "可以长期服用")
  shortOrLongTerm: {
    en: ['for a few days|for a short time|short-term|short term|briefly', 'long-term|long term|for a long time|for long periods'],
    id: ['beberapa hari|jangka pendek|waktu singkat|sebentar', 'jangka panjang|dalam waktu lama|waktu yang lama'],
    de: [
      'ein paar tage|einige tage|wenige tage|kurzzeitig|kurzfristig|kurzzeitige|kurzzeitigen|kurzfristige|kurzfristigen|kurzfristiger',
      'langfristig|über längere zeit|längere zeit|über einen langen zeitraum|langfristige|langfristigen|langfristiger|langwierig|langwierige|langwierigen',
    ],
    fr: ['quelques jours|à court terme|brièvement|peu de temps', 'à long terme|longtemps|durablement|de façon prolongée'],
    es: [
      'unos días|pocos días|unos pocos días|a corto plazo|brevemente',
      'a largo plazo|mucho tiempo|de forma prolongada|durante largos periodos',
    ],
    // (and Chinese "久" before a posture, long: "久坐", sitting for a long time)
    zh: ['几天|短期|短时间|短暂', '长期|长时间|久坐|久躺|久站|很久'],
  },
  // paid before or after ("monthly in advance" → "im Nachhinein")
  advance: {
    // (and paid on delivery or completion: "30% in advance and the rest after the final delivery")
    en: [
      'in advance|beforehand|upfront|up front|prepaid',
      'in arrears|retrospectively|on delivery|upon delivery|after delivery|after the final delivery|on completion|upon completion|after completion',
    ],
    id: [
      'di muka|terlebih dahulu|lebih dulu',
      'di belakang|setelahnya|sesudahnya|setelah acara|sesudah acara|saat kedatangan|setibanya|saat tiba|di akhir bulan|pada akhir bulan|di akhir masa sewa|di akhir periode|setelah penyerahan|saat penyerahan|setelah pekerjaan selesai',
    ],
    de: [
      'im voraus|vorab|vorkasse',
      'im nachhinein|nachträglich|hinterher|bei ankunft|bei der ankunft|bei lieferung|nach lieferung|nach der lieferung|nach abschluss|nach fertigstellung',
    ],
    fr: [
      "à l'avance|d'avance|au préalable",
      // (and after the service: "Payment is made in advance" → "s'effectue après la séance")
      "après coup|a posteriori|à terme échu|à l'arrivée|à votre arrivée|à la livraison|après la livraison|à la fin des travaux|à la fin|après la séance|après chaque séance|après le cours|après la prestation",
    ],
    // (and on arrival: "let reception know in advance" → "avise a recepción a la llegada")
    es: [
      'por adelantado|con antelación|de antemano|por anticipado',
      'a posteriori|con posterioridad|después|posteriormente|más tarde|a la llegada|al llegar|a mes vencido|mes vencido|a la entrega|tras la entrega|al final',
    ],
    zh: ['提前|预先|预付', '事后|后付|交付后|完工后|验收后'],
  },
  // let with furniture or empty ("The office is rented furnished" → "loué vide")
  furnishing: {
    en: ['furnished|fully furnished|with furniture', 'unfurnished|without furniture'],
    id: ['berperabot|dengan perabot|lengkap dengan perabot|full furnished|furnished', 'tanpa perabot|kosongan|unfurnished'],
    de: ['möbliert|möblierte|möblierten|möbliertes', 'unmöbliert|unmöblierte|unmöblierten|unmöbliertes|leer stehend'],
    fr: ['meublé|meublée|meublés|meublées', 'non meublé|non meublée|non meublés|non meublées|vide|vides'],
    es: ['amueblado|amueblada|amueblados|amuebladas', 'sin amueblar|vacío|vacía|vacíos|vacías'],
    zh: ['带家具|配家具|家具齐全|精装', '不带家具|无家具|空房|毛坯'],
  },
  // limited or not ("places are limited" → "les places sont illimitées")
  // (and plenty of it: "parking is limited" → "parkir tersedia luas")
  limitation: {
    en: ['limited', 'unlimited|plenty of|plentiful|ample|widely available'],
    // (and limits set: "Unlimited prints are included" → "Cetak foto dibatasi")
    id: ['terbatas|dibatasi', 'tidak terbatas|tak terbatas|tanpa batas|tidak dibatasi|tersedia luas|berlimpah|melimpah'],
    de: ['begrenzt|beschränkt|begrenzte|beschränkte', 'unbegrenzt|unbeschränkt|unbegrenzte|unbeschränkte|reichlich|ausreichend vorhanden'],
    fr: ['limité|limitée|limités|limitées', 'illimité|illimitée|illimités|illimitées|en abondance|abondant|abondantes|abondants'],
    es: ['limitado|limitada|limitados|limitadas', 'ilimitado|ilimitada|ilimitados|ilimitadas|de sobra|abundante|abundantes'],
    // (and limited said as a limit set: "Mileage is unlimited" → "限制里程"; not "不受限制", "没有限制")
    zh: ['有限|限制', '无限|不限|充足|充裕|不受限制|无限制|没有限制|不设限制'],
  },
  // sharp or blurred ("your vision will be blurred" → "penglihatan Anda akan jernih")
  sharpness: {
    en: ['blurred|blurry|hazy', 'sharp|clear vision|see clearly'],
    id: ['kabur|buram|samar|samar samar', 'jernih|jelas|tajam'],
    de: ['verschwommen|unscharf', 'scharf|klar'],
    fr: ['flou|floue|floues|flous|trouble', 'net|nette|claire'],
    es: ['borrosa|borroso|borrosas|borrosos|nublada', 'nítida|nítido|clara'],
    zh: ['模糊', '清晰|清楚'],
  },
  // lying down or standing ("lie down" → "berdirilah")
  posture: {
    // (and sitting up, not lying: "Sit down and lean forward" → "Allongez-vous")
    // (and kept upright: "Stay upright for 30 minutes" → "Túmbese")
    en: [
      'lie down|lying down|lie flat',
      'stand up|standing up|get up|stand upright|sit down|sit up|sitting up|sit upright|stay upright|remain upright|keep upright',
    ],
    id: ['berbaring|berbaringlah|rebahan|rebahkan', 'berdiri|berdirilah|duduklah|duduk tegak'],
    de: [
      'hinlegen|legen sie sich|hingelegt',
      'aufstehen|stehen sie auf|aufgestanden|aufrecht stehen|setzen sie sich|hinsetzen|aufrecht sitzen',
    ],
    fr: ['allongez vous|allonger|allongé|allongée|couchez vous|couché|couchée', 'levez vous|se lever|debout|asseyez vous|assis|assise'],
    es: [
      'acuéstese|túmbese|acostado|acostada|tumbado|tumbada|recostado|recostada',
      'levántese|de pie|póngase de pie|siéntese|sentado|sentada',
    ],
    zh: ['躺下|平躺|卧床', '站立|站起|起身|坐下|坐直'],
  },
  // for a while or for good ("a temporary parking permit" → "izin parkir permanen")
  permanence: {
    // (and suspended, for a while: "suspended for a month" → "永久封禁")
    en: ['temporary|temporarily|fixed term|fixed-term|suspended', 'permanent|permanently|open-ended|indefinite|indefinitely'],
    id: ['sementara|waktu tertentu|ditangguhkan', 'permanen|selamanya|waktu tidak tertentu'],
    de: [
      'vorübergehend|befristet|befristete|befristeten|temporär|vorläufig',
      'dauerhaft|dauerhafte|dauerhaften|unbefristet|unbefristete|unbefristeten|endgültig',
    ],
    fr: [
      'temporaire|temporaires|provisoire|provisoires|temporairement|provisoirement|suspendu|suspendus|suspendue|suspendues',
      'permanent|permanente|permanents|permanentes|définitif|définitive|définitivement',
    ],
    // (and a contract for a fixed term or an open-ended one: "de duración determinada" → "indefinida")
    es: [
      'temporal|temporales|provisional|provisionales|temporalmente|provisionalmente|determinada|de duración determinada|suspendido|suspendida|suspendidos|suspendidas',
      'permanente|permanentes|definitivo|definitiva|definitivamente|indefinido|indefinida|de duración indefinida',
    ],
    zh: ['临时|暂时|暂停|固定期限', '永久|长期|无固定期限'],
  },
  // a condition and its exception ("unless another reader has reserved it" → "si un autre lecteur
  // l'a réservé"); "if … not" says "unless", so a negation after the "if" answers it (see
  // NEGATED_AFTER)
  exception: {
    // (and "except if", "except when": "except if the concert is cancelled" → "sauf en cas d'annulation")
    // (an "if" stressed, "especially if", is the "if" side still: "unless they are stuck" → "surtout
    // s'ils collent", marked with its stress)
    en: [
      'unless|except if|except when|except where|except in case of|except in the event of',
      'if|only if|provided that|as long as|especially if|particularly if',
    ],
    id: [
      'kecuali jika|kecuali kalau|kecuali bila|kecuali apabila|kecuali',
      'jika|kalau|bila|apabila|asalkan|terutama jika|terutama bila|terutama kalau|khususnya jika',
    ],
    de: ['es sei denn|außer wenn|außer falls|außer', 'wenn|falls|sofern|solange|vor allem wenn|besonders wenn|insbesondere wenn'],
    fr: [
      "sauf si|sauf s|sauf s'il|sauf s'ils|sauf s’il|sauf s’ils|à moins que|à moins qu|à moins de|sauf",
      "si|s'il|s'ils|s’il|s’ils|pourvu que|à condition que|surtout si|surtout s'il|surtout s'ils|surtout s’il|surtout s’ils|notamment si|en particulier si",
    ],
    es: [
      'a menos que|salvo que|salvo si|excepto si|a no ser que|salvo|excepto',
      'si|siempre que|con tal de que|sobre todo si|especialmente si|en especial si|en particular si',
    ],
    zh: ['除非', '如果|假如|只要'],
  },
  // a condition or a concession ("unless your doctor has told you otherwise" → "bahkan jika")
  // a thing set apart from another or likened to it ("Unlike bees, wasps do not leave their sting"
  // → "Al igual que las abejas"); not Indonesian "tidak seperti" nor Chinese "不同于", whose negation
  // the polarity rule reads
  likeness: {
    en: ['unlike|in contrast to|as opposed to', 'like|just like|much like|as with|similar to'],
    de: ['im gegensatz zu|anders als|im unterschied zu', 'genau wie|ebenso wie|genauso wie'],
    fr: [
      'contrairement à|contrairement aux|contrairement au|à la différence de|à la différence des|à la différence du',
      "tout comme|de même que|à l'instar de|à l'instar des|à l'instar du|à l’instar de|au même titre que",
    ],
    es: ['a diferencia de|a diferencia del|al contrario que|contrariamente a', 'al igual que|igual que|del mismo modo que'],
  },
  concession: {
    // (and an exception said for a concession: "even after cancelling" → "außer nach der Kündigung"; an
    // "except" of the source's own says that side too)
    en: ['unless|except|except for|excluding', 'even if|even though|although|though|even after|even when'],
    id: [
      'kecuali jika|kecuali kalau|kecuali bila|kecuali apabila|kecuali',
      'bahkan jika|bahkan bila|bahkan kalau|meskipun|walaupun|biarpun|sekalipun|meski|bahkan setelah|bahkan sesudah|bahkan saat|bahkan ketika',
    ],
    de: [
      'es sei denn|außer wenn|außer falls|außer|ausgenommen',
      'auch wenn|selbst wenn|obwohl|obgleich|wenn auch|auch nach|selbst nach|sogar nach',
    ],
    // (and "in case of": "unless the Sitter was negligent" → "même en cas de négligence")
    fr: [
      'sauf si|à moins que|à moins de|sauf en cas de|sauf en cas d|sauf',
      'même si|bien que|quoique|même en cas de|même en cas d|même en cas|même après|même lorsque|même quand',
    ],
    es: [
      'a menos que|salvo que|salvo si|excepto si|a no ser que|salvo en caso de|excepto en caso de|salvo|excepto',
      'aunque|incluso si|aun si|aun cuando|incluso en caso de|aun en caso de|incluso después|aun después|incluso cuando',
    ],
    zh: ['除非', '即使|即便|哪怕|尽管|虽然'],
  },
  // advice and a ban ("video recording is strictly prohibited" → "sangat dianjurkan")
  // (a thing to avoid is one advised against: "heavy lifting should be avoided" → "mengangkat beban
  // berat dianjurkan")
  // (and wanted: "Feeding the animals is strictly forbidden" → "ausdrücklich erwünscht")
  advice: {
    en: [
      'recommended|recommend|recommends|encouraged|advised',
      'prohibited|forbidden|banned|avoid|avoids|avoided|avoiding|discouraged|advised against|inadvisable',
    ],
    // (a recommendation not to is a ban: "建议不要", "不建议")
    zh: ['建议|推荐|提倡|鼓励', '禁止|避免|不建议|建议不要|建议避免|不宜|切勿|不要'],
    id: [
      'dianjurkan|disarankan|menganjurkan|menyarankan|anjurkan|sarankan',
      'dilarang|terlarang|hindari|hindarilah|dihindari|menghindari|menghindarinya',
    ],
    de: [
      'empfohlen|empfehlen|erwünscht|ausdrücklich erwünscht|angeraten',
      'verboten|untersagt|vermeiden|zu vermeiden|meiden|verzichten|abgeraten|abzuraten',
    ],
    fr: [
      'recommandé|recommandée|recommandés|recommandées|conseillé|conseillée|encouragé|encouragée|souhaité|souhaitée',
      'interdit|interdite|interdits|interdites|à éviter|évitez|déconseillé|déconseillée|déconseillés|déconseillées',
    ],
    // (and Spanish "procure", try to: "Avoid standing" → "Procure permanecer de pie")
    es: [
      'recomendado|recomendada|recomendados|recomendadas|se recomienda|aconsejable|se aconseja|procure|procura|procuren',
      'prohibido|prohibida|prohibidos|prohibidas|se prohíbe|evite|evitar|desaconsejado|desaconsejada|desaconsejados|desaconsejadas|se desaconseja',
    ],
  },
  // a thing made to measure against a standard one ("Insoles are made to measure" → "Las plantillas son estándar")
  madeToMeasure: {
    en: [
      'made to measure|made-to-measure|custom-made|custom made|tailor-made|tailor made|bespoke',
      'standard|off-the-shelf|off the shelf|ready-made|ready made',
    ],
    id: ['dibuat khusus|dibuat sesuai ukuran|sesuai ukuran|dibuat sesuai pesanan', 'standar|ukuran standar|siap pakai'],
    de: [
      'maßgefertigt|maßgefertigte|maßgefertigten|nach maß|maßanfertigung|individuell angefertigt',
      'standard|standardmäßig|standardgröße|von der stange',
    ],
    fr: ['sur mesure', 'standard|standards|de série'],
    es: ['a medida', 'estándar|de serie|prefabricado|prefabricada|prefabricados|prefabricadas'],
    zh: ['定制|量身定做|量身定制', '标准|通用|现成'],
  },
  memory: {
    en: ['remember|remembers|remembered|remembering', 'forget|forgets|forgot|forgotten|forgetting'],
    id: ['ingat|mengingat|diingat|ingatlah|mengingatnya', 'lupa|melupakan|dilupakan|lupakan|melupakannya'],
  },
  // a thing taken off or out, and a thing put on or in ("remove the filter" → "pasang filter")
  // (not "fit", "replace": also "suitable" and "exchange"; not "mengeluarkan": also "issue", "spend")
  attachment: {
    en: [
      // (and a thing left off: "Leave the nappy off for a while" → "Lassen Sie die Windel … an")
      'leave * off|leaves * off|remove|removes|removed|removing|take out|takes out|took out|take off|takes off|taken off|took off|detach|detaches|detached|detaching|unplug|unplugs|unplugged|unplugging|disconnect|disconnects|disconnected|disconnecting|uninstall|uninstalls|uninstalled|take it off|take them off|take it out|take them out|take * off|takes * off|took * off|taken * off|take * out|takes * out|took * out',
      'install|installs|installed|installing|insert|inserts|inserted|inserting|attach|attaches|attached|attaching|plug in|plugs in|plugged in|connect|connects|connected|connecting|put back|put on|put in|mount|mounted|wear|wears|wearing|keep * on|keeps * on|leave * on|leaves * on|put * on|puts * on|put * back|puts * back|plug * in|plugs * in',
    ],
    id: [
      'lepas|lepaskan|melepas|melepaskan|dilepas|dilepaskan|copot|mencopot|dicopot|cabut|mencabut|dicabut|keluarkan|putuskan|diputus|diputuskan|terputus|copotlah|lepaskanlah',
      'pasang|pasangkan|memasang|memasangkan|dipasang|dipasangkan|terpasang|masukkan|memasukkan|dimasukkan|colokkan|mencolokkan|dicolokkan|sambungkan|menyambungkan|disambungkan|tersambung|hubungkan|menghubungkan|dihubungkan|terhubung|pasanglah|memakai|pakailah|kenakan|mengenakan',
    ],
    // ("Remove your lenses before swimming" → "Ponte las lentillas"; not German "tragen", also to
    // bear a cost, nor French "mettre", also "mettre à jour")
    de: [
      'entfernen|entfernt|entferne|herausnehmen|nehmen * heraus|abnehmen|nehmen * ab|ausstecken|abziehen|deinstallieren|ausziehen|ziehen * aus|lassen sie * weg',
      'einsetzen|setzen * ein|anbringen|montieren|installieren|einstecken|anziehen|ziehen * an|aufsetzen|einlegen|legen * ein|lassen sie * an',
    ],
    fr: [
      'retirer|retirez|retiré|retirée|retirés|retirées|enlever|enlevez|enlevé|enlevée|débrancher|débranchez|débranché|déconnecter|déconnectez|déconnecté|déconnectée|désinstaller|désinstallez|ôter|ôtez',
      'installer|installez|insérer|insérez|brancher|branchez|branché|connecter|connectez|connecté|connectée|porter|portez|fixer|fixez|remettre|remettez',
    ],
    es: [
      'quitar|quita|quítate|quítese|quitarse|retirar|retira|retire|retírate|desconectar|desconecta|desconecte|desenchufar|desenchufa|desenchufe|desinstalar|desinstala|desinstale|sacar|saca|saque|sácate',
      'poner|pon|ponte|póngase|ponerse|colocar|coloca|coloque|colócate|insertar|inserta|inserte|instalar|instala|instale|enchufar|enchufa|enchufe',
    ],
    zh: ['取下|摘下|拆下|卸下|拔下|拔掉|卸载|取出|摘掉', '戴上|装上|插上|插入|佩戴|戴好|放入'],
  },
  // how hard a thing is ("may make it harder to obtain credit" → "dapat mempermudah"; not "hard"
  // alone, which is also firm)
  ease: {
    // ("hard to wake": "hard" before a verb's "to" is difficult)
    en: ['harder|more difficult|difficult|difficulty|difficulties|hard to', 'easier|easy|easily|simpler'],
    id: ['sulit|lebih sulit|menyulitkan|mempersulit|dipersulit|susah|sukar', 'mudah|lebih mudah|mempermudah|memudahkan|dipermudah|gampang'],
    // (and a thing done with ease or with trouble: "you find it hard to breathe" → "respira con facilidad")
    de: [
      'schwierig|schwierige|schwierigen|schwieriger|erschwert|erschweren|schwer fällt|schwerfällt|fällt schwer|mühe|schwierigkeiten',
      'einfacher|erleichtert|erleichtern|leichter|mühelos|ohne mühe|ohne schwierigkeiten',
    ],
    fr: [
      'difficile|difficiles|difficilement|compliqué|compliquée|du mal à|de la peine à|difficulté|difficultés',
      'facile|faciles|facilement|facilite|facilitent|avec facilité|sans difficulté|sans peine|aisément',
    ],
    es: [
      'difícil|difíciles|difícilmente|dificulta|dificultan|le cuesta|les cuesta|me cuesta|te cuesta|nos cuesta|dificultad|dificultades',
      'fácil|fáciles|fácilmente|facilita|facilitan|sencillo|sencilla|con facilidad|sin dificultad|sin dificultades',
    ],
    // ("不容易" is "容易" negated: the negation says the other side)
    zh: ['很难|难以|困难', '很容易|容易|轻松|轻易'],
  },
  // a thing that breaks or bends ("the nail becomes thick and brittle" → "fina y flexible")
  brittle: {
    en: ['brittle', 'flexible|supple|pliable'],
    id: ['rapuh|getas|mudah patah', 'lentur|fleksibel|elastis'],
    de: [
      'brüchig|brüchige|brüchigen|brüchiger|spröde|spröden|spröder',
      'biegsam|biegsame|biegsamen|geschmeidig|geschmeidige|flexibel|flexible|flexiblen',
    ],
    fr: ['cassant|cassante|cassants|cassantes', 'souple|souples|flexible|flexibles'],
    es: ['quebradizo|quebradiza|quebradizos|quebradizas', 'flexible|flexibles'],
    zh: ['易碎|易断|变脆|发脆', '柔韧|有韧性|柔软'],
  },
  // from the shore or from a boat ("fish from the bank of the lake" → "vom Boot aus angeln")
  shoreOrBoat: {
    en: [
      'from the bank|from the banks|from the shore|on the shore|from the beach|on land|ashore',
      'from a boat|from boats|from the boat|in a boat|on a boat|by boat|on the water|afloat',
    ],
    id: [
      'dari tepi|di tepi danau|di tepi sungai|dari pantai|di darat|dari darat',
      'dari perahu|di perahu|dari kapal|di atas perahu|di atas air',
    ],
    de: ['vom ufer|am ufer|an land|vom strand', 'vom boot|vom booten|im boot|auf dem boot|auf dem wasser|von booten'],
    fr: [
      'depuis la rive|de la rive|depuis le bord|sur la rive|sur la berge|depuis la berge|à terre',
      'depuis un bateau|en bateau|du bateau|depuis le bateau|depuis une barque|en barque',
    ],
    es: [
      'desde la orilla|en la orilla|desde tierra|en tierra',
      'desde una barca|desde el barco|desde barcas|en barco|en barca|desde un barco',
    ],
    zh: ['岸边|岸上', '船上|乘船'],
  },
  // a permit or ticket for its holder only or passed on ("The permit is personal" → "Die Karte ist übertragbar")
  transferable: {
    en: [
      'is personal|are personal|non-transferable|nontransferable|not transferable',
      'transferable|can be transferred|may be transferred',
    ],
    id: ['tidak dapat dipindahtangankan|bersifat pribadi|tidak dapat dialihkan', 'dapat dipindahtangankan|dapat dialihkan'],
    de: ['personengebunden|nicht übertragbar', 'übertragbar|kann übertragen werden|darf übertragen werden'],
    fr: [
      'personnel et|personnelle et|nominatif|nominative|incessible|non transférable|non cessible',
      'transférable|transférables|cessible|cessibles',
    ],
    es: ['personal e intransferible|intransferible|intransferibles|nominativo|nominativa', 'transferible|transferibles'],
    zh: ['不得转让|不可转让|仅限本人', '可转让|可以转让'],
  },
  // who leads a group and who belongs to it ("The group leader can invite new members" → "Setiap anggota dapat mengundang")
  leadership: {
    en: ['leader|leaders|group leader|team leader|organiser|organizer|coordinator|coordinators', 'member|members|every member|each member'],
    id: ['ketua|ketua kelompok|pemimpin|koordinator', 'anggota|setiap anggota|semua anggota'],
    de: ['leiter|leiterin|gruppenleiter|gruppenleiterin|koordinator|koordinatorin', 'mitglied|mitglieder|mitgliedern|jedes mitglied'],
    fr: [
      'responsable du groupe|chef de groupe|animateur|animatrice|coordinateur|coordinatrice',
      'membre|membres|chaque membre|tous les membres',
    ],
    es: ['líder|responsable del grupo|coordinador|coordinadora|jefe de grupo', 'miembro|miembros|cada miembro|todos los miembros'],
    zh: ['组长|负责人|协调员|领队', '成员|组员|每位成员|所有成员'],
  },
  // air blown out or sucked in ("blows air through a mask" → "aspira aire")
  blowOrSuck: {
    en: ['blow|blows|blowing|blown', 'suck|sucks|sucking|suction'],
    id: ['meniup|meniupkan|mengembuskan|ditiupkan', 'menyedot|mengisap|menghisap|disedot|diisap'],
    de: ['bläst|blasen|geblasen', 'saugt|saugen|gesaugt|absaugen|saugt ab'],
    fr: ['souffle|soufflent|souffler|insuffle|insufflent', 'aspire|aspirent|aspirer|aspiration'],
    es: ['sopla|soplan|soplar|insufla|insuflan', 'aspira|aspiran|aspirar|succiona|succionan|aspiración'],
    zh: ['吹入|吹出|吹气|送气', '吸出|抽吸|吸走'],
  },
  // a thing taken away or left where it is ("cut material is removed by the contractor" → "laissés
  // par le prestataire", "removed after the event" → "dibiarkan")
  removeOrLeave: {
    // (and "left" alone, whose other senses no side says: "items left overnight will be removed" →
    // "laissés pendant la nuit seront retirés")
    en: ['removed|taken away|cleared away|carried away|disposed of', 'left|left behind|left on site|left in place|left there|left where'],
    id: ['dibongkar|diangkut|disingkirkan|dibersihkan dan dibawa', 'dibiarkan|ditinggalkan|ditinggal'],
    de: ['entfernt|abtransportiert|abgebaut|abgeholt und entsorgt|mitgenommen', 'zurückgelassen|liegen gelassen|belassen|liegengelassen'],
    fr: [
      'évacué|évacués|évacuée|évacuées|enlevé|enlevés|enlevée|enlevées|démonté|démontés|démontée|démontées|retiré|retirés|retirée|retirées',
      'laissé|laissés|laissée|laissées|abandonné|abandonnés|abandonnée|abandonnées',
    ],
    es: [
      'retirado|retirados|retirada|retiradas|desmontado|desmontados|desmontada|desmontadas',
      'dejados|dejadas|abandonado|abandonados|abandonada|abandonadas',
    ],
    zh: ['清走|运走|拆除|移除|清除|带走', '留在原地|遗留'],
  },
  // rules kept or broken ("if you break these terms" → "如果您遵守这些条款"; not a break to rest)
  compliance: {
    en: [
      'comply with|complies with|complied with|complying with|in compliance with|abide by|abides by|obey|obeys|follow the rules|follow these rules|follow the terms|follow these terms',
      'break the|breaks the|broke the|break these|break any|break our|breaking the|breach|breaches|breached|breaching|violate|violates|violated|violating|violation|violations|infringe|infringes|infringed|infringement',
    ],
    id: ['mematuhi|dipatuhi|patuhi|menaati|ditaati|taati|sesuai dengan ketentuan', 'melanggar|dilanggar|pelanggaran|langgar'],
    de: [
      'einhalten|einhält|eingehalten|befolgen|befolgt|beachten|beachtet',
      // (not "verletzt", also injured, nor "gebrochen", also a broken bone)
      'verstoßen|verstößt|verstoß|verstöße|zuwiderhandeln|zuwiderhandlung',
    ],
    fr: [
      'respecter|respectez|respecte|respectent|respecté|respectée|se conformer|se conforme|conformément',
      'enfreindre|enfreint|enfreignez|violer|viole|violez|violé|violation|manquement|manquements|non-respect',
    ],
    es: [
      'cumplir|cumple|cumplen|cumplido|respetar|respeta|respetan|acatar',
      'incumplir|incumple|incumplen|incumplido|incumplimiento|infringir|infringe|infracción|violar|viola|violación',
    ],
    zh: ['遵守|遵循|遵照|符合', '违反|违背|违规|违约|触犯|不遵守'],
  },
  // shares alike or not ("Children inherit equal shares" → "parts inégales")
  equality: {
    en: ['equal|equally|in equal shares|evenly', 'unequal|unequally|unevenly|uneven'],
    id: ['sama rata|sama besar|secara merata', 'timpang'],
    de: ['gleiche teile|gleichen teilen|gleiche anteile|gleichen anteilen|gleichmäßig', 'ungleiche|ungleichen|ungleicher|ungleichmäßig'],
    fr: ['égal|égale|égales|égaux|à parts égales', 'inégal|inégale|inégales|inégaux'],
    es: ['igual|iguales|a partes iguales', 'desigual|desiguales'],
    zh: ['平分|均分|等份|均等', '悬殊'],
  },
  // an interest rate, a price, a term set once or moving ("fixed" alone is mostly "repaired")
  rate: {
    en: [
      'fixed rate|fixed-rate|fixed interest|fixed price|fixed at|fixed for the whole|fixed for the entire|fixed for the full|remains fixed|remain fixed|stays fixed|stay fixed',
      'variable|variable-rate|floating|floating-rate',
    ],
    id: ['tetap', 'mengambang|variabel|berubah ubah'],
    de: ['fester zinssatz|festen zinssatz|fester zins|festzins|festzinssatz|fest', 'variabel|variable|variablen|variabler'],
    fr: ['taux fixe|fixe', 'variable|variables|taux variable'],
    es: ['tipo fijo|interés fijo|fijo|fija', 'variable|variables|tipo variable'],
  },
  // a process begun or ended ("until the light stops blinking" → "hingga lampu mulai berkedip")
  onset: {
    en: [
      'start|starts|started|starting|begin|begins|began|begun|beginning',
      'stop|stops|stopped|stopping|end|ends|ended|ending|finish|finishes|finished|finishing',
    ],
    id: [
      'mulai|memulai|dimulai|bermula|mulailah',
      'berhenti|hentikan|menghentikan|dihentikan|berakhir|mengakhiri|diakhiri|selesai|menyelesaikan|diselesaikan',
    ],
    // (and the start and end of a contract or a lease: "when the contract ends" → "bei Vertragsbeginn")
    de: [
      'beginnt|beginnen|begann|begonnen|fängt an|fangen an|anfangen|startet|starten|gestartet|vertragsbeginn|mietbeginn',
      'endet|enden|endete|geendet|hört auf|hören auf|aufhören|aufgehört|beendet|beenden|stoppt|stoppen|vertragsende|mietende',
    ],
    fr: [
      'commence|commencent|commencer|commencé|commencez|débute|débutent|débuter|débutez|démarre|démarrent|démarrer|démarrez',
      'termine|terminent|terminer|terminé|terminez|se termine|finit|finissent|finir|fini|finissez|arrête|arrêtent|arrêter|arrêtez',
    ],
    es: [
      // (and their subjunctives: "antes de que comience la temporada" → "después de que termine")
      'empieza|empiezan|empezar|empezó|empezado|empiece|empiecen|comienza|comienzan|comenzar|comenzó|comenzado|comience|comiencen|inicia|inician|iniciar|iniciado|inicie|inicien',
      'termina|terminan|terminar|terminó|terminado|termine|terminen|acaba|acaban|acabar|acabado|acabe|acaben|finaliza|finalizan|finalizar|finalizado|finalice|finalicen|se detiene|detener',
    ],
    zh: ['开始|开场|开演|启动', '结束|停止|终止|完毕|散场'],
  },
  // done by a machine or by hand
  automation: {
    en: ['automatic|automatically|automated|by machine|machine wash|machine washed', 'manual|manually|by hand|hand wash|hand washed'],
    id: ['otomatis|secara otomatis|automatis|otomatik|dengan mesin', 'manual|secara manual|dengan tangan'],
    de: ['automatisch|automatische|automatischen|maschinell', 'manuell|manuelle|manuellen|von hand|per hand|mit der hand'],
    fr: ['automatiquement|automatique|automatiques|en machine', 'manuellement|manuel|manuelle|à la main'],
    es: ['automáticamente|automático|automática|automáticos|a máquina', 'manualmente|manual|manuales|a mano'],
  },
  // said of water, surfaces, shells, bristles: only in such phrases ("hard" alone is mostly "difficult")
  hardness: {
    en: [
      'becomes hard|become hard|becoming hard|feels hard|feel hard|gets hard|turns hard|hard skin|hard water|hard surface|hard surfaces|hard floor|hard floors|hard plastic|hard shell|hard case|hard bristles|hard-bristled|hard-boiled|hard cheese|hard cover|hardcover|hard lenses|hard contact lens|hard contact lenses|rigid lenses|hard stools|hard stool|hard poo|hard poos|stools hard|stool hard|firm pillow|firm mattress|firm pillows|firm mattresses|firm chair|firm chairs|firm seat|firm surface',
      'soft part|soft skin|cushioned|padded|becomes soft|become soft|feels soft|feel soft|gets soft|turns soft|be soft|is soft|are soft|soft water|soft surface|soft surfaces|soft floor|soft floors|soft plastic|soft shell|soft case|soft bristles|soft-bristled|soft-boiled|soft cheese|soft cover|softcover|soft cloth|soft brush|soft toothbrush|soft food|soft foods|soft diet|soft lenses|soft contact lens|soft contact lenses|soft stools|soft stool|loose stools|loose stool|soft poo|stools soft|stool soft|soft pillow|soft mattress|soft pillows|soft mattresses|soft dressing|soft dressings|soft bandage|soft bandages|soft padding|soft one|soft ones|eat soft|soft * food|soft * foods|stools stay soft|stool stays soft|stools remain soft',
    ],
    // (and a dressing rigid: "a soft dressing" → "un pansement rigide")
    id: ['keras|kulit keras|sadah|kaku', 'lunak|lembut|empuk'],
    // (the English side says a thing hard or soft in its collocations only: the words of the
    // translation may then say it in any)
    de: ['hart|harte|harter|harten|hartes|hartem|starr|starre|starren|starres', 'weich|weiche|weicher|weichen|weiches|weichem'],
    fr: ['dur|dure|durs|dures|rigide|rigides', 'mou|molle|mous|molles|tendre|tendres|mixé|mixée|mixés|mixées'],
    es: ['duro|dura|duros|duras|rígido|rígida|rígidos|rígidas', 'blando|blanda|blandos|blandas|suave|suaves'],
    // (and stools: "keep your stools soft" → "保持大便干硬")
    // (and a pillow or a mattress firm or soft: "a firm, low pillow" → "偏软的…枕头")
    zh: ['坚硬|硬的|较硬|偏硬|硬质|硬毛|干硬|干结|硬便', '柔软|软的|较软|偏软|软质|软食|流食|软毛|松软|软便'],
  },
  // a thing made softer or harder: skin, a stool, a surface ("Soak your feet to soften the skin" →
  // "um die Haut zu verhärten")
  softening: {
    // (and a thing that turns so: "if the bulge becomes hard" → "si el bulto se ablanda")
    en: [
      'soften|softens|softened|softening|becomes soft|become soft|gets soft|turns soft',
      'harden|hardens|hardened|hardening|becomes hard|become hard|gets hard|turns hard',
    ],
    id: ['melunakkan|melembutkan|dilunakkan|melunak', 'mengeraskan|dikeraskan|mengeras'],
    de: [
      'aufweichen|aufzuweichen|aufgeweicht|weicht|erweichen|weich machen|weicher machen',
      'verhärten|verhärtet|verhärtung|härten|hart machen|härter machen',
    ],
    fr: ['ramollir|ramollit|ramolli|ramollie|assouplir|assouplit|adoucir', 'durcir|durcit|durci|durcie|endurcir'],
    es: ['ablandar|ablanda|ablandan|ablandado|ablandada|reblandecer|suavizar', 'endurecer|endurece|endurecen|endurecido|endurecida'],
    zh: ['软化|变软|泡软', '硬化|变硬|发硬'],
  },
  // a colour or a skin growing darker or paler ("your iris may slowly darken" → "lebih terang")
  // dark against light or bright: a room, clothing, a colour ("keep the bedroom dark" → "明亮";
  // "light-coloured clothing" → "Dunkle Kleidung"; and pale: "urine should be pale, not dark" →
  // "foncées, pas claires")
  lightness: {
    en: ['dark|dark-coloured|dark coloured', 'bright|light-coloured|light coloured|brightly lit|well lit|well-lit|pale'],
    id: ['gelap|berwarna gelap', 'terang|cerah|berwarna terang|berwarna cerah|pucat'],
    de: [
      'dunkel|dunkle|dunklen|dunkler|dunkles|dunkelfarbig|dunkelfarbige',
      'hell|helle|hellen|heller|helles|hellfarbig|hellfarbige|blass|blasse|blassen|blasser|beleuchtet|beleuchtete|beleuchteten|beleuchteter',
    ],
    fr: [
      'sombre|sombres|foncé|foncée|foncés|foncées|obscur|obscure',
      // (and a room lit: "a dark, quiet room" → "une pièce éclairée")
      'clair|claire|clairs|claires|lumineux|lumineuse|lumineuses|pâle|pâles|éclairé|éclairée|éclairés|éclairées',
    ],
    es: [
      'oscuro|oscura|oscuros|oscuras',
      'luminoso|luminosa|luminosos|luminosas|de colores claros|de color claro|pálido|pálida|pálidos|pálidas|iluminado|iluminada|iluminados|iluminadas',
    ],
    zh: ['黑暗|昏暗|深色|暗的|色深|颜色深|颜色较深', '明亮|浅色|亮的|色浅|颜色浅|颜色较浅'],
  },
  shade: {
    en: ['darken|darkens|darkened|darker', 'lighten|lightens|lightened|paler|fade|fades'],
    id: ['lebih gelap|menggelap|menjadi gelap', 'lebih terang|lebih pucat|memudar|menjadi terang'],
    de: ['dunkler|nachdunkeln|dunkelt', 'heller|blasser|verblasst|verblassen'],
    fr: ['plus foncé|plus foncée|plus sombre|fonce|foncer', 'plus clair|plus claire|pâlit|pâlir|éclaircit|éclaircir'],
    es: ['más oscuro|más oscura|oscurece|oscurecer', 'más claro|más clara|aclara|aclarar|palidece'],
  },
  // a bottle or a thing kept the right way up or turned over
  upright: {
    en: ['upright|right way up|right side up', 'upside down|upside-down|on its side|lying down'],
    id: ['tegak|posisi tegak|berdiri tegak', 'terbalik|dibalik|posisi terbalik|miring|dibaringkan'],
    de: ['aufrecht|stehend', 'kopfüber|auf dem kopf|liegend'],
    fr: ['debout|verticale|à la verticale', "à l'envers|couché|couchée|renversé|renversée"],
    es: ['en posición vertical|vertical|de pie', 'boca abajo|al revés|tumbado|tumbada|acostado'],
  },
  // a thing or a body facing up or down ("lie with the affected ear facing up" → "menghadap ke bawah")
  facingUp: {
    en: [
      'facing up|face up|faces up|facing upward|facing upwards|face upward|face upwards|pointing up|pointing upward|pointing upwards|on your back',
      'facing down|face down|faces down|facing downward|facing downwards|face downward|face downwards|pointing down|pointing downward|pointing downwards|on your stomach|on your front',
    ],
    id: ['menghadap ke atas|mengarah ke atas|telentang|terlentang', 'menghadap ke bawah|mengarah ke bawah|telungkup|tengkurap'],
    de: ['nach oben|rückenlage|auf dem rücken', 'nach unten|bauchlage|auf dem bauch'],
    fr: ['vers le haut|sur le dos', 'vers le bas|sur le ventre'],
    es: ['hacia arriba|boca arriba', 'hacia abajo|boca abajo'],
    zh: ['朝上|向上|仰卧|仰躺', '朝下|向下|俯卧|趴着'],
  },
  // a body laid on its side or on its back ("lay the child on their side" → "baringkan anak telentang")
  lyingSide: {
    en: [
      'on their side|on your side|on his side|on her side|on its side|on the side|recovery position',
      'on their back|on your back|on his back|on her back|on its back|on their stomach|on your stomach|on their front|on your front',
    ],
    id: ['posisi miring|berbaring miring|tidur miring|miring ke samping|posisi pemulihan', 'telentang|terlentang|tengkurap|telungkup'],
    de: [
      'seitenlage|stabile seitenlage|auf die seite|auf der seite',
      'rückenlage|auf den rücken|auf dem rücken|bauchlage|auf den bauch|auf dem bauch',
    ],
    fr: ['sur le côté|position latérale|position latérale de sécurité', 'sur le dos|sur le ventre'],
    es: ['de lado|de costado|posición lateral|posición lateral de seguridad', 'boca arriba|boca abajo|de espaldas'],
    zh: ['侧卧|侧躺|侧身躺', '平躺|仰卧|俯卧|趴着|仰躺'],
  },
  // someone stayed with or left alone ("stay with them" → "tinggalkan dia sendiri")
  keepingCompany: {
    en: [
      'stay with|stay close to|stay beside|stay near|remain with|keep them company',
      'leave * alone|leave them alone|leave him alone|leave her alone',
    ],
    id: [
      'tetap di dekat|tetaplah di dekat|tetap bersama|tetaplah bersama|temani|menemani|dampingi|mendampingi',
      'tinggalkan * sendiri|tinggalkan * sendirian|biarkan * sendirian|meninggalkan * sendirian|tinggalkan dia|tinggalkan mereka',
    ],
    de: ['bleiben sie bei|bleiben sie in der nähe|bei ihm bleiben|bei ihr bleiben', 'lassen sie * allein|allein lassen|alleine lassen'],
    fr: ['restez auprès|restez avec|rester auprès|rester avec', 'laissez * seul|laissez * seule|laisser * seul|laisser * seule'],
    es: [
      'quédese con|quédese junto|permanezca con|permanezca junto|acompáñelo|acompáñela',
      'déjelo solo|déjela sola|dejarlo solo|dejarla sola',
    ],
    zh: ['陪在|陪着|守在|陪伴', '独自留下|让他独自|让她独自|让其独处|独自待着|一个人待着'],
  },
  // a thing on screen hidden or shown ("Notifications are hidden while …" → "ditampilkan")
  // (not "show" alone, "show your ticket", nor "visible", "no visible damage": no display)
  visibility: {
    en: ['hidden|hide|hides|hiding', 'shown|displayed|unhidden|show it|show them'],
    id: ['disembunyikan|sembunyikan|menyembunyikan|tersembunyi|tidak ditampilkan', 'ditampilkan|tampilkan|menampilkan|tampil'],
    // (and the separable verbs with their words between: "blenden Rezepte aus", "zeigen nur Rezepte an")
    de: [
      'ausgeblendet|ausblenden|verborgen|versteckt|blenden * aus|blendet * aus',
      'angezeigt|anzeigen|eingeblendet|einblenden|zeigen * an|zeigt * an',
    ],
    fr: [
      'masqué|masquée|masqués|masquées|masquer|caché|cachée|cachés|cachées',
      'affiché|affichée|affichés|affichées|afficher|visible|visibles',
    ],
    es: [
      'oculto|oculta|ocultos|ocultas|ocultar|ocultan|se oculta|se ocultan',
      'mostrado|mostrada|mostrados|mostradas|se muestra|se muestran',
    ],
    // (and Chinese: "hides all videos not suitable" → "会显示所有…")
    zh: ['隐藏|屏蔽|不显示', '显示|展示'],
  },
  // a customer satisfied or not ("if you are unhappy with our response" → "jika Anda puas")
  satisfaction: {
    en: ['dissatisfied|unhappy|unsatisfied', 'satisfied|happy'],
    id: ['tidak puas|kecewa|tidak senang', 'puas|senang'],
    de: ['unzufrieden', 'zufrieden'],
    fr: [
      'insatisfait|insatisfaite|insatisfaits|mécontent|mécontente|mécontents',
      'satisfait|satisfaite|satisfaits|content|contente|contents',
    ],
    es: ['insatisfecho|insatisfecha|insatisfechos|descontento|descontenta', 'satisfecho|satisfecha|satisfechos|contento|contenta'],
  },
  // an account's session begun or ended ("use a backup code to sign in" → "untuk keluar")
  session: {
    en: [
      'sign in|signs in|signed in|signing in|log in|logs in|logged in|logging in',
      'sign out|signs out|signed out|signing out|log out|logs out|logged out|logging out',
    ],
    id: ['masuk|login', 'keluar|logout'],
    de: ['anmelden|angemeldet|einloggen|eingeloggt', 'abmelden|abgemeldet|ausloggen|ausgeloggt'],
    fr: ['se connecter|connecté|connectée|connectés|connectez-vous', 'se déconnecter|déconnecté|déconnectée|déconnectés|déconnectez-vous'],
    es: ['iniciar sesión|inicie sesión|conectado|conectada', 'cerrar sesión|cierre sesión|desconectado|desconectada'],
  },
  // an app's colour scheme ("supports dark mode" → "mode terang")
  theme: {
    en: ['dark mode|dark theme', 'light mode|light theme'],
    id: ['mode gelap|tema gelap', 'mode terang|tema terang'],
    de: ['dunkelmodus|dunkler modus|dunkles design', 'hellmodus|heller modus|helles design'],
    fr: ['mode sombre|thème sombre', 'mode clair|thème clair'],
    es: ['modo oscuro|tema oscuro', 'modo claro|tema claro'],
  },
  // a key or a thing kept secret or made public ("checked with your secret key, not your public key"
  // → "dengan kunci publik Anda, bukan kunci rahasia Anda")
  secrecy: {
    en: ['secret|private', 'public'],
    id: ['rahasia|privat', 'publik'],
    de: [
      'geheim|geheime|geheimen|privat|private|privaten|privates|privater|privatem',
      'öffentlich|öffentliche|öffentlichen|öffentliches|öffentlicher',
    ],
    fr: ['secret|secrète|secrets|secrètes|privé|privée|privés|privées', 'public|publique|publics|publiques'],
    es: ['secreto|secreta|secretos|secretas|privado|privada|privados|privadas', 'público|pública|públicos|públicas'],
    // (and a place: "Meet … in a public place" → "私人场所")
    zh: ['私人|私密|秘密|机密|保密', '公共|公开'],
  },
  // money or a thing held back or let go ("disputed payments are held" → "dilepaskan")
  // (not "hold" alone: "hold the button")
  holding: {
    en: ['held|withheld|on hold', 'released'],
    id: ['ditahan|menahan', 'dilepaskan|dilepas|dicairkan'],
    de: ['zurückgehalten|einbehalten', 'freigegeben|ausgezahlt'],
    fr: ['retenu|retenue|retenus|retenues|bloqué|bloquée|bloqués|bloquées', 'libéré|libérée|libérés|libérées|débloqué|débloquée|débloqués'],
    // (and the verb: "la aplicación retiene el pago" → "libera el pago")
    es: [
      'retenido|retenida|retenidos|retenidas|bloqueado|bloqueada|retiene|retienen',
      'liberado|liberada|liberados|liberadas|desbloqueado|libera|liberan',
    ],
  },
  // a span of time made longer or shorter ("extended from 5 to 30 seconds" → "diperpendek")
  lengthening: {
    // (and a thing ended early: "we may end the promotion early" → "memperpanjang promo")
    en: [
      'extended|lengthened|prolonged|extend|extends|prolong|lengthen',
      'shortened|shorten|cut short|end * early|ends * early|ended * early|end early',
    ],
    id: [
      'diperpanjang|memperpanjang|perpanjang',
      'diperpendek|memperpendek|dipersingkat|mempersingkat|persingkat|lebih awal|diakhiri lebih awal|mengakhiri * lebih awal',
    ],
    de: ['verlängert|verlängern', 'verkürzt|verkürzen'],
    fr: [
      'prolongé|prolongée|prolongés|prolongées|allongé|allongée|prolonger|allonger',
      'raccourci|raccourcie|raccourcis|raccourcies|écourté|écourtée|raccourcir|écourter',
    ],
    es: [
      'prolongado|prolongada|alargado|alargada|ampliado|ampliada|alargarse|alargar|prolongarse',
      'acortado|acortada|acortados|acortadas|acortarse|acortar',
    ],
  },
  // furniture, shelves, ladders, boxes ("under a sturdy table" → "di bawah meja yang rapuh")
  sturdiness: {
    en: ['sturdy|robust|stable', 'fragile|flimsy|unstable|wobbly|breakable'],
    id: ['kokoh|kukuh|stabil', 'rapuh|ringkih|goyah|mudah pecah|tidak stabil'],
    // (shoes, a frame: "sturdy shoes" → "chaussures légères")
    de: [
      'robust|robuste|robusten|stabil|stabile|stabilen|fest|feste|festen',
      'zerbrechlich|zerbrechliche|instabil|wackelig|leichte|leichten',
    ],
    fr: ['solide|solides|robuste|robustes|stable|stables', 'fragile|fragiles|instable|instables|légères|légère'],
    es: [
      'resistente|resistentes|robusto|robusta|robustos|robustas|estable|estables',
      'frágil|frágiles|inestable|inestables|ligeros|ligeras',
    ],
  },
  // how tall a thing stands ("tall furniture" → "furnitur pendek"); not "short" against
  // "tinggi", which is also high: "a short stay at high altitude" is "singkat … dataran tinggi"
  // how big a thing is ("opening large files" → "membuka file berukuran kecil")
  size: {
    en: ['large|larger|largest|big|bigger|biggest|huge', 'small|smaller|smallest|tiny'],
    id: ['besar|lebih besar|terbesar|berukuran besar', 'kecil|lebih kecil|terkecil|berukuran kecil|mungil'],
    de: ['groß|große|großen|großer|großes|größer|größere|größeren', 'klein|kleine|kleinen|kleiner|kleines|kleinere|kleineren'],
    fr: ['grand|grande|grands|grandes|gros|grosse|grosses', 'petit|petite|petits|petites'],
    es: ['grande|grandes', 'pequeño|pequeña|pequeños|pequeñas'],
    // (not "大" nor "小" alone: "大家" is everyone, "小时" an hour)
    // (and meals: "Eat small meals" → "多吃大餐", against "少食多餐")
    zh: ['大型|大号|大件|较大|大量|巨大|很大|大餐', '小型|小号|小件|较小|少量|细小|微小|很小|少食多餐|小餐'],
  },
  // where a place lies: in the country or in town ("slow in rural areas" → "lenta en zonas urbanas")
  settlement: {
    en: ['rural|countryside', 'urban'],
    id: ['pedesaan|perdesaan|pedalaman', 'perkotaan'],
    de: ['ländlich|ländliche|ländlichen|ländlicher', 'städtisch|städtische|städtischen|städtischer'],
    fr: ['rural|rurale|ruraux|rurales', 'urbain|urbaine|urbains|urbaines'],
    es: ['rural|rurales', 'urbano|urbana|urbanos|urbanas'],
  },
  // clothing, a layer ("dress your child in light clothing" → "pakaian tebal")
  thickness: {
    en: [
      'thin|thinner|light clothing|lightweight clothing|light clothes',
      'thick|thicker|heavy clothing|warm clothing|heavy clothes|warm clothes',
    ],
    // (and a cream runny or thick: "a thick moisturising cream" → "krim pelembap yang encer")
    id: ['tipis|lebih tipis|encer', 'tebal|lebih tebal|kental'],
    de: ['dünn|dünne|dünnen|dünner|leichte kleidung', 'dick|dicke|dicken|dicker|warme kleidung'],
    es: ['fino|fina|finos|finas|delgado|delgada|ropa ligera', 'grueso|gruesa|gruesos|gruesas|ropa de abrigo'],
    // (not "fin", also an end)
    fr: ['fine|fines|mince|minces|vêtements légers', 'épais|épaisse|épaisses|vêtements chauds'],
    zh: ['轻薄|单薄|较薄|更薄', '厚重|厚实|较厚|更厚'],
  },
  stature: {
    en: ['tall|taller|tallest|high-rise', 'low-rise'],
    id: ['tinggi|jangkung|bertingkat tinggi', 'pendek|rendah'],
  },
  // what a medicine or a cream is for ("for external use only" → "hanya untuk penggunaan dalam")
  use: {
    en: ['external use|for external use|externally|topical use|topically', 'internal use|for internal use|internally|orally|by mouth'],
    id: [
      'penggunaan luar|pemakaian luar|penggunaan topikal|obat luar|untuk luar|dioleskan',
      'penggunaan dalam|pemakaian dalam|obat dalam|diminum|ditelan|melalui mulut',
    ],
  },
  // how long or how well a thing is done ("rinse thoroughly" → "bilas sebentar")
  thoroughness: {
    en: ['thoroughly|thorough|carefully', 'briefly|brief|quickly'],
    id: [
      'hingga bersih|sampai bersih|secara menyeluruh|menyeluruh|saksama|seksama|dengan teliti|dengan cermat|sampai tuntas',
      'sebentar|sekilas',
    ],
  },
  // the two ends of a thing, a page, a screen ("see the base of the tube" → "lihat bagian atas tabung")
  ends: {
    en: ['bottom of|base of|underside of|underside', 'top of'],
    id: ['bagian bawah|sisi bawah|ujung bawah', 'bagian atas|sisi atas|ujung atas'],
  },
  // the meals of a day, each against the others ("breakfast, lunch" → "sarapan, makan malam")
  lunchDinner: {
    en: ['lunch|lunches|lunchtime', 'dinner|dinners|supper|evening meal'],
    id: ['makan siang', 'makan malam'],
  },
  breakfastDinner: {
    en: ['breakfast|breakfasts', 'dinner|dinners|supper|evening meal'],
    id: ['sarapan|makan pagi', 'makan malam'],
  },
  breakfastLunch: {
    en: ['breakfast|breakfasts', 'lunch|lunches|lunchtime'],
    id: ['sarapan|makan pagi', 'makan siang'],
  },
  // the busy hours of a road, a network, a tariff, and the others ("off-peak trains" → "kereta jam sibuk")
  peak: {
    en: ['peak|peak hours|peak hour|peak times|peak time|rush hour|rush hours', 'off peak|outside peak hours|outside rush hour|off hours'],
    id: [
      'jam sibuk|jam padat|jam puncak|waktu sibuk',
      'di luar jam sibuk|luar jam sibuk|jam tidak sibuk|di luar jam padat|di luar jam puncak',
    ],
  },
  // noise, damage, a dose kept small or made large ("noise should be minimal" → "kebisingan seharusnya maksimal")
  // (not "minimum" and "maximum": limits of a figure, the limits rule's)
  extent: {
    en: [
      'minimal|minimise|minimize|minimised|minimized|minimising|minimizing',
      'maximal|maximise|maximize|maximised|maximized|maximising|maximizing',
    ],
    id: [
      'minimal|seminimal mungkin|minimalkan|meminimalkan|diminimalkan|sekecil mungkin',
      'maksimal|semaksimal mungkin|maksimalkan|memaksimalkan|dimaksimalkan|sebesar mungkin',
    ],
  },
  // a medicine, a soap, a detergent ("a mild sedative" → "obat penenang yang kuat")
  // (and harsh: "use a mild cleanser" → "pembersih yang keras", "un nettoyant agressif")
  potency: {
    en: ['mild', 'strong|potent|harsh|aggressive|abrasive'],
    id: ['ringan|lembut', 'kuat|keras'],
    de: [
      'mild|milde|milden|milder|mildes|sanft|sanfte|sanften|sanfter|sanftes',
      'aggressiv|aggressive|aggressiven|aggressiver|aggressives|scharf|scharfe|scharfen|scharfer|scharfes',
    ],
    fr: ['doux|douce|douces', 'agressif|agressive|agressifs|agressives|décapant|décapante|décapants|décapantes'],
    es: ['suave|suaves', 'agresivo|agresiva|agresivos|agresivas|abrasivo|abrasiva|abrasivos|abrasivas'],
    zh: ['温和', '刺激性|强刺激|强效'],
  },
  // what causes an infection ("most cases are caused by viruses" → "se deben a bacterias")
  germ: {
    en: ['virus|viruses|viral', 'bacteria|bacterium|bacterial'],
    id: ['virus', 'bakteri'],
    de: ['virus|viren|viral|virale|viralen|viraler', 'bakterien|bakterium|bakteriell|bakterielle|bakteriellen|bakterieller'],
    fr: ['virus|viral|virale|viraux|virales', 'bactérie|bactéries|bactérien|bactérienne|bactériens|bactériennes'],
    es: ['virus|viral|virales', 'bacteria|bacterias|bacteriano|bacteriana|bacterianos|bacterianas'],
    zh: ['病毒', '细菌'],
  },
  // printed on both sides of the paper or one ("double-sided printing" → "单面打印")
  printedSides: {
    en: ['double - sided|double sided|two - sided|both sides', 'single - sided|single sided|one - sided|one side only'],
    id: ['bolak - balik|bolak balik|dua sisi', 'satu sisi'],
    de: ['doppelseitig|doppelseitige|doppelseitigen|beidseitig|beidseitige|beidseitigen', 'einseitig|einseitige|einseitigen'],
    fr: ['recto verso|recto - verso', 'recto seul|recto uniquement'],
    es: ['doble cara|a doble cara|por las dos caras|por ambas caras', 'una cara|a una cara|por una cara|una sola cara'],
    zh: ['双面', '单面'],
  },
  // electricity, a phone line, a card paid before or after use ("prepaid tokens" → "token pascabayar")
  prepaid: {
    en: ['prepaid|pre - paid|pay as you go', 'postpaid|post - paid'],
    id: ['prabayar|pra bayar', 'pascabayar|pasca bayar'],
    de: ['prepaid|vorausbezahlt|vorausbezahlte|vorausbezahlten', 'postpaid'],
    fr: ['prépayé|prépayée|prépayés|prépayées', 'postpayé|postpayée|postpayés|postpayées'],
    es: ['prepago|prepagado|prepagada|prepagados|prepagadas', 'pospago|postpago'],
    zh: ['预付费', '后付费'],
  },
  // bath water, a drink, a compress: lukewarm, never hot ("in lukewarm water" → "air panas")
  lukewarm: {
    en: ['lukewarm|tepid', 'hot|very hot|boiling'],
    // (not "hangat" alone: "minuman hangat" are hot drinks to an Indonesian)
    id: ['hangat kuku|suam suam kuku|suam kuku', 'panas|mendidih'],
    de: [
      'lauwarm|lauwarme|lauwarmen|lauwarmem|lauwarmer|lauwarmes',
      'heiß|heiße|heißen|heißem|heißer|heißes|kochend|kochende|kochendem|kochendes',
    ],
    fr: ['tiède|tièdes', 'chaud|chaude|chauds|chaudes|brûlant|brûlante|bouillant|bouillante'],
    es: ['tibia|tibio|tibias|tibios|templada|templado|templadas|templados', 'caliente|calientes|hirviendo|muy caliente'],
    // (not "温热", warm, which also renders an English "warm": "warm drinks … very hot food" → "温热的饮品 … 过烫")
    zh: ['温水|微温', '热水|开水|滚烫|沸水'],
  },
  // dogs, laundry, waste, bills kept apart or put together ("housed separately" → "ditempatkan bersama")
  separation: {
    // (and a thing kept away from another: "keep raw meat away from cooked food" → "放在一起")
    en: ['separately|separate|separated|separating|apart|kept apart|away from', 'together|combined|mix|mixed'],
    id: [
      'terpisah|secara terpisah|pisahkan|memisahkan|dipisahkan|dipisah|sendiri sendiri',
      'bersama sama|bersama|digabungkan|digabung|disatukan|campur|campurkan|dicampur',
    ],
    de: ['getrennt|trennen|trennen sie|separat', 'zusammen|gemischt|mischen|vermischen|vermischt'],
    fr: ['séparément|séparer|séparez|séparé|séparés|triez|trier|à part', 'ensemble|mélanger|mélangez|mélangé|mélangés'],
    es: [
      'separe|separar|separado|separada|separados|por separado|separadamente',
      'mezcle|mezclar|mezclado|mezclada|mezclados|juntos|juntas',
    ],
    zh: ['另一个房间|另一间|单独的房间|分开|隔开', '同一房间|同一个房间|一起|混在一起'],
  },
  // a change made all at once or little by little ("a sudden change of diet" → "perubahan … yang bertahap")
  // (and at once against little by little: "Return to sport gradually" → "Reprenez le sport
  // immédiatement"; not German "sofort", where "immediately" and "suddenly" meet: "Come back
  // immediately if your vision suddenly gets worse" → "sofort wieder, wenn … plötzlich")
  suddenness: {
    en: ['sudden|suddenly|abrupt|abruptly|immediately', 'gradual|gradually'],
    id: ['mendadak|tiba tiba|secara mendadak|seketika', 'bertahap|secara bertahap|berangsur angsur|perlahan lahan|perlahan'],
    de: [
      'plötzlich|plötzliche|plötzlichen|plötzlicher|plötzliches|schlagartig|auf einmal',
      'allmählich|langsam|langsame|langsamen|langsamer|langsames|nach und nach|schrittweise',
    ],
    fr: [
      'soudain|soudaine|soudains|soudaines|soudainement|brusque|brusquement|subitement|immédiatement|tout de suite',
      'progressif|progressive|progressivement|lentement|peu à peu|lent|lente|lents|lentes',
    ],
    es: [
      'repentino|repentina|repentinamente|de repente|súbitamente|bruscamente|inmediatamente|de inmediato',
      'gradual|gradualmente|lentamente|poco a poco',
    ],
    zh: ['突然|骤然|猛然', '逐渐|渐渐|慢慢|缓慢'],
  },
  // how days are counted ("within 10 working days" → "dalam 10 hari kalender")
  dayCount: {
    en: ['working day|working days|business day|business days|workday|workdays', 'calendar day|calendar days'],
    id: ['hari kerja', 'hari kalender'],
    de: ['werktage|werktagen|arbeitstage|arbeitstagen|werktag|arbeitstag', 'kalendertage|kalendertagen|kalendertag'],
    fr: ['jours ouvrés|jours ouvrables|jour ouvré|jour ouvrable', 'jours calendaires|jours civils|jour calendaire'],
    es: ['días hábiles|día hábil|días laborables|día laborable', 'días naturales|día natural|días corridos'],
    zh: ['工作日', '自然日|日历日'],
  },
  // ("sakit" alone is also ill, and in "rumah sakit", hospital)
  // (and in four more languages: "a painful red lump" → "une petite boule … indolore")
  pain: {
    en: ['painless|pain-free|pain free', 'painful'],
    id: [
      'tidak sakit|tidak menyakitkan|tidak terasa sakit|tanpa rasa sakit|tidak menimbulkan rasa sakit|tidak nyeri|tanpa nyeri',
      'menyakitkan|terasa sakit|terasa nyeri',
    ],
    de: [
      'schmerzlos|schmerzlose|schmerzlosen|schmerzfrei|schmerzfreie|schmerzfreien',
      'schmerzhaft|schmerzhafte|schmerzhaften|schmerzhafter',
    ],
    fr: ['indolore|indolores|sans douleur', 'douloureux|douloureuse|douloureuses'],
    es: ['indoloro|indolora|indoloros|indoloras|sin dolor', 'doloroso|dolorosa|dolorosos|dolorosas'],
    zh: ['无痛|不痛|不疼', '疼痛的|很痛|很疼'],
  },
  // a package still sealed or opened ("unopened products can be returned" → "productos abiertos")
  sealed: {
    // (and a thing sealed in a bag: "seal them in a bag" → "kantong terbuka")
    en: [
      'unopened|still sealed|seal them|seal it|sealed bag|sealed bags|sealed container',
      'opened|already opened|open bag|open container',
    ],
    id: ['belum dibuka|masih tersegel|tersegel|kantong tertutup|wadah tertutup', 'sudah dibuka|telah dibuka|dibuka|terbuka'],
    de: [
      'ungeöffnet|ungeöffnete|ungeöffneten|ungeöffneter|originalverpackt|originalverpackte|originalverpackten',
      'geöffnet|geöffnete|geöffneten|geöffneter|angebrochen|angebrochene|angebrochenen',
    ],
    fr: [
      'non ouvert|non ouverts|non ouverte|non ouvertes|non entamé|non entamés|non entamée|non entamées|scellé|scellés|scellée|scellées',
      'ouvert|ouverts|ouverte|ouvertes|entamé|entamés|entamée|entamées',
    ],
    es: ['sin abrir|precintado|precintados|precintada|precintadas|sellado|sellados|sellada|selladas', 'abierto|abiertos|abierta|abiertas'],
  },
  // (not "tidur" alone: "pakaian tidur", "tempat tidur" are nightwear and a bed)
  // (and sleepy: "keeps you awake at night" → "membuat Anda mengantuk")
  sleep: {
    en: ['awake|wide awake', 'asleep|sleepy|drowsy'],
    id: ['terjaga|berjaga|tetap bangun|tidak tidur', 'tertidur|sedang tidur|mengantuk'],
    de: ['wach|hellwach', 'eingeschlafen|schlafend|schläfrig|müde'],
    fr: ['éveillé|éveillée|éveillés|éveillées', 'endormi|endormie|endormis|endormies|somnolent|somnolente|somnolents'],
    es: ['despierto|despierta|despiertos|despiertas', 'dormido|dormida|dormidos|dormidas|somnoliento|somnolienta|somnolientos'],
    zh: ['清醒|醒着', '睡着|入睡|熟睡|昏睡|困倦|犯困'],
  },
  // a medicine that makes one sleepy or keeps one awake ("can cause drowsiness" → "une insomnie")
  sleepiness: {
    en: ['drowsiness|drowsy|sleepy|sleepiness', 'insomnia|sleeplessness|trouble sleeping|difficulty sleeping'],
    id: ['kantuk|mengantuk|ngantuk', 'insomnia|sulit tidur|susah tidur'],
    de: ['müdigkeit|schläfrigkeit|schläfrig|müde', 'schlaflosigkeit|schlafstörungen|schlafprobleme'],
    fr: ['somnolence|somnolent|somnolente|somnolents', 'insomnie|insomnies|troubles du sommeil'],
    es: ['somnolencia|somnoliento|somnolienta|somnolientos|sueño', 'insomnio|dificultad para dormir'],
    zh: ['嗜睡|困倦|犯困|昏昏欲睡', '失眠|难以入睡|入睡困难'],
  },
  // lenses, needles, filters, solution ("use fresh solution" → "gunakan larutan bekas")
  // (not "used" and "new": "can be used by new users" is "dapat digunakan oleh pengguna baru")
  freshness: {
    // (a phrase's words may stand hyphenated: "second hand" is "second-hand" too)
    en: ['fresh|unused|brand new', 'second hand|secondhand|pre owned|reused|already used'],
    id: ['segar|baru|belum dipakai|belum digunakan', 'bekas|sudah dipakai|sudah digunakan'],
    de: [
      'frisch|frische|frischen|unbenutzt|unbenutzte|unbenutzten|ungebraucht|ungebrauchte|ungebrauchten',
      'gebraucht|gebrauchte|gebrauchten|benutzt|benutzte|benutzten',
    ],
    fr: ['frais|fraîche|neuf|neuve|neufs|neuves|inutilisé|inutilisée|inutilisés', 'usagé|usagée|usagés|usagées|d occasion'],
  },
  // a flight's two ends ("until the flight has taken off" → "sampai pesawat mendarat")
  // (not "land" and "berangkat": the land, and leaving on foot)
  flight: {
    en: ['take off|takes off|taken off|took off|taking off|takeoff|take-off', 'lands|landed|landing|touches down|touched down|touchdown'],
    id: ['lepas landas|tinggal landas', 'mendarat|pendaratan'],
  },
  // where a thing is fitted in a room ("fit the alarm on the ceiling" → "pasang alarm di lantai")
  // (not "atap": a roof)
  ceiling: {
    en: ['ceiling|ceilings', 'floor|floors'],
    id: ['langit langit|plafon|plafond', 'lantai'],
  },
  // a sound, a voice ("sound loudly" → "berbunyi pelan")
  loudness: {
    // (and a machine quieter or louder: "Quiet mode is quieter" → "噪音更大")
    // (and music soft or loud, a volume turned down: "soft music" → "musik yang keras", "Music must be
    // turned down" → "lauter gestellt")
    en: [
      'loud|loudly|aloud|louder|noisier|loud music',
      'quietly|softly|silently|quieter|soft music|quiet music|soft sound|soft sounds|soft background|turned down|turn down|turns down',
    ],
    id: [
      'keras|dengan keras|nyaring|kencang|lantang|lebih bising|lebih berisik',
      'pelan pelan|pelan|dengan pelan|lirih|dengan lirih|dengan tenang|tanpa suara|lebih senyap|lebih tenang',
    ],
    // (and a snore or a voice loud or soft: "snore loudly" → "leise schnarchen"; not "laut" alone, also "according to")
    de: ['lauter|lauteren', 'leiser|leiseren|leise'],
    fr: ['plus bruyant|plus bruyante|plus fort', 'plus silencieux|plus silencieuse|à voix basse|tout bas'],
    es: ['más ruidoso|más ruidosa|más fuerte', 'más silencioso|más silenciosa|en voz baja'],
    // (and a sound loud or soft: "soft background sound" → "响亮的背景声音")
    zh: ['噪音更大|更吵|更大声|响亮', '噪音更小|更安静|更小声|轻柔的背景|轻柔的声音|轻柔的音乐|柔和的声音|柔和的音乐'],
  },
  // the day a thing happens, said without a date ("expected to peak tonight" → "besok malam")
  // (and the same day against the next: "ready the same day" → "am nächsten Tag fertig")
  todayTomorrow: {
    // (and the following week, later still: "See a doctor on the same day" → "la semaine suivante")
    en: [
      'today|tonight|the same day|same day|same-day|the same evening|same evening',
      'tomorrow|the next day|next day|next-day|the following day|the following week|the next week|the next morning|the following morning',
    ],
    id: [
      'hari ini|malam ini|pagi ini|siang ini|sore ini|hari yang sama|di hari yang sama|pada hari yang sama|hari itu juga',
      'besok|esok|esok hari|hari berikutnya|keesokan harinya|keesokan hari|minggu berikutnya|minggu depan',
    ],
    // (not "morgen", also the morning)
    de: [
      'heute|am selben tag|am gleichen tag|noch am selben tag|noch am gleichen tag|am selben abend|noch am selben abend|am gleichen abend',
      'am nächsten tag|am folgenden tag|am tag darauf|am nächsten morgen|in der folgenden woche|in der nächsten woche',
    ],
    fr: ["aujourd'hui|ce soir|le jour même|le même jour", 'demain|le lendemain|le jour suivant|la semaine suivante|la semaine prochaine'],
    es: [
      'hoy|esta noche|el mismo día|ese mismo día|del mismo día',
      'al día siguiente|el día siguiente|del día siguiente|mañana|la semana siguiente|la próxima semana',
    ],
  },
  // a symptom at rest against one on exertion ("short of breath at rest" → "essoufflé pendant l'effort")
  exertion: {
    en: [
      'at rest|while resting|when resting|even at rest',
      'on exertion|during exertion|with exertion|when exercising|during exercise|on exercise',
    ],
    id: [
      'saat istirahat|saat beristirahat|ketika beristirahat|bahkan saat istirahat',
      'saat beraktivitas|saat berolahraga|ketika beraktivitas|ketika berolahraga|saat mengerahkan tenaga',
    ],
    de: ['in ruhe|im ruhezustand|selbst in ruhe', 'bei belastung|unter belastung|bei anstrengung|bei körperlicher anstrengung'],
    fr: ['au repos|même au repos', "à l'effort|pendant l'effort|lors d'un effort|pendant un effort|à l'exercice"],
    es: ['en reposo|incluso en reposo', 'al hacer esfuerzo|durante el esfuerzo|con el esfuerzo|al hacer ejercicio|durante el ejercicio'],
    zh: ['静息时|休息时|静止时|安静时', '运动时|活动时|用力时|劳累时'],
  },
  todayYesterday: {
    en: ['today|tonight', 'yesterday|last night'],
    id: ['hari ini|malam ini|pagi ini|siang ini|sore ini', 'kemarin|tadi malam'],
    de: ['heute|heute abend', 'gestern|gestern abend'],
    fr: ["aujourd'hui|ce soir", 'hier|hier soir'],
    es: ['hoy|esta noche', 'ayer|anoche'],
  },
  tomorrowYesterday: {
    en: ['tomorrow', 'yesterday|last night'],
    id: ['besok|esok|esok hari', 'kemarin|tadi malam'],
    fr: ['demain', 'hier|hier soir'],
  },
  // the two parts of an arm ("around your upper arm" → "di sekitar lengan bawah")
  arm: {
    en: ['upper arm|upper arms', 'forearm|forearms|lower arm|lower arms'],
    id: ['lengan atas', 'lengan bawah'],
  },
  // how often ("a pork-free option is always offered" → "parfois proposée")
  // ("toujours" and "immer noch" are also "still": see NOT_OPPOSITES)
  always: {
    en: ['always|at all times', 'sometimes|occasionally|at times'],
    id: ['selalu|senantiasa|setiap saat|sepanjang waktu', 'kadang|kadang kadang|terkadang|sesekali|kadangkala'],
    de: ['immer|stets', 'manchmal|gelegentlich|ab und zu'],
    // (and at all times, now and then: "at all times" → "de vez en cuando")
    fr: ['toujours|en permanence|à tout moment', 'parfois|quelquefois|de temps en temps|de temps à autre'],
    es: ['siempre|en todo momento', 'a veces|en ocasiones|ocasionalmente|de vez en cuando'],
  },
  // never made always, where a negation kept elsewhere in the sentence hides the loss ("Never store
  // keys in your code or share them" → "Speichern Sie Schlüssel immer … und geben Sie sie nicht …")
  never: {
    en: ['never', 'always|at all times'],
    id: ['tidak pernah|tak pernah|jangan pernah|jangan sekali kali', 'selalu|senantiasa'],
    de: ['nie|niemals', 'immer|stets'],
    fr: ['jamais', 'toujours'],
    es: ['nunca|jamás', 'siempre'],
  },
  // at any time made never ("You can stop a session at any time" → "Sie können … nie … beenden")
  anytime: {
    en: ['at any time|anytime|at any moment', 'never'],
    id: ['kapan saja|kapan pun|sewaktu waktu', 'tidak pernah|tak pernah|jangan pernah'],
    de: ['jederzeit|zu jeder zeit', 'nie|niemals'],
    es: ['en cualquier momento|cuando quiera|cuando quieras', 'nunca|jamás'],
  },
  // the period before and the one after ("by the 25th of the previous month" → "du mois suivant")
  // (not "last" and "next to": the order pair's, and beside)
  sequence: {
    en: ['previous|preceding', 'next|following|subsequent'],
    // (and a count of the last days or of the days ahead: "the next 30 days" → "30 hari terakhir")
    id: [
      'sebelumnya|hari terakhir|minggu terakhir|bulan terakhir|tahun terakhir|jam terakhir',
      'berikutnya|selanjutnya|mendatang|hari ke depan|minggu ke depan|bulan ke depan|tahun ke depan|jam ke depan',
    ],
    de: [
      'vorherigen|vorherige|vorheriger|vorhergehenden|vorhergehende|vorigen|vorige|vergangenen',
      'nächsten|nächste|nächster|folgenden|folgende|kommenden|kommende',
    ],
    fr: ['précédent|précédente|précédents|précédentes', 'suivant|suivante|suivants|suivantes|prochain|prochaine'],
    es: ['anterior|anteriores', 'siguiente|siguientes|próximo|próxima'],
  },
  // where food is kept cold: the fridge and the freezer ("four days in the fridge, six months in the
  // freezer" → "quatre jours au congélateur et six mois au réfrigérateur")
  coldStore: {
    en: ['fridge|fridges|refrigerator|refrigerators|refrigerated|fridge compartment', 'freezer|freezers|frozen|freezer compartment'],
    id: ['kulkas|lemari es|lemari pendingin|didinginkan', 'freezer|lemari pembeku|pembeku|dibekukan|beku'],
    de: [
      'kühlschrank|kühlschranks|kühlschrankfach|gekühlt',
      'gefrierschrank|gefrierschranks|gefrierfach|tiefkühlfach|tiefkühltruhe|tiefgefroren|eingefroren|gefroren',
    ],
    fr: ['réfrigérateur|frigo|frigidaire|réfrigéré|réfrigérée', 'congélateur|congelé|congelée|congelés|congelées|surgelé|surgelés'],
    es: ['nevera|frigorífico|refrigerador|refrigerado|refrigerada', 'congelador|congelado|congelada|congelados|congeladas'],
  },
  // this year and the next ("points expire at the end of the following year" → "在当年年底过期")
  // the same week or month against the next ("join another group the same week" → "la semana siguiente")
  thisNextWeek: {
    en: [
      'this week|the same week|this month|the same month',
      'next week|the following week|the week after|next month|the following month|the month after',
    ],
    id: [
      'minggu ini|minggu yang sama|pekan ini|pekan yang sama|bulan ini|bulan yang sama',
      'minggu depan|minggu berikutnya|pekan depan|pekan berikutnya|bulan depan|bulan berikutnya',
    ],
    de: [
      'diese woche|dieser woche|derselben woche|der gleichen woche|diesen monat|diesem monat|desselben monats|im selben monat|im gleichen monat',
      'nächste woche|nächsten woche|der folgenden woche|nächsten monat|nächsten monats|im folgenden monat|des folgenden monats',
    ],
    fr: [
      'cette semaine|la même semaine|ce mois ci|le même mois',
      'la semaine prochaine|la semaine suivante|le mois prochain|le mois suivant',
    ],
    es: [
      'esta semana|la misma semana|esa misma semana|este mes|el mismo mes|ese mismo mes',
      'la semana siguiente|la próxima semana|la semana que viene|el mes siguiente|el próximo mes|el mes que viene',
    ],
    zh: ['本周|这周|同一周|当周|本月|当月|同月', '下周|下一周|次周|下个月|下月|次月'],
  },
  thisNextYear: {
    en: ['this year|the current year|the same year', 'next year|the following year|the year after'],
    id: ['tahun ini|tahun yang sama|tahun berjalan', 'tahun depan|tahun berikutnya'],
    de: [
      'dieses jahr|dieses jahres|des laufenden jahres|im laufenden jahr|im selben jahr|desselben jahres',
      'nächstes jahr|nächsten jahres|des folgenden jahres|im folgenden jahr|im nächsten jahr|folgejahr|folgejahres',
    ],
    fr: ["cette année|l'année en cours|la même année", "l'année prochaine|l'année suivante"],
    es: ['este año|el mismo año|el año en curso|del año en curso', 'el próximo año|el año siguiente|del año siguiente|el año que viene'],
    zh: ['当年|今年|本年|同年', '次年|明年|第二年|翌年|下一年'],
  },
  // the lowest floor and the top one ("at the office on the ground floor" → "im obersten Stockwerk")
  floorLevel: {
    en: ['ground floor|ground-floor|bottom floor|lowest floor', 'top floor|top-floor|highest floor|upper floor|uppermost floor'],
    id: ['lantai dasar|lantai satu|lantai paling bawah', 'lantai atas|lantai teratas|lantai paling atas|lantai tertinggi'],
    de: [
      'erdgeschoss|erdgeschosses|im parterre',
      'obersten stockwerk|obersten etage|oberste stockwerk|oberste etage|obergeschoss|dachgeschoss',
    ],
    fr: ['rez-de-chaussée', 'dernier étage|étage supérieur|plus haut étage'],
    es: ['planta baja|bajo', 'última planta|último piso|planta superior|piso superior'],
    zh: ['一楼|一层|首层|底层', '顶楼|顶层|最高层'],
  },
  // during a thing and after it ("photos may be taken after the game, but not during it" → "游戏过程中可以拍照")
  duringAfter: {
    en: ['during|throughout', 'after|afterwards'],
    de: ['während', 'nach|danach|nachdem|anschließend'],
    // (before an article only: "pendant deux minutes", "durante 50 minutos" are spans of time)
    // (and the hours that follow: "pendant les deux heures qui suivent le plombage" is after it)
    fr: [
      "pendant le|pendant la|pendant les|pendant l'|durant le|durant la|durant les|au cours de|au cours du",
      'après|qui suivent|qui suit',
    ],
    es: ['durante el|durante la|durante los|durante las', 'después|tras|siguientes a|posteriores a'],
    // ("selama" before a span of time is "for": "selama 5 menit"; passed over where it is)
    id: ['selama|sepanjang', 'setelah|sesudah|seusai|usai|pasca'],
    zh: ['过程中|期间|进行中|途中', '结束后|之后|以后'],
  },
  // how a message reaches you: a text message or an e-mail ("sent to you by text message" → "通过电子邮件")
  messageChannel: {
    // (the e-mail's words as the post's pair has them)
    // (and a phone's number a code is sent to: "sent to your email" → "dikirim ke nomor ponsel Anda")
    en: ['text message|text messages|by text|sms|phone number|mobile number|to your phone|to your mobile', 'e-mail|email|e-mails|emails'],
    id: ['sms|pesan singkat|pesan teks|nomor ponsel|nomor hp|nomor handphone|nomor telepon', 'email|e-mail|surel|surat elektronik'],
    de: ['sms|per sms|handynummer|mobilnummer|telefonnummer', 'e-mail|e-mails|email'],
    fr: ['sms|texto|textos|par sms|numéro de téléphone|numéro de portable', 'e-mail|courriel|courriels'],
    es: ['sms|mensaje de texto|mensajes de texto|número de teléfono|número de móvil', 'correo electrónico|correos electrónicos|email'],
    zh: ['短信|手机短信|手机号|手机号码', '电子邮件|邮件|电子邮箱'],
  },
  // a thing given away or sold ("donated to charity" → "akan dijual")
  // (not French "donné" nor "données": also given and data)
  giving: {
    en: ['donate|donated|donates|donating|donation|donations|give away|given away|gives away', 'sell|sells|sold|selling|resold|resell'],
    id: ['disumbangkan|menyumbangkan|sumbangkan|didonasikan|mendonasikan|donasi|sumbangan', 'dijual|menjual|jual|dijual kembali'],
    de: ['spenden|gespendet|spendet|spende|verschenkt|verschenken', 'verkauft|verkaufen|verkauft werden|weiterverkauft'],
    fr: ['faire don|fait don|dons|reversé|reversés|reversée|reversées', 'vendu|vendus|vendue|vendues|vendre|revendu|revendus'],
    es: [
      'donado|donados|donada|donadas|donar|donación|donaciones|regalado|regalados',
      'vendido|vendidos|vendida|vendidas|vender|revendido',
    ],
    zh: ['捐赠|捐给|捐献|捐出', '出售|卖掉|变卖|售出|转卖'],
  },
  // paid or done when an order is placed, or when it is collected ("paid when the order is placed"
  // → "dibayar saat pesanan diambil")
  orderOrCollect: {
    en: [
      'order is placed|order placed|orders are placed|when ordering|when you order|place your order|placing your order|place an order|placing an order',
      'collect|collected|collecting|collection|pick up|picked up|pickup|when collecting',
    ],
    // (each said of an order: "pemesanan", "Bestellung", "commande" alone are a booking too, "formulir pemesanan")
    id: ['pesanan dibuat|pesanan dilakukan|saat memesan|saat pemesanan|ketika memesan|waktu memesan', 'diambil|mengambil|pengambilan'],
    de: [
      'bei bestellung|bei der bestellung|beim bestellen|bestellung aufgeben|bestellung aufgegeben|bei auftragserteilung',
      'abholung|abholen|abgeholt|abholt|abzuholen',
    ],
    fr: [
      'à la commande|lors de la commande|au moment de la commande|passer commande|commande passée|commande est passée',
      'retrait|retirer|retiré|retirée|retirés|récupération|récupérer',
    ],
    es: [
      'al hacer el pedido|al realizar el pedido|hacer el pedido|realizar el pedido|se hace el pedido|se realiza el pedido|al pedir|al encargar',
      'recoger|recogida|recogido|recogidos|recoja|recogen',
    ],
    zh: ['下单|订购时|订货时', '取货|提货|领取|取件'],
  },
  // a thing that takes longer, or less time ("takes two weeks longer" → "dua minggu lebih cepat")
  takingLonger: {
    en: [
      'takes longer|take longer|taking longer|minutes longer|hours longer|days longer|weeks longer|months longer',
      'sooner|faster|quicker|takes less time|take less time|minutes shorter|hours shorter|days shorter|weeks shorter',
    ],
    id: ['lebih lama|lebih lambat', 'lebih cepat|lebih singkat|lebih awal'],
    de: ['länger|später', 'schneller|früher|kürzer'],
    fr: ['plus longtemps|plus long|plus tard|de plus', 'plus vite|plus rapidement|plus tôt|plus court|de moins'],
    es: ['más tiempo|más largo|más tarde', 'más rápido|más pronto|antes|menos tiempo|más corto'],
    zh: ['更长|更久|更晚', '更快|更早|提前|更短'],
  },
  // a reduced rate or the full one ("at a reduced rate" → "au tarif plein", "at half price" → "a precio completo")
  fareLevel: {
    en: [
      'reduced rate|reduced rates|reduced price|reduced fare|reduced fee|concession|concessions|concessionary|discounted|half price|half-price|half the price',
      // (and a rate by the day in full: "charged at the full daily rate" → "a media tarifa diaria")
      'full rate|full price|full fare|full fee|standard rate|standard fare|full-price|full daily rate|full hourly rate|full nightly rate',
    ],
    id: [
      'tarif diskon|harga diskon|tarif khusus|tarif potongan|harga khusus|tarif murah|setengah harga|separuh harga',
      'tarif penuh|harga penuh|tarif normal|harga normal',
    ],
    de: [
      'ermäßigt|ermäßigte|ermäßigten|ermäßigter|ermäßigung|vergünstigt|vergünstigte|vergünstigten|zum halben preis|halben preis|halbpreis',
      'voller preis|vollen preis|vollpreis|normalpreis|regulärer preis|regulären preis|normaltarif|vollen tarif',
    ],
    fr: [
      'tarif réduit|prix réduit|réduction|demi tarif|tarif préférentiel|moitié prix|à moitié prix',
      'tarif plein|plein tarif|prix plein|tarif normal|prix normal',
    ],
    es: [
      'tarifa reducida|precio reducido|tarifa bonificada|precio rebajado|mitad de precio|a mitad de precio|medio precio|media tarifa|mitad de la tarifa',
      'tarifa completa|precio completo|tarifa normal|precio normal|tarifa general|tarifa diaria completa',
    ],
    zh: ['优惠价|折扣价|半价|优惠票', '全价|原价|全票'],
  },
  // a thing unused or used ("must be unused" → "必须已使用过")
  // (not "new", "neuf", "nuevo": also new as against old, nine, and again)
  usedness: {
    en: ['unused|unworn|unopened', 'used|worn|opened|second hand|second-hand'],
    id: [
      'belum dipakai|belum digunakan|tidak terpakai|belum terpakai|belum dibuka|masih tersegel',
      'sudah dipakai|sudah digunakan|pernah dipakai|pernah digunakan|bekas|sudah dibuka',
    ],
    de: [
      'unbenutzt|unbenutzte|unbenutzten|ungebraucht|ungebrauchte|ungeöffnet|ungeöffnete|originalverpackt',
      'benutzt|benutzte|getragen|getragene|geöffnet|geöffnete',
    ],
    fr: [
      'non utilisé|non utilisée|non utilisés|non utilisées|inutilisé|inutilisée|inutilisés|inutilisées|non ouvert|non porté',
      'utilisé|utilisée|utilisés|utilisées|usagé|usagée|usagés|usagées|porté|portés|ouvert|ouverts',
    ],
    es: [
      // (and "no utilizados", as French "non utilisés": "Unused kilometres" → "Los kilómetros no utilizados")
      'sin usar|sin utilizar|sin abrir|precintado|precintada|no usado|no usada|no usados|no usadas|no utilizado|no utilizada|no utilizados|no utilizadas',
      'usado|usada|usados|usadas|utilizado|utilizada|utilizados|abierto|abierta',
    ],
    zh: ['未使用|未经使用|未用过|未拆封|未开封', '已使用过|已使用|使用过|用过|已拆封|已开封'],
  },
  // a thing left unwashed or washed ("returned unwashed" → "dalam keadaan sudah dicuci")
  // (a side's negation beside the other's word: "nicht gewaschen", "non lavé" say both, no fewer)
  washing: {
    en: ['unwashed|uncleaned|not washed|without washing', 'washed|laundered|cleaned'],
    id: [
      'belum dicuci|tidak dicuci|tanpa dicuci|tanpa mencuci|tidak perlu dicuci|belum dibersihkan',
      'sudah dicuci|telah dicuci|sudah dibersihkan|telah dibersihkan',
    ],
    de: [
      'ungewaschen|ungewaschene|ungewaschenen|ungewaschener|ungereinigt|ungereinigte|ungereinigten|nicht gewaschen|nicht gereinigt',
      'gewaschen|gewaschene|gewaschenen|gereinigt|gereinigte|gereinigten',
    ],
    fr: [
      'non lavé|non lavée|non lavés|non lavées|pas lavé|pas lavés|sans les laver|sans le laver|sans la laver',
      'lavé|lavée|lavés|lavées|nettoyé|nettoyée|nettoyés|nettoyées',
    ],
    es: ['sin lavar|no lavado|no lavada|no lavados|no lavadas|sin limpiar', 'lavado|lavada|lavados|lavadas'],
    zh: ['未洗|未清洗|无需清洗|不用清洗|不要清洗|不必清洗', '已清洗|已洗|洗净|洗干净|清洗干净'],
  },
  // the ground floor and a numbered one above it ("on the ground floor" → "im ersten Stock"); never
  // the first floor, which is the ground floor in American English and in Latin America
  groundOrAbove: {
    en: [
      'ground floor|ground-floor',
      'second floor|third floor|fourth floor|fifth floor|sixth floor|2nd floor|3rd floor|4th floor|5th floor|6th floor',
    ],
    id: ['lantai dasar|lantai satu|lantai 1', 'lantai dua|lantai tiga|lantai empat|lantai lima|lantai 2|lantai 3|lantai 4|lantai 5'],
    de: [
      'erdgeschoss|erdgeschosses|parterre',
      'ersten stock|ersten stockwerk|ersten obergeschoss|ersten etage|zweiten stock|zweiten stockwerk|zweiten obergeschoss|zweiten etage|dritten stock|dritten stockwerk|dritten etage|vierten stock|vierten etage',
    ],
    fr: [
      'rez-de-chaussée|rez de chaussée',
      'premier étage|deuxième étage|troisième étage|quatrième étage|second étage|1er étage|2e étage|3e étage',
    ],
    es: ['planta baja', 'segunda planta|segundo piso|tercera planta|tercer piso|cuarta planta|cuarto piso'],
    zh: ['一楼|一层|首层|底层', '二楼|三楼|四楼|五楼|二层|三层|四层|五层'],
  },
  // once, or many times ("allowed once per order" → "可多次换"; "as many times as necessary" → "una sola vez")
  // (not "once" alone: "once you have paid" is after it)
  timesOver: {
    en: [
      // (and twice, a count too: "can be renewed twice" → "可无限次续借", "berkali-kali")
      'once|once per|once a day|once a week|once a month|once a year|once each|only once|one time|a single time|twice|two times',
      'several times|many times|multiple times|repeatedly|more than once|as many times|as often as|an unlimited number of times|unlimited times',
    ],
    // (and more than once: "lebih dari satu kali", "不止一次")
    id: [
      'satu kali|sekali saja|hanya sekali|dua kali',
      'berkali kali|beberapa kali|berulang kali|berulang ulang|lebih dari satu kali|lebih dari sekali|tanpa batas|tak terbatas|tidak terbatas',
    ],
    de: [
      'nur einmal|einmal pro|einmal je|ein einziges mal|zweimal|zwei mal',
      'mehrmals|mehrfach|beliebig oft|wiederholt|so oft|mehr als einmal|unbegrenzt oft|unbegrenzt',
    ],
    fr: [
      'une seule fois|une fois par|deux fois',
      "plusieurs fois|à plusieurs reprises|autant de fois|de nombreuses fois|plus d'une fois|un nombre illimité de fois|à volonté|sans limite",
    ],
    es: [
      'una sola vez|una vez por|solo una vez|dos veces',
      'varias veces|muchas veces|repetidas veces|tantas veces|más de una vez|un número ilimitado de veces|ilimitadas veces|sin límite',
    ],
    zh: ['一次|两次', '多次|几次|数次|反复|无限次|不止一次|多于一次|无数次'],
  },
  // an exchange or a refund ("can only be exchanged, not refunded" → "只能退款，不能换货")
  // (not Spanish "cambio" alone, any change)
  exchangeRefund: {
    en: ['exchange|exchanged|exchanges|exchanging', 'refund|refunded|refunds|refunding|money back'],
    id: ['ditukar|menukar|penukaran|tukar', 'pengembalian dana|refund|uang kembali'],
    de: ['umtausch|umgetauscht|umtauschen|getauscht', 'erstattung|erstattet|rückerstattung|erstatten|geld zurück'],
    fr: ['échange|échangé|échangée|échangés|échangées|échanger', 'remboursement|remboursé|remboursée|remboursés|rembourser'],
    es: ['canje|canjear|canjeado|canjeados|canjeada', 'reembolso|reembolsado|reembolsada|reembolsar|devolución del dinero'],
    zh: ['换货|调换|更换', '退款|退钱'],
  },
  // how a place is reached: driven or walked ("a 10-minute shuttle ride" → "10 menit berjalan kaki")
  gettingThere: {
    en: ['shuttle|shuttle ride|shuttle bus|by bus|by car|by taxi|drive|by shuttle', 'walk|on foot|walking|walking distance'],
    id: [
      'naik shuttle|dengan shuttle|naik bus|dengan bus|naik mobil|dengan mobil|berkendara|naik taksi|dengan taksi',
      'berjalan kaki|jalan kaki',
    ],
    de: ['mit dem shuttle|mit dem bus|mit dem auto|mit dem taxi|autofahrt|busfahrt|fahrminuten', 'zu fuß|fußweg|fußminuten|gehminuten'],
    fr: ['en navette|en bus|en voiture|en taxi|de navette|de route', 'à pied|de marche'],
    es: ['en autobús|en lanzadera|en coche|en taxi|en traslado|en shuttle', 'a pie|andando|caminando'],
    zh: ['班车|乘车|开车|驾车|车程', '步行|走路'],
  },
  // sent to the home or collected in person ("sent to your home address" → "à retirer au consulat";
  // "collected from your home" → "自行送到门店")
  homeOrInPerson: {
    en: [
      'sent to your home|sent to your home address|delivered to your home|delivered to your door|home delivery|posted to you|from your home|from your door',
      'collect|collected|collecting|pick up|picked up|in person',
    ],
    id: [
      'dikirim ke rumah|dikirim ke alamat rumah|dikirim ke alamat anda|diantar ke rumah|dijemput di rumah|dari rumah anda',
      'diambil sendiri|ambil sendiri|mengambil sendiri|secara langsung|datang sendiri',
    ],
    de: [
      'nach hause geschickt|nach hause gesendet|an ihre adresse|an ihre wohnadresse|zugeschickt|zugesandt|bei ihnen zu hause|von zu hause',
      'abholen|abgeholt|abzuholen|persönlich',
    ],
    fr: [
      'envoyé à votre domicile|envoyés à votre domicile|envoyée à votre domicile|envoyées à votre domicile|livré à domicile|livrés à domicile|envoyé chez vous|envoyés chez vous|à votre domicile',
      'à retirer|retirer|récupérer|en personne',
    ],
    es: [
      'enviado a su domicilio|enviados a su domicilio|enviada a su domicilio|a domicilio|enviado a su casa|en su domicilio',
      'recoger|recogido|recogidos|recogida|en persona',
    ],
    zh: ['寄到|邮寄到|送到家|寄送到|上门取件|上门', '自取|自行领取|自行送|送到门店|到店|亲自'],
  },
  // a thing given back or kept ("returned to you" → "conservé par le consulat")
  // (not French "rendu" alone: also made, "rendu propre")
  returnedOrKept: {
    en: [
      // (and one returned after another act: "paid on signing and returned within 15 days")
      // (and told to give it back: "Return your empty gallons to the driver" → "Simpan galon kosong Anda")
      'returned to you|given back to you|given back|handed back|returned to the owner|returned to|be returned|are returned|is returned|and returned|return your|return the|return them|return it',
      'kept by|retained by|kept|keeps|keep|retained|retains|thrown away|disposed of|discarded',
    ],
    // (and thrown away: "parts replaced are returned to you" → "dibuang oleh bengkel")
    id: [
      'dikembalikan|dikembalikan kepada anda|diserahkan kembali|kembalikan|kembalikanlah',
      'disimpan|ditahan|dibuang|dimusnahkan|simpan|simpanlah',
    ],
    de: ['zurückgegeben|zurückgeschickt|zurückerhalten|ausgehändigt', 'einbehalten|behalten|aufbewahrt|entsorgt|weggeworfen'],
    fr: [
      'vous sera rendu|vous sera rendue|vous seront rendus|vous seront rendues|vous est rendu|vous est rendue|vous sont rendus|vous sont rendues|restitué|restitués|restituée|restituées|renvoyé|renvoyés|retourné|retournés',
      'conservé|conservés|conservée|conservées|gardé|gardés|gardée|gardées|jeté|jetés|jetée|jetées|détruit|détruits|détruite|détruites',
    ],
    // (and said in the present: "the seller keeps the deposit" → "la parte vendedora devuelve las arras")
    // (and in the subjunctive: "after the dress is returned" → "después de que el vestido se devuelva")
    es: [
      'devuelto|devueltos|devuelta|devueltas|restituido|devuelve|devuelven|devolverá|devolverán|devuelva|devuelvan',
      'conservado|conservados|retenido|retenidos|guardado|guardados|tirado|tirados|tirada|tiradas|desechado|desechados|destruido|destruidos|se queda con|se quedará con|se quedan con|conserva|conservará|retiene|retendrá',
    ],
    zh: ['退还|归还|返还', '保留|留存|扣留|丢弃|扔掉|销毁'],
  },
  // a thing of one's own or shared ("each dog has its own kennel" → "cada perro comparte caseta")
  // (not French "propre" alone on the other side: also clean)
  // (and private against shared: "the kitchen is shared" → "la cuisine est privée"; French "propre"
  // only after a possessive, "son propre cadenas": "laissée propre" is left clean)
  ownOrShared: {
    en: [
      'its own|their own|your own|his own|her own|private|separate room|separate bedroom|separate bathroom|separate entrance|separate kitchen',
      'shared|share|shares|sharing',
    ],
    id: ['sendiri|milik sendiri|masing masing|pribadi', 'berbagi|dipakai bersama|digunakan bersama'],
    de: ['eigene|eigenen|eigener|eigenes|eigenem|privat|private|privaten|privates', 'teilen|teilt|geteilt|geteilte|geteilten'],
    fr: [
      'son propre|sa propre|ses propres|votre propre|vos propres|leur propre|leurs propres|notre propre|nos propres|mon propre|ma propre|mes propres|privé|privée|privés|privées|privatif|privative',
      'partagé|partagée|partagés|partagées|partager|partage|partagent|commun|commune|communs|communes',
    ],
    // (not Spanish "personal" alone: also the staff)
    es: [
      'propio|propia|propios|propias|privado|privada|privados|privadas|personales|de uso personal',
      'comparte|comparten|comparta|compartan|compartimos|compartida|compartido|compartidas|compartidos|compartir',
    ],
    zh: ['自己的|独立的|单独的|私人|独用', '共用|合用|共享|分享'],
  },
  // the usual one or a new one ("your dog's usual food" → "comida nueva")
  // (not Indonesian "baru" alone: also "only then"; not Chinese "新" alone)
  usualOrNew: {
    en: ['usual|the usual|your usual', 'new'],
    id: ['biasa|yang biasa|seperti biasa', 'yang baru'],
    de: ['gewohnt|gewohnte|gewohnten|übliche|üblichen|üblicher|gewöhnliche', 'neue|neuen|neues|neuer'],
    fr: ['habituel|habituelle|habituels|habituelles', 'nouveau|nouvelle|nouveaux|nouvelles'],
    es: ['habitual|habituales|de siempre', 'nueva|nuevo|nuevas|nuevos'],
  },
  // exempt from a tax or a fee, or liable to it ("Guide dogs are exempt from the tax" → "steuerpflichtig")
  exemption: {
    en: ['exempt|exempted|exemption|exempts', 'liable|taxable|chargeable|must pay|have to pay|has to pay|subject to'],
    id: [
      'dibebaskan|bebas dari|dikecualikan|pembebasan',
      'wajib membayar|wajib bayar|dikenai pajak|kena pajak|tunduk pada|wajib mengikuti',
    ],
    de: [
      'befreit|steuerfrei|gebührenfrei|befreiung',
      'steuerpflichtig|gebührenpflichtig|zahlungspflichtig|müssen zahlen|müssen bezahlen|unterliegen|unterliegt',
    ],
    fr: [
      'exonéré|exonérés|exonérée|exonérées|exonération|dispensé|dispensés|dispensée|dispensées|exempté|exemptés',
      'assujetti|assujettis|assujettie|redevable|redevables|imposable|imposables|doivent payer|soumis à|soumise à|soumis aux|soumises à|soumises aux',
    ],
    es: [
      'exento|exentos|exenta|exentas|exención|exonerado|exonerados',
      'sujeto al impuesto|sujetos al impuesto|obligados a pagar|deben pagar|tributan|sujeto a|sujetos a|sujeta a|sujetas a',
    ],
    zh: ['免征|免税|免除|豁免', '需缴纳|须缴纳|应缴纳|需缴'],
  },
  // worn or kept in view or out of sight ("worn visibly on the collar" → "unsichtbar")
  // (not "covered": also insured; not "visible" alone, "no visible damage", nor "hidden", the
  // display's pair "visibility")
  inView: {
    // (and hidden from someone, kept from their sight: "hidden from your employer" → "sichtbar")
    en: [
      'visibly|clearly visible|in view|on display|be visible|is visible|are visible',
      'invisible|invisibly|out of sight|concealed|hidden from',
    ],
    id: ['terlihat|kelihatan|jelas terlihat|mudah terlihat', 'tersembunyi|tidak terlihat|disembunyikan|tak terlihat'],
    de: ['sichtbar|gut sichtbar|deutlich sichtbar', 'unsichtbar|versteckt|verdeckt|verborgen'],
    fr: ['visible|visibles|bien en vue|en évidence', 'invisible|invisibles|caché|cachée|cachés|cachées|dissimulé|dissimulée'],
    es: ['visible|visibles|a la vista|bien visible', 'invisible|invisibles|oculto|oculta|ocultos|ocultas|escondido|escondida'],
    zh: ['可见|显眼|醒目|明显位置', '隐藏|看不见|不可见|隐蔽'],
  },
  // registered or deregistered ("you must deregister it" → "ihn anmelden")
  // (not Spanish "alta" and "baja" alone: also high and low)
  registration: {
    en: [
      'register|registered|registering|registration',
      'deregister|deregistered|deregistering|deregistration|unregister|unregistered|cancel your registration|cancel the registration|cancel their registration|cancel registration',
    ],
    id: ['mendaftar|mendaftarkan|didaftarkan|pendaftaran', 'mencabut pendaftaran|membatalkan pendaftaran|menghapus pendaftaran'],
    de: ['anmelden|angemeldet|anmeldung|registrieren|registriert', 'abmelden|abgemeldet|abmeldung'],
    fr: [
      'inscrire|inscrit|inscrite|inscrits|inscription|immatriculer|immatriculé',
      'désinscrire|désinscrit|désinscription|radier|radié|radiation',
    ],
    es: [
      'registrar|registrado|registrada|inscribir|inscrito|inscrita|dar de alta|darse de alta',
      'dar de baja|darse de baja|anular el registro',
    ],
    zh: ['登记|注册|办理登记', '注销|撤销登记'],
  },
  // one for each or one for all ("45 minutes per unit" → "45 menit untuk semua unit")
  // (not "each", which a careful translation may say as "all": "Each room has a TV" → "Semua kamar")
  perOrTotal: {
    en: ['per', 'in total|altogether|combined|for all'],
    // (not "setiap", "cada", "每": also every)
    id: ['per', 'semua|seluruh|secara keseluruhan|untuk semua'],
    de: ['pro|je', 'insgesamt|für alle|zusammen'],
    fr: ['par', "au total|en tout|pour l'ensemble|pour tous|pour toutes"],
    es: ['por', 'en total|para todos|para todas'],
  },
  // points or money taken off or added ("points deducted" → "poin … ditambahkan")
  deduction: {
    // (a sum "credited towards" a price is taken off it: "déduits du prix d'achat")
    en: [
      // (and a sum less what is taken off, against plus it: "returned, less any repair costs" →
      // "zuzüglich etwaiger Reparaturkosten")
      'deducted|deduct|deducts|deducting|deduction|subtracted|credited towards|credited against|offset against|less any|minus any|net of',
      'added|credited|added back|plus any',
    ],
    id: ['dikurangi|dipotong|dikurangkan|pemotongan', 'ditambahkan|ditambah|dikreditkan'],
    de: ['abgezogen|abziehen|abzuziehen|abzüglich|nach abzug', 'gutgeschrieben|hinzugefügt|addiert|zuzüglich'],
    fr: [
      'déduit|déduits|déduite|déduites|soustrait|soustraits|déduction faite|après déduction',
      'ajouté|ajoutés|ajoutée|ajoutées|crédité|crédités|majoré de|majorée de|en sus',
    ],
    es: ['descontado|descontados|deducido|deducidos|restado|restados|previa deducción', 'añadido|añadidos|sumado|sumados|abonado|abonados'],
    zh: ['扣除|扣减|扣回', '增加|加上|补回'],
  },
  // half of a thing or the whole ("an extra half day" → "une journée entière supplémentaire")
  // (not German "ganz" alone: also quite)
  halfOrWhole: {
    en: ['half|half a|half day|half-day', 'whole|entire|whole day|full day|entire day'],
    id: ['setengah|separuh|setengah hari', 'seluruh|sehari penuh|seharian'],
    de: ['halb|halbe|halben|halber|halbes|hälfte|halbtags', 'ganze|ganzen|ganzer|ganzes|ganztags|vollen tag'],
    fr: ['demi|demie|moitié|demi journée', 'entier|entière|entiers|entières|journée entière|journée complète'],
    es: ['medio|media|mitad|medio día|media jornada', 'entero|entera|enteros|enteras|jornada completa|día completo'],
    zh: ['半天|一半|半价', '全天|整天|全价'],
  },
  // an event held or called off ("the market still takes place" → "fällt aus")
  // (not "held", "maintenu", "se mantiene": also payments held and a bonus kept, the pairs "holding" and "keeping")
  takingPlace: {
    en: [
      'takes place|take place|taking place|goes ahead|go ahead|still takes place',
      'cancelled|canceled|called off|is cancelled|are cancelled',
    ],
    id: ['tetap berlangsung|tetap diadakan|berlangsung|diadakan|dilaksanakan', 'dibatalkan|ditiadakan|batal'],
    de: [
      'findet statt|finden statt|stattfinden|stattfindet|findet trotzdem statt',
      'abgesagt|ausfallen|entfällt|entfallen|fällt aus|fallen aus',
    ],
    fr: ['a lieu|ont lieu|aura lieu|auront lieu|se tient|se tiennent', 'annulé|annulée|annulés|annulées'],
    es: [
      'tiene lugar|tienen lugar|se celebra|se celebran|se realiza',
      'cancelado|cancelada|cancelados|canceladas|suspendido|suspendida|suspendidos',
    ],
  },
  // an event put off to later against called off ("the charter is postponed free of charge" →
  // "包租将取消且不退款")
  postponement: {
    en: ['postponed|rescheduled|moved to another day|moved to another date|moved to a later date', 'cancelled|canceled|called off'],
    id: ['ditunda|dijadwalkan ulang|dipindahkan ke hari lain|dipindahkan ke tanggal lain', 'dibatalkan|batal'],
    de: ['verschoben|verlegt', 'abgesagt|storniert|gestrichen'],
    fr: ['reporté|reportée|reportés|reportées', 'annulé|annulée|annulés|annulées'],
    es: [
      'aplazado|aplazada|aplazados|aplazadas|pospuesto|pospuesta|reprogramado|reprogramada',
      'cancelado|cancelada|cancelados|canceladas',
    ],
    zh: ['改期|延期|推迟|顺延', '取消'],
  },
  // a thing handed over when collected against when returned ("a deposit … is paid when collecting"
  // → "Bei der Rückgabe wird eine Kaution … bezahlt")
  collectOrReturn: {
    en: [
      'when collecting|on collection|at collection|at pickup|at pick-up|when picking up|when you collect|when you pick up',
      'when returning|on return|at return|upon return|when you return|at drop-off|when dropping off',
    ],
    id: [
      'saat pengambilan|ketika mengambil|saat mengambil|pada saat pengambilan',
      'saat pengembalian|ketika mengembalikan|saat mengembalikan|pada saat pengembalian',
    ],
    de: ['bei der abholung|bei abholung|beim abholen', 'bei der rückgabe|bei rückgabe|beim zurückgeben'],
    fr: [
      'au retrait|lors du retrait|au moment du retrait',
      'au retour|lors du retour|à la restitution|lors de la restitution|au moment du retour',
    ],
    es: ['al recoger|en la recogida|a la recogida', 'al devolver|en la devolución|a la devolución'],
    zh: ['取货时|提车时|领取时|取件时', '归还时|还车时|退还时|交还时'],
  },
  // a game counted won against lost ("it counts as a loss" → "cuenta como victoria")
  gameOutcome: {
    en: ['as a win|a win|victory|victories|won the game|wins the game', 'as a loss|a loss|defeat|defeats|lost the game|loses the game'],
    id: ['kemenangan|menang', 'kekalahan|kalah'],
    de: ['sieg|siege|als sieg', 'niederlage|niederlagen|als niederlage'],
    fr: ['victoire|victoires|gagne la partie', 'défaite|défaites|perd la partie'],
    es: ['victoria|victorias|gana la partida', 'derrota|derrotas|pierde la partida'],
    zh: ['胜利|获胜|赢得比赛|判胜', '告负|判负|输掉'],
  },
  // a level above a threshold against below it ("stays above the threshold" → "unter dem Schwellenwert")
  thresholdSide: {
    en: [
      'above the threshold|over the threshold|above the limit|above the set level',
      'below the threshold|under the threshold|below the limit|below the set level',
    ],
    id: ['di atas ambang batas|melebihi ambang batas|di atas batas', 'di bawah ambang batas|di bawah batas'],
    de: [
      'über dem schwellenwert|über dem grenzwert|oberhalb des schwellenwerts',
      'unter dem schwellenwert|unter dem grenzwert|unterhalb des schwellenwerts',
    ],
    fr: [
      'au-dessus du seuil|au dessus du seuil|dépasse le seuil',
      'en dessous du seuil|en-dessous du seuil|au-dessous du seuil|sous le seuil',
    ],
    es: ['por encima del umbral|supera el umbral|sobre el umbral', 'por debajo del umbral|bajo el umbral'],
    zh: ['高于阈值|超过阈值|超出阈值', '低于阈值'],
  },
  // a dish without meat against one of meat ("show only vegetarian dishes" → "只显示肉类菜品")
  vegetarian: {
    en: ['vegetarian|vegan|meat-free|meatless|plant-based', 'meat dishes|meat dish|with meat|containing meat'],
    id: ['vegetarian|vegan|tanpa daging|nabati', 'berbahan daging|mengandung daging|dengan daging|hidangan daging'],
    de: [
      'vegetarisch|vegetarische|vegetarischen|vegan|vegane|veganen|fleischlos|fleischlose|fleischlosen',
      'fleischgerichte|fleischgericht|mit fleisch',
    ],
    fr: [
      'végétarien|végétarienne|végétariens|végétariennes|végan|végane|vegan|sans viande',
      'plats de viande|plat de viande|à base de viande|avec viande',
    ],
    es: [
      'vegetariano|vegetariana|vegetarianos|vegetarianas|vegano|vegana|veganos|veganas|sin carne',
      'platos de carne|plato de carne|con carne',
    ],
    zh: ['素食|素菜|纯素|无肉', '肉类|荤菜|肉食|含肉'],
  },
  // a feature that drains the battery against one that saves it ("uses more battery" → "更省电")
  batteryUse: {
    en: [
      'uses more battery|drains the battery|drains your battery|uses a lot of battery|battery-hungry',
      'saves battery|saves power|uses less battery|battery-saving',
    ],
    id: ['lebih boros baterai|boros baterai|menguras baterai', 'hemat baterai|lebih hemat baterai|menghemat baterai'],
    de: ['verbraucht mehr akku|mehr akku|belastet den akku|akkuintensiv', 'spart akku|schont den akku|akkuschonend|weniger akku'],
    fr: [
      'consomme plus de batterie|vide la batterie|consomme beaucoup de batterie|énergivore',
      'économise la batterie|consomme moins de batterie',
    ],
    es: ['consume más batería|gasta más batería|agota la batería', 'ahorra batería|consume menos batería'],
    zh: ['更耗电|耗电|费电', '更省电|省电'],
  },
  // fasting or fed ("on an empty stomach" → "después de comer")
  fasting: {
    // (and a meal eaten or skipped: "Eat a normal meal before donating" → "Sautez le repas")
    en: [
      'on an empty stomach|fasting|without eating|skip the meal|skip a meal|skip meals|skip breakfast',
      'after eating|after a meal|after meals|with food|with a meal|with meals|eat a meal|eat a normal meal|have a meal|eat something',
    ],
    id: [
      'perut kosong|dalam keadaan puasa|berpuasa|lewatkan makan|tanpa makan',
      'setelah makan|sesudah makan|bersama makanan|saat makan|makanlah|makan terlebih dahulu',
    ],
    de: ['nüchtern|auf nüchternen magen', 'nach dem essen|nach einer mahlzeit|zum essen|mit dem essen|zu den mahlzeiten'],
    fr: [
      "à jeun|l'estomac vide|sautez le repas|sauter le repas|sans manger",
      'après le repas|après avoir mangé|après les repas|au cours du repas|pendant le repas|prenez un repas|mangez quelque chose',
    ],
    es: [
      'en ayunas|con el estómago vacío|sáltese la comida|sin comer',
      'después de comer|después de las comidas|con las comidas|con comida|haga una comida|coma algo',
    ],
    zh: ['空腹', '饭后|餐后|随餐'],
  },
  // one's main home or a second one ("must be your main residence" → "su segunda residencia")
  residence: {
    en: ['main residence|main home|primary residence|principal residence|usual residence', 'second home|second residence|holiday home'],
    id: ['tempat tinggal utama|rumah utama|domisili utama', 'rumah kedua|tempat tinggal kedua|rumah liburan'],
    de: ['hauptwohnsitz|erstwohnsitz|hauptwohnung', 'zweitwohnsitz|nebenwohnsitz|zweitwohnung|ferienwohnung'],
    fr: ['résidence principale|domicile principal', 'résidence secondaire'],
    es: ['residencia habitual|vivienda habitual|residencia principal|domicilio habitual', 'segunda residencia|segunda vivienda'],
    zh: ['主要住所|常住地', '第二套住房|度假屋'],
  },
  // kept out of the sun or in it ("away from direct sunlight" → "di bawah sinar matahari langsung")
  sunlight: {
    en: [
      // (and a shaded place against a sunny one: "a cool, shaded place" → "un lugar cálido y soleado")
      'away from direct sunlight|away from sunlight|out of direct sunlight|out of the sun|in the shade|into the shade|in a shady place|shaded|shady',
      // (and sunlight itself: "Stress, sunlight and a weak immune system" → "Stress, Schatten und…")
      'in direct sunlight|in the sun|under the sun|in sunlight|in full sun|sunny|sunlight',
    ],
    id: [
      'jauh dari sinar matahari|terhindar dari sinar matahari|di tempat teduh|hindari sinar matahari|jauhkan dari sinar matahari',
      'di bawah sinar matahari|terkena sinar matahari|di bawah terik matahari|di tempat yang terkena sinar matahari',
    ],
    de: [
      'vor sonnenlicht geschützt|vor direktem sonnenlicht geschützt|vor direkter sonneneinstrahlung geschützt|im schatten|schattig|schattige|schattigen|schattiger|schattiges|schatten',
      'in der sonne|in die sonne|in direktem sonnenlicht|in der prallen sonne|sonnig|sonnige|sonnigen|sonniger|sonniges',
    ],
    fr: [
      "à l'abri de la lumière|à l'abri du soleil|à l'ombre|ombragé|ombragée",
      'au soleil|en plein soleil|exposé au soleil|exposée au soleil|ensoleillé|ensoleillée',
    ],
    es: ['protegido del sol|a la sombra|lejos de la luz solar', 'al sol|a pleno sol|expuesto al sol|bajo el sol|soleado|soleada'],
    zh: ['避光|避免阳光直射|阴凉处', '阳光直射下|阳光下|暴晒'],
  },
  // a place crowded or quiet ("less busy in the morning" → "plus fréquentée le matin")
  crowding: {
    en: ['busy|busier|busiest|crowded|more crowded', 'quiet|quieter|less busy|less crowded'],
    id: ['ramai|lebih ramai|padat|penuh sesak', 'sepi|lebih sepi|tidak terlalu ramai|lengang|lebih lengang'],
    de: ['überfüllt|belebt|stark besucht|mehr los|andrang', 'ruhiger|weniger voll|weniger los|weniger besucht'],
    fr: [
      'fréquenté|fréquentée|plus fréquenté|plus fréquentée|bondé|bondée|affluence',
      'calme|plus calme|moins fréquenté|moins fréquentée|tranquille|plus tranquille',
    ],
    es: [
      'concurrido|concurrida|más concurrido|más concurrida|abarrotado|abarrotada',
      'tranquilo|tranquila|más tranquilo|más tranquila|menos concurrido|menos concurrida',
    ],
    zh: ['拥挤|人多|繁忙', '人少|清静|不拥挤|空闲'],
  },
  // on time or late ("must be picked up on time" → "können später abgeholt werden")
  // (not French "à l'heure", also by the hour, nor Spanish "tarde" alone, also the afternoon)
  punctual: {
    en: ['on time|punctually|punctual', 'late|later|too late|delayed|behind schedule'],
    id: ['tepat waktu|sesuai jadwal', 'terlambat|telat|lebih lambat|belakangan'],
    de: ['pünktlich|rechtzeitig', 'später|verspätet|zu spät|verspätung'],
    fr: ['ponctuellement|à temps|ponctuel|ponctuelle', 'en retard|plus tard|trop tard'],
    es: ['puntualmente|a tiempo|puntual|puntuales', 'con retraso|más tarde|demasiado tarde|llegar tarde'],
    zh: ['准时|按时', '迟到|晚些|延迟|推迟|延后'],
  },
  // a thing rented or bought ("shoes can be rented at reception" → "doivent être achetés")
  // (not "rent" alone: also what a tenant pays; not Chinese "租" and "买" alone)
  rentOrBuy: {
    // (and sold, as a shop that rents says it: "memory cards are sold, not rented")
    en: [
      'rented|rents|rent out|rents out|hire|hired|rental|borrow|borrowed|can be rented|for hire',
      'buy|bought|purchase|purchased|for sale|sold|sell|sells',
    ],
    id: ['disewa|disewakan|menyewa|menyewakan|dipinjam|dipinjamkan|meminjam', 'dibeli|membeli|pembelian|dijual|menjual'],
    de: [
      'mieten|gemietet|vermietet|vermieten|ausleihen|ausgeliehen|leihen|geliehen',
      'kaufen|gekauft|erwerben|erworben|verkauft|verkaufen',
    ],
    fr: [
      'louer|loue|louent|loué|loués|louée|louées|emprunter|emprunté|empruntés',
      'acheter|acheté|achetés|achetée|achetées|achat|vendu|vendus|vendue|vendues|vend|vendent|vendre',
    ],
    es: [
      'alquilar|alquila|alquilan|alquilado|alquilados|alquilada|alquiladas|prestado|prestados',
      'comprar|comprado|comprados|comprada|compradas|se vende|se venden|vende|venden|vender|vendido|vendidos|vendida|vendidas',
    ],
    zh: ['租用|租借|出租|借用', '购买|购入|买下|出售'],
  },
  // skipping a queue or joining it ("book online to skip the queue" → "untuk ikut antre")
  queue: {
    en: [
      'skip the queue|skip the line|jump the queue|avoid the queue|avoid queues|without queuing',
      'join the queue|queue up|wait in line',
    ],
    // (the verb too, and its spelling with "i": "tanpa mengantre", "tanpa antri")
    id: [
      'tanpa antre|tanpa mengantre|tanpa perlu mengantre|tanpa harus mengantre|tanpa antri|tanpa mengantri|tidak perlu antre|tidak perlu mengantre|tidak usah antre|bebas antre|lewati antrean',
      'ikut antre|mengantre|ikut mengantre|mengantri|ikut antri',
    ],
    de: [
      'ohne anstehen|ohne anzustehen|ohne schlange zu stehen|ohne warteschlange|warteschlange überspringen',
      'anstehen|in der schlange stehen|schlange stehen',
    ],
    fr: ['sans faire la queue|éviter la file|éviter les files', 'faire la queue|faire la file'],
    es: ['sin hacer cola|sin colas|saltarse la cola|evitar las colas', 'hacer cola|esperar en la cola'],
    zh: ['免排队|无需排队|不用排队', '排队'],
  },
  // a surface smooth or rough ("shoes with smooth soles" → "mit rauen Sohlen")
  texture: {
    en: ['smooth|smooth soled', 'rough|textured|non slip|grippy'],
    id: ['halus|licin', 'kasar|bergerigi|anti selip'],
    de: ['glatt|glatte|glatten|glatter|glattem', 'rau|raue|rauen|rauer|griffig|griffige|griffigen|rutschfest|rutschfeste|rutschfesten'],
    fr: ['lisse|lisses', 'rugueux|rugueuse|rugueuses|antidérapant|antidérapante|antidérapants|antidérapantes'],
    es: ['liso|lisa|lisos|lisas', 'rugoso|rugosa|rugosos|rugosas|antideslizante|antideslizantes'],
    zh: ['光滑|平滑', '粗糙|防滑'],
  },
  // the day before or the day after ("reported the day before" → "signalées le lendemain")
  dayBeforeAfter: {
    en: ['the day before|the previous day|the evening before|the night before', 'the day after|the next day|the following day'],
    id: ['sehari sebelumnya|hari sebelumnya|malam sebelumnya', 'keesokan harinya|hari berikutnya|sehari setelahnya|sehari sesudahnya'],
    de: ['am vortag|am tag davor|am vorabend|tags zuvor', 'am folgetag|am tag danach|am nächsten tag|tags darauf'],
    fr: ['la veille|le jour précédent|la veille au soir', 'le lendemain|le jour suivant'],
    es: ['el día anterior|la víspera|la noche anterior', 'al día siguiente|el día siguiente|el día después'],
    zh: ['前一天|前一晚|头一天', '第二天|次日|翌日|后一天'],
  },
  // goods of the day before, sold off cheaper, against the day's own ("Day-old bread is sold at half
  // price" → "El pan del día se vende a mitad de precio")
  dayOld: {
    en: ["day - old|day old|yesterday's|from the day before|from yesterday", 'baked today|fresh today|freshly baked|baked this morning'],
    id: ['kemarin|dari hari sebelumnya|sisa kemarin', 'hari ini|baru dipanggang|segar hari ini'],
    de: [
      'vom vortag|von gestern|vortägig|vortägiges|vortägige',
      'von heute|tagesfrisch|tagesfrisches|tagesfrische|frisch gebacken|ofenfrisch',
    ],
    fr: ["de la veille|d'hier", 'du jour|frais du jour|sorti du four'],
    es: ['del día anterior|de ayer|del día antes', 'del día|de hoy|recién horneado|recién horneada|recién hecho'],
    zh: ['隔夜|隔天|前一天的|昨天的', '当天的|今天的|当日|新鲜出炉|现烤'],
  },
  // serving oneself against being served ("scanning at the self-service machines" → "di mesin layanan penuh")
  selfService: {
    en: ['self - service|self service|self - checkout|self checkout', 'full service|full - service|staffed|served by staff|at the counter'],
    id: ['swalayan|layanan mandiri|mandiri', 'layanan penuh|dilayani petugas|dilayani staf|di konter|di loket'],
    de: [
      'selbstbedienung|selbstbedienungskasse|selbstbedienungskassen|selbstbedienungsautomat|selbstbedienungsautomaten',
      'vollservice|mit bedienung|am schalter|am tresen',
    ],
    fr: [
      'libre - service|libre service|en libre - service|self - service|caisse automatique|caisses automatiques',
      'service complet|au guichet|au comptoir',
    ],
    es: ['autoservicio|de autoservicio|autopago', 'servicio completo|en el mostrador|en ventanilla|atendido por personal'],
    zh: ['自助', '人工服务|人工窗口|柜台办理|全套服务'],
  },
  // dressed formally against casually ("Dress formally" → "Berpakaianlah santai")
  formality: {
    en: ['formal|formally|formal wear|business attire', 'casual|casually|informal|informally|casual wear'],
    id: ['formal|resmi|pakaian resmi', 'santai|kasual|pakaian santai'],
    de: ['formell|förmlich|festlich|festliche|festlicher', 'leger|lässig|zwanglos|freizeitkleidung'],
    fr: [
      'formel|formelle|tenue de ville|tenue formelle|habillé|habillée',
      'décontracté|décontractée|décontractés|décontractées|informel|informelle',
    ],
    es: ['formal|formales|formalmente|de etiqueta', 'informal|informales|informalmente|ropa cómoda|de manera informal'],
    zh: ['正装|正式服装', '休闲|便装'],
  },
  // a hired thing picked up against brought back ("show a valid ID when you pick up the bike" →
  // "cuando devuelva la bicicleta")
  // (not "drop off", also a thing handed in: see "handover"; not German, whose "geben … zurück" stands apart)
  pickupOrReturn: {
    en: [
      // (and the noun: "from collection to return" is both sides)
      // (and a thing delivered, which the hirer has from then on: "starts on the day the copier is
      // delivered" → "dimulai pada hari mesin fotokopi dikembalikan")
      'pick up|picks up|picked up|pickup|pick - up|collect|collects|collected|collecting|collection|delivered',
      'return|returns|returned|returning|bring back|brought back',
    ],
    id: [
      'mengambil|ambil|pengambilan|saat mengambil|dikirim|dikirimkan|diantar|diantarkan',
      'mengembalikan|kembalikan|dikembalikan|pengembalian',
    ],
    fr: [
      'récupérer|récupérez|récupération|retirer|retirez|retrait|livré|livrée|livrés|livrées',
      'rendre|rendez|rendu|rendue|rendus|rendues|restituer|restitution|restitué|restituée|restitués|restituées|retour|retourner',
    ],
    // (not "devuelve" alone: also a refund, "se devuelve al recoger el pedido")
    es: ['recoger|recoja|recojan|recogida|retirar|retire', 'devuelva|devuelvan|devolver la|devolver el|devolución de la|devolución del'],
    zh: ['取车|提车|领取|取走|送达', '还车|归还|交还'],
  },
  // the bride and the groom ("the bride's family chooses the menu; the groom's family …" → "Keluarga
  // mempelai pria memilih menu; keluarga mempelai wanita …")
  brideGroom: {
    en: ["bride|bride's|brides", "groom|groom's|bridegroom|bridegroom's|grooms"],
    id: [
      'mempelai wanita|pengantin wanita|pengantin perempuan|mempelai perempuan',
      'mempelai pria|pengantin pria|mempelai laki laki|pengantin laki laki',
    ],
    de: ['braut|brautfamilie', 'bräutigam|bräutigams'],
    fr: ['la mariée|de la mariée', 'le marié|du marié'],
    es: ['la novia|de la novia', 'el novio|del novio'],
    zh: ['新娘', '新郎'],
  },
  // put back against brought forward ("sailings may be delayed" → "las salidas se adelantan")
  delayOrAdvance: {
    // (not "advanced" alone: also a level, "advanced settings")
    en: ['delayed|postponed|put back|pushed back', 'brought forward|moved forward'],
    id: ['ditunda|tertunda|diundur', 'dimajukan|dipercepat'],
    de: ['verspätet|verschoben|verzögert', 'vorverlegt|vorgezogen'],
    fr: [
      'retardé|retardée|retardés|retardées|reporté|reportée|reportés|reportées|retarder|reporter',
      'avancé|avancée|avancés|avancées|avancer',
    ],
    es: [
      'retrasado|retrasada|retrasados|retrasadas|retrasarse|se retrasa|se retrasan|aplazado|aplazada|aplazados|aplazadas|pospuesto|pospuesta',
      'adelantado|adelantada|adelantados|adelantadas|se adelanta|se adelantan|adelantarse',
    ],
    zh: ['延误|推迟|延迟|延期|晚点', '提前|提早'],
  },
  // a thing required against one only advised ("Motorway lessons are compulsory; night lessons are
  // recommended" → "Autobahnfahrten werden empfohlen; Nachtfahrten sind Pflicht")
  requiredOrAdvised: {
    en: ['compulsory|mandatory|obligatory|required', 'recommended|advised|advisable|encouraged|suggested'],
    id: ['wajib|diwajibkan|diharuskan', 'dianjurkan|disarankan'],
    de: ['pflicht|verpflichtend|obligatorisch|vorgeschrieben', 'empfohlen|empfehlenswert|ratsam'],
    fr: [
      'obligatoire|obligatoires',
      'recommandé|recommandée|recommandés|recommandées|conseillé|conseillée|conseillés|conseillées|vivement conseillé',
    ],
    es: [
      'obligatorio|obligatoria|obligatorios|obligatorias',
      'recomendado|recomendada|recomendados|recomendadas|aconsejable|aconsejado|aconsejada',
    ],
    zh: ['必须|强制|必修|必需', '建议|推荐|选修'],
  },
  // a thing to bring against one to leave at home ("Bring your current glasses" → "Laissez vos lunettes … à la maison")
  // (every "at home" on the other side: "Work at home; take your laptop" → "Bekerja dari rumah; bawa
  // laptop Anda" says it; not "carry", also a risk's)
  bringOrLeave: {
    en: ['bring|take with you|take * with you', 'leave at home|leave them at home|leave it at home|at home|leave behind'],
    id: ['bawa|bawalah|membawa|dibawa|bawakan', 'di rumah|dari rumah|tinggalkan di rumah|ditinggal di rumah'],
    de: ['mitbringen|mitzubringen|mitnehmen|mitzunehmen|dabeihaben', 'zu hause|daheim|zu hause lassen|daheim lassen'],
    fr: ['apportez|apporter|amenez|amener|emportez|emporter|munissez|munir', 'à la maison|chez vous|à domicile'],
    es: ['traiga|traigan|traer|lleve|lleven|llevar', 'en casa'],
    // (and a thing left where it is rather than taken away: "take your rubbish with you" → "将垃圾留在营地")
    zh: ['带上|携带|带来|带好|带走', '留在家里|放在家里|留在家中|留在营地|留在原地|留在原处|留在现场'],
  },
  // a side or back door against the main one ("through the side entrance" → "melalui pintu masuk depan")
  entrance: {
    en: ['side entrance|side door|rear entrance|back entrance|back door|rear door', 'front entrance|main entrance|front door|main door'],
    id: [
      'pintu samping|pintu belakang|pintu masuk samping|pintu masuk belakang',
      'pintu depan|pintu masuk depan|pintu utama|pintu masuk utama',
    ],
    de: ['seiteneingang|hintereingang|nebeneingang|hintertür|seitentür', 'haupteingang|vordereingang|vordertür|haupttür'],
    fr: ['entrée latérale|porte latérale|entrée arrière|porte arrière|porte de derrière', 'entrée principale|porte principale'],
    es: ['entrada lateral|puerta lateral|entrada trasera|puerta trasera', 'entrada principal|puerta principal'],
    zh: ['侧门|侧面入口', '正门|大门|主入口'],
  },
  // new against old ("your new glasses will be ready" → "vos anciennes lunettes")
  // (no age: "six years old", "a 2-year-old", see NOT_OPPOSITES; no "again": "à nouveau", "de nuevo")
  newOrOld: {
    en: ['new|brand new|brand - new', 'old|older'],
    id: ['baru|yang baru', 'yang lama'],
    de: ['neu|neue|neuen|neuer|neues|neuem|brandneu|brandneue|brandneuen', 'alt|alte|alten|alter|altes|altem'],
    fr: ['nouveau|nouvel|nouvelle|nouveaux|nouvelles|neuve|neufs|neuves', 'ancien|ancienne|anciens|anciennes|vieux|vieil|vieille|vieilles'],
    es: ['nuevo|nueva|nuevos|nuevas', 'viejo|vieja|viejos|viejas|antiguo|antigua|antiguos|antiguas'],
    zh: ['全新|新的', '旧的|老旧|旧款'],
  },
  // free against a reduced price ("a free hour on their birthday" → "半价一小时")
  freeOrReduced: {
    en: [
      'free of charge|at no charge|at no cost|for free|free',
      'half price|half - price|half the price|reduced price|at a discount|discounted|half off',
    ],
    id: ['gratis|cuma cuma|tanpa biaya|bebas biaya', 'setengah harga|separuh harga|harga diskon|potongan harga|harga khusus'],
    de: [
      'kostenlos|kostenlose|kostenlosen|kostenfrei|gratis|umsonst',
      'zum halben preis|halben preis|halber preis|halbpreis|ermäßigt|ermäßigte|ermäßigten|vergünstigt|vergünstigte|rabattiert',
    ],
    fr: [
      'gratuit|gratuite|gratuits|gratuites|gratuitement',
      'moitié prix|à moitié prix|demi - tarif|demi tarif|tarif réduit|prix réduit|à prix réduit',
    ],
    es: [
      'gratis|gratuito|gratuita|gratuitos|gratuitas|gratuitamente',
      'mitad de precio|a mitad de precio|medio precio|precio reducido|con descuento|rebajado|rebajada',
    ],
    zh: ['免费', '半价|打折|折扣价|优惠价|五折|特价'],
  },
  // up to a time against from it ("Breakfast is served until 9 a.m." → "mulai pukul 09.00")
  // (not English "from", nor German "ab", which say too much else: "a letter from your doctor", "holen Sie … ab")
  untilOrFrom: {
    en: ['until|till', 'onwards|starting at|starting from|as of'],
    // (a "mulai" of a time only: "mulai mendidih" is to begin to boil; "desde" of a time or a day)
    id: ['hingga|sampai|sampai dengan', 'mulai pukul|mulai jam|mulai tanggal|mulai hari|mulai dari|sejak|terhitung mulai'],
    fr: ["jusqu'à|jusqu'au|jusqu’à|jusqu’au", 'à partir de|à partir du'],
    es: ['hasta', 'a partir de|a partir del|desde las|desde la|desde el'],
  },
  // a spare against the main one ("leave the spare key, not the main key" → "la clé principale, pas la clé de secours")
  spareOrMain: {
    // (not "main" alone: "the main trigger", "the main road")
    en: ['spare|duplicate|backup', 'main key|main keys|main one|main card|primary'],
    id: ['cadangan|serep|duplikat', 'utama'],
    de: ['ersatzschlüssel|zweitschlüssel|ersatz|reserve', 'hauptschlüssel|haupt'],
    fr: ['de secours|de rechange|de réserve|double des clés|double', 'principale|principal|principaux|principales'],
    es: ['de repuesto|de reserva|duplicado|copia', 'principal|principales'],
    zh: ['备用', '主要|主钥匙'],
  },
  // the one who teaches against the one who learns ("dual brakes for the instructor" → "rem ganda untuk siswa")
  // (not "coach" nor "trainer": also a bus and a shoe)
  teacherLearner: {
    en: ['instructor|instructors|teacher|teachers|tutor|tutors', 'student|students|pupil|pupils|learner|learners|trainee|trainees'],
    id: ['instruktur|guru|pengajar|tutor', 'siswa|murid|pelajar|peserta didik'],
    de: [
      'lehrer|lehrerin|lehrkraft|lehrkräfte|fahrlehrer|fahrlehrerin|ausbilder|ausbilderin',
      'schüler|schülerin|schülerinnen|schülern|fahrschüler|fahrschülerin|auszubildende',
    ],
    fr: [
      'enseignant|enseignante|enseignants|professeur|professeurs|moniteur|monitrice|formateur|formatrice|instructeur',
      'élève|élèves|étudiant|étudiante|étudiants|stagiaire|stagiaires',
    ],
    es: ['profesor|profesora|profesores|instructor|instructora|monitor|monitora', 'alumno|alumna|alumnos|alumnas|estudiante|estudiantes'],
    zh: ['老师|教练|教师|导师', '学生|学员'],
  },
  // a thing provided against one to bring yourself ("Bathrobes are provided" → "Debe traer su propio albornoz")
  providedOrBrought: {
    en: ['provided|supplied|we provide|are available', 'bring your own|bring their own|bring his own|bring her own'],
    id: ['disediakan|kami sediakan|tersedia', 'bawa sendiri|membawa sendiri|dibawa sendiri'],
    de: [
      'gestellt|bereitgestellt|zur verfügung gestellt|liegen bereit|liegt bereit|stehen bereit',
      'selbst mitbringen|selbst mitgebracht|eigene mitbringen|eigenen mitbringen',
    ],
    fr: [
      'fourni|fournie|fournis|fournies|mis à disposition|mise à disposition|à votre disposition',
      'apporter votre propre|apportez votre propre|apporter son propre|apporter vos propres|apportez vos propres',
    ],
    es: [
      'se proporciona|se proporcionan|proporcionamos|encontrará|se facilita|se facilitan|a su disposición',
      'traer su propio|traer su propia|traiga su propio|traiga su propia|traer sus propios|traiga sus propios',
    ],
    zh: ['提供|备有', '自带|自备'],
  },
  // the same day against the next ("prints are ready the next day" → "照片当天即可取件")
  sameOrNextDay: {
    en: ['the same day|same - day|same day|on the day', 'the next day|next day|the following day|the next morning'],
    id: ['hari yang sama|hari itu juga|pada hari itu juga', 'keesokan harinya|hari berikutnya|besoknya|esok harinya'],
    de: [
      'am selben tag|am gleichen tag|noch am selben tag|noch am gleichen tag',
      'am nächsten tag|am folgetag|am tag danach|am nächsten morgen',
    ],
    fr: ['le jour même|le même jour|dans la journée', 'le lendemain|le jour suivant|le lendemain matin'],
    es: ['el mismo día|en el mismo día|en el día', 'al día siguiente|el día siguiente|a la mañana siguiente'],
    zh: ['当天|当日', '次日|第二天|隔天|翌日'],
  },
  // the day before against the same day ("by 6 p.m. the day before" → "bis 18 Uhr am selben Tag")
  dayBeforeOrSame: {
    en: [
      'the day before|on the day before|the previous day|on the previous day|the evening before|the night before',
      'the same day|same day|on the day',
    ],
    id: ['sehari sebelumnya|hari sebelumnya|malam sebelumnya', 'hari yang sama|hari itu juga|pada hari itu juga'],
    de: ['am vortag|am tag davor|am vorabend|tags zuvor', 'am selben tag|am gleichen tag|noch am selben tag|noch am gleichen tag'],
    fr: ['la veille|le jour précédent|la veille au soir', 'le jour même|le même jour'],
    es: ['el día anterior|del día anterior|la víspera|la noche anterior', 'el mismo día|en el mismo día|del mismo día|ese mismo día'],
    zh: ['前一天|前一晚|头一天', '当天|当日|同一天'],
  },
  // a glossy finish or a matte one ("printed on glossy paper" → "en papel mate")
  finish: {
    en: ['glossy|high-gloss|high gloss|gloss finish', 'matte|matt|mat finish|matte finish'],
    id: ['glossy|mengilap|mengkilap|mengkilat', 'doff|dof|matte|tidak mengilap'],
    de: ['glänzend|glänzende|glänzenden|hochglanz|hochglänzend', 'matt|matte|matten|mattes|matter'],
    fr: ['brillant|brillante|brillants|brillantes|glacé|glacée', 'mat|mate|mats|mates'],
    es: ['brillante|brillantes|satinado brillante', 'mate|mates'],
    zh: ['亮面|光面|亮光', '哑光|亚光|磨砂'],
  },
  // the telephone or a written way ("confirmed by phone" → "dikonfirmasi melalui email"; "call us" is
  // no telephone's: also a name's)
  phoneOrWritten: {
    en: [
      'phone|telephone|by phone|over the phone|phone call|phone calls',
      'email|emails|e-mail|e-mails|by post|by letter|by mail|in the post|postal|text message|text messages|by text|sms|in writing',
    ],
    id: [
      'telepon|telpon|menelepon|lewat telepon|melalui telepon',
      'email|surel|e-mail|surat elektronik|melalui pos|lewat pos|via pos|dengan surat|melalui surat|sms|pesan singkat|pesan teks|secara tertulis',
    ],
    de: ['telefon|telefonisch|per telefon|anruf|anrufen', 'e-mail|e-mails|email|per post|postalisch|per brief|brieflich|sms|schriftlich'],
    fr: [
      'téléphone|par téléphone|téléphonique|appel téléphonique',
      'e-mail|e-mails|email|courriel|courriels|par courrier|par la poste|par lettre|sms|texto|par écrit',
    ],
    es: [
      'teléfono|por teléfono|telefónica|telefónico|llamada telefónica',
      'correo electrónico|email|e-mail|correo postal|por carta|sms|mensaje de texto|por escrito',
    ],
    zh: ['电话', '电子邮件|电邮|邮件|邮箱|邮寄|信函|短信|书面'],
  },
  // the app or another way, a telephone call, an e-mail, a letter ("booked through the app" → "por
  // teléfono", "Report a repair in the app" → "per E-Mail")
  appOrPhone: {
    // (and online: "book a collection online" → "nur telefonisch buchen")
    en: [
      'through the app|via the app|in the app|using the app|with the app|through our app|via our app|in our app|using our app|online|on the website|on our website',
      'by phone|by telephone|over the phone|by calling|phone call|phone calls|by email|by e-mail|via email|via e-mail|by post|by letter|by mail',
    ],
    id: [
      'melalui aplikasi|lewat aplikasi|via aplikasi|di aplikasi|dengan aplikasi|menggunakan aplikasi|online|secara online|daring|secara daring|di situs web',
      'melalui telepon|lewat telepon|via telepon|dengan menelepon|menelepon|panggilan telepon|melalui email|lewat email|via email|melalui pos|lewat pos',
    ],
    de: [
      'über die app|in der app|per app|mit der app|online|auf der website|über die website',
      'telefonisch|per telefon|am telefon|anruf|anrufen|per e-mail|per email|per mail|per post|per brief|postalisch',
    ],
    fr: [
      "en ligne|sur le site|via l'application|dans l'application|par l'application|sur l'application|avec l'application|via l’application|dans l’application|par l’application|sur l’application|avec l’application",
      'par téléphone|au téléphone|appel téléphonique|en appelant|par e-mail|par email|par courriel|par courrier|par la poste|par lettre',
    ],
    es: [
      'en línea|por internet|online|en la web|a través de la aplicación|en la aplicación|desde la aplicación|mediante la aplicación|con la aplicación|a través de la app|en la app|desde la app',
      'por teléfono|por vía telefónica|llamada telefónica|llamando|por correo electrónico|por email|por e-mail|por correo postal|por carta',
    ],
    zh: ['在线|网上|线上|通过应用|在应用中|通过应用程序|在应用程序中|通过app|在app中|通过App|在App中', '电话|致电|打电话|电子邮件|邮寄'],
  },
  // a listing put up or taken down ("when a new home … is listed" → "新房源下架时")
  publishing: {
    en: ['is listed|are listed|gets listed|published|goes live|go live', 'taken down|delisted|unpublished|unlisted|removed from sale'],
    id: ['ditayangkan|dipublikasikan', 'diturunkan dari|ditarik dari peredaran|tidak lagi ditayangkan'],
    de: ['veröffentlicht|online gestellt', 'offline genommen|depubliziert|aus dem angebot genommen'],
    es: ['publicado|publicada|publicados|publicadas', 'despublicado|despublicada|retirado de la venta|retirada de la venta'],
    zh: ['上架|上线|发布', '下架|下线|撤下'],
  },
  // a payment pulled by direct debit or pushed by a transfer ("collected by direct debit" → "per
  // Überweisung")
  debitOrTransfer: {
    en: ['direct debit|by direct debit|direct debits', 'bank transfer|by bank transfer|by transfer|standing order'],
    id: ['debit otomatis|autodebet|auto debet|pendebetan otomatis', 'transfer bank|melalui transfer|lewat transfer'],
    de: ['lastschrift|per lastschrift|lastschriftverfahren|sepa lastschrift', 'überweisung|per überweisung|überweisen|dauerauftrag'],
    fr: ['prélèvement|par prélèvement|prélèvement automatique|prélèvements', 'virement|par virement|virement bancaire'],
    es: ['domiciliación|domiciliado|domiciliada|adeudo directo|cargo en cuenta', 'transferencia|por transferencia|transferencia bancaria'],
    zh: ['自动扣款|自动扣费|代扣', '银行转账|转账'],
  },
  // moving into a home or out of it ("If you move out" → "Wenn Sie einziehen")
  moveInOut: {
    en: ['move in|moves in|moving in|moved in|move-in', 'move out|moves out|moving out|moved out|move-out'],
    id: ['pindah masuk|mulai menempati', 'pindah keluar|pindah dari'],
    de: [
      'einziehen|einzug|ziehen sie ein|zieht ein|eingezogen sind|eingezogen ist',
      'ausziehen|auszug|ziehen sie aus|zieht aus|ausgezogen',
    ],
    fr: [
      'emménager|emménagez|emménagement|entrée dans les lieux|entrée dans le logement',
      'déménager|déménagez|déménagement|sortie des lieux|quitter le logement|quittez le logement',
    ],
    zh: ['搬入|搬进|入住', '搬出|搬走|退租'],
  },
  // a text message or a letter ("confirmed by text message" → "confirmés par courrier")
  // (the post's words as the post's pair has them)
  textOrPost: {
    en: ['text message|text messages|by text|sms', 'by post|by letter|by mail|in the post|postal|by registered mail|by registered letter'],
    id: ['sms|pesan singkat|pesan teks', 'melalui pos|lewat pos|via pos|surat tercatat|dengan surat|melalui surat'],
    de: ['sms|per sms', 'per post|postalisch|auf dem postweg|per brief|brieflich|einschreiben'],
    fr: ['sms|texto|textos|par sms', 'par courrier|par la poste|par voie postale|par lettre|courrier postal|lettre recommandée'],
    es: ['sms|mensaje de texto|mensajes de texto', 'correo postal|por correo ordinario|por carta|carta certificada|correo certificado'],
    zh: ['短信|手机短信', '邮寄|信函|挂号信'],
  },
  // the original of a document and a copy of it ("bring your original ID card, not a photocopy")
  originalCopy: {
    en: ['original|originals|the original', 'copy|copies|photocopy|photocopies|scan|scans|scanned copy'],
    id: ['asli|dokumen asli|aslinya', 'fotokopi|salinan|pindaian|hasil pindai'],
    de: ['original|originale|im original', 'kopie|kopien|fotokopie|fotokopien|scan'],
    fr: ['original|originaux|originale', 'copie|copies|photocopie|photocopies'],
    es: ['original|originales', 'copia|copias|fotocopia|fotocopias'],
    zh: ['原件|正本', '复印件|副本|扫描件|复印本'],
  },
  // a document still valid or expired ("a valid passport" → "un pasaporte caducado")
  validity: {
    // (and a thing made void: "a false declaration voids the insurance" → "将导致保价生效")
    en: ['valid|unexpired|in date', 'expired|out of date|out-of-date|void|voids|voided|invalid|invalidates|invalidated'],
    id: ['masih berlaku|yang berlaku', 'kedaluwarsa|kadaluarsa|kedaluarsa|sudah habis masa berlakunya'],
    de: [
      'gültig|gültige|gültigen|gültiger|gültiges',
      'abgelaufen|abgelaufene|abgelaufenen|abgelaufener|ungültig|ungültige|ungültigen|ungültiger|ungültiges',
    ],
    fr: ['valide|valides|valable|valables|en cours de validité', 'expiré|expirée|expirés|expirées|périmé|périmée|périmés|périmées'],
    es: ['válido|válida|válidos|válidas|en vigor|vigente|vigentes', 'caducado|caducada|caducados|caducadas|vencido|vencida'],
    zh: ['有效期内|有效的|生效|有效', '过期|已过期|失效|无效|作废'],
  },

  // kept in the fridge or at room temperature ("once opened, keep refrigerated" → "simpan di suhu ruang")
  storageTemperature: {
    // (the fridge's own words are the cold store's pair's)
    // (and the fridge itself against room temperature: "store at room temperature" → "im Kühlschrank")
    en: ['refrigerated|chilled|in the fridge|in a fridge|in the refrigerator', 'at room temperature|room temperature'],
    id: ['didinginkan|kulkas|lemari es|lemari pendingin', 'suhu ruang|suhu kamar|suhu ruangan'],
    de: [
      'gekühlt|gekühlte|gekühlten|kühlschrank|im kühlschrank',
      'bei raumtemperatur|raumtemperatur|zimmertemperatur|bei zimmertemperatur',
    ],
    fr: ['réfrigéré|réfrigérée|réfrigérés|réfrigérées|réfrigérateur|au réfrigérateur|frigo', 'à température ambiante|température ambiante'],
    es: [
      'refrigerado|refrigerada|refrigerados|refrigeradas|nevera|frigorífico|refrigerador',
      'a temperatura ambiente|temperatura ambiente',
    ],
    zh: ['冷藏|冰箱', '常温|室温'],
  },
  // seen by appointment or without one ("consultations are by appointment only" → "sans rendez-vous"),
  // or served at once ("keys are cut while you wait" → "sur rendez-vous")
  appointment: {
    en: [
      'by appointment|appointment only|appointments only',
      'without an appointment|without appointment|walk in|no appointment|while you wait|while u wait',
    ],
    id: ['dengan janji temu|dengan perjanjian|dengan reservasi|melalui janji temu', 'tanpa janji temu|tanpa perjanjian|tanpa reservasi'],
    de: ['nach vereinbarung|nach terminvereinbarung|mit termin|nur mit termin', 'ohne termin|ohne voranmeldung|ohne terminvereinbarung'],
    // (words joined by a hyphen written apart: "rendez-vous" is two words joined)
    fr: ['sur rendez vous', 'sans rendez vous'],
    es: ['con cita|con cita previa|cita previa', 'sin cita|sin cita previa'],
    zh: ['需预约|须预约|需要预约|提前预约', '无需预约|免预约|不用预约|不需预约'],
  },
  // the identity card and the passport ("register with your national ID number" → "dengan nomor paspor")
  identityDocument: {
    en: [
      'identity card|identity cards|id card|id cards|national id|national id number|national identity number|national identity card',
      'passport|passports|passport number',
    ],
    id: ['ktp|nik|kartu tanda penduduk|nomor induk kependudukan|kartu identitas', 'paspor|nomor paspor'],
    de: ['personalausweis|personalausweises|personalausweisnummer', 'reisepass|reisepasses|reisepassnummer'],
    fr: ["carte d'identité|cartes d'identité|carte nationale d'identité", 'passeport|passeports|numéro de passeport'],
    es: ['dni|documento nacional de identidad|documento de identidad|carné de identidad', 'pasaporte|pasaportes|número de pasaporte'],
    zh: ['身份证|身份证号|身份证号码', '护照|护照号|护照号码'],
  },
  // the first place of care and the hospital ("visit your registered health centre, not a hospital"
  // → "mengunjungi rumah sakit, bukan puskesmas"; not "clinic", a hospital's too, nor German "Klinik")
  careLevel: {
    en: [
      "community health centre|health centre|health center|family doctor|general practitioner|gp practice|doctor's surgery|your gp",
      "hospital|hospitals|hospital's",
    ],
    id: ['puskesmas|dokter keluarga|dokter umum|fasilitas kesehatan tingkat pertama', 'rumah sakit'],
    de: ['hausarzt|hausärztin|hausarztpraxis|gesundheitszentrum', 'krankenhaus|krankenhäuser|krankenhauses|spital'],
    fr: ['médecin traitant|médecin généraliste|centre de santé|maison de santé', 'hôpital|hôpitaux|centre hospitalier'],
    es: ['centro de salud|médico de cabecera|médico de familia|ambulatorio', 'hospital|hospitales'],
    zh: ['社区卫生服务中心|家庭医生|卫生院', '医院'],
  },
  // what is done with things left unclaimed: given away or thrown away ("donated to charity" → "entsorgt")
  disposal: {
    en: ['donate|donates|donated|donating|given to charity', 'disposed of|thrown away|discarded|destroyed|binned'],
    id: ['disumbangkan|didonasikan|sumbangkan|donasikan|menyumbangkan', 'dibuang|dimusnahkan|dihancurkan'],
    de: ['gespendet|spenden|spendet|spenden wir', 'entsorgt|entsorgen|weggeworfen|vernichtet'],
    fr: ['remis à une association|offerts à une association|donnés à une association', 'jetés|jetées|détruits|détruites'],
    es: ['donado|donados|donada|donadas|donará|donarán|donaremos', 'desechado|desechados|tirado|tirados|destruido|destruidos'],
    zh: ['捐赠|捐给|捐出', '丢弃|销毁|扔掉|处理掉'],
  },
  // pay or income before and after tax and deductions ("calculated from your net income, not your
  // gross income" → "aus Ihrem Bruttoeinkommen …, nicht aus Ihrem Nettoeinkommen")
  netGross: {
    en: ['net|net income|net salary|net pay|net amount|take-home pay', 'gross|gross income|gross salary|gross pay|gross amount'],
    id: [
      'neto|netto|penghasilan bersih|pendapatan bersih|gaji bersih|upah bersih|laba bersih|jumlah bersih',
      'bruto|brutto|penghasilan kotor|pendapatan kotor|gaji kotor|upah kotor|laba kotor|jumlah kotor',
    ],
    de: [
      'netto|nettoeinkommen|nettoeinkommens|nettolohn|nettolohns|nettogehalt|nettogehalts|nettobetrag|nettopreis|nettoverdienst',
      'brutto|bruttoeinkommen|bruttoeinkommens|bruttolohn|bruttolohns|bruttogehalt|bruttogehalts|bruttobetrag|bruttopreis|bruttoverdienst',
    ],
    fr: [
      // (and a pay said net or gross after its figure: "12 € net de l'heure")
      "revenu net|revenus nets|salaire net|salaires nets|montant net|prix net|net d'impôt|nets d'impôt|rémunération nette|rémunérations nettes|paie nette|bénéfice net|bénéfices nets|net de l'heure|net par mois|net par heure|nets par mois",
      "revenu brut|revenus bruts|salaire brut|salaires bruts|montant brut|prix brut|rémunération brute|rémunérations brutes|paie brute|bénéfice brut|bénéfices bruts|brut de l'heure|brut par mois|brut par heure|bruts par mois",
    ],
    es: ['neto|neta|netos|netas', 'bruto|bruta|brutos|brutas'],
    zh: ['净收入|税后|净额|实发|到手', '总收入|税前|毛收入|总额|应发'],
  },
  // an earlier version and the newest ("returns to the previous version" → "zur neuesten Version")
  recency: {
    en: ['previous|earlier version|older version|old version', 'latest|newest|most recent|current|currently'],
    id: ['sebelumnya|terdahulu|versi lama', 'terbaru|terkini|paling baru|paling mutakhir'],
    de: [
      'vorherige|vorherigen|vorheriger|vorheriges|frühere|früheren|früherer|älteren version|ältere version|alte version|alten version',
      'neueste|neuesten|neuester|neuestes|aktuellste|aktuellsten|aktuellster',
    ],
    fr: [
      'précédent|précédente|précédents|précédentes|antérieure|antérieur|ancienne version',
      'plus récente|plus récent|dernière version|nouvelle version',
    ],
    es: ['anterior|anteriores|versión antigua', 'más reciente|más recientes|última versión|actual|actuales|actualmente'],
  },
  // a thing added and a thing taken away ("removed from the device list" → "zur Geräteliste hinzugefügt")
  addition: {
    en: ['add|adds|added|adding', 'remove|removes|removed|removing|delete|deletes|deleted|deleting'],
    id: [
      'tambah|tambahkan|menambah|menambahkan|ditambah|ditambahkan',
      'hapus|hapuskan|menghapus|dihapus|hilangkan|menghilangkan|dihilangkan',
    ],
    de: ['hinzufügen|hinzugefügt|fügt hinzu|fügen hinzu|ergänzen|ergänzt', 'entfernen|entfernt|löschen|gelöscht|löscht'],
    // (and their futures and plurals: "will be removed in the next release" → "se añadirá")
    fr: [
      'ajouter|ajoutez|ajoute|ajouté|ajoutée|ajoutés|ajoutées|ajoutera|ajouteront|ajoutons|ajoutent',
      'supprimer|supprimez|supprime|supprimé|supprimée|supprimés|supprimées|supprimera|supprimeront|supprimons|suppriment|retirer|retirez|retiré|retirée|retirés|retirées|retirera|retireront',
    ],
    es: [
      'añadir|añada|añade|añadido|añadida|añadidos|añadidas|añadirá|añadirán|añadimos|añaden|agregar|agregue|agrega|agregado|agregada|agregará|agregarán|agregamos|agregan',
      'eliminar|elimine|elimina|eliminado|eliminada|eliminados|eliminadas|eliminará|eliminarán|eliminamos|eliminan|quitar|quite|quita|quitado|quitada|quitará|quitarán|borrar|borre|borra|borrado|borrada|borrará|borrarán',
    ],
  },
  // an account, a folder, a list made or deleted ("consent to create an account" → "um ein Konto zu löschen")
  creation: {
    en: ['create|creates|created|creating', 'delete|deletes|deleted|deleting'],
    id: ['buat|membuat|dibuat', 'hapus|menghapus|dihapus'],
    de: ['anlegen|angelegt|legt an|erstellen|erstellt|eröffnen|eröffnet', 'löschen|gelöscht|löscht'],
    fr: ['créer|créez|crée|créé|créée|créés|créées', 'supprimer|supprimez|supprime|supprimé|supprimée|supprimés|supprimées'],
    es: [
      'crear|cree|crea|creado|creada|creados|creadas',
      'eliminar|elimine|elimina|eliminado|eliminada|borrar|borre|borra|borrado|borrada',
    ],
    zh: ['创建|新建', '删除'],
  },
  // a test, an exam, an inspection ("one serious fault means you fail" → "berarti Anda lulus")
  exam: {
    en: ['pass|passes|passed', 'fail|fails|failed'],
    id: ['lulus', 'tidak lulus|gagal'],
    de: ['bestanden|bestehen|besteht', 'nicht bestanden|durchgefallen|durchfallen|fällt durch'],
    fr: ['réussi|réussie|réussir|réussit', 'échoué|échouer|échoue|échec'],
    es: ['aprobado|aprobada|aprobar|aprueba', 'suspendido|suspendida|suspender|suspende'],
  },
  // folded in or out (mirrors, a table, a pram)
  fold: {
    en: [
      'fold in|folded in|fold back|folded back|fold away|folded away|fold up|folded up',
      'unfold|unfolded|unfolding|fold out|folded out',
    ],
    id: ['lipat|lipatlah|melipat|dilipat|terlipat|tekuk|ditekuk', 'buka lipatan|membuka lipatan|bentangkan|membentangkan|dibentangkan'],
    de: ['einklappen|eingeklappt|zusammenklappen|zusammengeklappt', 'ausklappen|ausgeklappt|aufklappen|aufgeklappt'],
    fr: ['replier|repliez|replié|repliée|repliés|repliées', 'déplier|dépliez|déplié|dépliée|dépliés|dépliées'],
    es: ['plegar|pliegue|plegado|plegada|plegados|plegadas', 'desplegar|despliegue|desplegado|desplegada|desplegados|desplegadas'],
  },
  // the top or the foot of a thing (a lift, a page, a slope); "above" and "below" are place's
  topBottom: {
    // (and a device's buttons and corners: "hold the top button" → "le bouton du bas")
    en: [
      // (and a thing on another's top or underneath: "the button on top of the speaker" → "音箱底部的按钮")
      'at the top|the top of|to the top|on top of|top button|upper button|top left|top right|top-left|top-right',
      'at the bottom|the bottom of|to the bottom|on the underside|underneath|the foot of|at the foot|bottom button|lower button|bottom left|bottom right|bottom-left|bottom-right',
    ],
    id: [
      'bagian atas|paling atas|puncak|tombol atas|kiri atas|kanan atas',
      'bagian bawah|paling bawah|kaki bukit|kaki gunung|tombol bawah|kiri bawah|kanan bawah',
    ],
    de: [
      'oben am|oben an der|oben auf|oben im|an der spitze|obere taste|oberen taste|oben links|oben rechts',
      'unten am|unten an der|unten im|am fuß|untere taste|unteren taste|unten links|unten rechts',
    ],
    fr: [
      'en haut du|en haut de|en haut des|au sommet du|au sommet de|au sommet des|bouton du haut|en haut à gauche|en haut à droite',
      'en bas du|en bas de|en bas des|au pied du|au pied de|au pied des|bouton du bas|en bas à gauche|en bas à droite',
    ],
    es: [
      'en lo alto de|en la parte superior|en la parte de arriba|en la cima|botón superior|botón de arriba|arriba a la izquierda|arriba a la derecha|al principio de la lista|al inicio de la lista',
      'en la parte inferior|en la parte de abajo|al pie de|botón inferior|botón de abajo|abajo a la izquierda|abajo a la derecha|al final de la lista',
    ],
    zh: ['顶部|上方按钮|左上角|右上角', '底部|下方按钮|左下角|右下角'],
  },
  colour: {
    en: ['white', 'black'],
    id: ['putih', 'hitam'],
    de: ['weiß|weiße|weißen|weißer', 'schwarz|schwarze|schwarzen|schwarzer'],
    fr: ['blanc|blanche|blancs|blanches', 'noir|noire|noirs|noires'],
    es: ['blanco|blanca|blancos|blancas', 'negro|negra|negros|negras'],
  },
  // the sun rising or setting ("locked at sunset" → "dikunci saat matahari terbit")
  sun: {
    // (and the light of day coming and going: "when it gets dark" → "天黑时")
    en: [
      'sunrise|dawn|daybreak|first light|gets light|get light|getting light',
      'sunset|dusk|nightfall|sundown|gets dark|get dark|getting dark|goes dark|after dark',
    ],
    id: ['matahari terbit|fajar|subuh|terbit|hari terang', 'matahari terbenam|terbenam|senja|magrib|maghrib|hari gelap|hari mulai gelap'],
    de: [
      'sonnenaufgang|morgengrauen|tagesanbruch|morgendämmerung|hell wird',
      'sonnenuntergang|abenddämmerung|einbruch der dunkelheit|dämmerung|dunkel wird|bei dunkelheit',
    ],
    fr: [
      'lever du soleil|aube|aurore|lever du jour|point du jour|fait jour|jour se lève',
      'coucher du soleil|crépuscule|tombée de la nuit|tombée du jour|fait nuit|nuit tombe',
    ],
    es: [
      'amanecer|amanece|salida del sol|alba|se hace de día',
      'atardecer|anochecer|anochece|oscurece|al oscurecer|puesta del sol|puesta de sol|ocaso|se hace de noche',
    ],
    zh: ['日出|黎明|天亮', '日落|黄昏|天黑|傍晚'],
  },
  // a thing's make, new or old ("a new-style registration certificate" → "Zulassungsbescheinigung alter Art")
  make: {
    en: ['new style|new type|new model|new format|new-generation|new generation', 'old style|old type|old model|old format|old generation'],
    id: ['model baru|jenis baru|tipe baru|format baru|generasi baru', 'model lama|jenis lama|tipe lama|format lama|generasi lama'],
    de: [
      'neuer art|neue art|neuen art|neuen typs|neuer bauart|neuen bauart|neues modell|neuen modell|neuen format|neues format',
      'alter art|alte art|alten art|alten typs|alter bauart|alten bauart|altes modell|alten modell|alten format|altes format',
    ],
    fr: ['nouveau modèle|nouveau format|nouveau type|nouvelle génération', 'ancien modèle|ancien format|ancien type|ancienne génération'],
    es: [
      'nuevo modelo|nuevo formato|nuevo tipo|nueva generación',
      'antiguo modelo|modelo antiguo|antiguo formato|formato antiguo|antiguo tipo|antigua generación',
    ],
    zh: ['新式|新版|新型|新款', '旧式|旧版|老式|旧款|老款'],
  },
  // in another country or in this one ("registered abroad" → "im Inland zugelassen")
  abroad: {
    en: ['abroad|overseas|in another country|outside the country', 'domestically|within the country|in this country|inside the country'],
    id: ['luar negeri|mancanegara', 'dalam negeri|domestik'],
    de: [
      'im ausland|aus dem ausland|ins ausland|ausländisch|ausländische|ausländischen',
      'im inland|aus dem inland|ins inland|inländisch|inländische|inländischen',
    ],
    fr: ["à l'étranger|de l'étranger|hors du pays", 'dans le pays|sur le territoire national'],
    es: ['en el extranjero|del extranjero|desde el extranjero|fuera del país', 'en el país|dentro del país|en territorio nacional'],
    zh: ['国外|境外|海外', '国内|境内'],
  },
  // the upper one of two and the lower ("not allowed in the upper lake" → "di danau bawah"), read one
  // way only: "lower" is also to lower, "Lower the volume on the top panel"
  upperLower: {
    en: ['upper', 'lower'],
    id: ['atas', 'bawah'],
    de: ['obere|oberen|oberer|oberes|oberhalb', 'untere|unteren|unterer|unteres|unterhalb'],
    fr: ['supérieur|supérieure|supérieurs|supérieures', 'inférieur|inférieure|inférieurs|inférieures'],
    es: ['superior|superiores', 'inferior|inferiores'],
  },
  // higher or lower in a place ("bleeding higher in the gut" → "perdarahan di bagian usus yang lebih
  // bawah"), never a comparison of an amount ("higher in fibre")
  higherLowerIn: {
    en: ['higher up|further up|higher in the|higher in your', 'lower down|further down|lower in the|lower in your'],
    id: ['lebih atas|lebih ke atas', 'lebih bawah|lebih ke bawah'],
    de: ['weiter oben|höher im|höher in der', 'weiter unten|tiefer im|tiefer in der'],
    zh: ['较上方|更上方|上段', '较下方|更下方|下段'],
  },
  // once or every time ("Connect your bank account once" → "Verbinde dein Bankkonto jedes Mal"; a
  // "whenever" of the source's own says that side too: "Once set up, it turns on whenever …")
  onceEvery: {
    en: ['once|one time|only once|just once', 'every time|each time|whenever|each and every time'],
    id: ['satu kali|hanya sekali|sekali saja|cukup sekali', 'setiap kali|tiap kali|setiap saat'],
    de: ['einmal|einmalig|ein einziges mal', 'jedes mal|jedesmal|immer wenn|jedes einzelne mal'],
    fr: ['une fois|une seule fois', 'chaque fois|à chaque fois|toutes les fois'],
    es: ['una vez|una sola vez', 'cada vez|todas las veces'],
    zh: ['只需一次|仅需一次|一次即可', '每次|每一次|每当'],
  },
  // the sea or a lake calm or rough ("If the sea is too rough" → "Si la mer est trop calme")
  seaState: {
    // (the English rough said of water, never of a road or a guess: "rough estimate", "if the road is
    // rough, drive calmly" → "dengan tenang")
    en: ['calm|calmer|calmly', 'too rough|rough sea|rough seas|rough water|rough waters|rough conditions|choppy|stormy'],
    id: ['tenang', 'berombak|berombak besar|ganas'],
    de: ['ruhig|ruhige|ruhiger|ruhigen', 'rau|raue|rauer|rauen|stürmisch|stürmische|stürmischer|aufgewühlt'],
    fr: ['calme|calmes', 'agitée|agitées|houleuse|houleuses|démontée'],
    es: ['tranquilo|tranquila|en calma', 'agitado|agitada|embravecido|embravecida|mar picada|mar brava'],
    zh: ['平静|风平浪静', '汹涌|波涛汹涌|风浪大|浪大'],
  },
  // what an engine runs on ("petrol engines are banned; electric motors are permitted" → "bermesin listrik dilarang")
  power: {
    en: ['petrol|gasoline|diesel|combustion|fuel-powered', 'electric|electrically|battery-powered|battery powered'],
    id: ['bensin|solar|diesel|bahan bakar minyak', 'listrik|bertenaga listrik|bertenaga baterai'],
    de: [
      'benzin|benziner|diesel|verbrenner|verbrennungsmotor|verbrennungsmotoren',
      'elektrisch|elektrische|elektrischen|elektromotor|elektromotoren|elektro',
    ],
    fr: ['essence|diesel|thermique|thermiques', 'électrique|électriques'],
    es: ['gasolina|diésel|gasóleo|combustión', 'eléctrico|eléctrica|eléctricos|eléctricas'],
    zh: ['汽油|柴油|燃油', '电动|纯电'],
  },
  // the sanction for a breach: a fine or a warning ("will be fined" → "akan diberi peringatan")
  sanction: {
    en: ['fined|penalised|penalized', 'warned|given a warning|receive a warning|cautioned'],
    id: ['didenda|dikenai denda|dikenakan denda|denda', 'diberi peringatan|mendapat peringatan|menerima peringatan|ditegur|teguran'],
    de: ['bußgeld|geldbuße|geldstrafe|bußgeldern', 'verwarnung|verwarnt|ermahnung|ermahnt'],
    fr: ['amende|amendes|verbalisé|verbalisée|verbalisés|verbalisées', 'avertissement|averti|avertie|avertis'],
    es: ['multa|multas|multado|multada|multados|multadas', 'advertencia|advertido|advertida|advertidos|apercibimiento'],
    zh: ['罚款|罚金', '警告|劝告'],
  },
  // paid into an account or by cheque ("paid by bank transfer" → "versés par chèque")
  cheque: {
    // (or by card: "payment by card is preferred; cheques are no longer accepted")
    en: [
      'bank transfer|by bank transfer|by transfer|direct debit|direct deposit|by card|card payment|card payments',
      'cheque|by cheque|cheques',
    ],
    de: ['überweisung|per überweisung|lastschrift|per lastschrift|mit karte|per karte|kartenzahlung', 'scheck|per scheck|schecks'],
    fr: ['virement|par virement|virement bancaire|prélèvement|par carte|carte bancaire|cartes bancaires', 'chèque|par chèque|chèques'],
    es: [
      'transferencia|por transferencia|transferencia bancaria|domiciliación|con tarjeta|pago con tarjeta',
      'cheque|por cheque|cheques|talón',
    ],
  },
  // a bill paid or still owed ("if two bills remain unpaid" → "jika dua tagihan telah dibayar")
  paidUnpaid: {
    en: ['paid|settled|paid in full', 'unpaid|not paid|outstanding|overdue|in arrears'],
    id: [
      'dibayar|terbayar|lunas|dilunasi|sudah dibayar|telah dibayar',
      'belum dibayar|belum lunas|belum dilunasi|tertunggak|menunggak|tunggakan|tanpa gaji|tidak dibayar',
    ],
    de: ['bezahlt|beglichen', 'unbezahlt|unbezahlte|unbezahlten|nicht bezahlt|nicht beglichen|ausstehend|ausstehende|ausstehenden'],
    fr: ['payé|payée|payés|payées|réglé|réglée|réglés|réglées', 'impayé|impayée|impayés|impayées|non payé|non payée|non réglé|non réglée'],
    es: [
      'pagado|pagada|pagados|pagadas|abonado|abonada',
      'impagado|impagada|impagados|impagadas|sin pagar|no pagado|pendiente de pago|pendientes de pago',
    ],
    // (and a leave paid or not: "paid annual leave" → "无薪年假", "cuti tanpa gaji")
    zh: ['已付|已支付|已缴|已结清|带薪|有薪', '未付|未支付|未缴|欠费|拖欠|无薪|不带薪|停薪'],
  },
  // what a policy or a leave is for: an accident or an illness ("covers accidents from day one, but
  // illnesses only after" → "menanggung penyakit sejak hari pertama, tetapi kecelakaan")
  accidentIllness: {
    en: ['accident|accidents|accidental|injury|injuries', 'illness|illnesses|disease|diseases|sickness'],
    id: ['kecelakaan|cedera', 'penyakit|sakit'],
    de: ['unfall|unfälle|unfällen|unfalls|verletzung|verletzungen', 'krankheit|krankheiten|erkrankung|erkrankungen'],
    fr: ['accident|accidents|blessure|blessures', 'maladie|maladies'],
    es: ['accidente|accidentes|lesión|lesiones', 'enfermedad|enfermedades'],
    zh: ['意外|事故|受伤', '疾病|生病'],
  },
  // a right or a bonus lost or kept ("the no-claims bonus is lost after two claims" → "se mantiene")
  retention: {
    en: ['lose|loses|lost|losing|forfeit|forfeits|forfeited', 'keep|keeps|kept|retain|retains|retained'],
    id: ['hilang|kehilangan|hangus', 'tetap berlaku|dipertahankan|mempertahankan|tetap dimiliki'],
    de: ['verlieren|verliert|verloren|verfällt|verfallen', 'behalten|behält|bleibt erhalten|bleiben erhalten'],
    fr: [
      'perdre|perd|perdez|perdent|perdu|perdue|perdus|perdrez|perdront|perdra|perdant',
      'conserver|conserve|conservez|conservent|conserverez|conservera|conserveront|garder|garde|gardez|garderez|gardera|maintenu|maintenue',
    ],
    es: [
      'perder|pierde|pierden|pierdes|perderá|perderás|perderán|perdido|perdida',
      'mantiene|mantienen|mantienes|mantener|mantendrá|mantendrás|mantendrán|conserva|conservan|conservas|conservar|conservará|conservarás|conservarán',
    ],
    zh: ['失去|丧失|作废', '保留|保持'],
  },
  // credit or days carried over to the next period or lost with this one ("unused credit is carried
  // over to the next month" → "est perdu à la fin du mois")
  carryOver: {
    en: ['carried over|carries over|carry over|rolled over|rolls over|roll over', 'lost|forfeited|expires|expire|expired|lapses|lapse'],
    id: ['dibawa ke|terbawa ke|diakumulasikan|dialihkan ke', 'hangus|hilang|kedaluwarsa'],
    de: ['übertragen|übernommen', 'verfällt|verfallen|geht verloren|gehen verloren'],
    fr: ['reporté|reportée|reportés|reportées', 'perdu|perdue|perdus|perdues|expire|expirent|expiré'],
    es: [
      'se traslada|se trasladan|trasladado|trasladados|se acumula|se acumulan|acumulado|acumulados',
      'se pierde|se pierden|perdido|perdidos|caduca|caducan',
    ],
    zh: ['结转|顺延|累积到', '作废|清零|失效|过期'],
  },
  // alone or with others ("aggressive dogs are walked alone, never in a group" → "dalam kelompok, tidak
  // pernah sendirian"); not "solo", "seul" or "sendiri", which are "only" and "own" too
  company: {
    en: ['alone|on its own|on their own|by itself|individually|separately', 'in a group|in groups|together'],
    id: ['sendirian|seorang diri|terpisah|secara terpisah|secara individu', 'dalam kelompok|berkelompok|bersama-sama'],
    de: ['allein|alleine|einzeln|getrennt', 'in der gruppe|in gruppen|gemeinsam|zusammen'],
    fr: ['individuellement|séparément|tout seul|toute seule', 'en groupe|en groupes|ensemble'],
    es: ['a solas|individualmente|por separado', 'en grupo|en grupos|juntos|juntas'],
    zh: ['单独|独自', '集体|成群|结伴'],
  },
  // sensitive or resistant ("makes your skin more sensitive to sunlight" → "lebih tahan terhadap sinar matahari")
  sensitivity: {
    en: ['sensitive|sensitivity|more sensitive', 'resistant|more resistant|tolerant'],
    id: ['sensitif|peka|rentan', 'tahan|kebal'],
    de: ['empfindlich|empfindlicher|empfindliche|empfindlichen', 'unempfindlich|widerstandsfähig|widerstandsfähiger|resistent'],
    fr: ['sensible|sensibles|plus sensible', 'résistant|résistante|résistants|résistantes'],
    es: ['sensible|sensibles|más sensible', 'resistente|resistentes|más resistente'],
    zh: ['敏感', '耐受|抵抗力'],
  },
  // money put into an account or taken from it ("we will credit the missed issue" → "berechnen wir Ihnen")
  creditCharge: {
    // (the verb: "the credit" on a card is its balance, "to load the credit" → "para cargar el saldo")
    en: [
      'credited|credit the|credit it|credit your|credit you|credit them|credit this|will credit|we credit|credits your|credits the',
      'charge|charged|debit|debited',
    ],
    id: ['dikreditkan|mengkreditkan|kredit', 'dibebankan|membebankan|ditagihkan|didebit'],
    de: ['gutschreiben|gutgeschrieben|gutschrift', 'berechnen|berechnet|belasten|belastet|abbuchen|abgebucht'],
    fr: ['créditer|crédité|créditée|créditerons', 'facturer|facturé|facturée|facturerons|débiter|débité|débitée'],
    es: ['abonar|abonado|abonada|abonaremos|acreditar|acreditado|acreditada', 'cobrar|cobrado|cobrada|cobraremos|cargar|cargado|cargada'],
  },
  // something issued, cancelled or still valid ("your old refills are cancelled" → "tetap berlaku")
  cancellation: {
    // (and a contract ended: "false documents end the contract immediately" → "合同继续有效")
    en: [
      'cancelled|canceled|void|invalid|invalidated|end the contract|ends the contract|terminate the contract|terminates the contract',
      'remain valid|remains valid|stay valid|stays valid|still valid|remain in force|remains in force',
    ],
    id: ['dibatalkan|batal|tidak berlaku lagi', 'tetap berlaku|masih berlaku'],
    de: ['storniert|annulliert|ungültig|werden ungültig|wird ungültig', 'bleiben gültig|bleibt gültig|weiterhin gültig'],
    fr: ['annulé|annulée|annulés|annulées', 'restent valables|reste valable|restent valides|reste valide'],
    es: [
      'cancelado|cancelada|cancelados|canceladas|anulado|anulada|anulados|anuladas',
      'siguen siendo válidos|siguen siendo válidas|sigue siendo válido|sigue siendo válida|siguen vigentes|sigue vigente',
    ],
  },
  // an event held as planned or called off ("the trip will go ahead as planned" → "se cancelará")
  goAhead: {
    en: ['go ahead|goes ahead|as planned|as scheduled|take place as planned', 'cancelled|canceled|called off|be cancelled|is cancelled'],
    id: ['tetap berlangsung|tetap dilaksanakan|tetap diadakan|sesuai rencana|sesuai jadwal', 'dibatalkan|batal'],
    de: ['wie geplant|planmäßig|findet trotzdem statt', 'abgesagt|fällt aus|entfällt'],
    fr: ['comme prévu|maintenu|maintenue|a bien lieu', 'annulé|annulée|annulés|annulées'],
    es: [
      'según lo previsto|como estaba previsto|se realizará|se celebrará',
      'se cancelará|cancelado|cancelada|se suspenderá|suspendida|suspendido',
    ],
    zh: ['照常|如期', '取消'],
  },
  // what is left at a period's end: gone or carried on ("unused data expires at the end of the
  // period" → "berlaku hingga periode berikutnya")
  // a creature or a substance harmless or poisonous ("from harmless snakes" → "dari ular berbisa")
  venom: {
    en: ['harmless|non-venomous|nonvenomous|non-toxic|nontoxic', 'venomous|poisonous|toxic'],
    id: ['tidak berbisa|tidak berbahaya|tidak beracun|tak berbisa', 'berbisa|beracun'],
    de: ['harmlos|harmlose|harmlosen|ungiftig|ungiftige|ungiftigen', 'giftig|giftige|giftigen|giftiger'],
    fr: ['inoffensif|inoffensive|inoffensifs|inoffensives|non venimeux|non toxique', 'venimeux|venimeuse|venimeuses|toxique|toxiques'],
    es: [
      'inofensivo|inofensiva|inofensivos|inofensivas|no venenoso|no venenosa',
      'venenoso|venenosa|venenosos|venenosas|tóxico|tóxica|tóxicos|tóxicas',
    ],
    zh: ['无毒|无害', '有毒|剧毒'],
  },
  // a term renewed or ended ("runs for two years and ends automatically" → "diperpanjang secara otomatis")
  renewal: {
    en: [
      'renew|renews|renewed|renewal|auto-renew|auto-renews|is extended|are extended|is automatically extended',
      'ends automatically|end automatically|ended automatically|terminates|terminate|terminated|expires|expire|expired|lapses|lapse|lapsed',
    ],
    id: ['diperpanjang|memperpanjang|perpanjangan|diperpanjang otomatis', 'berakhir|diakhiri|kedaluwarsa|kadaluarsa|hangus'],
    de: ['verlängert sich|verlängert|erneuert|verlängerung', 'endet|enden|läuft aus|laufen aus|erlischt|erlöschen'],
    fr: [
      'renouvelé|renouvelée|se renouvelle|se renouvellent|reconduit|reconduite|reconduction|prolongé|prolongée',
      'prend fin|prennent fin|se termine|expire|expirent',
    ],
    es: [
      'se renueva|se renuevan|renovado|renovada|se prorroga|prorrogado|prorrogada',
      'termina|terminan|finaliza|finalizan|vence|vencen|expira|expiran',
    ],
    zh: ['续订|续约|自动续费|续期', '终止|到期|届满'],
  },
  expiry: {
    en: [
      'expire|expires|expired|lapse|lapses|lapsed',
      'carried over|carry over|rolls over|roll over|remains valid|remain valid|stays valid',
    ],
    id: [
      'hangus|kedaluwarsa|kadaluarsa|kedaluarsa',
      'tetap berlaku|masih berlaku|berlaku hingga|berlaku sampai|diakumulasi|terbawa|dibawa ke',
    ],
    de: ['verfällt|verfallen|erlischt|erlöschen', 'übertragen|wird übertragen|bleibt gültig|bleiben gültig'],
    fr: ['expire|expirent|expiré|expirée', 'reporté|reportée|reportés|reportées|reste valable|restent valables'],
    es: [
      'caduca|caducan|caducado|caducada|vence|vencen',
      'se acumula|se acumulan|se traslada|se trasladan|sigue siendo válido|siguen siendo válidos',
    ],
    zh: ['过期|作废|失效|清零', '结转|累积|顺延|继续有效'],
  },
  // the coming period against this or the last one ("a discount on next year's fee" → "iuran tahun ini")
  // (no phrase past a word of sequence's, which would take it: "the previous month", "bulan sebelumnya")
  comingPeriod: {
    // (and the last or the next days counted: "for the last 30 days" → "des 30 prochains jours")
    en: [
      "next year|next year's|coming year|next month|next month's|next week|next week's|the next|the coming",
      "this year|this year's|last year|last year's|current year|this month|this month's|last month|last month's|current month|this week|this week's|last week|last week's|the last|the past",
    ],
    id: [
      'tahun depan|bulan depan|minggu depan|pekan depan',
      'tahun ini|tahun lalu|bulan ini|bulan lalu|minggu ini|pekan ini|minggu lalu|pekan lalu',
    ],
    de: [
      'nächstes jahr|nächsten jahr|nächsten jahres|kommendes jahr|kommenden jahres|folgejahr|folgejahres|nächsten monat|nächsten monats|folgemonat|folgemonats|nächste woche|nächsten woche|kommende woche|kommenden woche',
      'dieses jahr|dieses jahres|diesem jahr|laufenden jahres|letztes jahr|letzten jahres|vorjahr|vorjahres|diesen monat|dieses monats|laufenden monats|letzten monat|letzten monats|vormonat|vormonats|diese woche|dieser woche|letzte woche|letzten woche|vorwoche',
    ],
    fr: [
      'prochain|prochaine|prochains|prochaines',
      "cette année|l'année en cours|ce mois ci|cette semaine|derniers jours|dernières semaines|derniers mois",
    ],
    es: [
      'año que viene|mes que viene|semana que viene|próximos|próximas',
      'este año|año en curso|año pasado|este mes|mes en curso|mes pasado|esta semana|semana pasada|últimos|últimas',
    ],
    zh: [
      '明年|来年|下一年|下个月|下月|下周|下星期|下个星期',
      '今年|本年|去年|上一年|本月|这个月|上个月|上月|本周|这周|上周|上星期|上个星期',
    ],
  },
};

/**
 * Words of the lists in phrases where they say something else ("after all" is "besides", "right
 * now" is "now", "at first" is "in the beginning"): the phrase, and which of its words is not a cue.
 */
/** Events of a contract, a tenancy, a stay in hospital, said before "前" or "后" ("交房前", before the handover). */
const CHINESE_EVENTS = [
  '交房',
  '交车',
  '交钥匙',
  '过户',
  '验收',
  '入职',
  '离职',
  '退租',
  '搬入',
  '搬出',
  '签字',
  '签署',
  '分娩',
  '出院',
  '入院',
  '开庭',
  '放款',
  '还款',
  '解约',
  '续约',
  '开工',
  '完工',
  '竣工',
  '变更',
  '更改',
  '修改',
  // (and training and cleaning: "before training" → "训练后")
  '训练',
  '清扫',
  '打扫',
  '锻炼',
  '健身',
  // (and the wedding: "30 days before the wedding" → "婚礼前30天")
  '婚礼',
  '婚宴',
  // (and a baby's feed: "Babies often get hiccups after feeding" → "婴儿喂奶前…")
  '喂奶',
  '哺乳',
  '喂食',
  '吃奶',
  // (and a show's start: "refunds are possible after the film starts" → "电影开场前可以退票")
  '开场',
  '开演',
  '开映',
  '放映',
];

/**
 * Chinese sides of the pairs: searched in the text, which has no spaces between words, so words of
 * two characters at least ("高" and "低" are in too many words), each meaning its side wherever it stands.
 */
const CHINESE_OPPOSITES: Record<string, readonly [string, string]> = {
  // (never "左右" alone: "10分钟左右" is "about ten minutes")
  side: ['左侧|左边|左手边|左方|向左|靠左|左转', '右侧|右边|右手边|右方|向右|靠右|右转'],
  switch: ['开启|启用|开机|激活|打开', '关闭|停用|禁用|关机|关掉'],
  open: ['开放|营业|打开|开门', '关闭|关门|停业|闭馆'],
  lock: ['锁定|锁上|上锁|锁好', '解锁|开锁'],
  facing: ['前门|前排|前座|前部|前方', '后门|后排|后座|后部|后方'],
  transfer: ['上传', '下载'],
  order: ['第一|首次|最先|最初|起初', '最后|最末'],
  time: [
    `之前|以前|截止日前|截止日期前|到期日前|确认前|提交前|登录前|转账前|支付前|续订前|续费前|到期前|扣款前|生效前|订阅前|注册前|签约前|提交前|付费前|退订前|饭前|事先|早餐前|午餐前|晚餐前|献血前|运动前|游泳前|洗澡前|开车前|用药前|下水前|服务前|上门前|到访前|来访前|搬家前|装修前|维修前|上车前|下车前|登机前|使用前|服用前|出发前|离开前|到达前|入住前|开始前|睡前|闭馆前|关门前|截止前|结束前|退房前|起飞前|用餐前|进食前|手术前|考试前|出行前|旅行前|回国前|入境前|出境前|付款前|预约前|预约时间前|就诊前|治疗前|检查前|拔牙前|补牙前|注射前|接种前|入场前|登记前|报到前|安装前|更新前|充电前|购买前|下单前|发货前|取消前|预订前|上课前|比赛前|活动前|演出前|交出手机前|交出前|送修前|交付前|寄出前|交机前|申请前|申请之前|报名前|入学前|参观前|闭园前|入园前|保养前|修理前|检修前|维修保养前|清洗前|点前|点以前|点之前|签收前|收货前|取件前|打烊前|关店前|开始时间前|出发时间前|结束时间前|营业时间前|起飞时间前|日落前|日出前|天黑前|日落之前|日出之前|天黑之前|接单前|受理前|审核前|送达前|配送前|取餐前|出餐前|${CHINESE_EVENTS.map((event) => `${event}前`).join('|')}`,
    `之后|以后|截止日后|截止日期后|到期日后|确认后|提交后|登录后|转账后|支付后|续订后|续费后|到期后|扣款后|生效后|订阅后|注册后|签约后|提交后|付费后|退订后|饭后|事后|早餐后|午餐后|晚餐后|献血后|运动后|游泳后|洗澡后|开车后|用药后|下水后|服务后|上门后|到访后|来访后|搬家后|装修后|维修后|上车后|下车后|登机后|使用后|服用后|出发后|离开后|到达后|入住后|开始后|睡后|闭馆后|关门后|截止后|结束后|退房后|起飞后|用餐后|进食后|手术后|考试后|出行后|旅行后|回国后|入境后|出境后|付款后|预约后|预约时间后|就诊后|治疗后|检查后|拔牙后|补牙后|注射后|接种后|入场后|登记后|报到后|安装后|更新后|充电后|购买后|下单后|发货后|取消后|预订后|上课后|比赛后|活动后|演出后|交出手机后|交出后|送修后|交付后|寄出后|交机后|申请后|申请之后|报名后|入学后|参观后|闭园后|入园后|保养后|修理后|检修后|维修保养后|清洗后|点后|点以后|点之后|签收后|收货后|取件后|打烊后|关店后|开始时间后|出发时间后|结束时间后|营业时间后|起飞时间后|日落后|日出后|天黑后|日落之后|日出之后|天黑之后|接单后|受理后|审核后|送达后|配送后|取餐后|出餐后|${CHINESE_EVENTS.map((event) => `${event}后`).join('|')}`,
  ],
  edge: ['开头|起点|月初|年初|初期', '尽头|末尾|结尾|终点|月底|年底|末期'],
  connectivity: ['离线|脱机', '在线|联网'],
  // (and a level said high or low: "Battery use is low" → "耗电量很高"; never "较高", "较低", which compare)
  // (and a level inside its word: "high blood pressure" → "低血压")
  level: [
    '很高|偏高|过高|太高|非常高|相当高|高血压|血压高|高血糖|血糖高|高胆固醇|胆固醇高',
    '很低|偏低|过低|太低|非常低|相当低|低血压|血压低|低血糖|血糖低|低胆固醇|胆固醇低',
  ],
  // (and a fever low or high: "a mild fever" → "高烧")
  severity: ['轻微|轻度|轻症|低烧|低热', '严重|重度|重症|剧烈|剧痛|高烧|高热'],
  recency: ['之前的版本|旧版本|上一版本|上一个版本|以往|上次|上一次|过往', '最新版本|最新的版本|最新|最近一次'],
  restoring: ['恢复|还原', '删除|清除'],
  coldStore: ['冷藏室|冷藏', '冷冻室|冷冻|冰柜'],
  addition: ['添加|增加|加入', '删除|移除|去除'],
  // (and a habit given up: "Stop smoking" → "请戒烟")
  continuation: ['停止|停用|停药|停下|中止|中断|暂停|戒烟|戒掉|戒除', '继续|持续|照常'],
  reach: ['够不着|触及不到|看不到|接触不到|拿不到', '够得着|看得到|触手可及|伸手可及|拿得到'],
  version: ['或更高版本|或更新版本|及以上版本', '或更低版本|或更早版本|及以下版本'],
  // (and welcome: "Feeding the animals is prohibited" → "欢迎投喂动物")
  // (and a plain "可以", may, where the source forbids: "Parking … is strictly prohibited" → "可以在消防通道停车";
  // "不可以" is its negation, as "不允许" is)
  permission: ['允许|准许|许可|欢迎|可以', '禁止|严禁|谢绝'],
  journey: ['到达|抵达', '出发|离开'],
  generation: ['老年人|老人|长者', '年轻人|青年人'],
  session: ['登录|登入|保持登录', '退出登录|注销|登出'],
  relief: ['加重|恶化|加剧', '缓解|减轻|舒缓'],
  richness: ['富含', '缺乏|含量低|低含量'],
  lingering: ['消失|消退', '持续存在|一直存在|仍然存在|仍存在|持续不退|持续'],
  // (and a booking kept: "the reservation is cancelled" → "预约将被保留")
  // (and clothes or shoes tight: "Wear wide shoes" → "请穿紧身的鞋")
  width: ['变宽|加宽|宽松|宽大|宽阔', '变窄|狭窄|窄小|过窄|紧身'],
  cancellation: ['取消|作废', '继续有效|仍然有效|依然有效|仍有效|保留'],
  lostFound: ['丢失|遗失|丢了', '捡到|拾到|找到'],
  cardKind: ['信用卡', '借记卡'],
  leash: ['牵绳|拴绳|系绳|拴好|牵好|拴上|牵引绳', '不牵绳|不拴绳|不系绳|散放|放养|解开绳|松开牵引绳|解开牵引绳|自由奔跑'],
  fill: ['加满|满箱|满油|装满|满的|电量充足|充满电|电量已满', '空的|空箱|清空|空着|电量低|电量不足|低电量|没电|为空|油箱空'],
  losing: ['失去|丧失|丢掉', '获得|得到|赢得|取得'],
  // (and things cleared away: "items left overnight will be removed" → "过夜存放的物品将被清走")
  keeping: ['保留|保存|保管|留着|存放', '丢弃|扔掉|丢掉|删除|销毁|处理掉|清走|移走|清除'],
  until: ['直到|之前|以前|为止', '之后|以后'],
  letting: ['租户|承租人|租客|承租方', '房东|业主|出租人|出租方'],
  markup: ['额外|附加|加收|另加|另收', '优惠|折扣|减免|便宜'],
  // (a thing brought in or fetched is "送" or "取" with what it is: "送修", "取鞋"; "取" alone is
  // also in "取消", cancelled)
  handover: ['存入|寄存|送洗|交付|送来|送去|送修|送鞋|送衣', '取回|取件|领取|提取|取款|接回|领回|取走|取货|取票|取衣|取鞋'],
  dayPart: ['早上|上午|早晨|中午|正午|白天', '晚上|夜间|夜里|傍晚|午夜|半夜'],
  northSouth: ['北部|北方|以北|北侧', '南部|南方|以南|南侧'],
  eastWest: ['东部|东方|以东|东侧', '西部|西方|以西|西侧'],
  // (and food or a drink served hot or gone cold: "arrives cold" → "送达时是热的"; not "热" alone,
  // also popular and eager)
  // (and what becomes warm or cold: "if your fingers become cold" → "手指变暖")
  temperature: [
    // (and the weather, the skin, the body warmed or cooled: "cannot cool itself down" → "无法自行升温")
    // (and exposure to heat or cold: "after exposure to cold" → "受热后")
    '热水|温水|温开水|温盐水|热盐水|温牛奶|热牛奶|热饮|热饮料|热茶|热空气|暖空气|高温|加热|热的|热乎|温暖|暖和|变暖|变热|热敷|炎热|升温|干热|发烫|受热',
    '受寒|受冷|着凉|冷水|凉水|冰水|冷开水|凉开水|冷盐水|凉盐水|冷牛奶|冷饮|冷饮料|凉饮料|冰饮|冷空气|低温|冷却|冷的|凉的|凉了|变凉|冷掉|凉爽|凉快|阴凉|变冷|冰冷|冰凉|冷敷|冰敷|冰袋|寒冷|降温|湿冷|发凉',
  ],
  charge: [
    '免费|不收费|无需付费|无需支付|无须支付|不需支付|不另收费|不另外收费|免运费|包邮',
    // (and paid on top: "Delivery is free" → "需另付运费")
    // (and at one's own expense: "repaired by the shop free of charge" → "由租车人自费修理")
    '收费|收取|付费|需付费|需支付|须支付|需要支付|另行收费|额外收费|另收费|另外收费|另付费|需另付|另付|自费|自行承担费用|费用自理',
  ],
  // (and the early or late stage of a thing: "early signs" → "晚期症状")
  timing: ['提前|提早|早期', '延迟|推迟|迟到|晚于|晚到|更晚|晚期'],
  indoors: ['室内|屋内|在家|家中', '室外|户外|露天'],
  // (not "以内", "之内": "within" a span of time, "2天以内")
  insideOutside: ['以外|之外|时间外|范围外|外面|外部|外侧', '时间内|范围内|里面|内部|内侧'],
  // the ringer off and on ("switched to silent mode" as "调至响铃模式")
  sound: ['静音|无声|振动模式|免打扰', '响铃|铃声模式|有声'],
  storey: ['顶楼|顶层|楼上', '一楼|底楼|底层|首层|楼下'],
  moisture: ['潮湿|湿润|湿的', '干燥|干的'],
  // (and eating too fast or slowly: "eat slowly" → "要快吃", "细嚼慢咽" says it)
  // (and what is to be done fast or slowly: "Stand up slowly" → "起身时要快")
  speed: [
    '快速|迅速|尽快|太快|过快|吃得快|吃快|快吃|狼吞虎咽|要快|快点|快一点|加快|加速',
    '缓慢|慢慢|太慢|过慢|吃得慢|吃慢|慢吃|细嚼慢咽|要慢|慢点|慢一点|慢些|减慢|放慢|缓缓',
  ],
  // (and harmless against harmful: "usually harmless" → "通常有害")
  safety: ['安全|无害|无毒|没有危险', '危险|不安全|有害|有毒'],
  decision: ['接受|批准', '拒绝|驳回'],
  trade: ['购买|买入', '出售|销售|卖出'],
  mode: ['笔试|书面', '口试|口头'],
  way: ['入口', '出口'],
  channel: ['网上|在线|线上|网站', '门店|店内|线下|柜台|现场办理'],
  post: ['电子邮件|电邮', '邮寄|信件|挂号信|邮政'],
  result: ['阳性', '阴性'],
  sex: ['男性|男子|男士|男宾', '女性|女子|女士|妇女|女宾'],
  age: ['成人|成年人|大人', '儿童|孩子|小孩|未成年人|婴儿|幼儿'],
  week: ['工作日|平日|周一至周五|周一到周五|星期一至星期五|星期一到星期五', '周末'],
  scope: ['国内', '国际'],
  crossing: ['进口|导入', '出口|导出'],
  memory: ['记住|记得', '忘记|忘了'],
  exam: ['及格|考试通过', '不及格|挂科|失败'],
  always: ['总是|始终|一直|永远', '有时|偶尔|有时候'],
  anytime: ['随时|任何时候', '从不|从来不|永不'],
  // (not "前一天", the day before, a day's and no period's: "the day before the next class" → "下节课前一天")
  sequence: ['上一|前一次|前一个|前一期|前一周|前一年|前一页|前一条', '下一|下个|下节|接下来'],
  todayTomorrow: ['今天|今晚|今日|当天|同一天|当日', '明天|明晚|明日|第二天|次日|隔天|翌日'],
  todayYesterday: ['今天|今晚|今日', '昨天|昨晚|昨日'],
  tomorrowYesterday: ['明天|明晚|明日', '昨天|昨晚|昨日'],
  presence: ['现场|当面|线下|亲自|服务台|柜台|前台', '在线|线上|网上|远程'],
  automation: ['自动', '手动|手工'],
  hours: ['全职', '兼职'],
  cleanliness: ['干净', '肮脏|污染'],
  summerWinter: ['夏天|夏季', '冬天|冬季'],
  springAutumn: ['春天|春季', '秋天|秋季'],
  // (and charged on top: "included in the price" → "需另外收费")
  inclusion: ['包含|包括|含|含有', '不包含|不包括|不含|除外|另收费|另外收费|另行收费|额外收费|需另付|需另外支付|另外支付|另行支付'],
};
for (const [name, sides] of Object.entries(CHINESE_OPPOSITES)) {
  const pair = OPPOSITES[name];
  if (!pair) throw new Error(`CHINESE_OPPOSITES: no pair ${name}`);
  pair.zh = sides;
}

const NOT_OPPOSITES: Partial<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  // (rooms whose "室" begins "室温", room temperature: "卧室温暖", "教室温度")
  zh: [
    // (the first or second half of a thing, "前一半", "后一半", says no time)
    ['前一半', 0],
    ['后一半', 0],
    ['卧室', 0],
    ['浴室', 0],
    ['教室', 0],
    ['办公室', 0],
    ['会议室', 0],
    // (the validity period, "有效期", says no thing valid)
    ['有效期', 0],
    // (a comparison of how often is the comparisons' to read: "更常见" is more common, not "常见")
    ['更常见', 0],
    ['较常见', 0],
    ['更为常见', 0],
    ['更罕见', 0],
  ],
  en: [
    // (sunlight kept from a thing, or lacking, is no sunlight it stands in: "protect from sunlight",
    // "lack of sunlight"; see the pair "sunlight")
    ['from sunlight', 1],
    ['from direct sunlight', 2],
    ['of sunlight', 1],
    ['no sunlight', 1],
    ['without sunlight', 1],
    // (hard skin is no force: "gently remove hard skin")
    ['hard skin', 0],
    // (to keep doing a thing keeps nothing: "keep using it … after the rash has gone" → "terus gunakan … setelah ruam hilang"; see the pair "continuation")
    ['keep ~ing', 0],
    ['keeps ~ing', 0],
    ['kept ~ing', 0],
    ['keeping ~ing', 0],
    ['after all', 0],
    // (a few is some, how many a question: see the pair "plurality")
    ['a few', 1],
    ['how many', 1],
    // (a comparison of how often is the comparisons' to read: "less common" → "lebih jarang")
    ['more common', 1],
    ['less common', 1],
    ['more frequent', 1],
    ['less frequent', 1],
    ['more frequently', 1],
    ['less frequently', 1],
    ['more often', 1],
    ['less often', 1],
    ['most common', 1],
    ['least common', 1],
    ['most frequent', 1],
    ['least frequent', 1],
    // ("correct" as a verb, to put right: "contact the hospital to correct mistakes" → "更正错误")
    ['to correct', 1],
    ['correct any', 0],
    ['correct mistakes', 0],
    ['correct errors', 0],
    ['correct the', 0],
    ['correct it', 0],
    ['correct them', 0],
    // (no more, any more, once more: no amount compared; see the pair "moreOrLess")
    ['no more', 1],
    ['any more', 1],
    ['once more', 1],
    // (an age is no old thing: "six years old", "a 2-year-old")
    ['years old', 1],
    ['year old', 1],
    ['months old', 1],
    ['month old', 1],
    ['weeks old', 1],
    ['days old', 1],
    ['year - old', 2],
    ['month - old', 2],
    ['week - old', 2],
    ['day - old', 2],
    ['how old', 1],
    // (the "when" of an "even when" is a concession's, which German may split: "auch, wenn")
    ['even when', 1],
    // (a deadline, "by Friday at the latest", is no newest version)
    ['at the latest', 2],
    // (software whose source is open is no door left open: see the pair "licence")
    ['open source', 0],
    ['open sourcing', 0],
    ['open sourced', 0],
    // (an "if" of an "even if" is a concession's: see the pair "evenIf")
    ['even if', 1],
    // (a machine that pays out cash takes a card)
    ['cash machine', 0],
    ['cash machines', 0],
    ['cash dispenser', 0],
    ['cash dispensers', 0],
    // (not attending: an absence)
    ['failure to attend', 2],
    ['fail to attend', 2],
    ['fails to attend', 2],
    ['failed to attend', 2],
    ['unable to attend', 2],
    ['right after', 0],
    ['right before', 0],
    ['right now', 0],
    ['right away', 0],
    ['right here', 0],
    ['right there', 0],
    ['all right', 1],
    ['first of all', 0],
    ['at first', 1],
    ['at last', 1],
    ['left over', 0],
    ['last but not least', 0],
    ['as long as', 1],
    ['no longer', 1],
    ['how long', 1],
    ['long ago', 0],
    ['in short', 1],
    ['short of', 0],
    ['in the long run', 2],
    ['free of', 0],
    ['free from', 0],
    ['feel free', 1],
    ['free time', 0],
    ['bus stop', 1],
    ['tram stop', 1],
    ['next stop', 1],
    ['last stop', 1],
    ['in the end', 2],
    ['end user', 0],
    ['end users', 0],
    ['end-user', 0],
    ['end-users', 0],
    ['next to', 0],
    ['as follows', 1],
    // (a "once" that opens a clause, "once opened", "once this is done", or says "at once", "once
    // more", is no one time: see the pair "timesOver")
    ['at once', 1],
    ['for once', 1],
    ...'a|this|that|these|those|he|she|his|her|their|our|my|its|all|everything|there|here|opened|paid|installed|registered|approved|confirmed|received|signed|submitted|done|complete|completed|again|more|upon|in|inside|on|an|used|started|set|activated|delivered|booked|accepted|the|you|your|it|they|we'
      .split('|')
      .map((word) => [`once ${word}`, 0] as const),
  ],
  de: [
    ['auch wenn', 1],
    ['selbst wenn', 1],
    // ("laut" before what it cites is "according to": "laut Hausordnung", "laut dem Vertrag")
    ...[
      'dem',
      'der',
      'den',
      'des',
      'unserer',
      'unserem',
      'unseren',
      'ihrer',
      'ihrem',
      'ihren',
      'gesetz',
      'vertrag',
      'hausordnung',
      'angaben',
      'plan',
      'fahrplan',
      'satzung',
      'agb',
    ].map((next) => [`laut ${next}`, 0] as const),
    ['immer noch', 0],
    ['noch immer', 1],
    ['immer wieder', 0],
    // (an age is no old thing: "sechs Jahre alt")
    ['jahre alt', 1],
    ['jahr alt', 1],
    ['monate alt', 1],
    ['wochen alt', 1],
    ['tage alt', 1],
    // (no longer, more or less, no less than: no amount compared; see the pair "moreOrLess")
    ['nicht mehr', 1],
    ['kein mehr', 1],
    ['nicht weniger', 1],
    ['mehr oder weniger', 0],
    ['mehr oder weniger', 2],
  ],
  id: [
    // ("mulai dari", from, opens a span, no start of a thing: "from the ceremony to the end of the
    // reception" → "mulai dari upacara hingga akhir resepsi")
    ['mulai dari', 0],
    // (hard skin, "kulit keras", is no force: "gently remove hard skin" → "kikis kulit keras dengan lembut")
    ['kulit keras', 1],
    // ("wajib pajak" is a taxpayer, no obligation)
    ['wajib pajak', 0],
    // (to pass stool or urine, "buang air besar", "buang air kecil", says nothing large or small)
    ['buang air besar', 2],
    ['buang air kecil', 2],
    // (a young child, "anak kecil", says an age, no size: "small pieces for young children")
    ['anak kecil', 1],
    ['air besar', 1],
    ['air kecil', 1],
    // (paid late says neither paid nor unpaid: "overdue rent" and "taxes paid late" are both
    // "terlambat dibayar")
    ['terlambat dibayar', 1],
    ['telat dibayar', 1],
    // (a comparison of how often is the comparisons' to read: "lebih jarang" is less common)
    ['lebih jarang', 1],
    ['lebih sering', 1],
    ['lebih umum', 1],
    ['kurang umum', 1],
    ['paling jarang', 1],
    ['paling sering', 1],
    ['paling umum', 1],
    // ("sama sekali" is at all, "sekali lagi" once more: no once of the pair "repetition")
    ['sama sekali', 1],
    ['sekali lagi', 0],
    // (a hospital, a pain: no sickness of the pair "health")
    ['rumah sakit', 1],
    ['sakit kepala', 0],
    ['sakit perut', 0],
    ['sakit gigi', 0],
    ['rasa sakit', 1],
    // ("akhirnya" is finally, eventually: no end of a period, "pada akhirnya" is "in the end")
    ['akhirnya', 0],
    // (an "if" of an "even if" is a concession's: see the pair "evenIf")
    ['bahkan jika', 1],
    // ("even so", "nevertheless": a connective, no concession of a condition)
    ['meskipun demikian', 0],
    ['walaupun demikian', 0],
    ['meski demikian', 0],
    ['bahkan kalau', 1],
    ['sumber terbuka', 1],
    // a key, not locking
    ['kata kunci', 1],
    ['kunci jawaban', 0],
    ['dengan kunci', 1],
    ['anak kunci', 1],
    ['kunci pas', 0],
    ['kunci inggris', 0],
    ['kunci utama', 0],
    // software and soft drinks are not soft
    ['perangkat lunak', 1],
    ['piranti lunak', 1],
    // "takes effect", not a start; the weekend, in closing, are no end
    ['mulai berlaku', 0],
    ['akhir pekan', 0],
    ['akhir minggu', 0],
    ['akhir kata', 0],
    // thanks, a subsidiary, a key, a stair are neither accepting nor children
    ['terima kasih', 0],
    ['anak perusahaan', 0],
    ['anak kunci', 0],
    ['anak tangga', 0],
    ['makanan ringan', 1],
    // most, most likely, capitals: no size
    ['sebagian besar', 1],
    ['sebagian kecil', 1],
    ['kemungkinan besar', 1],
    ['besar kemungkinan', 0],
    ['huruf besar', 1],
    ['huruf kecil', 1],
    ['sarapan ringan', 1],
    ['camilan ringan', 1],
    // the future, from now on, in public: no front ("the trigger behind" → "di balik … masa depan")
    ['masa depan', 1],
    ['ke depan', 1],
    ['di depan umum', 1],
  ],
  es: [
    // (again, no new thing)
    ['de nuevo', 1],
    // (a few is some: see the pair "plurality")
    ['unos pocos', 1],
    ['unas pocas', 1],
    // (a comparison of how often is the comparisons' to read)
    ['más frecuente', 1],
    ['más frecuentes', 1],
    ['menos frecuente', 1],
    ['menos frecuentes', 1],
    ['más común', 1],
    ['más comunes', 1],
    ['menos común', 1],
    ['menos comunes', 1],
    ['más raro', 1],
    ['más rara', 1],
    ['más raros', 1],
    ['más raras', 1],
    ['más a menudo', 2],
    ['menos a menudo', 2],
    ['incluso si', 1],
    ['aun si', 1],
    // (the morning is no tomorrow)
    ['la mañana', 1],
    ['esta mañana', 1],
    ['una mañana', 1],
    ['cada mañana', 1],
    ['media mañana', 1],
    // (the afternoon is no lateness)
    ['la tarde', 1],
    ['las tardes', 1],
    ['esta tarde', 1],
    ['una tarde', 1],
    // (at least, unless, more or less, as soon as: no amount compared; see the pair "moreOrLess")
    ['al menos', 1],
    ['por lo menos', 3],
    ['a menos que', 1],
    ['más o menos', 0],
    ['más o menos', 2],
    ['lo más', 1],
    ['no más', 1],
    ['nunca más', 1],
  ],
  fr: [
    // (forward, "en avant", is no "before"; see the pair "facing")
    ['en avant', 1],
    // (offline, out of order, out of reach, switched off: no "excluding"; see the pair "inclusion")
    ['hors ligne', 0],
    ['hors connexion', 0],
    ['hors réseau', 0],
    ['hors service', 0],
    ['hors tension', 0],
    ['hors de portée', 0],
    // (at least, unless, at any rate, more or less: no amount compared; see the pair "moreOrLess")
    ['au moins', 1],
    ["d'au moins", 1],
    ["qu'au moins", 1],
    ['à moins', 1],
    ['du moins', 1],
    ['pour le moins', 2],
    ['plus ou moins', 2],
    // (a comparison of how often is the comparisons' to read)
    ['plus fréquent', 1],
    ['plus fréquente', 1],
    ['plus fréquents', 1],
    ['plus fréquentes', 1],
    ['moins fréquent', 1],
    ['moins fréquente', 1],
    ['moins fréquents', 1],
    ['moins fréquentes', 1],
    ['plus souvent', 1],
    ['moins souvent', 1],
    ['plus rare', 1],
    ['plus rares', 1],
    // (again, no new thing)
    ['à nouveau', 1],
    ['de nouveau', 1],
    ['même si', 1],
    // (the afternoon is no noon)
    ['après midi', 1],
    ['tout droit', 1],
    // breakfast, the public at large, for the most part: no size
    ['petit déjeuner', 0],
    ['petits déjeuners', 0],
    ['grand public', 0],
    ['grande partie', 0],
    ['toujours pas', 0],
    ['est toujours', 1],
    ['sont toujours', 1],
  ],
};

type Phrases = readonly string[][];
const oppositeCache = new Map<string, ReadonlyMap<string, readonly [Phrases, Phrases]>>();

/** A language's pairs of opposites by name, each side as phrases of lower-case words. */
/** A phrase's word that stands for one to four words of any kind: "keep * on" is "keep the bandage on". */
const GAP = '*';
/** Negations that no gap of a phrase spans. */
const NEGATION_IN_GAP = /^(?:not|never|nicht|nie|niemals|kein|keine|keinen|pas|jamais|tidak|tak|jangan|belum|no|nunca)$/u;
/** A phrase's word (never its first) that stands for an English verb's -ing form: "keeps ~ing" is "keeps recording". */
const ING = '~ing';
const ING_FORM = /^\p{L}{2,}ing$/u;
const NO_ING_FORM = /thing$/u;
/** Whether a text's word is a phrase's word. */
const sameWord = (word: Item, phraseWord: string | undefined) =>
  phraseWord === ING ? ING_FORM.test(word.lower) && !NO_ING_FORM.test(word.lower) : word.lower === phraseWord;

/** Words after a particle that go on with its clause rather than take the particle as a preposition (and its adverbs: "throw tissues away immediately"). */
const CLAUSE_GOES_ON =
  /^(?:for|until|till|during|while|when|whenever|after|before|at|if|unless|and|or|but|as|so|to|again|now|overnight|afterwards|first|without|with|by|in|on|later|soon|today|tonight|\p{L}{3,}ly|und|oder|aber|wenn|bis|damit|sobald|bevor|nachdem|während|für|sofort|wieder|dann|zu|\p{L}{2,}zu\p{L}{3,}en)$/u;

function oppositesOf(lang: string): ReadonlyMap<string, readonly [Phrases, Phrases]> {
  const key = baseLanguage(lang);
  let pairs = oppositeCache.get(key);
  if (!pairs) {
    // (words are matched lower-cased: "ID card", "im Beitrag enthalten" as written in the lists;
    // and a hyphen parts words as the tokenizer parts them: "e-mail" is "e", "mail", a hyphen between)
    const split = (side: string) =>
      side.split('|').map((phrase) =>
        phrase
          .toLowerCase()
          .split(/[\s-]+/u)
          .filter((word) => word !== ''),
      );
    const found = new Map<string, readonly [Phrases, Phrases]>();
    for (const [name, byLanguage] of Object.entries(OPPOSITES)) {
      const pair = byLanguage[key];
      if (pair) found.set(name, [split(pair[0]), split(pair[1])]);
    }
    pairs = found;
    oppositeCache.set(key, pairs);
  }
  return pairs;
}

/**
 * Whether opposites may be swapped somewhere in a pair: the source says one side of a pair and
 * the translation the other, anywhere (most pairs have no word of the lists at all).
 */
function mayBeSwapped(source: Analysis, target: Analysis): boolean {
  const inSource = oppositesIn(source);
  if (inSource.size === 0) return false;
  const inTarget = oppositesIn(target);
  for (const [name, [a, b]] of inSource) {
    const other = inTarget.get(name);
    if (other && ((a.length > 0 && other[1].length > 0) || (b.length > 0 && other[0].length > 0))) return true;
  }
  return false;
}

const oppositesFound = new WeakMap<Analysis, ReadonlyMap<string, readonly [Cue[], Cue[]]>>();

/**
 * A French word after an elided article, "l'" or "d'" ("l'eau", "d'autres"), after the "qu'" of "ne
 * … que" ("qu'en ligne"), or a verb after its reflexive "s'" ("le minuteur s'arrête"; not "s'est",
 * "s'il", whose rest is another word): the word in its group.
 */
const ELIDED_ARTICLE_FR = /^(?:[ld]|qu|s(?=['’](?!est$|il$|ils$)))['’](\p{L}{2,})$/u;

/**
 * Indonesian words that end as a clitic does but are words of their own, never their stem with it:
 * "biasanya" is usually, not "biasa", usual ("SIM baru Anda biasanya siap" says nothing of an old
 * licence); "umumnya" generally, "sebenarnya" actually.
 */
const OWN_WORDS_WITH_CLITIC: ReadonlySet<string> = new Set([
  'biasanya',
  'umumnya',
  'rupanya',
  'agaknya',
  'khususnya',
  'sebenarnya',
  'tampaknya',
  'sepertinya',
  'misalnya',
]);

/** An Indonesian word and the clitic glued to its end ("mengaktifkan|nya", "matikan|lah"). */
const INDONESIAN_CLITIC = /^(\p{L}{4,}?)(?:nya|lah|kah)$/u;
/** A Spanish infinitive and the pronoun glued to its end ("activar|las", "desactivar|lo"). */
const SPANISH_CLITIC = /^(\p{L}{4,}?(?:ar|er|ir))(?:lo|la|los|las|le|les|se|me|te|nos)$/u;
/** An English word with its possessive "'s" ("the teacher's permission"): the word of the pairs. */
const ENGLISH_POSSESSIVE = /^(\p{L}{2,})['’]s$/u;

/**
 * Where each side of each pair of opposites stands in a text (none where NOT_OPPOSITES says the
 * word means something else), found in one walk over its words and kept with its analysis.
 */
/** The words of each pair of opposites (see OPPOSITES) a text says: by the pair's name, its two sides' words. */
/** Words of "less" before a word, which then says its side weakly or its opposite ("less strongly", "weniger oft", "moins souvent", "menos frecuente"). */
const LESS_BEFORE = new Set(['less', 'weniger', 'moins', 'menos']);

export function oppositesIn(analysis: Analysis): ReadonlyMap<string, readonly [Cue[], Cue[]]> {
  let found = oppositesFound.get(analysis);
  if (found) return found;
  const { byStart, neutralByStart, none } = indexOf(analysis.lang);
  if (analysis.unspaced) {
    found = oppositesInText(analysis, byStart, none);
    oppositesFound.set(analysis, found);
    return found;
  }
  // (an Indonesian word with a clitic glued on, "mengaktifkannya", "matikanlah", is its word:
  // the one-word sides of a pair are looked up without it)
  // (and an English one with its possessive, "teacher's")
  // (and a Spanish infinitive with its pronoun glued on, "activarlas", "desactivarlo", is the infinitive)
  const clitic =
    baseLanguage(analysis.lang) === 'id'
      ? INDONESIAN_CLITIC
      : baseLanguage(analysis.lang) === 'en'
        ? ENGLISH_POSSESSIVE
        : baseLanguage(analysis.lang) === 'es'
          ? SPANISH_CLITIC
          : null;
  const elided = baseLanguage(analysis.lang) === 'fr';
  // (and of the pairs the word with its clitic is in none of: "sebelumnya" is "previous" and
  // "before it")
  // (worked out once per language and word: most words are none, again and again)
  let known = startsKnown.get(byStart);
  if (!known) startsKnown.set(byStart, (known = new Map()));
  const cache = known;
  const startsOf = (word: Item) => {
    const cached = cache.get(word.lower);
    if (cached !== undefined) return cached ?? undefined;
    // (a French word with its elided article is the word: "l'eau salée", "l'extérieur"; not "c'est",
    // "s'il", whose rest is another word)
    const bare = elided ? ELIDED_ARTICLE_FR.exec(word.lower)?.[1] : undefined;
    const found = byStart.get(word.lower) ?? (bare ? byStart.get(bare) : undefined);
    const stem = OWN_WORDS_WITH_CLITIC.has(word.lower) ? undefined : clitic?.exec(word.lower)?.[1];
    const ofStem = stem
      ? byStart.get(stem)?.filter(({ name, phrase }) => phrase.length === 1 && !found?.some((each) => each.name === name))
      : undefined;
    const starts = ofStem?.length ? [...(found ?? []), ...ofStem] : found;
    if (cache.size >= 100_000) cache.clear();
    cache.set(word.lower, starts ?? null);
    return starts;
  };
  // (most texts have no word of the lists: nothing to walk)
  if (!analysis.items.some((item) => item.kind === 'word' && startsOf(item)?.length)) {
    oppositesFound.set(analysis, none);
    return none;
  }
  // (the pairs it has words of only)
  const out = new Map<string, [Cue[], Cue[]]>();
  const words: Item[] = [];
  const at: number[] = [];
  analysis.items.forEach((item, index) => {
    if (item.kind !== 'word') return;
    words.push(item);
    at.push(index);
  });
  // a phrase's words stand one after another, a hyphen at most between them ("full-time"), never
  // a comma or a full stop ("jika tidak, dikenakan biaya" is not "tidak dikenakan biaya")
  const joined = (k: number) => {
    for (let index = (at[k] as number) + 1; index < (at[k + 1] as number); index += 1)
      if ((analysis.items[index] as Item).text !== '-') return false;
    return true;
  };
  // how many words a phrase takes from the k-th word on (0: it is not there); a GAP in it is one to
  // four words of any kind, in the same clause ("keep the bandage on", "turn the heating off"), eight
  // in German, whose separable verbs take a clause between ("hört nach einer erfolgreichen
  // Behandlung sofort auf", "Schalten Sie auf gemeinsam genutzten Computern das automatische
  // Ausfüllen aus")
  const widest = baseLanguage(analysis.lang) === 'de' ? 8 : 4;
  const wordsOf = (k: number, phrase: readonly string[]): number => {
    if (!phrase.includes(GAP)) {
      if (k + phrase.length > words.length) return 0;
      // (the words first, then what stands between them)
      for (let i = 1; i < phrase.length; i += 1) if (!sameWord(words[k + i] as Item, phrase[i])) return 0;
      for (let i = 1; i < phrase.length; i += 1) if (!joined(k + i - 1)) return 0;
      return phrase.length;
    }
    let w = k + 1;
    for (let i = 1; i < phrase.length; i += 1) {
      if (phrase[i] === GAP) {
        const next = phrase[i + 1];
        if (w >= words.length || !joined(w - 1)) return 0;
        let skipped = 0;
        // (never across a negation, which says the other side: "Hören Sie nicht auf" is to go on)
        for (let gap = 1; gap <= widest && w + gap < words.length && joined(w + gap - 1); gap += 1) {
          if (sameWord(words[w + gap] as Item, next)) {
            skipped = gap;
            break;
          }
          if (NEGATION_IN_GAP.test((words[w + gap] as Item).lower)) break;
        }
        if (skipped === 0) return 0;
        w += skipped + 1;
        i += 1;
        continue;
      }
      if (w >= words.length || !sameWord(words[w] as Item, phrase[i]) || !joined(w - 1)) return 0;
      w += 1;
    }
    // the particle after a gap ends its clause: "keep the bandage on", "keep it on for a day", not
    // "keep your ticket on the bus", where "on" begins a place
    const after = words[w];
    if (after && joined(w - 1) && !CLAUSE_GOES_ON.test(after.lower)) return 0;
    return w - k;
  };
  const matches = (k: number, phrase: readonly string[]) => wordsOf(k, phrase) > 0;
  const neutral = new Set<number>();
  // the words a phrase of several took, in its own pair ("tidak termasuk" is not "termasuk" too);
  // another pair's phrases inside it are still that pair's ("la semaine suivante" is next week, and
  // "suivante" the next of a sequence)
  const coveredUntil = new Map<string, number>();
  for (let k = 0; k < words.length; k += 1) {
    const word = words[k] as Item;
    const neutralPhrases = neutralByStart.get(word.lower);
    if (neutralPhrases) for (const [parts, at] of neutralPhrases) if (matches(k, parts)) neutral.add(k + at);
    const starting = startsOf(word);
    if (!starting) continue;
    // (only the phrases the next word can go on: a common word starts dozens)
    const candidates = startsBefore(starting, words[k + 1]?.lower);
    for (const { name, side, phrase } of candidates) {
      if (k <= (coveredUntil.get(name) ?? -1)) continue;
      // (a word NOT_OPPOSITES takes is still the first of a phrase of its own: "akhir" is no end
      // in "akhir pekan", which is the weekend)
      // (nor "free from" before an amount, whose "from" starts the amount: "free from an order value
      // of €25" → "kostenpflichtig")
      const taken =
        neutral.has(k) &&
        phrase.length < 2 &&
        !(word.lower === 'free' && FREE_FROM_AN_AMOUNT.test(analysis.text.slice(word.end, word.end + 40)))
          ? 0
          : wordsOf(k, phrase);
      if (taken === 0) continue;
      // (a start word before a date is "from": "mulai 1 Maret", "starting Monday")
      if (phrase.length === 1 && fromADate(analysis, word)) continue;
      // (French "de plus de", "de moins de" are "more than", "less than": no amount added or taken off)
      if (phrase[0] === 'de' && MORE_OR_LESS_THAN_FR.test(analysis.text.slice(word.start, word.start + 20))) continue;
      // (more or less than something is a bound or a comparison, the limits' to read: "more than 4",
      // "mehr als", "moins de 5 €", "lebih banyak dari")
      // (a number spelled out after "de" too: "les enfants de moins de cinq ans")
      if (
        name === 'moreOrLess' &&
        (COMPARED.test(analysis.text.slice(word.end, word.end + 40)) ||
          (/^[\s\u00a0]+(?:de|of)[\s\u00a0]/iu.test(analysis.text.slice(word.end, word.end + 5)) &&
            spelledRightAfter(analysis.text, word.end, analysis.lang) !== null))
      )
        continue;
      // ("costs" is a price only before an amount: "costs 5 euros", not "travel costs are covered")
      if (
        name === 'charge' &&
        phrase.length === 1 &&
        word.lower === 'costs' &&
        !AMOUNT_AHEAD.test(analysis.text.slice(word.end, word.end + 24))
      )
        continue;
      // ("by" is a deadline's only before a date or a time: "by the 10th", "by Friday"; not "by car")
      if ((name === 'bound' || name === 'time') && word.lower === 'by' && !BY_A_DATE.test(analysis.text.slice(word.end, word.end + 40)))
        continue;
      // ("on the day" is no same day before "before" or "after": "on the day before the event")
      if (name === 'sameOrNextDay' && words[k + taken - 1]?.lower === 'day' && /^(?:before|after)$/u.test(words[k + taken]?.lower ?? ''))
        continue;
      // ("within" a span of time is no place: "within 30 days", "within the next hour"; a distance is
      // one, "reported within 5 km of your field" → "di luar radius 5 km")
      if (word.lower === 'within' && WITHIN_A_SPAN.test(analysis.text.slice(word.end, word.end + 40))) continue;
      // (Indonesian "selama" before a span of time is "for" it, not "during" a thing: "selama 5 menit")
      if (word.lower === 'selama' && FOR_A_SPAN_ID.test(analysis.text.slice(word.end, word.end + 24))) continue;
      // (a word that is another with a capital: German "Morgen" is the morning, "morgen" tomorrow)
      if (phrase.length === 1 && LOWER_CASE_ONLY.has(word.lower) && word.text !== word.lower) continue;
      let sides = out.get(name);
      if (!sides) out.set(name, (sides = [[], []]));
      // (nor a word right after "less", which says its side only weakly, or its opposite: "feel
      // thirst less strongly" is "lebih lemah", weaker; "fewer wet nappies" is no dry one)
      if (phrase.length === 1 && k > 0 && joined(k - 1) && LESS_BEFORE.has((words[k - 1] as Item).lower)) continue;
      // (one cue per word and side: a side's phrases may start alike)
      if (sides[side].at(-1)?.start === word.start) continue;
      coveredUntil.set(name, Math.max(coveredUntil.get(name) ?? -1, k + taken - 1));
      const last = words[k + taken - 1] as Item;
      sides[side].push({ start: word.start, end: last.end, text: analysis.text.slice(word.start, last.end) });
    }
  }
  found = out;
  oppositesFound.set(analysis, found);
  return found;
}

/** What follows a "within" of time rather than of a place ("within 30 days", "within a week", "within the next hour"). */
const WITHIN_A_SPAN =
  /^\s+(?:\d(?![\d.,]*\s*(?:km|m|mi|metres?|meters?|miles?|kilometres?|kilometers?|yards?|feet|ft)\b)|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|sixty|ninety|a few|several|the next|the first|the last|the same|the following|the specified|the agreed|that|this|such)\b|(?:\w+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|period|time|deadline|limit)\b)/iu;

/** People and animals a bound right after says the age or the size of ("children under 5", "Kinder unter 6 Jahren"). */
const BOUND_HOLDERS: Readonly<Record<string, RegExp>> = {
  en: /^(?:children|child|kids|babies|infants|toddlers|people|persons|patients|adults|teenagers|teens|adolescents|pupils|students|users|visitors|guests|dogs|puppies|pets|aged)$/u,
  id: /^(?:anak|anak-anak|balita|bayi|orang|pasien|remaja|siswa|pengguna|pengunjung|tamu|anjing|usia|berusia|umur)$/u,
  de: /^(?:kinder|kindern|kind|babys|säuglinge|säuglingen|kleinkinder|kleinkindern|personen|patienten|jugendliche|jugendlichen|schüler|besucher|gäste|hunde|welpen)$/u,
  fr: /^(?:enfants|enfant|bébés|nourrissons|personnes|patients|adolescents|jeunes|élèves|visiteurs|chiens|chiots|âgés|âgé|âgée|âgées)$/u,
  es: /^(?:niños|niño|niñas|bebés|lactantes|personas|pacientes|adolescentes|jóvenes|alumnos|visitantes|perros|cachorros)$/u,
};

/** What a Chinese bound's figure is of, said before it with 的: "课程的20%", "总额的10%". */
const OF_A_FIGURE_ZH = /^\p{sc=Han}{1,6}的[\s\u00a0]*[0-9０-９]/u;

/** A negative prefix of a word ("des" of "descongelada", "un" of "unfrozen"). */
const NEGATIVE_PREFIX_OF = /^(?:des|dés|dis|in|im|un|non)/u;

/**
 * Whether a word negative by its prefix has its plain word beside it in the sentence, the same
 * stem of five letters or more without the prefix ("descongelada … congelarse"): it then says a
 * state of a thing, not the sentence's negation.
 */
/**
 * Whether a negation of the translation is its word of a ban rendering the source's ("Screenshots
 * are blocked" → "禁止截图", "dilarang"): the source's sentence says the ban side of the pair
 * "permission", and the negation stands inside the translation's own word of that side. (With the
 * sides swapped, whether a negation of the source is one the translation renders so.)
 */
function banSaidAsBan(source: Analysis, target: Analysis, sourceSentence: Sentence, targetSentence: Sentence, added: Cue): boolean {
  const said = oppositesIn(source).get('permission')?.[1] ?? [];
  if (inSpan(said, sourceSentence).length === 0) return false;
  const bans = inSpan(oppositesIn(target).get('permission')?.[1] ?? [], targetSentence);
  return bans.some((ban) => ban.start <= added.start && added.end <= ban.end);
}

/** The word a comparison's second term follows ("than", "daripada", "als", "que", "比"). */
const THAN: Readonly<Record<string, RegExp>> = {
  en: /(?<![\p{L}])than(?![\p{L}])/giu,
  id: /(?<![\p{L}])(?:daripada|dibandingkan dengan|dibandingkan|dibanding)(?![\p{L}])/giu,
  de: /(?<![\p{L}])als(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:que(?![\p{L}])|qu['’])/giu,
  es: /(?<![\p{L}])que(?![\p{L}])/giu,
  zh: /比/gu,
};

/**
 * The terms of a comparison swapped: the source's sentence says one side of a pair of opposites
 * right before its "than" and the other right after ("more common in men than in women"), and the
 * translation's says them the other way round around its own ("chez les femmes que chez les
 * hommes", "lebih sering pada wanita daripada pria"). The source's first term and the
 * translation's, or null.
 */
function comparedSwapped(
  source: Analysis,
  target: Analysis,
  sourceSentence: Sentence,
  targetSentence: Sentence,
): { said: Cue; found: Cue } | null {
  const sourceThan = THAN[baseLanguage(source.lang)];
  const targetThan = THAN[baseLanguage(target.lang)];
  if (!sourceThan || !targetThan || source.text.slice(sourceSentence.start, sourceSentence.end).search(sourceThan) < 0) return null;
  const inTarget = oppositesIn(target);
  // the sides of a pair nearest before a "than" and first after it (within a few words), or null
  const around = (analysis: Analysis, sentence: Sentence, than: RegExp, sides: readonly [Cue[], Cue[]]) => {
    const text = analysis.text.slice(sentence.start, sentence.end);
    const cues = [...sides[0].map((cue) => ({ cue, side: 0 })), ...sides[1].map((cue) => ({ cue, side: 1 }))].filter(
      ({ cue }) => cue.start >= sentence.start && cue.end <= sentence.end,
    );
    for (const match of text.matchAll(than)) {
      const at = sentence.start + match.index;
      const end = at + match[0].length;
      const before = cues.filter(({ cue }) => cue.end <= at).sort((a, b) => b.cue.end - a.cue.end)[0];
      const after = cues.filter(({ cue }) => cue.start >= end).sort((a, b) => a.cue.start - b.cue.start)[0];
      if (!before || !after || before.side === after.side) continue;
      if (!analysis.unspaced && (wordsBetween(analysis, end, after.cue.start) > 3 || wordsBetween(analysis, before.cue.end, at) > 6))
        continue;
      return before;
    }
    return null;
  };
  for (const [name, sides] of oppositesIn(source)) {
    if (sides[0].length === 0 || sides[1].length === 0) continue;
    const other = inTarget.get(name);
    if (!other || other[0].length === 0 || other[1].length === 0) continue;
    const said = around(source, sourceSentence, sourceThan, sides);
    const found = said && around(target, targetSentence, targetThan, other);
    if (said && found && said.side !== found.side) return { said: said.cue, found: found.cue };
  }
  return null;
}

/** A verb's infinitive, gerund or participle by its ending, in languages that mark them ("apretar", "tightening", "serrer"). */
const VERB_FORM: Readonly<Record<string, RegExp>> = {
  en: /^\p{L}{2,}(?:ing|ed)$/u,
  es: /^\p{L}{2,}(?:ar|er|ir|ado|ada|ido|ida|ando|iendo)$/u,
  fr: /^\p{L}{2,}(?:er|ir|re|é|ée|és|ées)$/u,
};

function verbForm(analysis: Analysis, cue: Cue): boolean {
  const first = /^\p{L}+/u.exec(cue.text)?.[0].toLowerCase();
  return first !== undefined && (VERB_FORM[baseLanguage(analysis.lang)]?.test(first) ?? false);
}

/** An English "alone" ("alone", "on their own", "by themselves"). */
const ALONE_EN =
  /\b(?:alone|on (?:their|his|her|its|your|my|our) own|by (?:themselves|himself|herself|itself|yourself|yourselves|myself|ourselves))\b/iu;
/**
 * A word of "alone" that is also one of "only" (Spanish "solo"), as alone: after what it is said of,
 * before a preposition or the clause's end ("se queda solo a cargo", "viajar solo."), not before
 * what it restricts ("solo pueden nadar acompañados", only).
 */
const ALONE_WORD: Readonly<Record<string, { word: RegExp; after: RegExp }>> = {
  es: { word: /^(?:solo|sola|solos|solas)$/u, after: /^(?:\s+(?:a|al|en|durante|sin|por)(?![\p{L}])|\s*(?:[,.;:!?)]|$))/u },
};

function aloneWord(analysis: Analysis, cue: Cue): boolean {
  const alone = ALONE_WORD[baseLanguage(analysis.lang)];
  return alone !== undefined && alone.word.test(cue.text.toLowerCase()) && alone.after.test(analysis.text.slice(cue.end, cue.end + 12));
}

/** Words of going away after a negation ("do not go away", "has not disappeared", "doesn't wear off"). */
const VANISHING_AFTER: Readonly<Record<string, RegExp>> = {
  en: /^\s+(?:\p{L}+\s+)?(?:go away|goes away|went away|gone away|going away|disappear|disappears|disappeared|vanish|vanishes|vanished|clear up|clears up|cleared up|fade|fades|faded|wear off|wears off|worn off)(?![\p{L}])/iu,
};

/** An English thing said empty ("when the tank is empty", "an empty battery"), not the verb ("empty the fridge"). */
const EMPTY_SAID =
  /(?<![\p{L}])(?:(?:is|are|was|were|be|been|being|becomes|become|runs|run|gets|get|left)[\s\u00a0]+(?:\p{L}+ly[\s\u00a0]+)?(?:empty|vacant)|(?:an|the|its|their|your)[\s\u00a0]+empty)(?![\p{L}])/iu;

/** A translation's word of lacking, which may say a thing empty ("无水", "sans eau", "ohne Wasser"). */
const LACKING_WORD = /^(?:无|没|没有|sans|ohne|sin|tanpa)$/iu;

/** An English word of going away anywhere in a sentence ("often goes away", "until it disappears"). */
// (and a thing "gone" after its auxiliary, "until the numbness has completely gone", not gone
// somewhere or some way: "has gone up", "has gone to the shop", "is gone wrong")
const VANISHING_SAID =
  /(?<![\p{L}])(?:go away|goes away|went away|gone away|going away|disappear|disappears|disappeared|vanish|vanishes|vanished|clear up|clears up|cleared up|wear off|wears off|worn off|subside|subsides|subsided)(?![\p{L}])|(?<![\p{L}])(?:has|have|had|is|are|was|were)[\s\u00a0]+(?:\p{L}+ly[\s\u00a0]+)?gone(?![\p{L}])(?![\s\u00a0]+(?:to|into|up|down|out|back|through|over|off|on|by|from|in|with|past|wrong|bad|missing|for|ahead|around|along|far|beyond|under|mad)(?![\p{L}]))/iu;

/** A word of going away, soft for its prefix or its sense ("desaparecen", "hilang", "消失"). */
const VANISHING_WORD: Readonly<Record<string, RegExp>> = {
  es: /^(?:desaparec\p{L}*|desvanec\p{L}*)$/u,
  fr: /^(?:dispar\p{L}+)$/u,
  id: /^(?:hilang|menghilang|lenyap|sirna)$/u,
  de: /^(?:verschw\p{L}+|abklingen|abklingt|klingt)$/u,
  zh: /^(?:消失|消退|退烧|退热)$/u,
};

/** Whether a negation negates a word of going away ("if they do not go away"). */
function negatesVanishing(analysis: Analysis, cue: Cue): boolean {
  const after = VANISHING_AFTER[baseLanguage(analysis.lang)];
  return after !== undefined && after.test(analysis.text.slice(cue.end, cue.end + 40));
}

/** Whether a soft cue is a word of going away, which says the very word a lost negation negated. */
function vanishingWord(analysis: Analysis, cue: Cue): boolean {
  return VANISHING_WORD[baseLanguage(analysis.lang)]?.test(cue.text.toLowerCase()) ?? false;
}

function plainWordBeside(analysis: Analysis, span: Sentence, cue: Cue): boolean {
  const lower = cue.text.toLowerCase();
  const prefix = NEGATIVE_PREFIX_OF.exec(lower)?.[0];
  if (!prefix || lower.length - prefix.length < 5) return false;
  const stem = lower.slice(prefix.length, prefix.length + 5);
  return analysis.items.some(
    (item) =>
      item.kind === 'word' && item.start >= span.start && item.end <= span.end && item.start !== cue.start && item.lower.startsWith(stem),
  );
}

/** A "never" of a source. */
const NEVER_WORD = /^(?:never|nie|niemals|jamais|nunca|tidak pernah|tak pernah|从不|从来不|绝不)$/iu;
/** Words of how often that a lost "never" turns into ("sometimes", "a veces", "kadang-kadang", "有时"). */
const HOW_OFTEN: Readonly<Record<string, RegExp>> = {
  en: /(?<![\p{L}])(?:sometimes|occasionally|always)(?![\p{L}])/iu,
  id: /(?<![\p{L}])(?:kadang-kadang|kadang kadang|kadang|terkadang|sesekali|selalu)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:manchmal|gelegentlich|immer)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:parfois|quelquefois|toujours)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:a veces|en ocasiones|siempre)(?![\p{L}])/iu,
  zh: /有时|偶尔|总是/u,
};

/** Words of the lists that count only as written in lower case (German "morgen", tomorrow; "Morgen", the morning). */
const LOWER_CASE_ONLY: ReadonlySet<string> = new Set(['morgen']);

/** What follows an Indonesian "selama" that makes it "for" a span of time ("selama 5 menit", "selama beberapa hari", "selama seminggu"). */
const FOR_A_SPAN_ID =
  /^\s+(?:\p{N}|(?:beberapa|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|belasan|puluhan|setengah|sekitar|kira-kira|kurang lebih|lebih dari|kurang dari|maksimal|minimal|paling sedikit|paling lama|sedikitnya|semenit|sejam|sehari|seminggu|sepekan|sebulan|setahun|semalam|semalaman|seharian)(?![\p{L}]))/iu;

/** Words of a start that mean "from" before a date or a time ("mulai 1 Maret", "starting Monday"), with what may stand between. */
const FROM_BEFORE_DATE: Record<string, { words: ReadonlySet<string>; then: RegExp }> = {
  en: { words: new Set(['starting', 'beginning']), then: /^\s+(?:on\s+|from\s+)?(?:\p{N}|\p{Lu})/u },
  id: { words: new Set(['mulai']), then: /^\s+(?:(?:tanggal|tgl\.?|pukul|jam|hari|bulan|tahun)\s+)?(?:\p{N}|\p{Lu})/u },
};

function fromADate(analysis: Analysis, word: Item): boolean {
  const from = FROM_BEFORE_DATE[baseLanguage(analysis.lang)];
  return from !== undefined && from.words.has(word.lower) && from.then.test(analysis.text.slice(word.end, word.end + 24));
}

const oppositePatterns = new WeakMap<object, RegExp>();

/** The opposites of a text without spaces between words (Chinese): every phrase searched as text, the longest first. */
function oppositesInText(
  analysis: Analysis,
  byStart: OppositeIndex['byStart'],
  none: OppositeIndex['none'],
): ReadonlyMap<string, readonly [Cue[], Cue[]]> {
  let pattern = oppositePatterns.get(byStart);
  if (!pattern) {
    const phrases = [...byStart.keys()].sort((a, b) => b.length - a.length);
    // (in any case: a Chinese text writes Latin words as they are, "Wi-Fi", "WLAN"; the lists are lower-cased)
    pattern = phrases.length > 0 ? new RegExp(phrases.map(escapeRegExp).join('|'), 'giu') : /(?!)/giu;
    oppositePatterns.set(byStart, pattern);
  }
  const out = new Map<string, [Cue[], Cue[]]>();
  const add = (cue: Cue, pairs: ReadonlyArray<{ name: string; side: 0 | 1 }>) => {
    for (const { name, side } of pairs) {
      let sides = out.get(name);
      if (!sides) out.set(name, (sides = [[], []]));
      sides[side].push(cue);
    }
  };
  // (and a word of another pair a phrase begins with: "演出结束前" is before the end, "结束" of a
  // start and an end as well as "前" of before and after)
  const addPrefix = (cue: Cue, taken: ReadonlyArray<{ name: string }>) => {
    for (let length = cue.text.length - 1; length >= 2; length -= 1) {
      const prefix = cue.text.slice(0, length);
      const others = (byStart.get(prefix.toLowerCase()) ?? []).filter(({ name }) => !taken.some((pair) => pair.name === name));
      if (others.length === 0) continue;
      add({ start: cue.start, end: cue.start + length, text: prefix }, others);
      return;
    }
  };
  pattern.lastIndex = 0;
  for (let match = pattern.exec(analysis.text); match; match = pattern.exec(analysis.text)) {
    const cue = { start: match.index, end: match.index + match[0].length, text: match[0] };
    // (a phrase whose last character begins a word of its own is that word: "使用前门" is to use
    // the front door, not "使用前", before use, followed by a door)
    if (cue.end - cue.start > 2) {
      pattern.lastIndex = cue.end - 1;
      const next = pattern.exec(analysis.text);
      pattern.lastIndex = cue.end;
      if (next && next.index === cue.end - 1 && next.index + next[0].length > cue.end) {
        addPrefix(cue, []);
        pattern.lastIndex = next.index;
        continue;
      }
    }
    const pairs = byStart.get(match[0].toLowerCase()) ?? [];
    add(cue, pairs);
    // (a phrase of none, NOT_OPPOSITES', says none in its first characters either: "有效期", the
    // validity period, is no "有效", valid)
    if (pairs.length > 0) addPrefix(cue, pairs);
  }
  // (and a bare "前" or "后" after what is done, where the next clause begins: "使用预防性吸入器前请…"
  // is before using the inhaler; not one the lists took already)
  if (baseLanguage(analysis.lang) === 'zh' && byStart.has('之前')) {
    const time = out.get('time');
    for (const match of analysis.text.matchAll(CHINESE_VERB_BEFORE_AFTER)) {
      const at = match.index + match[0].length - 1;
      if (time?.some((side) => side.some((cue) => cue.start <= at && at < cue.end))) continue;
      add({ start: at, end: at + 1, text: match[0].slice(-1) }, [{ name: 'time', side: match[0].endsWith('前') ? 0 : 1 }]);
    }
    // (and a day of the month's: "每月5日前" is by the 5th, "5日后" after it)
    for (const match of analysis.text.matchAll(CHINESE_DATE_BEFORE_AFTER)) {
      const at = match.index + match[0].length - 1;
      if (out.get('time')?.some((side) => side.some((cue) => cue.start <= at && at < cue.end))) continue;
      add({ start: match.index, end: at + 1, text: match[0] }, [{ name: 'time', side: match[0].endsWith('前') ? 0 : 1 }]);
    }
    // (an "after" with "才" or "再" says the order both ways: "审核通过后才会显示" is shown only once
    // checked, the source's "checked … before it becomes visible"; "登录后才能发帖", log in before posting)
    const after = out.get('time');
    if (after)
      after[1] = after[1].filter((cue) => !(cue.text.endsWith('后') && AFTER_THEN_ZH.test(analysis.text.slice(cue.end, cue.end + 2))));
  }
  return out.size > 0 ? out : none;
}

/**
 * A bare Chinese "前" or "后" after what is done, where the main clause or the next item begins
 * ("使用预防性吸入器前请", "服用此药后，", "上厕所后和准备食物前"): before or after doing it. Not
 * "然后", "最后", "以后", "目前", "提前", "前后" (then, finally, later, now, early, around). And
 * one closing a "在…" ("在删除后通知您", after deleting it), not "在…前面" (in front of).
 */
const CHINESE_VERB_BEFORE_AFTER =
  /(?<=\p{sc=Han})(?<![然最以之随今此背落目提当眼从向上面跟空生前后午身退稍日])[前后](?=[，,和及请须需应要先再并会将才就]|$)|(?<=在[\p{sc=Han}\p{N}]{1,8})(?<![然最以之随今此背落目提当眼从向上面跟空生前后午身退稍日])[前后](?![面边天年来者])/gu;

/** A Chinese "lest" ("以免", its "免" with the character before), which opens a clause of what is to be avoided. */
const LEST_ZH = /^以免$/u;

/**
 * A clause of cause or of concession after a comma ("…, ya que", "…, car", "…, weil", "…，因为";
 * "…, même si", "…, aunque", "…, auch wenn"), up to the end of what it is found in.
 */
const CAUSE_AFTER_COMMA: Readonly<Record<string, RegExp>> = {
  en: /[,;]\s*(?:because|as|since|even if|even though|although)\s/iu,
  id: /[,;]\s*(?:karena|sebab|meskipun|walaupun|bahkan jika)\s/iu,
  de: /[,;]\s*(?:weil|denn|da|auch wenn|selbst wenn|obwohl)\s/iu,
  fr: /[,;]\s*(?:car|parce que|puisque|puisqu['’]|même si|même s['’]|bien que|bien qu['’])\s?/iu,
  es: /[,;]\s*(?:ya que|porque|puesto que|pues|aunque|incluso si|aun si)\s/iu,
  zh: /[，,；;]\s*(?:因为|由于|即使|尽管|哪怕)/u,
};

/**
 * Whether a soft cue stands in a clause of cause or concession the translation opens after a comma,
 * while each of the source's negations stands before the source sentence's first comma: such a
 * word says something of that clause, never the main clause's "not" ("Do not apply vinegar unless
 * guidance recommends it" → "Appliquez du vinaigre, même si les consignes le déconseillent").
 */
function inCauseAfterComma(
  target: Analysis,
  targetSentence: Sentence,
  cue: Cue,
  source: Analysis,
  sourceSentence: Sentence,
  sourceNots: readonly Cue[],
): boolean {
  const pattern = CAUSE_AFTER_COMMA[baseLanguage(target.lang)];
  if (!pattern || sourceNots.length === 0) return false;
  const sourceText = source.text.slice(sourceSentence.start, sourceSentence.end);
  const firstComma = sourceText.search(/[,;，；]/u);
  if (firstComma < 0 || sourceNots.some((negation) => negation.start >= sourceSentence.start + firstComma)) return false;
  return pattern.test(target.text.slice(targetSentence.start, cue.start));
}

/** What follows an "after" that makes it "only after" or "then": "后才", "后再", "后方可" (not "再次", again). */
const AFTER_THEN_ZH = /^(?:才|再(?![次度])|方可|方能)/u;

/** A day of the month (or a count of days) with a bare "前" or "后": "5日前", "15号之后". */
const CHINESE_DATE_BEFORE_AFTER = /(?<=\p{N})[日号](?:之|以)?[前后]/gu;

/** Each word's phrases of opposites (see oppositesIn's startsOf), per language's index; null for none. */
type OppositeStarts = ReadonlyArray<{ name: string; side: 0 | 1; phrase: readonly string[] }>;
const startsKnown = new WeakMap<ReadonlyMap<string, OppositeStarts>, Map<string, OppositeStarts | null>>();

/** A word's phrases of opposites by the word after it: those of one word or a wildcard, and those it goes on. */
interface StartsByNext {
  /** The phrases whose second word is none, a gap or an -ing form: possible before any word. */
  any: OppositeStarts;
  /** By a second word: those, and the phrases with that second word, in the list's order. */
  byNext: ReadonlyMap<string, OppositeStarts>;
}
const startsByNext = new WeakMap<OppositeStarts, StartsByNext>();

/**
 * Of a word's phrases of opposites, those the next word can continue (its second word is that
 * word, or is open), in their order: the same phrases match, without trying each of the dozens a
 * common word starts ("in", "di") at every place it stands.
 */
function startsBefore(starts: OppositeStarts, next: string | undefined): OppositeStarts {
  let split = startsByNext.get(starts);
  if (!split) {
    const open = (phrase: readonly string[]) => phrase.length === 1 || phrase[1] === GAP || phrase[1] === ING;
    const seconds = new Set(starts.flatMap(({ phrase }) => (open(phrase) ? [] : [phrase[1] as string])));
    const byNext = new Map<string, OppositeStarts>();
    for (const second of seconds)
      byNext.set(
        second,
        starts.filter(({ phrase }) => open(phrase) || phrase[1] === second),
      );
    split = { any: starts.filter(({ phrase }) => open(phrase)), byNext };
    startsByNext.set(starts, split);
  }
  return (next === undefined ? undefined : split.byNext.get(next)) ?? split.any;
}

interface OppositeIndex {
  /** The phrases of the lists by their first word. */
  byStart: ReadonlyMap<string, ReadonlyArray<{ name: string; side: 0 | 1; phrase: readonly string[] }>>;
  /** NOT_OPPOSITES by their first word: the phrase, and which of its words is not a cue. */
  neutralByStart: ReadonlyMap<string, ReadonlyArray<readonly [readonly string[], number]>>;
  /** What a text without a word of the lists has (shared: never changed). */
  none: ReadonlyMap<string, readonly [Cue[], Cue[]]>;
}

const oppositeIndexes = new Map<string, OppositeIndex>();

function indexOf(lang: string): OppositeIndex {
  const key = baseLanguage(lang);
  let index = oppositeIndexes.get(key);
  if (!index) {
    const byStart = new Map<string, Array<{ name: string; side: 0 | 1; phrase: readonly string[] }>>();
    for (const [name, sides] of oppositesOf(key))
      sides.forEach((phrases, side) => {
        for (const phrase of phrases) {
          const list = byStart.get(phrase[0] as string) ?? [];
          list.push({ name, side: side as 0 | 1, phrase });
          byStart.set(phrase[0] as string, list);
        }
      });
    // (the longest phrase at a word first: "médico de familia" is one cue, not "médico" and then
    // "familia" of the pair's other side)
    for (const list of byStart.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
    const neutralByStart = new Map<string, Array<readonly [readonly string[], number]>>();
    for (const [phrase, at] of NOT_OPPOSITES[key] ?? []) {
      const parts = phrase.split(' ');
      const list = neutralByStart.get(parts[0] as string) ?? [];
      list.push([parts, at]);
      neutralByStart.set(parts[0] as string, list);
    }
    // (in a text without spaces, a word that holds the start of a phrase is searched for too, and
    // says nothing: "卧室温暖" is a warm bedroom, no "室温")
    if (key === 'zh') for (const [phrase] of NOT_OPPOSITES[key] ?? []) if (!byStart.has(phrase)) byStart.set(phrase, []);
    index = { byStart, neutralByStart, none: new Map() };
    oppositeIndexes.set(key, index);
  }
  return index;
}

/** What follows a "free" whose "from" is that of an amount: "free from €25", "free from an order value of". */
const FREE_FROM_AN_AMOUNT =
  /^[\s\u00a0]+from[\s\u00a0]+(?:(?:an?|the)[\s\u00a0]+)?(?:\p{Sc}|\p{N}|(?:order|orders|purchase|purchases|spend|basket|cart|minimum)(?![\p{L}]))/iu;

const MORE_OR_LESS_THAN_FR = /^de\s+(?:plus|moins)\s+(?:de\s|d['’])/iu;

/** What follows "more" or "less" that makes it a comparison or a bound ("than", "als", "que", "dari", a figure). */
const COMPARED = /^(?:\s+(?:banyak|sedikit))?\s*(?:than|als|que|qu['’]|dari|daripada|de\s+\p{N}|d['’]\p{N}|de\s+(?:la\s+)?moitié|\p{N})/iu;

const inSpan = (cues: readonly Cue[], span: Sentence) => cues.filter((cue) => cue.start >= span.start && cue.end <= span.end);

/** Opposites swapped in one pair of sentences (see OPPOSITES): the source's word and the translation's. */
/**
 * Pairs whose sides a sentence says of different things that move about freely: "during the dry
 * season" stands first or last whatever "after 5 p.m." does, so their order tells nothing.
 */
const FREE_ORDER: ReadonlySet<string> = new Set(['duringAfter']);

/**
 * Pairs whose second side says the first with a negation anywhere after it in the sentence, not
 * only right before it: "if another reader has not reserved it" is "unless another reader has".
 */
const NEGATED_AFTER: ReadonlySet<string> = new Set(['exception']);

/**
 * Pairs read one way only: the source's first side against the translation's second ("until" →
 * "setelah"), never the other way round, since the translation's first side says more than the
 * source's ("sebelum" is before, "hingga" up to: "after" → "sebelum" is time's to report).
 */
const ONE_WAY: ReadonlySet<string> = new Set(['until', 'upperLower']);

/** A span of time between a negation and a cue of before or after ("nicht einen Monat vor", "not 2 days after"). */
const SPAN_BETWEEN =
  /(?:\p{N}+|(?<![\p{L}])(?:a|an|one|two|three|ein|eine|einen|einem|zwei|drei|un|une|deux|trois|una|uno|dos|tres|satu|dua|tiga))[\s\u00a0]*(?:days?|weeks?|months?|years?|hours?|minutes?|tage?n?|wochen?|monate?n?|jahre?n?|stunden?|minuten?|jours?|semaines?|mois|ans?|années?|heures?|días?|semanas?|mes(?:es)?|años?|horas?|minutos?|hari|minggu|bulan|tahun|jam|menit)(?![\p{L}])|[0-9一二两三四五六七八九十]+[\s\u00a0]*(?:天|周|个月|年|小时|分钟)/iu;

/** A Spanish participle alone between a "no" and the next word, after a noun rather than a verb ("créditos no utilizados caducan"). */
const PARTICIPLE_BETWEEN_ES = /^[\s\u00a0]+\p{L}+(?:ado|ada|ados|adas|ido|ida|idos|idas)[\s\u00a0]+$/u;
const COPULA_BEFORE_ES =
  /(?:^|[^\p{L}])(?:es|son|está|están|estaba|estaban|fue|fueron|será|serán|ha|han|había|habían|sido|estar|ser|se)[\s\u00a0]+$/iu;

function negatesParticiple(analysis: Analysis, negation: Cue, cue: Cue): boolean {
  return (
    baseLanguage(analysis.lang) === 'es' &&
    negation.text.toLowerCase() === 'no' &&
    PARTICIPLE_BETWEEN_ES.test(analysis.text.slice(negation.end, cue.start)) &&
    !COPULA_BEFORE_ES.test(analysis.text.slice(Math.max(0, negation.start - 12), negation.start))
  );
}

/**
 * Whether an English negation is a relative clause's, which ends before the main verb's cue: "that
 * are not approved are prohibited" negates the approving, not the prohibiting.
 */
function negatesRelativeClause(analysis: Analysis, negation: Cue, cue: Cue): boolean {
  return (
    baseLanguage(analysis.lang) === 'en' &&
    RELATIVE_BEFORE_EN.test(analysis.text.slice(Math.max(0, negation.start - 24), negation.start)) &&
    WORD_THEN_COPULA_EN.test(analysis.text.slice(negation.end, cue.start))
  );
}

/** A relative pronoun and its verb ending a text ("heaters that are ", "items which have been "). */
const RELATIVE_BEFORE_EN = /(?<![\p{L}])(?:that|which|who)[\s\u00a0]+(?:are|is|was|were|have been|has been|had been)[\s\u00a0]+$/iu;

/** The relative clause's word and the main clause's copula between a negation and its cue (" approved are "). */
const WORD_THEN_COPULA_EN = /^[\s\u00a0]+\p{L}+[\s\u00a0]+(?:are|is|was|were|will be|must be|may be|shall be)[\s\u00a0]+$/iu;

/** A conjunction right after a word, which opens a clause of its own ("… et ne peut pas", "… und darf nicht"). */
const JOINED_AFTER = /^[\s\u00a0]*,?[\s\u00a0]*(?:and|et|und|y|e|dan|serta|oder|or|ou|o)(?![\p{L}])/iu;

/** An "of" that opens what a noun is of ("returns of opened food"), between a negation and a cue. */
const OF_BETWEEN = /(?<![\p{L}])of(?![\p{L}])/u;

function oppositesSwapped(
  source: Paragraph,
  target: Paragraph,
  sourceSentence: Sentence,
  targetSentence: Sentence,
): Array<{ said: Cue; found: Cue }> {
  // a negation a few words before either word may say the swap ("Do not store above 30 °C" is
  // "Simpan di bawah 30 °C")
  // (not a "without" of a noun: "une option sans porc est parfois proposée" says "sometimes")
  const negated = (paragraph: Paragraph, span: Sentence, cue: Cue, within = 3) => {
    const negations = paragraph.of('negation', span);
    const prepositions = paragraph.prepositional(negations);
    return negations.some(
      (negation) =>
        negation.end <= cue.start &&
        // (a "without" right before a verb of the pair negates it: "sin apretar", without tightening, is loosely)
        (!prepositions.includes(negation) ||
          (wordsBetween(paragraph.analysis, negation.end, cue.start) === 0 && verbForm(paragraph.analysis, cue))) &&
        wordsBetween(paragraph.analysis, negation.end, cue.start) <= within &&
        // (not one glued to its own word: "the no-claims bonus is lost"; nor a prefix with its word,
        // which negates that word only: "les crédits non utilisés sont perdus")
        paragraph.analysis.text.charAt(negation.end) !== '-' &&
        !PREFIX_WITH_WORD.test(negation.text) &&
        // (nor one that opens a relative clause of one word before the word: "data yang tidak
        // terpakai berlaku hingga")
        !(wordsBetween(paragraph.analysis, negation.end, cue.start) === 1 && paragraph.afterRelativizer(negation)) &&
        // (nor a Spanish "no" of a participle said of the noun before it: "los créditos no
        // utilizados caducan", unused credits expire)
        !negatesParticiple(paragraph.analysis, negation, cue) &&
        !negatesRelativeClause(paragraph.analysis, negation, cue) &&
        !joinedAfterAWord(paragraph.analysis, negation.end, cue.start) &&
        // (not across a comma: "dilarang di semua gedung, kecuali balkon" negates the buildings only)
        !/[,;:，；：]/u.test(paragraph.analysis.text.slice(negation.end, cue.start)) &&
        // (nor into a condition: "jangan gunakan jika tampak keruh" negates the use, not the look)
        !conditionBetween(paragraph.analysis, negation.end, cue.start) &&
        // (nor past an "of" into what the negated verb's object is made of: "do not accept returns of
        // opened food" negates the accepting, not the opening)
        !OF_BETWEEN.test(paragraph.analysis.text.slice(negation.end, cue.start)) &&
        // (nor past a span of time, which the word is then said of: "wenn Sie nicht einen Monat vor
        // Ablauf kündigen" negates the cancelling; a month after is no month before; the clause's
        // verb is negated still, which a look further, past three words, asks)
        (within > 3 || !SPAN_BETWEEN.test(paragraph.analysis.text.slice(negation.end, cue.start))),
    );
  };
  // (not one that opens a clause joined on: "est obligatoire et ne peut pas être désactivée")
  const negatedRightAfter = (paragraph: Paragraph, span: Sentence, cue: Cue) =>
    paragraph.negatedBeside(span, cue, -1, 1) && !JOINED_AFTER.test(paragraph.analysis.text.slice(cue.end, cue.end + 8));
  // (a negation after the word in its clause, or a word that forbids: "Resale above the price is
  // prohibited")
  const negatedAfterInClause = (paragraph: Paragraph, span: Sentence, cue: Cue) => {
    const forbids = FORBIDDING[baseLanguage(paragraph.analysis.lang)];
    const forbidding: Cue[] = forbids
      ? paragraph.analysis.items.filter(
          (item) => item.kind === 'word' && item.start >= cue.end && item.end <= span.end && forbids.test(item.lower),
        )
      : [];
    const negations = [...paragraph.of('negation', span), ...forbidding];
    const prepositions = paragraph.prepositional(negations);
    return negations.some(
      (negation) =>
        negation.start >= cue.end &&
        !prepositions.includes(negation) &&
        // (a few words on, never the word's own: "must not be used" → "tidak boleh digunakan")
        wordsBetween(paragraph.analysis, cue.end, negation.start) >= 2 &&
        wordsBetween(paragraph.analysis, cue.end, negation.start) <= 6 &&
        !/[,;:，；：]/u.test(paragraph.analysis.text.slice(cue.end, negation.start)) &&
        // (nor in a clause joined on: "housed separately and do not join group play")
        !JOINED_CLAUSE.test(paragraph.analysis.text.slice(cue.end, negation.start)) &&
        !conditionBetween(paragraph.analysis, cue.end, negation.start),
    );
  };
  const negatedLater = (paragraph: Paragraph, span: Sentence, cue: Cue) =>
    paragraph.of('negation', span).some((negation) => negation.start >= cue.end);
  const inTarget = oppositesIn(target.analysis);
  const out: Array<{ said: Cue; found: Cue }> = [];
  for (const [name, inSource] of oppositesIn(source.analysis)) {
    const inTranslation = inTarget.get(name);
    if (!inTranslation || (inSource[0].length === 0 && inSource[1].length === 0)) continue;
    // (a part of the day beside a time the other side says with "a.m." or "p.m." is that time's:
    // "from 5 a.m. to midnight" → "早上5点至午夜", "pukul 5 pagi"; "de medianoche a las 8 de la
    // mañana" → "from midnight to 8 a.m.")
    const ofATime = (sides: readonly [Cue[], Cue[]], analysis: Analysis, other: Analysis, span: Sentence) =>
      name === 'dayPart' && AM_PM.test(other.text.slice(span.start, span.end))
        ? (sides.map((cues) => cues.filter((cue) => !besideAFigure(analysis, cue))) as [Cue[], Cue[]])
        : sides;
    const pair = passiveLeftOut(name, target.analysis, ofATime(inTranslation, target.analysis, source.analysis, sourceSentence));
    const [sourceA, sourceB] = passiveLeftOut(name, source.analysis, ofATime(inSource, source.analysis, target.analysis, targetSentence));
    // ("if … not" is "unless": the condition with a negation after it, on either side, says the exception)
    if (
      NEGATED_AFTER.has(name) &&
      (inSpan(sourceB, sourceSentence).some((cue) => negatedLater(source, sourceSentence, cue)) ||
        inSpan(pair[1], targetSentence).some((cue) => negatedLater(target, targetSentence, cue)))
    )
      continue;
    const saidA = inSpan(sourceA, sourceSentence);
    const saidB = inSpan(sourceB, sourceSentence);
    if (ONE_WAY.has(name) && (saidA.length === 0 || saidB.length > 0)) continue;
    // (a pair read only as two sides both texts say, swapped: a translation names one side where the
    // source left it implied, "given … with a written request from the parents" → "给孩子服药")
    if (
      SWAPPED_ONLY.has(name) &&
      (saidA.length === 0 ||
        saidB.length === 0 ||
        inSpan(pair[0], targetSentence).length === 0 ||
        inSpan(pair[1], targetSentence).length === 0)
    )
      continue;
    if (saidA.length > 0 && saidB.length > 0) {
      // (a side negated says the other: "wajib … tidak boleh" is "must … must never"; not of two
      // parties, whom a negation never turns one into the other: "Drivers must not pick up other
      // passengers")
      if (!PARTIES.has(name) && [...saidA, ...saidB].some((cue) => negated(source, sourceSentence, cue))) {
        // but the side the source negates is the one the translation negates ("when you drop off
        // your items, not on collection" → "au retrait des articles, et non au dépôt")
        const moved = negationMoved(
          [saidA, saidB].map((cues) => cues.map((cue) => negated(source, sourceSentence, cue))),
          [inSpan(pair[0], targetSentence), inSpan(pair[1], targetSentence)].map((cues) =>
            // (a Chinese clause negates after its word of time: "游戏结束后不可以")
            cues.map((cue) => ({
              cue,
              negated:
                negated(target, targetSentence, cue) ||
                contrasted(target.analysis, targetSentence, cue) ||
                (target.analysis.unspaced && negatedRightAfterInChinese(target, targetSentence, cue)),
            })),
          ),
        );
        if (moved !== null)
          out.push({
            said: (moved === 0 ? saidA : saidB)[0] as Cue,
            found: moved === 0 ? (inSpan(pair[1], targetSentence)[0] as Cue) : (inSpan(pair[0], targetSentence)[0] as Cue),
          });
        continue;
      }
      const foundA = inSpan(pair[0], targetSentence);
      const foundB = inSpan(pair[1], targetSentence);
      const among = swappedAmongBoth(saidA, saidB, foundA, foundB);
      const swapped = among
        ? [among]
        : FREE_ORDER.has(name)
          ? []
          : orderSwapped(source.analysis, target.analysis, sourceSentence, targetSentence, [saidA, saidB, foundA, foundB]);
      for (const each of swapped) if (!negated(target, targetSentence, each.found)) out.push(each);
      continue;
    }
    if (saidA.length === 0 && saidB.length === 0) continue;
    const [said, wanted, other] = saidA.length > 0 ? [saidA, pair[0], pair[1]] : [saidB, pair[1], pair[0]];
    const others = inSpan(other, targetSentence);
    // (the translation's word of the source's side set against with a "not" renders none of it:
    // "after the appointment, not when you book" → "sebelum janji temu, bukan setelah Anda memesan")
    // (unless the source negates in the clause of its own word: "但最后20分钟内不得离开" is "but not
    // during the last 20 minutes")
    const sourceClauseNegated = said.some(
      (each) => source.of('negation', clauseAround(source.analysis, each.start, sourceSentence)).length > 0,
    );
    const renders = inSpan(wanted, targetSentence).filter(
      (cue) => sourceClauseNegated || !contrasted(target.analysis, targetSentence, cue),
    );
    if (others.length === 0 || renders.length >= said.length) continue;
    // (of several, the one nearest where the source's word lands: "the always-on display turned
    // off" → "layar selalu aktif dinyalakan" turned "dinyalakan", not the display's "aktif")
    const found = others.length === 1 ? (others[0] as Cue) : nearestTo(source.analysis, target.analysis, said[0] as Cue, others);
    // (a sequence said with "then" may be rendered with a "before": "kept for 60 days and then
    // deleted" → "conservées 60 jours avant d'être supprimées")
    // (and the other way round: "avant d'être supprimées" → "After …, kept … and then deleted")
    // (but not an adverb of what went before: "Disinfect the site afterwards" → "Desinfizieren Sie
    // die Stelle vorher" turned it around)
    if (
      (name === 'time' || name === 'until') &&
      (other === pair[0]
        ? (THEN.test(source.analysis.text.slice(sourceSentence.start, sourceSentence.end)) &&
            !BEFOREHAND.test(found.text) &&
            !BEFORE_THAT.test(target.analysis.text.slice(found.start, found.end + 12)) &&
            // (and a Chinese "之前" that opens its clause, before that: "之后将被永久删除" → "之前…")
            !(
              /^(?:之前|以前|此前)$/u.test(found.text) &&
              /(?:^|[，；,;。])$/u.test(target.analysis.text.slice(targetSentence.start, found.start))
            )) ||
          // (and a span and its "after that", into an English span "before": "保留30天，之后将被永久删除"
          // → "stay … for 30 days before they are removed")
          (SPAN_BEFORE_EN.test(target.analysis.text.slice(targetSentence.start, targetSentence.end)) &&
            said.some((cue) => afterThatAt(source.analysis, sourceSentence, cue)))
        : THEN.test(target.analysis.text.slice(targetSentence.start, targetSentence.end)) ||
          // (a span kept "before" what ends it, said as the span and "after that": "stay in the bin
          // for 30 days before they are removed" → "保留30天，之后将被永久删除")
          (SPAN_BEFORE_EN.test(source.analysis.text.slice(sourceSentence.start, sourceSentence.end)) &&
            afterThatAt(target.analysis, targetSentence, found)))
    )
      continue;
    // (a negation on one side may say the swap; one on each side says it on neither: "must not be
    // transferred outside Indonesia" → "tidak boleh ditransfer di dalam Indonesia"; but the two
    // sides of a converse are one event seen from either end, negated or not: "cannot be bought on
    // the train" → "列车上不出售车票", not sold there)
    // (a negation before "unless" or "even if" is its clause's verb's, not the conjunction's:
    // "are not covered unless you declared them" → "están cubiertas aunque no las haya declarado")
    // (a "never" is a negation of its own, and a French "ne" before it is its first half: "Always
    // tell someone" → "Ne dites jamais à quelqu'un" turned it around, whatever negates it)
    // (so is one before "if" against "even if": "is not returned if it is damaged" → "se devuelve
    // siempre, aunque …")
    const conjunction = name === 'concession' || name === 'evenIf' || name === 'never';
    // (a modal's negation follows it in German: "Sie müssen nichts tun" is "you need not"; an
    // English "shall not" rendered "boleh" is the swap itself)
    // (German puts the object between: "muss die Impfserie nicht neu beginnen" is "need not restart")
    const trailing = (paragraph: Paragraph) => name === 'obligation' && baseLanguage(paragraph.analysis.lang) !== 'en';
    const negatedAfterModal = (paragraph: Paragraph, span: Sentence, cue: Cue) =>
      negatedRightAfter(paragraph, span, cue) ||
      (baseLanguage(paragraph.analysis.lang) === 'de' && negatedAfterInClause(paragraph, span, cue));
    const negatedSaid = said.filter(
      (cue) => negated(source, sourceSentence, cue) || (trailing(source) && negatedAfterModal(source, sourceSentence, cue)),
    );
    let targetNegated =
      !conjunction && (negated(target, targetSentence, found) || (trailing(target) && negatedAfterModal(target, targetSentence, found)));
    // (of several words of one side, some negated, the plain ones still want theirs: "Cool the skin
    // with a cool shower …, but do not put ice on it" → "una ducha caliente … y aplique hielo")
    const plainUnsaid =
      negatedSaid.length < said.length &&
      renders.filter((cue) => !negated(target, targetSentence, cue)).length < said.length - negatedSaid.length;
    const sourceNegated = !conjunction && negatedSaid.length > 0 && !(plainUnsaid && !targetNegated);
    // (one negation of the clause's verb, said a word or three further from the word on one side,
    // or after it, is the same on both: "Do not plant trees taller than" → "Jangan menanam pohon
    // yang lebih pendek dari", "Resale above the original price is prohibited" → "禁止以低于原价
    // 的价格转售" turned the height and the price around)
    // (not of a modal, whose negation follows it: "must never be left" is "tidak boleh ditinggal")
    const negatedInClause = (paragraph: Paragraph, span: Sentence, cue: Cue) =>
      negated(paragraph, span, cue, 6) || (name !== 'obligation' && name !== 'permission' && negatedAfterInClause(paragraph, span, cue));
    if (
      sourceNegated !== targetNegated &&
      (sourceNegated ? negatedInClause(target, targetSentence, found) : said.some((cue) => negatedInClause(source, sourceSentence, cue)))
    )
      targetNegated = sourceNegated;
    if (CONVERSES.has(name) ? sourceNegated || targetNegated : sourceNegated !== targetNegated) continue;
    // (each word turned where every one of the source's is: "Cool the area with a cold compress" →
    // "Réchauffez la zone avec une compresse chaude", two words, two places)
    const turnedAll = renders.length === 0 && others.length === said.length && others.length > 1 && targetNegated === false;
    if (turnedAll) others.forEach((each, k) => out.push({ said: said[k] as Cue, found: each }));
    else out.push({ said: said[0] as Cue, found });
  }
  return out;
}

/** English modals of possibility or permission, which an obligation strengthens ("can pay", "may sell"). */
const MAY_EN = /^(?:can|may|could|allowed|permitted|optional)$/u;

/** English words that oblige or need, or an "only" that makes a "can" one ("can only be paid by card"). */
const OBLIGING_OR_ONLY_EN =
  /(?<![\p{L}])(?:must|shall|should|ought|have to|has to|had to|need|needs|needed|require|requires|required|necessary|obliged|mandatory|compulsory|only)(?![\p{L}])/iu;

/**
 * A possibility or a permission made an obligation: the English source says "can" or "may" and
 * nothing that obliges or needs, negates nothing, and the translation's sentence says one obligation
 * and fewer words of possibility than the source ("we may sell the contents" → "nous devons vendre
 * le contenu", "You can pay for each lesson" → "您必须按课单独付费"). The words, or null.
 */
function obligationStrengthened(
  source: Paragraph,
  target: Paragraph,
  sourceSentence: Sentence,
  targetSentence: Sentence,
): { said: Cue; found: Cue } | null {
  if (baseLanguage(source.analysis.lang) !== 'en' || source.of('negation', sourceSentence).length > 0) return null;
  if (OBLIGING_OR_ONLY_EN.test(source.analysis.text.slice(sourceSentence.start, sourceSentence.end))) return null;
  const mays = source.analysis.items.filter(
    (item) => item.kind === 'word' && item.start >= sourceSentence.start && item.end <= sourceSentence.end && MAY_EN.test(item.lower),
  );
  const [said] = mays;
  if (!said) return null;
  if (target.analysis.unspaced) {
    if (baseLanguage(target.analysis.lang) !== 'zh') return null;
    const text = target.analysis.text.slice(targetSentence.start, targetSentence.end);
    const obliging = [...text.matchAll(CHINESE_OBLIGATION)];
    const [found] = obliging;
    if (obliging.length !== 1 || !found || (text.match(CHINESE_POSSIBLE) ?? []).length >= mays.length) return null;
    const start = targetSentence.start + found.index;
    return { said, found: { start, end: start + found[0].length, text: found[0] } };
  }
  const possible = POSSIBLE[baseLanguage(target.analysis.lang)];
  // (words that oblige, no word of need, which also says how long a thing takes: "it can take two
  // to four weeks" → "perlu dua hingga empat minggu")
  const oblige = OBLIGING[baseLanguage(target.analysis.lang)];
  if (!possible || !oblige) return null;
  const words = target.analysis.items.filter(
    (item) => item.kind === 'word' && item.start >= targetSentence.start && item.end <= targetSentence.end,
  );
  const obliging = words.filter((item) => oblige.test(item.lower));
  const [found] = obliging;
  if (obliging.length !== 1 || !found) return null;
  // (nor an obligation negated right before it, which says the permission: "Cameras are optional" →
  // "Kamera tidak wajib dinyalakan")
  const before = words[words.indexOf(found) - 1];
  if (before && target.of('negation', targetSentence).some((cue) => cue.start <= before.start && before.end <= cue.end)) return null;
  const possibles = words.filter((item) => possible.test(item.lower));
  return possibles.length < mays.length ? { said, found: { start: found.start, end: found.end, text: found.text } } : null;
}

/** Pairs read only where both texts say both sides (see oppositesSwapped): a parent and a child. */
const SWAPPED_ONLY: ReadonlySet<string> = new Set(['parentChild']);

/** Pairs of two parties (who sends and who receives, who rents and who lets, …). */
const PARTIES: ReadonlySet<string> = new Set([
  'sending',
  'leadership',
  'sale',
  'lending',
  'letting',
  'employment',
  'service',
  'crew',
  'sitting',
  'parentChild',
]);

/**
 * Pairs whose English side said in the passive names no one who does it: "Orders are picked up on
 * the same day" says no collecting in person, and a service that picks up at the door ("上门取件")
 * says the same.
 */
const NEUTRAL_IN_PASSIVE: ReadonlySet<string> = new Set(['homeOrInPerson']);
const PASSIVE_BEFORE_EN = /(?:^|[^\p{L}])(?:is|are|was|were|be|been|being)[\s\u00a0]+$/iu;

function passiveLeftOut(name: string, analysis: Analysis, sides: readonly [Cue[], Cue[]]): readonly [Cue[], Cue[]] {
  if (!NEUTRAL_IN_PASSIVE.has(name) || baseLanguage(analysis.lang) !== 'en') return sides;
  // (of the side that collects: "sent to your home" says where, passive or not)
  return [sides[0], sides[1].filter((cue) => !PASSIVE_BEFORE_EN.test(analysis.text.slice(Math.max(0, cue.start - 12), cue.start)))];
}

/** Words of possibility or permission ("can", "dapat", "kann", "peut"): what an obligation weakens into. */
const POSSIBLE: Readonly<Record<string, RegExp>> = {
  en: /^(?:can|cannot|can't|may|might|could|able|possible|possibly|perhaps|maybe|allowed|permitted|optional)$/u,
  id: /^(?:dapat|bisa|boleh|mampu|mungkin|diperbolehkan|diizinkan|dimungkinkan)$/u,
  de: /^(?:kann|kannst|können|könnt|könnte|könnten|darf|darfst|dürfen|möglich|möglicherweise|vielleicht|eventuell)$/u,
  fr: /^(?:peut|peux|peuvent|pouvez|pouvons|pourra|pourront|pourrait|pourrez|pourriez|puisse|puissent|puissiez|possible)$/u,
  es: /^(?:puede|puedes|pueden|podemos|podrá|podrán|podría|pueda|puedas|puedan|podamos|pudiera|pudieran|posible|posiblemente|quizá|quizás)$/u,
};

/** Whether the source obliges and the translation says a possibility: an obligation may be weakened (see obligationWeakened). */
/** Whether a translation may have made a possibility an obligation (see obligationStrengthened): its text obliges somewhere. */
function mayBeStrengthened(source: Analysis, target: Analysis): boolean {
  if (baseLanguage(source.lang) !== 'en' || !source.items.some((item) => MAY_EN.test(item.lower))) return false;
  if (baseLanguage(target.lang) === 'zh') return target.text.search(CHINESE_OBLIGATION) >= 0;
  return (oppositesIn(target).get('obligation')?.[0].length ?? 0) > 0;
}

/** Whether a translation has a command to avoid (see avoidanceAdded). */
function mayBeAvoided(target: Analysis): boolean {
  const command = AVOID_COMMAND[baseLanguage(target.lang)];
  return command !== undefined && target.items.some((item) => item.kind === 'word' && command.test(item.lower));
}

function mayBeWeakened(source: Analysis, target: Analysis): boolean {
  if ((oppositesIn(source).get('obligation')?.[0].length ?? 0) === 0 && shouldsOfDoing(source).length === 0) return false;
  // (search() reads a global expression from the start, whatever its lastIndex)
  if (baseLanguage(target.lang) === 'zh') return target.text.search(CHINESE_POSSIBLE) >= 0;
  const possible = POSSIBLE[baseLanguage(target.lang)];
  return possible !== undefined && target.items.some((item) => possible.test(item.lower));
}

/**
 * Words right after a negation that make it one of degree, "not so", "not enough" ("nicht so
 * gründlich", "不够彻底", "no tan caro"), per language: what a comparison down of the source may be
 * said with ("cleans less thoroughly").
 */
const DEGREE_AFTER: Readonly<Record<string, RegExp>> = {
  en: /^[\s\u00a0]+(?:as|so|that|too|very|enough)(?![\p{L}])/iu,
  id: /^[\s\u00a0]+(?:begitu|terlalu|seberapa|cukup|sangat|se\p{L}+)(?![\p{L}])/iu,
  de: /^[\s\u00a0]+(?:so|ganz|sehr|allzu|genug|besonders)(?![\p{L}])/iu,
  fr: /^[\s\u00a0]+(?:aussi|si|très|tellement|assez|trop)(?![\p{L}])/iu,
  es: /^[\s\u00a0]+(?:tan|tanto|tanta|muy|suficiente|suficientemente)(?![\p{L}])/iu,
  zh: /^(?:够|太|很|那么|如)/u,
};

/** Whether an added negation is one of degree ("nicht so", "不够") where the source's sentence compares down ("less thoroughly"). */
function lessSaidAsNotSo(sourceParagraph: Paragraph, sourceSentence: Sentence, target: Analysis, added: Cue): boolean {
  const degree = DEGREE_AFTER[baseLanguage(target.lang)];
  if (!degree?.test(target.text.slice(added.end, added.end + 24))) return false;
  return sourceParagraph.analysis.items.some(
    (item) =>
      item.kind === 'word' &&
      item.start >= sourceSentence.start &&
      item.end <= sourceSentence.end &&
      sourceParagraph.isDownward(item.lower),
  );
}

/** English words of losing, soft words that Chinese says with plain ones ("丢失", "损失"). */
const LOSING = /^(?:lose|loses|losing|lost|loss|losses)$/iu;

/**
 * Whether the source's only soft words are words of losing that a Chinese translation says with a
 * plain word of its own ("tooth loss" → "牙齿脱落"), so that a negation it adds renders none of
 * them: "can lead to tooth loss" → "不会导致牙齿脱落" added one.
 */
function lossSaidPlainly(s: Side, target: Analysis, targetSentence: Sentence): boolean {
  return (
    baseLanguage(target.lang) === 'zh' &&
    s.soft.length > 0 &&
    s.soft.every((cue) => LOSING.test(cue.text)) &&
    LOSS_ZH.test(target.text.slice(targetSentence.start, targetSentence.end))
  );
}

/** Chinese plain words of losing ("脱落", falling out; "丢失", "损失", "流失"). */
const LOSS_ZH = /脱落|丢失|损失|流失|丧失|遗失|掉落|失去/u;

/** English words of keeping and staying, soft for the "on" they may lose ("keep the bandage on"). */
const KEEPING = /^(?:keep|keeps|kept|keeping|stay|stays|stayed|staying|remain|remains|remained|remaining)$/iu;

/** A word that joins a clause on ("and", "dan", "und", "et", "y", "和"). */
const JOINED_CLAUSE = /(?<![\p{L}])(?:and|or|but|dan|atau|tetapi|und|oder|aber|et|ou|mais|y|o|pero)(?![\p{L}])|和|或|但/iu;

/** Words that forbid what their clause says, after it ("Resale above the price is prohibited"). */
const FORBIDDING: Readonly<Record<string, RegExp>> = {
  en: /^(?:prohibited|forbidden|banned)$/u,
  id: /^(?:dilarang|terlarang)$/u,
  de: /^(?:verboten|untersagt|unzulässig)$/u,
  fr: /^(?:interdit|interdite|interdits|interdites)$/u,
  es: /^(?:prohibido|prohibida|prohibidos|prohibidas)$/u,
};

/** What may stand between a Chinese negation and the bound it negates: nothing, or a modal ("不得低于"). */
const CHINESE_MODAL_GAP = /^(?:得|能|可|应|会|要|应该|可以|能够|需要)?$/u;

/** Chinese words of obligation, of possibility and of "only" (see obligationWeakened). */
const CHINESE_OBLIGATION = /必须|务必|必需|须|应当|应该/gu;
const CHINESE_POSSIBLE = /可以|能够|可/gu;
const CHINESE_ONLY = /只|仅/u;

/** Words of "only", which turn a possibility into an obligation ("may only be worn with"). */
const ONLY: Readonly<Record<string, RegExp>> = {
  en: /^(?:only|solely|exclusively)$/u,
  id: /^(?:hanya|cuma|semata-mata)$/u,
  de: /^(?:nur|ausschließlich|lediglich|erst)$/u,
  fr: /^(?:seulement|uniquement|exclusivement)$/u,
  es: /^(?:solo|sólo|solamente|únicamente|exclusivamente)$/u,
};

/** Whether a cue is a word of "only" ("hanya", "nur", "只"). */
function onlyWord(analysis: Analysis, cue: Cue): boolean {
  if (analysis.unspaced) return CHINESE_ONLY.test(cue.text) && cue.text.length === 1;
  return ONLY[baseLanguage(analysis.lang)]?.test(cue.text.toLowerCase()) ?? false;
}

/**
 * What an English sentence's "not" may be traded for an "only" with: an exception, a bound, a
 * contrast, a word of any or none ("not unless", "not before 9", "not X but Y", "nothing else").
 */
const ONLY_TRADES =
  /\b(?:unless|except|excepting|but|other than|apart from|besides|until|till|before|after|without|more|less|fewer|over|under|above|below|beyond|outside|within|any|anything|anyone|anybody|anywhere|else|nothing|no one|nobody|nowhere|none|never|neither|nor|instead|rather|alone|just|once|first)\b/iu;

/**
 * Whether a negation that ends its clause, its predicate left out ("Parking is free; charging is
 * not", "the back door is not"), is said by the opposite of the predicate it leaves out: the
 * source's paragraph says one side of a pair of opposites, and the translation's says both, the
 * other side in the sentence of the negation ("充电收费", "pintu belakang tertutup").
 */
function elidedSaidByOpposite(source: Analysis, target: Analysis, targetSentence: Sentence, negation: Cue): boolean {
  if (!/^[\s\u00a0]*(?:[.;,!?:)]|$)/u.test(source.text.slice(negation.end, negation.end + 4))) return false;
  const inTarget = oppositesIn(target);
  for (const [name, [a, b]] of oppositesIn(source)) {
    if (a.length > 0 === b.length > 0) continue;
    const pair = inTarget.get(name);
    if (!pair) continue;
    const [said, other] = a.length > 0 ? pair : [pair[1], pair[0]];
    if (said.length > 0 && inSpan(other, targetSentence).length > 0) return true;
  }
  return false;
}

/** The preposition of a span of time right before a comparison ("for more than seven days", "selama lebih dari", "pendant plus de"). */
const SPAN_BOUND_BEFORE = /(?<![\p{L}])(?:for|on|over|during|in|selama|pendant|durante|für)[\s\u00a0]+$/iu;
/**
 * The deadlines of "not before" (Spanish, French, and English's "no earlier than", German's "nicht
 * früher als"), which English says with a plain negation after a comma ("not before low tide").
 */
const NOT_BEFORE = /^(?:no antes de|pas avant)$/iu;
/** The comma alone before the second side of a contrast (", no antes de"; not ", pero no antes de seis meses", a deadline). */
const CONTRAST_BEFORE = /[,;][\s\u00a0]*$/u;
/** The "à" of a French "à moins de", within a distance ("à moins de 50 mètres"), right before its "moins". */
const WITHIN_FR = /(?<![\p{L}])à[\s\u00a0]+$/iu;

/** What an "only" of a translation may trade a source's "without" for: an exception, a contrast, nothing else. */
// (a "but" of exception, "nothing but water", not one that joins a clause after a comma: "works
// without an account, but the history is only saved with one" → "nur mit Kundenkonto" lost it)
const ONLY_TRADES_WITHOUT =
  /\b(?:unless|except|excepting|(?<![,;][\s\u00a0]{0,3})but|other than|apart from|besides|any|anything|anyone|anybody|anywhere|else|nothing|no one|nobody|nowhere|none|never|neither|nor|instead|rather|alone|just)\b/iu;

/**
 * An obligation weakened into a possibility: the source obliges more times in the sentence than
 * the translation does, says no possibility of its own, and the translation says one where the
 * obligation went ("must be made in writing and must include the number" → "harus dibuat … dan
 * dapat mencantumkan nomor"). The word of possibility, or null. Negations on either side are the
 * polarity rule's ("need not" is a permission), so a sentence with one is left alone.
 */
function obligationWeakened(
  source: Paragraph,
  target: Paragraph,
  sourceSentence: Sentence,
  targetSentence: Sentence,
): { said: Cue; found: Cue } | null {
  const sourcePossible = POSSIBLE[baseLanguage(source.analysis.lang)];
  const chinese = baseLanguage(target.analysis.lang) === 'zh';
  const targetPossible = POSSIBLE[baseLanguage(target.analysis.lang)];
  if (!sourcePossible || (!targetPossible && !chinese) || source.analysis.unspaced) return null;
  if (source.of('negation', sourceSentence).length > 0 || target.of('negation', targetSentence).length > 0) return null;
  const obliges = oppositesIn(source.analysis).get('obligation')?.[0];
  // (and an English "should" of what is to be done, "should stay at home" → "也可以去上学", where
  // the translation says no "should" of its own nor an "only", which says it with its "may": "should
  // only take" → "hanya boleh minum")
  const shoulds = inSpan(shouldsOfDoing(source.analysis), sourceSentence);
  const shouldSaid =
    shoulds.length > 0 &&
    (SHOULD_SAID[baseLanguage(target.analysis.lang)]?.test(target.analysis.text.slice(targetSentence.start, targetSentence.end)) ||
      ONLY_OR_NOT_BEFORE[baseLanguage(target.analysis.lang)]?.test(target.analysis.text.slice(targetSentence.start, targetSentence.end)));
  const said = [...(obliges ? inSpan(obliges, sourceSentence) : []), ...(shouldSaid ? [] : shoulds)].sort((a, b) => a.start - b.start);
  if (said.length === 0) return null;
  const inSentence = (analysis: Analysis, span: Sentence, pattern: RegExp) =>
    analysis.items.filter((item) => item.start >= span.start && item.end <= span.end && pattern.test(item.lower));
  // (a possibility of the source's own leaves the obligations to be told apart by their order: each
  // word of the source's, obligation or possibility, rendered in turn, "must leave a number where
  // they can be reached" → "pueden dejar un número … se les pueda localizar")
  const ownPossible = inSentence(source.analysis, sourceSentence, sourcePossible);
  if (ownPossible.length > 0 && (chinese || said.length !== 1)) return null;
  // (Chinese, written without spaces, is searched as text: "必须", "须"; "可以", "能够")
  if (chinese) {
    const text = target.analysis.text.slice(targetSentence.start, targetSentence.end);
    const rendered = (text.match(CHINESE_OBLIGATION) ?? []).length;
    if (rendered >= said.length || CHINESE_ONLY.test(text)) return null;
    const possible = [...text.matchAll(CHINESE_POSSIBLE)];
    const [found] = possible;
    if (possible.length !== 1 || !found) return null;
    const start = targetSentence.start + found.index;
    return { said: said[rendered] as Cue, found: { start, end: start + found[0].length, text: found[0] } };
  }
  if (!targetPossible) return null;
  const renders = oppositesIn(target.analysis).get('obligation')?.[0];
  const rendered = renders ? inSpan(renders, targetSentence).length : 0;
  if (rendered >= said.length) return null;
  // ("may only" obliges: "must be worn with socks" → "dürfen nur mit Socken getragen werden")
  const only = [source, target].map(({ analysis }, k) => {
    const pattern = ONLY[baseLanguage(analysis.lang)];
    return pattern ? inSentence(analysis, k === 0 ? sourceSentence : targetSentence, pattern).length : 0;
  });
  if ((only[1] ?? 0) > (only[0] ?? 0)) return null;
  const possible = inSentence(target.analysis, targetSentence, targetPossible);
  const [found] = possible;
  // (nor one that renders an English word of what can be done: "A refundable deposit is required"
  // → "Deposit yang dapat dikembalikan … diperlukan")
  if (
    baseLanguage(source.analysis.lang) === 'en' &&
    inSentence(source.analysis, sourceSentence, ABLE_WORD).filter((word) => !NOT_DONE_ABLE.test(word.lower)).length >= possible.length
  )
    return null;
  if (ownPossible.length > 0) {
    if (rendered > 0 || possible.length !== ownPossible.length + 1) return null;
    const order = [...said, ...ownPossible].sort((a, b) => a.start - b.start).indexOf(said[0] as Cue);
    const turned = possible[order] as Item;
    return { said: said[0] as Cue, found: { start: turned.start, end: turned.end, text: turned.text } };
  }
  return possible.length === 1 && found
    ? { said: said[rendered] as Cue, found: { start: found.start, end: found.end, text: found.text } }
    : null;
}

/** The words each language says an English "should" with ("sebaiknya", "sollte", "devrait", "debería", "应该", "需要"). */
const SHOULD_SAID: Readonly<Record<string, RegExp>> = {
  id: /(?<![\p{L}])(?:sebaiknya|seharusnya|hendaknya|perlu|harus|wajib|mesti|disarankan|dianjurkan)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:sollte|sollten|solltest|sollen|soll|empfohlen|empfiehlt|ratsam)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:devrait|devraient|devriez|devrais|doit|doivent|devez|faut|conseillé|conseillée|recommandé|recommandée)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:debería|deberían|deberías|debe|deben|debes|conviene|recomienda|recomendable|hay que)(?![\p{L}])/iu,
  zh: /应该|应当|应|需要|需|须|要|最好|宜/u,
};

/** An "only" of each language, whose "may" says an obligation ("hanya boleh", "baru boleh", "nur", "只能"). */
const ONLY_OR_NOT_BEFORE: Readonly<Record<string, RegExp>> = {
  id: /(?<![\p{L}])(?:hanya|baru|cuma)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:nur|erst|ausschließlich|lediglich)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:seulement|uniquement|qu['’])/iu,
  es: /(?<![\p{L}])(?:solo|sólo|solamente|únicamente)(?![\p{L}])/iu,
  zh: /只|仅|才/u,
};

/** The English verbs of how a thing is expected to go, whose "should" expects ("should heal within a week"), not obliges. */
const EXPECTED_COURSE =
  /^(?:heal|heals|improve|clear|disappear|fade|settle|subside|resolve|arrive|last|recover|reach|go|get|work|take|see|notice|feel|receive|start|begin|appear|happen|occur|show|load|open|display|be)$/u;

/** English past participles of irregular verbs, whose "should be" obliges ("should be done", "should be worn"). */
const IRREGULAR_PARTICIPLE =
  /^(?:done|seen|taken|given|worn|kept|made|put|set|cut|paid|held|shown|known|written|eaten|sent|left|brought|bought|read|run|begun|chosen|driven|drawn|hidden|spent|told|found|sold|built|shut|let|thrown|forgotten|broken|frozen|spoken|ridden|bitten|swollen|fed|led|laid|met|sought|taught|thought|understood|undertaken|withdrawn|borne|sworn|torn|woken|won)$/u;

/**
 * An English "should" of what is to be done ("should stay at home", "should be replaced"), not one
 * that expects ("should heal within a week", "Noise should be minimal", "should be able to"):
 * before a verb other than those of how things go, or before "be" and a participle.
 */
function shouldsOfDoing(analysis: Analysis): Cue[] {
  if (baseLanguage(analysis.lang) !== 'en' || !/should/iu.test(analysis.text)) return [];
  const words = analysis.items.filter((item) => item.kind === 'word');
  const out: Cue[] = [];
  words.forEach((word, k) => {
    if (word.lower !== 'should') return;
    let j = k + 1;
    while (
      words[j] &&
      /^(?:only|not|also|always|never|still|just|really|then|therefore|ideally|preferably|first)$/u.test((words[j] as Item).lower)
    )
      j += 1;
    const verb = words[j];
    if (!verb || words[j - 1]?.lower === 'not' || words[j - 1]?.lower === 'never') return;
    if (verb.lower === 'be') {
      const next = words[j + 1];
      if (!next || !(/ed$/u.test(next.lower) || IRREGULAR_PARTICIPLE.test(next.lower))) return;
    } else if (EXPECTED_COURSE.test(verb.lower) || verb.lower.endsWith('ed')) return;
    out.push({ start: word.start, end: word.end, text: word.text });
  });
  return out;
}

/** Words of ABLE_WORD's shape that say no thing that can be done to a thing, which other languages would say with "can". */
const NOT_DONE_ABLE =
  /^(?:table|cable|vegetable|stable|available|comfortable|capable|suitable|liable|valuable|responsible|possible|reasonable)$/u;

/** Words that say a thing may happen, or may be done ("may", "might"). */
const HEDGE: Readonly<Record<string, RegExp>> = {
  en: /^(?:may|might)$/u,
};

/** Whether a source says "may" anywhere (see possibilityMadeCertain): most paragraphs do not. */
function mayBeHedged(source: Analysis): boolean {
  const hedge = HEDGE[baseLanguage(source.lang)];
  return hedge !== undefined && source.items.some((item) => item.kind === 'word' && item.text === item.lower && hedge.test(item.lower));
}

/**
 * Words of a translation that may say "may" (of possibility, of permission, of likelihood or of
 * how often: "dapat", "boleh", "kemungkinan", "kadang"), and words that say a thing will happen
 * ("akan", "wird", a Spanish or French future). Chinese is searched as text.
 */
const HEDGED: Readonly<Record<string, RegExp>> = {
  id: /^(?:dapat|bisa|boleh|mungkin|barangkali|kemungkinan|berpotensi|berisiko|cenderung|dimungkinkan|diperbolehkan|diizinkan|sering|kadang|terkadang|biasanya|umumnya|mampu|silakan)$/u,
  de: /^(?:kann|kannst|können|könnt|könnte|könnten|darf|darfst|dürfen|dürft|dürfte|dürften|möglich|möglicherweise|vielleicht|eventuell|gegebenenfalls|ggf|womöglich|manchmal|oft|gelegentlich|umständen)$/u,
  fr: /^(?:peut|peux|peuvent|pouvez|pourra|pourront|pourrait|pourraient|possible|possiblement|peut-être|éventuellement|risque|risquent|parfois|souvent)$/u,
  es: /^(?:puede|puedes|pueden|podrá|podrán|podría|podrían|posible|posiblemente|quizá|quizás|probablemente|eventualmente|veces|suele|suelen)$/u,
};
const CERTAIN: Readonly<Record<string, RegExp>> = {
  id: /^(?:akan)$/u,
  de: /^(?:wird|werden|wirst)$/u,
  fr: /^(?:va|vont|\p{L}{2,}(?:era|eront|ira|iront|ra|ront))$/u,
  es: /^(?:va|van|\p{L}{2,}(?:rá|rán))$/u,
};
// (and words that oblige: "you may need to pair them again" → "Anda harus memasangkan ulang";
// "your insurer may ask for it" → "votre assureur doit le demander")
const OBLIGING: Readonly<Record<string, RegExp>> = {
  id: /^(?:harus|wajib)$/u,
  de: /^(?:muss|müssen)$/u,
  fr: /^(?:doit|doivent|devez|devons|dois|devra|devront)$/u,
  es: /^(?:debe|deben|debes|debemos|deberá|deberán)$/u,
};
/** An English word of obligation ("must", "have to", "required"; not hedged, "may need to"), which a translation's own renders. */
const OBLIGING_EN =
  /(?<![\p{L}])(?<!(?:may|might|could|would)[\s\u00a0]+)(?:must|have to|has to|need to|needs to|required to|is required|are required)(?![\p{L}])/iu;
/** A future said in English ("will", "shall", "'ll"), which a future of the translation renders. */
const FUTURE_EN = /(?:^|[^\p{L}])(?:will|shall)(?![\p{L}])|\p{L}['’]ll(?![\p{L}])/iu;
const CHINESE_HEDGED = /可|也许|或许|能|有时|偶尔|往往|不一定|允许/u;
// ("会" of will, not of a word it begins or ends: "会员" member, "机会" chance, "会议" meeting)
const CHINESE_CERTAIN = /将会|必将|(?<![机社协学宴大聚开约集工议例晚舞博商理董都体领误])会(?![员议费所长计话谈见面场馆期址务])/gu;

/**
 * A possibility made a certainty: the source says a thing may happen ("Scars may remain red"),
 * the translation that it will ("akan tetap merah"), with no word of its own that may say "may".
 * The source's word and the translation's, or null. A "may not" is the polarity rule's.
 */
function possibilityMadeCertain(
  source: Paragraph,
  target: Paragraph,
  sourceSentence: Sentence,
  targetSentence: Sentence,
): { said: Cue; found: Cue } | null {
  const hedge = HEDGE[baseLanguage(source.analysis.lang)];
  if (!hedge || source.analysis.unspaced) return null;
  const items = source.analysis.items;
  let said: Cue | null = null;
  for (let k = 0; k < items.length; k += 1) {
    const item = items[k] as Item;
    if (item.start < sourceSentence.start || item.end > sourceSentence.end) continue;
    // (lower case: "May" is also the month)
    if (item.kind !== 'word' || item.text !== item.lower || !hedge.test(item.lower)) continue;
    const next = items.slice(k + 1).find((each) => each.kind === 'word');
    if (next && (next.lower === 'not' || next.lower === 'never')) return null;
    said ??= { start: item.start, end: item.end, text: item.text };
  }
  if (!said) return null;
  // (nor a "may" said of a negative subject, which forbids: "Nothing other than toilet paper may be
  // thrown" → "Rien … ne doit être jeté"; the subject that opens the clause of the "may", not a "no"
  // of a clause before it, "If there is no reply, the parcel may be returned")
  const clauseOfMay = source.analysis.text.slice(sourceSentence.start, said.start).split(/[,;:]/u).at(-1) ?? '';
  if (NEGATIVE_SUBJECT_EN.test(clauseOfMay)) return null;
  const lang = baseLanguage(target.analysis.lang);
  if (lang === 'zh') {
    const text = target.analysis.text.slice(targetSentence.start, targetSentence.end);
    if (CHINESE_HEDGED.test(text)) return null;
    const [found] = text.matchAll(CHINESE_CERTAIN);
    if (!found) return null;
    const start = targetSentence.start + found.index;
    return { said, found: { start, end: start + found[0].length, text: found[0] } };
  }
  const hedged = HEDGED[lang];
  const obliging = OBLIGING[lang];
  // (a future of the source's own, "will give", is what a future of the translation renders)
  const certain = FUTURE_EN.test(source.analysis.text.slice(sourceSentence.start, sourceSentence.end)) ? undefined : CERTAIN[lang];
  if (!hedged || !obliging) return null;
  // (nor a word of obligation that renders the source's own: "Trips must start within 30 days and
  // may last no longer than 90 days" → "harus dimulai … dan berlangsung tidak lebih dari")
  const sourceObliges = OBLIGING_EN.test(source.analysis.text.slice(sourceSentence.start, sourceSentence.end));
  // (a word of possibility negated renders a "cannot" of the source, no "may": "if you cannot put
  // weight on it" → "jika tidak dapat menumpukan")
  // (not a "without" after it: "dürfen ohne Fahrradkarte" permits)
  const negatedHere = (item: Item) => target.negatedBeside(targetSentence, item, 0, 0);
  let found: Cue | null = null;
  for (const item of target.analysis.items) {
    if (item.kind !== 'word' || item.start < targetSentence.start || item.end > targetSentence.end) continue;
    if (hedged.test(item.lower) && !negatedHere(item)) return null;
    if (!found && (certain?.test(item.lower) || (!sourceObliges && obliging.test(item.lower))))
      found = { start: item.start, end: item.end, text: item.text };
  }
  return found ? { said, found } : null;
}

/** An English negative subject opening its clause ("Nothing", "No one", "No pets"; not the "no" of a limit, "No more than six"). */
const NEGATIVE_SUBJECT_EN =
  /^[\s\u00a0]*(?:nothing|nobody|no one|none|neither|no(?![\s\u00a0]+(?:more|less|fewer|later|earlier|longer)(?![\p{L}])))(?![\p{L}])/iu;

/** A word negative by its prefix, and the word it negates ("inaccurate": "accurate"). */
const NEGATIVE_PREFIX = /^(?:non-?|un|in|im|il|ir|dis)(\p{L}{5,})$/u;

/** What may stand before a word without negating it: nothing, or an Indonesian verb's or noun's prefix. */
const PLAIN_AFFIX = /^(?:|di|me|mem|men|meng|meny|ter|ber|pe|pem|pen|peng|per|ke|se)$/u;

/**
 * A word of the source negative by its prefix ("inaccurate", "invalid", "unpasteurised") whose
 * translation says the word it negates, its cognate with no negation before it ("akurat",
 * "valid"): the negation lost with the prefix. Not where the source says the plain word too, nor
 * where the translation kept the prefix ("ilegal" for "illegal").
 */
/**
 * Whether a word of the translation that begins as a negation would ("des-", "dés-") is an English
 * word of removal of its source's sentence spelled the translation's way ("descongestionantes" for
 * "Decongestant", "déshydratation" for "dehydration"): past "de" and "des", their first six letters
 * alike.
 */
function cognateOfSourceWord(source: Analysis, sourceSentence: Sentence, target: Analysis, cue: Cue): boolean {
  if (target.unspaced || baseLanguage(source.lang) !== 'en') return false;
  const words = source.items.filter((item) => item.kind === 'word' && item.start >= sourceSentence.start && item.end <= sourceSentence.end);
  // (or the source's plain word with a negative prefix, which turned it and says no negation the
  // source lost: "is limited and cannot be reserved" → "es ilimitado y se puede reservar")
  // (its "il-", "ir-", "im-" the "in-" of a word that begins with that letter: "ilimitado", "limitado")
  const lower = cue.text.toLowerCase().replace(ELIDED_ARTICLE, '');
  const stem = TARGET_NEGATIVE_PREFIX.exec(lower)?.[1];
  const keys = stem
    ? [stem, ...(/^i[lrm]/u.test(lower) ? [lower.slice(1)] : [])]
        .map((each) => stemOfKey(cognateKey(each)))
        .filter((key) => key.length >= 5)
    : [];
  // (not one the source negates, which the prefix renders: "is not compatible" → "es incompatible")
  const negatedBefore = (item: Item) =>
    words.some(
      (other) => other.end <= item.start && NEGATION_BEFORE_EN.test(other.lower) && wordsBetween(source, other.end, item.start) <= 3,
    );
  if (keys.length > 0 && words.some((item) => keys.includes(stemOfKey(cognateKey(item.text))) && !negatedBefore(item))) return true;
  const found = /^de?s(\p{L}{6})/u.exec(cognateKey(cue.text.replace(ELIDED_ARTICLE, '')))?.[1];
  if (!found) return false;
  return words.some((item) => /^de(\p{L}{6})/u.exec(cognateKey(item.text))?.[1] === found);
}

/** An article or a pronoun elided onto the next word, in French and Italian ("d'", "l’", "qu'"). */
const ELIDED_ARTICLE = /^(?:[dlnjmtsc]|qu)['’]/iu;

function prefixLost(source: Paragraph, target: Paragraph, s: Side, targetSentence: Sentence): { said: Cue; found: Cue } | null {
  if (target.analysis.unspaced || baseLanguage(source.analysis.lang) !== 'en') return null;
  const sourceWords = source.analysis.items.filter((item) => item.kind === 'word' && item.start >= s.span.start && item.end <= s.span.end);
  const targetWords = target.analysis.items.filter(
    (item) => item.kind === 'word' && item.start >= targetSentence.start && item.end <= targetSentence.end,
  );
  const negations = target.of('negation', targetSentence);
  for (const said of source.negativeWords(s.soft)) {
    const stem = NEGATIVE_PREFIX.exec(said.text.toLowerCase())?.[1];
    if (!stem) continue;
    const key = cognateKey(stem);
    const whole = cognateKey(said.text.replace('-', ''));
    // (nor a stem that begins as a prefix would, "un-inhabitable", which may be either)
    if (key.length < 5 || NEGATIVE_PREFIX.test(stem) || sourceWords.some((word) => cognateKey(word.text) === key)) continue;
    const found = targetWords.find((word) => {
      // (without a French or Italian article elided onto it: "d'activité" is "activité")
      const lower = cognateKey(word.text.replace(ELIDED_ARTICLE, ''));
      const at = lower.indexOf(key.slice(0, Math.max(5, key.length - 2)));
      // (with nothing before it but an affix that says no "not": "dipasteurisasi", not "ilimitados")
      return at >= 0 && !lower.includes(whole) && PLAIN_AFFIX.test(lower.slice(0, at));
    });
    // (nor a negation right before it: "tidak akurat")
    if (
      !found ||
      negations.some(
        (negation) =>
          (negation.end <= found.start && wordsBetween(target.analysis, negation.end, found.start) <= 2) ||
          // (or a prefix with it: "non remboursables")
          (negation.start < found.start && found.end <= negation.end),
      )
    )
      continue;
    return { said, found: { start: found.start, end: found.end, text: found.text } };
  }
  return null;
}

/** A word of a translation negative by its prefix ("incompatible", "unvereinbar"), and the word it negates. */
const TARGET_NEGATIVE_PREFIX = /^(?:in|im|il|ir|des|dés|dis|un|non)(\p{L}{5,})$/u;

/** An English word of negation before the word it negates. */
const NEGATION_BEFORE_EN = /^(?:not|no|never|without|cannot|n't|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't)$/u;

/** A cognate key without a participle's or an adjective's ending ("limited", "limitado": "limit"). */
function stemOfKey(key: string): string {
  return key.replace(/(?:ed|ad[oa]s?|id[oa]s?|es|e|[aoiu]s?)$/u, '');
}

/** A cognate key without its last vowel and plural "s" ("aktivo" and "aktiv" alike). */
function withoutEnding(key: string): string {
  return key.replace(/[aeiou]s?$/u, '');
}

/**
 * Words whose "in-" says more of the word, no "not": "inflammable" (French, English), "inflamable",
 * "infiammabile", "inflamável" are flammable; "invaluable" is very valuable.
 */
const INTENSIVE_PREFIXED = /^(?:inflam|infiam|invaluabl)/u;

/** Languages whose words take a negative prefix of the kind prefixAdded reads ("incompatible", "unvereinbar"). */
const PREFIXING = new Set(['fr', 'es', 'de', 'it', 'pt', 'nl', 'en']);

/** Whether a translation has a word with a negative prefix (see prefixAdded). */
function mayBePrefixed(target: Analysis): boolean {
  return (
    PREFIXING.has(baseLanguage(target.lang)) && target.items.some((item) => item.kind === 'word' && TARGET_NEGATIVE_PREFIX.test(item.lower))
  );
}

/**
 * The reverse of prefixLost: a word of the source ("compatible") rendered by its cognate with a
 * negative prefix ("incompatible"), where the source says no negation before it and no negative
 * form of it. The source's word and the translation's, or null.
 */
function prefixAdded(source: Paragraph, target: Paragraph, s: Side, targetSentence: Sentence): { said: Cue; found: Cue } | null {
  if (!PREFIXING.has(baseLanguage(target.analysis.lang)) || baseLanguage(source.analysis.lang) !== 'en') return null;
  const sourceWords = source.analysis.items.filter((item) => item.kind === 'word' && item.start >= s.span.start && item.end <= s.span.end);
  const sourceNegations = source.of('negation', s.span);
  const targetNegations = target.of('negation', targetSentence);
  for (const found of target.analysis.items) {
    if (found.kind !== 'word' || found.start < targetSentence.start || found.end > targetSentence.end) continue;
    const stem = TARGET_NEGATIVE_PREFIX.exec(found.lower)?.[1];
    if (!stem || INTENSIVE_PREFIXED.test(found.lower)) continue;
    const key = cognateKey(stem);
    const whole = cognateKey(found.text);
    // (not a word the source says whole, "information" as "información", nor its negative form)
    if (
      key.length < 6 ||
      sourceWords.some(
        (word) =>
          cognateKey(word.text) === whole ||
          (cognateKey(word.text).endsWith(key.slice(0, -1)) && cognateKey(word.text).length > key.length),
      )
    )
      continue;
    // (the same word with the other language's ending: "active" and "activo", "inactivo")
    const said = sourceWords.find(
      (word) => cognateKey(word.text) === key || (key.length >= 6 && withoutEnding(cognateKey(word.text)) === withoutEnding(key)),
    );
    if (!said) continue;
    // (nor one the source negates, "not compatible", or the translation negates again)
    if (sourceNegations.some((negation) => negation.end <= said.start && wordsBetween(source.analysis, negation.end, said.start) <= 3))
      continue;
    if (targetNegations.some((negation) => negation.end <= found.start && wordsBetween(target.analysis, negation.end, found.start) <= 3))
      continue;
    return { said: { start: said.start, end: said.end, text: said.text }, found: { start: found.start, end: found.end, text: found.text } };
  }
  return null;
}

/** Words of avoiding, which a translation says with a negation or a word of its own ("hindari", "jangan"). */
const AVOIDING = /^(?:avoid|avoiding|refrain)$/iu;

/**
 * Whether a negation of the source is said otherwise in the translation's sentence: a "without"
 * before a verb as a "before" ("Do not stop … without talking to your doctor" → "Jangan berhenti …
 * sebelum berbicara dengan dokter"), a "not … unless" as "only … if" ("are not covered unless you
 * declared them" → "solo están cubiertas si las declaró").
 */
/** The word after an English "without" that says offline ("without connecting", "without internet", "without a connection"). */
const OFFLINE_NEXT = /^(?:connecting|connection|internet|network|signal|wifi|a|an)$/iu;

/** Whether a sentence of a translation says one of its language's idioms with a negation word ("ohne Verbindung", "sin conexión"). */
function saysIdiom(analysis: Analysis, span: Sentence): boolean {
  const cues = cuesFor(analysis.lang);
  if (!cues || !('words' in cues)) return false;
  const words = cues.words;
  const items = analysis.items;
  return items.some(
    (item, index) =>
      item.kind === 'word' &&
      item.start >= span.start &&
      item.end <= span.end &&
      words.negation.has(item.lower) &&
      isIdiom(words, items, index),
  );
}

/**
 * Whether an English "not" stands right before a past participle, which a translation may say with
 * its word of "without" ("not compressed" → "sin comprimir", "tanpa dikompresi"), unlike a "not" of
 * a verb ("Do not leave the bike unlocked" is no "sin candado").
 */
function beforeParticiple(source: Analysis, cue: Cue): boolean {
  if (baseLanguage(source.lang) !== 'en' || cue.text.toLowerCase() !== 'not') return false;
  const next = /^[\s\u00a0]+(\p{L}+)/u.exec(source.text.slice(cue.end, cue.end + 30))?.[1];
  const before = /(\p{L}+)[\s\u00a0]*$/u.exec(source.text.slice(Math.max(0, cue.start - 12), cue.start))?.[1]?.toLowerCase();
  return next !== undefined && /^\p{L}{3,}(?:ed|en)$/u.test(next) && before !== 'do' && before !== 'does' && before !== 'did';
}

/**
 * Whether an English "not" stands right before an adjective, which a translation may say with its
 * word of "without" and a noun ("usually not serious" → "généralement sans gravité", "not dangerous"
 * → "sin peligro"), unlike a "not" of a verb.
 */
function beforeAdjective(source: Analysis, cue: Cue): boolean {
  if (baseLanguage(source.lang) !== 'en' || cue.text.toLowerCase() !== 'not') return false;
  const next = /^[\s\u00a0]+(\p{L}+)/u.exec(source.text.slice(cue.end, cue.end + 30))?.[1]?.toLowerCase();
  const before = /(\p{L}+)[\s\u00a0]*$/u.exec(source.text.slice(Math.max(0, cue.start - 12), cue.start))?.[1]?.toLowerCase();
  return next !== undefined && ADJECTIVE_EN.test(next) && before !== 'do' && before !== 'does' && before !== 'did';
}

/** English adjectives by their ending, or a few short ones ("serious", "harmful", "contagious", "urgent", "safe"). */
const ADJECTIVE_EN = /^(?:\p{L}{3,}(?:ous|ful|ive|ic|ary)|safe|risky|severe|urgent)$/u;

/**
 * The translation's negations that stand inside a phrase of a pair of opposites ("tidak termasuk")
 * where the source negates a word of that same pair right after its negation ("not included") and
 * that negation is said as the opposite: each renders the source's negation with its word.
 */
function negationsOfPairPhrases(
  source: Analysis,
  target: Analysis,
  sourceSentence: Sentence,
  targetSentence: Sentence,
  sourceNegations: readonly Cue[],
  sourceNots: readonly Cue[],
  targetNegations: readonly Cue[],
): Set<Cue> {
  const out = new Set<Cue>();
  const otherwise = sourceNegations.filter(
    (cue) => !sourceNots.includes(cue) && negatedSaidAsOpposite(source, target, sourceSentence, targetSentence, cue),
  );
  if (otherwise.length === 0) return out;
  const sourceWords = oppositeWordsIn(source, sourceSentence);
  const targetWords = oppositeWordsIn(target, targetSentence).filter((word) => /[\s\u00a0]/u.test(word.text));
  for (const cue of otherwise) {
    const negated = sourceWords.find((word) => word.start >= cue.end && wordsBetween(source, cue.end, word.start) <= 2);
    if (!negated) continue;
    const name = negated.key.slice(0, negated.key.lastIndexOf(':'));
    const phrase = targetWords.find((word) => word.key.startsWith(`${name}:`));
    const inside = phrase && targetNegations.find((each) => !out.has(each) && phrase.start <= each.start && each.end < phrase.end);
    if (inside) out.add(inside);
  }
  return out;
}

function saidOtherwise(source: Analysis, target: Analysis, sourceSentence: Sentence, targetSentence: Sentence, cue: Cue): boolean {
  // ("do not expose it to heat" said as its opposite, with no negation: "protect it from heat",
  // "halten Sie ihn von Hitze fern"; "不开放" as "closed"; not of two ends of one event: "do not
  // lend" is no "borrow")
  if (negatedSaidAsOpposite(source, target, sourceSentence, targetSentence, cue)) return true;
  // (one inside a phrase of a pair of opposites, "at no cost", "no charge", that the translation
  // says with a word of the same side: "gratuitement", "gratis")
  if (negationInPairSaid(source, target, sourceSentence, targetSentence, cue)) return true;
  if (baseLanguage(source.lang) !== 'en') return false;
  if (cue.text.toLowerCase() === 'without') {
    const next = /^[\s\u00a0]+(\p{L}+)/u.exec(source.text.slice(cue.end, cue.end + 30))?.[1];
    // (offline said as the translation's idiom of it, which is no negation: "without connecting" →
    // "ohne Verbindung", "sin conexión", "tanpa koneksi")
    if (next !== undefined && OFFLINE_NEXT.test(next) && saysIdiom(target, targetSentence)) return true;
    // (a "before" of the translation: the first side of the pair "time", "sebelum", "avant", "之前")
    return next !== undefined && /ing$/u.test(next) && inSpan(oppositesIn(target).get('time')?.[0] ?? [], targetSentence).length > 0;
  }
  // (a "non-" with its word said with Chinese "防", against: "non-slip soles" → "防滑的鞋底")
  if (
    baseLanguage(target.lang) === 'zh' &&
    PREFIX_WITH_WORD.test(cue.text) &&
    /防\p{sc=Han}/u.test(target.text.slice(targetSentence.start, targetSentence.end))
  )
    return true;
  // ("not only" said with Chinese "不仅", "不只", "不但", which are no negations there)
  if (
    baseLanguage(target.lang) === 'zh' &&
    /^[\s\u00a0]+(?:only|just|merely|simply)\b/iu.test(source.text.slice(cue.end, cue.end + 12)) &&
    /不[仅僅只止但]/u.test(target.text.slice(targetSentence.start, targetSentence.end))
  )
    return true;
  // ("do not fly within 24 hours after" said as the earliest one may: "frühestens 24 Stunden
  // nach", "paling cepat 24 jam setelah")
  if (
    NOT_WITHIN.test(source.text.slice(cue.end, Math.min(sourceSentence.end, cue.end + 40))) &&
    inSpan(oppositesIn(target).get('bound')?.[0] ?? [], targetSentence).length > 0
  )
    return true;
  const only = ONLY[baseLanguage(target.lang)];
  if (!only || !/\bunless\b/iu.test(source.text.slice(cue.end, sourceSentence.end))) return false;
  return target.items.some((item) => item.start >= targetSentence.start && item.end <= targetSentence.end && only.test(item.lower));
}

/** An English negated "exceed" ("must not exceed", "may never exceed", "shall not exceed"): its negation. */
const NOT_EXCEED_EN =
  /(?<![\p{L}])(not|never|cannot|can['’]t|mustn['’]t)[\s\u00a0]+(?:to[\s\u00a0]+)?(?:exceed|surpass|go[\s\u00a0]+over)(?![\p{L}])/iu;

/** Chinese verbs of exceeding ("超过", "超出"), which the pair "threshold" has for the other languages. */
const EXCEED_ZH = /超过|超出/u;

/**
 * A limit's "not … exceed" of the source whose negation the translation lost while keeping its
 * verb of exceeding (the first side of the pair "threshold": "superar", "dépasser", "melebihi",
 * or "超过"): the translation's sentence has no negation at all, of a limit or plain. The source's
 * negation and the translation's verb, or null.
 */
function exceedingLeftUnnegated(
  source: Analysis,
  target: Analysis,
  sourceSentence: Sentence,
  targetSentence: Sentence,
  t: Side,
): { said: Cue; found: Cue } | null {
  if (baseLanguage(source.lang) !== 'en' || t.negation.length > 0 || t.limitNegations.length > 0) return null;
  const said = NOT_EXCEED_EN.exec(source.text.slice(sourceSentence.start, sourceSentence.end));
  if (!said?.[1]) return null;
  let found: Cue | undefined;
  if (target.unspaced) {
    const word = EXCEED_ZH.exec(target.text.slice(targetSentence.start, targetSentence.end));
    const start = targetSentence.start + (word?.index ?? 0);
    found = word ? { start, end: start + word[0].length, text: word[0] } : undefined;
  } else [found] = inSpan(oppositesIn(target).get('threshold')?.[0] ?? [], targetSentence);
  if (!found) return null;
  const at = sourceSentence.start + said.index;
  return { said: { start: at, end: at + said[1].length, text: said[1] }, found };
}

/** An English negation of a permission or an advice ("not allowed", "is not recommended", "not permitted"): its word. */
const NEGATED_PERMISSION_EN = /^[\s\u00a0]+(?:\p{L}+[\s\u00a0]+)?(allowed|permitted|authori[sz]ed|recommended|advised)(?![\p{L}])/iu;

/** A translation's words of permission, then of advice, which a lost "not" of one belongs to ("erlaubt", "diperbolehkan", "允许"; "conseillé", "empfohlen", "建议"). */
const PERMISSION_WORDS: Readonly<Record<string, readonly [RegExp, RegExp]>> = {
  id: [/(?<![\p{L}])(?:diperbolehkan|dibolehkan|diizinkan|boleh)(?![\p{L}])/iu, /(?<![\p{L}])(?:dianjurkan|disarankan)(?![\p{L}])/iu],
  // (and the verbs of the impersonal, "se recomiendan medicamentos", "man empfiehlt")
  de: [/(?<![\p{L}])(?:erlaubt|gestattet|zulässig)(?![\p{L}])/iu, /(?<![\p{L}])(?:empfohlen|ratsam|empfiehlt)(?![\p{L}])/iu],
  fr: [
    /(?<![\p{L}])(?:autorisée?s?|permise?s?)(?![\p{L}])/iu,
    /(?<![\p{L}])(?:conseillée?s?|recommandée?s?|recommande|conseille)(?![\p{L}])/iu,
  ],
  es: [
    /(?<![\p{L}])(?:permitid[oa]s?|autorizad[oa]s?|(?:se[\s\u00a0]+)?permiten?)(?![\p{L}])/iu,
    /(?<![\p{L}])(?:recomendad[oa]s?|aconsejable|recomendable|(?:se[\s\u00a0]+)?(?:recomiendan?|aconsejan?))(?![\p{L}])/iu,
  ],
  zh: [/允许|准许/u, /建议|推荐/u],
};

/**
 * Where a lost "not" of a permission or an advice belongs: on the translation's word of the same
 * kind in its sentence ("breaststroke is not recommended" → "la brasse est recommandée"), else of
 * the other kind ("is not allowed" → "Il est conseillé d'utiliser…"), wherever the sentence put
 * it; null where the source's "not" negates no such word or the translation has none.
 */
function permissionOfLost(
  source: Analysis,
  target: Analysis,
  negation: Cue,
  targetSentence: Sentence,
): { start: number; end: number } | null {
  const words = PERMISSION_WORDS[baseLanguage(target.lang)];
  const said = baseLanguage(source.lang) === 'en' ? NEGATED_PERMISSION_EN.exec(source.text.slice(negation.end, negation.end + 32)) : null;
  if (!words || !said) return null;
  const advice = /^(?:recommended|advised)$/iu.test(said[1] ?? '');
  // (the one of as many of its kind before it as the source's sentence has: "Swimming is allowed …,
  // but diving is not allowed" → the second "autorisée")
  const before =
    source.text
      .slice(0, negation.start)
      .split(/[.!?]\s/u)
      .at(-1) ?? '';
  const earlier = (before.match(advice ? /\b(?:recommended|advised)\b/giu : /\b(?:allowed|permitted|authori[sz]ed)\b/giu) ?? []).length;
  const sentence = target.text.slice(targetSentence.start, targetSentence.end);
  const all = (pattern: RegExp) => [...sentence.matchAll(new RegExp(pattern.source, 'giu'))];
  const same = all(advice ? words[1] : words[0]);
  const found = same[Math.min(earlier, same.length - 1)] ?? all(advice ? words[0] : words[1])[0];
  return found ? { start: targetSentence.start + found.index, end: targetSentence.start + found.index + found[0].length } : null;
}

/** Words of a charge or a price in each language, of which a negation that says "free of charge" needs one ("nicht berechnet"). */
const CHARGE_WORD: Readonly<Record<string, RegExp>> = {
  en: /(?<![\p{L}])(?:charg\p{L}*|cost\p{L}*|fee|fees|pay\p{L}*|paid|free|price\p{L}*)(?![\p{L}])/iu,
  id: /(?<![\p{L}])(?:\p{L}*biaya\p{L}*|\p{L}*bayar\p{L}*|gratis|tarif|harga|pungut\p{L}*|dipungut|tagih\p{L}*|ditagih)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:\p{L}*berechn\p{L}*|\p{L}*kost\p{L}*|\p{L}*gebühr\p{L}*|\p{L}*bezahl\p{L}*|\p{L}*zahl\p{L}*|entgelt\p{L}*|\p{L}*preis\p{L}*|gratis)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:factur\p{L}*|frais|pay\p{L}*|gratuit\p{L}*|coût\p{L}*|prix|supplément\p{L}*)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:cobr\p{L}*|cost\p{L}*|pag\p{L}*|gratis|gratuit\p{L}*|precio\p{L}*|cargo\p{L}*|tarifa\p{L}*)(?![\p{L}])/iu,
  zh: /费|钱|收|付|价/u,
};

/**
 * Whether every soft word of the source is the "free" of a charge ("can be cancelled free of charge
 * up to 24 hours before"), while the translation says nothing of a charge beside its negation: that
 * negation then says another thing ("können … nicht storniert werden"), not the "free".
 */
function freeOfChargeUnsaid(
  source: Analysis,
  target: Analysis,
  s: Side,
  sourceSentence: Sentence,
  targetSentence: Sentence,
  added: Cue,
): boolean {
  const charge = CHARGE_WORD[baseLanguage(target.lang)];
  if (!charge || s.soft.length === 0) return false;
  // (a phrase of a charge, "free of charge", "for free", not a thing free of another, "fragrance-free")
  const free = inSpan(oppositesIn(source).get('charge')?.[0] ?? [], sourceSentence).filter((each) =>
    /charge|cost|fee|for free/iu.test(each.text),
  );
  if (!s.soft.every((cue) => free.some((each) => each.start <= cue.start && cue.end <= each.end))) return false;
  // (beside the negation: "nicht berechnet", "tidak dikenakan biaya", "不收费")
  const near = target.unspaced ? 6 : 30;
  return !charge.test(
    target.text.slice(Math.max(targetSentence.start, added.start - near), Math.min(targetSentence.end, added.end + near)),
  );
}

/**
 * Whether a negation stands inside a phrase of a pair of opposites, after its first word ("at no
 * cost"), whose side the translation's sentence says too, without a negation of its own.
 */
function negationInPairSaid(
  source: Analysis,
  target: Analysis,
  sourceSentence: Sentence,
  targetSentence: Sentence,
  cue: Cue,
  opening = false,
): boolean {
  const inTarget = oppositesIn(target);
  for (const [name, sides] of oppositesIn(source)) {
    // (inside it, not the word that opens it: "不包含", "not included" negate a verb; a soft word
    // may open it, "非工作时间", outside working hours)
    const side = sides.findIndex((cues) =>
      cues.some(
        (each) =>
          (opening ? each.start <= cue.start : each.start < cue.start) &&
          cue.end <= each.end &&
          each.end - each.start > cue.end - cue.start,
      ),
    );
    if (side < 0) continue;
    // (said without a negation of its own: "no longer infectious" → "tidak lagi menular" keeps one on
    // each side; a soft word that opens its phrase, with a word of outside: "outside working hours"
    // → "非工作时间", not "lose weight" → "体重无故下降", whose "无故" says the source's "without trying")
    const said = inTarget.get(name)?.[side];
    if (
      said &&
      inSpan(said, targetSentence).some((each) => !NEGATION_IN_PHRASE.test(each.text) && (!opening || OUTSIDE_IN_PHRASE.test(each.text)))
    )
      return true;
  }
  return false;
}

/** A word of outside in a phrase of any of the languages ("outside working hours", "außerhalb", "di luar"). */
const OUTSIDE_IN_PHRASE = /(?<![\p{L}])(?:outside|out of|after hours|außerhalb|hors|en dehors|fuera|di luar)(?![\p{L}])|以外|之外/iu;

/** A negation word inside a phrase of any of the languages ("tidak lagi", "no longer", "sans frais", "不再", "免费"). */
const NEGATION_IN_PHRASE =
  /(?<![\p{L}])(?:not|no|non|never|without|nicht|nie|kein\p{L}*|ohne|ne|pas|jamais|sans|tidak|tak|bukan|belum|jangan|tanpa|nunca|sin)(?![\p{L}])|[不没無无未别勿非免]/iu;

/**
 * A booking "up to" a span ahead, the earliest it may be made ("Lanes can be booked up to two
 * weeks in advance"), said as the latest ("paling lambat dua minggu sebelumnya", "spätestens zwei
 * Wochen vorher"): the first of a bound turned around. Booking only: a cancellation or a change
 * "up to 24 hours before" is one by then at the latest, and so rendered.
 */
function bookedAtTheLatest(
  source: Analysis,
  target: Analysis,
  sourceSentence: Sentence,
  targetSentence: Sentence,
): { wanted: Cue; found: Cue } | null {
  if (baseLanguage(source.lang) !== 'en') return null;
  const said = source.text.slice(sourceSentence.start, sourceSentence.end);
  const ahead = bookedUpTo(said);
  if (!ahead || UNTIL_THEN.test(said)) return null;
  const wanted = limitWordAhead(source, sourceSentence, ahead, 'up to');
  if (target.unspaced) {
    const latest = LATEST_ZH.exec(target.text.slice(targetSentence.start, targetSentence.end));
    if (!latest) return null;
    const at = targetSentence.start + latest.index;
    return { wanted, found: { start: at, end: at + latest[0].length, text: latest[0] } };
  }
  // (beside an "at least" a span ahead, which the translation's latest says: "booked up to 30 days
  // ahead and … at least one day before" → "hingga 30 hari sebelumnya dan … paling lambat satu hari
  // sebelumnya"; one more is the booking's)
  // (the two in the source's order: the booking's first where the source says it first)
  const latest = inSpan(oppositesIn(target).get('bound')?.[1] ?? [], targetSentence);
  const atLeast = AT_LEAST_AHEAD.exec(said);
  const found = atLeast === null ? latest[0] : latest.length < 2 ? undefined : latest[atLeast.index > ahead.index ? 0 : 1];
  return found ? { wanted, found } : null;
}

/**
 * A cancellation or a change "up to" a span ahead, or anything done "at least" a span ahead, the
 * latest it may be done ("Appointments can be cancelled up to 2 hours in advance", "Bookings must
 * be made at least 24 hours in advance"), said as the earliest ("paling cepat 2 jam sebelumnya",
 * "frühestens 2 Stunden vorher"): the bound turned around, as bookedAtTheLatest's the other way.
 */
function undoneAtTheEarliest(
  source: Analysis,
  target: Analysis,
  sourceSentence: Sentence,
  targetSentence: Sentence,
): { wanted: Cue; found: Cue } | null {
  if (baseLanguage(source.lang) !== 'en') return null;
  const said = source.text.slice(sourceSentence.start, sourceSentence.end);
  // (and anything done "at least" a span ahead, the latest it may be: "Bookings must be made at
  // least 24 hours in advance" → "paling cepat 24 jam sebelumnya")
  // (beside a booking "up to" a span ahead, which the translation may say with its earliest too:
  // "booked up to 30 days ahead and … at least one day before" → "hingga 30 hari sebelumnya dan …
  // paling cepat satu minggu sebelumnya" turned the second)
  const booked = bookedUpTo(said) !== null;
  const ahead = booked ? AT_LEAST_AHEAD.exec(said) : (UNDONE_UP_TO.exec(said) ?? AT_LEAST_AHEAD.exec(said));
  if (!ahead) return null;
  // (not where the source sets an earliest of its own, which the translation's says: "at least 15
  // days before your trip, but no earlier than six months before" → "pero no antes de")
  if (inSpan(oppositesIn(source).get('bound')?.[0] ?? [], sourceSentence).length > 0) return null;
  const wanted = limitWordAhead(source, sourceSentence, ahead, /^at least/iu.test(ahead[1] as string) ? 'at least' : 'up to');
  const bound = oppositesIn(target).get('bound');
  const earliest = inSpan(bound?.[0] ?? [], targetSentence);
  // (there, only where the translation says no latest at all: its earliest may be the booking's)
  const found = !booked ? earliest[0] : inSpan(bound?.[1] ?? [], targetSentence).length === 0 ? earliest.at(-1) : undefined;
  return found ? { wanted, found } : null;
}

/** The limit's words ("up to", "at least") of a span ahead matched in a sentence (its phrase in group 1), as a cue. */
function limitWordAhead(source: Analysis, sentence: Sentence, ahead: RegExpExecArray, word: string): Cue {
  const start = sentence.start + ahead.index + ahead[0].length - (ahead[1] as string).length;
  return { start, end: start + word.length, text: source.text.slice(start, start + word.length) };
}

/** A span of time ahead of an event, as the limits below say it: "2 hours in advance", "three working days before". */
const SPAN_AHEAD = String.raw`(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|thirty|sixty|ninety)[\s\u00a0]+(?:(?:working|business|calendar|clear)[\s\u00a0]+)?(?:minutes?|hours?|days?|weeks?|months?|years?)[\s\u00a0]+(?:in advance|ahead|beforehand|before)\b`;

/** A span "at least" ahead of an event: "at least 24 hours in advance", "at least 3 days before". */
const AT_LEAST_AHEAD = new RegExp(String.raw`(?<![\p{L}])(at least[\s\u00a0]+${SPAN_AHEAD})`, 'iu');

/** A cancellation or change made "up to" a span of time ahead: "can be cancelled up to 2 hours in advance". */
const UNDONE_UP_TO = new RegExp(
  String.raw`\b(?:cancel\w*|chang\w*|amend\w*|modif\w*|resched\w*)\b[^.;:]{0,60}?\b(up to[\s\u00a0]+${SPAN_AHEAD})`,
  'iu',
);

/** Whether a cue is the "up to" of a cancellation or a change made up to a span of time ahead (UNDONE_UP_TO). */
function undoneUpTo(source: Analysis, sourceSentence: Sentence, cue: Cue): boolean {
  if (baseLanguage(source.lang) !== 'en') return false;
  const said = source.text.slice(sourceSentence.start, sourceSentence.end);
  if (bookedUpTo(said)) return false;
  const ahead = UNDONE_UP_TO.exec(said);
  if (!ahead?.[1]) return false;
  const start = sourceSentence.start + ahead.index + ahead[0].length - ahead[1].length;
  return cue.start >= start && cue.end <= start + 'up to'.length;
}

/**
 * A booking made "up to" a span of time ahead (BOOKED_UP_TO), unless a word of cancelling or
 * changing says what is done by then: after the verb of booking, or anywhere where the booking is
 * a noun ("Bookings can be cancelled up to 24 hours before", "cancel your booking up to 24 hours
 * before" are cancellations).
 */
function bookedUpTo(said: string): RegExpExecArray | null {
  const booked = BOOKED_UP_TO.exec(said);
  if (!booked) return null;
  const undone = UNDONE_UP_TO.exec(said);
  if (!undone) return booked;
  return BOOKING_NOUN.test(booked[0]) || undone.index > booked.index ? null : booked;
}

/** A booking named as a thing, not done: "bookings", "a reservation". */
const BOOKING_NOUN = /^(?:booking|bookings|reservation|reservations)\b/iu;

/** A booking made "up to" a span of time ahead: "booked … up to two weeks in advance", "reservations … up to 30 days before". */
const BOOKED_UP_TO = new RegExp(
  String.raw`\b(?:book|books|booked|booking|bookings|reserve|reserves|reserved|reservations?|pre-?order(?:s|ed)?)\b[^.;:]{0,60}?\b(up to[\s\u00a0]+${SPAN_AHEAD})`,
  'iu',
);

/** Words of undoing or changing what was booked, done by a time at the latest ("cancelled up to 24 hours before"). */
const UNTIL_THEN = /\b(?:cancel\w*|chang\w*|amend\w*|modif\w*|exchang\w*|refund\w*|resched\w*|collect\w*|return\w*)\b/iu;

/** The latest a thing may be done, in Chinese ("最晚", "最迟"). */
const LATEST_ZH = /最晚|最迟|最遲/u;

/**
 * Whether a negation stands right before one side of a pair of opposites (a word at most between), which the
 * translation's sentence says the other side of, and not this one (see saidOtherwise).
 */
function negatedSaidAsOpposite(source: Analysis, target: Analysis, sourceSentence: Sentence, targetSentence: Sentence, cue: Cue): boolean {
  const inTarget = oppositesIn(target);
  for (const [name, sides] of oppositesIn(source)) {
    const other = inTarget.get(name);
    if (!other || CONVERSES.has(name)) continue;
    for (const side of [0, 1] as const) {
      const negated = inSpan(sides[side], sourceSentence).some(
        (word) =>
          word.start >= cue.end &&
          (source.unspaced ? word.start - cue.end <= 1 : wordsBetween(source, cue.end, word.start) <= 1) &&
          !/[,;:，；：]/u.test(source.text.slice(cue.end, word.start)),
      );
      if (!negated || inSpan(sides[1 - side] as Cue[], sourceSentence).length > 0) continue;
      // (a concession, "even if", never says a "not … unless": "is not uploaded unless you turn on
      // sync" → "即使您关闭同步也会上传", uploaded even if you turn it off)
      // (nor a "not … if": "is not returned if it is damaged" → "se devuelve siempre, aunque …")
      const saying = inSpan(other[1 - side] as Cue[], targetSentence).filter(
        (word) => !((name === 'exception' || name === 'concession' || name === 'evenIf') && CONCESSIVE.test(word.text)),
      );
      if (saying.length > 0 && inSpan(other[side], targetSentence).length === 0) return true;
    }
  }
  return false;
}

/**
 * A deadline, "by" a time or a date ("must leave by 7 a.m.", "submitted by 31 December"), said
 * as the start of a span: "ab 7 Uhr", "à partir du 31 décembre", "mulai pukul 07.00". Where the
 * translation's sentence says a deadline too ("bis", "jusqu'à", "hingga"), it is left alone.
 */
function deadlineMadeStart(
  source: Analysis,
  target: Analysis,
  sourceSentence: Sentence,
  targetSentence: Sentence,
): { wanted: Cue; found: Cue } | null {
  const from = FROM_A_TIME[baseLanguage(target.lang)];
  if (!from || baseLanguage(source.lang) !== 'en') return null;
  const said = BY_A_TIME.exec(source.text.slice(sourceSentence.start, sourceSentence.end));
  if (!said) return null;
  const text = target.text.slice(targetSentence.start, targetSentence.end);
  const found = from.start.exec(text);
  if (!found) return null;
  // (a deadline said in the clause: the start's own sentence, where a "11 a.m. A late…" may have
  // paired two of them with one; its own clause, where the source sets two deadlines: "by 7 a.m.;
  // on Sundays by 9 a.m." → "ab 7 Uhr geräumt sein, an Sonntagen bis 9 Uhr")
  const sourceText = source.text.slice(sourceSentence.start, sourceSentence.end);
  const twoDeadlines = BY_A_TIME.test(sourceText.slice(said.index + said[0].length));
  const ends = twoDeadlines ? /[.;!?,](?=[\s\u00a0])/u : /[.;!?](?=[\s\u00a0])/u;
  const before = text.slice(0, found.index).split(ends).at(-1) ?? '';
  const after = text.slice(found.index).split(ends)[0] ?? '';
  if (from.until.test(before + after)) return null;
  const at = sourceSentence.start + said.index;
  // (the deadline's words: "by", "no later than")
  const lead = (/^\p{L}+(?:[\s\u00a0]+later[\s\u00a0]+than)?/iu.exec(said[0]) as RegExpExecArray)[0].length;
  const start = targetSentence.start + found.index;
  // (with the whole figure: "ab 17 Uhr", "mulai pukul 14.00")
  const rest = /^[\d.:]*(?:[\s\u00a0]*(?:Uhr|h)\b)?/u.exec(target.text.slice(start + found[0].length))?.[0].replace(/[.:]$/u, '') ?? '';
  const end = start + found[0].length + rest.length;
  return {
    wanted: { start: at, end: at + lead, text: source.text.slice(at, at + lead) },
    found: { start, end, text: target.text.slice(start, end) },
  };
}

/** An English start at a time of day ("from 6 a.m.", "starting at 9:00"), and a span that goes on from it ("to 10 p.m."). */
const FROM_A_TIME_EN =
  /\b(?:from|starting at|starting from|as of)[\s\u00a0]+(?:\d{1,2}(?:[:.]\d{2})?[\s\u00a0]*[ap]\.?[\s\u00a0]?m\b\.?|\d{1,2}[:.]\d{2}\b)/iu;
const SPAN_GOES_ON_EN = /^[\s\u00a0]*(?:to|until|till|and|[-–—])[\s\u00a0]*\d/iu;

/** A deadline at a time of day in a translation ("paling lambat pukul 08.00", "spätestens 8 Uhr", "avant 8 h", "8点前"). */
const DEADLINE_AT_A_TIME: Readonly<Record<string, RegExp>> = {
  id: /(?<![\p{L}])(?:paling lambat|selambat-lambatnya|sebelum)[\s\u00a0]+(?:pukul|jam)[\s\u00a0]+\d{1,2}(?:[.:]\d{2})?/iu,
  de: /(?<![\p{L}])(?:spätestens(?:[\s\u00a0]+um)?|vor)[\s\u00a0]+\d{1,2}(?:[.:]\d{2})?[\s\u00a0]*Uhr/iu,
  fr: /(?<![\p{L}])(?:au plus tard à|avant)[\s\u00a0]+\d{1,2}[\s\u00a0]*h(?:[\s\u00a0]*\d{2})?/iu,
  es: /(?<![\p{L}])(?:a más tardar a las|antes de las)[\s\u00a0]+\d{1,2}(?:[.:]\d{2})?/iu,
  zh: /\d{1,2}(?:[:：]\d{2}|点(?:半|\d{1,2}分)?)(?:之前|以前|前)/u,
};

/**
 * A start at a time of day, "from 6 a.m.", said as a deadline: "paling lambat pukul 08.00",
 * "spätestens 8 Uhr", "8点前". Not where the source's span goes on ("from 6 a.m. to 10 p.m."), nor
 * where the translation says a start of its own.
 */
function startMadeDeadline(
  source: Analysis,
  target: Analysis,
  sourceSentence: Sentence,
  targetSentence: Sentence,
): { wanted: Cue; found: Cue } | null {
  const deadline = DEADLINE_AT_A_TIME[baseLanguage(target.lang)];
  if (!deadline || baseLanguage(source.lang) !== 'en') return null;
  const sourceText = source.text.slice(sourceSentence.start, sourceSentence.end);
  const said = FROM_A_TIME_EN.exec(sourceText);
  if (!said || SPAN_GOES_ON_EN.test(sourceText.slice(said.index + said[0].length))) return null;
  const text = target.text.slice(targetSentence.start, targetSentence.end);
  if (FROM_A_TIME[baseLanguage(target.lang)]?.start.test(text)) return null;
  const found = deadline.exec(text);
  if (!found) return null;
  const at = sourceSentence.start + said.index;
  const lead = (/^\p{L}+(?:[\s\u00a0]+(?:at|from))?/iu.exec(said[0]) as RegExpExecArray)[0].length;
  const start = targetSentence.start + found.index;
  return {
    wanted: { start: at, end: at + lead, text: source.text.slice(at, at + lead) },
    found: { start, end: start + found[0].length, text: found[0] },
  };
}

/** "Within" a span counted in units of time: "within 30 days", "within two working weeks". */
const WITHIN_A_COUNTED_SPAN =
  /\bwithin[\s\u00a0]+(?:the[\s\u00a0]+(?:first|next)[\s\u00a0]+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|fifteen|twenty|thirty|sixty|ninety|a|an)[\s\u00a0]+(?:(?:working|business|calendar|clear)[\s\u00a0]+)?(?:minutes?|hours?|days?|weeks?|months?|years?)\b/iu;

/**
 * A span after which something happens, in a translation ("30 jours après", "30 hari setelah",
 * "30 Tage nach", "30天后"), and the words that would say a span within which it does.
 */
const SPAN_AFTER: Readonly<Record<string, { after: RegExp; within: RegExp }>> = {
  id: {
    after:
      /(?:\d+|\p{L}+)[\s\u00a0]+(?:menit|jam|hari|minggu|bulan|tahun)(?:[\s\u00a0]+kerja)?[\s\u00a0]+(?:setelah|sesudah)\b|\b(?:setelah|sesudah)[\s\u00a0]+(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|sepuluh|sebulan|seminggu|sehari|setahun)(?:[\s\u00a0]+(?:menit|jam|hari|minggu|bulan|tahun))?\b/iu,
    within: /\b(?:dalam|dalam waktu|paling lambat|selambat-lambatnya|maksimal|kurang dari|sebelum)\b/iu,
  },
  de: {
    after:
      /(?:\d+|\p{L}+)[\s\u00a0]+(?:Minuten|Stunden|(?:Werk|Arbeits|Kalender)?(?:Tage|Tagen)|Wochen|Monate|Monaten|Jahre|Jahren)[\s\u00a0]+nach\b|\bnach[\s\u00a0]+(?:einer|einem|\d+|\p{L}+)[\s\u00a0]+(?:Minute|Minuten|Stunde|Stunden|Tag|Tagen|Woche|Wochen|Monat|Monaten|Jahr|Jahren)\b/iu,
    within: /\b(?:innerhalb|binnen|spätestens|höchstens|vor)\b/iu,
  },
  fr: {
    after:
      /(?:\d+|\p{L}+)[\s\u00a0]+(?:minutes|heures|jours|semaines|mois|ans|années)(?:[\s\u00a0]+(?:ouvrés|ouvrables|calendaires))?[\s\u00a0]+après\b|(?<!\p{L})après[\s\u00a0]+(?:un|une|\d+|\p{L}+)[\s\u00a0]+(?:minute|minutes|heure|heures|jour|jours|semaine|semaines|mois|an|ans|année|années)\b/iu,
    within: /\b(?:dans les|dans un délai|sous|en moins de|au plus tard|au maximum|avant)\b/iu,
  },
  es: {
    after:
      /(?:\d+|\p{L}+)[\s\u00a0]+(?:minutos|horas|días|semanas|meses|años)(?:[\s\u00a0]+(?:hábiles|naturales))?[\s\u00a0]+después\b|(?<!\p{L})(?:después de|pasados|pasadas)[\s\u00a0]+(?:un|una|\d+|\p{L}+)[\s\u00a0]+(?:minuto|minutos|hora|horas|día|días|semana|semanas|mes|meses|año|años)\b/iu,
    within: /\b(?:dentro de|en un plazo|en menos de|como máximo|a más tardar|antes)\b/iu,
  },
  zh: { after: /(?:\d+|[一二两三四五六七八九十百]+)(?:个)?(?:分钟|小时|天|日|周|星期|月|年)(?:之后|以后|后)/u, within: /内|之前|以前|前/u },
};

/**
 * A span within which something must happen ("Claims must be made within 30 days of discovering
 * the defect") said as one after which it does ("30 jours après la découverte"): a limit made a
 * delay. Not where the translation's sentence says a "within" or a "before" too, nor where the
 * source negates before it.
 */
function withinMadeDelay(
  source: Analysis,
  target: Analysis,
  sourceSentence: Sentence,
  targetSentence: Sentence,
): { wanted: Cue; found: Cue } | null {
  const span = SPAN_AFTER[baseLanguage(target.lang)];
  if (!span || baseLanguage(source.lang) !== 'en') return null;
  const sentence = source.text.slice(sourceSentence.start, sourceSentence.end);
  const said = WITHIN_A_COUNTED_SPAN.exec(sentence);
  // (a negated one is a delay: "Do not fly within 24 hours after your last dive" → "frühestens 24 Stunden nach")
  if (!said || /\b(?:not|never|no|avoid)\b|n['’]t\b/iu.test(sentence.slice(0, said.index))) return null;
  const text = target.text.slice(targetSentence.start, targetSentence.end);
  const found = span.after.exec(text);
  if (!found || span.within.test(text)) return null;
  const at = sourceSentence.start + said.index;
  // (with the bound of the earliest said right before it, which is the delay's word too: "au plus
  // tôt 48 heures après", "frühestens 48 Stunden nach")
  const earliest = EARLIEST_BEFORE.exec(text.slice(0, found.index));
  const start = targetSentence.start + (earliest ? earliest.index : found.index);
  const end = targetSentence.start + found.index + found[0].length;
  return {
    wanted: { start: at, end: at + said[0].length, text: said[0] },
    found: { start, end, text: target.text.slice(start, end) },
  };
}

/** A bound of the earliest right before a span ("au plus tôt ", "frühestens ", "paling cepat ", "como muy pronto "). */
const EARLIEST_BEFORE = /(?<![\p{L}])(?:au plus tôt|frühestens|paling cepat|como muy pronto|no antes de)[\s\u00a0]+$/iu;

/** A span counted back before an event in a translation ("30 hari sebelum diterima", "30 Tagen vor Erhalt", "30 jours avant", "30 días antes"). */
const SPAN_BEFORE: Readonly<Record<string, RegExp>> = {
  id: /(?:\d+|\p{L}+)[\s\u00a0]+(?:menit|jam|hari|minggu|bulan|tahun)(?:[\s\u00a0]+kerja)?[\s\u00a0]+sebelum\b/iu,
  de: /(?:\d+|\p{L}+)[\s\u00a0]+(?:Minuten|Stunden|(?:Werk|Arbeits|Kalender)?(?:Tage|Tagen)|Wochen|Monate|Monaten|Jahre|Jahren)[\s\u00a0]+vor\b/iu,
  fr: /(?:\d+|\p{L}+)[\s\u00a0]+(?:minutes|heures|jours|semaines|mois|ans|années)(?:[\s\u00a0]+(?:ouvrés|ouvrables|calendaires))?[\s\u00a0]+avant\b/iu,
  es: /(?:\d+|\p{L}+)[\s\u00a0]+(?:minutos|horas|días|semanas|meses|años)(?:[\s\u00a0]+(?:hábiles|naturales))?[\s\u00a0]+antes\b/iu,
};
/** What a counted span is "within" of, when it runs on from an event: "within 30 days of receipt", "after", "from". */
const RUNS_ON_FROM = /^[\s\u00a0]+(?:of|after|from|following)\b/iu;
/** Words that count a span back: the source's own "before" says the translation's. */
const COUNTED_BACK = /\b(?:before|prior|ahead|earlier|preceding)\b/iu;

/**
 * A span within which something must happen after an event ("paid within 30 days of receipt")
 * said as one before it ("30 hari sebelum diterima"): the span counted the other way. Not where
 * the source says "before" itself, nor where it negates before it.
 */
function withinMadeEarlier(
  source: Analysis,
  target: Analysis,
  sourceSentence: Sentence,
  targetSentence: Sentence,
): { wanted: Cue; found: Cue } | null {
  const before = SPAN_BEFORE[baseLanguage(target.lang)];
  if (!before || baseLanguage(source.lang) !== 'en') return null;
  const sentence = source.text.slice(sourceSentence.start, sourceSentence.end);
  const said = WITHIN_A_COUNTED_SPAN.exec(sentence);
  if (!said || !RUNS_ON_FROM.test(sentence.slice(said.index + said[0].length)) || COUNTED_BACK.test(sentence)) return null;
  if (/\b(?:not|never|no|avoid)\b|n['’]t\b/iu.test(sentence.slice(0, said.index))) return null;
  const found = before.exec(target.text.slice(targetSentence.start, targetSentence.end));
  if (!found) return null;
  const at = sourceSentence.start + said.index;
  const start = targetSentence.start + found.index;
  return {
    wanted: { start: at, end: at + said[0].length, text: said[0] },
    found: { start, end: start + found[0].length, text: found[0] },
  };
}

/** Whether a source says "by" a time or a date and the translation a start at one (see deadlineMadeStart): most pairs do not. */
function mayMakeDeadlineStart(source: Analysis, target: Analysis): boolean {
  const from = FROM_A_TIME[baseLanguage(target.lang)];
  if (from !== undefined && from.start.test(target.text) && BY_A_TIME.test(source.text)) return true;
  // (and the other way: a start made a deadline, see startMadeDeadline)
  const deadline = DEADLINE_AT_A_TIME[baseLanguage(target.lang)];
  return deadline !== undefined && deadline.test(target.text) && FROM_A_TIME_EN.test(source.text);
}

/** A language's month or weekday names as CLDR has them (through Intl), as alternatives of a regular expression. */
function dateNamesPattern(lang: string, kind: 'month' | 'weekday'): string {
  const names = Array.from({ length: kind === 'month' ? 12 : 7 }, (_, index) => escapeRegExp(nameIn(lang, kind, index).toLowerCase()));
  return `(?:${names.join('|')})`;
}

const MONTH_EN = dateNamesPattern('en', 'month');
const WEEKDAY_EN = dateNamesPattern('en', 'weekday');

/** "By" a time of day or a date, or "no later than" one: "by 7 a.m.", "by 17:30", "by noon", "by 31 December", "no later than Friday", "by the end of June". */
const BY_A_TIME = new RegExp(
  String.raw`\b(?:by|no[\s\u00a0]+later[\s\u00a0]+than|not[\s\u00a0]+later[\s\u00a0]+than)[\s\u00a0]+(?:\d{1,2}(?:[:.]\d{2})?[\s\u00a0]*[ap]\.?[\s\u00a0]?m\b|\d{1,2}[:.]\d{2}\b|noon\b|midday\b|midnight\b|` +
    String.raw`(?:the[\s\u00a0]+)?\d{1,2}(?:st|nd|rd|th)?[\s\u00a0]+(?:of[\s\u00a0]+)?${MONTH_EN}\b|${MONTH_EN}[\s\u00a0]+\d|${WEEKDAY_EN}\b|the end of\b|` +
    // (and a day counted in a month: "by the third working day of each month", "by the 5th of each month")
    String.raw`the[\s\u00a0]+(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|fifteenth|last)[\s\u00a0]+(?:working[\s\u00a0]+|business[\s\u00a0]+|calendar[\s\u00a0]+)?day\b|` +
    String.raw`the[\s\u00a0]+\d{1,2}(?:st|nd|rd|th)[\s\u00a0]+of[\s\u00a0]+(?:each|every|the)[\s\u00a0]+month\b)`,
  'iu',
);

/** An amount right ahead: a currency's sign or code, or a figure ("€5", "5 euros", "Rp10.000", "US$2"). */
// (and a price named: "costs the full price", "costs extra", "costs a fee")
const AMOUNT_AHEAD =
  /^[\s\u00a0]+(?:\p{Sc}|\p{N}|Rp|[A-Z]{2,3}\$|(?:the|a)[\s\u00a0]+(?:full|whole|entire)[\s\u00a0]+(?:price|fee|rent|amount)|(?:a|an)[\s\u00a0]+(?:fee|charge|extra)|extra(?![\p{L}]))/u;

/** What follows a "by" of a deadline: a date, a day or a time ("by the 10th", "by 31 March", "by Friday", "by noon", "by the end of June"). */
const BY_A_DATE = new RegExp(
  String.raw`^[\s\u00a0]+(?:the[\s\u00a0]+\d{1,2}(?:st|nd|rd|th)\b|the[\s\u00a0]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|fifteenth|twentieth|last)[\s\u00a0]+(?:working[\s\u00a0]+|business[\s\u00a0]+)?day\b|\d{1,2}(?:st|nd|rd|th)?[\s\u00a0]+${MONTH_EN}\b|\d{1,2}(?:[:.]\d{2})?[\s\u00a0]*[ap]\.?[\s\u00a0]?m\b|\d{1,2}[:.]\d{2}\b|${MONTH_EN}[\s\u00a0]+\d|${WEEKDAY_EN}\b|noon\b|midday\b|midnight\b|tomorrow\b|tonight\b|the[\s\u00a0]+end[\s\u00a0]+of\b)`,
  'iu',
);

/** The start of a span at a time or a date in a translation ("ab 7 Uhr", "ab dem 31.", "à partir de 7 h"), and the words of a deadline that keep it. */
const FROM_A_TIME: Readonly<Record<string, { start: RegExp; until: RegExp }>> = {
  de: {
    start: new RegExp(
      String.raw`\bab[\s\u00a0]+(?:dem[\s\u00a0]+|der[\s\u00a0]+|den[\s\u00a0]+)?(?:\d|mitternacht|mittag|${dateNamesPattern('de', 'weekday')}|(?:erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|fünfzehnt|letzt)en[\s\u00a0]+(?:werktag|arbeitstag|kalendertag|tag))`,
      'iu',
    ),
    until: /\b(?:bis|spätestens|vor)\b/iu,
  },
  fr: {
    start: new RegExp(
      String.raw`(?<!\p{L})à[\s\u00a0]+partir[\s\u00a0]+(?:de[\s\u00a0]+|du[\s\u00a0]+)(?:\d|midi|minuit|${dateNamesPattern('fr', 'weekday')})`,
      'iu',
    ),
    until: /(?<!\p{L})(?:jusqu|au plus tard|avant)/iu,
  },
  es: {
    start: new RegExp(
      String.raw`(?<!\p{L})(?:a[\s\u00a0]+partir[\s\u00a0]+(?:de|del)|desde)[\s\u00a0]+(?:las?[\s\u00a0]+|el[\s\u00a0]+)?(?:\d|mediodía|medianoche|${dateNamesPattern('es', 'weekday')})`,
      'iu',
    ),
    until: /(?<!\p{L})(?:hasta|a más tardar|antes)(?!\p{L})/iu,
  },
  // (after the date or the time: "3月31日之后", "18点以后")
  zh: {
    start: /(?<=(?:\d{1,2}[:：]\d{2}|\d{1,2}日|\d{1,2}号|\d{1,2}点|[周星期][一二三四五六日天]))(?:之后|以后|后|起)/u,
    until: /之前|以前|前|最迟|最晚|不迟于|截止/u,
  },
  id: {
    start: new RegExp(String.raw`\bmulai[\s\u00a0]+(?:pukul|jam|tanggal|hari)[\s\u00a0]+(?:\d|${dateNamesPattern('id', 'weekday')})`, 'iu'),
    until: /\b(?:hingga|sampai|paling lambat|selambat-lambatnya|sebelum)\b/iu,
  },
};

/** What follows a "not" that keeps a thing from a span of time: "[do not] fly within", "[must not] be eaten within". */
const NOT_WITHIN = /^(?:[\s\u00a0]+\p{L}+){1,3}[\s\u00a0]+within[\s\u00a0]/u;

/** Words of English that say what comes next in a sequence ("and then deleted", "afterwards"). */
const THEN = /\b(?:then|afterwards|after that|after which|thereafter)\b/iu;

/** A span of time right before an English "before": "for 30 days before they are removed", "48 hours before it ends". */
const SPAN_BEFORE_EN =
  /\b(?:\d+|one|two|three|four|five|six|seven|ten|fourteen|thirty|sixty|ninety|a|an)[\s\u00a0]+(?:(?:working|business|calendar)[\s\u00a0]+)?(?:minutes?|hours?|days?|weeks?|months?|years?)[\s\u00a0]+before\b/iu;

/** Each language's "after that", which says what follows a span ("setelah itu", "danach", "après quoi", "之后" opening its clause). */
const AFTER_THAT: Readonly<Record<string, RegExp>> = {
  id: /^(?:setelah|sesudah)[\s\u00a0]+itu\b/iu,
  de: /^(?:danach|anschließend)\b/iu,
  fr: /^(?:après[\s\u00a0]+(?:cela|quoi|ce délai))(?!\p{L})/iu,
  es: /^(?:después[\s\u00a0]+de[\s\u00a0]+(?:eso|ese plazo)|tras[\s\u00a0]+lo[\s\u00a0]+cual)(?!\p{L})/iu,
  zh: /^(?:之后|此后|以后|随后)/u,
};

/** Whether the translation's word at `found` begins an "after that" (in Chinese, opening its clause). */
function afterThatAt(target: Analysis, targetSentence: Sentence, found: Cue): boolean {
  const lang = baseLanguage(target.lang);
  const words = AFTER_THAT[lang];
  if (!words || !words.test(target.text.slice(found.start, targetSentence.end))) return false;
  return lang !== 'zh' || /(?:^|[，；,;。])\s*$/u.test(target.text.slice(targetSentence.start, found.start));
}

/** Adverbs of what goes before, which render no "then" of a sequence ("vorher", "sebelumnya", "au préalable"). */
const BEFOREHAND =
  /^(?:beforehand|vorher|zuvor|vorab|sebelumnya|terlebih dahulu|auparavant|au préalable|previamente|de antemano|事先|预先)$/iu;

/** A "before" of what went before ("sebelum itu", "avant cela", "davor"), which turns an "after that" around. */
const BEFORE_THAT = /^(?:sebelum itu|avant cela|avant ça|antes de eso|antes de ello|antes de esto|davor|在此之前|此前)(?!\p{L})/iu;

/** A time of day said with "a.m." or "p.m.". */
const AM_PM = /\d[\s\u00a0]*[ap]\.?[\s\u00a0]?m\b\.?/iu;

/** Whether a word stands right before or after a figure ("早上5点", "5 pagi", "5 Uhr morgens"; a word at most between them where words are spaced). */
function besideAFigure(analysis: Analysis, cue: Cue): boolean {
  const before = analysis.text.slice(Math.max(0, cue.start - 12), cue.start);
  return (
    /^[\s\u00a0]*\d/u.test(analysis.text.slice(cue.end, cue.end + 4)) ||
    (analysis.unspaced ? /\d[\d.:]*[点時时]?$/u : /\d[\d.:]*[\s\u00a0]*(?:\p{L}+[\s\u00a0]*)?$/u).test(before)
  );
}

/** Of a translation's cues, the one nearest where a source's cue lands (the first where it lands nowhere). */
function nearestTo(source: Analysis, target: Analysis, cue: Cue, cues: readonly Cue[]): Cue {
  const place = locateInTarget(source, target, cue.start, cue.end);
  if (!place) return cues[0] as Cue;
  // (centre to centre: a place may take in more than one of them)
  const distance = (each: Cue) => Math.abs(each.start + each.end - place.start - place.end);
  return cues.reduce((best, each) => (distance(each) < distance(best) ? each : best));
}

/** Pairs whose two sides are one event or relation seen from either end (buy and sell, lend and borrow), or trade places under a negation. */
const CONVERSES: ReadonlySet<string> = new Set([
  'trade',
  'sale',
  'lending',
  'letting',
  'employment',
  'sending',
  'handover',
  // (and a must and a may trade places under a negation: "shall not disclose" is "tidak boleh mengungkapkan")
  'obligation',
]);

/** Words that set a phrase against another without a verb's negation ("et non au dépôt", "y no al recogerlo"). */
const CONTRAST = /^(?:non|pas|no|nicht|bukan|not)$/u;

/** Whether a word is set against another by a contrast word a few words before it, in its clause. */
function contrasted(analysis: Analysis, span: Sentence, cue: Cue): boolean {
  let words = 0;
  for (let k = analysis.items.length - 1; k >= 0; k -= 1) {
    const item = analysis.items[k] as Item;
    if (item.end > cue.start || item.start < span.start) continue;
    if (item.kind !== 'word') {
      if (/[,;:，；：]/u.test(item.text)) return false;
      continue;
    }
    if (CONTRAST.test(item.lower)) return true;
    words += 1;
    if (words > 3) return false;
  }
  return false;
}

/**
 * Of a pair whose both sides a sentence says on each side, one of them negated ("X, not Y"): the
 * side the source asserts when the translation negates it and asserts the other instead; null when
 * each side negates the same one, or either negates a side only in part.
 */
function negationMoved(said: ReadonlyArray<readonly boolean[]>, found: ReadonlyArray<ReadonlyArray<{ negated: boolean }>>): 0 | 1 | null {
  const negatedSide = (sides: ReadonlyArray<readonly boolean[]>): 0 | 1 | null => {
    const [a, b] = sides as [readonly boolean[], readonly boolean[]];
    if (a.length === 0 || b.length === 0) return null;
    if (a.every(Boolean) && !b.some(Boolean)) return 0;
    if (b.every(Boolean) && !a.some(Boolean)) return 1;
    return null;
  };
  const inSource = negatedSide(said);
  const inTarget = negatedSide(found.map((cues) => cues.map((cue) => cue.negated)));
  if (inSource === null || inTarget === null || inSource === inTarget) return null;
  return inSource === 0 ? 1 : 0;
}

/**
 * Whether a negation follows a word of a text without spaces within three characters, in its clause
 * ("结束后不可以"); not the "而非", "而不是" of "A rather than B", which negates the word after it.
 */
function negatedRightAfterInChinese(paragraph: Paragraph, span: Sentence, cue: Cue): boolean {
  const text = paragraph.analysis.text;
  return paragraph
    .of('negation', span)
    .some(
      (negation) =>
        negation.start >= cue.end &&
        negation.start - cue.end <= 3 &&
        !/[，,；;：:。而并]/u.test(text.slice(cue.end, negation.start)) &&
        !/^(?:而|并)?非|^而/u.test(text.slice(negation.start)),
    );
}

/**
 * Of a sentence whose source says both sides of a pair ("Thursday evening and Saturday morning"),
 * a translation that says as many words of the pair but one side once more and the other once less
 * ("Kamis pagi dan Sabtu pagi"): taken in order, the first of the translation's that is not the
 * side the source says there.
 */
function swappedAmongBoth(
  saidA: readonly Cue[],
  saidB: readonly Cue[],
  foundA: readonly Cue[],
  foundB: readonly Cue[],
): { said: Cue; found: Cue } | null {
  if (foundA.length + foundB.length !== saidA.length + saidB.length) return null;
  if (Math.abs(foundA.length - saidA.length) !== 1) return null;
  const said = [...saidA.map((cue) => ({ cue, a: true })), ...saidB.map((cue) => ({ cue, a: false }))].sort(
    (x, y) => x.cue.start - y.cue.start,
  );
  const found = [...foundA.map((cue) => ({ cue, a: true })), ...foundB.map((cue) => ({ cue, a: false }))].sort(
    (x, y) => x.cue.start - y.cue.start,
  );
  const k = said.findIndex((side, i) => side.a !== found[i]?.a);
  return k < 0 ? null : { said: (said[k] as { cue: Cue }).cue, found: (found[k] as { cue: Cue }).cue };
}

/**
 * Of a sentence that says each side of a pair once, a translation that says each once too but in
 * the other order ("a cold compress if the skin feels hot" → "una compresa caliente si nota la piel
 * fría"), each source word landing nearer the translation's word of the other side: each source
 * word with the translation's word where it lands. Not where a clause of condition moved (the
 * translation put its "if" first, or has none), which reorders any sentence.
 */
function orderSwapped(
  source: Analysis,
  target: Analysis,
  sourceSentence: Sentence,
  targetSentence: Sentence,
  [saidA, saidB, foundA, foundB]: readonly [readonly Cue[], readonly Cue[], readonly Cue[], readonly Cue[]],
): Array<{ said: Cue; found: Cue }> {
  if (saidA.length !== 1 || saidB.length !== 1 || foundA.length !== 1 || foundB.length !== 1) return [];
  const [a, b, foundOfA, foundOfB] = [saidA[0], saidB[0], foundA[0], foundB[0]] as [Cue, Cue, Cue, Cue];
  // (into or out of Chinese, only two clauses said in parallel, each on both sides: inside one clause
  // Chinese puts first what English says last as a matter of course, "one adult ticket is free with
  // each child ticket" → "每张儿童票可免费附赠一张成人票"; "on the left, … on the right" → "在右侧，…在左侧"
  // is swapped)
  // (an English "and" before a verb of its own joins two clauses too: "are turned off by default
  // and can be turned on" → "默认开启，可在播放器中关闭" swapped them)
  const clauses = (analysis: Analysis, x: Cue, y: Cue) => {
    const between = analysis.text.slice(Math.min(x.end, y.end), Math.max(x.start, y.start));
    if (/[,;，；、]/u.test(between)) return true;
    const and = baseLanguage(analysis.lang) === 'en' ? /\band\b/u.exec(between) : null;
    return and !== null && CLAUSE_AFTER_AND.test(between.slice(and.index + 3));
  };
  if ((source.unspaced || target.unspaced) && !(clauses(source, a, b) && clauses(target, foundOfA, foundOfB))) return [];
  if (a.start < b.start === foundOfA.start < foundOfB.start) return [];
  if (conditionMoved(source, target, sourceSentence, targetSentence)) return [];
  // (nor where one side names who does it after a passive and the other says it actively, which
  // turns the order round: "Tenants will be notified by the landlord" → "Pemilik akan memberi tahu
  // penyewa")
  // (one of the two named so on one side, neither on the other; not two named so alike, "paid by the
  // seller, not by the buyer" → "zahlt der Käufer, nicht der Verkäufer")
  const agents = (analysis: Analysis, x: Cue, y: Cue) => Number(agentNamed(analysis, x)) + Number(agentNamed(analysis, y));
  const [agentsInSource, agentsInTarget] = [agents(source, a, b), agents(target, foundOfA, foundOfB)];
  if (agentsInSource + agentsInTarget === 1) return [];
  const landA = locateInTarget(source, target, a.start, a.end);
  const landB = locateInTarget(source, target, b.start, b.end);
  if (!landA || !landB) return [];
  // (how far a word stands from where a source word lands: none inside the place, else the gap to
  // its nearer end; a place the landmarks make wide reaches the words it takes in)
  const distance = (place: { start: number; end: number }, cue: Cue) => Math.max(0, cue.start - place.end, place.start - cue.end);
  if (distance(landA, foundOfB) >= distance(landA, foundOfA) || distance(landB, foundOfA) >= distance(landB, foundOfB)) return [];
  return [
    { said: a, found: foundOfB },
    { said: b, found: foundOfA },
  ].sort((x, y) => x.said.start - y.said.start);
}

/** The words that name who does a thing said in the passive, right before the one it names ("by the", "oleh", "von der", "par le", "由"). */
const AGENT_BEFORE: Record<string, RegExp> = {
  en: /(?:^|[^\p{L}])by(?:[\s\u00a0]+(?:the|a|an|your|our|their|its|his|her))?[\s\u00a0]+$/iu,
  id: /(?:^|[^\p{L}])oleh(?:[\s\u00a0]+(?:pihak|para|sang))?[\s\u00a0]+$/iu,
  de: /(?:^|[^\p{L}])(?:von|vom|durch)(?:[\s\u00a0]+(?:der|die|den|dem|das|einem|einer|einen|ihrem|ihren|ihrer|unserem|unserer))?[\s\u00a0]+$/iu,
  fr: /(?:^|[^\p{L}])par(?:[\s\u00a0]+(?:le|la|les|un|une|votre|vos|notre|nos))?[\s\u00a0]+$|(?:^|[^\p{L}])par[\s\u00a0]+l['’]$/iu,
  es: /(?:^|[^\p{L}])por(?:[\s\u00a0]+(?:el|la|los|las|un|una|su|sus|nuestro|nuestra))?[\s\u00a0]+$/iu,
  zh: /[由被]$/u,
};

function agentNamed(analysis: Analysis, cue: Cue): boolean {
  const pattern = AGENT_BEFORE[baseLanguage(analysis.lang)];
  return pattern !== undefined && pattern.test(analysis.text.slice(Math.max(0, cue.start - 24), cue.start));
}

/** Whether a sentence's clause of condition stands elsewhere in its translation (or either side has one and the other none). */
function conditionMoved(source: Analysis, target: Analysis, sourceSentence: Sentence, targetSentence: Sentence): boolean {
  const place = (analysis: Analysis, span: Sentence): number | null => {
    const condition = CONDITION_WORDS[baseLanguage(analysis.lang)];
    const item = analysis.items.find(
      (each) => each.kind === 'word' && each.start >= span.start && each.end <= span.end && condition?.has(each.lower),
    );
    return item ? (item.start - span.start) / Math.max(1, span.end - span.start) : null;
  };
  const [inSource, inTarget] = [place(source, sourceSentence), place(target, targetSentence)];
  if (inSource === null || inTarget === null) return inSource !== inTarget;
  return Math.abs(inSource - inTarget) > 0.3;
}

/** The scale most comparisons measure on: height, size, length, amount. */
/**
 * The basic colours by name in each language (a phrase of two words where a language says one so:
 * "merah muda", "abu-abu"), for a colour rendered as another ("the yellow container" → "wadah
 * berwarna hijau"). White and black are opposites too (see OPPOSITES), reported there.
 */
const COLOURS: Record<string, Record<string, string>> = {
  en: {
    red: 'red',
    orange: 'orange',
    yellow: 'yellow',
    green: 'green',
    blue: 'blue',
    purple: 'purple',
    violet: 'purple',
    pink: 'pink',
    brown: 'brown',
    grey: 'grey',
    gray: 'grey',
    black: 'black',
    white: 'white',
  },
  id: {
    merah: 'red',
    oranye: 'orange',
    jingga: 'orange',
    kuning: 'yellow',
    hijau: 'green',
    biru: 'blue',
    ungu: 'purple',
    'merah muda': 'pink',
    'merah jambu': 'pink',
    'abu abu': 'grey',
    kelabu: 'grey',
    cokelat: 'brown',
    coklat: 'brown',
    hitam: 'black',
    putih: 'white',
  },
  de: Object.fromEntries(
    Object.entries({
      rot: 'red',
      gelb: 'yellow',
      grün: 'green',
      blau: 'blue',
      braun: 'brown',
      grau: 'grey',
      schwarz: 'black',
      weiß: 'white',
    }).flatMap(([stem, colour]) => ['', 'e', 'en', 'er', 'es', 'em'].map((ending) => [`${stem}${ending}`, colour])),
  ),
  fr: {
    rouge: 'red',
    rouges: 'red',
    jaune: 'yellow',
    jaunes: 'yellow',
    vert: 'green',
    verte: 'green',
    verts: 'green',
    vertes: 'green',
    bleu: 'blue',
    bleue: 'blue',
    bleus: 'blue',
    bleues: 'blue',
    marron: 'brown',
    marrons: 'brown',
    brun: 'brown',
    brune: 'brown',
    gris: 'grey',
    grise: 'grey',
    noir: 'black',
    noire: 'black',
    blanc: 'white',
    blanche: 'white',
  },
  es: {
    rojo: 'red',
    roja: 'red',
    amarillo: 'yellow',
    amarilla: 'yellow',
    verde: 'green',
    verdes: 'green',
    azul: 'blue',
    azules: 'blue',
    marrón: 'brown',
    marrones: 'brown',
    gris: 'grey',
    negro: 'black',
    negra: 'black',
    blanco: 'white',
    blanca: 'white',
  },
};

/**
 * Phrases whose colour is another language's way of saying a thing, not its colour: Indonesian's
 * brown rice and brown sugar are red ("beras merah", "gula merah"), grey hair white, plain drinking
 * water white ("air putih"); the orange of "orange juice" is the fruit ("jus jeruk").
 */
const NOT_COLOURS: Partial<Record<string, ReadonlySet<string>>> = {
  en: new Set(['orange juice', 'orange peel', 'orange zest']),
  id: new Set(['beras merah', 'gula merah', 'rambut putih', 'roti cokelat', 'gula cokelat', 'air putih']),
};

/**
 * What a thing is made of, by name in each language, for a material rendered as another ("glass
 * bottles" → "bouteilles en plastique", "leather" → "daim"). Not words that name other things as
 * often: "paper" (a document), "iron" (the appliance, the nutrient), Indonesian "kulit" and Spanish
 * "piel" (skin), Spanish "ante" (before), "glasses" (spectacles). German compounds ("Glasflaschen")
 * are not looked into.
 */
const MATERIALS: Record<string, Record<string, string>> = {
  en: {
    glass: 'glass',
    plastic: 'plastic',
    metal: 'metal',
    wood: 'wood',
    wooden: 'wood',
    leather: 'leather',
    suede: 'suede',
    canvas: 'canvas',
    cotton: 'cotton',
    nylon: 'nylon',
    polyester: 'polyester',
    wool: 'wool',
    woollen: 'wool',
    woolen: 'wool',
    silk: 'silk',
    ceramic: 'ceramic',
    porcelain: 'ceramic',
    steel: 'steel',
    'stainless steel': 'steel',
    aluminium: 'aluminium',
    aluminum: 'aluminium',
    rubber: 'rubber',
    cardboard: 'cardboard',
  },
  id: {
    kaca: 'glass',
    plastik: 'plastic',
    logam: 'metal',
    kayu: 'wood',
    suede: 'suede',
    kanvas: 'canvas',
    katun: 'cotton',
    nilon: 'nylon',
    poliester: 'polyester',
    wol: 'wool',
    sutra: 'silk',
    sutera: 'silk',
    keramik: 'ceramic',
    porselen: 'ceramic',
    baja: 'steel',
    aluminium: 'aluminium',
    karet: 'rubber',
    kardus: 'cardboard',
    karton: 'cardboard',
  },
  de: {
    glas: 'glass',
    plastik: 'plastic',
    kunststoff: 'plastic',
    metall: 'metal',
    holz: 'wood',
    leder: 'leather',
    wildleder: 'suede',
    veloursleder: 'suede',
    segeltuch: 'canvas',
    baumwolle: 'cotton',
    nylon: 'nylon',
    polyester: 'polyester',
    wolle: 'wool',
    seide: 'silk',
    keramik: 'ceramic',
    porzellan: 'ceramic',
    stahl: 'steel',
    edelstahl: 'steel',
    aluminium: 'aluminium',
    gummi: 'rubber',
    pappe: 'cardboard',
    karton: 'cardboard',
  },
  fr: {
    verre: 'glass',
    plastique: 'plastic',
    métal: 'metal',
    métallique: 'metal',
    bois: 'wood',
    cuir: 'leather',
    daim: 'suede',
    coton: 'cotton',
    nylon: 'nylon',
    polyester: 'polyester',
    laine: 'wool',
    soie: 'silk',
    céramique: 'ceramic',
    porcelaine: 'ceramic',
    acier: 'steel',
    inox: 'steel',
    aluminium: 'aluminium',
    caoutchouc: 'rubber',
    carton: 'cardboard',
  },
  es: {
    vidrio: 'glass',
    cristal: 'glass',
    plástico: 'plastic',
    metal: 'metal',
    metálico: 'metal',
    madera: 'wood',
    cuero: 'leather',
    gamuza: 'suede',
    lona: 'canvas',
    algodón: 'cotton',
    nailon: 'nylon',
    nylon: 'nylon',
    poliéster: 'polyester',
    lana: 'wool',
    seda: 'silk',
    cerámica: 'ceramic',
    porcelana: 'ceramic',
    acero: 'steel',
    aluminio: 'aluminium',
    caucho: 'rubber',
    cartón: 'cardboard',
  },
  zh: {
    玻璃: 'glass',
    塑料: 'plastic',
    金属: 'metal',
    木制: 'wood',
    木质: 'wood',
    实木: 'wood',
    皮革: 'leather',
    真皮: 'leather',
    麂皮: 'suede',
    绒面革: 'suede',
    帆布: 'canvas',
    纯棉: 'cotton',
    尼龙: 'nylon',
    涤纶: 'polyester',
    棉质: 'cotton',
    羊毛: 'wool',
    丝绸: 'silk',
    真丝: 'silk',
    陶瓷: 'ceramic',
    瓷器: 'ceramic',
    不锈钢: 'steel',
    钢制: 'steel',
    铝制: 'aluminium',
    铝合金: 'aluminium',
    橡胶: 'rubber',
    纸板: 'cardboard',
    纸箱: 'cardboard',
  },
};

/**
 * How often something happens, by its period, in each language: "daily", "every other day",
 * "once a fortnight", "a week" (after a quantity: "six hours a day"); "setiap hari", "dua hari
 * sekali", "seminggu". A figure's own period ("Rp5.000 per 15 minutes") is the numbers rule's.
 */
const PERIOD_PHRASES: Record<string, Record<string, string>> = {
  en: {
    'per season': 'season',
    'each season': 'season',
    'a season': 'season',
    // (at any time, against a period: "close your account at any time" is not once a year)
    'at any time': 'any time',
    anytime: 'any time',
    // (once only, against a period: "a one-off activation charge" is no monthly one; hyphens are passed over)
    'one off': 'once',
    'one time': 'once',
    // (a payment made once: "the registration fee is paid once" is no monthly fee)
    'paid once': 'once',
    'charged once': 'once',
    'payable once': 'once',
    'once only': 'once',
    'per minute': 'minute',
    'every minute': 'minute',
    'each minute': 'minute',
    hourly: 'hour',
    'every hour': 'hour',
    'each hour': 'hour',
    'an hour': 'hour',
    'per hour': 'hour',
    'per half hour': 'half hour',
    'every half hour': 'half hour',
    'each half hour': 'half hour',
    'a half hour': 'half hour',
    'half hourly': 'half hour',
    daily: 'day',
    'every day': 'day',
    'each day': 'day',
    'a day': 'day',
    'per day': 'day',
    'every other day': '2 days',
    'every second day': '2 days',
    'every two days': '2 days',
    'every 2 days': '2 days',
    weekly: 'week',
    'every week': 'week',
    // (a day of each week: "every Sunday" is weekly, no "jeden Tag")
    'every monday': 'week',
    'every tuesday': 'week',
    'every wednesday': 'week',
    'every thursday': 'week',
    'every friday': 'week',
    'every saturday': 'week',
    'every sunday': 'week',
    'each week': 'week',
    'a week': 'week',
    'per week': 'week',
    fortnightly: '2 weeks',
    'a fortnight': '2 weeks',
    'every fortnight': '2 weeks',
    'every other week': '2 weeks',
    'every two weeks': '2 weeks',
    'every 2 weeks': '2 weeks',
    monthly: 'month',
    'every month': 'month',
    'each month': 'month',
    'a month': 'month',
    'per month': 'month',
    // (rented or charged by a period: "lockers are rented by the month"; not "by the day of the visit")
    'by the month': 'month',
    'by the week': 'week',
    'by the day': 'day',
    'by the day of': '',
    'by the hour': 'hour',
    'by the year': 'year',
    yearly: 'year',
    annual: 'year',
    annually: 'year',
    quarterly: '3 months',
    'every quarter': '3 months',
    'each quarter': '3 months',
    'every three months': '3 months',
    'every 3 months': '3 months',
    'semi annual': '6 months',
    semiannual: '6 months',
    'half yearly': '6 months',
    'every six months': '6 months',
    'every 6 months': '6 months',
    'every year': 'year',
    'each year': 'year',
    'a year': 'year',
    'per year': 'year',
    'per annum': 'year',
    nightly: 'night',
    'every night': 'night',
    'every evening': 'night',
    'each evening': 'night',
    'each night': 'night',
    'a night': 'night',
    'per night': 'night',
  },
  id: {
    'per musim': 'season',
    'kapan saja': 'any time',
    'kapan pun': 'any time',
    'sewaktu-waktu': 'any time',
    'sewaktu waktu': 'any time',
    'satu kali': 'once',
    'per menit': 'minute',
    'setiap menit': 'minute',
    'tiap menit': 'minute',
    'setiap jam': 'hour',
    'tiap jam': 'hour',
    'per jam': 'hour',
    'setiap hari': 'day',
    // (a day of each week: "setiap hari Minggu", every Sunday)
    ...Object.fromEntries(
      ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu'].flatMap((day) => [
        [`setiap hari ${day}`, 'week'],
        [`tiap hari ${day}`, 'week'],
      ]),
    ),
    'tiap hari': 'day',
    'per hari': 'day',
    sehari: 'day',
    harian: 'day',
    'dua hari sekali': '2 days',
    '2 hari sekali': '2 days',
    'setiap dua hari': '2 days',
    'setiap 2 hari': '2 days',
    'selang sehari': '2 days',
    'setiap minggu': 'week',
    'tiap minggu': 'week',
    'per minggu': 'week',
    seminggu: 'week',
    mingguan: 'week',
    'setiap pekan': 'week',
    sepekan: 'week',
    'dua minggu sekali': '2 weeks',
    '2 minggu sekali': '2 weeks',
    'setiap dua minggu': '2 weeks',
    'setiap 2 minggu': '2 weeks',
    'setiap bulan': 'month',
    'tiap bulan': 'month',
    'per bulan': 'month',
    sebulan: 'month',
    bulanan: 'month',
    'setiap tahun': 'year',
    'tiap tahun': 'year',
    'per tahun': 'year',
    setahun: 'year',
    tahunan: 'year',
    'setiap tiga bulan': '3 months',
    'setiap 3 bulan': '3 months',
    'tiap tiga bulan': '3 months',
    'tiga bulan sekali': '3 months',
    triwulanan: '3 months',
    'per triwulan': '3 months',
    'setiap triwulan': '3 months',
    'per kuartal': '3 months',
    'setiap kuartal': '3 months',
    'setiap enam bulan': '6 months',
    'setiap 6 bulan': '6 months',
    'enam bulan sekali': '6 months',
    'setiap malam': 'night',
    'tiap malam': 'night',
    'per malam': 'night',
  },
  de: {
    'pro saison': 'season',
    'je saison': 'season',
    jederzeit: 'any time',
    einmalig: 'once',
    einmalige: 'once',
    einmaligen: 'once',
    'pro minute': 'minute',
    'jede minute': 'minute',
    minütlich: 'minute',
    stündlich: 'hour',
    stundensatz: 'hour',
    tagessatz: 'day',
    stundentarif: 'hour',
    stundenpreis: 'hour',
    tagestarif: 'day',
    tagespreis: 'day',
    wochentarif: 'week',
    monatstarif: 'month',
    'pro stunde': 'hour',
    'je stunde': 'hour',
    'jede stunde': 'hour',
    täglich: 'day',
    'pro tag': 'day',
    'je tag': 'day',
    'jeden tag': 'day',
    'jeder tag': 'day',
    'am tag': 'day',
    wöchentlich: 'week',
    'pro woche': 'week',
    'je woche': 'week',
    'jede woche': 'week',
    // (a day of each week: "jeden Sonntag")
    'jeden montag': 'week',
    'jeden dienstag': 'week',
    'jeden mittwoch': 'week',
    'jeden donnerstag': 'week',
    'jeden freitag': 'week',
    'jeden samstag': 'week',
    'jeden sonntag': 'week',
    'in der woche': 'week',
    'alle zwei wochen': '2 weeks',
    'alle 2 wochen': '2 weeks',
    'jede zweite woche': '2 weeks',
    '14-tägig': '2 weeks',
    zweiwöchentlich: '2 weeks',
    monatlich: 'month',
    'pro monat': 'month',
    'je monat': 'month',
    'jeden monat': 'month',
    'jeder monat': 'month',
    'im monat': 'month',
    // (and in the genitive, a day of each: "am 1. jedes Quartals")
    'jedes monats': 'month',
    'jeden monats': 'month',
    'jedes quartals': '3 months',
    'jeden quartals': '3 months',
    'jedes jahres': 'year',
    'jeden jahres': 'year',
    'jeder woche': 'week',
    jährlich: 'year',
    'pro jahr': 'year',
    'je jahr': 'year',
    'jedes jahr': 'year',
    'im jahr': 'year',
    quartalsweise: '3 months',
    'pro quartal': '3 months',
    'jedes quartal': '3 months',
    'alle drei monate': '3 months',
    'alle 3 monate': '3 months',
    'alle sechs monate': '6 months',
    'alle 6 monate': '6 months',
    'pro nacht': 'night',
    'je nacht': 'night',
    'jede nacht': 'night',
    'jeden abend': 'night',
    vierteljährlich: '3 months',
    halbjährlich: '6 months',
    // (and rented or charged by the period: "rented by the day" → "wochenweise vermietet")
    stundenweise: 'hour',
    tageweise: 'day',
    wochenweise: 'week',
    monatsweise: 'month',
    // (and a pass or a subscription by its period: "A monthly subscription" → "Ein Jahresabo")
    monatsabo: 'month',
    monatsabonnement: 'month',
    monatskarte: 'month',
    monatsticket: 'month',
    jahresabo: 'year',
    jahresabonnement: 'year',
    jahreskarte: 'year',
    jahresticket: 'year',
    wochenkarte: 'week',
    wochenticket: 'week',
    tageskarte: 'day',
    tagesticket: 'day',
    // the adjectives as they agree with their noun ("die jährliche Gebühr")
    ...Object.fromEntries(
      (
        [
          ['stündlich', 'hour'],
          ['täglich', 'day'],
          ['wöchentlich', 'week'],
          ['monatlich', 'month'],
          ['jährlich', 'year'],
          ['vierteljährlich', '3 months'],
          ['halbjährlich', '6 months'],
        ] as const
      ).flatMap(([word, value]) => ['e', 'en', 'er', 'es', 'em'].map((ending) => [`${word}${ending}`, value])),
    ),
  },
  fr: {
    'par saison': 'season',
    'à tout moment': 'any time',
    'une seule fois': 'once',
    'en une fois': 'once',
    'paiement unique': 'once',
    'par minute': 'minute',
    'chaque minute': 'minute',
    'toutes les minutes': 'minute',
    'versement unique': 'once',
    'frais uniques': 'once',
    'à tout instant': 'any time',
    "n'importe quand": 'any time',
    // ("horaire" alone is a timetable too: "les horaires d'ouverture")
    'tarif horaire': 'hour',
    'taux horaire': 'hour',
    'tarif journalier': 'day',
    journalier: 'day',
    journalière: 'day',
    'par heure': 'hour',
    // (charged by the hour or the day: "facturée à l'heure", "à la journée"; "à l'heure" alone is on time)
    "facturé à l'heure": 'hour',
    "facturée à l'heure": 'hour',
    "facturés à l'heure": 'hour',
    "loué à l'heure": 'hour',
    "louée à l'heure": 'hour',
    "loués à l'heure": 'hour',
    "louées à l'heure": 'hour',
    "facturées à l'heure": 'hour',
    'à la journée': 'day',
    'toutes les heures': 'hour',
    'chaque heure': 'hour',
    'par jour': 'day',
    quotidien: 'day',
    quotidienne: 'day',
    quotidiennement: 'day',
    'chaque jour': 'day',
    'tous les jours': 'day',
    'par semaine': 'week',
    hebdomadaire: 'week',
    'chaque semaine': 'week',
    // (a day of each week: "chaque dimanche", "tous les dimanches")
    'chaque lundi': 'week',
    'chaque mardi': 'week',
    'chaque mercredi': 'week',
    'chaque jeudi': 'week',
    'chaque vendredi': 'week',
    'chaque samedi': 'week',
    'chaque dimanche': 'week',
    'tous les lundis': 'week',
    'tous les mardis': 'week',
    'tous les mercredis': 'week',
    'tous les jeudis': 'week',
    'tous les vendredis': 'week',
    'tous les samedis': 'week',
    'tous les dimanches': 'week',
    'toutes les semaines': 'week',
    'toutes les deux semaines': '2 weeks',
    'toutes les 2 semaines': '2 weeks',
    'une semaine sur deux': '2 weeks',
    'par mois': 'month',
    // (rented or charged by a period: "loués au mois", "à la semaine"; not "au mois de mai", nor "à la
    // semaine prochaine", see you next week)
    'au mois': 'month',
    'au mois de': '',
    "au mois d'avril": '',
    "au mois d'août": '',
    "au mois d'octobre": '',
    'à la semaine': 'week',
    'à la semaine prochaine': '',
    "à l'année": 'year',
    mensuel: 'month',
    mensuelle: 'month',
    mensuellement: 'month',
    'chaque mois': 'month',
    'tous les mois': 'month',
    'par an': 'year',
    'par année': 'year',
    annuel: 'year',
    annuelle: 'year',
    annuellement: 'year',
    'chaque année': 'year',
    'tous les ans': 'year',
    trimestriel: '3 months',
    trimestrielle: '3 months',
    trimestriellement: '3 months',
    'tous les trois mois': '3 months',
    'tous les 3 mois': '3 months',
    'chaque trimestre': '3 months',
    semestriel: '6 months',
    semestrielle: '6 months',
    'tous les six mois': '6 months',
    'tous les 6 mois': '6 months',
    // (the adjectives in the plural: "les frais mensuels", "des réunions hebdomadaires")
    journaliers: 'day',
    journalières: 'day',
    quotidiens: 'day',
    quotidiennes: 'day',
    hebdomadaires: 'week',
    mensuels: 'month',
    mensuelles: 'month',
    annuels: 'year',
    annuelles: 'year',
    trimestriels: '3 months',
    trimestrielles: '3 months',
    semestriels: '6 months',
    semestrielles: '6 months',
    'par nuit': 'night',
    'par nuitée': 'night',
    'chaque nuit': 'night',
    'chaque soir': 'night',
    'tous les soirs': 'night',
  },
  es: {
    'por temporada': 'season',
    'en cualquier momento': 'any time',
    'una sola vez': 'once',
    'una única vez': 'once',
    'pago único': 'once',
    'por minuto': 'minute',
    'cada minuto': 'minute',
    'al minuto': 'minute',
    // (and rented or charged by the period: "se alquilan por horas" → "por días")
    'por horas': 'hour',
    'por días': 'day',
    'por semanas': 'week',
    'por meses': 'month',
    'por hora': 'hour',
    'cada hora': 'hour',
    'por día': 'day',
    'al día': 'day',
    diario: 'day',
    diaria: 'day',
    diariamente: 'day',
    'cada día': 'day',
    'todos los días': 'day',
    'por semana': 'week',
    'todas las semanas': 'week',
    'todos los meses': 'month',
    'todos los años': 'year',
    'a la semana': 'week',
    // (a day of each week: "cada domingo", "todos los domingos")
    'cada lunes': 'week',
    'cada martes': 'week',
    'cada miércoles': 'week',
    'cada jueves': 'week',
    'cada viernes': 'week',
    'cada sábado': 'week',
    'cada domingo': 'week',
    'todos los lunes': 'week',
    'todos los martes': 'week',
    'todos los miércoles': 'week',
    'todos los jueves': 'week',
    'todos los viernes': 'week',
    'todos los sábados': 'week',
    'todos los domingos': 'week',
    semanal: 'week',
    semanalmente: 'week',
    'cada semana': 'week',
    'cada dos semanas': '2 weeks',
    'cada 2 semanas': '2 weeks',
    quincenal: '2 weeks',
    quincenalmente: '2 weeks',
    'por mes': 'month',
    'al mes': 'month',
    mensual: 'month',
    mensualmente: 'month',
    'cada mes': 'month',
    'por año': 'year',
    'al año': 'year',
    anual: 'year',
    anualmente: 'year',
    'cada año': 'year',
    trimestral: '3 months',
    trimestralmente: '3 months',
    'cada tres meses': '3 months',
    'cada 3 meses': '3 months',
    'cada trimestre': '3 months',
    semestral: '6 months',
    semestralmente: '6 months',
    'cada seis meses': '6 months',
    'cada 6 meses': '6 months',
    // (the adjectives in the plural: "las cuotas mensuales", "los informes diarios")
    diarios: 'day',
    diarias: 'day',
    semanales: 'week',
    mensuales: 'month',
    anuales: 'year',
    trimestrales: '3 months',
    semestrales: '6 months',
    'por noche': 'night',
    'cada noche': 'night',
    'todas las noches': 'night',
  },
};

/** Values a text may name: each language's phrases (of up to `longest` words) and the value each names, and phrases that name none. */
interface NamedValues {
  /** (a phrase whose value is '' names none: it only keeps a shorter phrase inside it from naming one) */
  names: Record<string, Record<string, string>>;
  not?: Partial<Record<string, ReadonlySet<string>>>;
  longest: number;
  /** Words that may stand after a phrase's first word without changing what it names ("per additional day"). */
  between?: Partial<Record<string, RegExp>>;
  /**
   * Words that name a wider kind, which may render a narrower value of the other text when the
   * sentence names it no other way: Indonesian "mobil", any motor car, names back the "mobil boks"
   * a truck was called ("the truck must be returned" → "mobil harus dikembalikan", and back).
   */
  broader?: Partial<Record<string, Record<string, readonly string[]>>>;
}

/**
 * Spans of time said without a figure ("within an hour", "a few minutes", "sebulan"): one rendered
 * as another ("dalam waktu satu hari", "beberapa jam") changed how long. Those after a figure are
 * the numbers rule's.
 */
const DURATIONS: Record<string, Record<string, string>> = {
  en: Object.fromEntries(
    (
      [
        ['second', 'second', 'seconds'],
        ['minute', 'minute', 'minutes'],
        ['hour', 'hour', 'hours'],
        ['day', 'day', 'days'],
        ['week', 'week', 'weeks'],
        ['month', 'month', 'months'],
        ['year', 'year', 'years'],
      ] as const
    ).flatMap(([value, one, many]) => [
      [`${/^h/.test(one) ? 'an' : 'a'} ${one}`, value],
      [`one ${one}`, value],
      // (of a span's length: "with one month's notice", "a week's holiday")
      [`${/^h/.test(one) ? 'an' : 'a'} ${one}'s`, value],
      [`one ${one}'s`, value],
      [`${/^h/.test(one) ? 'an' : 'a'} ${one}’s`, value],
      [`one ${one}’s`, value],
      [`a few ${many}`, value],
      [`several ${many}`, value],
      [`a couple of ${many}`, value],
      // ("the first few days", "over the next few weeks")
      [`few ${many}`, value],
    ]),
  ),
  id: Object.fromEntries(
    (
      [
        ['second', 'detik'],
        ['minute', 'menit'],
        ['hour', 'jam'],
        ['day', 'hari'],
        ['week', 'minggu'],
        ['week', 'pekan'],
        ['month', 'bulan'],
        ['year', 'tahun'],
      ] as const
    ).flatMap(([value, word]) => [
      [`se${word}`, value],
      [`satu ${word}`, value],
      [`beberapa ${word}`, value],
    ]),
  ),
};
DURATIONS.de = Object.fromEntries(
  (
    [
      ['hour', 'stunde', 'eine|einer'],
      ['day', 'tag', 'ein|einen|einem'],
      ['week', 'woche', 'eine|einer'],
      ['month', 'monat', 'ein|einen|einem'],
      ['year', 'jahr', 'ein|einem'],
      // (in the genitive: "innerhalb eines Monats", "eines Jahres")
      ['day', 'tages', 'eines'],
      ['month', 'monats', 'eines'],
      ['year', 'jahres', 'eines'],
    ] as const
  ).flatMap(([value, word, articles]) => articles.split('|').map((article) => [`${article} ${word}`, value])),
);
DURATIONS.fr = {
  'une heure': 'hour',
  'une journée': 'day',
  'une semaine': 'week',
  'un mois': 'month',
  'un an': 'year',
  'une année': 'year',
  'quelques secondes': 'second',
  'quelques minutes': 'minute',
  'quelques heures': 'hour',
  'quelques jours': 'day',
  'quelques semaines': 'week',
  'quelques mois': 'month',
  'quelques années': 'year',
};
DURATIONS.es = {
  'una hora': 'hour',
  'un día': 'day',
  'una semana': 'week',
  'un mes': 'month',
  'un año': 'year',
  'unos segundos': 'second',
  'pocos segundos': 'second',
  'unos minutos': 'minute',
  'pocos minutos': 'minute',
  'unas horas': 'hour',
  'unos días': 'day',
  'unas semanas': 'week',
  'unos meses': 'month',
  'unos años': 'year',
  // (and a few said "pocos": "within a few minutes" → "en pocas horas")
  'pocas horas': 'hour',
  'pocos días': 'day',
  'pocas semanas': 'week',
  'pocos meses': 'month',
  'pocos años': 'year',
};
// (French elides the "de" before them: "de plus d'un mois", "d’une heure")
for (const [phrase, value] of Object.entries(DURATIONS.fr)) {
  if (/^une? /u.test(phrase)) for (const apostrophe of ["'", '’']) DURATIONS.fr[`d${apostrophe}${phrase}`] = value;
}
DURATIONS.en = {
  ...DURATIONS.en,
  'half an hour': 'half hour',
  'a quarter of an hour': 'quarter hour',
  'a fortnight': '2 weeks',
  // (what is left of a period: "for the rest of the day" is not "für den Rest der Woche")
  'rest of the day': 'day',
  'rest of the week': 'week',
  'rest of the month': 'month',
  'rest of the year': 'year',
  // (and the same day or week as a thing: "see a doctor the same day" is not "within a week")
  'the same day': 'day',
  // (and a whole life: "taken for life" is not "pendant un an")
  'for life': 'life',
  lifelong: 'life',
  'for the rest of your life': 'life',
  'that same day': 'day',
  'the same week': 'week',
  // (how often, no span: "once a month" is not "un día" of "en un día laborable")
  ...Object.fromEntries(['once', 'twice'].flatMap((times) => ['day', 'week', 'month', 'year'].map((unit) => [`${times} a ${unit}`, '']))),
};
// (a day of the week, no span: "en un día laborable", on a weekday)
Object.assign(DURATIONS.es as Record<string, string>, {
  'un día laborable': '',
  'un día hábil': '',
  'un día festivo': '',
  'un día de la semana': '',
});
for (const [value, words] of Object.entries({
  second: ['sekunden', 'secondes', 'segundos'],
  minute: ['minuten', 'minutes', 'minutos'],
  hour: ['stunden', 'heures', 'horas'],
  day: ['tage', 'jours', 'días'],
  week: ['wochen', 'semaines', 'semanas'],
  month: ['monate', 'mois', 'meses'],
  year: ['jahre', 'années', 'años'],
})) {
  // ("mehrere Wochen", "plusieurs semaines", "varias semanas": several of them)
  const [de, fr, es] = words as [string, string, string];
  // (and a few of them: "innerhalb weniger Minuten", "in wenigen Stunden")
  for (const several of ['mehrere', 'einige', 'weniger', 'wenigen', 'wenige'])
    (DURATIONS.de as Record<string, string>)[`${several} ${de}`] = value;
  (DURATIONS.fr as Record<string, string>)[`plusieurs ${fr}`] = value;
  for (const several of ['varios', 'varias']) (DURATIONS.es as Record<string, string>)[`${several} ${es}`] = value;
}
DURATIONS.de = {
  ...DURATIONS.de,
  'rest des tages': 'day',
  'rest der woche': 'week',
  'rest des monats': 'month',
  'rest des jahres': 'year',
  'am selben tag': 'day',
  lebenslang: 'life',
  'ein leben lang': 'life',
  'am gleichen tag': 'day',
  'am selben abend': 'day',
  'in derselben woche': 'week',
  'in der gleichen woche': 'week',
};
DURATIONS.fr = {
  ...DURATIONS.fr,
  'reste de la journée': 'day',
  'reste de la semaine': 'week',
  'reste du mois': 'month',
  "reste de l'année": 'year',
  'le jour même': 'day',
  'à vie': 'life',
  'toute la vie': 'life',
  'le même jour': 'day',
  'la même semaine': 'week',
};
DURATIONS.es = {
  ...DURATIONS.es,
  'resto del día': 'day',
  'resto de la semana': 'week',
  'resto del mes': 'month',
  'resto del año': 'year',
  'el mismo día': 'day',
  'de por vida': 'life',
  'toda la vida': 'life',
  'ese mismo día': 'day',
  'la misma semana': 'week',
};
DURATIONS.id = {
  ...DURATIONS.id,
  'setengah jam': 'half hour',
  'seperempat jam': 'quarter hour',
  'dua minggu': '2 weeks',
  'sisa hari': 'day',
  'sisa hari ini': 'day',
  'sisa minggu': 'week',
  'sisa minggu ini': 'week',
  'sisa bulan': 'month',
  'hari yang sama': 'day',
  'seumur hidup': 'life',
  'hari itu juga': 'day',
  'minggu yang sama': 'week',
};

// Chinese: phrases matched in the text, which has no spaces between words
COLOURS.zh = {
  红色: 'red',
  橙色: 'orange',
  橘色: 'orange',
  黄色: 'yellow',
  绿色: 'green',
  蓝色: 'blue',
  紫色: 'purple',
  粉色: 'pink',
  粉红色: 'pink',
  棕色: 'brown',
  褐色: 'brown',
  灰色: 'grey',
  黑色: 'black',
  白色: 'white',
  // (a thing that turns a colour, a light of one: "警示灯变红", "亮绿灯")
  变红: 'red',
  变绿: 'green',
  变黄: 'yellow',
  变蓝: 'blue',
  变紫: 'purple',
  变黑: 'black',
  变白: 'white',
  红灯: 'red',
  绿灯: 'green',
  黄灯: 'yellow',
  蓝灯: 'blue',
};
PERIOD_PHRASES.zh = {
  // (once only: "a one-off fee" → "每月收费")
  一次性: 'once',
  每分钟: 'minute',
  每小时: 'hour',
  每个小时: 'hour',
  每半小时: 'half hour',
  每半个小时: 'half hour',
  每天: 'day',
  每日: 'day',
  每一天: 'day',
  隔天: '2 days',
  每隔一天: '2 days',
  每两天: '2 days',
  每周: 'week',
  每星期: 'week',
  每个星期: 'week',
  每礼拜: 'week',
  每两周: '2 weeks',
  隔周: '2 weeks',
  每月: 'month',
  每个月: 'month',
  每年: 'year',
  // a pass or ticket by its period (月卡, a monthly pass); not those of an age (老年卡, a senior's card)
  日卡: 'day',
  周卡: 'week',
  月卡: 'month',
  月票: 'month',
  季卡: '3 months',
  季票: '3 months',
  半年卡: '6 months',
  年卡: 'year',
  年票: 'year',
  包月: 'month',
  包年: 'year',
  老年卡: '',
  老年票: '',
  成年卡: '',
  成年票: '',
  青年卡: '',
  青年票: '',
  每季度: '3 months',
  // (paid or repaid by the period: "按月等额偿还", monthly instalments)
  按月: 'month',
  按季度: '3 months',
  按季: '3 months',
  按年: 'year',
  按周: 'week',
  按日: 'day',
  按天: 'day',
  每个季度: '3 months',
  每三个月: '3 months',
  每半年: '6 months',
  每六个月: '6 months',
  每晚: 'night',
  每夜: 'night',
  每天晚上: 'night',
  每天夜里: 'night',
  每一晚: 'night',
  // (each day at another time of day: no period of its own, where the source may say "every morning")
  每天早上: '',
  每天早晨: '',
  每天上午: '',
  每天中午: '',
  每天下午: '',
};
// (and a charge for each day, week or hour of a delay: "Each day of late return costs 300 yuan" →
// "每逾期归还一天收取300元")
for (const delay of [
  '逾期',
  '逾期归还',
  '逾期还车',
  '逾期付款',
  '延迟',
  '延迟归还',
  '延误',
  '延期',
  '超时',
  '超期',
  '迟到',
  '迟还',
  '晚还',
])
  for (const [unit, period] of <Array<[string, string]>>[
    ['一天', 'day'],
    ['一日', 'day'],
    ['一周', 'week'],
    ['一星期', 'week'],
    ['一个月', 'month'],
    ['一月', 'month'],
    ['一小时', 'hour'],
    ['一个小时', 'hour'],
    ['一年', 'year'],
  ])
    PERIOD_PHRASES.zh[`每${delay}${unit}`] = period;

/**
 * "Every N days, weeks, months or years" in each language, N from two to twelve in figures and in
 * words ("every three years", "setiap tiga tahun", "alle drei Jahre", "tous les trois ans", "cada
 * tres años", "每三年"), as the period they make: seven days are a week, twelve months a year. Not
 * hours or minutes: "every 8 hours" is said "three times a day" by careful translators.
 */
const EVERY_N: Record<string, { numbers: readonly string[]; units: ReadonlyArray<readonly [string, string]>; forms: readonly string[] }> = {
  en: {
    numbers: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
    units: [
      ['days', 'day'],
      ['weeks', 'week'],
      ['months', 'month'],
      ['years', 'year'],
    ],
    forms: ['every {n} {unit}'],
  },
  id: {
    numbers: ['dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas', 'dua belas'],
    units: [
      ['hari', 'day'],
      ['minggu', 'week'],
      ['pekan', 'week'],
      ['bulan', 'month'],
      ['tahun', 'year'],
    ],
    forms: ['setiap {n} {unit}', 'tiap {n} {unit}', '{n} {unit} sekali'],
  },
  de: {
    numbers: ['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'],
    units: [
      ['tage', 'day'],
      ['wochen', 'week'],
      ['monate', 'month'],
      ['jahre', 'year'],
    ],
    forms: ['alle {n} {unit}'],
  },
  fr: {
    numbers: ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze'],
    units: [
      ['jours', 'day'],
      ['semaines', 'week'],
      ['mois', 'month'],
      ['ans', 'year'],
      ['années', 'year'],
    ],
    forms: ['tous les {n} {unit}', 'toutes les {n} {unit}'],
  },
  es: {
    numbers: ['dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce'],
    units: [
      ['días', 'day'],
      ['semanas', 'week'],
      ['meses', 'month'],
      ['años', 'year'],
    ],
    forms: ['cada {n} {unit}'],
  },
  zh: {
    numbers: ['两', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'],
    units: [
      ['天', 'day'],
      ['周', 'week'],
      ['个星期', 'week'],
      ['个月', 'month'],
      ['年', 'year'],
    ],
    forms: ['每{n}{unit}', '每隔{n}{unit}'],
  },
};

/** A period of a count of units as the tables name it: "7 days" is "week", "12 months" "year", "3 months" as it is. */
function periodOf(count: number, unit: string): string {
  if (unit === 'day' && count % 7 === 0) return periodOf(count / 7, 'week');
  if (unit === 'month' && count % 12 === 0) return periodOf(count / 12, 'year');
  return count === 1 ? unit : `${count} ${unit}s`;
}

for (const [lang, { numbers, units, forms }] of Object.entries(EVERY_N)) {
  const table = PERIOD_PHRASES[lang] as Record<string, string>;
  numbers.forEach((word, k) => {
    const count = k + 2;
    for (const [unit, name] of units)
      for (const form of forms)
        for (const n of [word, String(count)]) {
          const phrase = form.replace('{n}', n).replace('{unit}', unit);
          // (what a table says already stands: "every 2 weeks" is a fortnight there)
          if (!(phrase in table)) table[phrase] = periodOf(count, name);
        }
  });
}
DURATIONS.zh = {
  一小时: 'hour',
  一个小时: 'hour',
  一天: 'day',
  一周: 'week',
  一个星期: 'week',
  一个月: 'month',
  一年: 'year',
  几个小时: 'hour',
  几天: 'day',
  几周: 'week',
  几个月: 'month',
  几年: 'year',
  // (and "数", several, as written: "for several months" → "保护牙齿数天")
  数小时: 'hour',
  数天: 'day',
  数日: 'day',
  数周: 'week',
  数月: 'month',
  数个月: 'month',
  数年: 'year',
  半小时: 'half hour',
  半个小时: 'half hour',
  一刻钟: 'quarter hour',
};

/** What a price is counted per ("€20 per person" is not "20 € par table", "per user" not "per tim"). */
const CHARGED_PER: Record<string, Record<string, string>> = {
  en: {
    // (a price per box or per delivery: "59 euros per box" → "59 euros al mes")
    'per box': 'box',
    'per case': 'box',
    'per delivery': 'delivery',
    // (a price per visit, a session, a lesson: "90 euros per visit" → "90 euros par mois")
    'per visit': 'visit',
    'per session': 'visit',
    'per lesson': 'visit',
    'per appointment': 'visit',
    'per piece': 'item',
    'per kilogram': 'kilogram',
    'per kilo': 'kilogram',
    'per kg': 'kilogram',
    'per bag': 'bag',
    'per suitcase': 'bag',
    'per booking': 'booking',
    'per reservation': 'booking',
    'per person': 'person',
    'per head': 'person',
    'per guest': 'person',
    'per customer': 'person',
    'per client': 'person',
    'per adult': 'person',
    'per child': 'person',
    'per student': 'person',
    'per pupil': 'person',
    'per participant': 'person',
    'per visitor': 'person',
    'per user': 'user',
    'per seat': 'seat',
    'per table': 'table',
    'per item': 'item',
    // (a pair of shoes or gloves, not one of them)
    'per pair': 'pair',
    'per shoe': 'shoe',
    'per team': 'team',
    'per group': 'group',
    'per family': 'family',
    'per household': 'household',
    'per room': 'room',
    'per vehicle': 'vehicle',
    'per car': 'vehicle',
    'per device': 'device',
    'per order': 'order',
    'per ticket': 'ticket',
    // (an excess per claim, not per year: "150 euros per claim" → "150 Euro pro Jahr"; a price per year or per month is one per a period)
    'each claim': 'claim',
    'every claim': 'claim',
    'per claim': 'claim',
    'per incident': 'claim',
    // (a walk, a trip, a ride: "€15 per walk" → "15 € pro Woche")
    'per walk': 'visit',
    'per outing': 'visit',
    'per trip': 'trip',
    'per journey': 'trip',
    'per ride': 'trip',
    'per year': 'year',
    'per month': 'month',
    'per week': 'week',
    'per day': 'day',
    'per hour': 'hour',
  },
  id: {
    'per kotak': 'box',
    'per boks': 'box',
    'per pengiriman': 'delivery',
    'per kunjungan': 'visit',
    'per sesi': 'visit',
    'per pertemuan': 'visit',
    'per kilogram': 'kilogram',
    'per kilo': 'kilogram',
    'per kg': 'kilogram',
    'per koper': 'bag',
    'per tas': 'bag',
    'per potong': 'item',
    'per buah': 'item',
    'per pcs': 'item',
    'per pemesanan': 'booking',
    'per reservasi': 'booking',
    'per orang': 'person',
    'per kepala': 'person',
    'per tamu': 'person',
    'per pelanggan': 'person',
    'per anak': 'person',
    'per siswa': 'person',
    'per peserta': 'person',
    'per pengunjung': 'person',
    'per pengguna': 'user',
    'per kursi': 'seat',
    'per meja': 'table',
    'per barang': 'item',
    'per item': 'item',
    'per pasang': 'pair',
    'per sepatu': 'shoe',
    'per tim': 'team',
    'per kelompok': 'group',
    'per grup': 'group',
    'per keluarga': 'family',
    'per rumah tangga': 'household',
    'per kamar': 'room',
    'per kendaraan': 'vehicle',
    'per mobil': 'vehicle',
    'per perangkat': 'device',
    'per pesanan': 'order',
    'per tiket': 'ticket',
    'per klaim': 'claim',
    'per kejadian': 'claim',
    'per perjalanan': 'trip',
    'per tahun': 'year',
    'per bulan': 'month',
    'per minggu': 'week',
    'per pekan': 'week',
    'per hari': 'day',
    'per jam': 'hour',
  },
  de: {
    'pro box': 'box',
    'pro kiste': 'box',
    'pro karton': 'box',
    'pro lieferung': 'delivery',
    'pro besuch': 'visit',
    'pro einsatz': 'visit',
    'pro termin': 'visit',
    'pro sitzung': 'visit',
    'pro stück': 'item',
    'je stück': 'item',
    'pro kilo': 'kilogram',
    'pro kilogramm': 'kilogram',
    'pro kg': 'kilogram',
    'pro buchung': 'booking',
    'pro reservierung': 'booking',
    'pro person': 'person',
    'pro kopf': 'person',
    'pro gast': 'person',
    'pro kunde': 'person',
    'pro kundin': 'person',
    'pro kind': 'person',
    'pro schüler': 'person',
    'pro schülerin': 'person',
    'pro teilnehmer': 'person',
    'pro teilnehmerin': 'person',
    'pro besucher': 'person',
    // (a school class; a lesson is "Stunde")
    'pro klasse': 'group',
    'pro schulklasse': 'group',
    'pro nutzer': 'user',
    'pro benutzer': 'user',
    'pro tisch': 'table',
    'pro artikel': 'item',
    'pro paar': 'pair',
    'pro schuh': 'shoe',
    'pro team': 'team',
    'pro gruppe': 'group',
    'pro familie': 'family',
    'pro haushalt': 'household',
    'pro zimmer': 'room',
    'pro fahrzeug': 'vehicle',
    'pro gerät': 'device',
    'pro bestellung': 'order',
    'pro schadensfall': 'claim',
    'je schadensfall': 'claim',
    'pro versicherungsfall': 'claim',
    'pro spaziergang': 'visit',
    'pro gassirunde': 'visit',
    'pro fahrt': 'trip',
    'pro jahr': 'year',
    'pro monat': 'month',
    'pro woche': 'week',
    'pro tag': 'day',
    'pro stunde': 'hour',
  },
  fr: {
    'par coffret': 'box',
    'par caisse': 'box',
    'par carton': 'box',
    'par livraison': 'delivery',
    'par passage': 'visit',
    'par visite': 'visit',
    'par séance': 'visit',
    'par intervention': 'visit',
    'par pièce': 'item',
    'par kilo': 'kilogram',
    'au kilo': 'kilogram',
    'par kg': 'kilogram',
    'par réservation': 'booking',
    'par personne': 'person',
    'par tête': 'person',
    'par client': 'person',
    'par cliente': 'person',
    'par enfant': 'person',
    'par élève': 'person',
    'par participant': 'person',
    'par participante': 'person',
    'par visiteur': 'person',
    // (a school class; a lesson is "cours")
    'par classe': 'group',
    'par utilisateur': 'user',
    'par table': 'table',
    'par article': 'item',
    'par paire': 'pair',
    'par chaussure': 'shoe',
    'par équipe': 'team',
    'par groupe': 'group',
    'par famille': 'family',
    'par foyer': 'household',
    'par chambre': 'room',
    'par véhicule': 'vehicle',
    'par appareil': 'device',
    'par commande': 'order',
    'par sinistre': 'claim',
    'par promenade': 'visit',
    'par sortie': 'visit',
    'par trajet': 'trip',
    'par an': 'year',
    'par mois': 'month',
    'par semaine': 'week',
    'par jour': 'day',
    'par heure': 'hour',
  },
  es: {
    'por caja': 'box',
    'por entrega': 'delivery',
    'por visita': 'visit',
    'por sesión': 'visit',
    'por clase': 'visit',
    'por pieza': 'item',
    'por unidad': 'item',
    'por kilo': 'kilogram',
    'por kg': 'kilogram',
    'por reserva': 'booking',
    'por persona': 'person',
    'por cabeza': 'person',
    'por cliente': 'person',
    'por niño': 'person',
    'por niña': 'person',
    'por alumno': 'person',
    'por alumna': 'person',
    'por participante': 'person',
    'por visitante': 'person',
    'por usuario': 'user',
    'por mesa': 'table',
    'por artículo': 'item',
    'por par': 'pair',
    'por zapato': 'shoe',
    'por equipo': 'team',
    'por grupo': 'group',
    'por familia': 'family',
    'por hogar': 'household',
    'por habitación': 'room',
    'por vehículo': 'vehicle',
    'por dispositivo': 'device',
    'por pedido': 'order',
    'por siniestro': 'claim',
    'por paseo': 'visit',
    'por salida': 'visit',
    'por trayecto': 'trip',
    'por viaje': 'trip',
    'por año': 'year',
    'al año': 'year',
    'por mes': 'month',
    'al mes': 'month',
    'por semana': 'week',
    'a la semana': 'week',
    'por día': 'day',
    'al día': 'day',
    'por hora': 'hour',
  },
  zh: {
    每公斤: 'kilogram',
    按公斤: 'kilogram',
    每千克: 'kilogram',
    按件: 'item',
    每人: 'person',
    每位: 'person',
    每位顾客: 'person',
    每位客户: 'person',
    每个孩子: 'person',
    每名儿童: 'person',
    每位学生: 'person',
    每名学生: 'person',
    每班: 'group',
    每位用户: 'user',
    每桌: 'table',
    每件: 'item',
    每双: 'pair',
    每个团队: 'team',
    每组: 'group',
    每个家庭: 'family',
    每户: 'household',
    每间: 'room',
    每辆车: 'vehicle',
    每台设备: 'device',
    每个订单: 'order',
    每次理赔: 'claim',
    每笔理赔: 'claim',
    每年: 'year',
    每月: 'month',
    每周: 'week',
    每天: 'day',
    每小时: 'hour',
    每次索赔: 'claim',
    每次事故: 'claim',
    // (a price per lesson, session or visit: "200 yuan per lesson" → "每次200元", "每次课90分钟")
    每次: 'visit',
    每次课: 'visit',
    每节课: 'visit',
    每堂课: 'visit',
    每课时: 'visit',
    每次上门: 'visit',
    // (and a booking's: "up to two hours per booking" → "每次预订最多可使用两小时")
    每次预订: 'booking',
    每次预约: 'booking',
    每笔预订: 'booking',
  },
};

const COLOUR_VALUES: NamedValues = { names: COLOURS, not: NOT_COLOURS, longest: 2 };
const MATERIAL_VALUES: NamedValues = { names: MATERIALS, longest: 2 };
const PERIOD_VALUES: NamedValues = {
  names: PERIOD_PHRASES,
  longest: 4,
  // (a day more or begun is still a day: "€15 per additional day" → "15 € par semaine supplémentaire")
  between: {
    en: /^(?:additional|extra|further|started|commenced|subsequent)$/u,
    de: /^(?:zusätzlichen|zusätzlichem|zusätzliche|weiteren|weiterem|weitere|angefangenen|angefangene|angefangenem)$/u,
  },
};
/**
 * The seasons, and the tropics' rainy and dry ones ("emptied in spring and autumn" → "au printemps
 * et en été"). Only words that name nothing else: not English "spring" or "fall" alone (a spring,
 * to fall), not French "été" alone (the participle of "être": "a été livré").
 */
const SEASONS: Record<string, Record<string, string>> = {
  en: {
    'in spring': 'spring',
    'in the spring': 'spring',
    'this spring': 'spring',
    'next spring': 'spring',
    'last spring': 'spring',
    'every spring': 'spring',
    springtime: 'spring',
    summer: 'summer',
    summertime: 'summer',
    summers: 'summer',
    autumn: 'autumn',
    autumns: 'autumn',
    'in the fall': 'autumn',
    'in fall': 'autumn',
    'this fall': 'autumn',
    'next fall': 'autumn',
    'fall semester': 'autumn',
    'fall term': 'autumn',
    winter: 'winter',
    wintertime: 'winter',
    winters: 'winter',
    'rainy season': 'rainy',
    'wet season': 'rainy',
    'monsoon season': 'rainy',
    'dry season': 'dry',
  },
  id: {
    'musim semi': 'spring',
    'musim bunga': 'spring',
    'musim panas': 'summer',
    'musim gugur': 'autumn',
    'musim dingin': 'winter',
    'musim salju': 'winter',
    'musim hujan': 'rainy',
    'musim penghujan': 'rainy',
    'musim kemarau': 'dry',
  },
  de: {
    frühling: 'spring',
    frühlings: 'spring',
    frühjahr: 'spring',
    frühjahrs: 'spring',
    sommer: 'summer',
    sommers: 'summer',
    herbst: 'autumn',
    herbstes: 'autumn',
    herbsts: 'autumn',
    winter: 'winter',
    winters: 'winter',
    regenzeit: 'rainy',
    trockenzeit: 'dry',
  },
  fr: {
    printemps: 'spring',
    'en été': 'summer',
    'cet été': 'summer',
    'l été': 'summer',
    'd été': 'summer',
    estival: 'summer',
    estivale: 'summer',
    automne: 'autumn',
    automnal: 'autumn',
    hiver: 'winter',
    hivers: 'winter',
    hivernal: 'winter',
    hivernale: 'winter',
    'saison des pluies': 'rainy',
    'saison sèche': 'dry',
  },
  es: {
    primavera: 'spring',
    verano: 'summer',
    veranos: 'summer',
    otoño: 'autumn',
    invierno: 'winter',
    inviernos: 'winter',
    'temporada de lluvias': 'rainy',
    'época de lluvias': 'rainy',
    'estación lluviosa': 'rainy',
    'temporada seca': 'dry',
    'estación seca': 'dry',
  },
  zh: {
    春季: 'spring',
    春天: 'spring',
    夏季: 'summer',
    夏天: 'summer',
    秋季: 'autumn',
    秋天: 'autumn',
    冬季: 'winter',
    冬天: 'winter',
    雨季: 'rainy',
    旱季: 'dry',
  },
};
const SEASON_VALUES: NamedValues = { names: SEASONS, longest: 3 };

/**
 * Fractions said in words ("half when the contract is signed" → "签订合同时支付三分之一", "a third of
 * the fee" → "seperempat biaya"). Only phrases that say a part: not "a third" alone (also the third
 * of a series: "a third dose"), not Spanish "cuarto" alone (a room), French "tiers" alone (a third
 * party), Chinese "半" alone (in "多半", "半岛").
 */
const FRACTIONS: Record<string, Record<string, string>> = {
  en: valuesOf({
    half: 'half|halves',
    third: 'a third of|one third|one-third',
    quarter: 'a quarter of|one quarter|one-quarter',
    twoThirds: 'two thirds|two-thirds',
    threeQuarters: 'three quarters|three-quarters',
    // (and nearly the whole: "about half of all people" → "bei fast allen Menschen")
    nearlyAll: 'almost all|nearly all|virtually all',
  }),
  id: valuesOf({
    half: 'setengah|separuh|seperdua',
    third: 'sepertiga',
    quarter: 'seperempat',
    twoThirds: 'dua pertiga',
    threeQuarters: 'tiga perempat',
    nearlyAll: 'hampir semua|hampir seluruh',
  }),
  de: valuesOf({
    half: 'hälfte|halbe|halben|halbes|halber',
    third: 'drittel|ein drittel',
    quarter: 'ein viertel',
    twoThirds: 'zwei drittel',
    threeQuarters: 'drei viertel|dreiviertel',
    nearlyAll: 'fast alle|fast allen|fast aller|nahezu alle|nahezu allen',
  }),
  fr: valuesOf({
    half: 'moitié|demi|demie',
    third: 'un tiers de|un tiers du|un tiers des|le tiers de|le tiers du|le tiers des',
    quarter: 'un quart|le quart',
    twoThirds: 'deux tiers',
    threeQuarters: 'trois quarts',
    nearlyAll: 'presque tous|presque toutes|la quasi-totalité',
  }),
  es: valuesOf({
    half: 'mitad|media hora|medio día|media jornada',
    third: 'un tercio|tercera parte',
    quarter: 'un cuarto de|cuarto de hora|cuarta parte',
    twoThirds: 'dos tercios',
    threeQuarters: 'tres cuartos',
    nearlyAll: 'casi todos|casi todas|casi la totalidad',
  }),
  zh: valuesOf({
    half: '一半|半价|半天|半年|半小时|半个小时|半个月|半数|减半',
    third: '三分之一',
    quarter: '四分之一',
    twoThirds: '三分之二',
    threeQuarters: '四分之三',
    nearlyAll: '几乎所有|几乎全部',
  }),
};

const FRACTION_VALUES: NamedValues = { names: FRACTIONS, longest: 3 };

/**
 * Road vehicles by kind ("the renewal fee for a car licence" → "SIM sepeda motor"). Only words that
 * name nothing else as often: not "bike" (a bicycle or a motorbike), "scooter" (kicked or motored),
 * "coach" (a trainer), "cab"; not German "Rad" (a wheel) or "Motor" (an engine), French "car"
 * (because); a generic word ("vehicle", "kendaraan", "Fahrzeug", "车辆") names none.
 */
const VEHICLES: Record<string, Record<string, string>> = {
  en: {
    car: 'car',
    cars: 'car',
    automobile: 'car',
    motorbike: 'motorbike',
    motorbikes: 'motorbike',
    motorcycle: 'motorbike',
    motorcycles: 'motorbike',
    bicycle: 'bicycle',
    bicycles: 'bicycle',
    bus: 'bus',
    buses: 'bus',
    truck: 'truck',
    trucks: 'truck',
    lorry: 'truck',
    lorries: 'truck',
    taxi: 'taxi',
    taxis: 'taxi',
  },
  id: {
    mobil: 'car',
    'mobil pribadi': 'car',
    'sepeda motor': 'motorbike',
    motor: 'motorbike',
    sepeda: 'bicycle',
    'sepeda listrik': 'bicycle',
    bus: 'bus',
    bis: 'bus',
    truk: 'truck',
    taksi: 'taxi',
    // (a truck or a van said with "mobil": none of the car)
    'mobil boks': '',
    'mobil barang': '',
    'mobil derek': '',
  },
  de: {
    auto: 'car',
    autos: 'car',
    pkw: 'car',
    personenwagen: 'car',
    motorrad: 'motorbike',
    motorräder: 'motorbike',
    motorrads: 'motorbike',
    kraftrad: 'motorbike',
    fahrrad: 'bicycle',
    fahrräder: 'bicycle',
    fahrrads: 'bicycle',
    bus: 'bus',
    busse: 'bus',
    reisebus: 'bus',
    lkw: 'truck',
    lastwagen: 'truck',
    lastkraftwagen: 'truck',
    taxi: 'taxi',
    taxis: 'taxi',
  },
  fr: {
    voiture: 'car',
    voitures: 'car',
    automobile: 'car',
    moto: 'motorbike',
    motos: 'motorbike',
    motocyclette: 'motorbike',
    vélo: 'bicycle',
    vélos: 'bicycle',
    bicyclette: 'bicycle',
    bus: 'bus',
    autobus: 'bus',
    autocar: 'bus',
    camion: 'truck',
    camions: 'truck',
    taxi: 'taxi',
    taxis: 'taxi',
  },
  es: {
    coche: 'car',
    coches: 'car',
    automóvil: 'car',
    moto: 'motorbike',
    motos: 'motorbike',
    motocicleta: 'motorbike',
    motocicletas: 'motorbike',
    bicicleta: 'bicycle',
    bicicletas: 'bicycle',
    autobús: 'bus',
    autobuses: 'bus',
    autocar: 'bus',
    camión: 'truck',
    camiones: 'truck',
    taxi: 'taxi',
    taxis: 'taxi',
  },
  zh: {
    汽车: 'car',
    小汽车: 'car',
    轿车: 'car',
    私家车: 'car',
    摩托车: 'motorbike',
    机车: 'motorbike',
    自行车: 'bicycle',
    单车: 'bicycle',
    脚踏车: 'bicycle',
    公交车: 'bus',
    公共汽车: 'bus',
    公交: 'bus',
    巴士: 'bus',
    大巴: 'bus',
    // (a coach station and its tickets: the bus's)
    汽车站: 'bus',
    汽车票: 'bus',
    卡车: 'truck',
    货车: 'truck',
    出租车: 'taxi',
    的士: 'taxi',
  },
};
const VEHICLE_VALUES: NamedValues = { names: VEHICLES, longest: 2, broader: { id: { mobil: ['truck'] } } };

/**
 * File formats by their names, which no language translates ("export the list as a CSV file" →
 * "als PDF-Datei"): the same in every language, JPG and JPEG one. Not those that are words too
 * ("raw" meat, a "doc", a "zip" code). Chinese, searched as text, by the names as written.
 */
const FILE_FORMAT_NAMES = 'csv|pdf|xlsx|xls|docx|odt|ods|json|xml|txt|png|jpg|jpeg|gif|svg|heic|webp|mp3|mp4|wav|epub|gpx|kml|ics|vcf|html';
const FILE_FORMATS: Record<string, Record<string, string>> = (() => {
  const spaced = Object.fromEntries(FILE_FORMAT_NAMES.split('|').map((name) => [name, name === 'jpg' ? 'jpeg' : name]));
  // (Chinese by its capitals only: "methods" or "gift" in a Chinese text name no format)
  const written = Object.fromEntries(Object.entries(spaced).map(([name, value]) => [name.toUpperCase(), value]));
  return { en: spaced, id: spaced, de: spaced, fr: spaced, es: spaced, zh: written };
})();
const FILE_FORMAT_VALUES: NamedValues = { names: FILE_FORMATS, longest: 1 };

/**
 * The papers a person shows or hands in, by what they are: an identity card, a passport, a
 * driving licence, a birth or a marriage certificate, a family card (Indonesia's "kartu
 * keluarga", China's 户口本), a residence permit, a bank card, a health insurance card, a student
 * card ("a copy of my identity card" → "fotokopi kartu keluarga saya"). Credit and debit cards are
 * one kind here (opposites tell them apart).
 */
const DOCUMENTS: Record<string, Record<string, string>> = {
  en: {
    'identity card': 'identity',
    'identity cards': 'identity',
    'id card': 'identity',
    'id cards': 'identity',
    'photo id': 'identity',
    'national id': 'identity',
    'identity document': 'identity',
    'identity documents': 'identity',
    'proof of identity': 'identity',
    passport: 'passport',
    passports: 'passport',
    'driving licence': 'licence',
    'driving license': 'licence',
    "driver's licence": 'licence',
    "driver's license": 'licence',
    'driving licences': 'licence',
    'birth certificate': 'birth',
    'birth certificates': 'birth',
    'marriage certificate': 'marriage',
    'family card': 'family',
    'residence permit': 'residence',
    'residence card': 'residence',
    'credit card': 'bank card',
    'credit cards': 'bank card',
    'debit card': 'bank card',
    'debit cards': 'bank card',
    'bank card': 'bank card',
    'health insurance card': 'health card',
    'health card': 'health card',
    // (the card Chinese "社保卡" names, which pays at hospitals and pharmacies)
    'social security card': 'health card',
    'social security cards': 'health card',
    'student card': 'student',
    'student id': 'student',
  },
  id: {
    'kartu identitas': 'identity',
    'kartu tanda penduduk': 'identity',
    ktp: 'identity',
    'e-ktp': 'identity',
    'tanda pengenal': 'identity',
    paspor: 'passport',
    'surat izin mengemudi': 'licence',
    sim: 'licence',
    'akta kelahiran': 'birth',
    'akte kelahiran': 'birth',
    'buku nikah': 'marriage',
    'akta nikah': 'marriage',
    'akta perkawinan': 'marriage',
    'kartu keluarga': 'family',
    kk: 'family',
    kitas: 'residence',
    'izin tinggal': 'residence',
    'kartu kredit': 'bank card',
    'kartu debit': 'bank card',
    'kartu atm': 'bank card',
    'kartu bpjs': 'health card',
    'kartu bpjs kesehatan': 'health card',
    'kartu pelajar': 'student',
    'kartu mahasiswa': 'student',
  },
  de: {
    // (with the genitive's and the plural's endings: "eine Kopie Ihres Führerscheins")
    personalausweis: 'identity',
    personalausweises: 'identity',
    personalausweise: 'identity',
    ausweis: 'identity',
    ausweises: 'identity',
    lichtbildausweis: 'identity',
    reisepass: 'passport',
    reisepasses: 'passport',
    reisepässe: 'passport',
    führerschein: 'licence',
    führerscheins: 'licence',
    führerscheine: 'licence',
    geburtsurkunde: 'birth',
    heiratsurkunde: 'marriage',
    aufenthaltstitel: 'residence',
    aufenthaltserlaubnis: 'residence',
    kreditkarte: 'bank card',
    debitkarte: 'bank card',
    girokarte: 'bank card',
    'ec-karte': 'bank card',
    bankkarte: 'bank card',
    gesundheitskarte: 'health card',
    versichertenkarte: 'health card',
    studentenausweis: 'student',
    schülerausweis: 'student',
  },
  fr: {
    "carte d'identité": 'identity',
    'carte d’identité': 'identity',
    "pièce d'identité": 'identity',
    'pièce d’identité': 'identity',
    passeport: 'passport',
    'permis de conduire': 'licence',
    'acte de naissance': 'birth',
    'acte de mariage': 'marriage',
    'titre de séjour': 'residence',
    'carte de séjour': 'residence',
    'carte de crédit': 'bank card',
    'carte bancaire': 'bank card',
    'carte de débit': 'bank card',
    'carte vitale': 'health card',
    "carte d'étudiant": 'student',
    'carte d’étudiant': 'student',
  },
  es: {
    dni: 'identity',
    'documento de identidad': 'identity',
    'documento nacional de identidad': 'identity',
    pasaporte: 'passport',
    'carnet de conducir': 'licence',
    'carné de conducir': 'licence',
    'permiso de conducir': 'licence',
    'partida de nacimiento': 'birth',
    'certificado de nacimiento': 'birth',
    'certificado de matrimonio': 'marriage',
    'permiso de residencia': 'residence',
    'tarjeta de residencia': 'residence',
    'tarjeta de crédito': 'bank card',
    'tarjeta de débito': 'bank card',
    'tarjeta bancaria': 'bank card',
    'tarjeta sanitaria': 'health card',
    'carné de estudiante': 'student',
    'carnet de estudiante': 'student',
  },
  zh: {
    身份证: 'identity',
    护照: 'passport',
    驾照: 'licence',
    驾驶证: 'licence',
    驾驶执照: 'licence',
    出生证明: 'birth',
    出生证: 'birth',
    结婚证: 'marriage',
    户口本: 'family',
    户口簿: 'family',
    居留许可: 'residence',
    居留证: 'residence',
    信用卡: 'bank card',
    借记卡: 'bank card',
    银行卡: 'bank card',
    医保卡: 'health card',
    社保卡: 'health card',
    学生证: 'student',
  },
};
// (not a SIM card: "kartu SIM", "SIM card")
const DOCUMENT_VALUES: NamedValues = { names: DOCUMENTS, not: { id: new Set(['kartu sim', 'sim card']) }, longest: 4 };

/** A table of phrases by value from phrases joined with "|" for each value. */
function valuesOf(phrases: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(phrases).flatMap(([value, words]) => words.split('|').map((phrase) => [phrase, value])));
}

/**
 * Parts of the body, by where they are: the head, the face, an eye, an ear, the mouth (with the
 * teeth: "rinse your mouth after the extraction" → "berkumur … setelah pencabutan gigi"), the
 * nose, the neck, an arm (with the shoulder, the hand and the armpit: Indonesian "tangan" says the
 * arm and the hand), the chest, the back, the belly (with the stomach: "perut" says both), the buttocks and
 * hips, a leg (with the foot: "kaki" says both), and the organs: the liver, a kidney, a lung, the
 * heart, the brain, the bladder, the bowel ("a liver infection" → "infeksi ginjal"). Where to inject, to apply a cream, to take a
 * temperature ("inject into the thigh" → "suntikkan ke lengan"). A phrase whose value is '' is no
 * part of the body ("tanda tangan", a signature; "mata uang", a currency; "uang muka", a down
 * payment), nor a word that says a finger and a toe alike (Indonesian "jari", Spanish "dedo").
 */
const BODY_PARTS: Record<string, Record<string, string>> = {
  en: valuesOf({
    // (and the hair, the head's: "head lice" are "kutu rambut")
    // (and a headache, the head's pain: "chest pain or a severe headache" → "mal de tête")
    head: 'head|forehead|scalp|hair|scalp hair|headache|headaches',
    face: 'face|cheek|cheeks',
    eye: 'eye|eyes|eyelid|eyelids',
    ear: 'ear|ears|earlobe',
    mouth: 'mouth|lip|lips|tongue|tooth|teeth|jaw|jaws',
    nose: 'nose|nostril|nostrils',
    neck: 'neck|throat',
    arm: 'arm|arms|upper arm|upper arms|shoulder|shoulders|elbow|elbows|wrist|wrists|hand|hands|finger|fingers|armpit|armpits|underarm',
    chest: 'chest|breast|breasts',
    // (not "back" alone: "come back", "money back", "the back of the card")
    // (and the shoulder blades, on the back: "between the shoulder blades" → "di antara tulang belikat")
    back: 'lower back|upper back|back pain|backache|your back|his back|her back|their back|pain in the back|spine|shoulder blade|shoulder blades',
    // (a toenail and a fingernail by their own names, a nail alone either: see BODY_VALUES.broader)
    nail: 'nail|nails',
    fingernail: 'fingernail|fingernails',
    toenail: 'toenail|toenails',
    belly: 'abdomen|belly|stomach|tummy',
    // (a bottom by whose it is: not "the bottom of the page")
    hip: 'buttock|buttocks|hip|hips|your bottom|his bottom|her bottom|their bottom',
    leg: 'leg|legs|thigh|thighs|knee|knees|ankle|ankles|foot|feet|toe|toes|shin|shins',
    // (and the organs' adjectives: "liver disease" → "enfermedad renal")
    liver: 'liver|hepatic',
    kidney: 'kidney|kidneys|renal',
    lung: 'lung|lungs',
    heart: 'heart',
    brain: 'brain',
    bladder: 'bladder',
    bowel: 'bowel|bowels|intestine|intestines',
    '': 'by heart|heart of|at heart|on the other hand|second hand|first hand|hand in|hand over|hands free|hands-free|face mask|face masks|face-to-face|head office|head of|keep an eye',
  }),
  id: valuesOf({
    head: 'kepala|dahi|kening|rambut',
    face: 'wajah|muka|pipi',
    eye: 'mata|kelopak mata',
    ear: 'telinga|kuping',
    mouth: 'mulut|bibir|lidah|gigi|rahang',
    nose: 'hidung',
    neck: 'leher|tenggorokan',
    arm: 'lengan|lengan atas|bahu|pundak|siku|pergelangan tangan|tangan|jari tangan|telapak tangan|ketiak',
    chest: 'dada|payudara',
    back: 'punggung|tulang belakang|tulang belikat',
    nail: 'kuku',
    toenail: 'kuku kaki|kuku jari kaki',
    fingernail: 'kuku tangan|kuku jari tangan',
    belly: 'perut|lambung',
    hip: 'bokong|pantat|pinggul',
    leg: 'kaki|paha|lutut|pergelangan kaki|telapak kaki|jari kaki|betis|tungkai',
    liver: 'hati|organ hati',
    kidney: 'ginjal',
    lung: 'paru paru|paru',
    heart: 'jantung',
    brain: 'otak',
    bladder: 'kandung kemih',
    bowel: 'usus',
    '': 'hati hati|berhati hati|sakit hati|hati nurani|dalam hati|rendah hati|jari|tanda tangan|buah tangan|tangan kedua|uang muka|di muka|tatap muka|mata uang|mata pelajaran|mata kuliah|kepala sekolah|kepala keluarga|kepala desa|kepala bagian|kepala kantor|jalan kaki|berjalan kaki|pejalan kaki|kaki lima|kaki gunung',
  }),
  de: valuesOf({
    head: 'kopf|stirn|kopfhaut|haar|haare|haaren|kopfschmerzen',
    face: 'gesicht|wange|wangen',
    eye: 'auge|augen|augenlid|augenlider',
    ear: 'ohr|ohren|ohrläppchen',
    mouth: 'mund|lippe|lippen|zunge|zahn|zähne|zähnen|unterkiefer|oberkiefer|kieferbereich',
    nose: 'nase',
    neck: 'hals|nacken|kehle',
    arm: 'arm|arme|armen|oberarm|oberarms|schulter|schultern|ellbogen|ellenbogen|handgelenk|hand|hände|händen|finger|fingern|achsel|achselhöhle',
    chest: 'brust|brüste|brustkorb|thorax',
    back: 'rücken|rückens|rückenschmerzen|wirbelsäule|schulterblatt|schulterblätter|schulterblättern',
    nail: 'nagel|nägel|nägeln',
    fingernail: 'fingernagel|fingernägel|fingernägeln',
    toenail: 'zehennagel|zehennägel|zehennägeln|fußnagel|fußnägel|fußnägeln',
    belly: 'bauch|magen|unterbauch',
    hip: 'gesäß|po|hüfte|hüften',
    leg: 'bein|beine|beinen|oberschenkel|oberschenkels|knie|knöchel|fuß|füße|füßen|zeh|zehen|wade|waden',
    liver: 'leber|leberkrankheit|lebererkrankung|lebererkrankungen',
    kidney: 'niere|nieren|nierenstein|nierensteine|nierensteinen|nierenkrankheit|nierenerkrankung|nierenerkrankungen',
    lung: 'lunge|lungen',
    heart: 'herz|herzens',
    brain: 'gehirn|gehirns|hirn',
    // (and "Blase" alone, a blister too, which names no other part: "in the kidneys" → "in der Blase")
    bladder: 'harnblase|blase',
    bowel: 'darm|darms|därme',
    '': 'von herzen|am herzen|zur hand|von hand|unter der hand|unter vier augen|im auge behalten|vor ort zu fuß',
  }),
  fr: valuesOf({
    head: 'tête|cuir chevelu|cheveux|poils',
    face: 'visage|joue|joues',
    eye: 'œil|yeux|paupière|paupières',
    ear: 'oreille|oreilles',
    mouth: 'bouche|lèvre|lèvres|dent|dents|mâchoire',
    nose: 'nez',
    neck: 'cou|gorge|nuque',
    arm: 'bras|épaule|épaules|coude|coudes|poignet|poignets|main|mains|doigt|doigts|aisselle|aisselles',
    // (and the chest's adjective: "douleur thoracique")
    chest: 'poitrine|sein|seins|thoracique|thoraciques|thorax',
    back: 'dos|colonne vertébrale|omoplate|omoplates',
    nail: 'ongle|ongles',
    toenail: 'ongle du pied|ongles du pied|ongles des pieds|ongles de pied|ongles de pieds|ceux des pieds|ongles des orteils',
    fingernail: 'ongle de la main|ongles des mains|ongles de la main|ceux des mains',
    belly: 'ventre|abdomen|estomac',
    hip: 'fesse|fesses|hanche|hanches',
    leg: 'jambe|jambes|cuisse|cuisses|genou|genoux|cheville|chevilles|pied|pieds|orteil|orteils|mollet|mollets',
    liver: 'foie|hépatique|hépatiques',
    kidney: 'rein|reins|rénal|rénale|rénaux|rénales',
    lung: 'poumon|poumons',
    heart: 'cœur|coeur',
    brain: 'cerveau',
    bladder: 'vessie',
    bowel: 'intestin|intestins',
    '': "par cœur|par coeur|à cœur|à coeur|en tête|à pied|à la main|de main en main|main-d’œuvre|main d’œuvre|main-d'œuvre|main d'œuvre|sous la main|en main|mains libres|mains-libres|coup d’œil|coup d'œil|à vue d’œil|tête-à-tête",
  }),
  es: valuesOf({
    head: 'cabeza|cuero cabelludo|pelo|cabello|cabellos',
    face: 'cara|rostro|mejilla|mejillas',
    eye: 'ojo|ojos|párpado|párpados',
    ear: 'oreja|orejas|oído|oídos',
    mouth: 'boca|labio|labios|diente|dientes|muela|muelas|mandíbula',
    nose: 'nariz',
    neck: 'cuello|garganta|nuca',
    arm: 'brazo|brazos|hombro|hombros|codo|codos|muñeca|muñecas|mano|manos|dedo de la mano|dedos de la mano|axila|axilas',
    chest: 'pecho|senos|torácico|torácica|tórax',
    back: 'espalda|columna vertebral|omóplato|omóplatos|omoplato|omoplatos|escápula|escápulas',
    // (and a nail by its foot or hand, said again by its article: "toenails rather than fingernails" →
    // "uñas de los pies más que a las de las manos")
    nail: 'uña|uñas',
    toenail: 'uña del pie|uñas del pie|uñas de los pies|las de los pies',
    fingernail: 'uña de la mano|uñas de la mano|uñas de las manos|las de las manos',
    belly: 'vientre|abdomen|estómago|barriga|tripa',
    hip: 'nalga|nalgas|glúteo|glúteos|cadera|caderas',
    leg: 'pierna|piernas|muslo|muslos|rodilla|rodillas|tobillo|tobillos|pie|pies|dedo del pie|dedos del pie|dedos de los pies|pantorrilla',
    liver: 'hígado|hepática|hepático|hepáticas|hepáticos',
    kidney: 'riñón|riñones|renal|renales',
    lung: 'pulmón|pulmones',
    heart: 'corazón',
    brain: 'cerebro',
    bladder: 'vejiga',
    bowel: 'intestino|intestinos',
    // (and face up or down, lying on one's back or front: "boca arriba", "boca abajo")
    '': 'de corazón|dedo|dedos|de pie|a pie|a mano|mano de obra|manos libres|de segunda mano|a la cabeza|cara a cara|echar un ojo|en cabeza|boca arriba|boca abajo',
  }),
  zh: valuesOf({
    head: '头部|额头|头皮|头发|毛发',
    face: '脸部|面部|脸颊|脸上',
    eye: '眼睛|眼皮|眼部',
    ear: '耳朵|耳部|耳垂',
    mouth: '嘴巴|嘴唇|舌头|舌下|口腔|牙齿|下巴|下颌',
    nose: '鼻子|鼻腔',
    neck: '脖子|颈部|喉咙',
    arm: '手臂|胳膊|上臂|肩膀|肩部|手肘|手腕|双手|手指|手掌|腋下',
    chest: '胸部|胸口|乳房',
    back: '背部|后背|脊柱|肩胛骨|肩胛',
    // (a toenail is a nail, not the toe its word begins with: "脚趾甲")
    nail: '指甲',
    toenail: '趾甲|脚趾甲|脚指甲',
    fingernail: '手指甲',
    belly: '腹部|肚子|胃部',
    hip: '臀部|屁股|髋部',
    leg: '腿部|大腿|小腿|膝盖|脚踝|双脚|脚趾|脚底',
    liver: '肝脏|肝',
    kidney: '肾脏|肾',
    lung: '肺部|肺',
    heart: '心脏',
    brain: '大脑|脑部',
    bladder: '膀胱',
    bowel: '肠道|肠',
  }),
};
const NAIL_WORDS: Record<string, string> = {
  en: 'nail|nails',
  id: 'kuku',
  de: 'nagel|nägel|nägeln',
  fr: 'ongle|ongles',
  es: 'uña|uñas',
  zh: '指甲',
};
const BODY_VALUES: NamedValues = {
  names: BODY_PARTS,
  longest: 4,
  // (a nail alone may be a toenail or a fingernail the other side names: "nail fungus on the toes"
  // → "hongos en las uñas de los pies")
  broader: Object.fromEntries(
    Object.entries(NAIL_WORDS).map(([lang, words]) => [
      lang,
      Object.fromEntries(words.split('|').map((word) => [word, ['toenail', 'fingernail']])),
    ]),
  ),
};

/**
 * Illnesses and lasting conditions, one rendered as another ("if you have diabetes" → "si tiene
 * hipertensión", "people with asthma" → "penderita epilepsi"): diabetes, high blood pressure, asthma,
 * epilepsy, cancer, an allergy, HIV, arthritis, migraine, depression, the flu, pneumonia,
 * tuberculosis, hepatitis, anaemia, a stroke, dementia. Never a word that names another thing too
 * (English "aids", helps; "TB", terabytes; a "heat stroke" is no stroke of the brain).
 */
const CONDITIONS: Record<string, Record<string, string>> = {
  en: valuesOf({
    diabetes: 'diabetes|diabetic|diabetics',
    hypertension: 'high blood pressure|hypertension',
    asthma: 'asthma|asthmatic|asthmatics',
    epilepsy: 'epilepsy|epileptic',
    cancer: 'cancer|cancers',
    allergy: 'allergy|allergies|allergic',
    hiv: 'hiv',
    arthritis: 'arthritis|osteoarthritis',
    migraine: 'migraine|migraines',
    depression: 'depression',
    flu: 'flu|influenza',
    pneumonia: 'pneumonia',
    tuberculosis: 'tuberculosis',
    hepatitis: 'hepatitis',
    anaemia: 'anaemia|anemia',
    stroke: 'stroke|strokes',
    dementia: 'dementia',
    '': 'heat stroke|stroke of',
  }),
  id: valuesOf({
    diabetes: 'diabetes|kencing manis',
    hypertension: 'hipertensi|tekanan darah tinggi|darah tinggi',
    asthma: 'asma',
    epilepsy: 'epilepsi|ayan',
    cancer: 'kanker',
    allergy: 'alergi',
    hiv: 'hiv',
    arthritis: 'artritis|radang sendi|osteoartritis',
    migraine: 'migrain',
    depression: 'depresi',
    flu: 'flu|influenza',
    pneumonia: 'pneumonia|radang paru|radang paru paru',
    tuberculosis: 'tuberkulosis|tbc',
    hepatitis: 'hepatitis',
    anaemia: 'anemia|kurang darah',
    stroke: 'stroke',
    dementia: 'demensia|pikun',
  }),
  de: valuesOf({
    diabetes: 'diabetes|zuckerkrankheit|diabetiker|diabetikerin|diabetikern',
    hypertension: 'bluthochdruck|hypertonie',
    asthma: 'asthma|asthmatiker',
    epilepsy: 'epilepsie|epileptiker',
    cancer: 'krebs|krebserkrankung|krebserkrankungen',
    allergy: 'allergie|allergien|allergisch|allergische|allergischen|allergischer',
    hiv: 'hiv',
    arthritis: 'arthritis|arthrose',
    migraine: 'migräne',
    depression: 'depression|depressionen',
    flu: 'grippe|influenza',
    pneumonia: 'lungenentzündung|pneumonie',
    tuberculosis: 'tuberkulose',
    hepatitis: 'hepatitis',
    anaemia: 'anämie|blutarmut',
    stroke: 'schlaganfall|schlaganfalls|schlaganfälle',
    dementia: 'demenz',
  }),
  fr: valuesOf({
    diabetes: 'diabète|diabétique|diabétiques',
    hypertension: 'hypertension|hypertension artérielle|tension élevée',
    asthma: 'asthme|asthmatique|asthmatiques',
    epilepsy: 'épilepsie|épileptique',
    cancer: 'cancer|cancers',
    allergy: 'allergie|allergies|allergique|allergiques',
    hiv: 'vih|sida',
    arthritis: 'arthrite|arthrose',
    migraine: 'migraine|migraines',
    depression: 'dépression',
    flu: 'grippe',
    pneumonia: 'pneumonie',
    tuberculosis: 'tuberculose',
    hepatitis: 'hépatite',
    anaemia: 'anémie',
    stroke: 'avc|accident vasculaire cérébral',
    dementia: 'démence',
  }),
  es: valuesOf({
    diabetes: 'diabetes|diabético|diabética|diabéticos|diabéticas',
    hypertension: 'hipertensión|presión alta|tensión alta|presión arterial alta',
    asthma: 'asma|asmático|asmática|asmáticos',
    epilepsy: 'epilepsia|epiléptico|epiléptica',
    cancer: 'cáncer',
    allergy: 'alergia|alergias|alérgico|alérgica|alérgicos|alérgicas',
    hiv: 'vih|sida',
    arthritis: 'artritis|artrosis',
    migraine: 'migraña|migrañas|jaqueca',
    depression: 'depresión',
    flu: 'gripe|gripa|influenza',
    pneumonia: 'neumonía|pulmonía',
    tuberculosis: 'tuberculosis',
    hepatitis: 'hepatitis',
    anaemia: 'anemia',
    stroke: 'ictus|derrame cerebral|accidente cerebrovascular',
    dementia: 'demencia',
  }),
  zh: valuesOf({
    diabetes: '糖尿病',
    hypertension: '高血压',
    asthma: '哮喘',
    epilepsy: '癫痫',
    cancer: '癌',
    allergy: '过敏',
    hiv: '艾滋病',
    arthritis: '关节炎',
    migraine: '偏头痛',
    depression: '抑郁症|抑郁',
    flu: '流感|流行性感冒',
    pneumonia: '肺炎',
    tuberculosis: '肺结核|结核病|结核',
    hepatitis: '肝炎',
    anaemia: '贫血',
    stroke: '中风|卒中',
    dementia: '痴呆|失智',
  }),
};
const CONDITION_VALUES: NamedValues = { names: CONDITIONS, longest: 4 };

/**
 * What the body gives off or a test takes a sample of: blood, urine, stool, saliva, phlegm, vomit,
 * sweat, pus ("blood in your urine" → "darah dalam tinja", "a stool sample" → "eine Urinprobe").
 * Not a word that also names another thing: an English "stool" after an article may be a seat, and so is a
 * German "Stuhl"; "spit" is also a verb; Chinese "血" alone is in "血压", blood pressure, which
 * says blood as much as the source's "blood pressure" does, but also in many other words.
 */
const SUBSTANCES: Record<string, Record<string, string>> = {
  en: valuesOf({
    blood: 'blood',
    urine: 'urine|pee',
    // (and blood or mucus "in the stool", where the article is no stool to sit on)
    stool:
      'stool|stools|stool sample|stool samples|stool test|faeces|feces|poo|bowel movement|bowel movements|in the stool|in the stools|in your stool|in his stool|in her stool|in their stool',
    saliva: 'saliva',
    phlegm: 'phlegm|mucus|sputum',
    vomit: 'vomit|vomiting|vomited|vomits',
    sweat: 'sweat|sweating|perspiration',
    pus: 'pus',
  }),
  id: valuesOf({
    blood: 'darah',
    urine: 'urine|urin|air kencing|air seni|kencing',
    stool: 'tinja|feses',
    saliva: 'air liur|ludah|liur',
    phlegm: 'dahak|lendir',
    vomit: 'muntah|muntahan|memuntahkan',
    sweat: 'keringat|berkeringat',
    pus: 'nanah|bernanah',
  }),
  de: valuesOf({
    blood: 'blut|blutes|blutprobe|blutabnahme',
    urine: 'urin|urins|harn|harns|urinprobe',
    stool: 'im stuhl|stuhlgang|stuhlprobe|kot|fäkalien',
    saliva: 'speichel|speichels',
    phlegm: 'schleim|auswurf',
    vomit: 'erbrochenes|erbrochenen|erbrechen',
    sweat: 'schweiß|schweißes',
    pus: 'eiter',
  }),
  fr: valuesOf({
    blood: 'sang',
    urine: 'urine|urines',
    stool: 'selles|matières fécales|excréments',
    saliva: 'salive',
    phlegm: 'crachats|mucus|glaires|expectorations',
    vomit: 'vomi|vomissements|vomissement|vomir|vomissez',
    sweat: 'sueur|transpiration',
    pus: 'pus',
  }),
  es: valuesOf({
    blood: 'sangre',
    urine: 'orina',
    stool: 'heces|deposiciones|materia fecal',
    saliva: 'saliva',
    phlegm: 'flema|flemas|moco|mocos|esputo',
    vomit: 'vómito|vómitos|vomitar|vomita',
    sweat: 'sudor',
    pus: 'pus',
  }),
  zh: valuesOf({
    blood: '血液|血样',
    urine: '尿液|尿样|小便',
    stool: '大便|粪便|便样',
    saliva: '唾液|口水',
    phlegm: '痰液',
    vomit: '呕吐物|呕吐',
    sweat: '汗液|汗水',
    pus: '脓液',
  }),
};
// (an English "stool" after an article or a word of furniture is a seat: "sit on a stool", "bar stools")
const SUBSTANCE_VALUES: NamedValues = {
  names: SUBSTANCES,
  not: {
    en: new Set([
      'a stool',
      'the stool',
      'bar stool',
      'bar stools',
      'step stool',
      'kitchen stool',
      'foot stool',
      'high stool',
      'wooden stool',
      'folding stool',
    ]),
  },
  longest: 3,
};

/**
 * Currencies named in words, without an amount ("prices are shown in US dollars" → "价格以欧元显示"):
 * CLDR's names of the common ones in each language (Intl.DisplayNames), and the plurals and short
 * names people write that Intl does not give ("euros", "rupiah", "dólares estadounidenses"). Not
 * a bare "dollars", which names several.
 */
const CURRENCY_CODES = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'IDR', 'SGD', 'MYR', 'AUD', 'CAD', 'CHF', 'HKD', 'KRW', 'INR', 'THB'];
const CURRENCY_WORDS: Record<string, Record<string, string>> = {
  en: {
    'us dollars': 'USD',
    euros: 'EUR',
    'british pounds': 'GBP',
    'pounds sterling': 'GBP',
    yen: 'JPY',
    yuan: 'CNY',
    rupiah: 'IDR',
    ringgit: 'MYR',
  },
  id: { rupiah: 'IDR', 'dolar as': 'USD', 'dolar amerika': 'USD', euro: 'EUR', yen: 'JPY', yuan: 'CNY', ringgit: 'MYR' },
  de: { euro: 'EUR', pfund: 'GBP', yen: 'JPY', yuan: 'CNY', rupiah: 'IDR', franken: 'CHF' },
  fr: { 'dollars américains': 'USD', euros: 'EUR', 'livres sterling': 'GBP', yens: 'JPY', yuans: 'CNY', roupies: 'IDR' },
  es: {
    'dólares estadounidenses': 'USD',
    'dólares americanos': 'USD',
    euros: 'EUR',
    'libras esterlinas': 'GBP',
    yenes: 'JPY',
    yuanes: 'CNY',
    rupias: 'IDR',
  },
  zh: { 印尼盾: 'IDR' },
};
const CURRENCY_NAMES: Record<string, Record<string, string>> = Object.fromEntries(
  Object.entries(CURRENCY_WORDS).map(([lang, words]) => {
    const names: Record<string, string> = { ...words };
    try {
      const display = new Intl.DisplayNames([lang], { type: 'currency', fallback: 'none' });
      // (as the analysis reads words: lower case, hyphens aside, "US-Dollar" as "us dollar")
      for (const code of CURRENCY_CODES) {
        const name = display.of(code);
        if (name) names[lang === 'zh' ? name : name.toLowerCase().replace(/-/gu, ' ')] = code;
      }
    } catch {
      // (a runtime without CLDR's names: the words above)
    }
    return [lang, names];
  }),
);
const CURRENCY_VALUES: NamedValues = { names: CURRENCY_NAMES, longest: 4 };

const DURATION_VALUES: NamedValues = { names: DURATIONS, longest: 5 };
const CHARGED_PER_VALUES: NamedValues = { names: CHARGED_PER, longest: 3 };

/** Each table of values a sentence's translation must keep, with the rule that reports one rendered as another. */
const VALUE_RULES = [
  ['colour.changed', COLOUR_VALUES],
  ['material.changed', MATERIAL_VALUES],
  ['vehicle.changed', VEHICLE_VALUES],
  ['format.changed', FILE_FORMAT_VALUES],
  ['papers.changed', DOCUMENT_VALUES],
  ['body.changed', BODY_VALUES],
  ['substance.changed', SUBSTANCE_VALUES],
  ['condition.changed', CONDITION_VALUES],
  ['frequency.changed', PERIOD_VALUES],
  ['numbers.changed', DURATION_VALUES],
  ['numbers.changed', CHARGED_PER_VALUES],
  ['numbers.changed', CURRENCY_VALUES],
  ['numbers.changed', SEASON_VALUES],
  ['numbers.changed', FRACTION_VALUES],
] as const;

/** Per text, per table (one weak entry a text: the dozen tables asked of it are a plain map). */
const valuesFound = new WeakMap<Analysis, Map<NamedValues, Array<Cue & { value: string }>>>();
const wordsOfAnalysis = new WeakMap<Analysis, ReadonlySet<string>>();

/** Whether a text has any of the words (its words gathered once, for the dozen tables asked of it). */
function namesAny(analysis: Analysis, words: ReadonlySet<string>): boolean {
  let own = wordsOfAnalysis.get(analysis);
  if (!own) {
    const set = new Set<string>();
    for (const item of analysis.items) if (item.kind === 'word') set.add(item.lower);
    wordsOfAnalysis.set(analysis, (own = set));
  }
  const [few, many] = own.size < words.size ? [own, words] : [words, own];
  for (const word of few) if (many.has(word)) return true;
  return false;
}
const firstWordsOf = new WeakMap<Record<string, string>, ReadonlySet<string>>();

/** The words a language's phrases of a table begin with (most words begin none: one lookup each). */
function firstWords(names: Record<string, string>): ReadonlySet<string> {
  let words = firstWordsOf.get(names);
  if (!words) firstWordsOf.set(names, (words = new Set(Object.keys(names).map((phrase) => phrase.split(' ')[0] as string))));
  return words;
}

const prefixesOf = new WeakMap<Record<string, string>, ReadonlySet<string>>();

/** The first words of a table's phrases that a longer phrase goes on from ("every", "every other"). */
function phrasePrefixes(names: Record<string, string>): ReadonlySet<string> {
  let prefixes = prefixesOf.get(names);
  if (!prefixes) {
    const found = new Set<string>();
    for (const phrase of Object.keys(names)) {
      const words = phrase.split(' ');
      for (let n = 1; n < words.length; n += 1) found.add(words.slice(0, n).join(' '));
    }
    prefixesOf.set(names, (prefixes = found));
  }
  return prefixes;
}

const phrasePatterns = new WeakMap<Record<string, string>, RegExp>();

/** One expression for a table's phrases, the longest first (for texts without spaces). */
function phrasePattern(names: Record<string, string>): RegExp {
  let pattern = phrasePatterns.get(names);
  if (!pattern) {
    const phrases = Object.keys(names).sort((a, b) => b.length - a.length);
    phrasePatterns.set(names, (pattern = new RegExp(phrases.map(escapeRegExp).join('|'), 'gu')));
  }
  return pattern;
}

/**
 * Where a text names one of the values, and which: the longest phrase at each word, its words one
 * after another (a hyphen between, as in "abu-abu"); none inside a phrase `not` lists.
 */
/** A clock time right after a Chinese phrase ("8点", "十点", "20:00"). */
const CLOCK_AFTER_ZH = /^[\s\u00a0]*(?:[0-9０-９]+|[一二三四五六七八九十两]+)[\s\u00a0]*[点點时時:：]/u;

function valuesIn(analysis: Analysis, table: NamedValues): Array<Cue & { value: string }> {
  let byTable = valuesFound.get(analysis);
  if (!byTable) valuesFound.set(analysis, (byTable = new Map()));
  let found = byTable.get(table);
  if (found) return found;
  found = [];
  const lang = baseLanguage(analysis.lang);
  const names = table.names[lang];
  if (names && analysis.unspaced) {
    // a text without spaces between words: the phrases searched as text, the longest first
    const pattern = phrasePattern(names);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(analysis.text); match; match = pattern.exec(analysis.text)) {
      const value = names[match[0]];
      // (not a number of an ordinal: "第一个月" is the first month, not a month)
      if (/^[一二三两]/u.test(match[0]) && analysis.text.charAt(match.index - 1) === '第') continue;
      // (nor a night before a clock time: "每天晚上8点至次日早上8点" is every day from 8 p.m.)
      if (value === 'night' && CLOCK_AFTER_ZH.test(analysis.text.slice(match.index + match[0].length))) continue;
      // ('' names none: "每天早上", every morning, is a time of day said daily)
      if (value) found.push({ start: match.index, end: match.index + match[0].length, text: match[0], value });
    }
    byTable.set(table, found);
    return found;
  }
  const starts = names ? firstWords(names) : undefined;
  if (names && starts && namesAny(analysis, starts)) {
    const items = analysis.items.filter((item) => item.text !== '-');
    const idioms = table.not?.[lang];
    const pairAt = (k: number) => `${(items[k] as Item).lower} ${items[k + 1]?.lower ?? ''}`;
    for (let k = 0; k < items.length; k += 1) {
      const item = items[k] as Item;
      if (item.kind !== 'word' || !starts.has(item.lower)) continue;
      // the longest phrase that starts here
      let phrase = item.lower;
      let value = names[phrase];
      let count = value === undefined ? 0 : 1;
      const goOn = phrasePrefixes(names);
      const between = table.between?.[lang];
      let skipped = 0;
      for (let more = 1; more < table.longest + skipped && k + more < items.length && goOn.has(phrase); more += 1) {
        const next = items[k + more] as Item;
        if (more === 1 && between?.test(next.lower)) {
          skipped = 1;
          continue;
        }
        phrase += ` ${next.lower}`;
        const longer = names[phrase];
        if (longer !== undefined) [value, count] = [longer, more + 1];
      }
      // (a phrase that names none covers its words: "hati-hati" is careful, neither of its "hati" a liver)
      if (!value) {
        k += Math.max(0, count - 1);
        continue;
      }
      // (a word said with the one before it as something else, "a stool"; not a longer phrase, "a stool sample")
      if (idioms && ((k > 0 && count === 1 && idioms.has(pairAt(k - 1))) || idioms.has(pairAt(k + count - 1)))) continue;
      const last = items[k + count - 1] as Item;
      found.push({ start: item.start, end: last.end, text: analysis.text.slice(item.start, last.end), value });
      k += count - 1;
    }
  }
  byTable.set(table, found);
  return found;
}

/**
 * A value rendered as another in one pair of sentences (a colour, a frequency): the translation
 * names a value more often than the source, and another less often ("per month … per month, billed
 * annually" → "per bulan … per bulan, ditagih setiap bulan"); of the translation's surplus, the one
 * standing nearest where the source's missing one does. A value added or dropped beside the same
 * ones, or values said in another order, are not this.
 */
function valueChanged(
  source: Paragraph,
  target: Paragraph,
  sourceSentence: Sentence,
  targetSentence: Sentence,
  table: NamedValues,
): Array<{ said: Cue; found: Cue }> {
  const sourceNamed = inSpan(valuesIn(source.analysis, table), sourceSentence) as Array<Cue & { value: string }>;
  if (sourceNamed.length === 0) return [];
  const targetNamed = inSpan(valuesIn(target.analysis, table), targetSentence) as Array<Cue & { value: string }>;
  if (targetNamed.length === 0) return [];
  // (a wider word renders a value of the other side that its sentence names no other way, either
  // way round: see NamedValues.broader)
  // (each as many times as the other side says it: "an ingrown toenail … the side of the nail" →
  // "una uña encarnada … de la uña" renders one toenail and one nail)
  const widened = (analysis: Analysis, named: Array<Cue & { value: string }>, other: ReadonlyArray<Cue & { value: string }>) => {
    const broader = table.broader?.[baseLanguage(analysis.lang)];
    if (!broader) return named;
    const out = [...named];
    out.forEach((cue, k) => {
      const may = broader[cue.text.toLowerCase()];
      const rendered = may && other.find((each) => may.includes(each.value) && countOf(out, each.value) < countOf(other, each.value));
      if (rendered) out[k] = { ...cue, value: rendered.value };
    });
    return out;
  };
  const inSource = widened(source.analysis, sourceNamed, targetNamed);
  const inTarget = widened(target.analysis, targetNamed, sourceNamed);
  const said = inSource.find((cue) => countOf(inSource, cue.value) > countOf(inTarget, cue.value));
  // (or two values, each said once, in the other order, each landing where the other stands:
  // "every two weeks on Mondays; … every week on Thursdays" → "jede Woche montags …, alle zwei
  // Wochen donnerstags")
  if (!said) {
    if (inSource.length !== 2 || inTarget.length !== 2) return [];
    const [a, b] = inSource as [Cue & { value: string }, Cue & { value: string }];
    const foundOfA = inTarget.find((cue) => cue.value === a.value);
    const foundOfB = inTarget.find((cue) => cue.value === b.value);
    if (a.value === b.value || !foundOfA || !foundOfB) return [];
    const [first] = orderSwapped(source.analysis, target.analysis, sourceSentence, targetSentence, [[a], [b], [foundOfA], [foundOfB]]);
    // (and the words kept beside them stayed where they stood: a translation that put the two
    // clauses the other way round carries each value's "montags" or "Rp500" along with it)
    return first && keptInPlace(source.analysis, target.analysis, sourceSentence, targetSentence, [a, b], [foundOfA, foundOfB])
      ? [first]
      : [];
  }
  // each value said fewer times than the source says it, paired with the nearest of the
  // translation's values said more often ("per hour, up to … per day" → "par jour, … par jour":
  // the first "par jour"); several of each in their order ("twice a day … every six months" →
  // "每周 … 每六周": two changed)
  const missing = beyondCounts(inSource, inTarget);
  const surplus = inTarget.filter((cue) => countOf(inTarget, cue.value) > countOf(inSource, cue.value));
  if (missing.length > 1 && missing.length === surplus.length)
    return missing.map((each, k) => ({ said: each, found: surplus[k] as Cue & { value: string } }));
  const out: Array<{ said: Cue; found: Cue }> = [];
  for (const each of missing) {
    if (surplus.length === 0) break;
    const wanted = placeIn(each, sourceSentence);
    const found = surplus.reduce((best, cue) =>
      Math.abs(placeIn(cue, targetSentence) - wanted) < Math.abs(placeIn(best, targetSentence) - wanted) ? cue : best,
    );
    surplus.splice(surplus.indexOf(found), 1);
    out.push({ said: each, found });
  }
  return out;
}

/** The cues of `these` whose value they say more times than `those` do: the last ones of each value beyond the other's count. */
function beyondCounts<T extends Cue & { value: string }>(these: readonly T[], those: readonly T[]): T[] {
  const left = new Map<string, number>();
  for (const cue of these) left.set(cue.value, countOf(these, cue.value) - countOf(those, cue.value));
  const out: T[] = [];
  for (const cue of [...these].reverse()) {
    const more = left.get(cue.value) ?? 0;
    if (more <= 0) continue;
    left.set(cue.value, more - 1);
    out.unshift(cue);
  }
  return out;
}

/**
 * Whether the words a translation keeps (figures, names, words alike in both languages, six letters
 * or more) that stand beside two values of a sentence stayed in their places while the values
 * changed places: each such word said once on either side is nearer the other value in the
 * translation than in the source, and there is one at least.
 */
function keptInPlace(
  source: Analysis,
  target: Analysis,
  sourceSentence: Sentence,
  targetSentence: Sentence,
  said: readonly [Cue, Cue],
  found: readonly [Cue, Cue],
): boolean {
  const keys = (analysis: Analysis, span: Sentence, values: readonly Cue[]) => {
    const out = new Map<string, Cue | null>();
    const add = (key: string, cue: Cue) => out.set(key, out.has(key) ? null : cue);
    // (months and weekdays by which they are: "Mondays", "montags", "周一")
    const dates = namedDatesIn(analysis.text, analysis.lang, analysis.unspaced ? undefined : analysis.items).filter(
      (date) => date.start >= span.start && date.end <= span.end,
    );
    for (const date of dates) add(`d:${date.kind}:${date.index}`, date);
    for (const item of analysis.items) {
      if (dates.some((date) => item.start < date.end && date.start < item.end)) continue;
      if (item.kind !== 'word' || item.start < span.start || item.end > span.end) continue;
      if (values.some((value) => item.start < value.end && value.start < item.end)) continue;
      const kind = keptKind(item);
      const key =
        kind === 'figure'
          ? `n:${item.text}`
          : kind === 'name'
            ? `c:${item.text}`
            : item.text.length >= 6
              ? `w:${cognateKey(item.text)}`
              : null;
      if (key) add(key, item);
    }
    return out;
  };
  const inSource = keys(source, sourceSentence, said);
  const inTarget = keys(target, targetSentence, found);
  const nearer = (item: Cue, [a, b]: readonly [Cue, Cue]) => Math.abs(item.start - a.start) <= Math.abs(item.start - b.start);
  let stayed = 0;
  for (const [key, item] of inSource) {
    const there = inTarget.get(key);
    if (!item || !there) continue;
    if (nearer(item, said) === nearer(there, found)) return false;
    stayed += 1;
  }
  return stayed > 0;
}

/** How many of the cues name a value. */
function countOf(cues: ReadonlyArray<{ value: string }>, value: string): number {
  let count = 0;
  for (const cue of cues) if (cue.value === value) count += 1;
  return count;
}

/** Where a cue stands in its sentence, from 0 (its start) to 1 (its end). */
function placeIn(cue: Cue, span: Sentence): number {
  return (cue.start - span.start) / Math.max(1, span.end - span.start);
}

const SIZE = 'size';

/** Comparisons on scales of their own, in every language the cues list: what each one measures. */
const SCALES: ReadonlyArray<readonly [string, string]> = [
  [
    'weight',
    'heavier|heaviest|lighter|lightest|lebih berat|terberat|lebih ringan|teringan|schwerer|leichter|plus lourd|plus lourde|plus léger|plus légère|más pesado|más pesada|más ligero|más ligera|más liviano|más liviana|更重|较重|更轻|较轻',
  ],
  ['age', 'older|oldest|younger|youngest|lebih tua|tertua|lebih muda|termuda|älter|jünger|plus âgé|plus âgée|plus jeune|更老|更年轻'],
  [
    'speed',
    'speeds up|speed up|sped up|speeding up|slows down|slow down|slowed down|slowing down|melaju lebih cepat|menjadi lebih cepat|melambat|memperlambat laju|berjalan lebih lambat|beschleunigt|bremst ab|wird langsamer|accélère|accélèrent|ralentit|ralentissent|acelera|aceleran|se ralentiza|se ralentizan|reduce la velocidad|reduce su velocidad|减速|变慢|加速|变快|faster|fastest|slower|slowest|lebih cepat|tercepat|lebih lambat|schneller|langsamer|plus rapide|plus lent|plus lente|más rápido|más rápida|más lento|más lenta|更快|较快|更慢|较慢',
  ],
  [
    'heat',
    'warmer|hotter|cooler|colder|lebih hangat|lebih panas|lebih dingin|lebih sejuk|wärmer|kälter|plus chaud|plus chaude|plus froid|plus froide|más caliente|más frío|más fría',
  ],
  [
    'width',
    'wider|narrower|lebih lebar|lebih sempit|breiter|schmaler|plus large|plus étroit|plus étroite|más ancho|más ancha|más estrecho|más estrecha',
  ],
  [
    'thickness',
    'thicker|thinner|lebih tebal|lebih tipis|dicker|dünner|plus épais|plus épaisse|plus mince|más grueso|más gruesa|más delgado|más delgada',
  ],
  [
    'frequency',
    'more common|more frequent|more frequently|more often|more likely|commoner|most common|most frequent|most frequently|most often|less common|less frequent|less frequently|less often|less likely|rarer|least common|least frequent|least frequently|least often|lebih sering|lebih umum|lebih mungkin|lebih sering terjadi|lebih jarang|kurang umum|lebih jarang terjadi|lebih kecil kemungkinannya|paling sering|paling umum|paling jarang|häufiger|öfter|wahrscheinlicher|seltener|weniger häufig|weniger wahrscheinlich|unwahrscheinlicher|am häufigsten|häufigste|häufigsten|am seltensten|seltenste|seltensten|plus fréquent|plus fréquente|plus fréquents|plus fréquentes|plus souvent|plus courant|plus courante|plus courants|plus courantes|plus probable|plus probables|moins fréquent|moins fréquente|moins fréquents|moins fréquentes|moins souvent|moins courant|moins courante|moins courants|moins courantes|moins probable|moins probables|plus rare|plus rares|más frecuente|más frecuentes|más a menudo|más común|más comunes|más probable|más probables|menos frecuente|menos frecuentes|menos a menudo|menos común|menos comunes|menos probable|menos probables|más raro|más rara|más raros|más raras|更常见|较常见|更为常见|更频繁|更少见|较少见|更罕见|最常见|最少见|最罕见',
  ],
  // (and how much a thing is noticed: "less noticeable at night" → "lebih terasa pada malam hari")
  [
    'noticeability',
    'more noticeable|more visible|less noticeable|less visible|lebih terasa|lebih terlihat|lebih kentara|kurang terasa|kurang terlihat|kurang kentara|auffälliger|spürbarer|sichtbarer|stärker bemerkbar|weniger auffällig|weniger spürbar|weniger sichtbar|weniger bemerkbar|unauffälliger|plus visible|plus visibles|plus perceptible|plus perceptibles|plus remarquable|moins visible|moins visibles|moins perceptible|moins perceptibles|moins remarquable|más visible|más visibles|más perceptible|más perceptibles|más notorio|más notoria|menos visible|menos visibles|menos perceptible|menos perceptibles|menos notorio|menos notoria',
  ],
  [
    'strength',
    'stronger|weaker|strongest|weakest|lebih kuat|lebih lemah|paling kuat|paling lemah|stärker|schwächer|am stärksten|am schwächsten|plus fort|plus forte|más fuerte|más débil|更强|变强|更弱|变弱',
  ],
  // (and how bright: "much brighter than its surroundings" → "jauh lebih gelap")
  [
    'brightness',
    'brighter|darker|lebih terang|lebih gelap|heller|dunkler|plus clair|plus lumineux|plus lumineuse|plus sombre|plus foncé|más brillante|más luminoso|más luminosa|más oscuro|más oscura',
  ],
  [
    'price',
    'more expensive|most expensive|cheaper|cheapest|less expensive|costs more|cost more|costs less|cost less|pay more|pays more|pay less|pays less|kostet mehr|kosten mehr|zahlen mehr|zahlt mehr|kostet weniger|kosten weniger|zahlen weniger|zahlt weniger|lebih mahal|termahal|lebih murah|termurah|teurer|billiger|günstiger|teuerste|teuersten|am teuersten|billigste|billigsten|günstigste|günstigsten|am billigsten|am günstigsten|plus cher|plus chère|plus chers|plus chères|moins cher|moins chère|moins chers|moins chères|más caro|más cara|más caros|más caras|más barato|más barata|más baratos|más baratas|cuesta más|cuestan más|cuesta menos|cuestan menos|更贵|较贵|更便宜|较便宜',
  ],
];
const SCALE_OF = new Map<string, string>(
  SCALES.flatMap(([scale, words]) => words.split('|').map((word) => [word, scale] as [string, string])),
);

/** What a comparison measures (an inflected form, "terberatnya", by the form it starts with). */
function scaleOf(cue: Cue): string {
  const text = cue.text.toLowerCase();
  const exact = SCALE_OF.get(text);
  if (exact) return exact;
  if (/^比.*(?:贵|便宜)$/u.test(text)) return SCALE_OF.get('更贵') as string;
  for (const [word, scale] of SCALE_OF) if (text.startsWith(word)) return scale;
  return SIZE;
}

/** `cues` without the first `count` of `some`. */
function withoutFirst(cues: readonly Cue[], some: readonly Cue[], count: number): Cue[] {
  const dropped = new Set(some.slice(0, count));
  return cues.filter((cue) => !dropped.has(cue));
}

/** Languages that negate a verb after it ("verhindern keine", "n'empêche pas", "voorkomt geen"). */
const NEGATES_AFTER_VERB = new Set(['de', 'nl', 'fr']);

/** Languages whose clauses end on their verbs, where a negation stands late ("können … nicht zurückgegeben werden"). */
const VERB_LAST = new Set(['de', 'nl']);

/**
 * Where a lost negation belongs in the translation (see placeOfLost); in a language whose clauses
 * end on their verbs, through to the end of the clause, where the verb it would negate stands
 * ("können aus hygienischen Gründen zurückgegeben werden").
 */
/** Negations that are the subject or object themselves ("nothing", "no one", "niemand", "rien", "nada"). */
const NEGATIVE_PRONOUN =
  /^(?:nothing|nobody|no one|none|niemand|niemanden|niemandem|nichts|keiner|rien|personne|nada|nadie|ninguno|ninguna)$/iu;

/** An English word of need ("you need one", "is required"). */
const NEED_OF_ITS_OWN = /(?<![\p{L}])(?:need|needs|needed|require|requires|required|necessary)(?![\p{L}])/iu;

const sliceOf = (text: string, span: Sentence): string => text.slice(span.start, span.end);

/** What follows an English negation that denies a responsibility ("not liable", "not the responsibility of"). */
const LIABILITY_AFTER_EN = /^[\s\u00a0]+(?:be[\s\u00a0]+|held[\s\u00a0]+)?(?:the[\s\u00a0]+)?(?:responsib|liab|accountab)/iu;

/** The words of responsibility each language says it with ("responsable", "haftet", "bertanggung jawab"). */
const LIABILITY_WORD: Readonly<Record<string, RegExp>> = {
  id: /^(?:bertanggung|tanggung|menanggung|bertanggungjawab)$/u,
  de: /^(?:haftet|haften|haftbar|verantwortlich|verantwortung|haftung)$/u,
  fr: /^(?:responsable|responsables|responsabilité)$/u,
  es: /^(?:responsable|responsables|responsabilidad)$/u,
};

/** Where a denied responsibility was lost: the translation's one word of responsibility in its sentence, else null. */
function liabilityWord(source: Analysis, target: Analysis, negated: Cue, targetSentence: Sentence): { start: number; end: number } | null {
  const word = LIABILITY_WORD[baseLanguage(target.lang)];
  if (!word || baseLanguage(source.lang) !== 'en' || !LIABILITY_AFTER_EN.test(source.text.slice(negated.end, negated.end + 40)))
    return null;
  const found = target.items.filter(
    (item) => item.kind === 'word' && item.start >= targetSentence.start && item.end <= targetSentence.end && word.test(item.lower),
  );
  const [only] = found;
  return found.length === 1 && only ? { start: only.start, end: only.end } : null;
}

function whereLost(
  source: Analysis,
  target: Analysis,
  sourceParagraph: Paragraph,
  targetParagraph: Paragraph,
  negated: Cue,
  targetSentence: Sentence,
): { start: number; end: number } | null {
  // (an English negation that ends its clause, its verb left out, "but alcohol does not", is lost
  // where its subject lands: "Kopi, teh, dan alkohol dihitung")
  // (unless the translation says "also" there, whose place the landmarks find: "foto paspor juga perlu")
  const elided = ALSO_SAID.test(target.text.slice(targetSentence.start, targetSentence.end)) ? null : elidedSubject(source, negated);
  if (elided) {
    const landed = locateInTarget(source, target, elided.start, elided.end);
    if (landed && landed.start >= targetSentence.start && landed.end <= targetSentence.end) return landed;
  }
  const at = whereLostIn(source, target, sourceParagraph, targetParagraph, negated, targetSentence);
  // (a responsibility denied, "are not the responsibility of the company", is lost on the
  // translation's one word of responsibility, wherever the landmarks put it: "La empresa se hace
  // responsable de los objetos personales")
  const liable = liabilityWord(source, target, negated, targetSentence);
  if (liable && !(at && at.start < liable.end && liable.start < at.end)) return liable;
  // (a negation said with "ever", "no cause is ever found", lost to the translation's one word of
  // always, which says the rest: "penyebabnya selalu ditemukan")
  const always = everMadeAlways(source, target, negated, targetSentence);
  if (always) return always;
  const now = noLongerMadeNow(source, target, negated, targetSentence);
  if (now) return now;
  // (a "not … until", "are not backed up until you free up space", lost from the clause a Chinese
  // translation puts after its "before" clause: "在您释放空间之前，新照片会被备份"; a "not … for"
  // after its topic: "对于…现金或首饰，我们负全部责任")
  const after = frontedClauseAfter(source, targetParagraph, negated, targetSentence);
  if (after) return after;
  // (a need negated, "There is no need for treatment", is lost on the translation's word of need,
  // where the landmarks put it elsewhere: "En la mayoría de los casos es necesario un tratamiento")
  // (and a "without" lost to a need, "works without an internet connection" → "需要联网才能使用")
  const need = NEED_WORD[baseLanguage(target.lang)];
  // (not where the source says a need of its own, which the translation's renders: "works without
  // an internet connection, but you need one to share" → "funciona solo con conexión, pero la necesita")
  const needSaid =
    NEED_AFTER.test(source.text.slice(negated.end, negated.end + 24)) ||
    (/^without$/iu.test(negated.text) && !NEED_OF_ITS_OWN.test(sliceOf(source.text, sentenceAround(source.text, negated.start))));
  const needInText = NEED_IN_TEXT[baseLanguage(target.lang)];
  if (needInText && target.unspaced && needSaid) {
    const sentence = target.text.slice(targetSentence.start, targetSentence.end);
    const needs = [...sentence.matchAll(needInText)];
    const word = needs[0];
    if (needs.length === 1 && word) {
      const start = targetSentence.start + word.index;
      if (!(at && at.start <= start && start + word[0].length <= at.end)) return { start, end: start + word[0].length };
    }
  }
  if (need && !target.unspaced && needSaid) {
    const words = target.items.filter(
      (item) => item.kind === 'word' && item.start >= targetSentence.start && item.end <= targetSentence.end,
    );
    const needs = words.filter((item) => need.test(item.lower));
    const word = needs[0];
    if (needs.length === 1 && word && !(at && at.start <= word.start && word.end <= at.end)) {
      const before = words[words.indexOf(word) - 1];
      return { start: before && COPULA.test(before.lower) ? before.start : word.start, end: word.end };
    }
  }
  // (a "not" before a "without" of its clause, "does not access your photos without your
  // permission", is lost right before the translation's one "without", which says the rest: "greift
  // ohne Ihre Erlaubnis … zu")
  const without = notBeforeWithout(source, target, sourceParagraph, targetParagraph, negated, targetSentence);
  if (without) return without;
  // (a "without" itself lost, said with the translation's one "with" and where the source says no
  // "with" of its own: on that "with", its "only" before it and its noun after it: "without surgery"
  // → "nur mit Operation")
  const withSaid = withoutSaidWith(source, target, sourceParagraph, negated, targetSentence);
  if (withSaid && !(at && at.start < withSaid.end && withSaid.start < at.end)) return withSaid;
  // (a negation of a limit, "not older than 12 months", is lost on the translation's words before
  // the same figure: "das älter als 12 Monate ist")
  const limit = limitLostAt(source, target, negated, targetSentence);
  if (limit) return limit;
  // (one of a clause after a comma, where both sentences have as many such clauses, is lost in the
  // translation's clause of the same rank: "…, but they do not help with snoring" → "…, y también
  // sirven para los ronquidos")
  const ranked = sameRankedClause(source, target, negated, targetSentence, at);
  if (ranked) return ranked;
  // (a command's negation, "Do not walk barefoot …", is lost from the command's verb, which the
  // translation's sentence begins with: from there on, "Berjalanlah tanpa alas kaki")
  if (!at || target.unspaced || !COMMAND_NEGATION_BEFORE.test(source.text.slice(Math.max(0, negated.start - 24), negated.start))) return at;
  const first = target.items.find((item) => item.kind === 'word' && item.start >= targetSentence.start);
  if (!first || first.start >= at.start || wordsBetween(target, first.end, at.start) > 6) return at;
  return { start: first.start, end: at.end };
}

/**
 * Whether a French "pas" is the noun, steps counted or walked: after a determiner or a figure
 * ("vos pas", "10 000 pas") or a count's "de" ("le nombre de pas", "objectif de pas").
 */
function stepsCounted(lang: string, items: readonly Item[], index: number): boolean {
  if (baseLanguage(lang) !== 'fr' || (items[index] as Item).lower !== 'pas') return false;
  const before = items.slice(0, index).filter((item) => item.text.trim() !== '');
  const previous = before.at(-1);
  if (!previous) return false;
  if (STEP_DETERMINER_FR.test(previous.lower) || /^\d/u.test(previous.text)) return true;
  return previous.lower === 'de' && STEP_COUNT_FR.test(before.at(-2)?.lower ?? '');
}

const STEP_DETERMINER_FR = /^(?:le|les|des|un|mes|vos|ses|nos|leurs|tes|ces|quelques|cent|mille|milliers)$/u;
const STEP_COUNT_FR = /^(?:nombre|compteur|objectif|total|milliers|centaines|comptage)$/u;

/** Whether a soft word is the "solo" or "seul" of one thing ("en un solo hombro", "un seul bagage"), a count, no "only". */
function singleOfOne(analysis: Analysis, cue: Cue): boolean {
  if (!/^(?:solo|sola|seul|seule)$/iu.test(cue.text)) return false;
  return /(?<!\p{L})(?:un|una|une)[\s\u00a0]+$/iu.test(analysis.text.slice(Math.max(0, cue.start - 5), cue.start));
}

/** Chinese words of poor quality or wrong use ("不当", "不良", "不佳"), which a plain English word says. */
const POOR_ZH = /^(?:不当|不良|不佳|不好|不正确|不规范|不合理)$/u;
/** English words of poor quality or wrong use ("poor packaging", "improper use", "incorrect"). */
const POOR_EN =
  /\b(?:poor|poorly|bad|badly|improper|improperly|incorrect|incorrectly|inadequate|inadequately|wrong|wrongly|faulty|unsuitable)\b/iu;

/** Each language's word of now ("kini", "jetzt", "désormais", "ahora", "现在"). */
const NOW_WORD: Readonly<Record<string, RegExp>> = {
  en: /^(?:now)$/u,
  id: /^(?:kini|sekarang)$/u,
  de: /^(?:jetzt|nun|nunmehr)$/u,
  fr: /^(?:maintenant|désormais|dorénavant)$/u,
  es: /^(?:ahora)$/u,
  zh: /现在|如今/u,
};

/**
 * Where a "no longer" was lost to a word of now, which says the rest ("are no longer saved
 * without their photos" → "kini disimpan tanpa fotonya"): that word and the one after it, where the
 * translation's sentence says it once and the source's says no "now" of its own.
 */
function noLongerMadeNow(
  source: Analysis,
  target: Analysis,
  negated: Cue,
  targetSentence: Sentence,
): { start: number; end: number } | null {
  const now = NOW_WORD[baseLanguage(target.lang)];
  if (!now || baseLanguage(source.lang) !== 'en' || !/^no[\s\u00a0]+longer\b/iu.test(source.text.slice(negated.start, negated.start + 12)))
    return null;
  if (/\bnow\b/iu.test(sliceOf(source.text, sentenceAround(source.text, negated.start)))) return null;
  if (target.unspaced) {
    const found = [...sliceOf(target.text, targetSentence).matchAll(new RegExp(now.source, 'gu'))];
    const [word] = found;
    if (found.length !== 1 || !word) return null;
    const start = targetSentence.start + word.index;
    return { start, end: start + word[0].length };
  }
  const words = target.items.filter((item) => item.kind === 'word' && item.start >= targetSentence.start && item.end <= targetSentence.end);
  const nows = words.filter((item) => now.test(item.lower));
  const [word] = nows;
  if (nows.length !== 1 || !word) return null;
  const next = words[words.indexOf(word) + 1];
  return { start: word.start, end: next && !/[,;:]/u.test(target.text.slice(word.end, next.start)) ? next.end : word.end };
}

/** An English negation of a comparison before a figure ("not older than 12", "not more than 3"). */
const NOT_COMPARED_EN = /^[\s\u00a0]+(?:\p{L}+[\s\u00a0]+)?than[\s\u00a0]+(\p{N}+(?:[.,]\p{N}+)?)/u;

/**
 * Where an English negation of a comparison with a figure was lost: the translation's two words
 * before that figure and the figure, where the translation's sentence says it once; null otherwise.
 */
function limitLostAt(source: Analysis, target: Analysis, negated: Cue, targetSentence: Sentence): { start: number; end: number } | null {
  if (baseLanguage(source.lang) !== 'en' || target.unspaced) return null;
  const figure = NOT_COMPARED_EN.exec(source.text.slice(negated.end, negated.end + 40))?.[1];
  if (!figure) return null;
  const items = target.items.filter((item) => item.start >= targetSentence.start && item.end <= targetSentence.end);
  const found = items.filter((item) => item.text === figure);
  const at = found[0];
  if (found.length !== 1 || !at) return null;
  const words = items.slice(0, items.indexOf(at)).filter((item) => item.kind === 'word');
  const from = words.at(-2) ?? words.at(-1);
  return from ? { start: from.start, end: at.end } : null;
}

/** A comma and a word that opens a clause, or a semicolon ("…, but", "…, y", "…, aber", "…; "). */
const CLAUSE_JOIN =
  /;[\s\u00a0]+|,[\s\u00a0]+(?=(?:but|and|while|whereas|pero|y|e|mientras|sino|mais|et|alors|tandis|aber|und|sondern|doch|während|tetapi|dan|sedangkan|namun|melainkan)[\s\u00a0])/giu;

/** Where a sentence's clauses after a comma and a conjunction or a semicolon begin, the sentence's start first (never a list's commas). */
function clauseStarts(text: string, sentence: Sentence): number[] {
  return starts(text, sentence, CLAUSE_JOIN);
}

/** English words that make a clause more than an elliptical one ("and hard lenses for four weeks"). */
const VERB_LIKE_EN =
  /^(?:is|are|was|were|be|been|being|am|do|does|did|have|has|had|must|can|could|will|would|shall|should|may|might|need|needs|get|gets|\p{L}{2,}(?:ed|ing))$/u;

/**
 * A negation of one side that repeats the other's for a clause of that other, English side with no
 * verb of its own, which its negation carries over ("You must not wear soft lenses for a week, and
 * hard lenses for four weeks" → "…nicht tragen, harte Linsen vier Wochen lang nicht"): the English
 * sentence is two clauses joined by a comma and a conjunction, the first negated and the second
 * with no verb, and the other side's extra negation stands after a comma that follows another.
 */
function carriedIntoEllipsis(source: Analysis, target: Analysis, sourceSentence: Sentence, targetSentence: Sentence, added: Cue): boolean {
  if (baseLanguage(source.lang) !== 'en' || target.unspaced) return false;
  const starts = clauseStarts(source.text, sourceSentence);
  if (starts.length !== 2) return false;
  const second = starts[1] as number;
  const words = (from: number, to: number) =>
    source.items.filter((item) => item.kind === 'word' && item.start >= from && item.end <= to).map((item) => item.lower);
  const first = words(sourceSentence.start, second);
  const rest = words(second, sourceSentence.end).slice(1);
  if (!first.some((word) => NEGATION_BEFORE_EN.test(word)) || rest.length === 0) return false;
  if (rest.some((word) => NEGATION_BEFORE_EN.test(word) || VERB_LIKE_EN.test(word))) return false;
  const before = target.text.slice(targetSentence.start, added.start);
  const comma = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
  return (
    comma >= 0 && /(?<![\p{L}])(?:nicht|kein|keine|keinen|pas|jamais|no|nunca|tidak|jangan|belum)(?![\p{L}])/iu.test(before.slice(0, comma))
  );
}

/**
 * A German "kein" said again for each of two nouns joined by "und" or "oder", which one "not" of
 * the other side says over both ("does not replace a map and compass" → "ersetzt keine Karte und
 * keinen Kompass"): the negation right after the conjunction, another "kein" at most four words
 * before it, and the other side's sentence a negation with an "and" or an "or" after it in its clause.
 */
function repeatedOverNouns(analysis: Analysis, cue: Cue, other: string): boolean {
  if (baseLanguage(analysis.lang) !== 'de' || !/^kein/iu.test(cue.text)) return false;
  return KEIN_AND_KEIN.test(analysis.text.slice(Math.max(0, cue.start - 60), cue.start)) && NOT_OVER_TWO.test(other);
}

/** A negation with an "and", "or" or "nor" after it in its clause ("not replace a map and compass", "no phone or tablet"). */
const NOT_OVER_TWO = /(?<![\p{L}])(?:not|no|never|n['’]t|without)(?![\p{L}])[^,.;:!?]*?(?<![\p{L}])(?:and|or|nor)(?![\p{L}])/iu;

/** A "kein", up to four words, and "und", "oder" or "sowie" ending a text. */
const KEIN_AND_KEIN = /(?<![\p{L}])kein\p{L}*(?:[\s\u00a0]+\p{L}+){1,4}[\s\u00a0]+(?:und|oder|sowie|noch)[\s\u00a0]+$/iu;

/** An English clause of a negated verb after "and" or a semicolon ("… and do not drink alcohol"). */
// (and a "but" before a negated clause with its subject, "but they are not suitable for young
// children" → "…，也适合幼儿"; and an "and avoid": "Drink warm drinks and avoid very hot or spicy
// food" → "喝冰冷的饮品，多吃辛辣的食物")
const AND_NOT_EN =
  /;[\s\u00a0]+|,?[\s\u00a0]+and[\s\u00a0]+(?=(?:do not|does not|did not|don['’]t|doesn['’]t|never|must not|should not|will not|won['’]t|cannot|can['’]t|is not|are not|isn['’]t|aren['’]t|avoid)[\s\u00a0])|,[\s\u00a0]+but[\s\u00a0]+(?=(?:(?:it|they|this|these|you|we|he|she)[\s\u00a0]+)?(?:do not|does not|did not|don['’]t|doesn['’]t|never|must not|should not|will not|won['’]t|cannot|can['’]t|is not|are not|isn['’]t|aren['’]t|avoid)[\s\u00a0])/giu;
/** A Chinese clause after a comma or a semicolon. */
const CLAUSE_COMMA_ZH = /[，；;]/gu;

/** Where a sentence's parts after each match begin, the sentence's start first. */
function starts(text: string, sentence: Sentence, join: RegExp): number[] {
  const found = [sentence.start];
  const part = text.slice(sentence.start, sentence.end);
  for (const match of part.matchAll(join)) found.push(sentence.start + match.index + match[0].length);
  return found;
}

/**
 * The translation's clause of the rank of the one a negation stands in, where both sentences have
 * two or three clauses joined by a comma and a conjunction or by a semicolon and the place found
 * lies in another; null otherwise.
 */
function sameRankedClause(
  source: Analysis,
  target: Analysis,
  negated: Cue,
  targetSentence: Sentence,
  at: { start: number; end: number } | null,
): { start: number; end: number } | null {
  if (source.unspaced) return null;
  const sourceSentence = sentencesOfCached(source.text).find((each) => each.start <= negated.start && negated.end <= each.end);
  if (!sourceSentence) return null;
  // (into Chinese, whose clauses a comma joins: an English "and" before a negated verb opens one,
  // "Avoid caffeine after 2 p.m. and do not drink alcohol" → "…避免摄入咖啡因，晚上可以饮酒")
  const said = target.unspaced ? starts(source.text, sourceSentence, AND_NOT_EN) : clauseStarts(source.text, sourceSentence);
  const found = target.unspaced ? starts(target.text, targetSentence, CLAUSE_COMMA_ZH) : clauseStarts(target.text, targetSentence);
  if (said.length < 2 || said.length > 3 || said.length !== found.length) return null;
  const rank = said.filter((start) => start <= negated.start).length - 1;
  const from = found[rank] as number;
  const to = rank + 1 < found.length ? (found[rank + 1] as number) : targetSentence.end;
  if (at && at.start >= from && at.end <= to) return null;
  const clause = target.text.slice(from, to).replace(/[\s\u00a0,;.!?，；。！？]+$/u, '');
  return clause.length > 0 ? { start: from, end: from + clause.length } : null;
}

/** An English "optional", which a translation may say as "need not" or "may leave off". */
const OPTIONAL_EN = /(?<![\p{L}])(?:optional|voluntary)(?![\p{L}])/iu;

/** A negation of need or a permission to leave a thing undone, by language ("可以不", "tidak wajib", "nicht verpflichtend"). */
const NOT_NEEDED: Readonly<Record<string, RegExp>> = {
  zh: /可以不|可不|不必|无需|不需要|不用|非必须/u,
  id: /(?<![\p{L}])(?:tidak|tak)[\s\u00a0]+(?:wajib|harus|perlu|diwajibkan)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:nicht|kein|keine)[\s\u00a0]+(?:verpflichtend|pflicht|erforderlich|nötig|notwendig)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])pas[\s\u00a0]+(?:obligatoire|obligatoires|nécessaire|nécessaires|requis|requise)(?![\p{L}])/iu,
  es: /(?<![\p{L}])no[\s\u00a0]+(?:es|son)[\s\u00a0]+(?:obligatorio|obligatoria|obligatorios|obligatorias|necesario|necesaria)(?![\p{L}])/iu,
};

/** Whether an added negation says the source's "optional" ("Cameras are optional" → "摄像头可以不开"). */
function optionalSaidAsNotNeeded(
  source: Analysis,
  target: Analysis,
  sourceSentence: Sentence,
  targetSentence: Sentence,
  added: Cue,
): boolean {
  if (!OPTIONAL_EN.test(source.text.slice(sourceSentence.start, sourceSentence.end))) return false;
  const pattern = NOT_NEEDED[baseLanguage(target.lang)];
  if (!pattern) return false;
  const around = target.text.slice(Math.max(targetSentence.start, added.start - 4), Math.min(targetSentence.end, added.end + 24));
  return pattern.test(around);
}

/** A comma and a word of contrast that open a Chinese clause ("，但", "，但是", "，不过"). */
const BUT_CLAUSE_ZH = /[，,][\s\u00a0]*(?:但是|但|不过|可是)/gu;

/**
 * Whether an added negation stands in a clause whose counterpart says nothing negative: both
 * sentences split by a comma and "but" into as many clauses, and the source's clause of the same
 * rank has neither a negation nor a soft word ("works offline, but searching requires a connection"
 * → "可离线使用，但搜索馆藏无需联网": "offline" is the other clause's).
 */
function addedInPlainClause(source: Paragraph, target: Paragraph, sourceSentence: Sentence, targetSentence: Sentence, added: Cue): boolean {
  if (source.analysis.unspaced) return false;
  const said = clauseStarts(source.analysis.text, sourceSentence);
  const found = target.analysis.unspaced
    ? starts(target.analysis.text, targetSentence, BUT_CLAUSE_ZH)
    : clauseStarts(target.analysis.text, targetSentence);
  if (said.length !== 2 || found.length !== 2) return false;
  const rank = found.filter((start) => start <= added.start).length - 1;
  const clause = { start: said[rank] as number, end: rank + 1 < said.length ? (said[rank + 1] as number) : sourceSentence.end };
  return source.of('negation', clause).length === 0 && source.of('soft', clause).length === 0 && rank > 0;
}

/** What follows an English negation in its clause up to an "ever" ("no cause is ever", "not … ever again"). */
const EVER_AFTER = /^[^.,;:!?]{0,40}?(?<![\p{L}])ever(?![\p{L}])/u;

/**
 * A Spanish or French "ni" that carries on no negation: within its sentence, after a word (not
 * opening a clause, as "Ni … ni" does) with no negation before it. Such a "ni" is what a lost
 * negation left behind ("Está permitido guardar muebles, neumáticos ni combustible").
 */
function strayNi(paragraph: Paragraph, sentence: Sentence, cue: Cue): boolean {
  const lang = baseLanguage(paragraph.analysis.lang);
  if ((lang !== 'es' && lang !== 'fr') || cue.text.toLowerCase() !== 'ni') return false;
  const before = paragraph.analysis.text.slice(sentence.start, cue.start);
  if (!/[\p{L}\d][\s\u00a0]+$/u.test(before)) return false;
  return paragraph.of('negation', { start: sentence.start, end: cue.start }).length === 0;
}

/** A "not" and an "until" after it in an English clause ("must not use it until it has been repaired"). */
const NOT_UNTIL_EN =
  /(?<![\p{L}])(?:not|never|cannot|can['’]t|don['’]t|doesn['’]t|won['’]t)(?![\p{L}])[^.;:!?]{0,80}?(?<![\p{L}])(?:until|till)(?![\p{L}])/iu;

/** The words of "only" of time a translation says a "not … until" with ("erst", "baru", "qu'après", "solo cuando", "才"). */
const ONLY_OF_TIME: Readonly<Record<string, RegExp>> = {
  de: /(?<![\p{L}])erst(?![\p{L}])/iu,
  // (not "baru" alone nor before a verb, also new: "file baru akan disinkronkan")
  id: /(?<![\p{L}])baru (?:setelah|sesudah|jika|ketika|saat)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])qu['’](?:après|une fois|à partir|lorsque|quand)|(?<![\p{L}])seulement (?:après|une fois|lorsque|quand)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:solo|sólo|solamente|únicamente) (?:cuando|después|una vez|tras)(?![\p{L}])/iu,
  zh: /才/u,
};

/** Whether an English "not … until" is said by the translation's "only" of time in its sentence. */
function untilSaidAsOnly(source: Analysis, target: Analysis, sourceSentence: Sentence, targetSentence: Sentence): boolean {
  const only = ONLY_OF_TIME[baseLanguage(target.lang)];
  return (
    only !== undefined &&
    baseLanguage(source.lang) === 'en' &&
    NOT_UNTIL_EN.test(source.text.slice(sourceSentence.start, sourceSentence.end)) &&
    only.test(target.text.slice(targetSentence.start, targetSentence.end))
  );
}

/** What follows an English negation in its clause up to an "until" ("not backed up until"). */
// (past the commas of a list: "Avoid spicy, salty and acidic food until the ulcer has healed")
const UNTIL_AFTER = /^[^.;:!?]{0,60}?(?<![\p{L}])until(?![\p{L}])/u;

/** What follows an English negation in its clause up to a "for" or "about" of what it concerns ("not responsible for"). */
const CONCERNING_AFTER = /^[^.,;:!?]{0,30}?(?<![\p{L}])(?:for|about|regarding)(?![\p{L}])/u;

/** A Chinese clause of "before", put first and closed by a comma ("在您释放空间之前，"). */
const BEFORE_CLAUSE_FIRST = /(?:在|于)[^，。；！？,;]{1,30}?(?:之前|以前)[，,]/u;

/** A Chinese clause of what a sentence concerns, put first and closed by a comma ("对于随意放置的现金或首饰，"). */
// (or of what caused it, "因场地或恶劣天气造成的延误，" for "not liable for delays caused by the venue")
const TOPIC_CLAUSE_FIRST = /(?:^|[，,])(?:对于|关于|对|因|由于)[^，。；！？,;]{1,40}?[，,]/u;

/** What follows an English negation in its clause up to a condition of it ("is not refunded if the couple cancels"). */
const CONDITION_AFTER_EN = /^[^.,;:!?]{0,40}?(?<![\p{L}])(?:if|when|unless)(?![\p{L}])/u;
/** A word of condition (the negation after it is the condition's own: "if the symptoms do not improve"). */
const CONDITION_WORD_EN = /(?<![\p{L}])(?:if|when|unless|whenever)(?![\p{L}])/iu;

/** A Chinese clause of condition, put first and closed by a comma ("如新人在婚礼前超过60天取消，"). */
// (never the "如" of a word of its own: "如厕", "如何", "如今")
const CONDITION_CLAUSE_FIRST = /^(?:如果|假如|倘若|一旦|若|如(?![厕何今此同下期实]))[^，。；！？,;]{1,40}?[，,]/u;

/**
 * Where an English "not … until" or "not … for" was lost in a Chinese translation that put the
 * "until" clause first as a clause of "before", or what the negation concerns first as a topic
 * ("We are not responsible for cash" → "对于…现金…，我们负全部责任"): the clause after it, up to
 * its next mark, where that has no negation; null otherwise.
 */
function frontedClauseAfter(
  source: Analysis,
  targetParagraph: Paragraph,
  negated: Cue,
  targetSentence: Sentence,
): { start: number; end: number } | null {
  const target = targetParagraph.analysis;
  if (baseLanguage(source.lang) !== 'en' || baseLanguage(target.lang) !== 'zh') return null;
  const after = source.text.slice(negated.end, negated.end + 48);
  const fronted = UNTIL_AFTER.test(after)
    ? BEFORE_CLAUSE_FIRST
    : CONCERNING_AFTER.test(after)
      ? TOPIC_CLAUSE_FIRST
      : CONDITION_AFTER_EN.test(after) &&
          !CONDITION_WORD_EN.test(source.text.slice(sentenceAround(source.text, negated.start).start, negated.start))
        ? CONDITION_CLAUSE_FIRST
        : null;
  if (!fronted) return null;
  const sentence = target.text.slice(targetSentence.start, targetSentence.end);
  const before = fronted.exec(sentence);
  if (!before) return null;
  // (a condition may go on past its first comma, "如果您的血糖偏低，或在…发生过低血糖，可以开车": the
  // main clause is the last)
  const from =
    fronted === CONDITION_CLAUSE_FIRST
      ? Math.max(...[...sentence.matchAll(/[，,]/gu)].map((mark) => mark.index + 1))
      : before.index + before[0].length;
  const rest = /^[^，。；！？,;.!?]+/u.exec(sentence.slice(from));
  if (!rest) return null;
  const clause = { start: targetSentence.start + from, end: targetSentence.start + from + rest[0].length };
  // (a clause that still negates lost nothing: the loss is elsewhere, "对于已上锁保管的贵重物品丢失，公司不承担责任")
  return targetParagraph.of('negation', clause).length === 0 ? clause : null;
}

/**
 * Where an English negation said with "ever" ("never", "no cause is ever found") was lost to a
 * word of always: the translation's one such word of its sentence; null
 * where the source says always itself, or the translation says none or several.
 */
function everMadeAlways(source: Analysis, target: Analysis, negated: Cue, targetSentence: Sentence): { start: number; end: number } | null {
  if (baseLanguage(source.lang) !== 'en' || target.unspaced) return null;
  if (!/^never$/iu.test(negated.text) && !EVER_AFTER.test(source.text.slice(negated.end, negated.end + 48))) return null;
  const words = OPPOSITES.never?.[baseLanguage(target.lang)]?.[1].split('|');
  if (!words) return null;
  const items = target.items.filter((item) => item.kind === 'word' && item.start >= targetSentence.start && item.end <= targetSentence.end);
  const found = items.filter((item) => words.includes(item.lower));
  const word = found[0];
  if (found.length !== 1 || !word) return null;
  return { start: word.start, end: word.end };
}

/**
 * The subject of an English negation whose verb is left out, the negation ending its clause ("…,
 * but alcohol does not."): the word before its auxiliary, or null.
 */
function elidedSubject(source: Analysis, negated: Cue): { start: number; end: number } | null {
  if (baseLanguage(source.lang) !== 'en' || !/^not$/iu.test(negated.text)) return null;
  if (!/^[\s\u00a0]*(?:[.,;:!?)]|$)/u.test(source.text.slice(negated.end, negated.end + 4))) return null;
  // (a subject of a word or two right after what opens its clause: "but alcohol does not", not
  // "photos saved in high quality do not")
  const from = Math.max(0, negated.start - 48);
  const before = ELIDED_BEFORE.exec(source.text.slice(from, negated.start));
  const at = before?.indices?.[1];
  if (!before?.[1] || !at || /^(?:it|this|that|they|he|she|we|you|i|which|who)$/iu.test(before[1])) return null;
  return { start: from + at[0], end: from + at[1] };
}

/** An English limit, with or without a figure after it ("up to the declared value"). */
const LIMIT_SAID_EN =
  /(?<![\p{L}])(?:up to|at most|no more than|not more than|maximum|at least|no less than|not less than|minimum)(?![\p{L}])/iu;

/** Words that open a clause of concession ("even if", "meskipun", "auch wenn", "même si", "aunque", "即使"). */
const CONCESSIVE =
  /(?<![\p{L}])(?:even|although|though|meskipun|walaupun|biarpun|walau|meski|kendati|bahkan saat|bahkan ketika|bahkan jika|obwohl|obgleich|auch wenn|selbst wenn|même si|même lorsque|même quand|bien que|quoique|aunque|incluso si|incluso cuando|aun si|aun cuando)(?![\p{L}])|即使|尽管|虽然|哪怕/iu;

const CONCESSIVE_ALL = new RegExp(CONCESSIVE.source, 'giu');

/** Whether a negation stands in a clause of concession, its opener at most four words before it with no mark between. */
function conceding(analysis: Analysis, sentence: Sentence, cue: Cue): boolean {
  const before = analysis.text.slice(Math.max(sentence.start, cue.start - 40), cue.start);
  const opener = [...before.matchAll(CONCESSIVE_ALL)].at(-1);
  if (!opener) return false;
  const between = before.slice(opener.index + opener[0].length);
  return !/[,;:，；：]/u.test(between) && (analysis.unspaced || between.trim().split(/\s+/u).filter(Boolean).length <= 4);
}

/** Words of "also", in the languages checked ("juga", "auch", "aussi", "también", "也"). */
const ALSO_SAID = /(?<![\p{L}])(?:also|too|juga|pula|auch|ebenfalls|aussi|également|también|igualmente)(?![\p{L}])|也/iu;

/** What opens a clause, a word or two of its subject (the last one kept), and an auxiliary right before a "not". */
const ELIDED_BEFORE =
  /(?:^|[,;:]|(?<![\p{L}])(?:but|and|while|whereas))[\s\u00a0]+(?:(?:the|a|an|your|our|their|its|his|her)[\s\u00a0]+)?(?:\p{L}+[\s\u00a0]+)?(\p{L}+)[\s\u00a0]+(?:does|do|did|is|are|was|were|will|can|may|should)[\s\u00a0]+$/diu;

/** What follows a negation of a need: "no need", "not need", "not necessary", "not required". */
const NEED_AFTER =
  /^[\s\u00a0]+(?:(?:be|been|usually|always|normally|generally|really)[\s\u00a0]+)?(?:need|needs|needed|necessary|required)(?![\p{L}])/iu;

/** The words of need, by language ("necesario", "nötig", "perlu", "nécessaire"). */
const NEED_WORD: Readonly<Record<string, RegExp>> = {
  en: /^(?:need|needs|needed|necessary|required)$/u,
  id: /^(?:perlu|diperlukan|memerlukan|dibutuhkan|membutuhkan)$/u,
  de: /^(?:nötig|notwendig|erforderlich|benötigt|braucht|brauchen)$/u,
  fr: /^(?:nécessaire|nécessaires|besoin|requis|requise)$/u,
  es: /^(?:necesario|necesaria|necesarios|necesarias|necesita|necesitan|requiere|requieren)$/u,
};
/** The same in a language written without spaces, found where they stand (never the "需" of "无需", which negates). */
const NEED_IN_TEXT: Readonly<Record<string, RegExp>> = { zh: /需要|必须/gu };

/** A copula before a word of need ("es necesario", "ist nötig"), taken with it. */
const COPULA = /^(?:is|are|es|son|ist|sind|est|sont|adalah)$/u;

/**
 * Where a negation lost before a "without" of its clause stood, in a language that says its verb
 * last ("does not access … without your permission" → "greift ohne Ihre Erlaubnis … zu"): from the
 * word before the translation's one "without" of its sentence to it; null unless the source's "without" follows the negation within
 * six words of the clause and the translation's sentence has just one.
 */
function notBeforeWithout(
  source: Analysis,
  target: Analysis,
  sourceParagraph: Paragraph,
  targetParagraph: Paragraph,
  negated: Cue,
  targetSentence: Sentence,
): { start: number; end: number } | null {
  // (German says its "nicht" right before the "ohne", "greift nicht ohne … zu"; elsewhere it stays
  // with the verb, which the other landmarks find)
  if (!VERB_LAST.has(baseLanguage(target.lang))) return null;
  // (a command's, "Do not give … without", is lost from its verb, first; a modal's from the modal)
  if (COMMAND_NEGATION_BEFORE.test(source.text.slice(Math.max(0, negated.start - 24), negated.start))) return null;
  if (negatesModal(source, sourceParagraph, negated)) return null;
  const after = { start: negated.end, end: Math.min(source.text.length, negated.end + 80) };
  const follows = sourceParagraph
    .prepositional(sourceParagraph.of('negation', after))
    .some((cue) => wordsBetween(source, negated.end, cue.start) <= 6 && !/[,;:.!?]/u.test(source.text.slice(negated.end, cue.start)));
  if (!follows) return null;
  const withouts = targetParagraph.prepositional(targetParagraph.of('negation', targetSentence));
  if (withouts.length !== 1) return null;
  const word = withouts[0] as Cue;
  const before = target.items.findLast((item) => item.kind === 'word' && item.end <= word.start && item.start >= targetSentence.start);
  // (not one that opens a clause of its own after a comma: "…, ohne einen Arzt zu fragen")
  if (before && /[,;:]/u.test(target.text.slice(before.end, word.start))) return null;
  return { start: before ? before.start : word.start, end: word.end };
}

/** An English copula right before a negation ("is not", "are not"). */
const COPULA_BEFORE = /(?:^|\s)(?:is|are|was|were|be|been)\s+$/iu;

/**
 * The one word of a sentence written like a word of another language: the first six letters or
 * more of their spellings alike (see cognateKey), most of the shorter one ("contagious" and
 * "contagiosa", "infectious" and "infektiös"); null for none or several.
 */
function spelledAlikeIn(analysis: Analysis, span: Sentence, word: string): Item | null {
  if (word.length < 6) return null;
  const key = cognateKey(word.toLowerCase());
  const alike = analysis.items.filter((item) => {
    if (item.kind !== 'word' || item.start < span.start || item.end > span.end || item.text.length < 6) return false;
    const other = cognateKey(item.lower);
    let same = 0;
    while (same < key.length && same < other.length && key[same] === other[same]) same += 1;
    return same >= 6 && same >= 0.7 * Math.min(key.length, other.length);
  });
  return alike.length === 1 ? (alike[0] as Item) : null;
}

/** An English adjective of what can be done ("refundable", "transferable", "accessible"). */
const ABLE_WORD = /^\p{L}{3,}(?:able|ible)$/iu;

/**
 * Whether a cue stands in a clause a comma and a relative pronoun opened, a preposition maybe
 * between (", die sich seit 30 Tagen nicht verbunden haben", ", mit denen … nicht"): a German
 * relative clause puts its negation late, right before its verb at the end. Only right after the
 * noun or the pronoun it says more of ("Geräte, die …", "auch die, die …"); not after a verb,
 * "anwesend sein, die Behandlung aber nicht stören", whose article carries on the main clause.
 */
function inClauseOpenedBy(analysis: Analysis, cue: Cue, relativizer: RegExp, antecedentNeeded = true): boolean {
  const items = analysis.items;
  let words = 0;
  for (let k = items.findIndex((item) => item.start >= cue.start) - 1; k >= 0 && words <= 12; k -= 1) {
    const item = items[k] as Item;
    if (item.kind === 'word') {
      words += 1;
      continue;
    }
    if (SENTENCE_END_RE.test(item.text) || /^[;:()]$/u.test(item.text)) return false;
    if (item.text !== ',') continue;
    const antecedent = items.slice(0, k).findLast((each) => each.kind === 'word');
    if (antecedentNeeded && (!antecedent || !(/^\p{Lu}/u.test(antecedent.text) || ANTECEDENT_PRONOUN_DE.test(antecedent.lower))))
      return false;
    const [first, second] = items.slice(k + 1, k + 4).filter((each) => each.kind === 'word');
    return (
      first !== undefined &&
      (relativizer.test(first.lower) ||
        (RELATIVE_PREPOSITION_DE.test(first.lower) && second !== undefined && relativizer.test(second.lower)))
    );
  }
  return false;
}

/** The German relative pronouns ("die", "dessen", "welche"). */
/** A German sentence opened by "wer" (whoever) up to a word before its comma. */
const FREE_RELATIVE_DE = /(?:^|[.!?:;][\s\u00a0]+)(?:Wer|Wem|Wen)[\s\u00a0][^,.;:!?]*$/u;
const RELATIVE_DE = /^(?:der|die|das|dem|den|denen|deren|dessen|welche|welcher|welches|welchem|welchen)$/u;
/** German pronouns a relative clause may say more of ("auch die, die …", "alle, die …"). */
const ANTECEDENT_PRONOUN_DE = /^(?:der|die|das|den|dem|diejenigen|derjenige|diejenige|dasjenige|alle|jene|jenen|solche)$/u;

/**
 * Whether a German word stands in a relative clause (see inClauseOpenedBy), whatever stands before
 * its comma: a clause that may say its own "nicht" ("erlaubt, die 3 € kosten und nicht
 * wiederverwendet werden können" says it of the socks, named before the verb).
 */
export function inGermanRelativeClause(analysis: Analysis, cue: Cue): boolean {
  return inClauseOpenedBy(analysis, cue, RELATIVE_DE, false);
}

/** Words before an English "that" that make it a conjunction, no relative pronoun ("so that", "provided that"). */
const CONJUNCTION_BEFORE_THAT = /^(?:so|provided|providing|given|now|such|assuming|order|except)$/u;

/** German prepositions that may open a relative clause before its pronoun (", mit dem", ", für die"). */
const RELATIVE_PREPOSITION_DE =
  /^(?:mit|für|von|bei|an|auf|aus|in|nach|zu|über|unter|durch|gegen|ohne|um|vor|hinter|neben|zwischen|wegen|während)$/u;

/** The words that open a German clause of its own, relative or subordinate, whose verb comes last ("die", "wenn", "dass"). */
const SUBORDINATE_OPENER_DE =
  /^(?:der|die|das|den|dem|deren|dessen|welche|welcher|welches|welchen|wenn|weil|dass|ob|falls|sofern|solange|bevor|nachdem|sobald|damit|obwohl|während)$/u;

/** What stands before the negation of a command at its sentence's start: "Do", "Please do", nothing. */
const COMMAND_NEGATION_BEFORE = /(?:^|[.!?:;]\s+|\n)\s*(?:please\s+)?(?:do\s+)?$/iu;

function whereLostIn(
  source: Analysis,
  target: Analysis,
  sourceParagraph: Paragraph,
  targetParagraph: Paragraph,
  negated: Cue,
  targetSentence: Sentence,
): { start: number; end: number } | null {
  // (a lost "nothing" or "no one" is usually said as "all" where it stood: "Nothing inside is
  // recorded" → "Semua yang berada di dalam … direkam")
  if (NEGATIVE_PRONOUN.test(negated.text)) {
    const all = universalIn(target, targetSentence);
    if (all) return all;
  }
  // (a lost "never" is usually said as "sometimes" or "always" where it stood: "is never shared"
  // → "a veces se comparten")
  if (NEVER_WORD.test(negated.text)) {
    const often = HOW_OFTEN[baseLanguage(target.lang)]?.exec(target.text.slice(targetSentence.start, targetSentence.end));
    if (often) return { start: targetSentence.start + often.index, end: targetSentence.start + often.index + often[0].length };
  }
  // (a negation of a condition's clause, "if the microphone does not work", is lost from the
  // translation's one clause of condition, wherever the sentence puts it: "如果麦克风正常工作，请告诉…")
  if (target.unspaced) {
    const condition = conditionLost(source, target, negated, targetSentence);
    if (condition) return condition;
  }
  const at = placeOfLost(source, target, sourceParagraph, targetParagraph, negated, targetSentence);
  // (a negation of a main clause before its "if" is lost from the main clause that Chinese puts after
  // its clause of condition or concession: "Alarms do not ring if the phone is switched off" →
  // "即使手机关机，闹钟也会响", not from "即使手机关机")
  const main = at && target.unspaced ? mainClauseAfterCondition(source, target, negated, targetSentence, at) : null;
  if (main) return main;
  // (a lost "may not", "cannot", "not allowed", "not refundable" is usually said as the one word of
  // permission the Chinese sentence has, from it to its clause's end: "is not refundable after 7
  // days" → "购卡7天后，会员费可全额退还", "cannot be undone" → "可以撤销")
  if (at && target.unspaced && PERMISSION_LOST_EN.test(source.text.slice(Math.max(0, negated.start - 12), negated.end + 24))) {
    const sentence = target.text.slice(targetSentence.start, targetSentence.end);
    const permits = [...sentence.matchAll(PERMISSION_ZH)];
    const [permit] = permits;
    if (permits.length === 1 && permit) {
      const start = targetSentence.start + permit.index;
      const clause = clauseAround(target, start, targetSentence);
      const last = /[\p{L}\p{N}](?=[^\p{L}\p{N}]*$)/u.exec(target.text.slice(start, clause.end));
      if (last) return { start, end: start + last.index + 1 };
    }
  }
  // (in a text without spaces between words the landmarks place a word only roughly: the clause
  // around the place, unless the translation says the negated word's opposite there)
  if (at && !at.exact && target.unspaced) {
    const clause = clauseAround(target, at.start, targetSentence);
    // (to its last word: not the full stop)
    const last = /[\p{L}\p{N}](?=[^\p{L}\p{N}]*$)/u.exec(target.text.slice(clause.start, clause.end));
    return last ? { start: clause.start, end: clause.start + last.index + 1 } : clause;
  }
  // (Chinese puts its negation before the modal of the verb, "不会分享": a lost one is lost from
  // the modal on, "本应用会与其他用户分享")
  if (at && target.unspaced) {
    const clause = clauseAround(target, at.start, targetSentence);
    const modals = [...target.text.slice(clause.start, at.start).matchAll(CHINESE_MODAL)];
    const modal = modals.at(-1);
    if (modal) return { start: clause.start + modal.index, end: at.end };
  }
  // (a negation that ends its clause, "photos saved in high quality do not", says its verb once
  // more, where the translation's clause ends: to its last word, "… en alta calidad también")
  const ending = at !== null && /^[\s\u00a0]*(?:[.,;:!?)]|$)/u.test(source.text.slice(negated.end, negated.end + 4));
  if (!at || (!ending && !VERB_LAST.has(baseLanguage(target.lang)))) return at;
  const clauseEnd = /[,;:]/u.exec(target.text.slice(at.end, targetSentence.end));
  const rest = target.text.slice(at.end, clauseEnd ? at.end + clauseEnd.index : targetSentence.end);
  // (to its last word: not the full stop)
  const last = /[\p{L}\p{N}](?=[^\p{L}\p{N}]*$)/u.exec(rest);
  return last ? { start: at.start, end: at.end + last.index + 1 } : at;
}

/** An English negation of a permission or a possibility, with the words around it ("may not", "cannot", "not allowed", "not refundable"). */
const PERMISSION_LOST_EN =
  /\b(?:(?:may|can|could|must|might)\s+not|cannot|can't|not\s+(?:be\s+)?(?:allowed|permitted|possible|refundable|refunded|transferable|accepted))\b/iu;
/** A Chinese word of permission or possibility not negated ("可以", "允许", "可全额退还"; not "可能", "可爱", "不可以"). */
const PERMISSION_ZH = /(?<![不未])(?:可以|允许|准许|可(?![能爱是见惜怕靠以]))/gu;

/** Chinese openers of a clause of condition or concession ("如果", "即使", "当"). */
const CONDITION_OPENER_ZH = /^(?:即使|即便|哪怕|就算|如果|假如|要是|倘若|若是|万一|一旦|当)/u;

/**
 * The Chinese main clause after the clause of condition or concession the landmarks placed a lost
 * negation in, where the English negation stands in its main clause before its "if": the clause
 * after the comma, to its last word.
 */
function mainClauseAfterCondition(
  source: Analysis,
  target: Analysis,
  negated: Cue,
  targetSentence: Sentence,
  at: { start: number; end: number },
): { start: number; end: number } | null {
  if (baseLanguage(source.lang) !== 'en') return null;
  const sentence = sentenceAround(source.text, negated.start);
  if (IF_EN.test(source.text.slice(sentence.start, negated.start))) return null;
  if (!/^[^,;:]*\b(?:if|when|whenever|in case)\b/iu.test(source.text.slice(negated.end, sentence.end))) return null;
  const clause = clauseAround(target, at.start, targetSentence);
  if (!CONDITION_OPENER_ZH.test(target.text.slice(clause.start, clause.end).trimStart())) return null;
  const next = /^[，,][\s\u00a0]*([^，,。；;：:！？!?]+)/u.exec(target.text.slice(clause.end, targetSentence.end));
  const words = next?.[1]?.replace(/[\s\u00a0]+$/u, '') ?? '';
  if (!next || words.length === 0) return null;
  const start = clause.end + next[0].length - (next[1] as string).length;
  return { start, end: start + words.length };
}

/** Chinese modals and auxiliaries a negation stands before ("不会", "不能", "不可以", "不应该"; not "会议", "功能", "需要"'s "要"). */
const CHINESE_MODAL =
  /(?<![机社宴约聚开学协大体误])会(?![议员话计所])|能够|(?<![功可性智技本才体效职])能(?![力源量])|可以|应该|应当|将会|必须/gu;

/** Words that open a clause of condition ("if", "in case"; not "unless", which says its own negation). */
const IF_EN = /\b(?:if|when|whenever|in case)\b/iu;
/** The same in Chinese: "如果", "假如", "万一" (not "如" alone: also in "例如", "如何"). */
const IF_ZH = /如果|假如|要是|倘若|若是|万一|一旦/gu;

/**
 * The translation's clause of condition, when a negation of the source stands in one ("tell staff if
 * the microphone does not work"): an "if" between the clause's start and the negation, and one
 * clause of condition in the translation's sentence, from its opener to its comma.
 */
function conditionLost(source: Analysis, target: Analysis, negated: Cue, targetSentence: Sentence): { start: number; end: number } | null {
  if (baseLanguage(source.lang) !== 'en' || baseLanguage(target.lang) !== 'zh') return null;
  const before = source.text.slice(Math.max(0, negated.start - 200), negated.start);
  const clause = before.slice(Math.max(...[...'.,;:!?\n'].map((mark) => before.lastIndexOf(mark))) + 1);
  if (!IF_EN.test(clause)) return null;
  const text = target.text.slice(targetSentence.start, targetSentence.end);
  const openers = [...text.matchAll(IF_ZH)];
  const [opener] = openers;
  if (!opener || openers.length > 1) return null;
  // (the condition's alternative after an "or", where the source negates that one: "if you heard a
  // pop … or cannot move the limb" → "如果…一声，或者肢体可以活动")
  const ifAt = before.search(/\b(?:if|when|whenever|in case)\b(?![\s\S]*\b(?:if|when|whenever|in case)\b)/iu);
  if (ifAt >= 0 && /\bor\b/iu.test(before.slice(ifAt))) {
    const or = /[，,]?[\s\u00a0]*(?:或者|或是|或)/u.exec(text.slice(opener.index));
    if (or) {
      const from = opener.index + or.index + or[0].length - (or[0].match(/或者|或是|或/u)?.[0].length ?? 0);
      const alternative = /^[^，,。；;：:！？!?]+/u.exec(text.slice(from))?.[0] ?? '';
      if (alternative) return { start: targetSentence.start + from, end: targetSentence.start + from + alternative.length };
    }
  }
  const rest = /^[^，,。；;：:！？!?]+/u.exec(text.slice(opener.index))?.[0] ?? '';
  return rest ? { start: targetSentence.start + opener.index, end: targetSentence.start + opener.index + rest.length } : null;
}

/**
 * Whether a negation negates a modal ("must not") and the translation's sentence has one modal, in a
 * language that puts its verbs last (German: the modal second, the verb it governs at the clause's
 * end, far apart; elsewhere the rendered verb stands next to its modal already).
 */
function oneModalFor(
  source: Analysis,
  target: Analysis,
  sourceParagraph: Paragraph,
  targetParagraph: Paragraph,
  negated: Cue,
  targetSentence: Sentence,
): boolean {
  const modal = 'words' in targetParagraph.cues ? targetParagraph.cues.words.modal : undefined;
  if (!modal || !VERB_LAST.has(baseLanguage(target.lang)) || !negatesModal(source, sourceParagraph, negated)) return false;
  const words = target.items.filter((item) => item.kind === 'word' && item.start >= targetSentence.start && item.end <= targetSentence.end);
  return modalsOf(words, modal).length === 1;
}

/** The places of a sentence's modals among its words; of several, not the future's or the passive's "werden" ("dürfen … getrennt werden"). */
function modalsOf(words: readonly Item[], modal: RegExp): number[] {
  const all = words.flatMap((item, k) => (modal.test(item.lower) ? [k] : []));
  return all.length > 1 ? all.filter((k) => !FUTURE_OR_PASSIVE.test((words[k] as Item).lower)) : all;
}
const FUTURE_OR_PASSIVE = /^(?:wird|werden)$/u;

/**
 * Where a lost negation belongs in the translation: from where it would stand to the rendering of
 * the word it negates ("Never share" → "Selalu bagikan"; "will not be paid" → "terlambat akan
 * dibayar"), when the two are near. Null when the landmarks do not tell.
 */
function placeOfLost(
  source: Analysis,
  target: Analysis,
  sourceParagraph: Paragraph,
  targetParagraph: Paragraph,
  negated: Cue,
  targetSentence: Sentence,
): { start: number; end: number; exact?: boolean } | null {
  const inSentence = (span: { start: number; end: number } | null) =>
    span && span.start >= targetSentence.start && span.end <= targetSentence.end ? span : null;
  // (a "never" lost where the translation says "always" is on that "always": "are never shown" →
  // "selalu ditampilkan")
  if (NEVER.has(negated.text.toLowerCase())) {
    const [always] = inSpan(oppositesIn(target).get('never')?.[1] ?? [], targetSentence);
    if (always) return { start: always.start, end: always.end, exact: true };
  }
  const place = inSentence(locateInTarget(source, target, negated.start, negated.end));
  const negatedWord = sourceParagraph.negatedWord(negated);
  // (a negated word of a pair of opposites is where the translation says that side: "Phone calls are
  // not allowed" → "Les appels … sont autorisés")
  // (but a modal's negation, "must not be separated", lost from the translation's one modal is on
  // that modal, below: "Welpen dürfen … getrennt werden")
  // (nor a "without"'s noun, which the translation says either way: "without the owner's permission"
  // → "dengan izin pemiliknya" lost it on the "dengan")
  const rendered =
    negatedWord === negated ||
    oneModalFor(source, target, sourceParagraph, targetParagraph, negated, targetSentence) ||
    sourceParagraph.prepositional([negated]).length > 0
      ? null
      : renderedOpposite(source, target, negatedWord, targetSentence, sentenceAround(source.text, negated.start));
  if (rendered) {
    // (with the modal right before it, where the negation was lost: "must not exceed" → "deben superar")
    const modal = 'words' in targetParagraph.cues ? targetParagraph.cues.words.modal : undefined;
    const before = modal
      ? target.items.findLast((item) => item.kind === 'word' && item.end <= rendered.start && item.start >= targetSentence.start)
      : undefined;
    // (not a modal that says the other side of a pair than the source, reported on its own: "shall
    // not be refused" → "boleh ditolak")
    const inSource = oppositesIn(source);
    const paired = (word: Item) =>
      [...oppositesIn(target)].some(([name, sides]) =>
        sides.some(
          (cues, side) =>
            cues.some((cue) => cue.start <= word.start && word.end <= cue.end) && (inSource.get(name)?.[side]?.length ?? 0) === 0,
        ),
      );
    const joinedModal = before && modal?.test(before.lower) && wordsBetween(target, before.end, rendered.start) === 0 && !paired(before);
    // (German: a verb at the end of a clause of its own, "die innerhalb von 30 Tagen … abgeholt
    // werden", from the clause's opener, after which its negation stands)
    if (VERB_LAST.has(baseLanguage(target.lang))) {
      const words = target.items.filter((item) => item.start >= targetSentence.start && item.end <= rendered.start);
      const mark = words.findLastIndex((item) => /^[,;:]$/u.test(item.text));
      const opener = words.slice(mark + 1).find((item) => item.kind === 'word');
      if (mark >= 0 && opener && SUBORDINATE_OPENER_DE.test(opener.lower)) return { start: opener.start, end: rendered.end, exact: true };
    }
    // (Chinese: from the clause's modal before it, "must not be sold" → "允许…出售")
    if (target.unspaced && negatesModal(source, sourceParagraph, negated)) {
      const clause = clauseAround(target, rendered.start, targetSentence);
      const modals = [...target.text.slice(clause.start, rendered.start).matchAll(CHINESE_MODAL_RE)];
      const last = modals.at(-1);
      if (last) return { start: clause.start + last.index, end: rendered.end, exact: true };
    }
    return { start: joinedModal ? before.start : rendered.start, end: rendered.end, exact: true };
  }
  const landed = negatedWord === negated ? null : inSentence(locateInTarget(source, target, negatedWord.start, negatedWord.end));
  // (both on one word: the word it negates comes after where the negation would stand, in
  // either language: "Pets are not allowed" → "Hewan peliharaan diperbolehkan")
  // (a prefix's word is where its negation belongs: "non-refundable" → "dapat dikembalikan")
  const prefixed = sourceParagraph.prefixedWord(negated) !== null;
  const verb =
    landed && place && landed.start === place.start && !prefixed ? nextContentWord(target, place.end, targetSentence.end) : landed;
  // (up to four words apart in one clause: the words between may be the negated verb itself, which
  // the landmarks placed on its object, "that you do not give your consent" → "que da su
  // consentimiento", with "not" placed on the verb before it)
  const between = place && verb && verb.start >= place.start ? wordsBetween(target, place.end, verb.start) : Infinity;
  const joined =
    place && verb && (between <= 2 || (between <= 4 && !/[,;:]/u.test(target.text.slice(place.end, verb.start))))
      ? { start: place.start, end: Math.max(place.end, verb.end) }
      : place;
  // (a negated word the translation writes alike, its one word of the sentence that begins as it
  // does, is where the negation was lost: "is not contagious" → "Es contagiosa", whatever the
  // landmarks say)
  // (only a "not" after a copula, right before its word: "is not contagious"; not "no specific
  // treatment", whose noun is what is denied, nor "must not be charged with a charger")
  const afterCopula =
    /^not$/iu.test(negated.text) &&
    COPULA_BEFORE.test(source.text.slice(Math.max(0, negated.start - 8), negated.start)) &&
    wordsBetween(source, negated.end, negatedWord.start) === 0;
  const alike = target.unspaced || !afterCopula ? null : spelledAlikeIn(target, targetSentence, negatedWord.text);
  if (alike) {
    // (with the verb right before it, where the negation was: "sommes responsables", "Es contagiosa")
    const before = target.items.findLast((item) => item.end <= alike.start && item.start >= targetSentence.start);
    const verb = before?.kind === 'word' && wordsBetween(target, before.end, alike.start) === 0 ? before : undefined;
    return { start: verb ? verb.start : alike.start, end: alike.end, exact: true };
  }
  let at = (prefixed ? landed : null) ?? joined;
  // (not on a negation the translation kept, "Unused data does not roll over" → "Data yang tidak
  // terpakai bergulir": on the word after the one that negation negates)
  // (Chinese: a lost "do not" or "cannot" belongs before the sentence's one imperative or modal,
  // "请使用电梯", "可以退还", wherever the landmarks put the rest)
  // (and "not refundable", "not transferable": what can be done, "可以退还")
  if (
    target.unspaced &&
    (negatesModal(source, sourceParagraph, negated) || imperativeNegation(source, negated) || ABLE_WORD.test(negatedWord.text))
  ) {
    const text = target.text.slice(targetSentence.start, targetSentence.end);
    const found = [...text.matchAll(CHINESE_MODAL_RE)];
    if (found.length === 1) {
      const start = targetSentence.start + (found[0]?.index ?? 0);
      const clause = /^[^，。；：！？,.;:!?]{1,8}/u.exec(target.text.slice(start, targetSentence.end))?.[0] ?? '';
      if (clause) return { start, end: start + clause.length };
    }
  }
  // (Chinese puts first what a sentence is about, "对于脱落的纽扣，我们负全部责任": a negation
  // lost right after the source's subject, "We are not responsible", belongs after that subject
  // where the translation says it once, from it to the end of its clause)
  if (target.unspaced) {
    const subject = subjectBefore(source, negated);
    const said = subject ? mentions(target, targetSentence, subject) : [];
    if (said.length === 1) {
      const from = said[0] as { start: number; end: number };
      const clause = /^[^，。；：！？,.;:!?]{1,10}/u.exec(target.text.slice(from.end, targetSentence.end))?.[0] ?? '';
      if (clause) return { start: from.start, end: from.end + clause.length };
    }
  }
  const kept =
    at && targetParagraph.of('negation', targetSentence).find((cue) => cue.start < (at as Cue).end && (at as Cue).start < cue.end);
  if (kept) at = nextContentWord(target, targetParagraph.negatedWord(kept).end, targetSentence.end) ?? at;
  const words = target.items.filter((item) => item.kind === 'word' && item.start >= targetSentence.start && item.end <= targetSentence.end);
  // (the negation of a modal, "must not be given", "cannot", is lost from the translation's modal
  // when its sentence has one, wherever the sentence puts it: "Obat ini boleh diberikan kepada anak
  // di bawah 6 tahun" has moved the words the landmarks go by)
  const targetModal = 'words' in targetParagraph.cues ? targetParagraph.cues.words.modal : undefined;
  if (targetModal && negatesModal(source, sourceParagraph, negated)) {
    const modals = modalsOf(words, targetModal);
    const only = modals.length === 1 ? (words[modals[0] as number] as Item) : undefined;
    // (a place that holds the modal already is the landmarks' own: "siempre deben", where "never"
    // became "always")
    if (only && !(at && at.start <= only.start && only.end <= at.end)) {
      const from = only;
      const next = words[(modals[0] as number) + 1];
      return { start: from.start, end: next && wordsBetween(target, from.end, next.start) === 0 ? next.end : from.end };
    }
  }
  // (a negation stands before the modal it negates, "tidak boleh", "tidak akan": one right before is in the span)
  const auxiliary = 'words' in targetParagraph.cues ? targetParagraph.cues.words.auxiliary : undefined;
  if (!at || !auxiliary) return at;
  // (a modal inside the span is where the negation goes: from it to the word it governs,
  // "hewan Anda dapat" → "dapat menjilat")
  const modal = words.findIndex((item) => item.start > at.start && item.end <= at.end && auxiliary.test(item.lower));
  if (modal > 0) {
    const from = words[modal] as Item;
    const next = words[modal + 1];
    return { start: from.start, end: from.end < at.end || !next ? at.end : next.end };
  }
  let previous: Item | undefined;
  for (const item of target.items) {
    if (item.start >= at.start) break;
    if (item.start >= targetSentence.start) previous = item;
  }
  return previous?.kind === 'word' && auxiliary.test(previous.lower) ? { start: previous.start, end: at.end } : at;
}

/** The person ("first" for we, "second" for you) a negation follows as its sentence's subject, a word or two before it ("We are not", "You must not"). */
function subjectBefore(source: Analysis, negated: Cue): 'first' | 'second' | null {
  const words = source.items.filter((item) => item.kind === 'word' && item.end <= negated.start).slice(-3);
  const subject = words[0];
  if (!subject || words.length < 2 || !subject.isSentenceStart) return null;
  const span = { start: subject.start, end: subject.end };
  if (mentions(source, span, 'first').length === 1) return 'first';
  if (mentions(source, span, 'second').length === 1) return 'second';
  return null;
}

/** A bound's last word that holds the figure one, its "de" elided ("plus d'un", "moins d'une"). */
const ELIDED_ONE = /(?:^|\s)d['’]une?$/iu;

/** French negative subjects, said with a "ne" after them ("rien n'est", "nul ne", "aucune ne", "personne ne"). */
const NEGATIVE_SUBJECT_FR = /^(?:rien|personne|aucun|aucune|nul|nulle)$/iu;

/** Where a comma or a semicolon stands at most three words before a word of its sentence, or null. */
function commaBefore(analysis: Analysis, span: Sentence, word: Cue, most = 3): number | null {
  let words = 0;
  for (let k = analysis.items.length - 1; k >= 0; k -= 1) {
    const item = analysis.items[k] as Item;
    if (item.start >= word.start) continue;
    if (item.start < span.start) return null;
    if (item.kind === 'word') {
      words += 1;
      if (words > most) return null;
    } else if (/[,;]/u.test(item.text)) return item.start;
  }
  return null;
}

/**
 * "As long as" followed by a negation, which says "until" in these languages ("tant que l'eau n'est
 * pas claire", "solange das Wasser nicht klar ist", "mientras el agua no salga clara", "selama air
 * belum jernih"): the conjunction, then a few words of its clause, up to where the negation stands.
 */
const UNTIL_AS_NEGATED: Readonly<Record<string, RegExp>> = {
  fr: /(?:^|\s)tant\s+qu(?:e\s+|['’])(?:[^\s,;:]+\s+){0,5}$/iu,
  de: /(?:^|\s)solange\s+(?:[^\s,;:]+\s+){0,6}$/iu,
  es: /(?:^|\s)(?:mientras|hasta\s+que)\s+(?:[^\s,;:]+\s+){0,5}$/iu,
  id: /(?:^|\s)selama\s+(?:[^\s,;:]+\s+){0,4}$/iu,
};
const UNTIL = /(?:^|[^\p{L}])(?:until|till)(?![\p{L}])/iu;

/**
 * Whether a negation of one side says the "until" of the other, English, side's sentence (see
 * UNTIL_AS_NEGATED), whose own clause has no negation ("until you have had no fever" → "hasta que
 * lleve 24 horas sin fiebre" renders that one). Either way round: "tant que l'eau n'est pas claire"
 * → "until the water runs clear".
 */
function saysUntil(side: Paragraph, english: Paragraph, sentence: Sentence, englishSentence: Sentence, cue: Cue): boolean {
  const asNegated = UNTIL_AS_NEGATED[baseLanguage(side.analysis.lang)];
  if (!asNegated || baseLanguage(english.analysis.lang) !== 'en') return false;
  const until = UNTIL.exec(english.analysis.text.slice(englishSentence.start, englishSentence.end));
  if (!until) return false;
  const at = englishSentence.start + until.index;
  const clause = clauseAround(english.analysis, at + until[0].length, englishSentence);
  if (english.of('negation', { start: at, end: clause.end }).length > 0) return false;
  return asNegated.test(side.analysis.text.slice(sentence.start, cue.start));
}

/**
 * Whether a negation the translation adds refuses what the source says to go on doing ("Keep
 * moving your neck gently" → "请尽量不要活动颈部"): the source's only soft cues are a "keep" before
 * a verb in -ing, and no word of stopping follows the negation in its clause (which says it
 * plainly: "jangan berhenti minum obat", "不要停止活动").
 */
function refusesContinuing(source: Analysis, target: Analysis, s: Side, added: Cue, targetSentence: Sentence): boolean {
  if (baseLanguage(source.lang) !== 'en' || s.soft.length === 0) return false;
  const goingOn = (cue: Cue) =>
    /^keeps?$/iu.test(cue.text) && /^[\s\u00a0]+(?:on[\s\u00a0]+)?\p{L}{2,}ing\b/u.test(source.text.slice(cue.end, cue.end + 24));
  // (and a "stay" the translation says with its own word well before the negation, which then
  // negates the going on: "Stay active and keep moving your neck" → "Bleiben Sie liegen und
  // bewegen Sie den Nacken nicht")
  const staying = STAYING_IN[baseLanguage(target.lang)];
  const stayingSaid = (cue: Cue) =>
    STAYING_IN.en?.test(cue.text.toLowerCase()) === true &&
    staying !== undefined &&
    !target.unspaced &&
    target.items.some(
      (item) =>
        item.kind === 'word' &&
        item.start >= targetSentence.start &&
        item.end <= added.start &&
        staying.test(item.lower) &&
        wordsBetween(target, item.end, added.start) >= 3,
    );
  if (!s.soft.some(goingOn) || !s.soft.every((cue) => goingOn(cue) || stayingSaid(cue))) return false;
  const stopping = STOPPING_IN[baseLanguage(target.lang)];
  if (!stopping) return false;
  const clause = clauseAround(target, added.start, targetSentence);
  // (from the negation on: French says it inside it, "N'arrêtez pas")
  // (and its punctuation apart: "hören Sie nicht auf, den Nacken zu bewegen")
  const after = target.text
    .slice(added.start, clause.end)
    .replace(/^\p{L}+['’]/u, '')
    .replace(/[,.;:!?]/gu, ' ');
  return !stopping.test(
    target.unspaced
      ? after.slice(0, 8)
      : after
          .split(/[\s\u00a0]+/u)
          .slice(0, 6)
          .join(' '),
  );
}

/** Words of stopping or giving up, as a translation says "keep doing" with a negation ("不要停止", "jangan berhenti"). */
const STOPPING_IN: Readonly<Record<string, RegExp>> = {
  id: /(?:^|\s)(?:berhenti|menghentikan|hentikan|putus|memutus|meninggalkan)(?:\s|$)/iu,
  de: /(?:^|\s)(?:aufhören|aufzuhören|auf|abbrechen|absetzen|unterbrechen|aussetzen)(?:\s|$)/iu,
  fr: /(?:^|\s)(?:arrêter|arrêtez|cesser|cessez|interrompre|interrompez|abandonner)(?:\s|$)/iu,
  es: /(?:^|\s)(?:dejar|deje|dejes|dejen|interrumpir|interrumpa|suspender|suspenda|abandonar|abandone)(?:\s|$)/iu,
  zh: /停|中断|中止|放弃/u,
};

/** Words soft in that they may render a negation ("stay indoors" → "jangan keluar"), but not negative themselves. */
const STAYING = /^(?:keep|keeps|kept|keeping|stay|stays|stayed|staying|remain|remains|remained|remaining)$/u;

/**
 * Words of staying or keeping in each language, after a negation of the translation: "should stay
 * at home" → "sollten nicht zu Hause bleiben" refuses the staying itself (a negation of another
 * verb may render it: "stay indoors" → "jangan keluar").
 */
const STAYING_IN: Record<string, RegExp> = {
  // (staying only, not keeping: "Keep refrigerated" may be "Ne pas conserver à température ambiante")
  en: /^(?:stay|stays|stayed|staying|remain|remains|remained|remaining)$/u,
  id: /^(?:tinggal|tetap|berada|menetap)$/u,
  de: /^(?:bleiben|bleibt|bleibst|bleib|bleibe|verbleiben)$/u,
  fr: /^(?:rester|restez|reste|restent|restons)$/u,
  es: /^(?:quedarse|quedarte|quedar|quede|quédese|quédense|queden|quedan|permanecer|permanezca|permanezcan)$/u,
};
const CHINESE_STAYING_AFTER = /^(?:要)?(?:留|待在|呆在)/u;

/**
 * Whether a negation the translation adds refuses what the source says to keep or stay ("should
 * stay at home" → "sollten nicht zu Hause bleiben"): the source's only soft cues are words of
 * staying, and a word of staying, or of "no longer", follows the negation in its clause (five words at most between).
 */
/**
 * Words of refusing and of avoiding, per language: a negative word a translation renders with its
 * own ("refuse" as "rechazar", "avoid" as "hindari"), which leaves no negation to say it.
 */
const REFUSING: Readonly<Record<string, RegExp>> = {
  en: /^(?:refuse|refuses|refused|refusing|decline|declines|declined|declining|reject|rejects|rejected|rejecting|avoid|avoids|avoided|avoiding)$/u,
  id: /^(?:menolak|tolak|ditolak|tolaklah|menolaknya|hindari|hindarilah|menghindari|dihindari)$/u,
  de: /^(?:ablehnen|abzulehnen|abgelehnt|lehnen|lehnt|verweigern|verweigert|vermeiden|vermeide|vermeidet|meiden|meide|meidet|verzichten|verzichtet|verzichte)$/u,
  fr: /^(?:refuser|refusez|refuse|refusent|refusé|refusée|refusés|refusées|rejeter|rejetez|rejeté|rejetée|éviter|évitez|évite)$/u,
  es: /^(?:rechazar|rechace|rechaza|rechazan|rechazado|rechazada|rechazados|rechazadas|negarse|evitar|evite|eviten)$/u,
};

/**
 * Commands to avoid, per language, the word that opens the command ("Hindari", "Evite", "Évitez",
 * "Vermeiden Sie", "避免"; not "evitar" or "éviter" alone, also to prevent: "para evitar infecciones").
 */
const AVOID_COMMAND: Readonly<Record<string, RegExp>> = {
  id: /^(?:hindari|hindarilah|jauhi|jauhilah)$/u,
  de: /^vermeiden$/u,
  fr: /^évitez$/u,
  es: /^(?:evite|eviten)$/u,
};

/** English words that say a thing kept down or away without a negation ("limit", "stay away"), which a command to avoid may render. */
const KEPT_AWAY_EN =
  /(?<![\p{L}])(?:away|clear of|limit|limits|limiting|reduce|reducing|cut down|cut back|minimi[sz]e|prevent|prevents|protect|protects|skip|stop|quit|give up|steer|instead|rather than|less|fewer|little|sparingly|moderation|moderate|careful|caution|cautious|beware|risk|risks|dangerous|harmful|unsafe)(?![\p{L}])/iu;

/**
 * A command to avoid that the translation's sentence opens, or one of its clauses, where the English
 * source negates nothing and says nothing kept away ("Wear gloves when you garden" → "Evite los
 * guantes …"): the command's first word, or null.
 */
function avoidanceAdded(source: Analysis, target: Analysis, sourceSentence: Sentence, targetSentence: Sentence): Cue | null {
  if (baseLanguage(source.lang) !== 'en' || KEPT_AWAY_EN.test(source.text.slice(sourceSentence.start, sourceSentence.end))) return null;
  const command = AVOID_COMMAND[baseLanguage(target.lang)];
  if (!command || target.unspaced) return null;
  const words = target.items.filter((item) => item.kind === 'word' && item.start >= targetSentence.start && item.end <= targetSentence.end);
  for (const [k, word] of words.entries()) {
    if (!command.test(word.lower)) continue;
    const before = target.text.slice(k === 0 ? targetSentence.start : (words[k - 1] as Item).end, word.start);
    if (k > 0 && !/[,;:]/u.test(before)) continue;
    // (German: "Vermeiden Sie", the command's pronoun after it)
    if (baseLanguage(target.lang) === 'de' && words[k + 1]?.lower !== 'sie') continue;
    return { start: word.start, end: word.end, text: word.text };
  }
  return null;
}

/** Words of excepting, which a translation renders with its own ("except" as "excepto"). */
const EXCEPTING: Readonly<Record<string, RegExp>> = {
  en: /^(?:except|excepting|excluding)$/u,
  id: /^(?:kecuali|selain)$/u,
  de: /^(?:außer|ausser|ausgenommen)$/u,
  fr: /^(?:sauf|excepté|hormis)$/u,
  es: /^(?:excepto|salvo)$/u,
};
/** Words of losing, which a translation renders with its own ("Lost or damaged books" → "遗失或损坏的图书"). */
const LOSING_SAID: Readonly<Record<string, RegExp>> = {
  en: /^(?:lose|loses|lost|losing|loss|losses)$/u,
  id: /^(?:hilang|kehilangan|dihilangkan)$/u,
  de: /^(?:verloren|verlorene|verlorenen|verlieren|verliert|verlust|verluste)$/u,
  fr: /^(?:perdu|perdue|perdus|perdues|perdre|perte|pertes)$/u,
  es: /^(?:perdido|perdida|perdidos|perdidas|perder|pérdida|pérdidas)$/u,
  zh: /^(?:遗失|丢失|丢|损失|失去)$/u,
};

/** Words of error, a noun that a translation renders with its own ("can contain errors" → "可能有错误"). */
const ERRING: Readonly<Record<string, RegExp>> = {
  en: /^(?:error|errors|mistake|mistakes)$/u,
  id: /^(?:kesalahan|kekeliruan|galat)$/u,
  de: /^(?:fehler|fehlern)$/u,
  fr: /^(?:erreur|erreurs)$/u,
  es: /^(?:error|errores)$/u,
  zh: /^(?:错误|差错|错)$/u,
};

/**
 * Whether the source's only negative words are words of one kind that a translation renders with
 * its own, refusing or avoiding, "only" or "except", and the translation has as many of them in the
 * sentence: each is rendered by its own, and a negation beside them is one more ("You can refuse a
 * replacement" → "No puede rechazar la sustitución"; "Avoid swimming, but you may shower" →
 * "Hindari berenang, tetapi Anda tidak boleh mandi"; "only accepted with a power of attorney" →
 * "hanya diterima tanpa surat kuasa"; "bills are included, except gas" → "los gastos no están
 * incluidos, excepto el gas"). Not French "ne … que": its "ne" says the "only".
 */
/**
 * Whether the source's only soft cues are words negative by their prefix or suffix and the
 * translation has as many soft cues of its own, which render them: a negation beside them is one
 * more ("Contactless delivery is available" → "不提供无接触配送", "wireless" as "nirkabel").
 */
/**
 * Whether every soft word of the source is said by its own cognate in the translation's sentence
 * ("illegal rubbish" → "illegal abgelegten Müll"), so that none is left for an added negation to
 * render ("with a photo" → "ohne Foto" added one).
 */
function softsSaidAsCognates(source: Analysis, target: Analysis, s: Side, targetSentence: Sentence): boolean {
  if (s.soft.length === 0 || target.unspaced) return false;
  const keys = new Set(
    target.items
      .filter((item) => item.kind === 'word' && item.start >= targetSentence.start && item.end <= targetSentence.end)
      .map((item) => cognateKey(item.text)),
  );
  return s.soft.every((cue) => {
    const key = cognateKey(source.text.slice(cue.start, cue.end));
    return key.length >= 5 && keys.has(key);
  });
}

/**
 * Whether an added negation is a "without" where the source says "with" and no soft word but one
 * of keeping, which no "without" renders ("a net treated with insecticide and keep windows closed"
 * → "kelambu tanpa insektisida").
 */
function withSaidWithout(source: Analysis, targetParagraph: Paragraph, s: Side, sourceSentence: Sentence, added: Cue): boolean {
  if (baseLanguage(source.lang) !== 'en' || targetParagraph.prepositional([added]).length === 0) return false;
  if (!s.soft.every((cue) => KEEPING.test(source.text.slice(cue.start, cue.end)))) return false;
  // (as withoutSaidWith counts them: a global pattern's match starts afresh)
  return (source.text.slice(sourceSentence.start, sourceSentence.end).match(WITH_EN) ?? []).length > 0;
}

function negativeWordsRendered(source: Paragraph, s: Side, t: Side): boolean {
  // (not a soft cue inside a negation: the "无" of "无需支付" is that negation's; and a word of missing
  // of the translation's own, "verpasste", as one)
  // (nor a word of going away that renders the source's own, "go away" → "hilang": "They are
  // harmless and usually go away" → "tidak berbahaya dan biasanya hilang" says "harmless" with its "tidak")
  const goesAway = VANISHING_SAID.test(s.paragraph.analysis.text.slice(s.span.start, s.span.end));
  const own = t.soft.filter(
    (cue) =>
      !t.negation.some((negation) => negation.start < cue.end && cue.start < negation.end) &&
      !(goesAway && vanishingWord(t.paragraph.analysis, cue)),
  );
  const missing = MISSING_IN[baseLanguage(t.paragraph.analysis.lang)];
  const missed = missing
    ? t.paragraph.analysis.items.filter(
        (item) => item.kind === 'word' && item.start >= t.span.start && item.end <= t.span.end && missing.test(item.lower),
      ).length
    : 0;
  if (s.soft.length === 0 || own.length + missed < s.soft.length) return false;
  // (and "free", "免费": "free if you go ahead" → "如果您不进行维修，检测免费")
  const negative = new Set(source.negativeWords(s.soft));
  return s.soft.every((cue) => negative.has(cue) || FREE_WORD.test(cue.text) || MISSING_WORD.test(cue.text));
}

/**
 * Of a sentence that says both directions ("Raising the head of the bed can reduce symptoms"), the
 * one turned where the translation says one fewer of one direction and one more of the other, and
 * the cues in order differ at one place: the cue of the translation there, and the source's ("Bajar
 * la cabecera … puede reducir").
 */
function turnedAmongBoth(
  ups: readonly Cue[],
  downs: readonly Cue[],
  targetUps: readonly Cue[],
  targetDowns: readonly Cue[],
): { said: Cue; found: Cue } | null {
  const oneTurned =
    (targetUps.length === ups.length - 1 && targetDowns.length === downs.length + 1) ||
    (targetUps.length === ups.length + 1 && targetDowns.length === downs.length - 1);
  if (!oneTurned) return null;
  const inOrder = (a: readonly Cue[], b: readonly Cue[]) =>
    [...a.map((cue) => ({ cue, up: true })), ...b.map((cue) => ({ cue, up: false }))].sort((x, y) => x.cue.start - y.cue.start);
  const said = inOrder(ups, downs);
  const found = inOrder(targetUps, targetDowns);
  const differ = said.flatMap((each, k) => (each.up !== (found[k] as (typeof found)[number]).up ? [k] : []));
  if (differ.length !== 1) return null;
  const k = differ[0] as number;
  return { said: (said[k] as (typeof said)[number]).cue, found: (found[k] as (typeof found)[number]).cue };
}

/** A word of "free" ("free", "cost-free", "kostenfrei"): rendered by a word of its own. */
const FREE_WORD = /^(?:\p{L}*free|gratis|gratuit|gratuite|gratuito|gratuita|kostenlos)$/iu;
/** Words of missing of a translation, which render an English one ("verpasste Stunden"). */
const MISSING_IN: Readonly<Record<string, RegExp>> = {
  id: /^(?:terlewat|terlewatkan|dilewatkan|ketinggalan)$/u,
  de: /^(?:verpasst|verpasste|verpassten|versäumt|versäumte|versäumten)$/u,
  fr: /^(?:manqué|manqués|manquée|manquées|oublié|oubliés|oubliée|oubliées)$/u,
  es: /^(?:perdido|perdidos|perdida|perdidas|olvidado|olvidados)$/u,
};
/** An English word of missing or losing ("missed lessons" → "verpasste Stunden", "Loss or theft" → "Kehilangan"): rendered by a word of its own. */
const MISSING_WORD = /^(?:miss|misses|missed|missing|lose|loses|lost|losing|loss|losses|forget|forgets|forgot|forgotten)$/iu;

function refusalRendered(source: Analysis, target: Analysis, s: Side, targetSentence: Sentence): boolean {
  if (s.soft.length === 0) return false;
  return [REFUSING, ONLY, EXCEPTING, ERRING, LOSING_SAID].some((words) => {
    const [said, found] = [words[baseLanguage(source.lang)], words[baseLanguage(target.lang)]];
    if (!said || !found || !s.soft.every((cue) => said.test(cue.text.toLowerCase()))) return false;
    const rendered = target.items.filter(
      (item) => item.kind === 'word' && item.start >= targetSentence.start && item.end <= targetSentence.end && found.test(item.lower),
    );
    return rendered.length >= s.soft.length;
  });
}

/**
 * Whether an added "without" turns an "only with" around ("may use the wheels only with the
 * teacher's permission" → "boleh menggunakan meja putar tanpa izin guru"): the source's only soft
 * words are "only" right before "with" (or before a participle and "with": "only allowed with our
 * consent" → "无需我方同意即可", "can only be opened with your fingerprint" → "dapat dibuka tanpa sidik jari"; or
 * "if" or "when": "should only be used if a doctor recommends it" → "dapat digunakan … tanpa saran dokter"), and the translation's one negation is a "without" (a
 * careful one says "hanya dengan izin", or "tidak boleh … tanpa izin" with a negation of its own).
 */
function onlyWithMadeWithout(source: Analysis, targetParagraph: Paragraph, s: Side, added: Cue, targetNegations: readonly Cue[]): boolean {
  if (baseLanguage(source.lang) !== 'en' || s.soft.length === 0 || targetNegations.length !== 1) return false;
  // (beside a word of staying, which a negation may render, "Stay on the path" → "Jangan keluar",
  // but not here: the translation's one negation is the "without")
  const onlyWith = s.soft.filter(
    (cue) =>
      cue.text.toLowerCase() === 'only' &&
      /^[\s\u00a0]+(?:(?:be[\s\u00a0]+)?(?:allowed|permitted|possible|accepted|valid|available|granted|given|issued|sold|done|made|used|carried out|together|\p{L}{3,}ed)[\s\u00a0]+)?(?:with|if|when)\b/iu.test(
        source.text.slice(cue.end, cue.end + 24),
      ),
  );
  if (onlyWith.length === 0 || !s.soft.every((cue) => onlyWith.includes(cue) || STAYING.test(cue.text.toLowerCase()))) return false;
  return targetParagraph.prepositional([added]).length === 1;
}

/**
 * Whether the source's soft words are all words of "only" outside a relative clause, and the
 * translation's added negation stands in one: a noun's attribute says no "not … except" of the main
 * clause ("may only be rented by divers holding a valid certification" → "dapat disewa oleh penyelam
 * yang memiliki sertifikasi yang sudah tidak berlaku").
 */
function onlyBesideRelativeNegation(
  sourceParagraph: Paragraph,
  targetParagraph: Paragraph,
  s: Side,
  added: Cue,
  targetSentence: Sentence,
): boolean {
  // (not where the translation says all instead, the negation saying what it takes in: "zeigt alle
  // Apps, auch die, die die Eltern nicht freigegeben haben" lost the "only" itself)
  // (and a negation in a clause of concession, which takes in what an "only" leaves out: "can only
  // be created when the robot is connected" → "peuvent être créés même lorsque le robot n'est pas
  // connecté")
  return (
    s.soft.length > 0 &&
    s.soft.every((cue) => onlyWord(sourceParagraph.analysis, cue) && !sourceParagraph.inRelativeClause(cue)) &&
    !universalIn(targetParagraph.analysis, targetSentence) &&
    (targetParagraph.inRelativeClause(added) ||
      (!CONCESSIVE.test(sourceParagraph.analysis.text.slice(s.span.start, s.span.end)) &&
        conceding(targetParagraph.analysis, targetSentence, added)) ||
      givesReasonApart(sourceParagraph.analysis, targetParagraph.analysis, s, added, targetSentence))
  );
}

/** A word that opens a clause of reason ("because", "karena", "weil", "car", "porque", "因为"). */
const REASON_OPENS: Readonly<Record<string, RegExp>> = {
  en: /(?:^|[^\p{L}])(?:because|since|as)(?![\p{L}])/giu,
  id: /(?:^|[^\p{L}])(?:karena|sebab)(?![\p{L}])/giu,
  de: /(?:^|[^\p{L}])(?:weil|denn|da)(?![\p{L}])/giu,
  fr: /(?:^|[^\p{L}])(?:car|parce que|puisque|puisqu)(?![\p{L}])/giu,
  es: /(?:^|[^\p{L}])(?:porque|ya que|puesto que|pues)(?![\p{L}])/giu,
  zh: /因为|由于/gu,
};

/**
 * Whether the translation's added negation stands in a clause of reason after the sentence's main
 * clause, where the source's "only" stands before its own clause of reason: an "only" says nothing
 * of why ("should only be used for a short time, as they can become addictive" → "sebaiknya
 * digunakan dalam waktu lama, karena tidak menimbulkan ketergantungan" lost the addiction).
 */
function givesReasonApart(source: Analysis, target: Analysis, s: Side, added: Cue, targetSentence: Sentence): boolean {
  const [sourceReason, targetReason] = [REASON_OPENS[baseLanguage(source.lang)], REASON_OPENS[baseLanguage(target.lang)]];
  if (!sourceReason || !targetReason) return false;
  const firstReason = (analysis: Analysis, reason: RegExp, span: Sentence): number | null => {
    // (after a comma or a semicolon: an "as" that opens no clause, "as soon as", "such as", is not one)
    for (const match of analysis.text.slice(span.start, span.end).matchAll(reason)) {
      const at = span.start + match.index;
      if (analysis.unspaced || /[,;，；]\s*$/u.test(analysis.text.slice(Math.max(span.start, at - 3), at + 1))) return at;
    }
    return null;
  };
  const sourceAt = firstReason(source, sourceReason, s.span);
  const targetAt = firstReason(target, targetReason, targetSentence);
  return sourceAt !== null && targetAt !== null && s.soft.every((cue) => cue.end <= sourceAt) && added.start > targetAt;
}

/**
 * Whether the translation's added negation is a "without" that renders a word of the source negative
 * by its suffix, "-less" or "-free", whatever the source's other soft words ("harmless and usually
 * stop on their own" → "sans danger et s'arrête", "sugar-free" → "ohne Zucker").
 */
/** A word negative by its suffix ("harmless", "sugar-free"), which a "without" says. */
const NEGATIVE_SUFFIX = /\p{L}{3,}(?:less|free)$/iu;

function lessSaidWithout(targetParagraph: Paragraph, s: Side, added: Cue): boolean {
  return targetParagraph.prepositional([added]).length === 1 && s.soft.some((cue) => NEGATIVE_SUFFIX.test(cue.text));
}

/**
 * Whether the source's soft words are each said plainly by the translation, so that its added
 * negation cannot be what says one: each is a word of a pair of opposites whose own side the
 * translation's sentence says (and not the other), either right after the negation ("can be
 * turned off" → "können nicht ausgeschaltet werden" negates the word itself) or in another clause
 * than the negation ("Keep your receipt: it is required" → "Conservez votre ticket : il n'est pas
 * nécessaire"). (In its clause a negation may say the rest of the soft word's phrase: "stays
 * private" → "tetap tidak dibagikan".)
 */
function softsSaidPlainly(
  source: Analysis,
  target: Analysis,
  s: Side,
  sourceSentence: Sentence,
  targetSentence: Sentence,
  added: Cue,
): boolean {
  const softs = inSpan(s.soft, sourceSentence);
  if (softs.length === 0 || softs.length !== s.soft.length) return false;
  const inSource = oppositesIn(source);
  const inTarget = oppositesIn(target);
  const clause = clauseAround(target, added.start, targetSentence);
  return softs.every((soft) => {
    for (const [name, sides] of inSource) {
      for (const side of [0, 1] as const) {
        if (!sides[side].some((cue) => cue.start <= soft.start && soft.end <= cue.end)) continue;
        const pair = inTarget.get(name);
        // (the soft word said plainly in another clause than the negation, whatever else the pair
        // says: "included in the fee, except for infant formula" → "ne sont pas compris …, à
        // l'exception du lait infantile")
        if (
          pair &&
          inSpan(pair[side] as Cue[], targetSentence).some((cue) => cue.end <= clause.start || cue.start >= clause.end) &&
          inSpan(sides[side] as Cue[], sourceSentence).length === inSpan(pair[side] as Cue[], targetSentence).length
        )
          return true;
        if (inSpan(sides[1 - side] as Cue[], sourceSentence).length > 0) continue;
        if (!pair || inSpan(pair[1 - side] as Cue[], targetSentence).length > 0) continue;
        const said = inSpan(pair[side] as Cue[], targetSentence);
        if (
          said.some(
            (cue) =>
              cue.end <= clause.start ||
              cue.start >= clause.end ||
              // (or well before or after it in its clause, a phrase of its own: "free plan … with
              // ads" → "免费套餐播放音乐时没有广告", "ne sonnent pas lorsque … en mode silencieux";
              // not right before it, "tetap tidak dibagikan"; and one word for each of the source's:
              // "Stay active and keep moving" → "Bleiben Sie aktiv und hören Sie nicht auf" says the
              // "keep" with its negation)
              (apartFrom(target, added, cue) && inSpan(sides[side] as Cue[], sourceSentence).length <= said.length) ||
              (cue.start >= added.end &&
                (target.unspaced
                  ? cue.start - added.end <= 2
                  : wordsBetween(target, added.end, cue.start) === 0 ||
                    // (or with a modal between: "tidak dapat dimatikan", cannot be turned off)
                    (wordsBetween(target, added.end, cue.start) <= 2 &&
                      MODAL_BETWEEN.test(target.text.slice(added.end, cue.start).trim().toLowerCase()))) &&
                !joinedAfterAWord(target, added.end, cue.start)),
          )
        )
          return true;
      }
    }
    return false;
  });
}

/** Whether a cue stands well apart from a negation in its sentence: three words or more between (four characters unspaced). */
function apartFrom(analysis: Analysis, negation: Cue, cue: Cue): boolean {
  const [from, to] = cue.end <= negation.start ? [cue.end, negation.start] : [negation.end, cue.start];
  if (to < from) return false;
  return analysis.unspaced ? to - from >= 4 : wordsBetween(analysis, from, to) >= 3;
}

/**
 * Whether each soft word of one side (`t`, of `target`) is a word of a pair of opposites whose same
 * side the other's sentence says (and not the other side): a plain rendering ("turned off" →
 * "desactivar") with no negation of its own, no negative word that a negation may say.
 */
function softsRenderPlainly(
  source: Analysis,
  target: Analysis,
  t: Side,
  sourceSentence: Sentence,
  targetSentence: Sentence,
  sourceNegations: readonly Cue[],
): boolean {
  const softs = inSpan(t.soft, targetSentence);
  // (never an "only", which a "ne … que" says with a negation: "accepted only if" → "ne sont acceptées que si")
  if (softs.length === 0 || softs.length !== t.soft.length || softs.some((soft) => onlyWord(target, soft))) return false;
  const inSource = oppositesIn(source);
  const inTarget = oppositesIn(target);
  return softs.every((soft) => {
    for (const [name, sides] of inTarget) {
      for (const side of [0, 1] as const) {
        if (!sides[side].some((cue) => cue.start <= soft.start && soft.end <= cue.end)) continue;
        const pair = inSource.get(name);
        const said = pair ? inSpan(pair[side] as Cue[], sourceSentence) : [];
        // (said with no negation of its own: "harmless" → "tidak berbahaya" says one)
        if (
          pair &&
          said.length > 0 &&
          inSpan(pair[1 - side] as Cue[], sourceSentence).length === 0 &&
          said.every((cue) => !sourceNegations.some((negation) => negation.start >= cue.start && negation.end <= cue.end))
        )
          return true;
      }
    }
    return false;
  });
}

/** A modal between a negation and the word it negates ("tidak dapat dimatikan", "ne peut être désactivé"). */
/** A modal between a negation and its verb, with a Spanish reflexive "se" before it ("no se pueden desactivar"). */
const MODAL_BETWEEN = /^(?:dapat|bisa|boleh|can|may|kann|können|peut|peuvent|(?:se[\s\u00a0]+)?(?:puede|pueden))$/u;

/** "Otherwise" in a word of its own, no negation ("sonst", "sinon", "de lo contrario", "否则"). */
const OTHERWISE: Readonly<Record<string, RegExp>> = {
  en: /^(?:otherwise)$/u,
  de: /^(?:sonst|andernfalls|ansonsten)$/u,
  fr: /^(?:sinon|autrement)$/u,
  es: /^(?:contrario)$/u,
};

/**
 * Whether the source's soft words are all an "otherwise" the translation says with a word of its
 * own ("otherwise you will continue to be charged" → "sonst wird Ihnen nichts mehr berechnet"): its
 * negation then says nothing of the source's.
 */
function otherwiseSaidPlainly(source: Analysis, target: Analysis, s: Side, sourceSentence: Sentence, targetSentence: Sentence): boolean {
  const softs = inSpan(s.soft, sourceSentence);
  if (softs.length === 0 || softs.length !== s.soft.length || !softs.every((soft) => soft.text.toLowerCase() === 'otherwise')) return false;
  if (target.unspaced) return /否则/u.test(target.text.slice(targetSentence.start, targetSentence.end));
  const otherwise = OTHERWISE[baseLanguage(target.lang)];
  return (
    otherwise !== undefined &&
    target.items.some(
      (item) => item.kind === 'word' && item.start >= targetSentence.start && item.end <= targetSentence.end && otherwise.test(item.lower),
    )
  );
}

/**
 * Whether the source's soft words are all an "unless" the translation says nothing of: no word
 * of condition or exception in its sentence, so that its negation (not a "without") cannot be the
 * "if not" an "unless" may be said with ("renew automatically unless cancelled" → "不会自动续订").
 */
function unlessUnsaid(
  source: Analysis,
  targetParagraph: Paragraph,
  s: Side,
  sourceSentence: Sentence,
  targetSentence: Sentence,
  added: Cue,
): boolean {
  const target = targetParagraph.analysis;
  // (a "without" may say it: "risks losing ground unless it embraces" → "tanpa merangkul")
  if (targetParagraph.prepositional([added]).length > 0) return false;
  const softs = inSpan(s.soft, sourceSentence);
  if (softs.length === 0 || softs.length !== s.soft.length) return false;
  // (and an "except" of exclusion, where the negation stands in the translation's first clause:
  // "responsible for damage, except for normal wear and tear" → "no es responsable de los daños …,
  // incluido el desgaste normal"; after a comma it may say the exception, "Alles ist inbegriffen,
  // Getränke sind nicht enthalten")
  const pairs = oppositesIn(source);
  // (nor where it negates an inclusion, which says the exception: "Getränke sind nicht inbegriffen")
  const includes = oppositesIn(target).get('inclusion')?.[0] ?? [];
  const firstClause =
    !/[,;:，；：]/u.test(target.text.slice(targetSentence.start, added.start)) &&
    !includes.some(
      (cue) => cue.start >= added.end && (target.unspaced ? cue.start - added.end <= 4 : wordsBetween(target, added.end, cue.start) <= 2),
    );
  // (only the words of exception: "excluded", "ausgeschlossen" is what "not covered" says)
  const excepts = firstClause ? (pairs.get('inclusion')?.[1] ?? []).filter((cue) => EXCEPT_WORD.test(cue.text)) : [];
  const unless = [...(pairs.get('exception')?.[0] ?? []), ...excepts];
  if (!softs.every((soft) => unless.some((cue) => cue.start <= soft.start && soft.end <= cue.end))) return false;
  const said = UNLESS_SAID_WITH[baseLanguage(target.lang)];
  return said !== undefined && !said.test(target.text.slice(targetSentence.start, targetSentence.end));
}

/** Words of exception ("except for", "außer", "sauf"), not of exclusion ("excluded", which "not covered" says). */
const EXCEPT_WORD =
  /^(?:except|except for|excepting|other than|apart from|aside from|außer|sauf|excepté|à l['’]exception de|à l['’]exception du|à l['’]exception des|salvo|excepto|a excepción de|kecuali)$/iu;

/** A comparison's "than" and a figure after it ("más de 8", "plus de 8", "mehr als 8", "lebih dari 8", "more than 8"). */
const FIGURE_AFTER_THAN = /^[\s\u00a0]+(?:than|de|que|als|dari|daripada)[\s\u00a0]+\d/iu;

/** Words of condition, exception or duration a negation may say an "unless" with ("selama tidak dibatalkan", "tant que"). */
const UNLESS_SAID_WITH: Readonly<Record<string, RegExp>> = {
  en: /\b(?:if|unless|as long as|provided|except)\b/iu,
  id: /\b(?:jika|kalau|bila|apabila|asalkan|selama|sepanjang|kecuali|sampai|hingga)\b/iu,
  de: /\b(?:wenn|falls|sofern|solange|außer|bis)\b/iu,
  fr: /(?<!\p{L})(?:si(?!\p{L})|s['’](?=ils?\b)|tant qu|sauf|à moins|jusqu)/iu,
  es: /(?<!\p{L})(?:si|mientras|salvo|a menos|siempre que|excepto|hasta)(?!\p{L})/iu,
  zh: /如果|假如|只要|除非|若|否则|直到|之前/u,
};

function refusesStaying(target: Analysis, s: Side, added: Cue): boolean {
  if (!s.soft.every((cue) => STAYING.test(cue.text.toLowerCase()))) return false;
  if (baseLanguage(target.lang) === 'zh') return CHINESE_STAYING_AFTER.test(target.text.slice(added.end, added.end + 3));
  const staying = STAYING_IN[baseLanguage(target.lang)];
  if (!staying) return false;
  const longer = NO_LONGER_AFTER[baseLanguage(target.lang)];
  let words = 0;
  for (const item of target.items) {
    if (item.start < added.end) continue;
    if (item.kind !== 'word') {
      if (/[.,;:!?()]/u.test(item.text)) return false;
      continue;
    }
    if (staying.test(item.lower)) return true;
    // or says "no longer", the end of staying ("remains in force" → "tidak berlaku lagi")
    if (words <= 2 && longer?.test(item.lower)) return true;
    words += 1;
    if (words > 5) return false;
  }
  return false;
}

/** The word after a negation that makes it "no longer" ("tidak berlaku lagi", "nicht mehr", "ne … plus"). */
const NO_LONGER_AFTER: Record<string, RegExp> = {
  id: /^lagi$/u,
  de: /^mehr$/u,
  fr: /^plus$/u,
};

/**
 * The Chinese imperative "请" (not the one of "申请", apply) and modals ("可以", "必须"): where a
 * lost "不要", "不可以" stood; and "允许", allowed, where a lost "不允许" stood ("must not be sold"
 * → "允许…出售").
 */
const CHINESE_MODAL_RE = /(?<![申邀聘宴])请(?![求假教])|可以|能够|必须|应该|应当|(?<!不)允许/gu;

/** Whether a negation of the source begins a command: "Do not …", "Please don't …", "Never …" at a sentence's start. */
function imperativeNegation(source: Analysis, negation: Cue): boolean {
  const before: Item[] = [];
  for (const item of source.items) {
    if (item.start >= negation.start) break;
    if (item.kind !== 'word' && SENTENCE_END_RE.test(item.text)) before.length = 0;
    else if (item.kind === 'word') before.push(item);
  }
  const word = source.text.slice(negation.start, negation.end).toLowerCase();
  // ("No matter how remote…" begins with a negation word and commands nothing)
  if (before.length === 0) return /^(?:never|don't|don’t|dont)$/u.test(word);
  return /^(?:not|n't|n’t)$/u.test(word) && before.every((item) => /^(?:do|please)$/u.test(item.lower));
}

/** Whether a negation of the source is that of a modal: "cannot", or right after one ("must not", "darf nicht", "ne peut pas"). */
function negatesModal(
  source: Analysis,
  paragraph: Paragraph,
  negation: Cue,
  modal = 'words' in paragraph.cues ? paragraph.cues.words.modal : undefined,
): boolean {
  if (!modal) return false;
  if (modal.test(source.text.slice(negation.start, negation.end).toLowerCase())) return true;
  let previous: Item | undefined;
  let next: Item | undefined;
  for (const item of source.items) {
    if (item.kind !== 'word') continue;
    if (item.end <= negation.start) previous = item;
    else if (item.start >= negation.end) {
      next = item;
      break;
    }
  }
  // (the modal before the negation, "must not"; or, of a negation before its verb, after it: "ne peut pas")
  return (previous !== undefined && modal.test(previous.lower)) || (next !== undefined && modal.test(next.lower));
}

/** Chinese words of permission a negation may stand before ("不可以", "不能", "不准"). */
const CHINESE_PERMISSION_AFTER = /^(?:可以|能|准|允许|得)/u;

/**
 * Whether a negation the translation adds refuses what the source's sentence permits ("are
 * allowed" → "tidak boleh", "就不可以"), where the source's only soft cues are words of keeping
 * ("if they are kept on a lead"), which are said with a negation of another verb, never of a
 * permission.
 */
function refusesPermission(
  source: Analysis,
  target: Analysis,
  sourceParagraph: Paragraph,
  targetParagraph: Paragraph,
  s: Side,
  sourceSentence: Sentence,
  targetSentence: Sentence,
  added: Cue,
): boolean {
  const permission = 'words' in sourceParagraph.cues ? sourceParagraph.cues.words.permission : undefined;
  if (!permission) return false;
  if (!s.soft.every((cue) => STAYING.test(cue.text.toLowerCase()))) return false;
  const permits = source.items.find(
    (item) => item.kind === 'word' && item.start >= sourceSentence.start && item.end <= sourceSentence.end && permission.test(item.lower),
  );
  if (!permits) return false;
  // (in the clause where the permission lands: "You may shower …, but keep soap out" → "… dürfen Sie
  // duschen, aber es darf keine Seife …" refuses nothing the source permits)
  // (not in Chinese, whose words the landmarks place only roughly)
  const place = target.unspaced ? null : locateInTarget(source, target, permits.start, permits.end);
  if (place && place.start >= targetSentence.start && place.end <= targetSentence.end) {
    const clause = clauseAround(target, place.start, targetSentence);
    if (added.start < clause.start || added.end > clause.end) return false;
  }
  // (a modal's negation, "tidak boleh", or a permission's, "nicht erlaubt")
  return 'words' in targetParagraph.cues
    ? negatesModal(target, targetParagraph, added) || negatesModal(target, targetParagraph, added, targetParagraph.cues.words.permission)
    : CHINESE_PERMISSION_AFTER.test(target.text.slice(added.end, added.end + 2));
}

/**
 * Where a translation's sentence says the side of a pair of opposites that a source's word says
 * (OPPOSITES), when it says that side once: the rendering of that word, whatever the word order.
 */
/** The sentence of a text around an offset: from after the last stop before it to the next one after it. */
function sentenceAround(text: string, at: number): Sentence {
  const stops = /[.!?。！？](?=[\s\u00a0]|$)|[。！？]/gu;
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(stops)) {
    if (match.index < at) start = match.index + match[0].length;
    else {
      end = match.index + match[0].length;
      break;
    }
  }
  return { start, end } as Sentence;
}

function renderedOpposite(source: Analysis, target: Analysis, word: Cue, targetSentence: Sentence, sourceSentence?: Sentence): Cue | null {
  let fallback: Cue | null | undefined;
  for (const [name, sides] of oppositesIn(source)) {
    const side = sides.findIndex((cues) => cues.some((cue) => cue.start <= word.start && word.end <= cue.end));
    if (side < 0) continue;
    const found = inSpan(oppositesIn(target).get(name)?.[side] ?? [], targetSentence);
    // (a pair the translation says nothing of leaves it to the word's other pairs: "refunded" is
    // kept or refunded, and exchanged or refunded)
    if (found.length === 0) continue;
    // (a pair that says as many of that side on both sides first, and the one in the word's own
    // place among them: "If you lose your phone, your data is not lost" → "Si vous perdez …, vos
    // données sont perdues" lost it on "perdues", which the pair of lost and found says alone)
    const said = sourceSentence ? inSpan(sides[side] as Cue[], sourceSentence) : [];
    const index = said.findIndex((cue) => cue.start <= word.start && word.end <= cue.end);
    if (said.length === found.length && index >= 0) return found[index] as Cue;
    // (one said where the source says more of that side may render another of them: "is not
    // returned if the generator is returned damaged" → "se devuelve siempre, aunque … se devuelva")
    if (fallback === undefined) fallback = found.length === 1 && said.length <= 1 ? (found[0] as Cue) : null;
  }
  return fallback ?? null;
}

/**
 * Whether a negation of the translation negates the opposite of a word the source says, which says
 * that word ("The shop is closed on public holidays" → "不营业", not open; "Keep it dry" → "jangan
 * sampai basah"): a word of the other side of a pair right after the negation, two words at most
 * between them (Chinese: four characters).
 */
function negatesOpposite(source: Analysis, target: Analysis, sourceSentence: Sentence, targetSentence: Sentence, negation: Cue): boolean {
  const inTarget = oppositesIn(target);
  for (const [name, sides] of oppositesIn(source)) {
    const pair = inTarget.get(name);
    if (!pair) continue;
    for (const side of [0, 1] as const) {
      if (inSpan(sides[side], sourceSentence).length === 0) continue;
      // (not where the source says the negated word's side itself: "stored … and can be deleted" →
      // "disimpan … dan tidak dapat dihapus" negates the deleting the source allows)
      if (inSpan(sides[1 - side] as Cue[], sourceSentence).length > 0) continue;
      const near = inSpan(pair[1 - side] as Cue[], targetSentence).some(
        (cue) =>
          cue.start >= negation.end &&
          (target.unspaced ? cue.start - negation.end <= 4 : wordsBetween(target, negation.end, cue.start) <= 2) &&
          !joinedAfterAWord(target, negation.end, cue.start) &&
          !/[,;:，；：。]/u.test(target.text.slice(negation.end, cue.start)) &&
          // (nor an opposite that is a negation itself, which the first one only doubles: "No puede
          // cancelar nunca" says never, not "not never", for "at any time")
          !negativeWord(target, cue),
      );
      if (near) return true;
    }
  }
  return false;
}

/** Whether a cue begins with a word of negation of its language ("nunca", "tidak pernah", "从不"). */
function negativeWord(analysis: Analysis, cue: Cue): boolean {
  const cues = cuesFor(analysis.lang);
  if (!cues) return false;
  if (!('words' in cues)) return /^(?:不|没|未|无|别|勿|从不|从没|从未|永不)/u.test(cue.text);
  const first = cue.text.toLowerCase().split(/[\s\u00a0]+/u)[0] ?? '';
  return cues.words.negation.has(first) || cues.words.elliptical?.words.has(first) === true;
}

/** Where a source's negative words ("indirect", "unless") land in the translation, as far as the landmarks tell. */
function softPlaces(
  source: Analysis,
  target: Analysis,
  softs: readonly Cue[],
  targetSentence: Sentence,
): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const soft of softs) {
    const place = locateInTarget(source, target, soft.start, soft.end);
    if (place && place.start >= targetSentence.start && place.end <= targetSentence.end) out.push(place);
  }
  return out;
}

const CLAUSE_MARK_RE = /[,;:()–—，、；：（）]/u;

/** The clause of a text around an offset, within a sentence: from the punctuation before it to the punctuation after. */
function clauseAround(analysis: Analysis, at: number, sentence: Sentence): Sentence {
  let start = sentence.start;
  let end = sentence.end;
  for (const item of analysis.items) {
    if (item.kind === 'word' || !CLAUSE_MARK_RE.test(item.text) || item.start < sentence.start || item.end > sentence.end) continue;
    if (item.end <= at) start = Math.max(start, item.end);
    else if (item.start >= at) end = Math.min(end, item.start);
  }
  return { start, end };
}

/**
 * A negation of the source that the translation lost though it kept another of the sentence:
 * the source has more negations (a "nor" after "neither" or "not" is one with it; a "without" is
 * not counted), and one of
 * them lands where the translation's clause has none, on a clause of the source with no
 * negation of the translation's left to pair with. Null when the landmarks do not tell where.
 */
function lostBesideAnother(
  source: Analysis,
  target: Analysis,
  sourceParagraph: Paragraph,
  targetParagraph: Paragraph,
  sourceNots: readonly Cue[],
  targetNots: readonly Cue[],
  targetSentence: Sentence,
): { negated: Cue; at: { start: number; end: number } } | null {
  // ("without" may be said with no negation at all: "without royalties", "bebas royalti")
  const prepositional = new Set(sourceParagraph.prepositional(sourceNots));
  const counted = sourceNots.filter(
    (cue) => !prepositional.has(cue) && !sourceParagraph.pairsWithPrevious(cue) && !sourceParagraph.inName(cue),
  );
  // (nor does a "ni" that carries on the translation's "no": "no ponga mantequilla ni cremas" is one)
  targetNots = targetNots.filter((cue) => !targetParagraph.pairsWithPrevious(cue));
  if (targetNots.length === 0 || counted.length <= targetNots.length) return null;
  // (counting needs the source's negations as words: a language written without spaces is matched
  // as text; a translation into one has its clauses marked by its own commas, "，")
  if (!('words' in sourceParagraph.cues)) return null;
  const unpaired = new Set(targetNots);
  const lost: Array<{ negated: Cue; at: { start: number; end: number } }> = [];
  // (each of the translation's negations paired with the source's that lands nearest it in its
  // clause, not the first: "has not been in an accident and has no loans" → "hatte einen Unfall und
  // hat keine Kredite" kept the "no", lost the "not")
  const places: Array<{ negated: Cue; place: { start: number; end: number }; clause: { start: number; end: number } }> = [];
  for (const negated of counted) {
    const place = locateInTarget(source, target, negated.start, negated.end);
    if (!place || place.start < targetSentence.start || place.end > targetSentence.end) return null;
    places.push({ negated, place, clause: clauseAround(target, place.start, targetSentence) });
  }
  const candidates = places.flatMap((each) =>
    targetNots
      .filter((cue) => cue.start >= each.clause.start && cue.end <= each.clause.end)
      .map((cue) => ({ each, cue, distance: Math.abs(cue.start - each.place.start) })),
  );
  candidates.sort((a, b) => a.distance - b.distance);
  const paired = new Set<Cue>();
  for (const { each, cue } of candidates) {
    if (paired.has(each.negated) || !unpaired.has(cue)) continue;
    paired.add(each.negated);
    unpaired.delete(cue);
  }
  for (const { negated, place } of places)
    if (!paired.has(negated))
      lost.push({ negated, at: whereLost(source, target, sourceParagraph, targetParagraph, negated, targetSentence) ?? place });
  // (every negation of the translation paired, and exactly as many lost as the counts differ by)
  if (unpaired.size > 0 || lost.length !== counted.length - targetNots.length) return null;
  // (a negation repeated after the source's "and" or "or" is said once by one before the
  // translation's "or": "tidak dibayar dan tidak diajukan" → "do not pay or challenge")
  const [first] = lost;
  // (not one of a relative clause, which negates its own verb: "by a third party or by work that we
  // did not carry out" → "… ou par des travaux que nous avons réalisés")
  if (
    first &&
    targetNots.some((negation) => negatesOr(target, negation)) &&
    repeatsAfterConjunction(source, counted, first.negated) &&
    !sourceParagraph.inRelativeClause(first.negated) &&
    !OWN_RELATIVE_BEFORE.test(source.text.slice(Math.max(0, first.negated.start - 40), first.negated.start))
  )
    return null;
  return first ?? null;
}

/**
 * A negation the translation added beside one it kept ("Pets are welcome, but must not be left
 * alone" → "ne sont pas les bienvenus, mais ne doivent pas être laissés seuls"): the translation
 * has more negations than the source, each of the source's lands in a clause of the translation
 * with one of its negations to pair with, and exactly as many are left over as the counts differ
 * by. Null when the landmarks do not tell where each lands.
 */
/**
 * A plain negation of a translation whose "without"s are as many as the source's negative words
 * they render: the first of its main clause, or null.
 */
function plainBesideWithouts(targetParagraph: Paragraph, targetNegations: readonly Cue[], negativeWords: number): Cue | null {
  const withouts = targetParagraph.prepositional(targetNegations);
  if (withouts.length < negativeWords) return null;
  return (
    targetNegations.find((cue) => !withouts.includes(cue) && !targetParagraph.inName(cue) && !targetParagraph.inRelativeClause(cue)) ?? null
  );
}

/** An English word negative by its "un-" and what follows it ("unclassified": "classified"). */
const UN_WORD_EN = /^un(\p{L}{5,})$/u;

/**
 * Whether two words are one with an ending at most two letters longer ("eingestuft",
 * "eingestufte"): words of seven letters or more, not an auxiliary said twice ("werden").
 */
function sameStem(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 7 && long.length - short.length <= 2 && long.startsWith(short);
}

/**
 * An English "un-" word of a paragraph that says its plain word too, rendered as the plain word
 * again: the translation's paragraph has two words of one stem, and the one standing where the
 * "un-" word stands (first or second) is the finding, when it lies in the sentence at hand. Null
 * when it has no such pair.
 */
function prefixedSaidPlain(
  source: Analysis,
  target: Analysis,
  targetSentence: Sentence,
  soft: readonly Cue[],
): { said: Cue; found: Cue } | null {
  if (baseLanguage(source.lang) !== 'en' || target.unspaced) return null;
  const sourceWords = source.items.filter((item) => item.kind === 'word');
  for (const cue of soft) {
    const rest = UN_WORD_EN.exec(cue.text.toLowerCase())?.[1];
    if (!rest) continue;
    const plain = sourceWords.filter((item) => item.start !== cue.start && item.lower.startsWith(rest.slice(0, 5)));
    if (plain.length !== 1) continue;
    const targetWords = target.items.filter((item) => item.kind === 'word');
    const pairs = targetWords.flatMap((a, i) =>
      targetWords.slice(i + 1).flatMap((b) => (sameStem(a.lower, b.lower) ? [[a, b] as const] : [])),
    );
    if (pairs.length !== 1) continue;
    const [first, second] = pairs[0] as readonly [Item, Item];
    const found = cue.start < (plain[0] as Item).start ? first : second;
    if (found.start >= targetSentence.start && found.end <= targetSentence.end) return { said: cue, found };
  }
  return null;
}

/** English "with", a word of its own (not "with no", which is "without"). */
const WITH_EN = /(?<![\p{L}])with(?![\p{L}])(?![\s\u00a0]+(?:no|none|nothing|zero)(?![\p{L}]))/giu;
/** The translation's words of "with", by language (none for Chinese, whose "和" is also "and"). */
const WITH_WORDS: Readonly<Record<string, RegExp>> = {
  id: /(?<![\p{L}])(?:dengan|bersama)(?![\p{L}])/giu,
  de: /(?<![\p{L}])mit(?![\p{L}])/giu,
  fr: /(?<![\p{L}])avec(?![\p{L}])/giu,
  es: /(?<![\p{L}])(?:con|conmigo|contigo)(?![\p{L}])/giu,
};

/** Words of "only" right before a "with" ("nur mit", "hanya dengan", "seulement avec", "solo con"). */
const ONLY_BEFORE_WITH = /(?:nur|ausschließlich|hanya|seulement|uniquement|solo|sólo|solamente|únicamente)[\s\u00a0]+$/iu;

function withoutSaidWith(
  source: Analysis,
  target: Analysis,
  sourceParagraph: Paragraph,
  negated: Cue,
  targetSentence: Sentence,
): { start: number; end: number } | null {
  const withWord = WITH_WORDS[baseLanguage(target.lang)];
  if (!withWord || sourceParagraph.prepositional([negated]).length === 0 || baseLanguage(source.lang) !== 'en') return null;
  const sentence = sentenceAround(source.text, negated.start);
  if ((source.text.slice(sentence.start, sentence.end).match(WITH_EN) ?? []).length > 0) return null;
  const text = target.text.slice(targetSentence.start, targetSentence.end);
  const withs = [...text.matchAll(withWord)];
  const [found] = withs;
  if (withs.length !== 1 || !found) return null;
  const start = targetSentence.start + found.index;
  const only = ONLY_BEFORE_WITH.exec(target.text.slice(targetSentence.start, start));
  const noun = target.items.find((item) => item.kind === 'word' && item.start >= start + found[0].length && item.end <= targetSentence.end);
  const end = noun ? noun.end : start + found[0].length;
  // (where the landmarks put the "without", or a few words before it: not a "with" of another thing,
  // "Mittel mit Salicylsäure sind nur auf Rezept erhältlich" for "treatments … without a prescription")
  // (or a few words after it, in a language whose verb comes last: "mit voller Erstattung
  // ausgeschlossen" for "excluded without a refund")
  const landed = locateInTarget(source, target, negated.start, negated.end);
  if (
    !landed ||
    (!(landed.start < end && start < landed.end) &&
      !(landed.end <= start && wordsBetween(target, landed.end, start) <= 3) &&
      !(
        VERB_LAST.has(baseLanguage(target.lang)) &&
        landed.start >= end &&
        wordsBetween(target, end, landed.start) <= 3 &&
        // (not where an "only" says the lost "without" elsewhere: "nur auf Rezept")
        !ONLY_OR_NOT_BEFORE[baseLanguage(target.lang)]?.test(text)
      ))
  )
    return null;
  return { start: only ? targetSentence.start + only.index : start, end };
}

/**
 * A "without" the translation has where the source says "with", beside negations kept ("must
 * always dive with their instructor and may never …" → "pueden bucear sin su instructor y nunca
 * …"): the translation says more "without"s than the source and fewer "with"s, and one of its
 * "without"s stands within eight characters of where a "with" of the source lands; null otherwise.
 */
function withoutForWith(
  source: Analysis,
  target: Analysis,
  sourceParagraph: Paragraph,
  targetParagraph: Paragraph,
  sourceNegations: readonly Cue[],
  targetNegations: readonly Cue[],
  sourceSentence: Sentence,
  targetSentence: Sentence,
): Cue | null {
  const withWord = WITH_WORDS[baseLanguage(target.lang)];
  if (baseLanguage(source.lang) !== 'en' || !withWord) return null;
  // (the source's "with" is gone: a translation that says "with" too renders it, "sans serrer avec du film")
  const text = source.text.slice(sourceSentence.start, sourceSentence.end);
  const saidWith = [...text.matchAll(WITH_EN)].length;
  const targetText = target.text.slice(targetSentence.start, targetSentence.end);
  if (saidWith === 0 || [...targetText.matchAll(withWord)].length >= saidWith) return null;
  const found = targetParagraph.prepositional(targetNegations);
  if (found.length <= sourceParagraph.prepositional(sourceNegations).length) return null;
  for (const match of text.matchAll(WITH_EN)) {
    const start = sourceSentence.start + match.index;
    const place = locateInTarget(source, target, start, start + match[0].length);
    if (!place) continue;
    const near = found.find((cue) => cue.end >= place.start - 8 && cue.start <= place.end + 8);
    if (near) return near;
  }
  return null;
}

function addedBesideAnother(
  source: Analysis,
  target: Analysis,
  sourceParagraph: Paragraph,
  targetParagraph: Paragraph,
  sourceNots: readonly Cue[],
  targetNots: readonly Cue[],
  targetSentence: Sentence,
  withoutsOnly: boolean,
): Cue | null {
  const counted = (paragraph: Paragraph, cues: readonly Cue[]) => {
    const prepositional = new Set(paragraph.prepositional(cues));
    return cues.filter((cue) => !prepositional.has(cue) && !paragraph.pairsWithPrevious(cue) && !paragraph.inName(cue));
  };
  // (a "without" of the source may be said with a plain negation: "sans avoir annulé" → "and did not cancel")
  const withouts = sourceParagraph.prepositional(sourceNots).length;
  if (!('words' in sourceParagraph.cues) || !('words' in targetParagraph.cues)) return null;
  const said = counted(sourceParagraph, sourceNots);
  const found = counted(targetParagraph, targetNots);
  // (where the source's only negations are "without"s the translation renders with its own, a plain
  // one it adds is added: "can live normally without a gallbladder" → "No se puede vivir … sin vesícula")
  if (withoutsOnly && sourceNots.length === 0 && found.length > 0)
    return found.find((cue) => !targetParagraph.inRelativeClause(cue)) ?? null;
  if (said.length === 0 || found.length <= said.length + withouts) return null;
  const unpaired = new Set(found);
  for (const negation of said) {
    const place = locateInTarget(source, target, negation.start, negation.end);
    if (!place || place.start < targetSentence.start || place.end > targetSentence.end) return null;
    const clause = clauseAround(target, place.start, targetSentence);
    // (the nearest of the clause to where it lands: "Pandangan tidak diungkapkan … dan tidak selalu
    // mencerminkan" kept the second)
    const inClause = [...unpaired]
      .filter((cue) => cue.start >= clause.start && cue.end <= clause.end)
      .sort((a, b) => Math.abs(a.start - place.start) - Math.abs(b.start - place.start))[0];
    if (!inClause) return null;
    unpaired.delete(inClause);
  }
  if (unpaired.size !== found.length - said.length) return null;
  // (one in a relative clause may render a word of the source: "data yang tidak terpakai")
  const [added] = [...unpaired].filter((cue) => !targetParagraph.inRelativeClause(cue));
  // (a negation before an "or" of its clause negates both sides, which a translation may negate
  // each, after its "and" or "or": "Never store keys in your code or share them" → "… niemals …
  // und geben Sie sie nicht …")
  if (added && said.some((negation) => negatesOr(source, negation)) && repeatsAfterConjunction(target, found, added)) return null;
  return added ?? null;
}

/**
 * A negation a Chinese translation adds to its main clause where every negation of the source
 * stands in a relative clause: Chinese tells no clauses by words, so the translation's negations
 * (its negative words too, "尚未", "未") that qualify no noun with their "的" are its main clause's
 * ("deletes all step history that has not been synced" → "不会删除尚未同步的步数记录").
 */
function addedToChineseMain(
  sourceParagraph: Paragraph,
  targetParagraph: Paragraph,
  sourceNots: readonly Cue[],
  targetNots: readonly Cue[],
  targetSoft: readonly Cue[],
  targetSentence: Sentence,
): Cue | null {
  const target = targetParagraph.analysis;
  if (sourceParagraph.prepositional(sourceNots).length > 0) return null;
  const said = sourceNots.filter((cue) => !sourceParagraph.inName(cue));
  if (said.length === 0 || said.some((cue) => !sourceParagraph.inRelativeClause(cue))) return null;
  const found = inSpan([...targetNots], targetSentence).filter((cue) => !targetParagraph.inName(cue));
  const negative = [...found, ...inSpan(targetSoft, targetSentence)].sort((a, b) => a.start - b.start);
  if (negative.length <= said.length) return null;
  return found.find((cue) => !qualifiesNounInChinese(target, negative, cue)) ?? null;
}

/**
 * Whether a Chinese negation opens a clause that qualifies a noun, closed by its "的" before the
 * next negation or any punctuation, and within a few characters ("尚未同步的记录", "未经授权使用的设备").
 */
function qualifiesNounInChinese(target: Analysis, negations: readonly Cue[], cue: Cue): boolean {
  const next = negations.find((other) => other.start >= cue.end);
  const rest = target.text.slice(cue.end, Math.min(next ? next.start : target.text.length, cue.end + QUALIFIER_CHARS));
  return /^[^，。；：、,.;:!?！？]*的/u.test(rest);
}

/** The most characters between a Chinese negation and the "的" that ends its clause. */
const QUALIFIER_CHARS = 10;

/** The words of the pair "never" (OPPOSITES.never) that are its first side: a negation too ("jangan sekali-kali" as "jangan sekali kali"). */
const NEVER: ReadonlySet<string> = new Set(Object.values(OPPOSITES.never ?? {}).flatMap((pair) => pair?.[0].split('|') ?? []));

/** Each language's "or" (and "nor"), which a negation before it in its clause carries over. */
const OR_WORDS: Record<string, RegExp> = {
  en: /^(?:or|nor)$/u,
  id: /^atau$/u,
  de: /^(?:oder|noch)$/u,
  fr: /^(?:ou|ni)$/u,
  es: /^(?:o|u|ni)$/u,
};

/** Each language's "and" and "or", between a negation and its repetition in the next clause. */
const CONJUNCTIONS: Record<string, RegExp> = {
  en: /^(?:and|or|nor)$/u,
  id: /^(?:dan|atau|serta)$/u,
  de: /^(?:und|oder|noch)$/u,
  fr: /^(?:et|ou|ni)$/u,
  es: /^(?:y|e|o|u|ni)$/u,
};

/**
 * Whether another negation stands before `added` with an "and" or "or" of its language between
 * them, or a comma after a word or few, one thing of a list ("kein Öl, keinen Klebstoff und keinen
 * Nagellack": German says its "kein" again before each).
 */
function repeatsAfterConjunction(target: Analysis, negations: readonly Cue[], added: Cue): boolean {
  const conjunction = CONJUNCTIONS[baseLanguage(target.lang)];
  const before = negations.filter((cue) => cue.end <= added.start).at(-1);
  if (!conjunction || !before) return false;
  const between = target.items.filter((item) => item.start >= before.end && item.end <= added.start);
  if (between.some((item) => item.kind === 'word' && conjunction.test(item.lower))) return true;
  const words = between.filter((item) => item.kind === 'word');
  return words.length <= LIST_ITEM_WORDS && between.at(-1)?.text === ',';
}

/** An English relative clause with a subject of its own before its negation ("work that we did", "the items which you have"). */
const OWN_RELATIVE_BEFORE =
  /\b(?:that|which|who|whom)\s+(?:we|you|they|he|she|it|i)\s+(?:did|do|does|have|has|had|will|would|can|could|should|may|might|must|are|is|was|were)\s*$/iu;

/** The most words a thing of a list has, between its commas ("oil, glue or nail polish"). */
const LIST_ITEM_WORDS = 3;

/**
 * Words after an "or" that join no second verb to the negated one ("faster or more cheaply", "or
 * the app"): in English, comparatives, adverbs in -ly and determiners.
 */
const NOT_A_VERB_AFTER_OR: Record<string, RegExp> = {
  en: /^(?:more|less|most|least|better|worse|a|an|the|any|some|other|another|\p{L}+ly|\p{L}+er)$/u,
};

/** Whether an "or" follows a negation in its clause, before a second verb ("Do not eat or drink", "Never store keys … or share them"). */
function negatesOr(analysis: Analysis, negation: Cue): boolean {
  const or = OR_WORDS[baseLanguage(analysis.lang)];
  if (!or) return false;
  const notAVerb = NOT_A_VERB_AFTER_OR[baseLanguage(analysis.lang)];
  let afterOr = false;
  // (a comma after a word or few is a list's, "Do not use oil, glue or nail polish"; after more,
  // a clause's, and so is the first comma right before the "or": "If you decide not to take part,
  // or to leave the study")
  let words = 0;
  let listed = false;
  for (const [k, item] of analysis.items.entries()) {
    if (item.start < negation.end) continue;
    if (item.kind !== 'word') {
      const nextWord = () => analysis.items.find((each, j) => j > k && each.kind === 'word');
      if (item.text === ',' && words <= LIST_ITEM_WORDS + 1 && !afterOr && (listed || !or.test(nextWord()?.lower ?? ''))) {
        words = 0;
        listed = true;
        continue;
      }
      if (CLAUSE_MARK_RE.test(item.text) || SENTENCE_END_RE.test(item.text)) return false;
      continue;
    }
    words += 1;
    if (afterOr) {
      if (!notAVerb?.test(item.lower)) return true;
      afterOr = false;
    } else if (or.test(item.lower)) afterOr = true;
  }
  return false;
}

/**
 * The negations of a translation that render a source's negative words, given where those words
 * land: for each, the nearest negation whose span (with the word it negates, and a word either
 * side: the landmarks place a word to a word or so) takes in that place, one negation a word.
 */
function negationsRenderingWords(
  target: Analysis,
  targetParagraph: Paragraph,
  negations: readonly Cue[],
  places: ReadonlyArray<{ start: number; end: number }>,
): Set<Cue> {
  const taken = new Set<Cue>();
  for (const place of places) {
    let nearest: Cue | null = null;
    let distance = Infinity;
    for (const cue of negations) {
      if (taken.has(cue)) continue;
      const relative = targetParagraph.inRelativeClause(cue);
      const widened = widenedByWord(target, cue.start, targetParagraph.negatedWord(cue).end);
      // (one of a relative clause takes in the noun before its "yang", "that", which the word may land on)
      const near = relative ? widenedByWord(target, widened.start, widened.end) : widened;
      if (!(place.start < near.end && near.start < place.end)) continue;
      // (one in a relative clause first, where a negative word is said as a clause: "untrained
      // staff" → "staf yang tidak terlatih", beside the main clause's "tidak boleh mengizinkan")
      const d = Math.abs(cue.start - place.start) + (relative ? 0 : target.text.length);
      if (d < distance) {
        distance = d;
        nearest = cue;
      }
    }
    if (nearest) taken.add(nearest);
  }
  return taken;
}

/** A span of a text widened by the word before it and the word after it. */
function widenedByWord(analysis: Analysis, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  for (const item of analysis.items) {
    if (item.kind !== 'word') continue;
    if (item.end <= start) from = item.start;
    else if (item.start >= end) {
      to = item.end;
      break;
    }
  }
  return { start: from, end: to };
}

/** How many words lie between two offsets of a text. */
/** Words that join a second predicate: "tidak normal dan memburuk" negates "normal" only. */
const AND_WORDS = new Set(['and', 'dan', 'serta', 'und', 'et', 'y', 'e']);

/** Whether a word of joining stands between two places after another word: the second place is in a predicate of its own. */
function joinedAfterAWord(analysis: Analysis, from: number, to: number): boolean {
  let words = 0;
  for (const item of analysis.items) {
    if (item.kind !== 'word' || item.start < from || item.end > to) continue;
    if (words > 0 && AND_WORDS.has(item.lower)) return true;
    words += 1;
  }
  return false;
}

export function wordsBetween(analysis: Analysis, from: number, to: number): number {
  let count = 0;
  for (const item of analysis.items) if (item.kind === 'word' && item.start >= from && item.end <= to) count += 1;
  return count;
}

/**
 * Words that open a condition, in each language ("if", "jika", "wenn", "si", "cuando"): no negation
 * reaches into one, and a restriction of one ("only if") is kept only by a restricting word (restriction.ts).
 */
export const CONDITION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['if', 'when', 'whenever', 'unless', 'once']),
  id: new Set(['jika', 'jikalau', 'apabila', 'bila', 'kalau', 'ketika', 'saat']),
  de: new Set(['wenn', 'falls', 'sobald']),
  // (and "si" elided before "il", "ils": "s'il", "s’ils")
  fr: new Set(['si', "s'il", "s'ils", 's’il', 's’ils', 'quand', 'lorsque', 'lorsqu', 'dès']),
  es: new Set(['si', 'cuando', 'mientras']),
};

/** Whether a word that opens a condition stands between `from` and `to`. */
function conditionBetween(analysis: Analysis, from: number, to: number): boolean {
  const condition = CONDITION_WORDS[baseLanguage(analysis.lang)];
  if (!condition) return false;
  for (const item of analysis.items)
    if (item.kind === 'word' && item.start >= from && item.end <= to && condition.has(item.lower)) return true;
  return false;
}

/** The first word of four letters or more from `from` to `to`, if any. */
function nextContentWord(analysis: Analysis, from: number, to: number): { start: number; end: number } | null {
  for (const item of analysis.items) if (item.kind === 'word' && item.start >= from && item.end <= to && item.text.length >= 4) return item;
  return null;
}

/** Whether items[index] is a negation that, with the word after it, is an idiom saying no "not" (see WordCues.idioms). */
function isIdiom(cues: WordCues, items: readonly Item[], index: number): boolean {
  if (!cues.idioms) return false;
  const item = items[index] as Item;
  const next = items[index + 1];
  if (next?.kind !== 'word') return false;
  const two = `${item.lower} ${next.lower}`;
  if (cues.idioms.has(two)) return true;
  // (or with the word before it, a name of a thing that holds it: "voiture sans permis", a microcar)
  const previous = items[index - 1];
  if (previous?.kind === 'word' && cues.idioms.has(`${previous.lower} ${two}`)) return true;
  // (or with the two words after it: "tidak masuk kerja", absent from work, is "time off")
  const third = items[index + 2];
  return third?.kind === 'word' && cues.idioms.has(`${two} ${third.lower}`);
}

/** The words of a condition that, with a negation and nothing after it, say "otherwise" ("if not,", "jika tidak,", "si no,"). */
const OTHERWISE_CONDITION: Record<string, RegExp> = {
  en: /^if$/u,
  id: /^(?:jika|kalau|bila|apabila|jikalau)$/u,
  es: /^si$/u,
};

/**
 * Whether the negation at items[index] says "otherwise" with the condition before it: nothing
 * follows it in its clause ("…; jika tidak, biayanya ditagih penuh", "If not, call us"), or, in
 * Indonesian, "demikian" or "begitu" ("jika tidak demikian"). It negates no verb, and renders the
 * source's "or" or "otherwise" as often as its "if not".
 */
function saysOtherwise(lang: string, items: readonly Item[], index: number): boolean {
  const base = baseLanguage(lang);
  const condition = OTHERWISE_CONDITION[base];
  const before = items[index - 1];
  if (!condition || before?.kind !== 'word' || !condition.test(before.lower)) return false;
  const next = items[index + 1];
  if (!next) return true;
  if (next.kind !== 'word') return /^[,;:.!?)]/u.test(next.text);
  return base === 'id' && /^(?:demikian|begitu)$/u.test(next.lower);
}

/** French copulas before "nul", which is then zero or void, no "no one": "son solde est nul", "le contrat est nul". */
const COPULA_BEFORE_NUL =
  /^(?:est|sont|soit|soient|sera|seront|était|étaient|reste|restent|devient|deviennent|rendu|rendue|réputé|réputée)$/u;

/** Words that complete a French "ne" as a negation ("ne … pas", "n'… plus", "ne … personne"). */
const NE_COMPLETED = /^(?:pas|jamais|rien|aucun|aucune|plus|personne|guère|point|nulle|nul|ni)$/u;

/**
 * Whether items[index] is the "ne" of a French "ne … que" (only): its clause has a "que" and no
 * word that makes it a negation ("n'est possible qu'à quelques stands" restricts, negates nothing).
 */
function restrictiveNe(cues: WordCues, items: readonly Item[], index: number): boolean {
  const item = items[index] as Item;
  if (!cues.elliptical?.first.test(item.lower) || cues.negationStart !== "n'") return false;
  for (let k = index + 1; k < items.length; k += 1) {
    const next = items[k] as Item;
    if (next.kind !== 'word') {
      if (/[,.;:!?]/u.test(next.text)) break;
      continue;
    }
    if (NE_COMPLETED.test(next.lower)) return false;
    // (the "que" ends it: a word after it is the clause's own, "que lorsque son solde est nul", zero)
    if (next.lower === 'que' || next.lower.startsWith("qu'") || next.lower.startsWith('qu’')) return true;
  }
  return false;
}

/**
 * Whether items[index] is a French "ne" explétif, which negates nothing: after "avant que", "à moins
 * que", "de peur que", "de crainte que" in its clause, with no word after it that completes a
 * negation ("avant que l'expert ne les ait vus", before the expert has seen them).
 */
function expletiveNe(cues: WordCues, items: readonly Item[], index: number): boolean {
  const item = items[index] as Item;
  if (!cues.elliptical?.first.test(item.lower) || cues.negationStart !== "n'") return false;
  for (let k = index + 1; k < items.length; k += 1) {
    const next = items[k] as Item;
    if (next.kind !== 'word') {
      if (/[,.;:!?]/u.test(next.text)) break;
      continue;
    }
    if (NE_COMPLETED.test(next.lower)) return false;
  }
  const before: string[] = [];
  for (let k = index - 1; k >= 0 && before.length < 10; k -= 1) {
    const previous = items[k] as Item;
    if (previous.kind !== 'word') {
      if (/[,.;:!?]/u.test(previous.text)) break;
      continue;
    }
    before.unshift(previous.lower);
  }
  return EXPLETIVE_AFTER.test(before.join(' '));
}

/**
 * The conjunctions a French "ne" explétif follows ("avant que", "à moins qu'il", "de peur que"), and
 * a limit said with "pas plus de", "pas moins de", whose "ne" is its own ("Pas plus de 20 animaux ne
 * peuvent paître", no more than 20).
 */
const EXPLETIVE_AFTER = /(?:^|\s)(?:(?:avant|moins|peur|crainte)\s+qu(?:e|['’]\p{L}*)(?:\s|$)|pas\s+(?:plus|moins)\s+d(?:e|['’]))/u;

/** Whether items[index] is a negation prefix glued by a hyphen to the word after it ("non-refundable"). */
function isNegationPrefix(cues: WordCues, items: readonly Item[], index: number): boolean {
  const item = items[index] as Item;
  if (!cues.negationPrefix?.has(item.lower)) return false;
  const hyphen = items[index + 1];
  const word = items[index + 2];
  if (hyphen?.text === '-' && !hyphen.spaceBefore && word?.kind === 'word' && !word.spaceBefore && !cues.notPrefixed?.has(word.lower))
    return true;
  return spacedPrefix(cues, items, index);
}

/** An English word negative by its prefix "un-" ("unused"; "non-" is a negation of its own). */
const UN_PREFIXED_EN = /(?<![\p{L}])un\p{L}{4,}/iu;

/** Copulas before a prefixed word that say it of the subject ("Les acomptes sont non remboursables"). */
const COPULA_BEFORE_PREFIX: Readonly<Record<string, RegExp>> = {
  fr: /^(?:est|sont|sera|seront|était|étaient|reste|restent|demeure|demeurent)$/u,
};

/** A negation cue that is a prefix with its word ("non-refundable", "non utilisés"). */
const PREFIX_WITH_WORD = /^non[-\s\u00a0]+\p{L}/iu;

/** Words before a "non" that make it the "not" of a contrast ("et non celui d'eau chaude"), no prefix. */
const CONTRAST_BEFORE_NON = new Set(['et', 'mais', 'ou', 'donc', 'car', 'sinon']);

/**
 * Whether items[index] is a negation prefix standing apart before its word ("un coffre non
 * chiffré", "Non seulement"): first in its sentence or after a word that is no conjunction, before
 * one that is no function word.
 */
function spacedPrefix(cues: WordCues, items: readonly Item[], index: number): boolean {
  const before = items[index - 1];
  const next = items[index + 1];
  return (
    cues.spacedPrefixNotBefore !== undefined &&
    // (first in its sentence too: "Non seulement le prix, mais …", as "Not only" is a negation)
    (before === undefined || /^[.!?:(«"“]$/u.test(before.text) || (before.kind === 'word' && !CONTRAST_BEFORE_NON.has(before.lower))) &&
    next?.kind === 'word' &&
    next.spaceBefore === true &&
    !cues.spacedPrefixNotBefore.has(next.lower) &&
    !cues.notPrefixed?.has(next.lower)
  );
}

const softWords = new WeakMap<WordCues, Map<string, boolean>>();

/**
 * Whether a word is a soft cue of negation in a language (see WordCues.soft), kept per word: the
 * two expressions are long, and a language's words come back again and again.
 */
/** Whether the word at `index` is a separable particle ending its clause ("findet … statt."), no soft cue. */
function endsClause(cues: WordCues, items: readonly Item[], index: number): boolean {
  if (!cues.particles?.has((items[index] as Item).lower)) return false;
  return wordAfter(items, index) === undefined;
}

/** The word right after the item at `index` in its clause; undefined at a stop or the text's end. */
function wordAfter(items: readonly Item[], index: number): Item | undefined {
  for (let k = index + 1; k < items.length; k += 1) {
    const item = items[k] as Item;
    if (item.kind === 'word') return item;
    if (/[.,;:!?)]/u.test(item.text)) return undefined;
  }
  return undefined;
}

/** Whether a soft cue says where something halts (WordCues.halts): the next word is one of place. */
function haltsAt(cues: WordCues, items: readonly Item[], index: number): boolean {
  if (!cues.halts?.word.test((items[index] as Item).lower)) return false;
  const next = wordAfter(items, index);
  return next !== undefined && cues.halts.before.test(next.lower);
}

/** Whether the word at `index` is a separable particle of stopping that ends its clause after its verb (see WordCues.stopParticles). */
function stopParticleAt(cues: WordCues, items: readonly Item[], index: number): boolean {
  const verbs = cues.stopParticles?.[(items[index] as Item).lower];
  if (!verbs || wordAfter(items, index) !== undefined) return false;
  for (let k = index - 1; k >= 0; k -= 1) {
    const item = items[k] as Item;
    if (item.kind !== 'word') {
      if (/[.,;:!?(]/u.test(item.text)) return false;
      continue;
    }
    if (verbs.test(item.lower)) return true;
  }
  return false;
}

/** Whether the word at `index` is a soft cue where it stands. */
/**
 * A word that begins like a negative prefix, capitalised inside a sentence, is a name
 * ("Instagram", "Unilever", "Disney"), no negative word; not in German, whose nouns are all
 * capitalised ("Unverträglichkeit").
 */
const PREFIXED_NAME = /^(?:Un|In|Im|Il|Ir|Non|Dis|Mis|Des)\p{Ll}{3,}/u;
function prefixedName(cues: WordCues, item: Item): boolean {
  return !item.isSentenceStart && PREFIXED_NAME.test(item.text) && cues !== (CUES.de as { words: WordCues }).words;
}

function softAt(cues: WordCues, items: readonly Item[], index: number): boolean {
  const item = items[index] as Item;
  if (stopParticleAt(cues, items, index)) return true;
  return (
    isSoft(cues, item.lower) &&
    !prefixedName(cues, item) &&
    !plainBeforeNext(cues, items, index) &&
    !plainAfterPrevious(cues, items, index) &&
    !isNegationPrefix(cues, items, index) &&
    !endsClause(cues, items, index) &&
    !haltsAt(cues, items, index) &&
    !comparesAt(cues, items, index)
  );
}

/** Whether a soft word is a plain one after the word before it (see WordCues.plainAfter: "al aire libre"). */
function plainAfterPrevious(cues: WordCues, items: readonly Item[], index: number): boolean {
  if (!cues.plainAfter?.word.test((items[index] as Item).lower)) return false;
  for (let k = index - 1; k >= 0; k -= 1) {
    const item = items[k] as Item;
    if (item.kind === 'word') return cues.plainAfter.previous.test(item.lower);
    if (item.text.trim() !== '') return false;
  }
  return false;
}

/** Whether a soft word is a plain one before the word after it (see WordCues.plainBefore: "losing weight"). */
function plainBeforeNext(cues: WordCues, items: readonly Item[], index: number): boolean {
  if (!cues.plainBefore?.word.test((items[index] as Item).lower)) return false;
  const next = wordAfter(items, index);
  return next !== undefined && cues.plainBefore.next.test(next.lower);
}

/** Whether a soft cue compares where it stands (see WordCues.comparing). */
function comparesAt(cues: WordCues, items: readonly Item[], index: number): boolean {
  const comparing = cues.comparing;
  if (!comparing?.word.test((items[index] as Item).lower)) return false;
  const next = wordAfter(items, index);
  if (!next) return false;
  if (comparing.about.test(next.lower)) return true;
  if (!comparing.than.test(next.lower)) return false;
  const figure = items.find((item) => item.start > next.end);
  return figure !== undefined && (/\p{Nd}/u.test(figure.text) || comparing.spelled.test(figure.lower));
}

function isSoft(cues: WordCues, word: string): boolean {
  let known = softWords.get(cues);
  if (!known) softWords.set(cues, (known = new Map()));
  let soft = known.get(word);
  if (soft === undefined) {
    // ("melarangnya" is "melarang" with its clitic)
    const stem = cues.clitic?.exec(word)?.[1];
    soft = (cues.soft.test(word) && !cues.notSoft?.test(word)) || (stem !== undefined && cues.soft.test(stem) && !cues.notSoft?.test(stem));
    // (a bound on what is kept: a text of millions of distinct words starts over now and then)
    if (known.size >= 100_000) known.clear();
    known.set(word, soft);
  }
  return soft;
}

/** A figure right before a word of "until", the first end of a range ("50 hingga 80"). */
const FIGURE_RIGHT_BEFORE = /\p{N}[\s\u00a0]*$/u;

/** Limits that are "until" too, and limit only before a quantity. */
// ("within 300 metres" is at most that far: "tidak lebih dari 300 meter")
const UNTIL_LIMIT = /^(?:hingga|sampai dengan|up to|within|bis zu|jusqu'à|hasta)$/iu;

/** Nothing, or at most one word, before a spelled number (made once: asked for on every limit). */
const WORDS_BEFORE = [0, 1].map((words) => new RegExp(String.raw`^[\s\u00a0]*(?:\p{L}+[\s\u00a0]+){0,${words}}$`, 'u'));

/** The words of an age before its figure. */
const AGE_BEFORE =
  /^[\s\u00a0]*(?:(?:einem|dem)\s+Alter\s+von|the\s+age\s+of|age|usia|umur|l['’]âge\s+de|un\s+âge\s+de|la\s+edad\s+de)(?=[\s\u00a0])/iu;

/** Limits of an age from which ("from the age of ten weeks"): a limit unless a range goes on ("from the age of 6 to 12"). */
const FROM_LIMIT = /^(?:from\s|ab$)/iu;
/** A wage named just before or after a word of limits ("salario mínimo", "minimum wage"): a name, no limit. */
const WAGE_BEFORE = /(?:^|[^\p{L}])(?:salario|salarios|sueldo|upah|gaji|salaire|salaires|ingreso|renta|pension|pensión)\s+$/iu;
const WAGE_AFTER = /^\s+(?:wage|wages|salary|salaries|income|pension|pay)(?![\p{L}])/iu;
/** Limits that are one only before a figure (German "ab 12", from 12; "sagen Sie ihn ab" cancels it). */
const FIGURE_LIMIT = /^ab$/iu;
/** The rest of a range after its first figure ("6 to 12", "ten weeks until"). */
const RANGE_AFTER = /^[\s\u00a0]*(?:[^\s\u00a0.,;:]+[\s\u00a0]+){1,3}?(?:to|until|till|through|and|bis|-|–)[\s\u00a0]/iu;

/** Limits that follow their figure ("or more", "and under", "atau kurang", "ke atas"). */
const TRAILING_LIMIT = /^(?:or|and|atau|ke|oder|ou|o)\s/iu;

/**
 * A figure ahead after at most `words` words ("than 7", "berat dari 7", "suhu 30"), a currency
 * before it or not.
 */
function figureAhead(words: number): RegExp {
  // (a sign before it too, Chinese "零下" glued: "低于零下10 °C")
  return new RegExp(
    String.raw`^[\s\u00a0]*(?:\p{L}+[\s\u00a0]+){0,${words}}(?:[$€£¥₹]|Rp\.?\s?|US\$\s?|(?:IDR|USD|EUR)\s?)?(?:[-−]|零下|负)?\p{N}`,
    'u',
  );
}
/** Figures a few words ahead, with a currency before them, by how many words may stand between. */
const FIGURES_AFTER = [1, 3].map(
  (words) =>
    // (its thousands spaced too: "au moins 50 000 €")
    new RegExp(
      String.raw`^[\s\u00a0]*(?:[\p{L}\p{M}'-]+[\s\u00a0]+){0,${words}}(?:[$€£¥₹]|Rp\.?\s?|US\$\s?)?(?:[-−]|零下|负)?(\p{N}[\p{N}.,]*(?:[\s\u00a0\u202f]\p{N}{3}(?!\p{N}))*)`,
      'u',
    ),
);
/**
 * The digits of the figure a bound bounds (right ahead, or a word apart), or null: what pairs a
 * bound with its rendering; or a limit (up to three words ahead: "minimum top-up is 10", "最高10元").
 */
function figureAfter(text: string, end: number, words: 1 | 3 = 1, lang?: string): string | null {
  const match = (FIGURES_AFTER[words === 1 ? 0 : 1] as RegExp).exec(text.slice(end, end + (words === 1 ? 32 : 48)));
  if (match?.[1]) return match[1].replace(/\D/gu, '');
  // (or a number spelled out right after, given the text's language: "more than three days")
  return lang ? spelledRightAfter(text, end, lang) : null;
}

/**
 * A number spelled out right after a place, or after a word of "of" ("a minimum of two days", "un
 * máximo de siete días"), as digits; null for none.
 */
function spelledRightAfter(text: string, end: number, lang: string): string | null {
  const ahead = text.slice(end, end + 24);
  const spelled = spelledNumbersIn(ahead, lang).find((hit) =>
    /^[\s\u00a0]*(?:(?:of|de|von|dari|sebanyak)[\s\u00a0]+)?$/iu.test(ahead.slice(0, hit.start)),
  );
  return spelled ? String(spelled.value) : null;
}

/**
 * The figures a limit may say: a number spelled out right after it ("at least seven years"), and
 * digits within three words ("maximum speed is 25"), both where both stand ("como máximo un 70 %").
 */
function figuresOfLimit(analysis: Analysis, cue: Cue): string[] {
  return [spelledRightAfter(analysis.text, cue.end, analysis.lang), figureAfter(analysis.text, cue.end, 3)].filter(
    (figure): figure is string => figure !== null,
  );
}

/** The figure right before a bound said after it ("5岁以上": 5), the unit between them of a word or two characters at most. */
function figureBefore(text: string, start: number): string | null {
  return /(\d+)[\s\u00a0]*\p{L}{0,2}$/u.exec(text.slice(Math.max(0, start - 12), start))?.[1] ?? null;
}

/** An amount named right ahead, with its article ("the full daily rate", "the declared value", "its purchase price"). */
const AMOUNT_NAMED_AHEAD =
  /^[\s\u00a0]+(?:the|its|their|your|our)[\s\u00a0]+(?:\p{L}+[\s\u00a0]+){0,2}(?:rate|price|value|amount|cost|fee|deposit|sum)(?![\p{L}])/iu;

/** A fraction a word or two ahead, spelled out ("a quarter", "zu einem Viertel", "setengah"). */
const FRACTION_AHEAD =
  /^[\s\u00a0]*(?:\p{L}+[\s\u00a0]+){0,2}(?:quarter|third|half|viertel|drittel|hälfte|quart|tiers|moitié|cuarto|tercio|mitad|seperempat|sepertiga|setengah|separuh)(?![\p{L}])/iu;
/** One unit of time right ahead, said with an article or in one word ("a week", "una semana", "seminggu"). */
const ONE_SPAN_AHEAD =
  /^[\s\u00a0]*(?:(?:a|an|one|un|una|uno|ein|eine|einen|einem|einer|une)[\s\u00a0]+(?:day|week|month|year|hour|minute|día|semana|mes|año|hora|minuto|tag|woche|monat|jahr|stunde|minute|jour|semaine|mois|an|année|heure)|sehari|seminggu|sebulan|setahun|sejam)(?![\p{L}])/iu;
/** A few of something right ahead of a bound ("a few seconds", "beberapa detik", "quelques minutes", "几秒"). */
const FEW_AHEAD =
  /^[\s\u00a0]*(?:(?:a few|several|a couple of|beberapa|einige|einigen|ein paar|mehrere|mehreren|quelques|plusieurs|unos|unas|varios|varias|algunos|algunas)(?![\p{L}])|几)/iu;
/** A count of times said in one word, right ahead of a bound ("more than twice", "mehr als zweimal"). */
const TIMES_AHEAD = /^[\s\u00a0]*(?:once|twice|thrice|einmal|zweimal|dreimal)(?![\p{L}])/iu;
/** A bound's figure: right ahead, or a word apart ("over Rp500.000", "di bawah suhu 30"). */
const FIGURE_AHEAD = figureAhead(1);
/** A comparison's figure: within two words ("more than 7 kg", "lebih berat dari 7 kg", "exceed 14 hours"). */
const FIGURE_SOON = figureAhead(2);

/** Bounds said after their figure, in Chinese ("12岁以下", under 12; "18岁以上", over 18). */
const POSTPOSED_BOUND = /^(?:以上|以下|以内|之内)$/u;
/** A figure of an age or a count with a plus sign right after it, over it; no sum, no telephone number ("16+", not "2+2", "+62"). */
const FIGURE_PLUS = /(?<![\p{N}.,+])\p{N}{1,3}\+(?![\p{N}+])/gu;
/** A bound said as FIGURE_PLUS finds it ("16+"). */
const PLUSSED = /^\p{N}{1,3}\+$/u;
const FIGURE_PLUS_ANY = new RegExp(FIGURE_PLUS.source, 'u');
/** A figure right behind, with a unit or a counter of one or two characters ("12岁", "30%"). */
const FIGURE_RIGHT_BEHIND = /(?:\p{N}[\p{N}.,]*|[一二两三四五六七八九十百千万半]+)[\s\u00a0]?(?:°[CF]?|%|\p{sc=Han}{1,2})?[\s\u00a0]?$/u;

/** English "beyond" that says a "cannot": "beyond repair", "beyond recognition", "beyond our control". */
const BEYOND_NEGATING = /\bbeyond[\s\u00a0]+(?:repair|recognition|doubt|reach|(?:our|your|their|his|her)[\s\u00a0]+control)\b/iu;

/** A conjunction that begins a clause of its own after a negation (French, Spanish). */
const ELLIPSIS_JOINS = /^(?:et|ou|mais|y|e|o|u|pero)$/u;

/** Whether a word matching `first` stands before word `k` in its sentence (within eight words). */

function saidBefore(
  words: readonly Item[],
  items: readonly Item[],
  indexes: readonly number[],
  k: number,
  first: RegExp,
  cues: WordCues,
): boolean {
  // (nor a "ne" another of the words has taken before a conjunction: "ne dormez pas plus de 30
  // minutes et pas après 15 h" says two negations)
  // (as far back as twelve words: "No puede haber más de diez personas a bordo en ningún momento")
  let joined = false;
  for (let j = k - 1; j >= 0 && j >= k - 12; j -= 1) {
    // (not across the end of a sentence)
    for (let index = (indexes[j] as number) + 1; index < (indexes[j + 1] as number); index += 1) {
      if (SENTENCE_END_RE.test((items[index] as Item).text)) return false;
      if ((items[index] as Item).text === ',') joined = true;
    }
    const lower = (words[j] as Item).lower;
    if (joined && cues.elliptical?.words.has(lower)) return false;
    if (ELLIPSIS_JOINS.test(lower)) joined = true;
    // (nor a "ne" of "ne … que", which restricts: "ne sont prêtés qu'aux écoles, pas aux particuliers")
    if (first.test((words[j] as Item).lower)) return !restrictiveNe(cues, items, indexes[j] as number);
  }
  return false;
}

/** A figure within two words behind ("5 or more", "18 years or older", "7 kg atau kurang"). */
/** What may stand between a spelled number and a limit after it: a word or two at most ("three children or more"). */
const SPELLED_BEHIND = /^(?:[\s\u00a0]+\p{L}+){0,2}[\s\u00a0]*$/u;
const FIGURE_BEHIND = /\p{N}[\p{N}.,]*(?:[\s\u00a0]*[%°]?\p{L}*){0,2}[\s\u00a0]*$/u;

/** Nothing but a clause's end after a phrase: a stop, a comma, the sentence's end. */
const CLAUSE_ENDS_AFTER = /^[\s\u00a0]*(?:[.,;:!?)。，；：！？]|$)/u;

/** What one side of a sentence pair shows, each kind of cue looked for only when asked. */
class Side {
  private limits: { most: Cue[]; least: Cue[] } | undefined;
  private negations: Cue[] | undefined;
  private softs: Cue[] | undefined;
  private limitNegationCues: Cue[] | undefined;
  private readonly bounds = new Map<'above' | 'below', Cue[]>();

  constructor(
    readonly paragraph: Paragraph,
    readonly span: Sentence,
  ) {}

  get most(): Cue[] {
    return this.limitCues().most;
  }

  get least(): Cue[] {
    return this.limitCues().least;
  }

  /** Bounds of a figure ("over 30", "di bawah Rp500.000"), outside limits and negations (see WordCues.above). */
  bound(kind: 'above' | 'below'): Cue[] {
    const known = this.bounds.get(kind);
    if (known) return known;
    const limits = [...this.most, ...this.least];
    const found = this.paragraph
      .of(kind, this.span)
      .filter(
        (cue) =>
          (this.paragraph.beforeFigure(cue) || (POSTPOSED_BOUND.test(cue.text) && this.paragraph.rightAfterFigure(cue))) &&
          !limits.some((limit) => limit.start <= cue.start && cue.end <= limit.end) &&
          !this.paragraph.afterNegation(cue, this.span),
      );
    // (and a figure's plus sign, over it: "Films rated 16+", "for ages 18+")
    if (kind === 'above') {
      const text = this.paragraph.analysis.text.slice(this.span.start, this.span.end);
      for (const plus of text.matchAll(FIGURE_PLUS)) {
        const end = this.span.start + plus.index + plus[0].length;
        found.push({ start: end - plus[0].length, end, text: plus[0] });
      }
      found.sort((a, b) => a.start - b.start);
    }
    this.bounds.set(kind, found);
    return found;
  }

  /**
   * Negations outside limits ("no more than", "tidak kurang dari", "not later than" are limits),
   * and not of a word that negates itself: "don't forget" says "remember", "tidak hilang" says
   * "kept" (those count as soft cues instead).
   */
  get negation(): Cue[] {
    if (!this.negations) {
      const found = this.paragraph.of('negation', this.span);
      const limits = found.length > 0 ? this.limitNegations : [];
      // (nor the first word of a bound: "belum berusia 16 tahun" is "under 16")
      const bounds = found.length > 0 ? [...this.paragraph.of('below', this.span), ...this.paragraph.of('above', this.span)] : [];
      this.negations = found.filter(
        (cue) =>
          !limits.includes(cue) &&
          !this.inDeadline(cue) &&
          !this.paragraph.negatesNegative(cue) &&
          !bounds.some((bound) => bound.start === cue.start && bound.end > cue.end),
      );
    }
    return this.negations;
  }

  /**
   * Negations that are part of a limit of quantity ("must not exceed", "tidak lebih dari"): they
   * say the limit when the other side says one too, and are a negation when it does not ("must
   * not exceed 7 kg" rendered as "harus lebih dari 7 kg" lost its "not").
   */
  get limitNegations(): Cue[] {
    this.limitNegationCues ??= this.paragraph.of('negation', this.span).filter(
      (cue) =>
        // (a negated negative word before a comparison bounds still: "should not miss more than
        // three rehearsals" is three at most)
        (!this.paragraph.negatesNegative(cue) || this.paragraph.beforeComparative(cue)) &&
        ([...this.most, ...this.least].some((limit) => limit.start <= cue.start && cue.end <= limit.end) ||
          (!this.inDeadline(cue) && this.paragraph.beforeComparative(cue))),
    );
    return this.limitNegationCues;
  }

  /**
   * Whether this side says the limits the other side says with a negation: in words of limits, with
   * a negation of its own, or with a bound the other way round ("not above 30 °C" is "di bawah
   * 30 °C"; "di atas 30 °C" lost the "not").
   */
  saysLimitsOf(other: Side): boolean {
    if (this.most.length + this.least.length > 0 || this.paragraph.of('deadline', this.span).length > 0) return true;
    if (this.limitNegations.length > 0) return true;
    return other.limitNegations.some((negation) => {
      const said = other.limitDirection(negation);
      return said ? this.bound(said).length > 0 : this.bound('above').length + this.bound('below').length > 0;
    });
  }

  /**
   * Limits said with a negation before a comparison, outside the words of limits ("Do not take
   * more than 6", "no pagan más de 8 €"): each with the way it bounds and its words from the
   * negation to the comparison ("not take more"; null where no comparison follows).
   */
  get negatedComparisons(): Array<{ negation: Cue; direction: 'above' | 'below' | null; words: Cue | null }> {
    const text = this.paragraph.analysis.text;
    return this.limitNegations
      .filter((negation) => ![...this.most, ...this.least].some((limit) => limit.start <= negation.start && negation.end <= limit.end))
      .map((negation) => {
        const compared = this.paragraph.comparativeAfter(negation);
        const at = compared === null ? -1 : text.toLowerCase().indexOf(compared.toLowerCase(), negation.end);
        const end = at + (compared ?? '').length;
        return {
          negation,
          direction: this.limitDirection(negation),
          // (said with what stands between left out where a span of time is bounded: "not … more")
          words:
            at < 0
              ? null
              : {
                  start: negation.start,
                  end,
                  text:
                    wordsBetween(this.paragraph.analysis, negation.end, at) > 2
                      ? `${negation.text} … ${text.slice(at, end)}`
                      : text.slice(negation.start, end),
                },
        };
      });
  }

  /** Which way a limit made with a negation bounds ("not more than" says below), when its words tell. */
  limitDirection(negation: Cue): 'above' | 'below' | null {
    if (this.most.some((limit) => limit.start <= negation.start && negation.end <= limit.end)) return 'below';
    if (this.least.some((limit) => limit.start <= negation.start && negation.end <= limit.end)) return 'above';
    const compared = this.paragraph.comparativeAfter(negation);
    if (!compared) return null;
    return this.paragraph.isDownward(compared) ? 'above' : 'below';
  }

  private inDeadline(cue: Cue): boolean {
    // (a deadline bounds what follows it: "pas avant 10 h"; one that ends its clause is a plain
    // negation, "après le déchargement, pas avant", and so is a "not before" set against what the
    // sentence said before its comma, as English says it: "una hora antes de la pleamar, no antes
    // de la bajamar"; not one after a "but", "pero no antes de seis meses antes", no earlier than)
    const text = this.paragraph.analysis.text;
    return this.paragraph
      .of('deadline', this.span)
      .some(
        (limit) =>
          limit.start <= cue.start &&
          cue.end <= limit.end &&
          !CLAUSE_ENDS_AFTER.test(text.slice(limit.end, this.span.end)) &&
          !(NOT_BEFORE.test(limit.text) && CONTRAST_BEFORE.test(text.slice(Math.max(this.span.start, limit.start - 12), limit.start))),
      );
  }

  get soft(): Cue[] {
    this.softs ??= [...this.paragraph.of('soft', this.span), ...this.litotes];
    return this.softs;
  }

  /** Negations of a negative word ("don't forget", "tidak hilang"). */
  get litotes(): Cue[] {
    return this.paragraph.of('negation', this.span).filter((cue) => this.paragraph.negatesNegative(cue));
  }

  private limitCues(): { most: Cue[]; least: Cue[] } {
    // (asked for many times per sentence: found once)
    if (this.limits) return this.limits;
    const text = this.paragraph.analysis.text;
    // a limit said after its figure ("5 or more", "18 tahun ke atas") only after one: "faster or
    // more cheaply" limits nothing
    const afterFigure = (cue: Cue) => !TRAILING_LIMIT.test(cue.text) || this.paragraph.afterFigure(cue);
    // "until" says a limit only before a quantity ("hingga 24 jam", "up to two bags"): "hingga
    // mendidih" is until it boils, "up to you" no limit at all
    // (nor one between two figures, the second end of a range: "50 hingga 80 dari setiap 100 orang")
    const beforeQuantity = (cue: Cue) =>
      !UNTIL_LIMIT.test(cue.text) ||
      (this.paragraph.beforeQuantity(cue) && !FIGURE_RIGHT_BEFORE.test(text.slice(Math.max(0, cue.start - 8), cue.start)));
    const notARange = (cue: Cue) =>
      !FROM_LIMIT.test(cue.text) || !RANGE_AFTER.test(this.paragraph.analysis.text.slice(cue.end, cue.end + 40));
    // (never a word of a deadline: "au plus tard deux mois avant" is "au plus" of no quantity)
    const deadlines = this.paragraph.of('deadline', this.span);
    const inDeadline = (cue: Cue) => deadlines.some((deadline) => deadline.start <= cue.start && cue.end <= deadline.end);
    // (nor the name of a wage: "the minimum wage", "salario mínimo", "upah minimum" limit nothing)
    const wage = (cue: Cue) =>
      WAGE_BEFORE.test(text.slice(Math.max(0, cue.start - 16), cue.start)) || WAGE_AFTER.test(text.slice(cue.end, cue.end + 16));
    this.limits = {
      most: this.paragraph.of('most', this.span).filter((cue) => afterFigure(cue) && beforeQuantity(cue) && !inDeadline(cue) && !wage(cue)),
      least: this.paragraph
        .of('least', this.span)
        .filter(
          (cue) =>
            afterFigure(cue) &&
            notARange(cue) &&
            !inDeadline(cue) &&
            !wage(cue) &&
            (!FIGURE_LIMIT.test(cue.text) || this.paragraph.beforeFigure(cue)),
        ),
    };
    return this.limits;
  }
}

/**
 * An English "most" of a superlative ("the most common", "most likely", "at most"), not of a
 * quantity: "most" says most of them before "of", a plural noun or "people" ("most wounds"), a
 * noun before it too ("most ear infections"), but not an adjective ("most common infections"), save one
 * that sorts rather than grades, which has no superlative ("most public services"), or one whose superlative
 * is its own word ("mildest", "rarest": "Most mild strains heal" counts them); or a noun that counts
 * nothing, with a word before it or none ("most back pain", "most personal data").
 */
const MOST_OF =
  /^\s+(?:of|people|children|men|women|(?:(?:public|private|local|national|international|digital|medical|dental|clinical|financial|electric|electronic|online|mobile|social|personal|official|domestic|commercial|residential|technical|legal|physical|academic|municipal|regional|federal)\s+|(?!(?:common|popular|severe|complex|secure|likely|often|\p{L}+(?:ous|ful|ive|able|ible|al|ic|ent|ant|ed|ing|ary|ory|ish|less|ly|est))\s)\p{L}+\s+)?\p{L}+(?<!ous|ss|less|ness|us|is)s|(?:\p{L}+\s+)?(?:pain|damage|data|information|money|food|luggage|baggage|equipment|advice|research|work|traffic|content|software|mail|email|bleeding|swelling|itching|snoring|acne|heartburn|diarrhoea|diarrhea|dandruff|malware|spam|furniture|clothing|rubbish|waste))(?!\p{L})/u;
/** Words of "all" that say how wholly a thing is done, not how many ("completely", "sepenuhnya", "vollständig"). */
const DEGREE =
  /^(?:fully|completely|entirely|totally|full|penuh|sepenuhnya|vollständig|völlig|complètement|entièrement|totalement|completamente|totalmente|enteramente|完全|彻底|全部)$/iu;

function superlative(text: string, cue: Cue): boolean {
  if (cue.text.toLowerCase() !== 'most') return false;
  return (
    /(?:\b(?:the|at|a)\s+)$/iu.test(text.slice(Math.max(0, cue.start - 6), cue.start)) || !MOST_OF.test(text.slice(cue.end, cue.end + 40))
  );
}

/**
 * A quantifier of the source the translation turned into another: "both" into "one of them",
 * "all" into "some" or "one of them", "some" into "all". Not when the translation has a word that
 * may say the source's ("both" → "dua"), nor when the source has a word that may say the
 * translation's ("a member" → "salah satu anggota") and lands nearer to it than the quantifier does.
 */
function quantifierChanged(
  source: Paragraph,
  target: Paragraph,
  sourceSentence: Sentence,
  targetSentence: Sentence,
): { said: Cue; found: Cue } | null {
  const cuesOf = (paragraph: Paragraph, span: Sentence, kinds: readonly Kind[]) => kinds.flatMap((kind) => paragraph.of(kind, span));
  // each turn with the source's words that may say what the translation says instead
  const turns: ReadonlyArray<{ said: 'both' | 'all' | 'some' | 'majority'; into: 'one' | 'some' | 'all'; unlike: readonly Kind[] }> = [
    { said: 'both', into: 'one', unlike: ['one', 'oneLike'] },
    { said: 'all', into: 'some', unlike: ['some', 'someLike'] },
    { said: 'all', into: 'one', unlike: ['one', 'oneLike'] },
    { said: 'some', into: 'all', unlike: ['all', 'allLike'] },
    // ("Several users can work in it" → "Nur ein Benutzer kann")
    { said: 'some', into: 'one', unlike: ['one', 'oneLike'] },
    // ("Most wounds heal within three weeks" → "Semua luka sembuh")
    { said: 'majority', into: 'all', unlike: ['all', 'allLike'] },
    // ("covers most of the costs" → "übernimmt einen kleinen Teil der Kosten")
    { said: 'majority', into: 'some', unlike: ['some', 'someLike'] },
  ];
  for (const { said, into, unlike } of turns) {
    const [cue] = source.of(said, sourceSentence).filter(
      (each) =>
        (said !== 'majority' || !superlative(source.analysis.text, each)) &&
        // (nor "all at once", a manner: "not all at once" → "pas d'un seul coup")
        (said !== 'all' || !/^\s+at once(?![\p{L}])/iu.test(source.analysis.text.slice(each.end, each.end + 10))) &&
        (said !== 'some' || !belongingTo(source.analysis.text, each)),
    );
    // (the translation says it as often as the source says it or may: "any store for a full
    // refund" → "toko mana pun … sebagian" kept "any" and lost "full")
    // (counted by where they stand: "most of" is one "most")
    const places = (cues: readonly Cue[]) => new Set(cues.map((each) => each.start)).size;
    // (not a "two" that a "one of" takes: "un seul des deux époux", "salah satu dari kedua")
    const ones = said === 'both' ? cuesOf(target, targetSentence, ['one']) : [];
    const sayingIt = cuesOf(target, targetSentence, [said, `${said}Like`]).filter(
      (each) => !ones.some((one) => each.start >= one.end && each.start - one.end <= 8),
    );
    if (!cue || places(sayingIt) >= places(cuesOf(source, sourceSentence, [said, `${said}Like`]))) continue;
    // (a few of a span of time says none of it, "Most people … within a few days" → "少数人在几天内",
    // and renders one of the source's: "during some hours" → "selama beberapa jam", not "during
    // all opening hours" → "selama beberapa jam buka")
    // (nor a word of degree of the source, which says how wholly, not how many: "Most children
    // recover completely" → "Semua anak sembuh total" turned the count)
    const counted = (cues: Cue[], beside: Cue | undefined) =>
      into === 'all' && beside && !DEGREE.test(beside.text) ? cues.filter((each) => !DEGREE.test(each.text)) : cues;
    const allSource = cuesOf(source, sourceSentence, [into]);
    const sourceOfTime = allSource.filter((each) => ofTime(source.analysis, each)).length;
    // (nor where the source's quantifier counts no time either: "Die meisten Stiche … innerhalb weniger
    // Tage" → "Most stings … within a few days"; "during all opening hours" counts hours)
    const keepTime = sourceOfTime === 0 && countsTime(source.analysis, cue);
    // (nor a Chinese fraction's "之一": "三分之一" is a third, no "one of")
    const intoTarget = cuesOf(target, targetSentence, [into]).filter(
      (each) => (keepTime || !ofTime(target.analysis, each)) && !(into === 'one' && target.analysis.text.charAt(each.start - 1) === '分'),
    );
    const found = intoTarget[0];
    const intoSource = counted(allSource, found);
    // (nor when the source says the translation's as often: "only half full" → "hanya terisi separuh")
    if (!found || intoSource.length - sourceOfTime >= intoTarget.length) continue;
    // how far from the translation's word the source's quantifier lands, and each source word that may say it
    const distance = (at: Cue) => {
      const place = locateInTarget(source.analysis, target.analysis, at.start, at.end);
      return place ? Math.abs(place.start - found.start) : Number.POSITIVE_INFINITY;
    };
    const own = distance(cue);
    // (the quantifier itself is none of those: "most" may say "some" elsewhere; nor one of time
    // that a word of time of the translation renders, where the translation's counts none: "every
    // two weeks" → "jeden Tag" says no "das gesamte Wasser")
    const timeRendered =
      !ofTime(target.analysis, found) && cuesOf(target, targetSentence, unlike).some((each) => ofTime(target.analysis, each));
    // (nor the "a" of another quantifier, "a few seconds", which says no one thing)
    const quantifiers = cuesOf(source, sourceSentence, ['some', 'all', 'majority']);
    const others = cuesOf(source, sourceSentence, unlike).filter(
      (other) =>
        (other.end <= cue.start || other.start >= cue.end) &&
        !(timeRendered && ofTime(source.analysis, other)) &&
        !quantifiers.some((each) => each.start <= other.start && other.end <= each.end && each.end - each.start > other.end - other.start),
    );
    if (others.every((other) => distance(other) > own)) return { said: cue, found };
  }
  return null;
}

/** Units of time a quantifier may count ("a few days", "几天", "quelques semaines"). */
const TIME_UNIT_AFTER: Readonly<Record<string, RegExp>> = {
  en: /^\s+(?:more\s+)?(?:seconds|minutes|hours|days|weeks|months|years|moments)\b/iu,
  id: /^\s+(?:detik|menit|jam|hari|minggu|bulan|tahun)\b/iu,
  de: /^\s+(?:sekunden|minuten|stunden|tage|tagen|wochen|monate|monaten|jahre|jahren)\b/iu,
  fr: /^\s+(?:secondes|minutes|heures|jours|semaines|mois|ans|années)\b/iu,
  es: /^\s+(?:segundos|minutos|horas|días|semanas|meses|años)\b/iu,
  zh: /^(?:个)?(?:秒|分钟|小时|天|日|周|星期|个月|月|年)/u,
};

/** Whether a quantifier counts a unit of time up to two words after it ("all opening hours", "alle Öffnungs stunden"). */
function countsTime(analysis: Analysis, cue: Cue): boolean {
  const unit = TIME_UNIT_AFTER[baseLanguage(analysis.lang)];
  if (!unit) return false;
  let rest = analysis.text.slice(cue.end, cue.end + 48);
  for (let words = 0; words <= 2; words += 1) {
    if (unit.test(rest)) return true;
    const word = /^\s+[\p{L}-]+/u.exec(rest);
    if (!word) return false;
    rest = rest.slice(word[0].length);
  }
  return false;
}

/** Whether a quantifier counts a unit of time right after it ("a few days", "几天"). */
function ofTime(analysis: Analysis, cue: Cue): boolean {
  const after = analysis.text.slice(cue.end, cue.end + 16);
  return (
    (TIME_UNIT_AFTER[baseLanguage(analysis.lang)]?.test(after) ?? false) ||
    (EVERY_WORD.test(cue.text) && (FREQUENCY_AFTER[baseLanguage(analysis.lang)]?.test(after) ?? false))
  );
}

/** The words of every of each language, which say how often before a unit of time ("every", "jeden", "setiap", "chaque", "cada", "每"). */
const EVERY_WORD = /^(?:every|each|jede|jeden|jedem|jeder|jedes|setiap|tiap|tiap-tiap|chaque|cada|每)$/iu;

/**
 * What follows a word of every that says how often, a unit of time, counted or not ("every two
 * weeks", "jeden Tag", "setiap hari", "每天"): a frequency, no quantity of a thing.
 */
const FREQUENCY_AFTER: Readonly<Record<string, RegExp>> = {
  en: /^\s+(?:(?:other|second|third|\d+|two|three|four|five|six|few|additional|extra|further|single)\s+)?(?:day|week|month|year|hour|minute|morning|evening|night|weekend|time)s?\b/iu,
  id: /^\s+(?:(?:\d+|dua|tiga|empat|lima|enam)\s+)?(?:hari|minggu|pekan|bulan|tahun|jam|pagi|sore|malam|kali)\b/iu,
  de: /^\s+(?:(?:\d+|zwei|drei|vier|fünf|sechs)\s+)?(?:tag|tage|woche|wochen|monat|monate|jahr|jahre|stunde|stunden|morgen|abend|nacht|mal)\b/iu,
  fr: /^\s+(?:(?:\d+|deux|trois|quatre|cinq|six)\s+)?(?:jour|jours|semaine|semaines|mois|an|ans|année|années|heure|heures|matin|soir|nuit|fois)\b/iu,
  es: /^\s+(?:(?:\d+|dos|tres|cuatro|cinco|seis)\s+)?(?:día|días|semana|semanas|mes|meses|año|años|hora|horas|mañana|noche|vez)(?![\p{L}])/iu,
  zh: /^(?:[一二两三四五六七八九十\d]+)?(?:个)?(?:天|日|周|星期|月|年|小时|次|晚)/u,
};

/** Whether a "part of" says what a thing belongs to, no quantity: "as part of the update", "is part of the service". */
function belongingTo(text: string, cue: Cue): boolean {
  return (
    /^part of/iu.test(cue.text) &&
    /\b(?:as|is|are|was|were|be|been|being|form|forms|formed|become|becomes)\s+$/iu.test(text.slice(Math.max(0, cue.start - 12), cue.start))
  );
}

/**
 * The words of pairs of opposites in a span, each with its pair's name and side ("edge:1" for "the
 * end of", "akhir"): what a sentence and its translation say alike whatever their words.
 */
export function oppositeWordsIn(analysis: Analysis, span: Sentence): Array<{ key: string; start: number; end: number; text: string }> {
  const out: Array<{ key: string; start: number; end: number; text: string }> = [];
  for (const [name, sides] of oppositesIn(analysis))
    if (!NO_SIDE_OF_CONTRAST.has(name))
      sides.forEach((cues, side) => {
        for (const cue of inSpan(cues, span)) out.push({ key: `${name}:${side}`, ...cue });
      });
  return out;
}

/**
 * Pairs whose words a translation may say on the other side of a contrast as well as its own: a
 * thing "left with a neighbour, not at the door" is "confié à un voisin et non laissé devant la
 * porte", its verb said again where the source leaves it out.
 */
const NO_SIDE_OF_CONTRAST: ReadonlySet<string> = new Set(['removeOrLeave']);

/** Seconds in a unit of a span of time. */
const SECONDS_IN: Record<string, number> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86_400,
  week: 604_800,
  month: 2_629_800,
  year: 31_557_600,
};
/** A span a table's value names ("week", "2 weeks", "half hour"), in seconds; null for none ("once", "night"). */
function secondsOf(value: string): number | null {
  const match = /^(?:(\d+) )?(?:(half|quarter) )?(second|minute|hour|day|week|month|year)s?$/u.exec(value);
  if (!match) return null;
  const [, count, part, unit] = match;
  return Number(count ?? 1) * (part === 'half' ? 0.5 : part === 'quarter' ? 0.25 : 1) * (SECONDS_IN[unit as string] as number);
}
/** Words of a duration that say no exact length ("a few days", "beberapa minggu", "the rest of the week"). */
const VAGUE_DURATION =
  /^(?:a few|few|several|a couple of|rest of|beberapa|mehrere|einige|quelques|plusieurs|unos|unas|varios|varias)\b|^几/iu;

/**
 * The spans of time a text says in words, one exact length each: "a week", "seminggu", "un an",
 * "一年", and with `periods` the period of "every week", "setiap tahun" (not "a few days"), in seconds: where a
 * figure of the other text with its unit may stand said another way ("within 7 days" → "dalam
 * seminggu", "every 12 months" → "setiap tahun").
 */
export function exactSpansIn(analysis: Analysis, periods: boolean): Array<{ start: number; end: number; seconds: number }> {
  const out: Array<{ start: number; end: number; seconds: number }> = [];
  for (const cue of [...valuesIn(analysis, DURATION_VALUES), ...(periods ? valuesIn(analysis, PERIOD_VALUES) : [])]) {
    const seconds = secondsOf(cue.value);
    if (seconds !== null && !VAGUE_DURATION.test(cue.text)) out.push({ start: cue.start, end: cue.end, seconds });
  }
  return out;
}

/** The words of colours of a span, by the colour they name ("blue", "bleus", "蓝色"). */
export function colourWordsIn(analysis: Analysis, span: Sentence): Array<{ key: string; start: number; end: number; text: string }> {
  return (inSpan(valuesIn(analysis, COLOUR_VALUES), span) as Array<Cue & { value: string }>).map((cue) => ({
    key: `colour:${cue.value}`,
    start: cue.start,
    end: cue.end,
    text: cue.text,
  }));
}

/** The parts of the body a span names (see BODY_PARTS), each with its part as its key ("knees" and "rodillas" alike). */
export function bodyWordsIn(analysis: Analysis, span: Sentence): Array<{ key: string; start: number; end: number; text: string }> {
  return (inSpan(valuesIn(analysis, BODY_VALUES), span) as Array<Cue & { value: string }>).map((cue) => ({
    key: `body:${cue.value}`,
    start: cue.start,
    end: cue.end,
    text: cue.text,
  }));
}

/**
 * The first word of a span that says "all" or "any" ("Alle", "mana pun", "cualquier"), by the
 * quantifier cues of its language: where a lost restriction usually shows.
 */
export function universalIn(analysis: Analysis, span: Sentence): Cue | null {
  return universalsIn(analysis, span)[0] ?? null;
}

/** Every word of a span that says all or any of a thing, in their order (see universalIn). */
export function universalsIn(analysis: Analysis, span: Sentence): Cue[] {
  const cues = cuesFor(analysis.lang);
  if (!cues) return [];
  const paragraph = new Paragraph(cues, analysis);
  // (not a word of a label in quotation marks: the "semua" of "Terima semua" names a button)
  return [...paragraph.of('all', span), ...paragraph.of('allLike', span)]
    .filter((cue) => !quoted(analysis.text, cue, span))
    .sort((a, b) => a.start - b.start);
}

/** The negations of a span ("not", "tidak", "nicht", "不"), by the negation cues of its language. */
export function negationsIn(analysis: Analysis, span: Sentence): Cue[] {
  const cues = cuesFor(analysis.lang);
  return cues ? new Paragraph(cues, analysis).of('negation', span) : [];
}

/** Whether a cue stands between quotation marks of its sentence ("…", “…”, „…“, «…», 「…」). */
function quoted(text: string, cue: Cue, span: Sentence): boolean {
  let straight = false;
  let open = 0;
  let low = 0; // a German „ waits for its “
  for (const char of text.slice(span.start, cue.start)) {
    if (char === '"') straight = !straight;
    else if (char === '„') low += 1;
    else if (char === '“') {
      if (low > 0) low -= 1;
      else open += 1;
    } else if ('«「『'.includes(char)) open += 1;
    else if ('”»」』'.includes(char) && open > 0) open -= 1;
  }
  return straight || open > 0 || low > 0;
}

export const meaningRule: Rule = {
  name: 'meaning',
  ids: [
    'polarity.dropped',
    'polarity.added',
    'limits.inverted',
    'direction.inverted',
    'quantifier.changed',
    'modality.changed',
    'colour.changed',
    'material.changed',
    'vehicle.changed',
    'format.changed',
    'papers.changed',
    'body.changed',
    'substance.changed',
    'condition.changed',
    'frequency.changed',
  ],
  check(context: RuleContext) {
    const source = context.source;
    const sourceCues = cuesFor(context.sourceLang);
    const targetCues = cuesFor(context.targetLang);
    if (!source || !sourceCues || !targetCues) return [];
    const target = context.target;
    // no translation yet: that is a finding of its own (untranslated), not a lost negation
    if (target.text.trim() === '') return [];
    const sourceParagraph = new Paragraph(sourceCues, source);
    const targetParagraph = new Paragraph(targetCues, target);
    // most paragraphs negate, limit and change nothing on either side: nothing to compare
    const all = { start: 0, end: Number.MAX_SAFE_INTEGER };
    const sourceHas =
      (['negation', 'most', 'least', 'rise', 'fall', 'more', 'less', 'above', 'below', 'both', 'all', 'some', 'majority'] as const).some(
        (kind) => sourceParagraph.of(kind, all).length > 0,
      ) || FIGURE_PLUS_ANY.test(source.text);
    if (
      !sourceHas &&
      targetParagraph.of('negation', all).length === 0 &&
      !mayBeSwapped(source, target) &&
      !mayBeWeakened(source, target) &&
      !mayBeStrengthened(source, target) &&
      !mayBeAvoided(target) &&
      !mayBeHedged(source) &&
      !sourceParagraph.of('soft', all).some((cue) => AVOIDING.test(cue.text) || NEGATIVE_PREFIX.test(cue.text.toLowerCase())) &&
      VALUE_RULES.every(([, table]) => valuesIn(source, table).length === 0 || valuesIn(target, table).length === 0) &&
      !mayBePrefixed(target) &&
      !mayMakeDeadlineStart(source, target)
    )
      return [];
    const paired = pairedSentences(source.text, target.text);
    const [sourceSentences, targetSentences] = splitAtSemicolons(source.text, target.text, paired.source, paired.target);
    const out: Finding[] = [];
    sourceSentences.forEach((sourceSentence, k) => {
      const targetSentence = targetSentences[k] as Sentence;
      const s = new Side(sourceParagraph, sourceSentence);
      const t = new Side(targetParagraph, targetSentence);
      // a limit turned around
      // (as many times as it says each: "at least 21 … 2 years or more" → "minimal … atau kurang")
      // (a limit said without a negation may be turned into a bound with none kept: "aged 18 or
      // over" → "unter 18 Jahren"; one said with a negation lost it, the lost negation is the finding)
      const plain = (limit: Cue | undefined) =>
        limit !== undefined && !s.limitNegations.some((negation) => limit.start <= negation.start && negation.end <= limit.end);
      // (nor a limit a negation a word or two before it takes in: "shoes not collected within 60
      // days" are those kept beyond them, "超过60天未取的鞋子")
      const negatedAhead = (limit: Cue | undefined) =>
        limit !== undefined &&
        s.negation.some(
          (negation) => negation.end <= limit.start && wordsBetween(sourceParagraph.analysis, negation.end, limit.start) <= 2,
        );
      // (a limit turned is said of the same figure: "children from 8 years and adults up to 90 kg" →
      // "Kinder ab 8 Jahren und Erwachsene bis 90 kg" turned nothing, its "ab" is of the 8; and of
      // the source's limits, the one of the figure: "The maximum speed is 25 km/h and the range is up
      // to 30 km" → "Kecepatan minimum adalah 25 km/jam … hingga 30 km" turned the maximum)
      const turnedLimit = (said: readonly Cue[], kept: number, found: Cue | undefined) => {
        const fallback = said[kept];
        if (!fallback || !found) return { wanted: fallback, found };
        const turned = figuresOfLimit(targetParagraph.analysis, found);
        if (turned.length === 0) return { wanted: fallback, found };
        const figures = said.map((cue) => figuresOfLimit(sourceParagraph.analysis, cue));
        const same = said.find((_, k) => (figures[k] as string[]).some((figure) => turned.includes(figure)));
        if (same) return { wanted: same, found };
        // (nor of a figure changed as well, the source's one limit of its kind and the figure none
        // the source's sentence says: "The maximum load is 750 kg" → "La charge minimale est de 570
        // kg" turned it, and the figure is the numbers'; "children from 8 years and adults up to 90
        // kg" → "Kinder ab 8 Jahren und Erwachsene bis 90 kg" turned nothing)
        const sentence = sourceParagraph.analysis.text.slice(sourceSentence.start, sourceSentence.end);
        const sourceDigits = [
          ...(sentence.match(/\d+/gu) ?? []),
          ...spelledNumbersIn(sentence, sourceParagraph.analysis.lang).map((hit) => String(hit.value)),
        ];
        const changed = said.length === 1 && turned.every((figure) => !sourceDigits.includes(figure));
        return (figures[kept] as string[]).length === 0 || changed ? { wanted: fallback, found } : null;
      };
      let inverted: { wanted: Cue | undefined; found: Cue | undefined } | null =
        s.most.length > t.most.length && t.least.length > s.least.length
          ? turnedLimit(s.most, t.most.length, t.least[s.least.length] ?? t.least[0])
          : s.least.length > t.least.length && t.most.length > s.most.length
            ? turnedLimit(s.least, t.least.length, t.most[s.most.length] ?? t.most[0])
            : // or said as a bound the other way beside a limit kept ("up to 30 kg and must not exceed
              // 120 cm" → "hingga 30 kg dan harus melebihi 120 cm"; with no limit kept, the lost
              // negation is the finding)
              s.most.length > t.most.length &&
                (t.most.length > 0 || plain(s.most[t.most.length])) &&
                !negatedAhead(s.most[t.most.length]) &&
                t.bound('above').length > s.bound('above').length
              ? { wanted: s.most[t.most.length], found: t.bound('above')[s.bound('above').length] }
              : s.least.length > t.least.length &&
                  (t.least.length > 0 || plain(s.least[t.least.length])) &&
                  !negatedAhead(s.least[t.least.length]) &&
                  t.bound('below').length > s.bound('below').length
                ? { wanted: s.least[t.least.length], found: t.bound('below')[s.bound('below').length] }
                : // or a bound turned into the limit the other way ("children under 12" → "Kinder ab
                  // 12", from 12; "over 65" → "hingga 65")
                  // (none where the source negates: "should not fit more than one finger" is a limit)
                  s.most.length + s.least.length + s.negation.length + s.limitNegations.length === 0 &&
                    s.bound('below').length > t.bound('below').length &&
                    t.least.length > 0 &&
                    t.most.length === 0
                  ? { wanted: s.bound('below')[t.bound('below').length], found: t.least[0] }
                  : s.most.length + s.least.length + s.negation.length + s.limitNegations.length === 0 &&
                      s.bound('above').length > t.bound('above').length &&
                      t.most.length > 0 &&
                      t.least.length === 0
                    ? { wanted: s.bound('above')[t.bound('above').length], found: t.most[0] }
                    : null;
      // (a cancellation or a change "up to" a span ahead is one at least that span ahead, which the
      // translation may say so: "cancellation is possible up to 48 hours before arrival" →
      // "mindestens 48 Stunden vor der Anreise", "抵达前48小时以上可免费取消")
      // (and the other way, into English)
      if (
        (inverted?.wanted && undoneUpTo(sourceParagraph.analysis, sourceSentence, inverted.wanted)) ||
        (inverted?.found && undoneUpTo(targetParagraph.analysis, targetSentence, inverted.found))
      )
        inverted = null;
      // (or a limit said with a negation before a comparison, "Do not take more than 6", rendered
      // as the other limit and no limit its way: "paling sedikit 6", "至少6片")
      const negatedLimit = (): { wanted: Cue; found: Cue | undefined } | null => {
        for (const { negation, direction, words } of s.negatedComparisons) {
          const wanted = words ?? negation;
          if (direction === 'below' && t.least.length > s.least.length && t.most.length === 0)
            return { wanted, found: t.least[s.least.length] };
          if (direction === 'above' && t.most.length > s.most.length && t.least.length === 0)
            return { wanted, found: t.most[s.most.length] };
        }
        return null;
      };
      // (or the other way: a limit said plainly, "at least 8", rendered with a negation before a
      // comparison the other way, "tidak membayar lebih dari 8", and no limit its way)
      const negatedInTarget = (): { wanted: Cue | undefined; found: Cue } | null => {
        for (const { direction, words: found } of t.negatedComparisons) {
          if (!found) continue;
          if (direction === 'below' && s.least.length > t.least.length && s.most.length === 0 && s.limitNegations.length === 0)
            return { wanted: s.least[t.least.length], found };
          if (direction === 'above' && s.most.length > t.most.length && s.least.length === 0 && s.limitNegations.length === 0)
            return { wanted: s.most[t.most.length], found };
        }
        return null;
      };
      // (or both with a negation before a comparison, the other way round: "Do not take more than
      // 4" → "Jangan minum kurang dari 4", not less than it)
      const negatedBoth = (): { wanted: Cue; found: Cue } | null => {
        const turned = (direction: 'above' | 'below') => (direction === 'above' ? 'below' : 'above');
        for (const { direction, words, negation } of s.negatedComparisons) {
          if (direction === null || t.negatedComparisons.some((other) => other.direction === direction)) continue;
          const found = t.negatedComparisons.find((other) => other.direction === turned(direction) && other.words !== null)?.words;
          if (found) return { wanted: words ?? negation, found };
        }
        return null;
      };
      // (or limits of both kinds, each of its own figure, turned both: "the minimum top-up is 10
      // and the maximum balance 1,000" → "充值最高10元，余额最低1000元")
      const byFigure = (): Array<{ wanted: Cue; found: Cue }> => {
        // (the translation may have lost a limit beside: "at least 400 photos within six weeks" →
        // "innerhalb von sechs Wochen höchstens 400", "innerhalb" no limit of its own)
        if (s.most.length === 0 || s.least.length === 0 || t.most.length + t.least.length === 0) return [];
        const figures = (analysis: Analysis, cues: readonly Cue[]) =>
          cues.map((cue) => figureAfter(analysis.text, cue.end, 3, analysis.lang));
        const source = { most: figures(sourceParagraph.analysis, s.most), least: figures(sourceParagraph.analysis, s.least) };
        const target = { most: figures(targetParagraph.analysis, t.most), least: figures(targetParagraph.analysis, t.least) };
        for (const [kind, other] of [
          ['most', 'least'],
          ['least', 'most'],
        ] as const) {
          for (const [k, figure] of source[kind].entries()) {
            if (figure === null || source[other].includes(figure) || target[kind].includes(figure)) continue;
            const turned = target[other].indexOf(figure);
            if (turned >= 0) turnedBoth.push({ wanted: s[kind][k] as Cue, found: t[other][turned] as Cue });
          }
        }
        return turnedBoth.sort((a, b) => a.found.start - b.found.start);
      };
      const turnedBoth: Array<{ wanted: Cue; found: Cue }> = [];
      inverted ??=
        byFigure()[0] ??
        negatedLimit() ??
        negatedInTarget() ??
        negatedBoth() ??
        bookedAtTheLatest(source, target, sourceSentence, targetSentence) ??
        deadlineMadeStart(source, target, sourceSentence, targetSentence) ??
        startMadeDeadline(source, target, sourceSentence, targetSentence) ??
        withinMadeDelay(source, target, sourceSentence, targetSentence) ??
        withinMadeEarlier(source, target, sourceSentence, targetSentence);
      // (each limit of both turned, once: "最高10元 … 最低1000元" are two, and so are "a minimum of two
      // days and a maximum of seven" → "un máximo de dos días y un mínimo de siete", where one is
      // found turned by the counts as well)
      const limitsTurned =
        inverted === turnedBoth[0] || (inverted && turnedBoth.some((each) => each.found === inverted?.found))
          ? turnedBoth.filter((each, k) => turnedBoth.findIndex((other) => other.found === each.found) === k)
          : [inverted];
      // (and a span ahead said as the earliest, beside another limit turned: "at least 24 hours in
      // advance and a minimum of 2 hours" → "paling cepat 24 jam sebelumnya dan maksimal 2 jam")
      const earliest = undoneAtTheEarliest(source, target, sourceSentence, targetSentence);
      if (
        earliest &&
        !limitsTurned.some((each) => each?.found && each.found.start < earliest.found.end && earliest.found.start < each.found.end)
      )
        limitsTurned.push(earliest);
      for (const each of limitsTurned) {
        if (!each?.wanted || !each.found) continue;
        out.push(
          finding(context, 'limits.inverted', 'major', each.found.start, each.found.end, {
            source: spanOf(source.text, each.wanted.start, each.wanted.end),
            params: { source: each.wanted.text, found: each.found.text },
          }),
        );
      }
      // a change or a comparison turned around ("rose" rendered as "turun", "higher" as "lebih
      // rendah"), a comparison on its own scale ("faster" is not turned around by "lebih murah")
      for (const [up, down] of [
        ['rise', 'fall'],
        ['more', 'less'],
      ] as const) {
        // (not a limb kept raised or lowered, a posture, no change: "Keep the arm raised to reduce
        // swelling" → "hacia abajo para aumentar" turned the reducing)
        // (where both sentences say one: the pair "elevation" compares those)
        const sourcePostures = inSpan([...(oppositesIn(source).get('elevation') ?? [[], []])].flat(), sourceSentence);
        const targetPostures = inSpan([...(oppositesIn(target).get('elevation') ?? [[], []])].flat(), targetSentence);
        const postured = up === 'rise' && sourcePostures.length > 0 && targetPostures.length > 0;
        const posture = (cue: Cue) => postured && sourcePostures.some((each) => each.start <= cue.start && cue.end <= each.end);
        const inTarget = (kind: typeof up | typeof down) =>
          t.paragraph
            .of(kind, targetSentence)
            .filter((cue) => !(postured && targetPostures.some((each) => each.start <= cue.start && cue.end <= each.end)));
        const sourceUps = s.paragraph.of(up, sourceSentence).filter((cue) => !posture(cue));
        const sourceDowns = s.paragraph.of(down, sourceSentence).filter((cue) => !posture(cue));
        if (sourceUps.length + sourceDowns.length === 0) continue;
        const scales = up === 'more' ? new Set([...sourceUps, ...sourceDowns].map(scaleOf)) : new Set([SIZE]);
        for (const scale of scales) {
          const onScale = (cues: Cue[]) => (up === 'more' ? cues.filter((cue) => scaleOf(cue) === scale) : cues);
          const ups = onScale(sourceUps);
          const downs = onScale(sourceDowns);
          if (ups.length > 0 && downs.length > 0) {
            const turnedOne = turnedAmongBoth(ups, downs, onScale(inTarget(up)), onScale(inTarget(down)));
            if (turnedOne)
              out.push(
                finding(context, 'direction.inverted', 'major', turnedOne.found.start, turnedOne.found.end, {
                  source: spanOf(source.text, turnedOne.said.start, turnedOne.said.end),
                  params: { source: turnedOne.said.text, found: turnedOne.found.text },
                }),
              );
            continue;
          }
          const wanted = ups.length > 0 ? up : down;
          const opposite = wanted === up ? down : up;
          const turned = onScale(inTarget(opposite));
          const saids = wanted === up ? ups : downs;
          // (the translation says the source's direction fewer times: "increase as your pet gets
          // older" → "menurun seiring bertambahnya usia" kept the age's and turned the premium's;
          // each of as many as it lost, in order: "reduces swelling … and can reduce snoring" →
          // "加重喉咙肿胀，并可能增加打鼾" turned both)
          const lost = saids.length - onScale(inTarget(wanted)).length;
          turned.slice(0, Math.max(0, lost)).forEach((found, index) => {
            const said = saids[Math.min(index, saids.length - 1)] as Cue;
            out.push(
              finding(context, 'direction.inverted', 'major', found.start, found.end, {
                source: spanOf(source.text, said.start, said.end),
                params: { source: said.text, found: found.text },
              }),
            );
          });
        }
      }
      // a word negative by its prefix rendered by the word it negates ("correct inaccurate data" →
      // "memperbaiki data yang akurat")
      const unprefixed = s.soft.length > 0 ? prefixLost(sourceParagraph, targetParagraph, s, targetSentence) : null;
      if (unprefixed && !out.some((each) => each.start < unprefixed.found.end && unprefixed.found.start < each.end)) {
        out.push(
          finding(context, 'polarity.dropped', 'major', unprefixed.found.start, unprefixed.found.end, {
            source: spanOf(source.text, unprefixed.said.start, unprefixed.said.end),
            params: { cue: unprefixed.said.text },
          }),
        );
      }
      // a word rendered by its cognate with a negative prefix ("compatible with other benefits" →
      // "incompatible con otras ayudas")
      // (or more words of a negative prefix than the source's, whatever its other soft words: "Stay
      // as active as possible" → "lo más inactivo posible")
      const prefixedIn = (cues: readonly Cue[]) => cues.filter((cue) => TARGET_NEGATIVE_PREFIX.test(cue.text.toLowerCase())).length;
      const prefixed =
        t.soft.length > s.soft.length || prefixedIn(t.soft) > prefixedIn(s.soft)
          ? prefixAdded(sourceParagraph, targetParagraph, s, targetSentence)
          : null;
      if (prefixed && !out.some((each) => each.start < prefixed.found.end && prefixed.found.start < each.end)) {
        out.push(
          finding(context, 'polarity.added', 'major', prefixed.found.start, prefixed.found.end, {
            source: spanOf(source.text, prefixed.said.start, prefixed.said.end),
            params: { cue: prefixed.found.text },
          }),
        );
      }
      // opposites swapped ("after meals" → "sebelum makan", "turn left" → "belok kanan")
      // (one finding for one place: of two pairs turning the same words, "separate room" → "同一房间"
      // read as a room and as sameness, the longer)
      const swaps: Array<{ said: Cue; found: Cue }> = [];
      const byLength = oppositesSwapped(sourceParagraph, targetParagraph, sourceSentence, targetSentence).sort(
        (a, b) => b.found.end - b.found.start - (a.found.end - a.found.start),
      );
      // (nor where a limit, a bound or a comparison was found already: "nicht weniger als" is the
      // limit turned, not "weniger" a second time)
      for (const swap of byLength)
        if (
          !swaps.some((kept) => kept.found.start < swap.found.end && swap.found.start < kept.found.end) &&
          !out.some((each) => each.start < swap.found.end && swap.found.start < each.end)
        )
          swaps.push(swap);
      swaps.sort((a, b) => a.found.start - b.found.start);
      for (const { said, found } of swaps) {
        // (a negation of the source's, "never", turned into "always" where the translation
        // negates nothing is the negation lost, reported below once)
        if (NEVER.has(said.text.toLowerCase().replace(/[-\s]+/gu, ' '))) {
          const negations = targetParagraph.of('negation', targetSentence);
          if (negations.length === targetParagraph.prepositional(negations).length) continue;
        }
        out.push(
          finding(context, 'direction.inverted', 'major', found.start, found.end, {
            source: spanOf(source.text, said.start, said.end),
            params: { source: said.text, found: found.text },
          }),
        );
      }
      // the two sides of a comparison swapped ("more common in men than in women" → "plus fréquents
      // chez les femmes que chez les hommes")
      const compared = comparedSwapped(source, target, sourceSentence, targetSentence);
      if (compared && !out.some((each) => each.start < compared.found.end && compared.found.start < each.end))
        out.push(
          finding(context, 'direction.inverted', 'major', compared.found.start, compared.found.end, {
            source: spanOf(source.text, compared.said.start, compared.said.end),
            params: { source: compared.said.text, found: compared.found.text },
          }),
        );
      // an obligation weakened into a possibility ("must include" → "dapat mencantumkan")
      const weakened = obligationWeakened(sourceParagraph, targetParagraph, sourceSentence, targetSentence);
      if (weakened && !out.some((each) => each.start < weakened.found.end && weakened.found.start < each.end)) {
        out.push(
          finding(context, 'direction.inverted', 'major', weakened.found.start, weakened.found.end, {
            source: spanOf(source.text, weakened.said.start, weakened.said.end),
            params: { source: weakened.said.text, found: weakened.found.text },
          }),
        );
      }
      // a possibility made a certainty ("may remain red" → "akan tetap merah")
      const certain = possibilityMadeCertain(sourceParagraph, targetParagraph, sourceSentence, targetSentence);
      if (certain && !out.some((each) => each.start < certain.found.end && certain.found.start < each.end)) {
        out.push(
          finding(context, 'modality.changed', 'major', certain.found.start, certain.found.end, {
            source: spanOf(source.text, certain.said.start, certain.said.end),
            params: { source: certain.said.text, found: certain.found.text },
          }),
        );
      }
      // a possibility or a permission made an obligation ("we may sell" → "nous devons vendre")
      const strengthened = obligationStrengthened(sourceParagraph, targetParagraph, sourceSentence, targetSentence);
      if (strengthened && !out.some((each) => each.start < strengthened.found.end && strengthened.found.start < each.end)) {
        out.push(
          finding(context, 'direction.inverted', 'major', strengthened.found.start, strengthened.found.end, {
            source: spanOf(source.text, strengthened.said.start, strengthened.said.end),
            params: { source: strengthened.said.text, found: strengthened.found.text },
          }),
        );
      }
      // a colour rendered as another ("yellow" → "hijau"), unless reported as an opposite just now
      // a kind of vehicle rendered as another ("a car licence" → "SIM sepeda motor")
      // a frequency rendered as another ("daily" → "setiap minggu", "every other day" → "setiap hari")
      // a span of time said without a figure rendered as another ("within an hour" → "dalam satu hari")
      // a season rendered as another ("in spring and autumn" → "au printemps et en été")
      for (const [rule, table] of VALUE_RULES) {
        for (const changed of valueChanged(sourceParagraph, targetParagraph, sourceSentence, targetSentence, table)) {
          if (out.some((each) => each.start === changed.found.start && each.end === changed.found.end)) continue;
          out.push(
            finding(context, rule, 'major', changed.found.start, changed.found.end, {
              source: spanOf(source.text, changed.said.start, changed.said.end),
              params: { source: changed.said.text, found: changed.found.text },
            }),
          );
        }
      }
      // a figure's bound turned around ("orders over Rp500.000" rendered as "di bawah Rp500.000")
      const [over] = s.bound('above');
      const [under] = s.bound('below');
      if ((over === undefined) !== (under === undefined)) {
        const [turned] = t.bound(over ? 'below' : 'above');
        const said = (over ?? under) as Cue;
        if (turned && t.bound(over ? 'above' : 'below').length === 0) {
          out.push(
            finding(context, 'direction.inverted', 'major', turned.start, turned.end, {
              source: spanOf(source.text, said.start, said.end),
              params: { source: said.text, found: turned.text },
            }),
          );
        }
      } else if (over && under) {
        // bounds of both kinds, each of its own figure: paired by their figures ("under 16 and
        // over 60" rendered as "di atas 16 … di bawah 60")
        for (const [kind, other] of [
          ['above', 'below'],
          ['below', 'above'],
        ] as const) {
          // (a bound said after its figure, Chinese "5岁以上", is of the figure before it)
          const figureOf = (analysis: Analysis, cue: Cue) =>
            PLUSSED.test(cue.text)
              ? cue.text.slice(0, -1)
              : POSTPOSED_BOUND.test(cue.text)
                ? figureBefore(analysis.text, cue.start)
                : figureAfter(analysis.text, cue.end, 1, analysis.lang);
          for (const said of s.bound(kind)) {
            const figure = figureOf(source, said);
            if (figure === null) continue;
            const sameFigure = (cue: Cue) => figureOf(target, cue) === figure;
            const turned = t.bound(other).find(sameFigure);
            if (turned && !t.bound(kind).some(sameFigure) && !s.bound(other).some((cue) => figureOf(source, cue) === figure)) {
              out.push(
                finding(context, 'direction.inverted', 'major', turned.start, turned.end, {
                  source: spanOf(source.text, said.start, said.end),
                  params: { source: said.text, found: turned.text },
                }),
              );
            }
          }
        }
      }
      // a quantifier turned around ("both" rendered as "salah satu", one of them; "all" as "beberapa")
      const changed = quantifierChanged(sourceParagraph, targetParagraph, sourceSentence, targetSentence);
      if (changed) {
        out.push(
          finding(context, 'quantifier.changed', 'major', changed.found.start, changed.found.end, {
            source: spanOf(source.text, changed.said.start, changed.said.end),
            params: { source: changed.said.text, found: changed.found.text },
          }),
        );
      }
      // a negation lost: on the words where the source has it, as near as the landmarks tell (a
      // soft cue of the translation may say it, unless the source has as many soft cues of its
      // own: "will not be charged if a payment fails" → "akan ditagih jika pembayaran gagal")
      // (a negated negative word, "do not lose", kept its negative word and lost its "not" when
      // the translation has a negative word and no negation: "kunci Anda hilang")
      // (a limit's own negation counts when the other side says no limit)
      // (nor a "no" glued to its word, a name's: "the no-claims discount is not lost" negates once)
      // (nor, the other way, a prefix with its word the translation says with an "un-" word: "les
      // partenaires non mariés" → "unmarried partners")
      const targetPrefixed =
        baseLanguage(target.lang) === 'en' && UN_PREFIXED_EN.test(target.text.slice(targetSentence.start, targetSentence.end));
      const sourceNegations = (t.saysLimitsOf(s) ? s.negation : [...s.negation, ...s.limitNegations]).filter(
        (cue) =>
          !saysUntil(sourceParagraph, targetParagraph, sourceSentence, targetSentence, cue) &&
          !gluedToItsWord(source.text, cue) &&
          !(targetPrefixed && PREFIX_WITH_WORD.test(cue.text)) &&
          !repeatedOverNouns(source, cue, target.text.slice(targetSentence.start, targetSentence.end)),
      );
      // (not one that says the source's "until" as "as long as … not": "until the water runs clear"
      // → "tant que l'eau n'est pas claire")
      // (nor a "ni" left behind by a negation lost before it: "Está permitido guardar muebles,
      // neumáticos ni combustible" has none)
      // (nor a prefix with its word, "non utilisés", where the source has a word negative by its
      // prefix that it renders: "Unused vouchers")
      const sourcePrefixed =
        baseLanguage(source.lang) === 'en' && UN_PREFIXED_EN.test(source.text.slice(sourceSentence.start, sourceSentence.end));
      const targetNegations = (s.saysLimitsOf(t) ? t.negation : [...t.negation, ...t.limitNegations]).filter(
        (cue) =>
          !saysUntil(targetParagraph, sourceParagraph, targetSentence, sourceSentence, cue) &&
          !strayNi(targetParagraph, targetSentence, cue) &&
          !(sourcePrefixed && PREFIX_WITH_WORD.test(cue.text)) &&
          // (nor one inside a phrase of a pair of opposites whose side the source says without one
          // and with no soft word either: "gratuitement" → "at no cost"; "Avoid raw fish" → "建议不要食用生鱼"
          // renders the "avoid" with its "不要")
          !(s.soft.length === 0 && negationInPairSaid(target, source, targetSentence, sourceSentence, cue)) &&
          // (nor a German "kein" said again for a second noun: "keine Karte und keinen Kompass" is one "not")
          !repeatedOverNouns(target, cue, source.text.slice(sourceSentence.start, sourceSentence.end)) &&
          // (nor a "non-" with its word that renders Chinese "防", against: "防滑的鞋底" → "non-slip soles")
          !(
            baseLanguage(source.lang) === 'zh' &&
            PREFIX_WITH_WORD.test(cue.text) &&
            /防\p{sc=Han}/u.test(source.text.slice(sourceSentence.start, sourceSentence.end))
          ),
      );
      // ("without" rendered "tanpa" says the same on both sides: neither stands for another "not"
      // lost, "Do not use … without" → "Gunakan … tanpa")
      const pairedWithout = Math.min(
        sourceParagraph.prepositional(sourceNegations).length,
        targetParagraph.prepositional(targetNegations).length,
      );
      // (a negation in a name, "Doctors Without Borders", need not be rendered as one)
      // (nor a negation of degree said as a comparison down: "不够彻底" → "less thoroughly")
      const sourceNots = withoutFirst(sourceNegations, sourceParagraph.prepositional(sourceNegations), pairedWithout).filter(
        (cue) =>
          !sourceParagraph.inName(cue) &&
          !saidOtherwise(source, target, sourceSentence, targetSentence, cue) &&
          !lessSaidAsNotSo(targetParagraph, targetSentence, source, cue) &&
          // (nor a word of a ban the translation says with its own: "禁止截图" → "Screenshots are blocked")
          !banSaidAsBan(target, source, targetSentence, sourceSentence, cue),
      );
      // (and a negation of the translation inside a phrase of the pair whose word the source
      // negates, that phrase saying the source's negation and word as one, "not included" →
      // "tidak termasuk": "are not included and are not handed over" → "tidak termasuk dan tidak diserahkan")
      const renderingPair = negationsOfPairPhrases(
        source,
        target,
        sourceSentence,
        targetSentence,
        sourceNegations,
        sourceNots,
        targetNegations,
      );
      const targetNots = withoutFirst(targetNegations, targetParagraph.prepositional(targetNegations), pairedWithout).filter(
        (cue) => !renderingPair.has(cue),
      );
      // (a translation whose every negation stands in a relative clause, "data yang tidak
      // terpakai", lost the one of the source's main clause: "Unused data does not roll over" →
      // "Data yang tidak terpakai bergulir")
      const sourceMain = sourceNots.filter((cue) => !sourceParagraph.inRelativeClause(cue));
      // (nor does one that renders a negative word of the source, "indirect" → "tidak langsung",
      // "unauthorised" → "tidak sah": "does not cover … unauthorised repairs" → "mencakup … perbaikan yang tidak sah")
      const sourceSoftPlaces =
        sourceMain.length > 0 && targetNots.length > 0
          ? softPlaces(
              source,
              target,
              // (not a word the source's own negation negates: "cannot be undone" is one negation)
              sourceParagraph
                .negativeWords(s.soft)
                // (nor the word of a prefix negation itself: "non-refundable" is that negation)
                .filter(
                  (soft) =>
                    !sourceMain.some(
                      (cue) => sourceParagraph.negatedWord(cue).start === soft.start || (cue.start <= soft.start && soft.end <= cue.end),
                    ),
                ),
              targetSentence,
            )
          : [];
      // (unless the translation has a soft cue for each of the source's: "unattended" is "无人看管")
      const renderingSoft =
        sourceSoftPlaces.length > 0 && t.soft.length >= s.soft.length
          ? new Set<Cue>()
          : negationsRenderingWords(target, targetParagraph, targetNots, sourceSoftPlaces);
      // (nor a "without" where the source says none: it renders a word of lacking, "unlocked" →
      // "sin candado", not the source's "do not": "Do not leave the bike unlocked" → "Puede dejar la
      // bicicleta sin candado")
      // (nor where the source's negation is a "no" of a noun: "no extra charge" is "sin coste adicional")
      // (and only where the source's language has a word of "without": Chinese says it with "不", "没有")
      const determiner = 'words' in sourceParagraph.cues ? sourceParagraph.cues.words.negationDeterminer : undefined;
      const saysWithout = 'words' in sourceParagraph.cues && sourceParagraph.cues.words.without !== undefined;
      const targetPrepositional = new Set(
        saysWithout &&
          sourceParagraph.prepositional(sourceNegations).length === 0 &&
          !sourceNots.some(
            (cue) =>
              determiner?.has(cue.text.toLowerCase()) ||
              NEGATIVE_PRONOUN.test(cue.text) ||
              beforeParticiple(source, cue) ||
              beforeAdjective(source, cue),
          )
          ? targetParagraph.prepositional(targetNots)
          : [],
      );
      // (nor one in a clause of concession where the source concedes nothing: "Do not give … unless a
      // doctor prescribes it" → "Berikan obat … meskipun tidak diresepkan dokter" lost the main one)
      const concedesNothing = !CONCESSIVE.test(source.text.slice(sourceSentence.start, sourceSentence.end));
      const targetMain = targetNots.filter(
        (cue) =>
          !targetParagraph.inRelativeClause(cue) &&
          !renderingSoft.has(cue) &&
          !targetPrepositional.has(cue) &&
          !(concedesNothing && conceding(target, targetSentence, cue)),
      );
      // (only where the source's relative clauses are told apart: Spanish and French "que" also opens
      // what a verb says, so "los adultos que nunca han tenido" is no main clause's negation)
      const tellsRelatives = 'words' in sourceParagraph.cues && sourceParagraph.cues.words.relativizer !== undefined;
      const lostMain = tellsRelatives && sourceMain.length > 0 && targetNots.length > 0 && targetMain.length === 0;
      const [negated] = lostMain
        ? sourceMain
        : sourceNots.length > 0
          ? sourceNots
          : targetNots.length === 0 && t.litotes.length === 0 && t.soft.some((cue) => !singleOfOne(target, cue))
            ? s.litotes.filter((cue) => !saidOtherwise(source, target, sourceSentence, targetSentence, cue))
            : // (a word of avoiding, "avoid chewing", with nothing negative in the translation's
              // sentence: "kunyahlah" lost it)
              // (nor a "solo" of one thing, "en un solo hombro", which restricts nothing)
              targetNots.length === 0 && t.litotes.length === 0
              ? s.soft.filter((cue) => AVOIDING.test(cue.text))
              : [];
      // (a soft word of the source turned into its opposite is reported as such, and renders
      // nothing of a negation: "no-claims bonus is lost" → "bonificación por ausencia … se mantiene")
      const turnedSofts = s.soft.filter((soft) =>
        out.some((each) => each.rule === 'direction.inverted' && each.source?.start === soft.start && each.source.end === soft.end),
      ).length;
      // (a word of keeping or staying, "the parcel is kept", is rendered by one of the translation's
      // own, "conservé", never by its soft words: those render the "not", "en cas d'absence")
      const keeping = s.soft.filter((cue) => KEEPING.test(cue.text)).length;
      // (an "only" of the translation says a "not" of the source only where the source has what
      // one trades for the other, an exception, a bound, a contrast: "not before 9" is "only after
      // 9"; "We do not repair sports shoes" → "我们只修理运动鞋" lost it)
      // (nor a word negative by its prefix whose plain word the sentence says too: "La leche
      // descongelada puede volver a congelarse" lost "must not be frozen again", whatever
      // "descongelada", thawed, says)
      // (a "without" of the source is what such a word says: "piezas sin pintar" are "unpainted pieces")
      // (nor a word of going away where the source negates one: "tell your doctor if they do not go
      // away" → "si desaparecen", "jika hilang" says the going away, not its "not")
      // (nor where the source says a going away of its own, which that word renders: "is not serious
      // and often goes away" → "serius dan sering hilang" lost the "not")
      const vanishingSaid =
        sourceNots.some((cue) => negatesVanishing(source, cue)) ||
        VANISHING_SAID.test(source.text.slice(sourceSentence.start, sourceSentence.end));
      // (nor the translation's word of "alone" where the source says alone: Spanish "solo" is alone
      // and only, "does not look after children alone" → "se queda solo a cargo de los niños")
      const saysAlone = ALONE_EN.test(source.text.slice(sourceSentence.start, sourceSentence.end));
      const emptySaid = EMPTY_SAID.test(source.text.slice(sourceSentence.start, sourceSentence.end));
      const tSoftCues = (
        sourceParagraph.prepositional(sourceNots).length === 0
          ? t.soft.filter((cue) => !plainWordBeside(target, targetSentence, cue))
          : t.soft
      ).filter(
        (cue) =>
          // (never one inside a negation: the "无" of "无需" is that negation's, "should not be given
          // laxatives without a doctor's advice" → "无需医生建议，即可给儿童服用泻药" lost one)
          !t.negation.some((negation) => negation.start < cue.end && cue.start < negation.end) &&
          // (nor one reported as the opposite of a plain word of the source, which it renders: "are
          // welcome, but … is not obliged to" → "sind unerwünscht, und … muss" turned one, lost the other)
          !out.some((each) => each.rule === 'direction.inverted' && each.start <= cue.start && cue.end <= each.end) &&
          (!vanishingSaid || !vanishingWord(target, cue)) &&
          // (nor a word of lacking that says a thing empty, where the source says one: "Do not switch
          // on the hot water when the tank is empty" → "水箱无水时，请开启热水功能" lost the "not")
          !(emptySaid && LACKING_WORD.test(cue.text)) &&
          !(saysAlone && aloneWord(target, cue)) &&
          // (nor one that is the source's own word, spelled the translation's way: "Decongestant
          // nasal sprays should not be used" → "descongestionantes … pueden usarse")
          !cognateOfSourceWord(source, sourceSentence, target, cue) &&
          // (nor a Chinese word of poor quality that renders the source's own: "damage caused by poor
          // packaging" → "因包装不当造成的损坏")
          !(POOR_ZH.test(cue.text) && POOR_EN.test(source.text.slice(sourceSentence.start, sourceSentence.end))) &&
          // (nor a Chinese "以免", lest, of a clause after a command the source negates: "Do not hang
          // heavy bags on the handle, as the stroller may tip over" → "请在推把上悬挂重物，以免…" lost it)
          !(
            LEST_ZH.test(target.text.slice(Math.max(targetSentence.start, cue.start - 1), cue.end)) &&
            /[，,]/u.test(target.text.slice(targetSentence.start, cue.start)) &&
            sourceNots.some((negation) => imperativeNegation(source, negation))
          ) &&
          // (nor one of a clause of cause after a comma where the source negates before its first
          // comma: "Do not squeeze spots, as this can cause scars" → "Apriétese los granos, ya que
          // puede evitar cicatrices" lost it)
          !inCauseAfterComma(target, targetSentence, cue, source, sourceSentence, sourceNots) &&
          // (nor one inside a phrase of a pair of opposites whose side the source says: "outside
          // working hours" → "非工作时间", "is not tracked outside working hours" → "非工作时间也会追踪" lost it)
          !negationInPairSaid(target, source, targetSentence, sourceSentence, cue, true),
      );
      // (a "without" that is the sentence's only negation trades for nothing: "works without an
      // internet connection" → "funktioniert nur mit einer Internetverbindung" lost it)
      const withoutsAlone = sourceParagraph.prepositional(sourceNots).length === sourceNots.length ? sourceNots : [];
      let tradable = source.text.slice(sourceSentence.start, sourceSentence.end);
      for (const cue of withoutsAlone)
        tradable =
          tradable.slice(0, cue.start - sourceSentence.start) +
          ' '.repeat(cue.end - cue.start) +
          tradable.slice(cue.end - sourceSentence.start);
      // (and a "without" trades for no span or bound beside it: "cancel within 14 days without giving
      // a reason" → "innerhalb von 14 Tagen nur mit Angabe von Gründen" lost it)
      const trades = withoutsAlone.length > 0 && withoutsAlone.length === sourceNots.length ? ONLY_TRADES_WITHOUT : ONLY_TRADES;
      const onlyUntraded = sourceNots.length > 0 && baseLanguage(source.lang) === 'en' && !trades.test(tradable);
      const tSoft = onlyUntraded ? tSoftCues.filter((cue) => !onlyWord(target, cue)).length : tSoftCues.length;
      // (and the source's own "only" those render leaves no soft word to say: "only considered if
      // other treatment has not helped" → "只有在其他治疗无效时，才会考虑", whose "无" says the "not")
      const onlysRendered = onlyUntraded
        ? Math.min(s.soft.filter((cue) => onlyWord(source, cue)).length, tSoftCues.filter((cue) => onlyWord(target, cue)).length)
        : 0;
      // (the translation's soft cues that may each say one of the source's negations, beyond those
      // that say the source's own soft words: fewer than its negations, and one is lost, "vehicles
      // that are not charging must not park here" → "未充电的车辆可以停在这些车位")
      // (a "not … without" is one of them: "may not sublet without consent" → "nur mit Zustimmung")
      // (nor a word of losing into Chinese, which says it with a plain word, "丢失", "损失": "valuables
      // that were not locked away … loss" → "未上锁的贵重物品丢失", the "未…的" says the "not")
      const losing = baseLanguage(target.lang) === 'zh' ? s.soft.filter((cue) => LOSING.test(cue.text)).length : 0;
      // (nor a word of going away of the source that the translation's own renders: "tidak
      // berbahaya dan biasanya hilang" → "harmless and usually go away")
      const goingAway = VANISHING_SAID.test(target.text.slice(targetSentence.start, targetSentence.end))
        ? s.soft.filter((cue) => vanishingWord(source, cue)).length
        : 0;
      const softForNots = Math.max(
        0,
        tSoft - (s.soft.length - onlysRendered - turnedSofts - losing - goingAway - (targetNots.length === 0 ? keeping : 0)),
      );
      const notsToSay = sourceNots.length - Math.min(sourceParagraph.prepositional(sourceNots).length, Math.max(0, sourceNots.length - 1));
      if (
        negated &&
        (targetNots.length === 0 || lostMain) &&
        (sourceNots.length === 0 || notsToSay > softForNots) &&
        // (nor a "without" the translation says with a word negative by its suffix: "sans danger" →
        // "harmless", "ohne Zucker" → "sugar-free")
        !(sourceParagraph.prepositional([negated]).length === 1 && t.soft.some((cue) => NEGATIVE_SUFFIX.test(cue.text))) &&
        // (nor the main clause's where a soft word of the translation's main clause may say it:
        // "das sich … nicht erholt hat, kehrt wahrscheinlich nicht zurück" → "that has not returned
        // … is unlikely to come back")
        !(lostMain && softForNots > 0 && tSoftCues.some((cue) => !targetParagraph.inRelativeClause(cue))) &&
        // (nor a "not … until" said with an "only" of time: "must not use it until it has been
        // repaired" → "dürfen Sie erst wieder benutzen, wenn er repariert …")
        !untilSaidAsOnly(source, target, sourceSentence, targetSentence) &&
        // (nor one an English "beyond repair" says: "tidak dapat diperbaiki" → "damaged beyond repair")
        !(baseLanguage(target.lang) === 'en' && BEYOND_NEGATING.test(target.text.slice(targetSentence.start, targetSentence.end))) &&
        !(turnedSofts > 0 && tSoft > 0 && tSoft >= s.soft.length - turnedSofts && sourceNots.length > 0) &&
        !(sourceNots.length === 1 && elidedSaidByOpposite(source, target, targetSentence, negated))
      ) {
        // (every negation of the source lost where the translation has none: each where it went,
        // "will not be charged …, provided that the delay is no longer than 12 hours" → "se le
        // cobrará …, siempre que el retraso supere las 12 horas")
        // (not one that carries on another or sets a contrast after a comma: ", not even our
        // support team", "on weekdays, not at weekends")
        // (where soft cues say some, the one of the main clause is the one lost: those say a state,
        // "未充电的", as a relative clause does)
        const lostAll =
          sourceNots.length > 1 && targetNots.length === 0 && !lostMain && t.soft.length <= s.soft.length
            ? sourceNots.filter((cue) => cue === negated || !/[,;:]\s*$/u.test(source.text.slice(Math.max(0, cue.start - 3), cue.start)))
            : [softForNots > 0 && !lostMain && targetNots.length === 0 ? (sourceMain[0] ?? negated) : negated];
        const places: Sentence[] = [];
        for (const each of lostAll) {
          // (a soft word reported as turned into its opposite is reported once: "avoid very hot
          // drinks" → "privilégiez les boissons très chaudes")
          if (out.some((f) => f.rule === 'direction.inverted' && f.source?.start === each.start && f.source.end === each.end)) continue;
          const at =
            permissionOfLost(source, target, each, targetSentence) ??
            whereLost(source, target, sourceParagraph, targetParagraph, each, targetSentence) ??
            targetSentence;
          if (each !== negated && (at === targetSentence || places.some((place) => place.start < at.end && at.start < place.end))) continue;
          places.push(at);
          out.push(
            finding(context, 'polarity.dropped', 'major', at.start, at.end, {
              source: spanOf(source.text, each.start, each.end),
              params: { cue: each.text },
            }),
          );
        }
      } else {
        // one of several negations lost while another stays ("decide not to take part …, your care
        // will not be affected" → "… tidak ambil bagian …, perawatan Anda akan terpengaruh"): the
        // source says more of them, and one lands in a clause of the translation that has none
        // (not when the translation has more negative words than the source: "tidak sah" may be "unauthorised")
        const lost =
          t.soft.length <= s.soft.length - losing &&
          lostBesideAnother(
            source,
            target,
            sourceParagraph,
            targetParagraph,
            // (a negated negative word counts too: "do not use the lifts, and do not stop" → "jangan
            // gunakan lift, dan berhenti" lost the second "not"; "jangan berhenti" keeps it)
            [...sourceNots, ...s.litotes].sort((a, b) => a.start - b.start),
            [...targetNots, ...t.litotes].sort((a, b) => a.start - b.start),
            targetSentence,
          );
        // (nor one an English clause with no verb carries over: "…nicht tragen, harte Linsen vier
        // Wochen lang nicht" → "must not wear …, and hard lenses for four weeks")
        if (lost && !carriedIntoEllipsis(target, source, targetSentence, sourceSentence, lost.negated)) {
          out.push(
            finding(context, 'polarity.dropped', 'major', lost.at.start, lost.at.end, {
              source: spanOf(source.text, lost.negated.start, lost.negated.end),
              params: { cue: lost.negated.text },
            }),
          );
        } else {
          // a "without" rendered "with" beside a negation kept ("shall not disclose it … without
          // the prior written consent" → "tidak boleh mengungkapkannya … dengan persetujuan"): the
          // source says more "without" than the translation "tanpa", and more negations in all, and
          // the translation has no negative word that may say it ("without royalties" → "bebas royalti")
          // (none in a name: "Doctors Without Borders" may be "Dokter Lintas Batas")
          const sourceWithout = sourceParagraph.prepositional(sourceNegations).filter((cue) => !sourceParagraph.inName(cue));
          const targetWithout = targetParagraph.prepositional(targetNegations);
          const negated = sourceWithout[targetWithout.length];
          // (nor one said by the opposite of the word it negates: "sin apretar" → "loosely")
          if (
            negated &&
            sourceNegations.length > targetNegations.length &&
            t.soft.length === 0 &&
            !saidOtherwise(source, target, sourceSentence, targetSentence, negated)
          ) {
            const at = whereLost(source, target, sourceParagraph, targetParagraph, negated, targetSentence) ?? targetSentence;
            out.push(
              finding(context, 'polarity.dropped', 'major', at.start, at.end, {
                source: spanOf(source.text, negated.start, negated.end),
                params: { cue: negated.text },
              }),
            );
          }
        }
      }
      // a negation added
      // (a soft cue of the source may be what it renders, "keep the bandage on" → "jangan lepaskan
      // perban"; not a refusal of what the source permits: "Dogs are allowed if kept on a lead" →
      // "… tidak boleh …")
      // (and beside "without"s the translation says with its own, the only negations the source has:
      // "works without internet" → "tidak berfungsi tanpa internet" added the "tidak")
      // (or its own idiom says: "works without internet" → "tidak berfungsi tanpa koneksi")
      const withoutsOnly =
        sourceNegations.length > 0 &&
        sourceParagraph.prepositional(sourceNegations).length === sourceNegations.length &&
        sourceNots.length === 0;
      const targetWithouts = withoutsOnly ? targetParagraph.prepositional(targetNegations) : [];
      // (there, not one of a relative clause, which says a word negative by its own: "without undue
      // delay" → "tanpa penundaan yang tidak semestinya")
      const [added] = targetNegations.filter(
        (cue) => !targetParagraph.inName(cue) && !targetWithouts.includes(cue) && !(withoutsOnly && targetParagraph.inRelativeClause(cue)),
      );
      // (a command to avoid, where neither side negates and the source has no soft word: "Evite")
      const avoided =
        sourceNegations.length === 0 && targetNegations.length === 0 && s.soft.length === 0 && s.litotes.length === 0
          ? avoidanceAdded(source, target, sourceSentence, targetSentence)
          : null;
      // (never the negation of a limit where the source sets one: "up to the declared value" →
      // "不超过声明价值")
      const ofALimit =
        added !== undefined &&
        (s.most.length + s.least.length > 0 || LIMIT_SAID_EN.test(source.text.slice(sourceSentence.start, sourceSentence.end))) &&
        (t.limitNegations.includes(added) || [...t.most, ...t.least].some((limit) => limit.start <= added.start && added.end <= limit.end));
      if (
        added &&
        !ofALimit &&
        (sourceNegations.length === 0 || withoutsOnly) &&
        // (nor one that renders a "no" glued to its word: "no-shows forfeit the down payment" →
        // "tim yang tidak datang kehilangan uang mukanya")
        !s.negation.some((cue) => gluedToItsWord(source.text, cue)) &&
        // (nor one that renders an English "beyond repair", which cannot be repaired: "rusak hingga
        // tidak dapat diperbaiki")
        !(baseLanguage(source.lang) === 'en' && BEYOND_NEGATING.test(source.text.slice(sourceSentence.start, sourceSentence.end))) &&
        (!negatesOpposite(source, target, sourceSentence, targetSentence, added) ||
          addedInPlainClause(sourceParagraph, targetParagraph, sourceSentence, targetSentence, added)) &&
        !lessSaidAsNotSo(sourceParagraph, sourceSentence, target, added) &&
        !banSaidAsBan(source, target, sourceSentence, targetSentence, added) &&
        !lessSaidWithout(targetParagraph, s, added) &&
        // (nor one that says an "optional" as need not: "Cameras are optional" → "摄像头可以不开")
        !optionalSaidAsNotNeeded(source, target, sourceSentence, targetSentence, added) &&
        (s.soft.length === 0 ||
          refusesPermission(source, target, sourceParagraph, targetParagraph, s, sourceSentence, targetSentence, added) ||
          refusesStaying(target, s, added) ||
          refusesContinuing(source, target, s, added, targetSentence) ||
          softsSaidPlainly(source, target, s, sourceSentence, targetSentence, added) ||
          otherwiseSaidPlainly(source, target, s, sourceSentence, targetSentence) ||
          unlessUnsaid(source, targetParagraph, s, sourceSentence, targetSentence, added) ||
          onlyWithMadeWithout(source, targetParagraph, s, added, targetNegations) ||
          onlyBesideRelativeNegation(sourceParagraph, targetParagraph, s, added, targetSentence) ||
          refusalRendered(source, target, s, targetSentence) ||
          negativeWordsRendered(sourceParagraph, s, t) ||
          softsSaidAsCognates(source, target, s, targetSentence) ||
          withSaidWithout(source, targetParagraph, s, sourceSentence, added) ||
          lossSaidPlainly(s, target, targetSentence) ||
          freeOfChargeUnsaid(source, target, s, sourceSentence, targetSentence, added) ||
          addedInPlainClause(sourceParagraph, targetParagraph, sourceSentence, targetSentence, added))
      ) {
        out.push(
          finding(context, 'polarity.added', 'major', added.start, added.end, {
            source: spanOf(source.text, sourceSentence.start, sourceSentence.end),
            params: { cue: added.text },
          }),
        );
      } else if (avoided) {
        // a command to avoid where the source commands nothing negative ("Wear gloves when you
        // garden" → "Evite los guantes cuando trabaje en el jardín")
        out.push(
          finding(context, 'polarity.added', 'major', avoided.start, avoided.end, {
            source: spanOf(source.text, sourceSentence.start, sourceSentence.end),
            params: { cue: avoided.text },
          }),
        );
      } else if (baseLanguage(target.lang) === 'zh' && sourceNegations.length > 0 && s.soft.length === 0) {
        const beside = addedToChineseMain(sourceParagraph, targetParagraph, sourceNots, targetNots, t.soft, targetSentence);
        if (beside && !negatesOpposite(source, target, sourceSentence, targetSentence, beside))
          out.push(
            finding(context, 'polarity.added', 'major', beside.start, beside.end, {
              source: spanOf(source.text, sourceSentence.start, sourceSentence.end),
              params: { cue: beside.text },
            }),
          );
      } else if (
        sourceNegations.length > 0 &&
        (s.soft.length === 0 || softsRenderPlainly(target, source, s, targetSentence, sourceSentence, targetNegations)) &&
        (t.soft.length === 0 || softsRenderPlainly(source, target, t, sourceSentence, targetSentence, sourceNegations))
      ) {
        // one added beside one kept (no negative word on either side that a negation may say, or
        // each a word of a pair the other side says plainly on the same side: "can be turned off if
        // you cannot talk" → "no se pueden desactivar si no puedes hablar")
        // (and whether the source's negations are all "without"s the translation's render)
        const withoutsOnly = sourceNegations.length === pairedWithout;
        const beside = addedBesideAnother(
          source,
          target,
          sourceParagraph,
          targetParagraph,
          sourceNots,
          targetNots,
          targetSentence,
          withoutsOnly,
        );
        if (
          beside &&
          !negatesOpposite(source, target, sourceSentence, targetSentence, beside) &&
          !carriedIntoEllipsis(source, target, sourceSentence, targetSentence, beside)
        )
          out.push(
            finding(context, 'polarity.added', 'major', beside.start, beside.end, {
              source: spanOf(source.text, sourceSentence.start, sourceSentence.end),
              params: { cue: beside.text },
            }),
          );
      }
      // a "without" where the source says "with", beside negations kept or excused ("must always
      // dive with their instructor and may never …" → "pueden bucear sin su instructor y nunca …")
      // (not where the source has a word a "without" may say: "comes with free delivery" → "incluye
      // envío sin coste")
      const withoutAdded =
        s.soft.length > 0 ||
        out.some((each) => each.rule.startsWith('polarity.') && each.start >= targetSentence.start && each.end <= targetSentence.end)
          ? null
          : withoutForWith(source, target, sourceParagraph, targetParagraph, s.negation, t.negation, sourceSentence, targetSentence);
      if (withoutAdded)
        out.push(
          finding(context, 'polarity.added', 'major', withoutAdded.start, withoutAdded.end, {
            source: spanOf(source.text, sourceSentence.start, sourceSentence.end),
            params: { cue: withoutAdded.text },
          }),
        );
      // a plain negation added beside the "without"s that render the source's only negative words,
      // "un-" words ("The deposit is returned when the projector is returned undamaged" → "Deposit
      // tidak dikembalikan saat proyektor dikembalikan tanpa kerusakan")
      const besideWithouts =
        sourceNegations.length === 0 &&
        s.soft.length > 0 &&
        s.soft.every((cue) => UN_PREFIXED_EN.test(cue.text) && !/^unless$/iu.test(cue.text)) &&
        !out.some((each) => each.rule.startsWith('polarity.') && each.start >= targetSentence.start && each.end <= targetSentence.end)
          ? plainBesideWithouts(targetParagraph, targetNegations, s.soft.length)
          : null;
      if (besideWithouts)
        out.push(
          finding(context, 'polarity.added', 'major', besideWithouts.start, besideWithouts.end, {
            source: spanOf(source.text, sourceSentence.start, sourceSentence.end),
            params: { cue: besideWithouts.text },
          }),
        );
      // an "un-" word said as its plain word, where the source's paragraph says the plain word too
      // and the translation's sentence negates nothing ("classified …; unclassified trips" → "eingestuft …; eingestufte Fahrten")
      const plainForPrefixed =
        sourceNegations.length === 0 &&
        targetNegations.length === 0 &&
        t.soft.length === 0 &&
        s.soft.length > 0 &&
        !out.some((each) => each.rule.startsWith('polarity.') && each.start >= targetSentence.start && each.end <= targetSentence.end)
          ? prefixedSaidPlain(source, target, targetSentence, s.soft)
          : null;
      if (plainForPrefixed)
        out.push(
          finding(context, 'polarity.dropped', 'major', plainForPrefixed.found.start, plainForPrefixed.found.end, {
            source: spanOf(source.text, plainForPrefixed.said.start, plainForPrefixed.said.end),
            params: { cue: plainForPrefixed.said.text },
          }),
        );
      // the negation moved to the other side of a "but" ("Outside catering is not permitted, but
      // you may bring a cake" → "允许外来餐饮，但您不得自带婚礼蛋糕")
      const moved = out.some(
        (each) => each.rule.startsWith('polarity.') && each.start >= targetSentence.start && each.end <= targetSentence.end,
      )
        ? null
        : negationAcrossBut(sourceParagraph, targetParagraph, sourceSentence, targetSentence);
      // (a prefix with its word that renders the source's "un-" word moved nothing, the loss is one
      // still: "Unused vouchers … cannot" → "Les bons non utilisés … peuvent")
      if (moved && sourcePrefixed && PREFIX_WITH_WORD.test(moved.added.text)) {
        out.push(
          finding(context, 'polarity.dropped', 'major', moved.lost.start, moved.lost.end, {
            source: spanOf(source.text, moved.said.start, moved.said.end),
            params: { cue: moved.said.text },
          }),
        );
      } else if (moved) {
        out.push(
          finding(context, 'polarity.dropped', 'major', moved.lost.start, moved.lost.end, {
            source: spanOf(source.text, moved.said.start, moved.said.end),
            params: { cue: moved.said.text },
          }),
          finding(context, 'polarity.added', 'major', moved.added.start, moved.added.end, {
            source: spanOf(source.text, sourceSentence.start, sourceSentence.end),
            params: { cue: moved.added.text },
          }),
        );
      }
      // a limit's "not … exceed" lost, the maximum kept ("Loads must not exceed the maximum weight"
      // → "La carga puede superar el peso máximo"): the translation exceeds with no negation at all
      const exceeded = !out.some(
        (each) => each.rule.startsWith('polarity.') && each.start >= targetSentence.start && each.end <= targetSentence.end,
      )
        ? exceedingLeftUnnegated(source, target, sourceSentence, targetSentence, t)
        : null;
      if (exceeded && !out.some((each) => each.start < exceeded.found.end && exceeded.found.start < each.end))
        out.push(
          finding(context, 'polarity.dropped', 'major', exceeded.found.start, exceeded.found.end, {
            source: spanOf(source.text, exceeded.said.start, exceeded.said.end),
            params: { cue: exceeded.said.text },
          }),
        );
      // a refusal to guarantee turned into a guarantee of the opposite ("We cannot guarantee that
      // our products are free of nuts" → "Podemos garantizar que nuestros productos no contienen …")
      const unsure = out.some(
        (each) => each.rule === 'polarity.dropped' && each.start >= targetSentence.start && each.end <= targetSentence.end,
      )
        ? null
        : guaranteeNegationMoved(source, target, sourceSentence, targetSentence, targetNegations, t);
      if (unsure) {
        out.push(
          finding(context, 'polarity.dropped', 'major', unsure.lost.start, unsure.lost.end, {
            source: spanOf(source.text, unsure.said.start, unsure.said.end),
            params: { cue: unsure.said.text },
          }),
        );
      }
      // a negated word of a pair said plainly ("Do not stop the treatment without speaking to your
      // doctor" → "Anda dapat menghentikan pengobatan tanpa…"): a negation of a negative word that
      // the translation says un-negated, and not its opposite either
      const litotesLost = out.some(
        (each) => each.rule.startsWith('polarity.') && each.start >= targetSentence.start && each.end <= targetSentence.end,
      )
        ? null
        : litotesSaidPlainly(source, target, sourceParagraph, targetParagraph, s.litotes, sourceSentence, targetSentence);
      if (litotesLost) {
        out.push(
          finding(context, 'polarity.dropped', 'major', litotesLost.found.start, litotesLost.found.end, {
            source: spanOf(source.text, litotesLost.said.start, litotesLost.said.end),
            params: { cue: litotesLost.said.text },
          }),
        );
      }
    });
    return out;
  },
};

/** The "only" right after a negation that makes it a "not only" ("not only", "nicht nur", "pas seulement", "tidak hanya"). */
const NOT_ONLY_AFTER =
  /^[\s\u00a0]+(?:only|just|merely|simply|nur|seulement|uniquement|solo|sólo|solamente|únicamente|hanya|cuma)(?![\p{L}])/iu;

/**
 * A negation of a negative word of a pair ("do not stop", "jangan berhenti") whose word the
 * translation says with no negation before it ("dapat menghentikan", "可以停止"), and neither the
 * pair's other side ("continue") nor that word un-negated elsewhere in the source's sentence.
 */
function litotesSaidPlainly(
  source: Analysis,
  target: Analysis,
  sourceParagraph: Paragraph,
  targetParagraph: Paragraph,
  litotes: readonly Cue[],
  sourceSentence: Sentence,
  targetSentence: Sentence,
): { said: Cue; found: Cue } | null {
  if (litotes.length === 0) return null;
  const inSource = oppositesIn(source);
  const inTarget = oppositesIn(target);
  const targetNegations = targetParagraph.of('negation', targetSentence);
  for (const negation of litotes) {
    // (not a "not only", which denies the "only" and says the word: "from anywhere, not only at
    // home" → "而不仅仅是在家中")
    if (NOT_ONLY_AFTER.test(source.text.slice(negation.end, negation.end + 12))) continue;
    const word = sourceParagraph.negatedWord(negation);
    for (const [name, sides] of inSource) {
      const side = sides.findIndex((cues) => cues.some((cue) => cue.start <= word.start && word.end <= cue.end));
      if (side < 0) continue;
      // (the source's sentence says that side once, negated, and never the other)
      if (inSpan(sides[side] as Cue[], sourceSentence).length !== 1 || inSpan(sides[1 - side] as Cue[], sourceSentence).length > 0)
        continue;
      const pair = inTarget.get(name);
      if (!pair || inSpan(pair[1 - side] as Cue[], targetSentence).length > 0) continue;
      const found = inSpan(pair[side] as Cue[], targetSentence);
      if (found.length !== 1) continue;
      const at = found[0] as Cue;
      // (no negation before it in its clause, nor right after it, where German and French say one:
      // "verhindern keine weiteren Anfälle", "n'empêche pas")
      const negated = targetNegations.some(
        (cue) =>
          (cue.end <= at.start &&
            !/[,;:，；：。]/u.test(target.text.slice(cue.end, at.start)) &&
            (target.unspaced ? at.start - cue.end <= 6 : wordsBetween(target, cue.end, at.start) <= 3)) ||
          (NEGATES_AFTER_VERB.has(baseLanguage(target.lang)) &&
            !/^(?:ohne|sans|zonder)$/iu.test(cue.text) &&
            cue.start >= at.end &&
            wordsBetween(target, at.end, cue.start) <= 1 &&
            !/[,;:]/u.test(target.text.slice(at.end, cue.start))),
      );
      if (!negated) return { said: negation, found: at };
    }
  }
  return null;
}

/**
 * A negated verb of guaranteeing before what it would guarantee ("cannot guarantee that", "do not
 * promise you that"): its negation is not the clause's after it ("guarantee that … is not"), as the
 * negation of "think" or "expect" may be.
 */
const NEGATED_GUARANTEE_EN =
  /\b(cannot|can ?not|can['’]t|could not|couldn['’]t|do not|does not|don['’]t|doesn['’]t|will not|won['’]t|(?:are|is|am) unable to|(?:are|is) not able to)\s+(?:fully\s+|always\s+|ever\s+)?(?:guarantee|promise|ensure|assure|warrant|confirm)(?:\s+[\p{L}]+)?\s+that\b/iu;

/** The word that opens a clause of what is said or guaranteed ("que", "bahwa", "dass"). */
const COMPLEMENTIZER: Readonly<Record<string, RegExp>> = {
  es: /(?<![\p{L}])que(?![\p{L}])/gu,
  pt: /(?<![\p{L}])que(?![\p{L}])/gu,
  fr: /(?<![\p{L}])qu(?:e(?![\p{L}])|['’])/gu,
  it: /(?<![\p{L}])che(?![\p{L}])/gu,
  id: /(?<![\p{L}])bahwa(?![\p{L}])/gu,
  ms: /(?<![\p{L}])bahawa(?![\p{L}])/gu,
  de: /(?<![\p{L}])dass(?![\p{L}])/gu,
  nl: /(?<![\p{L}])dat(?![\p{L}])/gu,
};

/**
 * Whether a refusal to guarantee lost its negation to the clause it governs: the source negates a
 * verb of guaranteeing before "that", the translation's sentence has a clause of what is said and
 * every negation it has (one at least), soft words too, after that clause's opener. The place lost
 * is before the opener: "Podemos garantizar".
 */
function guaranteeNegationMoved(
  source: Analysis,
  target: Analysis,
  sourceSentence: Sentence,
  targetSentence: Sentence,
  targetNegations: readonly Cue[],
  t: Side,
): { said: Cue; lost: { start: number; end: number } } | null {
  if (baseLanguage(source.lang) !== 'en') return null;
  const opener = COMPLEMENTIZER[baseLanguage(target.lang)];
  if (!opener) return null;
  const said = NEGATED_GUARANTEE_EN.exec(source.text.slice(sourceSentence.start, sourceSentence.end));
  if (!said) return null;
  const text = target.text.slice(targetSentence.start, targetSentence.end);
  // (one such clause in the sentence: of several, the landmarks would have to tell which)
  const openers = [...text.matchAll(opener)];
  const [found] = openers;
  if (!found || openers.length > 1) return null;
  const at = targetSentence.start + found.index;
  const inSentence = (cue: Cue) => cue.start >= targetSentence.start && cue.end <= targetSentence.end;
  const negations = targetNegations.filter(inSentence);
  if (negations.length === 0 || negations.some((cue) => cue.start < at)) return null;
  if ([...t.soft, ...t.litotes].some((cue) => inSentence(cue) && cue.start < at)) return null;
  // (from the sentence's first word to the last before the opener, its comma aside)
  const head = text.slice(0, found.index);
  const first = head.search(/[\p{L}\p{N}]/u);
  const last = /[\p{L}\p{N}][^\p{L}\p{N}]*$/u.exec(head);
  if (first < 0 || !last) return null;
  const negation = said[1] as string;
  const sourceAt = sourceSentence.start + said.index;
  return {
    said: { start: sourceAt, end: sourceAt + negation.length, text: negation },
    lost: { start: targetSentence.start + first, end: targetSentence.start + last.index + 1 },
  };
}

/** Whether a negation is the first part of a hyphenated word ("no-claims", "no-show"): a compound's, no clause's. */
function gluedToItsWord(text: string, cue: Cue): boolean {
  return text.charAt(cue.end) === '-' && /\p{L}/u.test(text.charAt(cue.end + 1));
}

/** Words that join two clauses set against each other ("but", "tetapi", "aber", "mais", "pero", "但"). */
const BUT: Readonly<Record<string, RegExp>> = {
  en: /^(?:but|whereas)$/u,
  id: /^(?:tetapi|tapi|namun|sedangkan)$/u,
  de: /^(?:aber|jedoch|doch|dagegen|hingegen)$/u,
  fr: /^(?:mais|tandis)$/u,
  es: /^(?:pero|mientras)$/u,
};
const CHINESE_BUT = /但是|但|不过|可是/gu;
/**
 * Words that join a clause to what follows from it ("so", "sehingga", "daher", "donc", "所以"): a
 * negation moved across one is lost as one moved across a "but" is. (English's "so" and
 * "therefore" after a comma only: "so that", "so much" join nothing.)
 */
const SO: Readonly<Record<string, RegExp>> = {
  en: /^(?:so|therefore)$/u,
  id: /^(?:sehingga|karenanya|makanya)$/u,
  de: /^(?:daher|deshalb|deswegen|sodass)$/u,
  fr: /^(?:donc)$/u,
  // (Spanish "así que": "así" alone is also "like this", "así como" as well as)
  es: /^así$/u,
};
/** What must follow a word of "so" for it to join a clause ("así que"). */
const SO_AFTER: Readonly<Record<string, RegExp>> = { es: /^[\s\u00a0]+que\b/u };
const CHINESE_SO = /所以|因此|因而/gu;
/** Words that join a clause to its cause ("because", "karena", "weil", "car", "porque", "因为"): a negation moved across one is lost too. */
const BECAUSE: Readonly<Record<string, RegExp>> = {
  en: /^because$/u,
  id: /^(?:karena|sebab)$/u,
  de: /^(?:weil|denn)$/u,
  fr: /^car$/u,
  es: /^porque$/u,
};
const CHINESE_BECAUSE = /因为|由于/gu;
/** Words that join two clauses one after the other ("and", "dan", "und", "et", "y"). */
const AND: Readonly<Record<string, RegExp>> = {
  en: /^and$/u,
  id: /^dan$/u,
  de: /^und$/u,
  fr: /^et$/u,
  es: /^(?:y|e)$/u,
};
/** Words of "or" ("atau", "oder", "ou", "o"), and the condition that makes what follows one a clause of its own. */
const OR: Readonly<Record<string, RegExp>> = {
  en: /^or$/u,
  id: /^atau$/u,
  de: /^oder$/u,
  fr: /^ou$/u,
  es: /^(?:o|u)$/u,
};
const CONDITION_AFTER_OR: Readonly<Record<string, RegExp>> = {
  en: /^\s+(?:if|when|whenever|unless)\b/u,
  id: /^\s+(?:jika|bila|apabila|kalau|jikalau)\b/u,
  de: /^\s+(?:wenn|falls|sobald)\b/u,
  fr: /^\s+(?:si|s'|s’|lorsque|quand)/u,
  es: /^\s+(?:si|cuando)\b/u,
};
const CHINESE_OR_IF = /或(?:者)?(?:如果|若|当)/gu;
/** What follows an English "and" that begins a clause of its own: a verb of the same subject ("and is quoted"). */
const CLAUSE_AFTER_AND =
  /^\s+(?:is|are|was|were|will|must|can|cannot|may|should|has|have|does|do|never|can't|won't|isn't|aren't|doesn't|don't)\b/u;
/**
 * Words of "but" or "so" that may stand after the second clause's first words ("Kindergeld dagegen
 * schon", "Kindergeld jedoch nicht", "n'embrassez donc personne", "tragen Sie deshalb").
 */
// (and German "aber" a few words into its clause: "…, sie nach dem Absenden aber bearbeiten")
const BUT_INSIDE: Readonly<Record<string, RegExp>> = {
  de: /^(?:aber|jedoch|dagegen|hingegen|daher|deshalb|deswegen)$/u,
  fr: /^donc$/u,
};

/**
 * A sentence of two clauses set against each other by a "but" (or joined by a "so", or by an "and"
 * that begins a clause: "is not included and is quoted separately"), the one negated in the source and
 * the other in the translation ("floods are covered, but wear and tear is not" → "las inundaciones
 * no están cubiertas, pero el desgaste sí"): the source's negation, the translation's clause that
 * lost it (its words) and the translation's negation that came into the other. Each sentence with
 * one "but" only, each clause about as long in both (a translation that put the clauses the other
 * way round has them of other lengths, or carries a figure or a name along), and the translation's
 * first clause with no word that forbids.
 */
function negationAcrossBut(
  source: Paragraph,
  target: Paragraph,
  sourceSentence: Sentence,
  targetSentence: Sentence,
): { said: Cue; lost: Cue; added: Cue } | null {
  const split = (paragraph: Paragraph, span: Sentence): [Sentence, Sentence] | null => {
    const analysis = paragraph.analysis;
    const lang = baseLanguage(analysis.lang);
    const joinsOf = (chinese: RegExp, words: RegExp | undefined, afterComma: boolean): Cue[] => {
      const joins: Cue[] = [];
      if (lang === 'zh') {
        const text = analysis.text.slice(span.start, span.end);
        for (const match of text.matchAll(chinese))
          joins.push({ start: span.start + match.index, end: span.start + match.index + match[0].length, text: match[0] });
      } else if (words) {
        for (const item of analysis.items)
          if (
            item.kind === 'word' &&
            item.start >= span.start &&
            item.end <= span.end &&
            words.test(item.lower) &&
            (!afterComma || /[,;]\s*$/u.test(analysis.text.slice(span.start, item.start)))
          )
            joins.push(item);
      }
      return joins;
    };
    const buts = joinsOf(CHINESE_BUT, BUT[lang], false);
    const sos =
      buts.length > 0
        ? buts
        : joinsOf(CHINESE_SO, SO[lang], lang === 'en').filter(
            (join) => SO_AFTER[lang]?.test(analysis.text.slice(join.end, join.end + 8)) ?? true,
          );
    // (or an "and" that joins two clauses: in English one before a verb of its own, "is not included
    // and is quoted separately"; in the other languages any single one, once the source has one)
    // (in Chinese, which joins such clauses with no word, its one comma: "存储卡包含在内，无需另行购买")
    const ands = () =>
      joinsOf(/，/gu, AND[lang], false).filter(
        (join) => lang !== 'en' || CLAUSE_AFTER_AND.test(analysis.text.slice(join.end, join.end + 12)),
      );
    // (or a "because": "Do not use talcum powder, because the baby may breathe it in" → "Gunakan bedak
    // tabur, karena bayi tidak dapat menghirupnya")
    // (not the "denn" of German "es sei denn", unless)
    const becauses =
      sos.length > 0
        ? []
        : joinsOf(CHINESE_BECAUSE, BECAUSE[lang], false).filter(
            (join) => !/(?<![\p{L}])sei[\s\u00a0]+$/iu.test(analysis.text.slice(Math.max(0, join.start - 8), join.start)),
          );
    // (or an "or" before a condition of its own: "if you have a fever, or if the attack has not
    // improved" → "wenn Sie kein Fieber haben oder wenn sich der Anfall … gebessert hat")
    const ors = () =>
      joinsOf(CHINESE_OR_IF, OR[lang], false).filter(
        (join) => lang === 'zh' || (CONDITION_AFTER_OR[lang]?.test(analysis.text.slice(join.end, join.end + 12)) ?? false),
      );
    const anded = sos.length > 0 || becauses.length > 0 ? [] : ands();
    // (or a colon between two clauses: "Warts are contagious: do not share towels" → "ne sont pas
    // contagieuses : vous pouvez partager")
    const colons = (): Cue[] => {
      const text = analysis.text.slice(span.start, span.end);
      return [...text.matchAll(/[:：]/gu)]
        .map((match) => ({ start: span.start + match.index, end: span.start + match.index + 1, text: match[0] }))
        .filter(
          (colon) => /\p{L}/u.test(analysis.text.slice(span.start, colon.start)) && /\p{L}/u.test(analysis.text.slice(colon.end, span.end)),
        );
    };
    const coloned = sos.length > 0 || becauses.length > 0 ? [] : colons();
    const ored = sos.length > 0 || becauses.length > 0 || coloned.length === 1 || anded.length > 0 ? [] : ors();
    const joins = sos.length > 0 ? sos : becauses.length > 0 ? becauses : coloned.length === 1 ? coloned : anded.length > 0 ? anded : ored;
    if (joins.length !== 1) return null;
    const join = joins[0] as Cue;
    // (a negation right before the "but" is the second clause's: "deckt Möbel ab, nicht aber Schmuck";
    // not one before an "and", which ends the first: "are non-transferable and must match")
    const before =
      buts.length > 0
        ? paragraph.of('negation', span).find((cue) => cue.end <= join.start && /^\s+$/u.test(analysis.text.slice(cue.end, join.start)))
        : undefined;
    // (a "but" inside the second clause, a comma and a word or two before it: that clause begins at the comma)
    const comma = BUT_INSIDE[lang]?.test(join.text.toLowerCase()) ? commaBefore(analysis, span, join, 5) : null;
    if (comma !== null)
      return [
        { start: span.start, end: comma },
        { start: comma, end: span.end },
      ];
    const cut = before ? before.start : join.start;
    return [
      { start: span.start, end: cut },
      { start: before ? before.start : join.end, end: span.end },
    ];
  };
  const sourceClauses = split(source, sourceSentence);
  const targetClauses = split(target, targetSentence);
  if (!sourceClauses || !targetClauses) return null;
  const negations = (paragraph: Paragraph, span: Sentence) => {
    const all = paragraph.of('negation', span);
    const prepositions = paragraph.prepositional(all);
    return all.filter((cue) => !prepositions.includes(cue) && !paragraph.inName(cue));
  };
  const [sourceFirst, sourceSecond] = sourceClauses.map((clause) => negations(source, clause)) as [Cue[], Cue[]];
  const [targetFirst, targetSecond] = targetClauses.map((clause) => negations(target, clause)) as [Cue[], Cue[]];
  // which clause the source negates, alone, and the translation the other one, alone
  const negatedSide = (first: Cue[], second: Cue[]) =>
    first.length > 0 && second.length === 0 ? 0 : first.length === 0 && second.length > 0 ? 1 : null;
  const saidSide = negatedSide(sourceFirst, sourceSecond);
  const foundSide = negatedSide(targetFirst, targetSecond);
  if (saidSide === null || foundSide === null || saidSide === foundSide) return null;
  // (each clause about as long in both: the share of the sentence before the "but")
  const share = (clauses: [Sentence, Sentence], span: Sentence) => (clauses[0].end - span.start) / Math.max(1, span.end - span.start);
  if (Math.abs(share(sourceClauses, sourceSentence) - share(targetClauses, targetSentence)) > 0.2) return null;
  // (nor a clause said with a word that forbids, which negates with no "not": "prohibido")
  const lostClause = targetClauses[saidSide] as Sentence;
  const forbids = FORBIDDING[baseLanguage(target.analysis.lang)];
  const words = target.analysis.items.filter(
    (item) => item.kind === 'word' && item.start >= lostClause.start && item.end <= lostClause.end,
  );
  if (words.length === 0 || (forbids && words.some((word) => forbids.test(word.lower)))) return null;
  // (nor one with a negative word of its own, unless its source clause has as many: "Missed classes are
  // not refunded, but …" → "Las clases perdidas se reembolsan, pero no …", "perdidas" renders "Missed")
  if (target.of('soft', lostClause).length > source.of('soft', sourceClauses[saidSide] as Sentence).length) return null;
  // (nor where a figure or a name kept went along with its clause: the clauses changed places)
  const kept = (analysis: Analysis, span: Sentence) => keptWordsIn(analysis, span).map((item) => item.text);
  const [inFirst, inSecond] = sourceClauses.map((clause) => kept(source.analysis, clause)) as [string[], string[]];
  const [thereFirst, thereSecond] = targetClauses.map((clause) => kept(target.analysis, clause)) as [string[], string[]];
  if (
    inFirst.some((word) => thereSecond.includes(word) && !thereFirst.includes(word)) ||
    inSecond.some((word) => thereFirst.includes(word) && !thereSecond.includes(word))
  )
    return null;
  const said = (saidSide === 0 ? sourceFirst : sourceSecond)[0] as Cue;
  const added = (foundSide === 0 ? targetFirst : targetSecond)[0] as Cue;
  const first = words[0] as Item;
  const last = words[words.length - 1] as Item;
  return { said, lost: { start: first.start, end: last.end, text: target.analysis.text.slice(first.start, last.end) }, added };
}

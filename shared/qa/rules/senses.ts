/**
 * A word of several senses rendered in the one its text rules out: an app that "crashes" rendered
 * as a road accident ("kecelakaan"), an insurance "policy" as a government's ("kebijakan"), a
 * bank "statement" as a declaration, a wound "dressing" as a salad's, a printer "driver" as a
 * chauffeur. Each entry is an English word, the words around it (in the same paragraph) that say
 * which sense it has, words that say the other sense (then nothing is said), and, per target
 * language, renderings of the other sense. A finding needs all three: the word, its context, and
 * a wrong rendering in the translation; it goes on that rendering.
 *
 * The entries are the senses machine translation is known to confuse in notices, manuals and
 * software text, not the words of any one document.
 */
import { baseLanguage, finding, spanOf, type Rule } from '../context';
import type { Finding } from '../types';

interface Sense {
  /** The English word (any of its forms), as a pattern without flags. */
  word: string;
  /** Words near it that give it the sense meant; none when the word (a compound) says it itself. */
  context?: string;
  /** Words that give it the other sense: then the entry says nothing. */
  against?: string;
  /** Renderings of the other sense, by target language ("|" between them). */
  wrong: Partial<Record<string, string>>;
}

const SOFTWARE =
  'apps?|application|software|program|programs|browser|computer|laptop|system|device|phone|server|update|updates|bug|bugs|version|crash|crashes|install|installed';

const SENSES: readonly Sense[] = [
  {
    // people who translate what is said, not performers nor a program that runs code
    word: 'interpreters?',
    context:
      'languages?|translat\\w*|deaf|sign|requests?|appointments?|interviews?|consultations?|patients?|hearings?|court|visitors?|parents?|families|staff',
    against:
      'music|musical|songs?|singers?|bands?|concerts?|albums?|stage|perform\\w*|python|code|scripts?|programming|javascript|shell|command',
    wrong: { de: 'Interpret|Interpreten|Interpretin|Interpretinnen', id: 'penafsir|penafsiran', zh: '表演者|演奏者|演唱者' },
  },
  {
    word: 'crash(?:es|ed|ing)?',
    context: SOFTWARE,
    against: 'car|cars|vehicle|vehicles|road|traffic|plane|collision|accident|injur\\w*',
    wrong: {
      id: 'kecelakaan|tabrakan|menabrak|bertabrakan',
      de: 'Unfall|Zusammenstoß',
      fr: 'accident',
      es: 'accidente|choque',
      zh: '车祸|撞车|碰撞',
    },
  },
  {
    word: 'bugs?',
    context: SOFTWARE + '|fix|fixed|fixes|report',
    against: 'insects?|bites?|garden|pests?|spray',
    wrong: {
      id: 'serangga|kutu|kumbang',
      de: 'Insekt|Insekten|Käfer|Wanze|Wanzen',
      fr: 'insecte|insectes|punaise|punaises',
      es: 'insecto|insectos|bicho|bichos',
      zh: '虫子|昆虫|臭虫',
    },
  },
  {
    word: 'mouse',
    context: 'click|clicks|cursor|keyboard|computer|scroll|pointer|laptop|pc|button|usb|wireless',
    against: 'rats?|pests?|traps?|cheese|droppings',
    wrong: { id: 'tikus', zh: '老鼠' },
  },
  {
    word: 'cookies?',
    context: 'website|websites|site|browser|privacy|consent|tracking|web|data|accept|settings',
    against: 'bake|baked|baking|oven|flour|sugar|butter|chocolate|recipe|eat',
    wrong: { id: 'kue|biskuit', de: 'Kekse|Plätzchen', fr: 'biscuits|gâteaux', es: 'galletas', zh: '饼干|曲奇饼' },
  },
  {
    word: 'drivers?',
    context: 'install|installed|installing|update|updated|printer|graphics|software|download|usb|windows|device|scanner',
    against: 'car|cars|bus|taxi|vehicle|licen[cs]e|road|seat|truck|lorry|delivery|parking|passengers?',
    wrong: {
      id: 'pengemudi|sopir|supir',
      de: 'Fahrer|Fahrerin|Fahrern',
      fr: 'conducteur|conducteurs|chauffeur|chauffeurs',
      es: 'conductor|conductores|chófer',
      zh: '司机|驾驶员',
    },
  },
  {
    word: 'interest',
    context:
      'rates?|loans?|bank|accounts?|savings|deposits?|mortgages?|credit|per cent|percent|annual|monthly|paid|earn|earns|charged|late payments?|overdue|per month|per annum|invoices?',
    against: 'interested|interesting|hobby|hobbies|conflicts? of interest|public interest|best interests?|interest in',
    wrong: { id: 'minat|ketertarikan|kepentingan', de: 'Interesse', zh: '兴趣' },
  },
  {
    word: 'branch(?:es)?',
    context: 'bank|banks|office|visit|counter|opening hours|staff|nearest|account',
    against: 'trees?|leaf|leaves|garden|cut|prune|pruning|wood',
    wrong: { id: 'ranting|dahan|cabang pohon', de: 'Ast|Äste', es: 'rama|ramas', zh: '树枝' },
  },
  {
    word: 'statements?',
    context: 'bank|account|monthly|balance|transactions?|card|credit|payments?',
    against: 'press|public|official|witness|police|minister|government',
    wrong: { id: 'pernyataan', de: 'Aussage|Erklärung', fr: 'déclaration', es: 'declaración', zh: '声明' },
  },
  {
    word: 'balance',
    context: 'account|card|bank|outstanding|remaining|pay|due|top up|credit|wallet|owed|refund',
    against: 'body|diet|work-life|life|equilibrium|weight|fall|falls|dizzy|dizziness|posture',
    wrong: { id: 'keseimbangan', de: 'Gleichgewicht', fr: 'équilibre', es: 'equilibrio', zh: '平衡' },
  },
  {
    word: 'polic(?:y|ies)',
    context: 'insurance|insured|insurer|premiums?|claims?|policyholders?|cover|coverage|excess',
    against: 'privacy|company|government|public|returns?|refunds?|cookies?|data|cancellation policy',
    wrong: { id: 'kebijakan', de: 'Richtlinie|Richtlinien|Politik', fr: 'politique', es: 'política', zh: '政策' },
  },
  {
    word: 'dressings?',
    // (a paragraph of wound care may name no wound: "Keep the dressing dry for 48 hours; after that you may shower")
    context:
      'wound|wounds|cut|cuts|bandage|sterile|plaster|injury|skin|stitches|burn|burns|nurse|shower|bath|bathe|waterproof|operation|surgery',
    against:
      'salad|salads|dressing room|vinegar|oil|mix|whisk|serve|served|mustard|lemon|honey|herbs|taste|drizzle|pour|toss|recipe|lettuce|vegetables|fridge',
    wrong: { id: 'saus|saos', de: 'Dressing|Soße|Sauce', fr: 'vinaigrette|sauce', es: 'aderezo|aliño|salsa', zh: '沙拉酱|调料' },
  },
  {
    word: 'assembly points?',
    wrong: { id: 'perakitan', de: 'Montage|Montagepunkt', fr: 'assemblage|montage', es: 'montaje|ensamblaje', zh: '装配|组装' },
  },
  {
    word: '(?:fire|floor) wardens?',
    wrong: { id: 'sipir', de: 'Gefängniswärter|Aufseher', fr: 'gardien de prison', es: 'carcelero', zh: '狱警|典狱长' },
  },
  {
    word: 'wardens?',
    context: 'fire|alarm|evacuat\\w*|floors?|building|exit|emergency|drill',
    against: 'prison|prisons|jail|inmates?|traffic warden',
    wrong: { id: 'sipir', de: 'Gefängniswärter|Aufseher', fr: 'gardien de prison', es: 'carcelero', zh: '狱警|典狱长' },
  },
  {
    word: 'allowance',
    context: 'baggage|luggage|kg|bags?|cabin|checked|hand luggage|carry-on',
    wrong: { id: 'tunjangan', de: 'Zulage|Beihilfe', fr: 'allocation|indemnité', es: 'subsidio|asignación', zh: '津贴|补贴' },
  },
  {
    word: 'refreshments?',
    context: 'served|serve|provided|available|offered|drinks|snacks|after|break|donat\\w*',
    wrong: { id: 'penyegaran', zh: '清爽|提神' },
  },
  {
    word: 'boot(?:s|ed|ing)?',
    context: 'computer|laptop|restart|start-up|startup|system|bios|windows|device|safe mode|reboot',
    against: 'shoes?|wear|hiking|walking|foot|feet|car|luggage|rubber|leather',
    wrong: { id: 'sepatu|sepatu bot', de: 'Stiefel', fr: 'botte|bottes', es: 'bota|botas', zh: '靴子' },
  },
  {
    word: 'bills?',
    context: 'pay|paid|paying|restaurant|electricity|water|phone|utility|utilities|monthly|amount|due|waiter|gas',
    against: 'parliament|congress|senate|law|legislation|vote|votes|voted|passed|mps?|lawmakers',
    wrong: { id: 'RUU|rancangan undang-undang', de: 'Gesetzentwurf', fr: 'projet de loi', es: 'proyecto de ley', zh: '法案' },
  },
  {
    word: 'strings?',
    context: 'panels?|solar|modules?|inverter|cells?|code|variable|characters?|json|empty|function',
    against: 'guitar|violin|instruments?|piano|tennis|racket|kite|puppet',
    wrong: { id: 'senar', de: 'Saite|Saiten', fr: 'corde|cordes', es: 'cuerda|cuerdas', zh: '琴弦' },
  },
  {
    word: 'rate limits?',
    context: 'api|requests?|calls?|endpoints?|server|token|tokens|per minute|per second',
    wrong: {
      id: 'batas tarif|batas harga|batas suku bunga',
      de: 'Preisgrenze',
      fr: 'limite de tarif|limite de prix',
      es: 'límite de tarifa|límite de precio',
      zh: '费率限制|价格限制',
    },
  },
  {
    word: 'rehom(?:e|es|ed|ing)',
    context: 'pets?|dogs?|cats?|animals?|puppy|puppies|kitten|kittens|shelter',
    wrong: {
      id: 'menjual|dijual|menjualnya|jual',
      de: 'verkaufen|verkauft',
      fr: 'vendre|vendu|vendus',
      es: 'vender|vendido|vendidos',
      zh: '出售|卖掉',
    },
  },
  {
    word: 'charg(?:e|es|ed|ing)',
    context: 'battery|batteries|charger|usb|cable|fully|power bank|electric vehicle|ev|plug|socket',
    // (a person charged pays: "so that you are not charged", "we will charge you")
    against:
      // (and an amount glued to its currency: "is charged at Rp450.000", "US$20")
      'fees?|free of charge|no charge|extra|costs?|price|prices|pay|paid|card|€|\\$|rp|(?:rp|idr|us\\$|\\$|€|£)\\s?\\d[\\d.,]*|criminal|police|court|service charge|' +
      '(?:you|we|customers?|members?|users?|guests?|passengers?)(?:\\s+\\w+){1,3}\\s+charged|charges? you|charged to your',
    wrong: {
      id: 'biaya|tuduhan|dakwaan|ditagih|tagihan',
      de: 'Gebühr|Gebühren|Anklage',
      fr: 'frais|accusation',
      es: 'cargo|acusación|tarifa',
      zh: '费用|指控|收费',
    },
  },
  {
    word: 'current accounts?',
    context: 'bank|banks|account|savings|open|opening|overdraft|debit|statements?|balance|transfers?|payments?|card|cards',
    wrong: {
      id: 'rekening saat ini|akun saat ini|rekening sekarang|rekening arus|akun arus',
      de: 'aktuelles Konto|aktuellen Konto',
      fr: 'compte actuel',
      es: 'cuenta actual',
      zh: '当前账户',
    },
  },
  {
    // a standing order is a payment repeated on its own, not an order that stands
    word: 'standing orders?',
    wrong: {
      id: 'pesanan berdiri|perintah berdiri|pesanan tetap berdiri',
      de: 'stehende Bestellung|stehenden Bestellungen',
      fr: 'commande debout|commandes debout',
      es: 'pedido de pie|pedidos de pie',
      zh: '站立订单',
    },
  },
  {
    // a family doctor's practice, not an operating theatre
    word: "(?:GP|GP's|GPs'|doctor's|doctors'|dental) surgery|surgery hours",
    wrong: {
      id: 'ruang operasi|kamar operasi|ruang bedah',
      de: 'Operationssaal|OP-Saal',
      fr: "salle d'opération|bloc opératoire",
      es: 'quirófano|sala de operaciones',
      zh: '手术室',
    },
  },
  {
    // fluid from a wound or a body opening, not a dismissal from a job
    word: 'discharge',
    context: 'wounds?|pus|fluid|ears?|eyes?|nose|vagina\\w*|penis|nipples?|bleeding|smell\\w*|infection|infected|stitches|cut|cuts',
    against: 'employees?|employment|employer|dismiss\\w*|army|military|fired|job|jobs|staff member|debt|debts|duties|duty',
    wrong: { id: 'pemecatan|pemberhentian|dipecat', fr: 'licenciement|renvoi', es: 'despido|destitución', zh: '解雇|开除' },
  },
  {
    // a hospital ward, not a district of a town
    word: 'wards?',
    context: 'hospital|nurses?|patients?|doctors?|visiting|visitors?|beds?|admitted|discharged|surgery|operation|fever|pain|wound|wounds',
    against: 'council|councillors?|elections?|electoral|voters?|municipal|mayor|guardian|guardians',
    wrong: {
      id: 'kelurahan|daerah pemilihan|distrik',
      de: 'Wahlbezirk|Stadtbezirk',
      fr: 'circonscription',
      es: 'distrito electoral',
      zh: '选区',
    },
  },
  {
    // pay before deductions, not something disgusting
    word: 'gross',
    context: 'pay|salary|salaries|income|wages?|profits?|margins?|amount|annual|monthly|tax|taxes|before|deductions?|earnings',
    wrong: {
      id: 'menjijikkan|jijik',
      de: 'eklig|ekelhaft',
      fr: 'dégoûtant|dégoûtante|répugnant',
      es: 'asqueroso|asquerosa|repugnante',
      zh: '恶心|令人作呕',
    },
  },
  {
    // a charge, a fine or a decision disputed, not a dare nor a difficulty
    word: 'challeng(?:e|es|ed|ing)',
    context: 'fines?|penalty|penalties|decisions?|rulings?|verdicts?|court|tribunal|appeals?|adjudicator|validity|dispute',
    // ("free of charge" says no fine: "challenged the dominance of …" is a contest)
    against:
      'main|biggest|greatest|key|real|major|difficult|tough|face|faces|faced|facing|meet|rise|games?|sports?|fitness|quiz|puzzles?|dominance|leadership|rivals?|competitors?|markets?',
    wrong: {
      id: 'menantang|ditantang|tantangan',
      de: 'herausfordern|herausgefordert|Herausforderung',
      fr: 'défier|défiez|défi',
      es: 'desafiar|desafíe|desafío',
      zh: '挑战',
    },
  },
  {
    word: 'excused',
    context: 'jury|duty|service|attend|attendance|absence|absent|school|class|classes|work|summons|court',
    wrong: { id: 'dimaafkan', fr: 'pardonné|pardonnée', es: 'perdonado|perdonada', zh: '原谅' },
  },
  {
    word: 'standing charges?',
    wrong: {
      id: 'biaya berdiri|biaya berdiri tetap',
      de: 'Stehgebühr',
      fr: 'frais debout|frais de position debout',
      es: 'cargo de pie',
      zh: '站立费',
    },
  },
  {
    word: 'grades',
    context: 'schools?|teachers?|tests?|exams?|report|reports|subjects?|published|marks|timetable|attendance|homework|students?',
    // (the higher or lower grades are classes: "a placement test for higher grades")
    against: 'class|classes|school years?|grade \\d+|year \\d+|gradients?|slopes?|steel|fuel|(?:higher|lower|upper|older|younger) grades',
    wrong: { id: 'kelas', es: 'cursos', zh: '年级' },
  },
  {
    word: 'cloakrooms?',
    context: 'coats?|bags?|jackets?|umbrellas?|leave|deposit|museum|theatre|entrance|lockers?',
    wrong: { id: 'ruang ganti|kamar ganti', es: 'vestuario|vestuarios', zh: '更衣室' },
  },
];

interface CompiledSense {
  word: RegExp;
  context: RegExp | null;
  against: RegExp | null;
  wrong: Map<string, RegExp>;
}

const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';
/** Scripts written without spaces: a rendering is searched as text, with no word edges. */
const UNSPACED_LANGS = new Set(['zh', 'ja', 'th']);

const compiled: CompiledSense[] = SENSES.map((sense) => ({
  word: new RegExp(`${WORD_START}(?:${sense.word})${WORD_END}`, 'iu'),
  context: sense.context === undefined ? null : new RegExp(`${WORD_START}(?:${sense.context})${WORD_END}`, 'iu'),
  against: sense.against ? new RegExp(`${WORD_START}(?:${sense.against})${WORD_END}`, 'iu') : null,
  wrong: new Map(
    Object.entries(sense.wrong).map(([lang, words]) => [
      lang,
      UNSPACED_LANGS.has(lang) ? new RegExp(`(?:${words})`, 'gu') : new RegExp(`${WORD_START}(?:${words})${WORD_END}`, 'giu'),
    ]),
  ),
}));

/** Any word of the table, for a first look: most texts have none. */
const ANY_WORD = new RegExp(`${WORD_START}(?:${SENSES.map((sense) => sense.word).join('|')})${WORD_END}`, 'iu');

export const sensesRule: Rule = {
  name: 'senses',
  ids: ['sense.wrong'],
  check(context) {
    const source = context.source;
    if (!source || baseLanguage(context.sourceLang) !== 'en' || !ANY_WORD.test(source.text)) return [];
    const lang = baseLanguage(context.targetLang);
    const target = context.target.text;
    const out: Finding[] = [];
    for (const sense of compiled) {
      const wrong = sense.wrong.get(lang);
      if (!wrong) continue;
      const first = sense.word.exec(source.text);
      if (!first) continue;
      // the context must be said besides the word itself ("crash" is not its own context)
      const rest = source.text.slice(0, first.index) + ' ' + source.text.slice(first.index + first[0].length);
      if ((sense.context && !sense.context.test(rest)) || sense.against?.test(source.text)) continue;
      // each wrong rendering, as many as the source says the word ("policy … your policy" →
      // "Kebijakan … kebijakan Anda")
      const said = [...source.text.matchAll(new RegExp(sense.word.source, 'giu'))];
      wrong.lastIndex = 0;
      for (let found = wrong.exec(target), k = 0; found && k < said.length; found = wrong.exec(target), k += 1) {
        const word = said[Math.min(k, said.length - 1)] as RegExpExecArray;
        out.push(
          finding(context, 'sense.wrong', 'major', found.index, found.index + found[0].length, {
            source: spanOf(source.text, word.index, word.index + word[0].length),
            params: { source: word[0], found: found[0] },
          }),
        );
      }
    }
    return out;
  },
};

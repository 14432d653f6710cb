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
import type { Finding } from '../types';

interface Cues {
  negation: RegExp;
  soft: RegExp;
  most: RegExp;
  least: RegExp;
}

const w = (words: string) => new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${words})(?![\\p{L}\\p{N}])`, 'giu');

const CUES: Record<string, Cues> = {
  en: {
    negation: /(?<![\p{L}\p{N}])(?:not|never|no(?!\.\s?\d)|none|nobody|nothing|neither|nor|without|cannot|unable)(?![\p{L}\p{N}])|n['’]t(?![\p{L}])/giu,
    soft: /(?<![\p{L}])(?:un|in|im|il|ir|non|dis|mis)\p{L}{4,}|\p{L}{3,}less(?![\p{L}])|\p{L}*free(?![\p{L}])|(?<![\p{L}])(?:avoid\p{L}*|prevent\p{L}*|stop\p{L}*|refrain\p{L}*|prohibit\p{L}*|forbid\p{L}*|ban(?:s|ned)?|fail\p{L}*|lack\p{L}*|absen\p{L}*|exclud\p{L}*|except|unless|only|rarely|seldom|hardly|instead|rather)(?![\p{L}])/giu,
    most: w('at most|no more than|not more than|a maximum of|maximum|max\\.?|up to|not exceed\\p{L}*|no later than|at the latest'),
    least: w('at least|no less than|not less than|no fewer than|a minimum of|minimum|min\\.?|no earlier than|at the earliest'),
  },
  id: {
    negation: w('tidak|tak|bukan|belum|jangan|tanpa|dilarang|tiada|enggak|nggak|gak'),
    soft: /(?<![\p{L}])(?:ke?tidak\p{L}+|non\p{L}*|gagal|kurang\p{L}*|hindari|menghindari|mencegah|cegah|berhenti|hentikan|kecuali|larang\p{L}*|melarang|hanya|alih-alih|bebas|daripada)(?![\p{L}])/giu,
    most: w('paling banyak|sebanyak-banyaknya|maksimal|maksimum|tidak lebih dari|tak lebih dari|paling lama|paling tinggi|selambat-lambatnya|hingga|sampai dengan'),
    least: w('paling sedikit|sekurang-kurangnya|setidaknya|setidak-tidaknya|minimal|minimum|tidak kurang dari|paling tidak|paling cepat|paling rendah|sedikitnya'),
  },
  de: {
    negation: w('nicht|kein|keine|keinen|keinem|keiner|keines|nie|niemals|nichts|niemand|weder|ohne'),
    soft: /(?<![\p{L}])(?:un\p{L}{3,}|\p{L}{3,}los|\p{L}*frei|verboten|vermeiden|verhindern|außer|nur|stattdessen|statt|anstatt|sondern)(?![\p{L}])/giu,
    most: w('höchstens|maximal|bis zu|nicht mehr als|spätestens'),
    least: w('mindestens|wenigstens|minimal|nicht weniger als|frühestens'),
  },
  fr: {
    negation: w("ne|n|jamais|sans|aucun|aucune|rien|nul|nulle|ni"),
    soft: /(?<![\p{L}])(?:in\p{L}{4,}|im\p{L}{4,}|non|interdit\p{L}*|éviter|évitez|empêcher|sauf|seulement|uniquement|plutôt)(?![\p{L}])/giu,
    most: w('au plus|au maximum|maximum|jusqu\'à|pas plus de|au plus tard'),
    least: w('au moins|au minimum|minimum|pas moins de|au plus tôt'),
  },
  es: {
    negation: w('no|nunca|jamás|sin|ningún|ninguna|ninguno|nada|nadie|tampoco|ni'),
    soft: /(?<![\p{L}])(?:in\p{L}{4,}|im\p{L}{4,}|des\p{L}{4,}|prohibid\p{L}*|evit\p{L}+|salvo|excepto|solo|sólo|únicamente|libre|lugar|vez)(?![\p{L}])/giu,
    most: w('como máximo|máximo|hasta|no más de|a más tardar'),
    least: w('como mínimo|al menos|por lo menos|mínimo|no menos de'),
  },
  zh: {
    negation: /不(?![同过断仅少久管论但然如])|没有|没|别|勿|未|无法|禁止|非/gu,
    soft: /无|免|避免|防止|停止|除了|除非|只|仅/gu,
    most: /最多|至多|不超过|最高|上限|最迟/gu,
    least: /至少|最少|不少于|最低|下限|最早/gu,
  },
};

function cuesFor(lang: string): Cues | undefined {
  return CUES[baseLanguage(lang)];
}

interface Sentence {
  start: number;
  end: number;
}

/** Sentences as spans (at ., !, ? and their CJK forms followed by space or the end). */
function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?。！？]+["”’)\]]*(?:\s+|$)|\n+/gu)) {
    const end = match.index + match[0].length;
    // "e.g. ", "No. 5", "a.m. " are not ends
    const before = text.slice(Math.max(start, match.index - 4), match.index + 1);
    if (/(?:^|[^\p{L}])(?:\p{L}\.\p{L}|No|Nr|Dr|Mr|Mrs|Ms|St|vs|etc|dll|dsb|Jl|Bpk|Ibu|Tn|Ny)\.$/u.test(before)) continue;
    if (text.slice(start, end).trim()) out.push({ start, end: match.index + match[0].replace(/\s+$/u, '').length });
    start = end;
  }
  if (text.slice(start).trim()) out.push({ start, end: text.length });
  return out;
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

/** A paragraph's cues of each kind, looked for once (over the whole paragraph) and only when asked. */
class Paragraph {
  private readonly found = new Map<keyof Cues, Cue[]>();

  constructor(
    readonly cues: Cues,
    readonly text: string,
  ) {}

  of(kind: keyof Cues, span: Sentence): Cue[] {
    let all = this.found.get(kind);
    if (!all) {
      all = matchesIn(this.cues[kind], this.text, 0, this.text.length);
      this.found.set(kind, all);
    }
    return all.length === 0 ? all : all.filter((cue) => cue.start >= span.start && cue.end <= span.end);
  }
}

/** What one side of a sentence pair shows, each kind of cue looked for only when asked. */
class Side {
  private limits: { most: Cue[]; least: Cue[] } | undefined;
  private negations: Cue[] | undefined;
  private softs: Cue[] | undefined;

  constructor(
    private readonly paragraph: Paragraph,
    private readonly span: Sentence,
  ) {}

  get most(): Cue[] {
    return this.limitCues().most;
  }

  get least(): Cue[] {
    return this.limitCues().least;
  }

  /** Negations outside limits ("no more than", "tidak kurang dari" are limits). */
  get negation(): Cue[] {
    if (!this.negations) {
      const found = this.paragraph.of('negation', this.span);
      const limits = found.length > 0 ? [...this.most, ...this.least] : [];
      this.negations = found.filter((cue) => !limits.some((limit) => limit.start <= cue.start && cue.end <= limit.end));
    }
    return this.negations;
  }

  get soft(): Cue[] {
    this.softs ??= this.paragraph.of('soft', this.span);
    return this.softs;
  }

  private limitCues(): { most: Cue[]; least: Cue[] } {
    this.limits ??= { most: this.paragraph.of('most', this.span), least: this.paragraph.of('least', this.span) };
    return this.limits;
  }
}

export const meaningRule: Rule = {
  name: 'meaning',
  ids: ['polarity.dropped', 'polarity.added', 'limits.inverted'],
  check(context: RuleContext) {
    const source = context.source;
    const sourceCues = cuesFor(context.sourceLang);
    const targetCues = cuesFor(context.targetLang);
    if (!source || !sourceCues || !targetCues) return [];
    const target = context.target;
    let sourceSentences = sentencesOf(source.text);
    let targetSentences = sentencesOf(target.text);
    if (sourceSentences.length !== targetSentences.length) {
      sourceSentences = [{ start: 0, end: source.text.length }];
      targetSentences = [{ start: 0, end: target.text.length }];
    }
    const out: Finding[] = [];
    const sourceParagraph = new Paragraph(sourceCues, source.text);
    const targetParagraph = new Paragraph(targetCues, target.text);
    sourceSentences.forEach((sourceSentence, k) => {
      const targetSentence = targetSentences[k] as Sentence;
      const s = new Side(sourceParagraph, sourceSentence);
      const t = new Side(targetParagraph, targetSentence);
      // a limit turned around
      const inverted =
        s.most.length > 0 && t.most.length === 0 && t.least.length > 0
          ? { wanted: s.most[0], found: t.least[0] }
          : s.least.length > 0 && t.least.length === 0 && t.most.length > 0
            ? { wanted: s.least[0], found: t.most[0] }
            : null;
      if (inverted?.wanted && inverted.found) {
        out.push(
          finding(context, 'limits.inverted', 'major', inverted.found.start, inverted.found.end, {
            source: spanOf(source.text, inverted.wanted.start, inverted.wanted.end),
            params: { source: inverted.wanted.text, found: inverted.found.text },
          }),
        );
      }
      // a negation lost: on the words where the source has it, as near as the landmarks tell
      const [negated] = s.negation;
      if (negated && t.negation.length === 0 && t.soft.length === 0) {
        const place = locateInTarget(source, target, negated.start, negated.end);
        const at = place && place.start >= targetSentence.start && place.end <= targetSentence.end ? place : targetSentence;
        out.push(
          finding(context, 'polarity.dropped', 'major', at.start, at.end, {
            source: spanOf(source.text, negated.start, negated.end),
            params: { cue: negated.text },
          }),
        );
      }
      // a negation added
      const [added] = t.negation;
      if (added && s.negation.length === 0 && s.soft.length === 0) {
        out.push(
          finding(context, 'polarity.added', 'major', added.start, added.end, {
            source: spanOf(source.text, sourceSentence.start, sourceSentence.end),
            params: { cue: added.text },
          }),
        );
      }
    });
    return out;
  },
};

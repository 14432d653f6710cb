/**
 * A text prepared once for every rule: its tokens, the non-space items the rules walk, lower-cased
 * forms, sentence starts, and word forms from the language's morphology (memoized per word).
 */
import { morphologyFor, type Morphology } from '../text/morphology';
import { literalsIn, type Literal } from '../text/literals';
import { isPlaceholder } from '../text/placeholders';
import { needsSegmenter, tokenizeWith, type Token } from '../text/tokenize';

export interface Item extends Token {
  /** Lower-cased, with typographic apostrophes made plain. */
  lower: string;
  /** The first word of a sentence (capitals there say nothing about names). */
  isSentenceStart: boolean;
  /** Whitespace (or nothing) precedes it: false when glued to the previous item. */
  spaceBefore: boolean;
}

export type FormMode = 'exact' | 'inflection' | 'root';

export interface Analysis {
  text: string;
  lang: string;
  items: Item[];
  /** True when the text is in a script written without spaces (Chinese, Japanese, Thai...). */
  unspaced: boolean;
  /** The language's morphology only removes endings (see Morphology.suffixOnly). */
  suffixOnly: boolean;
  forms(index: number, mode: FormMode): readonly string[];
  /** What the text copies exactly from its source, whatever the language (see text/literals). */
  readonly literals: readonly Literal[];
}

const SENTENCE_END = new Set(['.', '!', '?', '…', '。', '！', '？']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '„', '「', '『', '-', '–', '—', '•', '*']);

const TYPOGRAPHIC_APOSTROPHES_RE = /[’‘`´]/g;

export function normalizeLower(text: string): string {
  const lower = text.toLowerCase();
  return /[’‘`´]/.test(lower) ? lower.replace(TYPOGRAPHIC_APOSTROPHES_RE, "'") : lower;
}

/** Items are created whole (one object shape, no properties added later) and without whitespace. */
function buildItems(text: string, lang: string): Item[] {
  const hasTypographicApostrophes = /[’‘`´]/.test(text);
  const items = tokenizeWith<Item>(
    text,
    lang,
    (value, start, end, kind) => ({
      text: value,
      start,
      end,
      kind,
      lower: hasTypographicApostrophes ? normalizeLower(value) : value.toLowerCase(),
      isSentenceStart: false,
      spaceBefore: false,
    }),
    false,
    // inline codes of imported files (placeholders) are markup, not words: the words around them
    // read as if the code were a space, so "export <g>curbs</g>" still matches "export curbs"
  ).filter((item) => !(item.kind === 'other' && isPlaceholder(item.text)));
  let sentenceStart = true;
  let previousEnd = 0;
  for (const item of items) {
    // whitespace was left out: a gap before an item is whitespace
    item.spaceBefore = item.start > previousEnd || item.start === 0;
    for (let k = previousEnd; k < item.start; k += 1) {
      if (text.charCodeAt(k) === 10) sentenceStart = true;
    }
    item.isSentenceStart = item.kind === 'word' && sentenceStart;
    previousEnd = item.end;
    if (item.kind === 'word') sentenceStart = false;
    else if (SENTENCE_END.has(item.text) || item.text === ':') sentenceStart = true;
    else if (!OPENERS.has(item.text)) sentenceStart = false;
  }
  return items;
}

class TextAnalysis implements Analysis {
  readonly items: Item[];
  readonly unspaced: boolean;
  readonly suffixOnly: boolean;
  private readonly morphology: Morphology;

  constructor(
    readonly text: string,
    readonly lang: string,
  ) {
    this.items = buildItems(text, lang);
    this.unspaced = needsSegmenter(text);
    this.morphology = morphologyFor(lang);
    this.suffixOnly = this.morphology.suffixOnly;
  }

  private literalsFound: Literal[] | undefined;

  get literals(): readonly Literal[] {
    this.literalsFound ??= literalsIn(this.text);
    return this.literalsFound;
  }

  private readonly formCache: Record<'inflection' | 'root', Array<readonly string[] | undefined>> = {
    inflection: [],
    root: [],
  };

  forms(index: number, mode: FormMode): readonly string[] {
    const item = this.items[index];
    if (!item) return [];
    if (mode === 'exact' || item.kind !== 'word') return [item.lower];
    const cache = this.formCache[mode];
    let forms = cache[index];
    if (!forms) {
      forms = mode === 'root' ? this.morphology.roots(item.lower) : this.morphology.inflections(item.lower);
      cache[index] = forms;
    }
    return forms;
  }
}

const recent = new Map<string, Map<string, Analysis>>();
const RECENT_LIMIT = 64;

/**
 * Analyses `text`. The last few results per language are kept: an editor re-checks the same
 * source paragraph on every keystroke of its translation.
 */
export function analyze(text: string, lang: string): Analysis {
  let byText = recent.get(lang);
  if (!byText) {
    byText = new Map();
    recent.set(lang, byText);
  }
  const hit = byText.get(text);
  if (hit) return hit;
  const analysis = new TextAnalysis(text, lang);
  if (byText.size >= RECENT_LIMIT) byText.delete(byText.keys().next().value as string);
  byText.set(text, analysis);
  return analysis;
}

/**
 * Spacing and punctuation: a space inside a hyphenated word ("Perusahaan -perusahaan"), a name
 * glued to the next word ("Stargatedirancang"), doubled spaces, a space before closing
 * punctuation or after an opening bracket (except where the language wants one, as French does
 * before ; : ! ?), and brackets or quotes left unbalanced.
 */
import { baseLanguage, finding, spanOf, type Rule, type RuleContext } from '../context';
import type { Finding } from '../types';
import { compiled } from '../../text/regexp';

const HYPHEN_GAP_RE = /[ \u00a0]+-(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])-[ \u00a0]+(?=[\p{L}\p{N}])/gu;
const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}]/u;
/** Words after a hyphen that a word left open before them shares ("pre- and post-war", "zwei- bis dreimal", "weder Ein- noch Ausgang"). */
const CONJUNCTIONS = new Set([
  'and',
  'or',
  'to',
  'dan',
  'atau',
  'serta',
  'und',
  'oder',
  'bis',
  'sowie',
  'bzw',
  'beziehungsweise',
  'noch',
  'et',
  'ou',
  'y',
  'o',
  'e',
  'en',
  'of',
  'tot',
]);
const DOUBLE_SPACE_RE = /(?<=\S)[ \u00a0]{2,}(?=\S)/gu;
const SPACE_BEFORE_RE = /(?<=[\p{L}\p{N}"'”’)\]])[ \u00a0]+(?=[,;:!?)\]}](?:[\s"'”’]|$)|\.(?:[\s"'”’]|$))/gu;
const SPACE_AFTER_OPEN_RE = /[([{][ \u00a0]+(?=\S)/gu;
const FRENCH_SPACED = new Set([';', ':', '!', '?']);
/** What may follow a name glued to it without being another word (clitics, inflections). */
const GLUE_ALLOWED: Record<string, RegExp> = {
  id: /^(?:nya|lah|kah|pun|ku|mu|an|kan|i|wan|wati)$/,
  ms: /^(?:nya|lah|kah|pun|ku|mu|an|kan|i)$/,
  en: /^(?:s|es|ed|ing|er|ers|ian|ians|ese|nese|ism|ist|ists|ite|ites|based|like)$/,
  de: /^(?:s|es|n|en|er|ern|e|sche|schen|scher|isch)$/,
};

/** Whether the source writes this figure negative, a minus sign glued before it and a space or nothing before that ("level -1"). */
function negativeInSource(context: RuleContext, digits: string): boolean {
  const source = context.source?.text ?? '';
  // (in Chinese or Japanese after a character: "在-20 °C")
  return compiled(`(?:^|[\\s(\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}])[-−]${digits}(?!\\p{N})`, 'u').test(source);
}

function checkHyphens(context: RuleContext, out: Finding[]): void {
  const text = context.target.text;
  if (!/[ \u00a0]-|-[ \u00a0]/.test(text)) return;
  for (const match of text.matchAll(HYPHEN_GAP_RE)) {
    // the words on either side of the broken hyphen
    let start = match.index;
    while (start > 0 && WORD_CHAR_RE.test(text[start - 1] ?? '')) start -= 1;
    let end = match.index + match[0].length;
    while (end < text.length && WORD_CHAR_RE.test(text[end] ?? '')) end += 1;
    const left = text.slice(start, match.index);
    const right = text.slice(match.index + match[0].length, end);
    if (left === '' || right === '') continue;
    if (match[0].startsWith('-') && CONJUNCTIONS.has(right.toLowerCase())) continue; // "pre- and post-war"
    // a word, then a negative number the source has too: "niveau -1" for "level -1" ("GPT -4" for
    // "GPT-4" is a hyphen broken, "2020 -2021" a range)
    if (match[0].endsWith('-') && /^\p{N}+$/u.test(right) && !/\p{N}$/u.test(left) && negativeInSource(context, right)) continue;
    const whole = text.slice(start, end);
    out.push(
      finding(context, 'spacing.hyphen', 'minor', start, end, {
        params: { found: whole },
        suggestion: `${left}-${right}`,
      }),
    );
  }
}

/** Languages that write a compound noun as one word ("Routeneinstellungen"). */
const COMPOUNDING = new Set(['de', 'nl']);

function checkGlued(context: RuleContext, out: Finding[]): void {
  const allowed = GLUE_ALLOWED[baseLanguage(context.targetLang)];
  // (a short capitalised word is mostly a word of a label, "Do Not Disturb", whose letters begin
  // other words: "Notifikasi" is no "Not" glued to "ifikasi")
  const names = [
    ...new Set(
      context.sourceNames.filter((n) => n.kind !== 'acronym' && n.text.length >= (n.kind === 'capitalised' ? 5 : 3)).map((n) => n.text),
    ),
  ];
  const source = context.source;
  for (const item of context.target.items) {
    // every case below needs a capital inside the word (names start with one, camel glue has one)
    if (item.kind !== 'word' || item.text === item.lower) continue;
    let reported = false;
    for (const name of names) {
      if (item.text === name || item.text.length <= name.length) continue;
      let glued: string | null = null;
      let suggestion = '';
      if (item.text.startsWith(name)) {
        glued = item.text.slice(name.length).replace(/['’]s?$/u, '');
        suggestion = `${name} ${glued}`;
      } else if (item.text.endsWith(name)) {
        glued = item.text.slice(0, -name.length);
        suggestion = `${glued} ${name}`;
      }
      if (!glued || !/^\p{Ll}{3,}$/u.test(glued) || allowed?.test(glued)) continue;
      const related = context.sourceNames.find((n) => n.text === name);
      // (German makes one compound of a capitalised word of the source and a word of its own after
      // it: "under Route settings" → "unter Routeneinstellungen")
      if (
        COMPOUNDING.has(baseLanguage(context.targetLang)) &&
        related?.kind === 'capitalised' &&
        item.text.startsWith(name) &&
        /^(?:s|es|n|en|er|e)?\p{Ll}{6,}$/u.test(glued)
      )
        continue;
      out.push(
        finding(context, 'spacing.glued', 'minor', item.start, item.start + name.length + glued.length, {
          source: related && source ? spanOf(source.text, related.start, related.end) : null,
          params: { found: item.text, name },
          suggestion,
        }),
      );
      reported = true;
      break;
    }
    if (reported) continue;
    // a lower-case word running into a capitalised one: "adalahSebuah"
    const camel = /^(\p{Ll}{3,})(\p{Lu}\p{Ll}{2,})$/u.exec(item.text);
    if (camel && !source?.text.includes(item.text)) {
      out.push(
        finding(context, 'spacing.glued', 'minor', item.start, item.end, {
          params: { found: item.text, name: camel[2] ?? '' },
          suggestion: `${camel[1]} ${camel[2]}`,
        }),
      );
    }
  }
}

function checkSpaces(context: RuleContext, out: Finding[]): void {
  const text = context.target.text;
  // runs of spaces the source has too (aligned columns, preformatted text) are layout, not a slip
  const sourceRuns = new Set([...(context.source?.text ?? '').matchAll(DOUBLE_SPACE_RE)].map((match) => match[0]));
  if (text.includes('  ') || text.includes('\u00a0'))
    for (const match of text.matchAll(DOUBLE_SPACE_RE)) {
      if (sourceRuns.has(match[0])) continue;
      out.push(finding(context, 'spacing.double', 'minor', match.index, match.index + match[0].length, { params: {}, suggestion: ' ' }));
    }
  const french = baseLanguage(context.targetLang) === 'fr';
  if (/[ \u00a0][,.;:!?)\]}]/.test(text))
    for (const match of text.matchAll(SPACE_BEFORE_RE)) {
      const mark = text[match.index + match[0].length] ?? '';
      if (french && FRENCH_SPACED.has(mark)) continue;
      out.push(
        finding(context, 'spacing.punctuation', 'minor', match.index, match.index + match[0].length, {
          params: { mark },
          suggestion: '',
        }),
      );
    }
  if (/[([{][ \u00a0]/.test(text))
    for (const match of text.matchAll(SPACE_AFTER_OPEN_RE)) {
      out.push(
        finding(context, 'spacing.punctuation', 'minor', match.index + 1, match.index + match[0].length, {
          params: { mark: match[0][0] ?? '' },
          suggestion: '',
        }),
      );
    }
}

const PAIRS: Array<[string, string]> = [
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['「', '」'],
  ['『', '』'],
  ['（', '）'],
  ['【', '】'],
];

/**
 * Quotation marks, which languages pair differently: “…” in English, „…“ in German, „…” in
 * Polish, «…» in French and »…« in German too. A mark closes the innermost open quotation it may
 * close (“ closes a „, » closes a «), and opens one otherwise.
 */
const QUOTES_CLOSE: ReadonlyMap<string, readonly string[]> = new Map([
  ['“', ['„']],
  ['”', ['“', '„']],
  ['«', ['»']],
  ['»', ['«']],
]);
/** Marks that only ever open a quotation. */
const QUOTES_OPEN_ONLY = new Set(['„']);
/** Marks that only ever close one: with nothing to close, they are unbalanced. */
const QUOTES_CLOSE_ONLY = new Set(['”']);

/** Unmatched brackets and quotes: positions of openers never closed and closers never opened. */
const OPENERS = new Map(PAIRS);
const CLOSERS = new Map(PAIRS.map(([open, close]) => [close, open]));
const MARKS_RE = /[()[\]{}“”„«»「」『』（）【】]/g;

export function unbalanced(text: string): Array<{ index: number; mark: string }> {
  const problems: Array<{ index: number; mark: string }> = [];
  const stack: Array<{ index: number; mark: string }> = [];
  const innermost = (marks: readonly string[]) => {
    for (let depth = stack.length - 1; depth >= 0; depth -= 1) if (marks.includes(stack[depth]?.mark ?? '')) return depth;
    return -1;
  };
  for (const match of text.matchAll(MARKS_RE)) {
    const i = match.index;
    const ch = match[0];
    const closes = QUOTES_CLOSE.get(ch);
    if (closes) {
      const depth = innermost(closes);
      if (depth >= 0) stack.splice(depth);
      else if (QUOTES_CLOSE_ONLY.has(ch)) problems.push({ index: i, mark: ch });
      else stack.push({ index: i, mark: ch });
    } else if (QUOTES_OPEN_ONLY.has(ch) || OPENERS.has(ch)) stack.push({ index: i, mark: ch });
    else {
      const depth = innermost([CLOSERS.get(ch) ?? '']);
      if (depth < 0) problems.push({ index: i, mark: ch });
      else stack.splice(depth);
    }
  }
  problems.push(...stack);
  const straight = text.includes('"') ? [...text.matchAll(/"/g)] : [];
  if (straight.length % 2 === 1) {
    const last = straight.at(-1);
    if (last) problems.push({ index: last.index, mark: '"' });
  }
  return problems.sort((a, b) => a.index - b.index);
}

function checkBalance(context: RuleContext, out: Finding[]): void {
  const problems = unbalanced(context.target.text);
  if (problems.length === 0) return;
  // a source that is itself unbalanced in the same marks (a quoted fragment) excuses the target
  const sourceMarks = new Set(context.source ? unbalanced(context.source.text).map((p) => p.mark) : []);
  for (const problem of problems) {
    if (sourceMarks.has(problem.mark)) continue;
    out.push(
      finding(context, 'punctuation.unbalanced', 'minor', problem.index, problem.index + problem.mark.length, {
        params: { mark: problem.mark },
      }),
    );
  }
}

export const spacingRule: Rule = {
  name: 'spacing',
  ids: ['spacing.hyphen', 'spacing.glued', 'spacing.double', 'spacing.punctuation', 'punctuation.unbalanced'],
  check(context) {
    const out: Finding[] = [];
    checkHyphens(context, out);
    checkGlued(context, out);
    checkSpaces(context, out);
    checkBalance(context, out);
    return out;
  },
};

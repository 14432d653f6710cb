/**
 * `npm run bench -- detection`: how well the checker does on documents of other kinds than the
 * demo (test/fixtures/qa-eval: a health advisory, software release notes, a bank's notice…), each an
 * English source with a careful translation (Indonesian for most; German, French, Spanish or Chinese for some) and a
 * machine translation with errors planted as machine translation makes them (errors.json lists
 * each: paragraph, words, category);
 * and a document of mixed sentences that only has a careful translation (false alarms only).
 *
 * Through the qa command's engine (checkTexts, the JSON the command prints):
 * - recall: planted errors with a finding over their words;
 * - false alarms: findings on the careful translation (per 1,000 words), and findings on the
 *   machine translation over none of the planted errors;
 * - recall by kind of error (negations, opposites, dates and times…) and by target language, to
 *   show where the checker is weakest.
 */
import { checkTexts, type ParagraphFinding } from '../server/services/qaTexts';
import { splitParagraphs } from '../shared/text/paragraphs';
import { countWords } from '../shared/text/tokenize';
import { evalDocuments } from '../test/helpers/qaEval';

/**
 * The kind of a planted error, from the words its category starts with (errors.json says it in
 * prose: "negation dropped (do not)", "month changed (March to May)"): the first that matches.
 */
const KINDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['negations', /^negation/u],
  ['restrictions, quantifiers and conditions', /^(?:restriction|quantifier|condition|exception)/u],
  ['limits and bounds', /^(?:limit|bound|deadline|superlative)/u],
  ['swaps of terms, parties or order', /swapped|^role/u],
  ['opposites', /inverted|^opposite|turned around/u],
  ['dates and times', /^(?:time|month|weekday|date|day|year|season|part of the day|span of time|frequency|period)/u],
  ['units', /^unit/u],
  [
    'numbers and amounts',
    /^(?:number|amount|quantity|count|percentage|magnitude|currency|spelled number|rate|decimal|scale|temperature|months swapped)/u,
  ],
  [
    'codes, addresses, literals and names',
    /^(?:placeholder|e-mail|url|phone|telephone|shortcut|keyboard|identifier|code|version|path|search|key name|address|tracking|reservation|order number|service code|space added|name|country|acronym|compass)/iu,
  ],
  ['terms and senses', /^(?:term|sense|wrong sense|word sense|false friend|colour)/u],
  ['untranslated words', /untranslated|words kept/iu],
];
const OTHER_KIND = 'other changes of meaning';

function kindOf(category: string): string {
  return KINDS.find(([, pattern]) => pattern.test(category))?.[0] ?? OTHER_KIND;
}

/** Planted and found per group (a kind of error, a target language), as lines of a table, the largest group first. */
function byGroup(counts: ReadonlyMap<string, { planted: number; found: number }>): string[] {
  const width = Math.max(...[...counts.keys()].map((name) => name.length));
  return [...counts.entries()]
    .sort(([, a], [, b]) => b.planted - a.planted)
    .map(
      ([name, { planted, found }]) =>
        `    ${name.padEnd(width)}  ${String(found).padStart(4)} of ${String(planted).padStart(4)} (${((100 * found) / planted).toFixed(0)}%)`,
    );
}

export interface DetectionFigures {
  planted: number;
  found: number;
  wordsCorrect: number;
  alarmsCorrect: number;
  alarmsMt: number;
}

function overlaps(finding: ParagraphFinding, start: number, end: number): boolean {
  return finding.start < end && start < finding.end;
}

export function benchDetection(): DetectionFigures {
  const total: DetectionFigures = { planted: 0, found: 0, wordsCorrect: 0, alarmsCorrect: 0, alarmsMt: 0 };
  const missed: string[] = [];
  const kinds = new Map<string, { planted: number; found: number }>();
  const languages = new Map<string, { planted: number; found: number }>();
  const count = (groups: Map<string, { planted: number; found: number }>, name: string, hit: boolean) => {
    const group = groups.get(name) ?? { planted: 0, found: 0 };
    group.planted += 1;
    if (hit) group.found += 1;
    groups.set(name, group);
  };
  const alarms: string[] = [];
  console.log('Detection on documents of other domains (test/fixtures/qa-eval), English → Indonesian, German, French, Spanish, Chinese');
  for (const { domain, targetLang, source, correct, mt: mtText, errors: planted } of evalDocuments()) {
    const mt = mtText ?? correct;
    const options = { sourceLang: 'en', targetLang };
    const onCorrect = checkTexts({ source, target: correct, ...options }).findings;
    const onMt = mtText !== null ? checkTexts({ source, target: mt, ...options }).findings : [];
    const paragraphs = splitParagraphs(mt);
    const words = countWords(correct, targetLang);
    // each planted error: where its words are, and whether a finding covers any of them
    const spans = planted.map((error) => {
      const start = (paragraphs[error.paragraph - 1] ?? '').indexOf(error.text);
      if (start < 0) throw new Error(`${domain}: "${error.text}" is not in paragraph ${error.paragraph} of mt.${targetLang}.txt`);
      return { ...error, start, end: start + error.text.length };
    });
    let found = 0;
    for (const span of spans) {
      const hit = onMt.some((finding) => finding.segment === span.paragraph && overlaps(finding, span.start, span.end));
      count(kinds, kindOf(span.category), hit);
      count(languages, targetLang, hit);
      if (hit) found += 1;
      else missed.push(`${domain} ¶${span.paragraph} ${span.category}: "${span.text}"`);
    }
    const extra = onMt.filter(
      (finding) => !spans.some((span) => finding.segment === span.paragraph && overlaps(finding, span.start, span.end)),
    );
    for (const finding of [...onCorrect.map((f) => ({ f, on: 'correct' })), ...extra.map((f) => ({ f, on: 'MT' }))]) {
      alarms.push(`${domain} (${finding.on}) ¶${finding.f.segment} ${finding.f.rule} "${finding.f.text}": ${finding.f.message}`);
    }
    console.log(
      `  ${domain.padEnd(9)} (${targetLang}) planted ${String(spans.length).padStart(2)}, found ${String(found).padStart(2)}; ` +
        `false alarms: ${onCorrect.length} on the careful translation (${words} words), ${extra.length} elsewhere on the MT`,
    );
    total.planted += spans.length;
    total.found += found;
    total.wordsCorrect += words;
    total.alarmsCorrect += onCorrect.length;
    total.alarmsMt += extra.length;
  }
  const recall = total.planted ? (100 * total.found) / total.planted : 0;
  const perThousand = total.wordsCorrect ? (1000 * total.alarmsCorrect) / total.wordsCorrect : 0;
  console.log(
    `  all: recall ${total.found}/${total.planted} (${recall.toFixed(0)}%); false alarms ${total.alarmsCorrect} on ${total.wordsCorrect} words of careful translation ` +
      `(${perThousand.toFixed(1)} per 1,000 words), ${total.alarmsMt} on the MT outside planted errors`,
  );
  console.log(`  by kind of error:\n${byGroup(kinds).join('\n')}`);
  console.log(`  by target language:\n${byGroup(languages).join('\n')}`);
  if (missed.length > 0) console.log(`  missed:\n${missed.map((line) => `    ${line}`).join('\n')}`);
  if (alarms.length > 0) console.log(`  false alarms:\n${alarms.map((line) => `    ${line}`).join('\n')}`);
  return total;
}

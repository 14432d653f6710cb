/**
 * Sentences of a paragraph as spans, for the rules that compare a paragraph sentence by sentence
 * (meaning cues) or by whole sentences (consistency of repeated sentences).
 */

export interface Sentence {
  start: number;
  end: number;
}

/** A capitalised word after a time's "a.m." or "p.m." that begins a sentence: no weekday, month or time zone. */
const TIME_THEN_SENTENCE =
  /^\p{Lu}(?!(?:onday|uesday|ednesday|hursday|riday|aturday|unday|anuary|ebruary|arch|pril|ay|une|uly|ugust|eptember|ctober|ovember|ecember|TC|MT|ET|EST|ST|IB|DT)\b)/u;

/** Sentences as spans (at ., !, ? followed by space or the end, and at their CJK forms). */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  // a CJK full stop ends a sentence without a space after it ("请保存。系统将重启。")
  for (const match of text.matchAll(/[。！？]+["”’)\]」』]*\s*|[.!?]+["”’)\]]*(?:\s+|$)|\n+/gu)) {
    const end = match.index + match[0].length;
    // "e.g. ", "No. 5", "a.m. " are not ends (but "8 p.m. Orders placed after…" ends at the time: a
    // capitalised word after it that is no weekday, month or zone begins the next sentence)
    const before = text.slice(Math.max(start, match.index - 4), match.index + 1);
    const timeEnds = /(?:^|[^\p{L}])[ap]\.m\.$/iu.test(before) && TIME_THEN_SENTENCE.test(text.slice(end, end + 12));
    if (!timeEnds && /(?:^|[^\p{L}])(?:\p{L}\.\p{L}|No|Nr|Dr|Mr|Mrs|Ms|St|vs|etc|dll|dsb|Jl|Bpk|Ibu|Tn|Ny)\.$/u.test(before)) continue;
    if (text.slice(start, end).trim()) out.push({ start, end: match.index + match[0].replace(/\s+$/u, '').length });
    start = end;
  }
  if (text.slice(start).trim()) out.push({ start, end: text.length });
  return out;
}

const byText = new Map<string, Sentence[]>();

/**
 * The sentences of a text, the last few hundred texts kept: the rules that compare sentences ask
 * for the same paragraphs' several times (and must not hold a long document's texts).
 */
export function sentencesOfCached(text: string): Sentence[] {
  let sentences = byText.get(text);
  if (!sentences) {
    sentences = sentencesOf(text);
    if (byText.size >= 512) byText.clear();
    byText.set(text, sentences);
  }
  return sentences;
}

/**
 * A source's and a translation's sentences paired in order, where both have as many; else each
 * text as one sentence (a translation that split or joined one pairs nothing by order).
 */
export function pairedSentences(source: string, target: string): { source: Sentence[]; target: Sentence[] } {
  const sources = sentencesOfCached(source);
  const targets = sentencesOfCached(target);
  return sources.length === targets.length
    ? { source: sources, target: targets }
    : { source: [{ start: 0, end: source.length }], target: [{ start: 0, end: target.length }] };
}

/** A sentence's parts split at its semicolons (each semicolon ends the part before it). */
function partsOf(text: string, span: Sentence): Sentence[] {
  const out: Sentence[] = [];
  let start = span.start;
  for (let at = span.start; at < span.end; at += 1) {
    if (text[at] !== ';' && text[at] !== '；') continue;
    out.push({ start, end: at + 1 });
    start = at + 1;
  }
  out.push({ start, end: span.end });
  return out;
}

/**
 * Pairs of sentences split further at semicolons where both sides have as many parts: word order
 * differs between languages, the order of parts joined by a semicolon does not ("Auto-lock is on
 * by default; you can turn it off" → "… nonaktif secara bawaan; Anda dapat mengaktifkannya").
 */
export function splitAtSemicolons(source: string, target: string, sources: Sentence[], targets: Sentence[]): [Sentence[], Sentence[]] {
  // (either side may be Chinese, whose semicolon is "；")
  if (!/[;；]/u.test(source) || !/[;；]/u.test(target)) return [sources, targets];
  const outSources: Sentence[] = [];
  const outTargets: Sentence[] = [];
  sources.forEach((sentence, k) => {
    const targetSentence = targets[k] as Sentence;
    const sourceParts = partsOf(source, sentence);
    const targetParts = partsOf(target, targetSentence);
    const split = sourceParts.length > 1 && sourceParts.length === targetParts.length;
    outSources.push(...(split ? sourceParts : [sentence]));
    outTargets.push(...(split ? targetParts : [targetSentence]));
  });
  return [outSources, outTargets];
}

/**
 * Sentences of a paragraph as spans, for the rules that compare a paragraph sentence by sentence
 * (meaning cues) or by whole sentences (consistency of repeated sentences).
 */

export interface Sentence {
  start: number;
  end: number;
}

/** Sentences as spans (at ., !, ? followed by space or the end, and at their CJK forms). */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  // a CJK full stop ends a sentence without a space after it ("请保存。系统将重启。")
  for (const match of text.matchAll(/[。！？]+["”’)\]」』]*\s*|[.!?]+["”’)\]]*(?:\s+|$)|\n+/gu)) {
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

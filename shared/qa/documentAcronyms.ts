/**
 * The acronyms a document's sources introduce, wherever they stand: a translation may use one of
 * them in any paragraph once the document has introduced it ("annual tax return (SPT)" in the
 * first paragraph, "SPT" for "return" in the next ones), so such an acronym is never "not in the
 * source". Introduced means explained by a bracket: the acronym in brackets after its words, or
 * its words in brackets after it ("SPT (annual tax return)"); an acronym merely mentioned
 * somewhere ("NVIDIA") introduces nothing, and in a long document excusing every one would hide
 * acronyms the machine translation carried into the wrong paragraphs. Sources never change, so
 * these are gathered once per document (with its names, marked so that consistency does not take
 * them for names) or, where the whole text is at hand, read off it.
 */
/** What starts a document's name that stands for one of its sources' acronyms. */
export const ACRONYM_NAME_MARK = '¶A';

/**
 * Two to six capitals standing as a word (as the acronyms rule reads an acronym), alone in
 * brackets or right before an opening one.
 */
const INTRODUCED_RE = /\(\s*(\p{Lu}{2,6})\s*\)|(?<![\p{L}\p{M}\p{N}])(\p{Lu}{2,6})\s*\((?=\s*\p{L})/gu;
const TWO_CAPITALS_RE = /\p{Lu}\p{Lu}/u;

/** The acronyms one text introduces, each once. */
export function acronymsIn(text: string): string[] {
  // most paragraphs have none: two capitals in a row and a bracket are needed first
  if (!text.includes('(') || !TWO_CAPITALS_RE.test(text)) return [];
  const found = new Set<string>();
  for (const match of text.matchAll(INTRODUCED_RE)) found.add((match[1] ?? match[2]) as string);
  return [...found];
}

/** The acronyms of one source, as names of its document. */
export function acronymNamesIn(text: string): string[] {
  return acronymsIn(text).map((acronym) => ACRONYM_NAME_MARK + acronym);
}

export function isAcronymName(name: string): boolean {
  return name.startsWith(ACRONYM_NAME_MARK);
}

/** The acronyms among a document's names. */
export function acronymsOfNames(names: Iterable<string>): string[] {
  const out: string[] = [];
  for (const name of names) if (isAcronymName(name)) out.push(name.slice(ACRONYM_NAME_MARK.length));
  return out;
}

/** The acronyms a document's sources introduce, each once, sorted. */
export function documentAcronyms(sources: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const source of sources) for (const acronym of acronymsIn(source)) found.add(acronym);
  return [...found].sort();
}

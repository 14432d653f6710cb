/**
 * The checking itself, as it runs in a worker thread: every rule but the document-wide one on each
 * text of a batch of segments, and the renderings of the document's names in them (from which the
 * document's running counts, and so consistency, are kept). A worker keeps the last few compiled
 * glossaries and name sets, so a batch names them by key and sends them only when the worker says
 * it lacks them.
 */
import {
  acronymsOfNames,
  checkForStore,
  compileGlossary,
  namesOfSource,
  sentenceKeysIn,
  watchedNames,
  type CompiledGlossary,
  type DocumentContext,
  type QaTerm,
  type TextCheck,
} from '../../shared/qa';
import { countSentences, hashKey, RepeatCounter } from '../../shared/qa/repeats';

export interface CheckInput {
  segmentId: number;
  /** The current revision whose text is `current` (null: the segment has none). */
  revisionId: number | null;
  source: string;
  /** The machine translation, or null to leave its stored findings as they are. */
  mt: string | null;
  current: string | null;
}

export interface CheckRequest {
  sourceLang: string;
  targetLang: string;
  /** The glossary by key (pair and stamp); its terms when the worker may not have them. */
  glossary: { key: string; terms?: QaTerm[] | undefined };
  /** The document's names by key; the names when the worker may not have them. */
  names: { key: string; names?: readonly string[] | undefined };
  segments: CheckInput[];
}

export interface CheckResult {
  segmentId: number;
  revisionId: number | null;
  mt: TextCheck | null;
  current: TextCheck | null;
}

export type CheckAnswer = { missing: 'glossary' | 'names' } | { results: CheckResult[] };

const KEEP = 8;

/** A small map that forgets the entry used least recently. */
class Recent<V> {
  private readonly map = new Map<string, V>();
  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > KEEP) this.map.delete(this.map.keys().next().value as string);
  }
}

const glossaries = new Recent<CompiledGlossary>();
const nameLists = new Recent<readonly string[]>();
const watched = new Recent<ReadonlySet<string>>();
/** The document's acronyms by its names' key (the facts its pairs are checked with). */
const documents = new Recent<DocumentContext>();

export function glossaryOf(request: {
  sourceLang: string;
  targetLang: string;
  glossary: CheckRequest['glossary'];
}): CompiledGlossary | undefined {
  let glossary = glossaries.get(request.glossary.key);
  if (!glossary) {
    if (!request.glossary.terms) return undefined;
    glossary = compileGlossary(request.glossary.terms, request.sourceLang, request.targetLang);
    glossaries.set(request.glossary.key, glossary);
  }
  return glossary;
}

export function checkSegments(request: CheckRequest): CheckAnswer {
  const glossary = glossaryOf(request);
  if (!glossary) return { missing: 'glossary' };
  let names = nameLists.get(request.names.key);
  if (!names) {
    if (!request.names.names) return { missing: 'names' };
    names = request.names.names;
    nameLists.set(request.names.key, names);
  }
  const watchedKey = `${request.names.key}\u0000${request.glossary.key}`;
  let watching = watched.get(watchedKey);
  if (!watching) {
    watching = watchedNames(names, glossary);
    watched.set(watchedKey, watching);
  }
  let document = documents.get(request.names.key);
  if (!document) {
    document = { renderings: {}, acronyms: acronymsOfNames(names) };
    documents.set(request.names.key, document);
  }
  const options = { sourceLang: request.sourceLang, targetLang: request.targetLang, glossary, document };
  return {
    results: request.segments.map((segment) => ({
      segmentId: segment.segmentId,
      revisionId: segment.revisionId,
      mt: segment.mt === null ? null : checkForStore({ source: segment.source, target: segment.mt }, options, watching),
      current: segment.current === null ? null : checkForStore({ source: segment.source, target: segment.current }, options, watching),
    })),
  };
}

/**
 * The names the sources show by their shape, each once, and the sentences they have more than
 * once (consistency watches both): what a document keeps as its names when all its sources are here.
 */
export function namesOfSources(input: { sources: readonly string[]; sourceLang: string }): string[] {
  const names = new Set<string>();
  const sentences = new RepeatCounter();
  for (const source of input.sources) {
    for (const name of namesOfSource(source, input.sourceLang)) names.add(name);
    countSentences(sentences, source);
  }
  return [...names, ...sentences.repeatedRefs()];
}

/** The names some sources show, and the hashes of their sentences (a document's are counted across such batches). */
export function namesAndSentenceHashes(input: { sources: readonly string[]; sourceLang: string }): {
  names: string[];
  hashes: Float64Array;
} {
  const names = new Set<string>();
  const hashes: number[] = [];
  for (const source of input.sources) {
    for (const name of namesOfSource(source, input.sourceLang)) names.add(name);
    for (const key of sentenceKeysIn(source)) hashes.push(hashKey(key));
  }
  return { names: [...names], hashes: Float64Array.from(hashes) };
}

/**
 * What a rule receives: both texts analysed once, the languages, the compiled glossary and the
 * document-wide facts (how names are rendered elsewhere), plus small helpers every rule shares.
 */
import type { Analysis } from './analyze';
import type { CompiledGlossary } from './glossary';
import type { NameOccurrence } from './names';
import type { Finding, Severity, Span } from './types';
import type { RuleId } from './rules/ids';

/** Renderings of a source name across a document: the one to use and the ones to flag. */
export interface NameRendering {
  chosen: string;
  others: readonly string[];
}

/** Facts gathered over the whole document before segments are checked one by one. */
export interface DocumentContext {
  renderings: Record<string, NameRendering>;
  /** The acronyms the document's sources show anywhere (documentAcronyms.ts); absent: this pair's only. */
  acronyms?: readonly string[];
}

export interface RuleContext {
  sourceLang: string;
  targetLang: string;
  /** Null when the target paragraph has no source counterpart. */
  source: Analysis | null;
  target: Analysis;
  glossary: CompiledGlossary;
  document: DocumentContext;
  /** Names in the source (computed once, shared by several rules). */
  sourceNames: readonly NameOccurrence[];
}

export interface Rule {
  /** The module's name, for docs and benchmarks. */
  name: string;
  ids: readonly RuleId[];
  check(context: RuleContext): Finding[];
}

export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

export function finding(
  context: RuleContext,
  rule: RuleId,
  severity: Severity,
  start: number,
  end: number,
  extra: { source?: Span | null; params?: Record<string, string | number>; suggestion?: string | null } = {},
): Finding {
  return {
    rule,
    severity,
    ...spanOf(context.target.text, start, end),
    source: extra.source ?? null,
    params: extra.params ? readableParams(extra.params) : {},
    suggestion: extra.suggestion ?? null,
  };
}

/** Message parameters are read by people: the placeholders of inline codes are left out of them. */
function readableParams(params: Record<string, string | number>): Record<string, string | number> {
  if (!Object.values(params).some((value) => typeof value === 'string' && /[\uE000-\uF8FF]/.test(value))) return params;
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      typeof value === 'string' ? value.replace(/ ?[\uE000-\uF8FF]/g, (match) => (match.length > 1 ? ' ' : '')) : value,
    ]),
  );
}

/** The language subtag: "zh-CN" -> "zh" (one function for the checker and the text readers). */
export { baseLanguage } from '../text/language';

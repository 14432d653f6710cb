import { checkDocument, checkPair, compileGlossary, type DocumentContext, type Finding, type QaTerm, type RuleId } from '../../shared/qa';

export function term(source: string, target: string, forbidden: string[] = [], extra: Partial<QaTerm> = {}): QaTerm {
  return { source, target, forbidden, doNotTranslate: false, caseSensitive: false, ...extra };
}

export interface CheckOptions {
  sourceLang?: string;
  targetLang?: string;
  glossary?: QaTerm[];
  /** The document's facts (check only). */
  document?: DocumentContext;
}

/** Findings for one pair (English to Indonesian unless told otherwise). */
export function check(source: string, target: string, options: CheckOptions = {}): Finding[] {
  const sourceLang = options.sourceLang ?? 'en';
  const targetLang = options.targetLang ?? 'id';
  return checkPair(
    { source, target },
    { sourceLang, targetLang, glossary: compileGlossary(options.glossary ?? [], sourceLang, targetLang), document: options.document },
  );
}

export function checkAll(pairs: Array<[string, string]>, options: CheckOptions = {}): Finding[][] {
  const sourceLang = options.sourceLang ?? 'en';
  const targetLang = options.targetLang ?? 'id';
  return checkDocument(
    pairs.map(([source, target]) => ({ source, target })),
    { sourceLang, targetLang, glossary: compileGlossary(options.glossary ?? [], sourceLang, targetLang) },
  ).findings;
}

/** The flagged texts of one rule, in order. */
export function flagged(findings: Finding[], rule: RuleId): string[] {
  return findings.filter((finding) => finding.rule === rule).map((finding) => finding.text);
}

export function only(findings: Finding[], rule: RuleId): Finding[] {
  return findings.filter((finding) => finding.rule === rule);
}

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

/** Which of these rules a finding is of: a rule's id, or the start of several ending in "." ("polarity."). */
function isAmong(rule: string, rules: readonly string[]): boolean {
  return rules.some((name) => (name.endsWith('.') ? rule.startsWith(name) : rule === name));
}

/** The words the findings of these rules are on, in their order. */
export function flaggedAmong(findings: Finding[], rules: readonly string[]): string[] {
  return findings.filter((finding) => isAmong(finding.rule, rules)).map((finding) => finding.text);
}

/** The rule of each finding of these rules, in their order. */
export function firedAmong(findings: Finding[], rules: readonly string[]): string[] {
  return findings.filter((finding) => isAmong(finding.rule, rules)).map((finding) => finding.rule);
}

export function only(findings: Finding[], rule: RuleId): Finding[] {
  return findings.filter((finding) => finding.rule === rule);
}

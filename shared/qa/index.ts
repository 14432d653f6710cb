/** The QA engine's public surface, for the server, the client and the command line. */
export { analyze } from './analyze';
export type { DocumentContext, NameRendering } from './context';
export { acronymsOfNames, documentAcronyms } from './documentAcronyms';
export { compileGlossary, type CompiledGlossary } from './glossary';
export { QA_MESSAGES_EN, QA_MESSAGES_EN_TREE, formatMessage } from './messages';
export { RULE_IDS, RULES, type RuleId } from './rules';
export {
  checkDocument,
  checkForStore,
  checkPair,
  checkPairs,
  checkUnknowingNames,
  compareFindings,
  contextOfRenderings,
  namesOfSource,
  withConsistency,
  type DocumentResult,
  type QaOptions,
  type TextCheck,
} from './runChecks';
export {
  consistencyFromRenderings,
  contextFromCounts,
  isFlaggedRendering,
  SENTENCE_MARK,
  sentenceKeysIn,
  watchedNames,
  type Rendering,
} from './rules/consistency';
export { SEVERITIES, type Finding, type QaTerm, type SegmentPair, type Severity, type Span } from './types';
export { applySuggestion, suggestionEdit, type TextEdit } from './apply';
export { sourceOfTargetWord } from './locate';
export {
  DISMISSAL_SCOPES,
  DismissalIndex,
  NO_DISMISSALS,
  findingTerm,
  foldTerm,
  markDismissed,
  standing,
  type ActiveDismissal,
  type DismissalScope,
  type FindingDismissal,
} from './dismissals';

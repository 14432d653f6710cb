/**
 * English wording of every rule, in i18next's format: the client uses these as its English
 * catalogue (other languages translate them in client/locales), the command line renders them
 * with `formatMessage`.
 */
import type { RuleId } from './rules/ids';

export const QA_MESSAGES_EN: Record<RuleId, string> = {
  'glossary.forbidden': '"{{found}}" is a forbidden rendering of "{{term}}" in the glossary; use "{{expected}}".',
  'glossary.missing': 'The glossary renders "{{term}}" as "{{expected}}".',
  'names.dnt': '"{{term}}" must be kept exactly as written (do not translate), not "{{found}}".',
  'names.dnt-missing': '"{{term}}" must appear in the translation exactly as written (do not translate).',
  'names.variant': 'The name "{{name}}" is written "{{found}}" here.',
  'numbers.missing': 'The number {{source}} of the source is missing.',
  'numbers.changed': 'The source says {{source}}, the translation {{found}}.',
  'numbers.format': '"{{found}}" is written the source language\'s way; here it is {{expected}}.',
  'numbers.currency': 'Amounts are written "{{expected}}" in this language, not "{{found}}".',
  'spacing.hyphen': 'A space breaks the hyphenated word "{{found}}".',
  'spacing.glued': '"{{found}}" runs two words together.',
  'spacing.double': 'Several spaces in a row.',
  'spacing.punctuation': 'Stray space next to "{{mark}}".',
  'punctuation.unbalanced': '"{{mark}}" has no matching partner.',
  repetition: '"{{phrase}}" is repeated.',
  untranslated: '"{{found}}" is left in the source language.',
  'acronym.unexplained': 'The acronym "{{acronym}}" is not in the source.',
  'brackets.changed': 'The source has "{{source}}" here; the translation turned it into the acronym "{{found}}".',
  consistency: '"{{name}}" is rendered "{{expected}}" elsewhere in the document, "{{found}}" here.',
  'alignment.extra': 'This paragraph has no counterpart in the source.',
  'alignment.missing': 'This source paragraph has no translation.',
};

/** Fills `{{name}}` placeholders (the command line's stand-in for i18next). */
export function formatMessage(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

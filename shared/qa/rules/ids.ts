/** Every rule id the engine reports. Ids are stable: tools and translations key on them. */
export const RULE_IDS = [
  'glossary.forbidden',
  'glossary.missing',
  'names.dnt',
  'names.dnt-missing',
  'names.variant',
  'numbers.missing',
  'numbers.changed',
  'numbers.format',
  'numbers.currency',
  'spacing.hyphen',
  'spacing.glued',
  'spacing.double',
  'spacing.punctuation',
  'punctuation.unbalanced',
  'repetition',
  'untranslated',
  'acronym.unexplained',
  'brackets.changed',
  'consistency',
  'alignment.extra',
  'alignment.missing',
  'placeholders.missing',
  'placeholders.extra',
  'placeholders.order',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

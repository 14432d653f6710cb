/**
 * English wording of every rule, in i18next's format ({{name}} placeholders), as a tree keyed by
 * the parts of the rule id: the client mounts it as its English `qa` catalogue (other languages
 * translate it in client/locales), the command line renders it with `formatMessage`.
 */
import type { RuleId } from './rules/ids';

export const QA_MESSAGES_EN_TREE = {
  glossary: {
    forbidden: '"{{found}}" is a forbidden rendering of "{{term}}" in the glossary; use "{{expected}}".',
    missing: 'The glossary renders "{{term}}" as "{{expected}}".',
  },
  names: {
    dnt: '"{{term}}" must be kept exactly as written (do not translate), not "{{found}}".',
    'dnt-missing': '"{{term}}" must appear in the translation exactly as written (do not translate).',
    variant: 'The name "{{name}}" is written "{{found}}" here.',
    changed: 'The source names {{source}}, the translation {{found}} in its place.',
  },
  numbers: {
    missing: 'The number {{source}} of the source is missing.',
    changed: 'The source says {{source}}, the translation {{found}}.',
    format: '"{{found}}" is written the source language\'s way; here it is {{expected}}.',
    currency: 'Amounts are written "{{expected}}" in this language, not "{{found}}".',
    swapped: "{{first}} and {{second}} stand in each other's place compared with the source: check which goes where.",
  },
  spacing: {
    hyphen: 'A space breaks the hyphenated word "{{found}}".',
    glued: '"{{found}}" runs two words together.',
    double: 'Several spaces in a row.',
    punctuation: 'Stray space next to "{{mark}}".',
  },
  punctuation: {
    unbalanced: '"{{mark}}" has no matching partner.',
  },
  repetition: '"{{phrase}}" is repeated.',
  placeholders: {
    missing: "Inline codes of the source missing from the translation: {{numbers}}. The file's markup would be lost.",
    extra: 'This inline code is not in the source, or appears twice.',
    order: "Inline code {{number}} has moved out of the source's order: check that the markup still encloses the right words.",
  },
  literals: {
    changed: 'Copy this exactly as the source has it: "{{expected}}", not "{{found}}".',
    missing:
      '"{{expected}}" must be copied exactly as the source has it, and the translation does not have it (where it belongs is not known: this marks the end of the paragraph).',
  },
  polarity: {
    dropped: 'The source negates this ("{{cue}}"), the translation does not: check that it says the same thing.',
    added: 'The translation negates this ("{{cue}}"), the source does not: check that it says the same thing.',
  },
  limits: {
    inverted: 'The source sets a limit ("{{source}}"), the translation the opposite one ("{{found}}").',
  },
  direction: {
    inverted: 'The source says "{{source}}", the translation the opposite ("{{found}}").',
  },
  colour: {
    changed: 'The source says "{{source}}", the translation another colour ("{{found}}").',
  },
  material: {
    changed: 'The source says "{{source}}", the translation another material ("{{found}}").',
  },
  vehicle: {
    changed: 'The source says "{{source}}", the translation another kind of vehicle ("{{found}}").',
  },
  format: {
    changed: 'The source says "{{source}}", the translation another file format ("{{found}}").',
  },
  papers: {
    changed: 'The source says "{{source}}", the translation another kind of personal paper ("{{found}}").',
  },
  body: {
    changed: 'The source says "{{source}}", the translation another part of the body ("{{found}}").',
  },
  substance: {
    changed: 'The source says "{{source}}", the translation another of the body\'s fluids or wastes ("{{found}}").',
  },
  condition: {
    changed: 'The source says "{{source}}", the translation another illness or condition ("{{found}}").',
  },
  frequency: {
    changed: 'The source says "{{source}}", the translation "{{found}}": how often is not the same.',
  },
  restriction: {
    dropped: 'The source restricts this ("{{source}}"); the translation says it of everyone or everything: check what it applies to.',
    added: 'The translation restricts this ("{{found}}"); the source does not: check that it leaves nothing out.',
  },
  form: {
    dropped: 'The source requires a form ("{{source}}") that the translation does not say: check that it is not lost.',
  },
  contrast: {
    swapped:
      'The source and the translation put "{{found}}" on opposite sides of the "not": check that the two sides of the contrast did not change places.',
  },
  sequence: {
    swapped:
      'The source and the translation put "{{found}}" on opposite sides of "{{then}}": check that the steps, or the ends of a range, did not change places.',
  },
  person: {
    changed:
      'The source says this of "{{source}}", the translation of "{{found}}": check who is meant (the writer and the reader changed places).',
  },
  sense: {
    wrong: '"{{found}}" renders another sense of "{{source}}" than the text means here.',
  },
  quantifier: {
    changed: 'The source says "{{source}}", the translation "{{found}}": check how many it means.',
  },
  modality: {
    changed: 'The source says it may happen ("{{source}}"), the translation that it will ("{{found}}"): check how certain it is.',
  },
  untranslated: '"{{found}}" is left in the source language.',
  acronym: {
    unexplained: 'The acronym "{{acronym}}" is not in the source.',
    replaced: 'The source\'s acronym is "{{acronym}}"; "{{found}}" abbreviates other words instead.',
  },
  brackets: {
    changed: 'The source has "{{source}}" here; the translation turned it into the acronym "{{found}}".',
  },
  consistency: '"{{name}}" is rendered "{{expected}}" elsewhere in the document, "{{found}}" here.',
  alignment: {
    extra: 'This paragraph has no counterpart in the source.',
    missing: 'This source paragraph has no translation.',
  },
} as const;

function flatten(tree: object, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const id = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[id] = value;
    else Object.assign(out, flatten(value as object, id));
  }
  return out;
}

/** The same messages by rule id ("glossary.forbidden"). A test checks every rule has one. */
export const QA_MESSAGES_EN = flatten(QA_MESSAGES_EN_TREE) as Record<RuleId, string>;

/** Fills `{{name}}` placeholders (the command line's stand-in for i18next). */
export function formatMessage(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

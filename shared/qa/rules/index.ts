import type { Rule } from '../context';
import { acronymsRule } from './acronyms';
import { alignmentRule } from './alignment';
import { consistencyRule } from './consistency';
import { contrastRule } from './contrast';
import { formRule } from './form';
import { glossaryRule } from './glossary';
import { literalsRule } from './literals';
import { meaningRule } from './meaning';
import { namesRule } from './names';
import { numbersRule } from './numbers';
import { personRule } from './person';
import { placeholdersRule } from './placeholders';
import { repetitionRule } from './repetition';
import { restrictionRule } from './restriction';
import { sensesRule } from './senses';
import { spacingRule } from './spacing';
import { untranslatedRule } from './untranslated';

export { RULE_IDS, type RuleId } from './ids';

/** Every rule, in the order their findings are preferred when two cover the same span. */
export const RULES: readonly Rule[] = [
  alignmentRule,
  placeholdersRule,
  literalsRule,
  glossaryRule,
  namesRule,
  acronymsRule,
  numbersRule,
  meaningRule,
  restrictionRule,
  formRule,
  personRule,
  contrastRule,
  sensesRule,
  repetitionRule,
  consistencyRule,
  untranslatedRule,
  spacingRule,
];

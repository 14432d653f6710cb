/**
 * Placeholders: the inline markup of an imported file (shared/text/placeholders) must come through
 * the translation whole: each placeholder of the source once in the target, none invented, and in
 * an order that keeps pairs (an opening code before its closing one) as the source has them. Only
 * the order of placeholders relative to each other is checked; moving one within the text is fine.
 */
import { placeholdersIn } from '../../text/placeholders';
import { finding, spanOf, type Rule } from '../context';
import type { Finding } from '../types';

export const placeholdersRule: Rule = {
  name: 'placeholders',
  ids: ['placeholders.missing', 'placeholders.extra', 'placeholders.order'],
  check(context) {
    const { source } = context;
    const target = context.target.text;
    const inSource = source ? placeholdersIn(source.text) : [];
    const inTarget = placeholdersIn(target);
    if (inSource.length === 0 && inTarget.length === 0) return [];
    const out: Finding[] = [];
    const numberOf = new Map(inSource.map((placeholder, index) => [placeholder.char, index + 1]));
    const seen = new Set<string>();
    for (const { char, index } of inTarget) {
      const number = numberOf.get(char);
      if (number === undefined) {
        out.push(finding(context, 'placeholders.extra', 'major', index, index + 1, { params: { reason: 'unknown' }, suggestion: '' }));
      } else if (seen.has(char)) {
        out.push(finding(context, 'placeholders.extra', 'major', index, index + 1, { params: { reason: 'duplicate', number }, suggestion: '' }));
      }
      seen.add(char);
    }
    const missing = inSource.filter(({ char }) => !seen.has(char));
    if (missing.length > 0 && target.length > 0) {
      // the place is unknown: the finding covers the end of the text, where the fix is appended
      const end = target.length;
      const start = Math.max(0, end - Math.min(end, Array.from(target).at(-1)?.length ?? 1));
      out.push(
        finding(context, 'placeholders.missing', 'critical', start, end, {
          source: missing[0] && source ? spanOf(source.text, missing[0].index, missing[0].index + 1) : null,
          params: { count: missing.length, numbers: missing.map(({ char }) => numberOf.get(char)).join(', ') },
        }),
      );
    }
    // order: the placeholders both texts share, compared in sequence
    const shared = inTarget.filter(({ char }, i) => numberOf.has(char) && inTarget.findIndex((other) => other.char === char) === i);
    let last = 0;
    for (const { char, index } of shared) {
      const number = numberOf.get(char) ?? 0;
      if (number < last) {
        out.push(finding(context, 'placeholders.order', 'minor', index, index + 1, { params: { number, after: last } }));
      }
      last = Math.max(last, number);
    }
    return out;
  },
};

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
        out.push(
          finding(context, 'placeholders.extra', 'major', index, index + 1, { params: { reason: 'duplicate', number }, suggestion: '' }),
        );
      }
      seen.add(char);
    }
    const missing = inSource.filter(({ char }) => !seen.has(char));
    if (missing.length > 0) {
      // where it belonged is unknown: the finding marks the end of the text (an empty span, as for a missing term)
      out.push(
        finding(context, 'placeholders.missing', 'critical', target.length, target.length, {
          source: missing[0] && source ? spanOf(source.text, missing[0].index, missing[0].index + 1) : null,
          params: { count: missing.length, numbers: missing.map(({ char }) => numberOf.get(char)).join(', ') },
        }),
      );
    }
    // order: of the placeholders both texts share, those outside the longest run kept in the source's order
    const shared = inTarget.filter(({ char }, i) => numberOf.has(char) && inTarget.findIndex((other) => other.char === char) === i);
    const numbers = shared.map(({ char }) => numberOf.get(char) ?? 0);
    for (const i of outOfOrder(numbers)) {
      const moved = shared[i];
      if (moved)
        out.push(finding(context, 'placeholders.order', 'minor', moved.index, moved.index + 1, { params: { number: numbers[i] ?? 0 } }));
    }
    return out;
  },
};

/** Indexes of the values outside one longest increasing subsequence: the fewest that moved. */
function outOfOrder(values: readonly number[]): number[] {
  const length = values.map(() => 1);
  const previous = values.map(() => -1);
  for (let i = 0; i < values.length; i += 1) {
    for (let j = 0; j < i; j += 1) {
      if ((values[j] ?? 0) < (values[i] ?? 0) && (length[j] ?? 0) + 1 > (length[i] ?? 0)) {
        length[i] = (length[j] ?? 0) + 1;
        previous[i] = j;
      }
    }
  }
  let end = 0;
  for (let i = 1; i < values.length; i += 1) if ((length[i] ?? 0) > (length[end] ?? 0)) end = i;
  const kept = new Set<number>();
  for (let i = values.length > 0 ? end : -1; i >= 0; i = previous[i] ?? -1) kept.add(i);
  return values.map((_, i) => i).filter((i) => !kept.has(i));
}

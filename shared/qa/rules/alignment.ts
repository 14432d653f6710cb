/**
 * Alignment: a target paragraph with no source counterpart (web-page boilerplate such as "Source
 * link" that crept into the translation) and a source paragraph left without translation. For
 * documents made of two files the pairs come from the paragraph aligner (shared/text/align).
 */
import { finding, type Rule } from '../context';

export const alignmentRule: Rule = {
  name: 'alignment',
  ids: ['alignment.extra', 'alignment.missing'],
  check(context) {
    const target = context.target.text;
    const hasSource = context.source !== null && context.source.text.trim() !== '';
    if (!hasSource && target.trim() !== '') {
      return [finding(context, 'alignment.extra', 'major', 0, target.length, { params: {} })];
    }
    if (hasSource && target.trim() === '') {
      return [finding(context, 'alignment.missing', 'major', 0, 0, { params: {} })];
    }
    return [];
  },
};

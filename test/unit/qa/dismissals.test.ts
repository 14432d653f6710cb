/**
 * Which findings a dismissal covers: by rule and term (folded), in one paragraph or the whole
 * document, or a whole check; marks come and go with the dismissals in force.
 */
import { describe, expect, it } from 'vitest';
import {
  checkPair,
  DismissalIndex,
  findingTerm,
  foldTerm,
  markDismissed,
  standing,
  type ActiveDismissal,
  type Finding,
} from '../../../shared/qa';

function dismissal(overrides: Partial<ActiveDismissal>): ActiveDismissal {
  return {
    id: 1,
    scope: 'segment',
    rule: 'untranslated',
    segmentId: 7,
    term: 'billing',
    by: 'Ana',
    at: '2026-11-30T10:00:00.000Z',
    ...overrides,
  };
}

const en = (source: string, target: string, targetLang = 'id') => checkPair({ source, target }, { sourceLang: 'en', targetLang });

describe('the term of a finding', () => {
  it('is the term it names, else its source words, else its target words, folded', () => {
    const base: Pick<Finding, 'params' | 'source' | 'text'> = { params: {}, source: null, text: '  Check\u00a0Out ' };
    expect(findingTerm(base)).toBe('check out');
    expect(findingTerm({ ...base, source: { start: 0, end: 5, text: 'Ｆｅｅ' } })).toBe('fee');
    expect(findingTerm({ ...base, params: { term: 'Export Curbs' }, source: { start: 0, end: 5, text: 'x' } })).toBe('export curbs');
    expect(findingTerm({ ...base, params: { name: 'Jakarta' } })).toBe('jakarta');
    expect(foldTerm('İstanbul')).toBe(foldTerm('i̇stanbul'));
  });
});

describe('marking dismissed findings', () => {
  const findings = en('Open the billing page to pay 25 dollars.', 'Buka halaman billing untuk membayar 52 dolar.');
  const rules = findings.map((finding) => finding.rule).sort();

  it('finds what the dismissals are tested on', () => {
    expect(rules).toEqual(['numbers.changed', 'untranslated']);
  });

  it("marks a paragraph's finding in that paragraph only", () => {
    const index = new DismissalIndex([dismissal({})]);
    const here = markDismissed(findings, 7, index);
    expect(here.find((f) => f.rule === 'untranslated')?.dismissed).toEqual({
      id: 1,
      scope: 'segment',
      by: 'Ana',
      at: '2026-11-30T10:00:00.000Z',
    });
    expect(here.find((f) => f.rule === 'numbers.changed')?.dismissed).toBeUndefined();
    expect(markDismissed(findings, 8, index)).toBe(findings);
    expect(standing(here).map((f) => f.rule)).toEqual(['numbers.changed']);
  });

  it('marks a term everywhere, in any letter case, and a whole check', () => {
    const term = new DismissalIndex([dismissal({ id: 2, scope: 'term', segmentId: null, term: foldTerm('BILLING') })]);
    for (const segmentId of [1, 2, null])
      expect(markDismissed(findings, segmentId, term).find((f) => f.rule === 'untranslated')?.dismissed?.id).toBe(2);
    const other = en('Tap the wishlist icon.', 'Ketuk ikon wishlist.');
    expect(other.map((f) => f.rule)).toEqual(['untranslated']);
    expect(markDismissed(other, 1, term)).toBe(other);

    const rule = new DismissalIndex([dismissal({ id: 3, scope: 'rule', segmentId: null, term: null, rule: 'numbers.changed' })]);
    const marked = markDismissed(findings, 5, rule);
    expect(marked.find((f) => f.rule === 'numbers.changed')?.dismissed?.scope).toBe('rule');
    expect(marked.find((f) => f.rule === 'untranslated')?.dismissed).toBeUndefined();
    expect(rule.ruleOff('numbers.changed')?.id).toBe(3);
  });

  it('prefers the widest dismissal, and takes marks off when a dismissal is withdrawn (unless asked to keep them)', () => {
    const both = new DismissalIndex([dismissal({ id: 4 }), dismissal({ id: 5, scope: 'rule', segmentId: null, term: null })]);
    const marked = markDismissed(findings, 7, both);
    expect(marked.find((f) => f.rule === 'untranslated')?.dismissed?.id).toBe(5);
    const none = new DismissalIndex([]);
    expect(markDismissed(marked, 7, none).some((f) => f.dismissed)).toBe(false);
    expect(markDismissed(marked, 7, none, true)).toBe(marked);
  });

  it('works on other language pairs: German and Chinese targets', () => {
    const de = en('Delete the file report.txt now.', 'Löschen Sie die Datei bericht.txt jetzt.', 'de');
    expect(de.length).toBeGreaterThan(0);
    const first = de[0] as Finding;
    const index = new DismissalIndex([dismissal({ scope: 'term', segmentId: null, rule: first.rule, term: findingTerm(first) })]);
    expect(standing(markDismissed(de, 1, index)).filter((f) => f.rule === first.rule)).toEqual([]);
    const zh = en('The fee is 25 dollars.', '费用是52美元。', 'zh-CN');
    expect(zh.map((f) => f.rule)).toContain('numbers.changed');
    const off = new DismissalIndex([dismissal({ scope: 'rule', segmentId: null, term: null, rule: 'numbers.changed' })]);
    expect(standing(markDismissed(zh, 1, off)).map((f) => f.rule)).not.toContain('numbers.changed');
  });
});

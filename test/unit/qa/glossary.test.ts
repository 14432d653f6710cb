import { describe, expect, it } from 'vitest';
import { check, flagged, only, term } from '../../helpers/qa';

const glossary = [
  term('export curbs', 'pembatasan ekspor', ['trotoar ekspor']),
  term('curb', 'pembatasan', ['trotoar']),
  term('China', 'Tiongkok'),
  term('(un)intended', '(tidak) disengaja', ['(PBB)']),
  term('drive', 'mendorong', ['mengendarai']),
  term('leverage', 'daya tawar', ['leverage']),
];

describe('glossary rule', () => {
  it('flags a forbidden rendering at its exact span, with the source term and a suggestion', () => {
    const target = 'Didukung oleh trotoar ekspor pada chip.';
    const [finding, ...rest] = only(check('Propped up by export curbs on chips.', target, { glossary }), 'glossary.forbidden');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: 'glossary.forbidden',
      severity: 'major',
      start: 14,
      end: 28,
      text: 'trotoar ekspor',
      source: { start: 14, end: 26, text: 'export curbs' },
      suggestion: 'pembatasan ekspor',
      params: { term: 'export curbs', found: 'trotoar ekspor', expected: 'pembatasan ekspor' },
    });
  });

  it.each([
    ['The curb hurt trade.', 'Trotoar itu merugikan perdagangan.', 'Trotoar'],
    ['New curbs hurt trade.', 'Ada trotoar baru yang merugikan.', 'trotoar'],
    ['Curbs hurt trade.', 'TROTOAR merugikan perdagangan.', 'TROTOAR'],
    ['Trade was curbed sharply.', 'Perdagangan terkena trotoar.', 'trotoar'],
    ['Curbing trade hurts.', 'Trotoar perdagangan merugikan.', 'Trotoar'],
  ])('matches the source term across inflection and case: %s', (source, target, expected) => {
    expect(flagged(check(source, target, { glossary }), 'glossary.forbidden')).toEqual([expected]);
  });

  it('matches forbidden renderings across Indonesian morphology, keeping the clitic in the suggestion', () => {
    const [clitic] = only(check('Its curbs hurt.', 'Trotoarnya merugikan.', { glossary }), 'glossary.forbidden');
    expect(clitic).toMatchObject({ text: 'Trotoarnya', suggestion: 'Pembatasannya' });
    const derived = only(check('They drive growth.', 'Mereka dikendarai pertumbuhan.', { glossary }), 'glossary.forbidden');
    expect(derived.map((f) => f.text)).toEqual(['dikendarai']);
  });

  it('accepts the preferred rendering inflected by Indonesian clitics', () => {
    const findings = check('The curbs are strict.', 'Pembatasannya ketat.', { glossary });
    expect(only(findings, 'glossary.missing')).toEqual([]);
    expect(only(findings, 'glossary.forbidden')).toEqual([]);
  });

  it('flags the preferred rendering missing, anchored on the word that renders the term otherwise', () => {
    const findings = check("China's chip industry grows.", 'Industri chip Cina tumbuh.', { glossary });
    expect(only(findings, 'glossary.missing')).toEqual([
      expect.objectContaining({ text: 'Cina', suggestion: 'Tiongkok', source: expect.objectContaining({ text: "China's" }) }),
    ]);
    expect(only(check("China's chip industry grows.", 'Industri chip Tiongkok tumbuh.', { glossary }), 'glossary.missing')).toEqual([]);
  });

  it('matches terms with brackets and punctuation such as "(un)intended"', () => {
    const findings = check('The (un)intended consequence.', 'Konsekuensi (PBB) yang dimaksudkan.', { glossary });
    expect(flagged(findings, 'glossary.forbidden')).toEqual(['(PBB)']);
  });

  it('does not flag a term the source does not have', () => {
    expect(check('Markets fell.', 'Trotoar ekspor jatuh.', { glossary })).toEqual([]);
  });

  it('lands on the right offsets in Chinese text without spaces, after astral characters', () => {
    const zh = [term('export curbs', '出口管制', ['出口路缘'])];
    const target = '🚀美国的出口路缘减缓了中国的进步。';
    const [finding] = only(check('US export curbs slowed China.', target, { targetLang: 'zh-CN', glossary: zh }), 'glossary.forbidden');
    expect(finding).toMatchObject({ start: 5, end: 9, text: '出口路缘', suggestion: '出口管制' });
    expect(target.slice(finding?.start, finding?.end)).toBe('出口路缘');
    expect(
      only(
        check('US export curbs slowed China.', '美国的出口管制减缓了中国的进步。', { targetLang: 'zh-CN', glossary: zh }),
        'glossary.missing',
      ),
    ).toEqual([]);
  });

  it('works from English into German', () => {
    const de = [term('export curbs', 'Exportbeschränkungen', ['Exportbordsteine'])];
    const findings = check('Export curbs slowed progress.', 'Die Exportbordsteine bremsten den Fortschritt.', {
      targetLang: 'de',
      glossary: de,
    });
    expect(only(findings, 'glossary.forbidden')).toEqual([
      expect.objectContaining({ start: 4, end: 20, text: 'Exportbordsteine', suggestion: 'Exportbeschränkungen' }),
    ]);
    const fine = check('Export curbs slowed progress.', 'Die Exportbeschränkungen bremsten den Fortschritt.', {
      targetLang: 'de',
      glossary: de,
    });
    expect(only(fine, 'glossary.forbidden')).toEqual([]);
    expect(only(fine, 'glossary.missing')).toEqual([]);
  });

  it('keeps the longer term when terms overlap ("export curbs" over "curbs")', () => {
    const findings = only(check('Export curbs hurt.', 'Trotoar ekspor merugikan.', { glossary }), 'glossary.forbidden');
    expect(findings.map((f) => [f.text, f.params.term])).toEqual([['Trotoar ekspor', 'export curbs']]);
  });
});

/**
 * Sentences of a paragraph as the meaning rules pair them: where a full stop ends one, and where an
 * abbreviation's does not.
 */
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../shared/qa/sentences';

const texts = (text: string) => sentencesOf(text).map(({ start, end }) => text.slice(start, end));

describe('sentencesOf', () => {
  it('ends sentences at full stops, question and exclamation marks, and the CJK ones', () => {
    expect(texts('Save it. Restart! Done?')).toEqual(['Save it.', 'Restart!', 'Done?']);
    expect(texts('请保存。系统将重启。')).toEqual(['请保存。', '系统将重启。']);
  });

  it('does not end one at an abbreviation ("e.g.", "No.", "Dr.")', () => {
    expect(texts('Bring a document, e.g. a passport. Then wait.')).toEqual(['Bring a document, e.g. a passport.', 'Then wait.']);
    expect(texts('See Dr. Smith in room No. 5 today.')).toEqual(['See Dr. Smith in room No. 5 today.']);
  });

  it('ends one at a time\'s "a.m." or "p.m." before a capitalised word that is no weekday, month or zone', () => {
    expect(texts('Order before 8 p.m. Orders placed later arrive tomorrow.')).toEqual([
      'Order before 8 p.m.',
      'Orders placed later arrive tomorrow.',
    ]);
    expect(texts('Open from 9 a.m. Monday to Friday.')).toEqual(['Open from 9 a.m. Monday to Friday.']);
    expect(texts('The call starts at 3 p.m. UTC for everyone.')).toEqual(['The call starts at 3 p.m. UTC for everyone.']);
    expect(texts('It closes at 10 p.m. on weekdays.')).toEqual(['It closes at 10 p.m. on weekdays.']);
  });
});

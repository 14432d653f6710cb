/**
 * Properties that hold for any text: every finding's offsets slice the target to exactly its
 * text, stay inside it, and never fall between the two halves of a surrogate pair.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument, checkPair, checkPairs, compileGlossary, type QaTerm } from '../../../shared/qa';
import { parseGlossaryCsv } from '../../../server/formats/glossaryCsv';
import { evalDocuments } from '../../helpers/qaEval';

const demoDir = path.resolve(import.meta.dirname, '../../../server/demo/seed-article');
const glossary = parseGlossaryCsv(fs.readFileSync(path.join(demoDir, 'glossary.en-id.csv'), 'utf8'));
const words = fs.readFileSync(path.join(demoDir, 'target.id.txt'), 'utf8').split(/\s+/).filter(Boolean);
const sourceWords = fs.readFileSync(path.join(demoDir, 'source.en.txt'), 'utf8').split(/\s+/).filter(Boolean);
const extras = ['😀', '👨‍👩‍👧', '🇮🇩', '𝒜𝒷𝒸', '人工智能', ' -', '  ', '(', ')', '“', '$ 6', '2.5', '2,5', 'e\u0301', 'GPT -4', 'Openai'];

let state = 7;
const next = () => {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0;
  return state / 2 ** 32;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;

function randomText(pool: readonly string[], length: number): string {
  return Array.from({ length }, () => (next() < 0.15 ? pick(extras) : pick(pool))).join(next() < 0.1 ? '' : ' ');
}

function isInsideSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

describe('QA findings on random text', () => {
  const terms: QaTerm[] = glossary.map((t) => ({ ...t }));
  const compiled = compileGlossary(terms, 'en', 'id');

  it('always slice the target to exactly their text and never split a surrogate pair (400 pairs)', () => {
    let total = 0;
    for (let run = 0; run < 400; run += 1) {
      const source = run % 13 === 0 ? '' : randomText(sourceWords, 5 + Math.floor(next() * 60));
      const target = randomText(words, 5 + Math.floor(next() * 60));
      for (const finding of checkPair({ source, target }, { sourceLang: 'en', targetLang: 'id', glossary: compiled })) {
        total += 1;
        expect(finding.start).toBeGreaterThanOrEqual(0);
        expect(finding.end).toBeGreaterThanOrEqual(finding.start);
        expect(finding.end).toBeLessThanOrEqual(target.length);
        expect(target.slice(finding.start, finding.end)).toBe(finding.text);
        expect(isInsideSurrogatePair(target, finding.start), `${finding.rule} starts inside a surrogate pair`).toBe(false);
        expect(isInsideSurrogatePair(target, finding.end), `${finding.rule} ends inside a surrogate pair`).toBe(false);
        if (finding.source) expect(source.slice(finding.source.start, finding.source.end)).toBe(finding.source.text);
      }
    }
    expect(total).toBeGreaterThan(400); // the random texts are full of errors: the test saw many findings
  });
});

describe('checking a document pair by pair, counting renderings as it goes', () => {
  const compiled = compileGlossary(
    glossary.map((t) => ({ ...t })),
    'en',
    'id',
  );
  const options = { sourceLang: 'en', targetLang: 'id', glossary: compiled };
  // names that come back respelled now and then: consistency has something to find
  const names = ['Mandela', 'Jakarta', 'Sukarno', 'Wibowo', 'Gdansk'];
  const respelled = (name: string) => (next() < 0.3 ? `${name.slice(0, -1)}${name.at(-1)}${name.at(-1)}` : name);

  it('finds exactly what checking the whole document at once finds (300 random documents)', () => {
    let consistency = 0;
    for (let run = 0; run < 300; run += 1) {
      const pairs = Array.from({ length: 2 + Math.floor(next() * 12) }, () => {
        const name = pick(names);
        const source = next() < 0.1 ? '' : `${randomText(sourceWords, 3 + Math.floor(next() * 20))} ${name} ${randomText(sourceWords, 3)}`;
        return { source, target: `${randomText(words, 3 + Math.floor(next() * 20))} ${respelled(name)} ${randomText(words, 3)}` };
      });
      const expected = checkDocument(pairs, options).findings;
      expect(checkPairs(pairs, options)).toEqual(expected);
      consistency += expected.flat().filter((finding) => finding.rule === 'consistency').length;
    }
    expect(consistency).toBeGreaterThan(20);
  });
});

describe('QA on short fragments of every language', () => {
  // (clauses of a word or two around punctuation, "Not.", "Tidak; tidak.": where a rule that reads
  // the words before or after a cue runs off the sentence's edge)
  const marks = ['.', ',', ';', ':', '?', '!', '(', ')', '-'];
  const fragment = (pool: readonly string[]) =>
    Array.from({ length: 1 + Math.floor(next() * 6) }, () => (next() < 0.3 ? pick(marks) : pick(pool))).join(next() < 0.5 ? ' ' : '');

  it('check every pair without failing and with findings inside the text (1,500 pairs in five languages)', () => {
    const byLanguage = new Map<string, { source: string[]; target: string[] }>();
    for (const document of evalDocuments()) {
      const pools = byLanguage.get(document.targetLang) ?? { source: [], target: [] };
      pools.source.push(...document.source.split(/\s+/u).filter(Boolean));
      const target = document.mt ?? document.correct;
      pools.target.push(...(document.targetLang === 'zh' ? [...target.replace(/\s+/gu, '')] : target.split(/\s+/u).filter(Boolean)));
      byLanguage.set(document.targetLang, pools);
    }
    expect([...byLanguage.keys()].sort()).toEqual(['de', 'es', 'fr', 'id', 'zh']);
    let checked = 0;
    for (const [targetLang, pools] of byLanguage) {
      for (let run = 0; run < 300; run += 1) {
        const source = fragment(pools.source);
        const target = fragment(pools.target);
        for (const finding of checkPair(
          { source, target },
          { sourceLang: 'en', targetLang, glossary: compileGlossary([], 'en', targetLang) },
        )) {
          expect(target.slice(finding.start, finding.end)).toBe(finding.text);
          if (finding.source) expect(source.slice(finding.source.start, finding.source.end)).toBe(finding.source.text);
        }
        checked += 1;
      }
    }
    expect(checked).toBe(1500);
  });
});

/**
 * The engine measured on the demo article: every error a careful reviewer found
 * (test/fixtures/seed-article/known-errors.json) must be found where it is, and a careful
 * correction of the article (corrected.id.txt, written for this test) must come out clean.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGlossaryCsv } from '../../../server/formats/glossaryCsv';
import { checkTexts } from '../../../server/services/qaTexts';

const demoDir = path.resolve(import.meta.dirname, '../../../server/demo/seed-article');
const fixtures = path.resolve(import.meta.dirname, '../../fixtures/seed-article');
const read = (dir: string, name: string) => fs.readFileSync(path.join(dir, name), 'utf8');

interface KnownError {
  n: number;
  span: string;
  source: string;
  category: string;
}

const known = (JSON.parse(read(fixtures, 'known-errors.json')) as { errors: KnownError[] }).errors;
const glossary = parseGlossaryCsv(read(demoDir, 'glossary.en-id.csv'));
const source = read(demoDir, 'source.en.txt');

describe('the demo article', () => {
  const report = checkTexts({ source, target: read(demoDir, 'target.id.txt'), sourceLang: 'en', targetLang: 'id', glossary });
  const targetParagraphs = read(demoDir, 'target.id.txt')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

  it.each(known.map((error) => [error.span, error.n, error] as const))('finds "%s" in paragraph %i', (_span, n, error) => {
    const paragraph = targetParagraphs[n - 1] ?? '';
    const at = paragraph.indexOf(error.span);
    expect(at, 'the fixture span is in its paragraph').toBeGreaterThanOrEqual(0);
    const overlapping = report.findings.filter(
      (finding) => finding.segment === n && finding.start < at + error.span.length && at < finding.end,
    );
    expect(overlapping.map((f) => `${f.rule} "${f.text}"`)).not.toEqual([]);
  });

  it('reports each finding with the contract fields, offsets slicing the paragraph exactly', () => {
    expect(report.segments).toBe(24);
    for (const finding of report.findings) {
      const paragraph = targetParagraphs[finding.segment - 1] ?? '';
      expect(paragraph.slice(finding.start, finding.end)).toBe(finding.text);
      expect(finding.message).not.toBe('');
    }
    const boilerplate = report.findings.filter((f) => f.rule === 'alignment.extra').map((f) => [f.segment, f.sourceSegment]);
    expect(boilerplate).toEqual([
      [20, null],
      [21, null],
      [22, null],
      [23, null],
      [24, null],
    ]);
  });

  it('finds nothing wrong in a careful correction', () => {
    const corrected = checkTexts({ source, target: read(fixtures, 'corrected.id.txt'), sourceLang: 'en', targetLang: 'id', glossary });
    expect(corrected.segments).toBe(19);
    expect(corrected.findings.map((f) => `¶${f.segment} ${f.rule} "${f.text}"`)).toEqual([]);
    const withoutGlossary = checkTexts({ source, target: read(fixtures, 'corrected.id.txt'), sourceLang: 'en', targetLang: 'id' });
    expect(withoutGlossary.findings.map((f) => `¶${f.segment} ${f.rule} "${f.text}"`)).toEqual([]);
  });
});

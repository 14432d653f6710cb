/**
 * A checker that cries wolf is not read: careful translations of documents of several domains
 * (test/fixtures/qa-eval, written for this, never the demo's) get at most 3 findings in all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTexts } from '../../../server/services/qaTexts';

const root = path.resolve(import.meta.dirname, '../../fixtures/qa-eval');

describe('precision on careful translations', () => {
  it('raises at most 3 findings over every careful translation of the evaluation documents', () => {
    let words = 0;
    const findings: string[] = [];
    for (const domain of fs.readdirSync(root)) {
      const read = (name: string) => fs.readFileSync(path.join(root, domain, name), 'utf8');
      const correct = read('correct.id.txt');
      words += correct.split(/\s+/).filter(Boolean).length;
      for (const finding of checkTexts({ source: read('source.en.txt'), target: correct, sourceLang: 'en', targetLang: 'id' }).findings) {
        findings.push(`${domain} ¶${finding.segment} ${finding.rule} "${finding.text}"`);
      }
    }
    expect(words).toBeGreaterThanOrEqual(1000);
    expect(findings.length, findings.join('\n')).toBeLessThanOrEqual(3);
  });
});

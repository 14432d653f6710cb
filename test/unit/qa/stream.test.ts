/**
 * The qa command's way for long texts (worker threads, the alignment handing over its groups as
 * they settle, findings kept ready to print) must give the report checkTexts gives, to the byte.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGlossaryCsv } from '../../../server/formats/glossaryCsv';
import { checkTexts } from '../../../server/services/qaTexts';
import { checkTextsStreaming } from '../../../server/services/qaStream';
import { WorkerPool } from '../../../server/workers/pool';

const demoDir = path.resolve(import.meta.dirname, '../../../server/demo/seed-article');
const read = (name: string) => fs.readFileSync(path.join(demoDir, name), 'utf8');
const glossary = parseGlossaryCsv(read('glossary.en-id.csv'));
const pool = new WorkerPool({ size: 1 });
afterAll(() => pool.close());

async function bothWays(input: Parameters<typeof checkTexts>[0]) {
  const expected = checkTexts(input);
  const streamed = await checkTextsStreaming(input, pool, 1);
  const findings = [...streamed.findings()].map((json) => JSON.parse(Buffer.from(json).toString('utf8')) as unknown);
  return { expected, streamed, findings };
}

describe('the qa command on long texts', () => {
  it('reports the demo as checkTexts does', async () => {
    const { expected, streamed, findings } = await bothWays({
      source: read('source.en.txt'),
      target: read('target.id.txt'),
      sourceLang: 'en',
      targetLang: 'id',
      glossary,
    });
    expect(findings).toEqual(expected.findings);
    expect(streamed.segments).toBe(expected.segments);
    expect(streamed.sourceSegments).toBe(expected.sourceSegments);
    expect(Object.values(streamed.counts).reduce((a, b) => a + b, 0)).toBe(expected.findings.length);
  });

  it('reports a long text with paragraphs missing, added, merged and names respelled as checkTexts does', async () => {
    const sourceParagraphs = read('source.en.txt')
      .split(/\n\s*\n/)
      .filter((p) => p.trim());
    const targetParagraphs = read('target.id.txt')
      .split(/\n\s*\n/)
      .filter((p) => p.trim())
      .slice(0, 19);
    const source: string[] = [];
    const target: string[] = [];
    // (2,280 paragraphs: 23 batches of the threads, every kind of change several times over; 5,700
    // took 19 s of the suite for nothing more)
    for (let round = 0; round < 120; round += 1) {
      sourceParagraphs.slice(0, 19).forEach((p, k) => {
        source.push(`${p} (${round}.${k})`);
        if ((round * 19 + k) % 97 === 3) return; // missing from the translation
        const translated = `${targetParagraphs[k] ?? ''} (${round}.${k})`;
        target.push(round % 7 === 2 ? translated.replace(/Google/g, 'Gogle') : translated);
        if ((round * 19 + k) % 131 === 5) target.push('Berlangganan sekarang untuk akses tanpa batas'); // added
      });
    }
    // two paragraphs merged now and then
    for (let k = target.length - 40; k > 0; k -= 547) target.splice(k, 2, `${target[k]} ${target[k + 1]}`);
    // a leading paragraph with no translation
    source.unshift('A paragraph nobody translated, about 2025 and the Jakarta office.');
    const { expected, findings } = await bothWays({
      source: source.join('\n\n'),
      target: target.join('\n\n'),
      sourceLang: 'en',
      targetLang: 'id',
      glossary,
    });
    expect(findings).toEqual(expected.findings);
    const rules = new Set(expected.findings.map((finding) => finding.rule));
    expect(rules).toContain('alignment.missing');
    expect(rules).toContain('alignment.extra');
    expect(rules).toContain('consistency');
    expect(expected.segments).toBeGreaterThan(2000);
    expect(expected.findings.filter((finding) => finding.rule === 'alignment.missing').length).toBeGreaterThan(10);
  }, 120_000);
});

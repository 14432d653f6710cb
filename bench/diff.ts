/**
 * Word diff speed: our shared diffWords against jsdiff's diffWords on the same inputs, in the same
 * process: a 100-word paragraph, a 300-word paragraph, every paragraph of the demo article, and a
 * synthetic 10,000-segment document.
 */
import { diffWords as jsdiffWords } from 'diff';
import { readDemoDocument } from '../server/demo/seed';
import { diffWords } from '../shared/text/diff';
import { fmt, median, paragraph, percentile, postEdit, random, sample } from './lib';

export interface DiffFigures {
  p100: { ours: number; jsdiff: number };
  p300: { ours: number; jsdiff: number };
  demo: { ours: number; jsdiff: number };
  synthetic: { segments: number; ours: number; jsdiff: number };
}

export function benchDiff(): DiffFigures {
  const next = random(42);
  const demo = readDemoDocument();
  const vocabulary = demo.segments.flatMap((segment) => segment.mt.split(/\s+/)).filter((word) => /\p{L}/u.test(word));

  const para = (words: number) => {
    const a = paragraph(vocabulary, words, next);
    return { a, b: postEdit(a, vocabulary, 0.15, next) };
  };
  const p100 = para(100);
  const p300 = para(300);
  const compare = (label: string, a: string, b: string) => {
    const ours = sample(() => diffWords(a, b, { lang: 'id' }), { runs: 1000 });
    const theirs = sample(() => jsdiffWords(a, b), { runs: 1000 });
    console.log(
      `  ${label.padEnd(28)} ours median ${fmt(median(ours))} (p95 ${fmt(percentile(ours, 95))})  ` +
        `jsdiff ${fmt(median(theirs))}  ratio ${(median(theirs) / median(ours)).toFixed(1)}x faster`,
    );
    return { ours: median(ours), jsdiff: median(theirs) };
  };

  console.log('word diff (median per call)');
  const r100 = compare('100-word paragraph', p100.a, p100.b);
  const r300 = compare('300-word paragraph', p300.a, p300.b);

  // the demo article: each MT paragraph against a post-edited version of it
  const demoPairs = demo.segments.map((segment) => ({ a: segment.mt, b: postEdit(segment.mt, vocabulary, 0.15, next) }));
  const oursDemo = sample(() => demoPairs.forEach(({ a, b }) => diffWords(a, b, { lang: 'id' })), { warmup: 20, runs: 200 });
  const theirsDemo = sample(() => demoPairs.forEach(({ a, b }) => jsdiffWords(a, b)), { warmup: 20, runs: 200 });
  const perParagraph = (ms: number) => ms / demoPairs.length;
  console.log(
    `  ${'demo, per paragraph'.padEnd(28)} ours median ${fmt(perParagraph(median(oursDemo)))}  ` +
      `jsdiff ${fmt(perParagraph(median(theirsDemo)))}  ratio ${(median(theirsDemo) / median(oursDemo)).toFixed(1)}x faster`,
  );

  const segments = 10_000;
  const synthetic = Array.from({ length: segments }, () => para(20 + Math.floor(next() * 120)));
  const time = (fn: () => void) => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  };
  time(() => synthetic.slice(0, 500).forEach(({ a, b }) => diffWords(a, b)));
  const oursAll = median([1, 2, 3].map(() => time(() => synthetic.forEach(({ a, b }) => diffWords(a, b, { lang: 'id' })))));
  const theirsAll = median([1, 2, 3].map(() => time(() => synthetic.forEach(({ a, b }) => jsdiffWords(a, b)))));
  console.log(
    `  ${'10,000 segments, all'.padEnd(28)} ours ${fmt(oursAll, 0)} (${fmt(oursAll / segments)} per segment)  ` +
      `jsdiff ${fmt(theirsAll, 0)}  ratio ${(theirsAll / oursAll).toFixed(1)}x faster`,
  );

  return {
    p100: r100,
    p300: r300,
    demo: { ours: perParagraph(median(oursDemo)), jsdiff: perParagraph(median(theirsDemo)) },
    synthetic: { segments, ours: oursAll, jsdiff: theirsAll },
  };
}

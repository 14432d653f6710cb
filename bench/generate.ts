/**
 * Documents of any length for the benchmarks, generated deterministically: each segment is a
 * paragraph of the demo article (source and machine translation) with about one word in twenty
 * replaced, so no two are alike and the checker finds what it finds in the demo, in proportion.
 * As aligned pairs, as an XLIFF 1.2 file written in chunks (a million segments never sit in
 * memory as one string), or as two plain-text files.
 */
import fs from 'node:fs';
import { readDemoDocument } from '../server/demo/seed';
import { postEdit, random } from './lib';

export interface GeneratedPair {
  source: string;
  mt: string;
}

/** A generator of `count` segment pairs (seeded: the same every run). */
export function* generatePairs(count: number, seed = 2026): Generator<GeneratedPair> {
  const demo = readDemoDocument().segments.filter((segment) => segment.source !== '' && segment.mt !== '');
  const next = random(seed);
  const sourceWords = demo.flatMap((segment) => segment.source.split(/\s+/)).filter(Boolean);
  const targetWords = demo.flatMap((segment) => segment.mt.split(/\s+/)).filter(Boolean);
  for (let i = 0; i < count; i += 1) {
    const base = demo[i % demo.length] as GeneratedPair;
    // an edit may take every word of a one-word paragraph: it keeps its word then (an empty
    // paragraph is no segment, and the document would come out shorter than asked)
    const source = postEdit(base.source, sourceWords, 0.05, next);
    const mt = postEdit(base.mt, targetWords, 0.05, next);
    yield { source: source.trim() === '' ? base.source : source, mt: mt.trim() === '' ? base.mt : mt };
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Writes an XLIFF 1.2 file of `count` units to `file`, in chunks; returns its size in bytes. */
export async function writeXliff(file: string, count: number, seed = 2026): Promise<number> {
  const out = fs.createWriteStream(file, { encoding: 'utf8' });
  const write = (chunk: string) =>
    out.write(chunk) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n' +
      `<file original="generated-${count}.txt" source-language="en" target-language="id" datatype="plaintext">\n<body>\n`,
  );
  let k = 0;
  let buffer = '';
  for (const pair of generatePairs(count, seed)) {
    k += 1;
    buffer += `<trans-unit id="u${k}"><source>${escapeXml(pair.source)}</source><target state="translated">${escapeXml(pair.mt)}</target></trans-unit>\n`;
    if (buffer.length > 1 << 20) {
      await write(buffer);
      buffer = '';
    }
  }
  await write(`${buffer}</body>\n</file>\n</xliff>\n`);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return fs.statSync(file).size;
}

/** Writes the source and the machine translation as two plain-text files, a blank line between paragraphs. */
export async function writeTextPair(sourceFile: string, targetFile: string, count: number, seed = 2026): Promise<void> {
  const source = fs.createWriteStream(sourceFile, { encoding: 'utf8' });
  const target = fs.createWriteStream(targetFile, { encoding: 'utf8' });
  let sourceBuffer = '';
  let targetBuffer = '';
  for (const pair of generatePairs(count, seed)) {
    sourceBuffer += `${pair.source}\n\n`;
    targetBuffer += `${pair.mt}\n\n`;
    if (sourceBuffer.length > 1 << 20) {
      source.write(sourceBuffer);
      target.write(targetBuffer);
      sourceBuffer = '';
      targetBuffer = '';
    }
  }
  source.write(sourceBuffer);
  target.write(targetBuffer);
  await Promise.all([source, target].map((stream) => new Promise<void>((resolve) => stream.end(() => resolve()))));
}

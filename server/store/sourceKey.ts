/**
 * The key a repeated source is found by within its document: the first 16 hex digits of the MD5 of
 * the source exactly as written (a repetition is the same text; case or spacing apart is a 99 %
 * memory match, not a repetition). PostgreSQL computes the same with left(md5(source), 16), and the
 * SQLite connection is given this function as tilik_source_key for its migration.
 */
import { createHash } from 'node:crypto';
import { sentencesOf } from '../../shared/qa/sentences';

export function sourceKey(source: string): string {
  return createHash('md5').update(source, 'utf8').digest('hex').slice(0, 16);
}

/**
 * The keys of a paragraph's sentences (each as sourceKey keys a whole source, so a sentence that
 * stands alone as a paragraph elsewhere has the same key), for a paragraph of two sentences or
 * more; a paragraph of one is found by its source_key.
 */
export function sentenceKeys(source: string): string[] {
  const sentences = sentencesOf(source);
  if (sentences.length < 2) return [];
  return [...new Set(sentences.map(({ start, end }) => sourceKey(source.slice(start, end).trim())))];
}

/**
 * The demo article: an English news piece and its Indonesian machine translation, imported on the
 * first start with an empty database so that a newcomer has something real to review.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CreateDocumentBody, type DocumentSummary } from '../../shared/schemas';
import { parseGlossaryCsv } from '../formats/glossaryCsv';
import { SYSTEM_USER_ID, type Store } from '../store/types';

export const DEMO_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'seed-article');

const AlignedFile = z.object({
  title: z.string(),
  sourceLang: z.string(),
  targetLang: z.string(),
  segments: z.array(z.object({ n: z.number().int(), source: z.string(), mt: z.string() })),
});

/** Reads the demo article's aligned segments into the shape `createDocument` takes. */
export function readDemoDocument(dir = DEMO_DIR): CreateDocumentBody {
  const aligned = AlignedFile.parse(JSON.parse(fs.readFileSync(path.join(dir, 'aligned.json'), 'utf8')));
  const segments = [...aligned.segments].sort((a, b) => a.n - b.n).map(({ source, mt }) => ({ source, mt }));
  return CreateDocumentBody.parse({ title: aligned.title, sourceLang: aligned.sourceLang, targetLang: aligned.targetLang, segments });
}

/** The demo glossary (English to Indonesian) that comes with the article. */
export function readDemoGlossary(dir = DEMO_DIR) {
  return parseGlossaryCsv(fs.readFileSync(path.join(dir, 'glossary.en-id.csv'), 'utf8'));
}

/**
 * Imports the demo article and its glossary when the store holds no document at all; returns
 * the document when it did.
 */
export async function seedDemoIfEmpty(store: Store): Promise<DocumentSummary | undefined> {
  if (!(await store.isEmpty())) return undefined;
  const document = await store.createDocument(readDemoDocument(), SYSTEM_USER_ID);
  await store.importGlossaryTerms(
    { sourceLang: document.sourceLang, targetLang: document.targetLang },
    readDemoGlossary(),
    'merge',
    SYSTEM_USER_ID,
  );
  return document;
}

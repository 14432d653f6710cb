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
import type { Role } from '../../shared/permissions';
import { generatePassword, hashPassword, type ScryptCost } from '../auth/passwords';
import type { Services } from '../services';
import { SYSTEM_USER_ID } from '../store/types';

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

/** The demo accounts: one per role, named after it. The translator is assigned the demo article. */
export const DEMO_ACCOUNTS: ReadonlyArray<{ username: string; displayName: string; role: Role }> = [
  { username: 'translator', displayName: 'Tari (translator)', role: 'translator' },
  { username: 'editor', displayName: 'Edo (editor)', role: 'editor' },
  { username: 'reviewer', displayName: 'Rina (reviewer)', role: 'reviewer' },
  { username: 'admin', displayName: 'Adi (admin)', role: 'admin' },
];

export interface DemoSeed {
  document: DocumentSummary;
  /** The demo accounts' password, and whether it was generated (then it must be shown once). */
  password: string;
  generated: boolean;
}

/**
 * On a first start (no document at all): the demo article, its glossary, and the demo accounts,
 * with `password` (TILIK_DEMO_PASSWORD) or a random one. Returns undefined on later starts.
 */
export async function seedDemoIfEmpty(
  services: Services,
  options: { password?: string | undefined; cost?: ScryptCost } = {},
): Promise<DemoSeed | undefined> {
  if (!(await services.documents.isEmpty())) return undefined;
  // only the first of several servers starting at once on an empty database seeds it
  const document = await services.documents.createFirst(readDemoDocument(), SYSTEM_USER_ID);
  if (!document) return undefined;
  await services.glossary.import(
    { sourceLang: document.sourceLang, targetLang: document.targetLang },
    readDemoGlossary(),
    'merge',
    SYSTEM_USER_ID,
  );
  const password = options.password ?? generatePassword();
  const passwordHash = await hashPassword(password, options.cost);
  for (const account of DEMO_ACCOUNTS) {
    const created = await services.people.createUser({ ...account, passwordHash }, SYSTEM_USER_ID);
    const user = created.kind === 'done' ? created.user : await services.people.userByName(account.username);
    if (user && account.role === 'translator') await services.people.setDocumentRole(document.id, user.id, 'translator', SYSTEM_USER_ID);
  }
  return { document, password, generated: options.password === undefined };
}

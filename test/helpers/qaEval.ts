/**
 * The evaluation documents (test/fixtures/qa-eval): each an English source, a careful translation
 * (`correct.<lang>.txt`) and most a machine translation with planted errors (`mt.<lang>.txt`,
 * listed in errors.json: paragraph, words, category). The target language is the files' own.
 */
import fs from 'node:fs';
import path from 'node:path';

export const EVAL_ROOT = path.resolve(import.meta.dirname, '../fixtures/qa-eval');

export interface PlantedError {
  paragraph: number;
  text: string;
  category: string;
}

export interface EvalDocument {
  domain: string;
  targetLang: string;
  source: string;
  correct: string;
  /** Null for a document that has a careful translation only. */
  mt: string | null;
  errors: PlantedError[];
}

export function evalDocuments(root = EVAL_ROOT): EvalDocument[] {
  return fs
    .readdirSync(root)
    .sort()
    .map((domain) => {
      const dir = path.join(root, domain);
      const correctFile = fs.readdirSync(dir).find((name) => /^correct\.[a-zA-Z-]+\.txt$/.test(name));
      if (!correctFile) throw new Error(`${domain}: no correct.<lang>.txt`);
      const targetLang = correctFile.slice('correct.'.length, -'.txt'.length);
      const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
      const hasMt = fs.existsSync(path.join(dir, `mt.${targetLang}.txt`));
      return {
        domain,
        targetLang,
        source: read('source.en.txt'),
        correct: read(correctFile),
        mt: hasMt ? read(`mt.${targetLang}.txt`) : null,
        errors: hasMt ? (JSON.parse(read('errors.json')) as PlantedError[]) : [],
      };
    });
}

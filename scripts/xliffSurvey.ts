/**
 * What the XLIFF reader makes of every file under a folder (default: the test fixtures, the
 * real-world files and the OASIS suite's valid ones): how many import, and each refusal with its
 * reason. A file naming no target language is read as the import would be once one is given
 * (`--target-lang`), and counted apart.
 *
 *   npx tsx scripts/xliffSurvey.ts [FOLDER]
 */
import fs from 'node:fs';
import path from 'node:path';
import { decodeXliff, readXliff, XliffError } from '../server/formats/xliff';

const root = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '../test/fixtures/xliff'));

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
    .filter((file) => /\.(xlf|xliff|sdlxliff)$/i.test(file) && !/[\\/]invalid[\\/]/.test(file));
}

const byFolder = new Map<string, { imported: number; givenTarget: number; refused: Array<[string, string]> }>();
for (const file of filesUnder(root)) {
  const folder = path.relative(root, file).split(path.sep)[0] ?? '.';
  const tally = byFolder.get(folder) ?? { imported: 0, givenTarget: 0, refused: [] };
  byFolder.set(folder, tally);
  const text = decodeXliff(fs.readFileSync(file));
  try {
    readXliff(text);
    tally.imported += 1;
  } catch (error) {
    if (!(error instanceof XliffError)) throw error;
    if (error.missing === 'targetLang') {
      try {
        readXliff(text, { targetLang: 'und' });
        tally.imported += 1;
        tally.givenTarget += 1;
        continue;
      } catch (again) {
        if (!(again instanceof XliffError)) throw again;
        tally.refused.push([path.relative(root, file), again.message]);
        continue;
      }
    }
    tally.refused.push([path.relative(root, file), error.message]);
  }
}
for (const [folder, tally] of byFolder) {
  const total = tally.imported + tally.refused.length;
  console.log(
    `${folder}: ${total} files, ${tally.imported} import (${tally.givenTarget} once given a target language), ${tally.refused.length} refused`,
  );
  for (const [file, reason] of tally.refused) console.log(`  refused ${file}: ${reason}`);
}

/**
 * `npm run bench`: prints figures, never passes or fails. Each comparison runs its baseline in
 * the same run on the same machine, because this shared 2-core machine is noisy, and each section
 * runs in a process of its own so that one's garbage does not slow the next.
 * `npm run bench -- qa` (or diff, qa, detection, saves, editor, live, files, attack, scale, large, qacli, textimport, tm) runs one section.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { benchAttack } from './attack';
import { benchDetection } from './detection';
import { benchDiff } from './diff';
import { benchEditor } from './editor';
import { benchFiles } from './files';
import { benchLarge, benchQaCommand, benchTextImport } from './large';
import { benchLive } from './live';
import { benchMemory } from './memory';
import { benchQa } from './qa';
import { benchSaves } from './saves';
import { benchScale } from './scale';

const SECTIONS: Record<string, () => unknown> = {
  diff: benchDiff,
  qa: () => {
    benchQa('paragraph');
    benchQa('sentence');
  },
  detection: benchDetection,
  saves: benchSaves,
  editor: benchEditor,
  live: benchLive,
  files: benchFiles,
  attack: benchAttack,
  scale: benchScale,
  large: benchLarge,
  qacli: benchQaCommand,
  textimport: benchTextImport,
  tm: benchMemory,
};

const only = process.argv[2];
if (only === '--help' || only === '-h') {
  console.log(`Usage: npm run bench [-- SECTION]

Runs every benchmark (or one section) on generated data and prints its figures.
Sections: ${Object.keys(SECTIONS).join(', ')}`);
} else if (only) {
  const section = SECTIONS[only];
  if (!section) {
    console.error(`unknown section "${only}"; known: ${Object.keys(SECTIONS).join(', ')}`);
    process.exit(2);
  }
  await section();
} else {
  console.log(`Tilik benchmarks, ${new Date().toISOString()}, Node ${process.version}`);
  for (const name of Object.keys(SECTIONS)) {
    console.log();
    const tsx = path.resolve(import.meta.dirname, '../node_modules/.bin/tsx');
    spawnSync(tsx, [path.resolve(import.meta.dirname, 'run.ts'), name], { stdio: 'inherit' });
  }
}

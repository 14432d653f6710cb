/**
 * `npm run bench`: prints figures, never passes or fails. Each comparison runs its baseline in
 * the same run on the same machine, because this shared 2-core machine is noisy.
 */
import { benchDiff } from './diff';
import { benchEditor } from './editor';
import { benchQa } from './qa';
import { benchSaves } from './saves';

const only = process.argv[2];
console.log(`Tilik benchmarks, ${new Date().toISOString()}, Node ${process.version}\n`);
if (!only || only === 'diff') benchDiff();
if (!only || only === 'qa') {
  console.log();
  benchQa('paragraph');
  benchQa('sentence');
}
if (!only || only === 'saves') {
  console.log();
  await benchSaves();
}
if (!only || only === 'editor') {
  console.log();
  await benchEditor();
}

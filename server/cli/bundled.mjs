// `node server/cli/bundled.mjs server/cli/qa.ts ARGS…`: runs a command of server/cli as one
// bundle under plain Node, built at each start (about 0.2 s) with its worker threads' own bundle.
// A long run then holds its code once in each thread, without tsx's loader and the source maps it
// keeps: `npm run qa` on a 100,000-paragraph pair holds 250–270 MB once the texts are read, against
// 300–330 MB under tsx (the checks run as fast either way). Plain JavaScript: Node starts it as is.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '../..');
// inside the project, so that the bundles' imports of packages find node_modules
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'tilik-cli');
/** Bundles other than the newest are removed once this old (another run may still be using one). */
const STALE_MS = 24 * 60 * 60 * 1000;

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node server/cli/bundled.mjs server/cli/COMMAND.ts [ARGS…]\n');
  process.exit(2);
}

const built = await esbuild.build({
  entryPoints: { main: path.resolve(ROOT, entry), worker: path.join(ROOT, 'server/workers/worker.ts') },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outdir: 'out',
  outExtension: { '.js': '.mjs' },
  write: false,
  sourcemap: 'linked',
  logLevel: 'error',
  define: {
    // the pool starts its workers from this bundle, beside the command's (server/workers/pool.ts)
    TILIK_WORKER_BUNDLE: JSON.stringify('./worker.mjs'),
    // what a module's own folder is, where one asks (the repository's root is found from it)
    'import.meta.dirname': JSON.stringify(path.dirname(path.resolve(ROOT, entry))),
  },
});

// the same code makes the same folder: written once, by whichever run gets there first
const hash = crypto.createHash('sha256');
for (const file of built.outputFiles) hash.update(file.path).update(file.contents);
const folder = path.join(CACHE, hash.digest('hex').slice(0, 16));
if (!fs.existsSync(folder)) {
  fs.mkdirSync(CACHE, { recursive: true });
  const writing = fs.mkdtempSync(path.join(CACHE, 'writing-'));
  for (const file of built.outputFiles) fs.writeFileSync(path.join(writing, path.basename(file.path)), file.contents);
  try {
    fs.renameSync(writing, folder);
  } catch {
    fs.rmSync(writing, { recursive: true, force: true }); // another run wrote it meanwhile
  }
}
const now = Date.now();
for (const name of fs.readdirSync(CACHE)) {
  const other = path.join(CACHE, name);
  try {
    if (other !== folder && now - fs.statSync(other).mtimeMs > STALE_MS) fs.rmSync(other, { recursive: true, force: true });
  } catch {
    // renamed or removed meanwhile by another run
  }
}
fs.utimesSync(folder, new Date(), new Date());

// the bundle runs as if started itself (a command runs when it is the process's main module)
const main = path.join(folder, 'main.mjs');
process.argv = [process.argv[0], main, ...args];
await import(pathToFileURL(main).href);

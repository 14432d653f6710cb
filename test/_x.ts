import fs from 'node:fs';
import path from 'node:path';
import { decodeXliff, readXliff, writeXliff } from '../server/formats/xliff';
const roots = ['/work/shared/conformance/xliff/real-world', '/work/shared/conformance/xliff/oasis-2.0/core/valid', '/work/shared/conformance/xliff/oasis-2.0/modules/valid', '/work/shared/conformance/xliff/oasis-2.0/core/invalid'];
const only = process.argv[2];
for (const root of roots) {
  const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]);
  for (const file of walk(root)) {
    if (!/\.(xlf|xliff|sdlxliff)$/.test(file)) continue;
    if (only && !file.includes(only)) continue;
    try {
      const doc = readXliff(decodeXliff(fs.readFileSync(file)));
      // round trip: every segment's target rewritten with its own text (or the source where none)
      const changes = doc.segments.map((segment) => ({ segment, text: segment.target ?? segment.source, state: doc.version === '1.2' ? 'translated' : 'translated' }));
      const out = writeXliff(doc, changes);
      const again = readXliff(out);
      const same = again.segments.length === doc.segments.length && again.segments.every((s, i) => s.source === doc.segments[i]!.source && s.target === (doc.segments[i]!.target ?? doc.segments[i]!.source));
      console.log(`${same ? 'ok  ' : 'DIFF'} ${path.relative('/work/shared/conformance/xliff', file)}: ${doc.version} ${doc.sourceLang}->${doc.targetLang} ${doc.segments.length} seg`);
      if (!same && only) { console.log(JSON.stringify(doc.segments.slice(0,3), null, 1)); console.log(out.slice(0, 3000)); console.log(JSON.stringify(again.segments.slice(0,3).map(s=>[s.source,s.target]))); }
    } catch (error) {
      console.log(`ERR  ${path.relative('/work/shared/conformance/xliff', file)}: ${(error as Error).message.slice(0, 150)}`);
    }
  }
}

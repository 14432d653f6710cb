/**
 * `npm run tm`: a TMX file into the memory and a pair's memory out again, on a real database;
 * clear refusals with exit 2.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tmCommand } from '../../server/cli/tm';
import { runInProcess, runSpawned } from '../helpers/cli';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tilik-tm-cli-'));
const env = { TILIK_DB: path.join(tmp, 'tilik.db'), TILIK_SEED_DEMO: '0' };
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" segtype="sentence" datatype="plaintext" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
<body>
<tu><tuv xml:lang="en"><seg>Restart the device &amp; try again.</seg></tuv><tuv xml:lang="id"><seg>Mulai ulang perangkat &amp; coba lagi.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Battery low.</seg></tuv><tuv xml:lang="id"><seg>Baterai lemah.</seg></tuv></tu>
</body></tmx>`;

describe('npm run tm', () => {
  it('imports a TMX file and exports the pair again (as processes of their own)', () => {
    const file = path.join(tmp, 'device.tmx');
    fs.writeFileSync(file, TMX);
    const imported = runSpawned('tm', ['import', file], { env });
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stderr).toBe('added 2 translation units (en → id) from device.tmx\n');
    const out = path.join(tmp, 'out.tmx');
    const exported = runSpawned('tm', ['export', '--source-lang', 'en', '--target-lang', 'id', '--out', out], { env });
    expect(exported.status, exported.stderr).toBe(0);
    const text = fs.readFileSync(out, 'utf8');
    expect(text).toContain('<tuv xml:lang="id"><seg>Mulai ulang perangkat &amp; coba lagi.</seg></tuv>');
    expect(text.match(/<tu /g)).toHaveLength(2);
  }, 60_000);

  it('imports into and exports a project memory with --memory', async () => {
    const tm = (args: string[]) => runInProcess(tmCommand, args, { env });
    const file = path.join(tmp, 'project.tmx');
    fs.writeFileSync(file, TMX.replace('Battery low.', 'Battery very low.'));
    const imported = await tm(['import', file, '--memory', 'Northwind']);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stderr).toBe('added 2 translation units (en → id, project memory "Northwind") from project.tmx\n');
    const out = path.join(tmp, 'project-out.tmx');
    expect((await tm(['export', '--source-lang', 'en', '--target-lang', 'id', '--memory', 'Northwind', '--out', out])).status).toBe(0);
    const text = fs.readFileSync(out, 'utf8');
    expect(text).toContain('<seg>Battery very low.</seg>');
    expect(text).not.toContain('<seg>Battery low.</seg>');
    expect((await tm(['import', file, '--memory', 'x'.repeat(101)])).stderr).toMatch(/--memory: must be at most 100 characters/);
  });

  it('refuses a missing file, a file that is not TMX, a bad tag and a missing --out, with exit 2', async () => {
    const tm = (args: string[]) => runInProcess(tmCommand, args, { env });
    expect((await tm(['import', path.join(tmp, 'none.tmx')])).stderr).toMatch(/cannot read .*none\.tmx: no such file/);
    const notTmx = path.join(tmp, 'x.xml');
    fs.writeFileSync(notTmx, '<xliff version="1.2"/>');
    const refused = await tm(['import', notTmx]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^tm: file: is not TMX/);
    expect((await tm(['export', '--source-lang', 'en', '--target-lang', 'not a tag', '--out', 'x'])).stderr).toMatch(
      /is not a BCP 47 language tag/,
    );
    expect((await tm(['export', '--source-lang', 'en', '--target-lang', 'id'])).stderr).toMatch(/--out FILE is required/);
    expect((await tm([])).status).toBe(2);
    const help = await tm(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run tm -- import FILE\.tmx/);
  });
});

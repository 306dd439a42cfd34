// A folder is replaced only when it holds nothing but what guidance wrote: the files listed in
// its manifest (.guidance-manifest.json, with sha256 hashes), or, for output written before
// manifests existed, nothing outside the output layout. A file called report.json is not proof.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { MANIFEST } from '../../src/pipeline/write-outputs.js';
import { cleanupAll, makeContentDir, makeTempDir, snapshotDir, VALID_DOCUMENT } from '../helpers/content-dir.js';
import { HOSTILE_TIMEOUT } from '../helpers/hostile-cli.js';

afterAll(cleanupAll);

const content = () => makeContentDir({ 'doc.md': VALID_DOCUMENT });

describe('the output folder is replaced only when it is guidance output', () => {
  for (const marker of ['report.json', 'json/datapackage.json']) {
    it(`refuses a folder holding ${marker} beside a user's files, and leaves every file in place`, async () => {
      const parent = await makeTempDir('guidance-manifest-');
      const out = parent.path('v');
      await mkdir(parent.path('v/src'), { recursive: true });
      await mkdir(parent.path('v/json'), { recursive: true });
      await writeFile(parent.path(`v/${marker}`), '{}\n');
      await writeFile(parent.path('v/thesis.docx'), 'x\n');
      const before = await snapshotDir(out);
      await expect(build({ contentDir: (await content()).dir, outDir: out })).rejects.toThrow(/thesis\.docx/);
      expect(await snapshotDir(out)).toEqual(before);
      expect((await readdir(out)).sort()).toEqual(['json', 'src', 'thesis.docx', marker.split('/')[0]!].filter((v, i, a) => a.indexOf(v) === i).sort());
    }, HOSTILE_TIMEOUT);
  }

  it('writes a manifest listing every file it wrote with its sha256', async () => {
    const out = (await makeTempDir('guidance-manifest-')).path('dist');
    const result = await build({ contentDir: (await content()).dir, outDir: out });
    expect(result.ok).toBe(true);
    const manifest = JSON.parse(await readFile(`${out}/${MANIFEST}`, 'utf8')) as { files: Record<string, string> };
    expect(Object.keys(manifest.files).sort()).toEqual(result.written);
    for (const value of Object.values(manifest.files)) expect(value).toMatch(/^sha256:[0-9a-f]{64}$/);
  }, HOSTILE_TIMEOUT);

  it('replaces its own output, and refuses it once a foreign file or folder is added or a file is edited', async () => {
    const dir = (await content()).dir;
    const out = (await makeTempDir('guidance-manifest-')).path('dist');
    expect((await build({ contentDir: dir, outDir: out })).ok).toBe(true);
    expect((await build({ contentDir: dir, outDir: out })).ok).toBe(true);
    await mkdir(`${out}/notes`);
    await expect(build({ contentDir: dir, outDir: out })).rejects.toThrow(/notes/);
    await (await import('node:fs/promises')).rmdir(`${out}/notes`);
    await writeFile(`${out}/report.json`, '{"edited": true}\n');
    await expect(build({ contentDir: dir, outDir: out })).rejects.toThrow(/report\.json.*changed|changed.*report\.json/);
    expect(await readFile(`${out}/report.json`, 'utf8')).toBe('{"edited": true}\n');
  }, HOSTILE_TIMEOUT);

  it('a build of one output group (--outputs md) leaves a folder the next full build replaces', async () => {
    const dir = (await content()).dir;
    const out = (await makeTempDir('guidance-manifest-')).path('dist');
    expect((await build({ contentDir: dir, outDir: out, outputs: ['md'] })).ok).toBe(true);
    expect((await build({ contentDir: dir, outDir: out })).ok).toBe(true);
    expect((await readdir(out)).sort()).toContain('report.json');
  }, HOSTILE_TIMEOUT);

  it('output written before manifests (only files of the output layout) is still replaced; with a stray file it is not', async () => {
    const dir = (await content()).dir;
    const out = (await makeTempDir('guidance-manifest-')).path('dist');
    await mkdir(`${out}/json`, { recursive: true });
    await writeFile(`${out}/report.json`, '{}\n');
    await writeFile(`${out}/json/exercises.json`, '{}\n');
    expect((await build({ contentDir: dir, outDir: out })).ok).toBe(true);
    const legacy = (await makeTempDir('guidance-manifest-')).path('dist');
    await mkdir(legacy, { recursive: true });
    await writeFile(`${legacy}/report.json`, '{}\n');
    await writeFile(`${legacy}/draft.md`, 'mine\n');
    await expect(build({ contentDir: dir, outDir: legacy })).rejects.toThrow(/draft\.md/);
  }, HOSTILE_TIMEOUT);
});

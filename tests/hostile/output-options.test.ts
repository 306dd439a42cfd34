// Output options that named nothing, or an output folder that cannot be used, are refused before
// any document is read, and never empty or half-replace an existing output folder.
import { mkdir, writeFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { main } from '../../src/cli/main.js';
import { captureIo, cleanupAll, makeContentDir, makeTempDir, snapshotDir, VALID_DOCUMENT } from '../helpers/content-dir.js';
import { HOSTILE_TIMEOUT } from '../helpers/hostile-cli.js';

afterAll(cleanupAll);

async function cli(args: string[]): Promise<{ code: number; stderr: string }> {
  const run = captureIo();
  const code = await main(args, run.io);
  return { code, stderr: run.stderr };
}

describe('output options', () => {
  it("--outputs '' is a usage error and leaves the output folder as it was", async () => {
    const content = await makeContentDir({ 'doc.md': VALID_DOCUMENT });
    const out = (await makeTempDir('guidance-opts-')).path('dist');
    expect((await build({ contentDir: content.dir, outDir: out })).ok).toBe(true);
    const before = await snapshotDir(out);
    for (const outputs of ['', ' , ,']) {
      const run = await cli(['build', '--content', content.dir, '--out', out, '--outputs', outputs]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--outputs/);
    }
    expect(await snapshotDir(out)).toEqual(before);
  }, HOSTILE_TIMEOUT);

  it("--out '' is a usage error (never the working folder), and the library refuses an empty folder name", async () => {
    const content = await makeContentDir({ 'doc.md': VALID_DOCUMENT });
    const run = await cli(['build', '--content', content.dir, '--out', '']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--out/);
    expect(run.stderr).not.toContain('internal error');
    let read = 0;
    await expect(build({ contentDir: content.dir, outDir: '', onProgress: () => { read += 1; } })).rejects.toThrow(/output folder/);
    expect(read).toBe(0);
  }, HOSTILE_TIMEOUT);

  it('an output folder that would be refused is refused before any document is read', async () => {
    const content = await makeContentDir({ 'doc.md': VALID_DOCUMENT });
    const parent = await makeTempDir('guidance-opts-');
    await mkdir(parent.path('dist'));
    await writeFile(parent.path('dist/thesis.docx'), 'x');
    let read = 0;
    await expect(build({ contentDir: content.dir, outDir: parent.path('dist'), onProgress: () => { read += 1; } })).rejects.toThrow(/thesis\.docx/);
    expect(read).toBe(0);
  }, HOSTILE_TIMEOUT);
});

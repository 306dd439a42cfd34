// A read-only or mounted output folder (simulated: these tests run as root, where permissions do
// not stop anything) gives a clear error before the swap, or, when only the clean-up after the
// swap fails, a warning on a successful build; never an internal error, never a false "another
// build replaced", and a leftover that cannot be deleted does not break later builds.
import { mkdir, readdir, rm as realRm } from 'node:fs/promises';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { build } from '../../src/index.js';
import { OutputFolderError, outputFs } from '../../src/pipeline/write-outputs.js';
import { cleanupAll, makeContentDir, makeTempDir, snapshotDir, VALID_DOCUMENT } from '../helpers/content-dir.js';
import { HOSTILE_TIMEOUT } from '../helpers/hostile-cli.js';

afterAll(cleanupAll);
afterEach(() => { vi.restoreAllMocks(); });

const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated`), { code });

describe('read-only or mounted output folders', () => {
  it('the previous output that cannot be deleted after the swap: the build succeeds with an output-cleanup warning', async () => {
    const content = await makeContentDir({ 'doc.md': VALID_DOCUMENT });
    const parent = await makeTempDir('guidance-ro-');
    const out = parent.path('dist');
    expect((await build({ contentDir: content.dir, outDir: out })).ok).toBe(true);
    vi.spyOn(outputFs, 'rm').mockImplementation(async (path, options) => {
      if (String(path).includes('.dist.old-')) throw errno('EACCES');
      return realRm(path, options);
    });
    const result = await build({ contentDir: content.dir, outDir: out });
    expect(result.ok).toBe(true);
    const warnings = result.files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'output-cleanup');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.reason).toMatch(/could not be deleted \(EACCES\)/);
    expect((await readdir(parent.dir)).filter((n) => n.startsWith('.dist.old-'))).toHaveLength(1);
  }, HOSTILE_TIMEOUT);

  it('a mount point that cannot be moved aside: a clear error, no "another build", the folder unchanged, no staging left', async () => {
    const content = await makeContentDir({ 'doc.md': VALID_DOCUMENT });
    const parent = await makeTempDir('guidance-ro-');
    const out = parent.path('dist');
    expect((await build({ contentDir: content.dir, outDir: out })).ok).toBe(true);
    const before = await snapshotDir(out);
    const realRename = outputFs.rename;
    vi.spyOn(outputFs, 'rename').mockImplementation(async (from, to) => {
      if (String(from) === out) throw errno('EBUSY');
      return realRename(from, to);
    });
    const error = await build({ contentDir: content.dir, outDir: out }).then(() => undefined, (e: unknown) => e as Error);
    expect(error).toBeInstanceOf(OutputFolderError);
    expect(error?.message).toMatch(/EBUSY.*mount point/);
    expect(error?.message).not.toMatch(/another build/);
    expect(await snapshotDir(out)).toEqual(before);
    expect(await readdir(parent.dir)).toEqual(['dist']);
  }, HOSTILE_TIMEOUT);

  it('a read-only parent (staging cannot be created): a clear output-folder error, not an internal error', async () => {
    const content = await makeContentDir({ 'doc.md': VALID_DOCUMENT });
    const parent = await makeTempDir('guidance-ro-');
    const realMkdir = outputFs.mkdir;
    vi.spyOn(outputFs, 'mkdir').mockImplementation(async (path, options) => {
      if (String(path).includes('.dist.tmp-')) throw errno('EROFS');
      return realMkdir(path, options);
    });
    await expect(build({ contentDir: content.dir, outDir: parent.path('dist') })).rejects.toThrow(/cannot write beside .*EROFS/);
  }, HOSTILE_TIMEOUT);

  it('a leftover from a killed build that cannot be deleted does not stop later builds; each warns', async () => {
    const content = await makeContentDir({ 'doc.md': VALID_DOCUMENT });
    const parent = await makeTempDir('guidance-ro-');
    const out = parent.path('dist');
    expect((await build({ contentDir: content.dir, outDir: out })).ok).toBe(true);
    // pid 2^22+1 is above Linux's pid_max: never alive.
    await mkdir(parent.path('.dist.tmp-4194305-abcd1234'));
    vi.spyOn(outputFs, 'rm').mockImplementation(async (path, options) => {
      if (String(path).includes('.dist.tmp-4194305-')) throw errno('EPERM');
      return realRm(path, options);
    });
    for (let n = 0; n < 2; n += 1) {
      const result = await build({ contentDir: content.dir, outDir: out });
      expect(result.ok).toBe(true);
      expect(result.files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'output-cleanup').map((m) => m.reason)).toEqual([expect.stringMatching(/left by an earlier build.*EPERM/)]);
    }
  }, HOSTILE_TIMEOUT);
});

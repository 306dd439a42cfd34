// The output folder is swapped atomically: concurrent builds leave exactly one complete output, a
// failed build (content or writer) leaves the previous output byte for byte, a killed build leaves
// it intact, and no staging (`.dist.tmp-*`) or retired (`.dist.old-*`) folder outlives a build.
import { createHash } from 'node:crypto';
import { cp, readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { writeOutputs } from '../../src/pipeline/write-outputs.js';
import { assertCompiledCli, copyRealContent, spawnBuild } from '../helpers/child-build.js';
import { cleanupAll, makeTempDir, snapshotDir, snapshotToObject, VALID_DOCUMENT, writeFiles, VALID_DATASET_YAML, type TempDir } from '../helpers/content-dir.js';
import { HOSTILE_TIMEOUT, leftovers } from '../helpers/hostile-cli.js';

const OTHER_DOCUMENT = VALID_DOCUMENT.replace('Gentle back exercises', 'Pelvic tilts').replace('Cat-cow stretch', 'Pelvic tilt')
  .replace('Start on your hands and knees.', 'Stand with your back against a wall.');
const snap = async (dir: string): Promise<Record<string, string>> => snapshotToObject(await snapshotDir(dir));

/** Same file names as `names`, and every file json/datapackage.json lists has its recorded sha256. */
function isComplete(files: Map<string, Buffer>, names: string[]): boolean {
  if (JSON.stringify([...files.keys()].sort()) !== JSON.stringify([...names].sort())) return false;
  const pkg = JSON.parse(files.get('json/datapackage.json')!.toString('utf8')) as { resources: Array<{ path: string; hash: string }> };
  return pkg.resources.every((r) => `sha256:${createHash('sha256').update(files.get(`json/${r.path}`) ?? '').digest('hex')}` === r.hash);
}

let temp: TempDir;
/** temp/a and temp/b: two small content folders; ref-a and ref-b: each built alone. */
const refs: Record<'a' | 'b', Record<string, string>> = { a: {}, b: {} };

beforeAll(async () => {
  temp = await makeTempDir('guidance-swap-');
  await writeFiles(temp.path('a'), { 'dataset.yaml': VALID_DATASET_YAML, 'doc.md': VALID_DOCUMENT });
  await writeFiles(temp.path('b'), { 'dataset.yaml': VALID_DATASET_YAML, 'doc.md': OTHER_DOCUMENT });
  for (const name of ['a', 'b'] as const) {
    expect((await build({ contentDir: temp.path(name), outDir: temp.path(`ref-${name}`) })).ok).toBe(true);
    refs[name] = await snap(temp.path(`ref-${name}`));
  }
  expect(refs.a).not.toEqual(refs.b);
}, HOSTILE_TIMEOUT);

afterAll(cleanupAll);

describe('concurrent builds', () => {
  it('two in-process builds at once into one folder leave exactly one complete output, no leftovers', async () => {
    for (let round = 0; round < 5; round += 1) {
      const parent = await makeTempDir('guidance-race-');
      const outDir = parent.path('dist');
      const settled = await Promise.allSettled([build({ contentDir: temp.path('a'), outDir }), build({ contentDir: temp.path('b'), outDir })]);
      expect(settled.some((s) => s.status === 'fulfilled' && s.value.ok)).toBe(true);
      for (const s of settled) if (s.status === 'rejected') expect(String(s.reason)).toMatch(/another build replaced/);
      expect([refs.a, refs.b]).toContainEqual(await snap(outDir));
      expect(await readdir(parent.dir)).toEqual(['dist']);
    }
  }, HOSTILE_TIMEOUT);

  it('two CLI processes at once into one folder leave exactly one complete output, no leftovers', async () => {
    assertCompiledCli();
    const parent = await makeTempDir('guidance-race-cli-');
    await cp(temp.path('a'), parent.path('a'), { recursive: true });
    await cp(temp.path('b'), parent.path('b'), { recursive: true });
    const [first, second] = await Promise.all([spawnBuild(parent.dir, 'a', 'dist').done, spawnBuild(parent.dir, 'b', 'dist').done]);
    expect([first.code, second.code]).toContain(0);
    for (const run of [first, second]) expect(run.stderr).not.toContain('internal error');
    // Records name their file relative to the working folder (a/doc.md): compare with builds alone.
    const alone = await Promise.all([spawnBuild(parent.dir, 'a', 'ref-a').done, spawnBuild(parent.dir, 'b', 'ref-b').done]);
    expect(alone.map((r) => r.code)).toEqual([0, 0]);
    expect([await snap(parent.path('ref-a')), await snap(parent.path('ref-b'))]).toContainEqual(await snap(parent.path('dist')));
    expect(await leftovers(parent.dir)).toEqual([]);
  }, HOSTILE_TIMEOUT);
});

describe('failed builds', () => {
  it('content that fails validation after a good build leaves the previous output byte-identical', async () => {
    const parent = await makeTempDir('guidance-fail-');
    const outDir = parent.path('dist');
    await cp(temp.path('ref-a'), outDir, { recursive: true });
    const before = await snap(outDir);
    // One 100,000-character paragraph: within the document bounds, over the record schema's 20,000.
    await writeFiles(parent.path('bad'), { 'dataset.yaml': VALID_DATASET_YAML, 'doc.md': `${VALID_DOCUMENT}\n${'word '.repeat(20_000)}\n` });
    const result = await build({ contentDir: parent.path('bad'), outDir });
    expect(result.ok).toBe(false);
    expect(result.files.flatMap((f) => f.messages.map((m) => m.ruleId))).toContain('schema');
    expect(await snap(outDir)).toEqual(before);
    expect(await readdir(parent.dir)).toEqual(['bad', 'dist']);
  }, HOSTILE_TIMEOUT);

  it('a writer that fails after earlier outputs were written (no font for a character) leaves the previous output byte-identical', async () => {
    // The JSON files are written into the staging folder before the PDF writer meets "⚕".
    const parent = await makeTempDir('guidance-writer-fail-');
    const outDir = parent.path('dist');
    await cp(temp.path('ref-a'), outDir, { recursive: true });
    const before = await snap(outDir);
    await writeFiles(parent.path('bad'), { 'dataset.yaml': VALID_DATASET_YAML, 'doc.md': VALID_DOCUMENT.replace('let your belly drop.', 'let your belly drop ⚕.') });
    const result = await build({ contentDir: parent.path('bad'), outDir });
    expect(result.ok).toBe(false);
    expect(result.files.flatMap((f) => f.messages.map((m) => m.ruleId))).toEqual(['unrenderable']);
    expect(await snap(outDir)).toEqual(before);
    expect(await readdir(parent.dir)).toEqual(['bad', 'dist']);
  }, HOSTILE_TIMEOUT);

  it('a write that fails midway (a file where a folder must go) leaves the previous output byte-identical', async () => {
    const parent = await makeTempDir('guidance-midway-');
    const outDir = parent.path('dist');
    await cp(temp.path('ref-a'), outDir, { recursive: true });
    const before = await snap(outDir);
    const files = [{ path: 'json/a.json', data: '{}\n' }, { path: 'report.json', data: '{}\n' }, { path: 'report.json/inner', data: 'x' }];
    await expect(writeOutputs(outDir, files)).rejects.toThrow();
    expect(await snap(outDir)).toEqual(before);
    expect(await readdir(parent.dir)).toEqual(['dist']);
  }, HOSTILE_TIMEOUT);
});

describe('killed builds', () => {
  let work: TempDir;
  let previous: Record<string, string>;

  beforeAll(async () => {
    assertCompiledCli();
    work = await makeTempDir('guidance-kill-');
    await copyRealContent(work.path('big'), 60); // 300 documents
    await copyRealContent(work.path('medium'), 12); // 60 documents: reaches the staging folder sooner
    await writeFiles(work.path('small'), { 'dataset.yaml': VALID_DATASET_YAML, 'doc.md': VALID_DOCUMENT });
    const first = await spawnBuild(work.dir, 'small', 'dist').done;
    expect(first.code).toBe(0);
    previous = await snap(work.path('dist'));
  }, HOSTILE_TIMEOUT);

  it('SIGKILL ~200 ms into a 300-document build leaves the previous output intact; the next build leaves no staging folder', async () => {
    const run = spawnBuild(work.dir, 'big', 'dist');
    await new Promise((resolve) => setTimeout(resolve, 200));
    run.child.kill('SIGKILL');
    expect((await run.done).signal).toBe('SIGKILL');
    expect(await snap(work.path('dist'))).toEqual(previous);
    const next = await spawnBuild(work.dir, 'small', 'dist').done;
    expect(next.code).toBe(0);
    expect(await snap(work.path('dist'))).toEqual(previous);
    expect(await leftovers(work.dir)).toEqual([]);
  }, HOSTILE_TIMEOUT);

  it('SIGKILL while the staging folder is being written leaves one complete output; the next build sweeps the rest', async () => {
    const run = spawnBuild(work.dir, 'medium', 'dist');
    let seen: string[] = [];
    let ended = false;
    void run.done.then(() => { ended = true; });
    while (!ended && seen.length === 0) {
      seen = (await leftovers(work.dir)).filter((name) => name.startsWith('.dist.tmp-'));
      if (seen.length === 0) await new Promise((resolve) => setTimeout(resolve, 2));
    }
    run.child.kill('SIGKILL');
    await run.done;
    expect(seen).toHaveLength(1);
    if ((await readdir(work.dir)).includes('dist')) {
      // Killed before the swap (the usual case): the previous output; after it: the whole new one.
      const after = await snapshotDir(work.path('dist'));
      if (JSON.stringify(snapshotToObject(after)) !== JSON.stringify(previous)) expect(isComplete(after, Object.keys(previous))).toBe(true);
    } else {
      // Killed between the two renames: the previous output waits as `.dist.old-*` for the next build.
      expect((await readdir(work.dir)).some((name) => name.startsWith('.dist.old-'))).toBe(true);
    }
    const next = await spawnBuild(work.dir, 'small', 'dist').done;
    expect(next.code).toBe(0);
    expect(await snap(work.path('dist'))).toEqual(previous);
    expect(await leftovers(work.dir)).toEqual([]);
  }, HOSTILE_TIMEOUT);
});


// Ids, file names and output paths that would escape the output folder or collide.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOutputs, OutputFolderError } from '../../src/pipeline/write-outputs.js';
import { cleanupAll, makeTempDir, snapshotDir, snapshotToObject, VALID_DOCUMENT } from '../helpers/content-dir.js';
import { cliBuild, errorsIn, HOSTILE_TIMEOUT, leftovers, type CliBuild } from '../helpers/hostile-cli.js';

afterAll(cleanupAll);

const withId = (id: string): string => VALID_DOCUMENT.replace('language: en', `language: en\nid: ${id}`);

function expectError(run: CliBuild, expected: Record<string, unknown>): void {
  expect(run.code).toBe(1);
  expect(errorsIn(run)).toEqual([expect.objectContaining(expected)]);
  expect(run.outputs.size).toBe(0);
}

describe('document ids and file names', () => {
  it('`id: ../../etc` is a front-matter error at the id\'s value', async () => {
    const run = await cliBuild({ 'a.md': withId('../../etc') });
    expectError(run, { file: 'a.md', line: 4, column: 5, ruleId: 'front-matter', message: expect.stringContaining('`id` is `../../etc`') });
  }, HOSTILE_TIMEOUT);

  it('`id: /etc/passwd` is a front-matter error at the id\'s value', async () => {
    const run = await cliBuild({ 'a.md': withId('/etc/passwd') });
    expectError(run, { file: 'a.md', line: 4, column: 5, ruleId: 'front-matter' });
  }, HOSTILE_TIMEOUT);

  it('a file named `..md` (no letters) is refused with a clear message: exit 2 today, or a document-id error', async () => {
    const run = await cliBuild({ '..md': VALID_DOCUMENT });
    expect(run.stderr).not.toContain('internal error');
    if (run.code === 2) expect(run.stderr).toMatch(/\.\.md: /);
    else expectError(run, { file: '..md', line: 1, column: 1, ruleId: 'document-id' });
    expect(run.outputs.size).toBe(0);
  }, HOSTILE_TIMEOUT);

  // BUG: src/pipeline/load-content.ts:48 (readInside) tests `rel.startsWith('..')`, so a regular
  // file inside the content folder whose name starts with two dots (`..back-stretches.md`,
  // `..%2F..%2Fetc.md`) is refused as "links outside the content folder (<a path inside it>)" and
  // the whole build exits 2. Expected: only `..` or `..${sep}…` means outside; the file compiles.
  it('a regular file named `..back-stretches.md` is compiled, not refused as a link outside', async () => {
    const run = await cliBuild({ '..back-stretches.md': VALID_DOCUMENT });
    expect(run.stderr).not.toMatch(/links outside/);
    expect(run.code).toBe(0);
  }, HOSTILE_TIMEOUT);

  it('a Cyrillic-only file name has no ASCII slug: a document-id error asking for `id:`', async () => {
    const run = await cliBuild({ 'упражнения.md': VALID_DOCUMENT });
    expectError(run, { file: 'упражнения.md', line: 1, ruleId: 'document-id' });
  }, HOSTILE_TIMEOUT);

  it('`Übung.md` and `ubung.md` slug to the same id: a document-id error on the second', async () => {
    const run = await cliBuild({ 'ubung.md': VALID_DOCUMENT, 'Übung.md': VALID_DOCUMENT });
    expectError(run, { file: 'Übung.md', line: 1, ruleId: 'document-id', message: expect.stringMatching(/`ubung` is already used by .*ubung\.md/) });
  }, HOSTILE_TIMEOUT);

  it('NFC `é.md` and NFD `é.md` (two files on disk) collide on one id', async () => {
    const run = await cliBuild({ 'caf\u00e9.md': VALID_DOCUMENT, 'cafe\u0301.md': VALID_DOCUMENT });
    expect(run.code).toBe(1);
    expect(errorsIn(run)).toEqual([expect.objectContaining({ line: 1, ruleId: 'document-id', message: expect.stringContaining('`cafe`') })]);
  }, HOSTILE_TIMEOUT);

  it('headings that slug alike get distinct record ids (-2, -3), never a collision', async () => {
    const doc = `${VALID_DOCUMENT}\n<!-- guidance: exercise -->\n## Cat cow stretch\n\n1. Kneel down.\n2. Arch your back.\n\n<!-- guidance: exercise -->\n## Cat–cow stretch!\n\n1. Kneel down.\n2. Round your back slowly.\n`;
    const run = await cliBuild({ 'a.md': doc });
    expect(run.code).toBe(0);
    const dataset = JSON.parse(run.outputs.get('json/exercises.json')!.toString('utf8')) as { exercises: Array<{ id: string }>; advice: Array<{ id: string }> };
    const ids = [...dataset.exercises, ...dataset.advice].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['a--cat-cow-stretch', 'a--cat-cow-stretch-2', 'a--cat-cow-stretch-3']));
  }, HOSTILE_TIMEOUT);
});

describe('output paths', () => {
  for (const path of ['../../escaped.txt', 'json/../../escaped.txt', '..', '']) {
    it(`writeOutputs refuses the output path ${JSON.stringify(path)}, writes nothing outside and leaves the old output`, async () => {
      const temp = await makeTempDir();
      const outDir = temp.path('out/dist');
      await writeOutputs(outDir, [{ path: 'report.json', data: '{}\n' }]);
      const before = snapshotToObject(await snapshotDir(temp.dir));
      await expect(writeOutputs(outDir, [{ path: 'report.json', data: '{"new":1}\n' }, { path, data: 'pwned' }])).rejects.toBeInstanceOf(OutputFolderError);
      expect(snapshotToObject(await snapshotDir(temp.dir))).toEqual(before);
      expect(await leftovers(temp.path('out'))).toEqual([]);
      expect((await readdir(temp.dir)).sort()).toEqual(['out']);
    }, HOSTILE_TIMEOUT);
  }

  it('an absolute output path is kept inside the output folder', async () => {
    const temp = await makeTempDir();
    await mkdir(temp.path('out'));
    await writeFile(temp.path('marker'), 'x');
    await writeOutputs(temp.path('out/dist'), [{ path: '/report.json', data: '{}\n' }]);
    expect([...(await snapshotDir(temp.dir)).keys()]).toEqual(['marker', 'out/dist/.guidance-manifest.json', 'out/dist/report.json']);
  }, HOSTILE_TIMEOUT);
});

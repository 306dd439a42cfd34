// Dataset settings, directives, content folders, document ids and the output folder.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { MANIFEST } from '../../src/pipeline/write-outputs.js';
import { build } from '../../src/index.js';
import { buildOverExistingOutput, cleanupTemp, expectRejected } from '../helpers/build-check.js';
import { captureIo, makeContentDir, makeTempDir, snapshotDir, snapshotToObject, VALID_DOCUMENT } from '../helpers/content-dir.js';

afterAll(cleanupTemp);

describe('dataset.yaml', () => {
  it('rejects a content folder without dataset.yaml', async () => {
    const run = await buildOverExistingOutput({ 'a.md': VALID_DOCUMENT }, { withoutDataset: true });
    expectRejected(run, { file: 'dataset.yaml', line: undefined, ruleId: 'dataset-config', reason: expect.stringContaining('Missing dataset settings') });
  });

  it('reports a bad version at its line', async () => {
    const run = await buildOverExistingOutput({
      'a.md': VALID_DOCUMENT,
      'dataset.yaml': 'name: test\ntitle: Test\nversion: one\ndate: "2026-01-01"\n',
    });
    expectRejected(run, { file: 'dataset.yaml', line: 3, ruleId: 'dataset-config', reason: expect.stringContaining('`version`') });
  });
});

describe('directives', () => {
  it('reports an unknown directive (`exercize`) at its line', async () => {
    const run = await buildOverExistingOutput({ 'a.md': VALID_DOCUMENT.replace('guidance: exercise', 'guidance: exercize') });
    expectRejected(run, { file: 'a.md', line: 9, column: 1, ruleId: 'directive', reason: expect.stringContaining('`exercize`') });
  });

  it('reports a bad stage in a stages directive at its line', async () => {
    const run = await buildOverExistingOutput({
      'a.md': VALID_DOCUMENT.replace('<!-- guidance: exercise -->', '<!-- guidance: exercise -->\n<!-- guidance: stages trimester-2 trimester-4 -->'),
    });
    expectRejected(run, { file: 'a.md', line: 10, column: 1, ruleId: 'directive', reason: expect.stringContaining('`trimester-4`') });
  });
});

describe('content folders and ids', () => {
  it('rejects a content folder with no markdown documents', async () => {
    const run = await buildOverExistingOutput({ 'notes.txt': 'not markdown', 'README.md': '# About\n' });
    expectRejected(run, { file: '.', ruleId: 'no-content', reason: expect.stringContaining('No content documents') });
  });

  it('exits 2 via the CLI for a content folder that does not exist, touching nothing', async () => {
    const temp = await makeTempDir();
    const outDir = temp.path('dist');
    await mkdir(outDir);
    await writeFile(temp.path('dist/report.json'), '{}');
    const missing = temp.path('no-such-folder');
    const cli = captureIo();
    expect(await main(['build', '--content', missing, '--out', outDir], cli.io)).toBe(2);
    expect(cli.stderr).toContain(missing);
    expect(cli.stderr).toContain('does not exist');
    expect(snapshotToObject(await snapshotDir(temp.dir))).toEqual({ 'dist/report.json': Buffer.from('{}').toString('hex') });
  });

  // BUG (src/pipeline/load-content.ts:22): readdir's ENOTDIR is not turned into a
  // ContentFolderError, so the CLI prints "internal error" and a stack trace.
  it('exits 2 with a plain message when --content names a file', async () => {
    const content = await makeContentDir({ 'a.md': VALID_DOCUMENT });
    const cli = captureIo();
    expect(await main(['lint', '--content', content.path('a.md')], cli.io)).toBe(2);
    expect(cli.stderr).not.toContain('internal error');
  });

  it('rejects two documents with the same `id:`', async () => {
    const withId = VALID_DOCUMENT.replace('language: en', 'language: en\nid: same-id');
    const run = await buildOverExistingOutput({ 'a.md': withId, 'b.md': withId });
    expectRejected(run, { file: 'b.md', line: 4, ruleId: 'document-id', reason: expect.stringMatching(/`same-id` is already used by .*a\.md/) });
  });

  it('rejects two file names that slug to the same id', async () => {
    const run = await buildOverExistingOutput({ 'a b.md': VALID_DOCUMENT, 'a-b.md': VALID_DOCUMENT });
    expectRejected(run, { file: 'a-b.md', line: 1, ruleId: 'document-id' });
  });
});

describe('the output folder', () => {
  it('refuses (exit 2) a non-empty folder that is not guidance output and leaves it alone', async () => {
    const content = await makeContentDir({ 'a.md': VALID_DOCUMENT });
    const temp = await makeTempDir();
    await mkdir(temp.path('photos'));
    await writeFile(temp.path('photos/holiday.jpg'), Uint8Array.from([0xff, 0xd8, 0xff]));
    await writeFile(temp.path('photos/list.txt'), 'keep me\n');
    const before = snapshotToObject(await snapshotDir(temp.dir));
    const cli = captureIo();
    expect(await main(['build', '--content', content.dir, '--out', temp.path('photos')], cli.io)).toBe(2);
    expect(cli.stderr).toMatch(/refusing to replace .*photos/);
    expect(snapshotToObject(await snapshotDir(temp.dir))).toEqual(before);
  });

  // BUG (src/pipeline/write-outputs.ts, assertReplaceable): readdir of a *file* fails and is
  // treated like a missing folder, so the file is renamed away, deleted and replaced by a folder.
  it('refuses (exit 2) an output path that is an existing file, and leaves it alone', async () => {
    const content = await makeContentDir({ 'a.md': VALID_DOCUMENT });
    const temp = await makeTempDir();
    await writeFile(temp.path('notes.txt'), 'precious\n');
    const cli = captureIo();
    const code = await main(['build', '--content', content.dir, '--out', temp.path('notes.txt')], cli.io);
    expect(await readFile(temp.path('notes.txt'), 'utf8').catch(() => 'gone')).toBe('precious\n');
    expect(code).toBe(2);
  });

  it('replaces stale files: the output folder is exactly what the build produced', async () => {
    const content = await makeContentDir({ 'a.md': VALID_DOCUMENT });
    const temp = await makeTempDir();
    const outDir = temp.path('dist');
    // The first build writes handouts the second does not (-a4 and -letter files); files guidance
    // did not write are never deleted (tests/hostile/output-manifest.test.ts).
    const first = await build({ contentDir: content.dir, outDir, writerOptions: { paper: 'both' } });
    expect(first.ok).toBe(true);
    expect(first.written.some((path) => path.endsWith('-letter.pdf'))).toBe(true);
    const second = await build({ contentDir: content.dir, outDir });
    expect(second.ok).toBe(true);
    const after = await snapshotDir(outDir);
    expect([...after.keys()].filter((path) => path !== MANIFEST).sort()).toEqual(second.written);
    const fresh = temp.path('fresh');
    await build({ contentDir: content.dir, outDir: fresh });
    expect(snapshotToObject(after)).toEqual(snapshotToObject(await snapshotDir(fresh)));
    expect((await snapshotDir(temp.dir)).size).toBe(2 * after.size); // no staging or retired folders left
  });
});

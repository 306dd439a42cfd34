// `guidance build` of the real content/: outputs, the data package's hashes, determinism, and
// the compiled launcher as a real process.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo, cleanupAll, makeTempDir, snapshotDir, snapshotToObject } from '../helpers/content-dir.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));

let outDir: string;
let stderr: string;
let code: number;

beforeAll(async () => {
  const temp = await makeTempDir('guidance-real-');
  outDir = temp.path('dist');
  const cli = captureIo();
  code = await main(['build', '--content', CONTENT, '--out', outDir], cli.io);
  stderr = cli.stderr;
});
afterAll(cleanupAll);

const readJson = async (path: string) => JSON.parse(await readFile(`${outDir}/${path}`, 'utf8')) as Record<string, any>;

describe('build of content/', () => {
  it('exits 0 and writes the JSON dataset', async () => {
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/wrote \d+ files to .*\(\d+ exercises, \d+ advice records/);
    const files = [...(await snapshotDir(outDir)).keys()];
    expect(files).toEqual(expect.arrayContaining(['json/exercises.json', 'json/exercises.jsonl', 'json/datapackage.json']));
    const dataset = await readJson('json/exercises.json');
    expect(dataset.exercises.length).toBeGreaterThan(0);
    // Five quoted articles and the two house safety documents (content/house).
    expect(dataset.sources).toHaveLength(7);
  });

  it('writes one JSONL line per exercise and advice record, in the dataset\'s order', async () => {
    const dataset = await readJson('json/exercises.json');
    const text = await readFile(`${outDir}/json/exercises.jsonl`, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.slice(0, -1).split('\n');
    expect(lines).toHaveLength(dataset.exercises.length + dataset.advice.length);
    expect(lines.map((line) => JSON.parse(line))).toEqual([...dataset.exercises, ...dataset.advice]);
  });

  it('lists every other file in datapackage.json with its true byte count and sha256', async () => {
    const pkg = await readJson('json/datapackage.json');
    const resources = pkg.resources as Array<{ path: string; bytes: number; hash: string }>;
    expect(resources.length).toBeGreaterThanOrEqual(2);
    for (const resource of resources) {
      const bytes = await readFile(`${outDir}/json/${resource.path}`);
      expect(resource.bytes, resource.path).toBe(bytes.byteLength);
      expect(resource.hash, resource.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
    const onDisk = [...(await snapshotDir(outDir)).keys()].filter((p) => p.startsWith('json/') && p !== 'json/datapackage.json');
    expect(resources.map((r) => `json/${r.path}`).sort()).toEqual(onDisk.sort());
  });

  it('is deterministic: building again (fresh folder and in place) gives byte-identical files', async () => {
    const first = snapshotToObject(await snapshotDir(outDir));
    const temp = await makeTempDir('guidance-real-');
    const again = temp.path('dist');
    expect(await main(['build', '--content', CONTENT, '--out', again], captureIo().io)).toBe(0);
    expect(snapshotToObject(await snapshotDir(again))).toEqual(first);
    expect(await main(['build', '--content', CONTENT, '--out', again], captureIo().io)).toBe(0);
    expect(snapshotToObject(await snapshotDir(again))).toEqual(first);
  });
});

describe('bin/guidance.js as a process', () => {
  it('prints usage for --help and exits 0', () => {
    const compiled = `${ROOT}lib/cli/main.js`;
    if (!existsSync(compiled)) {
      throw new Error(`${compiled} is missing: the CLI is not compiled. Run \`npm ci\` (or \`npm run compile\`) first.`);
    }
    const child = spawnSync(process.execPath, ['bin/guidance.js', '--help'], {
      cwd: ROOT, encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1' },
    });
    expect(child.error).toBeUndefined();
    expect(child.status, child.stderr).toBe(0);
    expect(child.stdout).toContain('Usage: guidance <command>');
    expect(child.stdout).not.toMatch(/\u001b\[/);
  });
});

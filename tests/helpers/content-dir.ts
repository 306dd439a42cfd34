// Shared test helper: temporary content folders and output folders under os.tmpdir().
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';

/** A valid content/dataset.yaml. */
export const VALID_DATASET_YAML = `name: test-dataset
title: Test dataset
version: 1.0.0
date: "2026-01-01"
`;

/** A small valid content document with one exercise. */
export const VALID_DOCUMENT = `---
title: Gentle back exercises
language: en
audience: [pregnancy]
---

# Gentle back exercises

<!-- guidance: exercise -->
## Cat-cow stretch

1. Start on your hands and knees.
2. Breathe in and let your belly drop.
3. Breathe out and round your back.
`;

export type ContentFiles = Record<string, string | Uint8Array>;

export interface TempDirOptions {
  /** Leave out the valid dataset.yaml that is otherwise added (unless `files` has one). */
  withoutDataset?: boolean;
  /** Name prefix of the temporary folder. */
  prefix?: string;
}

export interface TempDir {
  /** Absolute path of the folder. */
  dir: string;
  /** Path of a file inside it. */
  path(relativePath: string): string;
  cleanup(): Promise<void>;
}

const created = new Set<string>();

/** An empty temporary folder (mkdtemp under os.tmpdir()). */
export async function makeTempDir(prefix = 'guidance-test-'): Promise<TempDir> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  created.add(dir);
  return {
    dir,
    path: (rel) => join(dir, ...rel.split('/')),
    cleanup: async () => {
      created.delete(dir);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Writes `files` (relative path → text or bytes) into `dir`, creating sub-folders. */
export async function writeFiles(dir: string, files: ContentFiles): Promise<void> {
  for (const [rel, data] of Object.entries(files)) {
    const target = join(dir, ...rel.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, data);
  }
}

/**
 * A temporary content folder holding `files`, plus a valid dataset.yaml unless `files` has one
 * or `withoutDataset` is set.
 */
export async function makeContentDir(files: ContentFiles = {}, options: TempDirOptions = {}): Promise<TempDir> {
  const temp = await makeTempDir(options.prefix ?? 'guidance-content-');
  const all: ContentFiles = options.withoutDataset || 'dataset.yaml' in files
    ? { ...files }
    : { 'dataset.yaml': VALID_DATASET_YAML, ...files };
  await writeFiles(temp.dir, all);
  return temp;
}

/** Removes every temporary folder made by this module that was not cleaned up yet. */
export async function cleanupAll(): Promise<void> {
  await Promise.all([...created].map((dir) => rm(dir, { recursive: true, force: true })));
  created.clear();
}

/** Every file under `dir` (relative path with `/` → bytes), sorted by path. */
export async function snapshotDir(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const walk = async (current: string): Promise<void> => {
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out.set(relative(dir, full).split(sep).join('/'), await readFile(full));
    }
  };
  await walk(dir);
  return out;
}

/** A comparable form of a snapshot: path → hex of the bytes. */
export function snapshotToObject(snapshot: Map<string, Buffer>): Record<string, string> {
  return Object.fromEntries([...snapshot].map(([path, bytes]) => [path, bytes.toString('hex')]));
}

/** In-memory stdout/stderr for `main(argv, io)`. */
export function captureIo(env: Record<string, string | undefined> = {}, isTTY = false) {
  let stdout = '';
  let stderr = '';
  return {
    io: {
      stdout: { write: (chunk: string) => { stdout += chunk; return true; }, isTTY },
      stderr: { write: (chunk: string) => { stderr += chunk; return true; }, isTTY },
      env,
    },
    get stdout() { return stdout; },
    get stderr() { return stderr; },
  };
}

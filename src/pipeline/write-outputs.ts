// The impure edge that writes outputs. Everything goes into a fresh folder beside the target,
// which is swapped in only when every file was written: a failed or killed build leaves the
// previous outputs as they were, and two builds at once never leave a mix of both (the last
// complete one wins; the other reports that it lost the race).
import { createHash, randomBytes, type Hash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { piecesOf, type OutputFile } from '../write/writer.js';
import { assertReplaceable, MANIFEST, manifestBytes } from './output-manifest.js';

export { MANIFEST } from './output-manifest.js';

export class OutputFolderError extends Error {}

const exists = (path: string): Promise<boolean> => stat(path).then(() => true, () => false);

export async function writeOutputs(outDir: string, files: readonly OutputFile[]): Promise<void> {
  const staging = await OutputStaging.open(outDir);
  try {
    for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) staging.write(file);
  } catch (error) {
    await staging.abort();
    throw error;
  }
  await staging.commit();
}

/**
 * A fresh folder beside the output folder that files are written into as they are made (so a
 * large build never holds every output in memory), then swapped in by `commit`, or deleted by
 * `abort`.
 */
export class OutputStaging {
  /** sha256 of each file written, for the manifest. */
  private readonly hashes = new Map<string, string>();

  private constructor(private readonly outDir: string, private readonly staging: string, private readonly retired: string) {}

  static async open(outDir: string): Promise<OutputStaging> {
    assertNamed(outDir);
    const parent = dirname(resolve(outDir));
    const name = basename(resolve(outDir));
    await mkdir(parent, { recursive: true });
    await sweepAbandoned(parent, name);
    await assertReplaceable(outDir, (message) => new OutputFolderError(message));
    const token = `${process.pid}-${randomBytes(4).toString('hex')}`;
    const staging = join(parent, `.${name}.tmp-${token}`);
    await mkdir(staging, { recursive: true });
    return new OutputStaging(outDir, staging, join(parent, `.${name}.old-${token}`));
  }

  /**
   * Writes one file into the staging folder. Synchronous: nothing else runs meanwhile, and a few
   * large files are written faster without a promise round trip per call.
   */
  write(file: OutputFile): void {
    const target = resolve(this.staging, ...file.path.split('/'));
    if (!target.startsWith(this.staging + '/')) throw new OutputFolderError(`refusing to write outside the output folder: ${file.path}`);
    mkdirSync(dirname(target), { recursive: true });
    const fd = openSync(target, 'w');
    const hash: Hash = createHash('sha256');
    try {
      for (const piece of piecesOf(file.data)) {
        writeAll(fd, piece);
        hash.update(piece);
      }
    } finally {
      closeSync(fd);
    }
    this.hashes.set(file.path, `sha256:${hash.digest('hex')}`);
  }

  /** Deletes the staging folder; the output folder stays as it was. */
  async abort(): Promise<void> {
    await rm(this.staging, { recursive: true, force: true });
  }

  /** Swaps the staging folder in for the output folder. */
  async commit(): Promise<void> {
    const { outDir, staging, retired } = this;
    writeFileSync(join(staging, MANIFEST), manifestBytes(this.hashes));
    const hadPrevious = await exists(outDir);
    if (hadPrevious) await rename(outDir, retired).catch(() => undefined);
    try {
      await rename(staging, outDir);
    } catch (error) {
      // Another build swapped its complete output in between our two renames: keep theirs.
      await rm(staging, { recursive: true, force: true });
      if (await exists(outDir)) {
        await rm(retired, { recursive: true, force: true });
        throw new OutputFolderError(`another build replaced ${outDir} at the same time; its complete output was kept`);
      }
      if (await exists(retired)) await rename(retired, outDir);
      throw error;
    }
    await rm(retired, { recursive: true, force: true });
  }
}

/**
 * Folders left by builds that were killed: a staging folder is deleted; a retired folder with no
 * output folder beside it (killed between the two renames) is put back.
 */
async function sweepAbandoned(parent: string, name: string): Promise<void> {
  const entries = await readdir(parent).catch(() => [] as string[]);
  for (const entry of entries.sort()) {
    const match = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)-[0-9a-f]+$`).exec(entry);
    if (!match || isAlive(Number(match[2]))) continue;
    const path = join(parent, entry);
    if (match[1] === 'old' && !(await exists(join(parent, name)))) await rename(path, join(parent, name)).catch(() => undefined);
    else await rm(path, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function assertNamed(outDir: string): void {
  // resolve('') is the working folder: an empty name must never reach it.
  if (outDir.trim() === '') throw new OutputFolderError('the output folder name is empty: name a folder to write the outputs into');
}

/**
 * Checks, before anything is read or compiled, that `outDir` could be replaced: a refusal then
 * costs nothing, where it used to come only after the whole build. `OutputStaging.open` checks
 * again when the first output is ready (the folder may have changed meanwhile).
 */
export async function assertOutputFolder(outDir: string): Promise<void> {
  assertNamed(outDir);
  await assertReplaceable(outDir, (message) => new OutputFolderError(message));
}

/** Writes every byte of `piece` (writeSync may write less than asked). */
function writeAll(fd: number, piece: Uint8Array): void {
  let offset = 0;
  while (offset < piece.byteLength) offset += writeSync(fd, piece, offset, piece.byteLength - offset);
}

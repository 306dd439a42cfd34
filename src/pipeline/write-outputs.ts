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

/** The file operations that can fail on a read-only or mounted folder (replaceable in tests). */
export const outputFs = { mkdir, rename, rm };

const codeOf = (error: unknown): string => (error as NodeJS.ErrnoException)?.code ?? String(error);

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
  /** What could not be cleaned up (the build still succeeded): one sentence each, for a warning. */
  readonly problems: string[] = [];
  /** sha256 of each file written, for the manifest. */
  private readonly hashes = new Map<string, string>();

  private constructor(private readonly outDir: string, private readonly staging: string, private readonly retired: string) {}

  static async open(outDir: string): Promise<OutputStaging> {
    assertNamed(outDir);
    const parent = dirname(resolve(outDir));
    const name = basename(resolve(outDir));
    await outputFs.mkdir(parent, { recursive: true }).catch((error: unknown) => {
      throw new OutputFolderError(`cannot create ${parent} for the output folder (${codeOf(error)})`);
    });
    const leftovers = await sweepAbandoned(parent, name);
    await assertReplaceable(outDir, (message) => new OutputFolderError(message));
    const token = `${process.pid}-${randomBytes(4).toString('hex')}`;
    const staging = join(parent, `.${name}.tmp-${token}`);
    await outputFs.mkdir(staging, { recursive: true }).catch((error: unknown) => {
      throw new OutputFolderError(`cannot write beside ${outDir}: creating ${staging} failed (${codeOf(error)}); the outputs are written there first and swapped in, so the folder that holds ${name} must be writable`);
    });
    const opened = new OutputStaging(outDir, staging, join(parent, `.${name}.old-${token}`));
    opened.problems.push(...leftovers);
    return opened;
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
    await outputFs.rm(this.staging, { recursive: true, force: true }).catch(() => undefined);
  }

  /**
   * Swaps the staging folder in for the output folder. Returns what could not be cleaned up
   * afterwards (the outputs are in place; only a leftover folder remains).
   */
  async commit(): Promise<string[]> {
    const { outDir, staging, retired } = this;
    writeFileSync(join(staging, MANIFEST), manifestBytes(this.hashes));
    if (await exists(outDir)) {
      try {
        await outputFs.rename(outDir, retired);
      } catch (error) {
        // Gone meanwhile (another build moved it): carry on. Otherwise it cannot be moved (a
        // mount point, a read-only parent): say so, and leave it as it was.
        if (codeOf(error) !== 'ENOENT') {
          await this.abort();
          throw new OutputFolderError(`cannot replace ${outDir}: moving it aside failed (${codeOf(error)}). A mount point or a read-only folder cannot be swapped; write to a folder inside it (--out ${join(outDir, 'dist')}) or to another folder`);
        }
      }
    }
    try {
      await outputFs.rename(staging, outDir);
    } catch (error) {
      await this.abort();
      if (await exists(retired)) {
        // Ours was moved aside and the swap failed: put it back if nothing took its place.
        if (!(await exists(outDir))) {
          await outputFs.rename(retired, outDir).catch(() => undefined);
          throw error;
        }
        await outputFs.rm(retired, { recursive: true, force: true }).catch(() => undefined);
      }
      // Another build swapped its complete output in between our two renames: keep theirs.
      if (await exists(outDir)) throw new OutputFolderError(`another build replaced ${outDir} at the same time; its complete output was kept`);
      throw error;
    }
    await outputFs.rm(retired, { recursive: true, force: true }).catch((error: unknown) => {
      this.problems.push(`the previous output, moved to ${retired}, could not be deleted (${codeOf(error)}); delete it by hand`);
    });
    return this.problems;
  }
}

/**
 * Folders left by builds that were killed: a staging folder is deleted; a retired folder with no
 * output folder beside it (killed between the two renames) is put back.
 */
async function sweepAbandoned(parent: string, name: string): Promise<string[]> {
  const problems: string[] = [];
  const entries = await readdir(parent).catch(() => [] as string[]);
  for (const entry of entries.sort()) {
    const match = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)-[0-9a-f]+$`).exec(entry);
    if (!match || isAlive(Number(match[2]))) continue;
    const path = join(parent, entry);
    if (match[1] === 'old' && !(await exists(join(parent, name)))) await outputFs.rename(path, join(parent, name)).catch(() => undefined);
    // A leftover that cannot be deleted must not stop this build or the next: report it.
    else await outputFs.rm(path, { recursive: true, force: true }).catch((error: unknown) => {
      problems.push(`a folder left by an earlier build, ${path}, could not be deleted (${codeOf(error)}); delete it by hand`);
    });
  }
  return problems;
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

// The impure edge that writes outputs. Everything goes into a fresh folder beside the target,
// which is swapped in only when every file was written: a failed or killed build leaves the
// previous outputs as they were, and two builds at once never leave a mix of both (the last
// complete one wins; the other reports that it lost the race).
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { piecesOf, type OutputFile } from '../write/writer.js';

export class OutputFolderError extends Error {}

/** Files that mark a folder as ours; a non-empty folder without one is never replaced. */
const MARKERS = ['report.json', join('json', 'datapackage.json')];

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
  private constructor(private readonly outDir: string, private readonly staging: string, private readonly retired: string) {}

  static async open(outDir: string): Promise<OutputStaging> {
    const parent = dirname(resolve(outDir));
    const name = basename(resolve(outDir));
    await mkdir(parent, { recursive: true });
    await sweepAbandoned(parent, name);
    await assertReplaceable(outDir);
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
    try {
      for (const piece of piecesOf(file.data)) writeAll(fd, piece);
    } finally {
      closeSync(fd);
    }
  }

  /** Deletes the staging folder; the output folder stays as it was. */
  async abort(): Promise<void> {
    await rm(this.staging, { recursive: true, force: true });
  }

  /** Swaps the staging folder in for the output folder. */
  async commit(): Promise<void> {
    const { outDir, staging, retired } = this;
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

async function assertReplaceable(outDir: string): Promise<void> {
  const info = await stat(outDir).catch(() => undefined);
  if (info && !info.isDirectory()) throw new OutputFolderError(`refusing to replace ${outDir}: it is a file, not an output folder`);
  const entries = await readdir(outDir).catch(() => undefined);
  if (!entries || entries.length === 0) return;
  for (const marker of MARKERS) {
    if (await exists(join(outDir, marker))) return;
  }
  throw new OutputFolderError(`refusing to replace ${outDir}: it is not empty and does not look like guidance output (no ${MARKERS.join(' or ')})`);
}

/** Writes every byte of `piece` (writeSync may write less than asked). */
function writeAll(fd: number, piece: Uint8Array): void {
  let offset = 0;
  while (offset < piece.byteLength) offset += writeSync(fd, piece, offset, piece.byteLength - offset);
}

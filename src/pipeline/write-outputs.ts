// The impure edge that writes outputs. Everything goes into a fresh folder beside the target,
// which is swapped in only when every file was written: a failed or killed build leaves the
// previous outputs as they were, and two builds at once never leave a mix of both.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { OutputFile } from '../write/writer.js';

export class OutputFolderError extends Error {}

/** Files that mark a folder as ours; a non-empty folder without one is never replaced. */
const MARKERS = ['report.json', join('json', 'datapackage.json')];

export async function writeOutputs(outDir: string, files: readonly OutputFile[]): Promise<void> {
  const parent = dirname(outDir);
  await mkdir(parent, { recursive: true });
  await recoverInterruptedSwap(outDir);
  await assertReplaceable(outDir);
  const token = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = join(parent, `.${basename(outDir)}.tmp-${token}`);
  const retired = join(parent, `.${basename(outDir)}.old-${token}`);
  try {
    for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
      const target = join(staging, ...file.path.split('/'));
      if (!target.startsWith(staging + '/')) throw new OutputFolderError(`refusing to write outside the output folder: ${file.path}`);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.data);
    }
    await mkdir(staging, { recursive: true });
    const existed = await stat(outDir).then(() => true, () => false);
    if (existed) await rename(outDir, retired);
    await rename(staging, outDir);
    if (existed) await rm(retired, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** A build killed between its two renames leaves only the retired folder: put it back. */
async function recoverInterruptedSwap(outDir: string): Promise<void> {
  if (await stat(outDir).then(() => true, () => false)) return;
  const parent = dirname(outDir);
  const prefix = `.${basename(outDir)}.old-`;
  const retired = (await readdir(parent)).filter((name) => name.startsWith(prefix)).sort();
  const last = retired[retired.length - 1];
  if (last) await rename(join(parent, last), outDir).catch(() => undefined);
}

async function assertReplaceable(outDir: string): Promise<void> {
  const info = await stat(outDir).catch(() => undefined);
  if (info && !info.isDirectory()) throw new OutputFolderError(`refusing to replace ${outDir}: it is a file, not an output folder`);
  const entries = await readdir(outDir).catch(() => undefined);
  if (!entries || entries.length === 0) return;
  for (const marker of MARKERS) {
    if (await stat(join(outDir, marker)).then(() => true, () => false)) return;
  }
  throw new OutputFolderError(`refusing to replace ${outDir}: it is not empty and does not look like guidance output (no ${MARKERS.join(' or ')})`);
}

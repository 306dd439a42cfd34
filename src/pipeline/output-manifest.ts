// How guidance recognises its own output folder before replacing it. Every build writes a
// manifest: the files it wrote, each with its sha256. A folder is replaced only when it holds
// exactly those files, unchanged, and nothing else — a report.json beside a thesis is not output.
// Folders written before manifests existed are recognised by the output layout alone.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The manifest's name inside the output folder (hidden: it is bookkeeping, not an output). */
export const MANIFEST = '.guidance-manifest.json';

/** Paths the writers make; only for folders written before manifests existed. */
const LEGACY_LAYOUT = /^(?:report\.json|json\/[^/]+\.jsonl?|json\/schemas\/[^/]+\.schema\.json|pdf\/[^/]+\.pdf|md\/[^/]+\.md|sms\/tips\.(?:txt|csv|json))$/;
const LEGACY_FOLDERS = new Set(['json', 'json/schemas', 'pdf', 'md', 'sms']);

interface Manifest { generator: 'guidance'; files: Record<string, string> }

/** The manifest's bytes: files in path order, so the same outputs give the same bytes. */
export function manifestBytes(hashes: ReadonlyMap<string, string>): string {
  const files = Object.fromEntries([...hashes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ generator: 'guidance', files } satisfies Manifest, null, 2)}\n`;
}

interface Listing { files: string[]; folders: string[]; other: string[] }

/** Every entry under `dir`, relative with `/`; links, pipes and devices are never followed. */
async function list(dir: string): Promise<Listing> {
  const out: Listing = { files: [], folders: [], other: [] };
  const stack = [''];
  while (stack.length > 0) {
    const rel = stack.pop()!;
    for (const entry of await readdir(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        out.folders.push(path);
        stack.push(path);
      } else if (entry.isFile()) out.files.push(path);
      else out.other.push(path);
    }
  }
  return out;
}

async function sha256(path: string): Promise<string> {
  return `sha256:${createHash('sha256').update(await readFile(path)).digest('hex')}`;
}

async function readManifest(path: string): Promise<Manifest | undefined> {
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as Partial<Manifest>;
    if (value.generator !== 'guidance' || typeof value.files !== 'object' || value.files === null) return undefined;
    return value as Manifest;
  } catch {
    return undefined;
  }
}

/** What in `outDir` guidance did not write (or wrote and someone changed); empty when it may be replaced. */
export async function foreignEntries(outDir: string): Promise<string[]> {
  const { files, folders, other } = await list(outDir);
  const foreign = other.map((path) => `${path} (not a regular file)`);
  const hasManifest = files.includes(MANIFEST);
  const manifest = hasManifest ? await readManifest(join(outDir, MANIFEST)) : undefined;
  if (hasManifest && !manifest) return [`${MANIFEST} (not a guidance manifest)`];
  const listed = manifest ? Object.keys(manifest.files) : [];
  const ancestors = new Set(listed.flatMap((path) => path.split('/').slice(0, -1).map((_, n, parts) => parts.slice(0, n + 1).join('/'))));
  for (const folder of folders.sort()) {
    if (!(manifest ? ancestors.has(folder) : LEGACY_FOLDERS.has(folder))) foreign.push(`${folder}/`);
  }
  for (const path of files.sort()) {
    if (path === MANIFEST) continue;
    if (!manifest) {
      if (!LEGACY_LAYOUT.test(path)) foreign.push(path);
      continue;
    }
    const expected = Object.hasOwn(manifest.files, path) ? manifest.files[path] : undefined;
    if (expected === undefined) foreign.push(path);
    else if ((await sha256(join(outDir, path))) !== expected) foreign.push(`${path} (changed since guidance wrote it)`);
  }
  return foreign;
}

/** Throws unless `outDir` is absent, empty, or guidance output (see foreignEntries). */
export async function assertReplaceable(outDir: string, fail: (message: string) => Error): Promise<void> {
  const info = await stat(outDir).catch(() => undefined);
  if (!info) return;
  if (!info.isDirectory()) throw fail(`refusing to replace ${outDir}: it is a file, not an output folder`);
  const foreign = await foreignEntries(outDir);
  if (foreign.length === 0) return;
  const shown = foreign.slice(0, 5).join(', ') + (foreign.length > 5 ? ` and ${foreign.length - 5} more` : '');
  throw fail(`refusing to replace ${outDir}: it holds what guidance did not write: ${shown}. Move those away, or choose another --out folder`);
}

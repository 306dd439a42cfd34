// `check`: is the committed output folder exactly what the content produces? Compiles in memory
// and compares byte for byte, naming each stale, missing or extra file. Writes nothing.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { VFile } from 'vfile';
import { report } from '../report/diagnostics.js';
import { compile, type CompileOptions, type OutputPieces } from './compile.js';
import { compileOptions } from './build.js';
import { loadContent } from './load-content.js';
import { MANIFEST } from './output-manifest.js';

export interface CheckOptions extends CompileOptions {
  contentDir?: string;
  outDir?: string;
}

export interface CheckResult {
  ok: boolean;
  files: VFile[];
  stale: string[];
  missing: string[];
  extra: string[];
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (current: string): Promise<void> => {
    const entries = await readdir(current, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) await walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  await walk(dir);
  return out.sort();
}

export async function check(options: CheckOptions = {}): Promise<CheckResult> {
  const contentDir = options.contentDir ?? 'content';
  const outDir = options.outDir ?? 'dist';
  // Each output is compared with the file on disk as soon as it is made, then let go.
  const stale: string[] = [];
  const missing: string[] = [];
  const onOutput = async (file: OutputPieces): Promise<void> => {
    const actual = await readFile(join(outDir, ...file.path.split('/'))).catch(() => undefined);
    if (!actual) missing.push(file.path);
    else if (!samePieces(actual, file.pieces)) stale.push(file.path);
  };
  const result = await compile(await loadContent(contentDir), { ...compileOptions(options), onOutput, releaseInput: true });
  const files = [...result.files];
  if (!result.ok) return { ok: false, files, stale: [], missing: [], extra: [] };
  stale.sort();
  missing.sort();
  const expected = new Set(result.written.map((file) => file.path));
  const extra = options.outputs ? [] : (await listFiles(outDir)).filter((path) => !expected.has(path) && path !== MANIFEST);
  const add = (path: string, reason: string, ruleId: string): void => {
    const file = new VFile({ path: `${outDir.replace(/\/$/, '')}/${path}` });
    report(file, reason, { ruleId, severity: 'error', note: 'Run `npm run build` and commit the output folder.' });
    files.push(file);
  };
  for (const path of stale) add(path, 'Stale output: differs from what the content produces', 'stale-output');
  for (const path of missing) add(path, 'Missing output: the content produces this file but it is not there', 'missing-output');
  for (const path of extra) add(path, 'Extra output: the content does not produce this file', 'extra-output');
  return { ok: stale.length + missing.length + extra.length === 0, files, stale, missing, extra };
}

/** True when `bytes` are the pieces one after another, byte for byte. */
export function samePieces(bytes: Buffer, pieces: Iterable<Uint8Array>): boolean {
  let offset = 0;
  for (const piece of pieces) {
    if (offset + piece.byteLength > bytes.byteLength || !bytes.subarray(offset, offset + piece.byteLength).equals(piece)) return false;
    offset += piece.byteLength;
  }
  return offset === bytes.byteLength;
}

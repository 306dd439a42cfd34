// Run `node bin/guidance.js build` as a child process (the compiled CLI in lib/), and make a
// large content folder from copies of the real documents.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'guidance.js');

/** bin/guidance.js runs lib/ (compiled by `npm ci`); say so plainly when it is missing. */
export function assertCompiledCli(): void {
  if (!existsSync(join(ROOT, 'lib', 'cli', 'main.js'))) throw new Error('lib/ is missing: run `npm run compile` before these tests');
}

export interface ChildRun {
  child: ChildProcess;
  /** Resolves when the process ends: its exit code, or the signal that ended it. */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** `node bin/guidance.js build --content CONTENT --out OUT` in `cwd`. */
export function spawnBuild(cwd: string, content: string, out: string): ChildRun {
  const child = spawn(process.execPath, [BIN, 'build', '--content', content, '--out', out], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
  return { child, done };
}

/** A content folder `dir` holding `copies` copies of every real document, the real rules and settings. */
export async function copyRealContent(dir: string, copies: number): Promise<void> {
  const real = join(ROOT, 'content');
  await mkdir(dir, { recursive: true });
  await copyFile(join(real, 'dataset.yaml'), join(dir, 'dataset.yaml'));
  await cp(join(real, 'rules'), join(dir, 'rules'), { recursive: true });
  await cp(join(real, 'vocabulary'), join(dir, 'vocabulary'), { recursive: true });
  const documents = (await readdir(real)).filter((name) => name.endsWith('.md') && name !== 'README.md');
  for (let n = 1; n <= copies; n += 1) {
    for (const name of documents) await copyFile(join(real, name), join(dir, `c${String(n).padStart(3, '0')}-${name}`));
  }
}

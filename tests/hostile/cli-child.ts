// Runs the compiled CLI (`node bin/guidance.js ARGS`) in a child process that is killed after
// `killAfterMs`, so a hang fails its test with a clear message instead of stalling the suite.
import { spawn } from 'node:child_process';
import { BIN } from '../helpers/child-build.js';

export interface ChildResult { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number; killed: boolean }

export function runCli(args: string[], options: { cwd?: string; killAfterMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<ChildResult> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let killed = false;
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  const timer = setTimeout(() => { killed = true; child.kill('SIGKILL'); }, options.killAfterMs ?? 30_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started, killed });
    });
  });
}

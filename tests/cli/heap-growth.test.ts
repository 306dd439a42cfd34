// The CLI limits heap growth for its own process, unless node was given a setting of its own.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { largeBuildHook } from '../../src/cli/commands.js';
import { hasOwnHeapGrowth, HEAP_GROWING_PERCENT, LARGE_BUILD } from '../../src/cli/heap-growth.js';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

describe('hasOwnHeapGrowth', () => {
  it('sees a setting on node\'s command line, in either spelling', () => {
    expect(hasOwnHeapGrowth(['--heap-growing-percent=20'])).toBe(true);
    expect(hasOwnHeapGrowth(['--max-old-space-size=4096', '--heap_growing_percent=30'])).toBe(true);
    expect(hasOwnHeapGrowth(['--heap-growing-percent', '20'])).toBe(true);
  });

  it('is false for other flags', () => {
    expect(hasOwnHeapGrowth(['--expose-gc', '--max-old-space-size=4096'])).toBe(false);
    expect(hasOwnHeapGrowth(['--heap-growing-percent-x=1'])).toBe(false);
    expect(hasOwnHeapGrowth([])).toBe(false);
  });
});

describe('limitHeapGrowth', () => {
  // In a child process running the compiled module (as bin/guidance.js does): the setting is
  // the process's own.
  const ROOT = fileURLToPath(new URL('../..', import.meta.url));
  const run = (nodeArgs: string[]): string => {
    const script = "import('./lib/cli/heap-growth.js').then((m) => process.stdout.write(String(m.limitHeapGrowth())))";
    const child = spawnSync(process.execPath, [...nodeArgs, '-e', script], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' } });
    if (child.status !== 0) throw new Error(child.stderr);
    return child.stdout;
  };

  it(`sets ${HEAP_GROWING_PERCENT} % when node has no setting, and leaves a given one alone`, () => {
    expect(run([])).toBe('true');
    expect(run(['--heap-growing-percent=20'])).toBe('false');
  });
});

describe('largeBuildHook', () => {
  const io = (calls: string[]): CliIo => ({ stdout: { write: () => true }, stderr: { write: () => true }, env: {}, limitHeap: () => { calls.push('limit'); } });

  it(`asks for the heap limit once, and only from ${LARGE_BUILD} documents`, () => {
    const small: string[] = [];
    const hookSmall = largeBuildHook(io(small));
    hookSmall(0, LARGE_BUILD - 1);
    hookSmall(1, LARGE_BUILD - 1);
    expect(small).toEqual([]);
    const large: string[] = [];
    const hookLarge = largeBuildHook(io(large));
    hookLarge(0, LARGE_BUILD);
    hookLarge(1, LARGE_BUILD);
    expect(large).toEqual(['limit']);
  });

  it('decides on the first report only (reading has barely begun)', () => {
    const calls: string[] = [];
    const hook = largeBuildHook(io(calls), 3);
    hook(0, 2);
    hook(1, 3);
    expect(calls).toEqual([]);
  });

  it('is wired into the commands: the five documents of content/ are not a large build', async () => {
    const calls: string[] = [];
    expect([0, 1]).toContain(await main(['lint', '--content', 'content'], io(calls)));
    expect(calls).toEqual([]);
  });
});

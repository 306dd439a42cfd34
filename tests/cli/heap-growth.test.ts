// The CLI limits heap growth for its own process, unless node was given a setting of its own.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { largeBuildHooks } from '../../src/cli/commands.js';
import { hasOwnHeapGrowth, HEAP_GROWING_PERCENT, LARGE_BUILD } from '../../src/cli/heap-growth.js';
import type { PipelineStage } from '../../src/pipeline/compile.js';
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

describe('collectGarbage', () => {
  // In a child process without --expose-gc, as the launcher runs: a full (major) collection is
  // seen by a gc observer, and a second call reuses the function.
  const ROOT = fileURLToPath(new URL('../..', import.meta.url));
  it('runs a full collection in a process started without --expose-gc', () => {
    const script = [
      "const { PerformanceObserver, constants } = await import('node:perf_hooks');",
      "const m = await import('./lib/cli/heap-growth.js');",
      'let major = 0;',
      'const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR) major += 1; });',
      "observer.observe({ entryTypes: ['gc'] });",
      'm.collectGarbage(); m.collectGarbage();',
      'await new Promise((resolve) => setTimeout(resolve, 50));',
      "process.stdout.write(`${typeof globalThis.gc} ${major}`);",
    ].join('\n');
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' } });
    if (child.status !== 0) throw new Error(child.stderr);
    // gc stays out of the program's own global scope.
    expect(child.stdout).toBe('undefined 2');
  });
});

describe('largeBuildHooks', () => {
  const io = (calls: string[]): CliIo => ({
    stdout: { write: () => true }, stderr: { write: () => true }, env: {},
    limitHeap: () => { calls.push('limit'); }, collectGarbage: () => { calls.push('gc'); },
  });
  const stages: PipelineStage[] = ['read', 'dedupe', 'checks', 'validate'];

  it(`limits the heap once, and collects garbage after dedupe, only from ${LARGE_BUILD} documents`, () => {
    const small: string[] = [];
    const hooksSmall = largeBuildHooks(io(small));
    hooksSmall.onProgress(0, LARGE_BUILD - 1);
    hooksSmall.onProgress(1, LARGE_BUILD - 1);
    for (const stage of stages) hooksSmall.onStageEnd(stage);
    expect(small).toEqual([]);
    const large: string[] = [];
    const hooksLarge = largeBuildHooks(io(large));
    hooksLarge.onProgress(0, LARGE_BUILD);
    hooksLarge.onProgress(1, LARGE_BUILD);
    large.push('read');
    for (const stage of stages) {
      hooksLarge.onStageEnd(stage);
      large.push(`after ${stage}`);
    }
    expect(large).toEqual(['limit', 'read', 'after read', 'gc', 'after dedupe', 'after checks', 'after validate']);
  });

  it('decides on the first report only (reading has barely begun)', () => {
    const calls: string[] = [];
    const hooks = largeBuildHooks(io(calls), 3);
    hooks.onProgress(0, 2);
    hooks.onProgress(1, 3);
    hooks.onStageEnd('dedupe');
    expect(calls).toEqual([]);
  });

  it('asks for nothing when no progress came (no documents)', () => {
    const calls: string[] = [];
    largeBuildHooks(io(calls), 0).onStageEnd('dedupe');
    expect(calls).toEqual([]);
  });

  it('is wired into the commands: the five documents of content/ are not a large build', async () => {
    const calls: string[] = [];
    expect([0, 1]).toContain(await main(['lint', '--content', 'content'], io(calls)));
    expect(calls).toEqual([]);
  });

  it('with the library: from the threshold, the heap is limited once and garbage collected once, after dedupe', async () => {
    // The five documents of content/ are a large build when the threshold is five.
    const calls: string[] = [];
    const hooks = largeBuildHooks(io(calls), 5);
    const { lint } = await import('../../src/pipeline/build.js');
    await lint({ contentDir: 'content', ...hooks });
    expect(calls).toEqual(['limit', 'gc']);
  });
});

// Shared helpers for pipeline tests: build bad content over an existing output folder and
// report what changed, and flatten diagnostics into comparable rows.
import { cp, readdir } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import type { VFile } from 'vfile';
import { expect } from 'vitest';
import { build, type BuildResult } from '../../src/index.js';
import {
  cleanupAll, makeContentDir, makeTempDir, snapshotDir, snapshotToObject, VALID_DOCUMENT,
  type ContentFiles, type TempDir, type TempDirOptions,
} from './content-dir.js';

export interface Diagnostic {
  /** Path relative to the content folder, with `/` (the folder itself is `.`). */
  file: string;
  line: number | undefined;
  column: number | undefined;
  ruleId: string | undefined;
  severity: 'error' | 'warning' | 'info';
  reason: string;
}

export function diagnosticsOf(files: readonly VFile[], contentDir: string): Diagnostic[] {
  return files.flatMap((file) => file.messages.map((m) => ({
    file: relative(contentDir, file.path).split(sep).join('/') || '.',
    line: m.line,
    column: m.column,
    ruleId: m.ruleId,
    severity: m.fatal === true ? 'error' as const : m.fatal === false ? 'warning' as const : 'info' as const,
    reason: m.reason,
  })));
}

export function errorsOf(files: readonly VFile[], contentDir: string): Diagnostic[] {
  return diagnosticsOf(files, contentDir).filter((d) => d.severity === 'error');
}

let baseline: { temp: TempDir; outDir: string } | undefined;

/** A good build's output folder, made once per test file and copied for each case. */
async function baselineOutput(): Promise<string> {
  if (!baseline) {
    const content = await makeContentDir({ 'good.md': VALID_DOCUMENT });
    const temp = await makeTempDir('guidance-baseline-');
    const outDir = temp.path('dist');
    const result = await build({ contentDir: content.dir, outDir });
    if (!result.ok) throw new Error('the baseline content does not build');
    await content.cleanup();
    baseline = { temp, outDir };
  }
  return baseline.outDir;
}

/** Removes every temporary folder (call in afterAll). */
export async function cleanupTemp(): Promise<void> {
  baseline = undefined;
  await cleanupAll();
}

export interface BadBuild {
  result: BuildResult;
  contentDir: string;
  outDir: string;
  /** Error diagnostics, paths relative to the content folder. */
  errors: Diagnostic[];
  before: Record<string, string>;
  after: Record<string, string>;
  /** Entries beside the output folder after the build (leftover staging folders would show). */
  siblings: string[];
  ms: number;
}

/**
 * Builds `files` into an output folder that already holds a good build's files, and snapshots
 * the output folder before and after.
 */
export async function buildOverExistingOutput(files: ContentFiles, options: TempDirOptions = {}): Promise<BadBuild> {
  const source = await baselineOutput();
  const out = await makeTempDir('guidance-out-');
  const outDir = out.path('dist');
  await cp(source, outDir, { recursive: true });
  const before = snapshotToObject(await snapshotDir(outDir));
  const content = await makeContentDir(files, options);
  const started = performance.now();
  const result = await build({ contentDir: content.dir, outDir });
  const ms = performance.now() - started;
  const after = snapshotToObject(await snapshotDir(outDir));
  const siblings = (await readdir(out.dir)).sort();
  return { result, contentDir: content.dir, outDir, errors: errorsOf(result.files, content.dir), before, after, siblings, ms };
}

/** A front-matter document: `body` between the `---` lines (line 2 on), then one exercise. */
export function withFrontMatter(body: string): string {
  return `---\n${body}\n---\n\n# Title\n\n<!-- guidance: exercise -->\n## Cat-cow\n\n1. Start on your hands and knees.\n2. Round your back.\n`;
}

/** A valid front matter body (lines 2–4 of the document). */
export const GOOD_FRONT_MATTER = 'title: Back care\nlanguage: en\naudience: [pregnancy]';

/**
 * The build failed with this error among `count` errors (any number when 0) and left the output
 * folder as it was.
 */
export function expectRejected(run: BadBuild, expected: Partial<Diagnostic> & { reason?: unknown }, count = 1): void {
  expect(run.result.ok).toBe(false);
  expect(run.result.written).toEqual([]);
  expect(run.errors).toContainEqual(expect.objectContaining(expected));
  if (count > 0) expect(run.errors).toHaveLength(count);
  expect(run.after).toEqual(run.before);
  expect(run.siblings).toEqual(['dist']);
}

// The library's entry points with file access: read content/, compile, write dist/ atomically.
// They return results and diagnostics; they never print and never exit.
import { VFile } from 'vfile';
import { report } from '../report/diagnostics.js';
import type { Report } from '../checks/report-data.js';
import type { Dataset } from '../model/types.js';
import { compile, type CompileOptions, type CompileResult, type OutputPieces } from './compile.js';
import type { Timings } from './timings.js';
import type { WriterOptions } from '../write/writer.js';
import { loadContent } from './load-content.js';
import { assertOutputFolder, OutputFolderError, OutputStaging } from './write-outputs.js';

export interface BuildOptions {
  contentDir?: string;
  outDir?: string;
  /** Output groups to write; all when absent. */
  outputs?: readonly string[];
  onProgress?: (done: number, total: number) => void;
  /** Called as each stage ends (see `CompileOptions.onStageEnd`). */
  onStageEnd?: CompileOptions['onStageEnd'];
  timings?: Timings;
  writerOptions?: WriterOptions;
  /** Threads that read and check documents (see `CompileOptions.jobs`). */
  jobs?: number;
  /** Keep records without a current clinical approval out of reader outputs (see `CompileOptions.requireReview`). */
  requireReview?: boolean;
}

export interface BuildResult {
  /**
   * True when the outputs were written. Error findings on text that the build withholds or sets
   * aside (a foreign-language caption, say) do not stop a build: look in `files` for them.
   */
  ok: boolean;
  files: VFile[];
  dataset?: Dataset;
  /** What the checks found (flags, duplicates, boilerplate, withheld records), as in report.json. */
  report?: Report;
  /** Paths written, relative to the output folder (empty when the build failed). */
  written: string[];
  outDir: string;
  /** Threads that read and checked the documents. */
  threads: number;
}

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const contentDir = options.contentDir ?? 'content';
  const outDir = options.outDir ?? 'dist';
  if (options.outputs?.length === 0) throw new OutputFolderError('no outputs were asked for: name at least one output group (lint checks without writing)');
  await assertOutputFolder(outDir);
  const input = await loadContent(contentDir);
  // Each output goes into the staging folder as soon as it is made; the folder is swapped in
  // only when the whole build succeeded, and deleted otherwise.
  let staging: OutputStaging | undefined;
  const onOutput = async (file: OutputPieces): Promise<void> => {
    staging ??= await OutputStaging.open(outDir);
    staging.write({ path: file.path, data: file.pieces });
  };
  let result: CompileResult;
  try {
    result = await compile(input, { ...compileOptions(options), onOutput, releaseInput: true });
  } catch (error) {
    await staging?.abort();
    throw error;
  }
  const common = { files: result.files, outDir, threads: result.threads, ...(result.dataset ? { dataset: result.dataset } : {}), ...(result.report ? { report: result.report } : {}) };
  if (!result.ok) {
    await staging?.abort();
    return { ok: false, written: [], ...common };
  }
  // Every output group makes files, but a build whose writers wrote none still swaps in a folder (with its manifest).
  staging ??= await OutputStaging.open(outDir);
  const problems = await staging.commit();
  // The outputs are in place; a folder that could not be deleted is a warning, not a failure.
  if (problems.length > 0) {
    const file = new VFile({ path: outDir });
    for (const problem of problems) report(file, `Output written, but ${problem}`, { ruleId: 'output-cleanup', severity: 'warning', note: 'A read-only or mounted folder beside the output folder cannot be cleaned up by guidance.' });
    common.files = [...common.files, file];
  }
  return { ok: true, written: result.written.map((file) => file.path).sort(), ...common };
}

/** The compile options among `options` (only those given). */
export function compileOptions(options: Pick<BuildOptions, 'outputs' | 'onProgress' | 'onStageEnd' | 'timings' | 'writerOptions' | 'jobs' | 'requireReview'>): CompileOptions {
  return {
    ...(options.outputs ? { outputs: options.outputs } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.onStageEnd ? { onStageEnd: options.onStageEnd } : {}),
    ...(options.timings ? { timings: options.timings } : {}),
    ...(options.writerOptions ? { writerOptions: options.writerOptions } : {}),
    ...(options.jobs ? { jobs: options.jobs } : {}),
    ...(options.requireReview ? { requireReview: true } : {}),
  };
}

export interface LintResult {
  /**
   * True when no document has an error-severity message (vfile's `fatal: true`): what
   * `guidance lint` exits 0 on with its default `--fail-on error`. Warnings and info findings
   * leave it true. False also when the content could not be compiled at all.
   */
  ok: boolean;
  /** One vfile per document (and per settings or rule file) with its messages. */
  files: VFile[];
}

/** Checks the content without writing anything. */
export async function lint(options: Pick<BuildOptions, 'contentDir' | 'jobs' | 'onProgress' | 'onStageEnd'> = {}): Promise<LintResult> {
  const input = await loadContent(options.contentDir ?? 'content');
  const result = await compile(input, { ...compileOptions(options), outputs: [], releaseInput: true });
  const fatal = result.files.some((file) => file.messages.some((message) => message.fatal === true));
  return { ok: result.ok && !fatal, files: result.files };
}

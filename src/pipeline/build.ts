// The library's entry points with file access: read content/, compile, write dist/ atomically.
// They return results and diagnostics; they never print and never exit.
import type { VFile } from 'vfile';
import type { Dataset } from '../model/types.js';
import { compile } from './compile.js';
import type { Timings } from './timings.js';
import type { WriterOptions } from '../write/writer.js';
import { loadContent } from './load-content.js';
import { writeOutputs } from './write-outputs.js';

export interface BuildOptions {
  contentDir?: string;
  outDir?: string;
  /** Output groups to write; all when absent. */
  outputs?: readonly string[];
  onProgress?: (done: number, total: number) => void;
  timings?: Timings;
  writerOptions?: WriterOptions;
  /** Threads that read and check documents (see `CompileOptions.jobs`). */
  jobs?: number;
}

export interface BuildResult {
  ok: boolean;
  files: VFile[];
  dataset?: Dataset;
  /** Paths written, relative to the output folder (empty when the build failed). */
  written: string[];
  outDir: string;
  /** Threads that read and checked the documents. */
  threads: number;
}

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const contentDir = options.contentDir ?? 'content';
  const outDir = options.outDir ?? 'dist';
  const input = await loadContent(contentDir);
  const result = await compile(input, { ...(options.outputs ? { outputs: options.outputs } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}), ...(options.timings ? { timings: options.timings } : {}), ...(options.writerOptions ? { writerOptions: options.writerOptions } : {}), ...(options.jobs ? { jobs: options.jobs } : {}) });
  if (!result.ok) return { ok: false, files: result.files, written: [], outDir, threads: result.threads, ...(result.dataset ? { dataset: result.dataset } : {}) };
  await writeOutputs(outDir, result.outputs);
  return {
    ok: true,
    files: result.files,
    written: result.outputs.map((file) => file.path).sort(),
    outDir,
    threads: result.threads,
    ...(result.dataset ? { dataset: result.dataset } : {}),
  };
}

/** Checks the content without writing anything. */
export async function lint(options: Pick<BuildOptions, 'contentDir' | 'jobs'> = {}): Promise<{ ok: boolean; files: VFile[] }> {
  const input = await loadContent(options.contentDir ?? 'content');
  const result = await compile(input, { outputs: [], ...(options.jobs ? { jobs: options.jobs } : {}) });
  return { ok: result.ok, files: result.files };
}

// The library API. The CLI (src/cli) is a thin layer over it.
export { build, lint, type BuildOptions, type BuildResult, type LintResult } from './pipeline/build.js';
export { compile, type CompileOptions, type CompileResult, type OutputBytes, type OutputPieces } from './pipeline/compile.js';
export type { Report } from './checks/report-data.js';
export { check, type CheckOptions, type CheckResult } from './pipeline/check.js';
export { Timings } from './pipeline/timings.js';
export type { ContentInput, InputFile } from './pipeline/inputs.js';
export { loadContent, ContentFolderError } from './pipeline/load-content.js';
export { OutputFolderError } from './pipeline/write-outputs.js';
export { WRITERS, outputNames } from './write/registry.js';
export type { OutputFile, Writer, WrittenFile } from './write/writer.js';
export * from './model/types.js';

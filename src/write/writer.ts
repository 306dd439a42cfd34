// A writer turns validated records into output files. Writers are pure: they return bytes and
// paths (relative to the output directory); the pipeline entry writes them.
import type { Report } from '../checks/report-data.js';
import type { Dataset, DatasetConfig } from '../model/types.js';

export interface OutputFile {
  /** Path inside the output directory, with forward slashes, e.g. `json/exercises.json`. */
  path: string;
  data: Uint8Array | string;
}

export interface WriterContext {
  config: DatasetConfig;
  /** The JSON Schemas by file name, for writers that ship them. */
  schemas: ReadonlyMap<string, Record<string, unknown>>;
  /** What the checks found: flags, duplicates, boilerplate, withheld records. */
  report: Report;
  /** Files written so far by earlier writers (the data package lists them). */
  written: readonly OutputFile[];
}

export interface Writer {
  /** Output group name used by `--outputs`, e.g. `json`. */
  output: string;
  name: string;
  write(dataset: Dataset, context: WriterContext): OutputFile[] | Promise<OutputFile[]>;
}

/** Two-space JSON with a trailing newline: the form of every JSON file we write. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

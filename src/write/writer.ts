// A writer turns validated records into output files. Writers are pure: they return bytes and
// paths (relative to the output directory); the pipeline entry writes them.
import type { Report } from '../checks/report-data.js';
import type { Dataset, DatasetConfig } from '../model/types.js';

export interface OutputFile {
  /** Path inside the output directory, with forward slashes, e.g. `json/exercises.json`. */
  path: string;
  /**
   * The file's bytes: text (written as UTF-8), bytes, or bytes in pieces that follow one another
   * (a large file is never joined into one buffer: that would hold it twice). The pieces may be
   * made as they are taken (a generator): they are then taken once, as soon as the writer returns.
   */
  data: Uint8Array | string | Iterable<Uint8Array>;
}

/** The bytes of an output as pieces, whatever form the writer gave them in. */
export function piecesOf(data: OutputFile['data']): Iterable<Uint8Array> {
  if (typeof data === 'string') return [Buffer.from(data, 'utf8')];
  return data instanceof Uint8Array ? [data] : data;
}

/** An output file already made, as the data package describes it. */
export interface WrittenFile {
  path: string;
  /** Size in bytes (UTF-8 for text). */
  bytes: number;
  /** sha256 of the bytes, hex. */
  sha256: string;
}

/** Options of the reader-facing writers, from the command line. */
export interface WriterOptions {
  /** Handout paper: A4 (default), US Letter, or both (file names then say which). */
  paper?: 'a4' | 'letter' | 'both';
  /** SMS tips may have up to this many numbered parts (default 1: one segment each). */
  smsSegments?: number;
}

/**
 * A writer that cannot render some content (a character no font covers) throws this; the
 * pipeline reports it at the record's place in the content and the build fails. A writer whose
 * failure is not about a character gives its own rule id and what the editor should do.
 */
export class WriterContentError extends Error {
  constructor(message: string, readonly record: string, readonly advice?: { ruleId: string; note: string }) {
    super(message);
    this.name = 'WriterContentError';
  }
}

export interface WriterContext {
  config: DatasetConfig;
  options: WriterOptions;
  /** The JSON Schemas by file name, for writers that ship them. */
  schemas: ReadonlyMap<string, Record<string, unknown>>;
  /** What the checks found: flags, duplicates, boilerplate, withheld records. */
  report: Report;
  /** Files made so far by earlier writers: path, size and digest (the data package lists them). */
  written: readonly WrittenFile[];
}

export interface Writer {
  /** Output group name used by `--outputs`, e.g. `json`. */
  output: string;
  name: string;
  write(dataset: Dataset, context: WriterContext): OutputFile[] | Promise<OutputFile[]>;
  /**
   * Called when a build that uses this writer starts, before any content is read: a writer
   * whose work is slow to set up (a thread, fonts) starts it here. It must not change output.
   */
  prepare?(): void;
  /**
   * The writer does its work off this thread: the pipeline starts it as soon as the records are
   * valid, runs the other writers meanwhile and takes its files at its turn. Its `context.written`
   * may then be incomplete, so it must not use it.
   */
  concurrent?: boolean;
}

/** Two-space JSON with a trailing newline: the form of every JSON file we write. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

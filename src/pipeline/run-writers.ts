// The writers of a build, in registry order, on validated records: each writer's files become
// bytes as soon as it is done, piece by piece (given to the sink, or kept), and a writer that
// works off this thread (`concurrent`, the PDF handouts) starts first and is waited for at its
// turn.
import type { Dataset } from '../model/types.js';
import { WRITERS } from '../write/registry.js';
import { piecesOf, type OutputFile, type Writer, type WriterContext, type WrittenFile } from '../write/writer.js';
import { createHash } from 'node:crypto';
import type { OutputBytes, OutputPieces } from './compile.js';
import type { Timings } from './timings.js';

/** The writers of `outputs` (all when absent), in registry order. */
export function selectedWriters(outputs: readonly string[] | undefined): Writer[] {
  return WRITERS.filter((writer) => !outputs || outputs.includes(writer.output));
}

export type WritersRun =
  | { outputs: OutputBytes[]; written: WrittenFile[] }
  /** A writer threw: the error and the writer's name (the build then fails; nothing is kept). */
  | { failure: { error: unknown; writer: string } };

/**
 * Runs `writers` in order. The context's `written` fills as files are made (the data package,
 * last, lists them). With `onOutput`, files go to it as they come and none are kept.
 */
export async function runWriters(writers: readonly Writer[], dataset: Dataset, base: Omit<WriterContext, 'written'>, timings: Timings, onOutput?: (file: OutputPieces) => void | Promise<void>): Promise<WritersRun> {
  const outputs: OutputBytes[] = [];
  const written: WrittenFile[] = [];
  const context: WriterContext = { ...base, written };
  // Writers that work off this thread start now; their files are taken at their turn.
  const started = new Map(writers.filter((writer) => writer.concurrent).map((writer) => [writer, startWriter(writer, dataset, context)]));
  for (const writer of writers) {
    try {
      const early = started.get(writer);
      const files = await timings.timeAsync(`write:${writer.name}`, async () => (early ? early.then(settled) : writer.write(dataset, context)));
      // Bytes as soon as a writer is done: its text can go, and a sink can write the file now.
      // Pieces made as they are taken are made here, so a writer's failure can also come here.
      await timings.timeAsync('output', async () => {
        for (const file of files) written.push(await takeFile(file, onOutput, outputs));
      });
    } catch (error) {
      return { failure: { error, writer: writer.name } };
    }
  }
  return { outputs, written };
}

/**
 * Takes a file's pieces once: each is counted and hashed as it passes to the sink (or is kept, and
 * joined into one buffer, without a sink); what the sink leaves untaken is taken after it.
 */
async function takeFile(file: OutputFile, onOutput: ((file: OutputPieces) => void | Promise<void>) | undefined, outputs: OutputBytes[]): Promise<WrittenFile> {
  const hash = createHash('sha256');
  let bytes = 0;
  const kept: Uint8Array[] = [];
  const pieces = (function* () {
    for (const piece of piecesOf(file.data)) {
      hash.update(piece);
      bytes += piece.byteLength;
      if (!onOutput) kept.push(piece);
      yield piece;
    }
  })();
  // The sink gets an iterator without `return`: a sink that stops early (a `break`) does not
  // close the pieces, which are then taken here.
  if (onOutput) await onOutput({ path: file.path, pieces: { [Symbol.iterator]: () => ({ next: () => pieces.next() }) } });
  for (let piece = pieces.next(); !piece.done; piece = pieces.next());
  if (!onOutput) outputs.push({ path: file.path, data: kept.length === 1 ? kept[0]! : Buffer.concat(kept) });
  return { path: file.path, bytes, sha256: hash.digest('hex') };
}

type Settled = { files: OutputFile[] } | { error: unknown };

/**
 * Starts a concurrent writer; its failure is held until its turn (never an unhandled rejection).
 * Its time in the timings is then the wait at its turn, not its whole work.
 */
function startWriter(writer: Writer, dataset: Dataset, context: WriterContext): Promise<Settled> {
  let files: Promise<OutputFile[]>;
  try {
    // Called now, not in a later tick: its work starts before the next writer blocks this thread.
    files = Promise.resolve(writer.write(dataset, context));
  } catch (error) {
    files = Promise.reject(error);
  }
  return files.then((made) => ({ files: made }), (error: unknown) => ({ error }));
}

function settled(result: Settled): OutputFile[] {
  if ('error' in result) throw result.error;
  return result.files;
}

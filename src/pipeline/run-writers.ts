// The writers of a build, in registry order, on validated records: each writer's files become
// bytes as soon as it is done (given to the sink, or kept), and a writer that works off this
// thread (`concurrent`, the PDF handouts) starts first and is waited for at its turn.
import type { Dataset } from '../model/types.js';
import { WRITERS } from '../write/registry.js';
import { piecesOf, type OutputFile, type Writer, type WriterContext, type WrittenFile } from '../write/writer.js';
import { sha256 } from './content-hash.js';
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
    let files: OutputFile[];
    try {
      const early = started.get(writer);
      files = await timings.timeAsync(`write:${writer.name}`, async () => (early ? early.then(settled) : writer.write(dataset, context)));
    } catch (error) {
      return { failure: { error, writer: writer.name } };
    }
    // Bytes as soon as a writer is done: its text can go, and a sink can write the file now.
    await timings.timeAsync('output', async () => {
      for (const file of files) {
        const pieces = piecesOf(file.data);
        written.push({ path: file.path, bytes: pieces.reduce((sum, piece) => sum + piece.byteLength, 0), sha256: sha256(pieces) });
        if (onOutput) await onOutput({ path: file.path, pieces });
        else outputs.push({ path: file.path, data: pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces) });
      }
    });
  }
  return { outputs, written };
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

// Content files → parsed documents with their front matter and records. Each file is read on
// its own (`read-document.ts`, on this thread or a worker's); here the results are put together
// in path order, with the checks that need every document (unique document ids).
import { VFile } from 'vfile';
import type { Advice, Exercise, FrontMatter, Source } from '../model/types.js';
import type { BoilerplateBlock } from '../normalize/boilerplate.js';
import type { AllowDirective } from '../normalize/document.js';
import { report } from '../report/diagnostics.js';
import type { InputFile } from './inputs.js';
import { replay } from './message-transfer.js';
import { readDocument, type DocumentHeading, type DocumentRead } from './read-document.js';
import { Timings } from './timings.js';

export interface ReadDocument {
  file: VFile;
  id: string;
  frontMatter: FrontMatter;
  /** Top-level headings, for the duplicate check (the syntax tree itself is not kept). */
  headings: DocumentHeading[];
  text: string;
  source: Source;
  exercises: Exercise[];
  advice: Advice[];
  boilerplate: BoilerplateBlock[];
  allows: AllowDirective[];
}

export interface ReadResult {
  documents: ReadDocument[];
  /** One vfile per input, in path order. */
  files: VFile[];
}

/** Inputs in the order they are read and reported: by path. */
export function byPath(inputs: readonly InputFile[]): InputFile[] {
  return [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Reads every document on this thread. */
export function readDocuments(inputs: readonly InputFile[], onProgress?: (done: number, total: number) => void, timings = new Timings()): ReadResult {
  const sorted = byPath(inputs);
  return assembleDocuments(sorted.map((input, n) => {
    onProgress?.(n, sorted.length);
    return readDocument(input);
  }), timings);
}

/** Puts documents read anywhere together, in the order given (by path). */
export function assembleDocuments(reads: readonly DocumentRead[], timings = new Timings()): ReadResult {
  const files: VFile[] = [];
  const documents: ReadDocument[] = [];
  const byId = new Map<string, string>();
  for (const read of reads) {
    for (const [stage, ms] of Object.entries(read.timings)) timings.add(stage, ms);
    const file = new VFile({ path: read.path });
    files.push(file);
    if (read.text !== undefined) file.value = read.text;
    replay(file, read.messages.slice(0, read.normaliseFrom));
    const parts = read.parts;
    if (!parts || read.text === undefined) continue;
    const { id, frontMatter } = parts;
    const clash = byId.get(id);
    if (clash) {
      // Reported instead of the document's records (and their messages): it is not compiled.
      const idLine = frontMatter.id ? read.text.split('\n').findIndex((line) => /^id\s*:/.test(line)) + 1 : 0;
      report(file, `Document id \`${id}\` is already used by ${clash}, expected ids to be unique`, {
        ruleId: 'document-id', severity: 'error', place: { line: Math.max(idLine, 1), column: 1 },
        note: frontMatter.id ? 'Set a different `id:` in the front matter.' : 'Rename the file, or set a different `id:` in the front matter.',
      });
      continue;
    }
    byId.set(id, read.path);
    replay(file, read.messages.slice(read.normaliseFrom));
    documents.push({ file, text: read.text, ...parts });
  }
  return { documents, files };
}

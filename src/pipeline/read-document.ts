// One content file → its front matter, records and messages, as plain data. Pure and
// self-contained (its own vfile, its own id allocator), so documents can be read on any thread:
// `read-documents.ts` puts the results together in path order, the same whichever thread read them.
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import type { Advice, Exercise, FrontMatter, Point, Source, Stage } from '../model/types.js';
import type { BoilerplateBlock } from '../normalize/boilerplate.js';
import { normalizeDocument, type AllowDirective } from '../normalize/document.js';
import { foreignShareFor } from '../normalize/foreign-share.js';
import { IdAllocator, slugify } from '../normalize/ids.js';
import { clean } from '../normalize/inline-text.js';
import { withinLimits, withinSize } from '../read/check-limits.js';
import { decodeContent } from '../read/decode.js';
import { readFrontMatter } from '../read/front-matter.js';
import { LIMITS } from '../read/limits.js';
import { parseMarkdown } from '../read/parse-markdown.js';
import { reportBoldHeadings } from '../read/bold-headings.js';
import { reportRawHtml } from '../read/raw-html.js';
import { report } from '../report/diagnostics.js';
import { contentHash } from './content-hash.js';
import type { InputFile } from './inputs.js';
import { toTransfer, type TransferMessage } from './message-transfer.js';
import { Timings } from './timings.js';

/** A top-level heading of a document, for the duplicate check. */
export interface DocumentHeading {
  text: string;
  start: Point;
}

/** What a document gave once its front matter was read and its records made. */
export interface DocumentParts {
  id: string;
  frontMatter: FrontMatter;
  headings: DocumentHeading[];
  source: Source;
  exercises: Exercise[];
  advice: Advice[];
  boilerplate: BoilerplateBlock[];
  allows: AllowDirective[];
}

/** One file as read: its text when it could be decoded, its messages, and its parts. */
export interface DocumentRead {
  path: string;
  text?: string;
  /** Every message, in order; those from `normaliseFrom` on came from making the records. */
  messages: TransferMessage[];
  normaliseFrom: number;
  parts?: DocumentParts;
  /** Milliseconds per stage (parse, normalise). */
  timings: Record<string, number>;
}

export function readDocument(input: InputFile): DocumentRead {
  const timings = new Timings();
  const file = new VFile({ path: input.path });
  const done = (text?: string, parts?: DocumentParts, normaliseFrom = file.messages.length): DocumentRead => ({
    path: input.path, ...(text === undefined ? {} : { text }), messages: toTransfer(file.messages), normaliseFrom,
    ...(parts ? { parts } : {}), timings: timings.toJSON(),
  });
  const started = performance.now();
  if (!withinSize(input.size ?? input.bytes.byteLength, file)) return done();
  const text = timings.time('parse', () => decodeContent(input.bytes, file));
  if (text === undefined) return done();
  file.value = text;
  if (text.trim() === '') {
    report(file, 'Empty document, expected front matter and guidance text', {
      ruleId: 'empty-document', severity: 'error', place: { line: 1, column: 1 },
      note: 'Add content, or remove the file from content/.',
    });
    return done(text);
  }
  if (!withinLimits(text, file)) return done(text);
  const tree = timings.time('parse', () => parseMarkdown(text));
  reportRawHtml(tree, file);
  reportBoldHeadings(tree, file);
  const frontMatter = timings.time('normalise', () => readFrontMatter(tree, file));
  if (!frontMatter) return done(text);
  const id = frontMatter.id ?? slugify(basename(input.path).replace(/\.(md|markdown)$/i, ''), 12);
  if (!id) {
    report(file, 'Cannot derive a document id from the file name, expected letters or digits', {
      ruleId: 'document-id', severity: 'error', place: { line: 1, column: 1 }, note: 'Set `id:` in the front matter.',
    });
    return done(text);
  }
  const normaliseFrom = file.messages.length;
  // Record ids are `<document id>--<slug>`, and slugs never hold `--`, so an allocator per
  // document gives the same ids as one shared by all.
  const records = timings.time('normalise', () => normalizeDocument(tree, {
    file, documentId: id, frontMatter, ids: new IdAllocator(), foreignShare: foreignShareFor(frontMatter.language),
  }));
  // Records were placed in the file as read; the dataset names it inside the content folder.
  if (input.name !== undefined && input.name !== input.path) {
    for (const record of [...records.exercises, ...records.advice]) record.source.file = input.name;
  }
  const headings: DocumentHeading[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading' || !node.position) continue;
    headings.push({ text: clean(toString(node, { includeHtml: false })), start: { line: node.position.start.line, column: node.position.start.column } });
  }
  const elapsed = performance.now() - started;
  if (elapsed > LIMITS.documentMs) {
    report(file, `Document took ${(elapsed / 1000).toFixed(1)} s to read, expected under ${LIMITS.documentMs / 1000} s`, {
      ruleId: 'slow-document', severity: 'warning', place: { line: 1, column: 1 },
      note: 'Split it, or look for unusual markup (very long lines, deep nesting, many brackets).',
    });
  }
  return done(text, {
    id, frontMatter, headings,
    source: sourceOf(id, input, frontMatter, records.stages),
    exercises: records.exercises,
    advice: records.advice,
    boilerplate: records.boilerplate,
    allows: records.allows,
  }, normaliseFrom);
}

function sourceOf(id: string, input: InputFile, fm: FrontMatter, stages: Stage[]): Source {
  return {
    id,
    file: input.name ?? input.path,
    title: fm.title,
    language: fm.language,
    audience: fm.audience,
    stages,
    ...(fm.kind === 'house' ? { kind: 'house' as const, ...(fm.cites ? { cites: [...fm.cites] } : {}) } : {}),
    ...(fm.source ? { origin: { ...fm.source } } : {}),
    ...(fm.license ? { license: fm.license } : {}),
    ...(fm.notes ? { notes: fm.notes } : {}),
    contentHash: contentHash([input]),
  };
}

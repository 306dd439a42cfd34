// Content files → parsed documents with their front matter and records.
import { basename } from 'node:path';
import { VFile } from 'vfile';
import type { Advice, Exercise, FrontMatter, Source, Stage } from '../model/types.js';
import type { BoilerplateBlock } from '../normalize/boilerplate.js';
import { normalizeDocument, type AllowDirective } from '../normalize/document.js';
import { foreignShareFor } from '../normalize/foreign-share.js';
import { IdAllocator, slugify } from '../normalize/ids.js';
import { decodeContent } from '../read/decode.js';
import { readFrontMatter } from '../read/front-matter.js';
import { parseMarkdown } from '../read/parse-markdown.js';
import { withinLimits, withinSize } from '../read/check-limits.js';
import { reportRawHtml } from '../read/raw-html.js';
import { reportBoldHeadings } from '../read/bold-headings.js';
import { report } from '../report/diagnostics.js';
import type { Root } from 'mdast';
import { contentHash } from './content-hash.js';
import { Timings } from './timings.js';
import { performance } from 'node:perf_hooks';
import { LIMITS } from '../read/limits.js';
import type { InputFile } from './inputs.js';

export interface ReadDocument {
  file: VFile;
  id: string;
  frontMatter: FrontMatter;
  tree: Root;
  text: string;
  source: Source;
  exercises: Exercise[];
  advice: Advice[];
  boilerplate: BoilerplateBlock[];
  allows: AllowDirective[];
}

export function readDocuments(inputs: readonly InputFile[], ids = new IdAllocator(), onProgress?: (done: number, total: number) => void, timings = new Timings()): { documents: ReadDocument[]; files: VFile[] } {
  const files: VFile[] = [];
  const documents: ReadDocument[] = [];
  const byId = new Map<string, string>();
  const sorted = [...inputs].sort((a, b) => (a.path < b.path ? -1 : 1));
  for (const [n, input] of sorted.entries()) {
    onProgress?.(n, sorted.length);
    const file = new VFile({ path: input.path });
    const started = performance.now();
    files.push(file);
    if (!withinSize(input.size ?? input.bytes.byteLength, file)) continue;
    const text = timings.time('parse', () => decodeContent(input.bytes, file));
    if (text === undefined) continue;
    file.value = text;
    if (text.trim() === '') {
      report(file, 'Empty document, expected front matter and guidance text', {
        ruleId: 'empty-document', severity: 'error', place: { line: 1, column: 1 },
        note: 'Add content, or remove the file from content/.',
      });
      continue;
    }
    if (!withinLimits(text, file)) continue;
    const tree = timings.time('parse', () => parseMarkdown(text));
    reportRawHtml(tree, file);
    reportBoldHeadings(tree, file);
    const frontMatter = timings.time('normalise', () => readFrontMatter(tree, file));
    if (!frontMatter) continue;
    const id = frontMatter.id ?? slugify(basename(input.path).replace(/\.(md|markdown)$/i, ''), 12);
    if (!id) {
      report(file, 'Cannot derive a document id from the file name, expected letters or digits', {
        ruleId: 'document-id', severity: 'error', place: { line: 1, column: 1 }, note: 'Set `id:` in the front matter.',
      });
      continue;
    }
    const clash = byId.get(id);
    if (clash) {
      const idLine = frontMatter.id ? text.split('\n').findIndex((line) => /^id\s*:/.test(line)) + 1 : 0;
      report(file, `Document id \`${id}\` is already used by ${clash}, expected ids to be unique`, {
        ruleId: 'document-id', severity: 'error', place: { line: Math.max(idLine, 1), column: 1 },
        note: frontMatter.id ? 'Set a different `id:` in the front matter.' : 'Rename the file, or set a different `id:` in the front matter.',
      });
      continue;
    }
    byId.set(id, input.path);
    const records = timings.time('normalise', () => normalizeDocument(tree, {
      file, documentId: id, frontMatter, ids, foreignShare: foreignShareFor(frontMatter.language),
    }));
    const elapsed = performance.now() - started;
    if (elapsed > LIMITS.documentMs) {
      report(file, `Document took ${(elapsed / 1000).toFixed(1)} s to read, expected under ${LIMITS.documentMs / 1000} s`, {
        ruleId: 'slow-document', severity: 'warning', place: { line: 1, column: 1 },
        note: 'Split it, or look for unusual markup (very long lines, deep nesting, many brackets).',
      });
    }
    documents.push({
      file, id, frontMatter, tree, text,
      source: sourceOf(id, input, frontMatter, records.stages),
      exercises: records.exercises,
      advice: records.advice,
      boilerplate: records.boilerplate,
      allows: records.allows,
    });
  }
  return { documents, files };
}

function sourceOf(id: string, input: InputFile, fm: FrontMatter, stages: Stage[]): Source {
  return {
    id,
    file: input.path,
    title: fm.title,
    language: fm.language,
    audience: fm.audience,
    stages,
    ...(fm.source ? { origin: { ...fm.source } } : {}),
    ...(fm.license ? { license: fm.license } : {}),
    ...(fm.notes ? { notes: fm.notes } : {}),
    contentHash: contentHash([input]),
  };
}

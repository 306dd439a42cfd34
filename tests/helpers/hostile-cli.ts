// Helpers for the hostile-input tests: run `guidance build` in-process on a temporary content
// folder, read back the diagnostics (--format json) and every output file.
import { readdir } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { main } from '../../src/cli/main.js';
import type { CompileResult } from '../../src/pipeline/compile.js';
import { captureIo, makeContentDir, makeTempDir, snapshotDir, type ContentFiles } from './content-dir.js';

/** Per-test vitest timeout of the hostile tests: a bound, not a speed assertion. */
export const HOSTILE_TIMEOUT = 20_000;

/** What must never reach an output file. */
export const DANGEROUS = /<script|onclick|javascript:|<iframe/i;

export interface CliDiagnostic {
  /** Relative to the content folder, with `/`. */
  file: string;
  line: number | null;
  column: number | null;
  severity: 'error' | 'warning' | 'info';
  ruleId: string | null;
  message: string;
}

export interface CliBuild {
  code: number;
  stderr: string;
  diagnostics: CliDiagnostic[];
  contentDir: string;
  outDir: string;
  /** Output files (path → bytes); empty when nothing was written. */
  outputs: Map<string, Buffer>;
  /** Output files as text: UTF-8, and for a PDF the text pdfjs-dist reads from its pages. */
  texts: Map<string, string>;
}

/** The text a reader sees in a PDF (every page's text items, in order). */
export async function pdfText(data: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(data), verbosity: 0, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  await pdf.destroy();
  return parts.join('\n');
}

/** Output files as text (see CliBuild.texts). */
export async function textsOf(outputs: ReadonlyMap<string, Buffer>): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const [path, bytes] of outputs) texts.set(path, path.endsWith('.pdf') ? await pdfText(bytes) : bytes.toString('utf8'));
  return texts;
}

/** `guidance build --format json` on a fresh content folder holding `files` (plus dataset.yaml). */
export async function cliBuild(files: ContentFiles, setup?: (contentDir: string) => Promise<void>): Promise<CliBuild> {
  const content = await makeContentDir(files);
  if (setup) await setup(content.dir);
  return cliBuildDir(content.dir);
}

/** `guidance build --format json` on an existing content folder, into a fresh output folder. */
export async function cliBuildDir(contentDir: string, outDir?: string): Promise<CliBuild> {
  const out = outDir ?? (await makeTempDir('guidance-hostile-out-')).path('dist');
  const cli = captureIo();
  const code = await main(['build', '--content', contentDir, '--out', out, '--format', 'json'], cli.io);
  const report = cli.stdout.trim() ? JSON.parse(cli.stdout) as Array<{ path: string; messages: Array<Omit<CliDiagnostic, 'file'>> }> : [];
  const diagnostics = report.flatMap((entry) => entry.messages.map((m) => ({
    file: relative(contentDir, entry.path).split(sep).join('/') || '.',
    line: m.line, column: m.column, severity: m.severity, ruleId: m.ruleId, message: m.message,
  })));
  const outputs = await snapshotDir(out).catch(() => new Map<string, Buffer>());
  return { code, stderr: cli.stderr, diagnostics, contentDir, outDir: out, outputs, texts: await textsOf(outputs) };
}

/**
 * Output files matching `pattern`: in their raw bytes (binary read as latin1, so PDF metadata is
 * searched too) or in their text (a PDF's page text). `run` is a CLI build or compile outputs.
 */
export function filesMatching(run: Pick<CliBuild, 'outputs' | 'texts'> | CompileResult['outputs'], pattern: RegExp): string[] {
  const entries: Array<[string, string, string]> = Array.isArray(run)
    ? run.map((file) => [file.path, typeof file.data === 'string' ? file.data : Buffer.from(file.data).toString('latin1'), ''])
    : [...run.outputs].map(([path, bytes]) => [path, bytes.toString('latin1'), run.texts.get(path) ?? '']);
  return entries.filter(([, raw, text]) => pattern.test(raw) || pattern.test(text)).map(([path]) => path);
}

/** Output files whose text (UTF-8; for a PDF its page text) contains `needle`. */
export function filesContaining(run: Pick<CliBuild, 'texts'>, needle: string): string[] {
  return [...run.texts].filter(([, text]) => text.includes(needle)).map(([path]) => path);
}

/** Entries of `dir` that look like staging or retired output folders (`.NAME.tmp-*`, `.NAME.old-*`). */
export async function leftovers(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => /^\..*\.(tmp|old)-/.test(name)).sort();
}

/** Errors only. */
export const errorsIn = (build: CliBuild): CliDiagnostic[] => build.diagnostics.filter((d) => d.severity === 'error');

/** Every diagnostic has a file and, when it is about a content file, a line ≥ 1. */
export function everyDiagnosticPlaced(build: CliBuild): boolean {
  return build.diagnostics.every((d) => d.file !== '' && (d.file === '.' || d.file === 'dataset.yaml' || (d.line ?? 0) >= 1));
}

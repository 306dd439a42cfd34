// The CLI's commands: a table of name → usage and handler.
import { parseArgs } from 'node:util';
import { build, lint } from '../pipeline/build.js';
import { hasErrors } from '../report/diagnostics.js';
import { outputNames } from '../write/registry.js';
import { EXIT, UsageError, useColor, type CliIo } from './io.js';
import { REPORT_FORMATS } from './report-formats.js';

export interface Command {
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

const COMMON_OPTIONS = {
  content: { type: 'string', default: 'content' },
  format: { type: 'string', default: 'text' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function parse<T extends Record<string, unknown>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options: options as never, allowPositionals: false, strict: true }).values as Record<string, unknown>;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function formatter(name: unknown) {
  const format = REPORT_FORMATS[String(name)];
  if (!format) throw new UsageError(`unknown --format ${String(name)}, expected one of: ${Object.keys(REPORT_FORMATS).join(', ')}`);
  return format;
}

export const COMMANDS: Readonly<Record<string, Command>> = {
  build: {
    summary: 'compile content/ into dist/ (JSON dataset and the other outputs)',
    usage: `Usage: guidance build [--content DIR] [--out DIR] [--outputs LIST] [--format text|json]

Reads the markdown documents in DIR (default content/), checks them, and writes every output
into --out (default dist/). The output folder is replaced only when the whole build succeeds.

Options:
  --content DIR    content folder (default: content)
  --out DIR        output folder (default: dist)
  --outputs LIST   comma-separated output groups to write (default: all: ${outputNames().join(',')})
  --format NAME    diagnostics format: ${Object.keys(REPORT_FORMATS).join(', ')} (default: text)
  -h, --help       show this help

Exit codes: 0 built, 1 content errors (nothing written), 2 usage or internal error.`,
    async run(args, io) {
      const values = parse(args, { ...COMMON_OPTIONS, out: { type: 'string', default: 'dist' }, outputs: { type: 'string' } });
      if (values.help) {
        io.stdout.write(`${this.usage}\n`);
        return EXIT.ok;
      }
      const format = formatter(values.format);
      const outputs = typeof values.outputs === 'string' ? values.outputs.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
      const unknown = outputs?.filter((name) => !outputNames().includes(name)) ?? [];
      if (unknown.length > 0) throw new UsageError(`unknown output ${unknown.join(', ')}, expected some of: ${outputNames().join(', ')}`);
      const result = await build({ contentDir: String(values.content), outDir: String(values.out), ...(outputs ? { outputs } : {}) });
      const text = format(result.files, { color: useColor(io, 'stderr') });
      if (values.format === 'text') io.stderr.write(text);
      else io.stdout.write(text);
      if (!result.ok) {
        io.stderr.write(`guidance: build failed, ${result.outDir}/ left unchanged\n`);
        return EXIT.content;
      }
      const counts = result.dataset ? `${result.dataset.exercises.length} exercises, ${result.dataset.advice.length} advice records` : '';
      io.stderr.write(`guidance: wrote ${result.written.length} files to ${result.outDir}/ (${counts})\n`);
      return EXIT.ok;
    },
  },
  lint: {
    summary: 'check content/ and report problems without writing anything',
    usage: `Usage: guidance lint [--content DIR] [--format text|json]

Checks the content documents and prints every problem with file:line:column.

Options:
  --content DIR    content folder (default: content)
  --format NAME    diagnostics format: ${Object.keys(REPORT_FORMATS).join(', ')} (default: text)
  -h, --help       show this help

Exit codes: 0 no errors, 1 content errors, 2 usage or internal error.`,
    async run(args, io) {
      const values = parse(args, COMMON_OPTIONS);
      if (values.help) {
        io.stdout.write(`${this.usage}\n`);
        return EXIT.ok;
      }
      const format = formatter(values.format);
      const result = await lint({ contentDir: String(values.content) });
      io.stdout.write(format(result.files, { color: useColor(io, 'stdout') }));
      return hasErrors(result.files) ? EXIT.content : EXIT.ok;
    },
  },
};

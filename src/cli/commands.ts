// The CLI's commands: a table of name → usage and handler.
import { parseArgs } from 'node:util';
import { build, lint } from '../pipeline/build.js';
import { check } from '../pipeline/check.js';
import { hasErrors } from '../report/diagnostics.js';
import { outputNames } from '../write/registry.js';
import { checkFailOn, checkFormat, checkVerbosity, emitReport } from './emit-report.js';
import { LARGE_BUILD } from './heap-growth.js';
import { EXIT, UsageError, type CliIo } from './io.js';
import type { PipelineStage } from '../pipeline/compile.js';
import { REPORT_FORMATS } from './report-formats.js';
import type { WriterOptions } from '../write/writer.js';
import { reviewCommand } from '../review/review-command.js';
import { rulesCommand } from './rules-command.js';

export interface Command {
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

const FORMATS = Object.keys(REPORT_FORMATS).join('|');

const COMMON_OPTIONS = {
  content: { type: 'string', default: 'content' },
  format: { type: 'string', default: 'text' },
  'fail-on': { type: 'string' },
  jobs: { type: 'string' },
  quiet: { type: 'boolean', short: 'q', default: false },
  verbose: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function parse(args: string[], options: Record<string, unknown>): Record<string, unknown> {
  try {
    return parseArgs({ args, options: options as never, allowPositionals: false, strict: true }).values as Record<string, unknown>;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

const WRITER_HELP = `  --paper SIZE     handout paper: a4, letter or both (default: a4; both names the files -a4/-letter)
  --sms-segments N allow SMS tips of up to N numbered parts of 153 septets (default: 1, one segment)`;

const WRITER_OPTIONS = { paper: { type: 'string' }, 'sms-segments': { type: 'string' } } as const;

/** The writer options of build and check, checked. */
function writerOptions(values: Record<string, unknown>): WriterOptions {
  const out: WriterOptions = {};
  if (values.paper !== undefined) {
    if (!['a4', 'letter', 'both'].includes(String(values.paper))) throw new UsageError(`unknown --paper ${String(values.paper)}, expected a4, letter or both`);
    out.paper = values.paper as WriterOptions['paper'];
  }
  if (values['sms-segments'] !== undefined) {
    const n = Number(values['sms-segments']);
    if (!Number.isInteger(n) || n < 1 || n > 10) throw new UsageError(`--sms-segments ${String(values['sms-segments'])} is not a whole number from 1 to 10`);
    out.smsSegments = n;
  }
  return out;
}

const JOBS_HELP = `  --jobs N         threads that read and check documents (default: one per core from 64 documents
                   on 4 or more cores, from 2,000 on 2 or 3, else 1); the outputs are the same
                   bytes whatever N`;

/** --jobs, checked: a whole number from 1 to 64, or absent (automatic). */
export function jobsOption(values: Record<string, unknown>): { jobs?: number } {
  if (values.jobs === undefined) return {};
  const n = Number(values.jobs);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--jobs ${String(values.jobs)} is not a whole number from 1 to 64`);
  return { jobs: n };
}

const REPORT_HELP = `  --format NAME    diagnostics format: ${FORMATS} (default: text)
                   json: every message with place and rule; sarif: SARIF 2.1.0 for code scanning;
                   github: workflow annotations, plus the full list in $GITHUB_STEP_SUMMARY
  -q, --quiet      show errors only
  --verbose        also show info findings (text set aside as a caption, advert or repeat),
                   which need no action; json always has every message`;

/** Reading progress on stderr from 200 documents, and the memory settings of a large build. */
function progress(io: CliIo): LargeBuildHooks {
  let shown = -1;
  const large = largeBuildHooks(io);
  return {
    ...large,
    onProgress: (done, total) => {
      large.onProgress(done, total);
      if (total < 200) return;
      const step = Math.floor((done / total) * 10);
      if (step === shown) return;
      shown = step;
      io.stderr.write(`guidance: reading documents ${done}/${total}\n`);
    },
  };
}

export interface LargeBuildHooks {
  onProgress: (done: number, total: number) => void;
  onStageEnd: (stage: PipelineStage) => void;
}

/**
 * A large build (`largeFrom` documents or more, decided on the first progress report, before
 * most documents are read) asks the launcher to limit heap growth, and to collect garbage when
 * the duplicate search ends (see heap-growth.ts). A small one asks for nothing.
 */
export function largeBuildHooks(io: CliIo, largeFrom = LARGE_BUILD): LargeBuildHooks {
  let large: boolean | undefined;
  return {
    onProgress: (_done, total) => {
      if (large !== undefined) return;
      large = total >= largeFrom;
      if (large) io.limitHeap?.();
    },
    onStageEnd: (stage) => {
      if (large && stage === 'dedupe') io.collectGarbage?.();
    },
  };
}

export const COMMANDS: Readonly<Record<string, Command>> = {
  build: {
    summary: 'compile content/ into dist/ (JSON dataset, report and the other outputs)',
    usage: `Usage: guidance build [--content DIR] [--out DIR] [--outputs LIST] [--jobs N] [--format ${FORMATS}] [--fail-on error|warning|never]

Reads the markdown documents in DIR (default content/), checks them (duplicates, boilerplate,
language, unsafe claims), and writes every output into --out (default dist/), including
report.json. The output folder is replaced only when the whole build succeeds.

Options:
  --content DIR    content folder (default: content)
  --out DIR        output folder (default: dist)
  --outputs LIST   comma-separated output groups to write (default: all: ${outputNames().join(',')})
${WRITER_HELP}
${REPORT_HELP}
${JOBS_HELP}
  --fail-on LEVEL  exit 1 when findings reach this level: error, warning or never (default: never —
                   flagged text is withheld from the outputs, so the outputs are safe either way)
  --require-review keep records without a current clinical approval (content/reviews.yaml) out of
                   the handouts and SMS tips (withheld, with the reason)
  -h, --help       show this help

Exit codes: 0 built, 1 content errors (nothing written) or findings at --fail-on, 2 usage or internal error.`,
    async run(args, io) {
      const values = parse(args, { ...COMMON_OPTIONS, ...WRITER_OPTIONS, out: { type: 'string', default: 'dist' }, outputs: { type: 'string' }, 'require-review': { type: 'boolean', default: false } });
      if (values.help) {
        io.stdout.write(`${this.usage}\n`);
        return EXIT.ok;
      }
      const format = checkFormat(values.format);
      const verbosity = checkVerbosity(values);
      const failOn = checkFailOn(values['fail-on'] ?? 'never');
      const outputs = typeof values.outputs === 'string' ? values.outputs.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
      if (outputs?.length === 0) throw new UsageError(`--outputs names no output, expected some of: ${outputNames().join(', ')}`);
      if (String(values.out).trim() === '') throw new UsageError('--out is empty, expected an output folder');
      const unknown = outputs?.filter((name) => !outputNames().includes(name)) ?? [];
      if (unknown.length > 0) throw new UsageError(`unknown output ${unknown.join(', ')}, expected some of: ${outputNames().join(', ')}`);
      const result = await build({ contentDir: String(values.content), outDir: String(values.out), ...(outputs ? { outputs } : {}), writerOptions: writerOptions(values), ...jobsOption(values), ...progress(io), ...(values['require-review'] ? { requireReview: true } : {}) });
      const gate = emitReport(result.files, format, failOn, io, 'stderr', verbosity);
      if (!result.ok) {
        io.stderr.write(`guidance: build failed, ${result.outDir}/ left unchanged\n`);
        return EXIT.content;
      }
      const d = result.dataset;
      const counts = d ? ` (${d.exercises.length} exercises, ${d.advice.length} advice records; ${[...d.exercises, ...d.advice].filter((r) => r.status === 'withheld').length} withheld, see report.json)` : '';
      io.stderr.write(`guidance: wrote ${result.written.length} files to ${result.outDir}/${counts}\n`);
      return gate ? EXIT.content : EXIT.ok;
    },
  },
  lint: {
    summary: 'check content/ and report problems without writing anything',
    usage: `Usage: guidance lint [--content DIR] [--jobs N] [--format ${FORMATS}] [--fail-on error|warning|never]

Checks the content documents — front matter, structure, duplicates, boilerplate, language and
unsafe claims — and prints every finding with file:line:column, severity, message and rule id.

Options:
  --content DIR    content folder (default: content)
${REPORT_HELP}
${JOBS_HELP}
  --fail-on LEVEL  exit 1 when findings reach this level: error, warning or never (default: error)
  -h, --help       show this help

Exit codes: 0 nothing at --fail-on, 1 content errors or findings at --fail-on, 2 usage or internal error.`,
    async run(args, io) {
      const values = parse(args, COMMON_OPTIONS);
      if (values.help) {
        io.stdout.write(`${this.usage}\n`);
        return EXIT.ok;
      }
      const format = checkFormat(values.format);
      const verbosity = checkVerbosity(values);
      const failOn = checkFailOn(values['fail-on'] ?? 'error');
      const result = await lint({ contentDir: String(values.content), ...jobsOption(values), ...largeBuildHooks(io) });
      const gate = emitReport(result.files, format, failOn, io, 'stdout', verbosity);
      return hasErrors(result.files) || gate ? EXIT.content : EXIT.ok;
    },
  },
  check: {
    summary: 'check that dist/ is exactly what content/ produces (for CI); writes nothing',
    usage: `Usage: guidance check [--content DIR] [--out DIR] [--jobs N] [--format ${FORMATS}] [--fail-on error|warning|never]

Compiles the content in memory and compares every output with the files in --out, byte for
byte. Names each stale, missing or extra file. Also validates the content, the rule files and
the schemas, and reports findings like lint.

Options:
  --content DIR    content folder (default: content)
  --out DIR        output folder to compare (default: dist)
${WRITER_HELP}
${REPORT_HELP}
${JOBS_HELP}
  --fail-on LEVEL  also exit 1 when findings reach this level: error, warning or never (default: never)
  -h, --help       show this help

Exit codes: 0 outputs up to date, 1 stale, missing or extra outputs, content errors or findings at
--fail-on, 2 usage or internal error.`,
    async run(args, io) {
      const values = parse(args, { ...COMMON_OPTIONS, ...WRITER_OPTIONS, out: { type: 'string', default: 'dist' } });
      if (values.help) {
        io.stdout.write(`${this.usage}\n`);
        return EXIT.ok;
      }
      const format = checkFormat(values.format);
      const verbosity = checkVerbosity(values);
      const failOn = checkFailOn(values['fail-on'] ?? 'never');
      const result = await check({ contentDir: String(values.content), outDir: String(values.out), writerOptions: writerOptions(values), ...jobsOption(values), ...largeBuildHooks(io) });
      const gate = emitReport(result.files, format, failOn, io, 'stdout', verbosity);
      const stale = result.stale.length + result.missing.length + result.extra.length;
      if (hasErrors(result.files)) {
        io.stderr.write(stale > 0
          ? `guidance: ${stale} output file(s) out of date in ${String(values.out)}/; run \`npm run build\` and commit\n`
          : 'guidance: content errors, outputs not compared\n');
        return EXIT.content;
      }
      io.stderr.write(`guidance: ${String(values.out)}/ is up to date with ${String(values.content)}/\n`);
      return gate ? EXIT.content : EXIT.ok;
    },
  },
  review: reviewCommand,
  rules: rulesCommand,
};

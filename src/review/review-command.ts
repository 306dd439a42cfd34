// The `review` command: compiles the content in memory (nothing written) and prints what needs
// clinical review. Registered in src/cli/commands.ts.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compile } from '../pipeline/compile.js';
import { loadContent } from '../pipeline/load-content.js';
import { hasErrors } from '../report/diagnostics.js';
import { checkFormat, emitReport } from '../cli/emit-report.js';
import { jobsOption } from '../cli/commands.js';
import { EXIT, UsageError, type CliIo } from '../cli/io.js';
import { reviewList } from './review-list.js';
import { reviewText } from './review-text.js';

export const reviewCommand = {
  summary: 'list what needs clinical review: unapproved records, changes since approval, held-back records',
  usage: `Usage: guidance review [--content DIR] [--jobs N] [--format FMT] [--yaml --reviewer NAME --date YYYY-MM-DD]

Compiles the content in memory (nothing is written) and lists, for a clinical reviewer, every
record that reaches readers and is not approved in content/reviews.yaml — first those whose
text changed since approval, then those never approved — and the records held back from
readers. Each with where it is (file:line), why, its revisions, its reader text and its hash.

Options:
  --content DIR    content folder (default: content)
  --jobs N         threads that read and check documents (as for build)
  --format NAME    format of content errors, if any (as for lint; default: text)
  --yaml           also print the approval entries of the listed records, for content/reviews.yaml
                   (add only those whose text you have read and approve)
  --reviewer NAME  the reviewer named in those entries (with --yaml)
  --date DATE      the date in those entries, YYYY-MM-DD (with --yaml)
  -h, --help       show this help

Exit codes: 0 listed, 1 content errors (printed on stderr), 2 usage or internal error.`,
  async run(args: string[], io: CliIo): Promise<number> {
    let values: Record<string, unknown>;
    try {
      values = parseArgs({
        args, allowPositionals: false, strict: true,
        options: { content: { type: 'string', default: 'content' }, jobs: { type: 'string' }, format: { type: 'string', default: 'text' }, yaml: { type: 'boolean', default: false }, reviewer: { type: 'string' }, date: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
      }).values;
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (values.help) {
      io.stdout.write(`${this.usage}\n`);
      return EXIT.ok;
    }
    const format = checkFormat(values.format);
    const jobs = jobsOption(values);
    if (values.yaml && (typeof values.reviewer !== 'string' || typeof values.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(values.date))) {
      throw new UsageError('--yaml needs --reviewer NAME and --date YYYY-MM-DD');
    }
    const result = await compile(await loadContent(String(values.content)), { outputs: [], releaseInput: true, ...jobs });
    if (hasErrors(result.files) || !result.dataset) {
      emitReport(result.files, format, 'error', io, 'stderr');
      return EXIT.content;
    }
    const yaml = values.yaml ? { reviewer: String(values.reviewer), date: String(values.date) } : undefined;
    io.stdout.write(reviewText(reviewList(result.dataset, (file) => join(String(values.content), file)), yaml ? { yaml } : {}));
    return EXIT.ok;
  },
};

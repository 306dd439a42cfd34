// `guidance rules test`: runs the examples written with every rule (the package's default rules
// and content/rules/*.yaml, loaded as a build loads them) and reports each example that does not
// do what it says, and each problem of the rule files, at its file:line:column, in any report
// format. A build never runs the examples; this command, the tests and CI do. Registered in
// src/cli/commands.ts.
import { parseArgs } from 'node:util';
import { VFile } from 'vfile';
import { loadContent } from '../pipeline/load-content.js';
import { settingsText } from '../read/check-limits.js';
import { hasErrors, report } from '../report/diagnostics.js';
import { testRuleExamples } from '../safety/rule-examples.js';
import type { RuleSource } from '../safety/types.js';
import { checkFormat, checkVerbosity, emitReport } from './emit-report.js';
import { EXIT, UsageError, type CliIo } from './io.js';
import { REPORT_FORMATS } from './report-formats.js';

const USAGE = `Usage: guidance rules test [--content DIR] [--format ${Object.keys(REPORT_FORMATS).join('|')}]

Loads the safety rules as a build does (the package's default rules and DIR/rules/*.yaml) and
runs the examples written with each rule: every trigger example must be flagged by its rule,
every pass example must not be. Reports each example that fails, and each problem of the rule
files, at its file:line:column. A build does not run the examples: run this after editing a rule.

Options:
  --content DIR    content folder (default: content)
  --format NAME    report format (default: text)
  -q, --quiet      show errors only
  --verbose        also show information messages
  -h, --help       show this help

Exit codes: 0 every example does what it says, 1 a failed example or a rule file error, 2 usage
or internal error.`;

const OPTIONS = {
  content: { type: 'string', default: 'content' },
  format: { type: 'string', default: 'text' },
  quiet: { type: 'boolean', short: 'q', default: false },
  verbose: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export const rulesCommand = {
  summary: 'run the examples of every safety rule (`guidance rules test`)',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    let parsed: { values: Record<string, unknown>; positionals: string[] };
    try {
      parsed = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: true });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    const format = checkFormat(values.format);
    const verbosity = checkVerbosity(values);
    if (positionals.length !== 1 || positionals[0] !== 'test') {
      throw new UsageError(positionals.length === 0 ? 'missing subcommand, expected `test`' : `unknown subcommand \`${positionals.join(' ')}\`, expected \`test\``);
    }
    const input = await loadContent(String(values.content));
    const files = new Map<string, VFile>();
    const fileOf = (path: string): VFile => {
      let file = files.get(path);
      if (!file) {
        file = new VFile({ path });
        files.set(path, file);
      }
      return file;
    };
    const sources: RuleSource[] = [];
    for (const [rule, origin] of [...(input.defaultRules ?? []).map((r) => [r, 'default'] as const), ...input.rules.map((r) => [r, 'content'] as const)]) {
      const text = settingsText(rule, fileOf(rule.path));
      if (text !== undefined) sources.push({ path: rule.path, text, origin });
    }
    const outcome = testRuleExamples(sources);
    for (const d of outcome.diagnostics) {
      report(fileOf(d.file), d.message, { ruleId: `rule-file/${d.code}`, severity: d.severity, place: { line: d.line, column: d.column } });
    }
    for (const f of outcome.failed) {
      const reason = f.expected === 'trigger'
        ? `trigger example of ${f.rule} is not flagged: "${f.example}"; expected the rule to flag it (change the rule or the example)`
        : `pass example of ${f.rule} is flagged: "${f.example}"; expected the rule to leave it alone (change the rule or the example)`;
      report(fileOf(f.place.file), reason, { ruleId: `rule-example/${f.expected}`, severity: 'error', place: { line: f.place.line, column: f.place.column } });
    }
    const all = [...files.values()].filter((file) => file.messages.length > 0);
    emitReport(all, format, 'error', io, 'stdout', verbosity);
    const failed = outcome.failed.length;
    io.stderr.write(`guidance rules test: ${outcome.examples - failed} of ${outcome.examples} examples of ${outcome.rules} rules do what they say${failed > 0 ? `; ${failed} failed` : ''}\n`);
    return hasErrors(all) ? EXIT.content : EXIT.ok;
  },
};

// `guidance rules test`: runs the examples written with every rule (the package's default rules
// and content/rules/*.yaml, loaded as a build loads them) and names each example that does not
// do what it says, at its file:line:column. A build never runs the examples; this command, the
// tests and CI do. Registered in src/cli/commands.ts.
import { parseArgs } from 'node:util';
import { VFile } from 'vfile';
import { loadContent } from '../pipeline/load-content.js';
import { settingsText } from '../read/check-limits.js';
import { testRuleExamples } from '../safety/rule-examples.js';
import type { RuleSource } from '../safety/types.js';
import { EXIT, UsageError, type CliIo } from './io.js';
import { terminalLine } from './terminal-text.js';

const USAGE = `Usage: guidance rules test [--content DIR]

Loads the safety rules as a build does (the package's default rules and DIR/rules/*.yaml) and
runs the examples written with each rule: every trigger example must be flagged by its rule,
every pass example must not be. Names each example that fails, and each problem of the rule
files, at its file:line:column. A build does not run the examples; run this after editing a rule.

Options:
  --content DIR    content folder (default: content)
  -h, --help       show this help

Exit codes: 0 every example does what it says, 1 a failed example or a rule file error, 2 usage
or internal error.`;

export const rulesCommand = {
  summary: 'run the examples of every safety rule (`guidance rules test`)',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    const [sub, ...rest] = args;
    if (sub === '--help' || sub === '-h' || sub === 'help') {
      io.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (sub !== 'test') throw new UsageError(sub === undefined ? 'missing subcommand, expected `test`' : `unknown subcommand \`${sub}\`, expected \`test\``);
    let values: { content?: string; help?: boolean };
    try {
      values = parseArgs({ args: rest, options: { content: { type: 'string', default: 'content' }, help: { type: 'boolean', short: 'h', default: false } }, strict: true, allowPositionals: false }).values;
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (values.help) {
      io.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    const input = await loadContent(String(values.content));
    const sources: RuleSource[] = [];
    const lines: string[] = [];
    const add = (rule: { path: string; bytes: Uint8Array; size?: number }, origin: 'default' | 'content'): void => {
      const file = new VFile({ path: rule.path });
      const text = settingsText(rule, file);
      for (const m of file.messages) lines.push(`${terminalLine(rule.path)}:${m.line ?? 1}:${m.column ?? 1} error ${terminalLine(m.reason)}`);
      if (text !== undefined) sources.push({ path: rule.path, text, origin });
    };
    for (const rule of input.defaultRules ?? []) add(rule, 'default');
    for (const rule of input.rules) add(rule, 'content');
    const report = testRuleExamples(sources);
    let errors = lines.length;
    for (const d of report.diagnostics) {
      if (d.severity === 'error') errors += 1;
      lines.push(`${terminalLine(d.file)}:${d.line}:${d.column} ${d.severity} ${terminalLine(d.message)} (rule-file/${d.code})`);
    }
    for (const f of report.failed) {
      const what = f.expected === 'trigger' ? 'is not flagged; expected the rule to flag this trigger example' : 'is flagged; expected this pass example to pass';
      lines.push(`${terminalLine(f.place.file)}:${f.place.line}:${f.place.column} error example of ${f.rule} ${what}: "${terminalLine(f.example)}"`);
    }
    if (lines.length > 0) io.stdout.write(`${lines.join('\n')}\n`);
    const failed = report.failed.length;
    io.stderr.write(`guidance rules test: ${report.examples - failed} of ${report.examples} examples of ${report.rules} rules do what they say${failed > 0 ? `; ${failed} failed` : ''}${errors > failed ? `; ${errors} rule file error(s)` : ''}\n`);
    return failed > 0 || errors > 0 ? EXIT.content : EXIT.ok;
  },
};

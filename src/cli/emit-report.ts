// Prints diagnostics in the chosen format and applies the `--fail-on` gate.
import { appendFileSync } from 'node:fs';
import type { VFile } from 'vfile';
import { reachesGate, type FailOn } from '../report/diagnostics.js';
import { githubStepSummary } from './github-report.js';
import { UsageError, useColor, type CliIo } from './io.js';
import { REPORT_FORMATS } from './report-formats.js';
import { hiddenLine, messagesShown, rationaleOnce, type Verbosity } from './report-view.js';

export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

export function checkFormat(name: unknown): string {
  if (typeof name !== 'string' || !REPORT_FORMATS[name]) {
    throw new UsageError(`unknown --format ${String(name)}, expected one of: ${Object.keys(REPORT_FORMATS).join(', ')}`);
  }
  return name;
}

export function checkFailOn(value: unknown): FailOn {
  if (!FAIL_ON.includes(value as FailOn)) throw new UsageError(`unknown --fail-on ${String(value)}, expected one of: ${FAIL_ON.join(', ')}`);
  return value as FailOn;
}

/** `--quiet` and `--verbose`, checked: at most one of them. */
export function checkVerbosity(values: Record<string, unknown>): Verbosity {
  if (values.quiet && values.verbose) throw new UsageError('--quiet and --verbose contradict each other, expected one of them');
  return values.quiet ? 'quiet' : values.verbose ? 'verbose' : 'normal';
}

/**
 * Writes the report: text goes to `textStream` (stderr for build, whose stdout may be piped),
 * machine formats to stdout. Every format but json (the complete record) shows the levels of
 * `verbosity`; text also prints each rule's rationale once and says how many messages it left
 * out. With `github`, the list is also appended to $GITHUB_STEP_SUMMARY. Returns true when the
 * messages — all of them, shown or not — reach the gate.
 */
export function emitReport(files: readonly VFile[], format: string, failOn: FailOn, io: CliIo, textStream: 'stdout' | 'stderr', verbosity: Verbosity = 'normal'): boolean {
  const stream = format === 'text' ? textStream : 'stdout';
  const view = format === 'json' ? { files: [...files], hidden: { error: 0, warning: 0, info: 0 } } : messagesShown(files, verbosity);
  const shown = format === 'text' ? rationaleOnce(view.files) : view.files;
  const report = REPORT_FORMATS[format]!(shown, { color: useColor(io, stream) });
  for (const piece of typeof report === 'string' ? [report] : report) io[stream].write(piece);
  const hidden = format === 'text' ? hiddenLine(view.hidden) : '';
  if (hidden) io[stream].write(hidden);
  const summary = io.env.GITHUB_STEP_SUMMARY;
  if (format === 'github' && summary) appendFileSync(summary, githubStepSummary(view.files));
  return reachesGate(files, failOn);
}

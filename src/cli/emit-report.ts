// Prints diagnostics in the chosen format and applies the `--fail-on` gate.
import { appendFileSync } from 'node:fs';
import type { VFile } from 'vfile';
import { reachesGate, type FailOn } from '../report/diagnostics.js';
import { githubStepSummary } from './github-report.js';
import { UsageError, useColor, type CliIo } from './io.js';
import { REPORT_FORMATS } from './report-formats.js';

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

/**
 * Writes the report: text goes to `textStream` (stderr for build, whose stdout may be piped),
 * machine formats to stdout. With `github`, the full list is appended to $GITHUB_STEP_SUMMARY.
 * Returns true when the messages reach the gate.
 */
export function emitReport(files: readonly VFile[], format: string, failOn: FailOn, io: CliIo, textStream: 'stdout' | 'stderr'): boolean {
  const stream = format === 'text' ? textStream : 'stdout';
  const report = REPORT_FORMATS[format]!(files, { color: useColor(io, stream) });
  for (const piece of typeof report === 'string' ? [report] : report) io[stream].write(piece);
  const summary = io.env.GITHUB_STEP_SUMMARY;
  if (format === 'github' && summary) appendFileSync(summary, githubStepSummary(files));
  return reachesGate(files, failOn);
}

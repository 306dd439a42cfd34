// The text report in the unified style: one line per message —
// `file:line:col  severity  message  rule-id` — grouped by file, then a summary line. Made file
// by file, so a large build (10,000 documents: 380,000 lines) is never one string in memory.
import type { VFile } from 'vfile';
import { severityOf } from '../report/diagnostics.js';
import { terminalLine, terminalLines } from './terminal-text.js';

const COLORS = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m', dim: '\u001b[2m', reset: '\u001b[0m' };

/** The report in pieces, one per file with messages, then the summary line; none when there are no messages. */
export function* textReportPieces(files: readonly VFile[], options: { color: boolean }): Generator<string> {
  const paint = (code: keyof typeof COLORS, text: string): string => (options.color ? `${COLORS[code]}${text}${COLORS.reset}` : text);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const file of files) {
    const messages = [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    if (messages.length === 0) continue;
    const path = terminalLine(file.path);
    const lines = [paint('dim', path)];
    for (const message of messages) {
      const severity = severityOf(message);
      counts[severity] += 1;
      const place = message.line ? `${path}:${message.line}:${message.column ?? 1}` : path;
      lines.push(`  ${place}  ${paint(severity, severity.padEnd(7))}  ${terminalLine(message.reason)}  ${paint('dim', terminalLine(message.ruleId ?? ''))}`);
      // What to do about it, for errors and warnings (info needs no action).
      if (message.note && severity !== 'info') lines.push(paint('dim', `      ${terminalLines(message.note).replace(/\n/g, '\n      ')}`));
    }
    yield `${lines.join('\n')}\n\n`;
  }
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return;
  const parts = (['error', 'warning', 'info'] as const).filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}${counts[s] === 1 ? '' : s === 'info' ? '' : 's'}`);
  yield `${total} message${total === 1 ? '' : 's'} (${parts.join(', ')})\n`;
}

/** The whole report as one string. */
export function textReport(files: readonly VFile[], options: { color: boolean }): string {
  return [...textReportPieces(files, options)].join('');
}

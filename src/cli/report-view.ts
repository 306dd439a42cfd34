// What a report shows of the messages: the levels asked for, and each rule's rationale once.
// Editors cannot act on info findings (a caption or advert set aside), and a rationale repeated
// on every finding of a rule buries the findings; the complete record stays in report.json and
// `--format json`.
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { severityOf, type DiagnosticSeverity } from '../report/diagnostics.js';

/** How much a report shows: `quiet` errors only, `normal` errors and warnings, `verbose` all. */
export type Verbosity = 'quiet' | 'normal' | 'verbose';

const SHOWN: Readonly<Record<Verbosity, readonly DiagnosticSeverity[]>> = {
  quiet: ['error'],
  normal: ['error', 'warning'],
  verbose: ['error', 'warning', 'info'],
};

export interface ReportView {
  files: VFile[];
  /** Messages left out, by severity. */
  hidden: Record<DiagnosticSeverity, number>;
}

/** The files with only the messages shown at `verbosity` (the messages themselves are shared). */
export function messagesShown(files: readonly VFile[], verbosity: Verbosity): ReportView {
  const shown = SHOWN[verbosity];
  const hidden = { error: 0, warning: 0, info: 0 };
  const out = files.map((file) => {
    const copy = new VFile({ path: file.path });
    copy.messages = file.messages.filter((message) => {
      const severity = severityOf(message);
      if (shown.includes(severity)) return true;
      hidden[severity] += 1;
      return false;
    });
    return copy;
  });
  return { files: out, hidden };
}

/**
 * The files with each rule's rationale (the message's note) kept only where it is first read:
 * in file order, then line and column order, as the text report prints them. A rule whose notes
 * differ from finding to finding keeps each different note once.
 */
export function rationaleOnce(files: readonly VFile[]): VFile[] {
  const seen = new Set<string>();
  return files.map((file) => {
    const copy = new VFile({ path: file.path });
    copy.messages = [...file.messages]
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
      .map((message) => {
        if (!message.note) return message;
        const key = `${message.ruleId ?? ''}\0${message.note}`;
        if (!seen.has(key)) {
          seen.add(key);
          return message;
        }
        const without = Object.assign(Object.create(Object.getPrototypeOf(message) as object) as VFileMessage, message);
        delete without.note;
        return without;
      });
    return copy;
  });
}

/** "12 warnings and 25 info messages not shown (--verbose shows them)", or '' when none are hidden. */
export function hiddenLine(hidden: ReportView['hidden']): string {
  const parts = (['error', 'warning', 'info'] as const)
    .filter((severity) => hidden[severity] > 0)
    .map((severity) => (severity === 'info' ? `${hidden.info} info` : `${hidden[severity]} ${severity}${hidden[severity] === 1 ? '' : 's'}`));
  if (parts.length === 0) return '';
  const total = hidden.error + hidden.warning + hidden.info;
  return `${parts.join(' and ')} message${total === 1 ? '' : 's'} not shown (--verbose shows ${total === 1 ? 'it' : 'them'})\n`;
}

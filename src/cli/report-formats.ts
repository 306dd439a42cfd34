// Report formats for diagnostics: a registry, so a new format is one entry.
import { VFile } from 'vfile';
import { githubReport } from './github-report.js';
import { sarifReport } from './sarif-report.js';
import { textReportPieces } from './text-report.js';
import { severityOf } from '../report/diagnostics.js';

export interface FormatOptions {
  color: boolean;
}

/** The report as text, whole or in pieces written one after another. */
export type ReportFormat = (files: readonly VFile[], options: FormatOptions) => string | Iterable<string>;

function jsonReport(files: readonly VFile[]): string {
  const out = files.map((file) => ({
    path: file.path,
    messages: file.messages.map((m) => ({
      severity: severityOf(m),
      line: m.line ?? null,
      column: m.column ?? null,
      message: m.reason,
      ruleId: m.ruleId ?? null,
      source: m.source ?? null,
      ...(m.note ? { note: m.note } : {}),
    })),
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** The same files with their messages in line and column order, so every format reads top-down. */
function sorted(files: readonly VFile[]): VFile[] {
  return files.map((file) => {
    const copy = new VFile({ path: file.path });
    copy.messages = [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return copy;
  });
}

export const REPORT_FORMATS: Readonly<Record<string, ReportFormat>> = {
  text: (files, options) => textReportPieces(files, options),
  json: (files) => jsonReport(sorted(files)),
  sarif: (files) => sarifReport(sorted(files)),
  github: (files) => githubReport(sorted(files)),
};

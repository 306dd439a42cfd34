// Report formats for diagnostics: a registry, so a new format is one entry.
import type { VFile } from 'vfile';
import { githubReport } from './github-report.js';
import { sarifReport } from './sarif-report.js';
import { textReport } from './text-report.js';
import { severityOf } from '../report/diagnostics.js';

export interface FormatOptions {
  color: boolean;
}

export type ReportFormat = (files: readonly VFile[], options: FormatOptions) => string;

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

export const REPORT_FORMATS: Readonly<Record<string, ReportFormat>> = {
  text: (files, options) => textReport(files, options),
  json: (files) => jsonReport(files),
  sarif: (files) => sarifReport(files),
  github: (files) => githubReport(files),
};

// GitHub workflow commands: one annotation per message. GitHub shows at most 10 annotations of
// each kind per step, so the full list also goes to the step summary (markdown).
import type { VFile } from 'vfile';
import { severityOf } from '../report/diagnostics.js';

const KIND = { error: 'error', warning: 'warning', info: 'notice' } as const;

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function githubReport(files: readonly VFile[]): string {
  const lines: string[] = [];
  for (const file of files) {
    for (const m of file.messages) {
      const props = [`file=${escapeProperty(file.path)}`, `line=${m.line ?? 1}`, `col=${m.column ?? 1}`, `title=${escapeProperty(m.ruleId ?? 'guidance')}`];
      lines.push(`::${KIND[severityOf(m)]} ${props.join(',')}::${escapeData(m.note ? `${m.reason}\n${m.note}` : m.reason)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/**
 * Content as inert text in a markdown table cell of the step summary: HTML characters as
 * entities (no tag, image or script), markdown punctuation backslash-escaped (no link, emphasis
 * or code span), line breaks and other controls as spaces (one row stays one row).
 */
function cell(text: string): string {
  return text
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    .replace(/[\\`*_{}[\]()#+\-.!|~:]/g, '\\$&');
}

/** The full list as a markdown table for $GITHUB_STEP_SUMMARY. */
export function githubStepSummary(files: readonly VFile[]): string {
  const rows: string[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const file of files) {
    for (const m of file.messages) {
      const severity = severityOf(m);
      counts[severity] += 1;
      rows.push(`| ${severity} | ${cell(`${file.path}:${m.line ?? 1}:${m.column ?? 1}`)} | ${cell(m.reason)} | ${cell(m.ruleId ?? '')} |`);
    }
  }
  return [
    '## guidance',
    '',
    `${counts.error} errors, ${counts.warning} warnings, ${counts.info} info`,
    '',
    ...(rows.length > 0 ? ['| severity | place | message | rule |', '| --- | --- | --- | --- |', ...rows] : ['No problems found.']),
    '',
  ].join('\n');
}

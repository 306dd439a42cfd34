// Content reaches the reports and outputs: a file name or quoted text must not act on a
// terminal (ESC, BEL), forge a CI workflow command (a newline then `::error`), inject markup into
// the GitHub step summary, or run as a formula in a spreadsheet opening tips.csv.
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { githubReport, githubStepSummary } from '../../src/cli/github-report.js';
import { textReport } from '../../src/cli/text-report.js';
import { report } from '../../src/report/diagnostics.js';
import { csvField } from '../../src/sms/tip-serialize.js';
import { csvField as csvCell } from '../../src/sms/csv-cell.js';

const HOSTILE_PATH = 'content/a\n::error file=x.md,line=1::forged\u001b[2J\u0007.md';
const HOSTILE_REASON = 'Unexpected “\u001b]0;owned\u0007\u001b[31mred” <img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold** | cell\nline';

function hostileFile(): VFile {
  const file = new VFile({ path: HOSTILE_PATH });
  report(file, HOSTILE_REASON, { ruleId: 'rule\u001b[0m', severity: 'error', place: { line: 2, column: 3 }, note: 'Fix it.\n::warning::forged note\u0007' });
  return file;
}

describe('text report', () => {
  it('shows control characters as escapes: no raw ESC or BEL, no line beginning with `::`', () => {
    const text = textReport([hostileFile()], { color: false });
    expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    for (const line of text.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false);
    expect(text).toContain('content/a\\n::error file=x.md');
    expect(text).toContain('\\u001B[2J\\u0007');
  });

  it('with colour on, the only escapes are its own colour codes', () => {
    const text = textReport([hostileFile()], { color: true });
    const withoutColour = text.replace(/\u001b\[(?:31|33|36|2|0)m/g, '');
    expect(withoutColour).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
  });
});

describe('GitHub formats', () => {
  it('annotations: one line per message, content newlines and controls percent-encoded', () => {
    const lines = githubReport([hostileFile()]).trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error file=content\/a%0A%3A%3Aerror /);
    expect(lines[0]).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
  });

  it('step summary: content is inert text (no tag, link, emphasis, extra row or column)', () => {
    const summary = githubStepSummary([hostileFile()]);
    expect(summary).not.toMatch(/<img|<script/i);
    expect(summary).not.toMatch(/\]\(javascript/);
    expect(summary).not.toMatch(/(?<!\\)\*\*bold/);
    expect(summary).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(summary).not.toMatch(/[\u0000-\u001F\u007F-\u009F](?<!\n)/);
    const rows = summary.split('\n').filter((line) => line.startsWith('| error'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.split(/(?<!\\)\|/).length - 2).toBe(4);
  });
});

describe('tips.csv cells', () => {
  it('a text cell beginning with =, +, -, @, tab or CR is shown as text; numbers are left alone', () => {
    for (const text of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const cell = csvField(text);
      expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvField(-1)).toBe('-1');
    expect(csvField('Cat-cow: breathe in, then out.')).toBe('"Cat-cow: breathe in, then out."');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });
});

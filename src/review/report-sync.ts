// After sign-off with --require-review some records became withheld: the report's counts, its
// list of withheld records and each flag's record status are brought up to date. Pure but for
// the report it is given.
import type { Report } from '../checks/report-data.js';
import type { GuidanceRecord } from '../model/types.js';

export function syncWithheld(report: Report, records: readonly GuidanceRecord[]): void {
  const exercises = records.filter((r) => r.kind === 'exercise');
  const advice = records.filter((r) => r.kind === 'advice');
  const count = (list: readonly GuidanceRecord[]): { published: number; withheld: number } => ({
    published: list.filter((r) => r.status === 'published').length,
    withheld: list.filter((r) => r.status === 'withheld').length,
  });
  report.summary.exercises = count(exercises);
  report.summary.advice = count(advice);
  report.withheld = [...exercises, ...advice].filter((r) => r.status === 'withheld').map((r) => ({
    record: r.id, kind: r.kind, name: r.kind === 'exercise' ? r.name : r.heading ?? r.topic,
    file: r.source.file, line: r.source.lines.start, reasons: r.withheldReasons ?? [],
  }));
  const status = new Map(records.map((r) => [r.id, r.status]));
  for (const flag of report.flags) {
    const now = status.get(flag.record);
    if (now) flag.recordStatus = now;
  }
}

/**
 * The three files of the SMS output: tips.txt (one tip a line), tips.csv (for
 * an SMS platform's import) and tips.json (the tips with the report of
 * untipped exercises, UCS-2 rejections and content gaps).
 *
 * @module
 */
import { jsonText } from '../write/writer.js';
import { GSM7_MULTI, GSM7_SINGLE } from './sms-segments.js';
import { countByStage } from './tips.js';
import type { Tip, TipSet } from './tip-types.js';

/**
 * The line a tip is sent as: its text, or with multi-part tips its numbered
 * parts joined by a space.
 */
export function tipLine(tip: Tip): string {
  return tip.parts.join(' ');
}

/** tips.txt: one tip a line, in order, `\n` line ends. */
export function tipsTxt(set: TipSet): string {
  return set.tips.map((tip) => `${tipLine(tip)}\n`).join('');
}

/** The CSV columns, in order. */
export const CSV_COLUMNS = [
  'id', 'kind', 'stages', 'text', 'record', 'file', 'lines', 'fields', 'encoding', 'septets', 'segments',
] as const;

/** One CSV field per RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV row of one tip; stages and fields are joined by `;`, lines are `start-end`. */
function csvRow(tip: Tip): string[] {
  const row: Record<(typeof CSV_COLUMNS)[number], string | number> = {
    id: tip.id,
    kind: tip.kind,
    stages: tip.stages.join(';'),
    text: tipLine(tip),
    record: tip.record,
    file: tip.source.file,
    lines: `${tip.source.lines.start}-${tip.source.lines.end}`,
    fields: tip.source.fields.join(';'),
    encoding: tip.encoding,
    septets: tip.septets,
    segments: tip.segments,
  };
  return CSV_COLUMNS.map((column) => csvField(row[column]));
}

/** tips.csv: a header and one row a tip, `\n` line ends, UTF-8 (every tip is GSM-7). */
export function tipsCsv(set: TipSet): string {
  return [CSV_COLUMNS.join(','), ...set.tips.map((tip) => csvRow(tip).join(','))].map((line) => `${line}\n`).join('');
}

/** tips.json: the budget, counts by stage, tips, untipped, rejected and gaps. */
export function tipsJson(set: TipSet): string {
  return jsonText({
    budget: { encoding: 'GSM-7', maxParts: set.segments, singleSeptets: GSM7_SINGLE, partSeptets: GSM7_MULTI },
    counts: countByStage(set.tips),
    tips: set.tips,
    untipped: set.untipped,
    rejected: set.rejected,
    gaps: set.gaps,
  });
}

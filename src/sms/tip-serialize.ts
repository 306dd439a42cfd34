/**
 * The three files of the SMS output. Every file is UTF-8 with `\n` line ends,
 * and lists the tips in the same order (by first stage, then record, then n).
 *
 * - **tips.txt**: one line per SMS to send, `<tip id><TAB><text>`. A
 *   one-segment tip is one line; a multi-part tip is one line per part, each
 *   with the tip's id and its own `(i/n) ` marker:
 *
 *   ```
 *   tip-doc--cat-cow-1	Cat-cow: Kneel on all fours. … Stop if it hurts.
 *   tip-doc--bridge-1	(1/2) Bridge: Lie on your side. …
 *   tip-doc--bridge-1	(2/2) Breathe out and lower. … Stop if it hurts.
 *   ```
 *
 * - **tips.csv** (RFC 4180, for an SMS platform's import): a header, then one
 *   row per SMS part, columns {@link CSV_COLUMNS}: `id` (the tip's), `part`
 *   (1-based), `parts` (the tip's number of parts), `stages` (joined by `;`),
 *   `text` (this part as sent, with its marker), `record`, `lines` (the
 *   record's source lines, `start-end`), `encoding` (GSM-7, or UCS-2 for a record in another language), `septets`
 *   (of this part's text; UTF-16 units in UCS-2) and `segments` (what this part costs sent on its
 *   own: 1). A cell that begins with `=`, `+`, `-` or `@` gets a leading `'`
 *   (see `csv-cell.ts`).
 * - **tips.json**: the budget, counts by stage, the tips whole (`text`, and
 *   `parts` as sent, with their source fields), then `untipped`, `rejected`
 *   (UCS-2 characters left out: record, field, char, code point) and `gaps`.
 *
 * @module
 */
import { jsonText } from '../write/writer.js';
import { csvField } from './csv-cell.js';
import { GSM7_MULTI, GSM7_SINGLE, UCS2_MULTI, UCS2_SINGLE, measure } from './sms-segments.js';
import { countByStage } from './tips.js';
import type { Tip, TipSet } from './tip-types.js';

/** One SMS to send: a part of a tip (a one-segment tip is its only part). */
export interface TipPart {
  tip: Tip;
  /** 1-based. */
  part: number;
  text: string;
}

/** Every SMS part of the set, in order: the tips in order, each tip's parts in order. */
export function tipParts(set: TipSet): TipPart[] {
  return [...eachPart(set)];
}

/** The parts of {@link tipParts}, made as they are taken. */
function* eachPart(set: TipSet): Generator<TipPart, void, undefined> {
  for (const tip of set.tips) for (const [i, text] of tip.parts.entries()) yield { tip, part: i + 1, text };
}

/** tips.txt: one line per SMS part, `<tip id>\t<text>`, `\n` line ends. */
export function tipsTxt(set: TipSet): string {
  return [...tipsTxtLines(set)].join('');
}

/** The lines of tips.txt, each with its `\n`, made as they are taken. */
export function* tipsTxtLines(set: TipSet): Generator<string, void, undefined> {
  for (const { tip, text } of eachPart(set)) yield `${tip.id}\t${text}\n`;
}

/** The CSV columns, in order: one row per SMS part. */
export const CSV_COLUMNS = [
  'id', 'part', 'parts', 'stages', 'text', 'record', 'lines', 'encoding', 'septets', 'segments',
] as const;

export { csvField } from './csv-cell.js';

/** The CSV row of one part. */
function csvRow({ tip, part, text }: TipPart): string[] {
  const row: Record<(typeof CSV_COLUMNS)[number], string | number> = {
    id: tip.id,
    part,
    parts: tip.parts.length,
    stages: tip.stages.join(';'),
    text,
    record: tip.record,
    lines: `${tip.source.lines.start}-${tip.source.lines.end}`,
    encoding: tip.encoding,
    // Septets in GSM-7, UTF-16 units in UCS-2.
    septets: measure(text).units,
    segments: measure(text).segments,
  };
  return CSV_COLUMNS.map((column) => csvField(row[column]));
}

/** tips.csv: a header and one row per SMS part, `\n` line ends, UTF-8 (every tip is GSM-7). */
export function tipsCsv(set: TipSet): string {
  return [...tipsCsvLines(set)].join('');
}

/** The lines of tips.csv, each with its `\n`, made as they are taken. */
export function* tipsCsvLines(set: TipSet): Generator<string, void, undefined> {
  yield `${CSV_COLUMNS.join(',')}\n`;
  for (const part of eachPart(set)) yield `${csvRow(part).join(',')}\n`;
}

/** tips.json: the budget, counts by stage, tips, untipped, rejected and gaps. */
export function tipsJson(set: TipSet): string {
  return jsonText(tipsJsonValue(set));
}

/** The value tips.json holds (the writer encodes it piece by piece, to the bytes of {@link tipsJson}). */
export function tipsJsonValue(set: TipSet): Record<string, unknown> {
  return {
    review: set.review,
    budget: {
      encoding: 'GSM-7', maxParts: set.segments, singleSeptets: GSM7_SINGLE, partSeptets: GSM7_MULTI,
      // A record in another language than English that GSM-7 cannot carry is sent in UCS-2.
      ucs2: { singleUnits: UCS2_SINGLE, partUnits: UCS2_MULTI },
    },
    counts: countByStage(set.tips),
    tips: set.tips,
    untipped: set.untipped,
    rejected: set.rejected,
    gaps: set.gaps,
  };
}

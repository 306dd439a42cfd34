/**
 * The schedule's files. **schedule.csv** (RFC 4180, cells neutralised, see
 * `csv-cell.ts`): a header, then one row per SMS part, columns
 * {@link SCHEDULE_COLUMNS}. **schedule.json**: the settings, the stage of each
 * week range, the messages (whole, with their parts) and the problems.
 *
 * @module
 */
import { csvField } from './csv-cell.js';
import type { Schedule, ScheduledMessage } from './schedule.js';

export const SCHEDULE_COLUMNS = [
  'timeline', 'week', 'stage', 'slot', 'reason', 'tip', 'kind', 'part', 'parts', 'language', 'encoding', 'text',
] as const;

/** The CSV rows of one message: one per part. */
function rows(message: ScheduledMessage): string[] {
  return message.parts.map((text, i) => {
    const row: Record<(typeof SCHEDULE_COLUMNS)[number], string | number> = {
      timeline: message.timeline, week: message.week, stage: message.stage, slot: message.slot, reason: message.reason,
      tip: message.tip, kind: message.kind, part: i + 1, parts: message.parts.length, language: message.language,
      encoding: message.encoding, text,
    };
    return `${SCHEDULE_COLUMNS.map((column) => csvField(row[column])).join(',')}\n`;
  });
}

/** schedule.csv, `\n` line ends. */
export function scheduleCsv(schedule: Schedule): string {
  return [`${SCHEDULE_COLUMNS.join(',')}\n`, ...schedule.messages.flatMap(rows)].join('');
}

/** How weeks map to stages, as schedule.json states it. */
export const STAGE_WEEKS = Object.freeze([
  { timeline: 'pregnancy', from: 1, to: 13, stage: 'trimester-1' },
  { timeline: 'pregnancy', from: 14, to: 27, stage: 'trimester-2' },
  { timeline: 'pregnancy', from: 28, to: 42, stage: 'trimester-3' },
  { timeline: 'postpartum', from: 1, to: 52, stage: 'postpartum' },
]);

/** The value schedule.json holds. */
export function scheduleJsonValue(schedule: Schedule): Record<string, unknown> {
  return { settings: schedule.settings, stageWeeks: STAGE_WEEKS, messages: schedule.messages, problems: schedule.problems };
}

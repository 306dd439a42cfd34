/**
 * The schedule writer: dist/sms/schedule.csv and schedule.json (output group
 * `sms`), when dataset.yaml asks for one (`sms.schedule`). A schedule with a problem (a stage without a warning-signs message,
 * a week without any message) is not written: the build fails with the
 * problems, at content/dataset.yaml, so no programme imports it.
 *
 * @module
 */
import type { Dataset } from '../model/types.js';
import { jsonText, WriterContentError, type Writer, type WriterContext } from '../write/writer.js';
import { buildSchedule, scheduleSettings, type Schedule } from './schedule.js';
import { scheduleCsv, scheduleJsonValue } from './schedule-serialize.js';
import { smsSegmentsOf } from './sms-writer.js';
import { generateTips } from './tips.js';

/** Thrown when the schedule is not fit to send; the pipeline reports it as an error at dataset.yaml. */
export class ScheduleError extends WriterContentError {
  constructor(message: string) {
    super(message, 'content', {
      ruleId: 'sms-schedule',
      note: 'Publish exercises or advice for the stages of the weeks listed, and warning-signs advice for every stage (content/house/), or narrow sms.schedule (pregnancyWeeks, postpartumWeeks) in dataset.yaml.',
    });
    this.name = 'ScheduleError';
  }
}

/**
 * The schedule dataset.yaml asks for, fit to send; undefined when it asks for
 * none. Throws a {@link ScheduleError} with every problem otherwise.
 */
export function fitSchedule(dataset: Dataset, context: WriterContext): Schedule | undefined {
  const settings = scheduleSettings(context.config);
  if (!settings) return undefined;
  const segments = smsSegmentsOf(context);
  const set = generateTips(dataset, segments === undefined ? {} : { segments });
  const schedule = buildSchedule(set, dataset, settings);
  if (schedule.problems.length > 0) {
    throw new ScheduleError(`the SMS schedule is not fit to send: ${schedule.problems.map((p) => p.message).join('; ')}`);
  }
  return schedule;
}

export const smsScheduleWriter: Writer = {
  output: 'sms',
  name: 'sms-schedule',
  write(dataset, context) {
    const schedule = fitSchedule(dataset, context);
    if (!schedule) return [];
    return [
      { path: 'sms/schedule.csv', data: scheduleCsv(schedule) },
      { path: 'sms/schedule.json', data: jsonText(scheduleJsonValue(schedule)) },
    ];
  },
};

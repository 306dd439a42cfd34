/**
 * The schedule writer: dist/sms/schedule.csv and schedule.json (output group
 * `sms`), when dataset.yaml asks for one (`sms.schedule`). A schedule with a problem (a stage without a warning-signs message,
 * a week without any message) is not written: the build fails with the
 * problems, at content/dataset.yaml, so no programme imports it.
 *
 * @module
 */
import { jsonText, WriterContentError, type Writer } from '../write/writer.js';
import { buildSchedule, scheduleSettings } from './schedule.js';
import { scheduleCsv, scheduleJsonValue } from './schedule-serialize.js';
import { smsSegmentsOf } from './sms-writer.js';
import { generateTips } from './tips.js';

/** Thrown when the schedule is not fit to send; the pipeline reports it as an error at dataset.yaml. */
export class ScheduleError extends WriterContentError {
  constructor(message: string) {
    super(message, 'content');
    this.name = 'ScheduleError';
  }
}

export const smsScheduleWriter: Writer = {
  output: 'sms',
  name: 'sms-schedule',
  write(dataset, context) {
    const settings = scheduleSettings(context.config);
    if (!settings) return [];
    const segments = smsSegmentsOf(context);
    const set = generateTips(dataset, segments === undefined ? {} : { segments });
    const schedule = buildSchedule(set, dataset, settings);
    if (schedule.problems.length > 0) {
      throw new ScheduleError(`the SMS schedule is not fit to send: ${schedule.problems.map((p) => p.message).join('; ')}`);
    }
    return [
      { path: 'sms/schedule.csv', data: scheduleCsv(schedule) },
      { path: 'sms/schedule.json', data: jsonText(scheduleJsonValue(schedule)) },
    ];
  },
};

/**
 * The RapidPro/TextIt writer: dist/sms/rapidpro.json, the schedule as a
 * definitions export a programme imports (see `rapidpro.ts`). Written with
 * the schedule, and refused with it (see `schedule-writer.ts`).
 *
 * @module
 */
import { jsonText, type Writer } from '../write/writer.js';
import { rapidProExport } from './rapidpro.js';
import { fitSchedule } from './schedule-writer.js';

export const rapidProWriter: Writer = {
  output: 'sms',
  name: 'sms-rapidpro',
  write(dataset, context) {
    const schedule = fitSchedule(dataset, context);
    return schedule ? [{ path: 'sms/rapidpro.json', data: jsonText(rapidProExport(schedule)) }] : [];
  },
};

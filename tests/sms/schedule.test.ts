// The weekly schedule: every week has a message valid for it, warning signs open each stage, no tip
// comes back within the gap, week limits hold, and a stage without warning signs fails loudly.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, DatasetConfig } from '../../src/model/types.js';
import { allowedInWeek, SCHEDULE_LIMITS } from '../../src/sms/schedule-limits.js';
import { buildSchedule, DEFAULT_SCHEDULE, scheduleSettings, stageOfWeek, type Schedule, type ScheduleSettings } from '../../src/sms/schedule.js';
import { scheduleCsv } from '../../src/sms/schedule-serialize.js';
import { ScheduleError, smsScheduleWriter } from '../../src/sms/schedule-writer.js';
import { generateTips } from '../../src/sms/tips.js';
import type { WriterContext } from '../../src/write/writer.js';
import { compileRealContent } from '../helpers/real-content.js';
import { advice, dataset, exercise } from './tip-records.js';

/** After-birth warning signs in our own words, standing in for the house safety document. */
const afterBirthSigns = advice({
  id: 'test-doc--after-birth-warning-signs',
  stages: ['postpartum'],
  items: ['you bleed heavily or pass large clots;', 'your scar or stitches become red, hot or leak;', 'one calf is swollen and sore;', 'you have chest pain or struggle to breathe.'],
});

const FULL: ScheduleSettings = { ...DEFAULT_SCHEDULE, pregnancyWeeks: { from: 4, to: 40 }, postpartumWeeks: { from: 1, to: 12 } };

const context = (config: Partial<DatasetConfig>): WriterContext =>
  ({ config: { name: 'x', title: 'x', version: '1.0.0', date: '2026-01-01', ...config }, options: {}, schemas: new Map(), report: {}, written: [] }) as unknown as WriterContext;

describe('the schedule of the real content (with after-birth warning signs added)', () => {
  let data: Dataset;
  let schedule: Schedule;
  beforeAll(async () => {
    const real = (await compileRealContent()).dataset!;
    data = { ...real, advice: [...real.advice, afterBirthSigns] };
    schedule = buildSchedule(generateTips(data, { segments: 3 }), data, FULL);
  });

  it('covers every week of pregnancy 4-40 and after birth 1-12 with 1 to messagesPerWeek messages, and has no problem', () => {
    expect(schedule.problems).toEqual([]);
    const weeks = [...Array.from({ length: 37 }, (_, i) => `pregnancy ${i + 4}`), ...Array.from({ length: 12 }, (_, i) => `postpartum ${i + 1}`)];
    for (const week of weeks) {
      const count = schedule.messages.filter((m) => `${m.timeline} ${m.week}` === week).length;
      expect(count, week).toBeGreaterThanOrEqual(1);
      expect(count, week).toBeLessThanOrEqual(FULL.messagesPerWeek);
    }
  });

  it('sends only tips for the stage of the week, within every week limit', () => {
    const tips = new Map(generateTips(data, { segments: 3 }).tips.map((t) => [t.id, t]));
    const records = new Map([...data.exercises, ...data.advice].map((r) => [r.id, r]));
    for (const m of schedule.messages) {
      const tip = tips.get(m.tip)!;
      expect(m.stage).toBe(stageOfWeek(m));
      expect(tip.stages, m.tip).toContain(m.stage);
      expect(allowedInWeek(tip, records.get(tip.record), m), `${m.tip} in ${m.timeline} week ${m.week}`).toBe(true);
      const record = records.get(tip.record);
      if (record?.kind === 'exercise' && record.avoidAfterWeek !== undefined && m.timeline === 'pregnancy') expect(m.week).toBeLessThanOrEqual(record.avoidAfterWeek);
    }
  });

  it('opens each stage with its warning signs', () => {
    for (const [timeline, week] of [['pregnancy', 4], ['pregnancy', 14], ['pregnancy', 28], ['postpartum', 1]] as const) {
      const first = schedule.messages.filter((m) => m.timeline === timeline && m.week === week);
      expect(first[0]?.kind, `${timeline} ${week}`).toBe('warning-signs');
      expect(first[0]?.reason).toBe('stage-start');
    }
  });

  it('never sends a tip again within the repeat gap, nor two tips of one record in a week', () => {
    const order = (m: { timeline: string; week: number }) => (m.timeline === 'pregnancy' ? m.week - FULL.pregnancyWeeks.from : 100 + m.week);
    const last = new Map<string, number>();
    for (const m of schedule.messages.filter((x) => x.reason === 'weekly')) {
      const at = last.get(m.tip);
      if (at !== undefined) expect(order(m) - at, `${m.tip} at ${m.timeline} ${m.week}`).toBeGreaterThanOrEqual(FULL.repeatGapWeeks);
      last.set(m.tip, order(m));
    }
    // A stage opens with every warning-sign tip, which may be several tips of one long list;
    // the weekly tips never send two of one record in a week.
    const weeks = new Map<string, string[]>();
    for (const m of schedule.messages.filter((x) => x.reason === 'weekly')) weeks.set(`${m.timeline} ${m.week}`, [...(weeks.get(`${m.timeline} ${m.week}`) ?? []), m.record]);
    for (const [week, records] of weeks) expect(new Set(records).size, week).toBe(records.length);
  });

  it('is the same bytes from the same content', () => {
    const again = buildSchedule(generateTips(data, { segments: 3 }), data, FULL);
    expect(scheduleCsv(again)).toBe(scheduleCsv(schedule));
  });
});

describe('week limits and problems', () => {
  it('keeps the limits in a table', () => {
    expect(SCHEDULE_LIMITS.map((l) => l.id)).toEqual(['avoid-after-week', 'supine-after-20', 'postpartum-belly-load', 'postpartum-early-load']);
  });

  it('holds a back-lying exercise to week 20, a belly exercise after birth to week 6, and a late exercise to its week', () => {
    const signs = advice({ stages: ['trimester-1', 'trimester-2', 'trimester-3'] });
    const onBack = exercise({ id: 'd--bridge', stages: ['trimester-1', 'trimester-2'], position: 'supine', startingPosition: 'Lie on your back, knees bent.', steps: ['Press your feet down and lift your hips.', 'Lower them slowly.'] });
    const late = exercise({ id: 'd--late', stages: ['trimester-3'], avoidAfterWeek: 34, cautions: ['Not after week 34.'] });
    const belly = exercise({ id: 'd--belly', stages: ['postpartum'], bodyAreas: ['abdomen'] });
    const data = dataset([onBack, late, belly], [signs, afterBirthSigns]);
    const schedule = buildSchedule(generateTips(data, { segments: 3 }), data, { ...FULL, repeatGapWeeks: 0 });
    const weeksOf = (record: string, timeline: string) => schedule.messages.filter((m) => m.record === record && m.timeline === timeline).map((m) => m.week);
    expect(weeksOf('d--bridge', 'pregnancy').length).toBeGreaterThan(0);
    expect(Math.max(...weeksOf('d--bridge', 'pregnancy'))).toBeLessThanOrEqual(20);
    expect(Math.max(...weeksOf('d--late', 'pregnancy'))).toBe(34);
    expect(Math.min(...weeksOf('d--belly', 'postpartum'))).toBe(6);
  });

  it('reports a stage with no warning signs and a week with no message, and the writer fails loudly', () => {
    const data = dataset([exercise({ stages: ['postpartum'] })]);
    const schedule = buildSchedule(generateTips(data), data, FULL);
    expect(schedule.problems.some((p) => p.stage === 'postpartum' && /no warning-signs message for postpartum/.test(p.message))).toBe(true);
    expect(schedule.problems.some((p) => p.timeline === 'pregnancy' && /has no message: no tip is valid/.test(p.message))).toBe(true);
    expect(() => smsScheduleWriter.write(data, context({ sms: { schedule: {} } }))).toThrow(ScheduleError);
  });

  it('is written only when dataset.yaml asks for it, with the ranges it sets', () => {
    const data = dataset([exercise({ stages: ['postpartum'] })], [afterBirthSigns]);
    expect(smsScheduleWriter.write(data, context({}))).toEqual([]);
    expect(scheduleSettings(undefined)).toBeUndefined();
    const files = smsScheduleWriter.write(data, context({ sms: { schedule: { pregnancyWeeks: { from: 4, to: 3 }, postpartumWeeks: { from: 2, to: 5 }, messagesPerWeek: 1, repeatGapWeeks: 1 } } }));
    const json = JSON.parse(String((files as Array<{ path: string; data: string }>).find((f) => f.path === 'sms/schedule.json')?.data));
    expect(json.messages.map((m: { week: number }) => m.week)).toEqual([2, 3, 4, 5]);
  });
});

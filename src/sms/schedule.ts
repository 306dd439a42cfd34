/**
 * The weekly schedule a messaging programme sends: for each week of pregnancy
 * and after birth, the tips to send that week, keyed to the stage of that
 * week. Deterministic: the same tips and settings give the same schedule.
 *
 * Stage of a week: pregnancy weeks up to 13 are trimester-1, 14-27
 * trimester-2, 28 on trimester-3; every week after birth is postpartum.
 *
 * Each week gets up to `messagesPerWeek` tips valid for it: its stage is one
 * of the tip's stages and every week limit allows it (see
 * `schedule-limits.ts`). The first week of each stage opens with the stage's
 * warning-signs tips. A tip is sent again only `repeatGapWeeks` weeks or more
 * after its last sending; a stage with few tips gets fewer a week (at least
 * one) so that it never runs dry. Among the tips allowed, the least sent, then
 * the longest unsent, then the first in tip order goes first; never two tips
 * of one record in a week. A stage with no warning-signs tip, or a week left
 * with no message, is a problem: the schedule is then not fit to send.
 *
 * @module
 */
import type { Dataset, DatasetConfig, GuidanceRecord, Stage } from '../model/types.js';
import { allowedInWeek, type ProgrammeWeek } from './schedule-limits.js';
import type { Tip, TipSet } from './tip-types.js';

/** The schedule settings, from `sms.schedule` of dataset.yaml with defaults. */
export interface ScheduleSettings {
  pregnancyWeeks: { from: number; to: number };
  /** Null: no weeks after birth (a pregnancy-only programme). */
  postpartumWeeks: { from: number; to: number } | null;
  messagesPerWeek: number;
  repeatGapWeeks: number;
  deliveryHour: number;
}

export const DEFAULT_SCHEDULE: ScheduleSettings = Object.freeze({
  pregnancyWeeks: { from: 4, to: 40 },
  postpartumWeeks: { from: 1, to: 12 },
  messagesPerWeek: 2,
  repeatGapWeeks: 4,
  deliveryHour: 10,
});

/** The settings of a dataset config (defaults for what it leaves out); undefined when it asks for no schedule. */
export function scheduleSettings(config: DatasetConfig | undefined): ScheduleSettings | undefined {
  const given = config?.sms?.schedule;
  return given ? { ...DEFAULT_SCHEDULE, ...given } : undefined;
}

/** The stage of a programme week. */
export function stageOfWeek(week: ProgrammeWeek): Stage {
  if (week.timeline === 'postpartum') return 'postpartum';
  return week.week <= 13 ? 'trimester-1' : week.week <= 27 ? 'trimester-2' : 'trimester-3';
}

/** One message of the schedule. */
export interface ScheduledMessage extends ProgrammeWeek {
  stage: Stage;
  /** 1-based place in its week. */
  slot: number;
  /** `stage-start`: a warning-signs tip in the first week of a stage; `weekly`: the rest. */
  reason: 'stage-start' | 'weekly';
  tip: string;
  kind: Tip['kind'];
  record: string;
  text: string;
  parts: string[];
  encoding: Tip['encoding'];
  language: string;
}

/** Why the schedule is not fit to send. */
export interface ScheduleProblem {
  timeline: ProgrammeWeek['timeline'];
  week: number;
  stage: Stage;
  message: string;
}

export interface Schedule {
  settings: ScheduleSettings;
  messages: ScheduledMessage[];
  problems: ScheduleProblem[];
}

/** The weeks of the programme, in order: pregnancy, then after birth. */
export function programmeWeeks(settings: ScheduleSettings): ProgrammeWeek[] {
  const out: ProgrammeWeek[] = [];
  for (let w = settings.pregnancyWeeks.from; w <= settings.pregnancyWeeks.to; w += 1) out.push({ timeline: 'pregnancy', week: w });
  const after = settings.postpartumWeeks;
  if (after) for (let w = after.from; w <= after.to; w += 1) out.push({ timeline: 'postpartum', week: w });
  return out;
}

/** Tips a stage's weeks can send, so that a tip waits `gap` weeks between sendings: at least one. */
function weeklyQuota(tips: number, gap: number, perWeek: number): number {
  return Math.max(1, Math.min(perWeek, gap > 0 ? Math.floor(tips / gap) : perWeek));
}

/**
 * Builds the schedule of a tip set.
 *
 * @param dataset the records the tips came from (their weeks, positions, flags).
 */
export function buildSchedule(set: TipSet, dataset: Dataset, settings: ScheduleSettings): Schedule {
  const records = new Map<string, GuidanceRecord>([...dataset.exercises, ...dataset.advice].map((r) => [r.id, r]));
  const order = new Map(set.tips.map((tip, i) => [tip.id, i]));
  const last = new Map<string, number>();
  const sent = new Map<string, number>();
  const messages: ScheduledMessage[] = [];
  const problems: ScheduleProblem[] = [];
  const weeks = programmeWeeks(settings);
  const gap = settings.repeatGapWeeks;
  const stageTips = new Map<Stage, Tip[]>();
  for (const tip of set.tips) for (const stage of tip.stages) stageTips.set(stage, [...(stageTips.get(stage) ?? []), tip]);
  let previous: Stage | undefined;
  weeks.forEach((week, index) => {
    const stage = stageOfWeek(week);
    const record = (tip: Tip) => records.get(tip.record);
    const valid = (stageTips.get(stage) ?? []).filter((tip) => allowedInWeek(tip, record(tip), week));
    const quota = weeklyQuota(valid.length, gap, settings.messagesPerWeek);
    const chosen: Array<{ tip: Tip; reason: ScheduledMessage['reason'] }> = [];
    const rested = (tip: Tip) => !last.has(tip.id) || index - last.get(tip.id)! >= gap;
    const rank = (a: Tip, b: Tip) => (sent.get(a.id) ?? 0) - (sent.get(b.id) ?? 0)
      || (last.get(a.id) ?? -1) - (last.get(b.id) ?? -1) || order.get(a.id)! - order.get(b.id)!;
    if (stage !== previous) {
      // Rested warnings first: a stage opens with its signs even when all were sent lately, but not by choice.
      const warnings = valid.filter((tip) => tip.kind === 'warning-signs').sort((a, b) => Number(rested(b)) - Number(rested(a)) || rank(a, b));
      if (warnings.length === 0) {
        problems.push({ ...week, stage, message: `no warning-signs message for ${stage}, whose first week here is ${week.timeline} week ${week.week}: add published warning-signs advice for ${stage} (tips never invent warning signs)` });
      }
      for (const tip of warnings.slice(0, Math.max(quota, 1))) chosen.push({ tip, reason: 'stage-start' });
    }
    for (const tip of valid.filter(rested).sort(rank)) {
      if (chosen.length >= quota) break;
      if (chosen.some((c) => c.tip.id === tip.id || c.tip.record === tip.record)) continue;
      chosen.push({ tip, reason: 'weekly' });
    }
    if (chosen.length === 0) {
      problems.push({ ...week, stage, message: `${week.timeline} week ${week.week} (${stage}) has no message: ${valid.length === 0 ? 'no tip is valid for this week' : `every tip valid for it was sent in the last ${gap} weeks`}` });
    }
    chosen.forEach(({ tip, reason }, i) => {
      last.set(tip.id, index);
      sent.set(tip.id, (sent.get(tip.id) ?? 0) + 1);
      messages.push({
        ...week, stage, slot: i + 1, reason, tip: tip.id, kind: tip.kind, record: tip.record,
        text: tip.text, parts: tip.parts, encoding: tip.encoding, language: record(tip)?.language ?? 'en',
      });
    });
    previous = stage;
  });
  return { settings, messages, problems };
}

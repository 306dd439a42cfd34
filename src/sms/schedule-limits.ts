/**
 * Weeks a tip is not sent in, as a table, on top of its stages: an exercise
 * to avoid after week N of pregnancy, lying on the back after week 20, and
 * load on the belly or a flagged early load in the first 6 weeks after birth.
 * Each row reads only the record's own fields (`avoidAfterWeek`, `position`,
 * `bodyAreas`, flags) and the tip's words; none adds a clinical fact of its
 * own. The 20 and 6 weeks are those of the project's rules
 * (content/rules/positions.yaml `supine`, content/rules/postpartum.yaml
 * `caesarean-load`: "no high-effort exercise for at least 6 weeks").
 *
 * @module
 */
import type { GuidanceRecord } from '../model/types.js';
import type { Tip } from './tip-types.js';

/** A week of the programme: of pregnancy (gestational week) or after birth (week 1 starts at the birth). */
export interface ProgrammeWeek {
  timeline: 'pregnancy' | 'postpartum';
  week: number;
}

/** One limit: when `applies` holds for a tip, it is sent only in the weeks `allows` accepts. */
export interface ScheduleLimit {
  /** Stable id, for tests and the schedule's notes. */
  id: string;
  applies(tip: Tip, record: GuidanceRecord | undefined): boolean;
  allows(week: ProgrammeWeek, record: GuidanceRecord | undefined): boolean;
  why: string;
}

/** Lying on the back, in a tip's words (as the `supine` rule reads a sentence). */
const ON_THE_BACK = /\b(?:lie|lies|lying|lay|rest|resting)\b[^.;,]{0,12}\bon\s+(?:your|her|the)\s+back\b|\bflat\s+on\s+(?:your|her|the)\s+back\b|\bsupine\b/i;

/** Flags of early load after birth: a record that ever had one waits until week 6, resolved or not. */
const EARLY_LOAD_RULES: ReadonlySet<string> = new Set(['early-postpartum-load', 'caesarean-load']);

/** Body areas that load the belly, which heals for at least 6 weeks after a caesarean. */
const BELLY_AREAS: ReadonlySet<string> = new Set(['abdomen', 'abdominals', 'core', 'abs']);

const exerciseOf = (record: GuidanceRecord | undefined) => (record?.kind === 'exercise' ? record : undefined);

/** The table of week limits, checked on every tip for every week. */
export const SCHEDULE_LIMITS: readonly ScheduleLimit[] = Object.freeze([
  {
    id: 'avoid-after-week',
    applies: (_tip, record) => exerciseOf(record)?.avoidAfterWeek !== undefined,
    allows: (week, record) => week.timeline !== 'pregnancy' || week.week <= (exerciseOf(record)?.avoidAfterWeek ?? Infinity),
    why: 'the record says not to do the exercise after this week of pregnancy (avoidAfterWeek)',
  },
  {
    id: 'supine-after-20',
    applies: (tip, record) => exerciseOf(record)?.position === 'supine' || ON_THE_BACK.test(tip.text),
    allows: (week) => week.timeline !== 'pregnancy' || week.week <= 20,
    why: 'lying on the back is not advised after 20 weeks of pregnancy (rule supine)',
  },
  {
    id: 'postpartum-belly-load',
    applies: (tip, record) => tip.kind === 'exercise' && (exerciseOf(record)?.bodyAreas ?? []).some((area) => BELLY_AREAS.has(area.toLowerCase())),
    allows: (week) => week.timeline !== 'postpartum' || week.week >= 6,
    why: 'an exercise that works the belly waits until 6 weeks after birth (a caesarean heals for at least 6 weeks; rule caesarean-load)',
  },
  {
    id: 'postpartum-early-load',
    applies: (_tip, record) => (record?.flags ?? []).some((flag) => EARLY_LOAD_RULES.has(flag.rule)),
    allows: (week) => week.timeline !== 'postpartum' || week.week >= 6,
    why: 'a record flagged for early load after birth (early-postpartum-load, caesarean-load) waits until week 6, even once reviewed',
  },
] satisfies ScheduleLimit[]);

/** True when every limit that applies to the tip allows the week. */
export function allowedInWeek(tip: Tip, record: GuidanceRecord | undefined, week: ProgrammeWeek, limits: readonly ScheduleLimit[] = SCHEDULE_LIMITS): boolean {
  return limits.every((limit) => !limit.applies(tip, record) || limit.allows(week, record));
}

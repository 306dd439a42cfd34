/**
 * Stages a tip is not sent in because of what it talks about, as a table:
 * a tip that matches a row's pattern loses the row's stages (it keeps the
 * rest of its record's stages). "A sudden decrease in fetal movements" means
 * nothing in the first trimester: movements are first felt at about 16 to 24
 * weeks.
 *
 * @module
 */
import { sortStages, type Stage } from '../model/types.js';

/** One limit: tips that match `match` are not scheduled in `drop`. */
export interface StageLimit {
  /** Stable id, for tests and reports. */
  id: string;
  match: RegExp;
  drop: readonly Stage[];
  /** Why, for readers of the table. */
  why: string;
}

/** The table of stage limits, applied to a tip's text. */
export const STAGE_LIMITS: readonly StageLimit[] = Object.freeze([
  {
    id: 'fetal-movements',
    match: /\b(?:fetal|foetal|baby'?s?|fetus'?s?|foetus'?s?)\s+(?:movements?|moves|moving|kicks?|kicking)\b|\b(?:kick counts?|counting kicks)\b/i,
    drop: ['trimester-1'],
    why: 'fetal movements are felt from about 16-24 weeks, so a tip about them is not for the first trimester',
  },
] satisfies StageLimit[]);

/** The stages of a tip with this text: the record's stages, less those of every matching limit, in reading order. */
export function limitStages(stages: readonly Stage[], text: string, limits: readonly StageLimit[] = STAGE_LIMITS): Stage[] {
  const dropped = new Set(limits.filter((limit) => limit.match.test(text)).flatMap((limit) => limit.drop));
  return sortStages(stages.filter((stage) => !dropped.has(stage)));
}

// Domain types. The record shapes come from the JSON Schemas (schema-types.ts is generated from
// schemas/ by `npm run gen:types`); this file names their parts and adds the enumerations the
// code walks over.
import type { Advice, Exercise, Flag, Point, RecordSource, Stages } from './schema-types.js';

export type {
  Advice,
  Approval,
  Dataset,
  DatasetConfig,
  Dosage,
  Exercise,
  Flag,
  FrontMatter,
  Point,
  Range,
  RecordSource,
  Review,
  Revision,
  RevisionEntry,
  Source,
} from './schema-types.js';

export type Stage = Stages[number];
export type Audience = 'pregnancy' | 'postpartum';
export type Position = NonNullable<Exercise['position']>;
export type AdviceTopic = Advice['topic'];
export type Severity = Flag['severity'];
export type GuidanceRecord = Exercise | Advice;

/** Stages in reading order: every list of stages in the outputs follows it. */
export const STAGES: readonly Stage[] = ['trimester-1', 'trimester-2', 'trimester-3', 'postpartum'];

export const AUDIENCE_STAGES: Readonly<Record<Audience, readonly Stage[]>> = {
  pregnancy: ['trimester-1', 'trimester-2', 'trimester-3'],
  postpartum: ['postpartum'],
};

export const POSITIONS: readonly Position[] = [
  'standing', 'sitting', 'kneeling', 'all-fours', 'side-lying', 'supine', 'prone', 'mixed',
];

/** Sort stages into reading order and drop repeats. */
export function sortStages(stages: Iterable<Stage>): Stage[] {
  const set = new Set(stages);
  return STAGES.filter((stage) => set.has(stage));
}

/** A piece of plain text with the place in the content file where it starts. */
export interface Located<T = string> {
  value: T;
  start: Point;
}

export type { RecordSource as SourceRef };

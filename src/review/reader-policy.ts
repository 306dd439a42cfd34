// What may reach a reader. A sentence with an unresolved warning or error flag is never printed
// or sent; an exercise whose instructions (name, starting position, a step, the amount) hold such
// a sentence is held back whole, because a missing step changes what the reader does. It stays
// in the dataset as `withheld` with the reason, until a reviewer revises the sentence
// (content/revisions) or resolves the flag. Pure.
import type { Flag, GuidanceRecord } from '../model/types.js';

/** Exercise fields a reader follows as instructions: a gap in them is not safe to print. */
export const INSTRUCTION_FIELD = /^(?:name|startingPosition|steps\/\d+|dosage)$/;

/** Severities of the unresolved flags whose sentences never reach a reader. */
export const READER_BLOCKING: ReadonlySet<Flag['severity']> = new Set(['error', 'warning']);

/** How a reviewer finds a field of a record: `step 2`, `starting position`, `item 3`. */
export function fieldPlace(field: string | undefined): string {
  if (field === undefined) return 'the record';
  const [name, index] = field.split('/');
  const n = index === undefined ? undefined : Number(index) + 1;
  switch (name) {
    case 'steps': return `step ${n}`;
    case 'startingPosition': return 'starting position';
    case 'items': return `item ${n}`;
    case 'cues': return `cue ${n}`;
    case 'cautions': return `caution ${n}`;
    case 'benefits': return `benefit ${n}`;
    case 'aliases': return `other name ${n}`;
    default: return name ?? field;
  }
}

/** The unresolved warning flags that hold an exercise back from readers. */
export function holdingFlags(record: GuidanceRecord): Flag[] {
  if (record.kind !== 'exercise') return [];
  return record.flags.filter((flag) => !flag.resolution && flag.severity === 'warning' && flag.field !== undefined && INSTRUCTION_FIELD.test(flag.field));
}

/** The reasons an exercise is held back, one per flagged place and rule. */
export function holdReasons(record: GuidanceRecord): string[] {
  return [...new Set(holdingFlags(record).map((flag) =>
    `Held back from readers: ${fieldPlace(flag.field)} has an unresolved ${flag.rule} warning (“${flag.evidence.trim()}”); revise the sentence in content/revisions or resolve the flag`))];
}

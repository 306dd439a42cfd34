// Builders for the records the tip tests construct: a valid exercise, advice, flag and dataset with
// only the fields a test cares about set.
import type { Advice, Dataset, Exercise, Flag, Severity } from '../../src/model/types.js';

const source = (): Exercise['source'] => ({
  document: 'test-doc',
  file: 'content/test-doc.md',
  headings: [],
  lines: { start: 10, end: 20 },
  positions: {},
});

/** A published exercise; `overrides` replace any field. */
export function exercise(overrides: Partial<Exercise> = {}): Exercise {
  return {
    id: 'test-doc--cat-cow',
    kind: 'exercise',
    name: 'Cat-cow',
    aliases: [],
    language: 'en',
    stages: ['trimester-2'],
    equipment: [],
    bodyAreas: [],
    startingPosition: 'Kneel on all fours.',
    steps: ['Breathe in and let your belly drop gently.', 'Breathe out and round your back.'],
    dosage: { text: 'Repeat 8 to 10 times.', repetitions: { min: 8, max: 10 } },
    cues: [],
    cautions: [],
    benefits: [],
    source: source(),
    flags: [],
    status: 'published',
    ...overrides,
  };
}

/** A published advice record; `overrides` replace any field. */
export function advice(overrides: Partial<Advice> = {}): Advice {
  return {
    id: 'test-doc--warning-signs',
    kind: 'advice',
    topic: 'warning-signs',
    language: 'en',
    stages: ['trimester-1', 'trimester-2', 'trimester-3'],
    text: 'Stop and call a doctor if:',
    items: ['you bleed from the vagina;', 'you feel dizzy or faint.'],
    source: source(),
    flags: [],
    status: 'published',
    ...overrides,
  };
}

/** An unresolved flag on one sentence of a field. */
export function flag(field: string | undefined, evidence: string, severity: Severity = 'warning', rule = 'breath-hold'): Flag {
  return {
    rule,
    severity,
    message: `test flag ${rule}`,
    evidence,
    ...(field === undefined ? {} : { field }),
    document: 'test-doc',
    line: 12,
    column: 1,
  };
}

/** A dataset holding these records. */
export function dataset(exercises: Exercise[], adviceRecords: Advice[] = []): Dataset {
  return {
    dataset: { name: 'test', title: 'Test', version: '1.0.0', date: '2026-01-01', contentHash: 'sha256:0' },
    sources: [],
    exercises,
    advice: adviceRecords,
  };
}

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDosage, parseQuantities } from '../../src/normalize/dosage.js';
import { sentenceRole } from '../../src/normalize/sentence-role.js';

describe('parseDosage', () => {
  const cases: Array<[string, ReturnType<typeof parseDosage>]> = [
    ['8–12 times, 1–2 sets.', { repetitions: { min: 8, max: 12 }, sets: { min: 1, max: 2 } }],
    ['15–20 seconds per side, 1–2 times.', { holdSeconds: { min: 15, max: 20 }, repetitions: { min: 1, max: 2 }, perSide: true }],
    ['1-2 minutes', { durationSeconds: { min: 60, max: 120 } }],
    ['Do it 5-6 times on each side.', { repetitions: { min: 5, max: 6 }, perSide: true }],
    ['8–10 breathing cycles.', { breathCycles: { min: 8, max: 10 } }],
    ['5-6 breathing cycles, 2 times a day as desired.', { breathCycles: { min: 5, max: 6 }, timesPerDay: { min: 2, max: 2 } }],
    ['3-4 times a week for 10-15 minutes', { timesPerWeek: { min: 3, max: 4 }, durationSeconds: { min: 600, max: 900 } }],
    ['Continue for 30 to 60 seconds.', { durationSeconds: { min: 30, max: 60 } }],
    ['Hold for 8-10 seconds', { holdSeconds: { min: 8, max: 10 } }],
    ['Repeat ten times, twice a day', { repetitions: { min: 10, max: 10 }, timesPerDay: { min: 2, max: 2 } }],
    ['12 to 8 times', { repetitions: { min: 8, max: 12 } }],
    ['3 sets of 10', { repetitions: { min: 10, max: 10 }, sets: { min: 3, max: 3 } }],
    ['2 x 10 each side', { repetitions: { min: 10, max: 10 }, sets: { min: 2, max: 2 }, perSide: true }],
    ['Do 3 sets of 8-12 times, twice a day.', { repetitions: { min: 8, max: 12 }, sets: { min: 3, max: 3 }, timesPerDay: { min: 2, max: 2 } }],
    ['Hold for 10 seconds, repeat 5 times', { repetitions: { min: 5, max: 5 }, holdSeconds: { min: 10, max: 10 } }],
  ];
  for (const [text, expected] of cases) {
    it(text, () => expect(parseDosage(text)).toEqual(expected));
  }
  it('reads no dosage from distances or vague amounts', () => {
    expect(parseDosage('The distance between the hands is 5-30 cm.')).toBeUndefined();
    expect(parseDosage('Hold for several seconds.')).toBeUndefined();
    expect(parseDosage('At 34 weeks')).toBeUndefined();
  });
  it('tells dosage sentences from instructions that mention a number', () => {
    expect(sentenceRole('This exercise lasts 1-2 minutes.')).toBe('dosage');
    expect(sentenceRole('Hold this position for 5-7 minutes.')).toBe('dosage');
    expect(sentenceRole('Make 5 circles backward, then 5 circles forward.')).toBe('instruction');
    expect(sentenceRole('Before practicing, walk around the room for a few minutes and do 2-3 breathing movements.')).toBe('instruction');
  });
});

describe('parseDosage fast path', () => {
  it('returns what the general path returns, on dosage-like text with or without numbers', () => {
    const part = fc.constantFrom('hold', 'Repeat', ' ', '5', '10-12', 'ſix', 'SIX', 'Twice', 'once', 'a day', 'per week', 'times', 'sets of', 'x', '×', 'seconds', 'min', 'breaths', 'each side', 'to', '–', 'three', 'Ten', '.', 'tenth', 'someone');
    fc.assert(fc.property(fc.array(part, { maxLength: 14 }).map((p) => p.join(' ')), (text) => {
      expect(parseDosage(text)).toEqual(parseQuantities(text));
    }), { numRuns: 3000 });
  });
});

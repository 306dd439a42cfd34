// Dosage in plain words from the ranges.
import { describe, expect, it } from 'vitest';
import { dosageWords, durationText } from '../../src/handout/index.js';
import type { Dosage } from '../../src/model/types.js';

const r = (min: number, max = min): { min: number; max: number } => ({ min, max });

describe('dosageWords', () => {
  const cases: Array<[Omit<Dosage, 'text'>, string]> = [
    [{ repetitions: r(8, 12), sets: r(1, 2) }, '8–12 times, 1–2 sets'],
    [{ holdSeconds: r(15, 20), sets: r(1, 2), perSide: true }, 'Hold 15–20 seconds each side, 1–2 sets'],
    [{ repetitions: r(5), sets: r(1, 2), perSide: true }, '5 times each side, 1–2 sets'],
    [{ repetitions: r(5), sets: r(1, 2), perDirection: true }, '5 times each direction, 1–2 sets'],
    [{ durationSeconds: r(60, 120) }, '1–2 minutes'],
    [{ durationSeconds: r(300, 420) }, '5–7 minutes'],
    [{ durationSeconds: r(30, 60) }, '30–60 seconds'],
    [{ durationSeconds: r(60) }, '1 minute'],
    [{ breathCycles: r(8, 10) }, '8–10 slow breaths'],
    [{ breathCycles: r(5, 6), timesPerDay: r(2) }, '5–6 slow breaths, twice a day'],
    [{ repetitions: r(10), timesPerDay: r(1) }, '10 times, once a day'],
    [{ timesPerWeek: r(3, 4), durationSeconds: r(600, 900) }, '10–15 minutes, 3–4 times a week'],
    [{ holdSeconds: r(8, 10) }, 'Hold 8–10 seconds'],
    [{ sets: r(1) }, '1 set'],
    [{ sets: r(2), perSide: true }, '2 sets each side'],
  ];
  for (const [ranges, words] of cases) {
    it(words, () => expect(dosageWords({ text: 'source text', ...ranges })).toBe(words));
  }

  it('says nothing when there is no range to read', () => {
    expect(dosageWords(undefined)).toBeUndefined();
    expect(dosageWords({ text: 'As long as comfortable.' })).toBeUndefined();
  });

  it('shows whole minutes as minutes and anything else as seconds', () => {
    expect(durationText(r(90))).toBe('90 seconds');
    expect(durationText(r(120, 180))).toBe('2–3 minutes');
    expect(durationText(r(45, 120))).toBe('45–120 seconds');
  });
});

// Form-like handouts: an ordinal heading ("Exercise 4") with the exercise's name in a `Name:`
// label; holds said with other verbs ("linger", "remain still for"); counts "to every side".
import { describe, expect, it } from 'vitest';
import { parseDosage } from '../../src/normalize/dosage.js';
import { compileDocuments } from '../helpers/compile-text.js';

const FORM = `---
title: Clinic programme
language: en
audience: [pregnancy]
---

# Clinic programme

## Exercise 4

Name: "Hip hitch"

Starting position: standing side-on to a step, one foot on the step.

Technique:

1. Drop the free hip slowly, then lift it level again.
2. Keep the knee of the standing leg soft.

Repetitions: 8 times.

## Exercise 5

Starting position: sitting on a chair, feet flat.

Technique:

1. Turn your head slowly to look over one shoulder.

Repetitions: 5 times.
`;

describe('labelled sections with a Name: label', () => {
  it('take the name from the label, not from the ordinal heading', async () => {
    const result = await compileDocuments({ 'form.md': FORM });
    const names = result.dataset!.exercises.map((e) => e.name);
    expect(names).toContain('Hip hitch');
    expect(names).not.toContain('Exercise 4');
    const hitch = result.dataset!.exercises.find((e) => e.name === 'Hip hitch')!;
    expect(hitch.source.positions['name']?.line).toBe(11);
    // Without a label the heading still names it.
    expect(names).toContain('Exercise 5');
  });
});

describe('dosage in other words', () => {
  it.each([
    ['Linger at the top for 4-6 seconds.', { holdSeconds: { min: 4, max: 6 } }],
    ['Remain still in the stretch for about 20 seconds.', { holdSeconds: { min: 20, max: 20 } }],
    ['Do it 6-8 times to every side.', { repetitions: { min: 6, max: 8 }, perSide: true }],
    ['Repeat 5 times on every leg.', { repetitions: { min: 5, max: 5 }, perSide: true }],
    ['Make small circles with the ankle, 6 one way and 6 the other way.', { repetitions: { min: 6, max: 6 } }],
  ])('%s', (text, expected) => {
    expect(parseDosage(text)).toMatchObject(expected);
  });

  it('does not read a rest between sets as a hold', () => {
    expect(parseDosage('Rest for 30 seconds between sets.')?.holdSeconds).toBeUndefined();
  });
});

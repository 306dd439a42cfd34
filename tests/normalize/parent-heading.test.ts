// A parent heading that names both exercises and advice ("Exercises and advice from the
// physiotherapy team") does not turn every exercise under it into advice; one that names only
// advice ("Tips for your back") still makes its sections advice.
import { describe, expect, it } from 'vitest';
import { compileDocuments } from '../helpers/compile-text.js';

const doc = (parent: string) => `---
title: Home after the birth
language: en
audience: [postpartum]
---

# Home after the birth

## ${parent}

### Ankle pumps

Sitting in bed with your legs out straight, point your feet away and pull them back. Do this 15 times every hour while you rest.

### Heel slide

Lie with your knees bent and your feet flat on the bed. Slide one heel down until the leg is almost straight, then back. Repeat 8 times with each leg.
`;

describe('a parent heading over exercise sections', () => {
  it.each(['Exercises and advice from the physiotherapy team', 'Exercises and tips for the first week', 'Your routine and advice'])('"%s" keeps the exercises', async (parent) => {
    const result = await compileDocuments({ 'home.md': doc(parent) });
    expect(result.dataset!.exercises.map((e) => e.name)).toEqual(['Ankle pumps', 'Heel slide']);
  });

  it('"Tips for your back" still makes its sections advice', async () => {
    const result = await compileDocuments({ 'home.md': doc('Tips for your back') });
    expect(result.dataset!.exercises).toEqual([]);
  });
});

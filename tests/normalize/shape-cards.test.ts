// Exercise cards (a table pasted as nested lists: "Move:" / "How:" / "How often:") and a step
// list whose later items are labelled variants ("Quick flicks: …") of the one exercise.
import { describe, expect, it } from 'vitest';
import { compileDocuments } from '../helpers/compile-text.js';

const CARDS = `---
title: Weekly plan
language: en
audience: [pregnancy]
---

# Weekly plan

## Weeks 14 to 20

- **Move:** Wall press
  - **How:** Stand facing a wall, hands flat on it at chest height. Bend your elbows to bring your chest towards the wall, then push back.
  - **How often:** 10 times, twice a day
- **Move:** Seated march
  - **How:** Sit tall near the front of a firm chair. Lift one knee a little, lower it, then lift the other.
  - **How often:** 1 minute, once a day
- **Pose:** Cat-cow
  - Kneel on hands and knees. Round your back up slowly, then let it return to flat.
  - Reps: 6

Keep a bottle of water nearby while you work through the plan.
`;

const VARIANTS = `---
title: Recovery sheet
language: en
audience: [postpartum]
---

# Recovery sheet

## Early exercises

**Ankle circles**

- Sit up with your legs out in front of you.
- Draw slow circles with both feet, 10 one way and 10 the other way.

**Pelvic floor work**

- Sitting or lying down, squeeze as if holding in wind, then let go.
- Slow holds: squeeze and keep it for 8 seconds, then rest. Do this 8 times.
- Quick flicks: squeeze and release fast, 10 times.

**Heel slides**

- Lie with your knees bent and feet flat.
- Slide one heel away until the leg is nearly straight, then bring it back.
- Repeat 6 times on each leg.
`;

describe('exercise cards', () => {
  it('make one exercise per card, named by its field and measured by its fields', async () => {
    const result = await compileDocuments({ 'cards.md': CARDS });
    const exercises = result.dataset!.exercises;
    expect(exercises.map((e) => e.name)).toEqual(['Wall press', 'Seated march', 'Cat-cow']);
    const press = exercises[0]!;
    expect(press.position).toBe('standing');
    expect(press.dosage?.repetitions).toEqual({ min: 10, max: 10 });
    expect(press.dosage?.timesPerDay).toEqual({ min: 2, max: 2 });
    expect(press.steps).toEqual(['Bend your elbows to bring your chest towards the wall, then push back.']);
    expect(press.steps.join(' ')).not.toMatch(/How:/);
    expect(exercises[1]!.dosage?.durationSeconds).toEqual({ min: 60, max: 60 });
    expect(exercises[2]!.position).toBe('all-fours');
    expect(exercises[2]!.source.positions['name']?.line).toBe(17);
    // The paragraph after the list is advice, not a card.
    expect(result.dataset!.advice.some((a) => JSON.stringify(a).includes('bottle of water'))).toBe(true);
  });

  it('leave a list that only mentions exercises in a field to the other shapes', async () => {
    const text = CARDS.replace(/- \*\*Move:\*\* Wall press[\s\S]*?(?=\nKeep)/, '- **Move:** Wall press\n- **Move:** Seated march\n- Rest between them.\n');
    const result = await compileDocuments({ 'cards.md': text });
    expect(result.dataset!.exercises.map((e) => e.name)).not.toContain('Wall press');
  });
});

describe('a step list with labelled variants', () => {
  it('stays one exercise, and the exercises beside it in the section are kept', async () => {
    const result = await compileDocuments({ 'variants.md': VARIANTS });
    const names = result.dataset!.exercises.map((e) => e.name);
    expect(names).toEqual(['Ankle circles', 'Pelvic floor work', 'Heel slides']);
    expect(names).not.toContain('Quick flicks');
    const floor = result.dataset!.exercises[1]!;
    expect(floor.dosage?.text).toMatch(/Slow holds/);
    expect(result.dataset!.exercises[2]!.dosage).toMatchObject({ repetitions: { min: 6, max: 6 }, perSide: true });
  });

  it('still reads a list of named exercises that opens with a name', async () => {
    const named = VARIANTS.replace('- Sitting or lying down, squeeze as if holding in wind, then let go.\n', '');
    const result = await compileDocuments({ 'variants.md': named });
    expect(result.dataset!.exercises.map((e) => e.name)).toContain('Quick flicks');
  });
});

// Exercises with no heading of their own: told in speech, one paragraph each, the name given in
// the first sentence ("… for a wall press-up"); and a table of exercises that gives no steps,
// explained afterwards item by item under the same names.
import { describe, expect, it } from 'vitest';
import { compileDocuments, pregnancyFront } from '../helpers/compile-text.js';
import { introducedName } from '../../src/normalize/introduced-name.js';
import { readSentence } from '../../src/normalize/sentence-role.js';
import { parseDosage } from '../../src/normalize/dosage.js';
import { positionOf } from '../../src/normalize/attributes.js';
import { isFurniture } from '../../src/normalize/boilerplate.js';

const front = pregnancyFront;

describe('a spoken class without headings', () => {
  const doc = front('Evening stretch with Jo') + [
    '00:10 hi all, it is Jo, let us get comfy. Please check with your midwife before you join in.',
    '00:45 we are starting off standing at the wall for a wall press-up. Hands flat on the wall at shoulder height, bend your elbows and lean in, then push back. Ten of those.',
    '02:00 then grab a chair and sit down for the seated knee lift. Lift one knee a little, put it down, change legs. Eight on the right, then eight on the left.',
    '03:30 lovely, thanks for staying with me!',
  ].join('\n\n') + '\n';

  it('reads one exercise per paragraph, named by its first sentence, with its amount', async () => {
    const result = await compileDocuments({ 'jo.md': doc });
    const exercises = result.dataset!.exercises;
    expect(exercises.map((e) => e.name)).toEqual(['Wall press-up', 'Seated knee lift']);
    expect(exercises.map((e) => e.dosage?.repetitions)).toEqual([{ min: 10, max: 10 }, { min: 8, max: 8 }]);
    expect(exercises[1]!.dosage?.perSide).toBe(true);
    expect(exercises.map((e) => e.position)).toEqual(['standing', 'sitting']);
  });

  it('under a heading, a paragraph that names a different exercise does not split it', async () => {
    const result = await compileDocuments({ 'h.md': front('Heading') + '# Bridge\n\nLie down with knees bent for a bridge. Lift your hips, then lower. Repeat 8 times.\n\nWe are doing the hip roll on the way down. Lower one bone at a time, slowly.\n' });
    expect(result.dataset!.exercises.map((e) => e.name)).toEqual(['Bridge']);
  });
});

describe('a table of exercises with a numbering column, then its explanations', () => {
  const doc = front('Back gymnastics') + [
    '# Back gymnastics',
    '| # | Exercise | Starting position | Amount |\n|---|---|---|---|\n| 1 | Knee sway | Lying on the back, feet on the floor | 6 times to each side |\n| 2 | Rest in the chair | Sitting, back supported | 2 minutes |',
    'Explanations:',
    '1. Knee sway - to let both knees go slowly to one side and to bring them back.\n2. Rest in the chair - to close the eyes and to breathe slowly.',
  ].join('\n\n') + '\n';

  it('makes each row an exercise, named by the name column, its steps from the explanation', async () => {
    const result = await compileDocuments({ 'g.md': doc });
    const exercises = result.dataset!.exercises;
    expect(exercises.map((e) => e.name)).toEqual(['Knee sway', 'Rest in the chair']);
    expect(exercises[0]!.steps.join(' ')).toMatch(/both knees go slowly/);
    expect(exercises[0]!.dosage?.repetitions).toEqual({ min: 6, max: 6 });
    expect(exercises[1]!.dosage?.durationSeconds).toEqual({ min: 120, max: 120 });
    expect(exercises.map((e) => e.position)).toEqual(['supine', 'sitting']);
    expect(result.dataset!.advice.flatMap((a) => [a.text ?? '', ...(a.items ?? [])]).join(' ')).not.toMatch(/knees go slowly/);
  });

  it('leaves a table of warning signs, which gives no amounts or positions, to advice', async () => {
    const result = await compileDocuments({ 's.md': front('Signs') + '# Signs\n\n| Sign | What to do |\n|---|---|\n| Bleeding | Stop and call the maternity unit |\n| Dizziness | Sit down and rest |\n' });
    expect(result.dataset!.exercises).toEqual([]);
  });
});

describe('the sentence readings these rest on', () => {
  it.each([
    ['Next we are moving into a side plank on the knees.', 'Side plank on the knees'],
    ['Now turn onto your side for clams.', 'Clams'],
    ['Sit on the edge of the bed for a heel raise.', 'Heel raise'],
  ])('%s → %s', (sentence, name) => expect(introducedName(sentence)).toBe(name));

  it.each([
    'First one, we are lying on our backs with the knees bent.',
    'Wait for 10 seconds before you stand.',
    'Hold the wall for balance.',
  ])('%s names nothing', (sentence) => expect(introducedName(sentence)).toBeUndefined());

  it('a class told in the present ("we\'re kneeling…") instructs; a habit does not', () => {
    expect(readSentence("We're kneeling up tall with our hands on our hips.").movement).toBe(true);
    expect(readSentence("You're sitting too much these days.").movement).toBe(false);
  });

  it.each([
    ['Six slow ones.', { repetitions: { min: 6, max: 6 } }],
    ['Twelve on this side, then twelve on the other side.', { repetitions: { min: 12, max: 12 }, perSide: true }],
  ])('%s', (text, dosage) => expect(parseDosage(text)).toEqual(dosage));

  it('positions: rolling onto a side, and kneeling told as "standing on the knees"', () => {
    expect(positionOf('Roll onto your side and bend your knees.')).toBe('side-lying');
    expect(positionOf('Lean to your side a little.')).toBeUndefined();
    expect(positionOf('Standing on the knees, hands on the hips.')).toBe('kneeling');
  });

  it('a video page\'s "up next" line is furniture', () => {
    expect(isFurniture('Up next: 12 MIN PRENATAL YOGA | Autoplay is on')).toBe(true);
    expect(isFurniture('Next, lift your right knee.')).toBe(false);
  });
});

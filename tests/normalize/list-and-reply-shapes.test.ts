// A list of exercises whose item has a plain title line over its text; a bold name in the middle
// of a forum reply under a list; labelled and growing counts; picture stand-ins and app chrome.
import { describe, expect, it } from 'vitest';
import { compileDocuments, pregnancyFront } from '../helpers/compile-text.js';
import { parseDosage } from '../../src/normalize/dosage.js';
import { readSentence } from '../../src/normalize/sentence-role.js';
import { isCaptionLine, isFurniture } from '../../src/normalize/boilerplate.js';

const front = pregnancyFront;

describe('shapes', () => {
  it('a titled item in a list of exercises is one, though its text opens without a verb', async () => {
    const doc = front('Class sheet') + '# Class sheet\n\n1. Arm circles\nSit tall on a stool and circle both arms forwards. 8 times.\n\n2. Hip sway\nFeet wide, hands on hips. Sway your hips gently side to side, 10 times.\n\n3. Calf raise\nHold the back of a chair and rise onto your toes, then lower. 12 times.\n';
    const result = await compileDocuments({ 'c.md': doc });
    expect(result.dataset!.exercises.map((e) => e.name)).toEqual(['Arm circles', 'Hip sway', 'Calf raise']);
  });

  it('a bold name mid-reply, under a list in the same post, is an exercise of its own', async () => {
    const doc = front('Forum') + '# What helped your back?\n\n- **Knee rolls**: lie on your back, let both knees fall to one side, then the other. 8 each way.\n- **Cat stretch**: on all fours, round your back, then flatten it. 6 times.\n\nSame here, walking helped most. And the **wall sit** - lean your back on a wall and bend your knees a little, hold for 10 seconds. I do three.\n\nGood luck everyone!\n';
    const result = await compileDocuments({ 'f.md': doc });
    const names = result.dataset!.exercises.map((e) => e.name);
    expect(names).toEqual(['Knee rolls', 'Cat stretch', 'Wall sit']);
    const wall = result.dataset!.exercises[2]!;
    expect(wall.dosage?.holdSeconds).toEqual({ min: 10, max: 10 });
    expect(wall.steps.join(' ')).not.toMatch(/walking helped/);
  });

  it('a bold word in a reply that is not followed by an instruction stays advice', async () => {
    const doc = front('Forum') + '# Tips\n\n- **Bridge**: lie on your back, lift your hips, lower. 8 times.\n- **Clam**: lie on your side, open the top knee, close it. 10 each side.\n\nHonestly the **best** thing was rest. My midwife said so too.\n';
    const result = await compileDocuments({ 'g.md': doc });
    expect(result.dataset!.exercises.map((e) => e.name)).toEqual(['Bridge', 'Clam']);
  });
});

describe('readings', () => {
  it.each([
    ['Reps: 12 Sets: 3', { repetitions: { min: 12, max: 12 }, sets: { min: 3, max: 3 } }],
    ['Hold: 4 seconds Reps: 6 Times per day: 3', { repetitions: { min: 6, max: 6 }, holdSeconds: { min: 4, max: 4 }, timesPerDay: { min: 3, max: 3 } }],
    ['Begin with 4 and work up to 8.', { repetitions: { min: 4, max: 8 } }],
    ['Slowly build up to 12 in a row.', { repetitions: { min: 12, max: 12 } }],
    ['Build up to 20 minutes of swimming.', { durationSeconds: { min: 1200, max: 1200 } }],
    ['Do 6, rest, 6 more.', { repetitions: { min: 6, max: 6 }, sets: { min: 2, max: 2 } }],
    ['8 each leg, then repeat a second round.', { repetitions: { min: 8, max: 8 }, sets: { min: 2, max: 2 }, perSide: true }],
  ])('%s', (text, dosage) => expect(parseDosage(text)).toEqual(dosage));

  it('"finish lying…" and "start kneeling…" set a position; a past story does not', () => {
    expect(readSentence('End lying on your right side with a cushion under your bump.').role).toBe('position');
    expect(readSentence('Begin sitting on a firm chair.').role).toBe('position');
    expect(readSentence('I ended up lying on the sofa all day.').role).not.toBe('position');
  });

  it('"Sitting, back supported." sets a position, not a benefit', () => {
    expect(readSentence('Standing, arms relaxed.').role).not.toBe('benefit');
    expect(readSentence('Swimming supported my back through the last months.').role).toBe('benefit');
    // A passive told of the movement is no effect; one whose first participle is an effect still is.
    expect(readSentence('Lying down, the knees are bent a little and straightened; 8 times.').role).not.toBe('benefit');
    expect(readSentence('The hips are gently stretched and relaxed.').role).toBe('benefit');
  });

  it('picture stand-ins and app chrome are not reader text', () => {
    expect(isCaptionLine('[Illustration of a woman kneeling on a mat]')).toBe(true);
    expect(isCaptionLine('[Note: ask your midwife first]')).toBe(false);
    expect(isFurniture('[ Back ] [ Next ]')).toBe(true);
    expect(isFurniture('Card 2/7')).toBe(true);
    expect(isFurniture('10:02 ●●● 5G 47%')).toBe(true);
    expect(isFurniture('Hold for 10 seconds, 5 times.')).toBe(false);
  });
});

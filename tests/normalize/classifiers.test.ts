import { describe, expect, it } from 'vitest';
import { avoidAfterWeekOf, positionOf } from '../../src/normalize/attributes.js';
import { isInstruction } from '../../src/normalize/instructions.js';
import { stagesForPath, stagesNamedIn, defaultStages } from '../../src/normalize/stages.js';
import { adviceTopic } from '../../src/normalize/advice-topics.js';
import { slugify, IdAllocator } from '../../src/normalize/ids.js';
import { exerciseName } from '../../src/normalize/drafts.js';
import { nameLead } from '../../src/normalize/shape-list-items.js';

describe('instructions', () => {
  it.each([
    'Stand up straight, breathe in.', 'On the exhale, gently tilt the pelvis.', 'If so, pay more attention to this.',
    'Do not press your shoulders, in contrast, spread them.', 'Inhale through the nose for 3–4 counts.', 'Slowly move up and down the wall.',
  ])('%s is an instruction', (s) => expect(isInstruction(s)).toBe(true));
  it.each([
    'Back pain can be a common side effect of pregnancy.', 'This increases the load on the lower back.',
    'Stretching the muscles of the neck can help.', 'The main goal is to support muscles.', 'Pelvis and thighs should lie on a line.',
  ])('%s is not an instruction', (s) => expect(isInstruction(s)).toBe(false));
});

describe('stages', () => {
  it('reads stages from headings', () => {
    expect(stagesNamedIn('Exercises for the Lower Back in the First Trimester of Pregnancy')).toEqual(['trimester-1']);
    expect(stagesNamedIn('Lower Back Exercises in the Third Trimester')).toEqual(['trimester-3']);
    expect(stagesNamedIn('Exercises for the back after childbirth')).toEqual(['postpartum']);
    expect(stagesNamedIn('Second and third trimesters: what changes')).toEqual(['trimester-2', 'trimester-3']);
    expect(stagesNamedIn('Exercises for the 1st, 2nd and 3rd trimester')).toEqual(['trimester-1', 'trimester-2', 'trimester-3']);
    expect(stagesNamedIn('Warm up')).toEqual([]);
    expect(stagesNamedIn('In the first three months after birth')).toEqual(['postpartum']);
    expect(stagesNamedIn('The first three months of pregnancy')).toEqual(['trimester-1']);
    expect(stagesNamedIn('Weeks 14 to 27')).toEqual(['trimester-2']);
    expect(stagesNamedIn('From week 30+')).toEqual(['trimester-3']);
    expect(stagesNamedIn('Weeks 10–20')).toEqual(['trimester-1', 'trimester-2']);
    expect(stagesNamedIn('Six weeks after birth')).toEqual(['postpartum']);
  });
  it('keeps heading stages within the audience and says which were dropped', () => {
    const postpartum = defaultStages(['postpartum']);
    expect(stagesForPath(['Third trimester'], postpartum, postpartum)).toEqual({ stages: ['postpartum'], outside: ['trimester-3'], heading: 0 });
    expect(stagesForPath(['After birth and in the third trimester'], postpartum, postpartum)).toEqual({ stages: ['postpartum'], outside: ['trimester-3'], heading: 0 });
  });

  it('falls back to the document stages, then the audience', () => {
    const pregnancy = defaultStages(['pregnancy']);
    expect(stagesForPath(['A', 'In the 2nd trimester', 'Cat'], ['trimester-1'], pregnancy).stages).toEqual(['trimester-2']);
    expect(stagesForPath(['Warm up'], ['trimester-3'], pregnancy).stages).toEqual(['trimester-3']);
    expect(defaultStages(['pregnancy', 'postpartum'])).toEqual(['trimester-1', 'trimester-2', 'trimester-3', 'postpartum']);
    expect(defaultStages(['pregnancy'], ['trimester-3', 'trimester-1'])).toEqual(['trimester-1', 'trimester-3']);
  });
});

describe('attributes', () => {
  it('reads positions', () => {
    expect(positionOf('on all fours: palms under the shoulders, knees under the pelvis')).toBe('all-fours');
    expect(positionOf('sitting or standing, back straight')).toBe('mixed');
    expect(positionOf('Lie on your back, spread out your arms')).toBe('supine');
    expect(positionOf('lower yourself on the floor face down')).toBe('prone');
    expect(positionOf('Lie on your side on hard surface, curl up.')).toBe('side-lying');
    expect(positionOf(undefined, 'Reach up.', 'Stand tall.')).toBe('standing');
    expect(positionOf('Breathe calmly.')).toBeUndefined();
  });
  it('reads the week after which to stop', () => {
    expect(avoidAfterWeekOf('Note: "mountain" exercise should not be done after the 34-35th weeks of pregnancy.')).toBe(34);
    expect(avoidAfterWeekOf('Avoid this after week 28.')).toBe(28);
    expect(avoidAfterWeekOf('Do not do it after 3 sets.')).toBeUndefined();
  });
});

describe('advice topics', () => {
  it('lets a strong lead-in win over its heading, else the heading', () => {
    expect(adviceTopic('You should temporarily refrain from exercises and consult a doctor if:', ['When and When Not to Exercise'])).toBe('warning-signs');
    expect(adviceTopic('Exercises can be performed if:', ['When and When Not to Exercise'])).toBe('when-to-exercise');
    expect(adviceTopic('How often can you do it? Usually 3 times.', ['Frequently Asked Questions'])).toBe('faq');
    expect(adviceTopic('Massages can also be helpful.', ['Back stiffness'])).toBe('self-care');
    expect(adviceTopic('Back pain is common.', ['Why'])).toBe('background');
  });
});

describe('names and ids', () => {
  it('cleans exercise headings', () => {
    expect(exerciseName('Exercise 1. ‘Cat-Cow’ on all fours')).toEqual({ name: 'Cat-Cow on all fours', aliases: ['Cat-Cow'] });
    expect(exerciseName('4. Myofascial release')).toEqual({ name: 'Myofascial release', aliases: [] });
    expect(exerciseName("The child's pose")).toEqual({ name: "The child's pose", aliases: [] });
  });
  it('reads name leads of list items', () => {
    expect(nameLead('“Eagle”;. Stand up straight')).toMatchObject({ name: 'Eagle' });
    expect(nameLead('Adho Mukha Shvanasana (“dog face down”;). Deep bend')).toMatchObject({ name: 'Adho Mukha Shvanasana', aliases: ['Dog face down'] });
    expect(nameLead('Lotus Back. Sit in the lotus pose')).toMatchObject({ name: 'Lotus Back' });
    expect(nameLead('Even if before pregnancy sports were active, you should not force the load')).toBeUndefined();
    expect(nameLead('Stand Tall. Then breathe.')).toBeUndefined();
  });
  it('makes stable, unique slugs', () => {
    expect(slugify('Exercise 2. ‘Shoulder Circles’ + Neck Lengthening')).toBe('exercise-2-shoulder-circles-neck-lengthening');
    expect(slugify('Crème brûlée — façade')).toBe('creme-brulee-facade');
    expect(slugify('创造的关键')).toBe('');
    const ids = new IdAllocator();
    expect([ids.take('doc', 'Cat', 'x'), ids.take('doc', 'cat!', 'x'), ids.take('doc', '猫', 'exercise')]).toEqual(['doc--cat', 'doc--cat-2', 'doc--exercise']);
  });
});

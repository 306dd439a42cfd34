import { describe, expect, it } from 'vitest';
import { introducedName } from '../../src/normalize/introduced-name.js';

describe('the name a sentence introduces', () => {
  it.each([
    ['Right, the second move is the kneeling hip flexor stretch.', 'Kneeling hip flexor stretch'],
    ['After that is toe taps.', 'Toe taps'],
    ['The final one is wall slides.', 'Wall slides'],
    ['Next is knee hugs, nice and slow.', 'Knee hugs'],
    ["Then it's the bird dog, my all-time favourite.", 'Bird dog'],
    ['What my trainer swore by was a heel drop on the stairs.', 'Heel drop on the stairs'],
    ['My osteopath had me doing bridges every night.', 'Bridges'],
    ['Our class teacher calls this the mermaid stretch.', 'Mermaid stretch'],
    ['Lots of readers say the seated cat-cow saved their evenings.', 'Seated cat-cow'],
    ['The standing calf raise is handy while you wait for the kettle.', 'Standing calf raise'],
    ['“Butterfly wings”.', 'Butterfly wings'],
    ['This one is what I call the sofa twist, for obvious reasons.', 'Sofa twist'],
  ])('%s → %s', (sentence, name) => expect(introducedName(sentence)).toBe(name));

  it.each([
    'You will feel a gentle stretch down the back of your leg.',
    'Move into the starting position slowly.',
    'This is a lovely stretch after a long day.',
    'The midwife checked my blood pressure at the end of the visit.',
    'Keep the movement small and slow.',
    'Hold the stretch for twenty seconds.',
    'It is normal for the first week to feel hard.',
    'The baby was born at 39 weeks.',
  ])('%s introduces no name', (sentence) => expect(introducedName(sentence)).toBeUndefined());
});

describe('a question is not a name', () => {
  it.each(['Q: Is there one exercise you give everyone?', 'Any warning signs?', 'Question: what about sleep'])('%s', async (text) => {
    const { isQuestion } = await import('../../src/normalize/name-lead.js');
    expect(isQuestion(text)).toBe(true);
  });
  it('a plain name is not a question', async () => {
    const { isQuestion } = await import('../../src/normalize/name-lead.js');
    expect(isQuestion('Seated shoulder squeeze')).toBe(false);
  });
});

describe('a name given after the steps', () => {
  it.each([
    ["This is the one we call the wide child's pose.", "Wide child's pose"],
    ['Teachers often call this side-lying rest.', 'Side-lying rest'],
    ['Some people call it the windmill.', 'Windmill'],
  ])('%s → %s', (sentence, name) => expect(introducedName(sentence)).toBe(name));
});

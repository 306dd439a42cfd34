import { describe, expect, it } from 'vitest';
import { movementAfterSetup, sentenceRole, withoutPictureReferences } from '../../src/normalize/sentence-role.js';
import { parseDosage, sidesOf } from '../../src/normalize/dosage.js';
import { exercisePositionOf, positionOf } from '../../src/normalize/attributes.js';
import { nameLead } from '../../src/normalize/name-lead.js';
import { isEverydayMovement } from '../../src/normalize/advice-topics.js';
import { isCaptionLine, isFurniture } from '../../src/normalize/boilerplate.js';

describe('sentence roles', () => {
  it.each([
    ['Bring your knees up towards your bump.', 'instruction'],
    ['Slowly, without jerking, tilt your head to the left.', 'instruction'],
    ['As you breathe out, press your lower back into the mat.', 'instruction'],
    ['You can rest a cushion under your head.', 'instruction'],
    ['Kneel on a folded towel with your back straight.', 'position'],
    ['Lying on your side, bend both knees.', 'position'],
    ['Keep this up for twenty seconds.', 'dosage'],
    ['Eight times on each side.', 'dosage'],
    ['Knee rolls loosen a stiff lower back and ease hip pain.', 'benefit'],
    ['This stretch opens the chest after long feeds.', 'benefit'],
    ['Note: skip this one if you had a caesarean less than six weeks ago.', 'caution'],
    ['If your pelvis clicks or hurts, do not carry on.', 'caution'],
    ['You should notice a gentle pull behind your thigh.', 'cue'],
    ['See the drawing below.', 'picture'],
    ['Back ache is very common in the last months.', 'description'],
    ['Sitting at a desk all day stiffens your spine.', 'description'],
    ['Do these stretches twice a day.', 'description'],
  ])('%s → %s', (sentence, role) => expect(sentenceRole(sentence)).toBe(role));

  it('keeps a negated movement an instruction, and a negated exercise a caution', () => {
    expect(sentenceRole('Do not let your back sag.')).toBe('instruction');
    expect(sentenceRole('Do not try this exercise after week 30.')).toBe('caution');
  });

  it('finds where a set-up sentence moves on', () => {
    const sentence = 'Sit on a firm chair and circle your shoulders slowly.';
    expect(sentence.slice(movementAfterSetup(sentence)!)).toBe('circle your shoulders slowly.');
    expect(movementAfterSetup('Lie on your back, bend your knees and place your feet flat.')).toBeUndefined();
  });

  it('cuts picture references out of a sentence', () => {
    expect(withoutPictureReferences('Cross your ankles (see figure 4) and lean forward.')).toBe('Cross your ankles and lean forward.');
    expect(withoutPictureReferences('Your elbows stay soft, as shown in the photo.')).toBe('Your elbows stay soft.');
  });
});

describe('dosage anywhere, in words or digits', () => {
  it.each([
    ['Squeeze for a count of four.', { holdSeconds: { min: 4, max: 4 } }],
    ['Do this a dozen times.', { repetitions: { min: 12, max: 12 } }],
    ['Bridge x12', { repetitions: { min: 12, max: 12 } }],
    ['Repeat with your left leg 6 times.', { repetitions: { min: 6, max: 6 }, perSide: true }],
    ['Hold 20 seconds, 3 times.', { repetitions: { min: 3, max: 3 }, holdSeconds: { min: 20, max: 20 } }],
    ['Make 6 circles in each direction.', { repetitions: { min: 6, max: 6 }, perDirection: true }],
    ['Reps: 12', { repetitions: { min: 12, max: 12 } }],
    ['8 each leg', { repetitions: { min: 8, max: 8 }, perSide: true }],
    ['Stay for four deep breaths.', { breathCycles: { min: 4, max: 4 } }],
    ['Do 10, rest, then do 10 more.', { repetitions: { min: 10, max: 10 }, sets: { min: 2, max: 2 } }],
    ['Alternate legs for 16 reps in total.', { repetitions: { min: 16, max: 16 } }],
  ])('%s', (text, expected) => expect(parseDosage(text)).toEqual(expected));

  it('reads no count from "all fours" or distances', () => {
    expect(parseDosage('Kneel on all fours.')).toBeUndefined();
    expect(parseDosage('Keep your feet 20 cm apart.')).toBeUndefined();
  });

  it('makes a count per side from another sentence, and per direction when the movement goes both ways', () => {
    expect(sidesOf({ text: 'Repeat 8 times.', repetitions: { min: 8, max: 8 } }, ['Lift your right arm.', 'Then swap to the other arm.'])?.perSide).toBe(true);
    const circles = sidesOf({ text: '6 on each side.', repetitions: { min: 6, max: 6 }, perSide: true }, ['Circle your shoulders forwards, then backwards.']);
    expect(circles?.perSide).toBeUndefined();
    expect(circles?.perDirection).toBe(true);
  });
});

describe('positions', () => {
  it('reads where the exercise starts, not where it ends', () => {
    expect(positionOf(undefined, 'Lean your back on the wall and slide down until you are in a sitting position.')).toBeUndefined();
    expect(positionOf(undefined, 'Stand with your back on the wall, then slide down until you are sitting.')).toBe('standing');
  });
  it('tells kneeling on the elbows and the tucked child’s pose from all fours and prone', () => {
    expect(positionOf('Kneel and lean on your elbows and knees.')).toBe('kneeling');
    expect(positionOf('Lower yourself face down with your legs tucked under.')).toBe('kneeling');
    expect(positionOf('Sit on the edge of the bed with your hands on your knees.')).toBe('sitting');
  });
  it('infers standing from a forward bend to the floor, and takes a position said late', () => {
    expect(exercisePositionOf(undefined, ['Bend forward and touch the floor with both hands.'])).toBe('standing');
    expect(exercisePositionOf(undefined, ['Turn your head slowly.'], ['It is easiest when you are sitting upright.'])).toBe('sitting');
  });
});

describe('names, everyday movements and furniture', () => {
  it('reads names that lead an item', () => {
    expect(nameLead('Wall sit: "Slide down the wall and hold."')?.name).toBe('Wall sit');
    expect(nameLead('Knee hugs (for a stiff back): lie on your back…')?.name).toBe('Knee hugs');
    expect(nameLead('Name: "Heel taps". Lie on your back.')?.name).toBe('Heel taps');
    expect(nameLead('And the best part: you need no kit.')).toBeUndefined();
    expect(nameLead('Yes. It is safe.')).toBeUndefined();
  });
  it('knows everyday movements from exercises', () => {
    expect(isEverydayMovement('Getting out of bed')).toBe(true);
    expect(isEverydayMovement('Lifting the car seat')).toBe(true);
    expect(isEverydayMovement('Standing pelvic tilt')).toBe(false);
  });
  it('knows captions and site furniture from guidance', () => {
    expect(isCaptionLine('a mother stretching on a yoga mat')).toBe(true);
    expect(isFurniture('Home > Pregnancy > Exercise')).toBe(true);
    expect(isFurniture('Share this page: Facebook · Email · Print')).toBe(true);
    expect(isFurniture('Rest when you need to and drink plenty of water.')).toBe(false);
    expect(isFurniture('Call 999 if you have heavy bleeding: phone 0100 000 0000.')).toBe(false);
  });
});

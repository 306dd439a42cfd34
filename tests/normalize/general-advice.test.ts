import { describe, expect, it } from 'vitest';
import { isGeneralGuidance } from '../../src/normalize/general-advice.js';
import { movementName } from '../../src/normalize/introduced-name.js';
import { readSentence } from '../../src/normalize/sentence-role.js';
import { parseDosage } from '../../src/normalize/dosage.js';
import { isFurniture } from '../../src/normalize/boilerplate.js';
import { positionOf } from '../../src/normalize/attributes.js';

describe('guidance about exercising in general, not the exercise before it', () => {
  it.each([
    'Check with your midwife before starting any new exercise.',
    'Always talk to your physio before you begin a new fitness programme.',
    'If you notice bleeding or your waters break, stop and phone the labour ward.',
    'Stop all exercises and rest if you feel dizzy or faint.',
    'When you climb into bed, keep your knees together and roll as one piece.',
    'Keeping active is one of the best things you can do for your back.',
  ])('%s', (sentence) => expect(isGeneralGuidance(sentence)).toBe(true));

  it.each([
    'If this stretch pulls on your scar, make the movement smaller.',
    'Stop if you feel pain in your knee.',
    'Do not let your back arch as you lift the leg.',
    'Keep your hips level throughout.',
  ])('%s stays with its exercise', (sentence) => expect(isGeneralGuidance(sentence)).toBe(false));
});

describe('a name from the main movement', () => {
  const imperative = (sentence: string): string | undefined => {
    const reading = readSentence(sentence);
    return reading.movement ? reading.imperative : undefined;
  };
  it.each([
    [['Gently squeeze the towel for 5 seconds, then let go.'], 'Squeeze the towel'],
    [['Slowly lift your right heel off the floor.'], 'Lift your right heel'],
    [['Breathe out.', 'Press the small ball between your knees.'], 'Press the small ball'],
  ])('%j → %s', (sentences, name) => expect(movementName(sentences, imperative)).toBe(name));
  it('gives nothing without an instruction that moves something', () => {
    expect(movementName(['My back hurt for weeks.', 'Relax.'], imperative)).toBeUndefined();
  });
});

describe('dosage said in other words', () => {
  it('reads "two or three times a day" and "morning and night"', () => {
    expect(parseDosage('Repeat 8 to 10 times, two or three times a day.')?.timesPerDay).toEqual({ min: 2, max: 3 });
    expect(parseDosage('Do 10 of those, morning and night.')?.timesPerDay).toEqual({ min: 2, max: 2 });
  });
  it('reads "a couple of times a day" and "three of those"', () => {
    expect(parseDosage('Keep going for two minutes, a couple of times a day.')?.timesPerDay).toEqual({ min: 2, max: 2 });
    expect(parseDosage('Four of these is enough for a start.')?.repetitions).toEqual({ min: 4, max: 4 });
  });
  it('reads a squeeze kept for seconds as a hold', () => {
    expect(parseDosage('Tighten your tummy for a count of 6.')?.holdSeconds).toEqual({ min: 6, max: 6 });
    expect(parseDosage('Squeeze the cushion for 8 seconds.')?.holdSeconds).toEqual({ min: 8, max: 8 });
  });
});

describe('page furniture in other wordings', () => {
  it.each([
    'We use cookies to make this site work. Accept all | Manage preferences',
    'By Ana Ruiz | 3 June 2025 | 6 min read',
    'Share on Facebook · Share on X · Email',
    'Related: Ten maternity coats under £50',
    'Posted 14 Feb 2025, 21:14',
    'Log in or register to reply to this thread.',
    'Love, Mel x',
    'Hi all, and welcome to issue 30 of the newsletter.',
    'Next week I am writing about sleep, so send me your questions.',
    'Rosa Petit is a freelance health writer and yoga teacher.',
    'Also read: Seven snacks for the night feeds',
    'More from Family Health: Sleep tips for new parents · Choosing a sling',
    'View this newsletter in a web browser',
    'Forward to a friend',
    'Loading…',
    '34 comments',
    'Search our articles…',
  ])('%s', (text) => expect(isFurniture(text)).toBe(true));

  it.each([
    'Love your body as it changes and rest when you need to.',
    'Related aches in the hips are common in the third trimester.',
    'Posture matters: sit tall when you feed the baby.',
    'Also rest your feet on a low stool while you feed.',
    'More from your midwife: ask about a referral to physiotherapy at your next check.',
    'Search for a class near you, or ask your midwife for one.',
  ])('%s is guidance', (text) => expect(isFurniture(text)).toBe(false));
});

describe('positions told in the first person or in translation', () => {
  it.each([
    ['I lie on my side with my knees bent.', 'side-lying'],
    ['We lay on our backs with the knees up.', 'supine'],
    ['Position on the back, the legs bended in the knees, the feet stand on the floor.', 'supine'],
    ['Position on four points: the palms under the shoulders.', 'all-fours'],
  ])('%s → %s', (sentence, position) => expect(positionOf(sentence)).toBe(position));
});

describe('batch-3 shapes', () => {
  it('counts a movement named as a plural noun', () => {
    expect(parseDosage('8 slow slides.')?.repetitions).toEqual({ min: 8, max: 8 });
    expect(parseDosage('Finish with 12 gentle rocks.')?.repetitions).toEqual({ min: 12, max: 12 });
    expect(parseDosage('Position on four points, the palms under the shoulders.')).toBeUndefined();
  });
  it('cuts class logistics and reader-service lines out of advice', () => {
    expect(isFurniture('Parking is free after 6pm.')).toBe(true);
    expect(isFurniture('Have a health question? Email us at the newsdesk.')).toBe(true);
    expect(isFurniture('Bring water and rest when you need to.')).toBe(false);
  });
});

describe('batch-4 shapes', () => {
  it('reads "for about a minute" as one minute', () => {
    expect(parseDosage('Rock slowly forward and back for about a minute.')?.durationSeconds).toEqual({ min: 60, max: 60 });
  });
  it('takes sign-offs and phone footers for furniture', () => {
    for (const line of ['Sending love xx Amara', 'Lots of love, Jo x', 'Sent from my iPhone', 'Namaste, and see you on the mat next month.']) expect(isFurniture(line), line).toBe(true);
    expect(isFurniture('Love the feeling of the stretch along your side.')).toBe(false);
  });
});

describe('batch-5 shapes', () => {
  it('takes thread furniture and chatter out', async () => {
    const { isFurnitureSentence } = await import('../../src/normalize/boilerplate.js');
    for (const line of ['Edit: typo', 'Load more comments (31 replies)', '142 upvotes · 37 comments · Share · Save', 'Posted by u/sleepy_mum · 2 days ago']) expect(isFurniture(line), line).toBe(true);
    for (const sentence of ['Trying this tonight, thank you!!', 'Thanks everyone!', 'Will report back.']) expect(isFurnitureSentence(sentence), sentence).toBe(true);
    expect(isFurnitureSentence('Thank your body for the work it is doing and rest.')).toBe(false);
  });
  it('names an exercise that is the subject of a statement', async () => {
    const { introducedName } = await import('../../src/normalize/introduced-name.js');
    expect(introducedName('Pelvic tilts helped me the most.')).toBe('Pelvic tilts');
    expect(introducedName('Swimming saved my sanity.')).toBeUndefined();
  });
  it('reads a day at the desk as a habit, not a step', () => {
    expect(readSentence('I sit at a desk all day.').movement).toBe(false);
  });
});

describe('batch-6 shapes', () => {
  it('reads a "Sets | Reps | Rest" line as dosage, not a menu, and a rest as no field', () => {
    expect(isFurniture('Sets: 2 | Reps: 10 | Rest: 30s')).toBe(false);
    const dosage = parseDosage('Sets: 2 | Reps: 6 each side | Rest: 30s');
    expect(dosage).toEqual({ sets: { min: 2, max: 2 }, repetitions: { min: 6, max: 6 }, perSide: true });
  });
  it('reads steps told in the future tense after a sequencing word', () => {
    expect(readSentence('Secondly, you will sit on a firm chair with your feet flat.').movement).toBe(true);
  });
  it('takes a letter greeting and closing for furniture', () => {
    expect(isFurniture('Dear Ms Patel,')).toBe(true);
    expect(isFurniture('Yours sincerely,')).toBe(true);
  });
  it('reads a note about all the exercises as general', () => {
    expect(isGeneralGuidance("Coach's note: if you see doming during any of these, make the move smaller.")).toBe(true);
  });
});

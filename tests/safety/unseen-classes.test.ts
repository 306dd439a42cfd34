// Issue 18 on wording nobody here had used: the classes an outside set found, each in sentences
// written for this file (not copied from the eval batches or the rule examples). Every case but the
// guards was wrong before this change (checked against eed33b0): safe ones flagged, unsafe ones missed.
import { describe, expect, it } from 'vitest';
import { checkSentence } from '../../src/safety/index.js';
import { packageRules } from '../helpers/safety-rules.js';
import { isPainCondition, normalizeSentence } from '../../src/safety/negation.js';
import type { Stage } from '../../src/model/types.js';

const { rules, diagnostics } = packageRules;
const fired = (text: string, stage: Stage = 'trimester-2'): string[] => checkSentence(text, { stages: [stage] }, rules).map((m) => m.rule.id);

it('the rule files load without errors', () => {
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
});

describe('false flags fixed: the sentence advises the safe thing', () => {
  // Each of these was flagged by the rules before this change.
  it.each<[string, Stage]>([
    // Heat kept off the bump.
    ['Keep hot packs off the bump, on the shoulders only.', 'trimester-3'],
    ['Keep heat away from the bump.', 'trimester-2'],
    // Propped, not flat.
    ['Lie back against three pillows so your shoulders are raised.', 'trimester-3'],
    // Bearing down taught for labour; the breath kept moving.
    ['Bearing down is for the birth, not the weights room.', 'trimester-3'],
    ['We teach how to bear down for labour in week 36 of the course.', 'trimester-3'],
    ['Breathe out as you lift and keep the breath moving at all times.', 'trimester-2'],
    // The body supported in front, belly hanging.
    ['Rest your forearms on a gym ball and let your tummy hang forward as you sway.', 'trimester-2'],
    // A load named in a condition that says it hurts, answered with an alternative; left out.
    ['If single-leg squats bring on pubic pain, do them on two feet instead.', 'trimester-3'],
    ['Leave single-leg squats and straddle stretches out if your pelvis is sore.', 'trimester-2'],
    // Supported balance.
    ['Stand on one leg for ten seconds, one hand on the wall.', 'trimester-2'],
    // The early weeks over; a past birth named as a time.
    ["Once you've finished the early weeks, you can think about crunches again.", 'postpartum'],
    ['When the first six weeks are behind you, sit-ups can come back gradually.', 'postpartum'],
    ['From week 8 after a straightforward birth you can add a low-impact class.', 'postpartum'],
    // A story that ends by warning.
    ['The spa pool at 22 weeks left me dizzy and sick, never again.', 'trimester-2'],
    ["Tried a sauna at 18 weeks and felt awful, I won't be doing that again.", 'trimester-2'],
  ])('%s', (text, stage) => expect(fired(text, stage)).toEqual([]));

  // Not flagged before; these keep the new phrases in their place.
  it.each<[string, Stage]>([
    ['If you are too breathless to finish a sentence, ease off the pace.', 'trimester-2'],
    ['Unless your GP has cleared you, do not take up anything new.', 'trimester-1'],
    ['If nobody has checked your blood pressure lately, ask at your next appointment.', 'trimester-2'],
    ['You do not need fancy trainers before you start; just tell your midwife your plan.', 'trimester-1'],
    ['Unless your midwife says otherwise, walking is allowed every day.', 'trimester-2'],
  ])('%s (guard)', (text, stage) => expect(fired(text, stage)).toEqual([]));

  it('a week or two over is still early: only the early weeks as a whole or six weeks and more end them', () => {
    expect(fired('Once the first week is over, start skipping with a rope.', 'postpartum')).toEqual(['early-postpartum-load']);
  });
});

describe('misses fixed: the unsafe sentence is caught by the expected rule', () => {
  it.each<[string, Stage, string]>([
    // Permission that hangs on the absence of a restriction.
    ['Unless someone has specifically said no, carry on with all your sports.', 'trimester-1', 'weakened-contraindication'],
    ['If you have not been told to rest, carry on with everything you enjoy.', 'trimester-2', 'weakened-contraindication'],
    ['As long as no midwife has objected, you are free to join the advanced class.', 'trimester-3', 'weakened-contraindication'],
    ['Nobody said you must stop? Then crack on with your circuits.', 'trimester-2', 'weakened-contraindication'],
    ['Ladies with a restriction please sit out, the rest of you grab your weights.', 'trimester-2', 'weakened-contraindication'],
    ['All activities are allowed, provided nobody has ruled them out for you.', 'trimester-1', 'weakened-contraindication'],
    // Screening said to be unneeded, a clinician's caution dismissed.
    ['You do not have to run it past your midwife before joining in.', 'trimester-1', 'contraindication-override'],
    ['No GP sign-off needed for this course.', 'trimester-2', 'contraindication-override'],
    ['My stitch was in and I kept lifting; my consultant was way too cautious.', 'trimester-2', 'contraindication-override'],
    // Claims in other clothes.
    ['A big dose of this herb is the old trick to restart a missing period.', 'trimester-1', 'abortifacient'],
    ['Skip dinner after your workout so the weight does not creep on.', 'trimester-2', 'weight-loss-pregnancy'],
    ['This routine makes sure your baby engages in time for the birth.', 'trimester-3', 'outcome-overclaim'],
    ['Five minutes of yoga a week counts, you do not need more.', 'trimester-2', 'insufficient-activity'],
    // Movement.
    ['Fill your chest and do not let the air out until the rep is done.', 'trimester-2', 'breath-hold'],
    ['Carry on cycling until you are too winded to answer a question.', 'trimester-2', 'work-to-exhaustion'],
    ['Get your partner to press on your back so you go deeper in the fold.', 'trimester-2', 'overstretch'],
    ['Make the most of the relaxin in your joints and go further in every pose.', 'trimester-2', 'overstretch'],
    ['Turn into the twist until your chest presses against your knee.', 'trimester-2', 'deep-twist'],
    ['Drive your pelvis forward and bend back as far as you can.', 'trimester-2', 'lumbar-overarch'],
    ['With your knees over to the side, pin them down to the mat with your hand.', 'postpartum', 'postpartum-twist'],
    ['Week 2 postnatal is the perfect time for squat jumps.', 'postpartum', 'early-postpartum-load'],
  ])('%s', (text, stage, rule) => expect(fired(text, stage)).toContain(rule));
});

describe('a condition that names the load as the trouble', () => {
  const cond = (text: string, word: string): boolean => {
    const t = normalizeSentence(text);
    const at = t.indexOf(word);
    return isPainCondition(t, at, at + word.length);
  };
  it('is an alternative when the condition says it hurts and the main clause does something else', () => {
    expect(cond('If hopping makes your pelvis ache, walk instead.', 'hopping')).toBe(true);
    expect(cond('When wide squats feel too much, bring your feet closer.', 'wide squats')).toBe(true);
  });
  it('is no alternative when the main clause keeps on, or nothing hurts, or the load is in the main clause', () => {
    expect(cond('When hopping hurts, keep going anyway.', 'hopping')).toBe(false);
    expect(cond('If hopping feels fun, add a few more.', 'hopping')).toBe(false);
    expect(cond('If your back aches, try hopping on one leg.', 'hopping')).toBe(false);
    expect(cond('If hopping hurts', 'hopping')).toBe(false);
  });
});

// Issue 18, branch h18-claims: claims, stop signs and settings in wording nobody here had used —
// shop adverts, forum signatures, clinical shorthand, translated English, stories. Sentences written
// for this file (not copied from the eval batches or the rule examples). With the rules before this
// branch (ca69589) 28 of the 33 cases in the first two blocks were wrong (unsafe ones missed, safe
// ones flagged); the guards were all right then and must stay so.
import { describe, expect, it } from 'vitest';
import { checkSentence } from '../../src/safety/index.js';
import { packageRules } from '../helpers/safety-rules.js';
import type { Stage } from '../../src/model/types.js';

const { rules, diagnostics } = packageRules;
const fired = (text: string, stage: Stage): string[] => checkSentence(text, { stages: [stage] }, rules).map((m) => m.rule.id);

it('the rule files load without errors', () => {
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
});

describe('misses fixed: the unsafe sentence is caught by the expected rule', () => {
  it.each<[string, Stage, string]>([
    // An abortion drug with a shop's words; a period or "the blood" brought back with a brew.
    ['Genuine Cytotec, discreet next-day delivery, no prescription.', 'trimester-1', 'abortifacient'],
    ['Buy mifepristone online today, we ship overseas.', 'trimester-1', 'abortifacient'],
    ['Auntie says a strong brew of the dried root will make your blood come down by the weekend.', 'trimester-1', 'abortifacient'],
    ['Overdue and not ready? Papaya seeds every morning, it worked for my cousin.', 'trimester-1', 'abortifacient'],
    // Calorie caps and weight targets in shorthand.
    ['Mgmt: diet capped at 1100 kcal, aim wt reduction before term.', 'trimester-3', 'weight-loss-pregnancy'],
    ['She lived on 800 calories a day all pregnancy and looked amazing.', 'trimester-2', 'weight-loss-pregnancy'],
    // Absolute safety as a superlative or a count.
    ['The safest class in the whole world for expecting mums!', 'trimester-2', 'absolute-safety'],
    ['Not a single risk to you or your bump in any of these moves.', 'trimester-2', 'absolute-safety'],
    // The baby's health or a birth without surgery made the result of exercise.
    ['Do the programme and your baby will arrive perfect.', 'trimester-2', 'outcome-overclaim'],
    ['Strong mamas have babies who never pick up bugs.', 'trimester-2', 'outcome-overclaim'],
    ['Train right and your baby comes out without the knife.', 'trimester-3', 'outcome-overclaim'],
    ['After this course the labour becomes simple, you will see.', 'trimester-3', 'outcome-overclaim'],
    // A rare or tiny dose called enough or done.
    ['Every second Sunday in the pool is plenty for a pregnant body.', 'trimester-2', 'insufficient-activity'],
    ['Two minutes of squeezes while brushing your teeth and you are done, no gym needed.', 'trimester-2', 'insufficient-activity'],
    // Heat stuck below the navel; dives counted.
    ['Stick an adhesive warmer on your midriff during the walk.', 'trimester-2', 'heat-on-abdomen'],
    ['Managed several dives in Bali at 22 weeks, highly recommend.', 'trimester-2', 'scuba'],
    // Warning signs waved on.
    ['Tummy going tight on the rower? Pay it no mind and finish the set.', 'trimester-3', 'stop-sign-dismissed'],
    ['Shooting pain in the groin is just stretching ligaments, jog through it.', 'trimester-2', 'stop-sign-dismissed'],
    // Conditions said as people say them, then kept on, treated with exercise or waved on.
    ['Placenta lying low? I carried on running right through.', 'trimester-2', 'contraindication-override'],
    ['Blood pressure climbing? Brisk walks will lower it, keep it up.', 'trimester-3', 'contraindication-override'],
    ['The midwife told me to rest for the bleeding but I still did my spin class anyway.', 'trimester-1', 'contraindication-override'],
    // Permission that hangs on there being no written ban; screening only for the already flagged.
    ['Provided you do not have a note saying otherwise, lift like always.', 'trimester-2', 'weakened-contraindication'],
    ['Checks are not needed unless you have already been labelled high-risk.', 'trimester-1', 'weakened-contraindication'],
    // Effort to the end.
    ['Work until your legs buckle, even in the third trimester.', 'trimester-3', 'work-to-exhaustion'],
    // Later rounds (batches 8-10): sellers' words, stories of keeping on, errands and tiny doses.
    ['Inbox me for miso, cash on delivery.', 'trimester-1', 'abortifacient'],
    ['I was two weeks late, had a week of clove tea and it came, so try it.', 'trimester-1', 'abortifacient'],
    ['Hoovering counts as all the workout a pregnant mum needs.', 'trimester-2', 'insufficient-activity'],
    ['Three minutes of stretching and you have done your bit for the week.', 'trimester-2', 'insufficient-activity'],
    ['Short cervix on the scan but I am still coaching my hockey team.', 'trimester-2', 'contraindication-override'],
    ['Waters gone? Bounce on the ball to get the baby moving.', 'trimester-3', 'contraindication-override'],
    ['Not on bed rest? Then everything is allowed.', 'trimester-2', 'weakened-contraindication'],
    ['Dizziness in the class is common in pregnancy, so just rejoin when ready.', 'trimester-2', 'stop-sign-dismissed'],
    ['Pregnant divers can stay shallow and be fine.', 'trimester-2', 'scuba'],
    ['A 41 degree soak every evening did wonders for my back at 22 weeks.', 'trimester-2', 'hot-environment'],
    // Rounds on batches 11-13.
    ['Overdue? Grandma had a trick: a pot of boiled guava leaves each night.', 'trimester-1', 'abortifacient'],
    ['Appetite-suppressing diet pills are fine once you are past 14 weeks.', 'trimester-2', 'weight-loss-pregnancy'],
    ['Keep bouncing and your baby will never develop eczema.', 'trimester-3', 'outcome-overclaim'],
    ['Spotting after a swim? Hop back in the pool, it is nothing.', 'trimester-1', 'stop-sign-dismissed'],
    ['My GP banned lifting for my low placenta, but I kept training anyway.', 'trimester-2', 'contraindication-override'],
    ['Cleared unless someone says otherwise, so every class is open to you.', 'trimester-2', 'weakened-contraindication'],
    ['Work to the brink of collapse, bump or not.', 'trimester-2', 'work-to-exhaustion'],
  ])('%s', (text, stage, rule) => expect(fired(text, stage)).toContain(rule));
});

describe('false flags fixed: the sentence advises the safe thing', () => {
  it.each<[string, Stage]>([
    // Advice against, a saying judged, a myth named, a claim reported and answered.
    ['Obstetricians advise against steam rooms in pregnancy.', 'trimester-1'],
    ['"Work through the pain" is terrible advice when you are pregnant.', 'trimester-2'],
    ['Teas that "bring the blood down" are an old myth and some are toxic.', 'trimester-1'],
    ['Some people say nothing in yoga can hurt you; in fact a few poses need changing.', 'trimester-2'],
    ['Some blogs swear hot tubs are relaxing for the baby, but overheating is risky in pregnancy.', 'trimester-2'],
    // A story that ends in cancelling; a caution defended; an outcome denied.
    ['We had booked a dive trip but cancelled when the test was positive.', 'trimester-1'],
    ['Your consultant is not being overcautious about the stitch; listen to them.', 'trimester-2'],
    ['Walking will not stop you needing a caesarean if your baby is breech.', 'trimester-3'],
    // A herb in food amounts.
    ['Parsley in everyday amounts, as a garnish, is fine while pregnant.', 'trimester-1'],
  ])('%s', (text, stage) => expect(fired(text, stage)).toEqual([]));
});

describe('guards: everyday sentences the new shapes must leave alone', () => {
  it.each<[string, Stage]>([
    ['Your period may come back within a few months if you bottle feed.', 'postpartum'],
    ['Breastfeeding uses around 500 calories a day, so eat well.', 'postpartum'],
    ['Most babies are born healthy whatever their mother did at the gym.', 'trimester-3'],
    ['If you need a caesarean, the team will explain the operation.', 'trimester-3'],
    ['Keep up your classes while they feel comfortable and you can still talk.', 'trimester-2'],
    ['If you feel pain in your pelvis, stop and sit down.', 'trimester-2'],
    ['Two sessions a week is not enough on its own; add daily walks.', 'trimester-2'],
    ['I kept walking every day until 39 weeks, gently, as my midwife suggested.', 'trimester-3'],
    ['If your blood pressure is normal at your check, carry on with your walks.', 'trimester-2'],
    ['Disposable hand warmers are handy on cold winter walks.', 'trimester-2'],
    ['I did three dives before I knew I was pregnant, and none until after the birth now.', 'trimester-2'],
    ['Leave something in the tank at the end of every session.', 'trimester-3'],
    ['Order your folic acid online if that is easier, and take it every day.', 'trimester-1'],
    ['High blood pressure needs a plan from your care team before you carry on exercising.', 'trimester-3'],
    ['Miso soup is a gentle lunch when you feel queasy.', 'trimester-1'],
    ['Message us to book the pregnancy yoga class.', 'trimester-2'],
    ['Your online pharmacy can post your vitamins; no prescription is needed.', 'trimester-1'],
    ['The school run counts towards your activity; add a longer walk on other days.', 'trimester-2'],
    ['You have done your bit today with a thirty-minute swim.', 'trimester-2'],
    ['Two dives a day is usual on those boats, so pregnant travellers should pick a different trip.', 'trimester-2'],
    ['A warm bath at 37 degrees is fine; avoid anything hotter.', 'trimester-2'],
  ])('%s', (text, stage) => expect(fired(text, stage)).toEqual([]));
});

// A short lead that sets the scene ("Two weeks postpartum? …", "Had a section? …", "Day 4 after
// delivery: …") is read with the sentence it introduces; real questions and negating leads stay
// apart. A question reported and refused ("she asked whether…; we said not yet") is not advice.
import { describe, expect, it } from 'vitest';
import { checkSentence } from '../../src/safety/index.js';
import { sceneLeadEnd } from '../../src/safety/scene-lead.js';
import { packageRules } from '../helpers/safety-rules.js';
import { compileDocuments, pregnancyFront } from '../helpers/compile-text.js';
import type { Stage } from '../../src/model/types.js';

const { rules } = packageRules;
const fired = (text: string, stage: Stage = 'postpartum'): string[] => checkSentence(text, { stages: [stage] }, rules).map((m) => m.rule.id);

describe('scene-setting leads', () => {
  it.each([
    ['Baby nine days old? Grab the skipping rope and go.', 'early-postpartum-load'],
    ['Week 1 at home: 4 sets of 15 crunches.', 'early-postpartum-load'],
    ['Had an emergency section? Kettlebell class from week 3 is fine.', 'caesarean-load'],
  ])('%s → %s', (text, rule) => expect(fired(text)).toContain(rule));

  it.each([
    'Is running all right at two weeks? No, start with walks.',
    'Nine days after the birth? Rest, feed the baby, short walks only.',
    'Had a section? Wait for your six-week check before any class.',
  ])('%s is not flagged', (text) => expect(fired(text)).toEqual([]));

  it.each([
    ['Two weeks postpartum? Lace up.', 20],
    ['Post-op day 3: walk the corridor.', 13],
  ])('%s has a lead ending at %i', (text, end) => expect(sceneLeadEnd(text)).toBe(end));

  it.each([
    'Is hot yoga OK? No.',
    "GP hasn't objected? Then go.",
    'Q: any tips for sleep?',
    'Meet at 10:30 in the hall.',
    '你的肩膀向前滚吗? 是的。',
    'A very long lead that runs on for far too many words to set any scene? Yes.',
  ])('%s has no scene lead', (text) => expect(sceneLeadEnd(text)).toBeUndefined());

  it('a record reads the lead and its sentence as one sentence, placed at the lead', async () => {
    const result = await compileDocuments({ 'd.md': pregnancyFront('Doc').replace('pregnancy', 'postpartum') + '# Back to sport\n\nFeeling fine. Ten days postnatal? Time for a 5k run with the club.\n' }, { rulesDir: 'content/rules' });
    const flags = result.files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'early-postpartum-load');
    expect(flags.map((m) => [m.line, m.column])).toEqual([[9, 15]]);
  });

});

describe('reported question and refusal', () => {
  it('a question reported and refused is not flagged', () => {
    expect(fired('My sister asked at 2 weeks if she could go running; her midwife said not yet.')).toEqual([]);
  });
  it('a question reported and allowed is', () => {
    expect(fired('My sister asked at 2 weeks if she could go running, and her running club said yes, come along.')).toContain('early-postpartum-load');
  });
});

describe('idioms that are not negations', () => {
  it.each([
    ['Nothing beats a long soak in the hot tub at 30 weeks.', 'trimester-3', 'hot-environment'],
    ['C-section mums can lift the toddler no problem after the first week.', 'postpartum', 'caesarean-load'],
  ])('%s', (text, stage, rule) => expect(fired(text, stage as Stage)).toContain(rule));
  it('"nothing" and "no" still negate', () => {
    expect(fired('No hot tubs while pregnant, please.', 'trimester-2')).toEqual([]);
  });
});

describe('review findings (stop 27)', () => {
  it.each([
    ['Go for a run at two weeks postpartum once the stitches are out.', 'postpartum', 'early-postpartum-load'],
    ['Since I quit work I do hot yoga every day in pregnancy.', 'trimester-2', 'hot-environment'],
    ['She asked whether she could do hot yoga in pregnancy, and the physio said no problem.', 'trimester-2', 'hot-environment'],
  ])('still flagged: %s', (text, stage, rule) => expect(fired(text, stage as Stage)).toContain(rule));
  it.each([
    ['I stopped doing headstands once I was pregnant.', 'trimester-2'],
    ['Trampolining and hot yoga are out.', 'trimester-2'],
  ])('not flagged: %s', (text, stage) => expect(fired(text, stage as Stage)).toEqual([]));
  it('a lead after leading spaces is joined at its own mark', () => {
    expect(sceneLeadEnd('  Two weeks postpartum? Lace up.')).toBe(22);
  });
});

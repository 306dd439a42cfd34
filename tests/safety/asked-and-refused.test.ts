// A yes-or-no question about an activity, answered "no" in the next words, asks and refuses:
// the activity is not recommended. Answered "yes" (or "no problem"), it is.
import { expect, it } from 'vitest';
import { checkSentence } from '../../src/safety/index.js';
import { packageRules } from '../helpers/safety-rules.js';
import type { Stage } from '../../src/model/types.js';

const { rules } = packageRules;
const fired = (text: string, stage: Stage = 'trimester-2'): string[] => checkSentence(text, { stages: [stage] }, rules).map((m) => m.rule.id);

it.each([
  'Can I still go to the steam room? No, a warm shower is the safer choice.',
  'Q: Is a heat pad on my bump all right? A: No – put it on your lower back instead.',
  'Should I keep up kickboxing? Most midwives say no, because of the knocks to the tummy.',
  'Is hot yoga fine in the second trimester? Best not: choose an ordinary class.',
])('asked and refused, not flagged: %s', (text) => expect(fired(text)).toEqual([]));

it.each([
  ['Can I still go to the steam room? Yes, as often as you like.', 'hot-environment'],
  ['Is it OK to use the sauna with a bump? No problem, go ahead.', 'hot-environment'],
  ['Should I keep up kickboxing? Sure, keep sparring.', 'contact-or-fall-risk'],
])('answered yes, still flagged: %s', (text, rule) => expect(fired(text)).toContain(rule));

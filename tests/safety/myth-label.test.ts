// A claim set out under a label that denies it ("Myth: …", "Myth busted: '…'") is not advice;
// what follows the myth, and a "Fact:" that repeats an unsafe claim, still is.
import { expect, it } from 'vitest';
import { checkSentence } from '../../src/safety/index.js';
import { packageRules } from '../helpers/safety-rules.js';
import type { Stage } from '../../src/model/types.js';

const { rules } = packageRules;
const fired = (text: string, stage: Stage): string[] => checkSentence(text, { stages: [stage] }, rules).map((m) => m.rule.id);

it.each<[string, Stage]>([
  ["Myth: 'a short jog will bring on a miscarriage.' There is no evidence for that in a healthy pregnancy.", 'trimester-1'],
  ['Myth busted: "sit-ups are the only way to fix your back" — gentle strength work helps more.', 'trimester-2'],
  ['Debunked: hot yoga is good for pregnant backs.', 'trimester-2'],
])('not flagged: %s', (text, stage) => expect(fired(text, stage)).toEqual([]));

it('the sentence after the myth is still read', () => {
  expect(fired('Myth: you cannot exercise. Fact: a sauna after class is great for your back.', 'trimester-2')).toContain('hot-environment');
  expect(fired('Hot yoga is good for pregnant backs.', 'trimester-2')).toContain('hot-environment');
});

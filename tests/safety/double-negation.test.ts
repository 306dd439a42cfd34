// Negation that is itself negated reverses: "no need to avoid hot tubs" recommends them.
import { describe, expect, it } from 'vitest';
import { checkSentence } from '../../src/safety/index.js';
import { packageRules } from '../helpers/safety-rules.js';

const { rules } = packageRules;
const fired = (text: string, stages: Parameters<typeof checkSentence>[1]['stages'] = ['trimester-3']): string[] =>
  checkSentence(text, { stages }, rules).map((m) => m.rule.id);

describe('double negatives', () => {
  it.each([
    ['No need to avoid hot tubs; they are safe in pregnancy.', 'hot-environment'],
    ['It is not dangerous to lie on your back in the third trimester.', 'supine'],
    ['You do not need to avoid lying on your back.', 'supine'],
    ["You don't have to stop if you feel dizzy, just slow down.", 'stop-sign-dismissed'],
  ])('%s is flagged (%s)', (text, rule) => expect(fired(text)).toContain(rule));

  it.each([
    ['Avoid hot tubs and saunas.', 'hot-environment'],
    ['Do not lie on your back for long after 20 weeks.', 'supine'],
    ['It is dangerous to lie flat on your back for long in late pregnancy.', 'supine'],
  ])('%s stays safe (%s)', (text, rule) => expect(fired(text)).not.toContain(rule));
});

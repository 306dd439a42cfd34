import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Advice, Exercise, Flag } from '../../src/model/types.js';
import { isGsm7 } from '../../src/sms/gsm7.js';
import { SAFETY_CUE } from '../../src/sms/exercise-tips.js';
import { generateTips } from '../../src/sms/tips.js';
import { expectWithinBudget } from './tip-assertions.js';
import { advice, dataset, exercise, flag } from './tip-records.js';

/** Words from plain English to what breaks SMS: curly quotes, dashes, ellipses, no-break spaces, emoji, CJK, ç, € and decomposed accents. */
const WORD = fc.oneof(
  { weight: 60, arbitrary: fc.constantFrom('lift', 'your', 'arms', 'and', 'or', 'with', 'slowly', 'back', 'knees', 'breathe', 'out', 'lean', '8', 'to', '12', 'times', 'seconds', '(without pain)', '(neck is long)', 'as if pulling', 'Then', 'Note:') },
  { weight: 2, arbitrary: fc.constantFrom('don\u2019t', '\u201Cgently\u201D', '\u2013', '\u2014', 'rest\u2026', 'cafe\u0301', 'fa\u00E7ade', '\u20AC5', '[x]', '{y}', '\u00A0', '\u{1F600}', '\u{1F431}', '\u80CC\u90E8', '\u4F38\u5C55') },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 8 }) },
);
const SENTENCE = fc.array(WORD, { minLength: 1, maxLength: 12 }).map((words) => `${words.join(' ')}.`);
const FIELD = fc.array(SENTENCE, { minLength: 1, maxLength: 3 }).map((sentences) => sentences.join(' '));
const NAME = fc.oneof(fc.array(WORD, { minLength: 1, maxLength: 5 }).map((words) => words.join(' ')), fc.string({ minLength: 1, maxLength: 30 }));
/** True one time in five. */
const RARELY = fc.integer({ min: 0, max: 4 }).map((n) => n === 0);
/** A sentence that a flag points at: its marker must never reach a tip. */
const MARKER = 'QQFLAGGEDQQ';

interface Generated {
  exercise: Exercise;
  flagged: boolean;
}

const EXERCISE = fc.record({
  name: NAME,
  start: fc.option(FIELD, { nil: undefined }),
  steps: fc.array(FIELD, { minLength: 1, maxLength: 4 }),
  dosage: fc.option(FIELD, { nil: undefined }),
  stages: fc.subarray(['trimester-1', 'trimester-2', 'trimester-3', 'postpartum'] as const, { minLength: 1 }),
  withheld: RARELY,
  flagStep: fc.option(fc.tuple(fc.nat(), fc.constantFrom<Flag['severity']>('warning', 'error')), { nil: undefined }),
  /** A week limit and the caution that says it (a compact one, one that says more, or none). */
  week: fc.option(fc.tuple(fc.constantFrom(30, 34), fc.constantFrom(
    (w: number) => `Note: this exercise should not be done after the ${w}th week of pregnancy.`,
    (w: number) => `Do not do this after week ${w}, or if you feel pain in your pubic bone when you lift your leg.`,
    (w: number) => `Avoid it after week ${w}.`,
    () => 'Stop if you feel dizzy.',
  )), { nil: undefined }),
}).map(({ name, start, steps, dosage, stages, withheld, flagStep, week }): Generated => {
  const flags: Flag[] = [];
  const withFlag = [...steps];
  if (flagStep) {
    const index = flagStep[0] % steps.length;
    const evidence = `Hold your breath ${MARKER}.`;
    withFlag[index] = `${steps[index]} ${evidence}`;
    flags.push(flag(`steps/${index}`, evidence, flagStep[1]));
  }
  return {
    flagged: flagStep !== undefined,
    exercise: exercise({
      name, startingPosition: start, steps: withFlag, dosage: dosage === undefined ? undefined : { text: dosage }, stages: [...stages], flags,
      ...(week ? { avoidAfterWeek: week[0], cautions: [week[1](week[0])] } : {}),
      status: withheld ? 'withheld' : 'published',
    }),
  };
});

const ADVICE = fc.record({
  topic: fc.constantFrom<Advice['topic']>('warning-signs', 'when-to-exercise', 'general-rules', 'faq', 'self-care'),
  text: FIELD,
  items: fc.option(fc.array(FIELD, { minLength: 1, maxLength: 6 }), { nil: undefined }),
  withheld: RARELY,
}).map(({ topic, text, items, withheld }) => advice({ topic, text, items, status: withheld ? 'withheld' : 'published' }));

describe('tip generator on generated records', () => {
  it('never exceeds the budget or leaves GSM-7, never sends a withheld record or a flagged sentence, and tips or reports every exercise', () => {
    fc.assert(fc.property(
      fc.array(EXERCISE, { minLength: 1, maxLength: 4 }), fc.array(ADVICE, { maxLength: 3 }), fc.integer({ min: 1, max: 3 }),
      (generated, adviceRecords, segments) => {
        const exercises = generated.map((g, i) => ({ ...g.exercise, id: `test-doc--ex-${i}` }));
        const advices = adviceRecords.map((a, i) => ({ ...a, id: `test-doc--adv-${i}` }));
        const set = generateTips(dataset(exercises, advices), { segments });
        expectWithinBudget(set, segments);
        const withheld = new Set([...exercises, ...advices].filter((r) => r.status === 'withheld').map((r) => r.id));
        for (const tip of set.tips) {
          expect(withheld.has(tip.record)).toBe(false);
          expect(tip.text).not.toContain(MARKER);
          if (tip.kind === 'exercise') expect(tip.text.endsWith(SAFETY_CUE)).toBe(true);
        }
        for (const e of exercises.filter((r) => r.status === 'published')) {
          const tipped = set.tips.some((tip) => tip.record === e.id && tip.kind === 'exercise');
          const reported = set.untipped.filter((u) => u.record === e.id);
          expect(tipped ? reported.length === 0 : reported.length === 1, e.id).toBe(true);
          if (!tipped) expect(reported[0]?.reason.length).toBeGreaterThan(5);
          if (e.avoidAfterWeek !== undefined) {
            for (const tip of set.tips.filter((t) => t.record === e.id)) expect(tip.text).toMatch(new RegExp(`(?<!\\d)${e.avoidAfterWeek}(?!\\d)`));
          }
        }
        for (const rejected of set.rejected) {
          expect(isGsm7(rejected.char)).toBe(false);
          expect(rejected.codePoint).toBe(`U+${(rejected.char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
        }
        expect(new Set(set.tips.map((tip) => tip.id)).size).toBe(set.tips.length);
      },
    ), { numRuns: 300 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(fc.array(EXERCISE, { maxLength: 3 }), (generated) => {
      const records = generated.map((g, i) => ({ ...g.exercise, id: `test-doc--ex-${i}` }));
      expect(generateTips(dataset(records))).toEqual(generateTips(dataset(structuredClone(records))));
    }), { numRuns: 50 });
  });
});

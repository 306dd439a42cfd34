import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Stage } from '../../src/model/types.js';
import { POSITIONS, STAGES } from '../../src/model/types.js';
import { checkSentence } from '../../src/safety/index.js';
import { catalogue, ruleById } from './catalogue.js';

const PREGNANCY: Stage[] = ['trimester-1', 'trimester-2', 'trimester-3'];
const POSTPARTUM: Stage[] = ['postpartum'];
const ids = (sentence: string, stages: readonly Stage[], position?: (typeof POSITIONS)[number]): string[] =>
  checkSentence(sentence, { stages, ...(position ? { position } : {}) }, catalogue().rules).map((m) => `${m.rule.id}/${m.via}`);

describe('real seed sentences', () => {
  test.each([
    ['Pregnant women should take caution about raising their core body temperature, which is why saunas and hot tubs aren’t recommended.', PREGNANCY],
    ['Ensure there is no breath holding.', ['trimester-3']],
    ['In the third trimester, it’s important to avoid heavy loads lying on your back and positions that exert pressure on the abdominal area.', ['trimester-3']],
    ['Do not hold your breath, but breathe calmly.', PREGNANCY],
    ['Lie on your back, spread out your arms, pressing your shoulders and shoulder blades to the floor.', POSTPARTUM],
    ['Never leave the heat on for more than 15 minutes, and be mindful of the intensity.', PREGNANCY],
    ['The main rule is not to perform the workout through pain and not to strive for exertion through force.', PREGNANCY],
    ['Listen to your body and do everything in moderation.', PREGNANCY],
    ['Avoid overstretching muscles or deep massage, as they can cause strain and lead to more pain.', PREGNANCY],
    ['Squat down when you need to pick something up instead of bending over, and use proper body mechanics.', PREGNANCY],
  ] as Array<[string, Stage[]]>)('safe: %s', (sentence, stages) => {
    expect(ids(sentence, stages)).toEqual([]);
  });

  test.each([
    ['Try to bend forward as much as possible, continue hand downwards.', PREGNANCY, 'overstretch'],
    ['Hold your breath for a few seconds.', PREGNANCY, 'breath-hold'],
    ['6 Ways To Have a Natural Miscarriage', PREGNANCY, 'abortifacient'],
    ['6 Ways To Have a Natural Miscarriage', POSTPARTUM, 'abortifacient'],
    ['Foods That Cause Miscarriage', PREGNANCY, 'abortifacient'],
    ['Losing Weight In A Week With Honey', PREGNANCY, 'weight-loss-pregnancy'],
    ['Useful exercise to increase lactation and increase spinal mobility.', POSTPARTUM, 'outcome-overclaim'],
    ['improved labor outcomes and newborn health', PREGNANCY, 'outcome-overclaim'],
    ['Yoga will provide a gentle, harmless and effective effect on the spine, back, neck and chest muscles.', POSTPARTUM, 'absolute-safety'],
    ['This removes the cervical clamp, straightens the spine, eliminates pain in the tightened ribcage, and improves posture.', POSTPARTUM, 'cure-guarantee'],
  ] as Array<[string, Stage[], string]>)('unsafe: %s', (sentence, stages, rule) => {
    expect(ids(sentence, stages)).toContain(`${rule}/pattern`);
  });

  test('weight loss is flagged in pregnancy only', () => {
    expect(ids('Losing Weight In A Week With Honey', POSTPARTUM)).toEqual([]);
  });
});

describe('stages and positions', () => {
  test('"lie on your back" is a warning in trimester-2 and trimester-3 and nothing in postpartum or trimester-1', () => {
    const sentence = 'Lie on your back with your knees bent.';
    for (const stage of ['trimester-2', 'trimester-3'] as Stage[]) {
      const matches = checkSentence(sentence, { stages: [stage] }, catalogue().rules);
      expect(matches.map((m) => [m.rule.id, m.rule.severity, m.via, m.evidence])).toEqual([['supine', 'warning', 'pattern', 'Lie on your back']]);
    }
    expect(ids(sentence, POSTPARTUM)).toEqual([]);
    expect(ids(sentence, ['trimester-1'])).toEqual([]);
  });

  test('a rule applies when the record stages intersect the rule stages', () => {
    expect(ids('Lie on your back with your knees bent.', ['trimester-1', 'trimester-2'])).toEqual(['supine/pattern']);
  });

  test('a supine position triggers the supine rule without words, in trimester-3 only', () => {
    const words = 'Press your knees together and breathe slowly.';
    const inT3 = checkSentence(words, { stages: ['trimester-3'], position: 'supine' }, catalogue().rules);
    expect(inT3.map((m) => ({ id: m.rule.id, via: m.via, index: m.index, length: m.length, evidence: m.evidence }))).toEqual([
      { id: 'supine', via: 'position', index: 0, length: 0, evidence: 'position: supine' },
    ]);
    expect(ids(words, ['trimester-1'], 'supine')).toEqual([]);
    expect(ids(words, POSTPARTUM, 'supine')).toEqual([]);
    expect(ids(words, ['trimester-3'], 'side-lying')).toEqual([]);
  });

  test('a prone position triggers the prone rule in trimester-2', () => {
    expect(ids('Rest your forehead on your hands.', ['trimester-2'], 'prone')).toEqual(['prone/position']);
  });

  test('the evidence is the original text, typographic quotes included', () => {
    const [match] = checkSentence('Honestly, you don’t need to check with your midwife.', { stages: ['trimester-2'] }, [ruleById('contraindication-override')]);
    expect(match?.evidence).toBe('don’t need to check with your midwife');
    expect(match?.index).toBe(14);
  });
});

describe('negation in context', () => {
  const P = ['trimester-2'] as Stage[];
  test.each([
    ['Avoid saunas, hot tubs and steam rooms while you are pregnant.'],
    ['Saunas, hot tubs and steam rooms should be avoided.'],
    ['Do not use saunas, hot tubs or steam rooms.'],
    ['A hot tub is not safe in pregnancy.'],
    ['Instead of lying on your back, lie on your side.'],
    ['Lie on your side instead of on your back.'],
    ['Never hold your breath while lifting.'],
    ['You should not go skiing, surfing or horse riding.'],
    ['Refrain from hot yoga until after the birth.'],
    ['Do not push through the pain, stop and rest.'],
  ])('not flagged: %s', (sentence) => {
    expect(ids(sentence, P)).toEqual([]);
  });

  test.each([
    ["Don't stop, push through the pain.", 'stop-sign-dismissed'],
    ['Do not stop if you feel dizzy, just slow down.', 'stop-sign-dismissed'],
    ['Never hold back: relax in the hot tub after class.', 'hot-environment'],
    ['Women who have no complications can relax in the hot tub.', 'hot-environment'],
    ['If you feel no pain, lie on your back for the bridge.', 'supine'],
    ['Avoid the gym, but a sauna afterwards is fine.', 'hot-environment'],
    ["There's no need to ask your doctor before you start.", 'contraindication-override'],
    ['Never do crunches again after having a baby.', 'diastasis-absolute-claim'],
  ])('flagged: %s', (sentence, rule) => {
    const stages: Stage[] = rule === 'diastasis-absolute-claim' ? POSTPARTUM : P;
    expect(ids(sentence, stages)).toContain(`${rule}/pattern`);
  });
});

describe('engine properties', () => {
  test('matches lie inside the sentence and their evidence is the matched text', () => {
    const words = fc.constantFrom('lie', 'on', 'your', 'back', 'not', 'avoid', 'hot', 'tub', 'sauna', ',', 'but', 'hold', 'breath', 'push', 'through', 'the', 'pain', 'harmless', 'don’t', 'and', 'then', '.');
    const sentence = fc.array(words, { maxLength: 40 }).map((w) => w.join(' '));
    const stages = fc.subarray([...STAGES], { minLength: 1 });
    const position = fc.option(fc.constantFrom(...POSITIONS), { nil: undefined });
    fc.assert(
      fc.property(sentence, stages, position, (text, st, pos) => {
        for (const m of checkSentence(text, { stages: st, ...(pos ? { position: pos } : {}) }, catalogue().rules)) {
          expect(m.rule.stages.some((s) => st.includes(s))).toBe(true);
          if (m.via === 'pattern') {
            expect(m.index + m.length).toBeLessThanOrEqual(text.length);
            expect(m.evidence).toBe(text.slice(m.index, m.index + m.length));
            expect(m.length).toBeGreaterThan(0);
          } else {
            expect(m.rule.positions).toContain(pos);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test('an empty sentence yields only position matches', () => {
    expect(ids('', ['trimester-3'], 'supine')).toEqual(['supine/position']);
    expect(ids('   ', ['trimester-3'])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { septetLength } from '../../src/sms/gsm7.js';
import { SAFETY_CUE } from '../../src/sms/exercise-tips.js';
import { generateTips } from '../../src/sms/tips.js';
import { WARNING_LEAD } from '../../src/sms/warning-tips.js';
import { advice, dataset, exercise, flag } from './tip-records.js';

const texts = (set: ReturnType<typeof generateTips>): string => set.tips.map((tip) => tip.text).join('\n');

describe('exercise tips', () => {
  it('gives the name, the core movement, the dosage and the safety cue in one tip', () => {
    const set = generateTips(dataset([exercise()]));
    const main = set.tips.find((tip) => tip.kind === 'exercise');
    expect(main?.text).toBe('Cat-cow: Kneel on all fours. Breathe in and let your belly drop gently. Breathe out and round your back. Repeat 8-10 times. Stop if it hurts.');
    expect(main).toMatchObject({
      id: 'tip-test-doc--cat-cow-1', stages: ['trimester-2'], record: 'test-doc--cat-cow', encoding: 'GSM-7', segments: 1,
      source: { document: 'test-doc', file: 'content/test-doc.md', lines: { start: 10, end: 20 } },
    });
    expect(main?.septets).toBe(septetLength(main?.text ?? ''));
    expect(main?.source.fields).toEqual(['name', 'startingPosition', 'steps/0', 'steps/1', 'dosage']);
  });

  it('gives no tip for a withheld record and does not list it as untipped', () => {
    const set = generateTips(dataset([exercise({ status: 'withheld', withheldReasons: ['test'] })], [advice({ status: 'withheld' })]));
    expect(set.tips).toEqual([]);
    expect(set.untipped).toEqual([]);
  });

  it('never sends a warning- or error-flagged step sentence', () => {
    for (const severity of ['warning', 'error'] as const) {
      const record = exercise({
        steps: ['Breathe in and lift your chest. Hold your breath for a few seconds.', 'Breathe out and lower your chest.'],
        flags: [flag('steps/0', 'Hold your breath for a few seconds.', severity)],
      });
      const set = generateTips(dataset([record]), { segments: 3 });
      expect(set.tips.length).toBeGreaterThan(0);
      expect(texts(set)).not.toMatch(/hold your breath/i);
      expect(texts(set)).toContain('Breathe in and lift your chest.');
    }
  });

  it('drops a sentence that holds flagged evidence, and counts a flag without a field for every field', () => {
    const partial = exercise({ steps: ['Bend as far as you can, then come back up.', 'Breathe out.'], flags: [flag('steps/0', 'as far as you can', 'warning', 'overstretch')] });
    expect(texts(generateTips(dataset([partial])))).not.toContain('as far as you can');
    const fieldless = exercise({ flags: [flag(undefined, 'Breathe out and round your back.')] });
    expect(texts(generateTips(dataset([fieldless])))).not.toContain('round your back');
  });

  it('keeps sentences whose flags are resolved or only informational', () => {
    const resolved = { ...flag('steps/1', 'Breathe out and round your back.'), resolution: { reason: 'reviewed', line: 3 } };
    const info = flag('steps/0', 'Breathe in and let your belly drop gently.', 'info', 'readability');
    const text = texts(generateTips(dataset([exercise({ flags: [resolved, info] })])));
    expect(text).toContain('round your back');
    expect(text).toContain('let your belly drop');
  });

  it('reports an exercise whose name, starting position or body position is flagged instead of sending part of it', () => {
    const set = generateTips(dataset([
      exercise({ id: 'd--a', startingPosition: 'Kneel and twist deeply.', flags: [flag('startingPosition', 'Kneel and twist deeply.', 'warning', 'deep-twist')] }),
      exercise({ id: 'd--b', name: 'Hot yoga stretch', flags: [flag('name', 'Hot yoga stretch', 'error', 'hot-environment')] }),
      exercise({ id: 'd--c', startingPosition: undefined, steps: ['Lie on your back. Lift your hips.'], flags: [flag('steps/0', 'Lie on your back.', 'warning', 'supine')] }),
    ]));
    expect(set.tips).toEqual([]);
    expect(set.untipped).toEqual([
      { record: 'd--a', reason: expect.stringContaining('starting position is flagged (deep-twist)') },
      { record: 'd--b', reason: expect.stringContaining('name is flagged (hot-environment)') },
      { record: 'd--c', reason: expect.stringContaining('body position is flagged (supine)') },
    ]);
  });

  it('puts the cautions in every tip of the exercise, or sends none', () => {
    const caution = 'Note: do not do this after week 34 of pregnancy.';
    const set = generateTips(dataset([exercise({ cautions: [caution], avoidAfterWeek: 34 })]), { segments: 2 });
    expect(set.tips.length).toBeGreaterThan(0);
    for (const tip of set.tips) expect(tip.text).toContain('Do not do this after week 34 of pregnancy.');
    const flagged = generateTips(dataset([exercise({ cautions: [caution], flags: [flag('cautions/0', caution)] })]));
    expect(flagged.tips).toEqual([]);
    expect(flagged.untipped[0]?.reason).toContain('caution is flagged');
    const unsaid = generateTips(dataset([exercise({ avoidAfterWeek: 30 })]));
    expect(unsaid.tips).toEqual([]);
    expect(unsaid.untipped[0]?.reason).toContain('week 30');
  });

  it('rejects a tip that would need UCS-2, naming the character', () => {
    const set = generateTips(dataset([exercise({ name: 'Cat-cow \u{1F431}' })]));
    expect(set.tips).toEqual([]);
    expect(set.rejected).toEqual([{ record: 'test-doc--cat-cow', field: 'name', char: '\u{1F431}', codePoint: 'U+1F431' }]);
    expect(set.untipped[0]?.reason).toContain('U+1F431');
  });

  it('reports an exercise too long for one segment, and numbers its parts when more are allowed', () => {
    const long = exercise({
      name: 'Standing pelvic tilts with support at the kitchen table',
      startingPosition: 'Stand facing the table.',
      steps: ['As you breathe out, slowly tuck your pelvis under and feel your lower back lengthen towards the floor behind you while your knees stay soft.'],
      dosage: { text: 'Repeat 8 to 12 times, resting between sets whenever you need to.' },
    });
    const one = generateTips(dataset([long]));
    expect(one.tips).toEqual([]);
    expect(one.untipped[0]?.reason).toMatch(/need \d+ septets .* one 160-septet segment/);
    const three = generateTips(dataset([long]), { segments: 3 });
    expect(three.tips).toHaveLength(1);
    const parts = three.tips[0]?.parts ?? [];
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((part) => part.slice(0, 6))).toEqual(parts.map((_, i) => `(${i + 1}/${parts.length}) `));
    for (const part of parts) expect(septetLength(part)).toBeLessThanOrEqual(153);
    expect(three.tips[0]?.segments).toBe(parts.length);
  });

  it('never sends a starting position alone: the tip holds it with the movement, or the exercise is reported', () => {
    const record = exercise({
      startingPosition: 'Kneel on all fours, hands under your shoulders, knees under your hips, back long and level.',
      steps: ['As you breathe in, let your belly drop gently towards the floor and lift your gaze.', 'Breathe out and round your back.'],
    });
    const one = generateTips(dataset([record]));
    expect(one.tips).toEqual([]);
    expect(one.untipped[0]?.reason).toMatch(/starting position, core movement, dosage and the safety cue need \d+ septets/);
    const two = generateTips(dataset([record]), { segments: 2 });
    expect(two.tips.map((tip) => tip.kind)).toEqual(['exercise']);
    expect(two.tips[0]?.text).toMatch(/^Cat-cow: Kneel on all fours, .* Breathe out and round your back\. (?:Repeat 8 to 10 times|Do 8-10x)\. Stop if it hurts\.$/);
  });

  it('leaves out a step that points at a picture, and reports an exercise whose caution does', () => {
    const record = exercise({
      steps: ['Rest your head as shown in the picture.', 'Breathe out and round your back.'],
    });
    const set = generateTips(dataset([record]));
    expect(set.tips[0]?.text).not.toMatch(/picture/i);
    expect(set.tips[0]?.text).toContain('Breathe out and round your back.');
    const caution = generateTips(dataset([exercise({ cautions: ['Do not twist further than the photo shows.'] })]));
    expect(caution.tips).toEqual([]);
    expect(caution.untipped[0]?.reason).toMatch(/caution points at a picture/);
  });
});

describe('advice tips', () => {
  it('sends every unflagged warning sign whole, after the lead-in, and none that is flagged', () => {
    const items = ['you bleed from the vagina;', 'fluid leaks from the vagina;', 'you feel dizzy or faint;', 'you have chest pain;', 'your calf is painful or swollen;', 'you feel your contractions come regularly and painfully;', 'push through the pain.'];
    const record = advice({ items, flags: [flag('items/6', 'push through the pain.', 'error', 'stop-sign-dismissed')] });
    const set = generateTips(dataset([], [record]));
    expect(set.tips.length).toBeGreaterThan(1);
    for (const tip of set.tips) {
      expect(tip.text.startsWith(WARNING_LEAD)).toBe(true);
      expect(tip.kind).toBe('warning-signs');
      expect(tip.septets).toBeLessThanOrEqual(160);
    }
    for (const item of items.slice(0, 6)) {
      const words = item.replace(/;$/, '');
      expect(set.tips.filter((tip) => tip.text.includes(words))).toHaveLength(1);
    }
    expect(texts(set)).not.toContain('push through');
  });

  it('quotes whole sentences on how often and breathing, never a run that starts by leaning on the one before', () => {
    const record = advice({
      id: 'd--rules', topic: 'general-rules', items: undefined,
      text: 'Exercise 3 times a week. This helps. Keep your breathing calm and steady. However, stop if you feel dizzy.',
    });
    const set = generateTips(dataset([], [record]));
    expect(set.tips.map((tip) => [tip.kind, tip.text])).toEqual([
      ['how-often', 'Exercise 3 times a week. This helps.'],
      ['breathing', 'Keep your breathing calm and steady. However, stop if you feel dizzy.'],
    ]);
  });

  it('reports an audience without warning signs as a gap, and invents none', () => {
    const set = generateTips(dataset([exercise({ stages: ['postpartum'] })], [advice()]));
    expect(set.gaps).toContainEqual(expect.objectContaining({ audience: 'postpartum', kind: 'warning-signs' }));
    expect(set.tips.filter((tip) => tip.stages.includes('postpartum') && tip.kind === 'warning-signs')).toEqual([]);
  });
});

describe('ids and order', () => {
  it('orders by first stage, then record order, with stable ids', () => {
    const records = [
      exercise({ id: 'd--late', stages: ['trimester-3'] }),
      exercise({ id: 'd--after', stages: ['postpartum'] }),
      exercise({ id: 'd--early', stages: ['trimester-1', 'trimester-2'] }),
    ];
    const set = generateTips(dataset(records, [advice({ id: 'd--signs', stages: ['trimester-2', 'trimester-3'] })]));
    expect(set.tips.map((tip) => tip.id)).toEqual([
      'tip-d--early-1', 'tip-d--signs-1', 'tip-d--late-1', 'tip-d--after-1',
    ]);
    expect(generateTips(dataset(records))).toEqual(generateTips(dataset(records)));
  });
});

// Composition of exercise and warning-signs tips: compact dosage and week cautions, whole movements,
// sentence-aligned parts, stage limits and UCS-2 reports.
import { describe, expect, it } from 'vitest';
import { SAFETY_CUE } from '../../src/sms/exercise-tips.js';
import { isWeekOnlyCaution } from '../../src/sms/exercise-parts.js';
import { septetLength } from '../../src/sms/gsm7.js';
import { cutsMovement, MOVEMENT_PAIRS } from '../../src/sms/movement-pairs.js';
import { limitStages, STAGE_LIMITS } from '../../src/sms/tip-stage-limits.js';
import { CSV_COLUMNS, tipsCsv, tipsTxt } from '../../src/sms/tip-serialize.js';
import { generateTips } from '../../src/sms/tips.js';
import { advice, dataset, exercise } from './tip-records.js';

const adhoMukha = exercise({
  id: 'd--adho-mukha-shvanasana',
  name: 'Adho Mukha Shvanasana',
  stages: ['postpartum'],
  startingPosition: undefined,
  steps: [
    'Deep bend with hands behind the head, touching the floor, body and legs forming a triangle.',
    'Pull the navel to the spine and hold for 8-10 seconds.',
  ],
  dosage: { text: 'Pull the navel to the spine and hold for 8-10 seconds.', holdSeconds: { min: 8, max: 10 } },
});

const mountain = exercise({
  id: 'd--mountain',
  name: 'Mountain',
  stages: ['trimester-3'],
  avoidAfterWeek: 34,
  startingPosition: 'Crawl on your heels, lean by knees and elbows.',
  steps: [
    'Put shoulders down to let pelvis higher. Put your head on arms. You can use a pillow, and then put hands forward or along the body.',
    'Turn your head on 1 side or lean the forehead. Pelvis and thighs should lie on a line which is perpendicular to the floor. Relax the entire upper body. Take a look on your back: the back is not bent. Keep breathing steadily.',
  ],
  dosage: { text: 'This exercise lasts 1-2 minutes.', durationSeconds: { min: 60, max: 120 } },
  cautions: ['Note: "mountain" exercise should not be done after the 34-35th weeks of pregnancy.'],
});

const shoulderCircles = exercise({
  id: 'd--shoulder-circles',
  name: 'Shoulder Circles + Neck Lengthening',
  startingPosition: 'sitting or standing, back straight, chin slightly tucked in (neck is long).',
  steps: ['Lift the shoulders up on an inhale.', 'Move the shoulders back.', 'Lower them down on an exhale.', 'Make 5 circles backward, then 5 circles forward.'],
  dosage: { text: '5 rounds on each side, 1\u20132 times.', repetitions: { min: 5, max: 5 }, sets: { min: 1, max: 2 }, perSide: true },
});

const catCow = exercise({
  id: 'd--cat-cow',
  name: 'Cat-Cow on all fours',
  startingPosition: 'on all fours: palms under the shoulders, knees under the pelvis, spine neutral, gaze at the floor.',
  steps: [
    'As you inhale, gently extend the chest forward, and the back arches slightly.',
    'As you exhale, round your back as if \u2018pulling\u2019 the lower back upward.',
    'Move smoothly, without collapsing in the lower back and without sudden movements.',
  ],
  dosage: { text: '8\u201310 breathing cycles.', breathCycles: { min: 8, max: 10 } },
});

const pelvicTilt = exercise({
  id: 'd--pelvic-tilt',
  name: 'Pelvic Tilt Against the Wall',
  startingPosition: 'Stand with your back against the wall, feet hip-width apart, knees slightly bent, palms on the pelvic bones.',
  steps: [
    'Take a calm breath in.',
    'On the exhale, gently \u2019tilt\u2019 the pelvis: the lower back softly moves towards the wall (without pain).',
    'On the inhale, return to a neutral position (do not arch suddenly).',
    'Repeat the movement smoothly at your own pace.',
  ],
  dosage: { text: '8\u201312 times, 1\u20132 sets.', repetitions: { min: 8, max: 12 }, sets: { min: 1, max: 2 } },
});

describe('fewer and shorter pieces before giving up', () => {
  it('reports Adho Mukha Shvanasana, which says no starting position, rather than send a tip that does not say where to start', () => {
    const set = generateTips(dataset([adhoMukha]), { segments: 3 });
    expect(set.tips).toEqual([]);
    expect(set.untipped.map((u) => u.reason)).toEqual([expect.stringMatching(/no starting position .* where to start/)]);
  });

  it('gives the dose from its numbers when the dose as written does not fit', () => {
    const kneeling = {
      ...adhoMukha,
      startingPosition: 'Kneel on a mat.',
      steps: ['Round your upper back slowly and let your head hang.', 'Pull the navel to the spine.'],
      dosage: { text: 'Stay there, keeping the navel drawn in, for somewhere between eight and ten seconds.', holdSeconds: { min: 8, max: 10 } },
    };
    const set = generateTips(dataset([kneeling]));
    expect(set.untipped).toEqual([]);
    expect(set.tips[0]?.text).toMatch(/^Adho Mukha Shvanasana: Kneel on a mat\. .* Hold 8-10 seconds\. Stop if it hurts\.$/);
    expect(set.tips[0]?.segments).toBe(1);
  });

  it('gives Mountain a compact week caution when that lets it fit, and every tip says the week', () => {
    for (const segments of [1, 2, 3]) {
      const set = generateTips(dataset([mountain]), { segments });
      for (const tip of set.tips) expect(tip.text, tip.id).toMatch(/\bweek 34\b|\b34-35th weeks\b/);
      if (segments > 1) expect(set.tips.map((tip) => tip.kind)).toEqual(['exercise']);
    }
    const one = generateTips(dataset([mountain]));
    expect(one.tips).toEqual([]);
    expect(one.untipped[0]?.reason).toMatch(/starting position, core movement, dosage, cautions and the safety cue need \d+ septets/);
  });

  it('never replaces a week caution that says more than the week', () => {
    expect(isWeekOnlyCaution('Note: "mountain" exercise should not be done after the 34-35th weeks of pregnancy.', 34, 'Mountain')).toBe(true);
    expect(isWeekOnlyCaution('Do not do this after week 34 or if you have pelvic pain.', 34, 'Mountain')).toBe(false);
    expect(isWeekOnlyCaution('Do this after week 34.', 34, 'Mountain')).toBe(false);
    const caution = 'Do not do this after week 34, or if you feel any pain in your pelvis or your pubic bone when you lift your legs.';
    const set = generateTips(dataset([{ ...mountain, cautions: [caution] }]));
    for (const tip of set.tips) expect(tip.text).toContain('after week 34, or if you feel any pain in your pelvis');
  });
});

describe('whole movements', () => {
  it('keeps the table of two-part movements in data', () => {
    expect(MOVEMENT_PAIRS.map((pair) => pair.id)).toEqual(['breath', 'lift-lower', 'arch-round']);
    const steps = shoulderCircles.steps;
    expect(cutsMovement(steps, 0, 2)).toBe(true);
    expect(cutsMovement(steps, 0, 3)).toBe(false);
    expect(cutsMovement(['As you exhale, tuck your pelvis under.', 'As you inhale, return to neutral.'], 0, 1)).toBe(false);
    expect(cutsMovement(['Keep your back long without lifting the shoulders.', 'Lower your chin.'], 0, 1)).toBe(false);
  });

  it('never sends a lift without its lowering, or an arch without its rounding', () => {
    for (const segments of [1, 2]) {
      const set = generateTips(dataset([shoulderCircles, catCow]), { segments });
      const texts = set.tips.map((tip) => tip.text);
      for (const text of texts.filter((t) => t.includes('Lift the shoulders up'))) expect(text, text).toContain('Lower them down on an exhale.');
      for (const text of texts.filter((t) => t.includes('arches slightly'))) expect(text, text).toContain('As you exhale, round your back');
    }
    const one = generateTips(dataset([shoulderCircles, catCow]));
    for (const id of ['d--shoulder-circles', 'd--cat-cow']) {
      expect(one.tips.filter((tip) => tip.record === id), id).toEqual([]);
      expect(one.untipped.find((u) => u.record === id)?.reason, id).toMatch(/stop halfway through a movement|need \d+ septets/);
    }
  });
});

describe('multi-part tips', () => {
  it('break between sentences, not inside one', () => {
    const set = generateTips(dataset([pelvicTilt, shoulderCircles, catCow]), { segments: 3 });
    const multi = set.tips.filter((tip) => tip.parts.length > 1);
    expect(multi.length).toBeGreaterThan(0);
    for (const tip of multi) {
      for (const part of tip.parts) expect(part, tip.id).toMatch(/[.!?;]["')]*$/);
      expect(tip.parts.map((part) => part.replace(/^\(\d+\/\d+\) /, '')).join(' ')).toBe(tip.text);
    }
  });

  it('are written one line and one CSV row per part, each with the tip id', () => {
    const set = generateTips(dataset([pelvicTilt, adhoMukha]), { segments: 2 });
    const parts = set.tips.flatMap((tip) => tip.parts.map((part, i) => ({ tip, part, i })));
    expect(parts.length).toBeGreaterThan(set.tips.length);
    expect(tipsTxt(set)).toBe(parts.map(({ tip, part }) => `${tip.id}\t${part}\n`).join(''));
    const rows = tipsCsv(set).trimEnd().split('\n');
    expect(rows[0]).toBe('id,part,parts,stages,text,record,lines,encoding,septets,segments');
    expect(CSV_COLUMNS).toHaveLength(10);
    expect(rows).toHaveLength(parts.length + 1);
    const { tip, part } = parts[1]!;
    expect(rows[2]).toContain(`${tip.id},2,${tip.parts.length},trimester-2,`);
    expect(rows[2]).toContain(`,GSM-7,${septetLength(part)},1`);
  });
});

describe('stage limits', () => {
  it('keeps the limits in a table', () => {
    expect(STAGE_LIMITS.map((limit) => [limit.id, limit.drop])).toEqual([['fetal-movements', ['trimester-1']]]);
    expect(limitStages(['trimester-1', 'trimester-2'], 'a sudden decrease in fetal movements.')).toEqual(['trimester-2']);
    expect(limitStages(['trimester-1', 'trimester-2'], 'you feel dizzy.')).toEqual(['trimester-1', 'trimester-2']);
  });

  it('does not schedule a warning sign about fetal movements in trimester-1, and keeps the other signs there', () => {
    const record = advice({ items: ['you feel dizzy or faint;', 'a sudden decrease in fetal movements;', 'fluid leaks from the vagina.'] });
    const set = generateTips(dataset([], [record]));
    const fetal = set.tips.filter((tip) => tip.text.includes('fetal movements'));
    expect(fetal).toHaveLength(1);
    expect(fetal[0]?.stages).toEqual(['trimester-2', 'trimester-3']);
    for (const sign of ['you feel dizzy or faint', 'fluid leaks from the vagina']) {
      const tip = set.tips.find((t) => t.text.includes(sign));
      expect(tip?.stages, sign).toEqual(['trimester-1', 'trimester-2', 'trimester-3']);
      expect(tip?.text).not.toContain('fetal');
    }
  });
});

describe('UCS-2 reports', () => {
  it('reports an exercise sentence left out because it needs UCS-2', () => {
    const record = exercise({
      steps: ['Breathe in and let your belly drop gently.', 'Breathe out and round your back.', 'Rest like a na\u00EFve cat.'],
    });
    const set = generateTips(dataset([record]));
    expect(set.tips.find((tip) => tip.kind === 'exercise')?.text).toContain('round your back');
    expect(set.tips.map((tip) => tip.text).join(' ')).not.toContain('cat.');
    expect(set.rejected).toEqual([{ record: 'test-doc--cat-cow', field: 'steps/2', char: '\u00EF', codePoint: 'U+00EF' }]);
  });

  it('reports an advice sentence left out because it needs UCS-2', () => {
    const record = advice({
      id: 'd--rules', topic: 'general-rules', items: undefined,
      text: 'Exercise 3 times a week. Keep it na\u00EFvely simple.',
    });
    const set = generateTips(dataset([], [record]));
    expect(set.tips.map((tip) => tip.text)).toEqual(['Exercise 3 times a week.']);
    expect(set.rejected).toEqual([{ record: 'd--rules', field: 'text', char: '\u00EF', codePoint: 'U+00EF' }]);
  });

  it('keeps every tip within budget and says SAFETY_CUE last', () => {
    const set = generateTips(dataset([adhoMukha, mountain, shoulderCircles, catCow, pelvicTilt]));
    for (const tip of set.tips.filter((t) => t.kind === 'exercise')) expect(tip.text.endsWith(SAFETY_CUE)).toBe(true);
    for (const tip of set.tips) expect(tip.septets).toBeLessThanOrEqual(160);
  });
});

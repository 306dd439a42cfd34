// Every exercise tip stands alone: a starting position, a movement the reader is told to do, the dose
// the record gives, and the stop rule; nothing that points at a picture; one record per tip.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, Exercise } from '../../src/model/types.js';
import { SAFETY_CUE } from '../../src/sms/exercise-tips.js';
import { givesPosition, isInstruction, refersElsewhere } from '../../src/sms/standalone.js';
import { normalizeForSms } from '../../src/sms/sms-normalize.js';
import { tipSentences } from '../../src/sms/tip-sentences.js';
import type { Tip } from '../../src/sms/tip-types.js';
import { generateTips } from '../../src/sms/tips.js';
import { compileRealContent } from '../helpers/real-content.js';
import { dataset, exercise } from './tip-records.js';

/** Verbs of movement the tagger may take for names or adjectives at the start of a sentence. */
const VERBS: ReadonlySet<string> = new Set(['lift', 'tilt', 'round', 'arch', 'lean', 'twist', 'press', 'rock', 'circle', 'sway', 'lower', 'stretch', 'curl', 'crawl']);

/** The tip's sentences after "<name>: ", less the stop rule and the dose. */
function bodySentences(tip: Tip, name: string): string[] {
  return tip.text.slice(name.length + 2).split(/(?<=[.!?])\s+/)
    .filter((s) => s !== SAFETY_CUE && !/^(?:Do|Hold|Repeat)\b[^.]*\d/.test(s));
}

/** Checks one exercise tip against its record; returns nothing, fails the test on the first gap. */
function expectStandsAlone(tip: Tip, records: ReadonlyMap<string, Exercise>): void {
  const record = records.get(tip.record);
  expect(record, tip.id).toBeDefined();
  if (!record) return;
  const name = normalizeForSms(record.name).text.replace(/[\s.:;,]+$/, '');
  expect(tip.text.startsWith(`${name}:`), tip.id).toBe(true);
  const body = bodySentences(tip, name);
  const position = tip.source.fields.includes('startingPosition') || body.some((s) => givesPosition(s));
  expect(position, `${tip.id}: no starting position in "${tip.text}"`).toBe(true);
  // A movement: an instruction among the sentences that come from the steps (not the first, when that is the position).
  const moves = body.slice(tip.source.fields.includes('startingPosition') ? 1 : 0);
  expect(tip.source.fields.some((f) => f.startsWith('steps/')), tip.id).toBe(true);
  expect(moves.some((s) => isInstruction(s, VERBS)), `${tip.id}: no instruction to move in "${tip.text}"`).toBe(true);
  expect(tip.text.endsWith(SAFETY_CUE), tip.id).toBe(true);
  if (record.dosage && tipSentences(record, 'dosage', record.dosage.text).length > 0) {
    expect(/\d/.test(tip.text.slice(name.length)), `${tip.id}: no dose in "${tip.text}"`).toBe(true);
  }
  expect(refersElsewhere(tip.text), tip.id).toBe(false);
  expect(tip.text, tip.id).not.toMatch(/starting position:/i);
}

describe('standalone exercise tips in the real content', () => {
  let data: Dataset;
  beforeAll(async () => {
    data = (await compileRealContent()).dataset!;
  });

  it('hold a position, a movement, the dose and the stop rule in every exercise tip, at 1, 2 and 3 parts', () => {
    const records = new Map(data.exercises.map((e) => [e.id, e]));
    let checked = 0;
    for (const segments of [1, 2, 3]) {
      const set = generateTips(data, { segments });
      for (const tip of set.tips.filter((t) => t.kind === 'exercise')) {
        expectStandsAlone(tip, records);
        checked += 1;
      }
      // One tip per record at most: never two tips of one exercise, never one tip of two.
      const ids = set.tips.filter((t) => t.kind === 'exercise').map((t) => t.record);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(checked).toBeGreaterThan(30);
  });
});

describe('standalone rules', () => {
  it('tells an instruction from a name of a movement', () => {
    for (const yes of ['Gently press your palms into the wall.', 'On the out-breath, draw your knees towards you.', 'Keeping your back long, fold forward from the hips.', 'Bring one knee up towards your chest.']) {
      expect(isInstruction(yes, new Set(['fold', 'draw', 'bring'])), yes).toBe(true);
    }
    for (const no of ['Pulling and bending on all fours.', 'Deep forward fold with arms overhead.', 'Gentle rocking of the hips.', 'A slow stretch of the side body.']) {
      expect(isInstruction(no, new Set(['fold', 'draw', 'bring'])), no).toBe(false);
    }
  });

  it('finds references to what only a page shows', () => {
    for (const yes of ['Rest your head as shown in the picture.', 'Place your feet like in the photo above.', 'Follow the diagram for the arm position.', 'Hold the pose as pictured.', 'Watch the video first.']) {
      expect(refersElsewhere(yes), yes).toBe(true);
    }
    for (const no of ['Picture a string pulling the crown of your head up.'.replace('Picture', 'Imagine'), 'Rest your head on your folded arms.', 'Show your midwife where it hurts.']) {
      expect(refersElsewhere(no), no).toBe(false);
    }
  });

  it('reports an exercise that names a movement without an instruction, and one with no position anywhere', () => {
    const named = exercise({ id: 'd--named', steps: ['Gentle rocking of the hips from side to side.'] });
    const placeless = exercise({ id: 'd--placeless', startingPosition: undefined, steps: ['Draw your shoulder blades together and hold.'] });
    const placedInStep = exercise({ id: 'd--placed', startingPosition: undefined, steps: ['Sit tall on a firm chair.', 'Draw your shoulder blades together, then let them go.'] });
    const set = generateTips(dataset([named, placeless, placedInStep]), { segments: 2 });
    expect(set.untipped.find((u) => u.record === 'd--named')?.reason).toMatch(/no step is an instruction/);
    expect(set.untipped.find((u) => u.record === 'd--placeless')?.reason).toMatch(/no starting position/);
    expect(set.tips.map((t) => t.record)).toEqual(['d--placed']);
    expectStandsAlone(set.tips[0]!, new Map([[placedInStep.id, placedInStep]]));
  });
});

// Video scripts ("VO:" said, "ON SCREEN:" shown), names after a pointer ("First one – …"),
// encyclopedia lists that describe rather than instruct, citation marks and contents lists, a
// checklist table whose rows only say how much, and positions named only by the exercise's name.
import { describe, expect, it } from 'vitest';
import { compileDocuments, pregnancyFront } from '../helpers/compile-text.js';
import { nameLead } from '../../src/normalize/name-lead.js';
import { clean } from '../../src/normalize/inline-text.js';

const front = pregnancyFront;
const compiled = async (body: string) => (await compileDocuments({ 'd.md': front('Doc') + body })).dataset!;
const readerText = (dataset: Awaited<ReturnType<typeof compiled>>): string => JSON.stringify([dataset.exercises.map((e) => [e.name, e.steps, e.cues, e.cautions, e.benefits]), dataset.advice.map((a) => [a.text, a.items])]);

describe('a short-video script', () => {
  const script = [
    'TEXT: 3 moves for a sore back 👇\nNARRATOR: Hi, try these tonight.',
    'TEXT: FOLLOW FOR MORE\nNARRATOR: First up – wall push. Stand facing a wall, hands on it, bend your elbows and push away. 10 of them.',
    'TEXT: #1 WALL PUSH\nNARRATOR: Next, seated heel raise. Sit on a chair and lift both heels, then lower. 15 slow ones.',
    'TEXT: #2 HEEL RAISE\nNARRATOR: And my favourite – the hip sway. Stand with feet apart and sway your hips side to side, 20 times.',
  ].join('\n\n') + '\n';

  it('reads what is said, names each exercise after its pointer, and keeps shown text out', async () => {
    const dataset = await compiled(script);
    expect(dataset.exercises.map((e) => e.name)).toEqual(['Wall push', 'Seated heel raise', 'Hip sway']);
    expect(dataset.exercises.map((e) => e.dosage?.repetitions?.max)).toEqual([10, 15, 20]);
    expect(readerText(dataset)).not.toMatch(/FOLLOW FOR MORE|#1 WALL PUSH|NARRATOR/);
  });

  it('leaves a leaflet that labels its lines in capitals ("NOTE:", "REPS:") alone', async () => {
    const dataset = await compiled('# Bridge\n\nLie on your back, knees bent. Lift your hips, then lower.\n\nREPS: 8\n\nNOTE: stop if it hurts.\n\nHOLD: 3 seconds\n\nREPS: 8 again tomorrow\n');
    expect(dataset.exercises[0]?.dosage?.repetitions).toEqual({ min: 8, max: 8 });
    expect(dataset.exercises[0]?.dosage?.holdSeconds).toEqual({ min: 3, max: 3 });
    expect(JSON.stringify(dataset)).toMatch(/stop if it hurts/);
  });

  it.each([
    ['First one – knee drops. Lie on your back.', 'Knee drops'],
    ['Next, side-lying leg slide. Roll onto your side.', 'Side-lying leg slide'],
    ['My favourite: the doorway stretch. Stand in a doorway.', 'Doorway stretch'],
  ])('%s names %s', (text, name) => expect(nameLead(text)?.name).toBe(name));

  it('"Next, lie on your back." names nothing', () => expect(nameLead('Next, lie on your back. Bend your knees.')).toBeUndefined());
});

describe('encyclopedia and checklist shapes', () => {
  it('a list of bold names with described, dosed movements is a list of exercises', async () => {
    const dataset = await compiled('# Exercises\n\nTypical programmes include:[2]\n\n- **Wall slide** — standing with the back on a wall, the knees are bent slightly and straightened; 10 repetitions.[3]\n- **Side-lying clam** — lying on one side, the top knee is opened and closed; 12 repetitions each side.[3]\n- **Child\'s pose** — kneeling, the hips are lowered towards the heels; held for 30 seconds.[4]\n');
    expect(dataset.exercises.map((e) => e.name)).toEqual(['Wall slide', 'Side-lying clam', "Child's pose"]);
    expect(readerText(dataset)).not.toMatch(/\[\d\]/);
  });

  it('a list of named activities with no amounts is not', async () => {
    const dataset = await compiled('# Keeping active\n\n- **Walking** — good for most people.\n- **Swimming** — kind to the joints.\n- **Yoga** — look for a pregnancy class.\n');
    expect(dataset.exercises).toEqual([]);
  });

  it('citation marks go, other brackets stay', () => {
    expect(clean('Held for 30 seconds.[7] Repeat.[8][9]')).toBe('Held for 30 seconds. Repeat.');
    expect(clean('Lift the [left] leg [1 inch].')).toBe('Lift the [left] leg [1 inch].');
  });

  it('contents and references sections are not advice', async () => {
    const dataset = await compiled('# Back pain\n\n## Contents\n\n1. Causes\n2. Exercises\n\n## Causes\n\nThe ligaments soften and the bump grows.\n\n## References\n\n1. Author A. Back pain. Journal. 2020.\n');
    expect(dataset.advice.map((a) => a.heading)).toEqual(['Causes']);
  });

  it('a checklist row that only says how much joins the exercise taught later, or stays advice', async () => {
    const dataset = await compiled('# Checklist\n\n| Exercise | Reps | Mon | Tue |\n|---|---|---|---|\n| Knee hug | 5 each leg | ☐ | ☐ |\n| Breathing | 10 breaths | ☐ | ☐ |\n| Drink water | all day | ☐ | ☐ |\n\n## How to\n\n**Knee hug**\nLie on your side and draw one knee gently towards your chest, then let it go.\n');
    expect(dataset.exercises.map((e) => e.name)).toEqual(['Knee hug']);
    expect(dataset.exercises[0]!.dosage?.repetitions).toEqual({ min: 5, max: 5 });
    expect(readerText(dataset)).toMatch(/Breathing: 10 breaths/);
  });
});

describe('a position named only by the exercise', () => {
  it('"Seated …" is sitting when the steps do not say', async () => {
    const dataset = await compiled('# Seated shoulder roll\n\nRoll both shoulders up, back and down, slowly. 10 times.\n');
    expect(dataset.exercises[0]!.position).toBe('sitting');
  });
});

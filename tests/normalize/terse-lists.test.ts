// Terse lists: an infographic's title lines over notes in lower case, a timetable's "Name: amount"
// items with long or hyphened names, a label repeated paragraph after paragraph in another
// language, and page furniture in other languages.
import { describe, expect, it } from 'vitest';
import { compileDocuments, pregnancyFront } from '../helpers/compile-text.js';
import { nameLead } from '../../src/normalize/name-lead.js';
import { isFurniture, isCaptionLine } from '../../src/normalize/boilerplate.js';

const front = pregnancyFront;
const exercises = async (body: string) => (await compileDocuments({ 'd.md': front('Doc') + body })).dataset!.exercises;

describe('terse lists', () => {
  it('title lines in capitals over lower-case notes with an amount', async () => {
    const found = await exercises('# 3 MOVES\n\n1. WALL PUSH\nhands on wall\nx12\n\n2. SIDE BEND\nsitting tall\n5 each side\n\n3. HIP CIRCLES\nfeet wide\n10 each way\n');
    expect(found.map((e) => e.name)).toEqual(['Wall push', 'Side bend', 'Hip circles']);
    expect(found[0]!.steps[0]).toMatch(/^Hands on wall/);
    expect(found[1]!.dosage?.perSide).toBe(true);
  });

  it('"Name: amount" items, names up to seven words or hyphened, make a list of exercises', async () => {
    const found = await exercises('## Tuesday 18:00 – Back class\n\n- Rocking on all fours with a cushion: 8 slow rocks.\n- Step-ups onto the bottom stair: 10 each leg.\n- Seated knee lifts: 12 times.\n');
    expect(found.map((e) => e.name)).toEqual(['Rocking on all fours with a cushion', 'Step-ups onto the bottom stair', 'Seated knee lifts']);
  });

  it('a list of "Name: remark" items without amounts stays advice', async () => {
    expect(await exercises('## What to bring\n\n- Water bottle: a big one.\n- Cushion: any size.\n- Towel: for the mat.\n')).toEqual([]);
  });

  it('"Try this at the counter:" and "Say goodbye to pain forever –" are no names', () => {
    expect(nameLead('Try this at the kitchen counter: stand with feet apart.')).toBeUndefined();
    expect(nameLead('Say goodbye to back pain forever – or your money back!')).toBeUndefined();
  });

  it('a label the document repeats ("Startstellung:") names nothing; the headings name the exercises', async () => {
    const found = await exercises('# Programm\n\n## Exercise 1 – Knee rolls\n\nStartstellung: lying on the back. Let the knees fall to one side and back. 8 times.\n\n## Exercise 2 – Arm raise\n\nStartstellung: sitting. Lift both arms overhead and lower. 10 times.\n\n## Exercise 3 – Heel raise\n\nStartstellung: standing at a chair. Rise onto the toes and lower. 12 times.\n');
    expect(found.map((e) => e.name)).toEqual(['Knee rolls', 'Arm raise', 'Heel raise']);
  });
});

describe('furniture in other languages and pictures in brackets', () => {
  it.each(['Seite 1/2', 'Página 2 de 3', 'Saved from examplefit.com', 'Page 4 of 9'])('%s is furniture', (line) => expect(isFurniture(line)).toBe(true));
  it('an icon described in brackets is a picture, not text', () => expect(isCaptionLine('[icon: a woman stretching]')).toBe(true));
});

describe('a diary told exercise by exercise', () => {
  it('under stage headings, each sentence that says what was done and how much is an exercise', async () => {
    const found = await exercises('# My pregnancy diary\n\n## Second trimester\n\nWork was busy. Most evenings I did knee rolls on the bed, about eight each way. I also did a wall sit for thirty seconds while the kettle boiled.\n\n## Third trimester\n\nI swapped to seated marching, 20 times, because standing got hard.\n');
    expect(found.map((e) => e.name)).toEqual(['Knee rolls on the bed', 'Wall sit', 'Seated marching']);
    expect(found[1]!.dosage?.durationSeconds ?? found[1]!.dosage?.holdSeconds).toEqual({ min: 30, max: 30 });
  });

  it('a story sentence without an amount starts no exercise', async () => {
    expect(await exercises('# Diary\n\n## First trimester\n\nI did yoga with my sister and we laughed a lot. I also did a lot of walking.\n')).toEqual([]);
  });

  it('"First one." before the set-up is a pointer, not a name', async () => {
    expect((await exercises('# Class\n\n## Ball squeeze\n\nFirst one. Sit on a chair with a ball between your knees. Squeeze for five seconds and let go, ten times.\n')).map((e) => e.name)).toEqual(['Ball squeeze']);
  });
});

describe('tables with a column before the names, stand-ins before bold names, titles alone in a list', () => {
  it('a "When | Exercise | How | How many" table is read by its Exercise column', async () => {
    const found = await exercises('# After the birth\n\n| When | Exercise | How | How many |\n|---|---|---|---|\n| Day 1 | Ankle circles | Sitting up in bed, circle your feet | 10 each way |\n| Day 2 | Side-lying rest | Lie on your side with a pillow between your knees | 5 minutes |\n');
    expect(found.map((e) => e.name)).toEqual(['Ankle circles', 'Side-lying rest']);
  });

  it('"[icon: chair] **Name** — steps" is named by the bold name', async () => {
    const found = await exercises('# Office moves\n\n[icon: chair] **Seated side reach** — Sit tall and reach one arm over your head. 5 each side.\n\n[icon: person] **Wall calf stretch** — Step one foot back and press the heel down. Hold 20 seconds.\n');
    expect(found.map((e) => e.name)).toEqual(['Seated side reach', 'Wall calf stretch']);
  });

  it('"1. Name" alone in its list, the steps in the paragraph after, names them', async () => {
    const found = await exercises('Here is what I give my clients.\n\n1. Heel taps\n\nLie on your back with knees bent and tap one heel down at a time. 10 each side.\n\n2. Bird dog\n\nOn hands and knees, reach one arm and the opposite leg out. 6 each side.\n');
    expect(found.map((e) => e.name)).toEqual(['Heel taps', 'Bird dog']);
  });
});

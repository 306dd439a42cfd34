// Name leads that markdown does not mark ("3.2 Name – …", "Exercise IV. Name. …", "**Exercise 5 –
// Step-ups**", "Try NAME: …", "So first one, …"), series counters, handouts machine-translated with
// their units left in the source language, answer pages, and the findings of a review of these.
import { describe, expect, it } from 'vitest';
import { compileDocuments, pregnancyFront } from '../helpers/compile-text.js';
import { nameLead } from '../../src/normalize/name-lead.js';
import { parseDosage } from '../../src/normalize/dosage.js';

const compiled = async (body: string) => (await compileDocuments({ 'd.md': pregnancyFront('Doc') + body }));
const readerText = (dataset: NonNullable<Awaited<ReturnType<typeof compiled>>['dataset']>): string =>
  JSON.stringify([dataset.exercises.map((e) => [e.name, e.steps, e.cues, e.cautions]), dataset.advice.map((a) => [a.text, a.items])]);

describe('numbering that is not a markdown list', () => {
  it.each([
    ['3.2 Heel slide – lying on your back, slide one heel away and back, 10 times.', 'Heel slide'],
    ['(4) Wall push – face the wall and push away.', 'Wall push'],
    ['Exercise IV. Rocking the pelvis. Sitting on a ball, rock gently forward and back.', 'Rocking the pelvis'],
    ['Exercise 2: Side stretch. Stand tall and reach over.', 'Side stretch'],
    ['Try the CAT ARCH: on hands and knees, round your back.', 'CAT ARCH'],
  ])('%s names %s', (text, name) => expect(nameLead(text)?.name).toBe(name));

  it.each([
    '2 sets of ten squeezes, twice a day.',
    'Try to walk every day.',
  ])('%s names nothing', (text) => expect(nameLead(text)).toBeUndefined());

  it('an instruction after "Exercise II." is not taken for a name', () => {
    expect(nameLead('Exercise II. Lie on your back and bend your knees.')?.name).not.toMatch(/lie/i);
  });

  it('reads a report\'s numbered paragraphs as exercises, not one exercise under "Method"', async () => {
    const dataset = (await compiled('## 2. Method\n\nSessions ran twice weekly.\n\n2.1 Heel slide – lying supine, one heel slides away and back, 10 repetitions.\n\n2.2 Quadruped rock – in quadruped, rock back towards the heels, 8 repetitions.\n')).dataset!;
    expect(dataset.exercises.map((e) => [e.name, e.position])).toEqual([['Heel slide', 'supine'], ['Quadruped rock', 'all-fours']]);
  });
});

describe('numbered leaflet titles and series counters', () => {
  it('takes the title after "Exercise N –" on its own line, even one that reads as a verb, and keeps QR prompts out', async () => {
    const sheet = [
      '# Your programme',
      '**Exercise 1 – Knee rolls (lying)**\nLie on your back with your knees bent and let them fall slowly to one side, then the other. 8 each way.\n[QR] Scan for video',
      '**Exercise 2 – Step-ups**\nStep up onto the bottom stair holding the rail, then step down. 10 times.\n[QR] Scan for video',
      '**Exercise 3 – Sit to stand**\nFrom a firm chair, stand up without using your hands, then sit down slowly. 8 times.\nScan the QR code for a demonstration.',
    ].join('\n\n') + '\n';
    const dataset = (await compiled(sheet)).dataset!;
    expect(dataset.exercises.map((e) => e.name)).toEqual(['Knee rolls', 'Step-ups', 'Sit to stand']);
    expect(readerText(dataset)).not.toMatch(/QR|Scan/);
  });

  it('"Exercise 3:" alone names nothing (the title is what follows)', () => {
    expect(nameLead('Exercise 3: lie on your back.')?.name).not.toBe('Exercise 3');
  });

  it('blanks "Post 2/5"-style counters over a post\'s name and strips keycap numbering', async () => {
    const series = [
      'Slide 1 of 3 ✨\n1️⃣ Hip hinge\nStand with soft knees and push your hips back, then return. 10 times.',
      'Slide 2 of 3\n2️⃣ Side reach\nStand tall and reach one arm over your head to the side. 5 each side.',
      'Slide 3 of 3\n3️⃣ Calf raise\nHold a chair, rise onto your toes and lower slowly. 12 times.',
    ].join('\n\n') + '\n';
    const result = await compiled(series);
    expect(result.dataset!.exercises.map((e) => e.name)).toEqual(['Hip hinge', 'Side reach', 'Calf raise']);
    expect(readerText(result.dataset!)).not.toMatch(/Slide \d/);
    const notes = result.files.flatMap((f) => f.messages.map((m) => String(m.reason))).filter((r) => /counters of a series/.test(r));
    expect(notes).toHaveLength(1);
  });
});

describe('names with numbers, told line by line', () => {
  it('a hyphened number inside a name keeps it ("Figure-4 Stretch")', () => {
    expect(nameLead('Figure-4 Stretch – sitting on a chair, cross one ankle over the other knee.')?.name).toBe('Figure-4 Stretch');
  });

  it('a post listing moves line by line, one opening on a position, gives one exercise per line', async () => {
    const post = 'Try these tonight:\n\n1️⃣ Wall lean – stand facing a wall and lean in on your forearms. 10 slow breaths.\n2️⃣ Figure-4 Stretch – sitting on a chair, cross your right ankle over your left knee and lean forward. Hold 30 sec each side.\n3️⃣ Hip circles – sit on a birth ball and circle your hips, 10 each way.\n';
    const dataset = (await compiled(post)).dataset!;
    expect(dataset.exercises.map((e) => e.name)).toEqual(['Wall lean', 'Figure-4 Stretch', 'Hip circles']);
  });
});

describe('spoken fillers before a pointer', () => {
  it.each([
    ['So first one, glute bridges. Lie on your back on the mat.', 'Glute bridges'],
    ['Right, next up – wall sit. Back against the wall.', 'Wall sit'],
  ])('%s names %s', (text, name) => expect(nameLead(text)?.name).toBe(name));
  it('"So first, lie on your back." names nothing', () => expect(nameLead('So first, lie on your back.')).toBeUndefined());
});

describe('translated handouts and answer pages', () => {
  it.each([
    ['Realiza 10 repeticiones.', { repetitions: { min: 10, max: 10 } }],
    ['Mantén 20 segundos cada lado.', { perSide: true }],
    ['2 series of 12.', { sets: { min: 2, max: 2 }, repetitions: { min: 12, max: 12 } }],
    ['Сделайте 8 повторений.', { repetitions: { min: 8, max: 8 } }],
  ])('%s reads as %j', (text, expected) => expect(parseDosage(text)).toMatchObject(expected));

  it('a translated handout whose set-up is left in the source language still gives its exercise', async () => {
    const dataset = (await compiled('## 4. Ponte\n\nSdraiata supina, with the knees bent, elevate the hips slowly and descend. 10 ripetizioni.\n')).dataset!;
    expect(dataset.exercises.map((e) => e.dosage?.repetitions?.max)).toEqual([10]);
  });

  it('vote counts and "Best answer" name nothing; "Try name: …" in lower case does', async () => {
    const page = '# What helps?\n\n**Best answer · ▲ 120**\n\nTry knee hugs on your back: lie down, hug one knee towards your chest, 5 each side.\n\n**▲ 33**\n\nHonestly just rest.\n';
    const dataset = (await compiled(page)).dataset!;
    expect(dataset.exercises.map((e) => e.name)).toEqual(['Knee hugs on your back']);
    expect(nameLead('Try lying on your side: it helps.')).toBeUndefined();
    expect(nameLead('Try this: lie down.')).toBeUndefined();
  });
});

describe('review findings (stop 27)', () => {
  it('a run of thousands of "Do " or "I. " prefixes neither crashes nor names', () => {
    expect(nameLead('Do '.repeat(5000) + 'Cat cow: kneel on all fours.')).toBeUndefined();
    expect(nameLead('I. '.repeat(5000) + 'Cat cow: kneel on all fours.')).toBeUndefined();
  });

  it.each(['Do NOT do sit-ups: lie on your side and lift your top knee.', 'Try not to arch: lie on your back, bend your knees and tilt your pelvis.'])('a warning is not a name: %s', (text) => {
    expect(nameLead(text)).toBeUndefined();
  });

  it('a stop rule that also says "email us" stays with the exercise', async () => {
    const dataset = (await compiled('**Cat cow** – On all fours, round your back. If you feel pain or bleeding, stop and email us straight away. Repeat 10 times.\n')).dataset!;
    expect(JSON.stringify(dataset.exercises)).toMatch(/stop and email us/);
  });

  it('words before a colon met once after a stamp are the message\'s lead, not its sender', async () => {
    const log = '[2024-03-02 08:00] Cat-cow: on all fours, round your back slowly. Repeat 10 times.\n[2024-03-03 08:00] Wall push: face a wall, bend your elbows and push back. 10 times.\n[2024-03-04 08:00] Hip sway: stand tall and sway your hips side to side, 20 times.\n';
    expect((await compiled(log)).dataset!.exercises.map((e) => e.name)).toEqual(['Cat-cow', 'Wall push', 'Hip sway']);
  });

  it('a step that pauses ("Pause for 5 seconds at the top, then lower…") is no rest line', async () => {
    const dataset = (await compiled('# Moves\n\n**Glute bridge** – Lie on your back with your knees bent. Lift your hips slowly.\n\nPause for 5 seconds at the top, then lower your hips slowly. Repeat 10 times.\n')).dataset!;
    expect(dataset.exercises[0]?.dosage?.repetitions).toEqual({ min: 10, max: 10 });
  });

  it('a row that joins its exercise keeps its furniture in the report', async () => {
    const result = await compiled('## Chart\n\n**Pelvic clock** – 5 each way. Text STOP to 12345.\n\n**Knee rolls** – lie on your back and roll your knees side to side, 8 times.\n\n**Cat cow** – on all fours, round your back, 8 times.\n\n## How to\n\n**Pelvic clock** – Lie on your back and tilt your pelvis round like a clock face.\n');
    const reasons = result.files.flatMap((f) => f.messages.map((m) => String(m.reason))).join(' ');
    expect(reasons).toMatch(/Text STOP to 12345/);
  });

});

// Chat and SMS logs (each message read on its own, stamps and senders out of reader text), lists
// whose markup was lost, workout cards whose moves are a name and an amount alone (and their rest
// lines), SMS menus and app chrome.
import { describe, expect, it } from 'vitest';
import { compileDocuments, pregnancyFront } from '../helpers/compile-text.js';
import { isFurniture, isFurnitureSentence } from '../../src/normalize/boilerplate.js';
import { isCaptionLabel } from '../../src/language/picture-reference.js';
import { exerciseSection } from '../../src/handout/exercise.js';

const compiled = async (body: string) => (await compileDocuments({ 'd.md': pregnancyFront('Doc') + body }));
const readerText = (dataset: NonNullable<Awaited<ReturnType<typeof compiled>>['dataset']>): string =>
  JSON.stringify([dataset.exercises.map((e) => [e.name, e.steps, e.cues, e.cautions]), dataset.advice.map((a) => [a.text, a.items])]);

describe('a chat export', () => {
  const chat = [
    '[03/05/25, 21:10] Ruth: my sacrum aches every evening, what do you all do?',
    '[03/05/25, 21:12] Dee: physio sheet from last week:',
    '[03/05/25, 21:13] Dee: Knee rolls - lying on your back with knees bent, let both knees drop slowly to one side then the other, 8 each way',
    '[03/05/25, 21:14] Dee: Chair lean - sit backwards on a kitchen chair and rest your arms on its back, 1 minute',
    '[03/05/25, 21:20] Ruth: thanks!! <Media omitted>',
    '[03/05/25, 21:25] Sam: honestly a warm bath sorts mine',
    '[03/05/25, 21:26] Sam: Stand with your back to the wall and slide down a little, 5 of those',
  ].join('\n') + '\n';

  it('reads each message on its own: named ones are exercises, an unnamed one joins none', async () => {
    const result = await compiled(chat);
    const dataset = result.dataset!;
    expect(dataset.exercises.map((e) => e.name)).toEqual(['Knee rolls', 'Chair lean']);
    expect(dataset.exercises.map((e) => e.dosage?.repetitions?.max ?? e.dosage?.durationSeconds?.max)).toEqual([8, 60]);
    // The wall slide has no name: it is kept as advice, not appended to the chair lean.
    expect(dataset.exercises[1]!.steps.join(' ')).not.toMatch(/wall/);
    expect(JSON.stringify(dataset.advice)).toMatch(/slide down a little/);
  });

  it('keeps stamps and senders out of reader text and reports them once', async () => {
    const result = await compiled(chat);
    expect(readerText(result.dataset!)).not.toMatch(/\d\d:\d\d|Ruth:|Dee:|Sam:/);
    const notes = result.files.flatMap((f) => f.messages.map((m) => String(m.reason))).filter((r) => /logged messages/.test(r));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/7 logged messages/);
  });

  it('reads an SMS programme log with message codes and "Try NAME:" invitations', async () => {
    const log = [
      '[2025-02-01 09:00] BK-12-01: Hello! Try HIP SWAY: stand with feet apart and sway your hips gently side to side, 20 times. Reply 1 for more tips.',
      '[2025-02-08 09:00] BK-13-02: Drink water often and rest when tired.',
      '[2025-02-15 09:00] BK-14-03: WALL PUSH: face a wall, hands flat on it, bend your elbows and push back, 10 times.',
    ].join('\n') + '\n';
    const dataset = (await compiled(log)).dataset!;
    expect(dataset.exercises.map((e) => e.name)).toEqual(['HIP SWAY', 'WALL PUSH']);
    expect(readerText(dataset)).not.toMatch(/Reply 1|BK-1/);
  });

  it('leaves a paragraph with one date in a sentence alone', async () => {
    const dataset = (await compiled('# Knee rolls\n\nOn 03/05/25, 21:10 the class started. Lie on your back, knees bent, and let them fall to one side. 8 each way.\n')).dataset!;
    expect(dataset.exercises[0]?.steps.join(' ')).toMatch(/03\/05\/25/);
  });
});

describe('a workout card', () => {
  const card = '# Evening back session\n\n## Warm-up\n\n**Shoulder rolls** – 1 min\n\n## Main moves\n\n**Cat-cow** – on hands and knees, round your back up then let it sag gently, 8 times.\n\n**Side-lying clam** – 12 each side.\n\n**Wall sit** – back against the wall, slide down until your knees are bent, 20 seconds.\n\n**Rest** – 1 min\n\n## Cool down\n\n**Child\'s pose** – knees wide, arms long, 45 sec.\n';

  it('keeps a move given only by name and amount as an exercise whose step is its name', async () => {
    const dataset = (await compiled(card)).dataset!;
    expect(dataset.exercises.map((e) => e.name)).toEqual(['Shoulder rolls', 'Cat-cow', 'Side-lying clam', 'Wall sit', "Child's pose"]);
    const clam = dataset.exercises.find((e) => e.name === 'Side-lying clam')!;
    expect(clam.steps).toEqual(['Side-lying clam']);
    expect(clam.dosage?.repetitions).toEqual({ min: 12, max: 12 });
  });

  it('does not make a rest, a summary line or a remark with an amount into an exercise', async () => {
    for (const line of ['**Today** – 5 moves · 12 min · mat', '**Session** – 5 moves · 12 min · mat', '**A reader asked** – I do ten minutes a week and feel fine.']) {
      const dataset = (await compiled(card.replace('# Evening back session\n', `# Evening back session\n\n${line}\n`))).dataset!;
      const names = dataset.exercises.map((e) => e.name);
      expect(names).toHaveLength(5);
      expect(names).not.toContain('Rest');
      expect(JSON.stringify(dataset.advice)).toContain(line.replace(/\*\*/g, '').slice(0, 12));
    }
  });

  it('a name and an amount alone in a document that teaches nothing else stays advice', async () => {
    const dataset = (await compiled('# Weekly plan\n\n**Walking** – 30 minutes.\n')).dataset!;
    expect(dataset.exercises).toEqual([]);
    expect(JSON.stringify(dataset.advice)).toMatch(/30 minutes/);
  });
});

describe('SMS menus', () => {
  it.each([['Reply 1 for more tips.', true], ['Text STOP to 40404.', true], ['Text your midwife to ask.', false], ['Reply to the letter when you can.', false]])('%s is furniture: %s', (text, furniture) => {
    expect(isFurnitureSentence(text)).toBe(furniture);
  });
});

describe('a list whose markup was lost', () => {
  it('reads a video\'s chapter list line by line', async () => {
    const chapters = 'CHAPTERS\n0:00 Welcome\n1:10 Side bend – 5 slow reaches each side\n3:20 Knee rocks – rock your knees side to side, 10 times\n5:45 Calf stretch – 30 seconds on each leg\n8:00 Goodbye\n';
    const dataset = (await compiled(chapters)).dataset!;
    expect(dataset.exercises.map((e) => e.name)).toEqual(['Side bend', 'Knee rocks', 'Calf stretch']);
    expect(readerText(dataset)).not.toMatch(/\d:\d\d/);
  });

  it('a caption label is not read in a name with a hyphened number', () => {
    expect(isCaptionLabel('Figure-4 Stretch – sit on a chair.')).toBe(false);
    expect(isCaptionLabel('Figure 4 - The cat stretch')).toBe(true);
  });

  it('reads bullet-glyph lines as items, glyphs out of reader text', async () => {
    const post = 'My evening routine:\n• Pelvic tilts – lying on your back, knees bent, flatten your back into the floor. 10 times.\n• Cat stretch – on hands and knees, round your back up. 8 times.\n• Side-lying clam – lying on your side, knees bent, open the top knee. 12 each side.\n';
    const dataset = (await compiled(post)).dataset!;
    expect(dataset.exercises.map((e) => e.name)).toEqual(['Pelvic tilts', 'Cat stretch', 'Side-lying clam']);
    expect(readerText(dataset)).not.toMatch(/•/);
  });

  it('leaves a paragraph of ordinary lines as one paragraph', async () => {
    const dataset = (await compiled('# Around the house\n\nKeep a cushion on the sofa: it helps.\nBook in: a class near you.\nWear flat shoes.\nRest often: sit when you can.\n')).dataset!;
    expect(dataset.exercises).toEqual([]);
    expect(dataset.advice).toHaveLength(1);
  });
});

describe('app chrome and social prompts', () => {
  it.each([['‹ Workouts   Save ☆', true], ['< Back to plans', true], ['Tag a friend who needs this!', true], ['Back to the wall, slide down.', false]])('%s is furniture: %s', (text, furniture) => {
    expect(isFurniture(text)).toBe(furniture);
  });
});

describe('a card\'s rest line', () => {
  const card = '# Circuit\n\n**Wall push** – face the wall, hands flat, bend your elbows and push back. 10 reps.\n\n**Rest** – 60 seconds\n\n**Heel raise** – holding a chair, rise onto your toes and lower. 12 reps.\n\n**Side-lying clam** – 12 each side.\n';

  it('"Rest – 60 seconds" after a move is not a step of that move', async () => {
    const result = await compileDocuments({ 'd.md': pregnancyFront('Doc') + card });
    const push = result.dataset!.exercises.find((e) => e.name === 'Wall push')!;
    expect(push.steps.join(' ')).not.toMatch(/Rest/);
    expect(JSON.stringify(result.dataset!.advice)).toMatch(/Rest – 60 seconds/);
  });

  it('a move given by name and amount alone prints no "What to do" that repeats its name', async () => {
    const result = await compileDocuments({ 'd.md': pregnancyFront('Doc') + card });
    const clam = result.dataset!.exercises.find((e) => e.name === 'Side-lying clam')!;
    const section = exerciseSection(clam, clam.stages, new Set());
    expect(section.blocks.some((b) => b.kind === 'list')).toBe(false);
    const push = result.dataset!.exercises.find((e) => e.name === 'Wall push')!;
    expect(exerciseSection(push, push.stages, new Set()).blocks.some((b) => b.kind === 'list')).toBe(true);
  });
});


// Shapes of posts, class sheets and reference pages: lettered and "Exercise 1 –" titles, series
// posts ("DAY 2 🌸 …"), a podcast host's label, names after a preamble or a liking verb, shown
// titles in a script, "Name, amount" list items, and an encyclopedia's described exercises.
import { describe, expect, it } from 'vitest';
import { compileDocuments, pregnancyFront } from '../helpers/compile-text.js';
import { exerciseName } from '../../src/normalize/drafts.js';
import { introducedName } from '../../src/normalize/introduced-name.js';
import { nameLead } from '../../src/normalize/name-lead.js';
import { clean } from '../../src/normalize/inline-text.js';

const front = pregnancyFront;
const dataset = async (body: string) => (await compileDocuments({ 'd.md': front('Doc') + body })).dataset!;
const names = async (body: string) => (await dataset(body)).exercises.map((e) => e.name);

describe('titles', () => {
  it('bold "Exercise 2 – Name" and lettered "A. Name" titles give the name', async () => {
    expect(await names('# Sheet\n\n**Exercise 1 – Knee rocking**\nLie on your back with knees bent. Rock them gently side to side. 10 times.\n\n**Exercise 2 – Wall press**\nStand facing a wall and push away from it. 8 times.\n')).toEqual(['Knee rocking', 'Wall press']);
    expect(await names('# Desk moves\n\n**A. Neck side bend** – Sit tall and tip your ear towards your shoulder. Hold 10 seconds each side.\n\n**B. Ankle pumps** – Point and flex your feet, 20 times.\n')).toEqual(['Neck side bend', 'Ankle pumps']);
  });

  it.each([
    ['DAY 3 🧘‍♀️ Supported squat', 'Supported squat'],
    ['Week 2: Side plank on knees', 'Side plank on knees'],
    ['B) Heel raise', 'Heel raise'],
  ])('heading %s → %s', (heading, name) => expect(exerciseName(heading).name).toBe(name));

  it('a post whose bold name closes its opening line is named by it, not by the post heading', async () => {
    expect(await names('## Post 3 — 2 days ago\n\nDay 3 of my series 🤰 Today: **Hip circles** 🔄\n\nStand with feet wide and hands on hips, draw slow circles with your hips. 10 each way.\n')).toEqual(['Hip circles']);
  });
});

describe('speech', () => {
  it('a host\'s label in capitals is no name; a preamble before "First one is…" is not part of it', async () => {
    const doc = '[theme tune]\n\nMAYA: Welcome back to the show, today it is backs.\n\nMAYA: Right, a couple of things I suggest. First one is the doorway lean. You stand in a doorway with your forearms on the frame and lean through for twenty seconds.\n\nThen a lot of people like the bridge. Lie on your back, knees bent, lift your hips, eight times.\n\nAnd the other thing, seated knee lift. Sit on a chair and lift one knee, then the other, ten times.\n';
    expect(await names(doc)).toEqual(['Doorway lean', 'Bridge', 'Seated knee lift']);
  });

  it('a shown title alone before what is said names it', async () => {
    const doc = 'ON SCREEN: 3 stretches for your back\n\nVO: ok here we go.\n\nON SCREEN: 1. Side bend\n\nVO: sit tall, reach one arm over your head to the side, hold for five breaths, then swap.\n\nON SCREEN: 2. Chest opener\n\nVO: clasp your hands behind you and lift your chest, hold for twenty seconds.\n';
    expect(await names(doc)).toEqual(['Side bend', 'Chest opener']);
  });

  it.each([
    ['Then my clients like the clam. Lie on your side.', 'Clam'],
    ['The other thing, wall sit. Lean on a wall.', undefined],
  ])('%s', (text, name) => expect(introducedName(text.split('. ')[0]! + '.')).toBe(name));

  it('"And the other thing, wall sit." leads with the name after the pointer', () => {
    expect(nameLead('And the other thing, wall sit. Lean on a wall and bend your knees.')?.name).toBe('Wall sit');
    expect(nameLead('HANNAH: So, a few things I get people doing.')).toBeUndefined();
    expect(nameLead('BRIDGE: Lie on your back and lift your hips.')?.name).toBe('BRIDGE');
  });
});

describe('lists and pages', () => {
  it('a list of "Name, amount" items is a list of exercises', async () => {
    expect(await names('My physio gave me these:\n\n1. Knee hugs lying on your side, 8 each leg\n2. Shoulder rolls sitting down, 10 slow ones\n3. Calf stretch against the wall, 30 secs each side\n')).toEqual(['Knee hugs lying on your side', 'Shoulder rolls sitting down', 'Calf stretch against the wall']);
  });

  it('a list of comma-joined tips without amounts is not', async () => {
    expect(await names('Things that helped me:\n\n1. Warm baths, honestly\n2. Good shoes, flat ones\n3. A pillow between the knees, every night\n')).toEqual([]);
  });

  it('an encyclopedia section that describes an exercise with its amount is one; its editing marks go', async () => {
    const result = await dataset('# Back pain in pregnancy\n\n## Exercises [edit]\n\n### Bridge [edit]\nThe bridge is performed lying on the back with the knees bent, the hips being raised and lowered. It is usually repeated 10 times.[3][citation needed]\n\n### Causes [edit]\nHormones soften the ligaments.[4]\n');
    expect(result.exercises.map((e) => e.name)).toEqual(['Bridge']);
    expect(JSON.stringify(result)).not.toMatch(/\[edit\]|citation needed|\[3\]/);
    expect(clean('It helps.[citation needed]')).toBe('It helps.');
  });
});

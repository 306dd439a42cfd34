// Headings and leads that label a kind of text ("Good to know", "Our physio writes:") name no
// exercise; title lines that read as a position ("Seated side bend") or a verb ("**3. Sit to
// stand**") still do; a programme's heading does not name its introduction.
import { describe, expect, it } from 'vitest';
import { compileDocuments, pregnancyFront } from '../helpers/compile-text.js';

const front = pregnancyFront;
const names = async (body: string): Promise<string[]> =>
  (await compileDocuments({ 'd.md': front('Doc') + body })).dataset!.exercises.map((e) => e.name);

describe('labels are not names', () => {
  it.each(['Good to know', 'Please note', 'Description', 'The bottom line', 'Week 30 · Tip of the day'])('heading "%s" over instructions is advice', async (heading) => {
    expect(await names(`# Back care\n\n## ${heading}\n\nAfter the class, lie on your left side with a pillow between your knees and rest for 10 minutes. Then roll onto your hands and knees before you stand up.\n`)).toEqual([]);
  });

  it('a named exercise under a label heading still counts', async () => {
    expect(await names('# Tip of the day\n\n**Wall lean**\n\nStand facing a wall and lean your forearms on it. Rock your hips gently for 1 minute.\n')).toEqual(['Wall lean']);
  });

  it('"Our physio writes:" is no exercise\'s name', async () => {
    const found = await names('# From the clinic\n\nPhysio Nadia writes: "Sit on a firm chair, lift one knee and lower it, 10 times each side. Then stand and reach up tall."\n');
    expect(found.some((name) => /writes/i.test(name))).toBe(false);
  });
});

describe('titles that read as positions or verbs', () => {
  it('plain title lines starting with a position word name their paragraph', async () => {
    expect(await names('Gentle moves\n\nSeated side bend\n\nSit on a firm chair. Reach your right arm up and over to the left, then come back. 5 each side.\n\nStanding heel raise\n\nHold a worktop and rise onto your toes, then lower. 10 times.\n')).toEqual(['Seated side bend', 'Standing heel raise']);
  });

  it('a numbered bold title that reads as an instruction names its exercise', async () => {
    expect(await names('# Programme\n\n**1. Side lying**\nLie on your left side with a pillow under your bump. Breathe slowly for 2 minutes.\n\n**2. Sit to stand**\nSit near the front of a chair. Lean forward and stand up, then sit down slowly. 8 times.\n')).toEqual(['Side lying', 'Sit to stand']);
  });

  it('a paragraph on how to fit a programme in is not an exercise named after it', async () => {
    expect(await names('# Our evening routine (4 moves, 10 minutes)\n\nDo it on most evenings after a short walk. It takes about 10 minutes.\n\n## Cat stretch\n\nOn hands and knees, round your back up, then let it level. 6 times.\n')).toEqual(['Cat stretch']);
  });
});

// The one picture-reference detector normalisation and SMS share, in varied wordings.
import { describe, expect, it } from 'vitest';
import { isCaptionLabel, isPictureReference, refersElsewhere, withoutPictureReferences } from '../../src/language/picture-reference.js';
import { isPictureReference as fromSentenceRole } from '../../src/normalize/sentence-role.js';
import { refersElsewhere as fromSms } from '../../src/sms/standalone.js';

describe('a sentence that only points at a picture', () => {
  it.each([
    'Look at the picture 4 to see where the cushion goes.',
    'Just follow along with me on screen and keep your breathing easy.',
    'Copy what I am doing on the screen for the next minute.',
    'Look at the pictures on the back of this sheet before you start.',
    'Follow the diagram for the starting position.',
    'The drawing on the right shows the correct sitting posture.',
    'You can watch the clip on our website to check your technique.',
    'See image above.',
    '(see the photo below)',
    'Please refer to figure 3 for the hand position.',
    'This illustration shows how far to lean.',
    'Pictures 5 and 6 show the two halves of the movement.',
    'As shown below.',
    'Check the video before trying this one.',
  ])('%s', (sentence) => {
    expect(isPictureReference(sentence)).toBe(true);
    expect(refersElsewhere(sentence)).toBe(true);
  });

  it.each([
    'Picture your spine as a string of pearls and lengthen it.',
    'Look at a point on the floor ahead of you and lean forward.',
    'Follow your breath as you lower your knees to one side.',
    'Figure out which side feels tighter and start there.',
    'See your GP if the pain lasts more than two weeks.',
    'Kneel with your hands under your shoulders.',
  ])('%s is not a picture reference', (sentence) => expect(isPictureReference(sentence)).toBe(false));
});

describe('inline references cut out of an instruction', () => {
  it.each([
    ['Kneel on your hands and knees, as in the photo, with your back level.', 'Kneel on your hands and knees, with your back level.'],
    ['Lie on your back with your feet flat (see image above).', 'Lie on your back with your feet flat.'],
    ['Place your feet like in the photo above.', 'Place your feet.'],
    ['Stand sideways on the step (pictured left) and hold the rail.', 'Stand sideways on the step and hold the rail.'],
    ['Rest your forearms on the ball, as shown in picture 2.', 'Rest your forearms on the ball.'],
    ['Hold the rail (both hands) and lift.', 'Hold the rail (both hands) and lift.'],
  ])('%s → %s', (text, expected) => expect(withoutPictureReferences(text)).toBe(expected));
});

describe('caption labels', () => {
  it.each(['Caption: Keep your top hip stacked', 'Pictured left: standing on the bottom step.', 'Image: a woman on a ball', 'Credit: jo mills photography', 'Figure 2 – the bridge'])(
    '%s', (text) => expect(isCaptionLabel(text)).toBe(true),
  );
  it.each(['Pictures help many readers.', 'Imagine a string at the crown of your head.', 'Position: lying on your back'])(
    '%s is not a caption label', (text) => expect(isCaptionLabel(text)).toBe(false),
  );
});

it('normalisation and SMS use the same detector', () => {
  expect(fromSentenceRole).toBe(isPictureReference);
  expect(fromSms).toBe(refersElsewhere);
});

describe('picture references left out of the records are reported', () => {
  const DOC = `---
title: Hip moves
language: en
audience: [pregnancy]
---

# Hip moves

## Side-lying clam

Lie on your side with your knees bent. Lift your top knee, keeping your feet together, then lower it. Repeat 10 times. Check picture 3 for the angle of the knees.

## Before you start

Warm up for five minutes. The drawing below shows a good sitting posture.
`;

  it('name the line and column of each reference, in exercises and in advice', async () => {
    const { compileDocuments } = await import('../helpers/compile-text.js');
    const result = await compileDocuments({ 'hips.md': DOC });
    const text = JSON.stringify(result.dataset);
    expect(text).not.toMatch(/picture 3|drawing below/);
    const reported = result.files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'boilerplate' && /picture, figure or video/.test(m.reason));
    expect(reported.map((m) => `${m.line}:${m.column}`)).toEqual(['11:120', '15:27']);
  });
});

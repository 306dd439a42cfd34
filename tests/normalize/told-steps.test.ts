// Steps told in the first person or as a class are instructions; stories and habits are not.
import { describe, expect, it } from 'vitest';
import { isInstruction } from '../../src/normalize/instructions.js';

describe('steps told as what someone does', () => {
  it.each([
    'I prefer to kneel on a folded towel and sit back towards my heels.',
    'What we do first is lie on our backs with the knees bent.',
    'My osteopath had me press my lower back into the floor.',
    'Our teacher asked us to circle the hips slowly on the ball.',
    "We're going to bring the right knee towards the chest.",
    'Next we lift the hips and hold.',
    'I then slowly lower my knees to the left.',
  ])('%s instructs', (sentence) => expect(isInstruction(sentence)).toBe(true));

  it.each([
    'I started sleeping with a pillow between my knees.',
    'You usually sit for hours at a desk.',
    'I learned to get out of bed by rolling onto my side.',
    'We were told the baby was breech at 36 weeks.',
    'My midwife said the pain would pass.',
  ])('%s does not', (sentence) => expect(isInstruction(sentence)).toBe(false));
});

// Scope kinds added on branch h18-claims (src/safety/negation.ts): advice against, a myth or a saying
// judged, something ruled out at the end of its clause, a swap, and a story that ends in cancelling.
// Each pair shows the match negated in one wording and left standing in a near one.
import { describe, expect, it } from 'vitest';
import { isNegated, normalizeSentence } from '../../src/safety/negation.js';
import { splitSegments } from '../../src/safety/clauses.js';

const negated = (sentence: string, match: string): boolean => {
  const text = normalizeSentence(sentence);
  const at = text.indexOf(match);
  if (at < 0) throw new Error(`"${match}" is not in "${sentence}"`);
  return isNegated(text, splitSegments(text), at, at + match.length);
};

describe('negated', () => {
  it.each<[string, string]>([
    ['Physiotherapists advise against hot tubs until after the birth.', 'hot tubs'],
    ['Our instructors warn against bikram while you are pregnant.', 'bikram'],
    ['Herbal brews to restart a period are an old myth.', 'Herbal brews to restart a period'],
    ['"No pain, no gain" is the worst advice for a pregnant runner.', 'No pain, no gain'],
    ['With a low placenta, trampolining is out.', 'trampolining'],
    ['I had planned a ski week but swapped it for a spa-free city break.', 'ski week'],
    ['We had booked the dive boat but cancelled when the test came back positive.', 'dive boat'],
  ])('%s', (sentence, match) => expect(negated(sentence, match)).toBe(true));
});

describe('left standing', () => {
  it.each<[string, string]>([
    ['Physiotherapists recommend hot tubs for sore backs.', 'hot tubs'],
    ['Lean against the wall and try bikram poses at home.', 'bikram'],
    ['Herbal brews to restart a period are an old family secret.', 'Herbal brews to restart a period'],
    ['"No pain, no gain" is the best advice I ever had.', 'No pain, no gain'],
    ['With a low placenta, trampolining is out of this world.', 'trampolining'],
    ['I had planned a ski week and booked it for March.', 'ski week'],
    ['We had booked the dive boat and loved every minute.', 'dive boat'],
  ])('%s', (sentence, match) => expect(negated(sentence, match)).toBe(false));
});

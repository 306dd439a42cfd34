// Scope beyond plain negation: avoidance said as postponement ("save the hot tub for after the
// birth"), as a swap ("swap netball for swimming"), as a risk of the thing itself, a warning that
// points back at a list, a long last list item, and "don't let X stop you" (which encourages).
import { describe, expect, it } from 'vitest';
import { checkSentence } from '../../src/safety/index.js';
import { packageRules } from '../helpers/safety-rules.js';
import { isNegated, normalizeSentence } from '../../src/safety/negation.js';
import { splitSegments } from '../../src/safety/clauses.js';

const { rules } = packageRules;
const fired = (text: string, stages: Parameters<typeof checkSentence>[1]['stages'] = ['trimester-2']): string[] =>
  checkSentence(text, { stages }, rules).map((m) => m.rule.id);

/** Whether the first occurrence of `word` in `text` is negated in its clause. */
function negated(text: string, word: string): boolean {
  const t = normalizeSentence(text);
  const start = t.indexOf(word);
  if (start < 0) throw new Error(`${word} not in ${text}`);
  return isNegated(t, splitSegments(t), start, start + word.length);
}

describe('postponement and swaps negate', () => {
  it.each([
    ['Keep the jacuzzi for after the birth.', 'jacuzzi'],
    ['Leave your skis in the loft until the baby is here.', 'skis'],
    ['Rugby is best swapped for swimming while you are pregnant.', 'Rugby'],
    ['Put kickboxing on hold until after the birth.', 'kickboxing'],
    ['Give the steam room a miss this time.', 'steam room'],
    ['Replace the sauna with a warm shower.', 'sauna'],
    ['Take a break from the saddle for now.', 'saddle'],
    ['Climbing and skiing carry a high risk of falls.', 'Climbing'],
    ['Saunas are off the cards until the baby is here.', 'Saunas'],
    ['Retire the snowboard this season and take up swimming instead.', 'snowboard'],
    ['Ask your partner to carry the shopping for the first weeks.', 'shopping'],
    ['Claims that one stretch cures sciatica are not backed by evidence.', 'cures'],
  ])('%s → %s negated', (text, word) => expect(negated(text, word)).toBe(true));

  it.each([
    ['Keep skiing until your baby arrives.', 'skiing'],
    ['Carry on with netball until the birth.', 'netball'],
    ['Replace your walk with a jog.', 'jog'],
  ])('%s → %s not negated', (text, word) => expect(negated(text, word)).toBe(false));
});

describe('lists and warnings that point back', () => {
  it('reads a long last item of a negated list as negated', () => {
    expect(negated('Never drink pennyroyal, blue cohosh or any tea marketed to restart an overdue period.', 'restart')).toBe(true);
  });
  it('reads "none of them should be taken" after a list as a warning about the list', () => {
    expect(negated('Rue, tansy and mugwort are sold online as period teas, and none of them is safe to drink.', 'tansy')).toBe(true);
  });
  it('does not let a back-referring warning reach a claim far away', () => {
    expect(negated('Tansy tea ends an unwanted pregnancy gently and naturally at home, say the old herbals, which were written long before anyone could test them, and none of them are reliable.', 'Tansy')).toBe(false);
  });
});

describe('other ways of advising against', () => {
  it.each([
    ['Choose a cool shower over a sauna session.', 'sauna'],
    ['Judo and skiing are among the sports to avoid while pregnant.', 'Judo'],
    ['At the club, help with the scoring instead of playing netball.', 'netball'],
  ])('%s → %s negated', (text, word) => expect(negated(text, word)).toBe(true));
});

describe('rules of pregnancy and the time after the birth', () => {
  it('a pregnancy-only rule does not read advice for after the birth as advice for now', () => {
    expect(fired('A sauna is a lovely treat once your baby has arrived.')).not.toContain('hot-environment');
    expect(fired('A sauna is a lovely treat in the second trimester.')).toContain('hot-environment');
  });
  it('a postpartum rule still reads the time after the birth', () => {
    expect(fired('Go running a week after the birth.', ['postpartum'])).toContain('early-postpartum-load');
  });
  it('a match that passes over someone else doing the work is not advice to do it', () => {
    expect(fired('Two weeks after your caesarean, let your partner carry the shopping.', ['postpartum'])).not.toContain('caesarean-load');
    expect(fired('Two weeks after your caesarean, carry the shopping yourself.', ['postpartum'])).toContain('caesarean-load');
  });
});

describe("don't let X stop you encourages", () => {
  it.each([
    ["Don't let a bump stop you from skiing this season.", 'contact-or-fall-risk'],
    ['Never let pregnancy keep you out of the sauna.', 'hot-environment'],
  ])('%s is flagged (%s)', (text, rule) => expect(fired(text)).toContain(rule));
  it.each([
    ["Don't let a busy week stop you from walking, but leave the ski slopes until after the birth.", 'contact-or-fall-risk'],
  ])('%s stays safe (%s)', (text, rule) => expect(fired(text)).not.toContain(rule));
});

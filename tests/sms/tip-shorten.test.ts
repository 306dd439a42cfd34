import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTRODUCED_WORD, MAX_TIER, SHORTEN_RULES } from '../../src/sms/tip-shorten-rules.js';
import { endSentence, isCleanSentence, shortenSentence } from '../../src/sms/tip-shorten.js';

const withCue = { painCue: true };
const noCue = { painCue: false };
const words = (text: string): string[] => text.split(/[\s,.;:!?()"]+/).filter((w) => w !== '');

describe('shortening rules table', () => {
  it('has unique ids, tier 0 first, and a description for every rule', () => {
    const ids = SHORTEN_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    const tiers = SHORTEN_RULES.map((rule) => rule.tier);
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    for (const rule of SHORTEN_RULES) expect(rule.description.length).toBeGreaterThan(10);
  });

  it('joins numeral ranges always: "8 to 12" and "8 – 12" become "8-12"', () => {
    expect(shortenSentence('Repeat 8 to 12 times.', 0, noCue)).toBe('Repeat 8-12 times.');
    expect(shortenSentence('Repeat 8 - 12 times.', 0, noCue)).toBe('Repeat 8-12 times.');
  });

  it('drops a leading "Then" or "Note:" and capitalises', () => {
    expect(shortenSentence('Then switch legs.', 0, noCue)).toBe('Switch legs.');
    expect(shortenSentence('Note: "mountain" should not be done after week 34.', 0, noCue)).toBe('"Mountain" should not be done after week 34.');
  });

  it('drops "(without pain)" only when the tip ends with "Stop if it hurts."', () => {
    const s = "On the exhale, gently 'tilt' the pelvis (without pain).";
    expect(shortenSentence(s, 1, withCue)).toBe("On the exhale, gently 'tilt' the pelvis.");
    expect(shortenSentence(s, MAX_TIER, noCue)).toBe(s);
    expect(shortenSentence('Maintain a gentle stretch, without pain.', 1, withCue)).toBe('Maintain a gentle stretch.');
  });

  it('drops pictures and explaining asides, never asides that limit or warn', () => {
    expect(shortenSentence('As you exhale, round your back as if "pulling" the lower back upward.', 2, noCue)).toBe('As you exhale, round your back.');
    expect(shortenSentence('Tuck your pelvis under (as if you are "scooping" your lower back).', 2, noCue)).toBe('Tuck your pelvis under.');
    expect(shortenSentence('Sit tall, chin slightly tucked in (neck is long).', 2, noCue)).toBe('Sit tall, chin slightly tucked in.');
    for (const kept of ['(if comfortable)', '(do not arch suddenly)', '(especially after 26 weeks)', '(support on forearms if necessary)']) {
      const s = `Place one ankle on the opposite knee ${kept}.`;
      expect(shortenSentence(s, MAX_TIER, withCue)).toBe(s);
    }
  });

  it('abbreviates units after numbers, then uses "x" for times', () => {
    expect(shortenSentence('Hold 15 to 20 seconds, 1 to 2 times.', 3, noCue)).toBe('Hold 15-20 sec, 1-2 times.');
    expect(shortenSentence('Hold 15 to 20 seconds, 1 to 2 times.', 4, noCue)).toBe('Hold 15-20 sec, 1-2x.');
    expect(shortenSentence('Do this for 1-2 minutes, 10 repetitions.', 3, noCue)).toBe('Do this for 1-2 min, 10 reps.');
    expect(shortenSentence('Do it 5-6 times on each side.', 4, noCue)).toBe('Do it 5-6x each side.');
    expect(shortenSentence('Hold for a few seconds.', MAX_TIER, noCue)).toBe('Hold for a few seconds.');
  });
});

describe('clean endings', () => {
  it('rejects dangling words, commas and missing end marks', () => {
    expect(isCleanSentence('Lean forward.')).toBe(true);
    expect(isCleanSentence('Breathe in.')).toBe(true);
    expect(isCleanSentence('Lie on your side.')).toBe(true);
    for (const bad of ['Lean forward and.', 'Lean forward or.', 'Lean forward with.', 'Lean forward,.', 'Lean forward,', 'Lean forward', 'Lean forward ().', 'Lean (forward.']) {
      expect(isCleanSentence(bad), bad).toBe(false);
    }
  });

  it('endSentence closes a fragment with a full stop', () => {
    expect(endSentence('you bleed from the vagina;')).toBe('you bleed from the vagina.');
    expect(endSentence('Kneel.')).toBe('Kneel.');
    expect(endSentence('  ')).toBe('');
  });

  it('never undoes a clean sentence: a rewrite that would dangle is not applied', () => {
    // Dropping the aside here would leave "… and." — the rule is undone.
    const s = 'Lift your arm and (slowly).';
    expect(shortenSentence(s, MAX_TIER, withCue)).toBe(s);
  });
});

describe('properties', () => {
  const vocabulary = [
    'Lift', 'your', 'arms', 'and', 'or', 'with', 'slowly', 'the', 'back', '8', 'to', '12', 'times', 'seconds', 'minutes',
    'repetitions', 'on', 'each', 'side', '(without pain)', '(if comfortable)', '(neck is long)', '(as if "pulling")',
    'as if pulling', 'without pain', 'Then', 'Note:', '-', ',', 'x', 'sec',
  ];
  const sentence = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 14 })
    .map((parts) => endSentence(parts.join(' ').replace(/ ,/g, ',')));

  it('never cuts a word: every word of the output is a word of the input or an abbreviation of the table', () => {
    fc.assert(fc.property(sentence, fc.integer({ min: 0, max: MAX_TIER }), fc.boolean(), (input, level, painCue) => {
      const out = shortenSentence(input, level, { painCue });
      const before = new Set(words(input).map((w) => w.toLowerCase()));
      for (const word of words(out)) {
        expect(before.has(word.toLowerCase()) || INTRODUCED_WORD.test(word), `${word} in "${out}" from "${input}"`).toBe(true);
      }
    }), { numRuns: 1000 });
  });

  it('a clean sentence stays clean, never ending on "and", "or", "with" or a comma', () => {
    fc.assert(fc.property(sentence, fc.integer({ min: 0, max: MAX_TIER }), (input, level) => {
      fc.pre(isCleanSentence(input));
      const out = shortenSentence(input, level, withCue);
      expect(isCleanSentence(out)).toBe(true);
      expect(out).not.toMatch(/(?:\band|\bor|\bwith|,)\W*$/i);
      expect(out.length).toBeLessThanOrEqual(input.length);
    }), { numRuns: 1000 });
  });
});

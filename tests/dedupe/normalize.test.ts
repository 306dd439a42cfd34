import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForComparison } from '../../src/dedupe/index.js';
import { lightStem } from '../../src/dedupe/stem.js';
import { allWordTokens, contentTokens } from '../../src/dedupe/tokens.js';

describe('normalizeForComparison', () => {
  it('folds case, quotes, dashes, punctuation and spacing', () => {
    expect(normalizeForComparison('  Don’t   “Clench”  your NECK!  ')).toBe('dont clench your neck');
    expect(normalizeForComparison("Don't \"clench\" your neck")).toBe('dont clench your neck');
    expect(normalizeForComparison('8–12 times — 1—2 sets')).toBe(normalizeForComparison('8-12 times - 1-2 sets'));
    expect(normalizeForComparison('Step-by-step: hip‐width, 24/7.')).toBe('step by step hip width 24 7');
  });

  it('applies NFC and NFKC folding', () => {
    expect(normalizeForComparison('e\u0301tude')).toBe(normalizeForComparison('\u00e9tude'));
    expect(normalizeForComparison('ﬁt ＡＢＣ ①')).toBe('fit abc 1');
    expect(normalizeForComparison('STRASSE Straße')).toBe('strasse strasse');
  });

  it('keeps decimal numbers and drops invisible characters', () => {
    expect(normalizeForComparison('Hold 1.5 min.')).toBe('hold 1.5 min');
    expect(normalizeForComparison('re\u00adlax\u200b now')).toBe('relax now');
  });

  it('is idempotent and returns trimmed single-spaced text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = normalizeForComparison(s);
        expect(normalizeForComparison(once)).toBe(once);
        expect(once).toBe(once.trim());
        expect(once).not.toMatch(/\s\s/u);
      }),
      { numRuns: 500 },
    );
  });
});

describe('tokens', () => {
  it('stems lightly', () => {
    expect(lightStem('squatting')).toBe(lightStem('squat'));
    expect(lightStem('ligaments')).toBe('ligament');
    expect(new Set(['release', 'releases', 'released', 'releasing'].map(lightStem)).size).toBe(1);
    expect(lightStem('correctly')).toBe('correct');
    expect(lightStem('comfortably')).toBe(lightStem('comfortable'));
    expect(lightStem('thing')).toBe('thing');
    expect(lightStem('need')).toBe('need');
  });

  it('drops stop words, folds negations and numbers', () => {
    expect(contentTokens(normalizeForComparison("Don't hold your breath for five seconds"))).toEqual([
      'not', 'hold', 'breath', '5', 'second',
    ]);
    expect(contentTokens('the second trimester 2nd 05')).toEqual(['2', 'trimester', '2', '5']);
    expect(allWordTokens('how to know if')).toEqual(['how', 'to', 'know', 'if']);
  });
});

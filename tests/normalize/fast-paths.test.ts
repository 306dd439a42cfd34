// Fast paths of the normalise stage must give what their general paths give.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/language/split-sentences.js';
import { isPromotional } from '../../src/normalize/boilerplate.js';
import { foreignShareFor } from '../../src/normalize/foreign-share.js';
import { clean, cleanGeneral } from '../../src/normalize/inline-text.js';

const part = fc.constantFrom('a', 'Word', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u202a', '\u202f', '\u205f', '\u2066', '\u3000', '\ufeff', '\u0085', '\u180e', 'é', 'щ', '会', '.', '\x00', '\x1f');
const text = fc.array(part, { maxLength: 30 }).map((parts) => parts.join(''));

describe('clean', () => {
  it('gives the general result for any mix of spaces, controls and letters', () => {
    fc.assert(fc.property(text, (t) => { expect(clean(t)).toBe(cleanGeneral(t)); }), { numRuns: 5000 });
  });
});

describe('foreignShareFor', () => {
  it('answers a repeated text as a fresh reader answers it', () => {
    const share = foreignShareFor('en');
    fc.assert(fc.property(text, (t) => {
      const first = share(t);
      expect(share(t)).toBe(first);
      expect(first).toBe(foreignShareFor('en')(t));
    }), { numRuns: 1000 });
    expect(share('щщ a')).toBeCloseTo(2 / 3);
  });
});

describe('promotion found in a text before its sentences', () => {
  it('a text with no promotional wording has no promotional sentence', () => {
    const word = fc.constantFrom('sign', 'up', 'signup', 'download', 'the', 'app', 'free', '7', '24/7', '24', '/', 'days', 'day', 'trial', 'visit', 'visitors', 'online', 'course', 'google', 'play', 'store', 'subscribe', '.', '!', '?', '…', '»', '"', ')', '。', '会', '\n\n', '\n', ' ', 'Dr.', 'e.g.', 'A');
    fc.assert(fc.property(fc.array(word, { maxLength: 25 }).map((w) => w.join(' ').replace(/ (?=[.!?。…])/g, '')), (text) => {
      const some = splitSentences(text).some((s) => isPromotional(s.text));
      if (some) expect(isPromotional(text)).toBe(true);
    }), { numRuns: 5000 });
  });
});

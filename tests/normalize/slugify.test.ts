// slugify takes a one-pass path for ASCII text; it must give the general path's slug.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugify, slugOfFolded } from '../../src/normalize/ids.js';

const ascii = fc.array(fc.constantFrom('a', 'B', 'word', 'Z9', '7', ' ', '  ', "'", '-', '.', '\n', '\t', '\x00', '~', 'x'.repeat(30)), { maxLength: 40 }).map((parts) => parts.join(''));

describe('slugify', () => {
  it('gives the general slug for any ASCII text and word count', () => {
    fc.assert(fc.property(ascii, fc.integer({ min: 0, max: 10 }), (text, words) => {
      expect(slugify(text, words)).toBe(slugOfFolded(text, words));
    }), { numRuns: 5000 });
  });

  it('gives the general slug for long non-ASCII text (folding only a prefix)', () => {
    const part = fc.constantFrom('é', 'Élan', 'e\u0301', '\u0301', 'ﬁ', '½', '会', 'Σ', 'ß', 'word', 'x'.repeat(40), ' ', '  ', '\u00a0', "'", '’', '-', '.', '\n', 'ǅ', '\u0344');
    // Mostly other scripts: prefixes with fewer words than kept, so the prefix must grow.
    const sparse = fc.constantFrom('会'.repeat(30), '会'.repeat(30), '会'.repeat(30), ' ', ' ', 'é', 'wörd');
    const text = fc.oneof(fc.array(part, { minLength: 50, maxLength: 400 }), fc.array(sparse, { minLength: 50, maxLength: 600 })).map((parts) => parts.join(''));
    fc.assert(fc.property(text, fc.integer({ min: 0, max: 12 }), (t, words) => {
      expect(slugify(t, words)).toBe(slugOfFolded(t.normalize('NFKD').replace(/\p{M}+/gu, ''), words));
    }), { numRuns: 2000 });
  });

  it('folds accents, drops other scripts and joins the first words', () => {
    expect(slugify("Don't arch your back — Élan vital 会 breathing", 4)).toBe('dont-arch-your-back');
    expect(slugify('Ćwiczenie: kot', 8)).toBe('cwiczenie-kot');
  });
});

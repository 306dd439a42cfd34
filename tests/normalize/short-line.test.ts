// isShortLine counts words without splitting the text; the count must be what split(/\s+/) gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldsAtMost, isShortLine } from '../../src/normalize/boilerplate.js';

const texts = fc.array(fc.constantFrom('a', 'word', ' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\u2028', '.', '会', ''), { maxLength: 30 }).map((parts) => parts.join(''));

describe('short lines', () => {
  it('fieldsAtMost agrees with split(/\\s+/) for any limit', () => {
    fc.assert(fc.property(texts, fc.integer({ min: 0, max: 12 }), (text, limit) => {
      expect(fieldsAtMost(text, limit)).toBe(text.split(/\s+/).length <= limit);
    }), { numRuns: 5000 });
  });

  it('a caption of a few words is short; a sentence or a long line is not', () => {
    expect(isShortLine('Photo: woman doing a side plank')).toBe(true);
    expect(isShortLine('Breathe in slowly.')).toBe(false);
    expect(isShortLine('one two three four five six seven eight nine ten eleven')).toBe(false);
  });
});

// The sentence splitter tests characters with a table for ASCII and range checks before its
// regular expressions; every UTF-16 code unit must get the answer the expressions give.
import { describe, expect, it } from 'vitest';
import { characterTests, splitSentences } from '../../src/language/split-sentences.js';

const EXPECTED: Record<keyof typeof characterTests, RegExp> = {
  isSpace: /\s/u,
  isCloser: /["'”’»)\]}」』）】〕〉》]/u,
  isLatinTerminator: /[.!?…]/u,
  isCjkTerminator: /[。！？｡]/u,
  isLower: /\p{Ll}/u,
  isCjk: /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u,
};

describe('sentence splitter character tests', () => {
  for (const [name, pattern] of Object.entries(EXPECTED) as Array<[keyof typeof characterTests, RegExp]>) {
    it(`${name} agrees with ${pattern.source} on every code unit`, () => {
      const wrong: string[] = [];
      for (let code = 0; code <= 0xffff; code += 1) {
        const ch = String.fromCharCode(code);
        if (characterTests[name](ch, 0) !== pattern.test(ch)) wrong.push(code.toString(16));
      }
      expect(wrong).toEqual([]);
    });
  }

  it('gives the same sentences for a repeated text, and they cannot be changed', () => {
    const text = 'Breathe in. Breathe out.';
    const first = splitSentences(text);
    expect(splitSentences(text)).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first[0])).toBe(true);
    expect(first.map((s) => s.text)).toEqual(['Breathe in.', 'Breathe out.']);
  });
});

import { describe, expect, it } from 'vitest';
import { septetLength } from '../../src/sms/gsm7.js';
import { partMarker, splitIntoParts } from '../../src/sms/sms-parts.js';

const words = (n: number, word = 'abcd'): string => Array.from({ length: n }, () => word).join(' ');

describe('splitIntoParts', () => {
  it('returns a text that fits one message as one part without a marker', () => {
    const text = words(32); // 32*5 - 1 = 159 septets
    expect(splitIntoParts(text, 3)).toEqual([text]);
    expect(splitIntoParts('', 1)).toEqual(['']);
  });

  it('treats 160 septets as one message and 161 as two parts', () => {
    const text160 = 'a'.repeat(140) + ' ' + 'b'.repeat(19);
    expect(splitIntoParts(text160, 1)).toEqual([text160]);
    const text161 = text160 + 'c';
    expect(splitIntoParts(text161, 1)).toBeUndefined();
    expect(splitIntoParts(text161, 2)).toEqual(['(1/2) ' + 'a'.repeat(140), '(2/2) ' + 'b'.repeat(19) + 'c']);
  });

  it('puts the marker at the start of every part and keeps each part within 153 septets', () => {
    const parts = splitIntoParts(words(60), 5);
    expect(parts).toBeDefined();
    expect(parts).toHaveLength(3);
    parts?.forEach((part, i) => {
      expect(part.startsWith(partMarker(i + 1, 3))).toBe(true);
      expect(septetLength(part)).toBeLessThanOrEqual(153);
    });
    // marker 6 + 29 words of 4 + 28 spaces = 150; a 30th word would make 155
    expect(parts?.[0]).toBe('(1/3) ' + words(29));
  });

  it('never splits between ESC and its character at the 153 boundary', () => {
    // marker (6) + 'a'*145 (145) + space (1) = 152: a word '€' (2 septets) would end at 154
    const text = 'a'.repeat(145) + ' € ' + 'b'.repeat(20);
    const parts = splitIntoParts(text, 2);
    expect(parts).toEqual(['(1/2) ' + 'a'.repeat(145), '(2/2) € ' + 'b'.repeat(20)]);
    // one septet less and it fits exactly: 6 + 144 + 1 + 2 = 153
    const fits = splitIntoParts('a'.repeat(144) + ' € ' + 'b'.repeat(20), 2);
    expect(fits?.[0]).toBe('(1/2) ' + 'a'.repeat(144) + ' €');
    expect(septetLength(fits?.[0] ?? '')).toBe(153);
  });

  it('never splits inside a word: a word longer than a part is undefined', () => {
    expect(splitIntoParts('a'.repeat(148) + ' ' + 'b'.repeat(20), 9)).toBeUndefined();
    expect(splitIntoParts('a'.repeat(147) + ' ' + 'b'.repeat(20), 9)).toHaveLength(2);
  });

  it('returns undefined when more than maxParts parts are needed', () => {
    expect(splitIntoParts(words(60), 2)).toBeUndefined();
    expect(splitIntoParts(words(60), 0)).toBeUndefined();
    expect(splitIntoParts(words(60), Number.NaN)).toBeUndefined();
  });

  it('returns undefined for non-GSM text', () => {
    expect(splitIntoParts('don\u2019t', 3)).toBeUndefined();
  });

  it('widens the marker for ten or more parts', () => {
    // parts 1–9 have room for 153 - 7 = 146 septets (29 words), parts 10–11 for 145 (29 words)
    const parts = splitIntoParts(words(300), 20);
    expect(parts).toHaveLength(11);
    expect(parts?.[0]).toBe('(1/11) ' + words(29));
    expect(parts?.[10]).toBe('(11/11) ' + words(300 - 10 * 29));
    parts?.forEach((part) => expect(septetLength(part)).toBeLessThanOrEqual(153));
  });

  it('drops extra spaces between words', () => {
    expect(splitIntoParts('  Sit   tall ', 1)).toEqual(['Sit tall']);
  });
});

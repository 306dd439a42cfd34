/**
 * Property tests: arbitrary Unicode never makes the checks throw, and every reported offset
 * slices back to the reported text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findForeignSpans, splitSentences } from '../../src/language/index.js';

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Pieces that exercise the interesting paths: scripts, punctuation, foreign sentences. */
const piece = fc.oneof(
  fc.constantFrom(
    'Breathe in. ', 'Stand up straight; ', 'e.g. ', 'Exercise 1. ', '1.5 ', '“Eagle”;. ', '? ', '! ',
    '会对肌腱,韧带', '。', '！', '肩blade骨', 'Восстанавливаем спину ', '横になって', '옆으로 ', '𠀀',
    'Acuéstese de lado y respire profundamente durante cinco minutos. ',
    'Nằm nghiêng sang một bên và hít thở sâu trong khoảng năm phút. ', '\n\n', '\n', ' ', 'β', 'DNA ',
  ),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: codeUnit, maxLength: 4 }),
);
const mixedText = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
const anyText = fc.oneof(mixedText, fc.string({ unit: 'binary' }), fc.string({ unit: codeUnit }));
const languageTag = fc.constantFrom('en', 'en-GB', 'es', 'vi', 'ru', 'uk', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'ar', 'hi', 'am', 'xx', '');

describe('properties', () => {
  it('findForeignSpans never throws and its offsets slice to the reported text', () => {
    fc.assert(
      fc.property(anyText, languageTag, (text, tag) => {
        const spans = findForeignSpans(text, tag);
        let previousStart = 0;
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(span.start, span.end)).toBe(span.text);
          expect(span.start).toBeGreaterThanOrEqual(previousStart);
          expect(['script', 'trigram']).toContain(span.method);
          previousStart = span.start;
        }
        const script = spans.filter((s) => s.method === 'script');
        for (let i = 1; i < script.length; i += 1) {
          expect(script[i]?.start).toBeGreaterThanOrEqual(script[i - 1]?.end ?? 0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('splitSentences never throws and gives trimmed, ordered, non-overlapping sentences', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let previousEnd = 0;
        for (const sentence of splitSentences(text)) {
          expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
          expect(sentence.text.trim()).toBe(sentence.text);
          expect(sentence.text).not.toBe('');
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = sentence.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('whitespace-only input gives no spans and no sentences', () => {
    const whitespace = fc.string({ unit: fc.constantFrom(' ', '\n', '\t', '\u3000', '\u00a0', '\r') });
    fc.assert(
      fc.property(whitespace, languageTag, (text, tag) => {
        expect(findForeignSpans(text, tag)).toEqual([]);
        expect(splitSentences(text)).toEqual([]);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstNonGsm, gsm7Cost, isGsm7, septetLength } from '../../src/sms/gsm7.js';
import { normalizeForSms } from '../../src/sms/sms-normalize.js';
import { partMarker, splitIntoParts } from '../../src/sms/sms-parts.js';
import { measure } from '../../src/sms/sms-segments.js';

const BASIC = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENSION = '\f^{}\\[~]|€';
const TRICKY = '’‘‚‛′“”„″–—−‑…•×\u00A0\u202F\u2009\u200B\u200D\uFEFF\t\r\n ç`°😀e\u0301\u0301\u001B\uD83D';

const gsmChar = fc.constantFrom(...BASIC, ...EXTENSION);
const gsmText = fc.string({ unit: gsmChar });
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.oneof(gsmChar, fc.constantFrom(...TRICKY)) }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)) }),
);
const gsmWord = fc.string({ unit: fc.constantFrom(...BASIC.replace(' ', ''), ...EXTENSION), minLength: 1, maxLength: 40 });

describe('properties', () => {
  it('normalizeForSms output is GSM-7 or firstNonGsm finds the offending character', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const { text } = normalizeForSms(input);
        const found = firstNonGsm(text);
        if (isGsm7(text)) return found === undefined;
        return (
          found !== undefined &&
          gsm7Cost(found.char) === undefined &&
          text.startsWith(found.char, found.index) &&
          isGsm7(text.slice(0, found.index)) &&
          found.codePoint === `U+${(found.char.codePointAt(0) ?? -1).toString(16).toUpperCase().padStart(4, '0')}`
        );
      }),
      { numRuns: 500 },
    );
  });

  it('normalizeForSms is idempotent and yields one trimmed line', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const once = normalizeForSms(input);
        const twice = normalizeForSms(once.text);
        expect(twice).toEqual({ text: once.text, replacements: [] });
        expect(once.text).not.toMatch(/[\r\n\t]| {2}|^ | $/);
      }),
      { numRuns: 500 },
    );
  });

  it('septetLength is the sum of per-character costs, and undefined off the alphabet', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const costs = [...text].map(gsm7Cost);
        const expected = costs.includes(undefined) ? undefined : costs.reduce<number>((s, c) => s + (c ?? 0), 0);
        expect(septetLength(text)).toBe(expected);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(gsmText, (text) => {
        const extension = [...text].filter((c) => EXTENSION.includes(c)).length;
        expect(septetLength(text)).toBe([...text].length + extension);
      }),
    );
  });

  it('measure agrees with an explicit chunking into segments', () => {
    fc.assert(
      fc.property(fc.oneof(gsmText, anyText), (text) => {
        const m = measure(text);
        const chars = [...text];
        const gsm = isGsm7(text);
        const cost = (c: string): number => (gsm ? (gsm7Cost(c) ?? 0) : c.length);
        expect(m.encoding).toBe(gsm ? 'GSM-7' : 'UCS-2');
        expect(m.units).toBe(gsm ? septetLength(text) : text.length);
        const limit = m.units <= (gsm ? 160 : 70) ? Infinity : gsm ? 153 : 67;
        const chunks: string[][] = [[]];
        let used = 0;
        for (const c of chars) {
          if (used + cost(c) > limit) {
            chunks.push([]);
            used = 0;
          }
          chunks[chunks.length - 1]?.push(c);
          used += cost(c);
        }
        expect(m.segments).toBe(chunks.length);
        expect(m.segments).toBeGreaterThanOrEqual(Math.ceil(m.units / (gsm ? 153 : 67)));
      }),
      { numRuns: 500 },
    );
  });

  it('splitIntoParts: every part fits, markers are in order, the words come back, no fewer parts fit', () => {
    fc.assert(
      fc.property(fc.array(gsmWord, { maxLength: 150 }), fc.constantFrom(' ', '  '), (words, sep) => {
        const parts = splitIntoParts(words.join(sep), 1000);
        if (parts === undefined) {
          // only a word too long for any part can fail with room for 1000 parts
          return words.some((w) => (septetLength(w) ?? 0) > 153 - partMarker(1, 2).length);
        }
        if (parts.length === 1) {
          expect(septetLength(parts[0] ?? '')).toBeLessThanOrEqual(160);
          expect(parts[0]).toBe(words.join(' '));
          return true;
        }
        const bodies = parts.map((part, i) => {
          const marker = partMarker(i + 1, parts.length);
          expect(part.startsWith(marker)).toBe(true);
          expect(septetLength(part)).toBeLessThanOrEqual(153);
          return part.slice(marker.length);
        });
        expect(bodies.join(' ')).toBe(words.join(' '));
        expect(bodies.every((b) => b !== '' && !b.startsWith(' ') && !b.endsWith(' '))).toBe(true);
        expect(splitIntoParts(words.join(sep), parts.length - 1)).toBeUndefined();
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

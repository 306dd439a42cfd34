import { describe, expect, it } from 'vitest';
import { firstNonGsm, isGsm7 } from '../../src/sms/gsm7.js';
import { normalizeForSms } from '../../src/sms/sms-normalize.js';

describe('normalizeForSms', () => {
  it.each([
    ['\u2019', "'"], ['\u2018', "'"], ['\u201A', "'"], ['\u201B', "'"], ['\u2032', "'"],
    ['\u201C', '"'], ['\u201D', '"'], ['\u201E', '"'], ['\u2033', '"'],
    ['\u2013', '-'], ['\u2014', '-'], ['\u2212', '-'], ['\u2011', '-'],
    ['\u2026', '...'], ['\u2022', '-'], ['\u00D7', 'x'],
  ])('replaces %j with %j and reports it', (from, to) => {
    const result = normalizeForSms(`a${from}b`);
    expect(result.text).toBe(`a${to}b`);
    expect(result.replacements).toEqual([{ from, to, index: 1 }]);
    expect(isGsm7(result.text)).toBe(true);
  });

  it.each(['\u00A0', '\u202F', '\u2009', '\u2002', '\u3000', '\t', '\n', '\r', '\u2028', '\f'])(
    'turns %j into a space',
    (space) => {
      expect(normalizeForSms(`a${space}b`).text).toBe('a b');
    },
  );

  it.each(['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'])('removes zero-width %j', (zw) => {
    const result = normalizeForSms(`ab${zw}c`);
    expect(result.text).toBe('abc');
    expect(result.replacements).toEqual([{ from: zw, to: '', index: 2 }]);
  });

  it('reports CRLF as one replacement and keeps the tip on one line', () => {
    const result = normalizeForSms('Breathe in.\r\nBreathe out.\nRest.');
    expect(result.text).toBe('Breathe in. Breathe out. Rest.');
    expect(result.replacements).toEqual([
      { from: '\r\n', to: ' ', index: 11 },
      { from: '\n', to: ' ', index: 25 },
    ]);
  });

  it('collapses runs of spaces and trims', () => {
    expect(normalizeForSms('  Sit \u00A0 tall,\t\trelax  ').text).toBe('Sit tall, relax');
  });

  it('applies NFC first: e + U+0301 becomes é (GSM-7)', () => {
    const result = normalizeForSms('Caf\u0065\u0301');
    expect(result.text).toBe('Caf\u00E9');
    expect(isGsm7(result.text)).toBe(true);
    expect(result.replacements).toEqual([]);
  });

  it('composes again when a removed zero-width character separated a mark', () => {
    expect(normalizeForSms('e\u200B\u0301').text).toBe('\u00E9');
  });

  it('indexes replacements in the NFC text', () => {
    // 'e\u0301' (2 units) composes to 'é' (1 unit), so ’ is at index 1 after NFC
    expect(normalizeForSms('e\u0301\u2019s').replacements).toEqual([{ from: '\u2019', to: "'", index: 1 }]);
  });

  it.each([
    ['ç', 'U+00E7'],
    ['`', 'U+0060'],
    ['°', 'U+00B0'],
    ['😀', 'U+1F600'],
  ])('leaves %j for firstNonGsm to report', (char, codePoint) => {
    const result = normalizeForSms(`Gar${char}on`);
    expect(result.text).toBe(`Gar${char}on`);
    expect(result.replacements).toEqual([]);
    expect(firstNonGsm(result.text)).toEqual({ char, index: 3, codePoint });
  });

  it('does not touch GSM-7 text', () => {
    const tip = 'Lie on your side, knees bent (10 times) - stop if it hurts! Cost: €0 [free]';
    expect(normalizeForSms(tip)).toEqual({ text: tip, replacements: [] });
  });

  it('normalises a typical pasted tip to GSM-7', () => {
    const result = normalizeForSms('\u201CTilt your pelvis\u201D \u2013 10\u00D7, twice a day\u2026 don\u2019t hold your breath');
    expect(result.text).toBe('"Tilt your pelvis" - 10x, twice a day... don\'t hold your breath');
    expect(result.replacements.map((r) => r.from).join('')).toBe('\u201C\u201D\u2013\u00D7\u2026\u2019');
  });
});

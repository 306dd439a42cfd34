import { describe, expect, it } from 'vitest';
import { normalizeForSms } from '../../src/sms/sms-normalize.js';
import { measure, packSegments } from '../../src/sms/sms-segments.js';

const a = (n: number): string => 'a'.repeat(n);

describe('measure: GSM-7', () => {
  it.each([
    [a(159), 159, 1],
    [a(160), 160, 1],
    [a(161), 161, 2],
    [a(158) + '€', 160, 1],
    [a(159) + '€', 161, 2],
    [a(160) + '€', 162, 2],
    [a(306), 306, 2],
    [a(307), 307, 3],
    [a(459), 459, 3],
  ])('%#: %i-char text → units and segments', (text, units, segments) => {
    expect(measure(text)).toEqual({ encoding: 'GSM-7', units, segments });
  });

  it('the empty message takes one segment', () => {
    expect(measure('')).toEqual({ encoding: 'GSM-7', units: 0, segments: 1 });
  });

  it('never splits an escape pair at the 153 boundary', () => {
    // 152 + ESC € would cross 153: € moves to segment 2, which then overflows by 1
    const text = a(152) + '€' + a(152); // 306 septets: division says 2
    expect(measure(text)).toEqual({ encoding: 'GSM-7', units: 306, segments: 3 });
    // the same length with the pair inside a segment fits 2
    expect(measure(a(151) + '€' + a(153)).segments).toBe(2);
  });

  it('counts CRLF as 2', () => {
    expect(measure('a\r\nb')).toEqual({ encoding: 'GSM-7', units: 4, segments: 1 });
    expect(measure(a(158) + '\r\n').segments).toBe(1);
    expect(measure(a(159) + '\r\n').segments).toBe(2);
  });

  it('counts every extension character as 2', () => {
    expect(measure('\f^{}\\[~]|€').units).toBe(20);
  });
});

describe('measure: UCS-2', () => {
  it.each(['\u2019', '\u201C', '\u2013', '\u2014', '\u2026', '°', '\u2022', '\u00A0', '`', 'ç', 'e\u0301'])(
    '%j forces UCS-2',
    (char) => {
      expect(measure(`Rest ${char} now`).encoding).toBe('UCS-2');
    },
  );

  it('decomposed é is GSM-7 after normalisation', () => {
    expect(measure(normalizeForSms('Caf\u0065\u0301').text).encoding).toBe('GSM-7');
  });

  it.each([
    ['ç' + a(69), 70, 1],
    ['ç' + a(70), 71, 2],
    ['ç' + a(133), 134, 2],
    ['ç' + a(134), 135, 3],
  ])('%#: UTF-16 units and segments', (text, units, segments) => {
    expect(measure(text)).toEqual({ encoding: 'UCS-2', units, segments });
  });

  it('counts an emoji as 2 units and never splits it at the 67 boundary', () => {
    expect(measure('😀' + a(68))).toEqual({ encoding: 'UCS-2', units: 70, segments: 1 });
    // surrogate pair at units 66–67 crosses the 67 boundary: moves to segment 2
    const text = 'ç' + a(65) + '😀' + a(66); // 134 units: division says 2
    expect(measure(text)).toEqual({ encoding: 'UCS-2', units: 134, segments: 3 });
    expect(measure('ç' + a(64) + '😀' + a(67)).segments).toBe(2);
  });

  it('one non-GSM character switches the whole message', () => {
    expect(measure(a(150) + '’')).toEqual({ encoding: 'UCS-2', units: 151, segments: 3 });
  });
});

describe('packSegments', () => {
  it('opens a new segment when a character does not fit', () => {
    expect(packSegments([], 153)).toBe(0);
    expect(packSegments([1, 1, 2], 3)).toBe(2);
    expect(packSegments([1, 2], 3)).toBe(1);
  });
});

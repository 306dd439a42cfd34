import { describe, expect, it } from 'vitest';
import { GSM7_BASIC_TABLE, GSM7_EXTENSION_TABLE } from '../../src/sms/gsm7-tables.js';
import { firstNonGsm, gsm7Cost, isGsm7, septetLength, toSeptets } from '../../src/sms/gsm7.js';

// 3GPP TS 23.038 §6.2.1, written out independently of the table constant:
// one line per 16 septets (0x00–0x7F); \u001B marks 0x1B (escape, no character).
const BASIC_LITERAL =
  '@£$¥èéùìòÇ\nØø\rÅå' +
  'Δ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ' +
  ' !"#¤%&\'()*+,-./' +
  '0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNO' +
  'PQRSTUVWXYZÄÖÑÜ§' +
  '¿abcdefghijklmno' +
  'pqrstuvwxyzäöñüà';

// §6.2.1.1 extension table: character and the septet that follows ESC.
const EXTENSION_LITERAL: Array<[string, number]> = [
  ['\f', 0x0a], ['^', 0x14], ['{', 0x28], ['}', 0x29], ['\\', 0x2f],
  ['[', 0x3c], ['~', 0x3d], [']', 0x3e], ['|', 0x40], ['€', 0x65],
];

const BASIC_CHARS = [...BASIC_LITERAL].map((char, septet) => ({ char, septet }));

describe('GSM-7 basic table', () => {
  it('literal has 128 characters', () => {
    expect(BASIC_CHARS).toHaveLength(128);
  });

  it('matches the constant in code-point order, with ESC as null', () => {
    expect(GSM7_BASIC_TABLE).toHaveLength(128);
    expect(GSM7_BASIC_TABLE.map((c) => c ?? '\u001B').join('')).toBe(BASIC_LITERAL);
    expect(GSM7_BASIC_TABLE[0x1b]).toBeNull();
  });

  it.each(BASIC_CHARS.filter(({ septet }) => septet !== 0x1b))(
    'septet $septet: $char costs 1 and encodes to its septet',
    ({ char, septet }) => {
      expect(gsm7Cost(char)).toBe(1);
      expect(isGsm7(char)).toBe(true);
      expect(septetLength(char)).toBe(1);
      expect(toSeptets(char)).toEqual([septet]);
    },
  );

  it('U+001B in text is not a GSM-7 character', () => {
    expect(gsm7Cost('\u001B')).toBeUndefined();
    expect(firstNonGsm('a\u001B')).toEqual({ char: '\u001B', index: 1, codePoint: 'U+001B' });
  });

  it('0x09 is capital Ç; lower-case ç is not in the alphabet', () => {
    expect(toSeptets('Ç')).toEqual([0x09]);
    expect(isGsm7('ç')).toBe(false);
  });

  it('0x24 is ¤ and $ is 0x02', () => {
    expect(toSeptets('¤$')).toEqual([0x24, 0x02]);
  });
});

describe('GSM-7 extension table', () => {
  it('matches the constant', () => {
    expect(GSM7_EXTENSION_TABLE.map(([septet, char]) => [char, septet])).toEqual(EXTENSION_LITERAL);
  });

  it.each(EXTENSION_LITERAL)('%j costs 2 and encodes as ESC + septet %i', (char, septet) => {
    expect(gsm7Cost(char)).toBe(2);
    expect(isGsm7(char)).toBe(true);
    expect(septetLength(char)).toBe(2);
    expect(toSeptets(char)).toEqual([0x1b, septet]);
  });
});

describe('nothing else is GSM-7', () => {
  it('exactly 127 + 10 BMP code points are accepted', () => {
    const accepted: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp += 1) {
      const char = String.fromCharCode(cp);
      if (gsm7Cost(char) !== undefined) accepted.push(char);
    }
    const expected = [...BASIC_LITERAL.replace('\u001B', ''), ...EXTENSION_LITERAL.map(([c]) => c)];
    expect(accepted.sort()).toEqual(expected.sort());
  });

  it('rejects astral characters whole', () => {
    expect(firstNonGsm('ok 😀')).toEqual({ char: '😀', index: 3, codePoint: 'U+1F600' });
    expect(septetLength('😀')).toBeUndefined();
    expect(toSeptets('a😀')).toBeUndefined();
  });

  it('reports a lone surrogate as itself', () => {
    expect(firstNonGsm('ab\uD83D')).toEqual({ char: '\uD83D', index: 2, codePoint: 'U+D83D' });
  });
});

/**
 * Character-level GSM-7 checks: which characters the default alphabet can
 * carry, what each costs in septets, and where a text first leaves it.
 *
 * All positions are UTF-16 code-unit indices into the string given, the same
 * indices `String.prototype.slice` uses. Text is walked by code point, so an
 * astral character (an emoji) is reported whole, never as half a surrogate pair.
 *
 * @module
 */
import { GSM7_BASIC_TABLE, GSM7_ESCAPE, GSM7_EXTENSION_TABLE } from './gsm7-tables.js';

/** Septet cost of one GSM-7 character: 1 in the basic table, 2 (escape + code) in the extension table. */
export type SeptetCost = 1 | 2;

/** The first character of a text that GSM-7 cannot carry. */
export interface NonGsmChar {
  /** The whole character (a surrogate pair for astral code points, a lone surrogate as itself). */
  char: string;
  /** UTF-16 code-unit index of the character in the text. */
  index: number;
  /** The code point as `U+XXXX` (upper-case hex, at least four digits). */
  codePoint: string;
}

const BASIC = new Map<string, number>();
GSM7_BASIC_TABLE.forEach((char, septet) => {
  if (char !== null) BASIC.set(char, septet);
});
const EXTENSION = new Map<string, number>(GSM7_EXTENSION_TABLE.map(([septet, char]) => [char, septet]));

/**
 * Septet cost by UTF-16 code unit (0: not GSM-7), so the hot loops below read
 * one typed-array cell per character. Every GSM-7 character is in the BMP and
 * none is a surrogate, so a surrogate code unit always costs 0 here.
 */
const COST = new Uint8Array(0x10000);
for (const char of BASIC.keys()) COST[char.charCodeAt(0)] = 1;
for (const char of EXTENSION.keys()) COST[char.charCodeAt(0)] ||= 2;

/** Formats a code point as `U+XXXX`. */
export function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Septet cost of a single character (one code point).
 *
 * @returns 1 for the basic table, 2 for the extension table, `undefined` if
 *   GSM-7 cannot carry it. U+001B itself is not a character of the alphabet
 *   (0x1B is the escape code) and returns `undefined`.
 */
export function gsm7Cost(char: string): SeptetCost | undefined {
  if (char.length !== 1) return undefined;
  const cost = COST[char.charCodeAt(0)];
  return cost === 0 ? undefined : (cost as SeptetCost);
}

/**
 * Finds the first character GSM-7 cannot carry. Text is taken as given: run
 * {@link normalizeForSms} first if NFC and typographic replacements are wanted.
 *
 * @returns the character, its UTF-16 index and code point, or `undefined` if
 *   the whole text is GSM-7.
 */
export function firstNonGsm(text: string): NonGsmChar | undefined {
  for (let index = 0; index < text.length; index += 1) {
    if (COST[text.charCodeAt(index)] === 0) {
      const codePoint = text.codePointAt(index) ?? 0;
      const char = String.fromCodePoint(codePoint);
      // A lone surrogate is reported as itself (fromCodePoint gives it back whole).
      return { char, index, codePoint: formatCodePoint(codePoint) };
    }
  }
  return undefined;
}

/** True if every character of `text` is in the GSM-7 basic or extension table (the empty string is). */
export function isGsm7(text: string): boolean {
  return firstNonGsm(text) === undefined;
}

/**
 * Length of `text` in GSM-7 septets: 1 per basic character, 2 per extension
 * character (so `CRLF` is 2 and `€` is 2).
 *
 * @returns the septet count, or `undefined` if the text holds any character
 *   GSM-7 cannot carry (it would be sent as UCS-2; see {@link firstNonGsm}).
 */
export function septetLength(text: string): number | undefined {
  let total = 0;
  for (let index = 0; index < text.length; index += 1) {
    const cost = COST[text.charCodeAt(index)]!;
    if (cost === 0) return undefined;
    total += cost;
  }
  return total;
}

/**
 * Encodes `text` as unpacked septet values (0x00–0x7F), with each extension
 * character written as 0x1B followed by its code.
 *
 * @returns the septets, or `undefined` if the text is not GSM-7.
 */
export function toSeptets(text: string): number[] | undefined {
  const out: number[] = [];
  for (const char of text) {
    const basic = BASIC.get(char);
    if (basic !== undefined) {
      out.push(basic);
      continue;
    }
    const extension = EXTENSION.get(char);
    if (extension === undefined) return undefined;
    out.push(GSM7_ESCAPE, extension);
  }
  return out;
}

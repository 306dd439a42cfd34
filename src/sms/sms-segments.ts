/**
 * How many SMS segments a text takes, per 3GPP TS 23.038 / TS 23.040.
 *
 * A message is GSM-7 if every character is in the default alphabet, otherwise
 * the whole message is UCS-2 (sent as UTF-16 in practice, so astral characters
 * take two units). A single segment holds 160 septets or 70 UTF-16 units; a
 * concatenated message loses room to the user-data header and holds 153 or 67
 * per segment. An escape pair (extension character) and a surrogate pair are
 * never split across segments, so a segment may hold one unit less: segments
 * are counted by packing characters, not by dividing the length.
 *
 * @module
 */
import { gsm7Cost } from './gsm7.js';

/** Septets in a single GSM-7 message. */
export const GSM7_SINGLE = 160;
/** Septets per segment of a concatenated GSM-7 message. */
export const GSM7_MULTI = 153;
/** UTF-16 code units in a single UCS-2 message. */
export const UCS2_SINGLE = 70;
/** UTF-16 code units per segment of a concatenated UCS-2 message. */
export const UCS2_MULTI = 67;

/** Encoding a message will be sent in. */
export type SmsEncoding = 'GSM-7' | 'UCS-2';

/** Size of a message. */
export interface SmsMeasure {
  encoding: SmsEncoding;
  /** Septets for GSM-7 (extension characters count 2), UTF-16 code units for UCS-2. */
  units: number;
  /** Segments needed; the empty message still takes 1. */
  segments: number;
}

/** Per-character unit costs of `text` in the given encoding. */
function unitCosts(text: string, encoding: SmsEncoding): number[] {
  const costs: number[] = [];
  for (const char of text) costs.push(encoding === 'GSM-7' ? (gsm7Cost(char) ?? 0) : char.length);
  return costs;
}

/**
 * Number of segments of `perSegment` units needed to hold characters of the
 * given costs, in order, without splitting any character.
 */
export function packSegments(costs: readonly number[], perSegment: number): number {
  let segments = 0;
  let room = 0;
  for (const cost of costs) {
    if (cost > room) {
      segments += 1;
      room = perSegment;
    }
    room -= cost;
  }
  return segments;
}

/**
 * Measures a message as it would be sent: encoding, length in units, and
 * segments (160/153 septets for GSM-7, 70/67 UTF-16 units for UCS-2).
 *
 * Text is measured as given (no NFC, no replacements): run
 * {@link normalizeForSms} first for what a tip will actually contain.
 */
export function measure(text: string): SmsMeasure {
  let encoding: SmsEncoding = 'GSM-7';
  for (const char of text) {
    if (gsm7Cost(char) === undefined) {
      encoding = 'UCS-2';
      break;
    }
  }
  const costs = unitCosts(text, encoding);
  const units = costs.reduce((sum, cost) => sum + cost, 0);
  const single = encoding === 'GSM-7' ? GSM7_SINGLE : UCS2_SINGLE;
  const multi = encoding === 'GSM-7' ? GSM7_MULTI : UCS2_MULTI;
  const segments = units <= single ? 1 : packSegments(costs, multi);
  return { encoding, units, segments };
}

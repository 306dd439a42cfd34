/**
 * The two SMS encodings as budgets a tip is fitted to: GSM-7 (160 septets in
 * one message, 153 a part) and UCS-2 (70 UTF-16 units, 67 a part). English
 * tips are GSM-7 only: a character outside it is a leftover to report, not a
 * reason to halve every message. A document in another language is sent in
 * its own words, in UCS-2 when GSM-7 cannot carry them.
 *
 * @module
 */
import { septetLength } from './gsm7.js';
import { GSM7_MULTI, GSM7_SINGLE, UCS2_MULTI, UCS2_SINGLE, type SmsEncoding } from './sms-segments.js';

/** An encoding's budget and the cost of a text in it. */
export interface Encoding {
  name: SmsEncoding;
  /** Room of a message sent alone. */
  single: number;
  /** Room of one part of a concatenated message. */
  multi: number;
  /** Units the text takes (septets, or UTF-16 code units); undefined when the encoding cannot carry it. */
  cost(text: string): number | undefined;
}

export const GSM7: Encoding = Object.freeze({ name: 'GSM-7', single: GSM7_SINGLE, multi: GSM7_MULTI, cost: septetLength });
export const UCS2: Encoding = Object.freeze({ name: 'UCS-2', single: UCS2_SINGLE, multi: UCS2_MULTI, cost: (text: string) => text.length });

/** The encoding a text is sent in: GSM-7 when it can carry it, else UCS-2 when allowed, else none. */
export function encodingFor(text: string, ucs2Allowed: boolean): Encoding | undefined {
  if (septetLength(text) !== undefined) return GSM7;
  return ucs2Allowed ? UCS2 : undefined;
}

/** True when the record's language may be sent in UCS-2: any language but English. */
export function allowsUcs2(record: { language: string }): boolean {
  return (record.language.toLowerCase().split(/[-_]/)[0] ?? 'en') !== 'en';
}

/**
 * SMS text layer (3GPP TS 23.038 / GSM 03.38): GSM-7 tables, per-character
 * checks, normalisation of tips, segment counting and splitting into parts.
 *
 * @module
 */
export { GSM7_BASIC_TABLE, GSM7_ESCAPE, GSM7_EXTENSION_TABLE } from './gsm7-tables.js';
export { firstNonGsm, formatCodePoint, gsm7Cost, isGsm7, septetLength, toSeptets } from './gsm7.js';
export type { NonGsmChar, SeptetCost } from './gsm7.js';
export { normalizeForSms } from './sms-normalize.js';
export type { NormalizedSms, SmsReplacement } from './sms-normalize.js';
export { GSM7_MULTI, GSM7_SINGLE, UCS2_MULTI, UCS2_SINGLE, measure, packSegments } from './sms-segments.js';
export type { SmsEncoding, SmsMeasure } from './sms-segments.js';
export { partMarker, splitIntoParts } from './sms-parts.js';

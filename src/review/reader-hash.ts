// The reader-facing text of a record — every field a reader may be shown, as published (flagged
// sentences left out), with its stages — and its hash. A clinician approves this text: when any
// of it changes (the source, a revision, a flag), the hash changes and the approval lapses. Pure.
import { createHash } from 'node:crypto';
import { dosageWords } from '../handout/dosage.js';
import type { GuidanceRecord } from '../model/types.js';
import { PRINT_EXCLUDES, readerText } from '../write/published.js';
import { fieldPlace } from './reader-policy.js';
import { getField, textFields } from './record-fields.js';

/** Fields a reader never sees, left out of the approved text. */
const NOT_FOR_READERS = /^benefits\//;

/** `place: text` lines (`step 2: …`) of what readers may be shown, in reading order. */
export function readerFacingLines(record: GuidanceRecord): string[] {
  const lines = [`stages: ${record.stages.join(', ')}`];
  if (record.kind === 'advice') lines.push(`topic: ${record.topic}`);
  for (const field of textFields(record)) {
    if (NOT_FOR_READERS.test(field)) continue;
    const text = readerText(record, field, getField(record, field), PRINT_EXCLUDES);
    if (text) lines.push(`${fieldPlace(field)}: ${text.replace(/\s+/gu, ' ').trim()}`);
  }
  // The amount as the handout prints it ("How much"), which is what a reader acts on.
  const howMuch = record.kind === 'exercise' ? dosageWords(record.dosage) : undefined;
  if (howMuch) lines.push(`how much: ${howMuch}`);
  if (record.kind === 'exercise' && record.avoidAfterWeek !== undefined) lines.push(`avoid after week: ${record.avoidAfterWeek}`);
  return lines;
}

/** `sha256:` and the first 16 hex digits of the reader-facing text's hash. */
export function readerHash(record: GuidanceRecord): string {
  return `sha256:${createHash('sha256').update(readerFacingLines(record).join('\n')).digest('hex').slice(0, 16)}`;
}

/**
 * The sentences a tip may quote: those of a published record that no
 * unresolved error or warning flag points at, normalised for SMS.
 *
 * {@link readerText} (the shared published view) drops each flagged sentence
 * by exact match. Tips go to phones with no editor in between, so this module
 * adds a second guard: a sentence that contains a flag's evidence, or is
 * contained in it, is dropped too, and a flag without a field counts for every
 * field.
 *
 * @module
 */
import { splitSentences } from '../language/split-sentences.js';
import type { GuidanceRecord } from '../model/types.js';
import { readerText, SMS_EXCLUDES } from '../write/published.js';
import { normalizeForSms } from './sms-normalize.js';

/** One sentence a tip may use. */
export interface TipSentence {
  /** Field path it came from: `steps/1`, `text`, `items/0`… */
  field: string;
  /** The sentence, normalised for SMS (NFC, GSM-7 look-alikes, one line). */
  text: string;
}

/** Evidence of the unresolved error and warning flags that apply to a field. */
function flaggedEvidence(record: GuidanceRecord, field: string): string[] {
  return record.flags
    .filter((flag) => !flag.resolution && SMS_EXCLUDES.includes(flag.severity))
    .filter((flag) => flag.field === undefined || flag.field === field)
    .map((flag) => flag.evidence.trim())
    .filter((evidence) => evidence !== '');
}

/** The sentences of one field as the source has them, before any filter. */
function allSentences(text: string | undefined): string[] {
  return text ? splitSentences(text).map((s) => s.text.trim()).filter((s) => s !== '') : [];
}

/**
 * The sentences of one field that may reach a tip, in order, normalised for
 * SMS. Empty when the text is absent or every sentence is flagged.
 */
export function tipSentences(record: GuidanceRecord, field: string, text: string | undefined): TipSentence[] {
  const kept = readerText(record, field, text, SMS_EXCLUDES);
  if (!kept) return [];
  const evidence = flaggedEvidence(record, field);
  return allSentences(kept)
    .filter((sentence) => !evidence.some((e) => sentence.includes(e) || e.includes(sentence)))
    .map((sentence) => ({ field, text: normalizeForSms(sentence).text }))
    .filter((sentence) => sentence.text !== '');
}

/** True when the filters removed at least one sentence of the field. */
export function lostSentences(record: GuidanceRecord, field: string, text: string | undefined): boolean {
  return tipSentences(record, field, text).length < allSentences(text).length;
}

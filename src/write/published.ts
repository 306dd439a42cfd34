// What writers for readers may use: published records only, and inside them no sentence that an
// unresolved flag of the excluded severities points at. No reader output prints a sentence with
// an unresolved warning or error flag (an exercise with one in its instructions is withheld
// altogether: src/review/reader-policy.ts).
import { splitSentences } from '../language/split-sentences.js';
import type { Advice, Dataset, Exercise, GuidanceRecord, Severity } from '../model/types.js';

export function publishedExercises(dataset: Dataset): Exercise[] {
  return dataset.exercises.filter((e) => e.status === 'published');
}

export function publishedAdvice(dataset: Dataset): Advice[] {
  return dataset.advice.filter((a) => a.status === 'published');
}

/** Keys (`field` + sentence) of the sentences an unresolved flag of these severities points at. */
function flaggedKeys(record: GuidanceRecord, exclude: readonly Severity[]): Set<string> {
  return new Set(record.flags
    .filter((flag) => !flag.resolution && exclude.includes(flag.severity))
    .map((flag) => `${flag.field ?? ''}\u0000${flag.evidence.trim()}`));
}

/**
 * The text of one field without its flagged sentences (undefined when nothing is left).
 * `field` is the record field path the text came from (`steps/2`, `text`, `items/0`…).
 */
export function readerText(record: GuidanceRecord, field: string, text: string | undefined, exclude: readonly Severity[]): string | undefined {
  if (!text) return undefined;
  const keys = flaggedKeys(record, exclude);
  if (keys.size === 0) return text;
  const kept = splitSentences(text).filter((s) => !keys.has(`${field}\u0000${s.text.trim()}`));
  const out = kept.map((s) => s.text).join(' ').trim();
  return out || undefined;
}

export const PRINT_EXCLUDES: readonly Severity[] = ['error', 'warning'];
export const SMS_EXCLUDES: readonly Severity[] = ['error', 'warning'];

/**
 * Septet counts of the texts a tip is made of, for the composer's quick
 * "too long" answer. A text that SMS normalisation leaves as it is (see
 * {@link isSmsPlain}) and that GSM-7 carries whole has a known septet count;
 * texts joined by single spaces then cost the sum of their counts plus one a
 * space, with no string built.
 *
 * @module
 */
import { septetLength } from './gsm7.js';
import { isSmsPlain } from './sms-normalize.js';

/** The most texts remembered before the cache starts again (bounded memory on any corpus). */
const CACHE_LIMIT = 50_000;

/** Septets of a plain GSM-7 text; -1 for any other. */
const counts = new Map<string, number>();

/**
 * The septets of `text` when normalising it for SMS changes nothing and
 * GSM-7 carries every character; `undefined` otherwise (and for `''`).
 * Cached: the composer asks for the same sentences at every candidate.
 */
export function plainSeptets(text: string): number | undefined {
  let count = counts.get(text);
  if (count === undefined) {
    count = isSmsPlain(text) ? (septetLength(text) ?? -1) : -1;
    if (counts.size >= CACHE_LIMIT) counts.clear();
    counts.set(text, count);
  }
  return count === -1 ? undefined : count;
}

/**
 * The septets of the texts joined by single spaces, normalised for SMS: known
 * without building the string when every text is plain GSM-7 (see
 * {@link plainSeptets}); `undefined` when one is not, or there is none.
 */
export function joinedPlainSeptets(texts: readonly string[]): number | undefined {
  if (texts.length === 0) return undefined;
  let total = texts.length - 1;
  for (const text of texts) {
    const count = plainSeptets(text);
    if (count === undefined) return undefined;
    total += count;
  }
  return total;
}

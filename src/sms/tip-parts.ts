/**
 * Splits a multi-part tip into numbered parts at sentence ends where it can,
 * so each part a phone shows on its own reads as whole sentences. Falls back
 * to word breaks ({@link splitIntoParts}), when the caller allows them, only
 * when no number of parts up to the budget takes the sentences whole.
 *
 * @module
 */
import { GSM7, type Encoding } from './sms-encoding.js';
import { partMarker, splitIntoParts } from './sms-parts.js';

/**
 * Packs whole units (sentences, list items) greedily into exactly `total`
 * parts, each opening with its marker and at most 153 septets.
 *
 * @returns the parts, or `undefined` if a unit is too long for a part or the
 *   units need more or fewer than `total` parts.
 */
function packUnits(units: readonly string[], costs: readonly number[], total: number, encoding: Encoding): string[] | undefined {
  const parts: string[][] = [];
  let current: string[] = [];
  let used = 0;
  const room = (index: number): number => encoding.multi - partMarker(index, total).length;
  for (const [i, unit] of units.entries()) {
    const cost = costs[i] ?? 0;
    if (current.length > 0 && used + 1 + cost <= room(parts.length + 1)) {
      current.push(unit);
      used += 1 + cost;
      continue;
    }
    if (current.length > 0) parts.push(current);
    if (parts.length === total || cost > room(parts.length + 1)) return undefined;
    current = [unit];
    used = cost;
  }
  if (current.length > 0) parts.push(current);
  return parts.length === total ? parts.map((part, i) => partMarker(i + 1, total) + part.join(' ')) : undefined;
}

/**
 * Splits the units of a tip (joined by single spaces) into SMS parts, in
 * `encoding` (GSM-7 by default; UCS-2 has 70 units alone and 67 a part).
 *
 * - A tip of at most 160 septets is one part, without a marker.
 * - Otherwise every part opens with `(i/n) ` and is at most 153 septets. Parts
 *   break between units (the fewest such parts up to `maxParts`); only when
 *   the units cannot be packed whole, and `wordBreaks` is true, do they break
 *   between words (the fewest parts). Words and escape pairs are never split.
 *
 * @returns the parts, or `undefined` if the text is not GSM-7 or needs more
 *   than `maxParts` parts (or word breaks, when they are not allowed).
 */
export function splitTip(units: readonly string[], maxParts: number, wordBreaks = true, encoding: Encoding = GSM7): string[] | undefined {
  const text = units.join(' ');
  const whole = encoding.cost(text);
  if (whole === undefined) return undefined;
  if (whole <= encoding.single) return [text];
  if (maxParts < 2) return undefined;
  const costs = units.map((unit) => encoding.cost(unit) ?? Number.POSITIVE_INFINITY);
  for (let total = 2; total <= maxParts; total += 1) {
    const parts = packUnits(units, costs, total, encoding);
    if (parts) return parts;
  }
  return wordBreaks ? splitIntoParts(text, maxParts, encoding) : undefined;
}

/**
 * Splits a long GSM-7 tip into numbered parts that can each be sent as one
 * SMS segment, breaking only between words.
 *
 * @module
 */
import { GSM7, type Encoding } from './sms-encoding.js';

/**
 * The marker that opens part `index` (1-based) of `total`: `"(1/3) "`. It is
 * written in GSM-7 basic characters only, one septet each.
 */
export function partMarker(index: number, total: number): string {
  return `(${index}/${total}) `;
}

/**
 * Fills `total` parts greedily, word by word, each part's room being
 * `limit` minus its marker.
 *
 * @returns the parts' words, or `undefined` if the words do not fit in exactly
 *   `total` parts (a word too long for an empty part, more parts, or fewer).
 */
function pack(words: readonly string[], costs: readonly number[], total: number, limit: number): string[][] | undefined {
  const parts: string[][] = [];
  let current: string[] = [];
  let used = 0;
  let room = limit - partMarker(1, total).length;
  for (const [i, word] of words.entries()) {
    const cost = costs[i] ?? 0;
    if (current.length > 0 && used + 1 + cost <= room) {
      current.push(word);
      used += 1 + cost;
      continue;
    }
    if (current.length > 0) {
      parts.push(current);
      if (parts.length === total) return undefined;
      room = limit - partMarker(parts.length + 1, total).length;
    }
    if (cost > room) return undefined;
    current = [word];
    used = cost;
  }
  parts.push(current);
  return parts.length === total ? parts : undefined;
}

/**
 * Splits a text into SMS parts, in `encoding` (GSM-7 by default: 160 septets
 * alone, 153 a part; UCS-2: 70 and 67 UTF-16 units).
 *
 * - Words are the runs of characters between spaces (U+0020 only); parts hold
 *   whole words joined by single spaces, so an extension character's escape
 *   pair is never split, nor is a word. Spaces at the breaks are dropped.
 * - If the whole text fits one message (≤ 160 septets) the result is that one
 *   part, without a marker.
 * - Otherwise every part **starts** with the marker `"(i/n) "` (see
 *   {@link partMarker}) and each part, marker included, is at most 153
 *   septets, the room of one segment of a concatenated message. The fewest
 *   parts are used.
 *
 * @param maxParts the most parts allowed (values below 1 allow none).
 * @returns the parts in order, or `undefined` if the text is not GSM-7 (see
 *   {@link firstNonGsm}), holds a word that cannot fit in one part, or needs
 *   more than `maxParts` parts.
 */
export function splitIntoParts(text: string, maxParts: number, encoding: Encoding = GSM7): string[] | undefined {
  if (!(maxParts >= 1)) return undefined;
  const words = text.split(' ').filter((word) => word !== '');
  const costs: number[] = [];
  for (const word of words) {
    const cost = encoding.cost(word);
    if (cost === undefined) return undefined;
    costs.push(cost);
  }
  const joined = words.join(' ');
  const whole = costs.reduce((sum, cost) => sum + cost, 0) + Math.max(words.length - 1, 0);
  if (whole <= encoding.single) return [joined];
  const most = Math.min(Math.floor(maxParts), words.length);
  for (let total = 2; total <= most; total += 1) {
    const parts = pack(words, costs, total, encoding.multi);
    if (parts !== undefined) return parts.map((part, i) => partMarker(i + 1, total) + part.join(' '));
  }
  return undefined;
}

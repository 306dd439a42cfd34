/**
 * Letters and marks that give a Latin-script language away even in a short phrase, where the
 * trigram check cannot judge: Vietnamese tone letters (ơ ư đ ă and the U+1EA0–U+1EF9 block),
 * Spanish inverted marks (¿ ¡). Used for documents in other Latin-script languages only.
 */
import type { ForeignSpan } from './types.js';

const TELLTALES: ReadonlyArray<{ language: string; pattern: RegExp }> = [
  { language: 'vie', pattern: /[\u1EA0-\u1EF9ơưđăƠƯĐĂ]/u },
  { language: 'spa', pattern: /[¿¡]/u },
];

/** A span over the whole sentence when it holds a telltale of a language other than `declared`. */
export function telltaleSpan(sentence: { text: string; start: number; end: number }, declared: string): ForeignSpan | undefined {
  for (const { language, pattern } of TELLTALES) {
    if (language === declared || !pattern.test(sentence.text)) continue;
    return { start: sentence.start, end: sentence.end, text: sentence.text, detected: language, method: 'script' };
  }
  return undefined;
}

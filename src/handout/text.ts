// Cleaning record text for print: one line of plain text, no invisible characters, no leftover
// directive comments, list items without the source's trailing `;`.
import { normalizeForComparison } from '../dedupe/index.js';
import { PRINT_EXCLUDES, readerText } from '../write/published.js';
import type { GuidanceRecord } from '../model/types.js';
import type { Text } from './types.js';

/** Soft hyphen, zero-width space/joiners, word joiner, byte order mark. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** A guidance directive (an HTML comment) that slipped into text. */
const DIRECTIVE = /<!--[\s\S]*?-->/g;

/** Whitespace (including no-break spaces and line breaks) collapsed to single spaces, trimmed. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(DIRECTIVE, ' ').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/** A list item as printed: no trailing `;` or `,` or `.`, first letter upper case. */
export function listItemText(text: string): string {
  const trimmed = cleanText(text).replace(/[\s;,.]+$/u, '');
  return upperFirst(trimmed);
}

export function upperFirst(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const char = String.fromCodePoint(first);
  return char.toLocaleUpperCase('en') + text.slice(char.length);
}

/**
 * A record field as readers may see it: without flagged sentences (published.ts), cleaned.
 * Undefined when nothing is left.
 */
export function fieldText(record: GuidanceRecord, field: string, text: string | undefined): Text | undefined {
  const kept = readerText(record, field, text, PRINT_EXCLUDES);
  const clean = kept === undefined ? '' : cleanText(kept);
  return clean ? { text: clean, source: record.id } : undefined;
}

/** Our own words (labels, fixed advice), with a source naming the part of the handout. */
export function own(text: string, part: string): Text {
  return { text, source: `handout:${part}` };
}

/** Drops texts that say the same thing as an earlier one (case, punctuation, quotes and dashes ignored). */
export function dedupeTexts(texts: readonly Text[]): Text[] {
  const seen = new Set<string>();
  const out: Text[] = [];
  for (const text of texts) {
    const key = normalizeForComparison(text.text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

/** A URL-and-anchor friendly slug: lower-case letters and digits joined by dashes. */
export function slug(text: string): string {
  return normalizeForComparison(text).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'section';
}

/**
 * Shared types of the language checks.
 */

/** How a foreign span was found: by Unicode script, or by trigram language identification. */
export type DetectionMethod = 'script' | 'trigram';

/**
 * A stretch of text that is not in the document's declared language. `start`/`end` are UTF-16
 * offsets into the checked string, and `text === input.slice(start, end)`.
 */
export interface ForeignSpan {
  start: number;
  end: number;
  text: string;
  /** ISO 639-3 code (trigram, e.g. `'spa'`) or Unicode script name (script, e.g. `'Han'`). */
  detected: string;
  method: DetectionMethod;
  /** Trigram only: how far the declared language fell behind the detected one (0–1). */
  confidence?: number;
}

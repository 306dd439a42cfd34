/**
 * Language checks: flag text that is not in a document's declared language, and split text into
 * sentences (the unit of evidence shared with the safety rules).
 */
export { findForeignSpans } from './find-foreign-spans.js';
export { languageOf } from './language-tags.js';
export type { LanguageInfo } from './language-tags.js';
export { splitSentences } from './split-sentences.js';
export type { Sentence } from './split-sentences.js';
export { MIN_TRIGRAM_LETTERS, TRIGRAM_MARGIN } from './trigram.js';
export type { DetectionMethod, ForeignSpan } from './types.js';

// The handout document model and its builder: what the PDF and markdown writers render.
export { AUDIENCES, buildHandout, buildHandouts, handoutLanguage } from './build.js';
export { FALLBACK_CAUTION, READER_CAUTIONS, readerCaution } from './cautions.js';
export { isHeadingLikeAlias } from './exercise.js';
export { dosageWords, durationText, rangeText } from './dosage.js';
export { leftOut } from './sources.js';
export { cleanText } from './text.js';
export type { Block, Caution, FactKey, Facts, Handout, HandoutId, List, Paragraph, Section, SectionKind, Text } from './types.js';
export { allSections, blockTexts, HANDOUT_IDS, handoutTexts } from './types.js';

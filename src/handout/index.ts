// The handout document model and its builder: what the PDF and markdown writers render.
export { AUDIENCES, buildHandout, buildHandouts, handoutLanguage } from './build.js';
export { FALLBACK_CAUTION, quoteText, READER_CAUTIONS, readerCaution } from './cautions.js';
export { isHeadingLikeAlias } from './exercise.js';
export { dosageWords, durationText, rangeText } from './dosage.js';
export { leftOut } from './sources.js';
export { cleanText } from './text.js';
export type { Block, Caution, CautionPlace, FactKey, Facts, Handout, HandoutId, List, Paragraph, Section, SectionKind, Text } from './types.js';
export { allSections, blockTexts, cautionHeading, cautionReference, HANDOUT_IDS, handoutTexts } from './types.js';
export { CAUTION_MARK } from './words.js';

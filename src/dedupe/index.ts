/** Exact and near-duplicate detection: public entry points. */
export { DEFAULT_DEDUPE_OPTIONS, findDuplicates } from './find-duplicates.js';
export { normalizeForComparison } from './normalize.js';
export type {
  DedupeKind,
  DedupeMethod,
  DedupeOptions,
  DedupePair,
  DedupeResult,
  DedupeStats,
  DedupeUnit,
} from './types.js';

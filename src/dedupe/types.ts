/**
 * Types for exact and near-duplicate detection over text units (headings, paragraphs, list
 * items, sentences).
 */

/** What a unit is. Headings are compared only with headings; the other kinds with each other. */
export type DedupeKind = 'heading' | 'paragraph' | 'item' | 'sentence';

/** One piece of text to check for repetition. */
export interface DedupeUnit {
  /** Caller's identifier, echoed back in the result. */
  id: string;
  /** The text as written. */
  text: string;
  kind: DedupeKind;
  /** Global reading order: of two duplicates, the unit with the smaller order is kept. */
  order: number;
}

/** How a duplicate was found. */
export type DedupeMethod = 'exact' | 'near';

/** One dropped unit and the earlier unit it repeats. */
export interface DedupePair {
  kept: string;
  dropped: string;
  /** 1 for exact duplicates; for near duplicates the verified similarity score in [0, 1]. */
  similarity: number;
  method: DedupeMethod;
}

/** Counts that show how much work the detection did. */
export interface DedupeStats {
  /** Units given. */
  units: number;
  /**
   * Distinct pairs of near-eligible texts (exact copies count once) of compatible kinds that
   * shared at least one LSH band bucket.
   */
  candidatePairs: number;
  /** Candidate pairs whose exact similarity was computed (those not stopped by the number veto). */
  comparedPairs: number;
}

/** Result of {@link findDuplicates}. */
export interface DedupeResult {
  /** One entry per dropped unit, sorted by the dropped unit's order. */
  pairs: DedupePair[];
  stats: DedupeStats;
}

/** Tuning knobs; the defaults were chosen on the seed articles (see find-duplicates.ts). */
export interface DedupeOptions {
  /** Number of LSH bands (default 80). */
  bands?: number;
  /** MinHash values per band (default 3). The signature has bands × rows values. */
  rows?: number;
  /** Tokens in more than this many units are left out of the MinHash input (default 50). */
  maxTokenFrequency?: number;
  /** …but each unit keeps at least this many of its rarest tokens in the input (default 3). */
  minHashedTokens?: number;
  /** In an LSH bucket, each text is paired with at most this many later texts (default 100). */
  bucketWindow?: number;
  /** Seed of the MinHash hash family (default 0x5eed). */
  seed?: number;
  /** Units with fewer distinct content tokens than this are matched only exactly (default 4). */
  minContentTokens?: number;
  /** Paragraphs, items, sentences: content-token Jaccard for a near duplicate (default 0.75). */
  jaccardThreshold?: number;
  /** Paragraphs, items, sentences: overlap |A∩B| / min(|A|,|B|) for a near duplicate… (0.65) */
  containmentThreshold?: number;
  /** …when at least this many content tokens are shared (default 7). */
  containmentMinShared?: number;
  /** Headings: Jaccard over all word tokens, stop words included (default 0.6). */
  headingJaccardThreshold?: number;
}

/**
 * Exact and near-duplicate detection over text units.
 *
 * 1. Every unit is normalised (`normalizeForComparison`); units whose normalised text and
 *    comparison class (headings / everything else) agree are exact duplicates and form a group.
 * 2. Each group with at least `minContentTokens` distinct content tokens gets a MinHash
 *    signature over its token set: content-word unigrams (stop words removed, light stemming)
 *    for body text, all word unigrams for headings. Word bigrams are not used: a reworded
 *    sentence keeps its words but rarely their adjacency, so bigrams roughly halve the Jaccard of
 *    real paraphrases (the relaxin pair of the seeds: 0.53 → 0.29) and would force looser bands.
 *    Tokens found in more than 50 units are left out of the signatures only (frequent-tokens.ts;
 *    each unit keeps at least its 3 rarest tokens), so topic words ("back", "pregnancy") do not
 *    make every pair a candidate.
 * 3. LSH banding (default 80 bands × 3 rows = 240 hashes) proposes candidate pairs. A pair with
 *    Jaccard s is proposed with probability 1 − (1 − s³)⁸⁰: 0.99 at s = 0.39 (the weakest real
 *    paraphrase in the seeds), 0.89 at s = 0.3, 0.47 at s = 0.2, 0.08 at s = 0.1.
 * 4. Each candidate is verified exactly (see `verifySimilarity`). The number veto (units that
 *    mention different numbers are never duplicates) is applied by the banding itself: the
 *    comparison class includes the unit's numbers, so vetoed pairs are never proposed.
 * 5. Units are walked in reading order; a unit that duplicates an earlier kept unit is dropped
 *    and paired with the earliest such unit; otherwise it is kept. No chains: a unit is only ever
 *    paired with a kept unit.
 */
import { signatureTokens } from './frequent-tokens.js';
import { groupUnits, type Group } from './group-units.js';
import { createHashFamily } from './hash.js';
import { LshIndex, type LshItem } from './lsh.js';
import { distinctSignatures } from './minhash.js';
import { numbersDiffer, verifySimilarity, type VerifyThresholds } from './similarity.js';
import type { DedupeOptions, DedupePair, DedupeResult, DedupeUnit } from './types.js';

/**
 * Defaults of every option. Thresholds, from all pairs of the seed sentences (stop words removed):
 * - body Jaccard 0.75: the real repeats score 0.8 (squat) and 1 (advert); the closest unrelated
 *   or merely similar pairs score 0.67 ("lean by knees and elbows" / "…knees and hands").
 * - body containment: ≥ 7 shared content tokens covering ≥ 65 % of the shorter unit. The relaxin
 *   restatements share 7 and 8 of 10 (0.7, 0.8); with 6 shared, "Breathe in … bend at waist" /
 *   "Breathe out, bend the waist …" would pass (0.75); other pairs with 7+ shared cover ≤ 58 %.
 * - headings, all words: 0.6. The two "How to … exercise … correctly" headings score 0.64; the
 *   next heading pair scores 0.5 (trimester headings are vetoed by their ordinals).
 */
export const DEFAULT_DEDUPE_OPTIONS: Readonly<Required<DedupeOptions>> = {
  bands: 80,
  rows: 3,
  maxTokenFrequency: 50,
  minHashedTokens: 3,
  bucketWindow: 100,
  seed: 0x5eed,
  minContentTokens: 4,
  jaccardThreshold: 0.75,
  containmentThreshold: 0.65,
  containmentMinShared: 7,
  headingJaccardThreshold: 0.6,
};

/** NaN sorts last, so a malformed order cannot make the sort inconsistent. */
function orderKey(order: number): number {
  return Number.isNaN(order) ? Number.POSITIVE_INFINITY : order;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reading order, made total by id, then kind and text, so input order never matters. */
function compareUnits(a: DedupeUnit, b: DedupeUnit): number {
  return (
    orderKey(a.order) - orderKey(b.order) ||
    compareStrings(a.id, b.id) ||
    compareStrings(a.kind, b.kind) ||
    compareStrings(a.text, b.text)
  );
}

/**
 * The units sorted by {@link compareUnits}. Units given with strictly increasing orders (the
 * usual case: callers number them in reading order) are already sorted, and are only copied.
 */
export function inReadingOrder(units: readonly DedupeUnit[]): DedupeUnit[] {
  let sorted = true;
  for (let k = 1; k < units.length && sorted; k += 1) sorted = orderKey(units[k - 1]!.order) < orderKey(units[k]!.order);
  return sorted ? [...units] : [...units].sort(compareUnits);
}

/**
 * Find exact and near duplicates among `units`. Headings are compared only with headings;
 * paragraphs, items and sentences with each other. Of two duplicates the unit with the smaller
 * `order` is kept. Each dropped unit appears once in `pairs`, paired with the earliest kept unit
 * it duplicates. Pure and deterministic: the result does not depend on the order of `units`.
 */
export function findDuplicates(units: readonly DedupeUnit[], options: DedupeOptions = {}): DedupeResult {
  const opts = { ...DEFAULT_DEDUPE_OPTIONS, ...options };
  const bands = Math.max(1, Math.floor(opts.bands));
  const rows = Math.max(1, Math.floor(opts.rows));
  const sorted = inReadingOrder(units);
  const { groups, groupOfUnit } = groupUnits(sorted, opts.minContentTokens);

  const family = createHashFamily(bands * rows, opts.seed);
  const eligible = groups.filter((g) => g.eligible);
  const hashed = signatureTokens(
    eligible.map((g) => g.tokens),
    opts.maxTokenFrequency,
    opts.minHashedTokens,
  );
  const signatures = new Map<Group, Uint32Array>();
  const distinct = distinctSignatures(hashed, family);
  eligible.forEach((g, k) => signatures.set(g, distinct[k]!));
  const items: Array<LshItem | undefined> = groups.map((g) => {
    const signature = signatures.get(g);
    // Units that mention different numbers are never duplicates (the number veto), so the numbers
    // are part of the comparison class: such pairs never become candidates, and a crowd of
    // near copies that differ only in their counts costs no lookups (candidates stay linear).
    return signature === undefined ? undefined : { cls: `${g.cls}\u0001${[...g.numbers].sort().join(' ')}`, signature };
  });
  const thresholds: VerifyThresholds = {
    jaccard: opts.jaccardThreshold,
    containment: opts.containmentThreshold,
    containmentMinShared: opts.containmentMinShared,
    headingJaccard: opts.headingJaccardThreshold,
  };
  // Groups in reading order; each is compared only with the groups KEPT before it that share an
  // LSH bucket with it (a dropped group never keeps anything, so comparing with it is wasted).
  // At most every item with a signature is added (only those kept are).
  const index = new LshIndex(bands, rows, Math.max(1, opts.bucketWindow), eligible.length);
  const nearest: Array<{ group: number; similarity: number } | undefined> = [];
  let candidatePairs = 0;
  let comparedPairs = 0;
  groups.forEach((group, g) => {
    const item = items[g];
    if (item === undefined) return;
    let best: { group: number; similarity: number } | undefined;
    const keys = index.keysOf(item);
    for (const h of index.candidates(keys)) {
      candidatePairs += 1;
      const other = groups[h] as Group;
      if (numbersDiffer(other.numbers, group.numbers)) continue;
      comparedPairs += 1;
      const similarity = verifySimilarity(other.tokens, group.tokens, group.cls === 'heading', thresholds);
      if (similarity !== undefined && (best === undefined || h < best.group)) best = { group: h, similarity };
    }
    nearest[g] = best;
    if (best === undefined) index.add(keys, g);
  });

  const pairs: DedupePair[] = [];
  sorted.forEach((unit, position) => {
    const g = groupOfUnit[position]!;
    if (g < 0) return;
    const group = groups[g]!;
    if (group.firstKept !== undefined) {
      pairs.push({ kept: sorted[group.firstKept]!.id, dropped: unit.id, similarity: 1, method: 'exact' });
      return;
    }
    const near = nearest[g];
    const kept = near === undefined ? undefined : groups[near.group]!.firstKept;
    if (near !== undefined && kept !== undefined) {
      pairs.push({ kept: sorted[kept]!.id, dropped: unit.id, similarity: near.similarity, method: 'near' });
      return;
    }
    group.firstKept = position;
  });

  return { pairs, stats: { units: units.length, candidatePairs, comparedPairs } };
}

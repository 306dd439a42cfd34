/**
 * Locality-sensitive hashing by banding: each MinHash signature is cut into `bands` bands of
 * `rows` values; two items become a candidate pair when all values of some band agree (and they
 * are in the same comparison class). A pair with Jaccard s is a candidate with probability
 * 1 − (1 − s^rows)^bands, while dissimilar pairs rarely share a bucket, so the work grows with
 * the number of similar pairs rather than with n².
 */

/** One item to bucket: its comparison class and its MinHash signature. */
export interface LshItem {
  /** Items are only paired with items of the same class. */
  readonly cls: string;
  /** Signature of length at least bands × rows. */
  readonly signature: Uint32Array;
}

/** Banding parameters. */
export interface LshParams {
  readonly bands: number;
  readonly rows: number;
  /**
   * Each item is paired with at most this many following items of its bucket (default: no
   * limit). A guard against huge buckets: it keeps the pair count at most n × bands × window.
   */
  readonly window?: number;
}

/**
 * Candidate pairs among `items`, as [i, j] index pairs with i < j, each pair once, sorted by
 * (i, j). Items with an undefined entry are skipped. Indices should follow reading order: the
 * bucket window pairs each item with its nearest followers.
 */
export function lshCandidatePairs(
  items: ReadonlyArray<LshItem | undefined>,
  params: LshParams,
): Array<[number, number]> {
  const { bands, rows } = params;
  const window = Math.max(1, params.window ?? Number.POSITIVE_INFINITY);
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const n = items.length;
  for (let band = 0; band < bands; band += 1) {
    const buckets = new Map<string, number[]>();
    for (let index = 0; index < n; index += 1) {
      const item = items[index];
      if (item === undefined) continue;
      const values = item.signature.subarray(band * rows, band * rows + rows);
      const key = `${item.cls}\u0001${values.join(',')}`;
      const bucket = buckets.get(key);
      if (bucket === undefined) buckets.set(key, [index]);
      else bucket.push(index);
    }
    for (const bucket of buckets.values()) {
      for (let a = 0; a < bucket.length; a += 1) {
        const end = Math.min(bucket.length, a + 1 + window);
        for (let b = a + 1; b < end; b += 1) {
          const i = bucket[a] as number;
          const j = bucket[b] as number;
          const key = i * n + j; // i < j because buckets are filled in index order
          if (seen.has(key)) continue;
          seen.add(key);
          pairs.push([i, j]);
        }
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

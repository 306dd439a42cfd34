// Test reference: the string-keyed LSH index as it was before the flat typed-array buckets
// (src/dedupe/bucket-table.ts); the fast index must return exactly the same candidates.
/**
 * Locality-sensitive hashing by banding: each MinHash signature is cut into `bands` bands of
 * `rows` values; two items become a candidate pair when all values of some band agree (and they
 * are in the same comparison class). A pair with Jaccard s is a candidate with probability
 * 1 − (1 − s^rows)^bands, while dissimilar pairs rarely share a bucket.
 *
 * The index holds only the items worth comparing with later ones (the kept ones), so a cluster
 * of near copies costs one lookup per copy rather than one per pair of copies: the work grows
 * with the number of items, not with the number of similar pairs.
 */

/** One item to bucket: its comparison class and its MinHash signature. */
export interface LshItem {
  /** Items are only paired with items of the same class. */
  readonly cls: string;
  /** Signature of length at least bands × rows. */
  readonly signature: Uint32Array;
}

export class StringLshIndex {
  private readonly buckets: Array<Map<string, number[]>>;

  /**
   * @param window each lookup returns at most this many of the latest entries of a bucket: a
   *   guard against huge buckets, keeping the work at most n × bands × window.
   */
  constructor(private readonly bands: number, private readonly rows: number, private readonly window = Number.POSITIVE_INFINITY) {
    this.buckets = Array.from({ length: bands }, () => new Map<string, number[]>());
  }

  /** A small number per comparison class, so bucket keys stay short whatever the class names. */
  private readonly classes = new Map<string, number>();

  /**
   * One bucket key per band: the class number and the band's values, each written as two UTF-16
   * code units (16 bits each), so keys are exact (no collisions) and cheap to build and hash.
   * Computed once per item, for `candidates` and `add`.
   */
  keysOf(item: LshItem): string[] {
    let cls = this.classes.get(item.cls);
    if (cls === undefined) {
      cls = this.classes.size;
      this.classes.set(item.cls, cls);
    }
    const prefix = String.fromCharCode(cls & 0xffff, cls >>> 16);
    const out: string[] = [];
    const rows = this.rows;
    for (let band = 0; band < this.bands; band += 1) {
      let key = prefix;
      for (let r = band * rows; r < band * rows + rows; r += 1) {
        const value = item.signature[r]!;
        key += String.fromCharCode(value & 0xffff, value >>> 16);
      }
      out.push(key);
    }
    return out;
  }

  /** Per id, how many buckets it shares with the item being looked up (reset after each lookup). */
  private counts = new Uint32Array(1024);

  /**
   * Ids of indexed items that share at least `minBands` buckets with the item whose keys are
   * given, most shared first (then earliest), at most `limit` of them. A pair with Jaccard s
   * shares about bands × s^rows buckets, so requiring two filters out most chance collisions of
   * dissimilar texts (s ≲ 0.2) while keeping pairs of s ≳ 0.4 with high probability.
   */
  candidates(keys: readonly string[], minBands = 2, limit = 64): number[] {
    const counts = this.counts;
    const touched: number[] = [];
    keys.forEach((key, band) => {
      const entries = this.buckets[band]!.get(key);
      if (entries === undefined) return;
      for (let k = Math.max(0, entries.length - this.window); k < entries.length; k += 1) {
        const id = entries[k]!;
        if (counts[id] === 0) touched.push(id);
        counts[id] = counts[id]! + 1;
      }
    });
    const hits: Array<[number, number]> = [];
    for (const id of touched) {
      if (counts[id]! >= minBands) hits.push([id, counts[id]!]);
      counts[id] = 0;
    }
    return hits
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([id]) => id);
  }

  /** Adds an item under `id` (a whole number), by its keys; later lookups may return it. */
  add(keys: readonly string[], id: number): void {
    if (id >= this.counts.length) {
      const grown = new Uint32Array(Math.max(id + 1, this.counts.length * 2));
      grown.set(this.counts);
      this.counts = grown;
    }
    keys.forEach((key, band) => {
      const entries = this.buckets[band]!.get(key);
      if (entries) entries.push(id);
      else this.buckets[band]!.set(key, [id]);
    });
  }
}

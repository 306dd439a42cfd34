/**
 * Locality-sensitive hashing by banding: each MinHash signature is cut into `bands` bands of
 * `rows` values; two items become a candidate pair when all values of some band agree (and they
 * are in the same comparison class). A pair with Jaccard s is a candidate with probability
 * 1 − (1 − s^rows)^bands, while dissimilar pairs rarely share a bucket.
 *
 * The index holds only the items worth comparing with later ones (the kept ones), so a cluster
 * of near copies costs one lookup per copy rather than one per pair of copies: the work grows
 * with the number of items, not with the number of similar pairs.
 *
 * Buckets live in flat typed arrays (bucket-table.ts): an open-addressing table keyed exactly by
 * (band, class number, the band's values), each bucket a linked list of ids, newest first. No
 * string keys and no array per bucket, so a lookup allocates nothing.
 */
import { BucketTable, END, MAX_BANDS } from './bucket-table.js';

/** One item to bucket: its comparison class and its MinHash signature. */
export interface LshItem {
  /** Items are only paired with items of the same class. */
  readonly cls: string;
  /** Signature of length at least bands × rows. */
  readonly signature: Uint32Array;
}

/** The bucket keys of one item, computed once for `candidates` and `add`. */
export interface BandKeys {
  /** Class number (small, per index). */
  readonly cls: number;
  readonly signature: Uint32Array;
  /** Hash of each band's key. */
  readonly hashes: Uint32Array;
}

export class LshIndex {
  private readonly table: BucketTable;

  /**
   * @param window each lookup returns at most this many of the latest entries of a bucket: a
   *   guard against huge buckets, keeping the work at most n × bands × window.
   * @param expectedItems how many items will likely be added (more may be)
   */
  constructor(private readonly bands: number, private readonly rows: number, private readonly window = Number.POSITIVE_INFINITY, expectedItems = 0) {
    if (bands > MAX_BANDS) throw new RangeError(`at most ${MAX_BANDS} bands, got ${bands}`);
    // Each item added puts one key per band: the table is sized for them once.
    this.table = new BucketTable(rows, expectedItems * bands);
  }

  /** A small number per comparison class, so bucket keys stay short whatever the class names. */
  private readonly classes = new Map<string, number>();

  /** The bucket keys of an item, one per band (exact: the table compares the values themselves). */
  keysOf(item: LshItem): BandKeys {
    let cls = this.classes.get(item.cls);
    if (cls === undefined) {
      cls = this.classes.size;
      this.classes.set(item.cls, cls);
    }
    const hashes = new Uint32Array(this.bands);
    for (let band = 0; band < this.bands; band += 1) hashes[band] = this.table.hashKey(band, cls, item.signature, band * this.rows);
    return { cls, signature: item.signature, hashes };
  }

  /** Per id, how many buckets it shares with the item being looked up (reset after each lookup). */
  private counts: Uint32Array = new Uint32Array(1024);
  /** Ids touched by the current lookup (scratch, reused). */
  private touched: Int32Array = new Int32Array(1024);

  /**
   * Ids of indexed items that share at least `minBands` buckets with the item whose keys are
   * given, most shared first (then earliest), at most `limit` of them. A pair with Jaccard s
   * shares about bands × s^rows buckets, so requiring two filters out most chance collisions of
   * dissimilar texts (s ≲ 0.2) while keeping pairs of s ≳ 0.4 with high probability.
   */
  candidates(keys: BandKeys, minBands = 2, limit = 64): number[] {
    const counts = this.counts;
    const table = this.table;
    let touchedCount = 0;
    for (let band = 0; band < this.bands; band += 1) {
      const slot = table.find(band, keys.cls, keys.signature, band * this.rows, keys.hashes[band]!);
      if (slot < 0) continue;
      let seen = 0;
      for (let e = table.head(slot); e !== END && seen < this.window; e = table.next(e), seen += 1) {
        const id = table.id(e);
        if (counts[id] === 0) {
          if (touchedCount === this.touched.length) this.touched = grow(this.touched, touchedCount + 1);
          this.touched[touchedCount] = id;
          touchedCount += 1;
        }
        counts[id] = counts[id]! + 1;
      }
    }
    const hits: number[] = [];
    const touched = this.touched;
    for (let k = 0; k < touchedCount; k += 1) if (counts[touched[k]!]! >= minBands) hits.push(touched[k]!);
    hits.sort((a, b) => counts[b]! - counts[a]! || a - b);
    for (let k = 0; k < touchedCount; k += 1) counts[touched[k]!] = 0;
    if (hits.length > limit) hits.length = limit;
    return hits;
  }

  /** Adds an item under `id` (a whole number), by its keys; later lookups may return it. */
  add(keys: BandKeys, id: number): void {
    if (id >= this.counts.length) {
      const grown = new Uint32Array(Math.max(id + 1, this.counts.length * 2));
      grown.set(this.counts);
      this.counts = grown;
    }
    for (let band = 0; band < this.bands; band += 1) {
      this.table.push(band, keys.cls, keys.signature, band * this.rows, keys.hashes[band]!, id);
    }
  }
}

function grow(array: Int32Array, atLeast: number): Int32Array {
  const grown = new Int32Array(Math.max(atLeast, array.length * 2));
  grown.set(array);
  return grown;
}

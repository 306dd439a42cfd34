/**
 * LSH buckets in flat typed arrays: an open-addressing hash table (linear probing) whose keys are
 * (band, class number, the band's `rows` signature values), compared exactly, so two keys never
 * share a bucket by a hash collision. A slot stores only its band, the key's hash and its
 * bucket; the class and values are read from the signature of the bucket's newest id (every id
 * in a bucket has the same key). A bucket of one id (nearly all of them: at 10,000 documents,
 * all but 185 of 2.7 M) is the id itself, in the slot; a larger one is a singly linked list of
 * ids, newest first, in two growing Int32Arrays. Nothing is allocated per lookup or per entry
 * beyond the arrays' occasional doubling. One table per index, so per build: it never outlives
 * the dedupe run. The table is sized once for the keys expected (the caller knows how many
 * items it will add, at most one key per band each): three quarters full at most, and no
 * doublings, whose old arrays would wait as garbage for a full collection. At 10,000 documents,
 * 2.7 M keys: 42 MB of slots, where doubling from small reached 4 M slots and 4 M list entries
 * (80 MB) with about 40 MB of old arrays on top. Beyond the keys expected it doubles as before.
 */

import { fmix32 } from './hash.js';

const EMPTY = -1;
/** The end of a bucket, for `next`. */
export const END = EMPTY;
/** The most bands a table keeps apart (a slot's band is 16 bits). */
export const MAX_BANDS = 0xffff;

/**
 * A slot's bucket: EMPTY, a list entry (0 or more), or a single id stored as −id − 2. A cursor
 * over a bucket has the same form: `id(cursor)` is its id, `next(cursor)` the next one or END.
 */
function single(id: number): number {
  return -id - 2;
}

export class BucketTable {
  /** Slots; not a power of two, so a key's first slot is its hash modulo the capacity. */
  private capacity: number;
  private used = 0;
  private bands: Uint16Array;
  private hashes: Uint32Array;
  /** Each slot's bucket (see `single`). */
  private heads: Int32Array;
  private entryIds: Int32Array;
  private entryNext: Int32Array;
  private entries = 0;
  /** Class and signature of each id pushed. */
  private readonly classOf: number[] = [];
  private readonly signatureOf: Uint32Array[] = [];

  /** @param expectedKeys entries (and so at most distinct keys) the table will likely hold */
  constructor(private readonly rows: number, expectedKeys = 0) {
    const expected = Math.max(0, Math.floor(expectedKeys));
    this.capacity = Math.max(4096, Math.ceil((expected * 4) / 3) + 1);
    this.bands = new Uint16Array(this.capacity);
    this.hashes = new Uint32Array(this.capacity);
    this.heads = new Int32Array(this.capacity).fill(EMPTY);
    this.entryIds = new Int32Array(1024);
    this.entryNext = new Int32Array(1024);
  }

  /** Hash of the key (band, cls, values[from … from + rows − 1]). */
  hashKey(band: number, cls: number, values: Uint32Array, from: number): number {
    let h = fmix32(Math.imul(band + 1, 0x9e3779b1) ^ cls);
    for (let r = 0; r < this.rows; r += 1) h = fmix32((h ^ values[from + r]!) + 0x7f4a7c15);
    return h;
  }

  /** Slot holding the key, or −1 when no entry has it. */
  find(band: number, cls: number, values: Uint32Array, from: number, hash: number): number {
    const capacity = this.capacity;
    for (let slot = hash % capacity; ; slot = slot + 1 === capacity ? 0 : slot + 1) {
      if (this.heads[slot] === EMPTY) return -1;
      if (this.matches(slot, band, cls, values, from, hash)) return slot;
    }
  }

  /** A cursor at the newest id of a slot's bucket. */
  head(slot: number): number {
    return this.heads[slot]!;
  }

  /** The cursor after `cursor`, or END. */
  next(cursor: number): number {
    return cursor >= 0 ? this.entryNext[cursor]! : END;
  }

  /** The id at `cursor`. */
  id(cursor: number): number {
    return cursor >= 0 ? this.entryIds[cursor]! : -cursor - 2;
  }

  /** Adds `id` to the bucket of the key, creating the bucket when needed. */
  push(band: number, cls: number, values: Uint32Array, from: number, hash: number, id: number): void {
    if ((this.used + 1) * 4 > this.capacity * 3) this.rehash();
    this.classOf[id] = cls;
    this.signatureOf[id] = values;
    const capacity = this.capacity;
    let slot = hash % capacity;
    while (this.heads[slot] !== EMPTY && !this.matches(slot, band, cls, values, from, hash)) slot = slot + 1 === capacity ? 0 : slot + 1;
    const bucket = this.heads[slot]!;
    if (bucket === EMPTY) {
      this.bands[slot] = band;
      this.hashes[slot] = hash;
      this.used += 1;
      this.heads[slot] = single(id);
      return;
    }
    // A second id: the bucket becomes a list, the id it held its last entry.
    const rest = bucket >= 0 ? bucket : this.entry(-bucket - 2, END);
    this.heads[slot] = this.entry(id, rest);
  }

  /** A new list entry of `id` followed by `next`. */
  private entry(id: number, next: number): number {
    if (this.entries === this.entryIds.length) {
      this.entryIds = doubled(this.entryIds);
      this.entryNext = doubled(this.entryNext);
    }
    this.entryIds[this.entries] = id;
    this.entryNext[this.entries] = next;
    this.entries += 1;
    return this.entries - 1;
  }

  private matches(slot: number, band: number, cls: number, values: Uint32Array, from: number, hash: number): boolean {
    if (this.hashes[slot] !== hash || this.bands[slot] !== band) return false;
    const other = this.id(this.heads[slot]!);
    if (this.classOf[other] !== cls) return false;
    const theirs = this.signatureOf[other]!;
    for (let r = from; r < from + this.rows; r += 1) if (theirs[r] !== values[r]) return false;
    return true;
  }

  /** Doubles the capacity, moving every slot to its new place. */
  private rehash(): void {
    const { bands, hashes, heads, capacity } = this;
    this.capacity = capacity * 2;
    this.bands = new Uint16Array(this.capacity);
    this.hashes = new Uint32Array(this.capacity);
    this.heads = new Int32Array(this.capacity).fill(EMPTY);
    const grown = this.capacity;
    for (let old = 0; old < capacity; old += 1) {
      if (heads[old] === EMPTY) continue;
      let slot = hashes[old]! % grown;
      while (this.heads[slot] !== EMPTY) slot = slot + 1 === grown ? 0 : slot + 1;
      this.bands[slot] = bands[old]!;
      this.hashes[slot] = hashes[old]!;
      this.heads[slot] = heads[old]!;
    }
  }
}

function doubled(array: Int32Array): Int32Array {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

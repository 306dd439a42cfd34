/**
 * LSH buckets in flat typed arrays: an open-addressing hash table (linear probing) whose keys are
 * (band, class number, the band's `rows` signature values), compared exactly, so two keys never
 * share a bucket by a hash collision. A slot stores only its band, the key's hash and the head of
 * its list; the class and values are read from the signature of the bucket's newest id (every
 * id in a bucket has the same key). Each bucket is a singly linked list of ids, newest first,
 * in two growing Int32Arrays. Nothing is allocated per lookup or per entry beyond the arrays'
 * occasional doubling. One table per index, so per build: it never outlives the dedupe run.
 * The table is sized once for the keys expected (the caller knows how many items it will add,
 * at most one key per band each): three quarters full at most, and no doublings, whose old
 * arrays would wait as garbage for a full collection. At 10,000 documents, 2.7 M keys: 50 MB of
 * slots and 25 MB of entries, where doubling from small reached 4 M slots and 4 M entries
 * with about 40 MB of old arrays on top. Beyond the keys expected it doubles as before.
 */

import { fmix32 } from './hash.js';

const EMPTY = -1;

export class BucketTable {
  /** Slots; not a power of two, so a key's first slot is its hash modulo the capacity. */
  private capacity: number;
  private used = 0;
  private bands: Uint32Array;
  private hashes: Uint32Array;
  /** Newest entry of each slot's list, or EMPTY for a free slot. */
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
    this.bands = new Uint32Array(this.capacity);
    this.hashes = new Uint32Array(this.capacity);
    this.heads = new Int32Array(this.capacity).fill(EMPTY);
    this.entryIds = new Int32Array(Math.max(1024, expected));
    this.entryNext = new Int32Array(this.entryIds.length);
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

  /** Newest entry of a slot's list; −1 at the end. */
  head(slot: number): number {
    return this.heads[slot]!;
  }

  next(entry: number): number {
    return this.entryNext[entry]!;
  }

  id(entry: number): number {
    return this.entryIds[entry]!;
  }

  /** Adds `id` to the bucket of the key, creating the bucket when needed. */
  push(band: number, cls: number, values: Uint32Array, from: number, hash: number, id: number): void {
    if ((this.used + 1) * 4 > this.capacity * 3) this.rehash();
    this.classOf[id] = cls;
    this.signatureOf[id] = values;
    const capacity = this.capacity;
    let slot = hash % capacity;
    while (this.heads[slot] !== EMPTY && !this.matches(slot, band, cls, values, from, hash)) slot = slot + 1 === capacity ? 0 : slot + 1;
    if (this.heads[slot] === EMPTY) {
      this.bands[slot] = band;
      this.hashes[slot] = hash;
      this.used += 1;
    }
    if (this.entries === this.entryIds.length) {
      this.entryIds = doubled(this.entryIds);
      this.entryNext = doubled(this.entryNext);
    }
    this.entryIds[this.entries] = id;
    this.entryNext[this.entries] = this.heads[slot]!; // EMPTY (−1) ends the list
    this.heads[slot] = this.entries;
    this.entries += 1;
  }

  private matches(slot: number, band: number, cls: number, values: Uint32Array, from: number, hash: number): boolean {
    if (this.hashes[slot] !== hash || this.bands[slot] !== band) return false;
    const other = this.entryIds[this.heads[slot]!]!;
    if (this.classOf[other] !== cls) return false;
    const theirs = this.signatureOf[other]!;
    for (let r = from; r < from + this.rows; r += 1) if (theirs[r] !== values[r]) return false;
    return true;
  }

  /** Doubles the capacity, moving every slot to its new place. */
  private rehash(): void {
    const { bands, hashes, heads, capacity } = this;
    this.capacity = capacity * 2;
    this.bands = new Uint32Array(this.capacity);
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

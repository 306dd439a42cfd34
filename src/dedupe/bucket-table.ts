/**
 * LSH buckets in flat typed arrays: an open-addressing hash table (linear probing) whose keys are
 * (band, class number, the band's `rows` signature values), compared exactly, so two keys never
 * share a bucket by a hash collision. A slot stores only its band, the key's hash and the head of
 * its list; the class and values are read from the signature of the bucket's newest id (every
 * id in a bucket has the same key). Each bucket is a singly linked list of ids, newest first,
 * in two growing Int32Arrays. Nothing is allocated per lookup or per entry beyond the arrays'
 * occasional doubling. One table per index, so per build: it never outlives the dedupe run.
 * The slots double when three quarters are used: at 10,000 documents a table of 2.7 M keys
 * takes 4 M slots instead of 8 M (about 50 MB less, held until the next full collection) for
 * about 4 % more dedupe time (longer probes), measured.
 */

import { fmix32 } from './hash.js';

const EMPTY = -1;

export class BucketTable {
  private capacity = 4096;
  private used = 0;
  private bands: Uint32Array = new Uint32Array(this.capacity);
  private hashes: Uint32Array = new Uint32Array(this.capacity);
  /** Newest entry of each slot's list, or EMPTY for a free slot. */
  private heads: Int32Array = new Int32Array(this.capacity).fill(EMPTY);
  private entryIds: Int32Array = new Int32Array(1024);
  private entryNext: Int32Array = new Int32Array(1024);
  private entries = 0;
  /** Class and signature of each id pushed. */
  private readonly classOf: number[] = [];
  private readonly signatureOf: Uint32Array[] = [];

  constructor(private readonly rows: number) {}

  /** Hash of the key (band, cls, values[from … from + rows − 1]). */
  hashKey(band: number, cls: number, values: Uint32Array, from: number): number {
    let h = fmix32(Math.imul(band + 1, 0x9e3779b1) ^ cls);
    for (let r = 0; r < this.rows; r += 1) h = fmix32((h ^ values[from + r]!) + 0x7f4a7c15);
    return h;
  }

  /** Slot holding the key, or −1 when no entry has it. */
  find(band: number, cls: number, values: Uint32Array, from: number, hash: number): number {
    const mask = this.capacity - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
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
    const mask = this.capacity - 1;
    let slot = hash & mask;
    while (this.heads[slot] !== EMPTY && !this.matches(slot, band, cls, values, from, hash)) slot = (slot + 1) & mask;
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
    const mask = this.capacity - 1;
    for (let old = 0; old < capacity; old += 1) {
      if (heads[old] === EMPTY) continue;
      let slot = hashes[old]! & mask;
      while (this.heads[slot] !== EMPTY) slot = (slot + 1) & mask;
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

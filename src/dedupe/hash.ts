/**
 * Deterministic 32-bit hashing: a string hash and a seeded family of hash functions for MinHash.
 * No Math.random anywhere: the same seed always gives the same family.
 */

/** MurmurHash3's 32-bit finaliser: a bijection on 32-bit integers with full avalanche. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units of `text`, finalised with {@link fmix32}. */
export function hashString32(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** A family of `count` hash functions on 32-bit integers: h_i(x) = fmix32(a_i·x + b_i). */
export interface HashFamily {
  readonly count: number;
  /** Odd multipliers a_i. */
  readonly multipliers: Uint32Array;
  /** Offsets b_i. */
  readonly offsets: Uint32Array;
}

/** SplitMix32-style generator step: returns the next state and a well-mixed output. */
function splitmix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) >>> 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return [next, (z ^ (z >>> 15)) >>> 0];
}

/** Build a seeded family of `count` hash functions; the same seed gives the same family. */
export function createHashFamily(count: number, seed: number): HashFamily {
  const multipliers = new Uint32Array(count);
  const offsets = new Uint32Array(count);
  let state = seed >>> 0;
  for (let i = 0; i < count; i += 1) {
    let out: number;
    [state, out] = splitmix32(state);
    multipliers[i] = (out | 1) >>> 0;
    [state, out] = splitmix32(state);
    offsets[i] = out;
  }
  return { count, multipliers, offsets };
}

/** Apply the i-th function of `family` to the 32-bit value `x`. */
export function applyHash(family: HashFamily, i: number, x: number): number {
  const a = family.multipliers[i] ?? 1;
  const b = family.offsets[i] ?? 0;
  return fmix32((Math.imul(a, x) + b) >>> 0);
}

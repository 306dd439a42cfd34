/**
 * MinHash signatures: for each hash function of a seeded family, the minimum hash over a set of
 * shingles. Two sets agree at one position with probability equal to their Jaccard similarity.
 */
import { applyHash, hashString32, type HashFamily } from './hash.js';

/**
 * MinHash signature of a set of shingles (duplicates in `shingles` do not matter). An empty set
 * gets a signature of all 0xFFFFFFFF, which callers should not bucket.
 */
export function minhashSignature(shingles: readonly string[], family: HashFamily): Uint32Array {
  const signature = new Uint32Array(family.count).fill(0xffffffff);
  for (const shingle of shingles) {
    const base = hashString32(shingle);
    for (let i = 0; i < family.count; i += 1) {
      const h = applyHash(family, i, base);
      if (h < (signature[i] ?? 0xffffffff)) signature[i] = h;
    }
  }
  return signature;
}

/**
 * MinHash signatures: for each hash function of a seeded family, the minimum hash over a set of
 * shingles. Two sets agree at one position with probability equal to their Jaccard similarity.
 */
import { hashString32, type HashFamily } from './hash.js';

/**
 * MinHash signature of a set of shingles (duplicates in `shingles` do not matter). An empty set
 * gets a signature of all 0xFFFFFFFF, which callers should not bucket.
 */
export function minhashSignature(shingles: readonly string[], family: HashFamily): Uint32Array {
  const { count, multipliers, offsets } = family;
  const signature = new Uint32Array(count).fill(0xffffffff);
  for (const shingle of shingles) {
    const base = hashString32(shingle);
    for (let i = 0; i < count; i += 1) {
      // applyHash(family, i, base), inlined: fmix32 of a·x + b.
      let h = (Math.imul(multipliers[i]!, base) + offsets[i]!) >>> 0;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return signature;
}

/**
 * The MinHash signature of each token list, computed once per distinct token set: lists with
 * the same tokens (in any order, repeats or not) share one signature array, which is equal to
 * what {@link minhashSignature} gives each of them. Callers must not modify the arrays.
 */
export function distinctSignatures(lists: ReadonlyArray<readonly string[]>, family: HashFamily): Uint32Array[] {
  const bySet = new Map<string, Uint32Array>();
  return lists.map((tokens) => {
    // The key is exact unless a token holds the separator (normalised tokens never do).
    if (tokens.some((t) => t.includes('\u0001'))) return minhashSignature(tokens, family);
    const key = [...new Set(tokens)].sort().join('\u0001');
    let signature = bySet.get(key);
    if (signature === undefined) {
      signature = minhashSignature(tokens, family);
      bySet.set(key, signature);
    }
    return signature;
  });
}

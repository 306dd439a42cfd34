/**
 * Test helper: a seeded corpus of synthetic sentences with a Zipf-distributed vocabulary of
 * pseudo-words (consonant-vowel syllables ending in a, i, o or u, so the stemmer leaves them
 * alone), plus near copies of earlier sentences with one word replaced.
 */
import type { DedupeUnit } from '../../src/dedupe/index.js';

/** Mulberry32: a small seeded PRNG returning numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The synthetic corpus and the (original id, copy id) pairs of the injected near copies. */
export interface SyntheticCorpus {
  units: DedupeUnit[];
  injected: Array<[string, string]>;
}

/**
 * `n` sentences of 8–14 distinct words drawn from a Zipf(1) vocabulary of `vocabulary` words;
 * every `copyEvery`-th sentence is instead a copy of a random earlier one with one word replaced.
 */
export function syntheticCorpus(n: number, vocabulary: number, copyEvery: number, seed: number): SyntheticCorpus {
  const random = mulberry32(seed);
  const consonants = 'bdfgklmnprtvz';
  const vowels = 'aiou';
  const words = new Set<string>();
  while (words.size < vocabulary) {
    let w = '';
    const syllables = 2 + Math.floor(random() * 3);
    for (let i = 0; i < syllables; i += 1) {
      w += `${consonants[Math.floor(random() * consonants.length)]}${vowels[Math.floor(random() * vowels.length)]}`;
    }
    words.add(w);
  }
  const list = [...words];
  const cumulative: number[] = [];
  let total = 0;
  for (let r = 0; r < list.length; r += 1) {
    total += 1 / (r + 1);
    cumulative.push(total);
  }
  const pick = (): string => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return list[lo] ?? '';
  };

  const units: DedupeUnit[] = [];
  const injected: Array<[string, string]> = [];
  for (let i = 0; i < n; i += 1) {
    const id = `s${i}`;
    if (i > copyEvery && i % copyEvery === 0) {
      const source = units[Math.floor(random() * units.length)] as DedupeUnit;
      const sourceWords = source.text.slice(0, -1).split(' ');
      const at = Math.floor(random() * sourceWords.length);
      let replacement = pick();
      while (sourceWords.includes(replacement)) replacement = pick();
      sourceWords[at] = replacement;
      units.push({ id, text: `${sourceWords.join(' ')}.`, kind: 'sentence', order: i });
      injected.push([source.id, id]);
      continue;
    }
    const length = 8 + Math.floor(random() * 7);
    const sentence = new Set<string>();
    while (sentence.size < length) sentence.add(pick());
    units.push({ id, text: `${[...sentence].join(' ')}.`, kind: 'sentence', order: i });
  }
  return { units, injected };
}

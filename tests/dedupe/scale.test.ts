import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../src/dedupe/index.js';
import { syntheticCorpus } from './synthetic.js';

describe('findDuplicates at scale', () => {
  it('keeps candidate pairs linear in n on 20,000 synthetic sentences (counts, not time)', () => {
    const n = 20_000;
    const { units, injected } = syntheticCorpus(n, 20_000, 100, 0x5eed);
    const result = findDuplicates(units);
    const { stats } = result;

    expect(stats.units).toBe(n);
    expect(stats.candidatePairs).toBeLessThan(20 * n); // all pairs: n²/2 = 2·10⁸
    expect(stats.candidatePairs).toBeLessThan((n * (n - 1)) / 2 / 1000);
    expect(stats.comparedPairs).toBeLessThanOrEqual(stats.candidatePairs);

    // The injected one-word edits (Jaccard ≥ 7/9) are found, each paired with its original
    // (or with an earlier kept copy of it).
    const dropped = new Map(result.pairs.map((p) => [p.dropped, p.kept]));
    const found = injected.filter(([, copy]) => dropped.has(copy)).length;
    expect(found / injected.length).toBeGreaterThanOrEqual(0.97);
    // Random sentences of a 20,000-word vocabulary are not near duplicates of each other.
    const injectedCopies = new Set(injected.map(([, copy]) => copy));
    const spurious = result.pairs.filter((p) => !injectedCopies.has(p.dropped));
    expect(spurious.length).toBeLessThanOrEqual(injected.length * 0.05);
  });
});

/**
 * Heavy-hitter pruning for LSH. In a corpus about one topic a few content words ("back",
 * "pregnancy", "exercise") occur in a large share of the units; two unrelated units that share
 * them reach a Jaccard of 0.1–0.3 and would become candidates, so the candidate count would grow
 * with n². Tokens that occur in more than a fixed number of units are therefore left out of the
 * MinHash input (verification still uses the full token sets, so similarities do not change).
 *
 * Because the limit is a fixed count, not a share of n, the pairs that share at least one
 * hashed token below the limit number at most limit/2 × (total hashed tokens): linear in n.
 */

/** Number of sets each token occurs in. */
export function documentFrequencies(sets: Iterable<ReadonlySet<string>>): Map<string, number> {
  const df = new Map<string, number>();
  for (const set of sets) for (const token of set) df.set(token, (df.get(token) ?? 0) + 1);
  return df;
}

/**
 * The tokens of each set that go into its MinHash signature: those that occur in at most
 * `maxFrequency` of the sets, topped up with the set's least frequent other tokens (ties by
 * token) until there are `minTokens` of them, so a set made of common words still has a
 * signature that tells it apart from most others.
 */
export function signatureTokens(
  sets: ReadonlyArray<ReadonlySet<string>>,
  maxFrequency: number,
  minTokens: number,
): string[][] {
  const df = documentFrequencies(sets);
  const freq = (token: string): number => df.get(token) ?? 0;
  return sets.map((set) => {
    const kept: string[] = [];
    const frequent: string[] = [];
    for (const token of set) (freq(token) <= maxFrequency ? kept : frequent).push(token);
    if (kept.length < minTokens && frequent.length > 0) {
      frequent.sort((a, b) => freq(a) - freq(b) || (a < b ? -1 : a > b ? 1 : 0));
      kept.push(...frequent.slice(0, minTokens - kept.length));
    }
    return kept;
  });
}

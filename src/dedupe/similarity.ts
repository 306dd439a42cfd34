/**
 * Exact similarity between two sets of content tokens, used to verify LSH candidates, and the
 * number veto.
 */
import { isNumberToken } from './tokens.js';

/** Size of the intersection of two sets. */
export function intersectionSize<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let count = 0;
  for (const x of small) if (large.has(x)) count += 1;
  return count;
}

/** Jaccard similarity |A∩B| / |A∪B|; 0 when both sets are empty. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const inter = intersectionSize(a, b);
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

/** Overlap coefficient |A∩B| / min(|A|, |B|); 0 when either set is empty. */
export function overlap<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const smaller = Math.min(a.size, b.size);
  return smaller === 0 ? 0 : intersectionSize(a, b) / smaller;
}

/** The number tokens of a set of content tokens. */
export function numberTokens(tokens: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (isNumberToken(t)) out.add(t);
  return out;
}

/**
 * Number veto: true when the two units do not mention exactly the same numbers ("hold 10
 * seconds" vs "hold 30 seconds", or "3 times" vs no count at all). Such units are never near
 * duplicates, however alike their words.
 */
export function numbersDiffer(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return true;
  for (const x of a) if (!b.has(x)) return true;
  return false;
}

/** Thresholds for {@link verifySimilarity}. */
export interface VerifyThresholds {
  /** Body units: Jaccard at or above this is a near duplicate. */
  readonly jaccard: number;
  /** Body units: overlap coefficient at or above this is a near duplicate… */
  readonly containment: number;
  /** …provided the two units share at least this many content tokens. */
  readonly containmentMinShared: number;
  /** Headings: Jaccard over all word tokens (stop words included) at or above this. */
  readonly headingJaccard: number;
}

/**
 * Exact verification of one candidate pair. Returns the similarity when the pair is a near
 * duplicate, otherwise `undefined`. Callers apply the number veto first.
 *
 * - Headings: Jaccard of the all-word token sets.
 * - Other units: Jaccard of the content-token sets, or, when the two share enough content
 *   tokens, their overlap coefficient (this catches a sentence restated inside a longer one).
 *   The larger qualifying measure is returned.
 */
export function verifySimilarity(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  heading: boolean,
  t: VerifyThresholds,
): number | undefined {
  const shared = intersectionSize(a, b);
  const union = a.size + b.size - shared;
  const j = union === 0 ? 0 : shared / union;
  if (heading) return j >= t.headingJaccard ? j : undefined;
  const smaller = Math.min(a.size, b.size);
  const o = smaller === 0 ? 0 : shared / smaller;
  if (shared >= t.containmentMinShared && o >= t.containment) return o;
  return j >= t.jaccard ? j : undefined;
}

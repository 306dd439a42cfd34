/**
 * Two-part movements, as a table: a step that opens a movement (breathe in,
 * lift, raise, arch) and the later step that closes it (breathe out, lower,
 * return, round). A tip never gives an opening step without its closing step:
 * that would leave the reader holding the first half of a movement, shoulders
 * up or back arched ("Lift the shoulders up on an inhale. Move the shoulders
 * back." without "Lower them down on an exhale.").
 *
 * A step that closes without its opener ("As you exhale, tuck your pelvis
 * under.") may go alone: the release back is implied. A step that both opens
 * and closes ("Breathe in, breathe out, turn…") is whole on its own.
 *
 * @module
 */

/** One kind of two-part movement. */
export interface MovementPair {
  /** Stable id, for tests and reports. */
  id: string;
  /** A step that starts the movement. Negated uses ("without lifting", "do not arch") do not count. */
  opens: RegExp;
  /** A step that finishes it. */
  closes: RegExp;
}

/** Words before a movement word that negate it: "without lifting", "do not arch". */
const NOT = String.raw`(?<!\b(?:without|not|no|never|nor|avoid)\s)`;

/** The table of two-part movements, checked in order on every step sentence. */
export const MOVEMENT_PAIRS: readonly MovementPair[] = Object.freeze([
  {
    id: 'breath',
    opens: new RegExp(`${NOT}\\b(?:inhale|inhaling|inhalation|breathe in|breathing in|breath in)\\b`, 'i'),
    closes: /\b(?:exhale|exhaling|exhalation|breathe out|breathing out|breath out)\b/i,
  },
  {
    id: 'lift-lower',
    opens: new RegExp(`${NOT}\\b(?:lift|lifts|lifting|raise|raises|raising)\\b`, 'i'),
    closes: /\b(?:lower|lowers|lowering|return|returns|returning)\b/i,
  },
  {
    id: 'arch-round',
    opens: new RegExp(`${NOT}\\b(?:arch|arches|arching)\\b`, 'i'),
    closes: /\b(?:round|rounds|rounding)\b/i,
  },
] satisfies MovementPair[]);

/**
 * For each step, the index of the step that closes what it opens: the first
 * later step that matches the pair's `closes`. Steps that open nothing, or
 * whose movement is never closed in the record, have no entry.
 */
export function closingSteps(steps: readonly string[], pairs: readonly MovementPair[] = MOVEMENT_PAIRS): Map<number, number> {
  const out = new Map<number, number>();
  // Whether each step closes each pair, tested once (not once per opening step before it).
  const closes = pairs.map((pair) => steps.map((step) => pair.closes.test(step)));
  steps.forEach((step, i) => {
    pairs.forEach((pair, p) => {
      const closed = closes[p]!;
      if (!pair.opens.test(step) || closed[i]) return;
      const j = closed.findIndex((close, k) => k > i && close);
      if (j !== -1) out.set(i, Math.max(out.get(i) ?? j, j));
    });
  });
  return out;
}

/**
 * True when the steps `[from, end)` hold an opening step whose closing step
 * is left out (see {@link closingSteps}): half a movement.
 */
export function cutsMovement(steps: readonly string[], from: number, end: number, pairs: readonly MovementPair[] = MOVEMENT_PAIRS): boolean {
  return cutsClosing(closingSteps(steps, pairs), from, end);
}

/**
 * {@link cutsMovement} from the steps' {@link closingSteps}, for a caller that
 * tries many ranges of the same steps.
 */
export function cutsClosing(closing: ReadonlyMap<number, number>, from: number, end: number): boolean {
  for (const [open, close] of closing) {
    if (open >= from && open < end && close >= end) return true;
  }
  return false;
}

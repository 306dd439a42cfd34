import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicates, type DedupeKind, type DedupeUnit } from '../../src/dedupe/index.js';
import { normalizeForComparison } from '../../src/dedupe/normalize.js';
import { haveSeeds, loadSeedUnits } from './seed-units.js';
import { mulberry32 } from './synthetic.js';

const WORDS = [
  'hold', 'stretch', 'breathe', 'slowly', 'back', 'pelvis', 'knees', 'floor', 'relaxin', 'hormone',
  'ligaments', 'loosen', 'squat', 'bending', 'not', 'ten', '10', '30', 'seconds', 'second', 'the', 'your',
];
const KINDS: DedupeKind[] = ['heading', 'paragraph', 'item', 'sentence'];

/** Text that often repeats or nearly repeats other generated texts, or arbitrary Unicode. */
const textArb = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 12 }).chain((words) =>
    fc.tuple(fc.constant(words.join(' ')), fc.constantFrom('', '.', '!', ' ?', '…'), fc.boolean()).map(
      ([t, end, upper]) => (upper ? t.toUpperCase() : t) + end,
    ),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

const unitsArb = fc
  .array(
    fc.record({
      text: textArb,
      kind: fc.constantFrom(...KINDS),
      order: fc.integer({ min: -5, max: 30 }),
    }),
    { maxLength: 40 },
  )
  .map((rows) => rows.map((r, i): DedupeUnit => ({ id: `u${i}`, ...r })));

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = mulberry32(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('findDuplicates properties', () => {
  it('never throws and returns a well-formed result', () => {
    fc.assert(
      fc.property(unitsArb, (units) => {
        const result = findDuplicates(units);
        const byId = new Map(units.map((u) => [u.id, u]));
        const dropped = result.pairs.map((p) => p.dropped);
        expect(new Set(dropped).size).toBe(dropped.length); // each dropped id once
        for (const p of result.pairs) {
          expect(p.similarity).toBeGreaterThanOrEqual(0);
          expect(p.similarity).toBeLessThanOrEqual(1);
          expect(dropped).not.toContain(p.kept); // kept units are never dropped: no chains
          const kept = byId.get(p.kept) as DedupeUnit;
          const gone = byId.get(p.dropped) as DedupeUnit;
          expect(kept.order).toBeLessThanOrEqual(gone.order);
          expect(kept.kind === 'heading').toBe(gone.kind === 'heading');
          if (p.method === 'exact') expect(p.similarity).toBe(1);
        }
        expect(result.stats.units).toBe(units.length);
        expect(result.stats.comparedPairs).toBeLessThanOrEqual(result.stats.candidatePairs);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and ignores input order', () => {
    fc.assert(
      fc.property(unitsArb, fc.integer(), (units, seed) => {
        const first = findDuplicates(units);
        expect(findDuplicates(units)).toEqual(first);
        expect(findDuplicates(shuffled(units, seed))).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it.skipIf(!haveSeeds())('gives the same result for the shuffled seed sentences (skipped without seeds)', () => {
    const units = loadSeedUnits();
    const first = findDuplicates(units);
    expect(findDuplicates(units)).toEqual(first);
    expect(findDuplicates(shuffled(units, 7))).toEqual(first);
    expect(findDuplicates(shuffled(units, 8))).toEqual(first);
  });
});

describe('normalizeForComparison: the one-pass ASCII path', () => {
  // A soft hyphen is removed before any other step, so appending one sends the same text down
  // the general (Unicode) path: both paths must agree on every ASCII text.
  const ascii = fc.string({ unit: fc.constantFrom(...'aZ09 .,\'`-_"!?\t\n\u0000:;()1.5,2'.split('')), maxLength: 40 });
  it('gives the same string as the general path for any ASCII text', () => {
    fc.assert(fc.property(ascii, (text) => {
      expect(normalizeForComparison(text)).toBe(normalizeForComparison(`${text}\u00AD`));
    }), { numRuns: 2000 });
  });

  it('keeps decimals and inner apostrophes as the general path does', () => {
    expect(normalizeForComparison("Don't hold 1.5 or 2,5 kg, it's `fine`.")).toBe('dont hold 1.5 or 2.5 kg its fine');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicates, type DedupeKind, type DedupeUnit } from '../../src/dedupe/index.js';
import { inReadingOrder } from '../../src/dedupe/find-duplicates.js';
import { groupUnits } from '../../src/dedupe/group-units.js';
import { applyHash, createHashFamily, hashString32 } from '../../src/dedupe/hash.js';
import { LshIndex } from '../../src/dedupe/lsh.js';
import { MAX_BANDS } from '../../src/dedupe/bucket-table.js';
import { distinctSignatures, minhashSignature } from '../../src/dedupe/minhash.js';
import { normalizeForComparison } from '../../src/dedupe/normalize.js';
import { allWordTokens, contentTokens, TokenMemo } from '../../src/dedupe/tokens.js';
import { referenceFindDuplicates } from './reference/find-duplicates-reference.js';
import { StringLshIndex } from './reference/string-lsh.js';
import { mulberry32, syntheticCorpus } from './synthetic.js';

const WORDS = ['hold', 'stretch', 'breathe', 'slowly', 'back', 'pelvis', 'knees', 'floor', 'relaxin', 'not', 'ten', '10', '30', 'seconds', 'the'];
const KINDS: DedupeKind[] = ['heading', 'paragraph', 'item', 'sentence'];
const textArb = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 10 }).map((w) => w.join(' ')),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 10 }).map((w) => `${w.join(', ').toUpperCase()}!`),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const unitsArb = fc
  .array(fc.record({ text: textArb, kind: fc.constantFrom(...KINDS), order: fc.integer({ min: -3, max: 40 }) }), { maxLength: 50 })
  .map((rows) => rows.map((r, i): DedupeUnit => ({ id: `u${i}`, ...r })));

describe('flat LSH buckets', () => {
  it('return exactly the candidates of string-keyed buckets (few values, so many collisions)', () => {
    // Sized for nothing (it grows), for what is added (it never grows) and for too little (it
    // grows past the hint): the table's size changes where keys sit, never what is found.
    for (const [bands, rows, window, expected] of [[8, 2, 3, 0], [5, 1, Infinity, 2100], [20, 3, 100, 300], [3, 1, 5, 1]] as const) {
      const random = mulberry32(bands * 31 + rows);
      const fast = new LshIndex(bands, rows, window, expected);
      const slow = new StringLshIndex(bands, rows, window);
      for (let id = 0; id < 3000; id += 1) {
        const signature = Uint32Array.from({ length: bands * rows }, () => (random() < 0.5 ? Math.floor(random() * 4) : Math.floor(random() * 2 ** 32)));
        const item = { cls: `c${Math.floor(random() * 3)}`, signature };
        const fastKeys = fast.keysOf(item);
        const slowKeys = slow.keysOf(item);
        for (const minBands of [1, 2]) expect(fast.candidates(fastKeys, minBands, 7)).toEqual(slow.candidates(slowKeys, minBands, 7));
        if (random() < 0.7) {
          fast.add(fastKeys, id);
          slow.add(slowKeys, id);
        }
      }
    }
  });
});

describe('LSH index limits', () => {
  it(`refuses more than ${MAX_BANDS} bands (a slot's band is 16 bits)`, () => {
    expect(() => new LshIndex(MAX_BANDS + 1, 1)).toThrow(RangeError);
    expect(() => new LshIndex(MAX_BANDS, 1)).not.toThrow();
  });
});

describe('findDuplicates fast paths', () => {
  it('give exactly the reference result on random units, any options', () => {
    fc.assert(
      fc.property(unitsArb, fc.constantFrom({}, { bands: 6, rows: 1 }, { bands: 3, rows: 2, bucketWindow: 1, minContentTokens: 1 }), (units, options) => {
        expect(findDuplicates(units, options)).toEqual(referenceFindDuplicates(units, options));
      }),
      { numRuns: 300 },
    );
  });

  it('give exactly the reference result on a synthetic corpus with near copies', () => {
    const { units } = syntheticCorpus(3000, 2000, 10, 7);
    const repeated = [...units, ...units.slice(0, 500).map((u, i) => ({ ...u, id: `r${i}`, order: u.order + 10_000 }))];
    const result = findDuplicates(repeated);
    expect(result.pairs.length).toBeGreaterThan(500);
    expect(result).toEqual(referenceFindDuplicates(repeated));
  });

  it('skip sorting only when orders strictly increase', () => {
    const units: DedupeUnit[] = [
      { id: 'b', text: 'x', kind: 'item', order: 1 },
      { id: 'a', text: 'y', kind: 'item', order: 1 },
      { id: 'c', text: 'z', kind: 'item', order: Number.NaN },
      { id: 'd', text: 'w', kind: 'item', order: 0 },
    ];
    expect(inReadingOrder(units).map((u) => u.id)).toEqual(['d', 'a', 'b', 'c']);
    expect(inReadingOrder(units.slice(3).concat(units.slice(0, 1))).map((u) => u.id)).toEqual(['d', 'b']);
    expect(inReadingOrder(units.slice(0, 2)).map((u) => u.id)).toEqual(['a', 'b']); // a tie is sorted by id
  });

  it('group by raw text exactly as by normalised text', () => {
    const texts = ['Hold it', 'hold  it!', 'HOLD IT', '', '...', 'Hold it', 'release'];
    const units = texts.flatMap((text, i) => KINDS.slice(0, 2).map((kind, k) => ({ id: `${i}${k}`, text, kind, order: i * 2 + k })));
    const { groups, groupOfUnit } = groupUnits(units, 1);
    const expected = new Map<string, number>();
    units.forEach((u, p) => {
      const n = normalizeForComparison(u.text);
      if (n === '') return expect(groupOfUnit[p]).toBe(-1);
      const key = `${u.kind === 'heading'}|${n}`;
      if (!expected.has(key)) expected.set(key, expected.size);
      expect(groupOfUnit[p]).toBe(expected.get(key));
    });
    expect(groups.length).toBe(expected.size);
  });

  it('share one signature per distinct token set, equal to computing each', () => {
    const family = createHashFamily(24, 3);
    const lists = [['a', 'b'], ['b', 'a', 'a'], ['c'], [], ['a\u0001b'], ['a', 'b', 'c'], ['c']];
    const signatures = distinctSignatures(lists, family);
    lists.forEach((list, k) => expect(signatures[k]).toEqual(minhashSignature(list, family)));
    expect(signatures[0]).toBe(signatures[1]);
  });
});

describe('token memo', () => {
  it('gives the same tokens as mapping each word afresh', () => {
    const memo = new TokenMemo();
    const words = fc.constantFrom(...WORDS, 'dont', 'twice', '05', '1.50', '2nd', 'releasing', 'stopped', 'the', 'of', 'ß', '');
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 6 })), { maxLength: 12 }), (list) => {
        const text = normalizeForComparison(list.join(' '));
        expect(contentTokens(text, memo)).toEqual(contentTokens(text));
        expect(allWordTokens(text, memo)).toEqual(allWordTokens(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('minhashSignature', () => {
  it('is the minimum of applyHash over the shingles at every position', () => {
    const family = createHashFamily(40, 0x5eed);
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 8 }), { maxLength: 12 }), (shingles) => {
      const expected = Array.from({ length: family.count }, (_, i) => shingles.reduce((min, s) => Math.min(min, applyHash(family, i, hashString32(s))), 0xffffffff));
      expect([...minhashSignature(shingles, family)]).toEqual(expected);
    }), { numRuns: 500 });
  });
});

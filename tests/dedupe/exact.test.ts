import { describe, expect, it } from 'vitest';
import { findDuplicates, type DedupeUnit } from '../../src/dedupe/index.js';

function units(texts: string[], kind: DedupeUnit['kind'] = 'sentence'): DedupeUnit[] {
  return texts.map((text, i) => ({ id: `u${i}`, text, kind, order: i }));
}

describe('findDuplicates: exact duplicates', () => {
  it('matches texts that differ only in case, quotes, dashes, spacing and punctuation', () => {
    const result = findDuplicates(
      units([
        'Don’t “clench” your neck – relax it.',
        "don't \"clench\"   your NECK - relax it",
        'Dont clench your neck relax it!!!',
        'Hold 5-6 times.',
        'hold 5–6 TIMES',
      ]),
    );
    expect(result.pairs).toEqual([
      { kept: 'u0', dropped: 'u1', similarity: 1, method: 'exact' },
      { kept: 'u0', dropped: 'u2', similarity: 1, method: 'exact' },
      { kept: 'u3', dropped: 'u4', similarity: 1, method: 'exact' },
    ]);
    expect(result.stats.units).toBe(5);
  });

  it('finds the repeated seed heading and paragraphs', () => {
    const paragraph =
      'As your baby grows the abdominal muscles stretch, the back muscles become tighter and more dominant and the shape of your spine changes to accommodate for the weight gain.';
    const result = findDuplicates([
      { id: 'h1', text: 'Exercise to relieve backache for pregnant women', kind: 'heading', order: 1 },
      { id: 'h2', text: 'Exercise to relieve backache for pregnant women', kind: 'heading', order: 2 },
      { id: 'p1', text: paragraph, kind: 'paragraph', order: 3 },
      { id: 'p2', text: paragraph, kind: 'paragraph', order: 4 },
      { id: 'p3', text: 'Exercising frequently helps pregnant women relieve backache.', kind: 'paragraph', order: 5 },
      { id: 'p4', text: 'Exercising frequently helps pregnant women relieve backache.', kind: 'paragraph', order: 6 },
    ]);
    expect(result.pairs.map((p) => [p.kept, p.dropped, p.method])).toEqual([
      ['h1', 'h2', 'exact'],
      ['p1', 'p2', 'exact'],
      ['p3', 'p4', 'exact'],
    ]);
  });

  it('keeps the unit with the earliest order, whatever the input order', () => {
    const result = findDuplicates([
      { id: 'late', text: 'Repeat on the other side.', kind: 'item', order: 40 },
      { id: 'early', text: 'repeat on the other side', kind: 'sentence', order: 3 },
      { id: 'middle', text: 'Repeat on the other side!', kind: 'paragraph', order: 7 },
    ]);
    expect(result.pairs).toEqual([
      { kept: 'early', dropped: 'middle', similarity: 1, method: 'exact' },
      { kept: 'early', dropped: 'late', similarity: 1, method: 'exact' },
    ]);
  });

  it('compares headings only with headings', () => {
    const result = findDuplicates([
      { id: 'a', text: 'Relax your neck', kind: 'heading', order: 0 },
      { id: 'b', text: 'Relax your neck.', kind: 'sentence', order: 1 },
      { id: 'c', text: 'Relax your neck', kind: 'item', order: 2 },
    ]);
    expect(result.pairs).toEqual([{ kept: 'b', dropped: 'c', similarity: 1, method: 'exact' }]);
  });

  it('matches short units only exactly and ignores texts with nothing to compare', () => {
    const result = findDuplicates(
      units(['Hold your breath.', 'Hold your breath!', 'Hold the breath.', '…', '!!!', '']),
    );
    expect(result.pairs).toEqual([{ kept: 'u0', dropped: 'u1', similarity: 1, method: 'exact' }]);
    expect(result.stats.candidatePairs).toBe(0);
  });

  it('returns nothing for no input', () => {
    expect(findDuplicates([])).toEqual({ pairs: [], stats: { units: 0, candidatePairs: 0, comparedPairs: 0 } });
  });
});

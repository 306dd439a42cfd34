import { describe, expect, it } from 'vitest';
import { findDuplicates, type DedupeUnit } from '../../src/dedupe/index.js';

const RELAXIN_1 =
  'During this time, your body releases a hormone called relaxin that loosens ligaments to prepare for childbirth.';
const RELAXIN_2 =
  'During pregnancy, your body releases a hormone called relaxin that allows ligaments in the pelvic area to soften and joints to loosen.';
const RELAXIN_3 =
  'The body produces a hormone called relaxin to prepare the body for childbirth, and it can also cause ligaments in the pelvic region to relax and loosen.';
const SQUAT_1 =
  'Squat down when you need to pick something up instead of bending over, and use proper body mechanics.';
const SQUAT_2 =
  'Use proper body mechanics, such as squatting to pick up something instead of bending over from the waist.';

function sentences(texts: string[]): DedupeUnit[] {
  return texts.map((text, i) => ({ id: `s${i}`, text, kind: 'sentence', order: i }));
}

describe('findDuplicates: near duplicates', () => {
  it('finds the relaxin paraphrases of seed 003, all paired with the first', () => {
    const { pairs } = findDuplicates(sentences([RELAXIN_1, 'Poor posture can also increase back pain.', RELAXIN_2, RELAXIN_3]));
    expect(pairs).toEqual([
      { kept: 's0', dropped: 's2', similarity: 0.7, method: 'near' }, // 7 of 10 content words
      { kept: 's0', dropped: 's3', similarity: 0.8, method: 'near' }, // 8 of 10 content words
    ]);
  });

  it('finds the squat-to-lift advice restated', () => {
    const { pairs } = findDuplicates(sentences([SQUAT_1, SQUAT_2]));
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ kept: 's0', dropped: 's1', method: 'near' });
    expect(pairs[0]?.similarity).toBeCloseTo(8 / 9, 10);
  });

  it('finds the app advert repeated with small differences', () => {
    const { pairs } = findDuplicates(
      sentences([
        'Workout and nutrition\nprograms\nfor women\nWorkout and nutrition programs in your smartphone!',
        'Workout and nutrition\nfor women\nWorkout and nutrition programs in your smartphone!',
      ]),
    );
    expect(pairs).toEqual([{ kept: 's0', dropped: 's1', similarity: 1, method: 'near' }]);
  });

  it('finds the near-identical headings', () => {
    const { pairs } = findDuplicates([
      { id: 'h1', text: 'How to understand if the exercise is performed correctly', kind: 'heading', order: 1 },
      { id: 'h2', text: 'How to know if the exercise is done correctly', kind: 'heading', order: 2 },
    ]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ kept: 'h1', dropped: 'h2', method: 'near' });
    expect(pairs[0]?.similarity).toBeCloseTo(7 / 11, 10);
  });

  it('vetoes pairs whose numbers differ', () => {
    const { pairs } = findDuplicates(
      sentences([
        'Hold the stretch for 10 seconds on each side, breathing calmly.',
        'Hold the stretch for 30 seconds on each side, breathing calmly.',
        'Hold the stretch for ten seconds on each side, breathing calmly.',
        'Hold the stretch on each side, breathing calmly and slowly.',
      ]),
    );
    // "ten" is read as 10; the unit without a number differs from both.
    expect(pairs).toEqual([{ kept: 's0', dropped: 's2', similarity: 1, method: 'near' }]);
  });

  it('vetoes different trimesters (ordinals are numbers)', () => {
    const { pairs } = findDuplicates([
      { id: 'a', text: 'Exercises for the Lower Back in the First Trimester of Pregnancy', kind: 'heading', order: 0 },
      { id: 'b', text: 'Exercises for the Lower Back in the Second Trimester of Pregnancy', kind: 'heading', order: 1 },
      { id: 'c', text: 'Lower Back Exercises in the Third Trimester of Pregnancy', kind: 'heading', order: 2 },
    ]);
    expect(pairs).toEqual([]);
  });

  it('does not pair related but different instructions', () => {
    const { pairs } = findDuplicates(
      sentences([
        'Crawl on your heels, lean by knees and elbows.',
        'Crawl on your heels, lean on knees and hands.',
        'Breathe in, look upwards, stretch spinal column and slightly bend at waist.',
        'Breathe out, bend the waist and chest part of spinal column slightly.',
        'Pregnancy back pain can be a source of discomfort for many women.',
        'Many women experience back pain during pregnancy.',
      ]),
    );
    expect(pairs).toEqual([]);
  });

  it('pairs a dropped unit with the earliest kept unit, never through a dropped one', () => {
    const a = 'alpha bravo charlie delta echo foxtrot';
    const b = 'alpha bravo charlie delta echo foxtrot golf';
    const c = 'bravo charlie delta echo foxtrot golf hotel';
    // A ≈ B (Jaccard 6/7) and B ≈ C (6/8) but A ≉ C (5/8): B is dropped for A, so C is kept.
    expect(findDuplicates(sentences([a, b, c])).pairs).toEqual([
      { kept: 's0', dropped: 's1', similarity: 6 / 7, method: 'near' },
    ]);
    // C ≈ A and C ≈ B: C is paired with the earliest, A.
    const c2 = 'alpha bravo charlie delta echo foxtrot golf kilo';
    expect(findDuplicates(sentences([a, b, c2])).pairs).toEqual([
      { kept: 's0', dropped: 's1', similarity: 6 / 7, method: 'near' },
      { kept: 's0', dropped: 's2', similarity: 6 / 8, method: 'near' },
    ]);
    // A ≉ B, so B is kept, and C ≈ B only: C is paired with B.
    const x = 'lima mike november oscar papa quebec';
    expect(findDuplicates(sentences([x, b, c])).pairs).toEqual([
      { kept: 's1', dropped: 's2', similarity: 6 / 8, method: 'near' },
    ]);
  });

  it('reports candidate and compared pair counts', () => {
    const { stats } = findDuplicates(sentences([RELAXIN_1, RELAXIN_2, RELAXIN_3, SQUAT_1, SQUAT_2]));
    expect(stats.units).toBe(5);
    expect(stats.comparedPairs).toBeLessThanOrEqual(stats.candidatePairs);
    expect(stats.candidatePairs).toBeLessThanOrEqual(10);
    expect(stats.comparedPairs).toBeGreaterThanOrEqual(3);
  });
});

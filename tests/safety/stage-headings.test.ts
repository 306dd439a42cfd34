// Stage headings in words nobody listed: the time after the birth however it is put, weeks said
// to be of pregnancy, the last weeks before the due date; and headings that name no stage.
import { describe, expect, test } from 'vitest';
import { stagesNamedIn } from '../../src/normalize/stages.js';

describe('stage headings', () => {
  test.each([
    ['After the birth', ['postpartum']],
    ['Once your baby has arrived', ['postpartum']],
    ['When the baby is born', ['postpartum']],
    ['Following a caesarean section', ['postpartum']],
    ['Recovering after childbirth', ['postpartum']],
    ['The fourth trimester', ['postpartum']],
    ['Six weeks after delivery', ['postpartum']],
    ['Exercises for new parents', ['postpartum']],
    ['Weeks 28–40', ['trimester-3']],
    ['28 to 40 weeks pregnant', ['trimester-3']],
    ['From 20 weeks of pregnancy', ['trimester-2']],
    ['The final weeks before birth', ['trimester-3']],
    ['Approaching your due date', ['trimester-3']],
    ['Early pregnancy', ['trimester-1']],
    ['Second and third trimesters', ['trimester-2', 'trimester-3']],
  ])('%s → %j', (heading, stages) => {
    expect(stagesNamedIn(heading)).toEqual(stages);
  });
  test.each(['Warm-up', 'Breathing before you begin', 'Birth ball exercises', 'The first six weeks of training', 'Giving your back a rest'])('%s names no stage', (heading) => {
    expect(stagesNamedIn(heading)).toEqual([]);
  });
});

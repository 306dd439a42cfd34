// The five real articles: how many exercises each yields, and spot checks of parsed fields.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, Exercise } from '../../src/model/types.js';
import { compileRealContent } from '../helpers/real-content.js';

let dataset: Dataset;

beforeAll(async () => {
  const result = await compileRealContent();
  expect(result.ok).toBe(true);
  dataset = result.dataset!;
});

function exercise(document: string, name: RegExp): Exercise {
  const found = dataset.exercises.filter((e) => e.source.document === document && name.test(e.name));
  expect(found, `one exercise named ${name} in ${document}`).toHaveLength(1);
  return found[0]!;
}

describe('real content', () => {
  it('yields the exercises of each article', () => {
    const counts = Object.fromEntries(dataset.sources.map((s) => [s.id, dataset.exercises.filter((e) => e.source.document === s.id).length]));
    expect(counts).toEqual({
      'back-exercises-after-childbirth': 7,
      'lower-back-exercises-by-trimester': 9,
      'pregnancy-back-pain-relief': 0,
      // "Relax your neck" holds two exercises: the neck turns and the wide-leg twist.
      'strengthen-back-late-pregnancy': 8,
      'upper-back-pain-pregnancy': 3,
      // The house safety documents (content/house) hold advice only.
      'house-after-birth-safety': 0,
      'house-pregnancy-safety': 0,
    });
  });

  it('reads the wall pelvic tilt: first trimester, 8–12 repetitions, 1–2 sets', () => {
    const e = exercise('lower-back-exercises-by-trimester', /^Pelvic Tilt Against the Wall$/);
    expect(e.stages).toEqual(['trimester-1']);
    expect(e.dosage).toMatchObject({ repetitions: { min: 8, max: 12 }, sets: { min: 1, max: 2 } });
    expect(e.position).toBe('standing');
    expect(e.equipment).toContain('wall');
    expect(e.steps).toHaveLength(4);
    expect(e.startingPosition).toMatch(/^Stand with your back against the wall/);
    expect(e.cues).toContain('no pressure in the lower abdomen');
  });

  it('reads the seated glute stretch: second trimester, hold 15–20 s per side', () => {
    const e = exercise('lower-back-exercises-by-trimester', /^Seated Glute Stretch$/);
    expect(e.stages).toEqual(['trimester-2']);
    // "15–20 seconds per side, 1–2 times": the hold is done 1–2 times (repetitions of a hold, not sets).
    expect(e.dosage).toMatchObject({ holdSeconds: { min: 15, max: 20 }, perSide: true, repetitions: { min: 1, max: 2 } });
    expect(e.position).toBe('sitting');
  });

  it('reads the side-lying curl ("Relax the whole body"): 5–7 minutes', () => {
    const e = exercise('strengthen-back-late-pregnancy', /^Relax the whole body$/);
    expect(e.dosage?.durationSeconds).toEqual({ min: 300, max: 420 });
    expect(e.position).toBe('side-lying');
  });

  it('names the "mountain" exercise from its note and reads avoidAfterWeek 34', () => {
    const e = exercise('strengthen-back-late-pregnancy', /^Mountain$/);
    expect(e.avoidAfterWeek).toBe(34);
    expect(e.aliases).toContain('Exercise to relieve backache for pregnant women');
    expect(e.cautions[0]).toMatch(/should not be done after the 34-35th weeks/);
  });

  it('reads list-item exercises with their names and aliases', () => {
    expect(exercise('back-exercises-after-childbirth', /^Adho Mukha Shvanasana$/).aliases).toEqual(['Dog face down']);
    expect(exercise('back-exercises-after-childbirth', /^Marjariasana$/).aliases).toContain('Cat');
    expect(exercise('back-exercises-after-childbirth', /^The letter T$/).position).toBe('supine');
  });

  it('reads numbered steps and keeps the foreign-language ones for the language check', () => {
    const e = exercise('upper-back-pain-pregnancy', /^Myofascial release$/);
    // Item 1 sets up ("… stand with your back facing a wall"), item 5 is the dosage.
    expect(e.startingPosition).toMatch(/^Grab a lacrosse/);
    expect(e.steps).toHaveLength(3);
    expect(e.dosage?.durationSeconds).toEqual({ min: 30, max: 60 });
    expect(exercise('upper-back-pain-pregnancy', /^Stretch$/).steps.some((s) => /[\u4e00-\u9fff]/.test(s))).toBe(true);
  });

  it('points every record back to lines that hold its text', () => {
    for (const record of [...dataset.exercises, ...dataset.advice]) {
      expect(record.source.lines.start).toBeLessThanOrEqual(record.source.lines.end);
      for (const point of Object.values(record.source.positions).filter((p) => p !== undefined)) {
        expect(point.line).toBeGreaterThanOrEqual(record.source.lines.start);
        expect(point.line).toBeLessThanOrEqual(record.source.lines.end);
      }
    }
  });

  it('turns the rest into advice of the expected topics', () => {
    const topics = new Set(dataset.advice.map((a) => a.topic));
    for (const topic of ['warning-signs', 'contraindications', 'faq', 'self-care', 'general-rules']) expect(topics).toContain(topic);
    const signs = dataset.advice.find((a) => a.topic === 'warning-signs' && a.items?.some((i) => /bloody discharge or leakage of fluid/.test(i)));
    expect(signs?.text).toBe('Signs of overtraining:');
  });

  it('groups the same exercise told by three sources (cat-cow) without merging the records', () => {
    const cat = dataset.exercises.filter((e) => e.group === 'cat-cow');
    expect(cat.map((e) => e.name).sort()).toEqual(['Cat-Cow on all fours', 'Good cat / bad cat', 'Marjariasana']);
    expect(new Set(cat.map((e) => e.source.document)).size).toBe(3);
    for (const e of cat) expect(e.aliases).toEqual(expect.arrayContaining(cat.filter((o) => o !== e).map((o) => o.name)));
  });

  it('gives every record a unique id', () => {
    const ids = [...dataset.exercises, ...dataset.advice].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

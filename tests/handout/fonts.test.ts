// Fonts and pure page decisions: every character in a covering font or a build error naming the
// record; a unit moves to the next page rather than split; short facts share a line.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHandout } from '../../src/handout/index.js';
import { pairRows } from '../../src/write/pdf/facts.js';
import { splitRuns, UncoveredCharacterError } from '../../src/write/pdf/fonts.js';
import { pageLabel, placeUnit } from '../../src/write/pdf/paginate.js';
import { renderHandoutPdf } from '../../src/write/pdf/render.js';
import { clone, realContent, type RealContent } from './helpers.js';

let real: RealContent;

beforeAll(async () => {
  real = await realContent();
});

describe('splitRuns', () => {
  const covers = (font: string, cp: number): boolean => (font === 'latin' ? cp < 0x250 || cp === 0x2013 : font === 'cjk' && cp >= 0x4e00);

  it('keeps text in the first font that covers it', () => {
    expect(splitRuns('Hold 15–20 s', ['latin', 'cjk'], covers, 'r1')).toEqual([{ font: 'latin', text: 'Hold 15–20 s' }]);
  });

  it('falls back per character and keeps spaces in the run before them', () => {
    expect(splitRuns('Back 背 pain', ['latin', 'cjk'], covers, 'r1')).toEqual([
      { font: 'latin', text: 'Back ' }, { font: 'cjk', text: '背 ' }, { font: 'latin', text: 'pain' },
    ]);
  });

  it('throws naming the record and the character when no font covers it', () => {
    expect(() => splitRuns('Back 背', ['latin'], covers, 'doc--record')).toThrow(UncoveredCharacterError);
    try {
      splitRuns('Back 背', ['latin'], covers, 'doc--record');
    } catch (error) {
      expect(error).toMatchObject({ record: 'doc--record', character: '背' });
      expect((error as Error).message).toContain('U+80CC');
    }
  });
});

describe('rendering a character no font has', () => {
  it('fails the build with the record and the character, never an empty box', async () => {
    const dataset = clone(real.dataset);
    const exercise = dataset.exercises.find((e) => e.id === 'back-exercises-after-childbirth--eagle')!;
    exercise.steps[0] = `${exercise.steps[0]} 腰`;
    const handout = buildHandout(dataset, real.config, 'postpartum');
    await expect(renderHandoutPdf(handout, 'a4')).rejects.toMatchObject({
      name: 'UncoveredCharacterError', record: 'back-exercises-after-childbirth--eagle', character: '腰',
    });
  });

  it('renders Latin, Greek and Cyrillic letters and typographic punctuation from Noto Sans', async () => {
    const dataset = clone(real.dataset);
    const exercise = dataset.exercises.find((e) => e.id === 'back-exercises-after-childbirth--eagle')!;
    exercise.steps[0] = 'Café – “quotes” ’ … ½ ° α Ж ğ ő ñ.';
    const bytes = await renderHandoutPdf(buildHandout(dataset, real.config, 'postpartum'), 'a4');
    expect(bytes.byteLength).toBeGreaterThan(1000);
  });
});

describe('placeUnit', () => {
  const base = { space: 300, capacity: 700, minimum: 60, atTop: false };
  it('keeps a unit that fits', () => expect(placeUnit({ ...base, height: 300 })).toBe('here'));
  it('moves a unit that fits on an empty page rather than split it', () => expect(placeUnit({ ...base, height: 301 })).toBe('next-page'));
  it('starts a unit taller than a page here when its head fits', () => expect(placeUnit({ ...base, height: 900 })).toBe('here'));
  it('moves a tall unit whose head does not fit', () => expect(placeUnit({ ...base, height: 900, space: 40 })).toBe('next-page'));
  it('never leaves a page empty', () => expect(placeUnit({ ...base, height: 900, space: 10, atTop: true })).toBe('here'));
  it('labels pages', () => expect(pageLabel(3, 8)).toBe('Page 3 of 8'));
});

describe('pairRows', () => {
  it('pairs consecutive short rows and leaves long ones alone', () => {
    expect(pairRows([1, 2, 30, 4, 5, 6], (n) => n < 10)).toEqual([[1, 2], [30], [4, 5], [6]]);
    expect(pairRows([], () => true)).toEqual([]);
  });
});

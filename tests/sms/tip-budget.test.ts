import { describe, expect, it } from 'vitest';
import { septetLength } from '../../src/sms/gsm7.js';
import { checkSegments, fitPieces, fitUnits } from '../../src/sms/tip-budget.js';
import { splitTip } from '../../src/sms/tip-parts.js';

const a = (n: number): string => 'a'.repeat(n);

describe('one-segment budget: 160 septets', () => {
  it('fits 159 and 160 septets, not 161', () => {
    for (const n of [159, 160]) {
      const fit = fitUnits([a(n)], 1);
      expect(fit.ok && fit.parts).toEqual([a(n)]);
      expect(fit.ok && fit.septets).toBe(n);
    }
    expect(fitUnits([a(161)], 1)).toMatchObject({ ok: false, reason: 'too-long', septets: 161 });
  });

  it('counts an extension character as two septets: 158 + € fits, 159 + € does not', () => {
    expect(fitUnits([`${a(158)}€`], 1)).toMatchObject({ ok: true, septets: 160 });
    expect(fitUnits([`${a(159)}€`], 1)).toMatchObject({ ok: false, reason: 'too-long', septets: 161 });
    expect(fitUnits([`${a(154)} [x]`], 1)).toMatchObject({ ok: true, septets: 160 });
    expect(fitUnits([`${a(155)} [x]`], 1)).toMatchObject({ ok: false, reason: 'too-long' });
  });

  it('normalises curly quotes, dashes, ellipses, no-break spaces and decomposed accents before counting', () => {
    const fit = fitUnits(['Don\u2019t \u201Cforce\u201D it \u2013 rest\u2026\u00A0then cafe\u0301.'], 1);
    expect(fit).toMatchObject({ ok: true, text: 'Don\'t "force" it - rest... then café.' });
  });

  it('rejects what still needs UCS-2, naming the character and its field', () => {
    expect(fitUnits(['Sit on a chaise longue, façade.'], 1, 0, ['steps/0'])).toMatchObject({
      ok: false, reason: 'ucs2', field: 'steps/0', char: { char: 'ç', codePoint: 'U+00E7' },
    });
    expect(fitUnits(['Breathe 🙂'], 1)).toMatchObject({ ok: false, reason: 'ucs2', char: { char: '🙂', codePoint: 'U+1F642' } });
    expect(fitUnits(['背部'], 3)).toMatchObject({ ok: false, reason: 'ucs2', char: { codePoint: 'U+80CC' } });
  });
});

describe('multi-part budget: (i/n) parts of 153 septets', () => {
  it('keeps a tip of up to 160 septets in one part, without a marker', () => {
    expect(fitUnits([a(160)], 2)).toMatchObject({ ok: true, parts: [a(160)] });
  });

  it('splits 161 septets into two numbered parts, each within 153', () => {
    const fit = fitUnits([`${a(100)} ${a(60)}`], 2);
    expect(fit.ok && fit.parts).toEqual([`(1/2) ${a(100)}`, `(2/2) ${a(60)}`]);
    if (fit.ok) for (const part of fit.parts) expect(septetLength(part)).toBeLessThanOrEqual(153);
  });

  it('never splits an escape pair at a part boundary', () => {
    // marker (6) + 145 + space = 152: the two septets of € would end at 154, so € opens part 2.
    const fit = fitUnits([`${a(145)} € ${a(20)}`], 2);
    expect(fit.ok && fit.parts).toEqual([`(1/2) ${a(145)}`, `(2/2) € ${a(20)}`]);
    // one septet less and it fits exactly at 153
    const exact = fitUnits([`${a(144)} € ${a(20)}`], 2);
    expect(exact.ok && exact.parts[0]).toBe(`(1/2) ${a(144)} €`);
    expect(exact.ok && septetLength(exact.parts[0] ?? '')).toBe(153);
  });

  it('breaks between sentences when they pack into as few parts', () => {
    const first = `${'Lean forward. '.repeat(6).trim()}`;
    const second = `${'Breathe out slowly. '.repeat(4).trim()}`;
    const parts = splitTip([first, second], 2);
    expect(parts).toEqual([`(1/2) ${first}`, `(2/2) ${second}`]);
  });

  it('refuses a tip that needs more parts than allowed', () => {
    expect(fitUnits([Array.from({ length: 40 }, () => 'abcdefg').join(' ')], 2)).toMatchObject({ ok: false, reason: 'too-long' });
    expect(fitUnits([Array.from({ length: 40 }, () => 'abcdefg').join(' ')], 3)).toMatchObject({ ok: true });
  });

  it('accepts 1 to 10 parts, 1 by default', () => {
    expect(checkSegments(undefined)).toBe(1);
    expect(checkSegments(3)).toBe(3);
    for (const bad of [0, -1, 1.5, 11, Number.NaN]) expect(() => checkSegments(bad)).toThrow(RangeError);
  });
});

describe('fitPieces', () => {
  const piece = (text: string, shorten = true) => ({ text, fields: ['steps/0'], shorten });

  it('shortens rule tier by rule tier only as far as needed', () => {
    const pieces = [piece('Name:', false), piece(`Hold ${a(100)} for 15 to 20 seconds, 1 to 2 times.`), piece('Stop if it hurts.', false)];
    const fit = fitPieces(pieces, 1, { painCue: true });
    expect(fit).toMatchObject({ ok: true, level: 0 });
    const longer = [piece('Name:', false), piece(`Hold ${a(108)} for 15 to 20 seconds, 1 to 2 times.`), piece('Stop if it hurts.', false)];
    const shortened = fitPieces(longer, 1, { painCue: true });
    expect(shortened).toMatchObject({ ok: true, text: `Name: Hold ${a(108)} for 15-20 sec, 1-2x. Stop if it hurts.` });
  });

  it('refuses a piece that does not end cleanly', () => {
    expect(fitPieces([piece('Lean forward and')], 1, { painCue: false })).toMatchObject({ ok: false, reason: 'unclean' });
  });
});

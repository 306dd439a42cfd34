// The composer's fast paths give what the general path gives: plain-text detection, the
// text-only normaliser, the septets of joined plain texts, and fitPieces against the plain
// level-by-level loop it was written from (every level tried, every string built).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { septetLength } from '../../src/sms/gsm7.js';
import { joinedPlainSeptets, plainSeptets } from '../../src/sms/plain-septets.js';
import { isSmsPlain, normalizeForSms, smsText } from '../../src/sms/sms-normalize.js';
import { fitPieces, fitUnits, type Breaks, type Fitted, type Piece, type Unfitted } from '../../src/sms/tip-budget.js';
import { MAX_TIER } from '../../src/sms/tip-shorten-rules.js';
import { isCleanSentence, shortenSentence, type ShortenContext } from '../../src/sms/tip-shorten.js';
import { firstNonGsm } from '../../src/sms/gsm7.js';
import { closingSteps, cutsClosing, cutsMovement, MOVEMENT_PAIRS } from '../../src/sms/movement-pairs.js';

const tricky = fc.constantFrom(
  'a', 'B', ' ', '  ', '.', ',', '(', ')', '8', '-', '\t', '\n', '\r\n', '\u00A0', '\u2019', '\u2026', '\u200B', 'e\u0301', '\u0301',
  '€', '[', '^', '`', 'ç', '🙂', '\u007F', '\u001B', '~', 'seconds', ' (as if floating)', ' (if comfortable)', 'Then ', '8 to 12', ' times',
);
const text = fc.oneof(fc.string(), fc.string({ unit: tricky, maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 20 }));

describe('isSmsPlain and smsText', () => {
  it('a plain text is exactly what normalizeForSms gives, with no replacement', () => {
    fc.assert(fc.property(text, (t) => {
      const general = normalizeForSms(t);
      if (isSmsPlain(t)) {
        expect(general.text).toBe(t);
        expect(general.replacements).toEqual([]);
      }
      expect(smsText(t)).toBe(general.text);
    }), { numRuns: 3000 });
  });

  it.each(['', ' a', 'a ', 'a  b', 'a\tb', 'caf\u00E9', 'a\u2019b', '\u007F'])('%j is not plain', (t) => {
    expect(isSmsPlain(t)).toBe(false);
  });

  it.each(['a', 'Hold 8-10 seconds.', 'a [b] {c} ~ ^ | \\ `'])('%j is plain', (t) => {
    expect(isSmsPlain(t)).toBe(true);
  });
});

describe('plainSeptets and joinedPlainSeptets', () => {
  it('count what fitUnits measures for the joined text', () => {
    fc.assert(fc.property(fc.array(text, { maxLength: 5 }), (texts) => {
      const fast = joinedPlainSeptets(texts);
      if (fast === undefined) return;
      expect(fast).toBe(septetLength(texts.map((t) => smsText(t)).filter((t) => t !== '').join(' ')));
      for (const t of texts) expect(plainSeptets(t)).toBe(septetLength(t));
    }), { numRuns: 3000 });
  });

  it('is undefined for backticks, emoji, non-plain spacing and no text', () => {
    expect(plainSeptets('a`b')).toBeUndefined();
    expect(plainSeptets('a 🙂')).toBeUndefined();
    expect(plainSeptets('a  b')).toBeUndefined();
    expect(joinedPlainSeptets([])).toBeUndefined();
    expect(joinedPlainSeptets(['ab', 'c['])).toBe(6);
    expect(joinedPlainSeptets(['ab', 'c€'])).toBeUndefined();
  });
});

/** fitPieces as it was before its fast paths: every level, every string built, normalised in full. */
function referenceFitPieces(pieces: readonly Piece[], segments: number, context: ShortenContext, breaks: Breaks): Fitted | Unfitted {
  const bad = pieces.flatMap((piece) => {
    const char = firstNonGsm(normalizeForSms(piece.text).text);
    return char ? [{ field: piece.fields[0] ?? '', char }] : [];
  });
  const first = bad[0];
  if (first) return { ok: false, reason: 'ucs2', field: first.field, char: first.char, pieces: bad };
  let last: Unfitted = { ok: false, reason: 'too-long', septets: Number.POSITIVE_INFINITY };
  const fields = [...new Set(pieces.flatMap((piece) => piece.fields))];
  for (let level = 0; level <= MAX_TIER; level += 1) {
    const texts = pieces.map((piece) => (piece.shorten ? shortenSentence(piece.text, level, context) : piece.text));
    const unclean = pieces.findIndex((piece, i) => piece.shorten && !isCleanSentence(texts[i] ?? ''));
    if (unclean !== -1) return { ok: false, reason: 'unclean', field: pieces[unclean]?.fields[0] ?? '' };
    const units: string[] = [];
    let pending = '';
    pieces.forEach((piece, i) => {
      const t = texts[i] ?? '';
      if (piece.glue === 'always' || (piece.glue === 'prefer' && breaks === 'sentence')) {
        pending = pending === '' ? t : `${pending} ${t}`;
        return;
      }
      units.push(pending === '' ? t : `${pending} ${t}`);
      pending = '';
    });
    if (pending !== '') units.push(pending);
    const fit = fitUnits(units, segments, level, fields, breaks);
    if (fit.ok || fit.reason === 'ucs2') return fit;
    last = fit;
  }
  return last;
}

const sentence = fc.oneof(
  fc.constantFrom(
    'Lie on your back.', 'Breathe out and lift your hips (as if floating).', 'Hold 8 to 12 seconds.', 'Repeat 10 times on each side.',
    'Then lower slowly (without pain).', 'Note: keep your neck long (neck is long).', 'Do not arch suddenly (if comfortable).',
    'Stop if it hurts.', 'Rest\u2026 then go on.', 'Keep the caf\u00E9 music low.', 'Sit on a fa\u00E7ade.', 'and', '', 'Tilt  the pelvis.',
  ),
  fc.string({ unit: tricky, maxLength: 40 }).map((t) => `${t}.`),
  fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'x'), minLength: 20, maxLength: 90 }).map((t) => `${t.trim() || 'a'}.`),
);
const piece: fc.Arbitrary<Piece> = fc.record({
  text: sentence,
  fields: fc.array(fc.constantFrom('name', 'steps/0', 'steps/1', 'dosage'), { maxLength: 2 }),
  shorten: fc.boolean(),
  glue: fc.constantFrom(undefined, 'always' as const, 'prefer' as const),
}).map((p) => (p.glue === undefined ? { text: p.text, fields: p.fields, shorten: p.shorten } : p));

describe('fitPieces', () => {
  it('gives what the plain level-by-level loop gives', () => {
    fc.assert(fc.property(
      fc.array(piece, { minLength: 1, maxLength: 7 }), fc.integer({ min: 1, max: 3 }), fc.boolean(), fc.constantFrom<Breaks>('sentence', 'piece', 'word'),
      (pieces, segments, painCue, breaks) => {
        expect(fitPieces(pieces, segments, { painCue }, breaks)).toEqual(referenceFitPieces(pieces, segments, { painCue }, breaks));
      },
    ), { numRuns: 3000 });
  });
});

/** closingSteps as it was: every later step tested again for each opening step. */
function referenceClosingSteps(steps: readonly string[]): Map<number, number> {
  const out = new Map<number, number>();
  steps.forEach((step, i) => {
    for (const pair of MOVEMENT_PAIRS) {
      if (!pair.opens.test(step) || pair.closes.test(step)) continue;
      const j = steps.findIndex((later, k) => k > i && pair.closes.test(later));
      if (j !== -1) out.set(i, Math.max(out.get(i) ?? j, j));
    }
  });
  return out;
}

describe('closingSteps and cutsClosing', () => {
  const step = fc.constantFrom(
    'Breathe in.', 'Breathe out and lower.', 'Lift your hips.', 'Do not lift.', 'Arch your back.', 'Round your back.', 'Return to start.',
    'Inhale and exhale.', 'Hold.', 'Raise your arm, then lower it.', 'Rest.',
  );
  it('give what testing every later step again gives, for every range', () => {
    fc.assert(fc.property(fc.array(step, { maxLength: 8 }), (steps) => {
      const closing = closingSteps(steps);
      expect([...closing]).toEqual([...referenceClosingSteps(steps)]);
      for (let from = 0; from <= steps.length; from += 1) {
        for (let end = from; end <= steps.length; end += 1) expect(cutsClosing(closing, from, end)).toBe(cutsMovement(steps, from, end));
      }
    }), { numRuns: 1000 });
  });
});

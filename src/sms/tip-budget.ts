/**
 * The budget of a tip: GSM-7, at most one 160-septet segment by default, or
 * up to N parts numbered "(i/n)" of at most 153 septets each; or, for a
 * record in another language than English whose words GSM-7 cannot carry,
 * UCS-2 with 70 and 67 UTF-16 units (see `sms-encoding.ts`). A
 * tip is built from pieces (the name, whole sentences, the safety cue), and
 * shortened rule tier by rule tier until it fits.
 *
 * @module
 */
import { firstNonGsm, septetLength, type NonGsmChar } from './gsm7.js';
import { joinedPlainSeptets, plainSeptets } from './plain-septets.js';
import { smsText } from './sms-normalize.js';
import { GSM7_SINGLE, type SmsEncoding } from './sms-segments.js';
import { encodingFor } from './sms-encoding.js';
import { splitTip } from './tip-parts.js';
import { MAX_TIER } from './tip-shorten-rules.js';
import { isCleanSentence, shortenSentence, type ShortenContext } from './tip-shorten.js';

/** One piece of a tip: a label or a whole sentence, with the record fields it came from. */
export interface Piece {
  text: string;
  /** Field paths of the record (`name`, `steps/0`…); empty for words the tip adds (the safety cue). */
  fields: string[];
  /** Whether the shortening rules may rewrite it (never the name or a fixed phrase). */
  shorten: boolean;
  /**
   * Keep it in the same part as the next piece: `always` (the sentence before
   * the safety cue, so no part is the cue alone), or `prefer` (a label such as
   * "Cat-cow:", which ends a part only when nothing else fits; see {@link Breaks}).
   */
  glue?: 'always' | 'prefer';
}

/**
 * Where the parts of a multi-part tip may break: `sentence`, between pieces
 * but never after a glued one (a label, a sentence kept with the safety cue);
 * `piece`, also after a label; `word`, also between words, as a last resort.
 */
export type Breaks = 'sentence' | 'piece' | 'word';

/** The ways parts may break, in the order a composer tries them; one segment never breaks. */
export function breakPasses(segments: number): Breaks[] {
  return segments === 1 ? ['word'] : ['sentence', 'piece', 'word'];
}

/** One piece of text that needs UCS-2. */
export interface Ucs2Piece {
  field: string;
  char: NonGsmChar;
}

/** A tip that fits its budget. */
export interface Fitted {
  ok: true;
  text: string;
  parts: string[];
  /** Septets (GSM-7) or UTF-16 units (UCS-2). */
  septets: number;
  encoding: SmsEncoding;
  /** The shortening level that made it fit (0: only the always-rules). */
  level: number;
  fields: string[];
}

/** Why a tip does not fit. */
export type Unfitted =
  | { ok: false; reason: 'too-long'; septets: number }
  /** `field` and `char` are the first piece at fault; `pieces` lists every one. */
  | { ok: false; reason: 'ucs2'; field: string; char: NonGsmChar; pieces: Ucs2Piece[] }
  /** A sentence of it does not end cleanly (a dangling "and", a comma, no end mark). */
  | { ok: false; reason: 'unclean'; field: string };

/** Reads the segment option: a whole number from 1 up. */
export function checkSegments(segments: number | undefined): number {
  const value = segments ?? 1;
  if (!Number.isInteger(value) || value < 1 || value > 10) {
    throw new RangeError(`SMS segments must be a whole number from 1 to 10, got ${String(segments)}`);
  }
  return value;
}

/**
 * Fits a finished tip given as units (sentences or list items, joined by
 * spaces): each normalised for SMS, then one message of at most 160 septets,
 * or (with `segments` above 1) up to `segments` numbered parts, broken between
 * units where possible (see `tip-parts.ts`), between words only when `breaks`
 * is `'word'`, never inside a word or an escape pair.
 */
export function fitUnits(units: readonly string[], segments: number, level = 0, fields: string[] = [], breaks: Breaks = 'word', ucs2 = false): Fitted | Unfitted {
  const normalized: string[] = [];
  for (const unit of units) {
    const text = smsText(unit);
    if (text !== '') normalized.push(text);
  }
  const text = normalized.join(' ');
  const encoding = encodingFor(text, ucs2);
  if (encoding === undefined) {
    const bad = firstNonGsm(text)!;
    return { ok: false, reason: 'ucs2', field: fields[0] ?? '', char: bad, pieces: [{ field: fields[0] ?? '', char: bad }] };
  }
  const septets = encoding.cost(text) ?? 0;
  if (text === '') return { ok: false, reason: 'too-long', septets: 0 };
  const parts = splitTip(normalized, segments, breaks === 'word', encoding);
  if (!parts) return { ok: false, reason: 'too-long', septets };
  return { ok: true, text, parts, septets, encoding: encoding.name, level, fields };
}

/** Field paths of the pieces, each once, in order. */
function fieldsOf(pieces: readonly Piece[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) for (const field of piece.fields) if (!out.includes(field)) out.push(field);
  return out;
}

/** The units a tip may break between: each piece, a glued piece joined to the next (a `prefer` one only in `sentence` mode). */
function unitsOf(pieces: readonly Piece[], texts: readonly string[], breaks: Breaks): string[] {
  const units: string[] = [];
  let pending = '';
  pieces.forEach((piece, i) => {
    const text = texts[i] ?? '';
    if (piece.glue === 'always' || (piece.glue === 'prefer' && breaks === 'sentence')) {
      pending = pending === '' ? text : `${pending} ${text}`;
      return;
    }
    units.push(pending === '' ? text : `${pending} ${text}`);
    pending = '';
  });
  if (pending !== '') units.push(pending);
  return units;
}

/**
 * Joins the pieces with spaces and shortens the shortenable ones, level by
 * level (see `tip-shorten-rules.ts`), until the tip fits.
 *
 * Every shortenable piece must read as a whole sentence (see
 * `isCleanSentence`): a tip never ends on a dangling "and" or a comma. The
 * parts of a multi-part tip break as `breaks` allows (see {@link Breaks};
 * default `'word'`, which still prefers breaks between pieces).
 *
 * @returns the fitted tip; or why not: the pieces that need UCS-2 (with their
 *   fields), a piece that does not end cleanly, or `too-long` with the
 *   septets of the shortest attempt.
 */
export function fitPieces(pieces: readonly Piece[], segments: number, context: ShortenContext, breaks: Breaks = 'word', ucs2 = false): Fitted | Unfitted {
  const bad = ucs2 ? [] : ucs2Pieces(pieces);
  const first = bad[0];
  if (first) return { ok: false, reason: 'ucs2', field: first.field, char: first.char, pieces: bad };
  let last: Unfitted = { ok: false, reason: 'too-long', septets: Number.POSITIVE_INFINITY };
  let previous: string[] | undefined;
  for (let level = 0; level <= MAX_TIER; level += 1) {
    const texts = pieces.map((piece) => (piece.shorten ? shortenSentence(piece.text, level, context) : piece.text));
    // The same texts as the level before, which did not fit: the same result again.
    if (previous && sameTexts(previous, texts)) continue;
    previous = texts;
    const unclean = pieces.findIndex((piece, i) => piece.shorten && !isCleanSentence(texts[i] ?? ''));
    if (unclean !== -1) return { ok: false, reason: 'unclean', field: pieces[unclean]?.fields[0] ?? '' };
    // Plain GSM-7 pieces over one segment: too long, as fitUnits would say, without building the text.
    const septets = segments === 1 ? joinedPlainSeptets(texts) : undefined;
    if (septets !== undefined && septets > GSM7_SINGLE) {
      last = { ok: false, reason: 'too-long', septets };
      continue;
    }
    const units = unitsOf(pieces, texts, breaks);
    const fit = fitUnits(units, segments, level, NO_FIELDS, breaks, ucs2);
    if (fit.ok) return { ...fit, fields: fieldsOf(pieces) };
    if (fit.reason === 'ucs2') return fitUnits(units, segments, level, fieldsOf(pieces), breaks, ucs2);
    last = fit;
  }
  return last;
}

/** Placeholder fields for {@link fitUnits} in {@link fitPieces}, which adds the real ones only to a tip that fits. */
const NO_FIELDS: string[] = [];

/** True when both lists hold the same strings in the same order. */
function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** The pieces whose text needs UCS-2 once normalised, with the first such character of each. */
function ucs2Pieces(pieces: readonly Piece[]): Ucs2Piece[] {
  const bad: Ucs2Piece[] = [];
  for (const piece of pieces) {
    if (plainSeptets(piece.text) !== undefined) continue;
    const char = firstNonGsm(smsText(piece.text));
    if (char) bad.push({ field: piece.fields[0] ?? '', char });
  }
  return bad;
}

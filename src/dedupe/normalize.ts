/**
 * Text normalisation for comparison: two texts that differ only in Unicode form, case, quote or
 * dash style, punctuation or spacing normalise to the same string.
 */

/** Single-quote and apostrophe look-alikes (folded to U+0027 before apostrophes are dropped). */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2035\u0060\u00B4\u02B9\u02BB\u02BC\u02BD\u02C8\uFF07]/g;
/** Double-quote look-alikes, guillemets and CJK corner brackets. */
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB\u2039\u203A\u300C-\u300F\u301D-\u301F\uFF02]/g;
/** Hyphens, dashes and minus signs of every kind. */
const DASHES = /[\p{Pd}\u2212\u2043\uFE63\uFF0D]/gu;
/** Invisible characters that would otherwise split or glue words: soft hyphen, zero-widths, BOM. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** An apostrophe inside a word (don't, women's): dropped so the word stays one token. */
const INNER_APOSTROPHE = /(?<=[\p{L}\p{N}])'(?=[\p{L}\p{N}])/gu;
/** A decimal point or comma between digits (1.5, 2,5): kept as a point so the number survives. */
const DECIMAL = /(?<=\p{N})[.,](?=\p{N})/gu;
/** Everything that is not a letter, a mark, a digit or the protected decimal point. */
const NON_WORD = /[^\p{L}\p{M}\p{N}\u0000]+/gu;

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Normalise text for duplicate comparison.
 *
 * Steps: Unicode NFC then NFKC (folds ligatures, full-width forms, superscripts); full case
 * folding (lower case, ß → ss, final sigma); every quote and dash variant unified (typographic
 * apostrophes inside words are dropped, so "it’s" and "it's" both become "its"); all other
 * punctuation and symbols become spaces (a decimal point between digits is kept, so "1.5" stays
 * one number); whitespace collapsed and trimmed.
 *
 * Idempotent: `normalizeForComparison(normalizeForComparison(t)) === normalizeForComparison(t)`.
 */
export function normalizeForComparison(text: string): string {
  if (ASCII.test(text)) return normalizeAscii(text);
  // Twice: NFKC can turn a caseless compatibility letter (ℌ) into a capital (H).
  let s = foldCase(foldCase(text.normalize('NFC').normalize('NFKC')).normalize('NFKC'));
  s = s.replace(INVISIBLE, '');
  s = s.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-');
  s = s.replace(INNER_APOSTROPHE, '');
  // \u0000 marks a protected decimal point; NUL cannot survive as text after this function.
  s = s.replace(/\u0000/g, ' ').replace(DECIMAL, '\u0000');
  s = s.replace(NON_WORD, ' ');
  return s.replace(/\s+/gu, ' ').trim().replace(/\u0000/g, '.');
}

/** Full case folding for comparison: lower case, ß → ss, final sigma → sigma. */
function foldCase(s: string): string {
  return s.toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ');
}

const isAlnum = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * The same steps for ASCII text (most units), in one pass: ASCII is in every normal form and
 * folds by lower-casing; of the quote and dash variants only the backtick and `-` occur. Words
 * are runs of letters and digits; an apostrophe (or backtick) between two of them is dropped, a
 * `.` or `,` between two digits is kept as `.`; everything else separates words.
 */
function normalizeAscii(text: string): string {
  const s = text.toLowerCase();
  let out = '';
  let word = '';
  for (let i = 0; i < s.length; i += 1) {
    const code = s.charCodeAt(i);
    if (isAlnum(code)) {
      word += s[i];
      continue;
    }
    const before = i > 0 ? s.charCodeAt(i - 1) : 0;
    const after = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
    if ((code === 39 || code === 96) && isAlnum(before) && isAlnum(after)) continue;
    if ((code === 46 || code === 44) && isDigit(before) && isDigit(after)) {
      word += '.';
      continue;
    }
    if (word !== '') {
      out = out === '' ? word : `${out} ${word}`;
      word = '';
    }
  }
  if (word !== '') out = out === '' ? word : `${out} ${word}`;
  return out;
}

/**
 * Sentence splitting: the sentence is the unit of evidence for language checks and safety rules.
 *
 * Rules, in order of precedence:
 * - A blank line (paragraph break) always ends a sentence; a single newline does not (markdown soft
 *   break).
 * - CJK terminators `。！？` (and the half-width `｡`) end a sentence right away, no space needed, after
 *   any closing quotes/brackets that follow them.
 * - `.`, `!`, `?` and `…` (runs such as `?!` or `...` count as one) end a sentence when followed by
 *   optional closing quotes/brackets and then whitespace or a CJK character — except after a `.` that
 *   closes a known abbreviation (`e.g.`, `Dr.`, …), a dotted acronym (`U.S.`), a bare number
 *   (`Exercise 1. Pelvic tilt`, `1. Improve posture`), or when the next word starts in lower case.
 * - `;` and `:` never end a sentence. `1.5` never splits (no whitespace after the dot).
 */

/** One sentence: trimmed text and its UTF-16 offsets in the input (`input.slice(start, end) === text`). */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Lower-cased abbreviations (without the final dot) after which a `.` never ends a sentence. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'e.g', 'i.e', 'cf', 'vs', 'approx', 'ca', 'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'fig', 'figs',
  'vol', 'pp', 'jr', 'sr', 'inc', 'ltd', 'dept', 'esp', 'incl', 'resp', 'ref', 'z.b', 'd.h',
  'bzw', 'ggf', 'sra', 'dra', 'p.ej', 'pág', 'núm', 'env', 'т.е', 'рис', 'стр',
]);
// `etc.`, `min.` and similar are deliberately absent: they often end a sentence, and mid-sentence
// uses are caught by the lower-case rule ("etc. and more" does not split).

// Character classes, tested one UTF-16 code unit at a time: a table for ASCII, the regular
// expressions for the rest (same answers, without a regular expression call per character).
const CLOSERS = /["'”’»)\]}」』）】〕〉》]/u;
const CJK_TERMINATOR = /[。！？｡]/u;
const CJK_CHAR = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
const LOWER_START = /\p{Ll}/u;
const WHITESPACE = /\s/u;

const SPACE = 1;
const CLOSER = 2;
const LATIN_END = 4;
const LOWER = 8;
const ASCII = new Uint8Array(128);
for (let code = 0; code < 128; code += 1) {
  const ch = String.fromCharCode(code);
  ASCII[code] = (WHITESPACE.test(ch) ? SPACE : 0) | (CLOSERS.test(ch) ? CLOSER : 0) | (/[.!?]/.test(ch) ? LATIN_END : 0) | (LOWER_START.test(ch) ? LOWER : 0);
}

const isSpace = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  return code < 128 ? (ASCII[code]! & SPACE) !== 0 : WHITESPACE.test(text[i]!);
};
const isCloser = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  return code < 128 ? (ASCII[code]! & CLOSER) !== 0 : CLOSERS.test(text[i]!);
};
const isLatinTerminator = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  return code < 128 ? (ASCII[code]! & LATIN_END) !== 0 : code === 0x2026;
};
const isCjkTerminator = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  return code >= 0x3000 && CJK_TERMINATOR.test(text[i]!);
};
const isLower = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  return code < 128 ? (ASCII[code]! & LOWER) !== 0 : LOWER_START.test(text[i]!);
};

/** Texts already split (the checks ask for the same paragraphs again and again); bounded. */
const cache = new Map<string, readonly Sentence[]>();
const CACHE_LIMIT = 20_000;

/**
 * Split `text` into sentences. Whitespace-only stretches produce no sentence; every returned
 * sentence is trimmed and non-empty, and offsets index into `text` (UTF-16).
 */
export function splitSentences(text: string): readonly Sentence[] {
  let sentences = cache.get(text);
  if (sentences === undefined) {
    sentences = Object.freeze(split(text).map((sentence) => Object.freeze(sentence)));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, sentences);
  }
  return sentences;
}

function split(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let segmentStart = 0;
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) === 10) {
      const after = paragraphBreakEnd(text, i);
      if (after !== undefined) {
        pushTrimmed(text, segmentStart, i, sentences);
        segmentStart = after;
        i = after;
        continue;
      }
    } else if (isCjkTerminator(text, i)) {
      const end = skipClosers(text, skipRun(text, i + 1, isCjkTerminator));
      pushTrimmed(text, segmentStart, end, sentences);
      segmentStart = end;
      i = end;
      continue;
    } else if (isLatinTerminator(text, i)) {
      const runEnd = skipRun(text, i + 1, isLatinTerminator);
      const end = skipClosers(text, runEnd);
      if (isLatinBoundary(text, i, runEnd, end)) {
        pushTrimmed(text, segmentStart, end, sentences);
        segmentStart = end;
        i = end;
        continue;
      }
      i = runEnd;
      continue;
    }
    i += 1;
  }
  pushTrimmed(text, segmentStart, text.length, sentences);
  return sentences;
}

/** If a newline at `i` starts a blank line (newline, optional spaces, newline), index after it. */
function paragraphBreakEnd(text: string, i: number): number | undefined {
  let j = i + 1;
  let newlines = 1;
  while (j < text.length && isSpace(text, j)) {
    if (text.charCodeAt(j) === 10) newlines += 1;
    j += 1;
  }
  return newlines >= 2 ? j : undefined;
}

function skipRun(text: string, from: number, test: (text: string, i: number) => boolean): number {
  let j = from;
  while (j < text.length && test(text, j)) j += 1;
  return j;
}

function skipClosers(text: string, from: number): number {
  return skipRun(text, from, isCloser);
}

/**
 * Decide whether the terminator run `text[at, runEnd)` (closers up to `end`) ends a sentence.
 */
function isLatinBoundary(text: string, at: number, runEnd: number, end: number): boolean {
  if (end >= text.length) return true;
  if (characterTests.isCjk(text, end)) return true;
  if (!isSpace(text, end)) return false;
  const run = text.slice(at, runEnd);
  if (!/^[.…]+$/u.test(run)) return true;
  if (run === '.') {
    const word = wordBefore(text, at);
    if (/^\d+$/u.test(word)) return false;
    const lower = word.toLowerCase().replace(/^[("'“‘«[]+/u, '');
    if (ABBREVIATIONS.has(lower)) return false;
    if (/^(?:\p{L}\.)+\p{L}$/u.test(lower)) return false;
  }
  const next = firstNonSpace(text, end);
  return next === text.length || !isLower(text, next);
}

/** The whitespace-delimited token immediately before index `at` (exclusive). */
function wordBefore(text: string, at: number): string {
  let j = at;
  while (j > 0 && !isSpace(text, j - 1)) j -= 1;
  return text.slice(j, at);
}

/** Index of the first non-space character at or after `from` (the length when none). */
function firstNonSpace(text: string, from: number): number {
  let j = from;
  while (j < text.length && isSpace(text, j)) j += 1;
  return j;
}

function pushTrimmed(text: string, start: number, end: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text, s)) s += 1;
  while (e > s && isSpace(text, e - 1)) e -= 1;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}

/** The character tests, for the test that they agree with the regular expressions everywhere. */
export const characterTests = { isSpace, isCloser, isLatinTerminator, isCjkTerminator, isLower, isCjk: (text: string, i: number): boolean => text.charCodeAt(i) >= 0x1100 && CJK_CHAR.test(text[i]!) };

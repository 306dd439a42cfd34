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

const CLOSERS = /["'”’»)\]}」』）】〕〉》]/u;
const CJK_TERMINATOR = /[。！？｡]/u;
const LATIN_TERMINATOR = /[.!?…]/u;
const CJK_CHAR = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
const LOWER_START = /\p{Ll}/u;
const WHITESPACE = /\s/u;

/**
 * Split `text` into sentences. Whitespace-only stretches produce no sentence; every returned
 * sentence is trimmed and non-empty, and offsets index into `text` (UTF-16).
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let segmentStart = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '\n') {
      const after = paragraphBreakEnd(text, i);
      if (after !== undefined) {
        pushTrimmed(text, segmentStart, i, sentences);
        segmentStart = after;
        i = after;
        continue;
      }
    } else if (CJK_TERMINATOR.test(ch)) {
      const end = skipClosers(text, skipRun(text, i + 1, CJK_TERMINATOR));
      pushTrimmed(text, segmentStart, end, sentences);
      segmentStart = end;
      i = end;
      continue;
    } else if (LATIN_TERMINATOR.test(ch)) {
      const runEnd = skipRun(text, i + 1, LATIN_TERMINATOR);
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
  while (j < text.length && WHITESPACE.test(text[j] as string)) {
    if (text[j] === '\n') newlines += 1;
    j += 1;
  }
  return newlines >= 2 ? j : undefined;
}

function skipRun(text: string, from: number, pattern: RegExp): number {
  let j = from;
  while (j < text.length && pattern.test(text[j] as string)) j += 1;
  return j;
}

function skipClosers(text: string, from: number): number {
  return skipRun(text, from, CLOSERS);
}

/**
 * Decide whether the terminator run `text[at, runEnd)` (closers up to `end`) ends a sentence.
 */
function isLatinBoundary(text: string, at: number, runEnd: number, end: number): boolean {
  if (end >= text.length) return true;
  const next = text[end] as string;
  if (CJK_CHAR.test(next)) return true;
  if (!WHITESPACE.test(next)) return false;
  const run = text.slice(at, runEnd);
  if (!/^[.…]+$/u.test(run)) return true;
  if (run === '.') {
    const word = wordBefore(text, at);
    if (/^\d+$/u.test(word)) return false;
    const lower = word.toLowerCase().replace(/^[("'“‘«[]+/u, '');
    if (ABBREVIATIONS.has(lower)) return false;
    if (/^(?:\p{L}\.)+\p{L}$/u.test(lower)) return false;
  }
  const nextWord = firstNonSpace(text, end);
  return nextWord === undefined || !LOWER_START.test(nextWord);
}

/** The whitespace-delimited token immediately before index `at` (exclusive). */
function wordBefore(text: string, at: number): string {
  let j = at;
  while (j > 0 && !WHITESPACE.test(text[j - 1] as string)) j -= 1;
  return text.slice(j, at);
}

function firstNonSpace(text: string, from: number): string | undefined {
  let j = from;
  while (j < text.length && WHITESPACE.test(text[j] as string)) j += 1;
  return j < text.length ? text[j] : undefined;
}

function pushTrimmed(text: string, start: number, end: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && WHITESPACE.test(text[s] as string)) s += 1;
  while (e > s && WHITESPACE.test(text[e - 1] as string)) e -= 1;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}

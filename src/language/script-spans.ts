/**
 * Script-based detection: maximal runs of letters in a script the declared language does not use.
 *
 * A run continues across neutral characters (spaces, digits, punctuation) and across a word of
 * the declared script fused into it without spaces (`肩blade骨` stays one span: it is a foreign
 * sentence with a leftover word; CJK gaps never fuse, as CJK writes no spaces anyway). Han, kana, Bopomofo and Hangul form one group, so a Japanese
 * sentence is one span. A finished span takes in touching punctuation of its own script (`。`,
 * `「`), never surrounding spaces.
 */
import { attachesTo, CJK_SCRIPTS, scriptGroup, scriptOf } from './scripts.js';
import type { ForeignSpan } from './types.js';

/** Longest declared-script word (in code points) that may be fused inside a foreign run. */
const MAX_FUSED_LETTERS = 12;

/** Latin tokens tolerated in non-Latin documents: acronyms, units, single letters (list markers). */
const TOLERATED_LATIN = /^(?:[A-Z][A-Z0-9]{1,5}|[A-Za-z]|cm|mm|kg|mg|ml|km|min|kcal|bpm)$/u;

/** Greek runs this short in a non-Greek document are symbols (β-blocker, μg), not text. */
const MAX_GREEK_SYMBOL_LETTERS = 2;

interface Run {
  start: number;
  end: number;
  group: string;
  counts: Map<string, number>;
}

/**
 * Find runs of characters whose script is not in `expectedScripts`, e.g. Han or Cyrillic in an
 * English sentence, or Latin in a Russian one. Returned spans are sorted and do not overlap.
 */
export function findScriptSpans(text: string, expectedScripts: readonly string[]): ForeignSpan[] {
  const expected = new Set(expectedScripts);
  const spans: ForeignSpan[] = [];
  let run: Run | undefined;
  let gapNative = 0;
  let gapHasSpace = false;
  let gapHasCjk = false;
  const close = (): void => {
    if (run === undefined) return;
    const span = finish(text, run, spans.at(-1)?.end ?? 0, expected);
    if (span !== undefined) spans.push(span);
    run = undefined;
  };
  for (let i = 0; i < text.length; ) {
    const char = charAt(text, i);
    const next = i + char.length;
    const script = scriptOf(char);
    if (script === undefined) {
      if (/\s/u.test(char)) gapHasSpace = true;
    } else if (expected.has(script)) {
      gapNative += 1;
      if (CJK_SCRIPTS.has(script)) gapHasCjk = true;
    } else {
      const group = scriptGroup(script);
      const fused =
        gapNative === 0 || (!gapHasSpace && !gapHasCjk && gapNative <= MAX_FUSED_LETTERS);
      if (run !== undefined && run.group === group && fused) {
        run.end = next;
      } else {
        close();
        run = { start: i, end: next, group, counts: new Map() };
      }
      run.counts.set(script, (run.counts.get(script) ?? 0) + 1);
      gapNative = 0;
      gapHasSpace = false;
      gapHasCjk = false;
    }
    i = next;
  }
  close();
  return spans;
}

/** Widen a run over touching punctuation of its scripts, name it, and drop tolerated runs. */
function finish(
  text: string,
  run: Run,
  floor: number,
  expected: ReadonlySet<string>,
): ForeignSpan | undefined {
  const scripts = [...run.counts.keys()];
  const attaches = (char: string): boolean => scripts.some((s) => attachesTo(char, s));
  let start = run.start;
  let end = run.end;
  while (start > floor) {
    const char = charBefore(text, start);
    if (!attaches(char)) break;
    start -= char.length;
  }
  while (end < text.length) {
    const char = charAt(text, end);
    if (!attaches(char)) break;
    end += char.length;
  }
  const detected = dominantScript(run.counts);
  const spanText = text.slice(start, end);
  const letters = [...run.counts.values()].reduce((a, b) => a + b, 0);
  if (detected === 'Latin' && !expected.has('Latin') && TOLERATED_LATIN.test(spanText)) {
    return undefined;
  }
  if (detected === 'Greek' && letters <= MAX_GREEK_SYMBOL_LETTERS) return undefined;
  return { start, end, text: spanText, detected, method: 'script' };
}

/**
 * The script to report: kana marks Japanese and Hangul marks Korean even when Han characters
 * outnumber them; otherwise the most frequent script wins.
 */
function dominantScript(counts: ReadonlyMap<string, number>): string {
  if (counts.has('Hangul')) return 'Hangul';
  const hiragana = counts.get('Hiragana') ?? 0;
  const katakana = counts.get('Katakana') ?? 0;
  if (hiragana + katakana > 0) return hiragana >= katakana ? 'Hiragana' : 'Katakana';
  let best = '';
  let bestCount = -1;
  for (const [script, count] of counts) {
    if (count > bestCount) {
      best = script;
      bestCount = count;
    }
  }
  return best;
}

/** The code point starting at UTF-16 index `i` (one or two code units; lone surrogates alone). */
function charAt(text: string, i: number): string {
  const code = text.codePointAt(i) ?? 0;
  return code > 0xffff ? text.slice(i, i + 2) : text.slice(i, i + 1);
}

/** The code point ending just before UTF-16 index `i`. */
function charBefore(text: string, i: number): string {
  const low = text.charCodeAt(i - 1);
  const high = text.charCodeAt(i - 2);
  const isPair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return isPair ? text.slice(i - 2, i) : text.slice(i - 1, i);
}

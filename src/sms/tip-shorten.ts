/**
 * Applies the shortening rules of `tip-shorten-rules.ts` to one sentence at a
 * time, and checks that a sentence ends cleanly: never on a cut word, a comma
 * or a dangling "and", "or", "with".
 *
 * @module
 */
import { SHORTEN_RULES } from './tip-shorten-rules.js';

/** What the sentence's tip holds, which some rules depend on. */
export interface ShortenContext {
  /** The tip ends with the pain safety cue ("Stop if it hurts."). */
  painCue: boolean;
}

/** The most entries a cache of this module keeps before it starts again (bounded memory on any corpus). */
const CACHE_LIMIT = 50_000;

/** Words a sentence must not end on: they promise more words. */
const DANGLING: ReadonlySet<string> = new Set([
  'and', 'or', 'with', 'but', 'nor', 'of', 'the', 'a', 'an', 'if', 'than', 'your', 'without', 'because',
]);

/** Collapses spaces and removes the stray punctuation a dropped clause leaves. */
export function tidy(text: string): string {
  return text
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:!?)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/[,;:]+\s*([.!?])/g, '$1')
    .replace(/,\s*,/g, ',')
    .trim();
}

/** True when brackets open and close in pairs. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/**
 * True when `sentence` reads as a whole sentence: after its last letter or
 * digit come only closing quotes or brackets and `.`, `!` or `?` (no comma,
 * dash or colon), its last word is not one that
 * promises more ("and", "or", "with"…), and no comma, colon or empty bracket is
 * left hanging.
 */
export function isCleanSentence(sentence: string): boolean {
  // Pure, and asked for the same shortened sentences at every candidate of a tip: cached.
  const hit = clean.get(sentence);
  if (hit !== undefined) return hit;
  const out = isCleanUncached(sentence);
  if (clean.size >= CACHE_LIMIT) clean.clear();
  clean.set(sentence, out);
  return out;
}

const clean = new Map<string, boolean>();

function isCleanUncached(sentence: string): boolean {
  const text = sentence.trim();
  const tail = /[^\p{L}\p{N}]*$/u.exec(text)?.[0] ?? '';
  if (!/^["')]*[.!?]+["')]*$/.test(tail) || tail.length === text.length) return false;
  if (/[,;:]\s*[.!?]["')]*$/.test(text) || /\(\s*\)/.test(text) || /\s[,.;:!?]/.test(text) || /,\s*,/.test(text)) return false;
  if (!balanced(text)) return false;
  const last = /([\p{L}']+)[^\p{L}']*$/u.exec(text);
  return !(last && DANGLING.has((last[1] ?? '').toLowerCase()));
}

/**
 * Ends a piece of text as a sentence: a trailing comma, semicolon or colon
 * becomes a full stop, and a full stop is added when there is no end mark.
 */
export function endSentence(text: string): string {
  const trimmed = text.trim().replace(/[\s,;:]+$/, '');
  if (trimmed === '') return '';
  return /[.!?]["')]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * Shortens one sentence with every rule up to `level` (tier 0 always; see
 * {@link SHORTEN_RULES}), in table order. A rewrite that would leave the
 * sentence unclean (see {@link isCleanSentence}) is undone, so the result is
 * the input with whole clauses dropped or words abbreviated, nothing else. A
 * sentence that is not clean to begin with is returned as it is.
 */
const shortened = new Map<string, Array<string | undefined>>();

export function shortenSentence(sentence: string, level: number, context: ShortenContext): string {
  // Pure, and asked again and again for the same sentence while tips are composed: cached, by
  // the sentence itself (a string's hash is kept with it) and a slot per level and context.
  let slots = shortened.get(sentence);
  if (slots === undefined) {
    if (shortened.size >= CACHE_LIMIT) shortened.clear();
    slots = [];
    shortened.set(sentence, slots);
  }
  const slot = level * 2 + (context.painCue ? 1 : 0);
  let out = slots[slot];
  if (out === undefined) {
    out = shortenUncached(sentence, level, context);
    slots[slot] = out;
  }
  return out;
}

function shortenUncached(sentence: string, level: number, context: ShortenContext): string {
  let out = sentence;
  for (const rule of SHORTEN_RULES) {
    if (rule.tier > level || (rule.needsPainCue === true && !context.painCue)) continue;
    const next = tidy(rule.apply(out));
    if (next !== out && isCleanSentence(next)) out = next;
  }
  return out;
}

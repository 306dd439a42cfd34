/**
 * Content tokens of a normalised text: stop words removed, negations folded to one token,
 * numbers (digits, number words, ordinals) folded to digits, every other word lightly stemmed.
 */
import { lightStem } from './stem.js';
import { isStopWord } from './stop-words.js';

/** Token that every negation (no, not, never, without, don't…) becomes. */
export const NEGATION_TOKEN = 'not';

const NEGATIONS: ReadonlySet<string> = new Set([
  'no', 'not', 'nor', 'never', 'neither', 'without', 'cannot', 'cant', 'dont', 'doesnt', 'didnt',
  'isnt', 'arent', 'wasnt', 'werent', 'wont', 'shouldnt', 'couldnt', 'wouldnt', 'havent',
  'hasnt', 'hadnt', 'mustnt',
]);

/**
 * Number and ordinal words that become digits, so "five times" meets "5 times" and "second
 * trimester" differs from "third trimester". "one" is left to the stop words (it is mostly a
 * pronoun); "second" (singular only) is read as the ordinal, "seconds" stays the unit.
 */
const NUMBER_WORDS: Readonly<Record<string, string>> = {
  two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  ten: '10', eleven: '11', twelve: '12', fifteen: '15', twenty: '20', thirty: '30',
  forty: '40', fifty: '50', sixty: '60', hundred: '100',
  first: '1', second: '2', third: '3', fourth: '4', fifth: '5', sixth: '6', seventh: '7',
  eighth: '8', ninth: '9', tenth: '10', half: '0.5', twice: '2',
};

const NUMBER = /^\d+(?:\.\d+)?$/u;
const ORDINAL = /^(\d+)(?:st|nd|rd|th)$/u;

/** Whether a content token is a number. */
export function isNumberToken(token: string): boolean {
  return NUMBER.test(token);
}

/** Digits without leading zeros or a trailing decimal zero: 05 → 5, 1.50 → 1.5, 2.0 → 2. */
function canonicalNumber(digits: string): string {
  let s = digits.replace(/^0+(?=\d)/u, '');
  if (s.includes('.')) s = s.replace(/0+$/u, '').replace(/\.$/u, '');
  return s;
}

/** Map one normalised word to its content token, or `undefined` for a stop word. */
function contentToken(word: string): string | undefined {
  if (NEGATIONS.has(word)) return NEGATION_TOKEN;
  if (isStopWord(word)) return undefined;
  const asNumber = NUMBER_WORDS[word];
  if (asNumber !== undefined) return asNumber;
  if (NUMBER.test(word)) return canonicalNumber(word);
  const ordinal = ORDINAL.exec(word);
  if (ordinal?.[1] !== undefined) return canonicalNumber(ordinal[1]);
  return lightStem(word);
}

/**
 * A memo of {@link contentToken} by word, for one dedupe run (its size is bounded by the run's
 * vocabulary and it is dropped with the run). Words repeat across texts, so most are mapped once.
 */
export class TokenMemo {
  /** Word → its content token, or null for a stop word. */
  private readonly tokens = new Map<string, string | null>();

  contentToken(word: string): string | undefined {
    let token = this.tokens.get(word);
    if (token === undefined) {
      token = contentToken(word) ?? null;
      this.tokens.set(word, token);
    }
    return token ?? undefined;
  }
}

const DIRECT = { contentToken } as const;

/**
 * Content tokens of an already normalised text (see `normalizeForComparison`), in reading
 * order, repeats kept. `memo` only saves work: the tokens are the same with or without it.
 */
export function contentTokens(normalized: string, memo: Pick<TokenMemo, 'contentToken'> = DIRECT): string[] {
  const out: string[] = [];
  for (const word of normalized.split(' ')) {
    if (word === '') continue;
    const token = memo.contentToken(word);
    if (token !== undefined && token !== '') out.push(token);
  }
  return out;
}

/**
 * Every word of an already normalised text as a token, stop words included (negations, numbers
 * and stems folded as in {@link contentTokens}). Used for headings, whose wording is mostly
 * function words ("How to know if the exercise is done correctly").
 */
export function allWordTokens(normalized: string, memo: Pick<TokenMemo, 'contentToken'> = DIRECT): string[] {
  const out: string[] = [];
  for (const word of normalized.split(' ')) {
    if (word === '') continue;
    out.push(memo.contentToken(word) ?? lightStem(word));
  }
  return out;
}

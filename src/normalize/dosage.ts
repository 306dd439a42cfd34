// Dosage as the source states it: "8–12 times, 1–2 sets" → repetitions 8–12, sets 1–2;
// "15–20 seconds per side" → holdSeconds 15–20 per side; "1-2 minutes" → durationSeconds 60–120.
// En dashes, hyphens and "to" all mean a range.
import type { Dosage, Range } from '../model/types.js';

type Quantities = Omit<Dosage, 'text'>;

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, once: 1, twice: 2,
};
const NUM = String.raw`(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)`;
const RANGE = String.raw`${NUM}(?:\s*(?:-|–|—|to)\s*${NUM})?`;
const UNIT = String.raw`(times?|reps?|repetitions?|rounds?|sets?|breathing cycles?|breath(?:ing)? cycles?|breaths|cycles?|seconds?|secs?|s|minutes?|mins?)`;
const QUANTITY = new RegExp(String.raw`(?<![\w.])(?:about |around |up to )?${RANGE}\s*${UNIT}(?![\w])`, 'giu');
/** Sets by repetitions: "3 sets of 10", "2 x 10", "2×8-12". */
const SETS_OF = new RegExp(String.raw`(?<![\w.])${RANGE}\s*(?:sets?\s+of|[x×])\s*${RANGE}(?:\s*(?:times|reps?|repetitions))?(?![\w])`, 'giu');
/** "repeat 5 times", "repeat it 5 times": repetitions, whatever came before. */
const REPEAT = new RegExp(String.raw`\brepeat(?:\s+(?:it|this|the\s+(?:movement|exercise)))?\s+${RANGE}\s*(?:times?|reps?|repetitions?)\b`, 'iu');
/** How often: "2 times a day", "twice a week", "3-4 times per week", "once daily". */
const FREQUENCY = new RegExp(String.raw`(?<![\w.])(?:(once|twice)|${RANGE}\s*times?)\s*(?:(?:a|per|each)\s+(day|week)|(daily|weekly))\b`, 'giu');
const PER_SIDE = /\b(?:per|each|on each|on both|for each)\s+(?:side|leg|arm|direction|way)s?\b/i;
const HOLD = /\bhold|\bper side\b|\beach side\b|\bstretch/i;

function toNumber(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const lower = word.toLowerCase();
  return lower in NUMBER_WORDS ? NUMBER_WORDS[lower] : Number(lower);
}

function range(min: number, max: number, scale = 1): Range {
  const [a, b] = min <= max ? [min, max] : [max, min];
  return { min: a * scale, max: b * scale };
}

/**
 * Every quantity pattern needs a digit or a number word (NUM, or FREQUENCY's once/twice); a
 * text with neither states no quantity. Looser than the patterns (no word boundaries), so it
 * only ever lets more texts through to them.
 */
const MAY_STATE_A_NUMBER = /\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|once|twice/iu; // same flags as the patterns: ſ matches s

/** Reads the quantities in a dosage text; returns undefined when it states none. */
export function parseDosage(text: string): Quantities | undefined {
  if (!MAY_STATE_A_NUMBER.test(text)) return undefined;
  return parseQuantities(text);
}

/** The general path of {@link parseDosage} (exported for the test that they agree). */
export function parseQuantities(text: string): Quantities | undefined {
  const out: Quantities = {};
  const hold = HOLD.test(text);
  let rest = text;
  for (const match of text.matchAll(FREQUENCY)) {
    const min = toNumber(match[1] ?? match[2]);
    const max = toNumber(match[3]) ?? min;
    if (min === undefined || max === undefined || Number.isNaN(min) || Number.isNaN(max)) continue;
    const period = (match[4] ?? match[5] ?? '').toLowerCase();
    if (/^da/.test(period)) out.timesPerDay ??= range(min, max);
    else out.timesPerWeek ??= range(min, max);
    rest = rest.slice(0, match.index) + ' '.repeat(match[0].length) + rest.slice(match.index! + match[0].length);
  }
  for (const match of rest.matchAll(SETS_OF)) {
    const sets = [toNumber(match[1]), toNumber(match[2]) ?? toNumber(match[1])];
    const reps = [toNumber(match[3]), toNumber(match[4]) ?? toNumber(match[3])];
    if (sets.some((n) => n === undefined || Number.isNaN(n)) || reps.some((n) => n === undefined || Number.isNaN(n))) continue;
    out.sets ??= range(sets[0]!, sets[1]!);
    out.repetitions ??= range(reps[0]!, reps[1]!);
    rest = rest.slice(0, match.index) + ' '.repeat(match[0].length) + rest.slice(match.index! + match[0].length);
  }
  const repeat = REPEAT.exec(rest);
  if (repeat) {
    const min = toNumber(repeat[1]);
    const max = toNumber(repeat[2]) ?? min;
    if (min !== undefined && max !== undefined && !Number.isNaN(min) && !Number.isNaN(max)) {
      out.repetitions ??= range(min, max);
      rest = rest.slice(0, repeat.index) + ' '.repeat(repeat[0].length) + rest.slice(repeat.index + repeat[0].length);
    }
  }
  for (const match of rest.matchAll(QUANTITY)) {
    const min = toNumber(match[1]);
    const max = toNumber(match[2]) ?? min;
    const unit = (match[3] ?? '').toLowerCase();
    if (min === undefined || max === undefined || Number.isNaN(min) || Number.isNaN(max)) continue;
    if (/^(?:times?|reps?|repetitions?|rounds?)$/.test(unit)) {
      // A second "N times" after the main quantity is the number of sets: "5 rounds, 1–2 times".
      if (out.repetitions || out.holdSeconds || out.durationSeconds || out.breathCycles) out.sets ??= range(min, max);
      else out.repetitions = range(min, max);
    } else if (/^sets?$/.test(unit)) {
      out.sets ??= range(min, max);
    } else if (/cycle|breath/.test(unit)) {
      out.breathCycles ??= range(min, max);
    } else if (/^(?:seconds?|secs?|s)$/.test(unit)) {
      if (hold) out.holdSeconds ??= range(min, max);
      else out.durationSeconds ??= range(min, max);
    } else if (/^min/.test(unit)) {
      out.durationSeconds ??= range(min, max, 60);
    }
  }
  if (PER_SIDE.test(text) && Object.keys(out).length > 0) out.perSide = true;
  return Object.keys(out).length > 0 ? ordered(out) : undefined;
}

const KEY_ORDER: ReadonlyArray<keyof Quantities> = [
  'repetitions', 'sets', 'holdSeconds', 'durationSeconds', 'breathCycles', 'perSide', 'timesPerDay', 'timesPerWeek',
];

/** The same quantities with keys in one fixed order, so the JSON is stable. */
function ordered<T extends Quantities>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (value[key] !== undefined) out[key] = value[key];
  return out as T;
}

const DOSAGE_LEAD = /^(?:do|repeat|hold|keep|stay|continue|perform|remain|make|this exercise|the exercise|it)\b|\blasts?\b/i;

/** A sentence that only says how much or how long ("Do it 5-6 times on each side."). */
export function isDosageSentence(sentence: string): boolean {
  return sentence.length < 120 && DOSAGE_LEAD.test(sentence.trim()) && parseDosage(sentence) !== undefined;
}

/** Merges quantities read from several sentences; the first statement of a quantity wins. */
export function mergeDosage(parts: ReadonlyArray<{ text: string }>): Dosage | undefined {
  if (parts.length === 0) return undefined;
  const text = parts.map((part) => part.text.trim()).join(' ');
  const merged: Quantities = {};
  for (const part of parts) {
    const quantities = parseDosage(part.text) ?? {};
    for (const [key, value] of Object.entries(quantities) as Array<[keyof Quantities, Quantities[keyof Quantities]]>) {
      if (merged[key] === undefined) Object.assign(merged, { [key]: value });
    }
  }
  return { text, ...ordered(merged) };
}

// Dosage as the source states it: "8–12 times, 1–2 sets" → repetitions 8–12, sets 1–2;
// "15–20 seconds per side" → holdSeconds 15–20 per side; "1-2 minutes" → durationSeconds 60–120.
// En dashes, hyphens and "to" all mean a range.
import type { Dosage, Range } from '../model/types.js';

type Quantities = Omit<Dosage, 'text'>;

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, once: 1, twice: 2,
  'a dozen': 12, 'half a dozen': 6, dozen: 12,
};
const NUM = String.raw`(\d+(?:\.\d+)?|half a dozen|a dozen|dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty)`;
const RANGE = String.raw`${NUM}(?:\s*(?:-|–|—|to|or)\s*${NUM})?`;
/** Movements counted by name: "8 slow slides", "10 shoulder rolls" are repetitions. */
const MOVES = 'slides|rocks|rolls|presses|raises|reaches|bends|curls|twists|sways|swings|kicks|marches|shrugs|nods|bridges|squats|lunges|tucks|hugs|dips|pumps|taps|turns|press-ups|push-ups|sit-ups';
const MOVE_UNIT = new RegExp(`^(?:${MOVES})$`);
const UNIT = String.raw`(times?|reps?|repetitions?|rounds?|circles?|rotations?|lifts?|squeezes?|pulses?|tilts?|${MOVES}|sets?|breathing cycles?|breath(?:ing)? cycles?|breaths|cycles?|seconds?|secs?|(?<=\d\s?)s|minutes?|mins?)`;
const QUANTITY = new RegExp(String.raw`(?<![\w.])(?:about |around |up to )?${RANGE}\s*(?:(?:slow|deep|full|long|calm|gentle|big|small|easy|steady|relaxed|more|further)\s+)?${UNIT}(?![\w])`, 'giu');
/** Sets by repetitions: "3 sets of 10", "2 x 10", "2×8-12", and translated "2 series of 15". */
const SETS_OF = new RegExp(String.raw`(?<![\w.])${RANGE}\s*(?:sets?\s+of|series\s+of|[x×])\s*${RANGE}(?:\s*(?:times|reps?|repetitions))?(?![\w])`, 'giu');
/** A rest between sets or holds: "Rest: 30s", "rest for 10 seconds". */
const REST_LABEL = new RegExp(String.raw`\brest(?:ing)?\s*(?:[:=–-]\s*|for\s+)?${RANGE}\s*(?:s|secs?|seconds?|mins?|minutes?)\b`, 'giu');
/** "for about a minute": one minute, said without a number. */
const A_MINUTE = /\bfor (?:about |around |roughly |at least |a good )?(?:a|one) (?:full |whole )?minute\b/i;
/** Two times of day named together: "morning and night", "each morning and evening". */
const TWICE_DAILY = /\b(?:morning|am) and (?:night|evening|pm|bedtime)\b|\b(?:night|evening) and morning\b|\ba couple of times (?:a|per|each) day\b/i;
/** "Repeat twice on each leg": once or twice as a count, not a frequency. */
const REPEAT_WORD = /\brepeat\b[^.;:!?\d]{0,30}?\b(once|twice)\b(?!\s*(?:a|per|each|every)\s+(?:day|week|morning|evening))/iu;
/** "repeat 5 times", "repeat with the right arm 10 times": repetitions, whatever came before. */
const REPEAT = new RegExp(String.raw`\brepeat\b(?:[^.;:!?\d]{0,40}?\s)?${RANGE}\s*(?:times?|reps?|repetitions?)\b`, 'iu');
/** "Reps: 10", "Repetitions - 8-12", "Sets: 2": a labelled bare number. */
const LABELLED = new RegExp(String.raw`\b(reps?|repetitions?|repeats?|sets?|how many)\s*[:=–-]\s*${RANGE}(?=\s*(?:[,.;)|]|$)|\s*\n|\s+(?:each|per|on|with|for|a|twice|once)\b|\s+(?:reps?|sets?|hold|rest|times|tip|note|how|position|tempo|breathe)\b)`, 'giu');
/** "Times per day: 2", "Times a week - 3": a labelled frequency. */
const FREQUENCY_LABEL = new RegExp(String.raw`\btimes (?:per|a|each) (day|week)\s*[:=–-]\s*${RANGE}\b`, 'iu');
/** "Start with 5 and build up to 10", "work up to 10 long holds": a count to grow into. */
const BUILD_UP = new RegExp(String.raw`\b(?:(?:start|begin)(?:ing)? (?:with|at) ${RANGE}\b[^.;!?]{0,30}?\b)?(?:build|work|increase|go|progress)(?:ing)? up to ${RANGE}(?!\d|\.\d|\s*(?:%|cm|kg|seconds?|secs?|minutes?|mins?|hours?|days?|weeks?|months?|times? (?:a|per|each) (?:day|week)|x\b))`, 'iu');
/** "6 each side", "10 rocks each way", "10 backwards, then 10 forwards": a count with no unit. */
const EACH = new RegExp(String.raw`(?<![\w.])${RANGE}\s+(?:(?!seconds|secs|minutes|mins|breaths|weeks|days|hours)\p{L}+s\s+)?(?:(?:(?:with|on|in|to|for) )?(?:each|per|on each|in each|on both|to each|for each)\s+(?:sides?|ways?|directions?|legs?|arms?)\b|(?:on|with|for) (?:this|that|the opposite|one|the first) (?:side|leg|arm)\b|(?:on|with|for) (?:the |your )?(?:right|left|other)(?: (?:side|leg|arm))?\b|(?:backwards?|forwards?|clockwise|anti-?clockwise|counter-?clockwise|one (?:way|direction))\b)`, 'iu');
/** "Do 5 of these", "Do 12, rest, then do 12 more", "aim for 8": a count after a dosing verb. */
const DO_COUNT = new RegExp(String.raw`\b(?:do|aim for|complete|perform|try)\s+(?:about\s+|around\s+)?${RANGE}(?!\s*(?:%|cm|mm|kg|weeks?|days?|months?|hours?|times?|reps?|repetitions?|sets?|seconds?|secs?|minutes?|mins?|breaths?|x\b|×)|\d|\.\d|\s*[–—-]\s*\d)(\s+more)?`, 'giu');
/** "Three of those is plenty", "8 of these", "five slow ones": a count of the movement. */
const OF_THESE = new RegExp(String.raw`(?<![\w.])${RANGE}\s+(?:of\s+(?:those|these|them)|(?:(?:slow|good|big|small|gentle|more|easy|deep|steady|controlled)\s+)?ones)\b`, 'iu');
const MORE = new RegExp(String.raw`\b(?:then (?:do|complete|repeat|perform)\s+|rest,?\s+(?:then\s+)?(?:do\s+)?)${NUM}\s+more\b`, 'iu');
/** "Rest, then do a second set": one set more than the first. */
const NTH_SET = /\b(?:do|then|repeat|add|with) (?:a|one more|another) (second|third) (?:set|round)\b/i;
/** "x10", "10x", "×8": repetitions. */
const TIMES_SIGN = /(?<![\w.])(?:[x×]\s?(\d{1,3})|(\d{1,3})\s?[x×])(?!\w|\.\d)/iu;
/** "for a count of five", "count to 5", "for 5 counts": a hold counted in seconds. */
const COUNT = new RegExp(String.raw`\bcount(?:ing)?\s+(?:of|to)\s+${RANGE}\b|(?<![\w.])${RANGE}\s*counts?\b`, 'iu');
/** How often: "2 times a day", "twice a week", "3-4 times per week", "once daily". */
const FREQUENCY = new RegExp(String.raw`(?<![\w.])(?:(once|twice)|${RANGE}\s*times?)\s*(?:(?:a|per|each)\s+(day|week)|(daily|weekly))\b(?!\s*[:=])`, 'giu');
const PER_SIDE = /\b(?:per|each|every|on each|on every|on both|for each|to each|to every|in each|in every)\s+(?:sides?|legs?|arms?|feet|foot|hands?)\b|\bboth sides\b|\b(?:with|on|to|using|do) the (?:other|opposite) (?:side|leg|arm|foot|hand)\b|\b(?:repeat|do the same)\b[^.;]{0,12}?\b(?:with|on|using) (?:the |your )?(?:right|left)(?: (?:side|leg|arm|foot|hand))?\b|\b(?:switch|change|swap|alternate) (?:sides|legs|arms)\b|\b(?:do|did) the (?:other|opposite|left|right) (?:side|leg|arm)\b|\b(?:with|on|for) each (?:knee|hip|shoulder|ankle|elbow|wrist)\b|\b(?:turn|roll) over\b[^.]{0,40}\b(?:repeat|do the same)\b/i;
/** "10 reps in total": a count over both sides, not per side. */
const IN_TOTAL = /\bin total\b|\baltogether\b|\bin all\b/i;
const PER_DIRECTION = /\b(?:per|each|in each|in both|for each|both)\s+(?:directions?|ways?)\b|\b(?:then|and) (?:the )?(?:other|opposite) (?:direction|way)\b/i;
const HOLD = /\bhold|\b(?:squeeze|tighten|contract|clench|brace)\b[^.;]{0,40}?\bfor\s+(?:about\s+|around\s+|up to\s+|a count of\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)|\bheld\b|\b(?:stay|remain|linger|freeze|keep still)\b[^.;]{0,30}?\bfor\s+(?:about\s+|around\s+)?\d|\b(?:stay|remain)\s+(?:for\s+)?(?:about\s+)?\d|\bper side\b|\beach side\b|\bstretch|\bpause\b|\b(?:stay|remain|rest|pause) (?:there|here|in (?:this|that|the) (?:position|pose))\b/i;

function toNumber(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const lower = word.toLowerCase();
  const key = lower.replace(/\s+/g, ' ');
  return key in NUMBER_WORDS ? NUMBER_WORDS[key] : Number(key);
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
const MAY_STATE_A_NUMBER = /\d|dozen|a (?:full |whole )?minute|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|once|twice/iu; // same flags as the patterns: ſ matches s

/** Reads the quantities in a dosage text; returns undefined when it states none. */
export function parseDosage(text: string): Quantities | undefined {
  if (!MAY_STATE_A_NUMBER.test(text)) return undefined;
  return parseQuantities(inEnglishUnits(text));
}

/**
 * Machine translation often leaves the units of a dosage in the source language ("Realiza 10
 * repeticiones", "Mantén 15 segundos cada lado"): the commonest are read as their English
 * words. Only the units: a number must still stand before them.
 */
const FOREIGN_UNITS: ReadonlyArray<[RegExp, string]> = [
  [/(?<=\d\s{0,3})(?:repeticiones|ripetizioni|répétitions|repetições|wiederholungen|herhalingen|powtórzeń|повторений|повторения|повтора)(?!\p{L})/giu, 'repetitions'],
  [/(?<=\d\s{0,3})(?:veces|volte|fois|vezes|mal)(?!\p{L})/giu, 'times'],
  [/(?<=\d\s{0,3})(?:segundos|secondi|secondes|sekunden|seconden|sekund|секунд[ы]?)(?!\p{L})/giu, 'seconds'],
  [/(?<=\d\s{0,3})(?:minutos|minuti|minuten|minut|минут[ы]?)(?!\p{L})/giu, 'minutes'],
  [/(?<=\d\s{0,3})(?:series|serie|séries|serien|sätze|подхода|подходов)(?!\p{L})(?!\s+of\b)/giu, 'sets'],
  [/(?<!\p{L})(?:cada lado|por lado|per lato|de chaque côté|par côté|pro seite|je seite|на каждую сторону|в каждую сторону)(?!\p{L})/giu, 'each side'],
];

function inEnglishUnits(text: string): string {
  let out = text;
  for (const [pattern, english] of FOREIGN_UNITS) out = out.replace(pattern, english);
  return out;
}

/** The general path of {@link parseDosage} (exported for the test that they agree). */
export function parseQuantities(text: string): Quantities | undefined {
  const out: Quantities = {};
  const hold = HOLD.test(text);
  // "Rest: 30s", "rest 10 seconds between sets": a pause, not a field.
  let rest = text.replace(REST_LABEL, (pause) => ' '.repeat(pause.length));
  for (const match of text.matchAll(FREQUENCY)) {
    const min = toNumber(match[1] ?? match[2]);
    const max = toNumber(match[3]) ?? min;
    if (min === undefined || max === undefined || Number.isNaN(min) || Number.isNaN(max)) continue;
    const period = (match[4] ?? match[5] ?? '').toLowerCase();
    if (/^da/.test(period)) out.timesPerDay ??= range(min, max);
    else out.timesPerWeek ??= range(min, max);
    rest = rest.slice(0, match.index) + ' '.repeat(match[0].length) + rest.slice(match.index! + match[0].length);
  }
  // "for about a minute", "for a full minute": one minute.
  if (!out.durationSeconds && A_MINUTE.test(rest)) out.durationSeconds = range(60, 60);
  // "morning and night", "every morning and evening": twice a day.
  if (!out.timesPerDay && TWICE_DAILY.test(rest)) out.timesPerDay = range(2, 2);
  const word = REPEAT_WORD.exec(rest);
  if (word) {
    const n = toNumber(word[1])!;
    out.repetitions ??= range(n, n);
    rest = rest.slice(0, word.index) + ' '.repeat(word[0].length) + rest.slice(word.index + word[0].length);
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
  for (const match of rest.matchAll(LABELLED)) {
    const min = toNumber(match[2]);
    const max = toNumber(match[3]) ?? min;
    if (min === undefined || max === undefined || Number.isNaN(min) || Number.isNaN(max)) continue;
    if (/^set/i.test(match[1]!)) out.sets ??= range(min, max);
    else out.repetitions ??= range(min, max);
    rest = rest.slice(0, match.index) + ' '.repeat(match[0].length) + rest.slice(match.index! + match[0].length);
  }
  const labelledFrequency = FREQUENCY_LABEL.exec(rest);
  if (labelledFrequency) {
    const min = toNumber(labelledFrequency[2]);
    const max = toNumber(labelledFrequency[3]) ?? min;
    if (min !== undefined && max !== undefined && !Number.isNaN(min) && !Number.isNaN(max)) {
      if (/^day/i.test(labelledFrequency[1]!)) out.timesPerDay ??= range(min, max);
      else out.timesPerWeek ??= range(min, max);
      rest = rest.slice(0, labelledFrequency.index) + ' '.repeat(labelledFrequency[0].length) + rest.slice(labelledFrequency.index + labelledFrequency[0].length);
    }
  }
  const sign = TIMES_SIGN.exec(rest);
  if (sign) {
    const n = Number(sign[1] ?? sign[2]);
    out.repetitions ??= range(n, n);
    rest = rest.slice(0, sign.index) + ' '.repeat(sign[0].length) + rest.slice(sign.index + sign[0].length);
  }
  const count = COUNT.exec(rest);
  if (count) {
    const min = toNumber(count[1] ?? count[3]);
    const max = toNumber(count[2] ?? count[4]) ?? min;
    if (min !== undefined && max !== undefined && !Number.isNaN(min) && !Number.isNaN(max)) {
      // "Inhale for 3–4 counts" paces a breath; it is not how long the exercise lasts.
      if (!/\b(?:inhale|exhale|breathe)/i.test(text) || hold) out.holdSeconds ??= range(min, max);
      rest = rest.slice(0, count.index) + ' '.repeat(count[0].length) + rest.slice(count.index + count[0].length);
    }
  }
  for (const match of rest.matchAll(QUANTITY)) {
    const min = toNumber(match[1]);
    const max = toNumber(match[2]) ?? min;
    const unit = (match[3] ?? '').toLowerCase();
    if (min === undefined || max === undefined || Number.isNaN(min) || Number.isNaN(max)) continue;
    if (/^(?:times?|reps?|repetitions?|rounds?|circles?|rotations?|lifts?|squeezes?|pulses?|tilts?)$/.test(unit) || MOVE_UNIT.test(unit)) {
      // A second "N times" after the main quantity is the number of sets: "5 rounds, 1–2 times".
      // A hold or a duration done N times is N repetitions of it ("hold 5 seconds, 10 times").
      // "10 times, then circle 10 times to the left" is the same count again, the other way.
      const again = out.repetitions && out.repetitions.min === min && out.repetitions.max === max;
      if ((out.repetitions || out.breathCycles) && !again) out.sets ??= range(min, max);
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
  if (out.repetitions === undefined) {
    const counts = [...rest.matchAll(DO_COUNT)];
    const first = counts[0];
    const min = toNumber(first?.[1]);
    const max = toNumber(first?.[2]) ?? min;
    if (min !== undefined && max !== undefined && !Number.isNaN(min) && !Number.isNaN(max)) {
      out.repetitions = range(min, max);
      // "…then do 12 more": the same count again is a second set.
      if (counts.length > 1 && counts.slice(1).every((m) => m[3])) out.sets ??= range(counts.length, counts.length);
    }
  }
  if (out.repetitions === undefined) {
    // "Start with 5 and build up to 10": from the first count to the second.
    const build = BUILD_UP.exec(rest);
    const top = toNumber(build?.[4] ?? build?.[3]);
    const from = toNumber(build?.[1]);
    if (top !== undefined && !Number.isNaN(top)) out.repetitions = from !== undefined && !Number.isNaN(from) ? range(from, top) : range(top, top);
  }
  if (out.repetitions === undefined) {
    // "Three of those is plenty", "10 of these": a count of the movement itself.
    const of = OF_THESE.exec(rest);
    const min = toNumber(of?.[1]);
    const max = toNumber(of?.[2]) ?? min;
    if (min !== undefined && max !== undefined && !Number.isNaN(min) && !Number.isNaN(max)) out.repetitions = range(min, max);
  }
  if (out.repetitions === undefined) {
    const each = EACH.exec(rest);
    const min = toNumber(each?.[1]);
    const max = toNumber(each?.[2]) ?? min;
    if (min !== undefined && max !== undefined && !Number.isNaN(min) && !Number.isNaN(max)) out.repetitions = range(min, max);
  }
  // "complete 6 repetitions, rest, then complete 6 more": the same count again is a second set.
  const more = MORE.exec(text);
  if (more && out.repetitions && out.sets === undefined && toNumber(more[1]) === out.repetitions.max) out.sets = range(2, 2);
  const nth = NTH_SET.exec(text);
  if (nth && out.repetitions && out.sets === undefined) out.sets = nth[1]!.toLowerCase() === 'second' ? range(2, 2) : range(3, 3);
  if (Object.keys(out).length > 0) {
    if (PER_DIRECTION.test(text)) out.perDirection = true;
    else if (PER_SIDE.test(text) && !IN_TOTAL.test(text)) out.perSide = true;
  }
  return Object.keys(out).length > 0 ? ordered(out) : undefined;
}

const KEY_ORDER: ReadonlyArray<keyof Quantities> = [
  'repetitions', 'sets', 'holdSeconds', 'durationSeconds', 'breathCycles', 'perSide', 'perDirection', 'timesPerDay', 'timesPerWeek',
];

/** The same quantities with keys in one fixed order, so the JSON is stable. */
function ordered<T extends Quantities>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (value[key] !== undefined) out[key] = value[key];
  return out as T;
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

const SIDES = /\b(?:left|right|other (?:side|leg|arm|foot|hand)|opposite (?:side|leg|arm)|(?:each|one|both) (?:legs?|arms?|feet|foot|hands?))\b/i;

/** A movement done both ways: forwards and backwards, clockwise and anticlockwise. */
function bothWays(text: string): boolean {
  return (/\bforwards?\b/i.test(text) && /\bbackwards?\b/i.test(text))
    || (/(?<![-\w])clockwise\b/i.test(text) && /\b(?:anti|counter)-?clockwise\b/i.test(text));
}

/**
 * Per side or per direction, read from the whole exercise: "Repeat with the other arm" in a step
 * makes the count per side; "each side" of a movement done forwards and backwards (with no left,
 * right or other limb) is per direction.
 */
export function sidesOf(dosage: Dosage | undefined, texts: readonly string[]): Dosage | undefined {
  if (!dosage || Object.keys(dosage).length === 1) return dosage;
  const all = texts.join(' ');
  let { perSide, perDirection } = dosage;
  if (perSide && bothWays(all) && !SIDES.test(all)) {
    perSide = undefined;
    perDirection = true;
  }
  if (!perSide && !perDirection) {
    if (PER_DIRECTION.test(all)) perDirection = true;
    else if (PER_SIDE.test(all) && !IN_TOTAL.test(dosage.text)) perSide = true;
  }
  const { text, perSide: _side, perDirection: _direction, ...quantities } = dosage;
  return { text, ...ordered({ ...quantities, ...(perSide ? { perSide } : {}), ...(perDirection ? { perDirection } : {}) }) };
}

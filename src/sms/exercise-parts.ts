/**
 * The parts of an exercise a tip is built from, in the record's own words:
 * the starting position, the step sentences and which of them is the core
 * movement, the dosage and the cautions.
 *
 * @module
 */
import type { Dosage, Exercise, Range } from '../model/types.js';
import { normalizeForSms } from './sms-normalize.js';
import { upperFirst } from './tip-shorten-rules.js';
import { endSentence } from './tip-shorten.js';
import { lostSentences, tipSentences, type TipSentence } from './tip-sentences.js';
import { isInstruction, refersElsewhere } from './standalone.js';

/** First words of a starting position written as a fragment ("sitting on a chair: …", "on all fours, …"). */
const POSITION_FRAGMENT = /^(?:sitting|seated|standing|lying|kneeling|on|in|with|at|facing|from)\b/i;

/** Sentences that describe, prepare or refer back rather than move: never the core movement. */
const NOT_CORE = [
  /^(?:the|a|an|your|my|his|her|its|it|this|that|these|those|there|they|he|she|both)\b/i,
  /^take an? (?:calm |deep |slow )?breath\b/i,
  /^(?:repeat|do the same|return|continue|switch|change)\b/i,
];

/** Words of movement; the core movement has one among its first words. Setting-up verbs (sit, place, put) are not here. */
const MOVEMENT = new Set([
  'lift', 'raise', 'lower', 'bend', 'bending', 'tilt', 'tuck', 'move', 'round', 'arch', 'stretch', 'lean', 'twist',
  'turn', 'rotate', 'pull', 'pulling', 'push', 'slide', 'roll', 'circle', 'circles', 'extend', 'press', 'shift',
  'swing', 'rock', 'squeeze', 'inhale', 'exhale', 'breathe', 'curl', 'reach', 'bring', 'sway', 'walk', 'elongate',
  'lengthen', 'shrug', 'march', 'squat',
]);

/** How many words from the start of a sentence are searched for a movement word. */
const MOVEMENT_WINDOW = 5;

/** True when the sentence moves: a movement word among its first words, and it neither describes nor refers back. */
export function isMovement(sentence: string): boolean {
  const text = sentence.replace(/^(?:And then|Then|Now),?\s+/i, '');
  if (NOT_CORE.some((pattern) => pattern.test(text))) return false;
  const words = text.toLowerCase().split(/[^a-z]+/).filter((word) => word !== '');
  return words.slice(0, MOVEMENT_WINDOW).some((word) => MOVEMENT.has(word));
}

/** An exercise taken apart for tips; every text is normalised for SMS. */
export interface ExerciseParts {
  name: string;
  /** The record's language (BCP 47). */
  language: string;
  /** Starting position sentences, as the record writes them. */
  start: TipSentence[];
  /** Every step sentence, in order. */
  steps: TipSentence[];
  /** Index in `steps` of the core movement: the first step that is an instruction to move; -1 when none is. */
  core: number;
  /** Dosage sentences, the first phrased as an instruction ("Do 8-12 times…"). */
  dosage: TipSentence[];
  cautions: TipSentence[];
  /**
   * The dosage in a few words, from the record's numbers ("Hold 8-10
   * seconds."): tried only when the dosage as written does not fit.
   */
  shortDosage?: TipSentence[];
  /**
   * The cautions with each sentence that only says "not after week N"
   * replaced by a compact form of `avoidAfterWeek`, longest form first
   * ("Not after week 34 of pregnancy.", "Not after week 34."): tried only when
   * the cautions as written do not fit. Every form says the week.
   */
  shortCautions: TipSentence[][];
}

/** Words a week caution may hold besides the week and the exercise's name: it says nothing else. */
const WEEK_CAUTION_WORDS: ReadonlySet<string> = new Set([
  'note', 'nb', 'important', 'this', 'that', 'the', 'a', 'an', 'exercise', 'exercises', 'pose', 'position', 'movement',
  'should', 'must', 'can', 'not', 'no', 'never', 'be', 'is', 'are', 'done', 'do', 'does', 'doing', 'performed', 'perform',
  'practised', 'practiced', 'practise', 'practice', 'it', 'you', 'your', 'after', 'from', 'past', 'beyond', 'over', 'until',
  'week', 'weeks', 'of', 'pregnancy', 'gestation', 'avoid', 'avoided', 'stop', 'longer', 'recommended', 'don', 't', 'and', 'or',
]);

/** A sentence that forbids: without one of these words it is not a caution. */
const FORBIDS = /\b(?:not|no|never|avoid(?:ed)?|stop|don't)\b/i;

/**
 * True when the caution sentence says only that the exercise is not for after
 * week `week`: it forbids, names the week, and every other word is the
 * exercise's name, a number or a word of {@link WEEK_CAUTION_WORDS}. Only such
 * a sentence may be replaced by a compact form: no other warning is lost.
 */
export function isWeekOnlyCaution(sentence: string, week: number, name: string): boolean {
  if (!FORBIDS.test(sentence) || !new RegExp(`(?<!\\d)${week}(?!\\d)`).test(sentence)) return false;
  const nameWords = new Set(name.toLowerCase().split(/[^a-z0-9]+/));
  return sentence.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== '')
    .every((word) => WEEK_CAUTION_WORDS.has(word) || nameWords.has(word) || /^\d+(?:st|nd|rd|th)?$/.test(word));
}

/** The compact forms of a week caution, longest first. */
export function weekCautions(week: number): string[] {
  return [`Not after week ${week} of pregnancy.`, `Not after week ${week}.`];
}

/** "8-10", or "5" when min equals max. */
function range(r: Range, unit = 1): string {
  const min = r.min / unit;
  const max = r.max / unit;
  return min === max ? `${min}` : `${min}-${max}`;
}

/** "1 set", "1-2 sets". */
function count(r: Range, one: string, many: string, unit = 1): string {
  return `${range(r, unit)} ${r.max / unit === 1 ? one : many}`;
}

/**
 * The dosage from its numbers, as an instruction: "Hold 8-10 seconds.", "Do
 * 5 times each side, 1-2 sets.", "Do this for 1-2 minutes.". Undefined when
 * the record gives no number to say what to do.
 */
export function dosageFromNumbers(dosage: Dosage | undefined): string | undefined {
  if (!dosage) return undefined;
  const side = dosage.perSide ? ' each side' : '';
  const duration = dosage.durationSeconds;
  let head: string;
  if (dosage.holdSeconds) head = `Hold ${count(dosage.holdSeconds, 'second', 'seconds')}${side}`;
  else if (duration) {
    head = duration.min % 60 === 0 && duration.max % 60 === 0
      ? `Do this for ${count(duration, 'minute', 'minutes', 60)}${side}`
      : `Do this for ${count(duration, 'second', 'seconds')}${side}`;
  } else if (dosage.breathCycles) head = `Do ${count(dosage.breathCycles, 'breathing cycle', 'breathing cycles')}`;
  else if (dosage.repetitions) head = `Do ${count(dosage.repetitions, 'time', 'times')}${side}`;
  else return undefined;
  const more = [
    dosage.sets ? count(dosage.sets, 'set', 'sets') : undefined,
    dosage.timesPerDay ? `${count(dosage.timesPerDay, 'time', 'times')} a day` : undefined,
    dosage.timesPerWeek ? `${count(dosage.timesPerWeek, 'time', 'times')} a week` : undefined,
  ].filter((part): part is string => part !== undefined);
  return `${[head, ...more].join(', ')}.`;
}

/** The rules of the unresolved error and warning flags on a field, for a reason: " (supine, breath-hold)". */
function flagRules(exercise: Exercise, field: (name: string) => boolean): string {
  const rules = [...new Set(exercise.flags
    .filter((flag) => !flag.resolution && flag.severity !== 'info' && (flag.field === undefined || field(flag.field)))
    .map((flag) => flag.rule))];
  return rules.length > 0 ? ` (${rules.join(', ')})` : '';
}

/**
 * Rules about the body position the whole exercise is done in. Dropping the
 * one sentence they point at would still send the exercise, done the same way.
 */
export const POSITION_RULES: ReadonlySet<string> = new Set(['supine', 'prone', 'inversion']);

/** The position flag that blocks the whole exercise: a position rule, or a flag the checks raised from the position itself. */
function positionFlag(exercise: Exercise): string | undefined {
  return exercise.flags.find((flag) => !flag.resolution && flag.severity !== 'info'
    && (POSITION_RULES.has(flag.rule) || flag.message.includes('(the exercise is done ')))?.rule;
}

/** Why an exercise cannot be tipped safely, before any text is composed. */
export function blockingReason(exercise: Exercise): string | undefined {
  const position = positionFlag(exercise);
  if (position) return `its body position is flagged (${position}) for its stages, so no part of it is sent`;
  if (lostSentences(exercise, 'name', exercise.name)) return `its name is flagged${flagRules(exercise, (f) => f === 'name')}`;
  if (lostSentences(exercise, 'startingPosition', exercise.startingPosition)) {
    return `its starting position is flagged${flagRules(exercise, (f) => f === 'startingPosition')}, so no part of it is safe to send on its own`;
  }
  if (exercise.cautions.some((caution, i) => lostSentences(exercise, `cautions/${i}`, caution))) {
    return `a caution is flagged${flagRules(exercise, (f) => f.startsWith('cautions/'))}; the exercise is not sent without its cautions`;
  }
  const elsewhere = exercise.cautions.find((caution) => refersElsewhere(caution));
  if (elsewhere) return `a caution points at a picture or page ("${elsewhere}"), and a caution is never sent cut`;
  const week = exercise.avoidAfterWeek;
  if (week !== undefined && !exercise.cautions.some((caution) => caution.includes(String(week)))) {
    return `it is to be avoided after week ${week} but no caution sentence says so`;
  }
  return undefined;
}

/**
 * Index of the core movement: the first step sentence that is an instruction
 * (see `standalone.ts`) and moves (see {@link isMovement}), else the first
 * instruction that does not describe or refer back; -1 when no step is an
 * instruction, and the exercise then gets no tip: a heading such as "Pulling
 * and bending on all fours" does not tell a reader what to do.
 */
export function coreIndex(steps: readonly TipSentence[], language = 'en'): number {
  // The tagger and the movement words are English: in another language the first step is the core.
  if (!/^en\b/i.test(language)) return steps.length > 0 ? 0 : -1;
  const instructions = steps.map((step) => isInstruction(step.text, MOVEMENT));
  const moving = steps.findIndex((step, i) => instructions[i] && isMovement(step.text));
  if (moving !== -1) return moving;
  return steps.findIndex((step, i) => instructions[i] && !NOT_CORE.some((pattern) => pattern.test(step.text)));
}

/** "sitting on a chair: feet on the floor." → "Start sitting on a chair, feet on the floor." */
export function formatStart(sentences: readonly TipSentence[], asFragment: boolean): TipSentence[] {
  return sentences.map((sentence, i) => {
    const text = endSentence(sentence.text);
    if (i > 0) return { ...sentence, text: upperFirst(text) };
    const fragment = POSITION_FRAGMENT.test(text) && /^\p{Ll}/u.test(text);
    const body = fragment ? text.replace(/:\s+/, ', ') : text;
    return { ...sentence, text: fragment && !asFragment ? `Start ${body}` : upperFirst(body) };
  });
}

/** The dosage as an instruction: "8-12 times, 1-2 sets." → "Do 8-12 times, 1-2 sets." */
export function formatDosage(exercise: Exercise, sentences: readonly TipSentence[]): TipSentence[] {
  return sentences.map((sentence, i) => {
    const text = endSentence(sentence.text);
    if (i > 0 || !/^\d/.test(text)) return { ...sentence, text: upperFirst(text) };
    const dosage = exercise.dosage;
    const verb = dosage?.durationSeconds ? 'Do this for' : dosage?.holdSeconds ? 'Hold' : 'Do';
    return { ...sentence, text: `${verb} ${text}` };
  });
}

/** The starting position's sentences, less any that points at a picture. */
export function startSentences(exercise: Exercise): TipSentence[] {
  return tipSentences(exercise, 'startingPosition', exercise.startingPosition).filter((s) => !refersElsewhere(s.text));
}

/** Takes an exercise apart; undefined when its name is empty after normalisation. */
export function exerciseParts(exercise: Exercise): ExerciseParts | undefined {
  const name = normalizeForSms(exercise.name).text.replace(/[\s.:;,]+$/, '');
  if (name === '') return undefined;
  // A step that points at a picture is left out: the reader has only the text.
  const steps = exercise.steps
    .flatMap((step, i) => tipSentences(exercise, `steps/${i}`, step))
    .filter((sentence) => !refersElsewhere(sentence.text))
    .map((sentence) => ({ ...sentence, text: upperFirst(endSentence(sentence.text)) }));
  const dosage = formatDosage(exercise, tipSentences(exercise, 'dosage', exercise.dosage?.text));
  const fromNumbers = dosageFromNumbers(exercise.dosage);
  const cautions = exercise.cautions.flatMap((caution, i) => tipSentences(exercise, `cautions/${i}`, caution))
    .map((sentence) => ({ ...sentence, text: endSentence(sentence.text) }));
  const week = exercise.avoidAfterWeek;
  const shortCautions = week === undefined || !cautions.some((c) => isWeekOnlyCaution(c.text, week, name))
    ? []
    : weekCautions(week).map((form) => {
      let said = false;
      return cautions.flatMap((caution) => {
        if (!isWeekOnlyCaution(caution.text, week, name)) return [caution];
        if (said) return [];
        said = true;
        return [{ ...caution, text: form }];
      });
    });
  return {
    name,
    language: exercise.language,
    start: formatStart(startSentences(exercise), false),
    steps,
    core: coreIndex(steps, exercise.language),
    dosage,
    cautions,
    ...(fromNumbers !== undefined && dosage.length > 0 && fromNumbers !== dosage.map((d) => d.text).join(' ')
      ? { shortDosage: [{ field: 'dosage', text: fromNumbers }] }
      : {}),
    shortCautions,
  };
}

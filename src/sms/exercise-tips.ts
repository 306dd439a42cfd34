/**
 * Tips for one published exercise, in its own words.
 *
 * The main tip is "<name>: <movement>. <dosage>. <cautions>. Stop if it hurts."
 * Candidates are tried from the fullest (starting position and every step) to
 * the leanest (the core movement alone), each shortened rule tier by rule tier
 * (see `tip-shorten-rules.ts`); the first that fits the budget is the tip.
 * Whole sentences only: a candidate drops sentences, never parts of them.
 * When the main tip had no room for the starting position, a second tip gives
 * it. Cautions go into every tip of the exercise, or the exercise gets none.
 *
 * @module
 */
import type { Exercise } from '../model/types.js';
import { fitPieces, type Fitted, type Piece, type Unfitted } from './tip-budget.js';
import { budgetText, toDraft, toRejected } from './tip-draft.js';
import { blockingReason, exerciseParts, formatStart, type ExerciseParts } from './exercise-parts.js';
import { tipSentences, type TipSentence } from './tip-sentences.js';
import type { DraftTip, Rejected, Untipped } from './tip-types.js';

/** The safety cue that closes every exercise tip. */
export const SAFETY_CUE = 'Stop if it hurts.';

/** What one exercise gave. */
export interface ExerciseTips {
  tips: DraftTip[];
  untipped?: Untipped;
  rejected: Rejected[];
}

/** A choice of sentences for the main tip. */
interface Candidate {
  withStart: boolean;
  /** First and one-past-last step sentence. */
  from: number;
  end: number;
}

const piece = (sentence: TipSentence): Piece => ({ text: sentence.text, fields: [sentence.field], shorten: true });
const label = (text: string): Piece => ({ text, fields: ['name'], shorten: false });
const CUE: Piece = { text: SAFETY_CUE, fields: [], shorten: false };

/** Candidates from the fullest to the leanest; every one holds the core movement. */
function candidates(parts: ExerciseParts): Candidate[] {
  const out: Candidate[] = [];
  const froms = [...new Set([0, parts.core])];
  for (const withStart of parts.start.length > 0 ? [true, false] : [false]) {
    for (const from of froms) {
      for (let end = parts.steps.length; end > parts.core; end -= 1) out.push({ withStart, from, end });
    }
  }
  return out;
}

const squash = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** The pieces of a candidate; the dosage is left out when a chosen step already says it. */
function mainPieces(parts: ExerciseParts, candidate: Candidate): Piece[] {
  const steps = parts.steps.slice(candidate.from, candidate.end);
  const said = steps.map((step) => squash(step.text)).join(' ');
  const dosage = parts.dosage.filter((sentence) => !said.includes(squash(sentence.text).replace(/^(?:do this for|do|hold) /, '')));
  return [
    label(`${parts.name}:`),
    ...(candidate.withStart ? parts.start.map(piece) : []),
    ...steps.map(piece),
    ...dosage.map(piece),
    ...parts.cautions.map(piece),
    CUE,
  ];
}

/**
 * The starting-position tip: "<name>, starting position: <start>. <setting-up
 * steps>. <cautions>. Stop if it hurts." The setting-up steps (those before
 * the core movement) are given when the main tip left them out and they fit;
 * the safety cue when it fits.
 */
function startTip(exercise: Exercise, parts: ExerciseParts, main: Candidate, segments: number): Fitted | undefined {
  const start = formatStart(tipSentences(exercise, 'startingPosition', exercise.startingPosition), true);
  const setup = main.from > 0 ? parts.steps.slice(0, main.from) : [];
  const head = label(`${parts.name}, starting position:`);
  const bodies = [...(setup.length > 0 ? [[...start, ...setup]] : []), start];
  for (const body of bodies) {
    const pieces = [head, ...body.map(piece), ...parts.cautions.map(piece)];
    for (const tip of [[...pieces, CUE], pieces]) {
      const fit = fitPieces(tip, segments, { painCue: tip.includes(CUE) });
      if (fit.ok) return fit;
    }
  }
  return undefined;
}

/** Why the main tip did not fit, for the untipped report. */
function tooLongReason(parts: ExerciseParts, shortest: number, segments: number): string {
  const what = ['name', 'core movement', ...(parts.dosage.length > 0 ? ['dosage'] : []), ...(parts.cautions.length > 0 ? ['cautions'] : [])];
  return `${what.join(', ')} and the safety cue need ${shortest} septets after every shortening rule; the budget is ${budgetText(segments)}`;
}

/**
 * The tips of one published exercise: the main tip (n = 1) and, when the main
 * tip had no room for it, the starting position (n = 2).
 *
 * @returns the drafts, or an `untipped` entry with the reason; `rejected` lists
 *   text left out because it would need UCS-2.
 */
export function exerciseTips(exercise: Exercise, segments: number): ExerciseTips {
  const blocked = blockingReason(exercise);
  if (blocked) return { tips: [], untipped: { record: exercise.id, reason: blocked }, rejected: [] };
  const parts = exerciseParts(exercise);
  if (!parts) return { tips: [], untipped: { record: exercise.id, reason: 'its name is empty once normalised for SMS' }, rejected: [] };
  if (parts.steps.length === 0) {
    return { tips: [], untipped: { record: exercise.id, reason: 'no step sentence is left once flagged sentences are removed' }, rejected: [] };
  }
  let shortest = Number.POSITIVE_INFINITY;
  let ucs2: Extract<Unfitted, { reason: 'ucs2' }> | undefined;
  let unclean: string | undefined;
  for (const candidate of candidates(parts)) {
    const fit = fitPieces(mainPieces(parts, candidate), segments, { painCue: true });
    if (!fit.ok) {
      if (fit.reason === 'ucs2') ucs2 ??= fit;
      else if (fit.reason === 'too-long') shortest = Math.min(shortest, fit.septets);
      else unclean ??= fit.field;
      continue;
    }
    const tips = [toDraft(exercise, 'exercise', fit)];
    const start = candidate.withStart || parts.start.length === 0 ? undefined : startTip(exercise, parts, candidate, segments);
    if (start) tips.push(toDraft(exercise, 'exercise-start', start));
    return { tips, rejected: [] };
  }
  if (ucs2 && shortest === Number.POSITIVE_INFINITY) {
    const reason = `needs UCS-2: ${ucs2.char.codePoint} "${ucs2.char.char}" in ${ucs2.field || 'its text'}`;
    return { tips: [], untipped: { record: exercise.id, reason }, rejected: [toRejected(exercise, ucs2)] };
  }
  const reason = shortest === Number.POSITIVE_INFINITY
    ? `no choice of its sentences ends cleanly (${unclean ?? 'a step'} ends on a dangling word or mark)`
    : tooLongReason(parts, shortest, segments);
  return {
    tips: [],
    untipped: { record: exercise.id, reason },
    rejected: ucs2 ? [toRejected(exercise, ucs2)] : [],
  };
}

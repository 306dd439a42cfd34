/**
 * Tips for one published exercise, in its own words.
 *
 * The main tip is "<name>: <movement>. <dosage>. <cautions>. Stop if it hurts."
 * Candidates are tried from the fullest (starting position and every step) to
 * the leanest (the core movement alone), each shortened rule tier by rule tier
 * (see `tip-shorten-rules.ts`); the first that fits the budget is the tip.
 * Whole sentences only: a candidate drops sentences, never parts of them.
 * A candidate never stops halfway through a movement: a step that breathes in,
 * lifts or arches goes with the step that breathes out, lowers or rounds (see
 * `movement-pairs.ts`). When no candidate fits as written, the dosage from
 * the record's numbers ("Hold 8-10 seconds.") and a compact week caution
 * ("Not after week 34 of pregnancy.", from `avoidAfterWeek`) are tried.
 * With multi-part tips, every candidate is first tried with parts that break
 * between sentences (never after the name, never before a lone safety cue),
 * then after the name too, and only then between words.
 *
 * When the main tip had no room for the starting position, a second tip gives
 * it; when no main tip fits, the starting-position tip is sent alone and the
 * exercise is reported as untipped. Cautions go into every tip of the
 * exercise (a week caution always says the week), or the exercise gets none.
 *
 * @module
 */
import type { Exercise } from '../model/types.js';
import { breakPasses as passes, fitPieces, type Fitted, type Piece, type Unfitted } from './tip-budget.js';
import { addRejected, budgetText, toDraft } from './tip-draft.js';
import { blockingReason, exerciseParts, formatStart, type ExerciseParts } from './exercise-parts.js';
import { closingSteps, cutsClosing, cutsMovement } from './movement-pairs.js';
import { tipSentences, type TipSentence } from './tip-sentences.js';
import type { DraftTip, Rejected, Untipped } from './tip-types.js';

/** The safety cue that closes every exercise tip. */
export const SAFETY_CUE = 'Stop if it hurts.';

/** What one exercise gave. */
export interface ExerciseTips {
  tips: DraftTip[];
  /** Set when the exercise got no main tip (it may still have its starting-position tip). */
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

/** The words a tip gives the dosage and cautions in: as written first, then compact. */
interface Wording {
  dosage: TipSentence[];
  cautions: TipSentence[];
}

const piece = (sentence: TipSentence): Piece => ({ text: sentence.text, fields: [sentence.field], shorten: true });
const label = (text: string): Piece => ({ text, fields: ['name'], shorten: false, glue: 'prefer' });
const CUE: Piece = { text: SAFETY_CUE, fields: [], shorten: false };

/** The pieces, then the safety cue, kept in one part with the sentence before it: no part is the cue alone. */
function withCue(pieces: readonly Piece[]): Piece[] {
  const last = pieces.at(-1);
  return last ? [...pieces.slice(0, -1), { ...last, glue: 'always' }, CUE] : [CUE];
}

/** Every candidate from the fullest to the leanest; every one holds the core movement. */
function allCandidates(parts: ExerciseParts): Candidate[] {
  const out: Candidate[] = [];
  const froms = [...new Set([0, parts.core])];
  for (const withStart of parts.start.length > 0 ? [true, false] : [false]) {
    for (const from of froms) {
      for (let end = parts.steps.length; end > parts.core; end -= 1) out.push({ withStart, from, end });
    }
  }
  return out;
}

const stepTexts = (parts: ExerciseParts): string[] => parts.steps.map((step) => step.text);

/** The wordings to try, as written first: the dosage as written, then from its numbers; cautions as written, then compact. */
function wordings(parts: ExerciseParts): Wording[] {
  const cautions = [parts.cautions, ...parts.shortCautions];
  const dosages = [parts.dosage, ...(parts.shortDosage ? [parts.shortDosage] : [])];
  return dosages.flatMap((dosage) => cautions.map((c) => ({ dosage, cautions: c })));
}

const squash = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Squashed texts of one exercise's sentences, made once per exercise rather than once per candidate. */
type Squashed = (text: string) => string;

/** A {@link Squashed} that remembers the texts of one exercise (dropped with it). */
function squasher(): Squashed {
  const seen = new Map<string, string>();
  return (text) => {
    let out = seen.get(text);
    if (out === undefined) {
      out = squash(text);
      seen.set(text, out);
    }
    return out;
  };
}

/** The pieces of a candidate; the dosage is left out when a chosen step already says it. */
function mainPieces(parts: ExerciseParts, candidate: Candidate, wording: Wording, squashed: Squashed): Piece[] {
  const steps = parts.steps.slice(candidate.from, candidate.end);
  const said = steps.map((step) => squashed(step.text)).join(' ');
  const dosage = wording.dosage.filter((sentence) => !said.includes(squashed(sentence.text).replace(/^(?:do this for|do|hold) /, '')));
  return withCue([
    label(`${parts.name}:`),
    ...(candidate.withStart ? parts.start.map(piece) : []),
    ...steps.map(piece),
    ...dosage.map(piece),
    ...wording.cautions.map(piece),
  ]);
}

/**
 * The starting-position tip: "<name>, starting position: <start>. <setting-up
 * steps>. <cautions>. Stop if it hurts." The setting-up steps (`setup`, those
 * the main tip left out before its first step) are given when they fit and do
 * not stop halfway through a movement; the safety cue when it fits, with the
 * compact week caution if the caution as written leaves it no room.
 */
function startTip(exercise: Exercise, parts: ExerciseParts, setup: readonly TipSentence[], segments: number, rejected: Rejected[]): Fitted | undefined {
  const start = formatStart(tipSentences(exercise, 'startingPosition', exercise.startingPosition), true);
  const head = label(`${parts.name}, starting position:`);
  const whole = setup.length > 0 && !cutsMovement(stepTexts(parts), 0, setup.length);
  const bodies = [...(whole ? [[...start, ...setup]] : []), start];
  for (const breaks of passes(segments)) {
    for (const body of bodies) {
      for (const cue of [true, false]) {
        for (const cautions of [parts.cautions, ...parts.shortCautions]) {
          const pieces = [head, ...body.map(piece), ...cautions.map(piece)];
          const fit = fitPieces(cue ? withCue(pieces) : pieces, segments, { painCue: cue }, breaks);
          if (fit.ok) return fit;
          if (fit.reason === 'ucs2') addRejected(rejected, exercise, fit);
        }
      }
    }
  }
  return undefined;
}

/** Why the main tip did not fit, for the untipped report. */
function tooLongReason(parts: ExerciseParts, shortest: number, segments: number): string {
  const what = ['name', 'core movement', ...(parts.dosage.length > 0 ? ['dosage'] : []), ...(parts.cautions.length > 0 ? ['cautions'] : [])];
  return `${what.join(', ')} and the safety cue need ${shortest} septets after every shortening rule; the budget is ${budgetText(segments)}`;
}

/** The first movement a candidate that fits would have cut in half: the opening and the closing step. */
function halfMovement(parts: ExerciseParts, half: readonly Candidate[], segments: number, squashed: Squashed): [string, string] | undefined {
  const texts = stepTexts(parts);
  const closing = closingSteps(texts);
  for (const candidate of half) {
    const wording = wordings(parts).at(-1);
    if (!wording || !fitPieces(mainPieces(parts, candidate, wording, squashed), segments, { painCue: true }).ok) continue;
    for (const [open, close] of closing) {
      if (open >= candidate.from && open < candidate.end && close >= candidate.end) return [texts[open] ?? '', texts[close] ?? ''];
    }
  }
  return undefined;
}

/**
 * The tips of one published exercise: the main tip (n = 1) and, when the main
 * tip had no room for it, the starting position (n = 2). When no main tip
 * fits, the starting-position tip alone, and an `untipped` entry that says
 * why there is no main tip.
 *
 * @returns the drafts, or an `untipped` entry with the reason; `rejected` lists
 *   every sentence left out because it would need UCS-2.
 */
export function exerciseTips(exercise: Exercise, segments: number): ExerciseTips {
  const blocked = blockingReason(exercise);
  if (blocked) return { tips: [], untipped: { record: exercise.id, reason: blocked }, rejected: [] };
  const parts = exerciseParts(exercise);
  if (!parts) return { tips: [], untipped: { record: exercise.id, reason: 'its name is empty once normalised for SMS' }, rejected: [] };
  if (parts.steps.length === 0) {
    return { tips: [], untipped: { record: exercise.id, reason: 'no step sentence is left once flagged sentences are removed' }, rejected: [] };
  }
  const rejected: Rejected[] = [];
  const squashed = squasher();
  // A step takes at least two septets with its space, so a candidate of more steps than that can
  // never fit: trying each made an exercise of n steps cost n² (19,000 steps: 140 s, 1.5 GB).
  // The leanest candidates are kept whatever their size, for the reason given when nothing fits.
  const most = Math.floor((segments * 160) / 2);
  const all = allCandidates(parts).filter((c) => c.end - c.from <= most || c.end === parts.core + 1);
  const closing = closingSteps(stepTexts(parts));
  const candidates = all.filter((c) => !cutsClosing(closing, c.from, c.end));
  const tried = new Set(candidates);
  let shortest = Number.POSITIVE_INFINITY;
  let ucs2: Extract<Unfitted, { reason: 'ucs2' }> | undefined;
  let unclean: string | undefined;
  for (const breaks of passes(segments)) {
    for (const wording of wordings(parts)) {
      for (const candidate of candidates) {
        const fit = fitPieces(mainPieces(parts, candidate, wording, squashed), segments, { painCue: true }, breaks);
        if (!fit.ok) {
          if (fit.reason === 'ucs2') {
            ucs2 ??= fit;
            addRejected(rejected, exercise, fit);
          } else if (fit.reason === 'too-long') shortest = Math.min(shortest, fit.septets);
          else unclean ??= fit.field;
          continue;
        }
        const tips = [toDraft(exercise, 'exercise', fit)];
        const setup = candidate.from > 0 ? parts.steps.slice(0, candidate.from) : [];
        const start = candidate.withStart || parts.start.length === 0 ? undefined : startTip(exercise, parts, setup, segments, rejected);
        if (start) tips.push(toDraft(exercise, 'exercise-start', start));
        return { tips, rejected };
      }
    }
  }
  if (ucs2 && shortest === Number.POSITIVE_INFINITY) {
    const reason = `needs UCS-2: ${ucs2.char.codePoint} "${ucs2.char.char}" in ${ucs2.field || 'its text'}`;
    return { tips: [], untipped: { record: exercise.id, reason }, rejected };
  }
  const half = halfMovement(parts, all.filter((c) => !tried.has(c)), segments, squashed);
  let reason = half
    ? `its steps that fit ${budgetText(segments)} stop halfway through a movement ("${half[0]}" without "${half[1]}")`
    : shortest === Number.POSITIVE_INFINITY
      ? `no choice of its sentences ends cleanly (${unclean ?? 'a step'} ends on a dangling word or mark)`
      : tooLongReason(parts, shortest, segments);
  const start = parts.start.length > 0 ? startTip(exercise, parts, [], segments, rejected) : undefined;
  if (start) reason += '; only its starting position is sent';
  return {
    tips: start ? [toDraft(exercise, 'exercise-start', start)] : [],
    untipped: { record: exercise.id, reason },
    rejected,
  };
}

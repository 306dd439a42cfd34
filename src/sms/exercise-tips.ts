/**
 * The tip of one published exercise, in its own words, that stands alone:
 * "<name>: <starting position>. <movement>. <dose>. <cautions>. Stop if it
 * hurts." A reader gets nothing else (no picture, no earlier message), so the
 * tip always holds the starting position (or, when the record has none, a
 * step that names the position), the core movement as an instruction (see
 * `standalone.ts`), the record's dose when it gives one, every caution and
 * the stop rule. Sentences that point at a picture are never sent.
 *
 * Candidates are tried from the fullest (every step) to the leanest (the
 * setting-up steps left out, then the later steps), each shortened rule tier
 * by rule tier (see `tip-shorten-rules.ts`); the first that fits the budget is
 * the tip. Whole sentences only. A candidate never stops halfway through a
 * movement: a step that breathes in, lifts or arches goes with the step that
 * breathes out, lowers or rounds (see `movement-pairs.ts`). When no candidate
 * fits as written, the dose from the record's numbers ("Hold 8-10 seconds.")
 * and a compact week caution ("Not after week 34 of pregnancy.", from
 * `avoidAfterWeek`) are tried. With multi-part tips, every candidate is first
 * tried with parts that break between sentences (never after the name, never
 * before a lone safety cue), then after the name too; never between words
 * (a numbered part reads whole).
 *
 * An exercise whose tip cannot stand alone in the budget gets none, and is
 * reported with the reason: never a tip that is only a starting position.
 *
 * @module
 */
import type { Exercise } from '../model/types.js';
import { breakPasses as passes, fitPieces, type Fitted, type Piece, type Unfitted } from './tip-budget.js';
import { addRejected, budgetText, toDraft } from './tip-draft.js';
import { blockingReason, exerciseParts, type ExerciseParts } from './exercise-parts.js';
import { givesPosition } from './standalone.js';
import { allowsUcs2 } from './sms-encoding.js';
import { closingSteps, cutsClosing, cutsMovement } from './movement-pairs.js';
import type { TipSentence } from './tip-sentences.js';
import type { DraftTip, Rejected, Untipped } from './tip-types.js';

/** The safety cue that closes every exercise tip. */
export const SAFETY_CUE = 'Stop if it hurts.';

/** What one exercise gave. */
export interface ExerciseTips {
  tips: DraftTip[];
  /** Set when the exercise got no tip. */
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

/**
 * Every candidate from the fullest to the leanest; every one holds the core
 * movement and a starting position: the record's, or (when it has none) a
 * chosen step that names one.
 */
function allCandidates(parts: ExerciseParts): Candidate[] {
  const out: Candidate[] = [];
  const withStart = parts.start.length > 0;
  const froms = [...new Set([0, parts.core])];
  for (const from of froms) {
    for (let end = parts.steps.length; end > parts.core; end -= 1) {
      if (withStart || parts.steps.slice(from, end).some((step) => givesPosition(step.text))) out.push({ withStart, from, end });
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

/** Why the main tip did not fit, for the untipped report. */
function tooLongReason(parts: ExerciseParts, shortest: number, segments: number): string {
  const what = ['name', 'starting position', 'core movement', ...(parts.dosage.length > 0 ? ['dosage'] : []), ...(parts.cautions.length > 0 ? ['cautions'] : [])];
  return `${what.join(', ')} and the safety cue need ${shortest} septets after every shortening rule; the budget is ${budgetText(segments)}`;
}

/** The first movement a candidate that fits would have cut in half: the opening and the closing step. */
function halfMovement(parts: ExerciseParts, half: readonly Candidate[], segments: number, squashed: Squashed): [string, string] | undefined {
  const texts = stepTexts(parts);
  const closing = closingSteps(texts);
  for (const candidate of half) {
    const wording = wordings(parts).at(-1);
    if (!wording || !fitPieces(mainPieces(parts, candidate, wording, squashed), segments, { painCue: true }, 'word', allowsUcs2(parts)).ok) continue;
    for (const [open, close] of closing) {
      if (open >= candidate.from && open < candidate.end && close >= candidate.end) return [texts[open] ?? '', texts[close] ?? ''];
    }
  }
  return undefined;
}

/**
 * The tip of one published exercise, standing alone (see the module notes).
 *
 * @returns the draft, or an `untipped` entry with the reason; `rejected` lists
 *   every sentence left out because it would need UCS-2.
 */
export function exerciseTips(exercise: Exercise, segments: number): ExerciseTips {
  const blocked = blockingReason(exercise);
  if (blocked) return { tips: [], untipped: { record: exercise.id, reason: blocked }, rejected: [] };
  const parts = exerciseParts(exercise);
  if (!parts) return { tips: [], untipped: { record: exercise.id, reason: 'its name is empty once normalised for SMS' }, rejected: [] };
  if (parts.steps.length === 0) {
    return { tips: [], untipped: { record: exercise.id, reason: 'no step sentence is left once flagged sentences and references to pictures are removed' }, rejected: [] };
  }
  if (parts.core === -1) {
    const reason = `no step is an instruction to move (a verb such as "lift" or "tilt" opening a sentence), so a tip would not say what to do: "${parts.steps[0]?.text ?? ''}"`;
    return { tips: [], untipped: { record: exercise.id, reason }, rejected: [] };
  }
  const all = allCandidates(parts);
  if (all.length === 0) {
    const reason = 'it has no starting position and no step up to its core movement names one, so a tip would not say where to start';
    return { tips: [], untipped: { record: exercise.id, reason }, rejected: [] };
  }
  const rejected: Rejected[] = [];
  const wide = allowsUcs2(exercise);
  const squashed = squasher();
  // A step takes at least two septets with its space, so a candidate of more steps than that can
  // never fit: trying each made an exercise of n steps cost n² (19,000 steps: 140 s, 1.5 GB).
  // The leanest candidates are kept whatever their size, for the reason given when nothing fits.
  const most = Math.floor((segments * 160) / 2);
  const fitting = all.filter((c) => c.end - c.from <= most || c.end === parts.core + 1);
  const closing = closingSteps(stepTexts(parts));
  const candidates = fitting.filter((c) => !cutsClosing(closing, c.from, c.end));
  const tried = new Set(candidates);
  let shortest = Number.POSITIVE_INFINITY;
  let ucs2: Extract<Unfitted, { reason: 'ucs2' }> | undefined;
  let unclean: string | undefined;
  // A multi-part exercise tip breaks between sentences (or after its name), never inside one:
  // each numbered part then reads whole, even when a phone shows them apart.
  for (const breaks of passes(segments).filter((b) => segments === 1 || b !== 'word')) {
    for (const wording of wordings(parts)) {
      for (const candidate of candidates) {
        const fit = fitPieces(mainPieces(parts, candidate, wording, squashed), segments, { painCue: true }, breaks, wide);
        if (fit.ok) return { tips: [toDraft(exercise, 'exercise', fit)], rejected };
        if (fit.reason === 'ucs2') {
          ucs2 ??= fit;
          addRejected(rejected, exercise, fit);
        } else if (fit.reason === 'too-long') shortest = Math.min(shortest, fit.septets);
        else unclean ??= fit.field;
      }
    }
  }
  if (ucs2 && shortest === Number.POSITIVE_INFINITY) {
    const reason = `needs UCS-2: ${ucs2.char.codePoint} "${ucs2.char.char}" in ${ucs2.field || 'its text'}`;
    return { tips: [], untipped: { record: exercise.id, reason }, rejected };
  }
  const half = halfMovement(parts, all.filter((c) => !tried.has(c)), segments, squashed);
  const reason = half
    ? `its steps that fit ${budgetText(segments)} stop halfway through a movement ("${half[0]}" without "${half[1]}")`
    : shortest === Number.POSITIVE_INFINITY
      ? `no choice of its sentences ends cleanly (${unclean ?? 'a step'} ends on a dangling word or mark)`
      : tooLongReason(parts, shortest, segments);
  return { tips: [], untipped: { record: exercise.id, reason }, rejected };
}

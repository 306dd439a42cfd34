// Sorts an exercise's sentences into starting position, steps, dosage, cues, cautions and
// benefits by what each sentence does (sentence-role.ts). Picture references are dropped.
import type { Located } from '../model/types.js';
import { capitalize, joinLocated, type ExerciseDraft } from './drafts.js';
import { positionOf } from './attributes.js';
import { isFurnitureSentence } from './boilerplate.js';
import { adviceTopic } from './advice-topics.js';
import { movementAfterSetup, readSentence, withoutPictureReferences } from './sentence-role.js';

/**
 * Adds one paragraph's sentences to the draft. `asOneStep` keeps the paragraph's step sentences
 * together as a single step (prose); otherwise each sentence is a step (list items).
 * A step that states a quantity ("lift and hold for 8-10 seconds") also feeds the dosage.
 */
export function addSentences(draft: ExerciseDraft, sentences: readonly Located[], asOneStep: boolean): void {
  const steps: Located[] = [];
  for (const raw of sentences) {
    const sentence = tidy(raw);
    if (!sentence) continue;
    const reading = readSentence(sentence.value);
    if (reading.role === 'picture') {
      (draft.pictures ??= []).push(sentence);
      continue;
    }
    // "Reply 1 for more tips.", "Email us at the clinic.": the medium's furniture, not the exercise's
    // (a tick box before a step marks the step, which stays; a caution or a warning sign that also
    // says "email us" stays too: a stop rule is never set aside).
    if (!reading.movement && reading.role !== 'position' && reading.role !== 'caution' && isFurnitureSentence(sentence.value) && adviceTopic(sentence.value, []) !== 'warning-signs') {
      (draft.furniture ??= []).push(sentence);
      continue;
    }
    const opening = !draft.startingPosition && draft.steps.length === 0 && steps.length === 0;
    if (opening && (reading.role === 'position' || ((reading.role === 'instruction' || reading.role === 'description') && positionOf(firstClause(sentence.value))))) {
      const [start, rest] = splitSetup(sentence);
      draft.startingPosition = start;
      // "x10 — on hands and knees, round up…": the count stays with the exercise.
      if (reading.quantity && !(rest && readSentence(rest.value).quantity)) draft.dosage.push(sentence);
      if (rest) {
        steps.push(rest);
        if (readSentence(rest.value).quantity) draft.dosage.push(rest);
      }
      continue;
    }
    switch (reading.role) {
      case 'dosage': draft.dosage.push(sentence); break;
      case 'caution': draft.cautions.push(sentence); break;
      case 'cue': draft.cues.push(sentence); break;
      case 'benefit': draft.benefits.push(sentence); break;
      default:
        steps.push(sentence);
        if (reading.quantity) draft.dosage.push(sentence);
    }
  }
  if (asOneStep) {
    const step = joinLocated(steps);
    if (step) draft.steps.push(step);
  } else {
    draft.steps.push(...steps);
  }
}

function firstClause(sentence: string): string {
  return sentence.split(/[;:]|,\s*(?:and |then )?(?=\p{Ll})/u)[0] ?? sentence;
}

/** "Sit in the lotus pose and do lifts…" → start "Sit in the lotus pose", step "Do lifts…". */
function splitSetup(sentence: Located): [Located, Located | undefined] {
  const offset = movementAfterSetup(sentence.value);
  if (offset === undefined) return [sentence, undefined];
  const head = sentence.value.slice(0, offset).replace(/[\s,;]*(?:\b(?:and|then)\b[\s,]*)*$/i, '').trim();
  const tail = sentence.value.slice(offset).trim();
  if (!head || !tail) return [sentence, undefined];
  const start = { value: /[.!?]$/.test(head) ? head : `${head}.`, start: sentence.start };
  return [start, { value: capitalize(tail), start: { line: sentence.start.line, column: sentence.start.column + offset } }];
}

const EMOJI = /(?:\p{Emoji_Presentation}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}\uFE0F\u20E3\u200D])+/gu;
const OPEN = /^[“"‘«]/;
const CLOSE = /[”"’»]$/;

/**
 * A sentence of a quoted exercise (`Pelvic floor: "Sitting tall, squeeze… Repeat 5 times."`)
 * carries the quote's opening or closing mark; a parenthetical picture reference is cut out.
 */
function tidy(sentence: Located): Located | undefined {
  let { value } = sentence;
  let column = sentence.start.column;
  const quotes = (value.match(/[“”"«»]/g) ?? []).length;
  if (OPEN.test(value) && quotes % 2 === 1) {
    value = value.slice(1).trimStart();
    column += 1;
  }
  if (CLOSE.test(value) && (value.match(/[“”"«»‘’]/g) ?? []).length % 2 === 1 && !/\p{L}[’']$/u.test(value)) value = value.slice(0, -1).trimEnd();
  // Emoji are decoration ("Slow and smooth 🐈"), not guidance, and no handout font draws them.
  value = withoutPictureReferences(value).replace(EMOJI, '').replace(/\s{2,}/g, ' ').trim();
  if (!value || !/\p{L}/u.test(value)) return undefined;
  // After a name lead ("Child's pose – kneel on the floor…") the instruction starts in lower case.
  if (/^\p{Ll}/u.test(value) && /^\p{Ll}+\b/u.test(value) && !/^(?:e\.g|i\.e)\b/.test(value)) value = capitalize(value);
  return { value, start: { line: sentence.start.line, column } };
}

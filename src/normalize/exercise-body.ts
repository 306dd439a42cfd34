// Sorts an exercise's sentences into steps, dosage, cues, cautions and benefits.
import type { Located } from '../model/types.js';
import { joinLocated, type ExerciseDraft } from './drafts.js';
import { parseDosage } from './dosage.js';
import { sentenceKind } from './sentence-kinds.js';
import { positionOf } from './attributes.js';

/**
 * Adds one paragraph's sentences to the draft. `asOneStep` keeps the paragraph's step sentences
 * together as a single step (prose); otherwise each sentence is a step (list items).
 * A step sentence that states a quantity ("hold for 8-10 seconds") also feeds the dosage.
 */
export function addSentences(draft: ExerciseDraft, sentences: readonly Located[], asOneStep: boolean): void {
  const steps: Located[] = [];
  for (const sentence of sentences) {
    if (!draft.startingPosition && draft.steps.length === 0 && steps.length === 0 && positionOf(sentence.value, undefined)) {
      draft.startingPosition = sentence;
      continue;
    }
    switch (sentenceKind(sentence.value)) {
      case 'dosage': draft.dosage.push(sentence); break;
      case 'caution': draft.cautions.push(sentence); break;
      case 'cue': draft.cues.push(sentence); break;
      case 'benefit': draft.benefits.push(sentence); break;
      default:
        steps.push(sentence);
        if (/\b(?:hold|for|repeat)\b/i.test(sentence.value) && parseDosage(sentence.value)) draft.dosage.push(sentence);
    }
  }
  if (asOneStep) {
    const step = joinLocated(steps);
    if (step) draft.steps.push(step);
  } else {
    draft.steps.push(...steps);
  }
}

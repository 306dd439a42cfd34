// Inside an exercise, what is each sentence for? Dosage, a caution, a cue (what it should feel
// like), a benefit, or an instruction step. General English patterns, not per-article rules.
import type { Located } from '../model/types.js';
import { isDosageSentence } from './dosage.js';
import { isInstruction } from './instructions.js';

/** "This position increases…": a sentence about the exercise, not an instruction, whatever verbs follow. */
const BENEFIT_SUBJECT = /^(?:this|these|such|the) (?:exercises?|positions?|poses?|movements?|stretch(?:es)?|asanas?)\b/i;

export type SentenceKind = 'dosage' | 'caution' | 'cue' | 'benefit' | 'step';

const CAUTION = /^(?:note|caution|warning|important)\s*:|\bshould not be (?:done|performed|practi[sc]ed)\b|\bnot recommended\b|\bstop (?:the exercise |exercising )?(?:if|when)\b|\bconsult (?:a|your) (?:doctor|midwife)\b/i;
const CUE = /^(?:feel|you (?:should|will|may) feel|notice|it should feel)\b/i;
const BENEFIT = /^(?:this|these|it|such|the exercise|the pose|useful|good for|helps?)\b[^.]*\b(?:helps?|increases?|relieves?|improves?|removes?|reduces?|strengthens?|eliminates?|stretch(?:es)?|relax(?:es)?|straightens?|useful|benefit|good for|prepares?)\b/i;

export function sentenceKind(sentence: string): SentenceKind {
  if (CAUTION.test(sentence)) return 'caution';
  if (isDosageSentence(sentence)) return 'dosage';
  if (CUE.test(sentence)) return 'cue';
  if (BENEFIT.test(sentence) && (BENEFIT_SUBJECT.test(sentence) || !isInstruction(sentence))) return 'benefit';
  return 'step';
}

/** Splits "the movement is small, breathing is even, no pressure" into separate cues. */
export function splitList(text: Located): Located[] {
  const out: Located[] = [];
  let depth = 0;
  let start = 0;
  const value = text.value;
  const push = (end: number): void => {
    const raw = value.slice(start, end);
    const piece = raw.trim().replace(/[.;]+$/, '');
    if (piece) {
      const lead = raw.length - raw.trimStart().length;
      out.push({ value: piece, start: { line: text.start.line, column: text.start.column + start + lead } });
    }
  };
  for (let i = 0; i < value.length; i += 1) {
    const ch = value[i];
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if ((ch === ',' || ch === ';') && depth === 0) {
      push(i);
      start = i + 1;
    }
  }
  push(value.length);
  return out;
}

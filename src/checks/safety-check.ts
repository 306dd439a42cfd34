// Unsafe claims: every rule applied to every sentence of a record, in the record's stages and
// (for exercises) its body position. A rule with positions also fires on an exercise done in that
// position, citing the sentence that sets it up.
import type { CompiledRule } from '../safety/index.js';
import { checkSentence } from '../safety/index.js';
import type { GuidanceRecord, Position } from '../model/types.js';
import { addFlag, makeFlag } from './flags.js';
import type { LineIndex, SentenceText } from './record-text.js';

/** Longest stretch of a sentence a rule's patterns run over at once, and the overlap of stretches. */
const WINDOW = 600;
const OVERLAP = 150;
/** A "word" this long is no word: it is blanked (same length, so offsets hold) before matching. */
const LONG_TOKEN = /\S{60,}/g;

/**
 * Rules run over bounded stretches of text: a regular expression that is slow on long input
 * (polynomial backtracking the load-time check cannot prove absent) stays cheap. Real sentences
 * are far shorter than a window; a longer "sentence" is checked window by window.
 */
export function matchingWindows(text: string): Array<{ text: string; offset: number }> {
  const blanked = text.replace(LONG_TOKEN, (token) => ' '.repeat(token.length));
  if (blanked.length <= WINDOW) return [{ text: blanked, offset: 0 }];
  const out: Array<{ text: string; offset: number }> = [];
  for (let offset = 0; offset < blanked.length; offset += WINDOW - OVERLAP) {
    out.push({ text: blanked.slice(offset, offset + WINDOW), offset });
    if (offset + WINDOW >= blanked.length) break;
  }
  return out;
}

export function checkSafety(record: GuidanceRecord, sentences: readonly SentenceText[], rules: readonly CompiledRule[], index: LineIndex | undefined): void {
  const position: Position | undefined = record.kind === 'exercise' ? record.position : undefined;
  const context = { stages: record.stages, ...(position ? { position } : {}) };
  for (const sentence of sentences) {
    for (const window of matchingWindows(sentence.text)) {
      for (const match of checkSentence(window.text, context, rules)) {
        if (match.via === 'position') continue;
        addFlag(record, makeFlag(record, {
          rule: match.rule.id,
          severity: match.rule.severity,
          message: match.rule.message,
          rationale: match.rule.rationale,
          citation: match.rule.citation,
          sentence,
          match: { index: window.offset + match.index, text: match.evidence },
        }, index));
      }
    }
  }
  if (!position || record.kind !== 'exercise') return;
  // Position-triggered rules: cite the sentence that sets up the position.
  const setup = sentences.find((s) => s.field === 'startingPosition') ?? sentences.find((s) => s.field.startsWith('steps/'));
  if (!setup) return;
  for (const match of checkSentence(matchingWindows(setup.text)[0]!.text, context, rules)) {
    if (match.via !== 'position') continue;
    if (record.flags.some((f) => f.rule === match.rule.id)) continue;
    addFlag(record, makeFlag(record, {
      rule: match.rule.id,
      severity: match.rule.severity,
      message: `${match.rule.message} (the exercise is done ${position === 'supine' ? 'lying on the back' : position === 'prone' ? 'lying face down' : position})`,
      rationale: match.rule.rationale,
      citation: match.rule.citation,
      sentence: setup,
    }, index));
  }
}

// Is a sentence an instruction to move? A clause opening with an imperative movement verb (after
// a lead-in clause such as "On the exhale," or adverbs such as "slowly"), or "you can/should"
// with one. Decided by the sentence reader (sentence-role.ts) over the linguistic layer; used to
// tell exercises from advice and steps from background.
import { readSentence } from './sentence-role.js';

export function isInstruction(sentence: string): boolean {
  const reading = readSentence(sentence);
  if (reading.role === 'picture' || reading.role === 'benefit' || reading.role === 'cue' || reading.role === 'description') return false;
  return reading.movement || (reading.role === 'instruction' && reading.imperative === undefined);
}

// Which stages a section applies to: from its heading path (the deepest heading that names a
// stage wins), else the document's `stages`, else every stage of the document's audience.
import { AUDIENCE_STAGES, sortStages, type Audience, type Stage } from '../model/types.js';

const STAGE_WORDS: ReadonlyArray<[Stage, RegExp]> = [
  ['trimester-1', /\b(?:first|1st|1)\s+trimester\b|\btrimester\s+(?:1|one|i)\b|\bearly pregnancy\b|\bfirst (?:3|three) months\b/i],
  ['trimester-2', /\b(?:second|2nd|2)\s+trimester\b|\btrimester\s+(?:2|two|ii)\b|\bmid(?:dle)?[- ]pregnancy\b/i],
  ['trimester-3', /\b(?:third|3rd|3|last)\s+trimester\b|\btrimester\s+(?:3|three|iii)\b|\blate pregnancy\b|\blast (?:3|three) months\b/i],
  ['postpartum', /\bpost[- ]?partum\b|\bpost[- ]?natal\b|\bafter (?:child)?birth\b|\bafter (?:the )?(?:baby|delivery|giving birth)\b|\bnew (?:mums?|moms?|mothers?)\b/i],
];

/** Stages a heading names, in reading order; empty when it names none. */
export function stagesNamedIn(text: string): Stage[] {
  return sortStages(STAGE_WORDS.filter(([, pattern]) => pattern.test(text)).map(([stage]) => stage));
}

export function defaultStages(audience: readonly Audience[], stages?: readonly Stage[]): Stage[] {
  if (stages && stages.length > 0) return sortStages(stages);
  return sortStages(audience.flatMap((a) => AUDIENCE_STAGES[a]));
}

/**
 * The stages of a section with this heading path. A heading that names stages outside the
 * document's audience still counts: the editor's words win, and the review sees them.
 */
export function stagesForPath(path: readonly string[], documentStages: readonly Stage[]): Stage[] {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const named = stagesNamedIn(path[i]!);
    if (named.length > 0) return named;
  }
  return [...documentStages];
}

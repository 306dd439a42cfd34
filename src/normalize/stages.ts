// Which stages a section applies to: from its heading path (the deepest heading that names a
// stage wins), else the document's `stages`, else every stage of the document's audience.
import { AUDIENCE_STAGES, sortStages, type Audience, type Stage } from '../model/types.js';

const STAGE_WORDS: ReadonlyArray<[Stage, RegExp]> = [
  ['trimester-1', /\b(?:first|1st|1)\s+trimester\b|\btrimester\s+(?:1|one|i)\b|\bearly pregnancy\b|\bfirst (?:3|three) months\b/i],
  ['trimester-2', /\b(?:second|2nd|2)\s+trimester\b|\btrimester\s+(?:2|two|ii)\b|\bmid(?:dle)?[- ]pregnancy\b/i],
  ['trimester-3', /\b(?:third|3rd|3|last)\s+trimester\b|\btrimester\s+(?:3|three|iii)\b|\blate pregnancy\b|\blast (?:3|three) months\b/i],
  ['postpartum', /\bpost[- ]?partum\b|\bpost[- ]?natal\b|\bafter (?:child)?birth\b|\bafter (?:the )?(?:baby|delivery|giving birth)\b|\bnew (?:mums?|moms?|mothers?)\b/i],
];

const ORDINAL = String.raw`(?:first|second|third|1st|2nd|3rd)`;
/** "second and third trimesters", "1st–2nd trimester": every ordinal of the list counts. */
const TRIMESTER_LIST = new RegExp(String.raw`\b${ORDINAL}(?:\s*(?:,|and|or|&|to|-|–)\s*${ORDINAL})+\s+trimesters?\b`, 'gi');
const ORDINAL_STAGE: Record<string, Stage> = {
  first: 'trimester-1', '1st': 'trimester-1', second: 'trimester-2', '2nd': 'trimester-2', third: 'trimester-3', '3rd': 'trimester-3',
};

/** Stages a heading names, in reading order; empty when it names none. */
export function stagesNamedIn(text: string): Stage[] {
  const listed = [...text.matchAll(TRIMESTER_LIST)].flatMap((m) => (m[0].match(new RegExp(ORDINAL, 'gi')) ?? []).map((o) => ORDINAL_STAGE[o.toLowerCase()]!));
  return sortStages([...listed, ...STAGE_WORDS.filter(([, pattern]) => pattern.test(text)).map(([stage]) => stage)]);
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

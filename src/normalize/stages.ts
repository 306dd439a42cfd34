// Which stages a section applies to: from its heading path (the deepest heading that names a
// stage wins), else the document's `stages`, else every stage of the document's audience.
import { AUDIENCE_STAGES, sortStages, type Audience, type Stage } from '../model/types.js';

/** Words for the time after the birth, however it is put: "After the birth", "Once your baby has arrived". */
const BIRTH_EVENT = String.raw`(?:(?:the\s+|your\s+|a\s+)?(?:child)?birth|(?:the\s+|your\s+)?delivery|(?:the\s+|your\s+)?labou?r|(?:a\s+|your\s+|the\s+)?(?:caesarean|cesarean|c-section)(?:\s+section)?|giving\s+birth|(?:you\s+)?(?:have\s+|had\s+|gave\s+|give\s+)(?:birth|your\s+baby)|(?:the\s+|your\s+)?baby\s+(?:is\s+born|was\s+born|arrives|arrived|has\s+arrived|comes|came|is\s+here))`;

const STAGE_WORDS: ReadonlyArray<[Stage, RegExp]> = [
  ['trimester-1', /\b(?:first|1st|1)\s+trimester\b|\btrimester\s+(?:1|one|i)\b|\bearly (?:pregnancy|weeks of pregnancy)\b|\bfirst (?:3|three) months (?:of|in) pregnancy\b/i],
  ['trimester-2', /\b(?:second|2nd|2)\s+trimester\b|\btrimester\s+(?:2|two|ii)\b|\bmid(?:dle)?[- ]pregnancy\b|\bmiddle (?:of|months of) pregnancy\b/i],
  ['trimester-3', /\b(?:third|3rd|3|last|final)\s+trimester\b|\btrimester\s+(?:3|three|iii)\b|\blate(?:r)? (?:pregnancy|stages of pregnancy)\b|\b(?:last|final) (?:3|three) months(?! after)\b|\b(?:last|final|closing) weeks (?:of|before|until)\b|\bend of (?:your )?pregnancy\b|\b(?:approaching|near|nearing|close to) (?:your |the )?due date\b/i],
  ['postpartum', new RegExp(String.raw`\bpost[- ]?partum\b|\bpost[- ]?natal\b|\bpuerperium\b|\bfourth trimester\b|\bnew(?:born)? (?:mums?|moms?|mothers?|parents?)\b|\b(?:after|following|since|once|when|post)\s+${BIRTH_EVENT}|\b(?:baby|newborn)\s+(?:has\s+)?(?:arrived|is\s+born|was\s+born|is\s+here)\b|\b(?:days?|weeks?|months?)\s+(?:after|since|following)\b|\brecover\w*\s+(?:from|after)\s+${BIRTH_EVENT}`, 'i')],
];

const ORDINAL = String.raw`(?:first|second|third|1st|2nd|3rd)`;
/** "second and third trimesters", "1st–2nd trimester": every ordinal of the list counts. */
const TRIMESTER_LIST = new RegExp(String.raw`\b${ORDINAL}(?:\s*(?:,|and|or|&|to|-|–)\s*${ORDINAL})+\s+trimesters?\b`, 'gi');
const ORDINAL_STAGE: Record<string, Stage> = {
  first: 'trimester-1', '1st': 'trimester-1', second: 'trimester-2', '2nd': 'trimester-2', third: 'trimester-3', '3rd': 'trimester-3',
};

/** "Weeks 14 to 27", "week 30+": pregnancy weeks, read as the trimesters they fall in. */
const WEEKS = /\bweeks?\s+(\d{1,2})\s*(?:(?:-|–|—|to)\s*(\d{1,2})|(\+|and (?:over|beyond|later)))?\b/gi;
/** "28–40 weeks pregnant", "from 20 weeks of pregnancy", "32 weeks' gestation": weeks said to be of pregnancy. */
const WEEKS_PREGNANT = /\b(\d{1,2})\s*(?:(?:-|–|—|to)\s*(\d{1,2})|(\+))?\s*weeks?'?\s+(?:pregnant|of\s+(?:your\s+)?pregnancy|gestation|of\s+gestation)\b/gi;

function trimestersOfWeeks(from: number, to: number): Stage[] {
  const out: Stage[] = [];
  if (from <= 13) out.push('trimester-1');
  if (from <= 27 && to >= 14) out.push('trimester-2');
  if (to >= 28) out.push('trimester-3');
  return out;
}

/** Stages a heading names, in reading order; empty when it names none. */
export function stagesNamedIn(text: string): Stage[] {
  const listed = [...text.matchAll(TRIMESTER_LIST)].flatMap((m) => (m[0].match(new RegExp(ORDINAL, 'gi')) ?? []).map((o) => ORDINAL_STAGE[o.toLowerCase()]!));
  const named = STAGE_WORDS.filter(([, pattern]) => pattern.test(text)).map(([stage]) => stage);
  // Weeks count pregnancy only when the heading does not speak of the time after birth.
  const weeks = named.includes('postpartum') ? [] : [...text.matchAll(WEEKS), ...text.matchAll(WEEKS_PREGNANT)].flatMap((m) => {
    const from = Number(m[1]);
    const to = m[3] ? 42 : Number(m[2] ?? m[1]);
    return from >= 1 && from <= 42 && to >= from && to <= 42 ? trimestersOfWeeks(from, to) : [];
  });
  return sortStages([...listed, ...named, ...weeks]);
}

export function defaultStages(audience: readonly Audience[], stages?: readonly Stage[]): Stage[] {
  if (stages && stages.length > 0) return sortStages(stages);
  return sortStages(audience.flatMap((a) => AUDIENCE_STAGES[a]));
}

export interface PathStages {
  stages: Stage[];
  /** Stages a heading named that are outside the document's audience (dropped). */
  outside: Stage[];
  /** Index in the path of the heading that named the stages. */
  heading?: number;
}

/**
 * The stages of a section with this heading path, kept within the document's audience: a
 * heading that names another audience's stage ("third trimester" in an after-birth document)
 * is reported, and the stage is dropped, so no exercise reaches a handout or SMS programme for a
 * stage its document was not written for.
 */
export function stagesForPath(path: readonly string[], documentStages: readonly Stage[], audienceStages: readonly Stage[] = documentStages): PathStages {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const named = stagesNamedIn(path[i]!);
    if (named.length === 0) continue;
    const inside = named.filter((stage) => audienceStages.includes(stage));
    const outside = named.filter((stage) => !audienceStages.includes(stage));
    return { stages: inside.length > 0 ? inside : [...documentStages], outside, heading: i };
  }
  return { stages: [...documentStages], outside: [] };
}

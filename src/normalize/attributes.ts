// Attributes read from an exercise's own words: the body position, the equipment, the body
// areas worked and the week after which the source says to stop.
import type { Position } from '../model/types.js';

const POSITION_WORDS: ReadonlyArray<[Position, RegExp]> = [
  ['all-fours', /\ball[- ]fours\b|\b(?:hands and knees|knees and hands)\b|\bknees and (?:hands|palms)\b|\btabletop\b|\bquadruped\b|\bfour[- ]point(?: kneeling| position)?\b|\bon four points\b/i],
  ['side-lying', /\b(?:lie|lying|lay|lies) (?:down )?on (?:your |my |our |one |the |her )?(?:left |right |other )?side\b|\bside[- ]lying\b|\b(?:on|onto|over onto) (?:your|my|our|her) (?:left |right )?side\b|\bonto one side\b/i],
  ['supine', /\b(?:lie|lying|lay) (?:flat )?on (?:your |my |our |the )?backs?\b|\b(?:roll|turn|get) (?:back )?(?:onto|on to) (?:your|my|our|her) back\b|\bposition on (?:the |your )?back\b|\bsupine\b|\bbridge\b|\bbridging\b/i],
  ['prone', /\bface down\b|\b(?:lie|lying|lay) on (?:your |my |our |the )?(?:belly|stomach|front)\b|\bprone\b/i],
  ['kneeling', /\bkneel|\bstand(?:ing)? on (?:the |your |both )?knees\b|\bknelt\b|(?<!\b(?:hands?|palms?|elbows?|arms?|forearms?|fingers) )\bon (?:your |both )?knees\b|\bdown on (?:your )?knees\b|\bon (?:your )?heels\b|\bknees and elbows\b|\belbows and knees\b|\bon (?:your )?(?:forearms|elbows)\b/i],
  ['sitting', /\b(?:sit|sits|sat|sitting|seated)\b/i],
  // "Standing on the knees" (translated from Russian, Polish…) is kneeling.
  ['standing', /\b(?:stand|stands|stood|standing)\b(?! on (?:the |your |both )?knees\b)/i],
];

/**
 * The position an exercise starts in. Reads the starting position first, then the first step;
 * several positions offered as alternatives ("sitting or standing") give `mixed`.
 */
export function positionOf(startingPosition: string | undefined, ...steps: Array<string | undefined>): Position | undefined {
  for (const whole of [startingPosition, ...steps]) {
    if (!whole) continue;
    // "… until you are in a sitting position", "return to standing": where the movement ends,
    // not where it starts.
    const text = whole.split(RESULT_CLAUSE)[0]!;
    const found = POSITION_WORDS.filter(([, pattern]) => affirmed(pattern, text)).map(([position]) => position);
    // Face down with the legs tucked under is the kneeling child's pose, not lying prone.
    if (found.includes('prone') && TUCKED.test(text)) return 'kneeling';
    // Kneeling on all fours is all-fours; a word like "knees" inside an all-fours set-up is not a second position.
    const distinct = found.includes('all-fours') ? found.filter((p) => p !== 'kneeling') : found;
    if (distinct.length === 1) return distinct[0];
    if (distinct.length > 1) {
      // "sitting or lying on your side" → mixed; otherwise the position named first.
      if (/\bor\b/i.test(text)) return 'mixed';
      const at = (position: Position): number => POSITION_WORDS.find(([p]) => p === position)![1].exec(text)?.index ?? Infinity;
      return [...distinct].sort((a, b) => at(a) - at(b))[0];
    }
  }
  return undefined;
}

const RESULT_CLAUSE = /\b(?:until|till|so that|back (?:up )?to|return(?:ing)? to|come (?:back|up) to|to come (?:up )?(?:to|into))\b/i;
const TUCKED = /\btuck(?:ed|ing)?\b|\b(?:legs|knees) (?:folded |bent )?under (?:you|your body)\b|\bon (?:your )?heels\b/i;
const LATE_POSITION = /\b(?:when|while|if) you(?:'re| are)? (?:sitting|standing|lying|kneeling|seated)\b|\bin a (?:sitting|standing|kneeling|seated) position\b/i;

/**
 * Set-ups that imply standing without saying so: a forward bend that takes the hands to the
 * floor, holding on to a worktop or a chair back, stepping the feet apart.
 */
const IMPLIED_STANDING = /\b(?:bend|fold|bending|folding)\b[^.]*\b(?:touch(?:es|ing)?|to|reach(?:es|ing)?|on)\b[^.]*\bfloor\b|\bhold(?:ing)? on(?:to| to)? (?:a |the |your )?(?:kitchen )?(?:worktop|counter(?:top)?|chair back|back of a chair|rail|sink|table|wall)\b|\bstep (?:your )?feet\b|\bfeet (?:wide|hip-width|shoulder-width) apart\b/i;

/** The position of an exercise: as stated, else what its movement implies. */
export function exercisePositionOf(startingPosition: string | undefined, steps: ReadonlyArray<string | undefined>, asides: readonly string[] = [], name?: string): Position | undefined {
  // Said late ("This works best when you are sitting upright"): only when the steps name none.
  const late = (): Position | undefined => positionOf(undefined, ...asides.filter((text) => LATE_POSITION.test(text)));
  const stated = positionOf(startingPosition, ...steps);
  if (stated) return stated;
  const first = startingPosition ?? steps[0];
  if (first && IMPLIED_STANDING.test(first)) return 'standing';
  // The name may say it when the text does not: "Side-lying open book", "Seated twist".
  return late() ?? (name && NAMED_POSITION.test(name) ? positionOf(name) : undefined);
}

const NAMED_POSITION = /^(?:side[- ]lying|seated|sitting|standing|kneeling|supine|prone|all[- ]fours|four[- ]point)\b/i;

/** The pattern occurs in the text and is not negated before it ("never lie on your back"). */
function affirmed(pattern: RegExp, text: string): boolean {
  const match = pattern.exec(text);
  if (!match) return false;
  const before = text.slice(0, match.index).split(/[,;:.]/).pop() ?? '';
  return !/\b(?:never|not|don[’']t|avoid|no|without|instead of)\b/i.test(before);
}

const EQUIPMENT: ReadonlyArray<[string, RegExp]> = [
  ['ball', /\b(?:lacrosse|tennis|massage) ball\b/i],
  ['chair', /\bchair\b/i],
  ['exercise ball', /\b(?:fitball|fit ball|exercise ball|birthing ball|swiss ball|gym ball)\b/i],
  ['mat', /\bmat\b/i],
  ['pillow', /\b(?:pillows?|cushions?|bolsters?)\b/i],
  ['resistance band', /\b(?:resistance )?bands?\b/i],
  ['table or windowsill', /\b(?:table|windowsill|counter(?:top)?)\b/i],
  ['towel', /\btowels?\b/i],
  ['wall', /\bwall\b/i],
];

const BODY_AREAS: ReadonlyArray<[string, RegExp]> = [
  ['abdomen', /\b(?:abdomen|abdominal|belly|core|stomach|navel)\b/i],
  ['chest', /\b(?:chest|ribs?|ribcage|pectoral)\b/i],
  ['glutes', /\b(?:glutes?|gluteal|buttocks?)\b/i],
  ['hips', /\b(?:hips?|thighs?)\b/i],
  ['legs', /\b(?:legs?|calf|calves|knees?|ankles?|feet|foot)\b/i],
  ['lower back', /\blower back\b|\blumbar\b|\bwaist\b/i],
  ['neck', /\bneck\b|\bhead\b/i],
  ['pelvic floor', /\bpelvic floor\b/i],
  ['pelvis', /\bpelvis\b|\bpelvic (?:bones?|area|region)\b/i],
  ['shoulders', /\bshoulders?\b|\bshoulder blades?\b/i],
  ['spine', /\bspine\b|\bspinal\b/i],
  ['upper back', /\bupper back\b|\bshoulder blades?\b/i],
];

function matching(table: ReadonlyArray<[string, RegExp]>, text: string): string[] {
  return table.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

export function equipmentOf(text: string): string[] {
  return matching(EQUIPMENT, text);
}

export function bodyAreasOf(text: string): string[] {
  return matching(BODY_AREAS, text);
}

const AVOID_AFTER = /\b(?:not|never|avoid|stop)\b[^.!?]*?\bafter (?:the )?(?:week )?(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|–|to)\s*\d{1,2}(?:st|nd|rd|th)?)?(?:\s*weeks?)?/i;

/** "should not be done after the 34-35th weeks" → 34: the earliest week the source names. */
export function avoidAfterWeekOf(text: string): number | undefined {
  const match = AVOID_AFTER.exec(text);
  if (!match) return undefined;
  const week = Number(match[1]);
  return week >= 1 && week <= 42 && /week/i.test(match[0]) ? week : undefined;
}

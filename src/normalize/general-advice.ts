// Guidance about exercising in general, not about the exercise it follows: "Check with your
// midwife before starting any new exercise.", "If you notice bleeding or your waters go, stop
// and call your maternity unit.", "When you turn over in bed, keep your knees together." A
// paragraph of such sentences after an exercise is advice (a caution specific to the exercise —
// "If this stretch pulls on your scar, skip it" — stays with it). Decided by what the sentence
// is about: exercise as a whole (plural, "any", a programme), signs that concern the pregnancy,
// or a daily task.
import { EVERYDAY_OBJECTS, HABITUAL } from './advice-topics.js';

/** Exercise in general: "any new exercise", "these exercises", "exercising", "your routine". */
const IN_GENERAL = /\b(?:any|all|each|either|none|some) of (?:these|them|those|the (?:exercises|moves|stretches|above))\b|\b(?:any|all|these|the|those|your|new|other|some)\s+(?:new\s+|of (?:the|these)\s+|other\s+)?(?:exercises|activities|workouts|programmes|programs|routines|sports?)\b|\bany (?:new |kind of |form of |type of )?(?:exercise|activity|workout|sport|programme|program|routine)\b|\b(?:a |your )?(?:new )?(?:exercise|fitness|training) (?:programme|program|routine|plan|regime|class)\b|\b(?:exercising|being active|keeping active|staying active)\b|\b(?:start(?:ing)?|begin(?:ning)?) (?:to )?exercise\b|\bwhen (?:you )?make the exercises\b/i;
/** Signs that concern the pregnancy or health as a whole, not one movement. */
const WARNING_SIGNS = /\b(?:bleeding|your waters|the waters|waters (?:break|go|leak)|fluid (?:leak|gush)|leaking fluid|contractions?|tightenings?|(?:baby|baby's) movements?|dizz(?:y|iness)|faint|chest pain|short(?:ness)? of breath|breathless|headache|blurred vision|fever|swelling (?:in|of) (?:your )?(?:face|hands|calf|leg))\b/i;
/** The exercise itself: "this stretch", "this one", "the movement", "your knee". */
const SPECIFIC = /\b(?:this|that) (?:exercise|stretch|move|movement|pose|position|one|hold)\b|\bthe (?:movement|stretch|pose|hold)\b|\bon (?:this|that|the other) side\b/i;
/** Tasks of the day a movement is done for: "to get dressed", "up the stairs", "into bed", "turn over in bed". */
export const DAILY_TASK = /\bto (?:get (?:dressed|up|out|in|into)|dress|put on|climb|carry|lift|pick up)\b|\b(?:up|down) (?:the )?stairs\b|\b(?:in|into|out of|over in) (?:the )?(?:car|bed|bath|shower)\b/i;

/** A sentence about exercising in general, health signs or daily life rather than the exercise before it. */
export function isGeneralGuidance(sentence: string): boolean {
  if (SPECIFIC.test(sentence)) return false;
  return IN_GENERAL.test(sentence) || WARNING_SIGNS.test(sentence) || HABITUAL.test(sentence) || EVERYDAY_OBJECTS.test(sentence) || DAILY_TASK.test(sentence);
}

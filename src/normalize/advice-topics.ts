// What a piece of advice is about. A table of topics, each with the heading words and the lead-in
// words that name it; the block's own lead-in wins over its headings, the deepest heading over
// the outer ones.
import type { AdviceTopic } from '../model/types.js';
import type { Section } from '../read/sections.js';

interface TopicRule {
  topic: AdviceTopic;
  heading?: RegExp;
  lead?: RegExp;
}

/**
 * Everyday movements ("Rolling over in bed", "Getting into a car", "Lifting your baby"): an
 * activity of the day named by a gerund, with what it is done with or where.
 */
const GERUND = String.raw`(?:sitting|standing|lying|sleeping|lifting|bending|carrying|driving|feeding|breastfeeding)`;
const EVERYDAY_ACTIVITY = String.raw`(?:how to\s+)?(?:getting|get|rolling|roll|turning|sitting|standing|lifting|lift|carrying|carry|bending|climbing|lying|going|picking|pushing|putting|feeding|breastfeeding|changing|bathing|sleeping|driving|getting up|moving|doing)\b[^.:]{0,40}?\b(?:bed|car|chair|stairs|steps|baby|child|toddler|toilet|bath|pram|buggy|stroller|cot|crib|shopping|sofa|couch|desk|bags?|car seat|nappy|nappies|diapers?|housework|laundry|objects?|things|vacuum|hoover|up from|out of|in and out|over in)\b`;
export const EVERYDAY_MOVEMENT = new RegExp(String.raw`^(?:${GERUND}(?:,? (?:and|or|&) ${GERUND})+\b|${GERUND}$|${EVERYDAY_ACTIVITY})`, 'i');

/** Handling the baby and the things of the day: an instruction about them is a habit, not an exercise. */
/** Habits of the day ("Bend your knees when you lift…", "Sit tall whenever you feed"), not a routine. */
export const HABITUAL = /\b(?:when(?:ever)? you(?:'re| are)? (?!feel|breathe|exhale|inhale|do\b)\w+|every time|each time you|throughout the day|during the day|all day|at all times|in (?:your )?daily life|when (?:lifting|carrying|getting|picking|feeding|driving|working)|at work|at your desk)\b/i;

export const EVERYDAY_OBJECTS = /\b(?:your baby|the baby|your toddler|your child|the pram|the buggy|the stroller|car seat|shopping|nappy|nappies|diapers?|the breast|bottle|the cot|the crib|laundry|groceries)\b/i;

const TOPICS: readonly TopicRule[] = [
  {
    topic: 'everyday-movement',
    heading: EVERYDAY_MOVEMENT,
    lead: EVERYDAY_MOVEMENT,
  },
  {
    topic: 'warning-signs',
    heading: /\bwarning signs?\b|\bwhen to stop\b|\bwhen to (?:get|seek|ask for) (?:help|advice)\b|\bgetting help\b|\burgent\b|\bstop (?:exercising|exercise|the exercises?)\b|\bsigns of (?:overtraining|over-exertion|danger)\b|\bred flags?\b|\bcall (?:your|a) (?:doctor|midwife)\b|\b(?:see|contact|call|phone|ring|tell) (?:a|your|the) (?:gp|doctor|midwife|maternity unit)\b[^.]*\bif\b/i,
    lead: /\b(?:stop|refrain from|discontinue)\b[^.]*\b(?:exercis|workout|training)|\b(?:call|contact|see|tell|phone) (?:your|a|the) (?:doctor|midwife|gp|maternity|physio\w*)\b[^.]*\bif\b|\bsigns of overtraining\b|\bcall (?:your|a) (?:doctor|midwife)\b|\bseek (?:medical )?(?:help|advice|care)\b|\bconsult a doctor if\b|\b(?:bleeding|your waters|the waters|leaking fluid|fluid leak\w*|a fever|tightenings?|contractions|numbness|dizz\w*|faint\w*|chest pain|blurred vision)\b[^.]*\b(?:stop|call|ring|phone|telephone|contact|seek|tell)\b|\b(?:call|ring|phone|contact) (?:your|a|the) (?:doctor|midwife|gp|maternity|hospital|labour)\w*[^.]*\b(?:bleeding|waters|fluid|fever|tightenings?|contractions|numbness)\b/i,
  },
  {
    topic: 'contraindications',
    heading: /\bcontraindications?\b|\bwho should not\b/i,
    lead: /\bcontraindications?\b|\bno exercises?\b[^.]*\bif\b|\bshould not (?:exercise|be performed)\b/i,
  },
  {
    topic: 'faq',
    heading: /\bfrequently asked\b|\bquestions\b|\bFAQs?\b|\bQ\s*&\s*A\b/i,
  },
  {
    topic: 'when-to-exercise',
    heading: /\bwhen (?:and when not )?to exercise\b|\bhow often\b|\bwhen to (?:start|begin)\b|\bbest time\b|\balternatives?\b/i,
    lead: /\b(?:exercises?|workouts?) can be (?:performed|done)\b|\btimes a week\b|\bhow often\b/i,
  },
  {
    topic: 'general-rules',
    heading: /^(?:do|dos|don['’]?ts?|do not|avoid|things to avoid|what to avoid|what not to do|try to|try not to)$|\brules?\b|\brecommendations?\b|\bguidelines?\b|\bcaution\b|\bmoderation\b|\bprinciples?\b|\b(?:done|performed) correctly\b|\bsafety\b|\badvice\b|\btips\b|\bdos and don/i,
    lead: /\bthe main rule\b|\bprinciple\b|\bshould be performed\b|\bmust\b/i,
  },
  {
    topic: 'self-care',
    heading: /\bmassage\b|\bposture\b|\bheat\b|\bice\b|\bself[- ]care\b|\bmyofascial\b|\bremed(?:y|ies)\b|\brelief\b/i,
    lead: /\bmassages?\b|\b(?:heat|ice|cold) packs?\b|\bwarm compress\b|\bhot water bottles?\b|\bposture\b|\bbody mechanics\b|\bshoes\b/i,
  },
  {
    topic: 'benefits',
    heading: /\bbenefits?\b|\bbeneficial\b|\beffects?\b|\bwhy exercise\b|\bwell-being\b/i,
    lead: /\bbenefits?\b|\bbeneficial\b/i,
  },
];

/** The topic named by the deepest heading of the path that names one, if any. */
export function adviceTopicOfHeading(path: readonly string[]): AdviceTopic | undefined {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const rule = TOPICS.find((candidate) => candidate.heading?.test(path[i]!));
    if (rule) return rule.topic;
  }
  return undefined;
}

/** Topics a block's own first sentence names strongly enough to override its heading. */
const STRONG: ReadonlySet<AdviceTopic> = new Set(['warning-signs', 'contraindications', 'everyday-movement']);

/**
 * The topic of an advice block with this lead-in text under this heading path: a question under
 * a FAQ heading is `faq`; a lead-in naming warning signs or contraindications wins; then the
 * heading; then weaker words in the lead-in; else background.
 */
export function adviceTopic(text: string, path: readonly string[]): AdviceTopic {
  const parts = text.split(/(?<=[.!?:])\s+/);
  // A label ("Remember:", "A:", "Note:") is not the lead; the sentence after it is.
  const lead = (/^\S+(?:\s+\S+)?:$/.test(parts[0] ?? '') && parts[1] ? parts[1] : parts[0]) ?? text;
  const fromHeading = adviceTopicOfHeading(path);
  if (fromHeading === 'faq' && /\?$/.test(lead.trim())) return 'faq';
  const fromLead = TOPICS.find((rule) => rule.lead?.test(lead))?.topic;
  if (fromLead && STRONG.has(fromLead)) return fromLead;
  return fromHeading ?? fromLead ?? 'background';
}

const NAMES_EXERCISES = /\b(?:exercises?|exercising|stretch(?:es|ing)?|moves|workouts?|routine|programme|program|poses)\b/i;

/** A name or heading that names an everyday movement rather than an exercise. */
export function isEverydayMovement(name: string): boolean {
  return EVERYDAY_MOVEMENT.test(name.trim());
}

/**
 * Whether a section's headings make it advice before its content is read. Everyday movement is
 * not decided here: an exercise that says how much stays an exercise under such a heading.
 */
export function isAdviceHeading(section: Section): boolean {
  // A document's title ("Back pain: exercises and warning signs") names the whole article.
  const path: string[] = [];
  for (let at: Section | undefined = section; at; at = at.parent) {
    // A parent heading that also names exercises ("Exercises and advice from the physio team")
    // covers both: it does not make each exercise under it advice.
    const namesExercises = at !== section && NAMES_EXERCISES.test(at.heading?.text ?? '');
    if (at.heading && (at === section || at.heading.depth > 1) && !namesExercises) path.unshift(at.heading.text);
  }
  const topic = adviceTopicOfHeading(path);
  if (section.heading && LABEL_HEADING.test(section.heading.text.trim())) return true;
  return topic !== undefined && topic !== 'everyday-movement';
}

/**
 * Headings that label a kind of text, not a movement: "Important to know", "Please remember",
 * "Description", "Tip of the day", "The bottom line". An exercise under one still counts when a
 * name leads it.
 */
const LABEL_HEADING = /^(?:(?:it is |it's )?(?:important|good|useful|worth|nice|helpful|things?) to (?:know|remember|note|bear in mind)|please (?:remember|note)|remember|keep in mind|description|product description|summary|overview|in (?:short|brief|summary)|(?:the )?bottom line|(?:key|main) (?:points|takeaways|facts)|takeaways?|disclaimer|reviews?|specifications?|delivery|shipping|about (?:us|the author|this (?:page|article|leaflet))|references|sources|further reading)$|\btips? of the (?:day|week)\b/i;

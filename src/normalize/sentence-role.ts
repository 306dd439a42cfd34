// What a sentence of guidance does, decided from the sentence itself rather than its first word:
// an instruction (an imperative clause), a dosage (a quantity with a dosing verb or no verb at
// all), a starting position, a benefit (a subject that is not the reader, with an effect verb),
// a caution (the exercise itself negated, or a condition with a stop/avoid/ask), a cue (what it
// should feel like), a picture reference, or a description. The linguistic layer gives lemmas,
// tags and negation; the verb lexicons cover wink's habit of tagging sentence-initial
// imperatives as nouns ("Kneel", "Repeat").
import { analyse, type Token } from '../nlp/analyse.js';
import { parseDosage } from './dosage.js';
import { positionOf } from './attributes.js';
import { MOVEMENT_VERBS } from './verb-lexicon.js';
import { isPictureReference } from '../language/picture-reference.js';

export type SentenceRole =
  | 'instruction' | 'dosage' | 'position' | 'benefit' | 'description' | 'caution' | 'cue' | 'picture';

export interface SentenceReading {
  role: SentenceRole;
  /** Lemma of the first imperative verb, if a clause opens with one. */
  imperative?: string;
  /** The imperative is a body movement or a set-up (not "wear", "call", "eat"). */
  movement: boolean;
  /** The sentence states a quantity (repetitions, seconds, sets…). */
  quantity: boolean;
}

/** Verbs that say how much rather than what to do: "Repeat 10 times", "Hold for 5 seconds". */
const DOSAGE_VERBS = new Set(['repeat', 'hold', 'do', 'perform', 'aim', 'stay', 'keep', 'continue', 'remain', 'count', 'complete', 'practise', 'practice', 'work', 'build', 'try', 'rest', 'pause']);
/** Verbs that set up a position: "Lie on your back…", "Sit tall…", "Get on all fours…". */
const POSITION_VERBS = new Set(['lie', 'lay', 'sit', 'stand', 'kneel', 'get', 'start', 'begin', 'position', 'come', 'go', 'squat', 'crawl']);
/** Effect verbs of a benefit: "Pelvic tilts strengthen…", "This stretch eases…". */
const BENEFIT_VERBS = new Set([
  'help', 'strengthen', 'improve', 'relieve', 'reduce', 'increase', 'ease', 'tone', 'prepare', 'stretch', 'relax',
  'build', 'support', 'loosen', 'release', 'mobilise', 'mobilize', 'target', 'lengthen', 'promote', 'boost', 'prevent',
  'alleviate', 'correct', 'remove', 'eliminate', 'straighten', 'work', 'open', 'train', 'stabilise', 'stabilize',
  'restore', 'benefit', 'soothe', 'calm', 'encourage', 'activate', 'massage', 'develop',
]);
const CUE_VERBS = new Set(['feel', 'notice', 'sense']);
const SKIP_LEAD = new Set(['slowly', 'gently', 'then', 'now', 'again', 'carefully', 'softly', 'slightly', 'smoothly', 'also',
  'always', 'calmly', 'next', 'first', 'finally', 'simply', 'just', 'and', 'never', 'please', 'firmly', 'lightly', 'to',
  'afterwards', 'second', 'third', 'last', 'lastly', 'quickly', 'steadily', 'so', 'or', 'but', 'only', 'still']);
/** A day's habit told in the first or second person: "all day", "at my desk", "for hours". */
const DAY_HABIT = /\b(?:all day|at work|at (?:my|a|the|your) desk|for hours|every day at|most of the day)\b/i;
/** Verbs of beginning and continuing: with a gerund or 'to' after them in the past, a story. */
const ASPECTUAL = new Set(['start', 'begin', 'keep', 'continue', 'learn', 'stop', 'try', 'manage', 'decide']);
const SUBJECT_FOLLOWER = /^(?:is|are|was|were|can|could|will|would|should|may|might|must|has|have|had|of|'s|’s|does)$/i;
const CLAUSE_BREAK = /^(?:[,;:–—(]|then|and|but|or|while|as)$/i;

const ROUTINE = /^(?:\p{L}+\s+){0,2}?(?:do|repeat|try|perform|practi[sc]e|complete|start|begin|follow)\s+(?:(?:them|these|those)\b(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)|(?:this|these|the|all|your|any|both)\s+(?:\p{L}+\s+){0,2}?(?:programmes?|programs?|routines?|exercises|workouts?|sessions?|plans?|sequences?|moves|stretches|circuits?)|(?:each|every)\s+(?:exercise|stretch|move))\b/iu;
const NOTE_LABEL = /^(?:note|caution|warning|important|safety(?: note| tip)?|careful)\s*[:!–—-]/i;
const CAUTION_PHRASE = /\b(?:do not|don[’']t|never|avoid|skip|stop)\b[^.]{0,30}\b(?:(?:this|these) (?:exercises?|stretch(?:es)?|poses?|movements?|one)|the exercises?)\b|\bshould not be (?:done|performed|practi[sc]ed|attempted|used)\b|\b(?:is|are) not (?:recommended|suitable|safe)\b|\bnot (?:be )?recommended\b|\bstop (?:the exercise |exercising |immediately )?(?:if|when)\b|\b(?:consult|check with|talk to|speak to|ask) (?:a|your) (?:doctor|midwife|physiotherapist|physio|gp|health)/i;
const CONDITION = /^(?:note\s*:\s*)?(?:if|when|in case)\b|(?<!\bas )\bif (?:you|your|there|it)\b/i;
const STOP_WORDS = /\b(?:stop|avoid|skip|consult|leave out|omit|seek|call|contact|instead)\b/i;
const CUE_LEAD = /^(?:you (?:should|will|may|might|can) (?:feel|notice|sense)|it should feel|feel\b|notice\b|this should feel)/i;
const BENEFIT_PHRASE = /\b(?:good|great|useful|helpful|ideal|excellent|beneficial) (?:for|to)\b|\bbenefits?\b|\bhelps? (?:to )?\w/i;
const POSITION_LEAD = /^(?:starting position|start(?:ing)? pose|position)\s*:|^(?:lying|sitting|seated|standing|kneeling|on (?:your )?(?:back|side|front|tummy|stomach|hands and knees|all fours|knees)|in (?:a |the )?(?:sitting|standing|kneeling|lying|seated|all[- ]fours|tabletop|four[- ]point) (?:position|pose))\b/i;

const cache = new Map<string, SentenceReading>();
const CACHE_LIMIT = 50_000;

/** Reads one sentence (cached: shape readers ask about the same sentence more than once). */
export function readSentence(sentence: string): SentenceReading {
  let reading = cache.get(sentence);
  if (!reading) {
    reading = decide(sentence);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(sentence, reading);
  }
  return reading;
}

export function sentenceRole(sentence: string): SentenceRole {
  return readSentence(sentence).role;
}

function decide(raw: string): SentenceReading {
  const sentence = raw.replace(/^\s*(?:\d{1,2}[.)]\s+|[•*–—-]\s*)/u, '').replace(/^[“"‘'«]+/, '').trim();
  const tokens = analyse(sentence);
  const quantity = parseDosage(sentence) !== undefined;
  const imperative = imperativeOf(tokens);
  // "Start these when you feel ready", "Go at your own pace": a position verb moves only when it names a position.
  const movement = imperative !== undefined && (MOVEMENT_VERBS.has(imperative) || (POSITION_VERBS.has(imperative) && positionOf(sentence) !== undefined));
  const reading = (role: SentenceRole): SentenceReading => ({ role, ...(imperative ? { imperative } : {}), movement, quantity });
  if (isPictureReference(sentence)) return reading('picture');
  // "Do this programme 3 times a week", "Try these exercises daily": about the routine, not a movement.
  if (isCaution(sentence, tokens)) return reading('caution');
  if (ROUTINE.test(sentence)) return { role: 'description', movement: false, quantity: false };
  if (CUE_LEAD.test(sentence) || (imperative !== undefined && CUE_VERBS.has(imperative) && tokens.findIndex((t) => t.lemma === imperative) <= 1)) return reading('cue');
  // A quantity with a dosing verb, or with no verb and little else ("10 times each side"); a
  // longer verbless sentence describes the movement too ("Rocking on a ball, side to side, for 2 minutes").
  if (quantity && sentence.length < 160 && ((imperative !== undefined && DOSAGE_VERBS.has(imperative)) || (isDosageLead(tokens) && imperative === undefined)
    || (imperative === undefined && (words(tokens) <= 8 || /\b(?:lasts?|takes?)\b/i.test(sentence))))) return reading('dosage');
  if (imperative === undefined && isBenefit(sentence, tokens)) return reading('benefit');
  if (((imperative !== undefined && POSITION_VERBS.has(imperative) && firstVerbIndex(tokens) <= 2) || (POSITION_LEAD.test(sentence) && (imperative !== undefined || !hasFiniteVerb(tokens)))) && positionOf(sentence) !== undefined) return reading('position');
  if (imperative !== undefined) return reading('instruction');
  if (modalInstruction(tokens)) return { role: 'instruction', movement: true, quantity };
  return reading('description');
}

// Picture references are found by the one detector every reader shares.
export { isPictureReference, withoutPictureReferences } from '../language/picture-reference.js';

function isCaution(sentence: string, tokens: readonly Token[]): boolean {
  if (NOTE_LABEL.test(sentence)) return true;
  if (CAUTION_PHRASE.test(sentence)) return true;
  // "If you have knee pain, do not do this" / "If it hurts, stop": a condition with a refusal.
  if (CONDITION.test(sentence)) {
    const negated = tokens.some((t) => t.lemma === 'not' || t.lemma === 'never' || /^n[’']t$/i.test(t.text));
    if (negated || STOP_WORDS.test(sentence)) return true;
  }
  return false;
}

function isDosageLead(tokens: readonly Token[]): boolean {
  const first = tokens.find((t) => t.pos !== 'PUNCT');
  return first !== undefined && (first.pos === 'NUM' || /^(?:x\d*|×|reps?|sets?|repetitions?|hold|repeat)$/i.test(first.text));
}

function isBenefit(sentence: string, tokens: readonly Token[]): boolean {
  if (BENEFIT_PHRASE.test(sentence)) return !/^(?:you|your)\b/i.test(sentence) || /\bhelps?\b/i.test(sentence);
  for (let i = 1; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (!BENEFIT_VERBS.has(token.lemma) || token.negated) continue;
    const before = tokens[i - 1]!;
    // "is stretched" (passive) and "you stretch" describe the movement, not its effect.
    if (before.lemma === 'be' || before.lemma === 'you' || before.lemma === 'get') continue;
    // "Sitting, back supported.", "arms relaxed": a participle closing a noun's clause sets a
    // position (wink tags "back" there as an adverb).
    const after = tokens[i + 1];
    // "the knees are bent and straightened": a passive told of the movement, not its effect.
    let back = i - 1;
    while (back >= 0 && tokens[back]!.pos !== 'PUNCT') back -= 1;
    // ("the back is stretched out and relaxed" tells an effect: its first participle is one).
    const clause = tokens.slice(back + 1, i);
    const be = clause.findIndex((t) => t.lemma === 'be');
    const firstParticiple = be < 0 ? undefined : clause.slice(be + 1).find((t) => /ed$/i.test(t.text) || /^(?:bent|held|kept|brought|drawn|spread)$/i.test(t.text));
    if (/ed$/i.test(token.text) && firstParticiple && !BENEFIT_VERBS.has(firstParticiple.lemma)) continue;
    const opensClause = i < 2 || tokens[i - 2]!.pos === 'PUNCT';
    if (/ed$/i.test(token.text) && (before.pos === 'NOUN' || before.pos === 'PROPN' || (before.pos === 'ADV' && opensClause)) && (!after || after.pos === 'PUNCT')) continue;
    if (token.pos === 'VERB' || token.text.toLowerCase() !== token.lemma) return !tokens.slice(0, i).some((t) => t.lemma === 'you' || t.lemma === 'i');
  }
  return false;
}

/** "You can put a pillow under your knees", "You should keep your back straight". */
function modalInstruction(tokens: readonly Token[]): boolean {
  const [a, b, c] = tokens;
  if (!a || !b || !c || a.lemma !== 'you') return false;
  if (!/^(?:can|should|need|must|may|will)$/.test(b.lemma)) return false;
  const verb = c.lemma === 'to' ? tokens[3] : c;
  return verb !== undefined && MOVEMENT_VERBS.has(verb.lemma) && !CUE_VERBS.has(verb.lemma);
}

function firstVerbIndex(tokens: readonly Token[]): number {
  return tokens.findIndex((t) => t.pos === 'VERB' || MOVEMENT_VERBS.has(t.lemma) || POSITION_VERBS.has(t.lemma));
}

/** The lemma of the verb opening one of the first clauses in the imperative, if any. */
export function imperativeOf(tokens: readonly Token[]): string | undefined {
  let clauses = 0;
  let i = 0;
  while (i < tokens.length && clauses < 4) {
    const verb = clauseVerb(tokens, i);
    if (verb !== undefined) return verb;
    // Move to the start of the next clause.
    const start = i;
    i += 1;
    while (i < tokens.length && !CLAUSE_BREAK.test(tokens[i]!.text)) i += 1;
    // "Pelvic tilts strengthen … and ease …": a clause with a subject and a finite verb makes
    // the sentence a statement; its coordinated verbs are not imperatives. A lead-in clause
    // ("On the exhale,", "If so,", "Keeping your back straight,") is not such a clause.
    if (isStatementClause(tokens.slice(start, i))) return undefined;
    while (i < tokens.length && CLAUSE_BREAK.test(tokens[i]!.text)) i += 1;
    clauses += 1;
  }
  return undefined;
}

function clauseVerb(tokens: readonly Token[], from: number): string | undefined {
  let i = from;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const lower = token.text.toLowerCase();
    if (token.pos === 'PUNCT' && /^[“"‘'«(]$/.test(token.text)) i += 1;
    else if (SKIP_LEAD.has(lower) || (token.pos === 'ADV' && /ly$/.test(lower))) i += 1;
    else if ((lower === 'do' || lower === 'don’t' || lower === "don't") && /^(?:not|n[’']t)$/i.test(tokens[i + 1]?.text ?? '')) i += 2;
    else if (lower === 'do' && /^(?:n[’']t)$/.test(tokens[i + 1]?.text ?? '')) i += 2;
    // "Try to put your chest…" instructs what follows "try to".
    else if ((lower === 'try' || lower === 'remember' || lower === 'aim') && tokens[i + 1]?.text.toLowerCase() === 'to') i += 2;
    else break;
  }
  // "What I do is kneel…", "My physio had me lie on my side…": the step told as what someone does.
  i = toldStep(tokens, i);
  // A blog tells the steps it did: "I sat cross-legged…", "I slowly leaned forward…"; a class
  // says what "we" do ("We start on all fours", "we're going to lift…").
  if (/^(?:i|we|you)$/i.test(tokens[i]?.text ?? '')) {
    const person = tokens[i]!.text.toLowerCase();
    // "You sit too much at work", "we usually lift the baby…": a habit, not a step.
    if (person !== 'i' && tokens.some((t) => /^(?:too|usually|often|sometimes|always|probably|normally|generally)$/i.test(t.text))) return undefined;
    // "I sit at a desk all day": a day's habit, whoever tells it.
    if (DAY_HABIT.test(tokens.map((t) => t.text).join(' '))) return undefined;
    let j = i + 1;
    while (tokens[j]?.pos === 'ADV' && !/^(?:too|not|never)$/i.test(tokens[j]!.text)) j += 1;
    j = intentionEnd(tokens, j);
    // A class told in the present: "we're lying on our backs", "you're kneeling up tall".
    if (person !== 'i' && /^(?:'re|’re|are)$/i.test(tokens[j]?.text ?? '') && /ing$/i.test(tokens[j + 1]?.text ?? '')) {
      const doing = tokens[j + 1]!;
      if (MOVEMENT_VERBS.has(doing.lemma) || POSITION_VERBS.has(doing.lemma) || DOSAGE_VERBS.has(doing.lemma)) return doing.lemma;
    }
    while (tokens[j]?.pos === 'ADV' && !/^(?:too|not|never)$/i.test(tokens[j]!.text)) j += 1;
    const verb = tokens[j];
    if (!verb) return undefined;
    // "I started sitting down to dress", "I learned to roll…": a change of habit told, not a step.
    const next = tokens[j + 1];
    if (verb.text.toLowerCase() !== verb.lemma && ASPECTUAL.has(verb.lemma) && next && (/ing$/i.test(next.text) || next.text.toLowerCase() === 'to')) return undefined;
    // wink reads some verbs after an adverb as adjectives ("slowly lower" → low): the written word counts too.
    const written = verb.text.toLowerCase();
    if (verb.pos !== 'VERB' && written !== verb.lemma && MOVEMENT_VERBS.has(written)) return written;
    const known = MOVEMENT_VERBS.has(verb.lemma) || POSITION_VERBS.has(verb.lemma) || DOSAGE_VERBS.has(verb.lemma);
    // "we"/"you" tell a step in the present ("You lie on your back"), never in the past ("you sat all day").
    const tense = person === 'i' ? verb.pos === 'VERB' || verb.text.toLowerCase() === verb.lemma : verb.text.toLowerCase() === verb.lemma;
    if (known && tense && !/^(?:feel|notice|sense)$/.test(verb.lemma)) return verb.lemma;
    return undefined;
  }
  const token = tokens[i];
  if (!token) return undefined;
  const lower = token.text.toLowerCase();
  // "Finish lying on your side", "Start kneeling up tall": the position is the instruction.
  const gerund = tokens[i + 1];
  if (/^(?:finish|end|start|begin|stay|remain)$/.test(lower) && gerund && /ing$/i.test(gerund.text) && POSITION_VERBS.has(gerund.lemma)) return gerund.lemma;
  // Base forms only: "tilts", "lying", "stretched" are not imperatives.
  if (lower !== token.lemma && !(lower === 'lay' && token.lemma === 'lie')) return undefined;
  const known = MOVEMENT_VERBS.has(token.lemma) || POSITION_VERBS.has(token.lemma) || DOSAGE_VERBS.has(token.lemma) || CUE_VERBS.has(token.lemma);
  if (!known && token.pos !== 'VERB') return undefined;
  const next = tokens[i + 1];
  if (next && SUBJECT_FOLLOWER.test(next.text)) return undefined;
  // "Rest is important", "Walks help": a noun with a verb after it is a subject.
  if (!known && next?.pos === 'VERB') return undefined;
  return token.lemma;
}

/** Where an intention before a verb ends: "'ll", "are going to", "'re gonna", "like to", "tend to". */
function intentionEnd(tokens: readonly Token[], from: number): number {
  let j = from;
  const text = (k: number): string => tokens[k]?.text.toLowerCase() ?? '';
  if (/^(?:'ll|’ll|will|shall|can|'m|’m|am|'re|’re|are)$/.test(text(j))) {
    if (/^(?:can|will|shall|'ll|’ll)$/.test(text(j))) return j + 1;
    j += 1;
    if (text(j) === 'going' && text(j + 1) === 'to') return j + 2;
    if (text(j) === 'gon' && text(j + 1) === 'na') return j + 2;
    if (text(j) === 'gonna') return j + 1;
    return from;
  }
  if (/^(?:like|love|prefer|tend|try|want|need|have|get|choose|aim)$/.test(tokens[j]?.lemma ?? '') && text(j + 1) === 'to') return j + 2;
  return j;
}

/**
 * After a frame that tells what someone does — "What I do is (to) …", "My physio had me …",
 * "she asked us to …", "she showed me how to …" — the index of the verb told; else `from`.
 */
function toldStep(tokens: readonly Token[], from: number): number {
  const text = (k: number): string => tokens[k]?.text.toLowerCase() ?? '';
  if (text(from) === 'what' && /^(?:i|we|you)$/.test(text(from + 1))) {
    const is = tokens.findIndex((t, k) => k > from + 1 && k < from + 7 && t.lemma === 'be');
    if (is > 0) return text(is + 1) === 'to' ? is + 2 : is + 1;
  }
  for (let k = from; k < Math.min(tokens.length, from + 6); k += 1) {
    if (!/^(?:have|get|ask|tell|teach|show|want|make)$/.test(tokens[k]!.lemma) || /^(?:have|get|make)$/.test(text(k))) continue;
    if (!/^(?:me|us|you|her|him|them)$/.test(text(k + 1))) continue;
    let j = k + 2;
    if (text(j) === 'how') j += 1;
    if (text(j) === 'to') j += 1;
    const verb = tokens[j];
    if (verb && verb.text.toLowerCase() === verb.lemma && (MOVEMENT_VERBS.has(verb.lemma) || POSITION_VERBS.has(verb.lemma))) return j;
  }
  return from;
}

function isStatementClause(clause: readonly Token[]): boolean {
  const first = clause.find((t) => t.pos !== 'PUNCT');
  if (!first) return false;
  if (first.pos === 'SCONJ' || first.pos === 'ADP' || first.pos === 'ADV' || /ing$/i.test(first.text)) return false;
  return clause.some((t, k) => {
    if (t.pos === 'AUX' && !/^(?:do|does)$/i.test(t.text)) return true;
    if (t.pos !== 'VERB' || k === 0) return false;
    const lower = t.text.toLowerCase();
    if (lower !== t.lemma) return /s$/.test(lower) && !/ss$/.test(lower);
    const before = clause[k - 1]!;
    return before.pos === 'NOUN' || before.pos === 'PROPN' || (before.pos === 'PRON' && !/^(?:your|my|her|his|their|its|our)$/i.test(before.text));
  });
}

/** Verbs that only finish setting up a position: "Lie on your back, bend your knees and place your feet…". */
const SETUP_VERBS = new Set(['lie', 'lay', 'sit', 'stand', 'kneel', 'get', 'place', 'put', 'rest', 'keep', 'bend', 'cross',
  'position', 'start', 'begin', 'spread', 'open', 'fold', 'relax', 'lean', 'face', 'support', 'tuck', 'straighten', 'let',
  'cup', 'hold', 'clasp', 'interlace', 'grasp', 'grab', 'ensure', 'point', 'extend', 'stay', 'use', 'come', 'go', 'crawl', 'squat', 'wrap']);

/**
 * Where a starting-position sentence moves on to the exercise itself: "Sit in the lotus pose and
 * do lifts of the shoulders" → the offset of "do". Undefined when the whole sentence sets up.
 */
export function movementAfterSetup(sentence: string): number | undefined {
  const tokens = analyse(sentence);
  for (let i = 1; i < tokens.length; i += 1) {
    if (!CLAUSE_BREAK.test(tokens[i - 1]!.text) || CLAUSE_BREAK.test(tokens[i]!.text)) continue;
    const verb = clauseVerb(tokens, i);
    // After "then" the set-up is over, whatever the verb ("…, then lean back").
    const sequenced = /^then$/i.test(tokens[i - 1]!.text);
    if (verb === undefined || (SETUP_VERBS.has(verb) && !sequenced) || !(MOVEMENT_VERBS.has(verb) || DOSAGE_VERBS.has(verb))) continue;
    // "bend and stretch your ankles": two verbs sharing one object are one movement.
    const before = tokens[i - 2];
    const opensClause = i - 3 < 0 || CLAUSE_BREAK.test(tokens[i - 3]!.text) || tokens[i - 3]!.pos === 'ADV';
    if (/^and$/i.test(tokens[i - 1]!.text) && before && opensClause && (before.pos === 'VERB' || MOVEMENT_VERBS.has(before.lemma))) continue;
    // Where the clause starts (after any adverb such as "slowly").
    return tokens[i]!.start;
  }
  return undefined;
}

function words(tokens: readonly Token[]): number {
  return tokens.filter((t) => t.pos !== 'PUNCT').length;
}

/** "Sitting at a desk for hours stiffens the back": a statement about a position, not a set-up. */
function hasFiniteVerb(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && t.text.toLowerCase() !== t.lemma && /[^s]s$/i.test(t.text)));
}

/**
 * What makes an exercise tip stand alone on a phone: the reader has the text
 * and nothing else — no picture, no page, no earlier message. A tip must say
 * where to start (a starting position), what to do (an instruction that
 * moves, not a heading such as "Pulling and bending on all fours"), how much
 * (the record's dose, when it gives one) and when to stop.
 *
 * @module
 */
import { analyse } from '../nlp/analyse.js';

/**
 * A sentence that points at something the SMS reader cannot see: a picture,
 * photo, diagram, video or "as shown". It is never sent; a step without it may
 * still be, a starting position or caution without it may not. The detector is
 * the one normalisation uses (src/language/picture-reference.ts).
 */
export { refersElsewhere } from '../language/picture-reference.js';

/** Words that say a body position: a step with one can set the reader up when the record has no starting position. */
const POSITION_WORDS =
  /\b(?:stand|standing|sit|sitting|seated|lie|lying|kneel|kneeling|on all fours|on (?:your|the) (?:back|side|knees|hands and knees|heels)|all fours|squat|squatting|crouch)\b/i;

/** True when the sentence names a body position. */
export function givesPosition(sentence: string): boolean {
  return POSITION_WORDS.test(sentence);
}

/** Tags skipped before a clause's first word: adverbs ("gently"), quotes, conjunctions ("and then"). */
const SKIPPED = new Set(['ADV', 'PUNCT', 'CCONJ', 'SCONJ']);

/** Marks that open a new clause: "On the exhale, tilt…", "Inhale - expand…". */
const CLAUSE_BREAK = /^[,;:\u2013\u2014-]$/;

/**
 * True when the sentence is an instruction: a verb in the base form (the
 * imperative: "Lift", "Flatten", "Breathe") opens it or one of its clauses
 * ("On the exhale, gently tilt…", "With a straight back, lean…"), adverbs and
 * quotes skipped. A gerund or noun phrase ("Pulling and bending on all fours",
 * "Deep bend with hands behind the head") names a movement without telling
 * the reader to do it. The tagger often takes a verb that opens a sentence
 * for a name or adjective ("Twist", "Press", "lean"), so the caller's verbs
 * (see `exercise-parts.ts`) count in the base form whatever their tag.
 */
export function isInstruction(sentence: string, verbs: ReadonlySet<string>): boolean {
  let opening = true;
  // Tags and lemmas only: the negation pipe would cost about five times as much for nothing here.
  for (const token of analyse(sentence, { negation: false })) {
    if (token.pos === 'PUNCT' && CLAUSE_BREAK.test(token.text)) {
      opening = true;
      continue;
    }
    if (!opening || SKIPPED.has(token.pos) || /^\p{P}+$/u.test(token.text)) continue;
    opening = false;
    const word = token.text.toLowerCase();
    // A gerund ("pulling" → pull), not a verb whose base form ends so ("bring", "swing").
    if (word.endsWith('ing') && word !== token.lemma) continue;
    if ((token.pos === 'VERB' && word === token.lemma) || verbs.has(word)) return true;
  }
  return false;
}

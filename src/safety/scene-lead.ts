// A short lead that sets the scene for the sentence after it: "Two weeks postpartum? Lace up
// and run.", "Had a caesarean? HIIT from week 2 is fine.", "Week 1 after delivery: crunches 3x15."
// The lead is when or to whom the instruction applies, so rules read the two as one clause: its
// question mark or colon is read as a space (same length, so every offset holds), and an answer
// that refuses ("Sauna? Best skipped.") still reaches back to it. A yes/no or wh- question ("Is
// hot yoga OK?") is a real question and stays one; a lead that negates ("GP hasn't objected?")
// would reach into the answer, and stays apart too.

/** At most this many words before the mark. */
const MAX_LEAD_WORDS = 7;
const LEAD = /^\s*([^?:!.;]{2,80}?)([?:])(?=\s+\S)/u;
/** An auxiliary, question word or negator first: a question asked ("Not been put on rest?"), not a scene set. */
const ASKING = /^(?:not|no|never|nobody|is|are|am|was|were|can|could|should|shall|will|would|do|does|did|may|might|must|have|has|what|when|where|why|how|which|who|whom|whose|any|anyone|anybody)\b/iu;
const LATIN = /^[\p{Script=Latin}\p{N}\s'’&/.,+-]+$/u;
const NEGATING = /n't\b|\b(?:not|no|never|without|nobody|nothing)\b/iu;
/** Labels that introduce an answer or a quotation, not a scene: "Q:", "A:", "Myth:", "Fact:". */
const LABEL = /^(?:q|a|question|answer|(?:the )?myths?(?: busted| buster)?|busted|debunked|false|true|fact|facts|truth|reality|note|tip|warning|caution|important|disclaimer|source|update|edit)$/iu;

/** The end offset of a scene-setting lead (the index of its mark), or undefined. */
export function sceneLeadEnd(text: string): number | undefined {
  const match = LEAD.exec(text);
  if (!match) return undefined;
  const lead = match[1]!.trim();
  const words = lead.split(/\s+/).length;
  // The rules read English: a lead in another script ("你的肩膀向前滚吗?") is left as it is.
  if (!LATIN.test(lead) || words > MAX_LEAD_WORDS || ASKING.test(lead) || LABEL.test(lead) || NEGATING.test(lead)) return undefined;
  // A clock time or ratio ("10:30", "3:1") is not a mark.
  if (match[2] === ':' && /\d$/.test(lead) && /^\d/.test(text.slice(match.index + match[0].length))) return undefined;
  return match.index + match[0].length - 1;
}

/** The sentence with a scene-setting lead's mark read as a space. */
export function joinSceneLead(text: string): string {
  const end = sceneLeadEnd(text);
  return end === undefined ? text : `${text.slice(0, end)} ${text.slice(end + 1)}`;
}

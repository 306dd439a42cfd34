// General negation handling: a rule match is not a finding when its clause negates it or advises
// avoiding it — a negator before the match ("do not hold your breath", "avoid saunas", "ensure
// there is no breath holding") or a post-negation after it ("saunas and hot tubs aren't
// recommended", "... should be avoided"). Scope is the clause (see clauses.ts) and a few words.
import { clauseScope, type Segment } from './clauses.js';

/** How many words may stand between a negator and the match it negates. */
export const NEGATION_WINDOW_WORDS = 16;

/** Words after which "no" says yes: "no problem", "no worries", "no sweat". */
export const NO_AS_YES: readonly string[] = ['problem', 'problems', 'worry', 'worries', 'issue', 'issues', 'bother', 'sweat'];
const YES_AFTER_NO = NO_AS_YES.join('|');

/** Negators that may precede the match in its clause. Sentences are normalised to ASCII quotes. */
const PRE_NEGATOR = new RegExp(
  [
    // "Why not book a ski trip?", "why don't you try the sauna?" suggest, not negate.
    String.raw`\b(?:(?<!\bwhy\s)not(?!\s+only\b)|never|nobody|no\s+one|no-one|no(?!\s+(?:matter|doubt|wonder|${YES_AFTER_NO})\b)|nor|neither|nothing(?!\s+(?:beats|beat|compares|tops|like|better\s+than)\b)|none|without`,
    String.raw`avoid|avoids|avoided|avoiding|refrain|refrains|refraining|instead\s+of|rather\s+than`,
    String.raw`stop|stops|stopping|skip|cannot|steer\s+clear\s+of|say\s+no\s+to|beware\s+of`,
    String.raw`(?:take|use|exercise)\s+caution|careful|cautious|unsafe|dangerous|harmful|risky|prohibited|contraindicated)\b`,
    // Advice against: "midwives advise against saunas", "guidelines warn against scuba".
    String.raw`\b(?:advise|advises|advised|advising|warn|warns|warned|warning|caution|cautions|cautioned|recommend|recommends|recommended|counsel|counsels|counselled|counseled)\s+against\b`,
    // Deferral: "wait until your midwife says it is safe before starting sit-ups", "hold off on
    // crunches", "only after your six-week check": the match is put off, not recommended now.
    // Preferred over: "choose a warm shower over a hot bath".
    String.raw`\b(?:choose|chose|pick|prefer|opt\s+for)\b[^.;!?]{0,40}?\bover\b`,
    // Someone else does it: "get help with the shopping", "let your partner carry the car seat".
    String.raw`\b(?:(?:get|ask\s+for|accept|have|enlist)\s+(?:some\s+)?help\s+(?:with|to|carrying|lifting)|let\s+(?:someone|others|other\s+people|your\s+partner|family|friends)\s+(?:else\s+)?(?:do|carry|lift|handle|take)|(?:ask|get|have)\s+(?:someone|your\s+partner|others|other\s+people|family|a\s+friend)\s+(?:else\s+)?to\s+(?:carry|lift|do|take))\b`,
    // A claim reported to deny it: "claims that a stretch cures sciatica", "the myth that …".
    String.raw`\b(?:myths?\s+that|claims?\s+that|the\s+idea\s+that|beware\s+of\s+claims|(?:don't|do\s+not)\s+believe)\b`,
    String.raw`\b(?:wait(?:ing)?\s+(?:until|till|for)|leave\s+out|hold\s+off|postpone|put\s+off|delay|not\s+(?:until|before)|only\s+(?:after|once|when|if))\b`,
    // "Who says you can't do burpees at day 8?" asks a question that encourages.
    String.raw`\b(?<!\bwhy\s)(?<!\bwho\s+(?:says|said)\s+(?:you|we|i|mums?|women)\s)(?:don|doesn|didn|won|can|shouldn|mustn|isn|aren|wasn|weren|wouldn|couldn)'t\b`,
  ].join('|'),
  'giu',
);

/**
 * A negator that is itself negated reverses it: "no need to avoid hot tubs", "it is not dangerous
 * to lie on your back", "you don't have to stop": the match is recommended, not advised against.
 */
const CANCELLING_PHRASE = /^(?:(?:don't|do\s+not|never)\s+let\s+(?:[\p{L}'-]+\s+){0,4}?(?:stop|hold|keep|put|prevent|scare|get\s+in\s+the\s+way)\b|no\s+(?:need|reason|danger|harm|risk)|not\s+(?:need|have)\s+to|not\s+(?:really\s+)?(?:necessary|needed|dangerous|harmful|risky|unsafe|a\s+problem)|nothing\s+(?:dangerous|harmful|wrong)|(?:don't|doesn't|do\s+not|does\s+not|never)\s+(?:need|have)\s+to|needn't)\b/iu;
/** What a cancelling phrase leaves just before the negator it cancels. */
const CANCELLED_BY_NEED = /\b(?:no\s+(?:need|reason)|not\s+(?:necessary|needed)|(?:don't|doesn't|do\s+not|does\s+not|never)\s+(?:need|have)|needn't)\s+(?:to\s+)?$/iu;
const CANCELLED_BY_NOT = /(?:\b(?:not|never)|n't)\s+(?:really\s+|at\s+all\s+)?$/iu;
const HARM_WORD = /^(?:dangerous|harmful|risky|unsafe|careful|cautious)$/iu;
/** "Don't let pregnancy stop you skiing": the stopping is what is let, not what is advised. */
const CANCELLED_BY_LET = /\blet\s+(?:[\p{L}'-]+\s+){0,3}$/iu;
const LET_NEGATOR = /^(?:stop|stops|nothing|no)$/iu;

/** "No need to", "you don't have to": a negator that says the action is not needed. */
const NEED_PHRASE = /^(?:no\s+(?:need|reason)|not\s+(?:need|have)\s+to|not\s+(?:really\s+)?(?:necessary|needed)|(?:don't|doesn't|do\s+not|does\s+not|never)\s+(?:need|have)\s+to|needn't)\b/iu;

/** True when the negator at `index` is part of a negated negation and so does not negate the match. */
function cancelled(before: string, index: number, negator: string): boolean {
  const from = before.slice(index, index + negator.length + 40);
  // "No need to push to exhaustion" negates the pushing; "no need to avoid hot tubs" does not:
  // a need phrase cancels only a negator that follows it.
  const need = NEED_PHRASE.exec(from);
  if (need) {
    const rest = before.slice(index + need[0].length);
    PRE_NEGATOR.lastIndex = 0;
    const again = PRE_NEGATOR.test(rest);
    PRE_NEGATOR.lastIndex = 0;
    return again;
  }
  if (CANCELLING_PHRASE.test(from)) return true;
  const lead = before.slice(Math.max(0, index - 40), index);
  // "no need to avoid", "you don't have to stop": any negator; "not dangerous": a harm word only.
  return CANCELLED_BY_NEED.test(lead) || (CANCELLED_BY_NOT.test(lead) && HARM_WORD.test(negator))
    || (CANCELLED_BY_LET.test(lead) && LET_NEGATOR.test(negator));
}

/** Words that open a relative or conditional clause. */
const SUBORDINATOR = /\b(?:who|whose|that|which|where|if|when|whenever|once)\b/iu;

/** A finite verb that would belong to the main clause after a subordinate one. */
const MAIN_VERB = /\b(?:can|could|will|would|may|might|should|must|is|are|was|were|helps?|makes?|lets?)\b/iu;

/** Post-negations that may follow the match in its clause. */
const POST_NEGATION = new RegExp(
  [
    String.raw`\b(?:is|are|was|were|be|being)\s+(?:not|never)\s+(?:recommended|advised|advisable|safe|allowed|permitted|suitable|appropriate|a\s+good\s+idea)\b`,
    String.raw`\b(?:isn|aren|wasn|weren)'t\s+(?:recommended|advised|advisable|safe|allowed|permitted|suitable|appropriate|a\s+good\s+idea)\b`,
    String.raw`\bnot\s+(?:recommended|advised|advisable|safe|allowed|permitted|suitable)\b`,
    String.raw`\b(?:should|must|need\s+to|needs\s+to|are\s+to|is\s+to|to)\s+be\s+avoided\b|\bbest\s+avoided\b`,
    String.raw`\b(?:is|are|can\s+be|could\s+be|may\s+be)\s+(?:unsafe|dangerous|harmful|risky|toxic|poisonous|deadly|contraindicated|prohibited|forbidden|off-limits)\b`,
    String.raw`\b(?:should|must)(?:\s+not|n't|\s+never)\s+be\s+(?:done|used|practi[cs]ed|performed|attempted|tried|taken|drunk|eaten|given)\b`,
    // Risk said of the thing itself: "horse riding and skiing carry a risk of falls".
    String.raw`\b(?:carry|carries|pose|poses|bring|brings|raise|raises|increase|increases)\s+(?:a\s+|an\s+)?(?:(?:high|higher|real|serious|big|bigger|extra|added)\s+)?risks?\b`,
    String.raw`\b(?:all\s+)?(?:risk|risks)\s+(?:a\s+)?(?:falls?|falling|blows?|injury|injuries|trauma|knocks?)\b`,
    String.raw`\b(?:is|are)\s+not\s+(?:part\s+of|included|offered|available)\b|\b(?:isn|aren)'t\s+(?:part\s+of|included|offered|available)\b`,
    String.raw`\b(?:raise|raises|push|pushes|put|puts)\s+(?:up\s+)?(?:your|the|a\s+woman's|core|body)\s+(?:core\s+|body\s+)?temperature\b`,
    // Postponed or swapped: "save the hot tub for after the birth", "best swapped for swimming",
    // "on hold until after the birth", "give the sauna a miss".
    String.raw`\b(?:until|till|til)\s+after\b|\bfor\s+after\s+(?:the|your|baby|delivery|giving|pregnancy|you)\b`,
    String.raw`\b(?:best|better)\s+(?:swapped|replaced|traded|exchanged|switched|saved|kept|put\s+off|postponed|sat\s+out|skipped|missed|dropped|paused)\b|\b(?:swapped|replaced|traded|exchanged)\s+(?:(?:it|them|that|those|these)\s+)?(?:for|with)\b`,
    String.raw`\bon\s+(?:hold|ice|the\s+back\s*burner)\b|\ba\s+miss\b`,
    String.raw`\b(?:can|should|must)\s+wait\b`,
    String.raw`\b(?:is|are)\s+not\s+(?:the\s+)?(?:goal|aim|point|advised)\b`,
    String.raw`\bonly\s+(?:after|once|when|if)\b|\bnot\s+(?:until|before)\b`,
    String.raw`\b(?:best|better)\s+left\b|\bleft\s+(?:out|until|for\s+later)\b`,
    String.raw`\b(?:out\s+of\s+(?:your|the)\s+(?:practice|routine|session|programme|program|workouts?|plan|classes?)|off\s+the\s+(?:menu|list|table|cards)|(?:not\s+)?on\s+the\s+cards)\b`,
    // On a list of things to avoid: "skiing and riding are among the activities to avoid".
    String.raw`\b(?:things?|activities|sports?|exercises?|moves?|positions?|poses?)\s+(?:you\s+should\s+|to\s+)(?:avoid|skip|steer\s+clear\s+of|give\s+up|stay\s+away\s+from)\b`,
    String.raw`\b(?:off[-\s]limits|out\s+of\s+bounds|out\s+of\s+the\s+question|a\s+no-(?:go|no)|no-go)\b`,
    // Ruled out at the end of a clause: "trampolining and high-impact classes are out".
    // Not in a clause of time ("once the stitches are out"), which says when, not that it is ruled out.
    String.raw`\b(?<!\b(?:once|when|whenever|after|until|till|before|if|as\s+soon\s+as)\s+(?:(?:the|your|my|her|those|these)\s+)?[\p{L}'-]+\s+)(?:is|are)\s+(?:(?:right|definitely|completely)\s+)?out(?=\s*(?:[.;,!]|$))`,
    String.raw`\b(?:is|are|was|were)\s+not\s+(?:backed|supported|true|proven|evidence-based)\b|\b(?:isn|aren)'t\s+(?:backed|supported|true|proven)\b|\b(?:is|are)\s+(?:an?\s+)?(?:(?:old|common|popular|persistent|dangerous|total|complete|outdated|old\s+wives')\s+)?(?:myths?|untrue|false|unproven|nonsense|misleading)\b`,
    // A quoted saying judged: "'Just push through it' is the worst advice in pregnancy".
    String.raw`\b(?:is|are|was)\s+(?:the\s+|a\s+)?(?:worst|bad|terrible|awful|dangerous|outdated|wrong)\s+(?:advice|idea|thing\s+to\s+do)\b`,
  ].join('|'),
  'iu',
);

const WORD = /[\p{L}\p{N}']+/gu;

function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * True when the match [start, end) of a (normalised) sentence is negated or advised against in
 * its own clause.
 */
/** A yes-or-no question about doing something: "Is a sauna OK?", "Q: Can I use the hot tub?". */
const ASKED = /(?:^|[.!?]\s+|\bq\s*[:.]\s*)(?:is|are|can|could|should|may|do|does|would)\b[^?]{0,120}$/iu;
/** An answer that refuses: "No, …", "A: No", "Most experts say no", "Best not", "Not recommended" (not "No problem"). */
const REFUSED = new RegExp(String.raw`^\?\s*(?:a\s*[:.]\s*)?(?:no\b(?![\s,]+(?:reason|harm|danger|risk|need|doubt|${YES_AFTER_NO}))|nope\b|not\s+(?:really|recommended|advised|safe)\b|best\s+not\b|better\s+not\b|(?:most\s+|many\s+)?(?:experts|doctors|midwives|guidelines)\s+say\s+no\b|it(?:'s|\s+is)\s+not\s+(?:safe|recommended|advised)\b|avoid\b)`, 'iu');

/**
 * The match sits in a question that the next words answer "no": "Is horse riding ok when
 * pregnant? Most experts say no." The activity is asked about and refused, not recommended.
 */
function askedAndRefused(text: string, start: number, end: number): boolean {
  if (reportedAndRefused(text, start, end)) return true;
  const mark = text.indexOf('?', start);
  if (mark < 0 || !ASKED.test(text.slice(0, start))) return false;
  // Only when the question mark closes the match's own sentence.
  if (/[.!]/.test(text.slice(start, mark))) return false;
  return REFUSED.test(text.slice(mark));
}

/** A question reported: "She asked at 3 weeks whether she could do HIIT". */
const ASKED_REPORTED = /\b(?:asked|asks|wondered|wonders|wanted\s+to\s+know)\b[^.;!?]{0,60}\b(?:whether|if)\b[^.;!?]{0,120}$/iu;
/** The reported answer that refuses: "; we said not yet", ", and I told her no". */
const REFUSED_REPORTED = new RegExp(String.raw`^[^.;!?]{0,80}?[;,.–—-]?\s*(?:and\s+|but\s+|so\s+)?(?:we|i|they|he|she|the\s+\p{L}+|her\s+\p{L}+|my\s+\p{L}+)\s+(?:said|say|says|told\s+(?:her|him|them|me|us)|answered|replied|advised)\s*:?\s*(?:no\b(?![\s,]+(?:reason|${YES_AFTER_NO})\b)|not\s+yet\b|not\s+(?:now|until)\b|to\s+wait\b|(?:she|he|they|you)\s+(?:should|must)\s+wait\b)`, 'iu');

/** The match sits in a reported question whose reported answer is no. */
function reportedAndRefused(text: string, start: number, end: number): boolean {
  const asked = ASKED_REPORTED.exec(text.slice(0, end));
  return asked !== null && asked.index <= start && REFUSED_REPORTED.test(text.slice(end));
}

/** Where a labelled myth ends: its closing quote, or the first full stop, dash or semicolon. */
function mythEnd(text: string, from: number): number {
  const quoted = /^['"‘“]/.test(text.slice(from)) ? text.slice(from + 1).search(/['"’”]/) : -1;
  if (quoted >= 0) return from + 1 + quoted;
  const stop = text.slice(from).search(/[.;!?]|\s[–—-]\s/);
  return stop < 0 ? text.length : from + stop;
}

const GIVEN_UP = /\b(?:stopped|quit|quitting|gave\s+up|give\s+up|giving\s+up|no\s+longer|ditched)\s+(?:doing\s+|going\s+to\s+|my\s+|her\s+|the\s+|all\s+)?(?:[\p{L}'-]+\s+)?$/iu;

/** "Myth: '…'", "Myth busted: …": what the label introduces is set out to be denied. */
const MYTH_LABEL = /^\s*(?:(?:the\s+)?myth(?:\s+busted|\s+buster)?|busted|debunked|false)\s*[:–—-]\s*/iu;

export function isNegated(text: string, segments: readonly Segment[], start: number, end: number): boolean {
  // The label's claim runs to the end of its quotation, or else of its sentence's first part.
  const myth = MYTH_LABEL.exec(text);
  if (myth && start >= myth[0].length && start < mythEnd(text, myth[0].length)) return true;
  if (askedAndRefused(text, start, end)) return true;
  const { from, to } = clauseScope(text, segments, start, end);
  const before = text.slice(from, start);
  // "Let others carry your toddler": the match starts at the verb someone else is given.
  // Given up, right before the match: "I stopped doing headstands", "she quit hot yoga" (not
  // "since I quit work I do hot yoga": what was given up must be what the rule matched).
  if (GIVEN_UP.test(before)) return true;
  const lead = DELEGATION.exec(text.slice(from, end));
  if (lead && wordCount(text.slice(from + lead.index, start)) <= NEGATION_WINDOW_WORDS) return true;
  for (const m of before.matchAll(PRE_NEGATOR)) {
    const between = before.slice(m.index + m[0].length);
    if (wordCount(between) > NEGATION_WINDOW_WORDS) continue;
    // "Women who have no complications can use the hot tub": the negator sits in a relative or
    // conditional clause and a verb of the main clause follows, so it does not reach the match.
    if (SUBORDINATOR.test(before.slice(0, m.index)) && MAIN_VERB.test(between)) continue;
    // "no need to avoid …", "not dangerous to …": the negation is cancelled, the match stands.
    if (cancelled(before, m.index, m[0])) continue;
    return true;
  }
  const after = text.slice(end, Math.max(end, to));
  const post = POST_NEGATION.exec(after);
  if (post !== null && wordCount(after.slice(0, post.index)) <= NEGATION_WINDOW_WORDS) return true;
  if (deferred(before, after)) return true;
  // A warning that points back at a list, past the list's own clause: "Pennyroyal, blue cohosh
  // and tansy are sold as period remedies, and none of them should ever be taken".
  const rest = text.slice(end);
  if (INSTEAD_OF_DOING.test(rest)) return true;
  if (isPainCondition(text, start, end)) return true;
  const back = BACK_REFERRING_WARNING.exec(rest);
  return back !== null && wordCount(rest.slice(0, back.index)) <= NEGATION_WINDOW_WORDS;
}

/** Openers of a condition the main clause answers ("If …, stand on both feet"). */
const CONDITION_START = /\b(?:if|when|whenever|should|where)\b/giu;
/** Ends of a condition: the comma or hard boundary before its main clause. */
const CONDITION_END = /[,;:!?.]|\s-\s|\bthen\b/u;
/**
 * The condition says the thing hurts or troubles the reader: "if one-legged balances bring on
 * pelvic pain", "should lunges make your pubic bone ache", "when the straddle feels too much".
 */
const TROUBLE = /\b(?:hurts?|hurting|hurt|aches?|aching|ached|sore|soreness|painful|pain|pains|twinges?|niggles?|niggly|uncomfortable|discomfort|unsteady|wobbly|dizzy|faint|strain(?:s|ed)?|aggravates?|aggravated|flares?|too\s+(?:much|hard|difficult|tricky|intense))\b/iu;

/**
 * True when the match sits in a condition that names it as the cause of pain or trouble: the
 * sentence then gives an alternative to it ("If balancing on one leg makes your pelvis ache, stand
 * on both feet"), it does not recommend it. The condition runs from its opener, with no comma
 * between the opener and the match, to the first boundary after the match.
 */
export function isPainCondition(text: string, start: number, end: number): boolean {
  let opener = -1;
  for (const m of text.slice(0, start).matchAll(CONDITION_START)) opener = m.index;
  if (opener < 0 || CONDITION_END.test(text.slice(opener, start))) return false;
  const tail = text.slice(end);
  const close = CONDITION_END.exec(tail);
  // A condition with no main clause after it is not a condition of this kind.
  if (close === null) return false;
  const main = tail.slice(close.index + close[0].length);
  // "If you are too out of breath to chat, slow down": the main clause eases off.
  if (EASE_OFF.test(main)) return true;
  if (!TROUBLE.test(text.slice(opener, start)) && !TROUBLE.test(tail.slice(0, close.index))) return false;
  // "When lunges hurt, do more of them": a main clause that keeps on is no alternative.
  return !KEEP_ON.test(main);
}
/**
 * A main clause that stops or eases off what the condition names. Not "talk to your GP": "when you
 * have finished six weeks, talk to your GP" does not make the six weeks a trouble.
 */
const EASE_OFF = /^\W*(?:then\s+|just\s+|please\s+)?(?:stop|slow|ease|rest|sit\s+down|swap|skip|switch|drop|take\s+a\s+break|back\s+off|reduce|leave|avoid)\b/iu;
const KEEP_ON = /\b(?:keep|keeps|carry\s+on|continue|push|power|more|anyway|harder|further|deeper|longer|through\s+it|ignore|normal)\b/iu;

/** Verbs that put a thing away for later; they defer only with a time after the match. */
const DEFER_VERB = /\b(?:leave|leaving|save|saving|park|shelve|retire|mothball|bench|pack\s+away|put\s+away|hang\s+up|store|pause|take\s+a\s+break\s+from|have\s+a\s+break\s+from|give\s+up)\b/iu;
const LATER = /\b(?:until|till|til|for)\s+(?:after|later|another\s+(?:time|year|day|season)|next\s+(?:year|season|time)|the\s+birth|(?:your|the)\s+(?:baby|little\s+one|birth|delivery)|you(?:'ve|\s+have)\s+had|baby\s+(?:is|has|comes|arrives))\b|\bfor\s+(?:now|the\s+time\s+being|the\s+moment|a\s+while|nine\s+months|this\s+(?:season|year|pregnancy))\b|\bthis\s+(?:season|time|year)\b/iu;
const INSTEAD_AFTER = /\b(?:and|but|so)\s+(?:try|choose|do|enjoy|opt\s+for|go\s+for|pick|stick\s+to|take\s+up)\b[^.;!?]{0,60}\binstead\b(?!\s+of)/iu;
const LEAVE_VERB = /\b(?:leave|leaving|keep|keeping|cut|cutting|drop|dropping|take|taking)\b/iu;
const LEAVE_OUT_AFTER = /^\W*(?:[\p{L}\p{N}'-]+\W+){0,6}?out(?:\s+of\s+(?:it|your|the|this))?\b(?!\s+(?:loud|there|of\s+breath))/iu;
const AWAY_VERB = /\b(?:put|puts|pack|packs|tuck|lock|hang)\b/iu;
const AWAY_AFTER = /^\W*(?:[\p{L}\p{N}'-]+\W+){0,3}?(?:away|up)\b/iu;
/** "Swap netball for swimming", "replace the sauna with a warm bath": the first is given up. */
const SWAP_VERB = /\b(?:swap|swapping|replace|replacing|trade|trading|exchange|exchanging)\b/iu;
const SWAP_FOR = /^\W*(?:[\p{L}\p{N}'-]+\W+){0,6}?(?:for|with)\b/iu;

/** True when the clause puts the match off for later or swaps it for something else. */
function deferred(before: string, after: string): boolean {
  const defer = DEFER_VERB.exec(before);
  if (defer && wordCount(before.slice(defer.index)) <= NEGATION_WINDOW_WORDS && LATER.test(after)) return true;
  // "Put your netball kit away until the baby has arrived": the verb and its "away" around the match.
  const away = AWAY_VERB.exec(before);
  if (away && wordCount(before.slice(away.index)) <= 6 && AWAY_AFTER.test(after) && LATER.test(after)) return true;
  // "Leave lunges and wide squats out in the last weeks": the verb and its "out" around the match.
  const leave = LEAVE_VERB.exec(before);
  if (leave && wordCount(before.slice(leave.index)) <= 6 && LEAVE_OUT_AFTER.test(after)) return true;
  // "Retire your skis and try walking instead": something else is done in its place.
  if (INSTEAD_AFTER.test(after)) return true;
  const swap = SWAP_VERB.exec(before);
  return swap !== null && wordCount(before.slice(swap.index)) <= 8 && SWAP_FOR.test(after);
}

/** "Help with coaching instead of playing": the activity named before is replaced. */
const INSTEAD_OF_DOING = /\binstead\s+of\s+(?:playing|doing\s+(?:it|them|that)|taking\s+part|joining\s+in|competing|riding|going\s+in|using\s+(?:it|them))\b/iu;

/** Someone else does the work: a match that passes over this is not advice to do it oneself. */
export const DELEGATION = /\b(?:(?:get|ask\s+for|accept|have|enlist)\s+(?:some\s+)?help\s+(?:with|to|carrying|lifting)|let\s+(?:someone|others|other\s+people|your\s+partner|family|friends)\s+(?:else\s+)?(?:do|carry|lift|handle|take)|(?:ask|get|have)\s+(?:someone|your\s+partner|others|other\s+people|family|a\s+friend)\s+(?:else\s+)?to\s+(?:carry|lift|do|take))\b/iu;

/** The time after the birth said of a match: it is advice for then, not for pregnancy. */
const AFTER_THE_BIRTH = /\b(?:after|once|when)\s+(?:the|your)\s+(?:baby|birth|delivery|little\s+one)\b|\bafter\s+(?:giving\s+birth|delivery|you(?:'ve|\s+have)\s+had\s+(?:the|your)\s+baby)\b|\b(?:postnatally|postpartum)\b/iu;

/** True when the sentence speaks of the time after the birth anywhere (a cheap test before the clause is found). */
export function mentionsAfterTheBirth(text: string): boolean {
  return AFTER_THE_BIRTH.test(text);
}

/**
 * True when the clause of the match [start, end) puts it after the birth ("saunas are a treat to
 * look forward to after your baby arrives"). Only rules of pregnancy alone ask this.
 */
export function isAfterTheBirth(text: string, segments: readonly Segment[], start: number, end: number): boolean {
  const { from, to } = clauseScope(text, segments, start, end);
  return AFTER_THE_BIRTH.test(text.slice(from, Math.max(from, to)));
}

const BACK_REFERRING_WARNING = /\b(?:never\s+again|(?:won't|will\s+not|wouldn't|would\s+not)\s+(?:be\s+)?(?:doing|do|try|trying|repeat|repeating|go\s+back\s+to|recommend(?:ing)?)\s+(?:that|it|this|them)|(?:wouldn't|would\s+not|don't|do\s+not|can't|cannot)\s+recommend\s+(?:it|that|this|them)|(?:a\s+)?(?:big|huge)\s+mistake|lesson\s+learn(?:ed|t)|(?:i|we)\s+regret(?:ted)?\s+it|(?:but|and|so)\s+(?:(?:i|we|she)\s+)?(?:stopped|quit|gave\s+(?:it|them)\s+up|cancell?ed|called\s+(?:it|the\s+trip)\s+off|pulled\s+out|(?:swapped|switched|traded|replaced)\s+(?:it|them|that|those)\s+(?:for|with))\b|not\s+worth\s+(?:it|the\s+risk)|(?:wait|hold\s+off)\s+(?:until|till)\s+after|(?:save|keep|leave)\s+(?:them|it|these|those)\s+(?:for|until)\s+(?:after|later)|none\s+of\s+(?:them|these|those|which)|(?:give|gives)\s+(?:them|these|those|it)\s+a\s+miss|(?:avoid|skip)\s+(?:them|these|those|all\s+of\s+them)|(?:stay|keep)\s+(?:away|clear)\s+(?:from\s+|of\s+)?(?:them|these|those)|(?:they|these|all\s+of\s+(?:them|these)|both)\s+(?:are|can\s+be|may\s+be)\s+(?:dangerous|toxic|poisonous|unsafe|harmful)|(?:should|must)\s+(?:never|not)\s+be\s+(?:taken|used|drunk|eaten))\b/iu;

/**
 * The sentence with typographic apostrophes and quotes made ASCII and no-break spaces made plain,
 * one UTF-16 unit for one, so offsets in the result are offsets in the original.
 */
export function normalizeSentence(sentence: string): string {
  return sentence
    .replace(/[\u2018\u2019\u02bc\u2032]/gu, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/gu, '"')
    .replace(/[\u00a0\u2007\u202f]/gu, ' ');
}

/** A negator among the few words just before a phrase: "no pain", "without any bleeding", "not dizzy". */
const NEAR_NEGATOR = new RegExp(String.raw`(?:\b(?:no(?!\s+(?:matter|doubt|${YES_AFTER_NO})\b)|not|never|without|nor|free\s+of|absence\s+of)|n't)\s+(?:[\p{L}'-]+\s+){0,2}$`, 'iu');

/**
 * True when the words just before [start, …) deny it: a context word such as a warning sign is
 * then absent ("keep going if you have no pain"), while "do not stop if you feel dizzy" still
 * speaks of dizziness.
 */
export function isDeniedNearby(text: string, start: number): boolean {
  return NEAR_NEGATOR.test(text.slice(Math.max(0, start - 60), start));
}

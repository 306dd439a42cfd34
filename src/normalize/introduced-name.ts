// The name a sentence of prose gives the exercise it introduces, where no heading or lead names
// it: "The first one is the cat stretch.", "Next up is the seated side stretch.", "What I do is a
// pelvic tilt against the wall.", "My teacher calls this a wide-knee child's pose.", "Many women
// find the all-fours pelvic tilt helps.", "The shoulder blade squeeze is a good one." Read from
// the tagged tokens: a noun phrase whose head is a movement (a nominalised movement verb such as
// tilt, squeeze, stretch, or an exercise noun such as pose, clam, push-up), with a modifier that
// identifies it ("cat", "seated side") — or, after a naming frame ("is", "calls this", "doing"),
// the bare head ("clams").
import { analyse, type Token } from '../nlp/analyse.js';
import { capitalize } from './drafts.js';
import { MOVEMENT_VERBS } from './verb-lexicon.js';

/** Nouns of exercises that are not movement verbs. */
const EXERCISE_NOUNS = new Set(['pose', 'clam', 'clamshell', 'rotation', 'raise', 'curl', 'plank', 'crunch', 'pump', 'hitch',
  'opener', 'push-up', 'press-up', 'pushup', 'sit-up', 'bridge', 'squat', 'lunge', 'circle', 'exercise', 'stretch', 'breathing',
  'angel', 'cobra', 'cat', 'cow', 'dog', 'butterfly', 'shell']);
/** Heads that name no exercise on their own. */
const GENERIC_HEAD = new Set(['stretch', 'exercise', 'move', 'movement', 'pose', 'workout', 'routine', 'breathing', 'hold', 'squeeze', 'lift']);
/** Modifiers that say how the writer feels about it, not which exercise it is. */
const EVALUATIVE = new Set(['good', 'great', 'gentle', 'little', 'small', 'big', 'nice', 'simple', 'easy', 'lovely', 'same', 'other',
  'real', 'quick', 'slow', 'new', 'favourite', 'favorite', 'proper', 'strong', 'light', 'whole', 'full', 'best', 'first', 'next',
  'last', 'second', 'third', 'final', 'another', 'one', 'few', 'more', 'extra', 'further', 'useful', 'helpful', 'deep', 'mild', 'slight', 'huge', 'amazing']);
/** Prepositions that may close a name: "a pelvic tilt against the wall", "hip circles on a birth ball". */
const NAME_PREPOSITION = new Set(['against', 'on', 'at', 'with', 'in', 'over']);
/** A subject that points at the exercise rather than naming it: "the first one is…", "this is…". */
const POINTER = new Set(['one', 'this', 'it', 'that', 'what', 'next', 'up', 'first', 'favourite', 'favorite', 'exercise', 'move']);

/** Verbs that recommend or like what follows: "like the bridge", "recommend a clam". */
const ADVISING = new Set(['like', 'love', 'recommend', 'suggest', 'try', 'enjoy', 'prefer', 'swear']);

const QUOTED_ONLY = /^[“"‘'«]([^“”"‘’'«»]{2,50})[”"’'»][.!:]?$/u;

interface Word { text: string; lemma: string; pos: string; start: number; end: number }

/** Tokens joined across hyphens and possessives: "push - up" → "push-up", "child 's" → "child's". */
function wordsOf(sentence: string, tokens: readonly Token[]): Word[] {
  const words: Word[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const last = words.at(-1);
    const possessive = /^['’]s$/i.test(token.text) && token.pos !== 'AUX' && (last?.pos === 'NOUN' || last?.pos === 'PROPN');
    const glued = last !== undefined && last.end === token.start && last.pos !== 'PUNCT'
      && (token.text === '-' || possessive || sentence.charAt(token.start - 1) === '-');
    if (glued) {
      last.text = sentence.slice(last.start, token.end);
      last.end = token.end;
      if (token.text !== '-' && !/^['’]s$/i.test(token.text)) {
        last.lemma = `${last.text.slice(0, last.text.length - token.text.length)}${token.lemma}`.toLowerCase();
        last.pos = 'NOUN';
      }
      continue;
    }
    words.push({ text: token.text, lemma: token.lemma, pos: token.pos, start: token.start, end: token.end });
  }
  return words;
}

const nominal = (word: Word): boolean => word.pos === 'NOUN' || word.pos === 'PROPN' || word.pos === 'ADJ' || /-/.test(word.text)
  || (word.pos === 'VERB' && /(?:ing|ed)$/i.test(word.text)) || (word.pos === 'VERB' && isHead(word));
/** Movement verbs whose nouns are not exercises: "the starting position", "a rest", "a brisk walk". */
const NOT_HEAD = new Set(['position', 'rest', 'count', 'place', 'let', 'take', 'make', 'look', 'face', 'support', 'touch', 'change',
  'move', 'do', 'keep', 'pay', 'allow', 'ensure', 'rise', 'point', 'close', 'open', 'pause', 'continue', 'repeat', 'step',
  'walk', 'switch', 'swap', 'return', 'stay', 'maintain', 'imagine', 'float', 'release', 'relax', 'engage', 'brace']);

function isHead(word: Word): boolean {
  const lemma = word.lemma.toLowerCase();
  if (NOT_HEAD.has(lemma) || /-\w*(?:ing|ed)$/i.test(word.text)) return false;
  const tail = lemma.split('-').at(-1)!;
  return EXERCISE_NOUNS.has(lemma) || EXERCISE_NOUNS.has(tail) || MOVEMENT_VERBS.has(lemma) || MOVEMENT_VERBS.has(tail)
    || (/-/.test(lemma) && (MOVEMENT_VERBS.has(lemma.split('-')[0]!) || EXERCISE_NOUNS.has(lemma.split('-')[0]!.replace(/s$/, ''))));
}

/** The words after "call this": up to the clause's end, at most five, all nominal. */
function calledAt(words: readonly Word[], from: number): string | undefined {
  let end = from;
  while (end < words.length && nominal(words[end]!) && end - from < 5) end += 1;
  const after = words[end];
  if (end === from || (after && !(after.pos === 'PUNCT' && /^[.,;:!?)]$/.test(after.text)))) return undefined;
  return words.slice(from, end).map((w) => w.text).join(' ').replace(/\s+-\s+/g, '-');
}

/** The noun phrase starting at `from`: its words, ending at the last exercise head. */
function phraseAt(words: readonly Word[], from: number): { first: number; last: number } | undefined {
  let i = from;
  // A noun used as a modifier is often tagged a verb ("heel slides", "wall angels"): before a noun it is the name's.
  const modifier = (k: number): boolean => nominal(words[k]!) || (words[k]!.pos === 'VERB' && words[k + 1]?.pos === 'NOUN');
  while (i < words.length && modifier(i) && !/^(?:your|my|her|his|their|our)$/i.test(words[i]!.text)) i += 1;
  let last = i - 1;
  while (last >= from && !isHead(words[last]!)) last -= 1;
  if (last < from) return undefined;
  // A place that ends the clause belongs to the name: "… against the wall."
  const prep = words[last + 1];
  if (last === i - 1 && prep && NAME_PREPOSITION.has(prep.lemma)) {
    let j = last + 2;
    if (words[j]?.pos === 'DET' && /^(?:a|an|the)$/i.test(words[j]!.text)) j += 1;
    const nounFrom = j;
    while (j < words.length && (words[j]!.pos === 'NOUN' || words[j]!.pos === 'PROPN')) j += 1;
    const after = words[j];
    if (j > nounFrom && j - nounFrom <= 2 && (!after || (after.pos === 'PUNCT' && /^[.,;:!?)]$/.test(after.text)))) return { first: from, last: j - 1 };
  }
  return { first: from, last };
}

/**
 * The exercise name a sentence introduces, or undefined. `strict` (the default) asks for a
 * modifier that identifies the exercise unless a naming frame gives the bare head.
 */
export function introducedName(sentence: string): string | undefined {
  const text = sentence.trim();
  if (text.length > 200) return undefined;
  // A sentence that is only a quoted name: 'Second part. "Tail of the cat". From the same…'.
  const quoted = QUOTED_ONLY.exec(text);
  if (quoted && quoted[1]!.split(/\s+/).length <= 6) return capitalize(quoted[1]!.trim());
  const words = wordsOf(text, analyse(text));
  // "Cat-cow saved me honestly.": a name that is the subject of a statement about it.
  const subject = phraseAt(words, 0);
  if (subject && subject.first === 0 && words[subject.last + 1]?.pos === 'VERB' && /^\p{Lu}/u.test(text)
    && words.slice(0, subject.last + 1).some((w) => /-/.test(w.text) || w.pos === 'NOUN' || w.pos === 'PROPN') && !GENERIC_HEAD.has(words[subject.last]!.lemma.toLowerCase())) {
    return capitalize(text.slice(words[0]!.start, words[subject.last]!.end));
  }
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const determiner = word.pos === 'DET' && /^(?:a|an|the)$/i.test(word.text);
    const before = words[i - 1];
    // "… is hip circles", "calls this a …", "had me doing clams", "what I call the wall lean".
    // "First one, we're lying on our backs": a person before "be" makes it a verb phrase, not a naming.
    const framed = (word.lemma === 'be' && words.slice(0, i).some((w) => POINTER.has(w.lemma.toLowerCase())) && !/^(?:i|we|you|they|he|she)$/i.test(before?.text ?? ''))
      || (word.lemma === 'call' && /^(?:this|it|that)$/i.test(words[i + 1]?.text ?? ''))
      || (word.lemma === 'call' && (before?.pos === 'PRON' || before?.pos === 'NOUN' || before?.pos === 'ADV') && words[i + 1]?.pos === 'DET')
      || (word.text.toLowerCase() === 'doing' && (before?.pos === 'PRON' || before?.pos === 'NOUN'))
      // A story of what was done: "I did cat-cow most mornings", "I also did a child's pose".
      || (/^(?:did|do)$/i.test(word.text) && (/^(?:i|we)$/i.test(before?.text ?? '') || (before?.pos === 'ADV' && /^(?:i|we)$/i.test(words[i - 2]?.text ?? ''))))
      || (/^(?:swapped|switched|moved|progressed)$/i.test(before?.text ?? '') && /^(?:to|on)$/i.test(word.text))
      // "Roll onto your side for clamshells": the set-up told, then what it is for.
      || (word.lemma === 'for' && before !== undefined && before.pos !== 'NUM' && words.slice(0, i).some((w) => w.pos === 'VERB' || w.pos === 'AUX'));
    // "a lot of my ladies like the bridge", "I'd recommend the clam": a liked or advised exercise.
    const advised = determiner && before !== undefined && ADVISING.has(before.lemma.toLowerCase());
    if (!determiner && !framed) continue;
    let from = i + 1;
    if (framed && /^(?:this|it|that)$/i.test(words[from]?.text ?? '') && word.lemma === 'call') from += 1;
    if (framed && words[from]?.pos === 'DET' && /^(?:a|an|the)$/i.test(words[from]!.text)) from += 1;
    // "a simple pillow squeeze": how the writer feels about it is not part of the name.
    while (words[from] && EVALUATIVE.has(words[from]!.text.toLowerCase()) && words[from + 1] && nominal(words[from + 1]!)) from += 1;
    // "Teachers call this side-lying rest": after "call", the name is what follows, whatever its head.
    const called = word.lemma === 'call' ? calledAt(words, from) : undefined;
    if (called) return capitalize(called);
    const phrase = phraseAt(words, from);
    if (!phrase) continue;
    const modifiers = words.slice(phrase.first, phrase.last + 1).filter((w) => !isHead(w) || w !== words[phrase.last]);
    const identifying = modifiers.some((w) => !EVALUATIVE.has(w.lemma.toLowerCase()) && !EVALUATIVE.has(w.text.toLowerCase()));
    if (!identifying && !framed && !(advised && EXERCISE_NOUNS.has(words[phrase.last]!.lemma.toLowerCase()) && !GENERIC_HEAD.has(words[phrase.last]!.lemma.toLowerCase()))) continue;
    // "This is a lovely stretch": a bare generic head names nothing.
    if (!identifying && GENERIC_HEAD.has(words[phrase.last]!.lemma.toLowerCase())) continue;
    const name = text.slice(words[phrase.first]!.start, words[phrase.last]!.end).replace(/\s+/g, ' ');
    if (name.split(' ').length > 7) continue;
    return capitalize(name);
  }
  return undefined;
}

/**
 * A name made from the main movement of an exercise that no sentence names: the imperative verb
 * and its object ("Gently squeeze the towel for 5 seconds" → "Squeeze the towel"). For sections
 * whose heading is a question ("SPD at 30 weeks – anything that helps?"), which cannot be a name.
 */
export function movementName(sentences: readonly string[], imperativeOf: (sentence: string) => string | undefined): string | undefined {
  for (const sentence of sentences) {
    const verb = imperativeOf(sentence);
    if (!verb) continue;
    const tokens = analyse(sentence);
    const at = tokens.findIndex((t) => t.lemma === verb && t.text.toLowerCase() === t.lemma);
    if (at < 0) continue;
    let end = at + 1;
    if (tokens[end]?.pos === 'DET' || /^(?:your|my|both|each|one)$/i.test(tokens[end]?.text ?? '')) end += 1;
    const objectFrom = end;
    while (end < tokens.length && (tokens[end]!.pos === 'ADJ' || tokens[end]!.pos === 'NOUN' || tokens[end]!.pos === 'PROPN' || tokens[end]!.text === '-')) end += 1;
    if (end === objectFrom || tokens[end - 1]!.pos !== 'NOUN') continue;
    return capitalize(sentence.slice(tokens[at]!.start, tokens[end - 1]!.end));
  }
  return undefined;
}

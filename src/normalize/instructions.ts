// Is a sentence an instruction to move? English imperative detection by a verb lexicon, allowing
// a lead-in clause ("On the exhale, gently tilt…", "If so, pay attention…") and adverbs
// ("slowly", "then"). Used to tell exercises from advice and steps from background.

const VERBS = new Set([
  'arch', 'bend', 'breathe', 'bring', 'circle', 'close', 'continue', 'crawl', 'cross', 'curl', 'do', 'draw',
  'drop', 'elongate', 'engage', 'ensure', 'exhale', 'extend', 'feel', 'flex', 'fold', 'grab', 'hold',
  'hug', 'imagine', 'inhale', 'keep', 'kneel', 'lean', 'lengthen', 'let', 'lie', 'lift', 'look', 'lower',
  'maintain', 'make', 'march', 'move', 'open', 'pay', 'perform', 'place', 'point', 'press', 'pull', 'push',
  'put', 'raise', 'reach', 'relax', 'release', 'repeat', 'rest', 'return', 'roll', 'rotate', 'round',
  'shift', 'sit', 'slide', 'spread', 'squat', 'squeeze', 'stand', 'step', 'straighten', 'stretch',
  'swing', 'switch', 'take', 'tighten', 'tilt', 'try', 'tuck', 'turn', 'twist', 'walk', 'wrap',
  'gaze', 'sag', 'grasp', 'hug', 'nod', 'rock', 'sway', 'stay',
]);

const ADVERBS = new Set([
  'slowly', 'gently', 'then', 'now', 'again', 'carefully', 'softly', 'slightly', 'smoothly', 'also',
  'always', 'calmly', 'next', 'first', 'finally', 'simply', 'just', 'and', 'never', 'don’t', "don't",
]);

const WORD = /[\p{L}’']+/gu;

function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((word) => word.replace(/^['’]+|['’]+$/g, ''));
}

/** Sentences already judged: the shape readers ask two or three times about each one. */
const judged = new Map<string, boolean>();
const JUDGED_LIMIT = 50_000;

/** True when one of the sentence's clauses opens with an imperative movement verb. */
export function isInstruction(sentence: string): boolean {
  let answer = judged.get(sentence);
  if (answer === undefined) {
    answer = judge(sentence);
    if (judged.size >= JUDGED_LIMIT) judged.clear();
    judged.set(sentence, answer);
  }
  return answer;
}

function judge(sentence: string): boolean {
  const body = sentence.replace(/^[\s\d.)•*-]+/, '').replace(/^[“"‘']+/, '');
  if (/^\s*(?:inhale|exhale)\b/i.test(body)) return true;
  const clauses = body.split(/[,;:–—]|\bthen\b|\band\b/i);
  return clauses.slice(0, 3).some((clause) => {
    const list = words(clause);
    let i = 0;
    while (i < list.length - 1) {
      if (ADVERBS.has(list[i]!)) i += 1;
      else if (list[i] === 'do' && list[i + 1] === 'not') i += 2;
      else break;
    }
    const verb = list[i];
    if (verb === undefined || !VERBS.has(verb)) return false;
    // "Stretching …", "Lie" vs "lies": the lexicon holds base forms only; a following noun
    // phrase like "your", "the", "on", "up" confirms the imperative reading.
    const next = list[i + 1];
    return next === undefined || !/^(is|are|was|were|can|will|should|has|have|of)$/.test(next);
  });
}

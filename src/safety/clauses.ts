// Clause scopes for negation. A negator such as "do not" reaches to the end of its clause and no
// further: "Do not hold your breath, but breathe calmly" negates the holding, and "Don't stop, push
// through the pain" does not negate the pushing. Commas are soft boundaries: a comma-separated
// list item without a verb ("Avoid saunas, hot tubs and steam rooms") stays in the clause of the
// words before it; anything that starts like a new instruction or holds a verb starts a new one.

/** A stretch of a sentence between boundaries: [start, end) offsets and how it was opened. */
export interface Segment {
  start: number;
  end: number;
  /** True when a comma (soft boundary) opens this segment, false after a hard boundary or at the start. */
  soft: boolean;
}

/** Boundaries that always end a clause. */
const HARD = /[;:!?()[\]{}\u2014\u2013]|\s-\s|\b(?:but|and then|then|however|whereas|although|otherwise|unless|except)\b/giu;

/** First words that open a clause of their own (imperatives, pronouns, subordinators). */
const STARTERS = new Set([
  'i', 'you', 'we', 'they', 'he', 'she', 'it', 'this', 'that', 'these', 'those', 'there', 'which', 'who',
  'if', 'when', 'because', 'since', 'so', 'just', 'please', 'keep', 'push', 'continue', 'carry', 'go',
  'hold', 'lie', 'lay', 'bend', 'twist', 'try', 'do', "don't", 'stretch', 'breathe', 'use', 'put', 'sit',
  'stand', 'lift', 'run', 'jump', 'start', 'begin', 'ignore', 'make', 'let', 'turn', 'move', 'repeat',
  'return', 'rest', 'relax', 'take', 'get', 'bring', 'place', 'press', 'pull', 'raise', 'lower', 'roll',
  'work', 'train', 'exercise', 'power', 'finish', 'aim', 'allow', 'apply', 'add', 'walk', 'switch',
  'reach', 'open', 'spread', 'squat', 'kneel', 'lean', 'look', 'feel', 'remember', 'enjoy', 'focus',
  'bear', 'stay', 'stop', 'never', 'avoid', 'always', 'hug', 'curl', 'sink', 'drop', 'fold', 'slide',
]);

/** Words that show a segment has its own verb, so it is a clause and not a list item. */
const VERB_MARKERS = /\b(?:is|are|was|were|be|been|being|will|would|can|could|should|must|may|might|shall|do|does|did|has|have|had|helps?|makes?|causes?|gets?|feels?|keeps?)\b|'(?:s|re|ll|ve|d)\b|n't\b/iu;

const CONDITION_OPENER = /^\s*(?:if|when|whenever|once|because|since|as\s+long\s+as|unless|while|although|though)\b/iu;

const LEADING_CONJUNCTION = /^\s*(?:and|or|nor|as well as)\s+/iu;
const MAX_LIST_ITEM_WORDS = 8;
/**
 * The last item of a list may be long ("Do not take pennyroyal, blue cohosh or any herb sold to
 * bring on a period"): a segment that joins its items with or/and/nor early on may run longer.
 */
const LAST_ITEM_JOIN = /^\s*(?:[\p{L}'-]+\s+){1,3}(?:or|and|nor)\s/iu;
const MAX_LAST_ITEM_WORDS = 16;

/** Split a (normalised) sentence into segments at hard boundaries and commas. */
export function splitSegments(text: string): Segment[] {
  const cuts: Array<{ at: number; resume: number; soft: boolean }> = [];
  for (const m of text.matchAll(HARD)) cuts.push({ at: m.index, resume: m.index + m[0].length, soft: false });
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
    if (!/\d/.test(text[i - 1] ?? '') || !/\d/.test(text[i + 1] ?? '')) cuts.push({ at: i, resume: i + 1, soft: true });
  }
  cuts.sort((a, b) => a.at - b.at);
  const segments: Segment[] = [];
  let start = 0;
  let soft = false;
  for (const cut of cuts) {
    if (cut.at < start) continue;
    segments.push({ start, end: cut.at, soft });
    start = cut.resume;
    soft = cut.soft;
  }
  segments.push({ start, end: text.length, soft });
  return segments;
}

/** True when a segment reads as a list item (a short phrase without a verb), not a new clause. */
export function isListItem(segmentText: string): boolean {
  const words = segmentText.replace(LEADING_CONJUNCTION, '').trim().split(/\s+/u).filter(Boolean);
  const first = words[0]?.toLowerCase().replace(/[^\p{L}']/gu, '');
  if (!first) return false;
  if (words.length > (LAST_ITEM_JOIN.test(segmentText) ? MAX_LAST_ITEM_WORDS : MAX_LIST_ITEM_WORDS)) return false;
  if (STARTERS.has(first)) return false;
  return !VERB_MARKERS.test(segmentText);
}

/** Index of the segment holding offset `at`. */
export function segmentAt(segments: readonly Segment[], at: number): number {
  for (let i = segments.length - 1; i >= 0; i -= 1) {
    if ((segments[i] as Segment).start <= at) return i;
  }
  return 0;
}

/**
 * The negation scope around a match [start, end): from the start of its clause (reaching back over
 * list items joined by commas) to the end of its clause (reaching forward over list items).
 */
export function clauseScope(text: string, segments: readonly Segment[], start: number, end: number): { from: number; to: number } {
  const own = segmentAt(segments, start);
  let first = own;
  while (first > 0) {
    const seg = segments[first] as Segment;
    // The match's own segment is judged up to the end of the match: "hot tubs" in
    // "Avoid saunas, hot tubs and steam rooms while you are pregnant" is still a list item.
    const upTo = first === own ? Math.max(seg.start, Math.min(end, seg.end)) : seg.end;
    if (!seg.soft || !isListItem(text.slice(seg.start, upTo))) break;
    // "If you're late and not ready, a blue cohosh tincture is worth a try": a clause with its
    // own verb after a conditional one is the main clause, not an item of the condition's list.
    const prev = segments[first - 1] as Segment;
    if (first === own && CONDITION_OPENER.test(text.slice(prev.start, prev.end)) && VERB_MARKERS.test(text.slice(seg.start, seg.end))) break;
    first -= 1;
  }
  let last = segmentAt(segments, Math.max(start, end - 1));
  const tail = segments[last] as Segment;
  let verbless = isListItem(text.slice(tail.start, tail.end)) || !VERB_MARKERS.test(text.slice(start, tail.end));
  while (verbless && last + 1 < segments.length) {
    const next = segments[last + 1] as Segment;
    const words = text.slice(next.start, next.end).replace(LEADING_CONJUNCTION, '').trim();
    const firstWord = words.split(/\s+/u)[0]?.toLowerCase() ?? '';
    if (!next.soft || STARTERS.has(firstWord)) break;
    last += 1;
    verbless = isListItem(words);
  }
  return { from: (segments[first] as Segment).start, to: (segments[last] as Segment).end };
}

// Phrases over lemmas with gaps: the small language concept lexicons and rules are written in, so
// that one phrase covers its inflections and the words people put between its parts
// ("lie ~3 $on-back" finds "lying flat on your back" and "lie down on the back").
//
//   word        a token whose lemma or lower-case text is the word's (after lemmatising the word)
//   a|b|c       one of the words (a word may be several tokens: sit-up; give_out is "give out")
//   $concept    any phrase of the named concept
//   ~  ~N       up to 4 (or N, at most 12) tokens of any kind, never across . ; : ! ? ( )
//   =word       the word as written only, not its lemma ("=healthier" is not "healthy")
//   pos:NUM     a token of that part of speech (upper-case universal tag)
//   item?       the item may be absent
// The sigils are ones YAML reads as plain text at the start of a value ($, ~, pos:), so rule
// files need no quotes.
import { analyse, type Token } from './analyse.js';

export type PhraseItem =
  | { kind: 'token'; forms: ReadonlySet<string>; optional: boolean }
  | { kind: 'pos'; pos: string; optional: boolean }
  | { kind: 'gap'; max: number }
  | { kind: 'choice'; options: ReadonlyArray<readonly PhraseItem[]>; optional: boolean };

/** A compiled phrase and the word forms one of which must be in a sentence for it to match. */
export interface Phrase {
  source: string;
  items: readonly PhraseItem[];
  /** Forms of which at least one must occur; undefined when no such set is known. */
  anchors?: ReadonlySet<string>;
  /** Forms a match can start with; undefined when it can start with any token (pos:, optional). */
  starts?: ReadonlySet<string>;
}

export const DEFAULT_GAP = 4;
export const MAX_GAP = 12;

/** Tokens a gap never crosses: the ends of clauses and sentences. */
const BARRIER = /^[.;:!?()[\]{}]$/u;

/** A sentence as the matcher reads it: tokens and, per token, its forms. */
export interface PhraseText {
  tokens: readonly Token[];
  forms: ReadonlyArray<readonly [string, string]>;
  /** Every form in the sentence, for the anchor pre-check. */
  all: ReadonlySet<string>;
}

export function phraseText(tokens: readonly Token[]): PhraseText {
  const forms = tokens.map((t) => [t.lemma, t.text.toLowerCase()] as const);
  const all = new Set<string>();
  for (const [lemma, text] of forms) {
    all.add(lemma);
    all.add(text);
  }
  return { tokens, forms, all };
}

const lemmaCache = new Map<string, string[][]>();

/** Words of a phrase source as `wordTokens` will look them up (no gaps, concepts or tags). */
export function phraseWords(source: string): string[] {
  return source.trim().split(/\s+/u)
    .map((raw) => (raw.length > 1 && raw.endsWith('?') ? raw.slice(0, -1) : raw))
    .flatMap((body) => body.split('|'))
    .filter((alt) => alt !== '' && !/^~\d*$/u.test(alt) && !alt.startsWith('$') && !alt.startsWith('pos:') && !alt.startsWith('='))
    .map((alt) => alt.toLowerCase().replace(/_/gu, ' '));
}

/**
 * Lemmatise many words in one pass of the tagger (one document, words kept apart by a
 * separator and told apart by offset), instead of one document per word: loading the rules
 * touches about 1,500 distinct words.
 */
export function primeWords(words: Iterable<string>): void {
  const fresh = [...new Set(words)].filter((w) => !lemmaCache.has(w) && !/[;\n]/u.test(w));
  if (fresh.length === 0) return;
  const SEPARATOR = ' ;\n';
  const ranges: Array<{ word: string; start: number; end: number }> = [];
  let text = '';
  for (const word of fresh) {
    ranges.push({ word, start: text.length, end: text.length + word.length });
    text += word + SEPARATOR;
  }
  const tokens = analyse(text, { negation: false });
  let t = 0;
  for (const range of ranges) {
    const out: string[][] = [];
    while (t < tokens.length && tokens[t]!.start < range.start) t += 1;
    while (t < tokens.length && tokens[t]!.end <= range.end) {
      const token = tokens[t]!;
      out.push([...new Set([token.lemma, token.text.toLowerCase()])]);
      t += 1;
    }
    // A word the tokenizer joined to its separator is left to the one-word path.
    if (out.length > 0 && out.map((f) => f[1] ?? f[0]).join('').length <= range.word.replace(/\s/gu, '').length) lemmaCache.set(range.word, out);
  }
}

/** The token forms of one written word: "lying" → [["lie", "lying"]], "sit-ups" → three tokens. */
function wordTokens(word: string): string[][] {
  let out = lemmaCache.get(word);
  if (!out) {
    out = analyse(word, { negation: false }).map((t) => [...new Set([t.lemma, t.text.toLowerCase()])]);
    lemmaCache.set(word, out);
  }
  return out;
}

/** One alternative of an item: a word (maybe several tokens), pos:TAG or $concept. */
function alternative(alt: string, concept: (name: string) => readonly Phrase[] | undefined): PhraseItem[] {
  if (alt.startsWith('$')) {
    const phrases = concept(alt.slice(1));
    if (!phrases) throw new Error(`unknown concept ${alt}; expected a name defined under \`concepts\` in a rule file`);
    return [{ kind: 'choice', options: phrases.map((p) => p.items), optional: false }];
  }
  if (alt.startsWith('pos:')) {
    if (!/^pos:[A-Z]+$/u.test(alt)) throw new Error(`cannot read \`${alt}\`; expected pos: and an upper-case tag such as pos:NUM`);
    return [{ kind: 'pos', pos: alt.slice(4), optional: false }];
  }
  if (alt.startsWith('=') && alt.length > 1 && !/[$~=]/u.test(alt.slice(1))) {
    return alt.slice(1).toLowerCase().split('_').map((word): PhraseItem => ({ kind: 'token', forms: new Set([word]), optional: false }));
  }
  if (/[$~=]/u.test(alt)) throw new Error(`cannot read \`${alt}\`; expected a word, =word, a|b, $concept, ~ or ~N, pos:TAG, each optionally followed by ?`);
  return wordTokens(alt.toLowerCase().replace(/_/gu, ' ')).map((forms): PhraseItem => ({ kind: 'token', forms: new Set(forms), optional: false }));
}

/** An item of alternatives; single-token words merge into one token item (faster, same meaning). */
function alternatives(body: string, optional: boolean, concept: (name: string) => readonly Phrase[] | undefined): PhraseItem {
  const options = body.split('|').filter(Boolean).map((alt) => alternative(alt, concept));
  if (options.length === 0) throw new Error(`cannot read \`${body}\`; expected words between the bars`);
  const single = options.every((o) => o.length === 1 && o[0]!.kind === 'token');
  if (single) {
    const forms = new Set(options.flatMap((o) => [...(o[0] as PhraseItem & { kind: 'token' }).forms]));
    return { kind: 'token', forms, optional };
  }
  if (options.length === 1 && options[0]!.length === 1) return { ...options[0]![0]!, optional } as PhraseItem;
  return { kind: 'choice', options, optional };
}

/**
 * Compile a phrase. `concept` resolves `@name` to the phrases of that concept (already compiled);
 * an unknown name or a malformed item is thrown as an Error whose message says what is expected.
 */
export function compilePhrase(source: string, concept: (name: string) => readonly Phrase[] | undefined): Phrase {
  const items: PhraseItem[] = [];
  for (const raw of source.trim().split(/\s+/u)) {
    const optional = raw.length > 1 && raw.endsWith('?');
    const body = optional ? raw.slice(0, -1) : raw;
    const gap = /^~(\d{1,2})?$/u.exec(body);
    if (gap) {
      const max = gap[1] === undefined ? DEFAULT_GAP : Number(gap[1]);
      if (max < 1 || max > MAX_GAP) throw new Error(`gap ${raw} is out of range; expected ~1 to ~${MAX_GAP}`);
      items.push({ kind: 'gap', max });
    } else {
      items.push(alternatives(body, optional, concept));
    }
  }
  // A gap at either end would only widen the evidence.
  while (items[0]?.kind === 'gap') items.shift();
  while (items.at(-1)?.kind === 'gap') items.pop();
  if (items.every((item) => item.kind === 'gap' || item.optional)) throw new Error(`phrase "${source}" matches nothing in particular; expected at least one required word`);
  const anchors = anchorsOf(items);
  const starts = startsOf(items);
  return { source, items, ...(anchors ? { anchors } : {}), ...(starts ? { starts } : {}) };
}

/** The union of `of` over each option of an alternation, or undefined when one option is unbounded. */
function unionOver(options: ReadonlyArray<readonly PhraseItem[]>, of: (items: readonly PhraseItem[]) => Set<string> | undefined): Set<string> | undefined {
  const union = new Set<string>();
  for (const option of options) {
    const sub = of(option);
    if (!sub) return undefined;
    for (const form of sub) union.add(form);
  }
  return union;
}

/** The forms the first token of a match can have, or undefined when it could be any token. */
function startsOf(items: readonly PhraseItem[]): Set<string> | undefined {
  const item = items[0];
  if (!item || item.kind === 'gap' || item.kind === 'pos' || item.optional) return undefined;
  return item.kind === 'token' ? new Set(item.forms) : unionOver(item.options, startsOf);
}

/** The forms of the first required word of a match (every match holds one), or undefined. */
function anchorsOf(items: readonly PhraseItem[]): Set<string> | undefined {
  for (const item of items) {
    if (item.kind === 'gap' || item.kind === 'pos' || item.optional) continue;
    return item.kind === 'token' ? new Set(item.forms) : unionOver(item.options, anchorsOf);
  }
  return undefined;
}

function tokenMatches(text: PhraseText, at: number, forms: ReadonlySet<string>): boolean {
  const f = text.forms[at];
  return f !== undefined && (forms.has(f[0]) || forms.has(f[1]));
}

/**
 * The end (exclusive token index) of the shortest match of items[k..] from token `at`, or
 * undefined. Tokens a gap passes over are pushed to `skipped` (and taken back on backtracking).
 */
function matchFrom(items: readonly PhraseItem[], k: number, text: PhraseText, at: number, depth: number, skipped: number[]): number | undefined {
  if (k === items.length) return at;
  if (depth > 40) return undefined;
  const item = items[k]!;
  const mark = skipped.length;
  if (item.kind === 'gap') {
    for (let skip = 0; skip <= item.max; skip += 1) {
      if (skip > 0) {
        const passed = text.tokens[at + skip - 1];
        if (!passed || BARRIER.test(passed.text)) break;
        skipped.push(at + skip - 1);
      }
      const end = matchFrom(items, k + 1, text, at + skip, depth + 1, skipped);
      if (end !== undefined) return end;
    }
    if (skipped.length !== mark) skipped.length = mark;
    return undefined;
  }
  if (item.kind === 'token' && tokenMatches(text, at, item.forms)) {
    const end = matchFrom(items, k + 1, text, at + 1, depth + 1, skipped);
    if (end !== undefined) return end;
  } else if (item.kind === 'pos' && text.tokens[at]?.pos === item.pos) {
    const end = matchFrom(items, k + 1, text, at + 1, depth + 1, skipped);
    if (end !== undefined) return end;
  } else if (item.kind === 'choice') {
    for (const option of item.options) {
      const mid = matchFrom(option, 0, text, at, depth + 1, skipped);
      if (mid !== undefined && mid !== at) {
        const end = matchFrom(items, k + 1, text, mid, depth + 1, skipped);
        if (end !== undefined) return end;
      }
      if (skipped.length !== mark) skipped.length = mark;
    }
  }
  if (skipped.length !== mark) skipped.length = mark;
  return item.optional ? matchFrom(items, k + 1, text, at, depth + 1, skipped) : undefined;
}

/** True when the phrase cannot match the sentence (none of its anchor forms occurs). */
export function phraseAbsent(phrase: Phrase, text: PhraseText): boolean {
  const anchors = phrase.anchors;
  if (!anchors) return false;
  // Walk the smaller set: a concept's anchors can run to hundreds of forms, a sentence to dozens.
  if (anchors.size > text.all.size) {
    for (const form of text.all) if (anchors.has(form)) return false;
  } else {
    for (const form of anchors) if (text.all.has(form)) return false;
  }
  return true;
}

/** A match: [start, end) UTF-16 offsets and the lemmas of the tokens its gaps passed over. */
export interface PhraseMatch {
  start: number;
  end: number;
  /** Lemmas a gap skipped: "lift" in "six weeks ~ lift" skips "try not to" (a negation inside). */
  gapLemmas: readonly string[];
}

/**
 * The first match of a phrase that `accept` takes, or undefined; matches are tried one per start
 * token, in order, without a new array per token (the hot path of the rules).
 */
export function findPhraseMatch(phrase: Phrase, text: PhraseText, accept: (match: PhraseMatch) => boolean): PhraseMatch | undefined {
  if (phraseAbsent(phrase, text)) return undefined;
  const n = text.tokens.length;
  const starts = phrase.starts;
  const skipped: number[] = [];
  for (let at = 0; at < n; at += 1) {
    const forms = text.forms[at]!;
    if (starts && !starts.has(forms[0]) && !starts.has(forms[1])) continue;
    skipped.length = 0;
    const end = matchFrom(phrase.items, 0, text, at, 0, skipped);
    if (end === undefined || end === at) continue;
    let first = at;
    let last = end - 1;
    while (first < last && BARRIER.test(text.tokens[first]!.text)) first += 1;
    while (last > first && /^[,.;:!?]$/u.test(text.tokens[last]!.text)) last -= 1;
    const match = { start: text.tokens[first]!.start, end: text.tokens[last]!.end, gapLemmas: skipped.map((i) => text.forms[i]![0]) };
    if (accept(match)) return match;
  }
  return undefined;
}

/** The first match of a phrase, or undefined. */
export function firstPhraseMatch(phrase: Phrase, text: PhraseText): PhraseMatch | undefined {
  return findPhraseMatch(phrase, text, () => true);
}

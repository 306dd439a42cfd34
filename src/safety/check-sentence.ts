// Applies compiled rules to one sentence of one record. Context decides, not a word list: a rule
// runs only in its stages; a match (of a phrase over lemmas or of a regular expression) counts
// only when its clause does not negate, advise against or defer it (unless the rule opts out with
// `negatable: false`), no `except` phrase or `unless` expression matches the sentence and every
// `context` phrase and `requires` expression does; an exercise position can trigger a rule
// without any words.
import { analyse } from '../nlp/analyse.js';
import { findPhraseMatch, phraseText, type PhraseMatch, type PhraseText } from '../nlp/phrase.js';
import { splitSegments, type Segment } from './clauses.js';
import { joinSceneLead } from './scene-lead.js';
import { DELEGATION, NO_AS_YES, isAfterTheBirth, isDeniedNearby, isNegated, mentionsAfterTheBirth, normalizeSentence } from './negation.js';
import { foldForLiterals, mayMatch } from './pattern-literals.js';
import type { CompiledRule, RuleContext, RuleMatch } from './types.js';

const globalForms = new WeakMap<RegExp, RegExp>();

/** The same expression with the `g` flag, for iterating over every match (cached). */
function globalForm(pattern: RegExp): RegExp {
  let form = globalForms.get(pattern);
  if (!form) {
    form = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
    globalForms.set(pattern, form);
  }
  return form;
}

/** True when the rule's stages share one with the record's stages. */
export function appliesInStages(rule: CompiledRule, context: RuleContext): boolean {
  return rule.stages.some((stage) => context.stages.includes(stage));
}

/**
 * Negators a gap of a phrase may pass over only at the cost of the match: "six weeks after a
 * caesarean, try not to lift" is not "six weeks … lift"; nor may it pass over a harm word ("rue and
 * parsley in large amounts are dangerous in pregnancy"). Words the phrase names itself ("no need
 * to stop") are part of its meaning and are not looked at.
 */
const GAP_NEGATORS = new Set(['not', 'never', 'no', 'without', 'avoid', 'nor', 'refrain', 'instead', 'rather', 'dangerous', 'unsafe', 'harmful', 'toxic', 'poisonous']);
/** "No problem", "no worries": a "no" that says yes. */
const YES_AFTER_NO: ReadonlySet<string> = new Set(NO_AS_YES);

/** How a match of a context or exception phrase is judged before it counts. */
type Affirmed = (start: number, end: number) => boolean;

/** True when one of the phrases has a match that `affirmed` accepts (any match without it). */
function hasPhrase(phrases: CompiledRule['match'], words: PhraseText, affirmed?: Affirmed): boolean {
  const accept = (m: PhraseMatch): boolean => !affirmed || affirmed(m.start, m.end);
  return phrases.some((phrase) => findPhraseMatch(phrase, words, accept) !== undefined);
}

const ruleAnchors = new WeakMap<CompiledRule, ReadonlySet<string> | null>();

/**
 * False when no `match` phrase of the rule can match: none of the forms one of them needs is in
 * the sentence. One look-up per word of the sentence instead of one per phrase and word.
 */
function mayHavePhrase(rule: CompiledRule, words: PhraseText): boolean {
  let anchors = ruleAnchors.get(rule);
  if (anchors === undefined) {
    anchors = rule.match.every((p) => p.anchors) ? new Set(rule.match.flatMap((p) => [...p.anchors!])) : null;
    ruleAnchors.set(rule, anchors);
  }
  if (anchors === null) return true;
  for (const form of words.all) if (anchors.has(form)) return true;
  return false;
}

const recentWords = new Map<string, PhraseText>();
const RECENT_WORDS = 256;

/**
 * A sentence as the phrases read it. The same sentence is often checked again soon (the
 * sentence that sets up an exercise's position, boilerplate repeated across records): the last
 * few are kept.
 */
function wordsOf(text: string): PhraseText {
  let words = recentWords.get(text);
  if (!words) {
    words = phraseText(analyse(text, { negation: false }));
    if (recentWords.size >= RECENT_WORDS) recentWords.delete(recentWords.keys().next().value as string);
    recentWords.set(text, words);
  }
  return words;
}

/** The earliest match of a rule that survives negation, or undefined. */
/** What a sentence mentions that only some matches need to look at; tested once per sentence. */
interface SentenceHints {
  afterTheBirth: boolean;
  delegation: boolean;
}

function firstMatch(rule: CompiledRule, text: string, folded: string, segments: () => readonly Segment[], words: () => PhraseText, hints: SentenceHints): { index: number; length: number } | undefined {
  // Expressions whose required words are absent cannot match: they are not run (see pattern-literals.ts).
  const patterns = rule.patterns.filter((re) => mayMatch(re, folded));
  // Phrases whose needed forms are absent are skipped inside findPhraseMatch.
  const phrases = rule.match.length > 0 && mayHavePhrase(rule, words()) ? rule.match : [];
  if (patterns.length === 0 && phrases.length === 0) return undefined;
  if (rule.requires.some((re) => !mayMatch(re, folded) || !re.test(text))) return undefined;
  if (rule.unless.some((re) => mayMatch(re, folded) && re.test(text))) return undefined;
  // Context must not be denied: "keep going if you feel well and have no pain" has no pain in it.
  const present: Affirmed | undefined = rule.negatable ? (start) => !isDeniedNearby(text, start) : undefined;
  if (rule.context.some((p) => !hasPhrase([p], words(), present))) return undefined;
  // An exception must not be negated: "don't stop, push through the pain" has no stopping in it.
  const affirmed: Affirmed | undefined = rule.negatable ? (start, end) => !isNegated(text, segments(), start, end) : undefined;
  if (rule.except.length > 0 && hasPhrase(rule.except, words(), affirmed)) return undefined;
  // A rule of pregnancy alone does not speak of the time after the birth ("saunas are a treat to
  // look forward to after your baby arrives").
  const pregnancyOnly = hints.afterTheBirth && !rule.stages.includes('postpartum');
  const laterOn = (start: number, end: number): boolean => pregnancyOnly && isAfterTheBirth(text, segments(), start, end);
  let best: { index: number; length: number } | undefined;
  for (const phrase of phrases) {
    const limit = best?.index;
    // Matches come in order of their first token, so the search can stop past the best so far.
    const found = findPhraseMatch(phrase, words(), (m) => (limit !== undefined && m.start >= limit)
      || !rule.negatable || !(isNegated(text, segments(), m.start, m.end) || m.gapLemmas.some((lemma, k) => GAP_NEGATORS.has(lemma) && !(lemma === 'no' && YES_AFTER_NO.has(m.gapLemmas[k + 1] ?? '')))
        || (hints.delegation && DELEGATION.test(text.slice(m.start, m.end))) || laterOn(m.start, m.end)));
    if (found && (limit === undefined || found.start < limit)) best = { index: found.start, length: found.end - found.start };
  }
  for (const pattern of patterns) {
    for (const m of text.matchAll(globalForm(pattern))) {
      if (m[0].length === 0) continue;
      // At the same start, the longer evidence says more ("Push through the pain", not "Push through").
      if (best && (m.index > best.index || (m.index === best.index && m[0].length <= best.length))) break;
      if (rule.negatable && (isNegated(text, segments(), m.index, m.index + m[0].length) || laterOn(m.index, m.index + m[0].length))) continue;
      best = { index: m.index, length: m[0].length };
      break;
    }
  }
  return best;
}

/**
 * Findings of `rules` on one sentence read in `context`. For each rule that applies in the
 * context's stages: at most one pattern match (the earliest that is not negated), then a position
 * match when `context.position` is one of the rule's positions. A position match has index 0,
 * length 0 and evidence `position: <name>`; the caller decides which sentence to cite and should
 * report it once per record, not once per sentence. Results follow the order of `rules`.
 */
export function checkSentence(sentence: string, context: RuleContext, rules: readonly CompiledRule[]): RuleMatch[] {
  const text = normalizeSentence(sentence);
  const out = checkText(text, sentence, context, rules);
  // "Two weeks postpartum? Lace up and run.": read again with the scene-setting lead joined to
  // what it introduces; a rule found only that way is added (the plain reading keeps its own).
  const joined = joinSceneLead(text);
  if (joined === text) return out;
  const found = new Set(out.map((m) => `${m.rule.id} ${m.via}`));
  const more = checkText(joined, sentence, context, rules).filter((m) => !found.has(`${m.rule.id} ${m.via}`));
  if (more.length === 0) return out;
  const order = new Map(rules.map((rule, k) => [rule, k]));
  return [...out, ...more].sort((a, b) => order.get(a.rule)! - order.get(b.rule)! || (a.via === b.via ? 0 : a.via === 'pattern' ? -1 : 1));
}

function checkText(text: string, sentence: string, context: RuleContext, rules: readonly CompiledRule[]): RuleMatch[] {
  let segments: Segment[] | undefined;
  const lazySegments = (): Segment[] => (segments ??= splitSegments(text));
  let words: PhraseText | undefined;
  const lazyWords = (): PhraseText => (words ??= wordsOf(text));
  const out: RuleMatch[] = [];
  const folded = foldForLiterals(text);
  const blank = text.trim() === '';
  const hints: SentenceHints = { afterTheBirth: mentionsAfterTheBirth(text), delegation: DELEGATION.test(text) };
  for (const rule of rules) {
    if (!appliesInStages(rule, context)) continue;
    const match = blank ? undefined : firstMatch(rule, text, folded, lazySegments, lazyWords, hints);
    if (match) {
      out.push({
        rule,
        index: match.index,
        length: match.length,
        evidence: sentence.slice(match.index, match.index + match.length),
        via: 'pattern',
      });
    }
    if (context.position !== undefined && rule.positions.includes(context.position)) {
      out.push({ rule, index: 0, length: 0, evidence: `position: ${context.position}`, via: 'position' });
    }
  }
  return out;
}

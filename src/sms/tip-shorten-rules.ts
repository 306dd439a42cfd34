/**
 * The shortening rules for SMS tips, as a table. Each rule rewrites one
 * sentence and keeps its meaning: it swaps a word for a known abbreviation,
 * tidies punctuation, or drops a whole clause that only restates, pictures or
 * explains (never a clause that limits or warns). No rule cuts a word or a
 * sentence; the engine in `tip-shorten.ts` also undoes any rewrite that would
 * leave a dangling ending.
 *
 * Tier 0 rules always apply (they make a sentence stand on its own in a tip).
 * Higher tiers apply, in order, only while a tip is over its budget.
 *
 * @module
 */

/** One rewrite of a sentence. */
export interface ShortenRule {
  /** Stable id, for tests and reports. */
  id: string;
  /** What the rule does and why the meaning is kept. */
  description: string;
  /** 0: always; 1 and up: only while the tip is too long, lowest tier first. */
  tier: number;
  /** Only for tips that end with the pain safety cue ("Stop if it hurts."), which the dropped words restate. */
  needsPainCue?: boolean;
  /** The rewrite; must only remove whole words or swap them for the table's abbreviations. */
  apply(sentence: string): string;
}

/**
 * Words in a bracketed aside that make it a condition or a warning, so it is
 * never dropped: "(if comfortable)", "(do not arch suddenly)", "(especially
 * after 26 weeks)", "(support on forearms if necessary)". A technique cue such
 * as "(without lifting the shoulders)" or "(neck is long)" may go.
 */
export const KEEP_ASIDE =
  /\b(?:pain\w*|hurt\w*|not|no|never|avoid\w*|stop\w*|if|unless|only|when|comfort\w*|support\w*|careful\w*|gentl\w*|slow\w*|sudden\w*|dizz\w*|breath\w*|week\w*|doctor|midwife|necessary|pressure|strain\w*|force\w*|bounc\w*|jerk\w*|don't)\b/i;

/** Upper-cases the first letter (after any opening quote or bracket). */
export const upperFirst = (text: string): string => text.replace(/^(["'(]*)(\p{Ll})/u, (_, open: string, letter: string) => open + letter.toUpperCase());

/** The rules, in the order they are tried. */
export const SHORTEN_RULES: readonly ShortenRule[] = Object.freeze([
  {
    id: 'note-prefix',
    description: 'Drop a leading "Note:" label; the sentence says the same without it.',
    tier: 0,
    apply: (s) => upperFirst(s.replace(/^(?:Note|NB)\s*:\s*/i, '')),
  },
  {
    id: 'leading-then',
    description: 'Drop a leading "Then"/"Now": a tip stands alone and keeps the steps in their order.',
    tier: 0,
    apply: (s) => upperFirst(s.replace(/^(?:And then|Then|Now),?\s+/, '')),
  },
  {
    id: 'semicolon-dash',
    description: 'Tidy "; -" (a scraped dash after a semicolon) into a colon.',
    tier: 0,
    apply: (s) => s.replace(/\s*;\s*-\s+/g, ': '),
  },
  {
    id: 'numeral-range',
    description: '"8 to 12" and "8 - 12" become "8-12".',
    tier: 0,
    apply: (s) => s.replace(/\b(\d+)\s+to\s+(\d+)\b/g, '$1-$2').replace(/\b(\d+)\s*-\s*(\d+)\b/g, '$1-$2'),
  },
  {
    id: 'redundant-pain',
    description: 'Drop "(without pain)" / ", without pain": the tip ends with "Stop if it hurts.", which says it.',
    tier: 1,
    needsPainCue: true,
    apply: (s) => s.replace(/\s*\((?:without|no) pain\)/gi, '').replace(/,?\s+without (?:any )?pain(?=[.!?;,]|$)/gi, ''),
  },
  {
    id: 'imagery',
    description: 'Drop a picture of the movement: "(as if …)", ", as if …", "(imagine …)". The instruction before it stands.',
    tier: 2,
    apply: (s) => s
      .replace(/\s*\((?:as if|as though|imagine|like)\b[^()]*\)/gi, '')
      .replace(/,?\s+as (?:if|though)\b[^,.;:!?()]*(?=[.!?;,]|$)/gi, ''),
  },
  {
    id: 'aside',
    description: 'Drop a bracketed aside that explains ("(neck is long)"); asides that limit or warn (see KEEP_ASIDE) stay.',
    tier: 2,
    apply: (s) => s.replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => (KEEP_ASIDE.test(inner) ? whole : '')),
  },
  {
    id: 'units',
    description: 'Known abbreviations after a number: seconds → sec, minutes → min, repetitions → reps.',
    tier: 3,
    apply: (s) => s
      .replace(/(\d)\s+seconds?\b/g, '$1 sec')
      .replace(/(\d)\s+minutes?\b/g, '$1 min')
      .replace(/(\d)\s+repetitions?\b/g, '$1 reps'),
  },
  {
    id: 'times-x',
    description: '"8-12 times" becomes "8-12x"; "on each side" becomes "each side".',
    tier: 4,
    apply: (s) => s.replace(/(\d)\s+times\b/g, '$1x').replace(/\bon each side\b/g, 'each side'),
  },
] satisfies ShortenRule[]);

/** The highest tier in the table: the last shortening level worth trying. */
export const MAX_TIER = Math.max(...SHORTEN_RULES.map((rule) => rule.tier));

/** Words a rule may bring into a sentence that were not in it (abbreviations and joined ranges). */
export const INTRODUCED_WORD = /^(?:sec|min|reps|\d+(?:-\d+)?x?)$/;

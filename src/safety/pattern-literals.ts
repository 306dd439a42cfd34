// The literal words a rule expression cannot match without: a quick, exact pre-test. Rule
// patterns run on every sentence of every document, and most sentences match none; looking for
// a pattern's required words (a plain substring search) rules such sentences out before the
// expression itself runs. Worked out from the expression's syntax tree (regexpp), like the
// prefilters of RE2 and code search: a sequence needs its best run of literal characters, an
// alternation needs one of its branches' literals, an optional part needs nothing.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** Lower-cased strings of which any match contains at least one; null when none is required. */
export type RequiredLiterals = readonly string[] | null;

const parser = new RegExpParser({ ecmaVersion: 2024 });
const cache = new WeakMap<RegExp, RequiredLiterals>();

/**
 * The literals of a case-insensitive expression (rules are compiled with `iu`); null for any
 * other flags, or when nothing literal is required (then the expression always runs).
 * Only ASCII characters count as literals: under `iu` a non-ASCII character can match an ASCII
 * one (the Kelvin sign matches `k`), which a substring search would miss.
 */
export function requiredLiterals(regex: RegExp): RequiredLiterals {
  let literals = cache.get(regex);
  if (literals === undefined) {
    literals = null;
    if (regex.flags.includes('i') && !regex.flags.includes('v')) {
      try {
        const pattern = parser.parsePattern(regex.source, 0, regex.source.length, { unicode: regex.flags.includes('u') });
        literals = ofAlternatives(pattern.alternatives);
      } catch {
        literals = null;
      }
    }
    cache.set(regex, literals);
  }
  return literals;
}

/**
 * The text the literals are looked for in: lower-cased, and the long s folded to `s` (the one
 * character besides the Kelvin sign, which lower-casing handles, that `iu` matches to an ASCII
 * letter and lower-casing does not turn into one).
 */
export function foldForLiterals(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u017f') ? lower.replace(/\u017f/g, 's') : lower;
}

/** False only when the expression cannot match the (folded) text. */
export function mayMatch(regex: RegExp, folded: string): boolean {
  const literals = requiredLiterals(regex);
  return literals === null || literals.some((literal) => folded.includes(literal));
}

function ofAlternatives(alternatives: readonly AST.Alternative[]): RequiredLiterals {
  const out = new Set<string>();
  for (const alternative of alternatives) {
    const literals = ofSequence(alternative.elements);
    if (literals === null) return null;
    for (const literal of literals) out.add(literal);
  }
  return out.size === 0 ? null : [...out].sort();
}

/** The best requirement of a sequence: its longest-worded literal run or part. */
function ofSequence(elements: readonly AST.Element[]): RequiredLiterals {
  const candidates: Array<readonly string[]> = [];
  let run = '';
  const endRun = (): void => {
    if (run !== '') candidates.push([run]);
    run = '';
  };
  for (const element of elements) {
    if (element.type === 'Character' && element.value < 0x80) {
      run += String.fromCharCode(element.value).toLowerCase();
      continue;
    }
    // Word boundaries and line anchors take no characters: the run goes on across them.
    if (element.type === 'Assertion' && (element.kind === 'word' || element.kind === 'start' || element.kind === 'end')) continue;
    endRun();
    const part = element.type === 'Group' || element.type === 'CapturingGroup'
      ? ofAlternatives(element.alternatives)
      : element.type === 'Quantifier' && element.min >= 1
        ? ofElement(element.element)
        : null;
    if (part !== null) candidates.push(part);
  }
  endRun();
  let best: readonly string[] | null = null;
  for (const candidate of candidates) {
    if (best === null || score(candidate) > score(best) || (score(candidate) === score(best) && candidate.length < best.length)) best = candidate;
  }
  return best;
}

function ofElement(element: AST.QuantifiableElement): RequiredLiterals {
  if (element.type === 'Character') return element.value < 0x80 ? [String.fromCharCode(element.value).toLowerCase()] : null;
  if (element.type === 'Group' || element.type === 'CapturingGroup') return ofAlternatives(element.alternatives);
  return null;
}

/** The shortest literal of a set: longer literals rule out more sentences. */
function score(literals: readonly string[]): number {
  return Math.min(...literals.map((literal) => literal.length));
}

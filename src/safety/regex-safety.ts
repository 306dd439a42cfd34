// A small static checker for regular expressions written in rule files. Rule patterns run on every
// sentence of every document, so a pattern that can backtrack catastrophically would hang a build.
// The checker is conservative: it rejects the shapes that can blow up (a repeated group holding
// another unbounded or variable repetition, repeated alternations whose branches can overlap,
// backreferences, quantified lookbehind) even when a given instance would happen to be safe.

/** Longest accepted pattern source, in characters. */
export const MAX_PATTERN_LENGTH = 400;

interface Quantifier {
  min: number;
  max: number;
}

type Node =
  /** `set`: the atom's source as a one-character pattern (`\\s`, `[a-z]`, `.`, `a`); undefined for an anchor. */
  | { kind: 'atom'; literal: string | null; set?: string; boundary?: boolean; quant?: Quantifier }
  | { kind: 'group'; lookbehind: boolean; alternatives: Node[][]; quant?: Quantifier };

const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'b', 'B', 'p', 'P', 'n', 'r', 't', 'f', 'v', '0', 'c', 'x', 'u']);

class Parser {
  pos = 0;
  readonly problems: string[] = [];

  constructor(private readonly src: string) {}

  parseAlternatives(): Node[][] {
    const alternatives: Node[][] = [this.parseSequence()];
    while (this.src[this.pos] === '|') {
      this.pos += 1;
      alternatives.push(this.parseSequence());
    }
    return alternatives;
  }

  private parseSequence(): Node[] {
    const nodes: Node[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const node = this.parseTerm();
      const quant = this.parseQuantifier();
      if (quant) node.quant = quant;
      nodes.push(node);
    }
    return nodes;
  }

  private parseTerm(): Node {
    const ch = this.src[this.pos] ?? '';
    if (ch === '\\') return this.parseEscape();
    if (ch === '[') {
      const start = this.pos;
      this.skipClass();
      return { kind: 'atom', literal: null, set: this.src.slice(start, this.pos) };
    }
    if (ch === '(') return this.parseGroup();
    this.pos += 1;
    if (ch === '^' || ch === '$') return { kind: 'atom', literal: null };
    return { kind: 'atom', literal: ch === '.' ? null : ch, set: ch === '.' ? '.' : escapeLiteral(ch) };
  }

  private parseEscape(): Node {
    const next = this.src[this.pos + 1] ?? '';
    this.pos += 2;
    if (/[1-9]/.test(next) || (next === 'k' && this.src[this.pos] === '<')) {
      this.problems.push('backreferences are not allowed');
      return { kind: 'atom', literal: null };
    }
    const start = this.pos - 2;
    if ((next === 'p' || next === 'P' || next === 'u') && this.src[this.pos] === '{') {
      const close = this.src.indexOf('}', this.pos);
      this.pos = close < 0 ? this.src.length : close + 1;
    }
    if (next === 'b') return { kind: 'atom', literal: null, boundary: true };
    if (next === 'B') return { kind: 'atom', literal: null };
    return { kind: 'atom', literal: CLASS_ESCAPES.has(next) ? null : next, set: this.src.slice(start, this.pos) };
  }

  private skipClass(): void {
    this.pos += 1;
    while (this.pos < this.src.length && this.src[this.pos] !== ']') {
      this.pos += this.src[this.pos] === '\\' ? 2 : 1;
    }
    this.pos += 1;
  }

  private parseGroup(): Node {
    this.pos += 1;
    let lookbehind = false;
    if (this.src.startsWith('?<=', this.pos) || this.src.startsWith('?<!', this.pos)) {
      lookbehind = true;
      this.pos += 3;
    } else if (this.src.startsWith('?<', this.pos)) {
      const close = this.src.indexOf('>', this.pos);
      this.pos = close < 0 ? this.src.length : close + 1;
    } else if (this.src[this.pos] === '?') {
      this.pos += 2;
    }
    const alternatives = this.parseAlternatives();
    this.pos += 1; // the closing parenthesis (a missing one is a syntax error RegExp reports)
    return { kind: 'group', lookbehind, alternatives };
  }

  private parseQuantifier(): Quantifier | undefined {
    const ch = this.src[this.pos];
    let quant: Quantifier | undefined;
    if (ch === '*') quant = { min: 0, max: Infinity };
    else if (ch === '+') quant = { min: 1, max: Infinity };
    else if (ch === '?') quant = { min: 0, max: 1 };
    if (quant) {
      this.pos += 1;
    } else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) return undefined;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      quant = { min, max };
      this.pos += m[0].length;
    } else {
      return undefined;
    }
    if (this.src[this.pos] === '?') this.pos += 1; // lazy
    return quant;
  }
}

function someNode(nodes: readonly Node[], test: (node: Node) => boolean): boolean {
  return nodes.some((node) => test(node) || (node.kind === 'group' && node.alternatives.some((alt) => someNode(alt, test))));
}

const unbounded = (node: Node): boolean => node.quant !== undefined && node.quant.max === Infinity;
const variable = (node: Node): boolean => node.quant !== undefined && node.quant.min !== node.quant.max;

/** True when an alternation may match the same text in two branches (or is not plain words). */
function ambiguousAlternation(alternatives: readonly Node[][]): boolean {
  if (alternatives.length < 2) return false;
  const firsts = new Set<string>();
  for (const alt of alternatives) {
    const literal = alt.every((n) => n.kind === 'atom' && n.literal !== null && !n.quant);
    const first = alt[0];
    if (!literal || !first || first.kind !== 'atom' || first.literal === null) return true;
    const key = first.literal.toLowerCase();
    if (firsts.has(key)) return true;
    firsts.add(key);
  }
  return false;
}

const escapeLiteral = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** Characters tried when deciding whether two atoms can match the same character. */
const SAMPLES = ['a', 'Z', 'é', '5', '_', ' ', '\t', '\n', '.', ',', '-', "'", '%', '!'];
const setPatterns = new Map<string, RegExp | undefined>();

function setPattern(set: string): RegExp | undefined {
  if (!setPatterns.has(set)) {
    let pattern: RegExp | undefined;
    try {
      pattern = new RegExp(`^${set}$`, 'iu');
    } catch {
      pattern = undefined;
    }
    setPatterns.set(set, pattern);
  }
  return setPatterns.get(set);
}

/** Whether two atoms may match one same character (yes, when unsure). */
function overlaps(a: string, b: string): boolean {
  const pa = setPattern(a);
  const pb = setPattern(b);
  if (!pa || !pb) return true;
  const samples = [...SAMPLES, ...a.replace(/\\./g, ''), ...b.replace(/\\./g, '')];
  return samples.some((ch) => pa.test(ch) && pb.test(ch));
}

/** Whether every sample character the atom matches is a word character. */
function wordOnly(set: string): boolean {
  const pattern = setPattern(set);
  return pattern !== undefined && SAMPLES.every((ch) => !pattern.test(ch) || /\w/u.test(ch));
}

/**
 * True when a sequence holds two unbounded repetitions that can share text with nothing between
 * them that the first cannot also match (`.*.*`, `\\d+\\d+`, `.+\\s.+`): the split between them can
 * be tried in every place, polynomial backtracking (n² per start, and worse with more of them).
 */
function adjacentUnbounded(sequence: readonly Node[]): boolean {
  for (let i = 0; i < sequence.length; i += 1) {
    const first = sequence[i]!;
    if (first.kind !== 'atom' || first.set === undefined || !unbounded(first)) continue;
    for (let j = i + 1; j < sequence.length; j += 1) {
      const next = sequence[j]!;
      if (next.kind === 'group') {
        if (next.quant?.min === 0) continue;
        break;
      }
      // A word boundary right after a repetition of word characters pins where it ends.
      if (next.kind === 'atom' && next.boundary && j === i + 1 && wordOnly(first.set)) break;
      if (next.set === undefined) continue; // an anchor matches no character
      if (!overlaps(first.set, next.set)) {
        if (next.quant?.min === 0) continue;
        break;
      }
      if (unbounded(next)) return true;
    }
  }
  return false;
}

function check(nodes: readonly Node[], problems: Set<string>): void {
  if (adjacentUnbounded(nodes)) problems.add('adjacent unbounded repetitions that can match the same text (such as `.*.*`): polynomial backtracking');
  for (const node of nodes) {
    if (node.kind !== 'group') continue;
    const body = node.alternatives.flat();
    if (node.lookbehind && someNode(body, (n) => n.quant !== undefined)) {
      problems.add('lookbehind with a quantifier is not allowed');
    }
    const q = node.quant;
    if (q && q.max > 1) {
      if (someNode(body, unbounded)) problems.add('nested quantifier: a repeated group holds an unbounded repetition');
      if (q.max === Infinity && someNode(body, variable)) problems.add('nested quantifier: an unbounded group holds a variable repetition');
      const alternations = [node.alternatives, ...collectAlternations(body)];
      if (alternations.some(ambiguousAlternation)) problems.add('repeated alternation with overlapping branches');
    }
    for (const alt of node.alternatives) check(alt, problems);
  }
}

function collectAlternations(nodes: readonly Node[]): Node[][][] {
  const out: Node[][][] = [];
  for (const node of nodes) {
    if (node.kind !== 'group') continue;
    out.push(node.alternatives);
    for (const alt of node.alternatives) out.push(...collectAlternations(alt));
  }
  return out;
}

/**
 * Problems that make a regular expression source unsafe to run on untrusted text: too long,
 * backreferences, quantified lookbehind, nested quantifiers such as `(a+)+` or `(\w+\s?)*`, and
 * repeated overlapping alternations such as `(a|a)*`. An empty list means accepted.
 */
export function regexSafetyProblems(source: string): string[] {
  if (source.length > MAX_PATTERN_LENGTH) {
    return [`pattern is ${source.length} characters, expected at most ${MAX_PATTERN_LENGTH}`];
  }
  const parser = new Parser(source);
  const top = parser.parseAlternatives();
  const problems = new Set(parser.problems);
  check([{ kind: 'group', lookbehind: false, alternatives: top }], problems);
  return [...problems];
}

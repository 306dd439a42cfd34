// The linguistic layer: one sentence → tokens with lemma, part of speech, negation scope and
// UTF-16 offsets, from wink-nlp's English light model (chosen over compromise: about 0.03 ms a
// sentence against 0.5 ms, measured on this machine; see docs/nlp.md). Safety rules and sentence
// roles read lemmas and tags from here instead of listing inflected words.
import { createRequire } from 'node:module';
import type winkNLPType from 'wink-nlp';

// The library and its model (a few MB to parse) are loaded on first use, not on import: a
// thread that imports the checks but never reads a sentence (a writer thread) does not pay.
const requireLazily = createRequire(import.meta.url);
let library: { winkNLP: typeof winkNLPType; model: Parameters<typeof winkNLPType>[0] } | undefined;
function winkLibrary(): NonNullable<typeof library> {
  library ??= {
    winkNLP: requireLazily('wink-nlp') as typeof winkNLPType,
    model: requireLazily('wink-eng-lite-web-model') as Parameters<typeof winkNLPType>[0],
  };
  return library;
}

/** One token of a sentence. */
export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-case lemma ("lying" → "lie", "n't" → "not"). */
  lemma: string;
  /** Universal POS tag (VERB, NOUN, ADJ, ADV, ADP, AUX, PART, PRON, DET, NUM, PUNCT, …). */
  pos: string;
  /** UTF-16 offset of the first character in the sentence. */
  start: number;
  /** UTF-16 offset just past the token. */
  end: number;
  /** True when wink-nlp puts the token inside a negation's scope ("do not [lie on your back]"). */
  negated: boolean;
}

type Nlp = ReturnType<typeof winkNLPType>;
let full: Nlp | undefined;
let tagging: Nlp | undefined;

/**
 * The model is loaded on first use (about 70 ms), once per thread. The tagging engine runs the
 * part-of-speech pipe alone (lemmas need it): no sentence splitting, negation, sentiment or
 * entities, about five times faster; the safety rules read lemmas only and scope negation by
 * clause themselves (src/safety/negation.ts). Measured in docs/nlp.md.
 */
function nlp(withNegation: boolean): Nlp {
  const { winkNLP, model } = winkLibrary();
  if (withNegation) return (full ??= winkNLP(model));
  return (tagging ??= winkNLP(model, ['pos']));
}

export interface AnalyseOptions {
  /** Fill `negated` from wink-nlp's negation pipe (default true); false is faster and leaves it false. */
  negation?: boolean;
}

/** Tokens of `sentence`, in order, with offsets into it. Never throws on odd input. */
export function analyse(sentence: string, options: AnalyseOptions = {}): Token[] {
  if (sentence.trim() === '') return [];
  const withNegation = options.negation ?? true;
  const engine = nlp(withNegation);
  const its = engine.its;
  const tokens = engine.readDoc(sentence).tokens();
  const values = tokens.out(its.value) as string[];
  // The lemma helper needs the model's add-ons, which the types do not thread through.
  const lemmas = tokens.out(its.lemma as never) as string[];
  const tags = tokens.out(its.pos) as string[];
  const negations = withNegation ? (tokens.out(its.negationFlag) as unknown as boolean[]) : [];
  const out: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    const text = values[i] ?? '';
    const found = sentence.indexOf(text, cursor);
    const start = found === -1 ? cursor : found;
    const end = found === -1 ? cursor : found + text.length;
    cursor = end;
    out.push({ text, lemma: (lemmas[i] ?? text).toLowerCase(), pos: tags[i] ?? 'X', start, end, negated: negations[i] === true });
  }
  return out;
}

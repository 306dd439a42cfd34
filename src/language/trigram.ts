/**
 * Trigram detection (franc) for text written in the declared language's own script, where script
 * checks cannot help: a Spanish sentence in an English document, Ukrainian in a Russian one.
 *
 * franc is unreliable on short strings and confuses related languages, and a false alarm on
 * correct text costs more than a missed phrase, so a sentence is flagged only when all of these
 * hold:
 * 1. it has at least {@link MIN_TRIGRAM_LETTERS} letters of the declared script;
 * 2. franc, restricted to the candidate languages plus the declared one, ranks another language
 *    first and the declared language scores at most `1 - ` {@link TRIGRAM_MARGIN};
 * 3. the sentence holds more function words of the detected language than of the declared one.
 */
import { francAll } from 'franc';
import { countAllFunctionWords } from './function-words.js';
import type { LanguageInfo } from './language-tags.js';
import { scriptOfCode } from './scripts.js';
import type { Sentence } from './split-sentences.js';
import type { ForeignSpan } from './types.js';

/**
 * Minimum letters for a trigram verdict. On the seed texts, English sentences under ~35 letters
 * (headings, "Do not sag your shoulders.") are routinely ranked French, Hausa or Afrikaans; from
 * 40 letters franc separates the project's languages well enough for the two extra guards to hold.
 */
export const MIN_TRIGRAM_LETTERS = 40;

/** How far (on franc's 0–1 scale, top = 1) the declared language must trail the winner. */
export const TRIGRAM_MARGIN = 0.1;

/**
 * Languages franc may choose from, per script: the project's target languages. Keeping the list
 * short avoids near-neighbours without a use here (Scots vs English, Galician vs Portuguese).
 */
const CANDIDATES: Readonly<Record<string, readonly string[]>> = {
  Latin: [
    'eng', 'spa', 'fra', 'deu', 'por', 'ita', 'nld', 'vie', 'swh', 'zul', 'xho', 'afr', 'som',
    'yor', 'hau', 'ibo',
  ],
  Cyrillic: ['rus', 'ukr'],
};

/** Whether trigram detection is available for documents in `language`. */
export function supportsTrigram(language: LanguageInfo): boolean {
  const script = language.scripts[0];
  return script !== undefined && CANDIDATES[script] !== undefined;
}

/**
 * Check one sentence; returns a span covering the whole sentence when it is confidently in
 * another language than `language`, otherwise `undefined`.
 */
export function checkSentenceTrigram(
  sentence: Sentence,
  language: LanguageInfo,
): ForeignSpan | undefined {
  const script = language.scripts[0];
  const candidates = script === undefined ? undefined : CANDIDATES[script];
  if (script === undefined || candidates === undefined) return undefined;
  const { masked, letters } = keepScript(sentence.text, script);
  if (letters < MIN_TRIGRAM_LETTERS) return undefined;
  const declared = language.iso6393;
  const only = candidates.includes(declared) ? [...candidates] : [...candidates, declared];
  // Guard 3 first: it is cheap, and when no candidate has more function words than the declared
  // language no franc verdict could pass it, so franc need not run (most sentences).
  const words = countAllFunctionWords(masked, only);
  const own = words.get(declared) ?? 0;
  if (!only.some((code) => code !== declared && (words.get(code) ?? 0) > own)) return undefined;
  const scores = francAll(masked, { only, minLength: 1 });
  const top = scores[0];
  if (top === undefined || top[0] === 'und' || top[0] === declared) return undefined;
  const declaredScore = scores.find(([code]) => code === declared)?.[1] ?? 0;
  if (declaredScore > 1 - TRIGRAM_MARGIN) return undefined;
  if ((words.get(top[0]) ?? 0) <= own) return undefined;
  return {
    start: sentence.start,
    end: sentence.end,
    text: sentence.text,
    detected: top[0],
    method: 'trigram',
    confidence: Math.round((1 - declaredScore) * 1000) / 1000,
  };
}

/**
 * Blank out letters of other scripts (so franc sees only the declared script) and count the
 * letters that remain.
 */
export function keepScript(text: string, script: string): { masked: string; letters: number } {
  // Usually nothing is blanked: the text is then returned as it is, with no string built.
  let pieces: string[] | undefined;
  let kept = 0;
  let letters = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const own = scriptOfCode(code);
    if (own === script) letters += 1;
    else if (own !== undefined) {
      pieces ??= [];
      pieces.push(text.slice(kept, i), ' ');
      kept = i + width;
    }
    i += width;
  }
  if (!pieces) return { masked: text, letters };
  pieces.push(text.slice(kept));
  return { masked: pieces.join(''), letters };
}

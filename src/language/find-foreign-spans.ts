/**
 * Flag text that is not in a document's declared language: script checks everywhere, trigram
 * identification on sentences long enough to be judged.
 */
import { languageOf } from './language-tags.js';
import { findScriptSpans } from './script-spans.js';
import { splitSentences } from './split-sentences.js';
import { telltaleSpan } from './telltale-letters.js';
import { checkSentenceTrigram, supportsTrigram } from './trigram.js';
import type { ForeignSpan } from './types.js';

/**
 * Find the spans of `text` (one sentence or a short block: paragraph, list item, heading) that
 * are not in `language` (a BCP 47 tag such as `en-GB`, `ru`, `zh-Hans`).
 *
 * - `method: 'script'` spans are maximal runs of a script the language does not use (Han in an
 *   English sentence, Latin in a Russian one).
 * - `method: 'trigram'` spans cover a whole sentence of the block whose letters are in the
 *   declared script but, according to franc and a function-word count, in another language. Such
 *   a span may contain script spans.
 *
 * Spans are sorted by `start` (then longest first); offsets are UTF-16 indices with
 * `text.slice(start, end) === span.text`. Unsupported language tags and blank text give `[]`;
 * use {@link languageOf} to tell an unsupported tag apart.
 */
export function findForeignSpans(text: string, language: string): ForeignSpan[] {
  const info = languageOf(language);
  if (info === undefined || typeof text !== 'string' || text.trim() === '') return [];
  const spans = findScriptSpans(text, info.scripts);
  if (supportsTrigram(info)) {
    for (const sentence of splitSentences(text)) {
      // A telltale letter marks the whole sentence, unless a script span already does (script
      // spans never overlap one another).
      const scripted = spans.some((s) => s.method === 'script' && s.start < sentence.end && s.end > sentence.start);
      const span = checkSentenceTrigram(sentence, info) ?? (info.scripts.includes('Latin') && !scripted ? telltaleSpan(sentence, info.iso6393) : undefined);
      if (span !== undefined) spans.push(span);
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

// Text not in the document's declared language: flagged as an error on the sentence (it must not
// reach a reader), and an exercise whose instructions are partly foreign is withheld as incomplete.
import { findForeignSpans } from '../language/index.js';
import type { GuidanceRecord } from '../model/types.js';
import { addFlag, makeFlag } from './flags.js';
import type { LineIndex, SentenceText } from './record-text.js';

export const FOREIGN_RULE = 'foreign-language';

export function checkLanguage(record: GuidanceRecord, sentences: readonly SentenceText[], index: LineIndex | undefined): void {
  for (const sentence of sentences) {
    for (const span of findForeignSpans(sentence.text, record.language)) {
      addFlag(record, makeFlag(record, {
        rule: FOREIGN_RULE,
        severity: 'error',
        message: `Unexpected text in another language (${span.detected}, found by ${span.method === 'script' ? 'script' : 'language identification'}) in a document declared \`${record.language}\`, expected ${record.language} only`,
        rationale: 'Machine-translation leftovers cannot be read by the audience and may change the meaning of an instruction; translate the sentence from the original source or remove it.',
        citation: 'Editorial rule: one language per document',
        sentence,
        match: { index: span.start, text: span.text },
      }, index));
    }
  }
}

/** Fields whose foreign text leaves an exercise incomplete for readers. */
export const INSTRUCTION_FIELDS = /^(?:steps\/\d+|startingPosition|name)$/;

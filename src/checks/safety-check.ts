// Unsafe claims: every rule applied to every sentence of a record, in the record's stages and
// (for exercises) its body position. A rule with positions also fires on an exercise done in that
// position, citing the sentence that sets it up.
import type { CompiledRule } from '../safety/index.js';
import { checkSentence } from '../safety/index.js';
import type { GuidanceRecord, Position } from '../model/types.js';
import { addFlag, makeFlag } from './flags.js';
import type { LineIndex, SentenceText } from './record-text.js';

export function checkSafety(record: GuidanceRecord, sentences: readonly SentenceText[], rules: readonly CompiledRule[], index: LineIndex | undefined): void {
  const position: Position | undefined = record.kind === 'exercise' ? record.position : undefined;
  const context = { stages: record.stages, ...(position ? { position } : {}) };
  for (const sentence of sentences) {
    for (const match of checkSentence(sentence.text, context, [...rules])) {
      if (match.via === 'position') continue;
      addFlag(record, makeFlag(record, {
        rule: match.rule.id,
        severity: match.rule.severity,
        message: match.rule.message,
        rationale: match.rule.rationale,
        citation: match.rule.citation,
        sentence,
        match: { index: match.index, text: match.evidence },
      }, index));
    }
  }
  if (!position || record.kind !== 'exercise') return;
  // Position-triggered rules: cite the sentence that sets up the position.
  const setup = sentences.find((s) => s.field === 'startingPosition') ?? sentences.find((s) => s.field.startsWith('steps/'));
  if (!setup) return;
  for (const match of checkSentence(setup.text, context, [...rules])) {
    if (match.via !== 'position') continue;
    if (record.flags.some((f) => f.rule === match.rule.id)) continue;
    addFlag(record, makeFlag(record, {
      rule: match.rule.id,
      severity: match.rule.severity,
      message: `${match.rule.message} (the exercise is done ${position === 'supine' ? 'lying on the back' : position === 'prone' ? 'lying face down' : position})`,
      rationale: match.rule.rationale,
      citation: match.rule.citation,
      sentence: setup,
    }, index));
  }
}

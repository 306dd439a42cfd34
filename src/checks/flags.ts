// Building flags: one finding on one sentence of a record, with the exact place of the match.
import type { Flag, GuidanceRecord, Point, Severity } from '../model/types.js';
import { locate, type LineIndex, type SentenceText } from './record-text.js';

export interface FlagInput {
  rule: string;
  severity: Severity;
  message: string;
  rationale?: string;
  citation?: string;
  sentence: SentenceText;
  /** The words that triggered it, inside the sentence. */
  match?: { index: number; text: string };
}

export function makeFlag(record: GuidanceRecord, input: FlagInput, index: LineIndex | undefined): Flag {
  const { sentence, match } = input;
  const at: Point = match && match.index > 0 && index ? locate(index, sentence.text.slice(match.index), sentence.start) : sentence.start;
  return {
    rule: input.rule,
    severity: input.severity,
    message: input.message,
    ...(input.rationale ? { rationale: input.rationale } : {}),
    ...(input.citation ? { citation: input.citation } : {}),
    evidence: sentence.text,
    ...(match?.text ? { match: match.text } : {}),
    field: sentence.field,
    document: record.source.document,
    file: record.source.file,
    line: at.line,
    column: at.column,
  };
}

/** Adds a flag unless the same rule already flagged the same place. */
export function addFlag(record: GuidanceRecord, flag: Flag): void {
  if (record.flags.some((f) => f.rule === flag.rule && f.line === flag.line && f.column === flag.column && f.field === flag.field)) return;
  record.flags.push(flag);
}

/**
 * Turns a fitted text into a draft tip that carries its record's stages (less
 * those its subject rules out, see `tip-stage-limits.ts`) and source, and an
 * unfitted one into the report entries that say why.
 *
 * @module
 */
import { sortStages, type GuidanceRecord } from '../model/types.js';
import type { Fitted, Unfitted } from './tip-budget.js';
import { limitStages } from './tip-stage-limits.js';
import type { DraftTip, Rejected, TipKind } from './tip-types.js';

/** A draft tip from a record and the text that fitted. */
export function toDraft(record: GuidanceRecord, kind: TipKind, fit: Fitted): DraftTip {
  return {
    kind,
    stages: limitStages(sortStages(record.stages), fit.text),
    text: fit.text,
    parts: fit.parts,
    record: record.id,
    source: {
      document: record.source.document,
      file: record.source.file,
      lines: { start: record.source.lines.start, end: record.source.lines.end },
      fields: fit.fields,
    },
    encoding: fit.encoding,
    septets: fit.septets,
    segments: fit.parts.length,
  };
}

/** The rejection entry for the first piece of a text that needs UCS-2. */
export function toRejected(record: GuidanceRecord, fit: Extract<Unfitted, { reason: 'ucs2' }>): Rejected {
  return { record: record.id, field: fit.field, char: fit.char.char, codePoint: fit.char.codePoint };
}

/**
 * Adds a rejection entry for every piece of a text that needs UCS-2, once per
 * record, field and character.
 */
export function addRejected(into: Rejected[], record: GuidanceRecord, fit: Extract<Unfitted, { reason: 'ucs2' }>): void {
  for (const piece of fit.pieces) {
    const entry: Rejected = { record: record.id, field: piece.field, char: piece.char.char, codePoint: piece.char.codePoint };
    if (!into.some((r) => r.record === entry.record && r.field === entry.field && r.codePoint === entry.codePoint)) into.push(entry);
  }
}

/** "one 160-septet segment" or "2 parts of 153 septets". */
export function budgetText(segments: number): string {
  return segments === 1 ? 'one 160-septet segment' : `${segments} parts of 153 septets`;
}

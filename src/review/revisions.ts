// Reviewer revisions (content/revisions/*.yaml): a sentence, step or field of a record replaced
// without editing the source, applied to the records before any check runs, so the replacement
// is checked by the same rules. The record keeps the source text and the replacement with their
// provenance (`revisions`). A revision whose record or original text no longer exists is an
// error at its file:line: the source changed under it and a reviewer must look again.
import type { GuidanceRecord, Revision, RevisionEntry } from '../model/types.js';
import { getField, setField, textFields } from './record-fields.js';
import type { Placed } from './yaml-entries.js';

export const REVISION_RULE = 'stale-revision';

export interface RevisionProblem {
  file: string;
  line: number;
  message: string;
  note: string;
}

const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** `text` with `original` replaced (whitespace-insensitive), or undefined when it is not there. */
function replaced(text: string, original: string, replacement: string): string | undefined {
  if (text.includes(original)) return tidy(text.replace(original, replacement));
  const flat = collapse(text);
  const wanted = collapse(original);
  return flat.includes(wanted) ? tidy(flat.replace(wanted, replacement)) : undefined;
}

function tidy(text: string): string {
  return text.replace(/[ \t]{2,}/gu, ' ').trim();
}

/**
 * Applies every revision to the records (mutated) and returns the problems. Revisions apply in
 * file and line order; two revisions of the same text apply one after the other.
 */
export function applyRevisions(records: readonly GuidanceRecord[], revisions: ReadonlyArray<Placed<RevisionEntry>>): RevisionProblem[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  const problems: RevisionProblem[] = [];
  for (const { entry, file, line } of revisions) {
    const record = byId.get(entry.record);
    const where = `${file}:${line}`;
    if (!record) {
      problems.push({ file, line, message: `Stale revision: no record \`${entry.record}\`, expected the id of a record in the dataset`, note: `The source changed or the record was dropped as a repeat. Find the record's new id in dist/json/exercises.json (or with \`guidance review\`) and update or remove the revision at ${where}.` });
      continue;
    }
    const fields = entry.field ? [entry.field] : textFields(record).filter((field) => replaced(getField(record, field) ?? '', entry.original, entry.replacement) !== undefined);
    if (!entry.field && fields.length > 1) {
      problems.push({ file, line, message: `Ambiguous revision of \`${entry.record}\`: “${entry.original}” is in ${fields.join(', ')}, expected one field`, note: 'Add `field:` to say which one to revise.' });
      continue;
    }
    const field = fields[0];
    const current = field === undefined ? undefined : getField(record, field);
    const next = current === undefined ? undefined : replaced(current, entry.original, entry.replacement);
    if (field === undefined || next === undefined) {
      problems.push({ file, line, message: `Stale revision of \`${entry.record}\`: the original text “${entry.original}” no longer exists${entry.field ? ` in ${entry.field}` : ''}, expected it word for word`, note: `The source text changed since the revision was written: read the record again and update or remove the revision at ${where}.` });
      continue;
    }
    if (!next) {
      problems.push({ file, line, message: `Revision of \`${entry.record}\` leaves ${field} empty, expected some text`, note: 'Replace the whole field with safe text instead of removing it, or revise a single sentence.' });
      continue;
    }
    setField(record, field, next);
    const revision: Revision = { field, original: entry.original, replacement: entry.replacement, reason: entry.reason, reviewer: entry.reviewer, date: entry.date, file, line };
    record.revisions = [...(record.revisions ?? []), revision];
  }
  return problems;
}

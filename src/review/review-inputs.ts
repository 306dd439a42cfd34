// The reviewers' files as the pipeline reads them: content/revisions/*.yaml and
// content/reviews.yaml, bytes → placed entries; problems become messages on their vfiles. Pure.
import { VFile } from 'vfile';
import type { Approval, RevisionEntry } from '../model/types.js';
import type { InputFile } from '../pipeline/inputs.js';
import { decodeContent } from '../read/decode.js';
import { readEntries, type Placed } from './yaml-entries.js';

export function readRevisionFiles(inputs: readonly InputFile[], files: VFile[]): Array<Placed<RevisionEntry>> {
  return inputs.flatMap((input) => {
    const file = new VFile({ path: input.path });
    files.push(file);
    const text = decodeContent(input.bytes, file);
    return text === undefined ? [] : readEntries<RevisionEntry>(text, file, {
      schema: 'revisions', key: 'revisions', ruleId: 'revision-file', label: 'Revision file',
      note: 'Each revision: record (id), field (optional, e.g. steps/1), original (word for word), replacement, reason, reviewer, date (YYYY-MM-DD).',
    });
  });
}

export function readReviewFile(input: InputFile | undefined, files: VFile[]): Array<Placed<Approval>> {
  if (!input) return [];
  const file = new VFile({ path: input.path });
  files.push(file);
  const text = decodeContent(input.bytes, file);
  return text === undefined ? [] : readEntries<Approval>(text, file, {
    schema: 'reviews', key: 'approvals', ruleId: 'review-file', label: 'Reviews file',
    note: 'Each approval: record (id), hash (as `guidance review` prints it), reviewer, date (YYYY-MM-DD).',
  });
}

// Clinical sign-off (content/reviews.yaml): each approval names a record and the hash of the
// reader-facing text the reviewer read. Every record gets `review`: approved (the text is still
// the one approved), changed (approved once, the text changed since) or unapproved. With
// `requireReview`, a record that is not approved stays out of reader outputs (withheld, with the
// reason). An approval of a record that no longer exists is reported at its file:line. Pure but
// for the records it is given.
import type { Approval, GuidanceRecord, Review } from '../model/types.js';
import { readerHash } from './reader-hash.js';
import type { Placed } from './yaml-entries.js';

export const APPROVAL_RULE = 'stale-approval';

export interface SignOffProblem {
  file: string;
  line: number;
  message: string;
  note: string;
}

export const NOT_APPROVED_REASON = 'Not clinically approved: no approval of its current text in content/reviews.yaml (built with --require-review)';

export function applySignOff(records: readonly GuidanceRecord[], approvals: ReadonlyArray<Placed<Approval>>, options: { requireReview?: boolean } = {}): SignOffProblem[] {
  const latest = new Map<string, Placed<Approval>>();
  for (const approval of approvals) latest.set(approval.entry.record, approval);
  const known = new Set(records.map((record) => record.id));
  const problems: SignOffProblem[] = [];
  for (const { entry, file, line } of approvals) {
    if (known.has(entry.record)) continue;
    problems.push({ file, line, message: `Approval of \`${entry.record}\`, a record that no longer exists, expected a record id of the dataset`, note: 'Run `guidance review` to see the records that need approval, and remove or update this entry.' });
  }
  for (const record of records) {
    const hash = readerHash(record);
    const approval = latest.get(record.id)?.entry;
    const review: Review = !approval
      ? { status: 'unapproved', hash }
      : { status: approval.hash === hash ? 'approved' : 'changed', hash, ...(approval.hash === hash ? {} : { approvedHash: approval.hash }), reviewer: approval.reviewer, date: approval.date };
    record.review = review;
    if (options.requireReview && record.status === 'published' && review.status !== 'approved') {
      record.status = 'withheld';
      record.withheldReasons = [...(record.withheldReasons ?? []), NOT_APPROVED_REASON];
    }
  }
  return problems;
}

/** Whether the reader outputs are a draft: some record that reaches readers is not approved. */
export function reviewState(records: readonly GuidanceRecord[]): { printed: number; approved: number; draft: boolean } {
  const printed = records.filter((record) => record.status === 'published');
  const approved = printed.filter((record) => record.review?.status === 'approved').length;
  return { printed: printed.length, approved, draft: approved < printed.length };
}

export const DRAFT_NOTICE = 'Draft \u2014 not clinically reviewed';

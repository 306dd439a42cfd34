// What a clinical reviewer has to look at, from the compiled dataset: the records that reach
// readers and are not approved (never, or approved text that changed since), and the records
// held back from readers with the reasons. Each with where it is (file:line), why, its current
// reader-facing text and hash. Pure.
import type { Dataset, GuidanceRecord } from '../model/types.js';
import { readerFacingLines } from './reader-hash.js';

export interface ReviewItem {
  record: string;
  kind: GuidanceRecord['kind'];
  /** The exercise's name or the advice's heading (or topic). */
  title: string;
  file: string;
  line: number;
  why: string[];
  hash: string;
  /** The reader-facing text, `field: text` lines. */
  text: string[];
  revisions: string[];
}

export interface ReviewList {
  /** Records that reach readers. */
  printed: number;
  approved: ReviewItem[];
  changed: ReviewItem[];
  unapproved: ReviewItem[];
  withheld: ReviewItem[];
}

function item(record: GuidanceRecord, why: string[], place: (file: string) => string): ReviewItem {
  return {
    record: record.id,
    kind: record.kind,
    title: record.kind === 'exercise' ? record.name : record.heading ?? record.topic,
    file: place(record.source.file),
    line: record.source.lines.start,
    why,
    hash: record.review?.hash ?? '',
    text: readerFacingLines(record),
    revisions: (record.revisions ?? []).map((r) => `${r.field} revised by ${r.reviewer} on ${r.date} (${r.file}:${r.line}): “${r.original}” → “${r.replacement}”`),
  };
}

/**
 * What needs review. `place` turns a record's file (named inside the content folder) into the
 * path the reviewer opens, e.g. with the content folder as given on the command line.
 */
export function reviewList(dataset: Dataset, place: (file: string) => string = (file) => file): ReviewList {
  const records: GuidanceRecord[] = [...dataset.exercises, ...dataset.advice];
  const out: ReviewList = { printed: 0, approved: [], changed: [], unapproved: [], withheld: [] };
  for (const record of records) {
    if (record.status === 'withheld') {
      out.withheld.push(item(record, record.withheldReasons ?? [], place));
      continue;
    }
    out.printed += 1;
    const review = record.review;
    if (review?.status === 'approved') out.approved.push(item(record, [`approved by ${review.reviewer} on ${review.date}`], place));
    else if (review?.status === 'changed') {
      out.changed.push(item(record, [`its reader text changed since ${review.reviewer} approved it on ${review.date} (approved ${review.approvedHash}, now ${review.hash})`], place));
    } else out.unapproved.push(item(record, ['never approved'], place));
  }
  return out;
}

// The build report (dist/report.json): every flag, duplicate, boilerplate block, withheld record
// and stale directive, with its place, so an editor can act on each.
import type { DedupeStats } from '../dedupe/index.js';
import type { Flag, Severity } from '../model/types.js';
import type { BoilerplateBlock } from '../normalize/boilerplate.js';
import type { DuplicateEntry } from './dedupe-check.js';

export interface ReportFlag extends Flag {
  /** The record the flag is on, or `boilerplate` for text kept out of the records. */
  record: string;
  recordStatus: 'published' | 'withheld' | 'boilerplate';
}

export interface Report {
  summary: {
    documents: number;
    exercises: { published: number; withheld: number };
    advice: { published: number; withheld: number };
    flags: Record<Severity, number>;
    resolvedFlags: number;
    duplicatesDropped: number;
    boilerplateBlocks: number;
    nearDuplicateCandidatePairs: number;
    staleDirectives: number;
  };
  flags: ReportFlag[];
  withheld: Array<{ record: string; kind: 'exercise' | 'advice'; name: string; file: string; line: number; reasons: string[] }>;
  duplicates: DuplicateEntry[];
  dedupeStats: DedupeStats[];
  boilerplate: Array<BoilerplateBlock & { document: string; file: string }>;
  staleDirectives: Array<{ file: string; line: number; column: number; rule: string; reason: string }>;
}

// The language and safety checks of one document's records. They read only that document (its
// text, its records, the rules of its language), so documents can be checked on any thread.
import type { Flag, GuidanceRecord } from '../model/types.js';
import type { CompiledRule } from '../safety/index.js';
import { checkLanguage } from './language-check.js';
import { LineIndex, recordSentences } from './record-text.js';
import { checkSafety } from './safety-check.js';

/** One document's records to check. */
export interface RecordCheckJob {
  /** The document's text, for the places of flags. */
  text: string;
  /** Its declared language (`en`, `en-GB`…). */
  language: string;
  records: GuidanceRecord[];
}

/** The flags of every record of every job, in order, after the checks. */
export type RecordChecker = (jobs: readonly RecordCheckJob[]) => Promise<Flag[][][]>;

/** The primary language subtag: `en` for `en-GB`. */
export function primaryLanguage(language: string): string {
  return language.toLowerCase().split(/[-_]/)[0]!;
}

/** The rules that can read a language: those written for its primary subtag. */
export function rulesFor(rules: readonly CompiledRule[], language: string): readonly CompiledRule[] {
  const primary = primaryLanguage(language);
  // The same array for every document of a language (the checks cache work per rule list).
  let byLanguage = selections.get(rules);
  if (!byLanguage) {
    byLanguage = new Map();
    selections.set(rules, byLanguage);
  }
  let selected = byLanguage.get(primary);
  if (!selected) {
    selected = rules.filter((rule) => rule.language === primary);
    byLanguage.set(primary, selected);
  }
  return selected;
}

const selections = new WeakMap<readonly CompiledRule[], Map<string, CompiledRule[]>>();

/** Adds the language and safety flags to each record of the job; returns their flags. */
export function checkRecords(job: RecordCheckJob, rules: readonly CompiledRule[]): Flag[][] {
  const index = new LineIndex(job.text);
  const docRules = rulesFor(rules, job.language);
  return job.records.map((record) => {
    const sentences = recordSentences(record, index);
    checkLanguage(record, sentences, index);
    checkSafety(record, sentences, docRules, index);
    return record.flags;
  });
}

/** Checks on this thread, on the records themselves. */
export function checkInProcess(rules: readonly CompiledRule[]): RecordChecker {
  return async (jobs) => jobs.map((job) => checkRecords(job, rules));
}

// Reviewer decisions: `<!-- guidance: allow RULE-ID — reason -->` before a block resolves that
// rule's flags in it. The flag keeps the resolution and reason; a directive that resolves
// nothing is stale and reported.
import type { GuidanceRecord } from '../model/types.js';
import type { AllowDirective } from '../normalize/document.js';
import { holdReasons } from '../review/reader-policy.js';

export interface StaleDirective {
  directive: AllowDirective;
  reason: 'unknown-rule' | 'nothing-to-resolve';
}

export function applyResolutions(records: readonly GuidanceRecord[], allows: readonly AllowDirective[], knownRules: ReadonlySet<string>): StaleDirective[] {
  const stale: StaleDirective[] = [];
  for (const allow of allows) {
    if (!knownRules.has(allow.rule)) {
      stale.push({ directive: allow, reason: 'unknown-rule' });
      continue;
    }
    let resolved = 0;
    for (const record of records) {
      for (const flag of record.flags) {
        if (flag.rule !== allow.rule || flag.line < allow.lines.start || flag.line > allow.lines.end) continue;
        flag.resolution = { reason: allow.reason, line: allow.at.line };
        resolved += 1;
      }
    }
    if (resolved === 0) stale.push({ directive: allow, reason: 'nothing-to-resolve' });
  }
  return stale;
}

/**
 * A record with an unresolved error flag is withheld, with the reasons; so is an exercise whose
 * instructions hold an unresolved warning (src/review/reader-policy.ts).
 */
export function settleStatus(record: GuidanceRecord, reasonFor: (record: GuidanceRecord, rule: string, message: string, field: string | undefined) => string): void {
  const blocking = record.flags.filter((flag) => flag.severity === 'error' && !flag.resolution);
  const reasons = [...new Set(blocking.map((flag) => reasonFor(record, flag.rule, flag.message, flag.field))), ...holdReasons(record)];
  if (reasons.length === 0) {
    record.status = 'published';
    delete record.withheldReasons;
    return;
  }
  record.status = 'withheld';
  record.withheldReasons = reasons;
}

/**
 * The tip generator: every published record to its tips, with deterministic
 * ids and order, and the report of what got no tip and why.
 *
 * Only published records are read (`publishedExercises`/`publishedAdvice`),
 * and only their sentences no unresolved error or warning flag points at
 * (`tip-sentences.ts`). A tip is scheduled in its record's stages less those
 * its subject rules out (`tip-stage-limits.ts`); a tip left with no stage is
 * reported, not sent. Ids are `tip-<record-id>-<n>`; tips are ordered by
 * their first stage, then by record (exercises, then advice, as in the
 * dataset), then by n.
 *
 * @module
 */
import { DRAFT_NOTICE, reviewState } from '../review/sign-off.js';
import { AUDIENCE_STAGES, STAGES, type Audience, type Dataset, type GuidanceRecord } from '../model/types.js';
import { publishedAdvice, publishedExercises } from '../write/published.js';
import { adviceTips } from './advice-tips.js';
import { exerciseTips } from './exercise-tips.js';
import { checkSegments } from './tip-budget.js';
import type { DraftTip, Gap, Rejected, Tip, TipOptions, TipSet, Untipped } from './tip-types.js';
import { warningTips } from './warning-tips.js';

/** What one record gave. */
interface RecordTips {
  tips: DraftTip[];
  untipped: Untipped[];
  rejected: Rejected[];
}

/** The tips of one published record. */
function recordTips(record: GuidanceRecord, segments: number): RecordTips {
  if (record.kind === 'exercise') {
    const result = exerciseTips(record, segments);
    return { tips: result.tips, untipped: result.untipped ? [result.untipped] : [], rejected: result.rejected };
  }
  if (record.topic === 'warning-signs') return warningTips(record, segments);
  return { ...adviceTips(record, segments), untipped: [] };
}

/** The kinds every audience needs, with what to add when one is missing. */
const NEEDED: ReadonlyArray<{ kind: Gap['kind']; what: string }> = [
  { kind: 'warning-signs', what: 'published, unflagged warning-signs advice (tips never invent warning signs)' },
  { kind: 'how-often', what: 'published advice on how often to exercise' },
  { kind: 'breathing', what: 'published advice on breathing while exercising' },
];

/** Audiences with published exercises but no tip of a needed kind. */
function findGaps(dataset: Dataset, tips: readonly DraftTip[]): Gap[] {
  const gaps: Gap[] = [];
  for (const audience of Object.keys(AUDIENCE_STAGES) as Audience[]) {
    const stages = AUDIENCE_STAGES[audience];
    const covers = (record: { stages: readonly string[] }): boolean => record.stages.some((stage) => (stages as readonly string[]).includes(stage));
    if (!publishedExercises(dataset).some(covers)) continue;
    for (const { kind, what } of NEEDED) {
      if (tips.some((tip) => tip.kind === kind && covers(tip))) continue;
      gaps.push({ audience, kind, reason: `no ${kind} tip for ${audience} (${stages.join(', ')}): the content has no ${what} for these stages` });
    }
  }
  return gaps;
}

/**
 * Generates the SMS tips of a dataset.
 *
 * @param options.segments most parts a tip may take (default 1: one
 *   160-septet message; see `tip-budget.ts`).
 * @throws RangeError when `segments` is not a whole number from 1 to 10.
 */
export function generateTips(dataset: Dataset, options: TipOptions = {}): TipSet {
  const segments = checkSegments(options.segments);
  const records: GuidanceRecord[] = [...publishedExercises(dataset), ...publishedAdvice(dataset)];
  const placed: Array<{ tip: Tip; stage: number; record: number; n: number }> = [];
  const untipped: Untipped[] = [];
  const rejected: Rejected[] = [];
  const drafts: DraftTip[] = [];
  records.forEach((record, index) => {
    const result = recordTips(record, segments);
    untipped.push(...result.untipped);
    rejected.push(...result.rejected);
    const kept = result.tips.filter((draft) => draft.stages.length > 0);
    for (const draft of result.tips.filter((d) => d.stages.length === 0)) {
      untipped.push({ record: record.id, reason: `its ${draft.kind} tip ("${draft.text}") is for none of the record's stages (see tip-stage-limits.ts)` });
    }
    drafts.push(...kept);
    kept.forEach((draft, i) => {
      const stage = Math.min(...draft.stages.map((s) => STAGES.indexOf(s)));
      placed.push({ tip: { id: `tip-${record.id}-${i + 1}`, ...draft }, stage, record: index, n: i + 1 });
    });
  });
  placed.sort((a, b) => a.stage - b.stage || a.record - b.record || a.n - b.n);
  const state = reviewState(records);
  const review = { draft: state.draft, ...(state.draft ? { notice: DRAFT_NOTICE } : {}), approved: state.approved, records: state.printed };
  return { review, segments, tips: placed.map((p) => p.tip), untipped, rejected, gaps: findGaps(dataset, drafts) };
}

/** Tip counts by stage (a tip for several stages counts in each), in stage order, and the total. */
export function countByStage(tips: readonly Tip[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const stage of STAGES) counts[stage] = tips.filter((tip) => tip.stages.includes(stage)).length;
  counts['total'] = tips.length;
  return counts;
}

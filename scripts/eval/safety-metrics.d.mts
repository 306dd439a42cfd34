// Types of safety-metrics.mjs (scores of the safety rules on the held-out corpus).
export interface ScoredEntry {
  text: string;
  expect: readonly string[];
  file?: string;
  line?: number;
  stages?: readonly string[];
  position?: string;
  /** Why a clinician would flag the sentence (unsafe entries). */
  why?: string;
}

export interface RuleScore {
  id: string;
  expected: number;
  caught: number;
  fired: number;
  falseFires: number;
  recall: number | undefined;
  precision: number | undefined;
}

export interface SafetyMetrics {
  sentences: number;
  unsafe: number;
  safe: number;
  sentenceRecall: number | undefined;
  fullRecall: number | undefined;
  precision: number | undefined;
  falseFlagRate: number | undefined;
  counts: { caughtAny: number; caughtAll: number; falseFlagged: number; firedTotal: number; firedExpected: number };
  rules: RuleScore[];
  misses: Array<{ entry: ScoredEntry; missing: string[]; caughtNone: boolean; fired: string[] }>;
  falseFlags: Array<{ entry: ScoredEntry; fired: string[] }>;
  extraFires: Array<{ entry: ScoredEntry; unexpected: string[] }>;
}

export interface Targets {
  sentenceRecall: number;
  falseFlagRate: number;
}

export const TARGETS: Readonly<Targets>;
export function scoreResults(results: ReadonlyArray<{ entry: ScoredEntry; fired: readonly string[] }>, ruleIds?: readonly string[]): SafetyMetrics;
export function meetsTargets(metrics: SafetyMetrics, targets?: Targets): boolean;
export function formatReport(metrics: SafetyMetrics, options?: { known?: ReadonlySet<string>; targets?: Targets }): string[];

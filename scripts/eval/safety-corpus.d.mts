// Types of safety-corpus.mjs (the held-out safety corpus: parsing and validation).
export interface Place {
  file: string;
  line: number;
  column: number;
}

export interface CorpusEntry extends Place {
  text: string;
  stages: string[];
  position?: string;
  expect: string[];
  why?: string;
  places: { text: Place; stages: Place[]; position?: Place; expect: Place[] };
}

export interface CorpusProblem extends Place {
  message: string;
}

export const CATALOGUE_RULE_IDS: readonly string[];
export function normaliseSentence(text: string): string;
export function parseCorpusFile(file: string, text: string): { entries: CorpusEntry[]; problems: CorpusProblem[] };
export function validateCorpus(
  entries: readonly CorpusEntry[],
  valid: {
    stages: readonly string[];
    positions: readonly string[];
    ruleIds: readonly string[];
    examples: ReadonlyArray<{ rule: string; text: string }>;
  },
): CorpusProblem[];
export function ruleExamplesFromFiles(files: ReadonlyArray<{ path: string; text: string }>): Array<{ rule: string; text: string }>;
export const NEAR_REPEAT_OVERLAP: number;
export function nearRepeats(entries: readonly CorpusEntry[], examples: ReadonlyArray<{ rule: string; text: string }>, threshold?: number): CorpusProblem[];
export function formatProblem(problem: CorpusProblem): string;

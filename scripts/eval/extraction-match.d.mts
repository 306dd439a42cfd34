// Types of scripts/eval/extraction-match.mjs, for the TypeScript tests.
export interface Range { min: number; max: number }
export interface ExpectedDosage {
  repetitions?: Range; sets?: Range; holdSeconds?: Range; durationSeconds?: Range;
  breathCycles?: Range; timesPerDay?: Range; perSide?: boolean;
}
export interface ExpectedExercise { name: string; aliasNames: string[]; position?: string; dosage?: ExpectedDosage; line?: number }
export interface ExpectedAdvice { topic?: string; contains: string }
export interface Expected {
  shape: string;
  exercises: ExpectedExercise[];
  advice: ExpectedAdvice[];
  notInReaderText: string[];
  notExercises: string[];
}
/** The parts of a produced record the evaluation reads. */
export interface ProducedRecord {
  kind?: string; name?: string; aliases?: string[]; heading?: string; text?: string; items?: string[];
  position?: string; startingPosition?: string; steps?: string[]; cues?: string[]; cautions?: string[]; benefits?: string[];
  dosage?: ExpectedDosage & { text?: string }; topic?: string; status?: string;
  source?: { lines?: { start: number; end: number }; positions?: Record<string, { line: number; column: number }> };
}
export interface ProducedExercise extends ProducedRecord { name: string }
export interface Produced { exercises: ProducedExercise[]; advice: ProducedRecord[] }
export interface Pair { expected: ExpectedExercise; produced: ProducedExercise; score: number }
export interface FieldCheck { field: string; expected: unknown; actual: unknown; ok: boolean }
export interface CaseResult {
  pairs: Pair[];
  missed: ExpectedExercise[];
  extra: ProducedExercise[];
  dosage: Array<Pair & { fields: FieldCheck[]; ok: boolean }>;
  position: Array<Pair & { ok: boolean }>;
  notExercises: Array<{ name: string; record: ProducedExercise }>;
  readerLeaks: Array<{ text: string; record: ProducedRecord }>;
  advice: Array<ExpectedAdvice & { found: boolean; topicOk: boolean; record?: ProducedRecord }>;
}
export interface Metrics {
  expected: number; produced: number; matched: number;
  recall: number; precision: number;
  dosage: number; dosageRight: number; dosageChecked: number;
  fields: Record<string, { right: number; total: number }>;
  position: number; positionRight: number; positionChecked: number;
  advice: number; adviceFound: number; adviceTopicRight: number; adviceTotal: number;
  notExercises: number; readerLeaks: number; ok: boolean;
}
export const MATCH_THRESHOLD: number;
export const TARGETS: { recall: number; precision: number; dosage: number };
export const POSITIONS: string[];
export const RANGE_FIELDS: string[];
export const DOSAGE_FIELDS: string[];
export class ExpectedError extends Error { problems: string[]; constructor(problems: string[]) }
export function parseExpected(text: string, file: string): Expected;
export function nameTokens(name: string): string[];
export function nameSimilarity(a: string, b: string): number;
export function exerciseSimilarity(expected: Pick<ExpectedExercise, 'name' | 'aliasNames'>, produced: Pick<ProducedExercise, 'name' | 'aliases'>): number;
export function matchExercises(expected: ExpectedExercise[], produced: ProducedExercise[], threshold?: number): { pairs: Pair[]; missed: ExpectedExercise[]; extra: ProducedExercise[] };
export function compareDosage(expected: ExpectedDosage | undefined, produced: ExpectedDosage | undefined): FieldCheck[];
export function showField(check: FieldCheck): string;
export function evaluateCase(expected: Expected, produced: Produced): CaseResult;
export function summarise(results: CaseResult[]): Metrics;

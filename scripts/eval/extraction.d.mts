// Types of scripts/eval/extraction.mjs, for the TypeScript tests.
import type { CaseResult, Expected, Metrics } from './extraction-match.mjs';
export const CORPUS: string;
export interface CaseFiles { name: string; dir: string; inputPath: string; expectedPath: string }
export function listCases(corpus?: string): CaseFiles[];
export function loadCases(corpus?: string): Array<CaseFiles & { input: string; expected: Expected }>;
export function run(): Promise<{ name: string; lines: string[]; ok: boolean }>;
export function reportLines(evaluated: Array<{ item: CaseFiles & { input: string; expected: Expected }; result: CaseResult; errors: string[] }>, metrics: Metrics): string[];

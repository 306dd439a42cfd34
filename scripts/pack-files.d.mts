export const ALLOWED: readonly RegExp[];
export const REQUIRED: readonly string[];
export function packProblems(paths: readonly string[]): string[];

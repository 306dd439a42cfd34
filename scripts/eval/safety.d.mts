// Types of safety.mjs (the `npm run eval` suite of the safety rules).
export function run(options?: { root?: string; corpusDir?: string; rulesDir?: string }): Promise<{ name: string; lines: string[]; ok: boolean }>;

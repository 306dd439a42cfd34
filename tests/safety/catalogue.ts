// Test helper: the rule catalogue of content/rules, read from disk and loaded once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRules } from '../../src/safety/index.js';
import type { CompiledRule, RuleDiagnostic } from '../../src/safety/index.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const RULES_DIR = join(ROOT, 'content', 'rules');

/** Every content/rules/*.yaml file as { path, text }, sorted by name. */
export function ruleFiles(): Array<{ path: string; text: string }> {
  return readdirSync(RULES_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ path: `content/rules/${name}`, text: readFileSync(join(RULES_DIR, name), 'utf8') }));
}

let cached: { rules: CompiledRule[]; diagnostics: RuleDiagnostic[] } | undefined;

/** The loaded catalogue (cached across tests of one file). */
export function catalogue(): { rules: CompiledRule[]; diagnostics: RuleDiagnostic[] } {
  cached ??= loadRules(ruleFiles());
  return cached;
}

/** One rule of the catalogue by id; throws when missing. */
export function ruleById(id: string): CompiledRule {
  const rule = catalogue().rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}

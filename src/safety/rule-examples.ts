// Runs the examples written with every rule: each trigger sentence must be flagged by its rule and
// each pass sentence must not be, in the example's stages and position (default: the rule's
// stages, no position). Used by the tests and by `guidance rules test`, never by a build: the
// examples are a test of the rules, not input the build needs (their shape is checked by the
// rule schema at every load).
import { checkSentence } from './check-sentence.js';
import { loadRules } from './load-rules.js';
import { readRuleFile } from './rule-file.js';
import type { CompiledRule, RuleDiagnostic, RuleExample, RuleExampleResult, RulePlace, RuleSource } from './types.js';

function flags(rule: CompiledRule, example: RuleExample): boolean {
  const context = {
    stages: example.stages ?? [...rule.stages],
    ...(example.position ? { position: example.position } : {}),
  };
  return checkSentence(example.text, context, [rule]).length > 0;
}

/** The outcome of every example of every rule, in rule order, triggers before passes. */
export function runRuleExamples(rules: readonly CompiledRule[]): RuleExampleResult[] {
  const out: RuleExampleResult[] = [];
  for (const rule of rules) {
    for (const example of rule.examples.trigger) {
      out.push({ rule: rule.id, example: example.text, expected: 'trigger', ok: flags(rule, example) });
    }
    for (const example of rule.examples.pass) {
      out.push({ rule: rule.id, example: example.text, expected: 'pass', ok: !flags(rule, example) });
    }
  }
  return out;
}

/** An example that did not do what it says, with the place of its text. */
export interface FailedRuleExample extends RuleExampleResult {
  place: RulePlace;
}

/** What `guidance rules test` reports: problems loading the rules, counts, failed examples. */
export interface RuleExampleReport {
  diagnostics: RuleDiagnostic[];
  rules: number;
  examples: number;
  failed: FailedRuleExample[];
}

/**
 * Load the rule files and run every example of every rule that loads. A failed example is placed
 * at its text in its rule file (the file is parsed again for that: only failures need it).
 */
export function testRuleExamples(files: readonly RuleSource[]): RuleExampleReport {
  const { rules, diagnostics } = loadRules(files);
  const results = runRuleExamples(rules);
  const failed: FailedRuleExample[] = [];
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const seen = new Map<string, { trigger: number; pass: number }>();
  const placeOf = examplePlaces(files);
  for (const result of results) {
    const count = seen.get(result.rule) ?? { trigger: 0, pass: 0 };
    seen.set(result.rule, count);
    const index = count[result.expected];
    count[result.expected] += 1;
    if (result.ok) continue;
    const rule = byId.get(result.rule)!;
    failed.push({ ...result, place: placeOf(rule, result.expected, index) });
  }
  return { diagnostics, rules: rules.length, examples: results.length, failed };
}

/** Finds the text of a rule's n-th trigger or pass example in the rule's file. */
function examplePlaces(files: readonly RuleSource[]): (rule: CompiledRule, kind: 'trigger' | 'pass', index: number) => RulePlace {
  const parsed = new Map<string, ReturnType<typeof readRuleFile>>();
  return (rule, kind, index) => {
    const source = files.find((f) => f.path === rule.source.file);
    if (!source) return rule.source;
    let file = parsed.get(source.path);
    if (!file) {
      file = readRuleFile(source.path, source.text);
      parsed.set(source.path, file);
    }
    const entry = file.rules.find(({ index: i }) => {
      const place = file!.placeOf(['rules', i]);
      return place.line === rule.source.line && place.column === rule.source.column;
    });
    return entry ? file.placeOf(['rules', entry.index, 'examples', kind, index, 'text']) : rule.source;
  };
}

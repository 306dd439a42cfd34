// Runs the examples written with every rule: each trigger sentence must be flagged by its rule and
// each pass sentence must not be, in the example's stages and position (default: the rule's
// stages, no position). Used by the tests and by `guidance rules test`.
import { checkSentence } from './check-sentence.js';
import type { CompiledRule, RuleExample, RuleExampleResult } from './types.js';

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
